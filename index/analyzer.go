package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/partnermatch/partnermatch/scoring"
)

// Analyzer names registered with Bleve, one per stemmed language plus one
// for every other language. Each wraps scoring.Analyze, so that the index
// retrieves by exactly the words that scoring compares.
const (
	analyzerPrefix = "partnermatch_"
	plainLanguage  = "plain"
)

var indexedLanguages = []string{"en", "fr", "es", plainLanguage}

func analyzerName(lang string) string {
	if !scoring.Stemmed(lang) {
		lang = plainLanguage
	}
	if lang == "" {
		lang = "en"
	}
	return analyzerPrefix + lang
}

type tokenizer struct{ lang string }

func (t tokenizer) Tokenize(input []byte) analysis.TokenStream {
	return tokenStream(scoring.Analyze(string(input), t.lang))
}

func tokenStream(toks []scoring.Token) analysis.TokenStream {
	out := make(analysis.TokenStream, len(toks))
	for i, tk := range toks {
		out[i] = &analysis.Token{Term: []byte(tk.Stem), Position: tk.Pos, Type: analysis.AlphaNumeric}
	}
	return out
}

func init() {
	for _, lang := range indexedLanguages {
		l := lang
		if l == plainLanguage {
			l = "xx" // any language without a stemmer
		}
		name := analyzerPrefix + lang
		if err := registry.RegisterTokenizer(name, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
			return tokenizer{lang: l}, nil
		}); err != nil {
			panic(fmt.Sprintf("index: registering tokenizer %s: %v", name, err))
		}
		if err := registry.RegisterAnalyzer(name, func(_ map[string]interface{}, c *registry.Cache) (analysis.Analyzer, error) {
			tk, err := c.TokenizerNamed(name)
			if err != nil {
				return nil, err
			}
			return &analysis.DefaultAnalyzer{Tokenizer: tk}, nil
		}); err != nil {
			panic(fmt.Sprintf("index: registering analyzer %s: %v", name, err))
		}
	}
}
