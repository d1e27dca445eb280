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

// TestWhoTakesAKindFreeBuysNone pins that an organization asking for
// donations of a kind of goods is no customer for that kind: a food bank
// that asks for protein donations will not buy a farm's vegetables, where a
// restaurant that needs vegetables would.
func TestWhoTakesAKindFreeBuysNone(t *testing.T) {
	lx := scoring.DefaultLexicon()
	farm := lx.NewProfile(&partnermatch.Organization{ID: "farm", Name: "Farm", Sector: "business", Language: "en",
		Offers: []string{"weekly vegetables and apples in season"}, Needs: []string{"shops that will carry our produce all year"}})
	tests := []struct {
		name  string
		needs []string
		want  bool // a customer for the farm's need
	}{
		{"a food bank that asks for food donations", []string{"fresh fruit and vegetables for hampers", "more protein donations"}, false},
		{"a restaurant", []string{"fresh fruit and vegetables for our menu", "more staff for the summer"}, true},
		{"a food bank asking for other things free", []string{"fresh fruit and vegetables for hampers", "free printing of our flyers"}, true},
	}
	got, want := map[string]bool{}, map[string]bool{}
	for _, tt := range tests {
		other := lx.NewProfile(&partnermatch.Organization{ID: "o", Name: "O", Sector: "nonprofit", Language: "en", Needs: tt.needs})
		ev := lx.Score(farm, other, scoring.Graph{})
		got[tt.name], want[tt.name] = metVia(ev, scoring.ViaBuyer), tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("customers (-want +got):\n%s", diff)
	}
}

// TestWhoSeeksSuppliersSellsToNoBuyer pins that a need for suppliers is a
// buyer's need: an organization whose needs our offers meet would buy from
// us, which meets a need for customers, never a need for suppliers.
func TestWhoSeeksSuppliersSellsToNoBuyer(t *testing.T) {
	lx := scoring.DefaultLexicon()
	grocer := &partnermatch.Organization{ID: "grocer", Name: "Grocer", Sector: "business", Language: "fr",
		Offers: []string{"espace en magasin pour les produits régionaux"}}
	teens := lx.NewProfile(&partnermatch.Organization{ID: "teens", Name: "Teens", Sector: "nonprofit", Language: "fr",
		Needs: []string{"un local pour nos activités jeunesse"}})
	got, want := map[string]bool{}, map[string]bool{}
	for _, tt := range []struct {
		name, need string
		want       bool
	}{
		{"customers", "plus de clients", true},
		{"suppliers", "des fournisseurs de légumes de la région", false},
	} {
		g := *grocer
		g.Needs = []string{tt.need}
		ev := lx.Score(lx.NewProfile(&g), teens, scoring.Graph{})
		got[tt.name], want[tt.name] = metVia(ev, scoring.ViaBuyer), tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("met by a buyer (-want +got):\n%s", diff)
	}
}

// TestAHandAskedForIsNoJob pins that a need for jobs is met by an
// organization that needs skilled staff ("line cooks"), not by one that
// asks for a hand with a skill ("ayuda con la contabilidad", "someone to
// teach our members"): that is help wanted, not a hire.
func TestAHandAskedForIsNoJob(t *testing.T) {
	lx := scoring.DefaultLexicon()
	trainer := lx.NewProfile(&partnermatch.Organization{ID: "trainer", Name: "Trainer", Sector: "nonprofit", Language: "en",
		Needs: []string{"employers to hire our graduates"}})
	got, want := map[string]bool{}, map[string]bool{}
	for _, tt := range []struct {
		name, lang, need string
		want             bool
	}{
		{"a restaurant that needs line cooks", "en", "line cooks", true},
		{"a kitchen that needs experienced helpers", "es", "cocineros con experiencia", true},
		{"a co-op that asks for help with its books", "es", "ayuda con la contabilidad y los seguros del negocio", false},
		{"a club that asks someone to teach", "en", "someone to teach our members to use smartphones", false},
	} {
		other := lx.NewProfile(&partnermatch.Organization{ID: "o", Name: "O", Sector: "business", Language: tt.lang, Needs: []string{tt.need}})
		ev := lx.Score(trainer, other, scoring.Graph{})
		got[tt.name], want[tt.name] = metVia(ev, scoring.ViaNeed), tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a need for jobs met by their need (-want +got):\n%s", diff)
	}
}

// TestPeopleWhoSpeakALanguage pins that a need for mentors, tutors or
// volunteers who speak a language ("des mentors francophones") is asked in
// that language, while people served who speak it ("newcomers who are
// francophones") do not make the help asked for one in their language.
func TestPeopleWhoSpeakALanguage(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		name, need, lang string
		offerLang, offer string
		want             float64
	}{
		{"French-speaking mentors from a French organization", "des mentors francophones", "fr", "fr", "des mentors bénévoles", 1},
		{"from an English one, half", "des mentors francophones", "fr", "en", "volunteer mentors", 0.5},
		{"the same in English", "francophone volunteers", "en", "en", "volunteers", 0.5},
		{"people served who speak it", "English classes for francophone newcomers", "en", "en", "ESL conversation circles", 1},
	}
	got, want := map[string]float64{}, map[string]float64{}
	for _, tt := range tests {
		a := lx.NewProfile(&partnermatch.Organization{ID: "a", Name: "A", Sector: "nonprofit", Language: tt.lang, Needs: []string{tt.need}})
		b := lx.NewProfile(&partnermatch.Organization{ID: "b", Name: "B", Sector: "nonprofit", Language: tt.offerLang, Offers: []string{tt.offer}})
		ev := lx.Score(a, b, scoring.Graph{})
		if len(ev.Gives) > 0 {
			got[tt.name] = ev.Gives[0].Strength
		}
		want[tt.name] = tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("needs met (-want +got):\n%s", diff)
	}
}

// metVia reports whether one of a's needs is met through via (a buyer, a
// need of b's) in ev.
func metVia(ev scoring.Evaluation, via string) bool {
	for _, m := range ev.Gives {
		if m.Via == via {
			return true
		}
	}
	return false
}
