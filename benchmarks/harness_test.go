package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestHarnessEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("imports a small directory in child processes")
	}
	dir := t.TempDir()
	out, work := filepath.Join(dir, "results"), filepath.Join(dir, "work")
	readme := filepath.Join(dir, "README.md")
	old := "# Benchmarks\n\nprose\n\n" + readmeBegin + "\nold figures\n" + readmeEnd + "\n\nafter\n"
	if err := os.WriteFile(readme, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	args := []string{"-sizes", "300", "-queries", "6", "-warmup", "1", "-clients", "1,2", "-data", "none",
		"-out", out, "-work", work, "-readme", readme}
	if code := run(context.Background(), args, io.Discard, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	rows, err := readCSV(filepath.Join(out, "results.csv"))
	if err != nil {
		t.Fatal(err)
	}
	var imports, suggests int
	for _, r := range rows {
		switch r.Phase {
		case "import":
			imports++
			if r.Size != 300 || r.Queries != 300 || r.OrgsPerS <= 0 || r.PeakRSSMiB <= 0 || r.IndexMiB <= 0 {
				t.Errorf("import row: %+v", r)
			}
		case "suggest":
			suggests++
			if r.Queries != 6 || r.Errors != 0 || r.P50 <= 0 || r.P99 < r.P50 || r.QPS <= 0 {
				t.Errorf("suggest row: %+v", r)
			}
			if r.PeakRSSMiB <= 0 {
				t.Errorf("no serving peak RSS on %+v", r)
			}
			if r.Method == "partnermatch" && r.SpeedupP50 <= 0 {
				t.Errorf("no ratio on %+v", r)
			}
		}
	}
	if imports != 1 || suggests != 4 {
		t.Fatalf("%d import and %d suggest rows, want 1 and 4:\n%+v", imports, suggests, rows)
	}
	svg, err := os.ReadFile(filepath.Join(out, "latency.svg"))
	if err != nil || !bytes.HasPrefix(svg, []byte("<svg")) || !bytes.Contains(svg, []byte("<polyline")) {
		t.Errorf("latency.svg is not a plot: %v\n%.200s", err, svg)
	}
	md, _ := os.ReadFile(readme)
	if s := string(md); strings.Contains(s, "old figures") || !strings.Contains(s, "### Import") || !strings.HasSuffix(s, readmeEnd+"\n\nafter\n") {
		t.Errorf("README section not replaced in place:\n%s", s)
	}
	if !strings.Contains(stderr.String(), "bench: import") {
		t.Errorf("no progress line on stderr:\n%s", stderr.String())
	}
}

func TestPercentile(t *testing.T) {
	xs := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for p, want := range map[float64]float64{50: 5, 95: 10, 99: 10, 10: 1} {
		if got := percentile(xs, p); got != want {
			t.Errorf("p%v = %v, want %v", p, got, want)
		}
	}
}

func TestMergeKeepsOtherSizes(t *testing.T) {
	old := []row{
		{Source: "synthetic", Geo: "density/10000", Size: 1000000, Phase: "suggest", Method: "partnermatch", Clients: 1, P50: 9},
		{Source: "synthetic", Geo: "density/10000", Size: 10000, Phase: "suggest", Method: "partnermatch", Clients: 1, P50: 100},
	}
	cur := []row{{Source: "synthetic", Geo: "density/10000", Size: 10000, Phase: "suggest", Method: "partnermatch", Clients: 1, P50: 50}}
	got := merge(old, cur)
	if len(got) != 2 || got[0].Size != 10000 || got[0].P50 != 50 || got[1].Size != 1000000 {
		t.Fatalf("merge = %+v", got)
	}
}

func TestRatios(t *testing.T) {
	rows := withRatios([]row{
		{Size: 10, Phase: "suggest", Method: "partnermatch", Clients: 1, P50: 2, P99: 4, QPS: 100},
		{Size: 10, Phase: "suggest", Method: "baseline", Clients: 1, P50: 20, P99: 80, QPS: 10},
	})
	if r := rows[0]; r.SpeedupP50 != 10 || r.SpeedupP99 != 20 || r.ThroughputRatio != 10 {
		t.Fatalf("ratios = %+v", r)
	}
}

func TestResetPeakRSS(t *testing.T) {
	grown := make([]byte, 64<<20)
	for i := range grown {
		grown[i] = 1
	}
	peak := vmHWM()
	grown = nil
	runtime.GC()
	debug.FreeOSMemory()
	if !resetPeakRSS() {
		t.Skip("this kernel does not reset the peak RSS (/proc/self/clear_refs)")
	}
	if after := vmHWM(); after >= peak-32 {
		t.Errorf("peak RSS after the reset %.0f MiB, before %.0f MiB: not reset to the current RSS", after, peak)
	}
}
