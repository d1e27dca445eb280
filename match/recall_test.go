package match

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
	"github.com/partnermatch/partnermatch/scoring"
)

// TestRetrievalRecall checks the invariant "what is retrieved is what is
// scored": for every organization of the example town, the top 10 that
// Suggest returns (from the index's candidates) must contain at least 99% of
// the top 10 that exhaustively scoring every pair gives.
func TestRetrievalRecall(t *testing.T) {
	eng, orgs := recallTown(t)
	recall := retrievalRecall(t, eng, orgs, func(o partnermatch.Organization) partnermatch.Organization { return o })
	if recall < 0.99 {
		t.Errorf("retrieval recall %.4f is below 0.99", recall)
	}
}

// TestUnlocatedRecall checks the same invariant for organizations without
// coordinates in a large directory, which have no neighbourhood and whose
// candidates come from the store's concept index: every organization of
// the town asks, without its location, as if the town were too large to
// estimate everyone.
func TestUnlocatedRecall(t *testing.T) {
	eng, orgs := recallTown(t)
	eng.store.everyoneUpTo = 0
	eng.store.ensureConcepts()
	recall := retrievalRecall(t, eng, orgs, func(o partnermatch.Organization) partnermatch.Organization {
		o.Location = nil
		return o
	})
	if recall < 0.99 {
		t.Errorf("retrieval recall %.4f of unlocated organizations is below 0.99", recall)
	}
}

func recallTown(t *testing.T) (*Engine, []partnermatch.Organization) {
	t.Helper()
	ctx := context.Background()
	eng, err := Open(t.TempDir() + "/idx")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
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
	return eng, orgs
}

// retrievalRecall returns the share of the exhaustive top 10 of each
// organization, as asker makes it ask, that SuggestFor returns.
func retrievalRecall(t *testing.T, eng *Engine, orgs []partnermatch.Organization, asker func(partnermatch.Organization) partnermatch.Organization) float64 {
	t.Helper()
	ctx := context.Background()
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
		a := asker(orgs[i])
		pa := lx.NewProfile(&a)
		var all []partnermatch.Suggestion
		for j := range orgs {
			if excluded(&a, &orgs[j], opts) != "" {
				continue
			}
			ev := lx.Evaluate(pa, profiles[j], g.facts(orgs[j].ID, corpus))
			if ev.Within && ev.Suggestion.Score >= opts.MinScore {
				all = append(all, ev.Suggestion)
			}
		}
		scoring.Rank(all)
		if len(all) > 10 {
			all = all[:10]
		}
		got, err := eng.SuggestFor(ctx, a, Options{})
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
	return recall
}

// TestUnlocatedQueryBeforeTheConceptIndex: an unlocated organization that
// asks before the concept index is built gets what it gets afterwards,
// not the answer of another retrieval path.
func TestUnlocatedQueryBeforeTheConceptIndex(t *testing.T) {
	eng, orgs := recallTown(t)
	eng.store.everyoneUpTo = 0
	ctx := context.Background()
	var asked []string
	for _, o := range orgs[:20] {
		o.Location = nil
		eng.store.mu.Lock()
		eng.store.concepts = nil
		eng.store.mu.Unlock()
		first, err := eng.SuggestFor(ctx, o, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if eng.store.concepts == nil {
			t.Fatalf("%s: the query did not build the concept index", o.ID)
		}
		again, err := eng.SuggestFor(ctx, o, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(again, first); diff != "" {
			t.Errorf("%s: before the concept index (-after +before):\n%s", o.ID, diff)
		}
		if len(first) > 0 {
			asked = append(asked, o.ID)
		}
	}
	if len(asked) < 10 {
		t.Errorf("only %d of 20 unlocated organizations got suggestions: %v", len(asked), asked)
	}
}
