package gen

import (
	"hash/fnv"
	"math"
	"math/bits"
	"math/rand/v2"
)

// rng draws every random choice of the generator. Only the PCG source's raw
// output is used, with derived draws written here, so that a seed gives the
// same directory whatever Go release builds the generator.
type rng struct{ src *rand.PCG }

func newRNG(seed uint64, stream uint64) *rng {
	return &rng{src: rand.NewPCG(seed, stream^0x9e3779b97f4a7c15)}
}

func (r *rng) uint64() uint64 { return r.src.Uint64() }

// float64 is uniform in [0, 1).
func (r *rng) float64() float64 { return float64(r.src.Uint64()>>11) / (1 << 53) }

// intn is uniform in [0, n); n > 0.
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.src.Uint64(), uint64(n))
	return int(hi)
}

// chance is true with probability p.
func (r *rng) chance(p float64) bool { return r.float64() < p }

// between is uniform in [lo, hi] for integers.
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// normal is a standard normal draw (Box-Muller).
func (r *rng) normal() float64 {
	u := 1 - r.float64() // (0, 1]
	v := r.float64()
	return math.Sqrt(-2*math.Log(u)) * math.Cos(2*math.Pi*v)
}

// weighted returns an index drawn with probability proportional to w.
func (r *rng) weighted(w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	x := r.float64() * total
	for i, wi := range w {
		if x < wi {
			return i
		}
		x -= wi
	}
	return len(w) - 1
}

// hash64 is a stable hash of strings, for choices that must depend on a
// record rather than on the order of generation (IRS mode's positions).
func hash64(parts ...string) uint64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	// fnv's low bits mix poorly for short inputs; finish with splitmix64.
	z := h.Sum64() + 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// unit maps a hash to [0, 1).
func unit(h uint64) float64 { return float64(h>>11) / (1 << 53) }
