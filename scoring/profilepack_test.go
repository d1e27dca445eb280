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
