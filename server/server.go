// Package server is the JSON HTTP API of partnermatch over a match.Engine:
// routing (gorilla/mux), decoding with size limits, status codes, one error
// shape, and middleware for logging, panic recovery, time limits and
// bearer-token access.
//
// Writes (PUT and DELETE of an organization, POST /v1/import) need the write
// token; reads are open unless a read token is configured. Every error is
// answered as
//
//	{"error": {"code": "invalid", "message": "location.lat: 95 is not a latitude (-90..90)", "field": "location.lat"}}
//
// with the status of its code: invalid 400, unauthorized 401, forbidden 403,
// not_found 404, method_not_allowed 405, conflict 409, too_large 413,
// internal 500. The routes are described by the OpenAPI document served at
// GET /v1/openapi.json (the file openapi.json of this package).
package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/mux"
	"github.com/partnermatch/partnermatch/match"
)

// Defaults of Config.
const (
	DefaultMaxBody           = 1 << 20  // one organization or one profile to suggest for
	DefaultMaxImportBody     = 64 << 20 // one POST /v1/import
	DefaultRequestTimeout    = 30 * time.Second
	DefaultImportTimeout     = 30 * time.Minute
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultReadTimeout       = time.Minute
	DefaultWriteTimeout      = time.Minute
	DefaultIdleTimeout       = 2 * time.Minute
	DefaultShutdownTimeout   = 15 * time.Second
)

// Config configures a Server. Engine is required, and so is WriteToken
// unless InsecureOpenWrites is set; durations and sizes that are zero (or
// negative) take the defaults above.
type Config struct {
	Engine *match.Engine

	// WriteToken is the bearer token that writes need. Empty is refused by
	// New unless InsecureOpenWrites is true, in which case anyone may write.
	WriteToken         string
	InsecureOpenWrites bool
	// ReadToken, when set, is needed for every route but /healthz (the write
	// token is accepted too). Empty leaves reads open.
	ReadToken string

	MaxBody       int64 // bytes of one organization body
	MaxImportBody int64 // bytes of one import body

	// RequestTimeout bounds the work of one request but an import;
	// ImportTimeout bounds an import, reading its body included.
	RequestTimeout time.Duration
	ImportTimeout  time.Duration
	// Timeouts of the http.Server that Serve runs (see net/http).
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	// ShutdownTimeout bounds how long Serve waits for requests in flight
	// once its context is done.
	ShutdownTimeout time.Duration

	Version string       // reported by GET /v1/stats
	Logger  *slog.Logger // default slog.Default()
}

// Server is the HTTP API over one engine. It is an http.Handler; Serve runs
// it on a listener with timeouts and graceful shutdown.
type Server struct {
	cfg     Config
	eng     *match.Engine
	log     *slog.Logger
	router  *mux.Router
	handler http.Handler

	inflight sync.WaitGroup // requests being handled, for shutdown
}

// New returns a Server for cfg, or an error when cfg is unsafe or
// incomplete: no engine, or no write token without InsecureOpenWrites.
func New(cfg Config) (*Server, error) {
	if cfg.Engine == nil {
		return nil, errors.New("server: Config.Engine is required")
	}
	if cfg.WriteToken == "" && !cfg.InsecureOpenWrites {
		return nil, errors.New("server: no write token configured; refusing to accept writes from anyone (set a token, or open writes explicitly)")
	}
	cfg.setDefaults()
	s := &Server{cfg: cfg, eng: cfg.Engine, log: cfg.Logger}
	s.router = s.routes()
	s.handler = s.logRequests(s.recoverPanics(s.track(s.router)))
	return s, nil
}

func (c *Config) setDefaults() {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.RequestTimeout, DefaultRequestTimeout)
	def(&c.ImportTimeout, DefaultImportTimeout)
	def(&c.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	def(&c.ReadTimeout, DefaultReadTimeout)
	def(&c.WriteTimeout, DefaultWriteTimeout)
	def(&c.IdleTimeout, DefaultIdleTimeout)
	def(&c.ShutdownTimeout, DefaultShutdownTimeout)
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.MaxImportBody <= 0 {
		c.MaxImportBody = DefaultMaxImportBody
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Version == "" {
		c.Version = "devel"
	}
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// access is who may call a route.
type access int

const (
	public access = iota // anyone, even with a read token configured
	reader               // the read token when one is configured
	writer               // the write token
)

// routes registers every route of the API. openapi.json must describe
// exactly these (TestOpenAPIMatchesRoutes).
func (s *Server) routes() *mux.Router {
	r := mux.NewRouter()
	r.NotFoundHandler = s.api(s.noRoute)
	r.MethodNotAllowedHandler = s.api(s.methodNotAllowed)
	add := func(method, path string, who access, long bool, h apiFunc) {
		r.Handle(path, s.guard(who, s.limitTime(long, s.api(h)))).Methods(method)
	}
	add(http.MethodGet, "/healthz", public, false, s.healthz)
	add(http.MethodGet, "/v1/stats", reader, false, s.stats)
	add(http.MethodGet, "/v1/openapi.json", reader, false, s.openAPI)
	add(http.MethodGet, "/v1/organizations", reader, false, s.listOrganizations)
	add(http.MethodGet, "/v1/organizations/{id}", reader, false, s.getOrganization)
	add(http.MethodPut, "/v1/organizations/{id}", writer, false, s.putOrganization)
	add(http.MethodDelete, "/v1/organizations/{id}", writer, false, s.deleteOrganization)
	add(http.MethodGet, "/v1/organizations/{id}/suggestions", reader, false, s.suggestions)
	add(http.MethodGet, "/v1/organizations/{id}/suggestions/{other}", reader, false, s.explain)
	add(http.MethodGet, "/v1/organizations/{id}/suggestions/{other}/mou", reader, false, s.mou)
	add(http.MethodGet, "/v1/organizations/{id}/feedback", reader, false, s.listFeedback)
	add(http.MethodPut, "/v1/organizations/{id}/feedback/{other}", writer, false, s.putFeedback)
	add(http.MethodPost, "/v1/suggestions", reader, false, s.suggestForProfile)
	add(http.MethodPost, "/v1/import", writer, true, s.importDirectory)
	return r
}

// apiFunc is a handler that returns its error instead of writing it, so
// that errors are answered in one place, in one shape.
type apiFunc func(w http.ResponseWriter, r *http.Request) error

func (s *Server) api(h apiFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.fail(w, r, err)
		}
	})
}

// fail answers err in the one error shape with the status of its code.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	detail, status, internal := apiError(err)
	switch {
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		s.log.Info("request abandoned: the client went away", "method", r.Method, "path", r.URL.Path)
	case internal:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if code := w.Header().Get("WWW-Authenticate"); code == "" && status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="partnermatch"`)
	}
	writeJSON(w, status, ErrorBody{Error: detail})
}

// writeJSON answers v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client may have gone; nothing to do about it
}
