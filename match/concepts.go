package match

import (
	"encoding/binary"
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
// The lists built at once share one array of ascending slots, each stored
// as its gap to the previous in a varint (ten entries a member, mostly a
// byte each: 11 MB at a million, where four-byte slots appended list by
// list took 40 to 80), so that serving a million stays within its memory;
// members put since are listed apart, in added, until the next build.
//
// Removing a member leaves its slot in the lists (finding it in a list of
// a hundred thousand would cost more than the removal is worth): readers
// skip free slots, a reused slot may be listed under a concept its new
// member lacks (a wasted proposal, never a wrong suggestion: every
// proposal is estimated and scored), and the lists are built again once
// stale or added entries are many.
type conceptIndex struct {
	// The list of concept c of kind k is the count[k][c] gaps in
	// packed[at[k][c]:at[k][c+1]], then added[k][c].
	at     [scoring.ConceptKinds][]uint32
	count  [scoring.ConceptKinds][]uint32
	packed []byte
	built  int // entries in packed
	added  [scoring.ConceptKinds]map[int32][]int32
	nAdded int
	live   int // entries of members still in their slot
	stale  int // entries left by removed members
}

// conceptList is the list of one concept and kind.
type conceptList struct {
	packed []byte // n gaps
	n      int
	added  []int32
}

func (l *conceptList) len() int { return l.n + len(l.added) }

// list returns the slots listed under concept c of kind k.
func (ci *conceptIndex) list(k, c int) conceptList {
	l := conceptList{added: ci.added[k][int32(c)]}
	if c < len(ci.count[k]) {
		l.packed, l.n = ci.packed[ci.at[k][c]:ci.at[k][c+1]], int(ci.count[k][c])
	}
	return l
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
	if ci.nAdded > 1<<16 && ci.nAdded > ci.built/4 {
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

// buildConceptsLocked indexes every member's concepts, sizing them first
// so that one array of the exact size holds them all; mu must be held for
// writing.
func (s *store) buildConceptsLocked() {
	ci := &conceptIndex{}
	n := len(s.lx.Concepts)
	var last [scoring.ConceptKinds][]int32
	for k := range ci.at {
		ci.at[k], ci.count[k], last[k] = make([]uint32, n+1), make([]uint32, n), make([]int32, n)
	}
	for i, f := range s.flags {
		if f&slotLive != 0 {
			s.conceptEntries(int32(i), func(kind, c int) {
				ci.at[kind][c+1] += uint32(uvarintLen(uint64(int32(i) - last[kind][c])))
				ci.count[kind][c]++
				last[kind][c] = int32(i)
			})
		}
	}
	size := uint32(0)
	for k := range ci.at {
		ci.at[k][0] = size
		for c := 1; c <= n; c++ {
			size += ci.at[k][c]
			ci.at[k][c] = size
		}
		for _, m := range ci.count[k] {
			ci.built += int(m)
		}
		clear(last[k])
	}
	ci.packed, ci.live = make([]byte, size), ci.built
	var pos [scoring.ConceptKinds][]uint32
	for k := range pos {
		pos[k] = slices.Clone(ci.at[k][:n])
	}
	for i, f := range s.flags {
		if f&slotLive != 0 {
			s.conceptEntries(int32(i), func(kind, c int) {
				p := &pos[kind][c]
				*p += uint32(binary.PutUvarint(ci.packed[*p:], uint64(int32(i)-last[kind][c])))
				last[kind][c] = int32(i)
			})
		}
	}
	s.concepts = ci
}

func uvarintLen(x uint64) int {
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
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
// index yet. fn must not keep m.
func (s *store) byConcepts(q *[scoring.ConceptKinds][]int, limit int, fn func(m *member)) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ci := s.concepts
	if ci == nil {
		return false
	}
	type term struct {
		conceptList
		weight float32
	}
	var terms []term
	for kind, cs := range q {
		for _, c := range cs {
			if l := ci.list(kind, c); l.len() > 0 {
				terms = append(terms, term{l, conceptWeights[kind]})
			}
		}
	}
	if len(terms) == 0 {
		return true
	}
	slices.SortFunc(terms, func(a, b term) int { return a.len() - b.len() })
	sc := scratchPool.Get().(*conceptScratch)
	defer scratchPool.Put(sc)
	sc.reset(len(s.ids))
	n := float64(len(s.slotOf))
	read := 0
	for t, tm := range terms {
		listed := tm.len()
		if read+listed > conceptBudget && t > 0 {
			break
		}
		w := tm.weight * float32(math.Log(1+n/float64(listed)))
		stamp := uint32(t + 1)
		// Only common concepts: then some of their members.
		left := conceptBudget - read
		read += min(listed, left)
		added := tm.added[:min(len(tm.added), left)]
		for _, i := range added {
			sc.count(s.flags, i, stamp, w)
		}
		left -= len(added)
		slot, at := int32(0), 0
		for range min(tm.n, left) {
			gap, k := binary.Uvarint(tm.packed[at:])
			at += k
			slot += int32(gap)
			sc.count(s.flags, slot, stamp, w)
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
	var m member // reused: fn must not keep it
	for _, c := range cs {
		m = s.view(s.slotOf[c.id])
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

// count adds w to slot i's weight for the term of the given stamp.
func (sc *conceptScratch) count(flags []uint8, i int32, stamp uint32, w float32) {
	if flags[i]&slotLive == 0 || sc.stamp[i] == stamp {
		return // removed, or listed twice since its slot was reused
	}
	if sc.stamp[i] == 0 {
		sc.touched = append(sc.touched, i)
	}
	sc.stamp[i] = stamp
	sc.weight[i] += w
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
