package scoring

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/spanish"
	"github.com/partnermatch/partnermatch/internal/readmostly"
)

// Token is one content word of a text: its Snowball stem with accents
// folded, and its position among the text's words (stop words count as
// positions, so "space for our meetings" keeps "space" and "meeting" three
// apart).
type Token struct {
	Stem string
	Pos  int
}

// Stemmed reports whether texts in lang are stemmed (en, fr, es); other
// languages are analysed word by word.
func Stemmed(lang string) bool {
	switch lang {
	case "", "en", "fr", "es":
		return true
	}
	return false
}

var folder = asciifolding.New()

// Analyze splits text into words, lowercases them, drops the stop words of
// lang and numbers, and stems the rest with the Snowball stemmer of lang.
// The index uses this same function, so what is retrieved is what is scored.
func Analyze(text, lang string) []Token {
	return analyzeWords(splitWords(text), lang)
}

// analyzeWords is Analyze of the words splitWords made of a text.
func analyzeWords(words []string, lang string) []Token {
	var out []Token
	pos := 0
	for i := 0; i < len(words); i++ {
		w := words[i]
		pos++
		if i+1 < len(words) && (lang == "" || lang == "en") {
			if c, ok := compounds[w+" "+words[i+1]]; ok {
				// "shout-out" splits into "shout" and a stop word; kept
				// whole, it is the one word "shoutout" is.
				out = append(out, Token{Stem: c, Pos: pos})
				i++
				pos++
				continue
			}
		}
		if isNumber(w) || isStopWord(w, lang) {
			continue
		}
		stem := Stem(w, lang)
		if hands[w] && (lang == "" || lang == "en") {
			stem = handStem(words, i, stem)
		}
		out = append(out, Token{Stem: stem, Pos: pos})
	}
	return out
}

// compounds are English words written apart or hyphenated whose second
// part is a stop word, with the stem of the word written whole.
var compounds = map[string]string{"shout out": "shoutout", "shout outs": "shoutout"}

// hands are the forms of "hand" that a phrase can take for another word:
// a pantry that "hands out groceries" offers no helping hands, nor does a
// "second-hand" coat.
var hands = fieldSet("hand hands handed handing")

func handStem(words []string, i int, stem string) string {
	switch {
	case i+1 < len(words) && (words[i+1] == "out" || words[i+1] == "over"):
		return "handout"
	case i > 0 && words[i-1] == "second":
		return "secondhand"
	}
	return stem
}

// stemCaches remember the stems of words already seen, one per stemmed
// language: a directory's vocabulary is small next to its size, and stemming
// is the most frequent work of both import and query.
var stemCaches = map[string]*readmostly.Map[string, string]{"en": {}, "fr": {}, "es": {}}

// stemCacheMax bounds each cache: words beyond it are stemmed every time.
const stemCacheMax = 1 << 20

// Stem returns the folded Snowball stem of one lowercase word.
func Stem(word, lang string) string {
	if lang == "" {
		lang = "en"
	}
	cache := stemCaches[lang]
	if cache == nil {
		return stem(word, lang) // not stemmed: nothing worth remembering
	}
	if s, ok := cache.Load(word); ok {
		return s
	}
	s := stem(word, lang)
	if cache.Len() < stemCacheMax {
		cache.Store(strings.Clone(word), s)
	}
	return s
}

func stem(word, lang string) string {
	if s, ok := stemOverrides[lang][word]; ok {
		return s
	}
	var s string
	switch lang {
	case "", "en":
		s = english.Stem(word, true)
	case "fr":
		s = french.Stem(word, true)
	case "es":
		s = spanish.Stem(word, true)
	default:
		s = word
	}
	return fold(s)
}

// stemOverrides keep apart words that Snowball reduces to the stem of an
// unrelated word (overstemming), where that would make a concept's trigger
// fire on everyday text: "international" is not "interns", "publicity" is
// not "public", "busy" is not "business". Like Lucene's
// StemmerOverrideFilter, it is a short list of exceptions, checked before the
// stemmer; the lexicon's fingerprint covers it (analysisVersion).
var stemOverrides = map[string]map[string]string{
	"en": {
		"international": "international", "internationally": "international",
		"publicity": "publicity", "publicize": "publicize", "publicise": "publicize", "publicized": "publicize", "publicised": "publicize", "publicizing": "publicize",
		"busy":         "busy",
		"organization": "organization", "organizations": "organization", "organisation": "organization", "organisations": "organization",
		"animal": "animal", "animals": "animal",
		"experiment": "experiment", "experiments": "experiment",
		"university": "university", "universities": "university",
		"generous": "generous", "generosity": "generous",
		// Diversion programs keep youth out of court; they are not
		// diversity.
		"diversion": "diversion", "diversions": "diversion",
		// "custom cutting and wrapping", "customized training", "customs
		// brokerage" offer no customers.
		"custom": "customiz", "customs": "customiz", "customize": "customiz", "customise": "customiz", "customized": "customiz", "customised": "customiz",
		"customizing": "customiz", "customising": "customiz", "customization": "customiz", "customisation": "customiz", "customizable": "customiz",
		// Found by stemming real directories' descriptions against the
		// lexicon's one-word triggers: each left side names something
		// else than the trigger it would fire ("Suite 200" is no suit,
		// "police officers" no office space, "accountability" no
		// accountant).
		"activate": "activat", "activated": "activat", "activates": "activat", "activating": "activat", "activation": "activat",
		"accountability": "accountabl", "accountable": "accountabl", "account": "accounts", "accounts": "accounts",
		"audition": "audition", "auditions": "audition", "auditioning": "audition", "auditioned": "audition",
		"cooperate": "cooperat", "cooperates": "cooperat", "cooperating": "cooperat", "cooperation": "cooperat",
		"designated": "designat", "designate": "designat", "designates": "designat", "designation": "designat",
		"internal": "internal", "internally": "internal",
		"suite": "suite", "suites": "suite",
		"lodge": "lodge", "lodges": "lodge",
		"riding":  "riding",
		"officer": "officer", "officers": "officer",
		"geared":     "geared",
		"influencer": "influencer", "influencers": "influencer",
		// "free consultations" with a lawyer or a nurse are their
		// advice, not "consulting" (skill.general).
		"consultation": "consultation", "consultations": "consultation",
		// "a local baker to supply our Sunday teas" asks for a baker, not
		// for supplies.
		"supply": "supply", "supplying": "supply", "supplied": "supply",
	},
	"fr": {
		// Respite is not a meal: Snowball gives "répit" the stem of
		// "repas".
		"répit": "repit", "répits": "repit",
	},
	"es": {
		// "ayudantes de cocina" are kitchen helpers; "ayuda para
		// renovar la cocina" asks for help with the kitchen.
		"ayudante": "ayudante", "ayudantes": "ayudante",
		// "¿Cómo llevar a las familias?" asks how, not for food
		// ("comida" stems to "com" too).
		"cómo": "cómo",
		// "voluntarios capacitados" have had training; they are not
		// "capacitación de voluntarios".
		"capacitado": "capacitado", "capacitados": "capacitado", "capacitada": "capacitado", "capacitadas": "capacitado",
		// Deportation is not sport ("deporte").
		"deportación": "deportacion", "deportaciones": "deportacion", "deportado": "deportacion", "deportados": "deportacion",
		"deportada": "deportacion", "deportadas": "deportacion", "deportar": "deportacion",
		// Girls are not boys: Snowball gives "chicas" and "chicos" one stem.
		"chica": "chica", "chicas": "chica", "chico": "chico", "chicos": "chico",
	},
}

// analysisVersion changes whenever Analyze would stem some word differently:
// signatures made before must be made again.
const analysisVersion = "overrides-1+recruiting+selling+clauses+tongue+first-named+provided-purpose+see-it-used+ayudante+heading+diversion+counted+having+send-ours+speakers+custom+collisions+fresh-needs+asks-instead+como+seeking+capacitado+own-clients+repit+consultation+relative-clause+wanted+asks-too+programs-for+hand-out+lacking-needs+lacked+asked+given+sums+meal-times+delivered+activities-for+premises+projects+street-art+amounts+asks-anyone+times+too-small+looking-for+audience-of+ages+wages+colons+shortfall+lend+own-people-need+stall+place-to-send+and-for+own-people+overlapping-lists+packed-facts+packed-asks+shares+service-language+run-short+rates+wishes-where-offers-go+holds+clock-times+sexes+sums-of-money+taught-heading+lexa+lexb+takers+drives+lexc+haul+dash+senses+words6+words7+short-on+group-of+outings+questions+borrow+few+print-run+grown+seeks-it-too+lent-things+your-logo+gifted+curricula+no-mentor-training+surplus+wordvec+snacks-no-meal+glossaries+offers-itself+who-each-need+garden-no-venue+shortest-of+need-fixing+worries+for-lack-of+never-done+creatives+want-to-learn+sport-activity+lex17a+broken-cues+lex17c+supply-verb+lex17d+buyers+lex18a+lender+shoutout+mentions+cues18+second-ask"

func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return string(folder.Filter([]byte(s)))
		}
	}
	return s
}

func splitWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// atoi is strconv.Atoi for words that are all digits: most words are not
// numbers, and the error Atoi makes for each would be an allocation.
func atoi(w string) (int, bool) {
	if w == "" || !isNumber(w) {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isStopWord(w, lang string) bool {
	if len(w) == 1 {
		return true
	}
	switch lang {
	case "", "en":
		return english.IsStopWord(w)
	case "fr":
		return french.IsStopWord(w)
	case "es":
		return spanish.IsStopWord(w)
	}
	return false
}

// Stems returns just the stems of Analyze(text, lang).
func Stems(text, lang string) []string {
	toks := Analyze(text, lang)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Stem
	}
	return out
}
