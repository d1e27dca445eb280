package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/partnermatch/partnermatch/match"
)

// childMain runs one measured phase in its own process, so that its peak
// RSS is its own: "import" or "query". It prints one JSON object on stdout
// and progress on stderr.
func childMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("child", flag.ContinueOnError)
	fs.SetOutput(stderr)
	phase := fs.String("child", "", "import or query")
	dir := fs.String("index", "", "index folder")
	file := fs.String("file", "", "import: directory file")
	total := fs.Int("total", 0, "import: organizations in the file, for progress")
	label := fs.String("label", "", "name of the run in progress lines")
	ids := fs.String("ids", "", "query: file of organization ids, one a line")
	warmup := fs.Int("warmup", 20, "query: unmeasured queries per method")
	clients := fs.String("clients", "1,2,4", "query: concurrent clients")
	budget := fs.Duration("budget", 3*time.Minute, "query: time limit of one run")
	profile := fs.String("cpuprofile", "", "CPU profile file (import) or file prefix (query)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var res any
	var err error
	switch *phase {
	case "import":
		res, err = childImport(*dir, *file, *total, *label, *profile, stderr)
	case "query":
		var cs []int
		if cs, err = parseInts(*clients); err == nil {
			res, err = childQuery(*dir, *ids, *label, *warmup, cs, *budget, *profile, stderr)
		}
	default:
		err = fmt.Errorf("unknown phase %q", *phase)
	}
	if err != nil {
		fmt.Fprintf(stderr, "bench child %s: %v\n", *phase, err)
		return 1
	}
	if err := json.NewEncoder(stdout).Encode(res); err != nil {
		return 1
	}
	return 0
}

func startProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func childImport(dir, file string, total int, label, profile string, stderr io.Writer) (importResult, error) {
	var res importResult
	eng, err := match.Open(dir)
	if err != nil {
		return res, err
	}
	f, err := os.Open(file)
	if err != nil {
		eng.Close()
		return res, err
	}
	defer f.Close()
	stop, err := startProfile(profile)
	if err != nil {
		eng.Close()
		return res, err
	}
	p := newProgress(stderr, label, total)
	start := time.Now()
	rep, err := eng.Import(context.Background(), f, file, match.ImportOptions{Progress: p.update})
	res.Seconds = time.Since(start).Seconds()
	stop()
	p.done(rep.Read)
	closeStart := time.Now()
	if cerr := eng.Close(); err == nil {
		err = cerr
	}
	res.CloseSeconds = time.Since(closeStart).Seconds()
	res.Read, res.Applied, res.Refused = rep.Read, rep.Applied, rep.Refused
	res.PeakRSSMiB = vmHWM()
	return res, err
}

// progress prints an import's progress: a bar rewritten in place on a
// terminal, a plain line every ten seconds otherwise.
type progress struct {
	w     io.Writer
	label string
	total int
	tty   bool
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer, label string, total int) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	now := time.Now()
	return &progress{w: w, label: label, total: total, tty: tty, start: now, last: now}
}

func (p *progress) update(read int) {
	now := time.Now()
	every := 10 * time.Second
	if p.tty {
		every = 250 * time.Millisecond
	}
	if now.Sub(p.last) < every {
		return
	}
	p.last = now
	p.print(read, false)
}

func (p *progress) print(read int, final bool) {
	el := time.Since(p.start).Seconds()
	rate := float64(read) / el
	pct, eta := 0.0, ""
	if p.total > 0 {
		pct = 100 * float64(read) / float64(p.total)
		if rate > 0 && read < p.total {
			eta = "ETA " + (time.Duration(float64(p.total-read)/rate) * time.Second).Round(time.Second).String()
		}
	}
	if p.tty {
		const width = 30
		bar := strings.Repeat("#", int(pct/100*width)) + strings.Repeat(".", width-int(pct/100*width))
		fmt.Fprintf(p.w, "\rimport %s [%s] %d/%d %5.1f%% %6.0f/s %s   ", p.label, bar, read, p.total, pct, rate, eta)
		if final {
			fmt.Fprintln(p.w)
		}
		return
	}
	if eta != "" {
		eta = ", " + eta
	}
	fmt.Fprintf(p.w, "bench: import %s: %d/%d (%.1f%%) %.0f/s%s, RSS %.0f MiB\n", p.label, read, p.total, pct, rate, eta, vmRSS())
}

func (p *progress) done(read int) { p.print(read, true) }

// vmHWM returns this process's peak resident set size in MiB, from
// /proc/self/status; 0 where there is none.
func vmHWM() float64 { return procStatus("VmHWM:") }

func vmRSS() float64 { return procStatus("VmRSS:") }

// resetPeakRSS sets this process's VmHWM back to its current RSS (Linux
// 4.0 and later: "5" in /proc/self/clear_refs) and says whether it could.
func resetPeakRSS() bool {
	before := vmHWM()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		return false
	}
	return vmHWM() <= before
}

func procStatus(key string) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, key) {
			f := strings.Fields(line[len(key):])
			if len(f) > 0 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb / 1024
			}
		}
	}
	return 0
}

func childQuery(dir, idsFile, label string, warmup int, clients []int, budget time.Duration, profile string, stderr io.Writer) (queryResult, error) {
	var res queryResult
	ids, err := readLines(idsFile)
	if err != nil {
		return res, err
	}
	if len(ids) <= warmup {
		return res, fmt.Errorf("%s: %d ids, need more than the %d of the warm-up", idsFile, len(ids), warmup)
	}
	start := time.Now()
	eng, err := match.Open(dir)
	if err != nil {
		return res, err
	}
	defer eng.Close()
	res.OpenSeconds = time.Since(start).Seconds()
	ctx := context.Background()
	// The first query builds the engine's partner graph, a one-off cost
	// reported on its own.
	start = time.Now()
	if _, err := eng.Suggest(ctx, ids[0], match.Options{}); err != nil {
		return res, fmt.Errorf("first query (%s): %w", ids[0], err)
	}
	res.FirstSeconds = time.Since(start).Seconds()
	measured := ids[warmup:]
	for i, method := range []match.Method{match.Partnermatch, match.Baseline} {
		// Partnermatch runs first, so the peak so far is that of opening
		// the index and serving with partnermatch alone. The baseline's
		// Bleve queries then touch far more of the index's memory-mapped
		// segments; its peak is measured from a reset, where the kernel
		// allows one, and the process-wide peak is reported beside both.
		if i > 0 && !resetPeakRSS() {
			fmt.Fprintf(stderr, "bench: %s: cannot reset the peak RSS; the baseline's is the process's\n", label)
		}
		opts := match.Options{Method: method}
		first := len(res.Runs)
		for _, id := range ids[:warmup] {
			eng.Suggest(ctx, id, opts)
		}
		for _, c := range clients {
			prof := ""
			if profile != "" && c == 1 {
				prof = profile + "-" + string(method) + ".pprof"
			}
			stop, err := startProfile(prof)
			if err != nil {
				return res, err
			}
			run := measure(ctx, eng, measured, opts, c, budget)
			stop()
			fmt.Fprintf(stderr, "bench: %s %s %d client(s): %d queries in %.1fs\n", label, method, c, run.Queries, run.Seconds)
			res.Runs = append(res.Runs, run)
		}
		peak := vmHWM()
		for r := first; r < len(res.Runs); r++ {
			res.Runs[r].PeakRSSMiB = peak
		}
		res.PeakRSSMiB = max(res.PeakRSSMiB, peak)
	}
	return res, nil
}

// measure asks for suggestions for every id with c concurrent clients,
// each taking the next id in turn, and stops dispatching after budget.
func measure(ctx context.Context, eng *match.Engine, ids []string, opts match.Options, c int, budget time.Duration) queryRun {
	run := queryRun{Method: string(opts.Method), Clients: c}
	lat := make([]float64, len(ids))
	nres := make([]int, len(ids))
	errs := make([]error, len(ids))
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(budget)
	stopped := atomic.Bool{}
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(ids) {
					return
				}
				if time.Now().After(deadline) {
					stopped.Store(true)
					lat[i] = -1
					continue
				}
				t0 := time.Now()
				s, err := eng.Suggest(ctx, ids[i], opts)
				lat[i] = float64(time.Since(t0).Nanoseconds()) / 1e6
				nres[i], errs[i] = len(s), err
			}
		}()
	}
	wg.Wait()
	run.Seconds = time.Since(start).Seconds()
	run.StoppedByBudget = stopped.Load()
	run.Load = loadAvg()
	var ok []float64
	total := 0
	for i, l := range lat {
		if l < 0 {
			continue
		}
		run.Queries++
		if errs[i] != nil {
			run.Errors++
			if run.FirstError == "" {
				run.FirstError = fmt.Sprintf("%s: %v", ids[i], errs[i])
			}
			continue
		}
		ok = append(ok, l)
		total += nres[i]
		if nres[i] == 0 {
			run.Empty++
		}
	}
	run.QPS = float64(run.Queries) / run.Seconds
	if len(ok) > 0 {
		sort.Float64s(ok)
		sum := 0.0
		for _, l := range ok {
			sum += l
		}
		run.Mean = sum / float64(len(ok))
		run.P50, run.P95, run.P99 = percentile(ok, 50), percentile(ok, 95), percentile(ok, 99)
		run.Max = ok[len(ok)-1]
		run.MeanResults = float64(total) / float64(len(ok))
	}
	return run
}

// percentile of sorted values, nearest rank.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	k := int(float64(len(sorted))*p/100+0.999999) - 1
	return sorted[max(0, min(k, len(sorted)-1))]
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out = append(out, s)
		}
	}
	return out, sc.Err()
}
