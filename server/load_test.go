package server

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
	"github.com/partnermatch/partnermatch/match"
)

// The load run is off by default:
//
//	go test ./server -run Load -load [-load.duration 20s] [-load.clients 16] [-load.dir FILE.jsonl | -load.index DIR]
var (
	loadRun      = flag.Bool("load", false, "run the load test (TestLoad)")
	loadDuration = flag.Duration("load.duration", 20*time.Second, "how long the load test runs")
	loadClients  = flag.Int("load.clients", 16, "concurrent clients of the load test")
	loadWrites   = flag.Float64("load.writes", 0.10, "share of writes (PUT) among the load test's requests")
	loadDir      = flag.String("load.dir", "", "directory (JSON Lines) to load; default the embedded example town")
	loadIndex    = flag.String("load.index", "", "an existing index to serve instead of importing a directory (its profiles are PUT back unchanged)")
)

// TestLoad runs concurrent clients on loopback against a real listener for
// a bounded time: 90% suggestions for a random organization, 10% PUTs that
// replace a random organization with its own profile. It reports requests
// per second, p50 and p99 latency, and fails on any error.
func TestLoad(t *testing.T) {
	if !*loadRun {
		t.Skip("the load run needs -load")
	}
	dir := *loadIndex
	if dir == "" {
		dir = t.TempDir() + "/index"
	}
	eng, err := match.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	ids, profiles := loadDirectory(t, eng)

	s, err := New(Config{Engine: eng, WriteToken: writeToken, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, shutdown := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *loadClients}, Timeout: 30 * time.Second}

	type sample struct {
		write bool
		d     time.Duration
		err   string
	}
	ready := time.Now()
	if status := getJSON(base+"/healthz", new(map[string]string)); status != 200 { // waits for the warm-up
		t.Fatalf("healthz answered %d", status)
	}
	t.Logf("serving after %s (the directory loaded into memory)", time.Since(ready).Round(time.Millisecond))
	results := make([][]sample, *loadClients)
	deadline := time.Now().Add(*loadDuration)
	start := time.Now()
	var wg sync.WaitGroup
	for c := range *loadClients {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(c), 42))
			for time.Now().Before(deadline) {
				i := rng.IntN(len(ids))
				write := rng.Float64() < *loadWrites
				var req *http.Request
				if write {
					req, _ = http.NewRequest("PUT", base+"/v1/organizations/"+ids[i], bytes.NewReader(profiles[i]))
					req.Header.Set("Authorization", "Bearer "+writeToken)
				} else {
					req, _ = http.NewRequest("GET", base+"/v1/organizations/"+ids[i]+"/suggestions", nil)
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				smp := sample{write: write}
				if err != nil {
					smp.err = err.Error()
				} else {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode/100 != 2 {
						smp.err = fmt.Sprintf("%s %s: %d", req.Method, req.URL.Path, resp.StatusCode)
					}
				}
				smp.d = time.Since(t0)
				results[c] = append(results[c], smp)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	shutdown()
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}

	var all, reads, writes []time.Duration
	var errs []string
	for _, rs := range results {
		for _, r := range rs {
			all = append(all, r.d)
			if r.write {
				writes = append(writes, r.d)
			} else {
				reads = append(reads, r.d)
			}
			if r.err != "" {
				errs = append(errs, r.err)
			}
		}
	}
	t.Logf("load: %d organizations, %d clients, %s, %.0f%% writes", len(ids), *loadClients, elapsed.Round(time.Millisecond), 100**loadWrites)
	t.Logf("  all:         %7d requests, %8.1f req/s, %s", len(all), float64(len(all))/elapsed.Seconds(), percentiles(all))
	t.Logf("  suggestions: %7d requests, %8.1f req/s, %s", len(reads), float64(len(reads))/elapsed.Seconds(), percentiles(reads))
	t.Logf("  writes:      %7d requests, %8.1f req/s, %s", len(writes), float64(len(writes))/elapsed.Seconds(), percentiles(writes))
	t.Logf("  errors:      %d", len(errs))
	for i, e := range errs {
		if i == 10 {
			t.Errorf("... and %d more errors", len(errs)-10)
			break
		}
		t.Errorf("error: %s", e)
	}
}

// loadDirectory imports -load.dir or the example town and returns every id
// with its profile as a PUT body.
func loadDirectory(t *testing.T, eng *match.Engine) (ids []string, profiles [][]byte) {
	t.Helper()
	src, name := examples.Town(), examples.TownName
	switch {
	case *loadIndex != "":
		src = nil
	case *loadDir != "":
		f, err := os.Open(*loadDir)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		src, name = f, *loadDir
	}
	if src != nil {
		start := time.Now()
		rep, err := eng.Import(context.Background(), src, name, match.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("imported %d organizations from %s in %s (%d refused)", rep.Applied, name, time.Since(start).Round(time.Millisecond), rep.Refused)
	}
	err := eng.Each(context.Background(), func(o partnermatch.Organization) error {
		b, err := json.Marshal(o)
		ids, profiles = append(ids, o.ID), append(profiles, b)
		return err
	})
	if err != nil || len(ids) == 0 {
		t.Fatalf("listing the directory: %v (%d organizations)", err, len(ids))
	}
	return ids, profiles
}

func percentiles(ds []time.Duration) string {
	if len(ds) == 0 {
		return "no requests"
	}
	slices.Sort(ds)
	at := func(p float64) time.Duration {
		return ds[min(len(ds)-1, int(p*float64(len(ds))))].Round(10 * time.Microsecond)
	}
	return fmt.Sprintf("p50 %s, p99 %s, max %s", at(0.50), at(0.99), ds[len(ds)-1].Round(10*time.Microsecond))
}
