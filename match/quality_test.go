package match_test

import (
	"context"
	"testing"

	"github.com/partnermatch/partnermatch/examples"
	"github.com/partnermatch/partnermatch/match"
)

// qualityFloors are the figures partnermatch reached on the example town's
// judged queries when they were last raised (see the README). A change that
// drops below any of them fails here; raise them when quality improves.
var qualityFloors = match.Metrics{Hit1: 0.80, Hit3: 0.89, Hit10: 0.97, MRR: 0.85, NDCG10: 0.74}

// maxMustNot is the most must_not ids allowed in top-10 lists.
const maxMustNot = 1

func TestExampleTownQuality(t *testing.T) {
	ctx := context.Background()
	eng, err := match.Open(t.TempDir() + "/idx")
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	if _, err := eng.Import(ctx, examples.Town(), examples.TownName, match.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	qs, err := match.ReadQueries(examples.TownQueries(), "town-queries.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	pm, err := eng.Evaluate(ctx, qs, match.Partnermatch)
	if err != nil {
		t.Fatal(err)
	}
	base, err := eng.Evaluate(ctx, qs, match.Baseline)
	if err != nil {
		t.Fatal(err)
	}
	got, b := pm.Overall, base.Overall
	t.Logf("partnermatch %+v", got)
	t.Logf("baseline     %+v", b)
	for _, m := range []struct {
		name             string
		got, floor, base float64
	}{
		{"hit@1", got.Hit1, qualityFloors.Hit1, b.Hit1},
		{"hit@3", got.Hit3, qualityFloors.Hit3, b.Hit3},
		{"hit@10", got.Hit10, qualityFloors.Hit10, b.Hit10},
		{"MRR", got.MRR, qualityFloors.MRR, b.MRR},
		{"nDCG@10", got.NDCG10, qualityFloors.NDCG10, b.NDCG10},
	} {
		if m.got < m.floor {
			t.Errorf("%s = %.3f, below its floor %.3f", m.name, m.got, m.floor)
		}
	}
	if got.MustNotInTop10 > maxMustNot {
		t.Errorf("%d must_not ids in top-10 lists, more than %d", got.MustNotInTop10, maxMustNot)
	}
}
