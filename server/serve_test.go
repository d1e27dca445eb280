package server

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/partnermatch/partnermatch/index"
)

// serving runs ts on a loopback port until the returned cancel is called;
// served delivers Serve's result.
func serving(t *testing.T, ts *testServer) (url string, cancel context.CancelFunc, served chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served = make(chan error, 1)
	go func() { served <- ts.Serve(ctx, ln) }()
	return "http://" + ln.Addr().String(), cancel, served
}

// startImport posts an import whose body is fed through the returned pipe.
func startImport(url string) (*io.PipeWriter, chan response) {
	body, feed := io.Pipe()
	result := make(chan response, 1)
	go func() {
		req, _ := http.NewRequest("POST", url+"/v1/import", body)
		req.Header.Set("Authorization", "Bearer "+writeToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			result <- response{status: -1, raw: []byte(err.Error())}
			return
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		result <- response{status: resp.StatusCode, raw: raw}
	}()
	return feed, result
}

// TestShutdownFinishesRequestsInFlight: once shutdown begins no connection
// is accepted, and a request in flight still completes.
func TestShutdownFinishesRequestsInFlight(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.ShutdownTimeout = 10 * time.Second })
	url, shutdown, served := serving(t, ts)
	feed, result := startImport(url)
	for i := range index.BatchSize + 1 {
		io.WriteString(feed, generated(i))
	}
	waitFor(t, "the import to be in flight", func() bool { n, _ := ts.eng.Count(); return n > 6 })

	shutdown()
	addr := strings.TrimPrefix(url, "http://")
	waitFor(t, "the listener to close", func() bool {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	select {
	case err := <-served:
		t.Fatalf("Serve returned %v with a request in flight", err)
	default:
	}
	for i := index.BatchSize + 1; i < index.BatchSize+100; i++ {
		io.WriteString(feed, generated(i))
	}
	feed.Close()
	got := <-result
	if got.status != 200 {
		t.Fatalf("the import in flight answered %d: %s", got.status, got.raw)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if n, _ := ts.eng.Count(); n != 6+index.BatchSize+100 {
		t.Errorf("%d organizations after the import, want %d", n, 6+index.BatchSize+100)
	}
}

// TestShutdownIsBounded: a request that does not finish within the
// shutdown timeout is cancelled, and Serve returns once its handler has.
func TestShutdownIsBounded(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.ShutdownTimeout = 200 * time.Millisecond })
	url, shutdown, served := serving(t, ts)
	feed, result := startImport(url)
	defer feed.Close()
	io.WriteString(feed, generated(0))
	waitFor(t, "the import to be in flight", func() bool { return ts.do(t, request{"GET", "/healthz", "", ""}).status == 200 })
	time.Sleep(50 * time.Millisecond) // let the import's handler start reading its body

	start := time.Now()
	shutdown()
	var err error
	select {
	case err = <-served:
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return within 5s of a 200ms shutdown timeout")
	}
	if err == nil || !strings.Contains(err.Error(), "did not finish within 200ms") {
		t.Errorf("Serve: %v, want the requests in flight reported", err)
	}
	if d := time.Since(start); d < 200*time.Millisecond {
		t.Errorf("Serve returned after %s, before the shutdown timeout", d)
	}
	feed.CloseWithError(errors.New("the test gives up")) // the transport waits for its body writer
	if got := <-result; got.status == 200 {
		t.Errorf("the abandoned import answered 200")
	}
}

func TestServeReturnsListenerErrors(t *testing.T) {
	ts := newTestServer(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	if err := ts.Serve(context.Background(), ln); err == nil || errors.Is(err, http.ErrServerClosed) {
		t.Errorf("Serve on a closed listener: %v", err)
	}
}

// TestServeWarmsUpFirst: the engine's directory is loaded before
// any request is answered, with no client's context.
func TestServeWarmsUpFirst(t *testing.T) {
	ts := newTestServer(t)
	url, shutdown, served := serving(t, ts)
	var st Stats
	if status := getJSON(url+"/v1/stats", &st); status != 200 {
		t.Fatalf("stats answered %d", status)
	}
	shutdown()
	if err := <-served; err != nil {
		t.Fatal(err)
	}
	log := ts.log.String()
	loaded, first := strings.Index(log, "directory loaded"), strings.Index(log, "msg=request")
	if loaded < 0 || first < loaded {
		t.Errorf("want the directory loaded before the first request:\n%s", log)
	}
}

// TestImportOutlivesTheServerTimeouts: the read and write timeouts bound
// ordinary requests, while an import gets the import timeout.
func TestImportOutlivesTheServerTimeouts(t *testing.T) {
	ts := newTestServer(t, func(c *Config) {
		c.ReadTimeout, c.WriteTimeout, c.ImportTimeout = 300*time.Millisecond, 300*time.Millisecond, 20*time.Second
	})
	url, shutdown, served := serving(t, ts)
	defer func() { shutdown(); <-served }()
	slowly := func(method, path string, lines []string) (int, error) {
		body, feed := io.Pipe()
		go func() {
			for _, l := range lines {
				io.WriteString(feed, l)
				time.Sleep(100 * time.Millisecond)
			}
			feed.Close()
		}()
		req, _ := http.NewRequest(method, url+path, body)
		req.Header.Set("Authorization", "Bearer "+writeToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err
		}
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	var lines []string
	for i := range 10 { // a second of upload, over three times the read timeout
		lines = append(lines, generated(i))
	}
	if status, err := slowly("POST", "/v1/import", lines); err != nil || status != 200 {
		t.Errorf("a slow import: %d, %v; want 200", status, err)
	}
	put := strings.Split(strings.TrimSuffix(generated(99), "\n"), ",")
	for i := range put[:len(put)-1] {
		put[i] += ","
	}
	if status, err := slowly("PUT", "/v1/organizations/gen-00099", put); err == nil && status/100 == 2 {
		t.Errorf("a PUT uploaded over %d00ms answered %d: the read timeout does not hold", len(put), status)
	}
}
