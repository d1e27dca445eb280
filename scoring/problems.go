package scoring

import (
	"slices"
	"unicode"
)

// Needs are not always written as "need X". Many say who lacks what, or
// describe the trouble: "Kids at our camp need eye exams", "Moms in our job
// program can't attend without someone watching their kids", "Our books are
// a mess, nobody on staff knows QuickBooks", "Nuestro albergue necesita
// comida", "Nos aînés n'ont pas de moyen pour se rendre à l'épicerie". What
// such a need names before the word that says what is sought or lacking is
// whom or what the trouble is about; what it names from that word on is
// what it asks for.

// lackAt returns the position (as Analyze counts them, from 1) of the first
// word of a need that says what follows it is sought or lacking ("need",
// "looking for", "can't", "nobody", "cherche", "il faut", "n'ont
// pas", "personne", "necesita", "no tienen", "nadie"), or 0. "Without",
// "sans" and "sin" are left out: "préstamos pequeños sin número de seguro
// social" asks for loans, not for papers. A word that belongs to a
// relative clause ("kids who need help", "familles qui
// n'ont pas", "personas que no tienen") says what others lack, not what is
// asked: it does not count, nor does anything after it.
func lackAt(words []string) int {
	for i, w := range words {
		prev, next := around(words, i)
		if relativeWords[w] || w == "quienes" {
			return 0
		}
		lack := false
		switch {
		case lackWords[w]:
			lack = true
		case w == "need" || w == "needs" || w == "needing":
			lack = prev == "" || !notSeekingNeed[prev] && !needNouns[next]
		case w == "looking" || w == "searching":
			lack = next == "for"
		case w == "can" || w == "don" || w == "didn" || w == "doesn" || w == "won":
			lack = next == "t" // "can't", "don't", split at the apostrophe
		case w == "no":
			// "no one", "no place", "no way"; "no tienen", "no hay", "no
			// nos alcanza"
			lack = lackAfterNo[next]
		case w == "besoin":
			lack = besoinVerbs[prev]
		case w == "recherche":
			lack = seekingPhrase(words, i)
		case w == "personne":
			lack = next == "ne" || next == "n"
		case w == "pas":
			lack = prev == "ont" || prev == "a" || prev == "avons" || prev == "sait" || prev == "savons" || prev == "peut" || prev == "peuvent" || prev == "pouvons"
		}
		if lack {
			return i + 1
		}
	}
	return 0
}

var (
	// lackWords say on their own that what follows is sought or lacking.
	lackWords = fieldSet("seeking seeks seek want wants require requires lack lacks lacking cannot unable nobody noone nowhere never " +
		"cherche cherchent cherchons faut manque manquent manquons jamais rien aucun aucune " +
		"busca buscan buscamos buscando necesita necesitan necesitamos falta faltan nadie nunca ningún ninguna ninguno")
	nobodyWords = fieldSet("nobody noone nadie personne")
	amongWords  = fieldSet("on in among at of dans parmi de en entre del")
	lackAfterNo = fieldSet("one place way tienen tiene tenemos hay nos sabe saben sabemos podemos pueden conocen conoce")
)

// lackedHeads reads a need that says who lacks what: when lackAt finds the
// word after which it asks, and something it names (not a mere topic)
// comes from there on, the heads are read among those, and what it names
// before only says whom or what the need is about. It returns ok false
// when the need is not read that way.
func (lx *Lexicon) lackedHeads(hits []Hit, cl clauses, lang string, words []string) (heads, others []int, ok bool) {
	at := lackAt(words)
	if at <= 1 {
		return nil, nil, false
	}
	var before, after []Hit
	asked := false
	for _, h := range hits {
		if spanEnd(h.Span) < at {
			before = append(before, h)
			continue
		}
		after = append(after, h)
		asked = asked || lx.Concepts[h.Concept].Kind != KindTopic
	}
	if len(before) == 0 || !asked {
		return nil, nil, false
	}
	if nobodyWords[words[at-1]] {
		// "nobody on staff knows WordPress", "nadie en el equipo sabe":
		// the people right after are who lack it, not what is sought.
		after = slices.DeleteFunc(after, func(h Hit) bool {
			start := spanStart(h.Span)
			return (lx.Concepts[h.Concept].Kind == KindGroup || lx.peopleConcept(h.Concept)) && start > at && start <= at+3 && at < len(words) && amongWords[words[at]]
		})
		if len(after) == 0 {
			return nil, nil, false
		}
	}
	heads, others = lx.heads(after, cl, lang, roleNeed)
	if len(heads) == 0 {
		return nil, nil, false
	}
	for _, h := range before {
		others = append(others, h.Concept)
	}
	return heads, others, true
}

// askedTokens adds to the tokens of a need the place or the transport its
// question words ask for, and the money a sum names, where the words
// themselves name none: "Where can
// we put frozen turkeys?" asks for somewhere to put them, "How do we get 25
// kids from the school to the museum?" and "Seniors can't get to the
// pantry" for transport, "Nos aînés n'ont pas de moyen pour se rendre à
// l'épicerie" and "¿Cómo llegamos a la clínica?" too. The added token sits
// at the question word's position, so the lexicon's own phrases ("somewhere
// to put", "endroit pour ranger", "lugar para guardar", "transport") read
// it.
func askedTokens(text string, words []string, toks []Token, lang string) ([]Token, asked) {
	var add []Token
	a := asked{stems: map[string]bool{}}
	asking := false // a question word or a lack came before
	for i, w := range words {
		switch {
		case whereWords[w] && placeAsked(words[:i], lang):
			// The place sits at the question word and at the next
			// content words, where what is to be done there is named:
			// "where can our seniors group bake" is somewhere to bake.
			place := Stem(placeWords[lang], lang)
			add = append(add, Token{Stem: place, Pos: i + 1})
			n := 0
			for _, t := range toks {
				if t.Pos > i+1 && n < placeReach {
					add = append(add, Token{Stem: place, Pos: t.Pos})
					n++
				}
			}
			a.stems[place] = true
			a.at = append(a.at, i+1)
		case asking && movedTo(words, i, lang):
			moved := Stem(transportWords[lang], lang)
			add = append(add, Token{Stem: moved, Pos: i + 1})
			a.stems[moved] = true
			a.at = append(a.at, i+1)
			asking = false
		}
		if howWords[w] || lackWords[w] || w == "t" || w == "pas" || w == "no" {
			asking = true
		}
	}
	for _, at := range sumsAt(text) {
		// "We're $4,000 short", "Il nous manque 10 000 $": a sum is money.
		add = append(add, Token{Stem: Stem(moneyWords[lang], lang), Pos: at})
	}
	if len(add) == 0 {
		return toks, asked{}
	}
	out := append(slices.Clone(toks), add...)
	slices.SortStableFunc(out, func(a, b Token) int { return a.Pos - b.Pos })
	return out, a
}

// asked is what askedTokens added: the stems, and the positions of the
// words that ask.
type asked struct {
	stems map[string]bool
	at    []int
}

// placeReach is how many content words after a question word of place
// may say what is to be done there.
const placeReach = 3

// askedHead makes what a question word asks for the head of a need: "where
// can our seniors bake pies" asks for a kitchen, not pies. It is the
// resource of the longest trigger read with a token askedTokens added
// ("somewhere to bake" before "somewhere") or with the asking word itself
// ("dónde guardar"); what was the head becomes one of the others. A head
// that is it or narrower stays.
func (lx *Lexicon) askedHead(ph *Phrase, lang string, a asked) {
	best := -1
	for i, h := range ph.Hits {
		if lx.Concepts[h.Concept].Kind != KindResource {
			continue
		}
		if !slices.ContainsFunc(Stems(h.Trigger, lang), func(s string) bool { return a.stems[s] }) &&
			!slices.ContainsFunc(a.at, func(p int) bool { return slices.Contains(h.Span, p) }) {
			continue
		}
		if best < 0 || h.Words > ph.Hits[best].Words || h.Words == ph.Hits[best].Words && spanStart(h.Span) < spanStart(ph.Hits[best].Span) {
			best = i // the longest, then the nearest the asking word
		}
	}
	if best < 0 {
		return
	}
	c := ph.Hits[best].Concept
	if slices.ContainsFunc(ph.Heads, func(h int) bool { return h == c || lx.isAncestor(c, h) }) {
		return // "rides to get to job interviews" already asks for it
	}
	others := append(ph.Heads[:0:0], ph.Heads...)
	for _, o := range ph.Others {
		if o != c {
			others = append(others, o)
		}
	}
	ph.Heads, ph.Others = []int{c}, others
}

var (
	whereWords     = fieldSet("where où dónde donde")
	howWords       = fieldSet("how comment cómo need needs")
	placeWords     = map[string]string{"en": "somewhere", "fr": "endroit", "es": "lugar"}
	transportWords = map[string]string{"en": "transport", "fr": "transport", "es": "transporte"}
	moneyWords     = map[string]string{"en": "dollars", "fr": "dollars", "es": "dólares"}
	// notKnowing may come before a question word that opens what is
	// asked: "no idea where to store", "on ne sait pas où ranger", "no
	// sabemos dónde guardar".
	notKnowing = fieldSet("need needs know knows sure idea find sais sait savons cherche cherchons sé sabe sabemos saben tenemos tienen tiene buscamos necesitamos")
)

// placeAsked reports whether a question word after before opens what a
// need asks: nothing but small words, lacks and not knowing come before
// it ("Where can we...", "No idea where to...", "no tenemos dónde").
func placeAsked(before []string, lang string) bool {
	for _, w := range before {
		if !isStopWord(w, lang) && !notKnowing[w] && !lackWords[w] && w != "t" {
			return false
		}
	}
	return true
}

// movedTo reports whether the word at i moves people or things somewhere:
// "get ... to", "get ... from", "se rendre à", "llegar a", "llevar ... al".
func movedTo(words []string, i int, lang string) bool {
	w := words[i]
	switch lang {
	case "fr":
		if w == "rendre" && i > 0 && (words[i-1] == "se" || words[i-1] == "nous" || words[i-1] == "s") {
			return towards(words, i, 2, "à au aux chez jusqu")
		}
		return (w == "aller" || w == "amener" || w == "transporter" || w == "emmener") && towards(words, i, 5, "à au aux chez jusqu")
	case "es":
		return (w == "llegar" || w == "llegamos" || w == "llevar" || w == "llevamos" || w == "trasladar" || w == "transportar" || w == "ir") &&
			towards(words, i, 6, "al hasta del") && !(i+1 < len(words) && words[i+1] == "a" && i+2 < len(words) && words[i+2] == "cabo")
	}
	return (w == "get" || w == "getting" || w == "move" || w == "take" || w == "transport" || w == "haul" || w == "shuttle") && towards(words, i, 6, "to from")
}

// towards reports whether one of the words of dest comes within n words
// after i, with no word between that makes the move a figure of speech
// ("get the word out to", "get involved").
func towards(words []string, i, n int, dest string) bool {
	set := fieldSet(dest)
	for j := i + 1; j < len(words) && j <= i+n; j++ {
		if figurative[words[j]] {
			return false
		}
		if set[words[j]] {
			return true
		}
	}
	return false
}

var figurative = fieldSet("word message news out involved started ready better back know part care cabo utile")

// sumsAt returns the positions (as Analyze counts them, from 1) of the
// numbers of text that a currency sign marks as sums of money: "$4,000",
// "10 000 $", "500 €".
func sumsAt(text string) []int {
	var at []int
	pos, inWord := 0, false
	lastDigits := false // the word before was a number
	pending := false    // a sign waits for the number after it
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !inWord {
				pos++
				inWord = true
				if pending && unicode.IsDigit(r) && (len(at) == 0 || at[len(at)-1] != pos) {
					at = append(at, pos)
				}
				pending = false
				lastDigits = unicode.IsDigit(r)
			} else if !unicode.IsDigit(r) {
				lastDigits = false
			}
			continue
		}
		inWord = false
		switch {
		case r == '$' || r == '€' || r == '£':
			if lastDigits && pos > 0 && (len(at) == 0 || at[len(at)-1] != pos) {
				at = append(at, pos) // "10 000 $"
			} else {
				pending = true // "$4,000"
			}
		case r != ' ' && r != ',' && r != '.' && r != '\u00a0':
			pending = false
		}
	}
	return at
}
