package scoring

import (
	"math"
	"sort"
)

// PhraseMatch is how well one offer meets one need, with the concept that
// links them when there is one.
type PhraseMatch struct {
	Strength float64
	Concept  int // -1 when the evidence is shared words only
	Shared   []string
}

// MatchPhrases scores how well offer meets need, in [0, 1]: through linked
// head concepts (same, narrower, met_by, broader), else through shared
// specific words, capped because words without a concept are weak evidence.
func (lx *Lexicon) MatchPhrases(need, offer *Phrase) PhraseMatch {
	best := PhraseMatch{Concept: -1}
	for _, nc := range need.Heads {
		for _, oc := range offer.Heads {
			if s := lx.Meets(nc, oc); s > best.Strength {
				best = PhraseMatch{Strength: s, Concept: nc}
			}
		}
	}
	// What a phrase mentions besides its head may still be what a partner
	// can use ("a hall with a kitchen"), but it is weaker evidence.
	for _, nc := range append(need.Heads, need.Others...) {
		for _, oc := range append(offer.Heads, offer.Others...) {
			if contains(need.Heads, nc) && contains(offer.Heads, oc) {
				continue
			}
			if lx.Concepts[nc].Kind != KindResource || lx.Concepts[oc].Kind != KindResource {
				continue
			}
			if s := w.secondaryConcept * lx.Meets(nc, oc); s > best.Strength {
				best = PhraseMatch{Strength: s, Concept: nc}
			}
		}
	}
	if best.Strength > 0 && sharesAny(need.Others, offer.Others, lx) {
		best.Strength = math.Min(1, best.Strength+w.modifierBonus)
	}
	shared := sharedStems(need, offer)
	if len(shared) > 0 {
		// The share of the need's specific words the offer repeats.
		specific := 0
		for s := range need.stems {
			if !generic[s] {
				specific++
			}
		}
		lex := w.lexicalCap * float64(len(shared)) / float64(max(specific, 1))
		if lex > best.Strength && !conflictingHeads(need, offer, lx) {
			best = PhraseMatch{Strength: lex, Concept: -1}
		}
		best.Shared = shared
	}
	if need.Inferred || offer.Inferred {
		best.Strength *= w.inferredDiscount
	}
	return best
}

// conflictingHeads reports whether both phrases name head concepts of the
// same kind that do not meet: "food storage" and "food donations" share a
// word but are different kinds of help.
func conflictingHeads(need, offer *Phrase, lx *Lexicon) bool {
	return len(need.Heads) > 0 && len(offer.Heads) > 0 &&
		lx.Concepts[need.Heads[0]].Kind == lx.Concepts[offer.Heads[0]].Kind
}

func sharesAny(a, b []int, lx *Lexicon) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || lx.isAncestor(x, y) || lx.isAncestor(y, x) {
				return true
			}
		}
	}
	return false
}

func sharedStems(a, b *Phrase) []string {
	var out []string
	for s := range a.stems {
		if b.stems[s] && !generic[s] {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// Match is one need of the receiver met by one offer of the giver.
type Match struct {
	Need, Offer *Phrase
	PhraseMatch
}

// Coverage is how much of receiver's needs giver's offers meet, in [0, 1],
// with the best offer for each need. Each met need adds coverageStep of what
// is still unmet, so one strong match counts and more count more.
func (lx *Lexicon) Coverage(receiver, giver *Profile) (float64, []Match) {
	unmet := 1.0
	var matches []Match
	for i := range receiver.Needs {
		need := &receiver.Needs[i]
		var best Match
		for j := range giver.Offers {
			m := lx.MatchPhrases(need, &giver.Offers[j])
			if m.Strength > best.Strength {
				best = Match{Need: need, Offer: &giver.Offers[j], PhraseMatch: m}
			}
		}
		if best.Strength < w.minExchange {
			continue
		}
		matches = append(matches, best)
		unmet *= 1 - w.coverageStep*best.Strength
	}
	return 1 - unmet, matches
}

// combineDirections turns the two coverages into complementarity: mostly the
// geometric mean, so that a partnership where only one side gains scores
// well below a mutual one.
func combineDirections(ab, ba float64) float64 {
	return w.mutualShare*math.Sqrt(ab*ba) + (1-w.mutualShare)*math.Max(ab, ba)
}

// Competition is how much two profiles need and offer the same things, in
// [0, 1]. Both must overlap: two nonprofits that both need volunteers but
// offer different things are not rivals.
func (lx *Lexicon) Competition(a, b *Profile) float64 {
	return headOverlap(a.Needs, b.Needs) * headOverlap(a.Offers, b.Offers)
}

func headOverlap(x, y []Phrase) float64 {
	hx, hy := headSet(x), headSet(y)
	if len(hx) == 0 || len(hy) == 0 {
		return 0
	}
	both := 0
	for c := range hx {
		if hy[c] {
			both++
		}
	}
	return float64(both) / float64(max(len(hx), len(hy)))
}

func headSet(ps []Phrase) map[int]bool {
	m := map[int]bool{}
	for _, p := range ps {
		for _, c := range p.Heads {
			m[c] = true
		}
	}
	return m
}

// MatchTexts scores how well an offer meets a need given as plain texts,
// each in its own language (ISO 639-1; "" means English).
func (lx *Lexicon) MatchTexts(need, needLang, offer, offerLang string) PhraseMatch {
	if needLang == "" {
		needLang = "en"
	}
	if offerLang == "" {
		offerLang = "en"
	}
	n := lx.phrase(need, needLang, false)
	o := lx.phrase(offer, offerLang, false)
	return lx.MatchPhrases(&n, &o)
}

// Explain lists the concepts found in a text, its head first, for people
// tuning the lexicon.
func (lx *Lexicon) Explain(text, lang string) []string {
	ph := lx.phrase(text, lang, false)
	var out []string
	for _, c := range ph.Heads {
		out = append(out, "*"+lx.Concepts[c].ID)
	}
	for _, c := range ph.Others {
		out = append(out, lx.Concepts[c].ID)
	}
	return out
}
