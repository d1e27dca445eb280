package match

import (
	"context"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

// baseline ranks by Bleve's relevance for a "more like this" query of a's
// own words, within reach, under the same hard rules as partnermatch. Scores
// are Bleve's divided by the best one, so they fall in [0, 1] but are not
// comparable across queries.
func (e *Engine) baseline(ctx context.Context, a *scoring.Profile, radius float64, opts Options) ([]partnermatch.Suggestion, error) {
	lat, lon, hasPoint := a.Org.Point()
	hits, err := e.idx.MoreLikeThis(ctx, a.Stems(baselineTerms), lat, lon, radius, hasPoint, opts.MaxCandidates)
	if err != nil {
		return nil, err
	}
	var out []partnermatch.Suggestion
	top := 0.0
	for _, h := range hits {
		b, err := e.idx.Get(ctx, h.ID)
		if err != nil {
			continue
		}
		if excluded(a.Org, &b, opts) != "" {
			continue
		}
		d, ok := scoring.Distance(a.Org, &b)
		if ok && d > scoring.Reach(a.Org, &b) {
			continue
		}
		if top == 0 {
			top = h.Score
		}
		s := partnermatch.Suggestion{ID: b.ID, Name: b.Name, Sector: b.Sector, Score: h.Score / top,
			Exchanges: []partnermatch.Exchange{}, Reasons: []string{"Shares words with the organization's profile (Bleve relevance)."}}
		if ok {
			s.DistanceKM = &d
		}
		out = append(out, s)
		if len(out) == opts.Limit {
			break
		}
	}
	return out, nil
}
