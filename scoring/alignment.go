package scoring

import "math"

// Alignment is how much two profiles share purpose, in [0, 1]: the weighted
// overlap of the concepts of their missions, values and goals (related
// concepts count in part), blended with the overlap of their specific words.
// It returns the shared concepts, strongest first, as evidence.
func (lx *Lexicon) Alignment(a, b *Profile, c Corpus) (float64, []int) {
	conceptSim, shared := lx.conceptOverlap(a.Purpose, b.Purpose)
	stemSim := cosine(a.PurposeStems, b.PurposeStems, c)
	return w.alignConceptShare*conceptSim + (1-w.alignConceptShare)*stemSim, shared
}

// conceptOverlap is a cosine over concept weights where a related concept
// stands in for a missing one at relatedConcept of its weight. Only topics
// and groups count: sharing a need for volunteers is not shared purpose.
func (lx *Lexicon) conceptOverlap(a, b map[int]float64) (float64, []int) {
	var dot, na, nb float64
	var shared []int
	for c, wa := range a {
		if !lx.purposeKind(c) {
			continue
		}
		na += wa * wa
		wb := b[c]
		if wb > 0 {
			shared = append(shared, c)
		} else {
			for r := range lx.related[c] {
				if v := b[r] * w.relatedConcept; v > wb {
					wb = v
				}
			}
		}
		dot += wa * wb
	}
	for c, wb := range b {
		if lx.purposeKind(c) {
			nb += wb * wb
		}
	}
	if na == 0 || nb == 0 {
		return 0, nil
	}
	sortByWeight(shared, func(c int) float64 { return a[c] + b[c] })
	return math.Min(1, dot/math.Sqrt(na*nb)), shared
}

func (lx *Lexicon) purposeKind(c int) bool {
	k := lx.Concepts[c].Kind
	return k == KindTopic || k == KindGroup
}

func sortByWeight(xs []int, weight func(int) float64) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && (weight(xs[j]) > weight(xs[j-1]) || (weight(xs[j]) == weight(xs[j-1]) && xs[j] < xs[j-1])); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
