package main

import (
	"fmt"
	"io"
	"os"

	"github.com/partnermatch/partnermatch/examples"
	"github.com/partnermatch/partnermatch/match"
)

// demoOrgs are the organizations the demo shows, one per pattern of the
// source documents.
var demoOrgs = []string{
	"millbrook-hearth-bakery", "millbrook-public-library", "millbrook-food-bank",
	"millbrook-community-health-centre", "millbrook-seniors-outreach", "centre-accueil-francophone",
}

func runDemo(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("demo", "", "Imports the embedded example town (Millbrook) into a temporary index, prints\nthe top suggestions with reasons for several organizations, measures quality\non the judged queries, and removes the index. Needs no flags and no files.", stderr)
	limit := fs.Int("limit", 3, "suggestions per organization")
	rest, code, done := parse(fs, args, stdout)
	if done {
		return code
	}
	if len(rest) > 0 {
		return usageError(fs, "takes no arguments")
	}
	dir, err := os.MkdirTemp("", "partnermatch-demo-")
	if err != nil {
		fmt.Fprintf(stderr, "partnermatch demo: %v\n", err)
		return exitSome
	}
	defer os.RemoveAll(dir)
	// Ctrl-C cancels the work instead of killing the process, so that the
	// temporary index is still removed.
	ctx, cancel := signalContext()
	defer cancel()
	eng, err := match.Open(dir + "/index")
	if err != nil {
		fmt.Fprintf(stderr, "partnermatch demo: %v\n", err)
		return exitSome
	}
	defer eng.Close()
	rep, err := eng.Import(ctx, examples.Town(), examples.TownName, match.ImportOptions{})
	if err != nil || rep.Refused > 0 {
		fmt.Fprintf(stderr, "partnermatch demo: importing the example town: %v %v\n", err, rep.Refusals)
		return exitSome
	}
	fmt.Fprintf(stdout, "Imported the example town: %d organizations of Millbrook and Port Alder.\n\n", rep.Applied)
	for _, id := range demoOrgs {
		org, err := eng.Get(ctx, id)
		if err != nil {
			continue
		}
		sugg, err := eng.Suggest(ctx, id, match.Options{Limit: *limit})
		if err != nil {
			fmt.Fprintf(stderr, "partnermatch demo: %s: %v\n", id, err)
			return exitSome
		}
		printSuggestions(stdout, org, sugg)
	}
	qs, err := match.ReadQueries(examples.TownQueries(), "town-queries.jsonl")
	if err != nil {
		fmt.Fprintf(stderr, "partnermatch demo: %v\n", err)
		return exitSome
	}
	fmt.Fprintf(stdout, "Quality on %d judged queries (partnermatch vs the plain Bleve baseline):\n\n", len(qs))
	return evaluate(eng, qs, stdout, stderr, false, false)
}
