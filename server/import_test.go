package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch/index"
)

// generated returns line i of a synthetic directory.
func generated(i int) string {
	return fmt.Sprintf(`{"id":"gen-%05d","name":"Generated %d","sector":"nonprofit","offers":["volunteers for weekend events"],"needs":["meeting space"],"location":{"lat":44.%04d,"lon":-76.48}}`+"\n", i, i, 2000+i%1000)
}

func TestImport(t *testing.T) {
	const good1 = `{"id":"library","name":"Millbrook Public Library","sector":"government"}`
	const good2 = `{"id":"bakery","name":"Riverside Bakery (new owners)","sector":"business"}`
	tests := []struct {
		name    string
		query   string
		body    string
		status  int
		want    *ImportResult
		wantErr *ErrorDetail
		count   uint64 // organizations afterwards (6 in the fixture)
	}{
		{name: "new and replaced", body: good1 + "\n" + good2 + "\n", status: 200,
			want: &ImportResult{Read: 2, Applied: 2, Refusals: []Refusal{}}, count: 7},
		{name: "blank lines and no final newline", body: "\n" + good1 + "\n\n  \n" + good2, status: 200,
			want: &ImportResult{Read: 2, Applied: 2, Refusals: []Refusal{}}, count: 7},
		{name: "refusals name line, field and message",
			body: good1 + "\n" + `{"id":"x",` + "\n" +
				`{"id":"y","name":"Y","sector":"nonprofit","location":{"lat":95,"lon":0}}` + "\n" +
				`{"id":"z","name":"Z","sector":"nonprofit","offers":"everything"}` + "\n" + good2 + "\n",
			status: 200,
			want: &ImportResult{Read: 5, Applied: 2, Refused: 3, Refusals: []Refusal{
				{Line: 2, Message: "malformed JSON at byte 11: unexpected end of JSON input"},
				{Line: 3, Field: "location.lat", Message: "location.lat: 95 is not a latitude (-90..90)"},
				{Line: 4, Field: "offers", Message: "offers: got string, want a list of strings"},
			}}, count: 7},
		{name: "an id given twice: the later line wins", body: good1 + "\n" + strings.Replace(good1, "Millbrook", "Old Millbrook", 1) + "\n", status: 200,
			want: &ImportResult{Read: 2, Applied: 2, Refusals: []Refusal{}, Notes: []string{`body:2: id "library" was already given on line 1; this later line replaces it`}}, count: 7},
		{name: "a line the index holds as given is applied but not written again", body: strings.SplitAfter(fixture, "\n")[2] + good1 + "\n", status: 200,
			want: &ImportResult{Read: 2, Applied: 2, Unchanged: 1, Refusals: []Refusal{}}, count: 7},
		{name: "an empty body", body: "", status: 200,
			want: &ImportResult{Refusals: []Refusal{}}, count: 6},
		{name: "a body over the limit", body: strings.Repeat(good1+"\n", 200), status: 413,
			wantErr: &ErrorDetail{Code: "too_large", Message: "the import body is larger than the limit of 4 KiB (4096 bytes); the 0 lines applied before stay applied, the rest was not read"}, count: 6},
		{name: "an unknown query parameter", query: "?format=csv", body: good1, status: 400,
			wantErr: &ErrorDetail{Code: "invalid", Field: "format", Message: "format: is not a parameter of this route (it takes none)"}, count: 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTestServer(t, func(c *Config) { c.MaxImportBody = 4096 })
			got := ts.do(t, request{"POST", "/v1/import" + tt.query, tt.body, writeToken})
			if got.status != tt.status {
				t.Fatalf("status = %d, want %d\n%s", got.status, tt.status, got.raw)
			}
			if tt.wantErr != nil {
				if diff := cmp.Diff(*tt.wantErr, got.errorOf(t)); diff != "" {
					t.Errorf("error (-want +got):\n%s", diff)
				}
			} else {
				var res ImportResult
				got.decode(t, &res)
				if diff := cmp.Diff(*tt.want, res); diff != "" {
					t.Errorf("result (-want +got):\n%s", diff)
				}
			}
			if n, _ := ts.eng.Count(); n != tt.count {
				t.Errorf("%d organizations afterwards, want %d", n, tt.count)
			}
		})
	}
}

// TestReadsDuringImport streams an import through a real connection, one
// batch at a time, and reads meanwhile: reads are answered while the import
// is in flight, and they see each batch whole or not at all.
func TestReadsDuringImport(t *testing.T) {
	ts := newTestServer(t)
	srv := httptest.NewServer(ts)
	defer srv.Close()
	const base, lines = 6, 3*index.BatchSize + 500

	body, feed := io.Pipe()
	result := make(chan response, 1)
	go func() {
		req, _ := http.NewRequest("POST", srv.URL+"/v1/import", body)
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

	// Readers, all through the import.
	stop := make(chan struct{})
	var reads, torn atomic.Int64
	var wg sync.WaitGroup
	readErrs := make(chan string, 100)
	for range 4 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				var st Stats
				if status := getJSON(srv.URL+"/v1/stats", &st); status != 200 {
					readErrs <- fmt.Sprintf("stats answered %d", status)
					return
				}
				if n := st.Organizations - base; n%index.BatchSize != 0 && n != lines {
					torn.Add(1)
				}
				var org map[string]any
				if status := getJSON(srv.URL+"/v1/organizations/bakery", &org); status != 200 {
					readErrs <- fmt.Sprintf("GET answered %d", status)
					return
				}
				reads.Add(1)
			}
		})
	}

	// Feed the import a batch and a half at a time; between feeds, with the
	// import waiting for more of its body, the readers must get answers.
	count := func() uint64 { n, _ := ts.eng.Count(); return n }
	for i := range lines {
		if _, err := io.WriteString(feed, generated(i)); err != nil {
			t.Fatal(err)
		}
		if (i+1)%index.BatchSize == index.BatchSize/2 {
			want := uint64(base + (i+1)/index.BatchSize*index.BatchSize)
			waitFor(t, fmt.Sprintf("%d organizations", want), func() bool { return count() == want })
			before := reads.Load()
			waitFor(t, "reads while the import waits for its body", func() bool { return reads.Load() >= before+5 })
		}
	}
	feed.Close()
	got := <-result
	close(stop)
	wg.Wait()
	close(readErrs)
	for e := range readErrs {
		t.Error(e)
	}
	if got.status != 200 {
		t.Fatalf("import answered %d: %s", got.status, got.raw)
	}
	var res ImportResult
	got.decode(t, &res)
	if res.Applied != lines || res.Refused != 0 {
		t.Errorf("import result %+v, want %d applied", res, lines)
	}
	if n := torn.Load(); n > 0 {
		t.Errorf("%d reads saw part of a batch", n)
	}
	t.Logf("%d reads during the import", reads.Load())
}

// TestImportStopsWhenTheClientLeaves: the batches read before the client
// went away stay applied; the rest of the work stops.
func TestImportStopsWhenTheClientLeaves(t *testing.T) {
	ts := newTestServer(t)
	srv := httptest.NewServer(ts)
	defer srv.Close()
	body, feed := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+"/v1/import", body)
		req.Header.Set("Authorization", "Bearer "+writeToken)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		done <- err
	}()
	for i := range index.BatchSize + 10 {
		io.WriteString(feed, generated(i))
	}
	count := func() uint64 { n, _ := ts.eng.Count(); return n }
	waitFor(t, "the first batch", func() bool { return count() == 6+index.BatchSize })
	cancel()
	feed.CloseWithError(context.Canceled) // the transport waits for its body writer
	if err := <-done; err == nil {
		t.Fatal("the request succeeded after its client left")
	}
	waitFor(t, "the handler to return", func() bool { return strings.Contains(ts.log.String(), "path=/v1/import") })
	if strings.Contains(ts.log.String(), "level=ERROR") {
		t.Errorf("a client that leaves is logged as a server error:\n%s", ts.log)
	}
	if n := count(); n != 6+index.BatchSize {
		t.Errorf("%d organizations, want %d: the first batch whole, nothing of the second", n, 6+index.BatchSize)
	}
}

// getJSON GETs url into v and returns the status.
func getJSON(url string, v any) int {
	resp, err := http.Get(url)
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	if resp.StatusCode == 200 {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			return -2
		}
	}
	return resp.StatusCode
}

// waitFor polls cond for up to ten seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
