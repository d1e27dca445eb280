package match

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
)

// The snapshot is the store written to a file in the index directory, so
// that opening a large directory reads one file instead of every stored
// profile. It records the index generation it was taken at; the engine uses
// it only while the index is still at that generation (every write gives the
// index a new one, atomically with the profiles), with the same lexicon and
// number of organizations. Otherwise it loads from the index as before and
// writes a new snapshot.
//
// Layout (integers are unsigned varints unless said otherwise):
//
//	"PMSTORE1", header length, header (JSON: snapshotHeader)
//	ids: total bytes, the ids end to end, then each id's length
//	per member: flags, sector (one byte each)
//	per member: latitude, longitude, radius (float64, little-endian)
//	signatures: total bytes, the packed signatures end to end, each one's length
//	linked members: count, then for each its slot, partners and ids to avoid
//	(count, then length and bytes of each)
//	packed profiles: per member, its offset in the profile file plus one
//	(0 for none) and its length
//	CRC-32C of everything before it (4 bytes, little-endian)
//
// The header names the profile file (see profileFile) and how many of its
// bytes the snapshot relies on; they are synced before the snapshot is
// written.
const (
	snapshotFile  = "partnermatch-store.snap"
	snapshotMagic = "PMSTORE2"
)

type snapshotHeader struct {
	Generation   string `json:"generation"`
	Lexicon      string `json:"lexicon"`
	Members      int    `json:"members"`
	Profiles     string `json:"profiles,omitempty"`
	ProfilesSize int64  `json:"profiles_size,omitempty"`
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// writeSnapshot writes the store's members to path, atomically: a reader
// finds the old file or the new one, whole.
func (s *store) writeSnapshot(path, lexicon string) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".snapshot-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	crc := crc32.New(castagnoli)
	w := bufio.NewWriterSize(io.MultiWriter(tmp, crc), 1<<20)
	if err := s.encode(w, lexicon); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if _, err := tmp.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32())); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// encode writes the snapshot but its checksum; mu is taken for reading.
func (s *store) encode(w *bufio.Writer, lexicon string) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	// Members are written cell by cell, row by row, the unlocated last, and
	// read back into slots in that order: a neighbourhood's members are then
	// next to each other in every column and in the signatures, and a query
	// reads a few runs of memory instead of a thousand scattered slots
	// (at 1M organizations, the cache misses were most of an estimate).
	cells := slices.Collect(maps.Keys(s.grid))
	slices.SortFunc(cells, func(a, b cellKey) int { return cmp.Or(cmp.Compare(a.lat, b.lat), cmp.Compare(a.lon, b.lon)) })
	live := make([]int32, 0, len(s.slotOf))
	for _, c := range cells {
		live = append(live, s.grid[c]...)
	}
	live = append(live, slices.Sorted(maps.Keys(s.unlocated))...)
	if len(live) != len(s.slotOf) {
		return fmt.Errorf("snapshot: %d members by place, %d by id", len(live), len(s.slotOf))
	}
	h := snapshotHeader{Generation: s.generation, Lexicon: lexicon, Members: len(live)}
	if s.profiles != nil {
		h.Profiles, h.ProfilesSize = s.profiles.name, s.profiles.size
	}
	header, err := json.Marshal(h)
	if err != nil {
		return err
	}
	var buf []byte
	uv := func(v int) {
		buf = binary.AppendUvarint(buf[:0], uint64(v))
		w.Write(buf)
	}
	str := func(x string) {
		uv(len(x))
		w.WriteString(x)
	}
	w.WriteString(snapshotMagic)
	uv(len(header))
	w.Write(header)
	total := 0
	for _, i := range live {
		total += len(s.ids[i])
	}
	uv(total)
	for _, i := range live {
		w.WriteString(s.ids[i])
	}
	for _, i := range live {
		uv(len(s.ids[i]))
	}
	for _, i := range live {
		w.WriteByte(s.flags[i])
		w.WriteByte(s.sector[i])
	}
	for _, col := range [][]float64{s.lat, s.lon, s.radius} {
		for _, i := range live {
			buf = binary.LittleEndian.AppendUint64(buf[:0], math.Float64bits(col[i]))
			w.Write(buf)
		}
	}
	total = 0
	for _, i := range live {
		total += int(s.sigLen[i])
	}
	uv(total)
	for _, i := range live {
		w.Write(s.sigs[s.sigAt[i] : s.sigAt[i]+int(s.sigLen[i])])
	}
	for _, i := range live {
		uv(int(s.sigLen[i]))
	}
	uv(len(s.linked))
	for n, i := range live {
		l, ok := s.linked[i]
		if !ok {
			continue
		}
		uv(n)
		for _, ids := range [2][]string{l.partners, l.avoid} {
			uv(len(ids))
			for _, id := range ids {
				str(id)
			}
		}
	}
	for _, i := range live {
		if s.profiles == nil || s.profAt[i] < 0 {
			uv(0)
			uv(0)
			continue
		}
		uv(int(s.profAt[i]) + 1)
		uv(int(s.profLen[i]))
	}
	_, err = w.Write(nil)
	return err
}

var errSnapshot = errors.New("snapshot is damaged")

var errStale = errors.New("snapshot is of another generation")

// readHeader reads the header of the snapshot at path alone.
func readHeader(path string) (snapshotHeader, error) {
	var h snapshotHeader
	f, err := os.Open(path)
	if err != nil {
		return h, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	magic := make([]byte, len(snapshotMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != snapshotMagic {
		return h, errSnapshot
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<16 {
		return h, errSnapshot
	}
	raw := make([]byte, n)
	if _, err := io.ReadFull(r, raw); err != nil {
		return h, errSnapshot
	}
	if err := json.Unmarshal(raw, &h); err != nil {
		return h, errSnapshot
	}
	return h, nil
}

// readSnapshot reads the snapshot at path into s, which must be empty, if
// want accepts its header (read first, alone), and returns the header. A
// damaged file is an error, never a wrong store.
func (s *store) readSnapshot(path string, want func(snapshotHeader) bool) (snapshotHeader, error) {
	h, err := readHeader(path)
	if err != nil {
		return h, err
	}
	if !want(h) {
		return h, errStale
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return h, err
	}
	if len(b) < len(snapshotMagic)+4 || string(b[:len(snapshotMagic)]) != snapshotMagic {
		return h, errSnapshot
	}
	body := b[:len(b)-4]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return h, errSnapshot
	}
	d := &decoder{b: body, pos: len(snapshotMagic)}
	if err := json.Unmarshal(d.bytes(d.count()), &h); d.err == nil && err != nil {
		return h, fmt.Errorf("snapshot header: %w", err)
	}
	n := h.Members
	if d.err != nil || n < 0 || n > len(body) {
		return h, errSnapshot
	}
	all := string(d.bytes(d.count())) // one allocation for every id
	ids := make([]string, n)
	at := 0
	for k := range ids {
		l := d.count()
		if at+l > len(all) {
			return h, errSnapshot
		}
		ids[k] = all[at : at+l]
		at += l
	}
	flags := d.bytes(2 * n)
	var cols [3][]float64
	for c := range cols {
		raw := d.bytes(8 * n)
		if d.err != nil {
			return h, errSnapshot
		}
		cols[c] = make([]float64, n)
		for k := range cols[c] {
			cols[c][k] = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*k:]))
		}
	}
	sigs := append([]byte(nil), d.bytes(d.count())...)
	sigAt, sigLen := make([]int, n), make([]uint32, n)
	at = 0
	for k := range sigLen {
		l := d.count()
		if at+l > len(sigs) {
			return h, errSnapshot
		}
		sigAt[k], sigLen[k] = at, uint32(l)
		at += l
	}
	nLinked := d.count()
	linked := make(map[int32]links, nLinked)
	for range nLinked {
		k := d.count()
		var l links
		for _, dst := range [2]*[]string{&l.partners, &l.avoid} {
			c := d.count()
			if c > 0 {
				*dst = make([]string, c)
			}
			for j := range *dst {
				(*dst)[j] = string(d.bytes(d.count()))
			}
		}
		if k >= n || d.err != nil {
			return h, errSnapshot
		}
		linked[int32(k)] = l
	}
	profAt, profLen := make([]int64, n), make([]uint32, n)
	for k := range profAt {
		at, l := int64(d.uvarint()), d.uvarint()
		profAt[k], profLen[k] = at-1, uint32(l)
		if l > math.MaxUint32 || at > 0 && at-1+int64(l) > h.ProfilesSize {
			return h, errSnapshot
		}
	}
	if d.err != nil || d.pos != len(body) {
		return h, errSnapshot
	}
	var profiles *profileFile
	if h.Profiles != "" && s.dir != "" {
		// Without its profile file the snapshot is still good: profiles
		// are then read from the index.
		if profiles, err = openProfileFile(s.dir, h.Profiles, h.ProfilesSize); err != nil {
			profiles = nil
		}
	}
	var used int64
	for k := range profAt {
		if profiles == nil {
			profAt[k] = -1
		} else if profAt[k] >= 0 {
			used += int64(profLen[k])
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.slotOf = make(map[string]int32, n)
	s.ids, s.lat, s.lon, s.radius = ids, cols[0], cols[1], cols[2]
	s.flags, s.sector = make([]uint8, n), make([]uint8, n)
	s.sigs, s.sigAt, s.sigLen, s.waste, s.linked = sigs, sigAt, sigLen, 0, linked
	s.profiles, s.profAt, s.profLen, s.profWaste = profiles, profAt, profLen, h.ProfilesSize-used
	for k, id := range ids {
		s.slotOf[id] = int32(k)
		s.flags[k], s.sector[k] = flags[2*k], flags[2*k+1]
		if s.flags[k]&slotLocated != 0 {
			c := cellOf(s.lat[k], s.lon[k])
			s.grid[c] = append(s.grid[c], int32(k))
		} else {
			s.unlocated[int32(k)] = struct{}{}
		}
	}
	if len(s.slotOf) != n {
		return h, errSnapshot // an id twice
	}
	s.generation, s.dirty, s.concepts = h.Generation, true, nil
	return h, nil
}

// decoder reads the snapshot's varints and byte runs, remembering the
// first error.
type decoder struct {
	b   []byte
	pos int
	err error
}

// count reads a length, which cannot exceed the snapshot's.
func (d *decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.b)) {
		d.err = errSnapshot
		return 0
	}
	return int(v)
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.pos:])
	if n <= 0 || v > math.MaxInt64/2 {
		d.err = errSnapshot
		return 0
	}
	d.pos += n
	return v
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || n > len(d.b)-d.pos {
		d.err = errSnapshot
		return nil
	}
	out := d.b[d.pos : d.pos+n]
	d.pos += n
	return out
}
