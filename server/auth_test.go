package server

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch/match"
)

func TestNewRefusesOpenWritesUnlessAsked(t *testing.T) {
	eng, err := match.Open(t.TempDir() + "/index")
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	if _, err := New(Config{Engine: eng}); err == nil || !strings.Contains(err.Error(), "no write token") {
		t.Errorf("New without a token: err = %v, want a refusal", err)
	}
	if _, err := New(Config{Engine: eng, InsecureOpenWrites: true}); err != nil {
		t.Errorf("New with InsecureOpenWrites: %v", err)
	}
	if _, err := New(Config{WriteToken: "x"}); err == nil {
		t.Error("New without an engine: no error")
	}
}

func TestAccess(t *testing.T) {
	const put = `{"id":"bakery","name":"Riverside Bakery","sector":"business"}`
	writes := []request{
		{"PUT", "/v1/organizations/bakery", put, ""},
		{"DELETE", "/v1/organizations/bakery", "", ""},
		{"POST", "/v1/import", put + "\n", ""},
	}
	reads := []request{
		{"GET", "/v1/stats", "", ""},
		{"GET", "/v1/openapi.json", "", ""},
		{"GET", "/v1/organizations", "", ""},
		{"GET", "/v1/organizations/bakery", "", ""},
		{"GET", "/v1/organizations/bakery/suggestions", "", ""},
		{"GET", "/v1/organizations/bakery/suggestions/school", "", ""},
		{"POST", "/v1/suggestions", put, ""},
	}
	health := []request{{"GET", "/healthz", "", ""}}
	type config struct {
		name      string
		configure func(*Config)
	}
	writeOnly := config{"write token", func(c *Config) {}}
	withRead := config{"write and read tokens", func(c *Config) { c.ReadToken = readToken }}
	open := config{"open writes", func(c *Config) { c.WriteToken, c.InsecureOpenWrites = "", true }}
	tests := []struct {
		config   config
		requests []request
		token    string
		header   string // an Authorization header, instead of token
		status   int    // 2xx: any success
		code     string
	}{
		{writeOnly, writes, "", "", 401, "unauthorized"},
		{writeOnly, writes, "wrong", "", 401, "unauthorized"},
		{writeOnly, writes, writeToken + "x", "", 401, "unauthorized"},
		{writeOnly, writes, "", "Basic " + writeToken, 401, "unauthorized"},
		{writeOnly, writes, "", "Bearer", 401, "unauthorized"},
		{writeOnly, writes, writeToken, "", 200, ""},
		{writeOnly, writes, "", "bearer " + writeToken, 200, ""},
		{writeOnly, reads, "", "", 200, ""},
		{writeOnly, reads, "wrong", "", 200, ""}, // reads are open: a stray header is ignored
		{writeOnly, health, "", "", 200, ""},
		{withRead, writes, readToken, "", 403, "forbidden"},
		{withRead, writes, writeToken, "", 200, ""},
		{withRead, reads, "", "", 401, "unauthorized"},
		{withRead, reads, "wrong", "", 401, "unauthorized"},
		{withRead, reads, readToken, "", 200, ""},
		{withRead, reads, writeToken, "", 200, ""},
		{withRead, health, "", "", 200, ""},
		{open, writes, "", "", 200, ""},
		{open, reads, "", "", 200, ""},
	}
	for _, tt := range tests {
		for _, req := range tt.requests {
			name := tt.config.name + "/" + req.method + " " + req.path + "/token " + tt.token + tt.header
			t.Run(name, func(t *testing.T) {
				ts := newTestServer(t, tt.config.configure)
				r := httptest.NewRequest(req.method, req.path, strings.NewReader(req.body))
				switch {
				case tt.header != "":
					r.Header.Set("Authorization", tt.header)
				case tt.token != "":
					r.Header.Set("Authorization", "Bearer "+tt.token)
				}
				w := httptest.NewRecorder()
				ts.ServeHTTP(w, r)
				got := response{status: w.Code, header: w.Header(), raw: w.Body.Bytes()}
				if tt.status == 200 {
					if got.status/100 != 2 {
						t.Fatalf("status = %d, want 2xx\n%s", got.status, got.raw)
					}
					return
				}
				if got.status != tt.status {
					t.Fatalf("status = %d, want %d\n%s", got.status, tt.status, got.raw)
				}
				if e := got.errorOf(t); e.Code != tt.code {
					t.Errorf("code = %q, want %q", e.Code, tt.code)
				}
				if tt.status == 401 && got.header.Get("WWW-Authenticate") == "" {
					t.Error("a 401 without WWW-Authenticate")
				}
			})
		}
	}
}

func TestEmailOfIndividualsOnlyForWriters(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.ReadToken = readToken })
	const anaEmail, bakeryEmail = "ana@example.org", "hello@bakery.example.org"
	tests := []struct {
		name   string
		token  string
		path   string
		emails []string // the emails the answer shows
	}{
		{"one person, for a reader", readToken, "/v1/organizations/ana", nil},
		{"one person, for a writer", writeToken, "/v1/organizations/ana", []string{anaEmail}},
		{"a business, for a reader", readToken, "/v1/organizations/bakery", []string{bakeryEmail}},
		{"a list, for a reader", readToken, "/v1/organizations?q=local", []string{bakeryEmail}},
		{"a list, for a writer", writeToken, "/v1/organizations?q=local", []string{anaEmail, bakeryEmail}},
		{"a list by sector, for a reader", readToken, "/v1/organizations?sector=individual", nil},
		{"suggestions carry no email", readToken, "/v1/organizations/school/suggestions?limit=100", nil},
		{"explanations carry no email", readToken, "/v1/organizations/school/suggestions/ana", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ts.do(t, request{"GET", tt.path, "", tt.token})
			if got.status != 200 {
				t.Fatalf("status = %d\n%s", got.status, got.raw)
			}
			var shown []string
			for _, e := range []string{anaEmail, bakeryEmail} {
				if strings.Contains(string(got.raw), e) {
					shown = append(shown, e)
				}
			}
			if diff := cmp.Diff(tt.emails, shown); diff != "" {
				t.Errorf("emails shown (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSameToken(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{{"abc", "abc", true}, {"abc", "abd", false}, {"abc", "abcd", false}, {"", "abc", false}} {
		if got := sameToken(tt.a, tt.b); got != tt.want {
			t.Errorf("sameToken(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}
