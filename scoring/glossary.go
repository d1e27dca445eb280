package scoring

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// The word-vector table is English. A French or Spanish word reaches it
// through a glossary of the English words it means (wordvec/README.md), so
// that "salle pour nos ateliers" and "a room for our workshops" point the
// same way and a French need can be compared with an English offer.
var (
	//go:embed wordvec/glossary-fr.tsv
	glossaryFrench []byte
	//go:embed wordvec/glossary-es.tsv
	glossarySpanish []byte
)

// glossary maps a word of one language to English words, looked up by the
// word as written, else by its stem: the files list the forms the
// directories use, the stems reach the other inflections.
type glossary struct {
	words, stems map[string][]string
}

// glossaries are the parsed glossaries by language code.
var glossaries = sync.OnceValue(func() map[string]glossary {
	out := map[string]glossary{}
	for lang, b := range map[string][]byte{"fr": glossaryFrench, "es": glossarySpanish} {
		g, err := parseGlossary(b, lang)
		if err != nil {
			panic(err) // the glossaries are embedded: a bad one is a bad build
		}
		out[lang] = g
	}
	return out
})

// parseGlossary reads lines "word<TAB>english words", "-" for a word with
// no English worth comparing (a function word, a name).
func parseGlossary(b []byte, lang string) (glossary, error) {
	g := glossary{words: map[string][]string{}, stems: map[string][]string{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		word, english, ok := strings.Cut(text, "\t")
		word = strings.ToLower(strings.TrimSpace(word))
		english = strings.TrimSpace(english)
		if !ok || word == "" || english == "" || strings.Contains(english, "\t") {
			return glossary{}, fmt.Errorf("glossary %s: line %d: want \"word<TAB>english words\", got %q", lang, line, text)
		}
		if english == "-" {
			g.words[word] = []string{}
			continue
		}
		ts := strings.Fields(strings.ToLower(english))
		if _, seen := g.words[word]; !seen {
			g.words[word] = ts
		}
		if s := Stem(word, lang); g.stems[s] == nil {
			g.stems[s] = ts
		}
	}
	return g, sc.Err()
}

// english returns the English words a word of lang means, nil when the
// glossary does not know it or gives none.
func (g glossary) english(word, lang string) []string {
	if ts, ok := g.words[word]; ok {
		return ts
	}
	return g.stems[Stem(word, lang)]
}
