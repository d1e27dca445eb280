package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/partnermatch/partnermatch/benchmarks/gen"
	"github.com/partnermatch/partnermatch/match"
)

func TestMain(m *testing.M) {
	// The harness runs its import and query phases in child processes of
	// the same executable; under go test that is this test binary.
	if os.Getenv(childEnv) != "" {
		os.Exit(childMain(os.Args[1:], os.Stdout, os.Stderr))
	}
	code := m.Run()
	if shared10k.dir != "" {
		if shared10k.eng != nil {
			shared10k.eng.Close()
		}
		os.RemoveAll(shared10k.dir)
	}
	os.Exit(code)
}

// shared10k is a 10,000-organization directory imported once for every
// benchmark that needs it.
var shared10k struct {
	once sync.Once
	dir  string
	eng  *match.Engine
	ids  []string
	err  error
}

func directory10k(b *testing.B) (*match.Engine, []string) {
	b.Helper()
	s := &shared10k
	s.once.Do(func() {
		var buf bytes.Buffer
		if _, s.err = gen.Generate(&buf, gen.Config{N: 10000, Seed: 1, DataDir: gen.FindDataDir()}); s.err != nil {
			return
		}
		if s.dir, s.err = os.MkdirTemp("", "partnermatch-bench10k-"); s.err != nil {
			return
		}
		file := filepath.Join(s.dir, "dir.jsonl")
		if s.err = os.WriteFile(file, buf.Bytes(), 0o644); s.err != nil {
			return
		}
		if s.eng, s.err = match.Open(filepath.Join(s.dir, "index")); s.err != nil {
			return
		}
		if _, s.err = s.eng.Import(context.Background(), bytes.NewReader(buf.Bytes()), "dir.jsonl", match.ImportOptions{}); s.err != nil {
			return
		}
		s.ids, s.err = sampleIDs(file, 500, 1)
	})
	if s.err != nil {
		b.Fatal(s.err)
	}
	return s.eng, s.ids
}

func benchmarkSuggest(b *testing.B, method match.Method) {
	eng, ids := directory10k(b)
	ctx := context.Background()
	opts := match.Options{Method: method}
	if _, err := eng.Suggest(ctx, ids[0], opts); err != nil { // builds the partner graph
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := eng.Suggest(ctx, ids[i%len(ids)], opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSuggest10k times one partnermatch Suggest on a directory of
// 10,000 generated organizations, cycling through 500 random ones.
func BenchmarkSuggest10k(b *testing.B) { benchmarkSuggest(b, match.Partnermatch) }

// BenchmarkBaseline10k is the same with the baseline method.
func BenchmarkBaseline10k(b *testing.B) { benchmarkSuggest(b, match.Baseline) }

// BenchmarkImport1k times importing 1,000 generated organizations into a
// fresh index, closing included.
func BenchmarkImport1k(b *testing.B) {
	var buf bytes.Buffer
	if _, err := gen.Generate(&buf, gen.Config{N: 1000, Seed: 1, DataDir: gen.FindDataDir()}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := b.TempDir()
		b.StartTimer()
		eng, err := match.Open(filepath.Join(dir, fmt.Sprint("index", i)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := eng.Import(context.Background(), bytes.NewReader(buf.Bytes()), "dir.jsonl", match.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		if err := eng.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(1000*b.N)/b.Elapsed().Seconds(), "orgs/s")
}

// BenchmarkGenerate10k times the generator alone (built-in bank).
func BenchmarkGenerate10k(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := gen.Generate(io.Discard, gen.Config{N: 10000, Seed: uint64(i)}); err != nil {
			b.Fatal(err)
		}
	}
}
