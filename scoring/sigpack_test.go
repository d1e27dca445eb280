package scoring

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
)

// townSignatures returns the example town's signatures as the engine reads
// them from the index (DecodeSignature of Encode).
func townSignatures(t *testing.T) []*Signature {
	t.Helper()
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	lx := DefaultLexicon()
	var out []*Signature
	for i := range orgs {
		s, err := lx.DecodeSignature(lx.NewProfile(&orgs[i]).Signature().Encode())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

func TestPackedSignatureRoundTrip(t *testing.T) {
	lx := DefaultLexicon()
	sigs := townSignatures(t)
	var reused Signature // one Signature for all, as the engine unpacks
	withUses, withTongue := 0, 0
	for _, s := range sigs {
		for _, p := range s.Needs {
			if len(p.Uses) > 0 {
				withUses++
			}
			if p.Tongue != "" {
				withTongue++
			}
		}
	}
	if withUses == 0 {
		t.Fatal("no town need reads as users of something: the round trip would not cover Uses")
	}
	if withTongue == 0 {
		t.Fatal("no town need asks for a language: the round trip would not cover Tongue")
	}
	for i, s := range sigs {
		if err := lx.UnpackSignature(s.AppendPacked(nil), &reused); err != nil {
			t.Fatalf("signature %d: %v", i, err)
		}
		if diff := cmp.Diff(s, &reused, cmpopts.IgnoreUnexported(Signature{})); diff != "" {
			t.Fatalf("signature %d after a round trip (-want +got):\n%s", i, diff)
		}
	}
	// Estimates from unpacked signatures are the estimates.
	var a, b Signature
	for i := 0; i < len(sigs); i += 7 {
		for j := 0; j < len(sigs); j += 5 {
			if err := lx.UnpackSignature(sigs[i].AppendPacked(nil), &a); err != nil {
				t.Fatal(err)
			}
			if err := lx.UnpackSignature(sigs[j].AppendPacked(nil), &b); err != nil {
				t.Fatal(err)
			}
			if got, want := lx.Estimate(&a, &b, 0.5), lx.Estimate(sigs[i], sigs[j], 0.5); got != want {
				t.Errorf("Estimate(%d, %d) = %v unpacked, %v decoded", i, j, got, want)
			}
		}
	}
}

func TestUnpackSignatureRefusesDamage(t *testing.T) {
	lx := DefaultLexicon()
	var s Signature
	for _, sig := range townSignatures(t) {
		b := sig.AppendPacked(nil)
		if len(b) < 3 {
			continue
		}
		if err := lx.UnpackSignature(b[:len(b)-1], &s); err == nil {
			t.Fatalf("a truncated signature %x was read", b[:len(b)-1])
		}
		if err := lx.UnpackSignature(append(b, 0), &s); err == nil {
			t.Fatalf("a signature with trailing bytes %x was read", b)
		}
	}
	// A concept beyond the lexicon: one need with one head.
	bad := []byte{1, 0, 0, 1, 0}
	bad = append(bad, 0xff, 0xff, 0x03) // 65535
	bad = append(bad, 0)
	if err := lx.UnpackSignature(bad, &s); err == nil {
		t.Errorf("concept out of range was read")
	}
}

func TestFlagTongueInvertsTongueFlags(t *testing.T) {
	for tongue, flag := range tongueFlags {
		if got := flagTongue(flag | 1 | 2); got != tongue {
			t.Errorf("flagTongue(%d) = %q, want %q", flag|1|2, got, tongue)
		}
	}
	if got := flagTongue(1 | 2); got != "" {
		t.Errorf("flagTongue without a tongue flag = %q, want none", got)
	}
}

// TestHasWordFindsWholeWordsAnyCase: hasWord walks the text in place; it
// must agree with splitting the lowercased text into words.
func TestHasWordFindsWholeWordsAnyCase(t *testing.T) {
	set := map[string]bool{"free": true, "gratuit": true, "2025": true}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"free tutoring", true},
		{"Tutoring, FREE of charge", true},
		{"tutoring for free", true},
		{"carefree tutoring", false},
		{"freedom school", false},
		{"des cours gratuits", false},
		{"un atelier Gratuit!", true},
		{"since 2025.", true},
		{"", false},
		{"—free—", true},
	} {
		p := &Phrase{Text: tc.text}
		if got := hasWord(p, set); got != tc.want {
			t.Errorf("hasWord(%q) = %v, want %v", tc.text, got, tc.want)
		}
		ref := false
		for _, w := range splitWords(tc.text) {
			ref = ref || set[w]
		}
		if ref != tc.want {
			t.Errorf("splitting %q finds %v, the table says %v", tc.text, ref, tc.want)
		}
	}
}
