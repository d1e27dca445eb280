package scoring

import (
	"slices"
	"strings"
)

// Offers often open with who gives before what is given: "Grocer on Main:
// our walk-in freezer has room after inventory Sunday", "Northside Middle
// School - court & stands rentable evenings", "CPA firm gives 10 pro bono
// hours a month", "La salle des Chevaliers de Colomb prête ses chaises",
// "La ferretería del barrio presta equipo de jardinería". The provider's
// name says what it is; what follows its label or its giving verb is what
// it gives, and is a head of the offer too.

// givenFrom returns the position (as Analyze counts them, from 1) of the
// first word of what an offer gives after a provider named first, or 0:
// after a short label ended by a colon or a dash when the provider speaks
// of its own ("Grocer on Main: our walk-in freezer..."), or after the first
// giving verb when it is not the first word ("CPA firm gives 10 pro bono
// hours"). A label followed by anything else is a service's name and its
// description ("Counseling: Provides individual and group therapy"), as a
// directory lists them: what the description mentions is not given apart.
func givenFrom(text string, words []string) int {
	if label := labelWords(text); label > 0 {
		if label+1 < len(words) && possessives[words[label]] {
			return label + 1
		}
		return 0
	}
	for i, w := range words {
		if providingWords[w] {
			if i == 0 || i+1 == len(words) || words[i+1] == "back" {
				return 0 // "we give back 20% of sales" gives no sales
			}
			return i + 2
		}
	}
	return 0
}

// labelWords returns how many words come before a colon or a spaced dash
// that ends a label of at most maxLabelWords words opening text, or 0.
func labelWords(text string) int {
	end := -1
	for _, sep := range []string{":", " - ", " – ", " — "} {
		if i := strings.Index(text, sep); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return 0
	}
	n := len(splitWords(text[:end]))
	if n > maxLabelWords {
		return 0
	}
	return n
}

const maxLabelWords = 6

// maxGivenWords bounds the offers read this way: one line saying who gives
// what. A directory's description of an agency's services ("Counseling:
// Provides individual and group therapy...") names the service first, and
// reading every thing it mentions after as given would make a large agency
// meet everyone.
const maxGivenWords = 20

// providingWords say that the subject before them gives what follows.
var providingWords = fieldSet("gives give lends lend loans loan donates donate offers offer shares share provides provide rents has have awards sends runs " +
	"prête prêtent offre offrent donne donnent fournit fournissent loue louent partage partagent dispose disposent " +
	"presta prestan ofrece ofrecen dona donan regala regalan tiene tienen renta rentan alquila alquilan comparte comparten brinda brindan manda mandan")

// givenHeads adds to an offer's heads the resources it names after
// givenFrom, in the first segment from there that names something ("offers
// to review and edit funding proposals"), when the provider before
// names something too: the walk-in freezer is a head
// of "Grocer on Main: our walk-in freezer...", beside the grocer.
func (lx *Lexicon) givenHeads(ph *Phrase, hits []Hit, cl clauses, lang string, words []string) {
	if len(words) > maxGivenWords {
		return // a description of many services: see maxGivenWords
	}
	from := givenFrom(ph.Text, words)
	if from == 0 {
		return
	}
	var given []Hit
	provider := false
	seg := -1 // the first segment from there that names something
	for _, h := range hits {
		if start := spanStart(h.Span); start >= from && (seg < 0 || cl.segment(start) < seg) {
			seg = cl.segment(start)
		}
	}
	for _, h := range hits {
		switch start := spanStart(h.Span); {
		case start < from:
			provider = true
		case cl.segment(start) == seg && lx.Concepts[h.Concept].Kind == KindResource:
			// What is given, not whom it is for or what they do:
			// "Immigration help: we assist families who want to
			// sponsor relatives" gives no sponsorship.
			given = append(given, h)
		}
	}
	if !provider || len(given) == 0 {
		return
	}
	heads, _ := lx.heads(given, cl, lang, roleOffer)
	for _, c := range heads {
		if !slices.Contains(ph.Heads, c) {
			ph.Heads = append(ph.Heads, c)
			ph.Others = slices.DeleteFunc(ph.Others, func(o int) bool { return o == c })
		}
	}
}
