// Command gen writes a synthetic directory of organizations in the
// interchange format, for benchmarks.
//
//	go run ./benchmarks/cmd/gen -n 100000 -seed 1 -o dir.jsonl
//	go run ./benchmarks/cmd/gen -n 1000000 -geo area -o dense.jsonl
//	go run ./benchmarks/cmd/gen -source irs -n 0 -o irs.jsonl
//
// The same flags and data folder give the same bytes. See
// benchmarks/README.md.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/partnermatch/partnermatch/benchmarks/gen"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10000, "organizations to generate (irs: 0 = every row)")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same bytes")
	out := fs.String("o", "-", "output file, - for standard output")
	source := fs.String("source", "synthetic", "synthetic, or irs (names and addresses of ../shared/data/irs-eo-bmf)")
	geo := fs.String("geo", "density", "density: one 200 km tile per -per-tile organizations (10x the organizations over 10x the area); area: every size over -tiles tiles")
	perTile := fs.Int("per-tile", gen.DefaultPerTile, "organizations per tile with -geo density")
	tiles := fs.Int("tiles", gen.DefaultTiles, "tiles with -geo area")
	data := fs.String("data", "auto", "the shared data folder; auto finds ../shared/data; none uses the built-in phrase bank only")
	states := fs.String("states", "", "irs: comma-separated state codes whose files to read (default all)")
	namesOnly := fs.Bool("irs-names-only", false, "irs: no recombined texts, only what the file has")
	quiet := fs.Bool("q", false, "no progress lines")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gen: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	dir := *data
	switch dir {
	case "auto":
		dir = gen.FindDataDir()
	case "none":
		dir = ""
	}
	cfg := gen.Config{N: *n, Seed: *seed, Source: gen.Source(*source), Geography: gen.Geography(*geo),
		PerTile: *perTile, Tiles: *tiles, DataDir: dir, IRSNamesOnly: *namesOnly}
	if *states != "" {
		cfg.States = strings.Split(*states, ",")
	}
	start := time.Now()
	if !*quiet {
		cfg.Progress = func(done, total int) {
			if done%100000 == 0 || done == total {
				fmt.Fprintf(stderr, "gen: %d/%d organizations (%.0f/s)\n", done, total, float64(done)/time.Since(start).Seconds())
			}
		}
	}
	w := stdout
	var f *os.File
	if *out != "-" {
		var err error
		if f, err = os.Create(*out); err != nil {
			fmt.Fprintln(stderr, "gen:", err)
			return 1
		}
		w = f
	}
	st, err := gen.Generate(w, cfg)
	if err == nil && f != nil {
		err = f.Close()
	}
	if err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 1
	}
	if !*quiet {
		if dir == "" {
			fmt.Fprintln(stderr, "gen: no shared data folder; built-in phrase bank only")
		}
		js, _ := json.Marshal(st)
		fmt.Fprintf(stderr, "gen: done in %s: %s\n", time.Since(start).Round(time.Millisecond), js)
	}
	return 0
}
