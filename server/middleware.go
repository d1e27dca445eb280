package server

import (
	"context"
	"fmt"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/gorilla/mux"
	"github.com/partnermatch/partnermatch"
)

// recorder remembers the status and size of a response for the log, and
// whether the header is out (after which an error can no longer be
// answered). Unwrap lets http.ResponseController reach the connection.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (rw *recorder) WriteHeader(status int) {
	if rw.status == 0 {
		rw.status = status
	}
	rw.ResponseWriter.WriteHeader(status)
}

func (rw *recorder) Write(b []byte) (int, error) {
	if rw.status == 0 {
		rw.status = http.StatusOK
	}
	n, err := rw.ResponseWriter.Write(b)
	rw.bytes += int64(n)
	return n, err
}

func (rw *recorder) Unwrap() http.ResponseWriter { return rw.ResponseWriter }

// logRequests logs one line per request: method, path (never the query or
// the headers, which may carry tokens), status, size and duration.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rw := &recorder{ResponseWriter: w}
		next.ServeHTTP(rw, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rw.status,
			"bytes", rw.bytes, "duration", time.Since(start).Round(time.Microsecond), "remote", r.RemoteAddr)
	})
}

// recoverPanics answers a panicking handler with a 500 that tells nothing of
// the internals, and logs the panic with its stack.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v) // net/http's way to abort a response: let it do so
			}
			s.log.Error("panic in handler", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if rw, ok := w.(*recorder); ok && rw.status != 0 {
				panic(http.ErrAbortHandler) // the header is out: cut the response short
			}
			s.fail(w, r, partnermatch.Errorf(partnermatch.EINTERNAL, "panic: %v", v))
		}()
		next.ServeHTTP(w, r)
	})
}

// track counts the requests in flight, so that a forced shutdown can wait
// for their handlers to return before the index is closed.
func (s *Server) track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.inflight.Add(1)
		defer s.inflight.Done()
		next.ServeHTTP(w, r)
	})
}

// limitTime bounds the work of a request: RequestTimeout, or ImportTimeout
// for a long request, whose connection deadlines it also extends past the
// http.Server's read and write timeouts.
func (s *Server) limitTime(long bool, next http.Handler) http.Handler {
	d := s.cfg.RequestTimeout
	if long {
		d = s.cfg.ImportTimeout
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if long {
			rc := http.NewResponseController(w)
			deadline := time.Now().Add(d)
			// Not every ResponseWriter supports deadlines (httptest's
			// recorder does not); the context below still bounds the work.
			_ = rc.SetReadDeadline(deadline)
			_ = rc.SetWriteDeadline(deadline)
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// noRoute answers requests for paths the API does not have.
func (s *Server) noRoute(w http.ResponseWriter, r *http.Request) error {
	return partnermatch.Errorf(partnermatch.ENOTFOUND, "no route %s %s; GET /v1/openapi.json lists the routes", r.Method, r.URL.Path)
}

// methodNotAllowed answers a known path with a method it does not have, and
// says which it has.
func (s *Server) methodNotAllowed(w http.ResponseWriter, r *http.Request) error {
	allowed := s.allowedMethods(r)
	w.Header().Set("Allow", strings.Join(allowed, ", "))
	return partnermatch.Errorf(CodeMethodNotAllowed, "%s is not allowed on %s; allowed: %s", r.Method, r.URL.Path, strings.Join(allowed, ", "))
}

func (s *Server) allowedMethods(r *http.Request) []string {
	var allowed []string
	_ = s.router.Walk(func(route *mux.Route, _ *mux.Router, _ []*mux.Route) error {
		methods, err := route.GetMethods()
		if err != nil {
			return nil
		}
		for _, m := range methods {
			probe := r.Clone(r.Context())
			probe.Method = m
			var match mux.RouteMatch
			if route.Match(probe, &match) && !slices.Contains(allowed, m) {
				allowed = append(allowed, m)
			}
		}
		return nil
	})
	slices.Sort(allowed)
	return allowed
}
