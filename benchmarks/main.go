// Command benchmarks measures partnermatch at scale against its baseline, in
// one run, on the same machine and data:
//
//	go run ./benchmarks -sizes 10000,100000 [-out benchmarks/results]
//
// For each size it generates a directory (package benchmarks/gen, cached in
// -work), imports it into a fresh index in a child process (throughput,
// peak RSS, index size on disk), then, in another child process, asks for
// suggestions for the same random organizations with partnermatch and with
// the baseline (match.Baseline: a plain Bleve query of the organization's own
// words with a geo filter, on the same index) with 1, 2 and 4 concurrent
// clients (latency p50/p95/p99, throughput). It writes results.md,
// results.csv, results.json and latency.svg to -out and the latest figures
// to benchmarks/README.md.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/partnermatch/partnermatch/benchmarks/gen"
)

// childEnv marks a child process of the harness: the command line then
// describes one import or one query run.
const childEnv = "PARTNERMATCH_BENCH_CHILD"

func main() {
	if os.Getenv(childEnv) != "" {
		os.Exit(childMain(os.Args[1:], os.Stdout, os.Stderr))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// config is the harness's command line.
type config struct {
	sizes   []int
	seed    uint64
	source  gen.Source
	geo     gen.Geography
	perTile int
	tiles   int
	dataDir string
	out     string
	work    string
	readme  string
	queries int
	warmup  int
	clients []int
	budget  time.Duration
	reuse   bool
	keep    bool
	fresh   bool
	profile string
	render  bool
	// savedCommand is the command of the run being rendered again.
	savedCommand string
	args         []string // as given, for the report
	stdout       io.Writer
	stderr       io.Writer
	childArgs    []string // extra arguments for children (tests)
}

func parseFlags(args []string, stdout, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("benchmarks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizes := fs.String("sizes", "10000,100000", "directory sizes to measure, comma-separated (10000,100000,1000000)")
	seed := fs.Uint64("seed", 1, "seed of the generator and of the query sample")
	source := fs.String("source", "synthetic", "synthetic, or irs (real names and addresses of ../shared/data/irs-eo-bmf; sizes above its 321,919 rows are capped)")
	geo := fs.String("geo", "density", "density: 10x the organizations over 10x the area; area: every size over the same area")
	perTile := fs.Int("per-tile", gen.DefaultPerTile, "organizations per 200 km tile with -geo density")
	tiles := fs.Int("tiles", gen.DefaultTiles, "tiles with -geo area")
	data := fs.String("data", "auto", "the shared data folder (auto: ../shared/data if present; none: built-in phrase bank only)")
	out := fs.String("out", "benchmarks/results", "folder of results.md, results.csv, results.json and latency.svg")
	work := fs.String("work", filepath.Join(os.TempDir(), "partnermatch-bench"), "folder for generated directories (kept, reused) and indexes")
	readme := fs.String("readme", "benchmarks/README.md", "README whose latest-figures section to rewrite; empty to leave it")
	queries := fs.Int("queries", 200, "measured queries per method and client count")
	warmup := fs.Int("warmup", 20, "unmeasured queries per method before measuring")
	clients := fs.String("clients", "1,2,4", "concurrent clients to measure")
	budget := fs.Duration("budget", 3*time.Minute, "stop a (method, clients) run after this long even if queries remain")
	reuse := fs.Bool("reuse", false, "reuse an index already in -work for a size (no import measured)")
	keep := fs.Bool("keep", false, "keep indexes in -work after measuring (for -reuse)")
	fresh := fs.Bool("fresh", false, "forget earlier results in -out instead of merging sizes this run did not measure")
	profile := fs.String("cpuprofile", "", "folder to write CPU profiles of import and suggest to")
	render := fs.Bool("render", false, "measure nothing: rewrite the outputs and the README from -out/results.csv and results.json")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	c := &config{seed: *seed, source: gen.Source(*source), geo: gen.Geography(*geo), perTile: *perTile, tiles: *tiles,
		out: *out, work: *work, readme: *readme, queries: *queries, warmup: *warmup, budget: *budget,
		reuse: *reuse, keep: *keep, fresh: *fresh, profile: *profile, render: *render, args: args, stdout: stdout, stderr: stderr}
	var err error
	if c.sizes, err = parseInts(*sizes); err != nil {
		return nil, fmt.Errorf("-sizes: %w", err)
	}
	if c.clients, err = parseInts(*clients); err != nil {
		return nil, fmt.Errorf("-clients: %w", err)
	}
	switch *data {
	case "auto":
		c.dataDir = gen.FindDataDir()
	case "none":
	default:
		c.dataDir = *data
	}
	if c.queries < 1 || c.warmup < 0 {
		return nil, errors.New("-queries must be at least 1 and -warmup at least 0")
	}
	return c, nil
}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(strings.ReplaceAll(f, "_", ""))
		if f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, errors.New("empty list")
	}
	return out, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stdout, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "benchmarks:", err)
		}
		return 2
	}
	if err := c.run(ctx); err != nil {
		fmt.Fprintln(stderr, "benchmarks:", err)
		return 1
	}
	return 0
}

func (c *config) logf(format string, args ...any) {
	fmt.Fprintf(c.stderr, "bench: "+format+"\n", args...)
}

func (c *config) run(ctx context.Context) error {
	for _, d := range []string{c.out, c.work} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	if c.profile != "" {
		if err := os.MkdirAll(c.profile, 0o755); err != nil {
			return err
		}
	}
	if c.render {
		return c.rerender()
	}
	m := describeMachine()
	c.logf("machine: %s", m.String())
	var rows []row
	for _, n := range c.sizes {
		// Figures are written as soon as the import is measured too, so that
		// a long query phase that is stopped leaves them behind.
		partial := func(rs []row) error { return c.report(append(append([]row{}, rows...), rs...), m) }
		rs, err := c.measure(ctx, n, m, partial)
		if err != nil {
			return fmt.Errorf("size %d: %w", n, err)
		}
		rows = append(rows, rs...)
		// Write after every size, so that a long run leaves figures behind.
		if err := c.report(rows, m); err != nil {
			return err
		}
	}
	return nil
}

// measure generates, imports and queries one size.
func (c *config) measure(ctx context.Context, n int, m machine, partial func([]row) error) ([]row, error) {
	label := c.label(n)
	file, genStats, err := c.directory(n)
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(c.work, "index-"+label)
	base := row{Date: m.Date, Machine: m.Short(), Size: genStats.Orgs, Source: string(c.source), Geo: c.geoLabel(), Seed: c.seed}

	var rows []row
	if c.reuse && exists(filepath.Join(dir, "index_meta.json")) {
		c.logf("%s: reusing the index in %s (import not measured)", label, dir)
	} else {
		if err := os.RemoveAll(dir); err != nil {
			return nil, err
		}
		imp, err := c.importChild(ctx, file, dir, genStats.Orgs, label)
		if err != nil {
			return nil, err
		}
		size, err := dirSize(dir)
		if err != nil {
			return nil, err
		}
		r := base
		r.Phase, r.Method, r.Clients = "import", "partnermatch", 1
		r.Queries = imp.Applied
		r.Errors = imp.Refused
		r.Seconds = imp.Seconds
		r.OrgsPerS = float64(imp.Applied) / imp.Seconds
		r.PeakRSSMiB = imp.PeakRSSMiB
		r.IndexMiB = float64(size) / (1 << 20)
		r.Load = loadAvg()
		c.logf("%s: imported %d organizations in %.1fs: %.0f/s, peak RSS %.0f MiB, index %.0f MiB",
			label, imp.Applied, imp.Seconds, r.OrgsPerS, r.PeakRSSMiB, r.IndexMiB)
		rows = append(rows, r)
		if err := partial(rows); err != nil {
			return nil, err
		}
	}
	if !c.keep {
		defer os.RemoveAll(dir)
	}

	ids, err := sampleIDs(file, c.warmup+c.queries, c.seed)
	if err != nil {
		return nil, err
	}
	qfile := filepath.Join(c.work, "queries-"+label+".txt")
	if err := os.WriteFile(qfile, []byte(strings.Join(ids, "\n")+"\n"), 0o644); err != nil {
		return nil, err
	}
	q, err := c.queryChild(ctx, dir, qfile, label)
	if err != nil {
		return nil, err
	}
	c.logf("%s: index opened in %.2fs; first query (builds the partner graph) %.2fs; peak RSS of the query process %.0f MiB",
		label, q.OpenSeconds, q.FirstSeconds, q.PeakRSSMiB)
	for _, run := range q.Runs {
		r := base
		r.Phase, r.Method, r.Clients = "suggest", run.Method, run.Clients
		r.Queries, r.Errors, r.Seconds = run.Queries, run.Errors, run.Seconds
		r.P50, r.P95, r.P99, r.Mean, r.QPS = run.P50, run.P95, run.P99, run.Mean, run.QPS
		r.Results = run.MeanResults
		r.PeakRSSMiB = run.PeakRSSMiB
		if r.PeakRSSMiB == 0 { // results of a harness older than per-method peaks
			r.PeakRSSMiB = q.PeakRSSMiB
		}
		r.FirstQueryS = q.FirstSeconds
		r.Load = run.Load
		rows = append(rows, r)
	}
	rows = withRatios(rows)
	for _, r := range rows {
		if r.Phase == "suggest" {
			c.logf("%s: %-12s %d client(s): %4d queries, p50 %8.2f ms, p95 %8.2f ms, p99 %8.2f ms, %7.1f q/s%s",
				label, r.Method, r.Clients, r.Queries, r.P50, r.P95, r.P99, r.QPS, ratioNote(r))
		}
	}
	return rows, nil
}

func ratioNote(r row) string {
	if r.Method != "partnermatch" || r.SpeedupP50 == 0 {
		return ""
	}
	return fmt.Sprintf("  (baseline/partnermatch: p50 %.2fx, p99 %.2fx, throughput %.2fx)", r.SpeedupP50, r.SpeedupP99, r.ThroughputRatio)
}

func (c *config) geoLabel() string {
	if c.source == gen.IRS {
		return "zip"
	}
	if c.geo == gen.FixedArea {
		return fmt.Sprintf("area/%d", c.tiles)
	}
	return fmt.Sprintf("density/%d", c.perTile)
}

func (c *config) label(n int) string {
	l := fmt.Sprintf("%s-%s-n%d-seed%d", c.source, strings.ReplaceAll(c.geoLabel(), "/", ""), n, c.seed)
	if c.dataDir == "" {
		l += "-bank"
	}
	return l + "-" + gen.Version
}

// directory returns the generated directory of size n, generating it
// unless the work folder already has it.
func (c *config) directory(n int) (string, gen.Stats, error) {
	label := c.label(n)
	file := filepath.Join(c.work, label+".jsonl")
	statsFile := file + ".stats.json"
	var st gen.Stats
	if data, err := os.ReadFile(statsFile); err == nil && exists(file) && json.Unmarshal(data, &st) == nil {
		c.logf("%s: using the directory generated earlier, %s", label, file)
		return file, st, nil
	}
	cfg := gen.Config{N: n, Seed: c.seed, Source: c.source, Geography: c.geo, PerTile: c.perTile, Tiles: c.tiles, DataDir: c.dataDir}
	if c.source == gen.IRS && n >= 321919 {
		cfg.N = 0 // every row
	}
	start := time.Now()
	cfg.Progress = func(done, total int) {
		if done%100000 == 0 {
			c.logf("%s: generated %d/%d", label, done, total)
		}
	}
	tmp := file + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return "", st, err
	}
	st, err = gen.Generate(f, cfg)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return "", st, err
	}
	if err := os.Rename(tmp, file); err != nil {
		return "", st, err
	}
	js, _ := json.Marshal(st)
	if err := os.WriteFile(statsFile, js, 0o644); err != nil {
		return "", st, err
	}
	c.logf("%s: generated %d organizations (%.0f MiB) in %.1fs; %s", label, st.Orgs, float64(st.Bytes)/(1<<20), time.Since(start).Seconds(), js)
	return file, st, nil
}

// sampleIDs draws k ids of the directory file (with repetition when it is
// smaller than k), with a fixed seed.
func sampleIDs(file string, k int, seed uint64) ([]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ids []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var o struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			return nil, err
		}
		ids = append(ids, o.ID)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("%s has no organizations", file)
	}
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	out := make([]string, k)
	for i := range out {
		out[i] = ids[r.IntN(len(ids))]
	}
	return out, nil
}

// importResult is what the import child prints on its standard output.
type importResult struct {
	Read, Applied, Refused int
	Seconds                float64 // Import, from the first line read to the last batch applied
	CloseSeconds           float64
	PeakRSSMiB             float64
}

func (c *config) importChild(ctx context.Context, file, dir string, total int, label string) (importResult, error) {
	args := []string{"-child", "import", "-index", dir, "-file", file, "-total", strconv.Itoa(total), "-label", label}
	if c.profile != "" {
		args = append(args, "-cpuprofile", filepath.Join(c.profile, "import-"+label+".pprof"))
	}
	var res importResult
	rss, err := c.child(ctx, args, &res)
	res.PeakRSSMiB = max(res.PeakRSSMiB, rss)
	return res, err
}

type queryResult struct {
	OpenSeconds  float64
	FirstSeconds float64
	PeakRSSMiB   float64
	Runs         []queryRun
}

type queryRun struct {
	Method              string
	Clients             int
	Queries, Errors     int
	Seconds             float64
	P50, P95, P99, Mean float64 // milliseconds
	Max                 float64
	QPS                 float64
	MeanResults         float64 // suggestions per answered query
	Empty               int     // answered queries with no suggestion
	FirstError          string  `json:",omitempty"`
	StoppedByBudget     bool    `json:",omitempty"`
	Load                float64 // 1-minute load average when the run ended
	// PeakRSSMiB is the process's peak while this method served (see
	// childQuery); the query result's own is the process-wide peak.
	PeakRSSMiB float64
}

func (c *config) queryChild(ctx context.Context, dir, qfile, label string) (queryResult, error) {
	args := []string{"-child", "query", "-index", dir, "-ids", qfile, "-warmup", strconv.Itoa(c.warmup),
		"-clients", joinInts(c.clients), "-budget", c.budget.String(), "-label", label}
	if c.profile != "" {
		args = append(args, "-cpuprofile", filepath.Join(c.profile, "suggest-"+label))
	}
	var res queryResult
	rss, err := c.child(ctx, args, &res)
	res.PeakRSSMiB = max(res.PeakRSSMiB, rss)
	return res, err
}

// child runs this program again as a child process, decodes the JSON it
// prints into res and returns its peak RSS (rusage Maxrss) in MiB. Its
// standard error (progress) goes straight to ours.
func (c *config) child(ctx context.Context, args []string, res any) (float64, error) {
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	cmd := exec.CommandContext(ctx, exe, append(append([]string{}, c.childArgs...), args...)...)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	cmd.Stderr = c.stderr
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("child %s: %w", strings.Join(args[:2], " "), err)
	}
	var rss float64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss) / 1024 // KiB on Linux
	}
	if err := json.Unmarshal(out, res); err != nil {
		return rss, fmt.Errorf("child %s printed %q: %w", strings.Join(args[:2], " "), out, err)
	}
	return rss, nil
}

func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ",")
}

// loadAvg is the 1-minute load average, 0 where there is none.
func loadAvg() float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return 0
	}
	x, _ := strconv.ParseFloat(f[0], 64)
	return x
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func dirSize(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			n += info.Size()
		}
		return nil
	})
	return n, err
}
