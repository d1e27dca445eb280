package scoring_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

// TestReasonsNameWhatLinks pins that an exchange names what a need and an
// offer share: an offer of something broader than the need ("volunteers"
// for "volunteer tutors") is about the broader thing, and the reason says
// the need is not specifically met.
func TestReasonsNameWhatLinks(t *testing.T) {
	lx := scoring.DefaultLexicon()
	type said struct {
		Concept string
		Link    string // the parenthesis of the reason about the exchange
	}
	tests := []struct {
		name, need, offer string
		want              said
	}{
		{"a broader offer", "volunteer tutors", "30 volunteers who can help at events",
			said{"volunteers", "(both are about volunteers, not specifically volunteer tutors)"}},
		{"the same concept", "volunteer tutors", "retired teachers who tutor after school",
			said{"volunteer tutors", "(both are about volunteer tutors)"}},
		{"a narrower offer", "a venue for our party", "our gym is free on weekends",
			said{"a space or venue", "(both are about a space or venue)"}},
	}
	for _, tt := range tests {
		a := lx.NewProfile(&partnermatch.Organization{ID: "a", Name: "A", Sector: "nonprofit", Language: "en", Needs: []string{tt.need}})
		b := lx.NewProfile(&partnermatch.Organization{ID: "b", Name: "B", Sector: "nonprofit", Language: "en", Offers: []string{tt.offer}})
		ev := lx.Evaluate(a, b, scoring.Graph{})
		lx.AddReasons(a, b, &ev, scoring.Graph{})
		var got said
		if xs := ev.Suggestion.Exchanges; len(xs) > 0 {
			got.Concept = xs[0].Concept
		}
		for _, r := range ev.Suggestion.Reasons {
			if i := strings.Index(r, " (both"); i >= 0 {
				got.Link = strings.TrimSuffix(r[i+1:], ".")
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: exchange (-want +got):\n%s", tt.name, diff)
		}
	}
}
