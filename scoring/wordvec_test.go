package scoring

import (
	"slices"
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
// shared, an offer whose words lean towards the need's comes before one
// whose words do not, in English and, through the glossaries, in French,
// Spanish and across the two; both stay below an exchange, and a language
// with no glossary gets none.
func TestVectorHint(t *testing.T) {
	lx := DefaultLexicon()
	tests := []struct {
		name, need, needLang, near, far, offerLang string
		none                                       bool
	}{
		{"words used alike", "someone to mend torn costumes", "en", "a quilting circle that loves to sew", "a choir that sings at weddings", "en", false},
		{"French", "quelqu'un pour repriser des costumes déchirés", "fr", "un cercle de courtepointe qui adore coudre", "une chorale qui chante aux mariages", "fr", false},
		{"Spanish", "alguien que remiende disfraces rotos", "es", "un círculo de costura al que le encanta coser", "un coro que canta en bodas", "es", false},
		{"French need, English offer", "quelqu'un pour repriser des costumes déchirés", "fr", "a quilting circle that loves to sew", "a choir that sings at weddings", "en", false},
		{"no glossary", "zerrissene Kostüme flicken", "de", "ein Quiltkreis näht gerne", "Chor singt auf Hochzeiten", "de", true},
	}
	for _, tt := range tests {
		near, far := lx.MatchTexts(tt.need, tt.needLang, tt.near, tt.offerLang), lx.MatchTexts(tt.need, tt.needLang, tt.far, tt.offerLang)
		if near.Concept >= 0 || far.Concept >= 0 || len(near.Shared)+len(far.Shared) > 0 {
			t.Fatalf("%s: the lexicon links the pairs (%+v, %+v); the test needs pairs it cannot read", tt.name, near, far)
		}
		if near.Strength >= w.minExchange || far.Strength >= w.minExchange {
			t.Errorf("%s: hints %.2f and %.2f reach an exchange (%.2f)", tt.name, near.Strength, far.Strength, w.minExchange)
		}
		if tt.none && near.Strength+far.Strength != 0 {
			t.Errorf("%s: hints %.3f and %.3f, want none", tt.name, near.Strength, far.Strength)
		}
		if !tt.none && near.Strength <= far.Strength {
			t.Errorf("%s: %.3f for %q, %.3f for %q; want the first higher", tt.name, near.Strength, tt.near, far.Strength, tt.far)
		}
	}
}

// TestGlossaries checks the embedded glossaries: their size, that the
// English they give is mostly in the vector table (else it is dead
// weight), and that inflected forms reach an entry through its stem.
func TestGlossaries(t *testing.T) {
	vs := wordVectors()
	for lang, g := range glossaries() {
		known, all := 0, 0
		for _, ts := range g.words {
			for _, w := range ts {
				all++
				if vs[w] != nil {
					known++
				}
			}
		}
		if len(g.words) < 4000 {
			t.Errorf("%s: %d words, want several thousand", lang, len(g.words))
		}
		if share := float64(known) / float64(max(all, 1)); share < 0.9 {
			t.Errorf("%s: %.2f of the English words are in the vector table, want at least 0.9", lang, share)
		}
	}
	tests := []struct{ word, lang, want string }{
		{"bénévoles", "fr", "volunteers"},
		{"cuisinières", "fr", ""}, // not listed; its stem may or may not be
		{"voluntarios", "es", "volunteers"},
		{"despensas", "es", "pantries"},
	}
	for _, tt := range tests {
		got := glossaries()[tt.lang].english(tt.word, tt.lang)
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%s (%s): %v, want %q among them", tt.word, tt.lang, got, tt.want)
		}
	}
}

// TestBadGlossary checks that a damaged glossary is refused with the line
// that is wrong.
func TestBadGlossary(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"no tab", "salle room\n", "line 1"},
		{"no English", "# header\nsalle\t\n", "line 2"},
		{"two tabs", "salle\troom\thall\n", "line 1"},
	}
	for _, tt := range tests {
		_, err := parseGlossary([]byte(tt.text), "fr")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one naming %q", tt.name, err, tt.want)
		}
	}
	g, err := parseGlossary([]byte("# a comment\nsalle\troom hall\nles\t-\n"), "fr")
	if err != nil {
		t.Fatal(err)
	}
	if got := g.english("salles", "fr"); !slices.Equal(got, []string{"room", "hall"}) {
		t.Errorf("salles: %v, want [room hall] through the stem of salle", got)
	}
	if got := g.english("les", "fr"); len(got) != 0 {
		t.Errorf("les: %v, want nothing", got)
	}
}
