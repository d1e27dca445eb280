package scoring

import (
	"encoding/binary"
	"errors"
	"math"
)

// Packed signatures: a few dozen bytes per organization instead of a few
// hundred for a Signature of slices, so that the engine can keep a million
// in memory and in its snapshot. The layout, all integers unsigned varints:
//
//	needs, offers                     phrase counts
//	per phrase: flags (1 inferred, 2 has uses, 4/8/16 asked in French,
//	Spanish, English), heads, others, the head and
//	other concepts, then, with flag 2, the count and concepts of its uses
//	purpose count, purpose concepts (each the difference to the previous),
//	then one little-endian float32 weight per purpose concept.
//
// The lexicon is not recorded: whoever keeps packed signatures keeps the
// lexicon's Fingerprint beside them.

// AppendPacked appends s packed to dst.
func (s *Signature) AppendPacked(dst []byte) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(s.Needs)))
	dst = binary.AppendUvarint(dst, uint64(len(s.Offers)))
	for _, ps := range [2][]PhraseSig{s.Needs, s.Offers} {
		for i := range ps {
			p := &ps[i]
			flags := uint64(0)
			if p.Inferred {
				flags |= 1
			}
			if len(p.Uses) > 0 {
				flags |= 2
			}
			flags |= tongueFlags[p.Tongue]
			dst = binary.AppendUvarint(dst, flags)
			dst = binary.AppendUvarint(dst, uint64(len(p.Heads)))
			dst = binary.AppendUvarint(dst, uint64(len(p.Others)))
			for _, c := range p.Heads {
				dst = binary.AppendUvarint(dst, uint64(c))
			}
			for _, c := range p.Others {
				dst = binary.AppendUvarint(dst, uint64(c))
			}
			if len(p.Uses) > 0 {
				dst = binary.AppendUvarint(dst, uint64(len(p.Uses)))
				for _, c := range p.Uses {
					dst = binary.AppendUvarint(dst, uint64(c))
				}
			}
		}
	}
	dst = binary.AppendUvarint(dst, uint64(len(s.Purpose)))
	prev := 0
	for _, c := range s.Purpose {
		dst = binary.AppendUvarint(dst, uint64(c-prev))
		prev = c
	}
	for _, w := range s.Weights {
		dst = binary.LittleEndian.AppendUint32(dst, math.Float32bits(w))
	}
	return dst
}

// tongueFlags are the flag bits of a need's Tongue.
var tongueFlags = map[string]uint64{"fr": 4, "es": 8, "en": 16}

// flagTongue is the inverse of tongueFlags, by a switch: it runs for every
// need of every neighbour estimated, where ranging over a map cost 6% of a
// query.
func flagTongue(flags uint64) string {
	switch {
	case flags&4 != 0:
		return "fr"
	case flags&8 != 0:
		return "es"
	case flags&16 != 0:
		return "en"
	}
	return ""
}

var errPacked = errors.New("packed signature is malformed")

// UnpackSignature reads a signature packed by AppendPacked with this
// lexicon into s, reusing s's memory: a caller that unpacks many signatures
// one after the other into the same s allocates nothing once s has grown.
// It fails on malformed bytes or a concept out of the lexicon's range.
func (lx *Lexicon) UnpackSignature(b []byte, s *Signature) error {
	r := packedReader{b: b, max: uint64(len(lx.Concepts))}
	nNeeds, nOffers := r.count(), r.count()
	// Every concept index takes at least one byte, so an array as long as
	// b holds them all and the phrases' slices into it never move: one
	// pass, no counting first.
	if cap(s.flat) < len(b) {
		s.flat = make([]int, len(b))
	}
	flat := s.flat[:len(b)]
	s.Lexicon = lx.fingerprint
	s.needs, s.offers = resize(s.needs, nNeeds), resize(s.offers, nOffers)
	s.Needs, s.Offers = s.needs, s.offers
	at := 0
	take := func(n int) []int {
		if n == 0 || r.err != nil {
			return nil
		}
		if n > len(flat)-at {
			r.fail()
			return nil
		}
		xs := flat[at : at+n : at+n]
		for k := range xs {
			xs[k] = r.concept()
		}
		at += n
		return xs
	}
	for _, ps := range [2][]PhraseSig{s.Needs, s.Offers} {
		for i := range ps {
			flags := r.next()
			h, o := r.count(), r.count()
			ps[i] = PhraseSig{Heads: take(h), Others: take(o), Inferred: flags&1 != 0, Tongue: flagTongue(flags)}
			if flags&2 != 0 {
				ps[i].Uses = take(r.count())
			}
		}
	}
	if r.err != nil {
		return r.err
	}
	n := r.count()
	s.purpose, s.weights = resize(s.purpose, n), resize(s.weights, n)
	s.Purpose, s.Weights = s.purpose, s.weights
	prev := uint64(0)
	for i := range s.Purpose {
		prev += r.next()
		if prev >= r.max {
			r.fail()
		}
		s.Purpose[i] = int(prev)
	}
	for i := range s.Weights {
		if r.pos+4 > len(r.b) {
			r.fail()
			break
		}
		s.Weights[i] = math.Float32frombits(binary.LittleEndian.Uint32(r.b[r.pos:]))
		r.pos += 4
	}
	if r.err == nil && r.pos != len(r.b) {
		r.fail()
	}
	if n == 0 {
		s.Purpose, s.Weights = nil, nil
	}
	if nNeeds == 0 {
		s.Needs = nil
	}
	if nOffers == 0 {
		s.Offers = nil
	}
	return r.err
}

func resize[T any](xs []T, n int) []T {
	if cap(xs) < n {
		return make([]T, n)
	}
	return xs[:n]
}

type packedReader struct {
	b   []byte
	pos int
	max uint64 // concepts are below it
	err error
}

func (r *packedReader) fail() { r.err = errPacked }

func (r *packedReader) next() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.pos:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.pos += n
	return v
}

// count reads a length, which cannot exceed the bytes left.
func (r *packedReader) count() int {
	v := r.next()
	if v > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *packedReader) concept() int {
	v := r.next()
	if v >= r.max {
		r.fail()
		return 0
	}
	return int(v)
}
