package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// warmUp loads the engine's in-memory directory and builds its facts
// (match.Engine.Warm) before the first request is accepted (connections
// wait in the listener's backlog meanwhile), so that no client waits for
// them.
func (s *Server) warmUp(ctx context.Context) error {
	start := time.Now()
	s.log.Info("loading the directory into memory for suggestions")
	if err := s.eng.Warm(ctx); err != nil {
		return fmt.Errorf("loading the directory: %w", err)
	}
	s.log.Info("directory loaded", "duration", time.Since(start).Round(time.Millisecond))
	return nil
}

// forcedGrace bounds the wait, after ShutdownTimeout, for cancelled
// handlers to return.
const forcedGrace = 5 * time.Second

// Serve loads the engine's directory into memory (see warmUp), answers
// requests on ln with the timeouts of the Config until ctx is done, then
// shuts down gracefully: it stops accepting connections at once, lets the
// requests in flight finish within ShutdownTimeout, and returns nil.
// Requests still running then are cancelled and their connections closed;
// Serve waits for their handlers to return before it returns an error
// saying so. Either way, once Serve returns the caller may close the
// engine: no handler uses it any more.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	base, cancelBase := context.WithCancel(context.Background())
	defer cancelBase()
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return base },
	}
	if err := s.warmUp(ctx); err != nil {
		ln.Close()
		if ctx.Err() != nil {
			return nil // shut down before serving anything
		}
		return err
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}

	s.log.Info("shutting down: accepting no more connections, finishing requests in flight", "timeout", s.cfg.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-served; !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	if err == nil {
		s.inflight.Wait() // already zero: a connection is idle only after its handler returned
		return nil
	}
	cancelBase() // every request's context: their work in match stops
	_ = srv.Close()
	done := make(chan struct{})
	go func() { s.inflight.Wait(); close(done) }()
	select {
	case <-done:
		return fmt.Errorf("requests in flight did not finish within %s; they were cancelled", s.cfg.ShutdownTimeout)
	case <-time.After(forcedGrace):
		return fmt.Errorf("requests in flight did not finish within %s, nor return within %s of being cancelled", s.cfg.ShutdownTimeout, forcedGrace)
	}
}
