package scoring

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
)

// Signature is the compact part of a profile that matching by concepts
// needs: the concepts of each need and offer, and of its purpose. The engine
// keeps one per organization in memory and stores it in the index, so that
// it can rank thousands of neighbours by Estimate before loading and scoring
// the best of them exactly.
type Signature struct {
	Lexicon string      `json:"l"` // Fingerprint of the lexicon the indexes refer to
	Needs   []PhraseSig `json:"n,omitempty"`
	Offers  []PhraseSig `json:"f,omitempty"`
	Purpose []int       `json:"p,omitempty"` // concept indexes
	Weights []float32   `json:"w,omitempty"` // weight of each Purpose concept

	// asksOnly: the profile lists only needs (see oneWayFor). Only the
	// signature of the organization a query is for needs it, and that one
	// is made from its profile, so it is neither packed nor encoded.
	asksOnly bool

	flat []int // backing array of the phrases' concepts, reused by UnpackSignature
	// The arrays UnpackSignature reuses for Needs, Offers, Purpose and
	// Weights, kept while those are nil: a signature without needs does
	// not make the next one unpacked into s allocate them again.
	needs, offers []PhraseSig
	purpose       []int
	weights       []float32
}

// Fingerprint identifies this lexicon's concepts: signatures made with
// another lexicon must be made again.
func (lx *Lexicon) Fingerprint() string { return lx.fingerprint }

func fingerprint(text string) string {
	sum := sha256.Sum256([]byte(analysisVersion + "\n" + text))
	return hex.EncodeToString(sum[:6])
}

// Signature returns the profile's signature.
func (p *Profile) Signature() *Signature {
	s := &Signature{Lexicon: p.lx.fingerprint}
	s.asksOnly = p.onlyAsks()
	for _, ph := range p.Needs {
		s.Needs = append(s.Needs, ph.PhraseSig)
	}
	for _, ph := range p.Offers {
		s.Offers = append(s.Offers, ph.PhraseSig)
	}
	for c, wt := range p.Purpose {
		s.Purpose = append(s.Purpose, c)
		s.Weights = append(s.Weights, float32(wt))
	}
	sortPurpose(s)
	return s
}

func sortPurpose(s *Signature) {
	for i := 1; i < len(s.Purpose); i++ {
		for j := i; j > 0 && s.Purpose[j] < s.Purpose[j-1]; j-- {
			s.Purpose[j], s.Purpose[j-1] = s.Purpose[j-1], s.Purpose[j]
			s.Weights[j], s.Weights[j-1] = s.Weights[j-1], s.Weights[j]
		}
	}
}

// Encode returns the signature as compact JSON.
func (s *Signature) Encode() []byte {
	b, _ := json.Marshal(s)
	return b
}

// DecodeSignature reads a signature made by Encode with this lexicon. It
// fails when the signature was made with another lexicon (its concept
// indexes would mean other concepts) or names a concept out of range.
func (lx *Lexicon) DecodeSignature(b []byte) (*Signature, error) {
	var s Signature
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, err
	}
	if s.Lexicon != lx.fingerprint {
		return nil, fmt.Errorf("signature made with lexicon %s, not %s", s.Lexicon, lx.fingerprint)
	}
	n := len(lx.Concepts)
	check := func(cs []int) error {
		for _, c := range cs {
			if c < 0 || c >= n {
				return fmt.Errorf("concept %d out of range", c)
			}
		}
		return nil
	}
	for _, ps := range append(append([]PhraseSig{}, s.Needs...), s.Offers...) {
		if err := check(ps.Heads); err != nil {
			return nil, err
		}
		if err := check(ps.Others); err != nil {
			return nil, err
		}
	}
	if err := check(s.Purpose); err != nil || len(s.Weights) != len(s.Purpose) {
		return nil, fmt.Errorf("bad purpose concepts")
	}
	s.Lexicon = lx.fingerprint // one string for all, not one per organization
	s.compact()
	return &s, nil
}

// Estimate is a fast approximation of b's score as a partner for a from
// their signatures alone: complementarity and alignment by concepts, the
// competition cut and proximity, without shared words and reach. It never
// loads texts; the engine uses it to choose which candidates to score
// exactly.
func (lx *Lexicon) Estimate(a, b *Signature, proximity float64) float64 {
	ab := sigCoverage(lx, a.Needs, b.Offers, b.Needs)
	ba := sigCoverage(lx, b.Needs, a.Offers, a.Needs)
	// b's needs read from its mission are marked inferred; any other was
	// listed, as oneWayFor asks.
	comp := combineFor(a.asksOnly, ab, ba)
	align := lx.sigAlignment(a, b)
	base := (w.complementarityWeight*comp + w.alignmentWeight*align) /
		(w.complementarityWeight + w.alignmentWeight + w.reachWeight)
	comp2 := sigOverlap(lx, a.Needs, b.Needs) * sigOverlap(lx, a.Offers, b.Offers)
	base *= 1 - w.competitionPenalty*comp2
	return base * (w.proximityFloor + (1-w.proximityFloor)*proximity)
}

func sigCoverage(lx *Lexicon, needs, offers, giverNeeds []PhraseSig) float64 {
	unmet := 1.0
	for i := range needs {
		best := 0.0
		for j := range offers {
			if s := lx.matchConcepts(&needs[i], &offers[j]).Strength; s > best {
				best = s
			}
		}
		for j := range giverNeeds {
			if s, _ := lx.needMeetsNeed(&needs[i], &giverNeeds[j]); s > best {
				best = s
			}
		}
		if best >= w.minExchange {
			unmet *= 1 - w.coverageStep*best
		}
	}
	return 1 - unmet
}

// sigOverlap is headOverlap on signatures, without maps: phrases are few.
func sigOverlap(lx *Lexicon, x, y []PhraseSig) float64 {
	nx, ny, both := 0, 0, 0
	for _, p := range y {
		ny += len(p.Heads)
	}
	for _, p := range x {
		for _, c := range p.Heads {
			nx++
		found:
			for _, q := range y {
				for _, d := range q.Heads {
					if lx.sameFamily(c, d) {
						both++
						break found
					}
				}
			}
		}
	}
	if nx == 0 || ny == 0 {
		return 0
	}
	return math.Min(1, float64(both)/float64(max(nx, ny)))
}

// sigAlignment is the cosine of the purpose concepts (topics and groups)
// of two signatures, by a merge of their sorted lists; related concepts,
// which the exact score counts in part, are left out of the estimate.
func (lx *Lexicon) sigAlignment(a, b *Signature) float64 {
	var dot, na, nb float64
	i, j := 0, 0
	for i < len(a.Purpose) || j < len(b.Purpose) {
		switch {
		case j == len(b.Purpose) || (i < len(a.Purpose) && a.Purpose[i] < b.Purpose[j]):
			if lx.purposeKind(a.Purpose[i]) {
				na += float64(a.Weights[i] * a.Weights[i])
			}
			i++
		case i == len(a.Purpose) || b.Purpose[j] < a.Purpose[i]:
			if lx.purposeKind(b.Purpose[j]) {
				nb += float64(b.Weights[j] * b.Weights[j])
			}
			j++
		default:
			if lx.purposeKind(a.Purpose[i]) {
				wa, wb := float64(a.Weights[i]), float64(b.Weights[j])
				dot += wa * wb
				na += wa * wa
				nb += wb * wb
			}
			i++
			j++
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return w.alignConceptShare * dot / math.Sqrt(na*nb)
}

// compact moves the concept lists of every phrase into one shared array:
// the engine keeps a signature per organization, and a million of them as
// a dozen small slices each would cost the garbage collector dearly.
func (s *Signature) compact() {
	n := 0
	for _, ps := range [][]PhraseSig{s.Needs, s.Offers} {
		for _, p := range ps {
			n += len(p.Heads) + len(p.Others)
		}
	}
	flat := make([]int, 0, n)
	take := func(xs []int) []int {
		if len(xs) == 0 {
			return nil
		}
		start := len(flat)
		flat = append(flat, xs...)
		return flat[start:len(flat):len(flat)]
	}
	for _, ps := range [][]PhraseSig{s.Needs, s.Offers} {
		for i := range ps {
			ps[i].Heads, ps[i].Others = take(ps[i].Heads), take(ps[i].Others)
		}
	}
}
