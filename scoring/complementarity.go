package scoring

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// PhraseMatch is how well one offer meets one need, with the concept that
// links them when there is one.
type PhraseMatch struct {
	Strength float64
	Concept  int // -1 when the evidence is shared words only
	Shared   []string
	// Direct is true when the heads of both phrases are what links them,
	// not something one of them only mentions.
	Direct bool
}

// MatchPhrases scores how well offer meets need, in [0, 1]: through linked
// head concepts (same, narrower, met_by, broader), else through shared
// specific words, capped because words without a concept are weak evidence.
func (lx *Lexicon) MatchPhrases(need, offer *Phrase) PhraseMatch {
	best := lx.matchConcepts(&need.PhraseSig, &offer.PhraseSig)
	shared := sharedStems(need, offer)
	if len(shared) > 0 && lx.takes(&offer.PhraseSig) && !lx.takes(&need.PhraseSig) {
		// "pickup of surplus food" shares words with "surplus food for
		// our suppers" and meets it the wrong way round.
		shared = nil
	}
	if len(shared) > 0 {
		// The share of the need's specific words the offer repeats.
		specific := 0
		for s := range need.stems {
			if !generic[s] {
				specific++
			}
		}
		lex := w.lexicalCap * float64(len(shared)) / float64(max(specific, 1))
		if need.Inferred || offer.Inferred {
			lex *= w.inferredDiscount
		}
		if lex > best.Strength && !conflictingHeads(&need.PhraseSig, &offer.PhraseSig, lx) {
			best = PhraseMatch{Strength: lex, Concept: -1}
		}
		best.Shared = shared
	}
	if best.Strength > 0 && offer.priced && !(best.Concept >= 0 && lx.inFamily(best.Concept, workFamily)) {
		// Bought, it meets a need less than given would; not at all one
		// that asks for it free or for a volunteer. A wage named with a
		// job ("seasonal positions at $15/hr") is paid to whoever takes
		// it, no price.
		if need.asks&(askFree|askUnpaid) != 0 {
			best.Strength *= w.pricedForFree
		} else {
			best.Strength *= w.priced
		}
	}
	if best.Strength > 0 && best.Concept >= 0 && slices.ContainsFunc(offer.sought, func(c int) bool {
		return lx.sameFamily(c, best.Concept) || slices.ContainsFunc(need.Heads, func(x int) bool { return lx.sameFamily(c, x) })
	}) {
		// "Free clinic recruiting volunteer RNs" asks for the nurse a
		// "volunteer nurse for our clinic" asks for too.
		best.Strength *= w.seeksItToo
	}
	if best.Strength > 0 && need.when.conflicts(offer.when) {
		best.Strength *= w.otherTimes
	}
	if best.Strength > 0 && (tooSmall(need.size, offer.size, offer.holds) || best.Concept >= 0 && lx.inFamily(best.Concept, "funding.") && tooLittleMoney(need.sum, offer.sum)) {
		best.Strength *= w.tooSmall
	}
	if best.Strength > 0 && best.Concept >= 0 && !lx.inFamily(best.Concept, "volunteers.") && lx.agesOf(need).disjoint(lx.agesOf(offer)) {
		// Volunteers of one age serve people of any other.
		best.Strength *= w.otherAges
	}
	if best.Strength > 0 && best.Concept >= 0 && !lx.inFamily(best.Concept, "volunteers.") && need.sexes.other(offer.sexes) {
		// A shelter for men does not take women fleeing violence.
		best.Strength *= w.otherAges
	}
	switch {
	case best.Concept >= 0 && lx.aboutLanguages(best.Concept):
		if need.tongues.named != 0 && offer.tongues.named != 0 && need.tongues.named&offer.tongues.named == 0 {
			// "English classes" are not met by "clases de español", nor
			// "interpreters in Spanish" by "Arabic interpretation".
			best.Strength *= w.otherSubjectLanguage
		}
	case best.Strength > 0 && need.tongues.foreign != 0 && offer.tongues.named != 0 && need.tongues.foreign&offer.tongues.named == 0:
		// "An Arabic-speaking counsellor" is not met by "our counsellors
		// work in English and Somali": the help is right, but not in a
		// language the people it is for speak.
		best.Strength *= w.otherServiceLanguage
	}
	if best.Strength == 0 && len(best.Shared) == 0 && !lx.takes(&offer.PhraseSig) && !lx.takes(&need.PhraseSig) {
		// Where neither concepts nor shared words say anything, words
		// used alike in English ("cooler" and "refrigerated") are a
		// hint, never enough for an exchange.
		best.Strength = w.vectorHint * vectorSimilarity(need.vec, offer.vec)
	}
	return best
}

// aboutLanguages reports whether c is a concept whose offers are in some
// language: language classes, interpretation, translation.
func (lx *Lexicon) aboutLanguages(c int) bool {
	return lx.inFamily(c, "education.language_classes") || lx.inFamily(c, "service.interpretation") || lx.inFamily(c, "skill.translation")
}

// languageSet is a set of languages, one bit each (languageBits).
type languageSet uint64

// tongues are the languages a phrase names: all of them, and those other
// than the language it is written in (a French text naming "français" says
// little; one naming "arabe" asks for Arabic).
type tongues struct{ named, foreign languageSet }

// tonguesOf returns the languages a text in lang names.
func tonguesOf(words []string, lang string) tongues {
	named := languagesNamed(words)
	return tongues{named: named, foreign: named &^ languageBits[lang]}
}

// languagesNamed returns the languages a text names ("English", "ESL",
// "español", "arabe"), and those that its people's origins say they speak
// ("Syrian volunteers" speak Arabic).
//
// A language people are said not to speak ("newcomers who don't speak
// English", "non-English speakers", "limited English", "ne parlent pas
// français", "no hablan inglés") is the one help is needed from, not in:
// it is not named.
func languagesNamed(words []string) languageSet {
	var out languageSet
	negated := 0 // words left in which a language is not spoken
	for _, word := range words {
		if notSpeaking[word] {
			negated = 4
			continue
		}
		if negated > 0 {
			negated--
			if _, ok := languageWords[word]; ok {
				continue
			}
		}
		out |= languageWords[word]
	}
	return out
}

// notSpeaking are the words that say a language is not (well) spoken.
var notSpeaking = fieldSet("don t not no non limited little without pas ne peu sin poco")

// languageWords are the words that name a language, or people whose
// origin says which language they speak where the two differ ("Syrian",
// "afghane", "haitianos"); languageBits the set of each ISO 639 code.
var languageWords, languageBits = func() (map[string]languageSet, map[string]languageSet) {
	words, bits := map[string]languageSet{}, map[string]languageSet{}
	// In a fixed order: the bits are stored in indexes.
	for _, l := range []struct{ code, names string }{
		{"en", "english anglais inglés ingles esl esol"},
		{"es", "spanish espagnol español espanol castellano"},
		{"fr", "french français francais francés frances fle"},
		{"ar", "arabic arabe árabe syrian syrien syrienne syriens sirio siria sirios sirias iraqi irakien iraquí sudanese soudanais sudanés yemeni yéménite yemení"},
		{"fa", "farsi persian persan persa dari afghan afghane afghans afghanes afgano afgana afganos iranian iranien iraní"},
		{"ps", "pashto pachto pastún"},
		{"ti", "tigrinya tigrigna tigrinia tigriña eritrean érythréen érythréenne eritreo eritrea"},
		{"am", "amharic amharique amhárico ethiopian éthiopien éthiopienne etíope"},
		{"om", "oromo"},
		{"zh", "mandarin cantonese chinese chinois chinoise chino china mandarín cantonés"},
		{"tl", "tagalog filipino filipina filipinos philippin philippine filipinas"},
		{"pa", "punjabi pendjabi panyabí panjabi"},
		{"so", "somali somalien somalienne somalí"},
		{"uk", "ukrainian ukrainien ukrainienne ucraniano ucraniana"},
		{"ru", "russian russe ruso rusa"},
		{"pt", "portuguese portugais portugués portuguesa brazilian brésilien brasileño brasileña"},
		{"vi", "vietnamese vietnamien vietnamienne vietnamita"},
		{"ko", "korean coréen coréenne coreano coreana"},
		{"hi", "hindi"},
		{"ur", "urdu ourdou"},
		{"bn", "bengali bangla"},
		{"ta", "tamil tamoul"},
		{"gu", "gujarati"},
		{"ne", "nepali népalais nepalí bhutanese"},
		{"sw", "swahili kiswahili suajili"},
		{"ht", "creole créole criollo haitian haïtien haïtienne haitiano haitiana"},
		{"ln", "lingala"},
		{"rw", "kinyarwanda rwandan rwandais"},
		{"wo", "wolof"},
		{"pl", "polish polonais polaco"},
		{"ro", "romanian roumain rumano"},
		{"it", "italian italien italiano"},
		{"de", "german allemand alemán"},
		{"tr", "turkish turc turco"},
		{"ku", "kurdish kurde kurdo"},
		{"my", "burmese birman birmano"},
		{"km", "khmer cambodian cambodgien camboyano"},
		{"hmn", "hmong"},
		{"ja", "japanese japonais japonés"},
		{"he", "hebrew hébreu hebreo"},
		{"el", "greek grec griego"},
		{"qu", "quechua quichua kichwa"},
		{"nah", "nahuatl náhuatl"},
		{"myn", "quiché kiche maya"},
		{"iu", "ojibwe ojibway anishinaabemowin mikmaq inuktitut"},
		{"sgn", "asl lsq lsf"},
	} {
		if len(bits) == 64 {
			panic("languageSet holds 64 languages")
		}
		bit := languageSet(1) << len(bits)
		bits[l.code] = bit
		for _, w := range strings.Fields(l.names) {
			words[w] |= bit
		}
	}
	return words, bits
}()

// matchConcepts is the concept part of MatchPhrases: all that a stored
// signature allows, so the engine can rank candidates before loading them.
func (lx *Lexicon) matchConcepts(need, offer *PhraseSig) PhraseMatch {
	best := PhraseMatch{Concept: -1}
	if lx.takes(offer) {
		// An offer to take things away meets only a need for takers of
		// them: "pickup of unsold food" takes "the food we throw out".
		if !lx.takes(need) {
			return best
		}
		a := lx.matchConcepts(&PhraseSig{Heads: offer.Uses}, &PhraseSig{Heads: need.Uses})
		if b := lx.matchConcepts(&PhraseSig{Heads: need.Uses}, &PhraseSig{Heads: offer.Uses}); b.Strength > a.Strength {
			a = b
		}
		return a
	}
	for _, nc := range need.Heads {
		for _, oc := range offer.Heads {
			if s := lx.Meets(nc, oc); s > best.Strength {
				best = PhraseMatch{Strength: s, Concept: nc, Direct: true}
			}
		}
	}
	if best.Direct && lx.inFamily(best.Concept, "volunteers.") && lx.unmetWork(need, offer) {
		best.Strength *= w.volunteersNotForTheWork
	}
	if best.Direct && lx.accessConcept(best.Concept) && lx.namesOtherPeople(need.Others, offer.Others) {
		// "contacts with other entrepreneurs" and "doors opened at the
		// school board" are both introductions, to different people.
		best.Strength *= w.accessToOthers
	}
	// What a phrase mentions besides its head may still be what a partner
	// can use ("a hall with a kitchen"), but it is weaker evidence.
	teaches := len(offer.Heads) > 0 && lx.teaching[offer.Heads[0]]
	secondary := func(ns, os []int) {
		for _, nc := range ns {
			if lx.Concepts[nc].Kind != KindResource {
				continue
			}
			weight := w.secondaryConcept
			if teaches && !lx.learning[nc] {
				// "carpentry classes" teach carpentry; they do not
				// send "a carpenter for repairs".
				weight *= w.taughtNotGiven
			}
			for _, oc := range os {
				if lx.Concepts[oc].Kind != KindResource {
					continue
				}
				if s := weight * lx.Meets(nc, oc); s > best.Strength {
					best = PhraseMatch{Strength: s, Concept: nc}
				}
			}
		}
	}
	// Only what the offer mentions counts this way: what a need mentions
	// besides its head says what it is for ("rides to medical
	// appointments" does not ask for health care).
	secondary(need.Heads, offer.Others)
	if s, c := lx.reachesGroup(need, offer); s > best.Strength {
		best = PhraseMatch{Strength: s, Concept: c}
	}
	if s, c := lx.peopleOwnAccess(need, offer); s > best.Strength {
		best = PhraseMatch{Strength: s, Concept: c}
	}
	if s, c := lx.introducedTo(need, offer); s > best.Strength {
		best = PhraseMatch{Strength: s, Concept: c}
	}
	if best.Strength > 0 && sharesAny(need.Others, offer.Others, lx) {
		best.Strength = math.Min(1, best.Strength+w.modifierBonus)
	}
	if need.Inferred || offer.Inferred {
		best.Strength *= w.inferredDiscount
	}
	return best
}

// conflictingHeads reports whether both phrases name head concepts that do
// not meet: "food storage" and "food donations" share a word but are
// different kinds of help, "seniors for our tablet class" asks for people
// where "tablet classes for seniors" offers a program like its own, and
// "summer jobs for teens" asks for jobs where "teens looking for summer
// jobs" are people who want them too.
func conflictingHeads(need, offer *PhraseSig, lx *Lexicon) bool {
	if len(need.Heads) == 0 || len(offer.Heads) == 0 {
		return false
	}
	nk, ok := lx.Concepts[need.Heads[0]].Kind, lx.Concepts[offer.Heads[0]].Kind
	return nk == KindResource && ok != KindTopic || nk == KindGroup && ok == KindResource
}

// reachesGroup scores an offer against a need for people: a need whose head
// is a group ("more kids signed up", "reach isolated seniors") asks for
// access to those people. An offer of the same people meets it (the
// lexicon's links do that); so does an offer of access itself, introductions,
// outreach, trust or promotion (what a gatekeeper brings), most of all when
// it names the same people ("introductions to families in the towers"); and
// so does an offer whose head is a related group named the other way round
// (families for a need of children).
func (lx *Lexicon) reachesGroup(need, offer *PhraseSig) (float64, int) {
	if len(need.Heads) == 0 || lx.Concepts[need.Heads[0]].Kind != KindGroup || len(offer.Heads) == 0 {
		return 0, -1
	}
	// Every group a need names is sought ("more women- and newcomer-owned
	// businesses"): the best reached counts.
	best, bestG := 0.0, -1
	for _, g := range need.Heads {
		if lx.Concepts[g].Kind != KindGroup {
			continue
		}
		if s, c := lx.reachesOneGroup(g, offer); s > best {
			best, bestG = s, c
		}
	}
	return best, bestG
}

// reachesOneGroup is reachesGroup for the need's group g.
func (lx *Lexicon) reachesOneGroup(g int, offer *PhraseSig) (float64, int) {
	oh := offer.Heads[0]
	if lx.accessConcept(oh) {
		for _, o := range offer.Others {
			if lx.kin(g, o) {
				return w.accessToSameGroup, g
			}
		}
		return w.accessToAnyone, g
	}
	if lx.Concepts[oh].Kind == KindGroup {
		if lx.kin(g, oh) {
			return w.relatedGroup, g
		}
		// "a housing co-op of 90 units, most families on assistance"
		// offers residents who are the low-income households sought.
		for _, o := range offer.Others {
			if lx.kin(g, o) {
				return w.relatedGroup, g
			}
		}
		return 0, -1
	}
	// "a day program serving 40 adults with developmental delays": who
	// serves the people sought knows them, a little.
	for _, o := range offer.Others {
		if lx.Concepts[o].Kind == KindGroup && (lx.sameFamily(g, o) || lx.metBy[g][o] > 0) {
			return w.servesSameGroup, g
		}
	}
	return 0, -1
}

// peopleOwnAccess scores a need for access to some people ("contact with
// the producers of the area", "introductions to local churches") against
// an offer whose head is those people themselves ("our co-op knows every
// farmer around"): they can open their own doors.
func (lx *Lexicon) peopleOwnAccess(need, offer *PhraseSig) (float64, int) {
	if len(need.Heads) == 0 || !lx.inFamily(need.Heads[0], "network.") || len(offer.Heads) == 0 {
		return 0, -1
	}
	for _, oh := range offer.Heads {
		if lx.Concepts[oh].Kind != KindGroup {
			continue
		}
		for _, g := range need.Others {
			if lx.Concepts[g].Kind == KindGroup && (lx.sameFamily(g, oh) || lx.metBy[g][oh] > 0) {
				return w.relatedGroup, need.Heads[0]
			}
		}
	}
	return 0, -1
}

// introducedTo scores a need for a thing against an offer of introductions
// that names it or whoever has it (the lexicon's met_by_access):
// "introductions to local employers" and "introductions to 300 member
// businesses" meet "employers open to hiring newcomers". The introducer
// opens a door and does not give the thing itself.
func (lx *Lexicon) introducedTo(need, offer *PhraseSig) (float64, int) {
	if len(offer.Heads) == 0 || !lx.inFamily(offer.Heads[0], "network.") {
		return 0, -1
	}
	for _, nc := range need.Heads {
		if lx.Concepts[nc].Kind != KindResource {
			continue
		}
		for _, o := range offer.Others {
			if o == nc || lx.isAncestor(nc, o) {
				return w.introducedTo, nc
			}
			for g := range lx.metByAccess[nc] {
				if lx.sameFamily(g, o) {
					return w.introducedTo * lx.metByAccess[nc][g], nc
				}
			}
		}
	}
	return 0, -1
}

// namesOtherPeople reports whether a need and an offer both name people
// and none of the need's is kin to one of the offer's.
func (lx *Lexicon) namesOtherPeople(need, offer []int) bool {
	named := false
	for _, n := range need {
		if lx.Concepts[n].Kind != KindGroup {
			continue
		}
		for _, o := range offer {
			if lx.Concepts[o].Kind != KindGroup {
				continue
			}
			if lx.kin(n, o) {
				return false
			}
			named = true
		}
	}
	return named
}

// accessConcept reports whether c is a way of reaching people: networks,
// introductions and trust, outreach, promotion and visibility.
func (lx *Lexicon) accessConcept(c int) bool {
	if lx.inFamily(c, tokenConcept) {
		// A thank-you, "exposure", "good vibes": what a taker offers in
		// return for free help reaches nobody a partner needs.
		return false
	}
	return lx.inFamily(c, "network.") || lx.inFamily(c, "visibility.")
}

// sameFamily reports whether a and b are the same concept or one is an
// ancestor of the other.
func (lx *Lexicon) sameFamily(a, b int) bool {
	return lx.family[a*len(lx.Concepts)+b]
}

// kin reports whether two groups are close enough that an offer of one
// reaches the other: same family, or linked by the lexicon in either way.
func (lx *Lexicon) kin(a, b int) bool {
	return lx.sameFamily(a, b) || lx.related[a][b] || lx.metBy[a][b] > 0 || lx.metBy[b][a] > 0
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

// Match is one need of the receiver met by one offer of the giver, or by
// one of the giver's needs: Via says which.
type Match struct {
	Need, Offer *Phrase
	PhraseMatch
	Via string // "" an offer; ViaNeed, ViaBuyer: Offer is a need of the giver
}

// Ways a giver's need can meet a receiver's need.
const (
	// ViaNeed: the giver seeks what the receiver seeks to give (volunteer
	// hours for students meet a club's need for referees).
	ViaNeed = "need"
	// ViaBuyer: the giver needs what the receiver sells, so it is the
	// customer the receiver needs.
	ViaBuyer = "buyer"
	// ViaUser: the giver needs what the receiver wants used (a hall, a
	// kitchen), so it is the user the receiver is looking for.
	ViaUser = "user"
)

// goods reports whether c is a thing handed over (food, equipment and
// supplies), as opposed to a place lent or a service rendered.
func (lx *Lexicon) goods(c int) bool {
	return lx.inFamily(c, "food.") || lx.inFamily(c, "equipment.")
}

// takes reports whether a phrase's head is the users concept with what
// they would use named: a need for takers, or an offer to take.
func (lx *Lexicon) takes(p *PhraseSig) bool {
	return len(p.Heads) > 0 && p.Heads[0] == lx.users && len(p.Uses) > 0
}

// bestMatches returns, for each need of receiver, the offer of giver that
// meets it best, with its strength (0 when none does).
func (lx *Lexicon) bestMatches(receiver, giver *Profile) []Match {
	matches := make([]Match, len(receiver.Needs))
	for i := range receiver.Needs {
		need := &receiver.Needs[i]
		matches[i] = Match{Need: need, PhraseMatch: PhraseMatch{Concept: -1}}
		for j := range giver.Offers {
			if lx.volunteersForPayroll(receiver, giver, need, &giver.Offers[j], giver.Offers[j].Heads) {
				continue
			}
			m := lx.MatchPhrases(need, &giver.Offers[j])
			if m.Strength > matches[i].Strength {
				matches[i] = Match{Need: need, Offer: &giver.Offers[j], PhraseMatch: m}
			}
		}
		for j := range giver.Needs {
			theirs := &giver.Needs[j]
			if s, c := lx.needMeetsNeed(&need.PhraseSig, &theirs.PhraseSig); s > matches[i].Strength && !lx.noWorkFor(need, theirs) {
				matches[i] = Match{Need: need, Offer: theirs, PhraseMatch: PhraseMatch{Strength: s, Concept: c}, Via: ViaNeed}
			}
			if len(need.Heads) == 0 {
				continue
			}
			if len(need.Uses) > 0 {
				if lx.sellsOnGift(receiver, giver, need) || lx.volunteersForPayroll(giver, receiver, theirs, need, need.Uses) {
					continue
				}
				// They need what we want used: they are its users.
				m := lx.matchConcepts(&theirs.PhraseSig, &PhraseSig{Heads: need.Uses})
				if m.Concept >= 0 && slices.ContainsFunc(need.Uses, func(u int) bool { return lx.isAncestor(m.Concept, u) && lx.inFamily(u, "equipment.") }) {
					// A need for "materials" in general is no sign that
					// it would take the clothes a drive gathers (food in
					// general takes any food).
					continue
				}
				if s := lx.buyerWeight(need.Heads[0]) * m.Strength; m.Strength >= w.minExchange && s > matches[i].Strength {
					matches[i] = Match{Need: need, Offer: theirs, PhraseMatch: PhraseMatch{Strength: s, Concept: m.Concept}, Via: ViaUser}
				}
				continue
			}
			bw := lx.buyerWeight(need.Heads[0])
			if bw == 0 || asksForFree(theirs) || lx.takesKindFree(giver, theirs) {
				continue // someone who wants it free is no customer
			}
			if lx.Concepts[need.Heads[0]].Kind == KindGroup && !lx.names(theirs, need.Heads[0]) {
				continue // it would bring people, but not the ones needed
			}
			for k := range receiver.Offers {
				m := lx.MatchPhrases(theirs, &receiver.Offers[k])
				if s := bw * m.Strength; m.Strength >= w.minExchange && s > matches[i].Strength {
					matches[i] = Match{Need: need, Offer: theirs, PhraseMatch: PhraseMatch{Strength: s, Concept: need.Heads[0]}, Via: ViaBuyer}
				}
			}
		}
		if need.Tongue != "" && need.Tongue != giver.Lang {
			// "Du bénévolat en français" is met by a French-speaking
			// organization; another may still help, less.
			matches[i].Strength *= w.otherTongue
		}
	}
	return matches
}

// volunteersForPayroll reports whether offer is skilled volunteers' work
// (its words say volunteer, its work is a skill or technology) that a
// business (receiver) would take for a need that asks for no volunteer
// and nothing free: "volunteer web developers" do not fill a software
// firm's "junior developers", and a civic-tech group's "projects for our
// volunteer coders" are not a firm's hiring. Hands at a harvest or a
// charity run are another matter.
func (lx *Lexicon) volunteersForPayroll(receiver, giver *Profile, need, offer *Phrase, work []int) bool {
	return receiver.Org.Sector == partnermatch.Business && giver.Org.Sector != partnermatch.Business &&
		offer.asks&askUnpaid != 0 && need.asks&(askUnpaid|askFree) == 0 &&
		len(work) > 0 && (lx.inFamily(work[0], "skill.") || lx.inFamily(work[0], "tech."))
}

// sellsOnGift reports whether a business (giver) would take what an
// organization that is not one (receiver) gives away as surplus ("a way to
// get our extra harvest to people who need it"): the grocer would sell it,
// and a community garden means it for people, so theirs is no exchange.
// Surplus a business or a farm wants an outlet for may go to a business.
func (lx *Lexicon) sellsOnGift(receiver, giver *Profile, need *Phrase) bool {
	return need.asks&askGiveaway != 0 && giver.Org.Sector == partnermatch.Business && receiver.Org.Sector != partnermatch.Business
}

// takesKindFree reports whether another need of giver asks free for the
// same family of things as need: a food bank that asks for protein
// donations takes its fresh vegetables as donations too, and buys neither.
func (lx *Lexicon) takesKindFree(giver *Profile, need *Phrase) bool {
	if len(need.Heads) == 0 {
		return false
	}
	fam := domainOf(lx.Concepts[need.Heads[0]].ID)
	for j := range giver.Needs {
		other := &giver.Needs[j]
		if other == need || len(other.Heads) == 0 || !asksForFree(other) {
			continue
		}
		if domainOf(lx.Concepts[other.Heads[0]].ID) == fam {
			return true
		}
	}
	return false
}

// domainOf is the part of a concept id before its first dot ("food" of
// "food.protein"), the whole id when it has none.
func domainOf(id string) string {
	d, _, _ := strings.Cut(id, ".")
	return d
}

// needMeetsNeed scores another organization's need (theirs) against ours by
// the lexicon's met_by_need links between heads.
func (lx *Lexicon) needMeetsNeed(ours, theirs *PhraseSig) (float64, int) {
	best, concept := 0.0, -1
	for _, a := range ours.Heads {
		for _, b := range theirs.Heads {
			if s := lx.MeetsByNeed(a, b); s > best {
				best, concept = s, a
			}
		}
	}
	if ours.Inferred || theirs.Inferred {
		best *= w.inferredDiscount
	}
	return best, concept
}

// discountLikeForLike weakens exchanges through the same concept in both
// directions: two soccer clubs lending each other coaches are twins. A
// need for takers met is not the thing given back: the garden that gives
// its surplus to a pantry gains a way to get it to people.
func (lx *Lexicon) discountLikeForLike(gives, receives []Match) {
	for i := range gives {
		for j := range receives {
			g, r := &gives[i], &receives[j]
			if g.Strength > 0 && r.Strength > 0 && g.Direct && r.Direct && g.Concept >= 0 && r.Concept >= 0 && lx.sameFamily(g.Concept, r.Concept) &&
				!lx.takes(&g.Need.PhraseSig) && !lx.takes(&r.Need.PhraseSig) {
				g.Strength *= w.likeForLike
				r.Strength *= w.likeForLike
			}
		}
	}
}

// coverage is how much of a receiver's needs the matches meet, in [0, 1].
// Each met need adds coverageStep of what is still unmet, so one strong
// match counts and more count more. It returns the matches strong enough to
// be evidence.
func coverage(matches []Match) (float64, []Match) {
	unmet := 1.0
	var kept []Match
	used := map[*Phrase]int{}
	usedConcept := map[int]int{}
	for _, m := range matches {
		if m.Strength < w.minExchange {
			continue
		}
		kept = append(kept, m)
		// One offer stretched over several needs counts less each time: a
		// thank-you post is not three kinds of help.
		s := m.Strength * math.Pow(w.reusedOffer, float64(used[m.Offer]+usedConcept[m.Concept]))
		used[m.Offer]++
		// Needs met through the same concept are one kind of help said
		// several times (a directory repeats "volunteers needed" for each
		// of its services).
		usedConcept[m.Concept]++
		unmet *= 1 - w.coverageStep*s
	}
	return 1 - unmet, kept
}

// combineDirections turns the two coverages into complementarity: mostly
// what the weaker side gains, so that a partnership where only one side
// gains, or one gains much and the other little, scores well below a mutual
// one.
func combineDirections(ab, ba float64) float64 {
	return w.weakerSide*math.Min(ab, ba) + w.mutualShare*math.Sqrt(ab*ba) + (1-w.weakerSide-w.mutualShare)*math.Max(ab, ba)
}

// combineFor is combineDirections for a's list of partners. An
// organization that lists only offers (a retired grower who "doesn't need
// anything") or only needs can have no mutual partner: every match of its
// is one way, so one way is not held against it, or shared purpose alone
// would rank its list.
func combineFor(oneWay bool, ab, ba float64) float64 {
	c := combineDirections(ab, ba)
	if oneWay {
		c = math.Max(c, w.oneWayByDesign*math.Max(ab, ba))
	}
	return c
}

// Competition is how much two profiles need and offer the same things, in
// [0, 1]. Both must overlap: two nonprofits that both need volunteers but
// offer different things are not rivals.
//
// Twins rarely list the same heads: one roaster needs "weekly wholesale
// customers" and "more people hearing about us", the other "offices that
// will buy beans every week" and "people knowing who we are". So two
// businesses whose offers share words ("beans", "bikes") are also
// measured by every resource their phrases name, over the shorter list:
// most of what the smaller one offers, the other offers too. Their needs
// count at least half, since the same goods to the same customers are a
// rivalry whatever each asks for. Only businesses: nonprofits that offer
// the same service to the same people refer to each other, and real
// directories' judges name them as partners.
//
// Rivalry is mutual: the measure is the same read from either side.
func (lx *Lexicon) Competition(a, b *Profile) float64 {
	c := lx.headOverlap(a.Needs, b.Needs) * lx.headOverlap(a.Offers, b.Offers)
	if a.Org.Sector == partnermatch.Business && b.Org.Sector == partnermatch.Business && wordOverlap(a.Offers, b.Offers) >= w.twinWords {
		twin := lx.resourceOverlap(a.Offers, b.Offers) * math.Max(lx.resourceOverlap(a.Needs, b.Needs), 0.5)
		c = math.Max(c, twin)
	}
	return c
}

// resourceOverlap is the share of the shorter list's resources (heads, and
// resources named besides) that the other list names too, or one of their
// family.
func (lx *Lexicon) resourceOverlap(x, y []Phrase) float64 {
	rx, ry := lx.resourceSet(x), lx.resourceSet(y)
	if len(rx) == 0 || len(ry) == 0 {
		return 0
	}
	// Counted from the shorter side, so that it reads the same both ways.
	if len(ry) < len(rx) || len(ry) == len(rx) && lx.sharedFamilies(ry, rx) > lx.sharedFamilies(rx, ry) {
		rx, ry = ry, rx
	}
	return math.Min(1, float64(lx.sharedFamilies(rx, ry))/float64(len(rx)))
}

// resourceSet is headSet with the resources phrases name besides.
func (lx *Lexicon) resourceSet(ps []Phrase) map[int]bool {
	m := headSet(ps)
	for _, p := range ps {
		for _, c := range p.Others {
			if lx.Concepts[c].Kind == KindResource {
				m[c] = true
			}
		}
	}
	return m
}

// sharedFamilies counts the concepts of x with one of their family in y.
func (lx *Lexicon) sharedFamilies(x, y map[int]bool) int {
	both := 0
	for c := range x {
		for d := range y {
			if lx.sameFamily(c, d) {
				both++
				break
			}
		}
	}
	return both
}

// wordOverlap is the cosine of the sets of telling stems of two lists.
func wordOverlap(x, y []Phrase) float64 {
	sx, sy := tellingStems(x), tellingStems(y)
	if len(sx) == 0 || len(sy) == 0 {
		return 0
	}
	n := 0
	for s := range sx {
		if sy[s] {
			n++
		}
	}
	return float64(n) / math.Sqrt(float64(len(sx)*len(sy)))
}

func tellingStems(ps []Phrase) map[string]bool {
	m := map[string]bool{}
	for _, p := range ps {
		for s := range p.stems {
			if !generic[s] {
				m[s] = true
			}
		}
	}
	return m
}

func (lx *Lexicon) headOverlap(x, y []Phrase) float64 {
	hx, hy := headSet(x), headSet(y)
	if len(hx) == 0 || len(hy) == 0 {
		return 0
	}
	return math.Min(1, float64(min(lx.sharedFamilies(hx, hy), lx.sharedFamilies(hy, hx)))/float64(max(len(hx), len(hy))))
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
// each in its own language (ISO 639-1; "" means English). The offer is read
// as a profile's offers are, so that what is measured is what is matched.
func (lx *Lexicon) MatchTexts(need, needLang, offer, offerLang string) PhraseMatch {
	if needLang == "" {
		needLang = "en"
	}
	if offerLang == "" {
		offerLang = "en"
	}
	n := lx.phrase(need, needLang, false)
	o := lx.phraseAs(offer, offerLang, false, roleOffer)
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

// asksForWork reports whether a need is for jobs, placements or hiring:
// whoever wants skills or interns for free ("unpaid interns", "free
// marketing help") is not offering them.
func (lx *Lexicon) asksForWork(p *Phrase) bool {
	for _, h := range p.Heads {
		if lx.inFamily(h, workFamily) {
			return true
		}
	}
	return false
}

// workFamily is the concept family of jobs and hiring.
const workFamily = "employment.general"

// freeWords mark a need that asks for something at no cost.
var freeWords = fieldSet("free complimentary donated donation donations pro bono unpaid borrow borrowed borrowing gratuit gratuite gratuits gratuites don dons emprunter gratis gratuito gratuita donado donados donación donaciones prestado prestada prestados prestadas")

// gratisWords are the freeWords that ask for a service or a good free of
// charge, leaving out donations: a food bank asking for food donations
// does what food banks do; a gala asking for free printing asks a business
// to work for nothing.
var gratisWords = fieldSet("free complimentary comped gifted pro bono unpaid gratuit gratuite gratuits gratuites gratuitement gratis gratuito gratuita gratuitos gratuitas gratuitamente regalado regalada regalados regaladas cortesía")

// unpaidWords ask for the work of someone unpaid.
var unpaidWords = fieldSet("volunteer volunteers bénévole bénévoles bénévolement voluntario voluntarios voluntaria voluntarias")

// helpWords ask for a hand or a volunteer, not for someone to hire:
// "ayuda con la contabilidad", "someone to teach our members", "des
// bénévoles".
var helpWords = fieldSet("help helping helpers ayuda ayudar ayuden aide aider volunteer volunteers volunteering bénévole bénévoles bénévolat voluntario voluntarios voluntaria voluntarias someone somebody alguien quelqu")

// noWorkFor reports whether theirs, a need that meets our need for work by
// the lexicon, offers none: it asks for the work free, or for a hand with a
// skill rather than for staff ("ayuda con la contabilidad").
func (lx *Lexicon) noWorkFor(ours, theirs *Phrase) bool {
	return lx.asksForWork(ours) && (asksForFree(theirs) || (lx.asksForSkill(theirs) && asksForHelp(theirs)))
}

// asksForSkill reports whether a need's head is a skill: a line cook, an
// accountant.
func (lx *Lexicon) asksForSkill(p *Phrase) bool {
	return len(p.Heads) > 0 && lx.inFamily(p.Heads[0], "skill.")
}

// asksForHelp reports whether a need asks for a hand rather than for staff.
func asksForHelp(p *Phrase) bool { return p.asks&askHelp != 0 }

// asksForFree reports whether a need asks for something at no cost ("free
// printing of 5,000 flyers", "food donations").
func asksForFree(p *Phrase) bool { return p.asks&askFree != 0 }

// asksGratis reports whether a need asks for a service or good free of
// charge, donations aside.
func asksGratis(p *Phrase) bool { return p.asks&askGratis != 0 }

// asking is what the words of a phrase ask for, as bits: read once when it
// is analysed, since scoring asks again for every pair of phrases.
type asking uint8

const (
	askFree   asking = 1 << iota // freeWords, or at no cost
	askGratis                    // gratisWords, or at no cost
	askHelp                      // helpWords
	askUnpaid                    // unpaidWords
	// askGiveaway: a need for takers of the organization's surplus
	// (readTakers), which it gives away.
	askGiveaway
)

// readAsking reads what text asks for (asking), in one walk of its words.
func readAsking(text string) asking {
	var a asking
	prev := ""
	for w := range tokens(text, false) {
		w = strings.ToLower(w)
		if freeWords[w] {
			a |= askFree
		}
		if gratisWords[w] {
			a |= askGratis
		}
		if helpWords[w] {
			a |= askHelp
		}
		if unpaidWords[w] {
			a |= askUnpaid
		}
		if noCost[prev+" "+w] {
			a |= askFree | askGratis
		}
		prev = w
	}
	return a
}

// noCost are the words that ask for something "at no charge", "sin costo"
// or "sans frais": free in words that are not free alone.
var noCost = pairSet("no charge", "no cost", "without charge", "sans frais", "sans coût", "sin costo", "sin cargo", "sin cobro")

// pairSet is a set of two-word phrases, each as its words joined by a space.
func pairSet(pairs ...string) map[string]bool {
	m := make(map[string]bool, len(pairs))
	for _, p := range pairs {
		m[p] = true
	}
	return m
}

// hasWord reports whether p's text has a word of set. It runs for every
// phrase of every profile read, so it walks the words in place instead of
// splitting the text (and lowercases only a word that needs it).
func hasWord(p *Phrase, set map[string]bool) bool {
	for w := range tokens(p.Text, false) {
		if set[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// names reports whether a phrase names group g or a kin of it.
func (lx *Lexicon) names(p *Phrase, g int) bool {
	for _, c := range p.Heads {
		if lx.kin(g, c) {
			return true
		}
	}
	for _, c := range p.Others {
		if lx.kin(g, c) {
			return true
		}
	}
	return false
}

// unmetWork reports whether need names, besides the volunteers it asks
// for, the work they are to do ("voluntarios que enseñen inglés") and
// offer meets none of it.
func (lx *Lexicon) unmetWork(need, offer *PhraseSig) bool {
	work := false
	for _, nc := range need.Heads {
		if lx.Concepts[nc].Kind != KindResource || lx.inFamily(nc, "volunteers.") || lx.peopleConcept(nc) {
			continue
		}
		work = true
		for _, oc := range offer.Heads {
			if lx.Meets(nc, oc) >= w.minExchange {
				return false
			}
		}
	}
	return work
}
