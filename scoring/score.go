package scoring

import (
	"math"
	"sort"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// Graph facts about a candidate that scoring cannot see in profiles alone.
type Graph struct {
	// Centrality of the candidate in the partners graph, in [0, 1]: 1 for the
	// best-connected organization of the directory.
	Centrality float64
	// Partners is the candidate's number of partner links.
	Partners int
	// Corpus weighs shared words by rarity; nil weighs them all alike.
	Corpus Corpus
}

// Evaluation is everything scoring found about one pair: the suggestion as
// the data format defines it, and the evidence behind it.
type Evaluation struct {
	Suggestion  partnermatch.Suggestion
	Gives       []Match // a's needs met by b's offers
	Receives    []Match // b's needs met by a's offers
	Shared      []int   // concepts of shared purpose
	Competition float64
	// Rivals: they need and offer so much the same things (Competition at
	// least the rivalry weight) that they are not suggested to each other.
	Rivals bool
	// Lender: one of them is a fringe lender (payday, title or cash-advance
	// loans, cheque cashing), whom the engine suggests to nobody.
	Lender bool
	// PaysInMentions: b offers only to be seen with a (a post, a tag, a
	// logo in its program) and asks for most of what it needs free.
	PaysInMentions bool
	Within         bool // within both service radii, or no location to judge by
	HasDistance    bool
	Distance       float64
}

// Evaluate scores b as a partner for a. It does not apply the hard rules
// (self, avoid, partners, reach, rivals, lenders): that is the engine's
// job, and Within, Rivals and Lender say whether b is in reach, a rival,
// or either a fringe lender.
func (lx *Lexicon) Evaluate(a, b *Profile, g Graph) Evaluation {
	ev := lx.Score(a, b, g)
	lx.AddReasons(a, b, &ev, g)
	return ev
}

// Score is Evaluate without the suggestion's exchanges and reasons, which
// AddReasons adds: an engine scores many candidates and explains the few it
// returns.
func (lx *Lexicon) Score(a, b *Profile, g Graph) Evaluation {
	var ev Evaluation
	gives, receives := lx.bestMatches(a, b), lx.bestMatches(b, a)
	lx.discountLikeForLike(gives, receives)
	ab, gives := coverage(gives)
	ba, receives := coverage(receives)
	ev.Gives, ev.Receives = gives, receives
	oneWay := oneWayFor(a, b)
	comp := combineFor(oneWay, ab, ba)
	// Shared rare words between needs and offers are weaker evidence than
	// concepts but catch what the lexicon lacks.
	lex := combineFor(oneWay, cosine(bag(a.Needs), bag(b.Offers), g.Corpus), cosine(bag(b.Needs), bag(a.Offers), g.Corpus))
	comp = 1 - (1-comp)*(1-w.lexicalComplement*lex)
	align, shared := lx.Alignment(a, b, g.Corpus)
	ev.Shared = shared
	ev.Competition = lx.Competition(a, b)
	ev.Rivals = ev.Competition >= w.rivalry
	ev.Lender = a.FringeLender || b.FringeLender
	// Words used alike say what the lexicon could not, but rivals use
	// the same words for what they both sell.
	soft := combineFor(oneWay, vectorCoverage(a.Needs, b.Offers), vectorCoverage(b.Needs, a.Offers))
	share := w.vectorComplement
	if a.Org.Lang() != "en" || b.Org.Lang() != "en" {
		share = w.vectorComplementTranslated
	}
	comp = 1 - (1-comp)*(1-share*soft*(1-ev.Competition))

	prox := 0.0
	ev.Within = true
	if d, ok := Distance(a.Org, b.Org); ok {
		ev.HasDistance, ev.Distance = true, d
		reach := Reach(a.Org, b.Org)
		prox = Proximity(d, reach)
		ev.Within = d <= reach
	}
	reach := 0.0
	if lx.needsReach(a) {
		reach = g.Centrality
	}

	// Rivals share a purpose too; theirs is no reason to partner.
	rivalAlign := align * (1 - ev.Competition)
	base := (w.complementarityWeight*comp + w.alignmentWeight*rivalAlign + w.reachWeight*reach) /
		(w.complementarityWeight + w.alignmentWeight + w.reachWeight)
	base *= 1 - w.competitionPenalty*ev.Competition
	ev.PaysInMentions = lx.paysInMentions(b)
	if ev.PaysInMentions || onlyTakesForFree(a, gives, receives) {
		base *= w.freeTaker
	}
	score := base * (w.proximityFloor + (1-w.proximityFloor)*prox)

	s := &ev.Suggestion
	s.ID, s.Name, s.Sector = b.Org.ID, b.Org.Name, b.Org.Sector
	s.Score = round(clamp01(score))
	s.Components = partnermatch.Components{
		Alignment: round(clamp01(align)), Complementarity: round(clamp01(comp)),
		Proximity: round(prox), Reach: round(reach),
	}
	if ev.HasDistance {
		d := math.Round(ev.Distance*10) / 10
		s.DistanceKM = &d
	}
	return ev
}

// AddReasons adds to ev, which Score returned for the same a, b and g, the
// suggestion's exchanges and reasons.
func (lx *Lexicon) AddReasons(a, b *Profile, ev *Evaluation, g Graph) {
	s := &ev.Suggestion
	gives, receives := ev.Gives, ev.Receives
	s.Exchanges = make([]partnermatch.Exchange, 0, len(gives)+len(receives))
	for _, m := range gives {
		s.Exchanges = append(s.Exchanges, lx.exchange(b.Org.ID, a.Org.ID, m))
	}
	for _, m := range receives {
		s.Exchanges = append(s.Exchanges, lx.exchange(a.Org.ID, b.Org.ID, m))
	}
	s.Reasons = lx.reasons(a, b, ev, g)
}

func (lx *Lexicon) exchange(from, to string, m Match) partnermatch.Exchange {
	x := partnermatch.Exchange{From: from, To: to, Offer: m.Offer.Text, Need: m.Need.Text,
		Strength: round(m.Strength), Inferred: m.Need.Inferred || m.Offer.Inferred, Via: m.Via}
	if c := lx.linkingConcept(m); c >= 0 {
		x.Concept = lx.Concepts[c].Label
	}
	return x
}

// oneWayFor reports whether b is measured by one-way coverage in a's list
// (combineFor): a lists needs and no offers, so it can only ask.
//
// An organization that lists offers and no needs is not: directories
// converted from service listings give every organization offers and no
// needs, and exempting givers from the one-sided discount there ranked
// worse (San Mateo hit@10 0.857 -> 0.714, nDCG@10 0.267 -> 0.199; acadie
// and estrie lower too, yakima higher). Both lists are read from the
// phrases, not from Org: a profile unpacked from an index keeps only the
// phrases, and suggest and explain must score alike.
func oneWayFor(a *Profile, _ *Profile) bool {
	return a.onlyAsks()
}

// onlyAsks reports whether the organization lists needs and no offers.
func (p *Profile) onlyAsks() bool {
	return listed(p.Offers) == 0 && listed(p.Needs) > 0
}

// listed counts the phrases the organization wrote, not those inferred
// from its mission.
func listed(ps []Phrase) int {
	n := 0
	for i := range ps {
		if !ps[i].Inferred {
			n++
		}
	}
	return n
}

// needsReach reports whether a needs introductions, trust or outreach: what
// a well-connected gatekeeper brings.
func (lx *Lexicon) needsReach(a *Profile) bool {
	for _, ph := range a.Needs {
		for _, c := range ph.Heads {
			if lx.isReachConcept(c) {
				return true
			}
		}
	}
	return false
}

// isReachConcept reports whether a need of concept c is one that who you
// know can meet: introductions, trust, outreach (the network family), or
// people to reach (any group).
func (lx *Lexicon) isReachConcept(c int) bool {
	return lx.Concepts[c].Kind == KindGroup || lx.inFamily(c, "network.")
}

// inFamily reports whether c or one of its ancestors has an id starting
// with prefix.
func (lx *Lexicon) inFamily(c int, prefix string) bool {
	for _, x := range lx.lineage[c] {
		if strings.HasPrefix(lx.Concepts[x].ID, prefix) {
			return true
		}
	}
	return false
}

// onlyTakesForFree reports whether b meets none of a's needs while every
// need of b's that a meets asks for it free of charge: a request for
// support ("free printing of 5,000 flyers", for a thank-you), not a
// partnership. Asking for donations is not enough: that is what a food bank
// does. Nor is it a request when a asks for nothing, or gives the thing
// free anyway ("beds given free of charge to families"): taking it free
// is what the offer is for.
func onlyTakesForFree(a *Profile, gives, receives []Match) bool {
	if len(a.Needs) == 0 || len(gives) > 0 || len(receives) == 0 {
		return false
	}
	for _, m := range receives {
		if !asksGratis(m.Need) || asksGratis(m.Offer) {
			return false
		}
	}
	return true
}

// paysInMentions reports whether every offer of p the lexicon can read is
// a way of being seen (exposure, a shout-out, posts to its followers, a
// logo in its printed program) and at least half of its needs ask for
// things free: an influencer or a gala committee that wants free catering
// in return for a mention. Invitations to openings and tastings are asked
// free too. Its posts may reach people, but what it asks
// for is support, not a partnership; a radio station that offers airtime
// and looks for sponsors is not one.
func (lx *Lexicon) paysInMentions(p *Profile) bool {
	read, tokens := 0, 0
	for i := range p.Offers {
		for _, c := range p.Offers[i].Heads {
			if !lx.inFamily(c, "visibility.") {
				return false
			}
			read++
			if lx.inFamily(c, tokenConcept) {
				tokens++
			}
		}
	}
	if read == 0 || len(p.Needs) == 0 {
		return false
	}
	free := 0
	for i := range p.Needs {
		// Volunteers are unpaid whoever asks; who pays in logos and
		// thank-yous also asks for donations in return: those are free
		// too.
		if asksGratis(&p.Needs[i]) || p.Needs[i].asks&askUnpaid != 0 || tokens > 0 && p.Needs[i].asks&askFree != 0 || hasWord(&p.Needs[i], invitedWords) {
			free++
		}
	}
	return 2*free >= len(p.Needs)
}

// invitedWords: see paysInMentions.
var invitedWords = fieldSet("invitations invitation invites invitaciones invitación")

func clamp01(x float64) float64 { return math.Max(0, math.Min(1, x)) }

// round rounds x to 3 decimals. Sums over maps add in no fixed order, so
// the same pair can come out a few units of the last place apart: x is
// first snapped to 9 decimals so that such noise never flips the third
// (a score of exactly 0.1245 is not 0.124 one time and 0.125 the next).
func round(x float64) float64 { return math.Round(math.Round(x*1e9)/1e6) / 1000 }

// Rank sorts suggestions best first, breaking ties by id so that results are
// stable.
func Rank(s []partnermatch.Suggestion) {
	sort.SliceStable(s, func(i, j int) bool { return Better(&s[i], &s[j]) })
}

// Better reports whether x ranks before y (see Rank).
func Better(x, y *partnermatch.Suggestion) bool {
	if x.Score != y.Score {
		return x.Score > y.Score
	}
	return x.ID < y.ID
}
