package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/partnermatch/partnermatch/match"
)

// Tokens of the test servers.
const (
	writeToken = "write-token-for-tests"
	readToken  = "read-token-for-tests"
)

// fixture is a small town: a bakery and a school that meet each other's
// needs, a food bank, a person (whose email only writers see), a group that
// avoids the bakery, and a look-alike far away.
const fixture = `{"id":"bakery","name":"Riverside Bakery","sector":"business","mission":"A family bakery baking bread from local flour.","values":["local sourcing"],"offers":["baked goods for school events","day-old bread donations"],"needs":["steady weekday orders","local visibility"],"location":{"lat":44.2312,"lon":-76.486,"city":"Millbrook","country":"CA"},"email":"hello@bakery.example.org"}
{"id":"school","name":"Millbrook Elementary","sector":"education","mission":"A public school of 400 families.","offers":["400 families who order for class parties","a newsletter read by every family"],"needs":["treats for school events","volunteers for the reading club"],"location":{"lat":44.24,"lon":-76.48,"city":"Millbrook","country":"CA"}}
{"id":"food-bank","name":"Millbrook Food Bank","sector":"nonprofit","mission":"We feed families in need.","offers":["volunteers on weekday mornings"],"needs":["bread and food donations","cold storage"],"location":{"lat":44.235,"lon":-76.49,"city":"Millbrook","country":"CA"},"partners":["school"]}
{"id":"ana","name":"Ana Ruiz","sector":"individual","mission":"Muralist and art teacher.","offers":["mural painting with kids","art workshops for schools"],"needs":["walls to paint","local visibility"],"location":{"lat":44.233,"lon":-76.483,"city":"Millbrook","country":"CA"},"email":"ana@example.org"}
{"id":"garden","name":"Eastside Garden Club","sector":"community","offers":["fresh vegetables in summer"],"needs":["volunteers for the reading club"],"avoid":["bakery"],"location":{"lat":44.238,"lon":-76.487,"city":"Millbrook","country":"CA"}}
{"id":"far-bakery","name":"Port Alder Bakery","sector":"business","offers":["baked goods for school events"],"needs":["steady weekday orders"],"location":{"lat":49.2,"lon":-123.1,"city":"Port Alder","country":"CA"}}
`

// testServer is a Server over a fresh index holding the fixture.
type testServer struct {
	*Server
	eng *match.Engine
	log *syncBuffer
}

// newTestServer returns a server with the write and read tokens unless
// configure changes them.
func newTestServer(t testing.TB, configure ...func(*Config)) *testServer {
	t.Helper()
	eng, err := match.Open(t.TempDir() + "/index")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
	rep, err := eng.Import(context.Background(), strings.NewReader(fixture), "fixture.jsonl", match.ImportOptions{})
	if err != nil || rep.Refused > 0 {
		t.Fatalf("importing the fixture: %v %v", err, rep.Refusals)
	}
	logs := &syncBuffer{}
	cfg := Config{Engine: eng, WriteToken: writeToken, Version: "test",
		Logger: slog.New(slog.NewTextHandler(logs, nil))}
	for _, f := range configure {
		f(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &testServer{Server: s, eng: eng, log: logs}
}

// request is one HTTP request of a table test.
type request struct {
	method, path string
	body         string
	token        string // sent as a bearer token when not empty
}

// response is what a handler answered; JSON bodies are decoded into any.
type response struct {
	status int
	header http.Header
	raw    []byte
}

func (ts *testServer) do(t testing.TB, req request) response {
	t.Helper()
	var body io.Reader
	if req.body != "" {
		body = strings.NewReader(req.body)
	}
	r := httptest.NewRequest(req.method, req.path, body)
	if req.token != "" {
		r.Header.Set("Authorization", "Bearer "+req.token)
	}
	w := httptest.NewRecorder()
	ts.ServeHTTP(w, r)
	return response{status: w.Code, header: w.Header(), raw: w.Body.Bytes()}
}

// json decodes the body into a generic value, for cmp.Diff.
func (r response) json(t testing.TB) any {
	t.Helper()
	if len(r.raw) == 0 {
		return nil
	}
	var v any
	if err := json.Unmarshal(r.raw, &v); err != nil {
		t.Fatalf("body is not JSON: %v\n%s", err, r.raw)
	}
	return v
}

// decode decodes the body into v.
func (r response) decode(t testing.TB, v any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(r.raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("decoding %T: %v\n%s", v, err, r.raw)
	}
}

// errorOf decodes an error body, failing when the body is not one.
func (r response) errorOf(t testing.TB) ErrorDetail {
	t.Helper()
	var e ErrorBody
	r.decode(t, &e)
	return e.Error
}

// jsonOf decodes a JSON literal written in a test.
func jsonOf(t testing.TB, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("bad JSON in the test: %v\n%s", err, s)
	}
	return v
}

// syncBuffer is a log destination safe for concurrent handlers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
