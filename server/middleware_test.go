package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestRoutingErrors(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		req    request
		status int
		want   ErrorDetail
		allow  string
	}{
		{request{"GET", "/v2/organizations", "", ""}, 404,
			ErrorDetail{Code: "not_found", Message: "no route GET /v2/organizations; GET /v1/openapi.json lists the routes"}, ""},
		{request{"GET", "/v1/organizations/", "", ""}, 404,
			ErrorDetail{Code: "not_found", Message: "no route GET /v1/organizations/; GET /v1/openapi.json lists the routes"}, ""},
		{request{"POST", "/v1/organizations/bakery", "{}", writeToken}, 405,
			ErrorDetail{Code: "method_not_allowed", Message: "POST is not allowed on /v1/organizations/bakery; allowed: DELETE, GET, PUT"}, "DELETE, GET, PUT"},
		{request{"GET", "/v1/import", "", ""}, 405,
			ErrorDetail{Code: "method_not_allowed", Message: "GET is not allowed on /v1/import; allowed: POST"}, "POST"},
		{request{"DELETE", "/v1/organizations", "", writeToken}, 405,
			ErrorDetail{Code: "method_not_allowed", Message: "DELETE is not allowed on /v1/organizations; allowed: GET"}, "GET"},
	}
	for _, tt := range tests {
		t.Run(tt.req.method+" "+tt.req.path, func(t *testing.T) {
			got := ts.do(t, tt.req)
			if got.status != tt.status {
				t.Errorf("status = %d, want %d", got.status, tt.status)
			}
			if diff := cmp.Diff(tt.want, got.errorOf(t)); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if a := got.header.Get("Allow"); a != tt.allow {
				t.Errorf("Allow = %q, want %q", a, tt.allow)
			}
		})
	}
}

func TestPanicIsRecovered(t *testing.T) {
	ts := newTestServer(t)
	ts.router.Handle("/test/panic", ts.api(func(w http.ResponseWriter, r *http.Request) error {
		panic("secret internals: /var/lib/partnermatch")
	}))
	got := ts.do(t, request{"GET", "/test/panic", "", ""})
	if got.status != 500 {
		t.Errorf("status = %d, want 500", got.status)
	}
	want := ErrorDetail{Code: "internal", Message: "internal error; the server's log has the details"}
	if diff := cmp.Diff(want, got.errorOf(t)); diff != "" {
		t.Errorf("error (-want +got):\n%s", diff)
	}
	log := ts.log.String()
	for _, s := range []string{"panic in handler", "secret internals", "middleware_test.go", "status=500"} {
		if !strings.Contains(log, s) {
			t.Errorf("the log lacks %q:\n%s", s, log)
		}
	}
	// The server goes on.
	if s := ts.do(t, request{"GET", "/healthz", "", ""}).status; s != 200 {
		t.Errorf("after a panic, /healthz answers %d", s)
	}
}

func TestPanicAfterTheHeaderAbortsTheResponse(t *testing.T) {
	ts := newTestServer(t)
	ts.router.Handle("/test/panic", ts.api(func(w http.ResponseWriter, r *http.Request) error {
		w.WriteHeader(200)
		panic("half-way")
	}))
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler so that net/http cuts the response", v)
		}
	}()
	ts.do(t, request{"GET", "/test/panic", "", ""})
}

func TestRequestTimeLimit(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.RequestTimeout = time.Nanosecond })
	got := ts.do(t, request{"GET", "/v1/organizations/bakery/suggestions", "", ""})
	want := ErrorDetail{Code: "internal", Message: "the request did not finish within the server's time limit"}
	if got.status != 500 {
		t.Errorf("status = %d, want 500", got.status)
	}
	if diff := cmp.Diff(want, got.errorOf(t)); diff != "" {
		t.Errorf("error (-want +got):\n%s", diff)
	}
}

// TestWorkStopsWhenTheClientLeaves: the request's context reaches the
// engine, which stops; the server logs an abandoned request, not an error.
func TestWorkStopsWhenTheClientLeaves(t *testing.T) {
	ts := newTestServer(t)
	for _, path := range []string{
		"/v1/organizations/bakery/suggestions",
		"/v1/organizations/bakery/suggestions/school",
		"/v1/organizations?q=bread",
		"/v1/organizations/bakery",
	} {
		t.Run(path, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			r := httptest.NewRequest("GET", path, nil).WithContext(ctx)
			w := httptest.NewRecorder()
			ts.ServeHTTP(w, r)
			if w.Code == 200 {
				t.Errorf("answered 200 for a client that left: the work did not stop")
			}
		})
	}
	log := ts.log.String()
	if !strings.Contains(log, "client went away") || strings.Contains(log, "level=ERROR") {
		t.Errorf("want abandoned requests logged as such, not as errors:\n%s", log)
	}
}

func TestLogsHoldNoTokens(t *testing.T) {
	ts := newTestServer(t)
	ts.do(t, request{"PUT", "/v1/organizations/bakery", `{"id":"bakery","name":"B","sector":"business"}`, writeToken})
	ts.do(t, request{"PUT", "/v1/organizations/bakery", `{}`, "wrong-" + writeToken})
	if strings.Contains(ts.log.String(), writeToken) {
		t.Errorf("a token is in the log:\n%s", ts.log)
	}
}

func TestHealthAndStats(t *testing.T) {
	ts := newTestServer(t)
	got := ts.do(t, request{"GET", "/healthz", "", ""})
	if diff := cmp.Diff(jsonOf(t, `{"status":"ok"}`), got.json(t)); got.status != 200 || diff != "" {
		t.Errorf("healthz: %d (-want +got):\n%s", got.status, diff)
	}
	got = ts.do(t, request{"GET", "/v1/stats", "", ""})
	var st Stats
	got.decode(t, &st)
	if st.Organizations != 6 || st.IndexBytes <= 0 || st.Version != "test" {
		t.Errorf("stats = %+v, want 6 organizations, a size and the version", st)
	}
	got = ts.do(t, request{"GET", "/v1/stats?verbose=1", "", ""})
	if e := got.errorOf(t); got.status != 400 || e.Field != "verbose" {
		t.Errorf("stats with an unknown parameter: %d %+v", got.status, e)
	}
}
