package match

import (
	"math"
	"slices"
	"sync"

	"github.com/partnermatch/partnermatch/scoring"
)

// conceptIndex lists, for each concept and kind (scoring.OfferKind, ...),
// the slots of the members whose signature has it: how an organization
// without a location, which has no neighbourhood to bound its search, finds
// the members whose offers, needs or purpose could meet its own in a few
// milliseconds, where a Bleve query of the same concepts over a million
// documents takes tens. It lives in the store, under the store's lock.
//
// The lists built at once share one array (a dozen entries a member, 50 MB
// at a million, without the slack of a million appends or a slice header
// per list for the collector); members put since are listed apart, in
// added, until the next build.
//
// Removing a member leaves its slot in the lists (finding it in a list of
// a hundred thousand would cost more than the removal is worth): readers
// skip free slots, a reused slot may be listed under a concept its new
// member lacks (a wasted proposal, never a wrong suggestion: every
// proposal is estimated and scored), and the lists are built again once
// stale or added entries are many.
type conceptIndex struct {
	// The list of concept c of kind k is entries[start[k][c]:start[k][c+1]],
	// then added[k][c].
	start   [scoring.ConceptKinds][]uint32
	entries []int32
	added   [scoring.ConceptKinds]map[int32][]int32
	nAdded  int
	live    int // entries of members still in their slot
	stale   int // entries left by removed members
}

// list returns the slots listed under concept c of kind k, in two parts.
func (ci *conceptIndex) list(k, c int) (built, added []int32) {
	if c+1 < len(ci.start[k]) {
		built = ci.entries[ci.start[k][c]:ci.start[k][c+1]]
	}
	return built, ci.added[k][int32(c)]
}

// conceptEntries calls fn for each concept of slot i; mu must be held.
func (s *store) conceptEntries(i int32, fn func(kind, c int)) {
	sig := s.sigs[s.sigAt[i] : s.sigAt[i]+int(s.sigLen[i])]
	_ = s.lx.PackedConcepts(sig, fn) // the store packed it with this lexicon
}

// indexConceptsLocked adds slot i to the concept index, if there is one;
// mu must be held for writing.
func (s *store) indexConceptsLocked(i int32) {
	ci := s.concepts
	if ci == nil {
		return
	}
	s.conceptEntries(i, func(kind, c int) {
		if ci.added[kind] == nil {
			ci.added[kind] = map[int32][]int32{}
		}
		ci.added[kind][int32(c)] = append(ci.added[kind][int32(c)], i)
		ci.live++
		ci.nAdded++
	})
	if ci.nAdded > 1<<16 && ci.nAdded > len(ci.entries)/4 {
		s.buildConceptsLocked()
	}
}

// unindexConceptsLocked accounts for slot i's removal; mu must be held for
// writing.
func (s *store) unindexConceptsLocked(i int32) {
	ci := s.concepts
	if ci == nil {
		return
	}
	n := 0
	s.conceptEntries(i, func(int, int) { n++ })
	ci.live -= n
	ci.stale += n
	if ci.stale > 1<<16 && ci.stale > ci.live {
		s.buildConceptsLocked()
	}
}

// buildConceptsLocked indexes every member's concepts, counting them first
// so that one array of the exact size holds them all; mu must be held for
// writing.
func (s *store) buildConceptsLocked() {
	ci := &conceptIndex{}
	n := len(s.lx.Concepts)
	for k := range ci.start {
		ci.start[k] = make([]uint32, n+1)
	}
	for i, f := range s.flags {
		if f&slotLive != 0 {
			s.conceptEntries(int32(i), func(kind, c int) { ci.start[kind][c+1]++ })
		}
	}
	total := uint32(0)
	for k := range ci.start {
		for c := 1; c <= n; c++ {
			total += ci.start[k][c]
			ci.start[k][c] = total
		}
		if k+1 < len(ci.start) {
			ci.start[k+1][0] = total
		}
	}
	ci.entries, ci.live = make([]int32, total), int(total)
	var next [scoring.ConceptKinds][]uint32
	for k := range next {
		next[k] = slices.Clone(ci.start[k][:n])
	}
	for i, f := range s.flags {
		if f&slotLive != 0 {
			s.conceptEntries(int32(i), func(kind, c int) {
				ci.entries[next[kind][c]] = int32(i)
				next[kind][c]++
			})
		}
	}
	s.concepts = ci
}

// ensureConcepts builds the concept index unless there is one.
func (s *store) ensureConcepts() {
	s.mu.RLock()
	built := s.concepts != nil
	s.mu.RUnlock()
	if built {
		return // the common case, without stopping every query for a write lock
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.concepts == nil {
		s.buildConceptsLocked()
	}
}

// conceptWeights are the weights of a shared concept by kind, those of
// index.Candidates' Bleve query: meeting a need or being met counts three
// times a shared purpose.
var conceptWeights = [scoring.ConceptKinds]float32{scoring.OfferKind: 3, scoring.NeedKind: 3, scoring.PurposeKind: 1}

// conceptBudget bounds the list entries one query reads: a concept listed
// for a third of a million members says little about any of them, and the
// rarer concepts, read first, are the telling ones.
const conceptBudget = 1 << 18

// byConcepts calls fn with up to limit members that have the most (and
// rarest) of the concepts q asks for, as scoring.Profile.QueryConcepts
// gives them, like a Bleve disjunction of those terms weighted by rarity.
// It reports false, calling fn for none, when the store has no concept
// index yet.
func (s *store) byConcepts(q *[scoring.ConceptKinds][]int, limit int, fn func(m *member)) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ci := s.concepts
	if ci == nil {
		return false
	}
	type term struct {
		built, added []int32
		weight       float32
	}
	var terms []term
	for kind, cs := range q {
		for _, c := range cs {
			if built, added := ci.list(kind, c); len(built)+len(added) > 0 {
				terms = append(terms, term{built, added, conceptWeights[kind]})
			}
		}
	}
	if len(terms) == 0 {
		return true
	}
	slices.SortFunc(terms, func(a, b term) int { return len(a.built) + len(a.added) - len(b.built) - len(b.added) })
	sc := scratchPool.Get().(*conceptScratch)
	defer scratchPool.Put(sc)
	sc.reset(len(s.ids))
	n := float64(len(s.slotOf))
	read := 0
	for t, tm := range terms {
		listed := len(tm.built) + len(tm.added)
		if read+listed > conceptBudget && t > 0 {
			break
		}
		w := tm.weight * float32(math.Log(1+n/float64(listed)))
		stamp := uint32(t + 1)
		for _, list := range [2][]int32{tm.added, tm.built} {
			if read+len(list) > conceptBudget {
				list = list[:conceptBudget-read] // only common concepts: some of their members
			}
			read += len(list)
			for _, i := range list {
				if s.flags[i]&slotLive == 0 || sc.stamp[i] == stamp {
					continue // removed, or listed twice since its slot was reused
				}
				if sc.stamp[i] == 0 {
					sc.touched = append(sc.touched, i)
				}
				sc.stamp[i] = stamp
				sc.weight[i] += w
			}
		}
	}
	cs := sc.cands[:0]
	for _, i := range sc.touched {
		cs = append(cs, candidate{s.ids[i], float64(sc.weight[i])})
	}
	if len(cs) > limit {
		selectBest(cs, limit)
		cs = cs[:limit]
	}
	for _, c := range cs {
		m := s.view(s.slotOf[c.id])
		fn(&m)
	}
	sc.cands = cs[:0]
	return true
}

// conceptScratch is one query's accumulators over the store's slots,
// reused: a million slots are 8 MB a query otherwise.
type conceptScratch struct {
	weight  []float32
	stamp   []uint32 // 1 + the last term that counted the slot
	touched []int32
	cands   []candidate
}

// reset zeroes what the previous query touched and sizes the arrays for
// slots slots.
func (sc *conceptScratch) reset(slots int) {
	for _, i := range sc.touched {
		if int(i) < len(sc.weight) {
			sc.weight[i], sc.stamp[i] = 0, 0
		}
	}
	sc.touched = sc.touched[:0]
	if len(sc.weight) < slots {
		sc.weight = append(sc.weight, make([]float32, slots-len(sc.weight))...)
		sc.stamp = append(sc.stamp, make([]uint32, slots-len(sc.stamp))...)
	}
}

var scratchPool = sync.Pool{New: func() any { return new(conceptScratch) }}
