package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/match"
)

func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt)
}

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "[--format FORMAT] --index DIR PATH...", "Creates the index at DIR if it is absent and inserts or replaces every valid\nrecord of each PATH by id: JSON Lines in the interchange format by default,\nor another directory format with --format (see docs/IMPORTING.md). Prints how many\nlines were applied and refused, with each refusal's file, line and field.\nExit status: 0 if none was refused, 1 if some were, 2 on a usage error.", stderr)
	dir := fs.String("index", "", "index directory (required)")
	quiet := fs.Bool("quiet", false, "print only the summary, not each refusal")
	format := fs.String("format", "jsonl", fmt.Sprintf("format of the files: one of %v", formats))
	var sopts sourceOptions
	fs.StringVar(&sopts.zipCentroids, "zip-centroids", "", "irs-bmf: CSV of ZIP code, latitude, longitude to locate organizations")
	fs.StringVar(&sopts.columnMap, "map", "", "csv: field=column pairs, comma-separated (id=EIN,name=Name,...)")
	fs.BoolVar(&sopts.includePeople, "include-people", false, "also import the formats' contact people as individual profiles")
	files, code, done := parse(fs, args, stdout)
	if done {
		return code
	}
	if *dir == "" {
		return usageError(fs, "--index is required")
	}
	if len(files) == 0 {
		return usageError(fs, "name at least one FILE to import")
	}
	if !slices.Contains(formats, *format) {
		return usageError(fs, "--format %q is not one of %v", *format, formats)
	}
	if *format == "csv" && sopts.columnMap == "" {
		return usageError(fs, "--format csv needs --map field=Column,... (name=Column at least; see docs/IMPORTING.md)")
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			return usageError(fs, "%s: no such file or directory", f)
		}
	}
	ctx, cancel := signalContext()
	defer cancel()
	// Importing allocates much short-lived garbage; collecting less often
	// buys throughput with memory the import has to spare, and the soft limit
	// keeps it well inside an ordinary machine.
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(2 << 30)
	eng, err := match.Open(*dir)
	if err != nil {
		fmt.Fprintf(stderr, "partnermatch import: %v\n", err)
		return exitSome
	}
	defer eng.Close()
	var read, applied, refused, unchanged int
	start := time.Now()
	for _, f := range files {
		rep, err := importFile(ctx, eng, *format, f, sopts, stderr)
		read, applied, refused, unchanged = read+rep.Read, applied+rep.Applied, refused+rep.Refused, unchanged+rep.Unchanged
		if !*quiet {
			for _, r := range rep.Refusals {
				fmt.Fprintf(stdout, "refused %s\n", r)
			}
			for _, n := range rep.Replaced {
				fmt.Fprintf(stdout, "note %s\n", n)
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "partnermatch import: %s: %v (the %d lines applied before this stay applied)\n", f, err, rep.Applied)
			fmt.Fprintf(stdout, "applied %d, refused %d, read %d lines%s\n", applied, refused, read, unchangedNote(unchanged))
			return exitSome
		}
	}
	fmt.Fprintf(stdout, "applied %d, refused %d, read %d lines in %s%s\n", applied, refused, read, time.Since(start).Round(time.Millisecond), unchangedNote(unchanged))
	if refused > 0 {
		return exitSome
	}
	return exitOK
}

// unchangedNote says how many of the lines applied the index held already
// as given (not written again), after the counts the command line contract
// fixes.
func unchangedNote(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("; %d of the lines applied were in the index already as given and were not written again", n)
}

func importFile(ctx context.Context, eng *match.Engine, format, path string, opts sourceOptions, stderr io.Writer) (match.ImportReport, error) {
	var src partnermatch.Source
	var closer io.Closer
	var counted *countingReader
	if format == "jsonl" {
		// The interchange format is read here, so progress can tell how far
		// through the file it is and when it will end.
		f, err := os.Open(path)
		if err != nil {
			return match.ImportReport{}, err
		}
		counted = &countingReader{r: f}
		src, closer = partnermatch.NewReader(counted, path), f
	} else {
		var err error
		src, closer, err = openSource(format, path, opts)
		if err != nil {
			return match.ImportReport{}, err
		}
	}
	defer closer.Close()
	p := newProgress(stderr, path, counted)
	rep, err := eng.ImportFrom(ctx, src, path, match.ImportOptions{Progress: p.update})
	p.done(rep.Read)
	return rep, err
}

type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}

// progress reports a long import on stderr: on a terminal a bar redrawn in
// place (count, rate, share of the file, time left), otherwise a plain line
// every ten seconds, for logs.
type progress struct {
	w        io.Writer
	name     string
	tty      bool
	total    int64
	counted  *countingReader
	start    time.Time
	last     time.Time
	drawn    bool
	interval time.Duration
}

func newProgress(w io.Writer, name string, counted *countingReader) *progress {
	p := &progress{w: w, name: name, counted: counted, start: time.Now(), last: time.Now(), interval: 10 * time.Second}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty, p.interval = true, 250*time.Millisecond
		}
	}
	if st, err := os.Stat(name); err == nil && !st.IsDir() {
		p.total = st.Size()
	}
	return p
}

func (p *progress) update(read int) {
	if time.Since(p.last) < p.interval {
		return
	}
	p.last = time.Now()
	elapsed := time.Since(p.start).Seconds()
	line := fmt.Sprintf("%s: %d records, %.0f/s", p.name, read, float64(read)/elapsed)
	if p.counted != nil && p.total > 0 {
		frac := float64(p.counted.n.Load()) / float64(p.total)
		if frac > 0 {
			eta := time.Duration(elapsed*(1-frac)/frac) * time.Second
			line += fmt.Sprintf(", %s %.0f%%, ETA %s", bar(frac, 20), 100*frac, eta.Round(time.Second))
		}
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r%s\033[K", line)
		p.drawn = true
		return
	}
	fmt.Fprintln(p.w, line)
}

func (p *progress) done(read int) {
	if p.drawn {
		fmt.Fprintf(p.w, "\r%s: %d records in %s\033[K\n", p.name, read, time.Since(p.start).Round(time.Second))
	}
}

func bar(frac float64, width int) string {
	n := int(frac * float64(width))
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "]"
}

func runSuggest(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("suggest", "--index DIR [--limit N] [--json] ID...", "Suggests partners for each organization ID, best first. With --json, prints one\nJSON line per ID: {\"org\": ID, \"suggestions\": [...]}, or {\"org\": ID, \"error\": \"...\"}\nfor an unknown ID (exit status 1).", stderr)
	dir := fs.String("index", "", "index directory (required)")
	limit := fs.Int("limit", match.DefaultLimit, "suggestions per organization (1-100)")
	asJSON := fs.Bool("json", false, "print JSON lines instead of text")
	sector := fs.String("sector", "", "only suggest organizations of this sector")
	radius := fs.Float64("radius", 0, "search no farther than this many km (never beyond either service radius)")
	partners := fs.Bool("include-partners", false, "also suggest existing partners")
	minScore := fs.Float64("min-score", 0, "drop suggestions below this score (default: the engine's minimum)")
	method := fs.String("method", string(match.Partnermatch), "ranking method: partnermatch or baseline")
	ids, code, done := parse(fs, args, stdout)
	if done {
		return code
	}
	if *dir == "" {
		return usageError(fs, "--index is required")
	}
	if len(ids) == 0 {
		return usageError(fs, "name at least one organization ID")
	}
	opts := match.Options{Limit: *limit, Sector: partnermatch.Sector(*sector), RadiusKM: *radius,
		IncludePartners: *partners, MinScore: *minScore, Method: match.Method(*method)}
	if *limit < 1 || *limit > match.MaxLimit {
		return usageError(fs, "--limit %d is not between 1 and %d", *limit, match.MaxLimit)
	}
	if *sector != "" && !opts.Sector.Valid() {
		return usageError(fs, "--sector %q is not a sector", *sector)
	}
	if opts.Method != match.Partnermatch && opts.Method != match.Baseline {
		return usageError(fs, "--method %q is not partnermatch or baseline", *method)
	}
	eng, err := openExisting(*dir)
	if err != nil {
		fmt.Fprintf(stderr, "partnermatch suggest: %v\n", err)
		return exitSome
	}
	defer eng.Close()
	ctx, cancel := signalContext()
	defer cancel()
	status := exitOK
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	for _, id := range ids {
		sugg, err := eng.Suggest(ctx, id, opts)
		if err != nil {
			status = exitSome
			if *asJSON {
				writeJSON(out, map[string]string{"org": id, "error": err.Error()})
			} else {
				fmt.Fprintf(out, "%s: %v\n\n", id, err)
			}
			continue
		}
		if *asJSON {
			if sugg == nil {
				sugg = []partnermatch.Suggestion{}
			}
			writeJSON(out, struct {
				Org         string                    `json:"org"`
				Suggestions []partnermatch.Suggestion `json:"suggestions"`
			}{id, sugg})
			continue
		}
		org, _ := eng.Get(ctx, id)
		printSuggestions(out, org, sugg)
	}
	return status
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// withIndex opens the existing index at dir, runs fn with its engine and
// turns an error into the command's message and exit status 1.
func withIndex(command, dir string, stderr io.Writer, fn func(*match.Engine) error) int {
	eng, err := openExisting(dir)
	if err == nil {
		defer eng.Close()
		err = fn(eng)
	}
	if err != nil {
		fmt.Fprintf(stderr, "partnermatch %s: %v\n", command, err)
		return exitSome
	}
	return exitOK
}

// openExisting opens an index that must already exist: reading commands
// never create an empty one by mistake.
func openExisting(dir string) (*match.Engine, error) {
	if _, err := os.Stat(dir + "/index_meta.json"); err != nil {
		return nil, fmt.Errorf("%s is not a partnermatch index (create one with 'partnermatch import --index %s FILE')", dir, dir)
	}
	return match.Open(dir)
}

func printSuggestions(w io.Writer, org partnermatch.Organization, sugg []partnermatch.Suggestion) {
	fmt.Fprintf(w, "%s (%s, %s)\n", org.Name, org.ID, org.Sector)
	if len(sugg) == 0 {
		fmt.Fprintln(w, "  no suggestions: nothing in reach meets its needs or shares its goals")
	}
	for i, s := range sugg {
		dist := ""
		if s.DistanceKM != nil {
			dist = fmt.Sprintf(", %.1f km", *s.DistanceKM)
		}
		fmt.Fprintf(w, "  %d. %s (%s%s)  score %.2f  [complementarity %.2f, alignment %.2f, proximity %.2f]\n",
			i+1, s.Name, s.Sector, dist, s.Score, s.Components.Complementarity, s.Components.Alignment, s.Components.Proximity)
		for _, r := range s.Reasons {
			fmt.Fprintf(w, "     - %s\n", r)
		}
	}
	fmt.Fprintln(w)
}

func runExplain(args []string, stdout, stderr io.Writer) int {
	return runPair("explain", "Explains OTHER as a partner for ID: components, exchanges and reasons, and,\nwhen it would not be suggested, why not.", args, stdout, stderr,
		func(eng *match.Engine, id, other string) error {
			x, err := eng.Explain(context.Background(), id, other)
			if err == nil {
				writeJSON(stdout, x)
			}
			return err
		})
}

// runPair runs a command about one pair of organizations:
// partnermatch NAME --index DIR ID OTHER.
func runPair(name, about string, args []string, stdout, stderr io.Writer, fn func(eng *match.Engine, id, other string) error) int {
	fs := newFlags(name, "--index DIR ID OTHER", about, stderr)
	dir := fs.String("index", "", "index directory (required)")
	ids, code, done := parse(fs, args, stdout)
	if done {
		return code
	}
	if *dir == "" || len(ids) != 2 {
		return usageError(fs, "give --index and exactly two ids")
	}
	return withIndex(name, *dir, stderr, func(eng *match.Engine) error { return fn(eng, ids[0], ids[1]) })
}

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval", "--index DIR QUERIES.jsonl", "Measures suggestions against judged queries ({\"org\": ID, \"relevant\": [IDS]}\nper line): hit@1, hit@3, hit@10, MRR and nDCG@10, overall and by kind, for\npartnermatch and for the baseline (a plain Bleve \"more like this\" query), side\nby side.", stderr)
	dir := fs.String("index", "", "index directory (required)")
	failures := fs.Bool("failures", false, "also list the queries that missed")
	asJSON := fs.Bool("json", false, "print the reports as JSON")
	files, code, done := parse(fs, args, stdout)
	if done {
		return code
	}
	if *dir == "" || len(files) != 1 {
		return usageError(fs, "give --index and one QUERIES file")
	}
	f, err := os.Open(files[0])
	if err != nil {
		return usageError(fs, "%v", err)
	}
	qs, err := match.ReadQueries(f, files[0])
	f.Close()
	if err != nil {
		fmt.Fprintf(stderr, "partnermatch eval: %v\n", err)
		return exitSome
	}
	eng, err := openExisting(*dir)
	if err != nil {
		fmt.Fprintf(stderr, "partnermatch eval: %v\n", err)
		return exitSome
	}
	defer eng.Close()
	return evaluate(eng, qs, stdout, stderr, *failures, *asJSON)
}

func evaluate(eng *match.Engine, qs []match.Query, stdout, stderr io.Writer, failures, asJSON bool) int {
	ctx, cancel := signalContext()
	defer cancel()
	var reps []match.Report
	for _, m := range []match.Method{match.Partnermatch, match.Baseline} {
		rep, err := eng.Evaluate(ctx, qs, m)
		if err != nil {
			fmt.Fprintf(stderr, "partnermatch eval: %v\n", err)
			return exitSome
		}
		reps = append(reps, rep)
	}
	if asJSON {
		for _, r := range reps {
			writeJSON(stdout, r)
		}
		return exitOK
	}
	printReports(stdout, reps)
	if failures {
		for _, r := range reps {
			fmt.Fprintf(stdout, "\n%s misses:\n", r.Method)
			for _, f := range r.Failures {
				fmt.Fprintf(stdout, "  %s\n", f)
			}
		}
	}
	return exitOK
}

func printReports(w io.Writer, reps []match.Report) {
	row := func(label string, ms []match.Metrics) {
		fmt.Fprintf(w, "%-14s", label)
		for _, m := range ms {
			fmt.Fprintf(w, " | %3d  %5.3f %5.3f %5.3f %5.3f %5.3f %2d", m.Queries, m.Hit1, m.Hit3, m.Hit10, m.MRR, m.NDCG10, m.MustNotInTop10)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-14s", "")
	for _, r := range reps {
		fmt.Fprintf(w, " | %-41s", r.Method)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-14s", "kind")
	for range reps {
		fmt.Fprintf(w, " | %3s  %5s %5s %5s %5s %5s %2s", "n", "hit@1", "hit@3", "hit10", "MRR", "nDCG", "!!")
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, strings.Repeat("-", 14+len(reps)*44))
	overall := make([]match.Metrics, len(reps))
	for i, r := range reps {
		overall[i] = r.Overall
	}
	row("overall", overall)
	for _, k := range reps[0].Kinds() {
		ms := make([]match.Metrics, len(reps))
		for i, r := range reps {
			ms[i] = r.ByKind[k]
		}
		row(k, ms)
	}
	fmt.Fprintln(w, "(!! = must_not ids found in a top 10)")
	if n := reps[0].Skipped; n > 0 {
		fmt.Fprintf(w, "%d queries name no relevant id and were not measured.\n", n)
	}
	for _, f := range reps[0].Failures {
		if strings.HasSuffix(f, ": not in the directory") {
			fmt.Fprintf(w, "query org %s, counted as a miss.\n", f)
		}
	}
}

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", "--index DIR", "Writes every organization of the index to standard output as JSON Lines in\nthe interchange format, in id order.", stderr)
	dir := fs.String("index", "", "index directory (required)")
	rest, code, done := parse(fs, args, stdout)
	if done {
		return code
	}
	if *dir == "" || len(rest) > 0 {
		return usageError(fs, "give --index and nothing else")
	}
	return withIndex("export", *dir, stderr, func(eng *match.Engine) error {
		out := bufio.NewWriter(stdout)
		err := eng.Each(context.Background(), func(o partnermatch.Organization) error {
			return partnermatch.WriteDirectory(out, []partnermatch.Organization{o})
		})
		if ferr := out.Flush(); err == nil {
			err = ferr
		}
		return err
	})
}

func runMOU(args []string, stdout, stderr io.Writer) int {
	return runPair("mou", "Drafts a memorandum of understanding (Markdown) between ID and OTHER from the\nevidence partnermatch finds: shared goals, what each side provides, and the\ncheck-ins, measures and review date the partners should agree.", args, stdout, stderr,
		func(eng *match.Engine, id, other string) error {
			doc, err := eng.MOU(context.Background(), id, other)
			if err == nil {
				fmt.Fprint(stdout, doc)
			}
			return err
		})
}

func runFeedback(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("feedback", "--index DIR --verdict interested|declined|partnered [--note TEXT] ID OTHER", "Records what ID made of OTHER as a suggested partner. A declined suggestion is\nnot made again; a partnership formed counts as an existing partner. With only\nID, lists the feedback ID has given.", stderr)
	dir := fs.String("index", "", "index directory (required)")
	verdict := fs.String("verdict", "", "interested, declined or partnered")
	note := fs.String("note", "", "why, in a few words")
	ids, code, done := parse(fs, args, stdout)
	if done {
		return code
	}
	if *dir == "" || len(ids) < 1 || len(ids) > 2 || (len(ids) == 2) != (*verdict != "") {
		return usageError(fs, "give --index, ID OTHER and --verdict to record, or just ID to list")
	}
	return withIndex("feedback", *dir, stderr, func(eng *match.Engine) error {
		ctx := context.Background()
		if len(ids) == 1 {
			all, err := eng.FeedbackOf(ctx, ids[0])
			for _, f := range all {
				writeJSON(stdout, f)
			}
			return err
		}
		fb := match.Feedback{Org: ids[0], Other: ids[1], Verdict: match.Verdict(*verdict), Note: *note}
		if err := eng.RecordFeedback(ctx, fb); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "recorded: %s %s %s\n", ids[0], *verdict, ids[1])
		return nil
	})
}
