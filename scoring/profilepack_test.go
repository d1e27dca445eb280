package scoring

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
)

// Every pair of the example town scores the same, reasons and exchanges
// included, whether the candidate is analysed or unpacked.
func TestPackedProfileEvaluatesAlike(t *testing.T) {
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	lx := DefaultLexicon()
	analysed := make([]*Profile, len(orgs))
	unpacked := make([]*Profile, len(orgs))
	for i := range orgs {
		analysed[i] = lx.NewProfile(&orgs[i])
		if unpacked[i], err = lx.UnpackProfile(orgs[i].ID, analysed[i].AppendPacked(nil)); err != nil {
			t.Fatalf("%s: %v", orgs[i].ID, err)
		}
	}
	corpus := &DocFreq{}
	for i := range orgs {
		corpus.Add(&orgs[i])
	}
	// Shared stems are listed in sorted order; the evidence slices hold
	// pointers to phrases, compared by what they point to.
	opts := cmp.Options{cmpopts.IgnoreUnexported(Phrase{}), cmpopts.IgnoreFields(Phrase{}, "Tokens", "Hits"), cmpopts.EquateApprox(0, 1e-12)}
	for i := range orgs {
		for j := range orgs {
			g := Graph{Centrality: float64(j%5) / 4, Partners: j % 7, Corpus: corpus}
			want := lx.Evaluate(analysed[i], analysed[j], g)
			got := lx.Evaluate(analysed[i], unpacked[j], g)
			if diff := cmp.Diff(want, got, opts); diff != "" {
				t.Fatalf("%s for %s (-analysed +unpacked):\n%s", orgs[j].ID, orgs[i].ID, diff)
			}
		}
	}
}

// The facts read of each phrase (price, times, size, ages, asking) come back from
// a packed profile as they were read from the text.
func TestPackedProfileKeepsFacts(t *testing.T) {
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	lx := DefaultLexicon()
	type facts struct {
		priced bool
		when   schedule
		size   int
		ages   ages
		asks   asking
		tongue tongues
		holds  int
		sexes  sexes
		sum    int
	}
	of := func(ps []Phrase) []facts {
		var out []facts
		for _, ph := range ps {
			out = append(out, facts{ph.priced, ph.when, ph.size, ph.ages, ph.asks, ph.tongues, ph.holds, ph.sexes, ph.sum})
		}
		return out
	}
	// The town's offers seek nothing; this one does.
	orgs = append(orgs, partnermatch.Organization{ID: "free-clinic", Name: "Free Clinic", Sector: partnermatch.Nonprofit,
		Offers: []string{"Free clinic recruiting volunteer RNs for evening shifts"}, Language: "en"})
	read, sought := 0, 0
	for i := range orgs {
		analysed := lx.NewProfile(&orgs[i])
		unpacked, err := lx.UnpackProfile(orgs[i].ID, analysed.AppendPacked(nil))
		if err != nil {
			t.Fatalf("%s: %v", orgs[i].ID, err)
		}
		for _, f := range append(of(analysed.Needs), of(analysed.Offers)...) {
			if f != (facts{}) {
				read++
			}
		}
		if diff := cmp.Diff(of(analysed.Needs), of(unpacked.Needs), cmp.AllowUnexported(facts{}, schedule{}, ages{}, tongues{})); diff != "" {
			t.Errorf("%s needs (-analysed +unpacked):\n%s", orgs[i].ID, diff)
		}
		if diff := cmp.Diff(of(analysed.Offers), of(unpacked.Offers), cmp.AllowUnexported(facts{}, schedule{}, ages{}, tongues{})); diff != "" {
			t.Errorf("%s offers (-analysed +unpacked):\n%s", orgs[i].ID, diff)
		}
		for j := range analysed.Offers {
			if len(analysed.Offers[j].sought) > 0 {
				sought++
			}
			if diff := cmp.Diff(analysed.Offers[j].sought, unpacked.Offers[j].sought); diff != "" {
				t.Errorf("%s offer %q sought (-analysed +unpacked):\n%s", orgs[i].ID, analysed.Offers[j].Text, diff)
			}
		}
	}
	if sought == 0 {
		t.Error("no offer seeks something: the sought concepts are not tested")
	}
	if read == 0 {
		t.Error("no phrase of the town says a price, time, size, age or ask: the test tests nothing")
	}
}

// TestLanguageBitsAreFixed checks that each language keeps its bit from one
// run to the next: packed profiles store them.
func TestLanguageBitsAreFixed(t *testing.T) {
	want := map[string]languageSet{"en": 1, "es": 2, "fr": 4, "ar": 8}
	for code, bit := range want {
		if languageBits[code] != bit {
			t.Errorf("languageBits[%q] = %d, want %d", code, languageBits[code], bit)
		}
	}
	if got := languagesNamed(splitWords("volunteers who speak Arabic and English")); got != want["ar"]|want["en"] {
		t.Errorf("languagesNamed = %b, want Arabic and English (%b)", got, want["ar"]|want["en"])
	}
}

func TestUnpackProfileRefusesOtherLexiconAndDamage(t *testing.T) {
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	lx := DefaultLexicon()
	b := lx.NewProfile(&orgs[0]).AppendPacked(nil)
	other := append([]byte(nil), b...)
	other[3] ^= 1 // a character of the fingerprint
	if _, err := lx.UnpackProfile("x", other); !errors.Is(err, ErrOtherLexicon) {
		t.Errorf("profile of another lexicon: err = %v, want ErrOtherLexicon", err)
	}
	for _, bad := range [][]byte{b[:len(b)-1], append(append([]byte(nil), b...), 0), nil} {
		if _, err := lx.UnpackProfile("x", bad); err == nil {
			t.Errorf("damaged profile of %d bytes was read", len(bad))
		}
	}
}

func TestSumSaid(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"$250,000 for a new roof", 250000},
		{"micro-grants of $500 to $2,000", 2000},
		{"250 000 $ pour le nouveau centre", 250000},
		{"becas de 1.500 dólares", 1500},
		{"a $5k sponsorship", 5000},
		{"120 students and 3 rooms", 0},
	}
	for _, tt := range tests {
		if got := sumSaid(tt.text); got != tt.want {
			t.Errorf("sumSaid(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
