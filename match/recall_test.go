package match

import (
	"context"
	"testing"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
	"github.com/partnermatch/partnermatch/scoring"
)

// TestRetrievalRecall checks the invariant "what is retrieved is what is
// scored": for every organization of the example town, the top 10 that
// Suggest returns (from the index's candidates) must contain at least 99% of
// the top 10 that exhaustively scoring every pair gives.
func TestRetrievalRecall(t *testing.T) {
	ctx := context.Background()
	eng, err := Open(t.TempDir() + "/idx")
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	if _, err := eng.Import(ctx, examples.Town(), examples.TownName, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	var orgs []partnermatch.Organization
	if err := eng.Each(ctx, func(o partnermatch.Organization) error { orgs = append(orgs, o); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := eng.Load(ctx); err != nil {
		t.Fatal(err)
	}
	g, corpus, err := eng.facts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lx := scoring.DefaultLexicon()
	profiles := make([]*scoring.Profile, len(orgs))
	for i := range orgs {
		profiles[i] = lx.NewProfile(&orgs[i])
	}
	opts, _ := Options{}.normalized()
	found, wanted := 0, 0
	for i := range orgs {
		var all []partnermatch.Suggestion
		for j := range orgs {
			if excluded(&orgs[i], &orgs[j], opts) != "" {
				continue
			}
			ev := lx.Evaluate(profiles[i], profiles[j], g.facts(orgs[j].ID, corpus))
			if ev.Within && ev.Suggestion.Score >= opts.MinScore {
				all = append(all, ev.Suggestion)
			}
		}
		scoring.Rank(all)
		if len(all) > 10 {
			all = all[:10]
		}
		got, err := eng.Suggest(ctx, orgs[i].ID, Options{})
		if err != nil {
			t.Fatal(err)
		}
		in := map[string]bool{}
		for _, s := range got {
			in[s.ID] = true
		}
		for _, s := range all {
			wanted++
			if in[s.ID] {
				found++
			}
		}
	}
	if wanted == 0 {
		t.Fatal("exhaustive scoring found no suggestion at all")
	}
	recall := float64(found) / float64(wanted)
	t.Logf("retrieval recall of the exhaustive top 10: %d/%d = %.4f", found, wanted, recall)
	if recall < 0.99 {
		t.Errorf("retrieval recall %.4f is below 0.99", recall)
	}
}
