package scoring

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/partnermatch/partnermatch"
)

// Phrase is one offer or need, analysed: its tokens, the concepts it names,
// and which of those are its heads (what is given or wanted, as opposed to
// whom or what for).
type Phrase struct {
	PhraseSig
	Text   string
	Tokens []Token
	Hits   []Hit
	stems  map[string]bool
	// priced: an offer that is sold, not given ("$150 an hour").
	priced bool
	// when: the times a need is wanted or an offer available.
	when schedule
	// size: for a need, how many people it is for; for an offer, how
	// many things it gives when it says it gives only a few.
	size int
	// holds: for an offer of a place, how many people it says it holds.
	holds int
	// sought: for an offer that says it seeks something, the concepts of
	// what it seeks (soughtBy).
	sought []int
	// sum: the largest sum of money it names.
	sum int
	// ages: the ages it says in numbers ("ages 16 to 21").
	ages ages
	// asks: what its words ask for (free, gratis, a hand, unpaid work).
	asks asking
	// tongues: the languages it names.
	tongues tongues
	// sexes: whether it names women, men or both as its people.
	sexes sexes
	// vec: the direction of its English words (phraseVector), nil in
	// other languages.
	vec []float64
}

// PhraseSig is what matching needs of a phrase besides its words: its head
// concept, the other concepts it names, and whether it was inferred.
type PhraseSig struct {
	Heads    []int `json:"h,omitempty"` // concept indexes
	Others   []int `json:"o,omitempty"` // the non-head concepts
	Inferred bool  `json:"i,omitempty"` // read from the mission statement, not listed
	// Uses: for a need of users ("groups that would use our hall"), what
	// they would use.
	Uses []int `json:"u,omitempty"`
	// Tongue: the language a need asks to be met in ("du bénévolat en
	// français"), "" when it names none.
	Tongue string `json:"t,omitempty"`
}

// Profile is an organization with its texts analysed once, ready to be
// compared with many candidates.
type Profile struct {
	Org    *partnermatch.Organization
	Lang   string
	Offers []Phrase
	Needs  []Phrase
	// Purpose: concepts and stems of mission, values and goals, for alignment.
	Purpose      map[int]float64
	PurposeStems map[string]float64
	// Evidence for alignment reasons: a concept -> the text that names it.
	purposeText map[int]string
	// FringeLender: it makes payday, title or cash-advance loans or cashes
	// cheques for a fee (see fringeLender).
	FringeLender bool
	lx           *Lexicon

	packOnce sync.Once
	packed   []byte
}

// NewProfile analyses org with the default lexicon.
func NewProfile(org *partnermatch.Organization) *Profile {
	return DefaultLexicon().NewProfile(org)
}

// NewProfile analyses org with this lexicon. Offers and needs the profile
// does not list are inferred from its mission statement.
func (lx *Lexicon) NewProfile(org *partnermatch.Organization) *Profile {
	lang := org.Lang()
	p := &Profile{Org: org, Lang: lang, lx: lx, Purpose: map[int]float64{}, PurposeStems: map[string]float64{}, purposeText: map[int]string{}}
	p.FringeLender = fringeLender(org)
	for _, t := range org.Offers {
		p.Offers = append(p.Offers, lx.phraseAs(t, lang, false, roleOffer))
	}
	for _, t := range org.Needs {
		p.Needs = append(p.Needs, lx.phrase(t, lang, false))
	}
	var sentences []string
	if org.Mission != "" {
		sentences = splitSentences(org.Mission)
	}
	if org.Mission != "" && (len(org.Offers) == 0 || len(org.Needs) == 0) {
		offers, needs := inferFromSentences(sentences, lang)
		if len(org.Offers) == 0 {
			for _, t := range offers {
				if ph := lx.phraseAs(t, lang, true, roleOffer); len(ph.Hits) > 0 {
					p.Offers = append(p.Offers, ph)
				}
			}
		}
		if len(org.Needs) == 0 {
			for _, t := range needs {
				ph := lx.phrase(t, lang, true)
				used := lx.referredTo(t, sentences, lang)
				if used == nil && usesPremises(splitWords(t)) {
					used = lx.premises(p.Offers)
				}
				if used != nil {
					// "We would love to see it used to cook": it is what
					// the sentence before offers, and users of it are
					// what is sought.
					ph.Others = append(append(ph.Others[:0:0], ph.Heads...), ph.Others...)
					ph.Heads, ph.Uses = []int{lx.users}, used
				}
				if len(ph.Hits) > 0 || len(ph.Uses) > 0 {
					p.Needs = append(p.Needs, ph)
				}
			}
		}
	}
	p.Needs = append(p.Needs, lx.takersOfDrives(p.Offers, lang)...)
	if len(lx.ownPeople) > 0 {
		lead := ""
		if len(sentences) > 0 {
			lead = sentences[0]
		}
		groups := lx.constituency(org.Name, lead, lang)
		for i := range p.Offers {
			lx.nameOwnPeople(&p.Offers[i], groups)
		}

		for i := range p.Needs {
			lx.nameOwnPeople(&p.Needs[i], groups)
		}
	}
	if lx.projects >= 0 {
		// What it would take projects for is its work, not the things
		// it lends: a need for materials is no project for coders.
		var ours []int
		for _, ph := range p.Offers {
			for _, c := range ph.Heads {
				if !slices.ContainsFunc(goodsFamilies, func(f string) bool { return lx.inFamily(c, f) }) {
					ours = append(ours, c)
				}
			}
		}
		for i := range p.Needs {
			if ph := &p.Needs[i]; len(ph.Heads) > 0 && ph.Heads[0] == lx.projects && len(ph.Uses) == 0 {
				ph.Uses = ours
			}
		}
	}
	p.addPurpose(org.Goals, 1.0)
	p.addPurpose(org.Values, 0.8)
	if org.Mission != "" {
		p.addPurpose(sentences, 0.7)
	}
	// What an organization offers also says what it is about, more weakly.
	for _, ph := range p.Offers {
		p.addPurposePhrase(ph, 0.3)
	}
	if len(lx.ownPeople) > 0 && len(sentences) > 0 {
		// Added after purpose: the people it has say no more of its
		// cause than the mission already does.
		if ph, ok := lx.countedPeople(org.Name, sentences[0], lang); ok {
			p.Offers = append(p.Offers, ph)
		}
	}
	return p
}

func (p *Profile) addPurpose(texts []string, weight float64) {
	for _, t := range texts {
		p.addPurposePhrase(p.lx.phraseAs(t, p.Lang, false, rolePurpose), weight)
	}
}

func (p *Profile) addPurposePhrase(ph Phrase, weight float64) {
	for _, h := range ph.Hits {
		if weight > p.Purpose[h.Concept] {
			p.Purpose[h.Concept] = weight
			p.purposeText[h.Concept] = ph.Text
		}
		if weight < w.providedPurposeFrom || p.lx.Concepts[h.Concept].Kind != KindResource {
			continue
		}
		// What a mission says the organization provides says what cause
		// it serves: elder care is about aging, a food pantry about food
		// security, tutoring about education. Those causes (the
		// resource's related topics) count at a related concept's share.
		for r := range p.lx.related[h.Concept] {
			if v := weight * w.relatedConcept; p.lx.Concepts[r].Kind == KindTopic && v > p.Purpose[r] {
				p.Purpose[r] = v
				p.purposeText[r] = ph.Text
			}
		}
	}
	for s := range ph.stems {
		if generic[s] {
			continue
		}
		if weight > p.PurposeStems[s] {
			p.PurposeStems[s] = weight
		}
	}
}

// goodsFamilies are the things an organization has rather than the work
// it does.
var goodsFamilies = []string{"space.", "storage.", "equipment.", "food.", "funding.", "housing.", "transport."}

// Roles of a phrase: what it says is read a little differently.
const (
	roleNeed = iota
	roleOffer
	rolePurpose
)

func (lx *Lexicon) phrase(text, lang string, inferred bool) Phrase {
	return lx.phraseAs(text, lang, inferred, roleNeed)
}

func (lx *Lexicon) phraseAs(text, lang string, inferred bool, role int) Phrase {
	// The text is split into words once, for every reading below: none
	// changes them.
	words := splitWords(text)
	toks := analyzeWords(words, lang)
	ph := Phrase{Text: strings.TrimSpace(text), Tokens: toks, stems: map[string]bool{}, vec: phraseVector(words, lang)}
	ph.Inferred = inferred
	switch role {
	case roleNeed:
		numbers := numberWords(ph.Text, words)
		ph.when, ph.size, ph.ages = readSchedule(words), peopleCount(numbers), agesSaid(numbers)
		ph.asks = readAsking(ph.Text)
		ph.tongues = tonguesOf(words, lang)
		ph.sexes = sexesNamed(words)
		ph.sum = sumSaid(ph.Text)
	case roleOffer:
		numbers := numberWords(ph.Text, words)
		ph.when, ph.size, ph.ages = readSchedule(words), offeredCount(numbers), agesSaid(numbers)
		ph.holds = heldCount(numbers)
		ph.asks = readAsking(ph.Text)
		ph.tongues = tonguesOf(words, lang)
		ph.sexes = sexesNamed(words)
		ph.sum = sumSaid(ph.Text)
	}
	for _, t := range toks {
		ph.stems[t.Stem] = true
	}
	cl := readClauses(text, lang, role == roleNeed)
	var ask asked
	if role == roleNeed {
		toks, ask = askedTokens(text, words, toks, lang)
	}
	ph.Hits = lx.dropMealTimes(lx.find(toks, lang, cl), words)
	if role == rolePurpose {
		return ph // purpose texts need concepts, not heads
	}
	if role == roleOffer && asksInstead(ph.Text, words, lang) {
		// "We need folding tables too", "Nous cherchons aussi une salle",
		// "Nuestra despensa también necesita alimentos": written where an
		// offer goes, it asks for the thing and offers nothing.
		ph.Heads, ph.Others, ph.stems, ph.vec = nil, nil, map[string]bool{}, nil
		return ph
	}
	if role == roleOffer {
		ph.priced = priced(ph.Text, words)
		from, at := seekingAt(words)
		hits := ph.Hits
		if wanted := wantedAt(words); wanted > 0 && (at == 0 || wanted < from) {
			// "Volunteers needed for our food drive", "bénévoles
			// recherchés": what it names from the start of that segment on
			// is sought, and what it is for with it, not offered.
			seg := cl.segment(wanted)
			hits = slices.DeleteFunc(slices.Clone(hits), func(h Hit) bool {
				return cl.segment(spanStart(h.Span)) >= seg
			})
			for _, t := range toks {
				if cl.segment(t.Pos) >= seg {
					delete(ph.stems, t.Stem)
				}
			}
		}
		hits = lx.dropRunningVolunteers(hits, words)
		ph.Heads, ph.Others = lx.offerHeads(hits, cl, lang, from, at, at > 0 && seekerIsRelative(words, from-1))
		if at > 0 && !(at < len(words) && seeksActivities(words[at:min(len(words), at+4)])) && !othersSeek(words, from-1) {
			// Read on its own, what it seeks names again what the
			// organization is ("Free clinic recruiting volunteer RNs");
			// only its first words, before what it gives in return.
			after := slices.DeleteFunc(slices.Clone(toks), func(t Token) bool { return t.Pos < from || t.Pos > at+soughtReach })
			ph.sought = lx.soughtBy(lx.find(after, lang, cl), from)
		}
		if at > 0 && at < len(words) && seeksActivities(words[at:min(len(words), at+4)]) {
			lx.peopleForActivities(&ph, hits)
		}
		if at == 0 {
			lx.givenHeads(&ph, hits, cl, lang, words)
			lx.taughtUnderHeading(&ph)
		}
		if at > 0 {
			// Nor do its words after that say what it offers.
			clear(ph.stems)
			for _, t := range toks {
				if t.Pos <= at {
					ph.stems[t.Stem] = true
				}
			}
		}
	} else if heads, others, ok := lx.lackedHeads(ph.Hits, cl, lang, words); ok {
		// "Kids at our camp need eye exams": the kids are whom it is for.
		ph.Heads, ph.Others = heads, others
	} else {
		ph.Heads, ph.Others = lx.heads(ph.Hits, cl, lang, role)
	}
	if len(ask.at) > 0 {
		lx.askedHead(&ph, lang, ask)
	}
	if role == roleOffer {
		lx.readTakingOffer(&ph, words)
		lx.readYourLogo(&ph, words)
	}
	lx.readLending(&ph, words)
	if role == roleNeed {
		ph.Tongue = tongueOf(words)
		if ph.Tongue == "" && len(ph.Heads) > 0 && lx.speaksTo(ph.Heads[0]) {
			// "des mentors francophones": people who must speak it.
			ph.Tongue = speakersOf(words)
		}
		lx.readRecruiting(&ph)
		lx.readSelling(&ph, words)
		lx.readPromoting(&ph, words)
		lx.readProgramsFor(&ph, words)
		lx.readTakers(&ph, words)
		lx.readLowTurnout(&ph, words)
		lx.readAudienceOf(&ph, cl)
		lx.readPrintRun(&ph, words)
	}
	return ph
}

// readLowTurnout reads a need that says its program draws few people
// ("Taller de baile para personas mayores con muy pocos inscritos", "our
// troupe plays to half-empty houses", "peu d'inscrits") as a need for an
// audience first: the workshop or the stage is what it has.
func (lx *Lexicon) readLowTurnout(ph *Phrase, words []string) {
	if lx.audience < 0 || len(ph.Heads) == 0 || ph.Heads[0] == lx.audience {
		return
	}
	for _, h := range ph.Hits {
		if h.Concept == lx.audience && slices.ContainsFunc(h.Span, func(p int) bool { return p >= 1 && p <= len(words) && fewWords[words[p-1]] }) {
			ph.askFirst(lx.audience)
			return
		}
	}
}

// readLending reads "the loan of an old tractor", "préstamo de sillas",
// "le prêt de notre salle" or "donativo del pan que sobra" as the thing
// lent or given, not as a loan or gift of money: a thing named after "loan
// of" is what changes hands.
func (lx *Lexicon) readLending(ph *Phrase, words []string) {
	for _, h := range ph.Hits {
		if !slices.Contains(lx.handedOver, h.Concept) || !slices.Contains(ph.Heads, h.Concept) {
			continue
		}
		end := slices.Max(h.Span)
		if end >= len(words) || !lentWords[words[end]] {
			continue
		}
		for _, o := range ph.Hits {
			if spanStart(o.Span) > end && lx.Concepts[o.Concept].Kind == KindResource && !lx.inFamily(o.Concept, "funding.") {
				drop := func(c int) bool { return c == h.Concept }
				ph.Heads = slices.DeleteFunc(ph.Heads, drop)
				ph.Others = slices.DeleteFunc(ph.Others, drop)
				if !slices.Contains(ph.Heads, o.Concept) {
					ph.Heads = append(ph.Heads, o.Concept)
					ph.Others = slices.DeleteFunc(ph.Others, func(c int) bool { return c == o.Concept })
				}
				return
			}
		}
	}
}

var lentWords = fieldSet("of de d du des del")

// askFirst makes c the need's only head; its former heads say what it is
// about.
func (ph *Phrase) askFirst(c int) {
	ph.Others = append(slices.Clone(ph.Heads), slices.DeleteFunc(slices.Clone(ph.Others), func(o int) bool { return o == c })...)
	ph.Heads = []int{c}
}

var fewWords = fieldSet("few half low empty peu moitié vides vide pocos pocas medio vacía vacías poca")

// readPrintRun reads a need that counts printed matter ("500 flyers for
// the health fair", "Il nous faut 300 affiches", "Necesitamos 500
// volantes") as a need for printing first: a number of copies is a print
// run, where "flyers in shop windows" or "a flyer design" is not.
func (lx *Lexicon) readPrintRun(ph *Phrase, words []string) {
	if lx.printing < 0 || len(ph.Heads) == 0 || ph.Heads[0] == lx.printing || !lx.inFamily(ph.Heads[0], "visibility.") {
		return
	}
	for i := 1; i < len(words); i++ {
		if printedWords[words[i]] && isCount(words[i-1]) {
			ph.askFirst(lx.printing)
			return
		}
	}
}

// isCount reports whether a word is a number of at least two digits
// ("500", "1,000" split at its comma): a quantity, not "1 flyer".
func isCount(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

var printedWords = fieldSet("flyers leaflets posters brochures handbills postcards copies " +
	"affiches tracts dépliants flyers prospectus brochures copies " +
	"volantes carteles afiches folletos trípticos copias")

// readAudienceOf reads a need for an audience or participants that names
// its people ("Queremos que más personas sordas participen en el
// festival", "more participants from the deaf community") as a need for
// those people too: whoever has them meets it, as it meets "more deaf
// people at our festival". People it calls its own are there already.
func (lx *Lexicon) readAudienceOf(ph *Phrase, cl clauses) {
	if lx.audience < 0 || len(ph.Heads) == 0 || ph.Heads[0] != lx.audience {
		return
	}
	for _, h := range ph.Hits {
		if lx.Concepts[h.Concept].Kind == KindGroup && !cl.owned[spanStart(h.Span)] && !slices.Contains(ph.Heads, h.Concept) {
			ph.Heads = append(ph.Heads, h.Concept)
			ph.Others = slices.DeleteFunc(ph.Others, func(o int) bool { return o == h.Concept })
		}
	}
	if len(ph.Others) == 0 {
		ph.Others = nil // as a packed profile reads it back
	}
}

// offerHeads reads an offer's heads. An offer that says its organization
// seeks something ("Nursing home looking for volunteers", "notre club
// cherche des mentores", "buscamos voluntarios") does not offer what it
// seeks: what it names after that is dropped, and what it names before
// (the nursing home, the club) is what it has. What people seek that is a
// chance to give (clients, placements, jobs: "design students seeking real
// clients") only says what the offer is for.
// A trigger read across the words that say so is not what it has either
// ("volunteer nurses" in "nursing home looking for volunteers"), unless
// those words are part of it ("looking for jobs").
func (lx *Lexicon) offerHeads(hits []Hit, cl clauses, lang string, from, at int, peopleSeek bool) (heads, others []int) {
	if at == 0 {
		return lx.heads(hits, cl, lang, roleOffer)
	}
	var kept, giving []Hit
	for _, h := range hits {
		switch {
		case spanEnd(h.Span) < from || spanStart(h.Span) <= at && slices.ContainsFunc(h.Span, func(p int) bool { return p >= from && p <= at }):
			kept = append(kept, h)
		case peopleSeek && spanStart(h.Span) < from && (lx.peopleConcept(h.Concept) || lx.inFamily(h.Concept, "volunteers.")):
			// "students who need volunteer hours": the people who seek
			// are what it has, even read across the seeking.
			kept = append(kept, h)
		case !lx.inFamily(h.Concept, "employment.") && !lx.inFamily(h.Concept, customersConcept):
		case spanStart(h.Span) < from:
			// "education students who need practicum hours" are
			// practicum students.
			kept = append(kept, h)
		default:
			giving = append(giving, h)
		}
	}
	if len(kept) == 0 {
		return lx.heads(giving, cl, lang, roleOffer)
	}
	heads, others = lx.heads(kept, cl, lang, roleOffer)
	for _, h := range giving {
		others = append(others, h.Concept)
	}
	return heads, others
}

// seekerIsRelative reports whether the seeking word at index i follows a
// relative word ("students who need", "who each need", "élèves qui
// cherchent"): its people seek for themselves.
func seekerIsRelative(words []string, i int) bool {
	return relativeBefore(words, i) >= 0
}

// relativeBefore returns the index of the relative word just before the
// seeking word at i, past an "each", or -1.
func relativeBefore(words []string, i int) int {
	j := i - 1
	if j >= 0 && words[j] == "each" {
		j--
	}
	if j >= 0 && j < len(words) && relativeWords[words[j]] {
		return j
	}
	return -1
}

// othersSeek reports whether the seeking word at i belongs to others than
// the organization's own ("free for any group that needs a place to
// meet", "meals for anyone who needs them"): what they seek the offer
// does not ask for.
func othersSeek(words []string, i int) bool {
	j := relativeBefore(words, i)
	if j < 0 {
		return false
	}
	for k := max(0, j-2); k < j; k++ {
		if otherPeopleWords[words[k]] {
			return true
		}
	}
	return false
}

// soughtBy returns the concepts an offer that seeks something names from
// its seeking on ("Free clinic recruiting volunteer RNs", "Comedor
// infantil pide donaciones de alimentos"): what it asks for, which it does
// not give; chances it gives (jobs, custom) are left out.
// soughtReach: how many words after the seeking word say what is sought.
const soughtReach = 4

func (lx *Lexicon) soughtBy(hits []Hit, from int) []int {
	var out []int
	for _, h := range hits {
		c := h.Concept
		if spanStart(h.Span) < from || slices.Contains(out, c) ||
			lx.inFamily(c, "employment.") || lx.inFamily(c, customersConcept) || lx.Concepts[c].Kind == KindTopic {
			continue
		}
		out = append(out, c)
	}
	return out
}

// seeksActivities reports whether what an offer seeks, in the few words
// after the seeking, is something for its people to take part in: outings,
// activities, programs, projects ("seeks senior volunteers to help with its
// after-school activities" seeks volunteers).
func seeksActivities(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return activityWords[w] })
}

var activityWords = fieldSet("outings outing activities activity programs programming projects project trips excursions events shows recreation recreational " +
	"sorties sortie activités activité programmes projets excursions spectacles loisirs " +
	"salidas salida actividades actividad programas proyectos paseos excursiones espectáculos recreación recreativas")

// peopleForActivities reads an offer that seeks activities for the people
// it has ("senior center looking for outings", "immigrant support center
// looking for free sports programs for the children of the families we
// serve") as offering those people: a program that wants them gets them.
func (lx *Lexicon) peopleForActivities(ph *Phrase, hits []Hit) {
	var people []int
	for _, h := range hits {
		if lx.Concepts[h.Concept].Kind == KindGroup && !slices.Contains(people, h.Concept) {
			people = append(people, h.Concept)
		}
	}
	if len(people) == 0 {
		return
	}
	for _, c := range ph.Heads {
		if !slices.Contains(people, c) {
			people = append(people, c)
		}
	}
	ph.Heads = people
	ph.Others = slices.DeleteFunc(ph.Others, func(c int) bool { return slices.Contains(people, c) })
}

// seekingAt returns the positions (as Analyze counts them, from 1) of the
// first and last words of the first phrase of a text that says someone
// seeks what follows ("looking for", "seeking", "we need", "cherche",
// "avons besoin", "à la recherche de", "buscamos", "necesita"), or 0, 0.
func seekingAt(words []string) (from, at int) {
	for i, w := range words {
		prev, next := around(words, i)
		switch {
		case seekingWords[w]:
			return i + 1, i + 1
		case (w == "looking" || w == "searching") && next == "for":
			return i + 1, i + 2
		case w == "search" && prev == "in" && next == "of":
			return i, i + 2
		case (w == "need" || w == "needs") && prev != "" && (!notSeekingNeed[prev] || prev == "each" && i > 1 && relativeWords[words[i-2]]) && next != "" && !needNouns[next]:
			// "students who each need 40 volunteer hours" seek them too.
			return i + 1, i + 1
		case w == "besoin" && besoinVerbs[prev]:
			return i, i + 1
		case w == "recherche" && prev == "la" && i > 1 && (words[i-2] == "à" || words[i-2] == "a"):
			return i - 1, i + 1
		case w == "recherche" && seekingPhrase(words, i):
			return i + 1, i + 1
		case w == "falta" && (prev == "hace" || prev == "nos"), w == "faltan" && prev == "nos":
			return i, i + 1
		case w == "short" && (next == "on" || next == "of") && prev != "" && prev != "in":
			// "the pantry is short on volunteers"; not "in short".
			return i + 1, i + 2
		case (w == "asking" || w == "hunting") && next == "for":
			return i + 1, i + 2
		case w == "asking" && next == "around" && i+2 < len(words) && words[i+2] == "for":
			return i + 1, i + 3
		case shortOfWords[w] && (next == "de" || next == "d'") && prev != "" && !frenchArticle[prev]:
			// "le comité manque de bénévoles"; not "le manque de
			// logements", a lack the organization works against.
			return i + 1, i + 2
		case requestWords[w] && prev != "":
			// "el comedor pide donativos"; not "pide tu cita", an
			// imperative that offers.
			return i + 1, i + 1
		}
	}
	return 0, 0
}

// wantedAt returns the position (as Analyze counts them, from 1) of a word
// that says what comes before it is sought ("volunteers needed", "drivers
// wanted", "bénévoles recherchés"), or 0; not "as needed", "if needed".
func wantedAt(words []string) int {
	for i, w := range words {
		if i > 0 && wantedWords[w] && !whenNeeded[words[i-1]] {
			return i + 1
		}
	}
	return 0
}

var (
	wantedWords = fieldSet("needed wanted recherchés recherchées recherché recherchée requis requises demandés demandées")
	whenNeeded  = fieldSet("as if when where wherever whenever si au besoin")
)

var (
	// shortOfWords say, before "de", what an organization lacks;
	// requestWords that it asks for what follows.
	shortOfWords  = fieldSet("manque manquons manquent")
	requestWords  = fieldSet("pide piden pedimos")
	frenchArticle = fieldSet("le la les un une du de des au aux")
	// researchAfter: words after "recherche" that make it the noun.
	researchAfter = fieldSet("universitaire universitaires scientifique scientifiques action appliquée appliquées clinique cliniques et en sur partenariale fondamentale")
	seekingWords  = fieldSet("seeking seeks seek recruiting cherche cherchons cherchent recherchons recherchent recrute recrutons " +
		"busca buscamos buscan buscando necesita necesitamos necesitan requiere requerimos solicita solicitamos")
	// notSeekingNeed: before "need(s)", words that make it a noun ("special
	// needs", "families in need", "your needs") or not a seeking by the
	// offering organization.
	notSeekingNeed = fieldSet("special basic unmet your their our his her its whose of in with the a any no own urgent greatest specific particular " +
		"individual community family learning medical health additional different diverse all these those emerging identified changing every each whatever " +
		"may might you they")
	// needNouns after "need(s)" make it a noun: "needs assessment".
	needNouns   = fieldSet("assessment assessments analysis based")
	besoinVerbs = fieldSet("avons ont a avez aurait aurions auraient")
)

// tongueNames are the words that, after "in", "en", say in which language
// something is to be done.
var (
	tongueNames = map[string]string{
		"french": "fr", "français": "fr", "francais": "fr", "francés": "fr", "frances": "fr",
		"spanish": "es", "espagnol": "es", "español": "es", "espanol": "es",
		"english": "en", "anglais": "en", "inglés": "en", "ingles": "en",
	}
	inTongue = fieldSet("in en")
)

// tongueOf returns the language a text asks for ("volunteering in French",
// "du bénévolat en français"), "" when it names none.
func tongueOf(words []string) string {
	for i := 1; i < len(words); i++ {
		if t, ok := tongueNames[words[i]]; ok && inTongue[words[i-1]] {
			return t
		}
	}
	return ""
}

// speaksTo reports whether a need of concept c is for people who work by
// talking with those they help: volunteers, mentors, tutors.
func (lx *Lexicon) speaksTo(c int) bool {
	return lx.inFamily(c, "volunteers.") || lx.inFamily(c, "mentoring.") || lx.inFamily(c, "education.tutoring")
}

// speakersOf returns the language a text's people are said to speak
// ("mentors francophones", "Spanish-speaking volunteers"), "" when none.
func speakersOf(words []string) string {
	for i, w := range words {
		if t, ok := speakerNames[w]; ok {
			return t
		}
		if i > 0 && (w == "speaking" || w == "speakers") {
			if t, ok := tongueNames[words[i-1]]; ok {
				return t
			}
		}
	}
	return ""
}

// speakerNames are the words for people who speak a language.
var speakerNames = map[string]string{
	"francophone": "fr", "francophones": "fr", "hispanophone": "es", "hispanophones": "es", "anglophone": "en", "anglophones": "en",
	"hispanohablante": "es", "hispanohablantes": "es", "francoparlante": "fr", "francoparlantes": "fr", "angloparlante": "en", "angloparlantes": "en",
}

// readRecruiting reads a directory's "Volunteers: opportunities are
// available for adults" or "Volunteer opportunities: ..." as what it is, a
// call for volunteers. A need for
// volunteer opportunities is a school's or a job seeker's ("places where
// our students can volunteer"); one that says they are available, welcome
// or included is an organization recruiting.
func (lx *Lexicon) readRecruiting(ph *Phrase) {
	if lx.volunteerWork < 0 || lx.volunteers < 0 {
		return
	}
	if !hasWord(ph, recruitingWords) && !lx.headsAList(ph, lx.volunteerWork) {
		return
	}
	for i, h := range ph.Heads {
		if h == lx.volunteerWork {
			ph.Heads[i] = lx.volunteers
		}
	}
}

// taughtUnderHeading reads an offer headed by a class or a workshop
// ("Workshop: writing a press release", "Class: bookkeeping basics") as
// that class: what follows is what it teaches, not what it gives.
func (lx *Lexicon) taughtUnderHeading(ph *Phrase) {
	if len(ph.Heads) == 0 || lx.teaching[ph.Heads[0]] {
		return
	}
	for _, c := range ph.Others {
		if lx.teaching[c] && lx.headsAList(ph, c) {
			others := slices.DeleteFunc(slices.Clone(ph.Others), func(o int) bool { return o == c })
			ph.Heads, ph.Others = []int{c}, append(others, ph.Heads...)
			return
		}
	}
}

// headsAList reports whether concept c is named in a heading before a
// colon that opens the phrase ("Volunteer opportunities: Allow seniors to
// serve in CARE programs"): a directory listing what it has on offer.
func (lx *Lexicon) headsAList(ph *Phrase, c int) bool {
	colon := strings.IndexByte(ph.Text, ':')
	if colon < 0 {
		return false
	}
	words := len(splitWords(ph.Text[:colon]))
	if words == 0 || words > 4 {
		return false
	}
	for _, h := range ph.Hits {
		if h.Concept == c && spanEnd(h.Span) <= words {
			return true
		}
	}
	return false
}

// recruitingWords say that volunteer opportunities are on offer.
var recruitingWords = fieldSet("available include includes welcome welcomed accepted needed wanted disponibles disponible offertes bienvenus bienvenues recherchés bienvenidos necesitan")

// dropRunningVolunteers drops from an offer's hits the volunteers who run
// the organization ("has been run by volunteers since 1974", "a
// volunteer-run food bank", "géré par des bénévoles", "dirigido por
// voluntarios"): they say how it works, not that it has volunteers to
// lend.
func (lx *Lexicon) dropRunningVolunteers(hits []Hit, words []string) []Hit {
	running := func(h Hit) bool {
		if !lx.inFamily(h.Concept, "volunteers.") {
			return false
		}
		i := spanStart(h.Span) - 1 // index in words
		if i+1 < len(words) && runningAfter[words[i+1]] || i > 0 && words[i-1] == "all" {
			return true // "volunteer-run", "volunteer-led", "all-volunteer"
		}
		for j := max(0, i-3); j+1 <= i; j++ {
			if runBy[words[j]] && agentWords[words[j+1]] {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(hits, running) {
		return hits
	}
	return slices.DeleteFunc(slices.Clone(hits), running)
}

var (
	// runBy, then an agentWords, say who runs or staffs something.
	runBy        = fieldSet("run operated staffed managed led powered driven géré gérée gérés animé animée dirigé dirigée tenu tenue administrado administrada dirigido dirigida atendido atendida manejado manejada operado operada")
	agentWords   = fieldSet("by entirely solely mostly par entièrement por")
	runningAfter = fieldSet("run led driven powered operated staffed")
)

// readSelling reads a need for someone to sell, stock or buy what the
// organization makes ("shops that will carry our produce", "restaurants to
// buy our vegetables") as a need for customers: the produce is what it
// has, not what it asks for.
func (lx *Lexicon) readSelling(ph *Phrase, words []string) {
	if lx.customers < 0 || len(ph.Heads) == 0 || ph.Heads[0] == lx.customers {
		return
	}
	if buyersWanted(words) {
		ph.Others = append(append(ph.Others[:0:0], ph.Heads...), ph.Others...)
		ph.Heads = []int{lx.customers}
		return
	}
	selling, ours := verbThenOurs(words, sellingWords)
	if ours == 0 {
		return
	}
	owned := false
	for _, h := range ph.Hits {
		start := spanStart(h.Span)
		if start < selling && lx.Concepts[h.Concept].Kind == KindResource {
			return // "funds to buy our supplies" asks for funds
		}
		owned = owned || (start > ours && lx.Concepts[h.Concept].Kind == KindResource)
	}
	if !owned {
		return
	}
	ph.Others = append(append(ph.Others[:0:0], ph.Heads...), ph.Others...)
	ph.Heads = []int{lx.customers}
}

// readProgramsFor reads a need for programs for some people ("partners to
// run teen programs after school", "after-school programs at housing
// sites", "programas para jóvenes", "after-school activities for kids in
// the towers") as a need for activities and
// programming first: it seeks someone to run them, for people it has.
// Introductions to those people or posts that reach them do not meet it;
// an offer of the same people or of a program for them still does. A
// program the organization calls its own ("more kids in our after-school
// program") leaves the people sought.
func (lx *Lexicon) readProgramsFor(ph *Phrase, words []string) {
	if lx.programs < 0 || len(ph.Heads) == 0 || lx.Concepts[ph.Heads[0]].Kind != KindGroup {
		return
	}
	for i, w := range words {
		if programWords[w] && !slices.ContainsFunc(words[max(0, i-3):i], func(x string) bool { return possessives[x] }) {
			ph.Heads = append([]int{lx.programs}, ph.Heads...)
			return
		}
	}
}

// programWords name a program, which the lexicon leaves to the words
// around it ("teen programs").
var programWords = fieldSet("program programs programme programmes programming programación programas programa " +
	"activities activités actividades")

// readPromoting reads a need to promote, advertise or spread the word about
// what the organization runs ("promote our coat drive online", "advertise
// our summer camp", "difundir nuestro taller") as a need for the promotion:
// the drive or the camp is what it has, not what it asks for.
func (lx *Lexicon) readPromoting(ph *Phrase, words []string) {
	verb, ours := verbThenOurs(words, promotingWords)
	if ours == 0 || len(ph.Heads) == 0 || lx.inFamily(ph.Heads[0], "visibility.") {
		return
	}
	promo := -1
	for _, h := range ph.Hits {
		start := spanStart(h.Span)
		if start < verb && lx.Concepts[h.Concept].Kind == KindResource && !lx.inFamily(h.Concept, "visibility.") {
			return // "funds to promote our festival" asks for funds
		}
		if promo < 0 && start <= verb && spanEnd(h.Span) >= verb && lx.inFamily(h.Concept, "visibility.") {
			promo = h.Concept
		}
	}
	if promo < 0 {
		return
	}
	for _, h := range ph.Hits {
		if h.Concept == ph.Heads[0] && spanStart(h.Span) < ours {
			return // "rejoindre les parents pour promouvoir": the parents are sought
		}
	}
	others := append(ph.Heads[:0:0], ph.Heads...)
	for _, c := range ph.Others {
		if c != promo {
			others = append(others, c)
		}
	}
	ph.Heads, ph.Others = []int{promo}, others
}

// verbThenOurs returns the positions (as Analyze counts them, from 1) of
// the first of verbs in words and of the first possessive after it ("use
// our hall", "carry our produce"); ours is 0 when either is missing.
func verbThenOurs(words []string, verbs map[string]bool) (verb, ours int) {
	for i, w := range words {
		switch {
		case verb == 0 && verbs[w]:
			verb = i + 1
		case verb > 0 && possessives[w]:
			return verb, i + 1
		}
	}
	return verb, 0
}

// buyersWanted reports whether a need asks for people or places that would
// buy ("offices and cafes that will buy beans every week", "restaurants
// who would order bread weekly", "des épiceries qui achètent", "tiendas
// que compren"): they are customers, whatever they are called, and the
// offices are not sought as space. Only a relative clause whose verb
// comes after nothing but words of will or habit counts: "families who
// can't afford to buy food" need food.
func buyersWanted(words []string) bool {
	for i, w := range words {
		if i == 0 || !relativeWords[w] {
			continue
		}
		for _, v := range words[i+1 : min(len(words), i+5)] {
			if buyingWords[v] {
				return true
			}
			if !buyerFillers[v] {
				break
			}
		}
	}
	return false
}

// referredTo reads a need inferred from a mission that asks for a thing
// named before to be used ("We have a kitchen that sits unused. We would
// love to see it used.", "nous aimerions la voir utilisée", "nos
// gustaría verlo aprovechado"): it returns the resource heads of the
// nearest sentence before the need that names one, or nil when the need
// does not refer back that way.
func (lx *Lexicon) referredTo(need string, sentences []string, lang string) []int {
	if lx.users < 0 || !refersBackToUse(splitWords(need)) {
		return nil
	}
	// A clause before a colon is the nearest sentence before what follows
	// it ("Notre cuisine reste vide : nous aimerions la prêter").
	sentences = atColons(sentences, lang)
	at := -1
	for i, s := range sentences {
		if strings.Contains(need, s) || strings.Contains(s, need) {
			at = i
			break
		}
	}
	for i := at - 1; i >= 0; i-- {
		var used []int
		for _, h := range lx.phraseAs(sentences[i], lang, true, roleOffer).Heads {
			if lx.Concepts[h].Kind == KindResource {
				used = append(used, h)
			}
		}
		if len(used) > 0 {
			return used
		}
	}
	return nil
}

// usesPremises reports whether words ask for the organization's place to
// be used, naming it rather than what is in it: "groups who want to run
// programs here", "would like to see the building used", "des groupes qui
// viendraient ici", "que usen el local".
func usesPremises(words []string) bool {
	for i, w := range words {
		near := words[max(0, i-premisesReach):min(len(words), i+premisesReach+1)]
		switch {
		case hereWords[w]:
			if slices.ContainsFunc(near, func(x string) bool { return takingWords[x] || runningWords[x] }) {
				return true
			}
		case premisesWords[w]:
			if slices.ContainsFunc(near, func(x string) bool { return takingWords[x] || useWords[x] }) {
				return true
			}
		}
	}
	return false
}

// premisesReach is how many words from "here" or "the building" a verb of
// using or running may stand.
const premisesReach = 4

var (
	hereWords     = fieldSet("here ici aquí acá")
	premisesWords = fieldSet("building buildings premises place facility facilities bâtiment bâtiments locaux édifice édificio edificio instalaciones")
	// runningWords: others would run or hold something in the place.
	runningWords = fieldSet("run running hold holding host hosting come meet organize organise tenir organiser animer venir viendraient offrir organizar realizar hacer venir ofrecer dar")
)

// premises returns the places and storage among the heads and other
// concepts of offers (those a mission says it has): what a need to see
// the premises used wants used.
func (lx *Lexicon) premises(offers []Phrase) []int {
	var out []int
	for _, ph := range offers {
		for _, c := range append(append([]int{}, ph.Heads...), ph.Others...) {
			if (lx.inFamily(c, "space.") || lx.inFamily(c, "storage.")) && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// refersBackToUse reports whether words put a pronoun next to a verb of
// using ("see it used", "put them to use", "la voir utilisée", "l'utiliser",
// "usarlo", "verla aprovechada"): a thing named before is to be used.
func refersBackToUse(words []string) bool {
	for i, w := range words {
		if takingWords[w] || useWords[w] {
			for j := max(0, i-2); j <= min(len(words)-1, i+2); j++ {
				if j != i && backPronouns[words[j]] {
					return true
				}
			}
		}
		// Spanish and French verbs that carry their pronoun: "usarlo",
		// "aprovecharla", "utilisée" after "la voir".
		for _, suf := range []string{"lo", "la", "los", "las"} {
			if stem, ok := strings.CutSuffix(w, suf); ok && (takingWords[stem] || useWords[stem]) {
				return true
			}
		}
	}
	return false
}

var (
	// backPronouns stand for a thing named before.
	backPronouns = fieldSet("it them l le la les lo los las verlo verla verlos verlas")
	// useWords are more ways to say a thing is put to use.
	useWords = fieldSet("utilisée utilisés utilisées utilisé servir serve usado usada usados usadas aprovechado aprovechada aprovechar utilizado utilizada")
)

// readTakers reads a need for people to use what the organization has
// ("groups that would use our hall", "renters for our empty office"): it
// is not a need for a hall but for whoever needs one, so its head becomes
// the users concept and what is to be used stays among its other concepts.
func (lx *Lexicon) readTakers(ph *Phrase, words []string) {
	if lx.users < 0 || len(ph.Heads) == 0 || lx.Concepts[ph.Heads[0]].Kind != KindResource {
		return
	}
	if g := lx.givingTo(words); g >= 0 {
		// "events to sponsor", "projects to fund": whoever needs the
		// sponsorship or the grant is what is sought.
		ph.Others = append(append(ph.Others[:0:0], ph.Heads...), ph.Others...)
		ph.Heads = []int{lx.users}
		ph.Uses = []int{g}
		return
	}
	taking, ours := verbThenOurs(words, takingWords)
	if couldUse(words, taking) {
		// "We could also use some younger hands for our sale" asks for
		// hands; "groups that could use our hall" would take the hall.
		return
	}
	if ours == 0 && taking > 0 && givingAway[words[taking-1]] && slices.ContainsFunc(words[:taking-1], func(x string) bool { return placesTo[x] }) {
		// "somewhere to send unsellable produce", "un endroit où donner
		// nos surplus": what a place is sought to receive is the
		// organization's own, said or not.
		ours = taking
	}
	surplus := false
	if ours == 0 {
		// "a way to get our extra harvest to people", "an outlet for
		// unsold produce", "récupérer les invendus": a surplus is the
		// organization's own to give, and whoever takes it helps.
		if t, o := surplusAt(words); o > 0 {
			taking, ours, surplus = t, o, true
		}
	}
	if ours == 0 {
		// "a way to stop throwing out good food", "au lieu de jeter nos
		// surplus", "para no tirar el pan": what would be wasted is the
		// organization's own, said or not, and whoever takes it helps.
		if w := discardedAt(words); w > 0 {
			taking, ours = w, w
		}
	}
	if ours == 0 {
		return
	}
	var used []int
	for _, h := range ph.Hits {
		start := spanStart(h.Span)
		if start < taking && h.Concept != lx.users && lx.Concepts[h.Concept].Kind == KindResource &&
			!(h.Concept == lx.venue && len(h.Span) == 1) {
			// "drivers to use our van" asks for drivers; "a place to
			// send our surplus harvest" asks for whoever would take it.
			return
		}
		if start > ours && lx.Concepts[h.Concept].Kind == KindResource && (!surplus || lx.goods(h.Concept)) {
			// A surplus is goods: "so it doesn't end up in the dumpster"
			// names no more of it.
			used = append(used, h.Concept)
		}
	}
	if len(used) == 0 {
		return
	}
	ph.Others = append(append(ph.Others[:0:0], ph.Heads...), ph.Others...)
	ph.Heads = []int{lx.users}
	ph.Uses = used
	if surplus {
		ph.asks |= askGiveaway
	}
}

// surplusAt returns the positions (as Analyze counts them, from 1) of the
// word from which a need names the organization's surplus and of the word
// after which that surplus is named, or zeros: a possessive before a word
// of surplus ("our extra harvest", "nos surplus", "nuestro pan sobrante"
// reads the possessive), or a noun of surplus after a word of taking
// ("someone to take surplus", "an outlet for unsold produce", "récupérer
// les invendus"). "Extra" alone asks for more ("extra hands"), and a
// surplus with no taker named may be what is sought ("farms with
// surplus", "surplus to rescue").
func surplusAt(words []string) (taking, ours int) {
	taker := 0
	for i, w := range words {
		switch {
		case possessives[w] && i+1 < len(words) && (surplusWords[words[i+1]] || surplusAdjectives[words[i+1]]):
			return i + 1, i + 1
		case possessives[w] && i+2 < len(words) && surplusAdjectives[words[i+2]]:
			// "nuestro pan sobrante", "notre pain invendu"
			return i + 1, i + 1
		case takingWords[w] || outletWords[w]:
			if taker == 0 {
				taker = i + 1
			}
		case taker > 0 && surplusWords[w]:
			return taker, i
		}
	}
	return 0, 0
}

var (
	// surplusWords name a surplus, or a thing as surplus, before it or
	// alone; surplusAdjectives do only right after a possessive or the
	// thing it owns ("our extra produce", "nuestro pan sobrante").
	surplusWords = fieldSet("surplus surpluses leftover leftovers excess unsold unsellable " +
		"invendus invendu invendues excédent excédents excédentaire excédentaires restes " +
		"excedente excedentes sobrante sobrantes sobras")
	surplusAdjectives = fieldSet("extra spare sobrante sobrantes invendu invendus invendue invendues")
	// outletWords name a taker of what is for sale or to give.
	outletWords = fieldSet("outlet outlets débouché débouchés")
)

// couldUse reports whether the taking verb at position at (counted from 1)
// is the "could use" of wanting ("we could really use drivers"), which asks
// for what follows unless that is the organization's own.
func couldUse(words []string, at int) bool {
	if at < 2 || words[at-1] != "use" || at < len(words) && possessives[words[at]] {
		return false
	}
	for i := at - 2; i >= 0 && i >= at-3; i-- {
		if words[i] == "could" || words[i] == "can" {
			return true
		}
	}
	return false
}

// discardedAt returns one past the index of the word that says a thing
// would be thrown out, go to waste or have to be carted off ("someone to
// haul away spent grain", "nous débarrasser des palettes"), or 0. "Waste"
// alone is a noun too ("bins for food waste"), so it counts only after
// "to" or as a verb form.
func discardedAt(words []string) int {
	for i, w := range words {
		switch {
		case wastingWords[w] || removingWords[w]:
			return i + 1
		case (w == "out" || w == "away") && i > 0 && throwingWords[words[i-1]]:
			return i + 1
		case (w == "away" || w == "off") && i > 0 && haulingWords[words[i-1]]:
			// At the verb: "haul" may name a delivery, and that is the
			// taking, not something else that is asked for.
			return i
		case w == "rid" && i > 0 && (words[i-1] == "get" || words[i-1] == "getting"):
			return i + 1
		case w == "waste" && i > 0 && words[i-1] == "to":
			return i + 1
		}
	}
	return 0
}

var (
	// throwingWords throw a thing out or away; wastingWords say it is
	// thrown out or wasted on their own.
	throwingWords = fieldSet("throw throwing throws thrown toss tossing tossed dump dumping chuck chucking")
	// haulingWords carry a thing off when "away" or "off" follows; a
	// thing others would rid us of (removingWords) is ours to give.
	haulingWords  = fieldSet("haul hauling hauled cart carting carted take taking truck trucking")
	removingWords = fieldSet("débarrasser débarrasse débarrassent évacuer deshacernos deshacerse llevarse")
	wastingWords  = fieldSet("wasting wasted landfill landfilling jeter jetons jette jettent jetés jetées jetée jeté gaspiller gaspillons gaspille gaspillés gaspillées gaspillé " +
		"tirar tiramos tiran tira botar botamos botan desperdiciar desperdiciamos desperdicia desperdician desperdicie")
)

// readYourLogo reads an offer to show the partner's logo ("your logo on
// our step-and-repeat", "votre logo sur nos affiches", "su logo en las
// camisetas") as a token of thanks, not as design work: it is the logo
// the partner already has, shown.
func (lx *Lexicon) readYourLogo(ph *Phrase, words []string) {
	if lx.token < 0 || slices.ContainsFunc(words, func(x string) bool { return designWords[x] }) {
		return
	}
	for i := 1; i < len(words); i++ {
		if logoWords[words[i]] && yourWords[words[i-1]] {
			ph.Others = append(slices.Clone(ph.Heads), slices.DeleteFunc(slices.Clone(ph.Others), func(o int) bool { return o == lx.token })...)
			ph.Heads = []int{lx.token}
			return
		}
	}
}

var (
	logoWords   = fieldSet("logo logos logotipo logotipos")
	yourWords   = fieldSet("your votre vos su sus tu tus their leur leurs")
	designWords = fieldSet("design designs designing redesign conception concevoir créer diseño diseñar diseñamos crear")
)

// readTakingOffer reads an offer to take something away ("same-night
// pickup of unsold food from shops", "nous récupérons vos invendus",
// "recogemos excedentes de pan"): it does not give the thing, it takes it,
// so it meets a need for takers of that thing (readTakers) and no need for
// the thing itself. Its head becomes the users concept and what it takes,
// the first thing named after the taking word, its use.
func (lx *Lexicon) readTakingOffer(ph *Phrase, words []string) {
	if lx.users < 0 || len(ph.Heads) == 0 || slices.ContainsFunc(words, func(x string) bool { return handingOut[x] }) {
		return
	}
	// Token positions count words from 1.
	at := slices.IndexFunc(words, func(x string) bool { return takingAway[x] }) + 1
	if at == 0 || at < len(words) && infinitiveMarks[words[at]] || at > 1 && forWords[words[at-2]] {
		// "accepte de présenter notre organisme" agrees to do something;
		// "spent grain, free for pickup" is given to whoever comes.
		return
	}
	taken := -1
	for i, h := range ph.Hits {
		if start := spanStart(h.Span); start > at && lx.Concepts[h.Concept].Kind == KindResource && (taken < 0 || start < spanStart(ph.Hits[taken].Span)) {
			taken = i
		}
	}
	if taken < 0 {
		return
	}
	ph.Others = append(append(ph.Others[:0:0], ph.Heads...), ph.Others...)
	ph.Heads = []int{lx.users}
	ph.Uses = []int{ph.Hits[taken].Concept}
}

var (
	forWords = fieldSet("for pour para")
	// takingAway: an offer to come and take things ("pickup", "we
	// collect", "récupération", "recogemos"). Nouns of collecting that
	// also name a drive ("collecte de denrées", "collection") are left out:
	// a food drive gives what it gathers.
	takingAway = fieldSet("pickup pickups collect collecting accept accepts accepting rescue rescues rescuing " +
		"récupération récupérons récupère ramassage ramassons acceptons accepte " +
		"recogemos recoge recogida recolectamos aceptamos acepta rescatamos rescate")
	// handingOut says an offer gives or brings what it names, whatever
	// else it does: "we collect and distribute food" gives food.
	handingOut = fieldSet("distribute distributes distributing deliver delivers delivery give gives giving provide provides share shares supply supplies " +
		"distribuons distribuer distribue livrons livraison livrer donnons offrons fournissons partageons " +
		"distribuimos repartimos entregamos entrega damos ofrecemos proveemos compartimos " +
		// "Récupération de portables reconditionnés offerts aux
		// organismes": what is recovered and then given is given.
		"offered offert offerts offerte offertes ofrecido ofrecidos ofrecida ofrecidas")
)

// takersOfDrives returns, for each offer of a drive ("a clothing drive
// every spring and fall", "collecte de jouets", "colecta de útiles"), the
// need it implies: whoever needs what it gathers takes it, and that is
// what the drive is for. They are inferred needs for takers, without words
// of their own to share.
func (lx *Lexicon) takersOfDrives(offers []Phrase, lang string) []Phrase {
	if lx.users < 0 {
		return nil
	}
	var out []Phrase
	for _, of := range offers {
		if len(of.Heads) == 0 || !lx.goods(of.Heads[0]) {
			continue
		}
		words := splitWords(of.Text)
		at := slices.IndexFunc(words, func(x string) bool { return driveWords[x] }) + 1 // token positions count from 1
		if at == 0 {
			continue
		}
		named := slices.ContainsFunc(of.Hits, func(h Hit) bool {
			// What the drive gathers is named next to it: "clothing
			// drive", "collecte de vêtements", or a trigger of its own
			// ("food drive", "collecte de jouets").
			start, end := spanStart(h.Span), spanEnd(h.Span)
			return h.Concept == of.Heads[0] && (end == at-1 || start > at && start <= at+2 || start <= at && end >= at)
		})
		if !named {
			continue
		}
		out = append(out, Phrase{
			Text:      of.Text,
			PhraseSig: PhraseSig{Heads: []int{lx.users}, Others: slices.Clone(of.Heads), Uses: slices.Clone(of.Heads), Inferred: true},
			stems:     map[string]bool{},
		})
	}
	return out
}

// driveWords name a drive that gathers things to give away.
var driveWords = fieldSet("drive drives collecte collectes colecta colectas recolecta recolectas")

// givingTo returns the concept a need seeks to give, when it asks for
// someone to give it to ("events to sponsor", "des projets à financer",
// "proyectos para financiar"), or -1.
func (lx *Lexicon) givingTo(words []string) int {
	for i := 1; i+1 < len(words); i++ {
		if !infinitiveMarks[words[i]] {
			continue
		}
		if id, ok := givingVerbs[words[i+1]]; ok {
			if c, ok := lx.byID[id]; ok {
				return c
			}
		}
	}
	return -1
}

var (
	infinitiveMarks = fieldSet("to à a de para")
	givingVerbs     = map[string]string{
		"sponsor": "funding.sponsorship", "fund": "funding.general", "finance": "funding.general",
		"commanditer": "funding.sponsorship", "parrainer": "funding.sponsorship", "financer": "funding.general",
		"patrocinar": "funding.sponsorship", "financiar": "funding.general",
	}
)

// givingAwayList: the verbs of sending or donating a thing away.
const givingAwayList = "send donate envoyer donner enviar mandar donar"

// takingWords say that others would use something ("use", "rent", "fill")
// or name them ("renters"); possessives say it is the organization's own.
var (
	takingWords = fieldSet("use using used rent renting book booking hire borrow occupy share renters tenants hirers users bookings " +
		"utiliser utilisent utilise louer loue réserver occuper profiter emprunter partager locataires utilisateurs utilisatrices " +
		"usar usen use utilizar utilicen alquilar alquilen rentar renten reservar ocupar aprovechar compartir inquilinos usuarios arrendatarios " +
		// Whoever we would send or donate our things to takes them.
		givingAwayList + " " +
		// Whoever would take, collect or pick up our things takes them.
		"take takes pick collect récupérer récupère récupèrent ramasser recoger recoja recojan recogen " +
		// Whoever we would lend them to uses them.
		"lend lending loan prêter prêtons prestar prestamos")
	possessives = fieldSet("our notre nos nuestro nuestra nuestros nuestras")
	// givingAway give away what follows; placesTo ask where to.
	givingAway = fieldSet(givingAwayList)
	placesTo   = fieldSet("somewhere place places where endroit endroits lieu lieux où lugar lugares sitio donde")
	// sellingWords: whoever does this with our goods is a customer or a
	// retailer (readSelling).
	// promotingWords: whoever asks for this done to what it runs asks
	// for promotion (readPromoting).
	promotingWords = fieldSet("promote promoting publicize publicise advertise advertising announce market " +
		"promouvoir publiciser annoncer diffuser afficher " +
		"promover promocionar difundir divulgar anunciar publicitar")
	sellingWords = fieldSet("carry carries stock stocks sell sells selling buy buys buying purchase order orders retail distribute " +
		"vendre vendent vende acheter achètent achète distribuer écouler " +
		"vender vendan venda comprar compren compre distribuir")
	// buyingWords and buyerFillers: see buyersWanted.
	buyingWords = fieldSet("buy buys purchase purchases order orders acheter achètent achète commandent commander " +
		"compren compre compran comprar pidan")
	buyerFillers = fieldSet("will would could can might may also regularly reliably want wants to like already " +
		"pourraient peuvent voudraient veulent vont nous en " +
		"quieran puedan podrían van a nos")
	// ownWords mark what follows as someone's own, up to ownedSpan words
	// ("our drop-in kids").
	ownWords = fieldSet("our their notre nos leur leurs nuestro nuestra nuestros nuestras su sus")
)

const ownedSpan = 3

// heads picks the one concept a phrase is about: what is given or wanted,
// not whom it serves or what it is for. Phrases are cut into segments at
// words like "for", "to", "with" ("space for our seniors' lunch" is about
// space); the first segment naming a resource gives the head, else the first
// naming a group (read as "access to these people"), else a topic. Within a
// segment English compounds put their head last ("stage makeup workshops" is
// about workshops) and French and Spanish first ("salle de réunion").
func (lx *Lexicon) heads(hits []Hit, cl clauses, lang string, role int) (heads, others []int) {
	cuts := cl.cuts
	headFirst := lang == "fr" || lang == "es"
	segment := func(h Hit) int {
		start := h.Span[0]
		for _, p := range h.Span {
			start = min(start, p)
		}
		seg := 0
		for _, c := range cuts {
			if start > c {
				seg++
			}
		}
		return seg
	}
	// Segments are read in order: the first one naming a resource or a
	// group gives the head ("kids for our summer camp" asks for kids; "space
	// for our seniors' lunch" asks for space); within it a resource beats a
	// group. Topics are heads only when nothing else is named.
	// Tiers, best first: what the first segment names (a resource before a
	// group), then resources named later, then groups named later (past an
	// empty first segment people are objects of a verb: "someone patient to
	// teach seniors to use tablets" asks for a teacher of tablets), then
	// topics.
	rank := map[string]int{KindResource: 0, KindGroup: 1, KindTopic: 2}
	tier := func(h Hit) int {
		kind := lx.Concepts[h.Concept].Kind
		switch {
		case kind == KindTopic:
			return 3
		case segment(h) == 0:
			return 0
		case kind == KindResource:
			return 1
		}
		return 2
	}
	best := -1
	bestTier, bestSeg, bestRank, bestPos := 0, 0, 0, 0
	for i, h := range hits {
		kind := lx.Concepts[h.Concept].Kind
		seg, r, t := segment(h), rank[kind], tier(h)
		if role == roleNeed && kind == KindGroup && cl.owned[spanStart(h.Span)] {
			// "something to get our kids reading": people a need calls its
			// own are already there; what it seeks is something else.
			continue
		}
		if role == roleNeed && kind == KindResource && cl.owned[spanStart(h.Span)] && lx.peopleConcept(h.Concept) && namesMore(hits, i, cl, lx) {
			// "a counselor our clients can talk to": its clients are
			// there too, when it names something else to seek.
			continue
		}
		if seg > 0 && cl.purpose[seg-1] && lx.peopleConcept(h.Concept) {
			// "tutoring for seniors", "help for teens stuck on homework":
			// the people after "for" are whom it serves, not what is
			// offered or sought.
			continue
		}
		pos := spanEnd(h.Span)
		if headFirst {
			pos = -spanStart(h.Span)
		}
		if best < 0 || t < bestTier || (t == bestTier && (seg < bestSeg || (seg == bestSeg && (r < bestRank || (r == bestRank && pos > bestPos))))) {
			best, bestTier, bestSeg, bestRank, bestPos = i, t, seg, r, pos
		}
	}
	if best >= 0 && hits[best].Concept == lx.venue && len(hits[best].Span) == 1 && bestSeg < len(cl.locative) && cl.locative[bestSeg] {
		// "des endroits où nos élèves peuvent faire du bénévolat": a bare
		// place where something happens asks for that something.
		for i, h := range hits {
			if segment(h) > bestSeg && lx.Concepts[h.Concept].Kind == KindResource {
				best, bestSeg = i, segment(h)
				break
			}
		}
	}
	if best >= 0 {
		// A generic head refined later by a narrower concept of its own
		// family is about the narrower one: "employers to host placements"
		// asks for placements, "space for our meetings" for a meeting room.
		for i, h := range hits {
			if segment(h) > bestSeg && lx.isAncestor(hits[best].Concept, h.Concept) {
				best, bestSeg = i, segment(h)
				break
			}
		}
	}
	for i, h := range hits {
		switch {
		case i == best:
			heads = append(heads, h.Concept)
		case best >= 0 && segment(h) == bestSeg && (lx.Concepts[h.Concept].Kind == lx.Concepts[hits[best].Concept].Kind ||
			lx.Concepts[h.Concept].Kind == KindGroup && lx.inFamily(hits[best].Concept, "volunteers.")) &&
			cl.coordinated(h.Span, hits[best].Span):
			// "vegetables, eggs and apples": every item of a list is a
			// head, and "volunteer drivers and teenagers" are people
			// both.
			heads = append(heads, h.Concept)
		case best >= 0 && role == roleOffer && lx.inFamily(hits[best].Concept, deliveryConcept) && segment(h) == bestSeg &&
			lx.Concepts[h.Concept].Kind == KindResource && !lx.inFamily(h.Concept, "transport."):
			// "hot meal delivery", "livraison d'épicerie": what is
			// delivered is given too.
			heads = append(heads, h.Concept)
		case best >= 0 && role == roleOffer && lx.Concepts[h.Concept].Kind == KindGroup && cl.counted[spanStart(h.Span)] &&
			(segment(h) == 0 || !cl.purpose[segment(h)-1]):
			// "a daycare with 60 children", "a center with 500 members": an
			// offer that counts people has them to bring, besides what it
			// does for them ("tutoring for 40 kids" only serves them).
			heads = append(heads, h.Concept)
		case best >= 0 && (lx.Concepts[hits[best].Concept].Kind == KindGroup || lx.inFamily(hits[best].Concept, "volunteers.")) && lx.Concepts[h.Concept].Kind == KindResource &&
			bestSeg < len(cl.relative) && cl.relative[bestSeg] && cl.sameClause(bestSeg+1, segment(h)):
			// "parishioners who drive seniors to appointments", "voluntarios
			// que enseñen inglés": the people and what they do are both
			// what is offered or sought.
			heads = append(heads, h.Concept)
		default:
			others = append(others, h.Concept)
		}
	}
	return heads, others
}

// namesMore reports whether hits name, besides hit i, something a need may
// seek: not people it calls its own.
func namesMore(hits []Hit, i int, cl clauses, lx *Lexicon) bool {
	for j, h := range hits {
		if j != i && !(cl.owned[spanStart(h.Span)] && lx.peopleConcept(h.Concept)) && lx.Concepts[h.Concept].Kind != KindTopic {
			return true
		}
	}
	return false
}

func spanStart(span []int) int {
	m := span[0]
	for _, p := range span {
		m = min(m, p)
	}
	return m
}

func spanEnd(span []int) int {
	m := span[0]
	for _, p := range span {
		m = max(m, p)
	}
	return m
}

// segmentWords end the main part of a phrase: what follows them says whom
// or what the thing is for, not what it is.
var segmentWords = map[string]map[string]bool{
	"en": fieldSet("of for to with at in on from about during by after before while into through so that which who where when because like including as we they"),
	"fr": fieldSet("pour avec à au aux dans chez sur pendant par afin qui que où lorsque quand comme"),
	"es": fieldSet("para con en a al por durante desde sobre que donde cuando como"),
}

// dash is the token a setting-off dash yields.
const dash = "—"

func fieldSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// clauses is what the small words of a phrase say about its structure:
// where its segments end (cuts, as Analyze counts positions; purpose[i] when
// cut i is "for", "pour" or "para"), and where a list coordinates items
// (a comma, "and", "or" before a word).
type clauses struct {
	cuts     []int
	purpose  []bool
	relative []bool // cut i is "who", "qui", "que"...: what follows says what the people do
	locative []bool // cut i is "where", "où", "donde": what follows says what happens there
	clause   []bool // cut i starts a clause of time, place or manner, not part of a compound
	having   uint64 // bit i: cut i is "with", what follows is what the thing before has
	coord    map[int]bool
	owned    map[int]bool // positions of the few words after "our", "their", "nos"...
	counted  map[int]bool // positions of the words right after a number: "60 children"
}

var (
	purposeWords = fieldSet("for pour para")
	// seekingFor are the verbs whose "for" says what is sought.
	seekingFor    = fieldSet("looking searching hunting asking hoping calling")
	relativeWords = fieldSet("who that qui que quienes")
	locativeWords = fieldSet("where où donde")
	// compoundWords may sit inside a compound read in the other order ("room
	// for meetings", "salle pour réunions", "voluntarios para tutorías");
	// a relative clause says what the thing named before it does ("a company
	// that offers tech support"); the other segment words start a clause.
	compoundWords = fieldSet("of for to with who that pour avec à au aux de qui que para con a al por quienes")
	coordWords    = fieldSet("and or & et ou y o e")
	// hasWords before a number say the people counted are had, not served
	// or reached ("with 60 children", not "reaching 800 households").
	hasWords = fieldSet("with has have avec compte comptent con tiene tienen cuenta cuentan")
	// groupWords and ofWords: "a group of", "un groupe de", "un grupo de"
	// count people as had, with or without a number.
	groupWords = fieldSet("group groups groupe groupes grupo grupos")
	ofWords    = fieldSet("of de d")
)

// wordsAndCommas returns the runs of letters and numbers of text and its
// list separators (",", ";", "/"), in order: what the regular expression
// [\p{L}\p{N}]+|[,;/] finds, in a tenth of the time.
func wordsAndCommas(text string) []string {
	out := make([]string, 0, len(text)/5)
	for tok := range tokens(text, true) {
		out = append(out, tok)
	}
	return out
}

// tokens yields the runs of letters and numbers of text in order and, with
// separators, the list separators between them (",", ";", "/") and a dash
// that sets off what follows ("—", "–", or "-" between spaces), as "—".
func tokens(text string, separators bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text {
			if unicode.IsLetter(r) || unicode.IsNumber(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 && !yield(text[start:i]) {
				return
			}
			start = -1
			if separators && (r == ',' || r == ';' || r == '/') && !yield(text[i:i+1]) {
				return
			}
			if separators && (r == '—' || r == '–' || r == '-' && i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' ') && !yield(dash) {
				return
			}
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}

// splits reports whether span, a trigger of so many words found with some
// slack, straddles a cut that starts a clause.
func (c clauses) splits(span []int, words int) bool {
	lo, hi := spanStart(span), spanEnd(span)
	if hi-lo+1 <= words {
		return false
	}
	for i, cut := range c.cuts {
		if c.clause[i] && lo < cut && cut < hi {
			return true
		}
	}
	return false
}

// hasNotCompounds reports whether span, a trigger's stems in the trigger's
// order, reads across "with" in that same order: "volunteers with medical
// training" are volunteers who have training, not "volunteer training",
// where "help with homework" is still "homework help" read the other way
// round. English only: its compounds put the modifier first.
func (c clauses) hasNotCompounds(span []int) bool {
	if c.having == 0 || len(span) < 2 {
		return false
	}
	for i := 1; i < len(span); i++ {
		if span[i] <= span[i-1] {
			return false
		}
	}
	for i, cut := range c.cuts {
		if i < 64 && c.having&(1<<i) != 0 && span[0] < cut && cut < span[len(span)-1] {
			return true
		}
	}
	return false
}

// sameClause reports whether segments from..to (from <= to) are one
// clause: no cut between them opens a clause, says whom something is for
// or starts another relative ("who want to coach teens" is one clause
// across "to").
func (c clauses) sameClause(from, to int) bool {
	if to < from {
		return false
	}
	for i := from; i < to; i++ {
		if i >= len(c.cuts) || c.clause[i] || c.purpose[i] || c.relative[i] {
			return false
		}
	}
	return true
}

// coordinated reports whether a list separator lies between two spans.
func (c clauses) coordinated(a, b []int) bool {
	if spanStart(b) <= spanEnd(a) && spanStart(a) <= spanEnd(b) {
		// Spans that overlap, as a trigger matched across the phrase
		// does ("volunteer designers" in "volunteer web developers and
		// designers"): the two are coordinated when a coordinator falls
		// between their ends or between their starts.
		return c.coordBetween(spanEnd(a), spanEnd(b)) || c.coordBetween(spanStart(a), spanStart(b))
	}
	if spanStart(a) > spanEnd(b) {
		a, b = b, a
	}
	return c.coordBetween(spanEnd(a), spanStart(b))
}

// coordBetween reports whether a coordinator marks a position after the
// smaller of x and y, up to the larger.
func (c clauses) coordBetween(x, y int) bool {
	for p := min(x, y) + 1; p <= max(x, y); p++ {
		if c.coord[p] {
			return true
		}
	}
	return false
}

// readClauses finds the cuts and list separators of text, ignoring cuts
// before the first content word. In a need, a "for" that follows a verb
// of seeking is part of it ("Looking for veterans"), not a cut.
func readClauses(text, lang string, need bool) clauses {
	set := segmentWords[lang]
	if set == nil {
		set = segmentWords["en"]
	}
	var c clauses // its maps are made on the first write: most texts need neither
	mark := func(m *map[int]bool, at int) {
		if *m == nil {
			*m = map[int]bool{}
		}
		(*m)[at] = true
	}
	content, seeking := false, false
	pos, ownedUntil := 0, 0
	prev, prev2 := "", ""
	for _, tok := range wordsAndCommas(strings.ToLower(text)) {
		if tok == "," || tok == ";" || tok == "/" {
			mark(&c.coord, pos+1)
			prev = ""
			continue
		}
		if tok == dash {
			// "seeking venue - spring fundraiser gala": what follows a
			// dash says what the thing is for, as "for" would.
			if content {
				c.addCut(pos, true, false, false, true)
			}
			prev = ""
			continue
		}
		pos++
		if need && tok == "for" && (seekingFor[prev] || seeking && coordWords[prev]) {
			// The veterans are what is sought, not whom it serves; an
			// offer that seeks ("students looking for a practicum") is
			// read apart (see offerHeads). So is what a second "for"
			// adds to the first ("looking for drivers and for
			// teenagers to help in the shop").
			seeking = true
			prev = tok
			continue
		}
		switch {
		case isNumber(tok) && (hasWords[prev] || groupWords[prev2] && ofWords[prev]):
			// "a daycare with 60 children", "a group of 25 seniors":
			// people counted as had.
			mark(&c.counted, pos+1)
			mark(&c.counted, pos+2)
		case groupWords[prev2] && ofWords[prev]:
			// "un groupe de gamins du primaire": a group is had too.
			mark(&c.counted, pos)
			mark(&c.counted, pos+1)
		}
		prev2, prev = prev, tok
		if pos <= ownedUntil {
			mark(&c.owned, pos)
		}
		if ownWords[tok] {
			ownedUntil = pos + ownedSpan
		}
		if coordWords[tok] {
			mark(&c.coord, pos+1)
		}
		if set[tok] {
			if content {
				c.addCut(pos, purposeWords[tok], relativeWords[tok], locativeWords[tok], !compoundWords[tok])
				if tok == "with" && len(c.cuts) <= 64 {
					c.having |= 1 << (len(c.cuts) - 1)
				}
			}
			continue
		}
		if !isStopWord(tok, lang) {
			content = true
		}
	}
	return c
}

// addCut ends a segment after position pos, with what the next one says.
func (c *clauses) addCut(pos int, purpose, relative, locative, clause bool) {
	c.cuts = append(c.cuts, pos)
	c.purpose = append(c.purpose, purpose)
	c.relative = append(c.relative, relative)
	c.locative = append(c.locative, locative)
	c.clause = append(c.clause, clause)
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Concepts returns the ids of the head concepts of the profile's offers and
// needs, and of its purpose: what the index stores so that retrieval proposes
// the candidates scoring would rank.
func (p *Profile) Concepts() (offers, needs, purpose []string) {
	seen := map[string]bool{}
	add := func(dst *[]string, tag string, c int) {
		id := p.lx.Concepts[c].ID
		if !seen[tag+id] {
			seen[tag+id] = true
			*dst = append(*dst, id)
		}
	}
	for _, ph := range p.Offers {
		for _, c := range ph.Heads {
			add(&offers, "o", c)
			for _, a := range p.lx.ancestor[c] {
				add(&offers, "o", a)
			}
		}
	}
	for _, ph := range p.Needs {
		for _, c := range ph.Heads {
			add(&needs, "n", c)
		}
	}
	for c := range p.Purpose {
		add(&purpose, "p", c)
	}
	return offers, needs, purpose
}

// MeetingConcepts returns the ids of every concept whose offer would meet one
// of the profile's needs (the needs' heads, their descendants' ancestors and
// met_by targets): the terms to look for in candidates' offers.
func (p *Profile) MeetingConcepts() []string { return p.conceptIDs(p.meetingConcepts()) }

func (p *Profile) meetingConcepts() []int {
	seen := map[int]bool{}
	var out []int
	add := func(c int) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, ph := range p.Needs {
		for _, c := range ph.Heads {
			add(c)
			for to := range p.lx.metBy[c] {
				add(to)
			}
			if w.ancestorMeetsNeed > 0 {
				for _, a := range p.lx.ancestor[c] {
					add(a)
				}
			}
		}
	}
	return out
}

// MetNeedConcepts returns the ids of every concept whose need one of the
// profile's offers would meet: the terms to look for in candidates' needs.
func (p *Profile) MetNeedConcepts() []string { return p.conceptIDs(p.metNeedConcepts()) }

func (p *Profile) metNeedConcepts() []int {
	seen := map[int]bool{}
	var out []int
	for _, ph := range p.Offers {
		for _, c := range ph.Heads {
			for _, n := range p.lx.meetsFor[c] {
				if !seen[n] {
					seen[n] = true
					out = append(out, n)
				}
			}
		}
	}
	return out
}

func (p *Profile) conceptIDs(cs []int) []string {
	if len(cs) == 0 {
		return nil
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = p.lx.Concepts[c].ID
	}
	return out
}

// Stems returns the distinct specific stems of the profile's texts, most
// frequent first: the words of a "more like this" query.
func (p *Profile) Stems(limit int) []string {
	o := p.Org
	count := map[string]int{}
	var order []string
	texts := append(append(append(append([]string{o.Name, o.Mission}, o.Values...), o.Goals...), o.Offers...), o.Needs...)
	for _, t := range texts {
		for _, tk := range Analyze(t, p.Lang) {
			if count[tk.Stem] == 0 {
				order = append(order, tk.Stem)
			}
			count[tk.Stem]++
		}
	}
	sortStable(order, func(a, b string) bool { return count[a] > count[b] })
	if len(order) > limit {
		order = order[:limit]
	}
	return order
}

func sortStable(xs []string, less func(a, b string) bool) {
	sort.SliceStable(xs, func(i, j int) bool { return less(xs[i], xs[j]) })
}

// peopleConcept reports whether c names people (a group, customers, an
// audience) rather than a thing to give.
func (lx *Lexicon) peopleConcept(c int) bool {
	return lx.Concepts[c].Kind == KindGroup || lx.inFamily(c, "resource.customers") || lx.inFamily(c, "resource.audience")
}

// firstPersonBefore reports whether a first-person word comes before
// position i ("on" only in French: in English it is a preposition).
func firstPersonBefore(words []string, i int, lang string) bool {
	for j := 0; j < i; j++ {
		if firstPerson[words[j]] && (words[j] != "on" || lang == "fr") {
			return true
		}
	}
	return false
}

// asksInstead reports whether a text listed as an offer asks for what it
// names instead: its subject is the organization itself ("we", "our
// clients", "nous", "notre comptoir", "buscamos") and its verb seeks ("need",
// "looking for", "cherchons", "à la recherche", "necesita"), or it opens
// with the seeking ("Looking for...", "Also searching for...", "Se busca")
// or is headed as wanted ("Board members wanted:"). The seeking must come
// before anything given ("we provide meals to families who need them") and
// not belong to others ("for those who need", "in need").
func asksInstead(text string, words []string, lang string) bool {
	if asksToo(words) {
		return true
	}
	if strings.Contains(text, "?") {
		// "Need a hall? Ours is free.", but "Does anyone have a generator
		// we can borrow?" asks, and so does "Is there an accessible van
		// service out there?" when nothing is given.
		return asksAnyone(words) || asksOpenly(text) && !slices.ContainsFunc(words, func(w string) bool { return givingWords[w] })
	}
	if len(words) > 1 && (words[0] == "wish" && words[1] == "list" || words[0] == "wishlist" || becomeWords[words[0]]) {
		// "WISH LIST: canned tuna...", "Become a mentor!": a call.
		return true
	}
	// Opening with the seeking: "Looking for", "Also searching for", "In
	// need of", "À la recherche de", "Se busca", "En busca de".
	j := 0
	for j < len(words) && j < 3 && openingWords[words[j]] {
		j++
	}
	if j < len(words) && (askingWords[words[j]] || seekingPhrase(words, j) || words[j] == "hoping") {
		return !givenAfter(words, j) && !offersItself(words, j)
	}
	for i, w := range words {
		if givingWords[w] || otherPeopleWords[w] && !ownedAt(words, i) {
			return false
		}
		switch {
		case seekingSelf[w]:
			return !givenAfter(words, i) && !offersItself(words, i)
		case askingWords[w] || seekingPhrase(words, i):
			if i > 0 && (words[i-1] == "in" || words[i-1] == "no" || words[i-1] == "not") {
				continue
			}
			if firstPersonBefore(words, i, lang) {
				return !givenAfter(words, i) && !offersItself(words, i)
			}
		case callWords[w] && i > 0 && i < 4 && words[i-1] != "no" && words[i-1] != "not":
			return true
		case (wishWords[w] && i+1 < len(words) && wishedWords[words[i+1]] || strugglingWords[w]) && firstPersonBefore(words, i, lang):
			// "We'd love someone to connect us with city hall", "our
			// club is struggling to fill seats": a wish or a struggle
			// where an offer goes.
			return true
		case w == "please" && i+1 < len(words) && sendingWords[words[i+1]]:
			return true // "please send canned goods"
		}
	}
	return false
}

// asksToo reports whether an offer says it lacks the same thing as whoever
// reads it: "We're short on chairs too", "Nous aussi, on doit louer des
// chapiteaux", "La radio comunitaria también busca patrocinadores", "We're
// hiring a camp nurse too". A giving word first ("we also offer", "nous
// offrons aussi") keeps it an offer.
func asksToo(words []string) bool {
	too := -1
	for i, w := range words {
		if tooWords[w] {
			too = i
			break
		}
	}
	if too < 0 {
		return false
	}
	if too < 2 && too+1 < len(words) && firstPerson[words[max(0, too-1)]] && words[too] != "also" {
		return true // "Nous aussi, ...", "Us too"
	}
	for _, w := range words {
		if givingWords[w] {
			return false
		}
		if askingWords[w] || seekingSelf[w] || lackingWords[w] {
			return true
		}
	}
	return false
}

// dropMealTimes drops the meals a phrase names only to say when: "classrooms
// free at lunch", "open after dinner", "pendant le dîner", "a la hora del
// almuerzo", "lunch hour" give no food.
func (lx *Lexicon) dropMealTimes(hits []Hit, words []string) []Hit {
	return slices.DeleteFunc(hits, func(h Hit) bool {
		if len(h.Span) != 1 || !lx.inFamily(h.Concept, "food.meals") {
			return false
		}
		return mealTimeAt(words, h.Span[0]-1)
	})
}

// mealTimeAt reports whether the meal word at i names a time of day: after
// "at", "during", "à", "durante"... (past an article), or before "hour",
// "time", "break", "heure", "hora".
func mealTimeAt(words []string, i int) bool {
	if i < 0 || i >= len(words) {
		return false
	}
	prev, next := around(words, i)
	if articles[prev] && i > 1 {
		prev = words[i-2]
	}
	return timeBefore[prev] || timeAfter[next]
}

var (
	timeBefore = fieldSet("at during after before until till around over " +
		"à pendant après avant jusqu vers heure durant " +
		"durante después antes hasta hora")
	timeAfter = fieldSet("hour hours time break rush breaks")
	articles  = fieldSet("the le la l du el del")
)

// asksAnyone reports whether a question is put to anyone who might have
// or know something ("Does anyone have a generator we can borrow?",
// "Anyone know a reporter?", "Quelqu'un aurait-il des tables ?",
// "¿Alguien tiene sillas?"): it asks for the thing.
func asksAnyone(words []string) bool {
	for i, w := range words {
		if !anyoneWords[w] {
			continue
		}
		if i > 0 && questionVerbs[words[i-1]] {
			return true // "Can anyone translate our forms?"
		}
		if w == "quelqu" && i+1 < len(words) && words[i+1] == "un" {
			i++ // "quelqu'un"
		}
		if i+1 < len(words) && anyoneAsks[words[i+1]] {
			return true
		}
	}
	return false
}

// asksOpenly reports whether a question of text opens with a word that
// asks rather than offers ("Is there...?", "How do small groups...?",
// "¿Dónde podemos...?"), where "Need a hall? Ours is free." opens with
// what is offered.
func asksOpenly(text string) bool {
	questions := strings.Split(text, "?")
	for _, q := range questions[:len(questions)-1] { // what follows the last "?" is no question
		if i := strings.LastIndexAny(q, ".!;:¿¡"); i >= 0 {
			q = q[i+1:]
		}
		first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(q)), " ")
		if questionOpeners[first] {
			return true
		}
	}
	return false
}

var (
	// questionVerbs before "anyone" ask; questionOpeners open a question
	// that asks.
	questionVerbs   = fieldSet("can could would will does do did peut pourrait puede podría podria")
	questionOpeners = fieldSet("is are how where who does any est-ce comment où y hay dónde donde cómo quién alguien")
	// becomeWords open a call to join as what follows ("Become a mentor!").
	becomeWords = fieldSet("become devenez conviértete hazte")
	anyoneWords = fieldSet("anyone anybody someone somebody quelqu alguien")
	anyoneAsks  = fieldSet("have has know knows got able willing aurait a connaît connait connaîtrait peut pourrait tiene tendrá tendra conoce sabe puede podría podria")
)

// around returns the words before and after words[i], "" at either end.
func around(words []string, i int) (prev, next string) {
	if i > 0 {
		prev = words[i-1]
	}
	if i+1 < len(words) {
		next = words[i+1]
	}
	return prev, next
}

// seekingPhrase reports whether the word at i ends "in search of", "à la
// recherche de" or "en busca de": "recherche" alone is research, "busca"
// alone a third person.
func seekingPhrase(words []string, i int) bool {
	switch words[i] {
	case "search":
		return i > 0 && words[i-1] == "in"
	case "recherche":
		if i > 1 && words[i-2] == "à" && words[i-1] == "la" {
			return true
		}
		// The verb: "notre association recherche un lieu", "Recherche
		// vidéoprojecteur"; not the noun ("la recherche", "projet de
		// recherche", "recherche universitaire").
		prev, next := around(words, i)
		return !frenchArticle[prev] && prev != "en" && prev != "sa" && prev != "notre" && prev != "leur" && prev != "cette" && prev != "et" &&
			next != "" && !researchAfter[next]
	case "busca":
		return i > 0 && (words[i-1] == "en" || words[i-1] == "se")
	}
	return false
}

// ownedAt reports whether the word at i follows a possessive of the
// organization ("our clients also need rides"): its people, whose needs
// are its own.
func ownedAt(words []string, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if possessives[words[j]] {
			return true
		}
	}
	return false
}

// givenAfter reports whether a giving word follows the seeking word at i
// closely: "we want to share our hall", "nous souhaitons offrir".
func givenAfter(words []string, i int) bool {
	for j := i + 1; j < min(len(words), i+4); j++ {
		if givingWords[words[j]] {
			return true
		}
	}
	return false
}

// offersItself reports whether what the seeking word at i asks for is a
// chance for the organization's people to give their time: "we want to
// volunteer", "retirees looking to volunteer", "20 of us want an outdoor
// project", "nous cherchons du bénévolat", "queremos hacer voluntariado".
// Written where an offer goes, that offers the people: a food bank short
// of hands gets them. Only a few words of the kind that lead to it may come
// between, so that "we need funding for projects" still asks.
func offersItself(words []string, i int) bool {
	for j := i + 1; j < min(len(words), i+5); j++ {
		w := words[j]
		switch {
		case chanceToGiveWords[w], w == "volunteer" && words[j-1] == "to":
			return true
		case !leadingWords[w]:
			return false
		}
	}
	return false
}

var (
	// chanceToGiveWords name a chance to give one's time.
	chanceToGiveWords = fieldSet("volunteering project projects bénévolat projet projets voluntariado proyecto proyectos")
	// leadingWords may come between a seeking word and such a chance.
	leadingWords = fieldSet("to for a an some the our new one another more of in " +
		"outdoor service community volunteer weekend group team small local meaningful hands on " +
		"faire du de d un une des nouveau nouveaux bénévole communautaire " +
		"hacer un una unos algún algun nuevo nuevos comunitario comunitarios")
)

var (
	// askingWords ask for something when the organization says them of
	// itself; seekingSelf are the first-person plural forms that say so
	// on their own.
	askingWords = fieldSet("need needs needing looking searching seeking hunting want wants require requires trying " +
		"cherche cherchent besoin manque " +
		"busca buscando necesita necesitan requiere falta faltan")
	// tooWords say the organization is in the same case as its reader;
	// lackingWords, with them, say it lacks or seeks the thing.
	tooWords     = fieldSet("too also aussi también tambien")
	lackingWords = fieldSet("short hiring aimerait aimerions voudrait voudrions doit devons recrute recrutons contrata contratamos ocupamos")
	seekingSelf  = fieldSet("cherchons recherchons manquons voulons aimerions souhaitons devons buscamos necesitamos requerimos queremos debemos")
	// sendingWords, after "please", ask for a thing to be given.
	sendingWords = fieldSet("send donate bring drop give mail")
	// callWords head a call: "Board members wanted", "Bénévoles
	// recherchés", "Se buscan voluntarios".
	callWords   = fieldSet("wanted needed recherchés recherchées buscan necesitan")
	firstPerson = fieldSet("we our us nous notre nos on nuestro nuestra nuestros nuestras estamos andamos")
	// wishWords before wishedWords wish for someone; strugglingWords say
	// the speaker cannot manage something alone.
	wishWords       = fieldSet("love like appreciate aimerions aimerait encantaría gustaría")
	wishedWords     = fieldSet("someone somebody anyone anybody help quelqu alguien ayuda")
	strugglingWords = fieldSet("struggling struggle struggles peine peinons cuesta")
	// openingWords may come before a seeking word that opens a text ("Also
	// searching for", "Still looking for", "In need of", "Toujours à la
	// recherche", "Se busca").
	openingWords = fieldSet("also still currently now urgently in toujours aussi à la también todavía se en")

	// givingWords say that something is given, so a seeking word after
	// them is someone else's ("we provide meals to families who need
	// them").
	givingWords = fieldSet("offer offers offering provide provides providing give gives lend lends donate donates share shares host hosts help helps serve serves support supports available " +
		"offre offrons offrir offert offerte fournit fournissons fournir donne donnons donner prête prêtons prêter partage partageons partager aide aidons soutient soutenons sert servons disponible disponibles " +
		"ofrece ofrecemos ofrecer ofrecido proporciona proporcionamos da damos presta prestamos prestar dona donamos donar comparte compartimos compartir brinda brindamos brindar ayuda ayudamos apoya apoyamos sirve servimos disponible disponibles")
	// otherPeopleWords say that the seeking is other people's ("for
	// those who need", "people looking for work", "à ceux qui cherchent").
	otherPeopleWords = fieldSet("who whom those anyone any groups organizations organisations clubs teams people families residents clients qui ceux celles personnes quien quienes quienes personas familias")
)
