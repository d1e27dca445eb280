package scoring

import (
	"strings"
	"testing"
)

// TestWordVectorTable checks the embedded table: its size, and that words
// used alike lean together more than words that are not.
func TestWordVectorTable(t *testing.T) {
	vs := wordVectors()
	if len(vs) < 19000 {
		t.Fatalf("word vectors: %d words, want about 20000", len(vs))
	}
	if n := len(vs["kitchen"]); n != 100 {
		t.Fatalf("word vectors: %d dimensions, want 100", n)
	}
	tests := []struct{ word, near, far string }{
		{"cooler", "refrigerator", "basketball"},
		{"gym", "gymnasium", "kitchen"},
		{"seniors", "elderly", "toddlers"},
		{"lawyer", "attorney", "baker"},
	}
	for _, tt := range tests {
		near, far := vectorSimilarity(vs[tt.word], vs[tt.near]), vectorSimilarity(vs[tt.word], vs[tt.far])
		if near <= far {
			t.Errorf("%s: %.2f to %s, %.2f to %s; want nearer to %s", tt.word, near, tt.near, far, tt.far, tt.near)
		}
	}
}

// TestBadWordVectorTable checks that a damaged table is refused with what
// is wrong, not read as a short one.
func TestBadWordVectorTable(t *testing.T) {
	tests := []struct{ name, table, want string }{
		{"no header", "cooler\n", "bad header"},
		{"another version", "pmwordvec 2 1 2\ncooler\n\x01\x02", "bad header"},
		{"missing word", "pmwordvec 1 2 2\ncooler\n", "word 2"},
		{"short vectors", "pmwordvec 1 1 4\ncooler\n\x01\x02", "1 vectors of 4 values"},
	}
	for _, tt := range tests {
		_, err := parseWordVectors([]byte(tt.table))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	vs, err := parseWordVectors([]byte("pmwordvec 1 2 2\ncooler\nfridge\n\x03\x04\x06\x08"))
	if err != nil || vectorSimilarity(vs["cooler"], vs["fridge"]) < 0.999 {
		t.Errorf("a good table: %v, cosine %.3f; want parallel vectors", err, vectorSimilarity(vs["cooler"], vs["fridge"]))
	}
}

// TestVectorHint checks the soft signal: where the lexicon reads nothing
// shared, an English offer whose words lean towards the need's comes before
// one whose words do not, both stay below an exchange, and French and
// Spanish get none.
func TestVectorHint(t *testing.T) {
	lx := DefaultLexicon()
	tests := []struct {
		name, need, near, far, lang string
	}{
		{"words used alike", "someone to mend torn costumes", "a quilting circle that loves to sew", "a choir that sings at weddings", "en"},
		{"French has no table", "quelqu'un pour repriser des costumes déchirés", "un cercle de courtepointe qui adore coudre", "une chorale qui chante aux mariages", "fr"},
	}
	for _, tt := range tests {
		near, far := lx.MatchTexts(tt.need, tt.lang, tt.near, tt.lang), lx.MatchTexts(tt.need, tt.lang, tt.far, tt.lang)
		if near.Concept >= 0 || far.Concept >= 0 || len(near.Shared)+len(far.Shared) > 0 {
			t.Fatalf("%s: the lexicon links the pairs (%+v, %+v); the test needs pairs it cannot read", tt.name, near, far)
		}
		if near.Strength >= w.minExchange || far.Strength >= w.minExchange {
			t.Errorf("%s: hints %.2f and %.2f reach an exchange (%.2f)", tt.name, near.Strength, far.Strength, w.minExchange)
		}
		if tt.lang == "en" && near.Strength <= far.Strength {
			t.Errorf("%s: %.3f for %q, %.3f for %q; want the first higher", tt.name, near.Strength, tt.near, far.Strength, tt.far)
		}
		if tt.lang != "en" && near.Strength+far.Strength != 0 {
			t.Errorf("%s: hints %.3f and %.3f, want none", tt.name, near.Strength, far.Strength)
		}
	}
}
