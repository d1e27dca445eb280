package scoring

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/partnermatch/partnermatch"
)

// Packed profiles: what Evaluate reads of a candidate, kept beside each
// stored organization, so that scoring a candidate costs a read and a
// decode (a few microseconds) instead of analysing its texts again (about a
// hundred). The layout, integers unsigned varints unless said otherwise:
//
//	version byte, the lexicon's Fingerprint (length, bytes)
//	the signature (length, AppendPacked bytes)
//	strings: count, then each one's length and bytes (texts and stems, each
//	once; everything below refers to them by number)
//	weights: count, then each a little-endian float64 (the few distinct
//	weights of purpose concepts and stems)
//	organization: name, language, sector (strings), flags (1 location,
//	2 service radius, 4 annual budget, 8 staff, 16 a fringe lender), then
//	as flagged latitude,
//	longitude, radius, budget (float64) and staff (signed varint)
//	per need, then per offer (as in the signature): text, stem count,
//	stems, then its facts (flags, with what it asks above them, then as
//	flagged days, parts of the day and months; size; lowest and highest
//	age)
//	purpose: count, then per concept: concept, weight, text
//	purpose stems: count, then per stem: stem, weight
const profileVersion = 1

// Packed returns the profile packed (AppendPacked), packing it once: the
// index stores it and the engine's profile file keeps it.
func (p *Profile) Packed() []byte {
	p.packOnce.Do(func() { p.packed = p.AppendPacked(nil) })
	return p.packed
}

// AppendPacked appends the profile packed to dst.
func (p *Profile) AppendPacked(dst []byte) []byte {
	pk := packers.Get().(*profilePacker)
	defer pk.reset()
	dst = append(dst, profileVersion)
	dst = appendString(dst, p.lx.fingerprint)
	pk.buf = p.Signature().AppendPacked(pk.buf)
	dst = binary.AppendUvarint(dst, uint64(len(pk.buf)))
	dst = append(dst, pk.buf...)
	pk.buf = pk.buf[:0]

	// The body refers to strings and weights by number; it is written to
	// pk.buf first, so that the tables it fills can go before it.
	o := p.Org
	pk.str(o.Name)
	pk.str(p.Lang)
	pk.str(string(o.Sector))
	lat, lon, located := o.Point()
	flags := uint64(0)
	if located {
		flags |= 1
	}
	if o.ServiceRadiusKM != nil {
		flags |= 2
	}
	if o.Size != nil && o.Size.AnnualBudget != nil {
		flags |= 4
	}
	if o.Size != nil && o.Size.Staff != nil {
		flags |= 8
	}
	if p.FringeLender {
		flags |= 16
	}
	pk.uint(flags)
	if located {
		pk.float(lat)
		pk.float(lon)
	}
	if flags&2 != 0 {
		pk.float(*o.ServiceRadiusKM)
	}
	if flags&4 != 0 {
		pk.float(*o.Size.AnnualBudget)
	}
	if flags&8 != 0 {
		pk.buf = binary.AppendVarint(pk.buf, int64(*o.Size.Staff))
	}
	for _, ps := range [2][]Phrase{p.Needs, p.Offers} {
		for i := range ps {
			pk.str(ps[i].Text)
			pk.uint(uint64(len(ps[i].stems)))
			for s := range ps[i].stems {
				pk.str(s)
			}
			pk.facts(&ps[i])
		}
	}
	pk.uint(uint64(len(p.Purpose)))
	for c, wt := range p.Purpose {
		pk.uint(uint64(c))
		pk.weight(wt)
		pk.str(p.purposeText[c])
	}
	pk.uint(uint64(len(p.PurposeStems)))
	for s, wt := range p.PurposeStems {
		pk.str(s)
		pk.weight(wt)
	}

	dst = binary.AppendUvarint(dst, uint64(len(pk.strs.values)))
	for _, s := range pk.strs.values {
		dst = appendString(dst, s)
	}
	dst = binary.AppendUvarint(dst, uint64(len(pk.weights.values)))
	for _, wt := range pk.weights.values {
		dst = binary.LittleEndian.AppendUint64(dst, math.Float64bits(wt))
	}
	return append(dst, pk.buf...)
}

func appendString(dst []byte, s string) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(s)))
	return append(dst, s...)
}

// profilePacker numbers strings and weights as the body names them.
type profilePacker struct {
	buf     []byte
	strs    numbering[string]
	weights numbering[float64]
}

func (pk *profilePacker) uint(v uint64) { pk.buf = binary.AppendUvarint(pk.buf, v) }

func (pk *profilePacker) float(f float64) {
	pk.buf = binary.LittleEndian.AppendUint64(pk.buf, math.Float64bits(f))
}

func (pk *profilePacker) str(s string) { pk.uint(pk.strs.of(s)) }

func (pk *profilePacker) weight(wt float64) { pk.uint(pk.weights.of(wt)) }

// Flags of a phrase's facts in a packed profile.
const (
	factPriced = 1 << iota
	factOnce
	factLasting
	factTimes   // days, parts of the day and months follow
	factSize    // the size follows
	factAges    // the lowest and highest age follow
	factTongues // the languages named, and those foreign to the text, follow
	factHolds   // how many people it holds follows
	factSexes   // the sexes it names follow
	factSum     // the largest sum of money it names follows
	factSought  // the concepts an offer seeks follow, with their count
	// What the phrase asks for (asking) is in the bits above these.
	factAsksShift = iota
)

// facts packs what phraseAs read of a phrase's price, times, size, ages
// and asking, so that unpacking it need not read its text again.
func (pk *profilePacker) facts(ph *Phrase) {
	var flags uint64
	if ph.priced {
		flags |= factPriced
	}
	if ph.when.once {
		flags |= factOnce
	}
	if ph.when.lasting {
		flags |= factLasting
	}
	if ph.when.days != 0 || ph.when.parts != 0 || ph.when.months != 0 {
		flags |= factTimes
	}
	if ph.size != 0 {
		flags |= factSize
	}
	if ph.ages != (ages{}) {
		flags |= factAges
	}
	if ph.tongues.named != 0 {
		flags |= factTongues
	}
	if ph.holds != 0 {
		flags |= factHolds
	}
	if ph.sexes != 0 {
		flags |= factSexes
	}
	if ph.sum != 0 {
		flags |= factSum
	}
	if len(ph.sought) > 0 {
		flags |= factSought
	}
	flags |= uint64(ph.asks) << factAsksShift
	pk.uint(flags)
	if flags&factTimes != 0 {
		pk.uint(uint64(ph.when.days))
		pk.uint(uint64(ph.when.parts))
		pk.uint(uint64(ph.when.months))
	}
	if flags&factSize != 0 {
		pk.uint(uint64(ph.size))
	}
	if flags&factAges != 0 {
		pk.uint(uint64(ph.ages.lo))
		pk.uint(uint64(ph.ages.hi))
	}
	if flags&factTongues != 0 {
		pk.uint(uint64(ph.tongues.named))
		pk.uint(uint64(ph.tongues.foreign))
	}
	if flags&factHolds != 0 {
		pk.uint(uint64(ph.holds))
	}
	if flags&factSexes != 0 {
		pk.uint(uint64(ph.sexes))
	}
	if flags&factSum != 0 {
		pk.uint(uint64(ph.sum))
	}
	if flags&factSought != 0 {
		pk.uint(uint64(len(ph.sought)))
		for _, c := range ph.sought {
			pk.uint(uint64(c))
		}
	}
}

// packers keep the tables of packing between profiles: an import packs
// every profile it reads.
var packers = sync.Pool{New: func() any { return new(profilePacker) }}

func (pk *profilePacker) reset() {
	pk.buf = pk.buf[:0]
	pk.strs.reset()
	pk.weights.reset()
	packers.Put(pk)
}

// numbering gives each distinct value the next number.
type numbering[T comparable] struct {
	values []T
	num    map[T]uint64
}

func (n *numbering[T]) reset() {
	clear(n.values) // let go of the strings
	n.values = n.values[:0]
	clear(n.num)
}

func (n *numbering[T]) of(v T) uint64 {
	if n.num == nil {
		n.num = map[T]uint64{}
	}
	k, ok := n.num[v]
	if !ok {
		k = uint64(len(n.values))
		n.num[v] = k
		n.values = append(n.values, v)
	}
	return k
}

// ErrOtherLexicon is returned for a packed profile made with another
// lexicon: its concept numbers would mean other concepts, so the profile
// must be analysed again from its texts.
var ErrOtherLexicon = errors.New("packed profile made with another lexicon")

var errPackedProfile = errors.New("packed profile is malformed")

// PackedSignature returns the packed signature (see AppendPacked of
// Signature) inside a packed profile, without reading the rest.
func (lx *Lexicon) PackedSignature(b []byte) ([]byte, error) {
	sig, _, err := lx.packedSignature(b)
	return sig, err
}

// packedSignature also returns where the rest of the profile starts.
func (lx *Lexicon) packedSignature(b []byte) (sig []byte, end int, err error) {
	if len(b) == 0 || b[0] != profileVersion {
		return nil, 0, ErrOtherLexicon
	}
	r := packedReader{b: b, pos: 1}
	if string(r.bytes()) != lx.fingerprint {
		return nil, 0, ErrOtherLexicon
	}
	sig = r.bytes()
	if r.err != nil {
		return nil, 0, errPackedProfile
	}
	return sig, r.pos, nil
}

// PackedWithThis reports whether b is a profile packed by AppendPacked with
// this lexicon (and reading of texts), which UnpackProfile can read.
func (lx *Lexicon) PackedWithThis(b []byte) bool {
	_, _, err := lx.packedSignature(b)
	return err == nil
}

// UnpackProfile reads a profile packed by AppendPacked with this lexicon,
// for organization id. Evaluate gives the same result for it as for the
// profile that was packed. Its Org holds only what scoring reads: id, name,
// sector, language, location, service radius and size. It fails with
// ErrOtherLexicon when the profile was packed with another lexicon.
func (lx *Lexicon) UnpackProfile(id string, b []byte) (*Profile, error) {
	sigBytes, end, err := lx.packedSignature(b)
	if err != nil {
		return nil, err
	}
	var sig Signature
	if err := lx.UnpackSignature(sigBytes, &sig); err != nil {
		return nil, err
	}
	// One string for every text and stem: they are all slices of it.
	all := string(b)
	r := packedReader{b: b, pos: end, max: uint64(len(lx.Concepts))}
	strs := make([]string, r.count())
	for i := range strs {
		n := len(r.bytes())
		strs[i] = all[r.pos-n : r.pos]
	}
	weights := make([]float64, r.count())
	for i := range weights {
		weights[i] = r.float()
	}
	str := func() string {
		if v := r.next(); v < uint64(len(strs)) {
			return strs[v]
		}
		r.fail()
		return ""
	}
	weight := func() float64 {
		if v := r.next(); v < uint64(len(weights)) {
			return weights[v]
		}
		r.fail()
		return 0
	}

	org := &partnermatch.Organization{ID: id, Name: str()}
	lang := str()
	org.Language = lang
	org.Sector = partnermatch.Sector(str())
	flags := r.next()
	if flags&1 != 0 {
		lat, lon := r.float(), r.float()
		org.Location = &partnermatch.Location{Lat: &lat, Lon: &lon}
	}
	if flags&2 != 0 {
		radius := r.float()
		org.ServiceRadiusKM = &radius
	}
	if flags&(4|8) != 0 {
		org.Size = &partnermatch.Size{}
	}
	if flags&4 != 0 {
		budget := r.float()
		org.Size.AnnualBudget = &budget
	}
	if flags&8 != 0 {
		staff := int(r.varint())
		org.Size.Staff = &staff
	}

	p := &Profile{Org: org, Lang: lang, lx: lx, FringeLender: flags&16 != 0}
	phrases := func(sigs []PhraseSig) []Phrase {
		if len(sigs) == 0 {
			return nil
		}
		out := make([]Phrase, len(sigs))
		for i := range out {
			out[i].PhraseSig = sigs[i]
			out[i].Text = str()
			n := r.count()
			out[i].stems = make(map[string]bool, n)
			for range n {
				out[i].stems[str()] = true
			}
			if n > 0 {
				// A phrase read as offering nothing keeps no stems
				// and no vector (phraseAs).
				out[i].vec = phraseVector(splitWords(out[i].Text), lang)
			}
			r.facts(&out[i])
		}
		return out
	}
	p.Needs = phrases(sig.Needs)
	p.Offers = phrases(sig.Offers)
	n := r.count()
	p.Purpose = make(map[int]float64, n)
	p.purposeText = make(map[int]string, n)
	for range n {
		c := r.concept()
		p.Purpose[c] = weight()
		p.purposeText[c] = str()
	}
	n = r.count()
	p.PurposeStems = make(map[string]float64, n)
	for range n {
		s := str()
		p.PurposeStems[s] = weight()
	}
	if r.err == nil && r.pos != len(b) {
		r.fail()
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w (organization %q)", errPackedProfile, id)
	}
	return p, nil
}

// facts reads a phrase's facts (profilePacker.facts).
func (r *packedReader) facts(ph *Phrase) {
	flags := r.next()
	ph.asks = asking(flags >> factAsksShift)
	ph.priced = flags&factPriced != 0
	ph.when.once = flags&factOnce != 0
	ph.when.lasting = flags&factLasting != 0
	if flags&factTimes != 0 {
		ph.when.days = uint8(r.next())
		ph.when.parts = uint8(r.next())
		ph.when.months = uint16(r.next())
	}
	if flags&factSize != 0 {
		ph.size = int(r.next())
	}
	if flags&factAges != 0 {
		ph.ages.lo = int(r.next())
		ph.ages.hi = int(r.next())
	}
	if flags&factTongues != 0 {
		ph.tongues.named = languageSet(r.next())
		ph.tongues.foreign = languageSet(r.next())
	}
	if flags&factHolds != 0 {
		ph.holds = int(r.next())
	}
	if flags&factSexes != 0 {
		ph.sexes = sexes(r.next())
	}
	if flags&factSum != 0 {
		ph.sum = int(r.next())
	}
	if flags&factSought != 0 {
		ph.sought = make([]int, r.count())
		for i := range ph.sought {
			ph.sought[i] = r.concept()
		}
	}
}

// bytes reads a length and that many bytes.
func (r *packedReader) bytes() []byte {
	n := r.count()
	if r.err != nil || r.pos+n > len(r.b) {
		r.fail()
		return nil
	}
	b := r.b[r.pos : r.pos+n]
	r.pos += n
	return b
}

func (r *packedReader) float() float64 {
	if r.err != nil || r.pos+8 > len(r.b) {
		r.fail()
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(r.b[r.pos:]))
	r.pos += 8
	return f
}

// varint reads a signed varint (binary.AppendVarint's zig-zag encoding).
func (r *packedReader) varint() int64 {
	u := r.next()
	return int64(u>>1) ^ -int64(u&1)
}
