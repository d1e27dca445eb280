package scoring_test

import (
	"testing"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

// The hot paths of import (analysis) and of a query (matching, estimating,
// scoring one candidate). Run with: go test -run '^$' -bench . -benchmem ./scoring

var (
	benchNeed  = "somewhere cold to keep donated food overnight before Saturday distributions"
	benchOffer = "a walk-in cooler with spare shelf space in the back of our restaurant"
	benchA     = partnermatch.Organization{ID: "pantry", Name: "Harbour Road Food Pantry", Sector: partnermatch.Nonprofit,
		Mission: "A weekly neighbourhood food pantry in the harbour district. Volunteers needed on Tuesday nights.",
		Values:  []string{"dignity", "no food wasted"}, Goals: []string{"serve 250 families a week"},
		Offers: []string{"same-night pickup of unsold food from shops and restaurants", "tax receipts for food donations", "a weekly pantry for 200 families"},
		Needs:  []string{benchNeed, "volunteers on Tuesday nights", "more food donations from local businesses"}}
	benchB = partnermatch.Organization{ID: "kitchen", Name: "Harbour Kitchen", Sector: partnermatch.Business,
		Mission: "A waterfront restaurant serving local food.", Values: []string{"local food", "zero waste"},
		Offers: []string{benchOffer, "a commercial kitchen free before 10 a.m.", "a chef who teaches basic cooking"},
		Needs:  []string{"a way to stop throwing out good food at closing", "line cooks", "catering gigs"}}
)

func BenchmarkAnalyze(b *testing.B) {
	for i := 0; i < b.N; i++ {
		scoring.Analyze(benchA.Mission, "en")
	}
}

func BenchmarkNewProfile(b *testing.B) {
	lx := scoring.DefaultLexicon()
	for i := 0; i < b.N; i++ {
		lx.NewProfile(&benchA)
	}
}

func BenchmarkMatchTexts(b *testing.B) {
	lx := scoring.DefaultLexicon()
	for i := 0; i < b.N; i++ {
		lx.MatchTexts(benchNeed, "en", benchOffer, "en")
	}
}

func BenchmarkEstimate(b *testing.B) {
	lx := scoring.DefaultLexicon()
	sa, sb := lx.NewProfile(&benchA).Signature(), lx.NewProfile(&benchB).Signature()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		lx.Estimate(sa, sb, 0.9)
	}
}

func BenchmarkEvaluate(b *testing.B) {
	lx := scoring.DefaultLexicon()
	pa, pb := lx.NewProfile(&benchA), lx.NewProfile(&benchB)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		lx.Evaluate(pa, pb, scoring.Graph{})
	}
}

func BenchmarkUnpackProfile(b *testing.B) {
	benchUnpack(b, &benchB)
}

// BenchmarkUnpackProfileFrench is BenchmarkUnpackProfile for a French
// profile, whose phrase vectors go through the glossary.
func BenchmarkUnpackProfileFrench(b *testing.B) {
	benchUnpack(b, &partnermatch.Organization{ID: "cuisine", Name: "Cuisine du port", Sector: partnermatch.Business, Language: "fr",
		Mission: "Un restaurant du port qui sert des produits locaux.", Values: []string{"produits locaux", "zéro déchet"},
		Offers: []string{"une cuisine commerciale libre avant 10 h", "un chef qui donne des cours de cuisine de base", "nos invendus du soir pour une banque alimentaire"},
		Needs:  []string{"une façon d'arrêter de jeter de la bonne nourriture à la fermeture", "des cuisiniers", "des contrats de traiteur"}})
}

func benchUnpack(b *testing.B, org *partnermatch.Organization) {
	lx := scoring.DefaultLexicon()
	packed := lx.NewProfile(org).AppendPacked(nil)
	b.ReportMetric(float64(len(packed)), "bytes")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := lx.UnpackProfile(org.ID, packed); err != nil {
			b.Fatal(err)
		}
	}
}
