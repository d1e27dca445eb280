package scoring

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Concept kinds. See docs/LEXICON.md.
const (
	KindResource = "resource"
	KindGroup    = "group"
	KindTopic    = "topic"
)

// Concept is one idea of the community-partnership domain that texts in
// several languages and wordings can name.
type Concept struct {
	ID     string
	Kind   string
	Label  string
	Parent string
	MetBy  map[string]float64 // offer concept -> strength, for needs of this concept
	// MetByOwn: like MetBy, for needs of this concept only, not of its
	// narrower concepts: whoever runs any program meets a need for
	// "activities", not one for sports programs.
	MetByOwn map[string]float64
	// MetByNeed: a need of this concept is met by another organization's
	// NEED of that concept (it seeks what we seek to give): a need for
	// volunteer hours is met by a need for volunteers.
	MetByNeed map[string]float64
	// MetByAccess: a need of this concept is met by an offer of
	// introductions that names these concepts: introductions to local
	// businesses meet a need for employers who would hire.
	MetByAccess map[string]float64
	// MetByBuyer > 0: a need of this concept (customers, sales) is met by an
	// organization whose needs our offers meet: it would buy.
	MetByBuyer float64
	Related    []string
}

type trigger struct {
	concept int
	stems   []string
	text    string
	words   int // words of text, stop words included
}

// Lexicon is a compiled concept lexicon: concepts, their triggers by
// language, and the links between them.
type Lexicon struct {
	Concepts []Concept
	byID     map[string]int
	triggers map[string][]trigger        // lang -> triggers
	byStem   map[string]map[string][]int // lang -> stem -> trigger indexes
	ancestor [][]int                     // concept -> its ancestors, nearest first
	lineage  [][]int                     // concept -> itself, then its ancestors
	related  []map[int]bool
	metBy    []map[int]float64 // need concept -> offer concept -> strength, with inheritance resolved
	meetsFor [][]int           // offer concept -> the need concepts it meets
	meets    []float64         // Meets(need, offer) for every pair, row-major
	family   []bool            // same concept or one an ancestor of the other
	users    int               // the usersConcept, or -1
	// volunteerWork and volunteers (or -1): see readRecruiting.
	volunteerWork, volunteers int
	customers                 int               // the customersConcept, or -1: see readSelling
	venue                     int               // the venueConcept, or -1: see heads
	programs                  int               // the programsConcept, or -1: see readProgramsFor
	projects                  int               // the projectsConcept, or -1: see NewProfile
	ownPeople                 []int             // ownPeopleConcepts found in this lexicon
	metByAccess               []map[int]float64 // Concept.MetByAccess by index, with what ancestors set
	audience                  int               // the audienceConcept, or -1: see readAudienceOf
	printing                  int               // the printingConcept, or -1: see readPrintRun
	handedOver                []int             // handedOverConcepts found in this lexicon: see readLending
	token                     int               // the tokenConcept, or -1: see readYourLogo
	// teaching: classes and workshops, which teach a thing without giving
	// it; learning: the needs what they mention still meets (training,
	// education, programs, health, services). See matchConcepts.
	teaching, learning []bool
	// metByNeed: concept -> the MetByNeed links of its lineage, resolved
	// to concept indexes and discounted as MeetsByNeed counts them.
	metByNeed [][]weightedConcept

	fingerprint string
}

//go:embed lexicon/concepts.txt
var builtinLexicon string

var defaultLexicon = func() *Lexicon {
	lx, err := ParseLexicon(builtinLexicon)
	if err != nil {
		panic("scoring: the built-in lexicon does not parse: " + err.Error())
	}
	return lx
}()

// DefaultLexicon returns the lexicon compiled into the binary.
func DefaultLexicon() *Lexicon { return defaultLexicon }

// ParseLexicon compiles a lexicon in the format of docs/LEXICON.md. Errors
// name the line.
func ParseLexicon(text string) (*Lexicon, error) {
	lx := &Lexicon{byID: map[string]int{}, triggers: map[string][]trigger{}, byStem: map[string]map[string][]int{}, fingerprint: fingerprint(text)}
	type pendingTrigger struct {
		concept int
		lang    string
		text    string
	}
	var pending []pendingTrigger
	type link struct {
		line     int
		from, to string
		w        float64
		kind     string
	}
	var links []link
	cur := -1
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		key, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		if key == "concept" {
			if rest == "" || strings.ContainsAny(rest, " \t") {
				return nil, fmt.Errorf("line %d: concept needs one id", n)
			}
			if _, dup := lx.byID[rest]; dup {
				return nil, fmt.Errorf("line %d: concept %q defined twice", n, rest)
			}
			cur = len(lx.Concepts)
			lx.byID[rest] = cur
			lx.Concepts = append(lx.Concepts, Concept{ID: rest, MetBy: map[string]float64{}, MetByOwn: map[string]float64{}, MetByNeed: map[string]float64{}, MetByAccess: map[string]float64{}})
			continue
		}
		if cur < 0 {
			return nil, fmt.Errorf("line %d: %q before the first concept", n, key)
		}
		c := &lx.Concepts[cur]
		switch key {
		case "kind":
			if rest != KindResource && rest != KindGroup && rest != KindTopic {
				return nil, fmt.Errorf("line %d: kind %q is not resource, group or topic", n, rest)
			}
			c.Kind = rest
		case "label":
			c.Label = rest
		case "parent":
			c.Parent = rest
			links = append(links, link{n, c.ID, rest, 0, "parent"})
		case "met_by_buyer":
			v, err := strconv.ParseFloat(rest, 64)
			if err != nil || v <= 0 || v > 1 {
				return nil, fmt.Errorf("line %d: met_by_buyer weight %q is not in (0,1]", n, rest)
			}
			c.MetByBuyer = v
		case "met_by", "met_by_own", "met_by_need", "met_by_access":
			f := strings.Fields(rest)
			w := 0.85
			if len(f) == 0 || len(f) > 2 {
				return nil, fmt.Errorf("line %d: %s needs a concept id and an optional weight", n, key)
			}
			if len(f) == 2 {
				v, err := strconv.ParseFloat(f[1], 64)
				if err != nil || v <= 0 || v > 1 {
					return nil, fmt.Errorf("line %d: %s weight %q is not in (0,1]", n, key, f[1])
				}
				w = v
			}
			links = append(links, link{n, c.ID, f[0], w, key})
		case "related":
			for _, id := range strings.Split(rest, ",") {
				if id = strings.TrimSpace(id); id != "" {
					links = append(links, link{n, c.ID, id, 0, "related"})
				}
			}
		case "en", "fr", "es":
			for _, t := range strings.Split(rest, ";") {
				if t = strings.TrimSpace(t); t != "" {
					pending = append(pending, pendingTrigger{cur, key, t})
				}
			}
		default:
			return nil, fmt.Errorf("line %d: unknown directive %q", n, key)
		}
	}
	for _, c := range lx.Concepts {
		if c.Kind == "" || c.Label == "" {
			return nil, fmt.Errorf("concept %q: kind and label are required", c.ID)
		}
	}
	for _, l := range links {
		to, ok := lx.byID[l.to]
		if !ok {
			return nil, fmt.Errorf("line %d: %s names unknown concept %q", l.line, l.kind, l.to)
		}
		from := lx.byID[l.from]
		switch l.kind {
		case "met_by":
			lx.Concepts[from].MetBy[l.to] = l.w
		case "met_by_own":
			lx.Concepts[from].MetByOwn[l.to] = l.w
		case "met_by_need":
			lx.Concepts[from].MetByNeed[l.to] = l.w
		case "met_by_access":
			lx.Concepts[from].MetByAccess[l.to] = l.w
		case "related":
			lx.Concepts[from].Related = append(lx.Concepts[from].Related, lx.Concepts[to].ID)
		}
	}
	if err := lx.resolve(); err != nil {
		return nil, err
	}
	owner := map[string]int{} // lang + stems -> concept
	for _, p := range pending {
		stems := uniqueStems(Analyze(p.text, p.lang))
		if len(stems) == 0 {
			continue // a trigger of stop words only can never match
		}
		if len(stems) == 1 && wordsOf(p.text) > 1 {
			// "getting there" keeps only "get" once "there" is dropped as a
			// stop word: it would fire on every "get". A phrase is kept
			// only when its words survive as a phrase.
			continue
		}
		key := p.lang + ":" + strings.Join(sortedCopy(stems), "+")
		if c, dup := owner[key]; dup && c != p.concept {
			return nil, fmt.Errorf("%s trigger %q of %s matches exactly what a trigger of %s matches", p.lang, p.text, lx.Concepts[p.concept].ID, lx.Concepts[c].ID)
		}
		owner[key] = p.concept
		lx.addTrigger(p.lang, trigger{concept: p.concept, stems: stems, text: p.text})
	}
	lx.indexTriggers()
	lx.users, lx.volunteerWork, lx.volunteers = lx.conceptIndex(usersConcept), lx.conceptIndex(volunteerWorkConcept), lx.conceptIndex(volunteersConcept)
	lx.customers, lx.venue = lx.conceptIndex(customersConcept), lx.conceptIndex(venueConcept)
	lx.programs, lx.projects = lx.conceptIndex(programsConcept), lx.conceptIndex(projectsConcept)
	lx.audience = lx.conceptIndex(audienceConcept)
	lx.printing = lx.conceptIndex(printingConcept)
	lx.token = lx.conceptIndex(tokenConcept)
	for _, id := range handedOverConcepts {
		if c := lx.conceptIndex(id); c >= 0 {
			lx.handedOver = append(lx.handedOver, c)
		}
	}
	lx.metByAccess = make([]map[int]float64, len(lx.Concepts))
	for i := range lx.Concepts {
		for _, c := range lx.lineage[i] {
			for to, v := range lx.Concepts[c].MetByAccess {
				if lx.metByAccess[i] == nil {
					lx.metByAccess[i] = map[int]float64{}
				}
				if j := lx.byID[to]; v > lx.metByAccess[i][j] {
					lx.metByAccess[i][j] = v
				}
			}
		}
	}
	for _, id := range ownPeopleConcepts {
		if c := lx.conceptIndex(id); c >= 0 {
			lx.ownPeople = append(lx.ownPeople, c)
		}
	}
	lx.teaching, lx.learning = make([]bool, len(lx.Concepts)), make([]bool, len(lx.Concepts))
	for c := range lx.Concepts {
		lx.teaching[c] = lx.inFamily(c, "program.workshops")
		lx.learning[c] = lx.inFamily(c, "training.") || lx.inFamily(c, "education.") || lx.inFamily(c, "program.") || lx.inFamily(c, "health.") || lx.inFamily(c, "service.")
	}
	return lx, nil
}

// conceptIndex returns the index of the concept with this id, -1 when the
// lexicon has none.
func (lx *Lexicon) conceptIndex(id string) int {
	if c, ok := lx.byID[id]; ok {
		return c
	}
	return -1
}

// Concepts readRecruiting turns one into the other.
const (
	volunteerWorkConcept = "employment.work_experience"
	volunteersConcept    = "volunteers.general"
	customersConcept     = "resource.customers"
	audienceConcept      = "resource.audience"
	printingConcept      = "service.printing"
	venueConcept         = "space.venue"
	programsConcept      = "program.activities"
	deliveryConcept      = "transport.delivery"
	tokenConcept         = "visibility.token"
	purchasingConcept    = "resource.purchasing"
)

// handedOverConcepts are money words that also say a thing changes hands
// ("the loan of a tractor", "donativo del pan"): see readLending.
var handedOverConcepts = []string{"funding.loans", "funding.donations"}

// usersConcept is the concept a need for users of what an organization has
// is read as (see readTakers); a lexicon without it reads such needs as
// written.
const usersConcept = "resource.users"

// projectsConcept is a need for someone to give what the organization
// offers to ("real projects for our volunteers", "portfolio projects",
// "clientes pro bono"): whoever needs what it offers meets it.
const projectsConcept = "resource.projects"

func uniqueStems(toks []Token) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range toks {
		if !seen[t.Stem] {
			seen[t.Stem] = true
			out = append(out, t.Stem)
		}
	}
	return out
}

func (lx *Lexicon) addTrigger(lang string, t trigger) {
	t.words = len(splitWords(t.text))
	lx.triggers[lang] = append(lx.triggers[lang], t)
}

// indexTriggers indexes each trigger by the stem of its that the fewest
// triggers share: a trigger matches only if all its stems are present, so
// any one of them finds it, and the rarest finds it with the least work.
func (lx *Lexicon) indexTriggers() {
	for lang, ts := range lx.triggers {
		count := map[string]int{}
		for _, t := range ts {
			for _, s := range t.stems {
				count[s]++
			}
		}
		m := map[string][]int{}
		for i, t := range ts {
			key := t.stems[0]
			for _, s := range t.stems[1:] {
				if count[s] < count[key] {
					key = s
				}
			}
			m[key] = append(m[key], i)
		}
		lx.byStem[lang] = m
	}
}

// resolve computes ancestors (refusing cycles), symmetric related links and
// met_by links inherited down the hierarchy on both sides: a need for a
// child concept inherits its parent's met_by, and an offer of a descendant of
// a met_by target meets it too.
func (lx *Lexicon) resolve() error {
	n := len(lx.Concepts)
	lx.ancestor = make([][]int, n)
	lx.lineage = make([][]int, n)
	defer func() {
		for i := range lx.lineage {
			lx.lineage[i] = append([]int{i}, lx.ancestor[i]...)
		}
	}()
	for i := range lx.Concepts {
		seen := map[int]bool{i: true}
		for p := lx.Concepts[i].Parent; p != ""; {
			j := lx.byID[p]
			if seen[j] {
				return fmt.Errorf("concept %q: parent cycle through %q", lx.Concepts[i].ID, p)
			}
			seen[j] = true
			lx.ancestor[i] = append(lx.ancestor[i], j)
			p = lx.Concepts[j].Parent
		}
	}
	lx.related = make([]map[int]bool, n)
	for i := range lx.related {
		lx.related[i] = map[int]bool{}
	}
	for i, c := range lx.Concepts {
		for _, r := range c.Related {
			j := lx.byID[r]
			lx.related[i][j] = true
			lx.related[j][i] = true
		}
	}
	lx.metBy = make([]map[int]float64, n)
	for i := range lx.Concepts {
		m := map[int]float64{}
		// own links first, then inherited ones at a discount
		chain := append([]int{i}, lx.ancestor[i]...)
		for depth, c := range chain {
			discount := 1.0
			if depth > 0 {
				discount = 0.8
			}
			for to, w := range lx.Concepts[c].MetBy {
				j := lx.byID[to]
				if v := w * discount; v > m[j] {
					m[j] = v
				}
			}
			if depth > 0 {
				continue
			}
			for to, w := range lx.Concepts[c].MetByOwn {
				if j := lx.byID[to]; w > m[j] {
					m[j] = w
				}
			}
		}
		lx.metBy[i] = m
	}
	lx.meetsFor = make([][]int, n)
	meets := make([]float64, n*n)
	lx.family = make([]bool, n*n)
	for need := 0; need < n; need++ {
		for offer := 0; offer < n; offer++ {
			if v := lx.meetsSlow(need, offer); v > 0 {
				meets[need*n+offer] = v
				lx.meetsFor[offer] = append(lx.meetsFor[offer], need)
			}
			lx.family[need*n+offer] = need == offer || lx.isAncestor(need, offer) || lx.isAncestor(offer, need)
		}
	}
	lx.meets = meets
	lx.metByNeed = make([][]weightedConcept, n)
	for i := range lx.Concepts {
		// Its lineage: lx.lineage is set when resolve returns.
		for depth, c := range append([]int{i}, lx.ancestor[i]...) {
			for to, wt := range lx.Concepts[c].MetByNeed {
				if depth > 0 {
					wt *= 0.8
				}
				lx.metByNeed[i] = append(lx.metByNeed[i], weightedConcept{lx.byID[to], wt})
			}
		}
	}
	return nil
}

type weightedConcept struct {
	concept int
	weight  float64
}

// Concept returns the concept with the given id.
func (lx *Lexicon) Concept(id string) (Concept, bool) {
	i, ok := lx.byID[id]
	if !ok {
		return Concept{}, false
	}
	return lx.Concepts[i], true
}

// isAncestor reports whether a is an ancestor of c.
func (lx *Lexicon) isAncestor(a, c int) bool {
	for _, x := range lx.ancestor[c] {
		if x == a {
			return true
		}
	}
	return false
}

// Meets returns how strongly an offer of concept offer meets a need of
// concept need, in [0, 1], by the rules of docs/LEXICON.md.
func (lx *Lexicon) Meets(need, offer int) float64 {
	if lx.meets != nil {
		return lx.meets[need*len(lx.Concepts)+offer]
	}
	return lx.meetsSlow(need, offer)
}

func (lx *Lexicon) meetsSlow(need, offer int) float64 {
	if need == offer {
		return 1
	}
	best := 0.0
	if lx.isAncestor(need, offer) {
		best = w.descendantMeetsNeed
	}
	for to, s := range lx.metBy[need] {
		if to == offer || lx.isAncestor(to, offer) {
			if to != offer {
				s *= w.descendantMeetsNeed
			}
			if s > best {
				best = s
			}
		}
	}
	if best == 0 && lx.isAncestor(offer, need) {
		best = w.ancestorMeetsNeed
	}
	return best
}

// Hit is one concept found in a text.
type Hit struct {
	Concept int
	Trigger string // the trigger phrase that matched
	Words   int    // number of stems of the trigger
	Span    []int  // token positions covered
}

// Find returns the concepts named in toks (analysed in lang), after the
// longest-trigger-wins rule: a hit whose positions are all covered by a
// longer hit of another concept is dropped.
func (lx *Lexicon) Find(toks []Token, lang string) []Hit {
	return lx.find(toks, lang, clauses{})
}

// find is Find reading the clauses of the text: a trigger's words found
// apart on both sides of a word that starts a clause of time, place or
// manner are not a hit ("classrooms free at lunch" does not offer a free
// lunch). Words that join a compound ("room for meetings" is a meeting
// room) may be crossed, and a trigger that itself holds the word ("meals on
// wheels") matches where its words sit together as written.
func (lx *Lexicon) find(toks []Token, lang string, cl clauses) []Hit {
	if lang == "" {
		lang = "en"
	}
	idx := lx.byStem[lang]
	if idx == nil || len(toks) == 0 {
		return nil
	}
	posOf := map[string][]int{}
	for _, t := range toks {
		posOf[t.Stem] = append(posOf[t.Stem], t.Pos)
	}
	var allBuf [16]Hit // most texts have fewer hits: no allocation
	all := allBuf[:0]
	best := map[int]Hit{} // concept -> best hit
	for _, t := range toks {
		if posOf[t.Stem][0] != t.Pos {
			continue // each distinct stem once, in text order, so ties break the same way every time
		}
		for _, ti := range idx[t.Stem] {
			tr := lx.triggers[lang][ti]
			if !allPresent(tr.stems, posOf) {
				continue
			}
			span, ok := matchWindow(tr.stems, posOf)
			if !ok || cl.splits(span, tr.words) || lang == "en" && cl.hasNotCompounds(span) && !strings.Contains(tr.text, "with") {
				continue
			}
			h := Hit{Concept: tr.concept, Trigger: tr.text, Words: len(tr.stems), Span: span}
			all = append(all, h)
			if old, seen := best[tr.concept]; !seen || h.Words > old.Words {
				best[tr.concept] = h
			}
		}
	}
	hits := make([]Hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	slices.SortFunc(hits, func(a, b Hit) int {
		if a.Words != b.Words {
			return b.Words - a.Words
		}
		return a.Concept - b.Concept
	})
	kept := hits[:0] // in place: a hit is kept at or before where it was read
	for _, h := range hits {
		if !coveredBy(h, kept) {
			kept = append(kept, h)
		}
	}
	// A concept named in an earlier segment of the text than its longest
	// trigger is read where it is first named: that says what the phrase
	// is about ("Volunteers may answer phones or work on the newsletter.
	// May count as service learning." asks for volunteers first).
	if len(kept) == 0 {
		return nil
	}
	for _, h := range all {
		i := slices.IndexFunc(kept, func(k Hit) bool { return k.Concept == h.Concept })
		if i >= 0 && cl.segment(spanEnd(h.Span)) < cl.segment(spanStart(kept[i].Span)) && !coveredBy(h, kept) {
			kept[i] = h
		}
	}
	return kept
}

// segment returns how many cuts come before position pos.
func (c clauses) segment(pos int) int {
	n := 0
	for _, cut := range c.cuts {
		if pos > cut {
			n++
		}
	}
	return n
}

// coveredBy reports whether a longer hit of kept covers every position of h.
func coveredBy(h Hit, kept []Hit) bool {
	for _, k := range kept {
		if k.Words > h.Words && subset(h.Span, k.Span) {
			return true
		}
	}
	return false
}

// matchWindow finds positions for every stem within a window a few words
// wider than the trigger, anchored on each occurrence of the first stem.
func matchWindow(stems []string, posOf map[string][]int) ([]int, bool) {
	first := posOf[stems[0]]
	if len(first) == 0 {
		return nil, false
	}
	window := len(stems) + w.triggerWindowSlack
	for _, p := range first {
		span := make([]int, 1, len(stems))
		span[0] = p
		lo, hi := p, p
		ok := true
		for _, s := range stems[1:] {
			best, bestD := 0, -1
			for _, q := range posOf[s] {
				d := q - p
				if d < 0 {
					d = -d
				}
				if bestD < 0 || d < bestD {
					best, bestD = q, d
				}
			}
			if bestD < 0 {
				ok = false
				break
			}
			span = append(span, best)
			lo, hi = min(lo, best), max(hi, best)
		}
		if ok && hi-lo < window {
			return span, true
		}
	}
	return nil, false
}

func allPresent(stems []string, posOf map[string][]int) bool {
	for _, s := range stems {
		if _, ok := posOf[s]; !ok {
			return false
		}
	}
	return true
}

func subset(a, b []int) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func sortedCopy(xs []string) []string {
	out := append([]string(nil), xs...)
	sort.Strings(out)
	return out
}

// MeetsByNeed returns how strongly another organization's need of concept
// theirs meets our need of concept ours (they seek what we seek to give), by
// the met_by_need links of ours and its ancestors; descendants of a target
// count.
func (lx *Lexicon) MeetsByNeed(ours, theirs int) float64 {
	best := 0.0
	for _, l := range lx.metByNeed[ours] {
		if l.concept == theirs || lx.isAncestor(l.concept, theirs) {
			best = math.Max(best, l.weight)
		}
	}
	return best
}

// buyerWeight returns how strongly a buyer meets a need of concept c (0 when
// the concept is not about customers).
func (lx *Lexicon) buyerWeight(c int) float64 {
	if lx.Concepts[c].Kind == KindGroup {
		// A need for people (participants) is met by an organization whose
		// people need what we offer: its members would come.
		return w.participantsFromBuyer
	}
	if lx.inFamily(c, purchasingConcept) {
		// A need for suppliers is a buyer's: someone else's buying
		// meets none of it.
		return 0
	}
	for _, x := range lx.lineage[c] {
		if v := lx.Concepts[x].MetByBuyer; v > 0 {
			return v
		}
	}
	return 0
}

// wordsOf counts the words of two letters or more: "e-newsletter" is one.
func wordsOf(text string) int {
	n := 0
	for _, w := range splitWords(text) {
		if len([]rune(w)) > 1 {
			n++
		}
	}
	return n
}
