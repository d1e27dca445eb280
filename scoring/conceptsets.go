package scoring

// Kinds of concept that PackedConcepts reports and the query concepts
// address: an engine keeps one list of organizations per concept and kind,
// so that an organization without a location, which has no neighbourhood,
// is matched by concepts without a search of the whole index.
const (
	OfferKind   = iota // a concept of an offer, or one of its ancestors
	NeedKind           // a concept of a need, or one of its ancestors
	PurposeKind        // a topic or group of the purpose
	ConceptKinds
)

// PackedConcepts calls fn with each concept of a packed signature (see
// AppendPacked) by kind, mostly once per kind (a phrase's other concepts
// count, not only its heads: an exchange may meet through them). It reads the bytes in place,
// allocating nothing, and stops at the first malformed byte.
func (lx *Lexicon) PackedConcepts(b []byte, fn func(kind, concept int)) error {
	r := packedReader{b: b, max: uint64(len(lx.Concepts))}
	var seen [ConceptKinds][16]int // few phrases: a short list beats a map
	var nSeen [ConceptKinds]int
	emit := func(kind, c int) {
		for _, d := range seen[kind][:nSeen[kind]] {
			if d == c {
				return
			}
		}
		if nSeen[kind] < len(seen[kind]) {
			seen[kind][nSeen[kind]] = c
			nSeen[kind]++
		}
		fn(kind, c)
	}
	nNeeds, nOffers := r.count(), r.count()
	for i := 0; i < nNeeds+nOffers && r.err == nil; i++ {
		flags := r.next()
		h, o := r.count(), r.count()
		for j := 0; j < h+o && r.err == nil; j++ {
			c := r.concept()
			if r.err != nil {
				break
			}
			if i < nNeeds {
				emit(NeedKind, c)
				for _, a := range lx.ancestor[c] {
					emit(NeedKind, a)
				}
				continue
			}
			emit(OfferKind, c)
			for _, a := range lx.ancestor[c] {
				emit(OfferKind, a)
			}
		}
		if flags&2 != 0 {
			u := r.count()
			for j := 0; j < u; j++ {
				r.concept()
			}
		}
	}
	n := r.count()
	prev := uint64(0)
	for range n {
		prev += r.next()
		if r.err != nil || prev >= r.max {
			r.fail()
			break
		}
		if lx.purposeKind(int(prev)) {
			fn(PurposeKind, int(prev))
		}
	}
	return r.err
}

// QueryConcepts returns, by kind, the concepts to look for in other
// organizations' signatures (as PackedConcepts reports them) to find
// partners for p: offers that would meet its needs (MeetingConcepts),
// needs its offers would meet (MetNeedConcepts), needs that would meet its
// own (those who seek what it seeks to give, by the met_by_need links of
// its needs' lineage: their targets or a descendant), and its purpose's
// topics and groups, for alignment.
func (p *Profile) QueryConcepts() [ConceptKinds][]int {
	var q [ConceptKinds][]int
	q[OfferKind] = p.meetingConcepts()
	q[NeedKind] = p.metNeedConcepts()
	seen := map[int]bool{}
	for _, c := range q[NeedKind] {
		seen[c] = true
	}
	for _, ph := range p.Needs {
		for _, c := range ph.Heads {
			for _, l := range p.lx.lineage[c] {
				for to := range p.lx.Concepts[l].MetByNeed {
					if t, ok := p.lx.byID[to]; ok && !seen[t] {
						seen[t] = true
						q[NeedKind] = append(q[NeedKind], t)
					}
				}
			}
		}
	}
	for c := range p.Purpose {
		if p.lx.purposeKind(c) {
			q[PurposeKind] = append(q[PurposeKind], c)
		}
	}
	return q
}
