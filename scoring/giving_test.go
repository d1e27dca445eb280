package scoring_test

import (
	"testing"

	"github.com/partnermatch/partnermatch/scoring"
)

// TestWhatAProviderGives pins the reading of offers that name their
// provider first: what follows its label or its giving verb is what it
// gives, and meets a need in full, not as a mere mention.
func TestWhatAProviderGives(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		name, need, offer, lang string
		min, max                float64
	}{
		{"after a label", "cold storage for donated turkeys", "Grocer on Main: our walk-in freezer has room after inventory Sunday", "en", 0.9, 1},
		{"after a giving verb", "Need help with the federal grant application", "Retired foundation program officer offers to review and edit grant proposals", "en", 0.9, 1},
		{"the same in Spanish", "Necesitamos dónde guardar las sillas entre eventos", "Un socio de la cámara de comercio presta una bodega seca con candado", "es", 0.9, 1},
		{"the same in French", "un coup de main pour la paie et les impôts", "cabinet comptable qui offre des heures gratuites aux petits OBNL", "fr", 0.9, 1},
		{"whom it serves and what they do are not given", "sponsorship for our team jerseys", "Immigration help: we assist families who want to sponsor relatives", "en", 0, 0.5},
		{"giving back is no gift of it", "more customers on weeknights", "Brewery taproom for nonprofit fundraiser nights, we give back 20% of sales", "en", 0, 0.5},
		{"a service's name and its description", "someone to help our clients with harm reduction", "Counseling: Provides individual and group therapy for substance abuse issues.", "en", 0, 0.5},
	}
	for _, tc := range tests {
		got := lx.MatchTexts(tc.need, tc.lang, tc.offer, tc.lang).Strength
		if got < tc.min || got > tc.max {
			t.Errorf("%s: %q meets %q at %.2f, want [%.2f, %.2f]", tc.name, tc.offer, tc.need, got, tc.min, tc.max)
		}
	}
}
