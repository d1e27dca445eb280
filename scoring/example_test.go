package scoring_test

import (
	"fmt"

	"github.com/partnermatch/partnermatch/scoring"
)

// A need and an offer that share no word, in two languages, meet through
// the concept they both name; a near miss (same topic, another kind of
// help: vegetables are not a cold room) does not meet it.
func ExampleLexicon_MatchTexts() {
	lx := scoring.DefaultLexicon()
	m := lx.MatchTexts("une chambre froide pour les dons du samedi", "fr", "a walk-in cooler with spare shelves", "en")
	c := lx.Concepts[m.Concept]
	fmt.Printf("%.2f %s (%s)\n", m.Strength, c.ID, c.Label)
	// Same topic, other kind of help: no concept links them, and what the
	// English words' vectors say is a hint below any exchange.
	m = lx.MatchTexts("cold storage for produce", "en", "fresh vegetables from our garden", "en")
	fmt.Printf("%.2f, concept %d\n", m.Strength, m.Concept)
	// Output:
	// 1.00 storage.cold (cold storage)
	// 0.13, concept -1
}

func ExampleDistanceKM() {
	fmt.Printf("%.0f km\n", scoring.DistanceKM(44.2312, -76.4860, 43.6532, -79.3832))
	// Output: 241 km
}
