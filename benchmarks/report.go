package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// row is one line of results.csv: an import, or one (method, clients) run
// of suggestions, at one directory size.
type row struct {
	Date        string  `csv:"date"`
	Machine     string  `csv:"machine"`
	Source      string  `csv:"source"`
	Geo         string  `csv:"geo"`
	Seed        uint64  `csv:"seed"`
	Size        int     `csv:"size"`
	Phase       string  `csv:"phase"` // import or suggest
	Method      string  `csv:"method"`
	Clients     int     `csv:"clients"`
	Queries     int     `csv:"n"` // queries answered, or organizations applied
	Errors      int     `csv:"errors"`
	Seconds     float64 `csv:"seconds"`
	OrgsPerS    float64 `csv:"orgs_per_s"`
	P50         float64 `csv:"p50_ms"`
	P95         float64 `csv:"p95_ms"`
	P99         float64 `csv:"p99_ms"`
	Mean        float64 `csv:"mean_ms"`
	QPS         float64 `csv:"qps"`
	Results     float64 `csv:"mean_results"`
	PeakRSSMiB  float64 `csv:"peak_rss_mib"`
	IndexMiB    float64 `csv:"index_mib"`
	FirstQueryS float64 `csv:"first_query_s"`
	// Load is the machine's 1-minute load average when the phase ended,
	// the harness's own child included: well above the clients measured
	// means other work shared the machine and the figures are pessimistic.
	Load float64 `csv:"load1"`
	// Baseline over partnermatch, on partnermatch's rows: above 1,
	// partnermatch is faster.
	SpeedupP50      float64 `csv:"baseline_over_pm_p50"`
	SpeedupP99      float64 `csv:"baseline_over_pm_p99"`
	ThroughputRatio float64 `csv:"pm_over_baseline_qps"`
}

func (r row) key() string {
	return fmt.Sprintf("%s|%s|%d|%s|%s|%d", r.Source, r.Geo, r.Size, r.Phase, r.Method, r.Clients)
}

func (r row) series() string { return r.Source + " " + r.Geo }

// withRatios fills the baseline/partnermatch ratios of partnermatch's
// suggest rows.
func withRatios(rows []row) []row {
	base := map[string]row{}
	for _, r := range rows {
		if r.Phase == "suggest" && r.Method == "baseline" {
			base[fmt.Sprintf("%s|%s|%d|%d", r.Source, r.Geo, r.Size, r.Clients)] = r
		}
	}
	for i, r := range rows {
		b, ok := base[fmt.Sprintf("%s|%s|%d|%d", r.Source, r.Geo, r.Size, r.Clients)]
		if r.Phase != "suggest" || r.Method != "partnermatch" || !ok || r.P50 == 0 || r.P99 == 0 || b.QPS == 0 {
			continue
		}
		rows[i].SpeedupP50 = b.P50 / r.P50
		rows[i].SpeedupP99 = b.P99 / r.P99
		rows[i].ThroughputRatio = r.QPS / b.QPS
	}
	return rows
}

var csvFields = func() []string {
	t := reflect.TypeOf(row{})
	out := make([]string, t.NumField())
	for i := range out {
		out[i] = t.Field(i).Tag.Get("csv")
	}
	return out
}()

func writeCSV(path string, rows []row) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(csvFields)
	for _, r := range rows {
		v := reflect.ValueOf(r)
		rec := make([]string, v.NumField())
		for i := range rec {
			switch f := v.Field(i); f.Kind() {
			case reflect.String:
				rec[i] = f.String()
			case reflect.Int:
				rec[i] = strconv.FormatInt(f.Int(), 10)
			case reflect.Uint64:
				rec[i] = strconv.FormatUint(f.Uint(), 10)
			case reflect.Float64:
				rec[i] = strconv.FormatFloat(f.Float(), 'f', 3, 64)
			}
		}
		w.Write(rec)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func readCSV(path string) ([]row, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	var rows []row
	for _, rec := range recs[1:] {
		var r row
		v := reflect.ValueOf(&r).Elem()
		for i, name := range csvFields {
			j, ok := col[name]
			if !ok || j >= len(rec) {
				continue
			}
			switch f := v.Field(i); f.Kind() {
			case reflect.String:
				f.SetString(rec[j])
			case reflect.Int:
				n, _ := strconv.ParseInt(rec[j], 10, 64)
				f.SetInt(n)
			case reflect.Uint64:
				n, _ := strconv.ParseUint(rec[j], 10, 64)
				f.SetUint(n)
			case reflect.Float64:
				x, _ := strconv.ParseFloat(rec[j], 64)
				f.SetFloat(x)
			}
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// merge keeps the earlier rows this run did not remeasure (other sizes or
// series), so that a slow size can be run on its own.
func merge(old, cur []row) []row {
	measured := map[string]bool{}
	for _, r := range cur {
		measured[fmt.Sprintf("%s|%s|%d", r.Source, r.Geo, r.Size)] = true
	}
	seen := map[string]bool{}
	var out []row
	for _, r := range cur {
		seen[r.key()] = true
		out = append(out, r)
	}
	for _, r := range old {
		if !measured[fmt.Sprintf("%s|%s|%d", r.Source, r.Geo, r.Size)] && !seen[r.key()] {
			out = append(out, r)
		}
	}
	phase := map[string]int{"import": 0, "suggest": 1}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Source != b.Source:
			return a.Source < b.Source
		case a.Geo != b.Geo:
			return a.Geo < b.Geo
		case a.Size != b.Size:
			return a.Size < b.Size
		case a.Phase != b.Phase:
			return phase[a.Phase] < phase[b.Phase]
		case a.Method != b.Method:
			return a.Method > b.Method // partnermatch before baseline
		}
		return a.Clients < b.Clients
	})
	return out
}

// report writes every output from the rows of this run merged with the
// earlier results.
func (c *config) report(cur []row, m machine) error {
	csvPath := filepath.Join(c.out, "results.csv")
	var old []row
	if !c.fresh {
		var err error
		if old, err = readCSV(csvPath); err != nil {
			return fmt.Errorf("reading earlier results: %w", err)
		}
	}
	rows := merge(old, cur)
	if err := writeCSV(csvPath, rows); err != nil {
		return err
	}
	js, _ := json.MarshalIndent(struct {
		Machine machine `json:"machine"`
		Command string  `json:"command"`
		Rows    []row   `json:"rows"`
	}{m, c.command(), rows}, "", "  ")
	if err := os.WriteFile(filepath.Join(c.out, "results.json"), append(js, '\n'), 0o644); err != nil {
		return err
	}
	md := markdown(rows, m, c.command(), "latency.svg")
	if err := os.WriteFile(filepath.Join(c.out, "results.md"), []byte(md), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(c.out, "latency.svg"), []byte(latencySVG(rows)), 0o644); err != nil {
		return err
	}
	if c.readme != "" {
		plot, err := filepath.Rel(filepath.Dir(c.readme), filepath.Join(c.out, "latency.svg"))
		if err != nil {
			plot = filepath.Join(c.out, "latency.svg")
		}
		if err := updateReadme(c.readme, markdown(rows, m, c.command(), filepath.ToSlash(plot))); err != nil {
			return err
		}
	}
	c.logf("wrote %s, results.md, results.json and latency.svg in %s", csvPath, c.out)
	return nil
}

// rerender rewrites every output from the saved results, with the machine
// and command of the run that measured them.
func (c *config) rerender() error {
	data, err := os.ReadFile(filepath.Join(c.out, "results.json"))
	if err != nil {
		return err
	}
	var saved struct {
		Machine machine `json:"machine"`
		Command string  `json:"command"`
	}
	if err := json.Unmarshal(data, &saved); err != nil {
		return err
	}
	c.savedCommand = saved.Command
	return c.report(nil, saved.Machine)
}

func (c *config) command() string {
	if c.savedCommand != "" {
		return c.savedCommand
	}
	return strings.TrimSpace("go run ./benchmarks " + strings.Join(c.args, " "))
}

func mib(x float64) string {
	if x >= 1024 {
		return fmt.Sprintf("%.2f GiB", x/1024)
	}
	return fmt.Sprintf("%.0f MiB", x)
}

func ms(x float64) string {
	switch {
	case x == 0:
		return "–"
	case x < 10:
		return fmt.Sprintf("%.2f", x)
	case x < 100:
		return fmt.Sprintf("%.1f", x)
	}
	return fmt.Sprintf("%.0f", x)
}

func load(x float64) string {
	if x == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f", x)
}

func count(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// markdown renders the tables of results.md and of the README.
func markdown(rows []row, m machine, command, plot string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Measured %s on %s.\n\n", m.Date, m.String())
	fmt.Fprintf(&b, "Command: `%s` (rows of other sizes kept from earlier runs carry their own date in results.csv).\n\n", command)
	b.WriteString("Directories come from `benchmarks/gen` (`source`: synthetic or irs; `geo`: density/N = one 200 km tile per N organizations, area/T = every size over T tiles). ")
	b.WriteString("Import is `match.Open` + `Engine.Import` of the whole file in a child process; peak RSS is that process's. ")
	b.WriteString("Suggest runs ask `Engine.Suggest` (limit 10) for the same random organizations with each method, after a warm-up; ")
	b.WriteString("`baseline` is `match.Options{Method: match.Baseline}` on the same index. ")
	b.WriteString("Peak RSS serving is the query process's peak while that method served: partnermatch runs first (opening the index, the first query and its runs), ")
	b.WriteString("then the peak is reset (`/proc/self/clear_refs`) and the baseline's runs, which page in much more of Bleve's memory-mapped index, are measured on top of what partnermatch left resident.\n\n")

	b.WriteString("`load` is the machine's 1-minute load average at the end of the phase, the measured process included; well above the number of clients, other work shared the machine and the figures are pessimistic.\n\n")
	b.WriteString("### Import\n\n| source | geo | organizations | time | organizations/s | peak RSS | index on disk | load |\n|---|---|--:|--:|--:|--:|--:|--:|\n")
	for _, r := range rows {
		if r.Phase == "import" {
			fmt.Fprintf(&b, "| %s | %s | %s | %.1f s | %s | %s | %s | %s |\n", r.Source, r.Geo, count(r.Size), r.Seconds, count(int(math.Round(r.OrgsPerS))), mib(r.PeakRSSMiB), mib(r.IndexMiB), load(r.Load))
		}
	}
	b.WriteString("\n### Suggest\n\nLatency in milliseconds; throughput in queries per second over the run.\n\n")
	b.WriteString("| source | geo | organizations | method | clients | queries | p50 | p95 | p99 | q/s | suggestions/query | peak RSS serving | load |\n|---|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	for _, r := range rows {
		if r.Phase == "suggest" {
			errs := ""
			if r.Errors > 0 {
				errs = fmt.Sprintf(" (%d errors)", r.Errors)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %d | %d%s | %s | %s | %s | %.1f | %.1f | %s | %s |\n", r.Source, r.Geo, count(r.Size), r.Method, r.Clients, r.Queries, errs,
				ms(r.P50), ms(r.P95), ms(r.P99), r.QPS, r.Results, mib(r.PeakRSSMiB), load(r.Load))
		}
	}
	b.WriteString("\n### Partnermatch against the baseline\n\nBaseline latency divided by partnermatch latency (above 1: partnermatch is faster), and partnermatch's throughput divided by the baseline's.\n\n")
	b.WriteString("| source | geo | organizations | clients | p50 ratio | p99 ratio | throughput ratio | first query (partner graph) |\n|---|---|--:|--:|--:|--:|--:|--:|\n")
	for _, r := range rows {
		if r.Phase == "suggest" && r.Method == "partnermatch" && r.SpeedupP50 > 0 {
			fmt.Fprintf(&b, "| %s | %s | %s | %d | %.2f× | %.2f× | %.2f× | %.2f s |\n", r.Source, r.Geo, count(r.Size), r.Clients, r.SpeedupP50, r.SpeedupP99, r.ThroughputRatio, r.FirstQueryS)
		}
	}
	b.WriteString(targets(rows))
	fmt.Fprintf(&b, "\n![latency against directory size](%s)\n", plot)
	return b.String()
}

// targets compares the largest measured synthetic size with the targets
// of issue 6, which are stated for 1,000,000 organizations.
func targets(rows []row) string {
	var imp, pm *row
	for i := range rows {
		r := &rows[i]
		if r.Source != "synthetic" || !strings.HasPrefix(r.Geo, "density") {
			continue
		}
		if r.Phase == "import" && (imp == nil || r.Size > imp.Size) {
			imp = r
		}
		if r.Phase == "suggest" && r.Method == "partnermatch" && r.Clients == 1 && (pm == nil || r.Size > pm.Size) {
			pm = r
		}
	}
	if imp == nil && pm == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n### Against the targets of issue 6\n\nThe targets are for 1,000,000 organizations; this compares the largest size measured at fixed density.\n\n| target | measured | at | met |\n|---|--:|--:|---|\n")
	line := func(name, got string, size int, ok bool) {
		mark := "no"
		if ok {
			mark = "yes"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", name, got, count(size), mark)
	}
	if imp != nil {
		line("import ≥ 6,000 organizations/s", count(int(imp.OrgsPerS))+"/s", imp.Size, imp.OrgsPerS >= 6000)
		line("peak RSS importing ≤ 3 GiB", mib(imp.PeakRSSMiB), imp.Size, imp.PeakRSSMiB <= 3072)
	}
	if pm != nil {
		line("peak RSS serving ≤ 2 GiB", mib(pm.PeakRSSMiB), pm.Size, pm.PeakRSSMiB <= 2048)
		line("suggest p50 ≤ 10 ms (1 client)", ms(pm.P50)+" ms", pm.Size, pm.P50 <= 10)
		line("suggest p99 ≤ 50 ms (1 client)", ms(pm.P99)+" ms", pm.Size, pm.P99 <= 50)
		line("≥ 10× faster than the baseline (p50)", fmt.Sprintf("%.2f×", pm.SpeedupP50), pm.Size, pm.SpeedupP50 >= 10)
	}
	return b.String()
}

const (
	readmeBegin = "<!-- latest-results:begin (written by go run ./benchmarks) -->"
	readmeEnd   = "<!-- latest-results:end -->"
)

// updateReadme replaces the latest-figures section of the README (or
// appends one).
func updateReadme(path, md string) error {
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	s := string(data)
	section := readmeBegin + "\n\n" + md + "\n" + readmeEnd
	i, j := strings.Index(s, readmeBegin), strings.Index(s, readmeEnd)
	if i >= 0 && j > i {
		s = s[:i] + section + s[j+len(readmeEnd):]
	} else {
		s = strings.TrimRight(s, "\n") + "\n\n## Latest figures\n\n" + section + "\n"
	}
	return os.WriteFile(path, []byte(s), 0o644)
}
