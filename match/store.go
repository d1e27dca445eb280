package match

import (
	"context"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/internal/readmostly"
	"github.com/partnermatch/partnermatch/scoring"
)

// member is what the engine keeps in memory of one organization: enough to
// find its neighbours, apply the hard rules and estimate a score, but not its
// texts, which stay in the index until a candidate is scored exactly. It is
// a view into the store, valid while the store's lock is held.
type member struct {
	id       string
	lat, lon float64
	hasPoint bool
	radius   float64
	sector   partnermatch.Sector
	partners []string
	avoid    []string
	sig      []byte // packed (scoring.Signature.AppendPacked)
}

// links are the ids a member lists, kept apart: most list none.
type links struct{ partners, avoid []string }

// Flags of a slot.
const (
	slotLive    = 1 << iota // holds a member
	slotLocated             // has coordinates
	slotLinked              // lists partners or ids to avoid
)

// cellDegrees is the side of a grid cell: about 11 km of latitude, so that
// a query within a town's radius reads a handful of cells.
const cellDegrees = 0.1

type cellKey struct{ lat, lon int32 }

func cellOf(lat, lon float64) cellKey {
	return cellKey{int32(math.Floor(lat / cellDegrees)), int32(math.Floor(lon / cellDegrees))}
}

// store is the in-memory directory, one slot per member in flat columns
// (no pointer per member for the garbage collector to follow, about 150
// bytes each), with located members by grid cell. Cost of a neighbourhood
// query grows with the neighbourhood, not with the directory.
type store struct {
	mu     sync.RWMutex
	slotOf map[string]int32
	ids    []string
	lat    []float64
	lon    []float64
	radius []float64
	sector []uint8 // index in partnermatch.Sectors
	flags  []uint8
	sigAt  []int    // offset of the slot's packed signature in sigs
	sigLen []uint32 // its length
	sigs   []byte
	waste  int // bytes of sigs no slot refers to any more
	linked map[int32]links
	free   []int32
	grid   map[cellKey][]int32
	// unlocated members, by slot
	unlocated map[int32]struct{}
	// lx packed the signatures; concepts indexes them, nil until an
	// unlocated organization's query in a large directory needs it.
	lx       *scoring.Lexicon
	concepts *conceptIndex
	// everyoneUpTo is the size up to which a query considers every member
	// it cannot place (smallDirectory; tests lower it to take the large
	// directory's way through a town).
	everyoneUpTo int
	// generation is the index generation the store reflects, "" when
	// unknown (see Engine.saveSnapshot).
	generation string

	// Packed profiles in a file of the index directory dir ("" keeps
	// none), at profAt (-1 for none) for profLen bytes; profWaste bytes of
	// the file belong to no member any more.
	dir       string
	profiles  *profileFile
	profAt    []int64
	profLen   []uint32
	profWaste int64

	// Directory-wide facts, rebuilt when stale (see facts).
	statsMu    sync.Mutex
	graph      *partnerGraph
	corpus     *indexCorpus
	dirty      bool
	rebuilding bool
	lastBuilt  time.Time
}

// newStore returns an empty store of signatures packed with lx that keeps
// packed profiles in dir, or none when dir is "".
func newStore(dir string, lx *scoring.Lexicon) *store {
	return &store{slotOf: map[string]int32{}, linked: map[int32]links{}, grid: map[cellKey][]int32{}, unlocated: map[int32]struct{}{}, dir: dir, lx: lx, everyoneUpTo: smallDirectory}
}

// reset empties the store's members; their packed profiles go to a new
// file when they come back.
func (s *store) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	fresh := newStore(s.dir, s.lx)
	s.slotOf, s.linked, s.grid, s.unlocated = fresh.slotOf, fresh.linked, fresh.grid, fresh.unlocated
	s.concepts = nil
	s.ids, s.lat, s.lon, s.radius, s.sector, s.flags = nil, nil, nil, nil, nil, nil
	s.sigAt, s.sigLen, s.sigs, s.waste, s.free = nil, nil, nil, 0, nil
	if s.profiles != nil {
		s.profiles.close()
	}
	s.profiles, s.profAt, s.profLen, s.profWaste = nil, nil, nil, 0
	s.generation, s.dirty = "", true
}

func sectorCode(s partnermatch.Sector) uint8 {
	if i := slices.Index(partnermatch.Sectors, s); i >= 0 {
		return uint8(i)
	}
	return math.MaxUint8
}

func sectorOf(code uint8) partnermatch.Sector {
	if int(code) < len(partnermatch.Sectors) {
		return partnermatch.Sectors[code]
	}
	return ""
}

// put inserts or replaces o with its signature and, unless nil, its packed
// profile.
func (s *store) put(o *partnermatch.Organization, sig *scoring.Signature, profile []byte) {
	lat, lon, located := o.Point()
	var l links
	if len(o.Partners) > 0 || len(o.Avoid) > 0 {
		l = links{o.Partners, o.Avoid}
	}
	var buf [256]byte
	packed := sig.AppendPacked(buf[:0])
	s.mu.Lock()
	defer s.mu.Unlock()
	s.removeLocked(o.ID)
	i := s.add(o.ID, lat, lon, located, scoring.Radius(o), sectorCode(o.Sector), l, packed)
	s.addProfileLocked(i, profile)
	s.dirty = true
}

// addProfileLocked writes slot i's packed profile to the profile file;
// without one (or when the file fails), the slot's profile is read from
// the index. mu must be held.
func (s *store) addProfileLocked(i int32, profile []byte) {
	if profile == nil || s.dir == "" {
		return
	}
	if s.profiles == nil {
		p, err := newProfileFile(s.dir)
		if err != nil {
			return
		}
		s.profiles = p
	}
	at, err := s.profiles.add(profile)
	if err != nil {
		return
	}
	s.profAt[i], s.profLen[i] = at, uint32(len(profile))
}

// packedProfile returns the packed profile of id from the profile file.
func (s *store) packedProfile(id string) ([]byte, error) {
	s.mu.RLock()
	i, ok := s.slotOf[id]
	if !ok || s.profiles == nil || s.profAt[i] < 0 {
		s.mu.RUnlock()
		return nil, errNoProfile
	}
	file, at, n := s.profiles, s.profAt[i], s.profLen[i]
	s.mu.RUnlock()
	// A file closed since (compacted, or the store reloaded) fails the
	// read, and the caller asks the index.
	return file.read(at, n)
}

// add fills a free slot, with no packed profile, and returns it; the id
// must be absent. mu must be held.
func (s *store) add(id string, lat, lon float64, located bool, radius float64, sector uint8, l links, packed []byte) int32 {
	var i int32
	if n := len(s.free); n > 0 {
		i = s.free[n-1]
		s.free = s.free[:n-1]
	} else {
		i = int32(len(s.ids))
		s.ids = append(s.ids, "")
		s.lat = append(s.lat, 0)
		s.lon = append(s.lon, 0)
		s.radius = append(s.radius, 0)
		s.sector = append(s.sector, 0)
		s.flags = append(s.flags, 0)
		s.sigAt = append(s.sigAt, 0)
		s.sigLen = append(s.sigLen, 0)
		s.profAt = append(s.profAt, -1)
		s.profLen = append(s.profLen, 0)
	}
	s.profAt[i], s.profLen[i] = -1, 0
	s.slotOf[id] = i
	s.ids[i], s.lat[i], s.lon[i], s.radius[i], s.sector[i] = id, lat, lon, radius, sector
	s.sigAt[i], s.sigLen[i] = len(s.sigs), uint32(len(packed))
	s.sigs = append(s.sigs, packed...)
	s.flags[i] = slotLive
	if l.partners != nil || l.avoid != nil {
		s.flags[i] |= slotLinked
		s.linked[i] = l
	}
	if located {
		s.flags[i] |= slotLocated
		k := cellOf(lat, lon)
		s.grid[k] = append(s.grid[k], i)
	} else {
		s.unlocated[i] = struct{}{}
	}
	s.indexConceptsLocked(i)
	return i
}

func (s *store) remove(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.removeLocked(id)
	s.dirty = true
}

func (s *store) removeLocked(id string) {
	i, ok := s.slotOf[id]
	if !ok {
		return
	}
	delete(s.slotOf, id)
	s.unindexConceptsLocked(i)
	if s.flags[i]&slotLocated == 0 {
		delete(s.unlocated, i)
	} else {
		k := cellOf(s.lat[i], s.lon[i])
		cell := s.grid[k]
		if j := slices.Index(cell, i); j >= 0 {
			cell[j] = cell[len(cell)-1]
			cell = cell[:len(cell)-1]
		}
		if len(cell) == 0 {
			delete(s.grid, k)
		} else {
			s.grid[k] = cell
		}
	}
	delete(s.linked, i)
	if s.profAt[i] >= 0 {
		s.profWaste += int64(s.profLen[i])
	}
	s.waste += int(s.sigLen[i])
	s.ids[i], s.flags[i], s.sigLen[i] = "", 0, 0
	s.free = append(s.free, i)
	if s.waste > 1<<20 && s.waste > len(s.sigs)/2 {
		s.compactSigs()
	}
}

// compactSigs copies the live signatures into a new array: replaced
// profiles leave theirs behind. Views handed out earlier keep the old one.
func (s *store) compactSigs() {
	sigs := make([]byte, 0, len(s.sigs)-s.waste)
	for i, f := range s.flags {
		if f&slotLive != 0 {
			at := len(sigs)
			sigs = append(sigs, s.sigs[s.sigAt[i]:s.sigAt[i]+int(s.sigLen[i])]...)
			s.sigAt[i] = at
		}
	}
	s.sigs, s.waste = sigs, 0
}

// view returns the member in slot i; mu must be held.
func (s *store) view(i int32) member {
	m := member{
		id: s.ids[i], lat: s.lat[i], lon: s.lon[i], hasPoint: s.flags[i]&slotLocated != 0,
		radius: s.radius[i], sector: sectorOf(s.sector[i]),
		sig: s.sigs[s.sigAt[i] : s.sigAt[i]+int(s.sigLen[i])],
	}
	if s.flags[i]&slotLinked != 0 {
		l := s.linked[i]
		m.partners, m.avoid = l.partners, l.avoid
	}
	return m
}

func (s *store) get(id string) (member, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	i, ok := s.slotOf[id]
	if !ok {
		return member{}, false
	}
	return s.view(i), true
}

func (s *store) size() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.slotOf)
}

// each calls fn for every member, located (all is true) or not. fn must
// not keep m: one member is reused for every call, not allocated each time.
func (s *store) each(all bool, fn func(m *member)) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var m member
	if !all {
		for i := range s.unlocated {
			m = s.view(i)
			fn(&m)
		}
		return
	}
	for i, f := range s.flags {
		if f&slotLive != 0 {
			m = s.view(int32(i))
			fn(&m)
		}
	}
}

// near calls fn for every located member within radiusKM of (lat, lon)
// and within its own service radius of it, with its distance. A large
// neighbourhood is shared out among up to workers goroutines, each calling
// fn with its number w (0 ≤ w < workers); fn must be safe for distinct w
// at once. fn must not keep m: each goroutine reuses one member for every
// call, not allocating one per neighbour.
func (s *store) near(lat, lon, radiusKM float64, workers int, fn func(w int, m *member, distance float64)) {
	dLat := radiusKM / 111.0
	cos := math.Cos(lat * math.Pi / 180)
	dLon := 180.0
	if cos > 1e-6 {
		dLon = math.Min(180, radiusKM/(111.0*cos))
	}
	lo, hi := cellOf(lat-dLat, lon-dLon), cellOf(lat+dLat, lon+dLon)
	s.mu.RLock()
	defer s.mu.RUnlock()
	var cells [][]int32
	total := 0
	wrap := dLon >= 180 || lon-dLon < -180 || lon+dLon > 180
	if wrap || int64(hi.lat-lo.lat+1)*int64(hi.lon-lo.lon+1) > int64(len(s.grid)) {
		// A huge radius or the antimeridian: scanning the occupied cells is
		// cheaper and simpler than enumerating the box.
		for _, cell := range s.grid {
			cells = append(cells, cell)
			total += len(cell)
		}
	} else {
		for la := lo.lat; la <= hi.lat; la++ {
			for ln := lo.lon; ln <= hi.lon; ln++ {
				if cell := s.grid[cellKey{la, ln}]; len(cell) > 0 {
					cells = append(cells, cell)
					total += len(cell)
				}
			}
		}
	}
	far := scoring.HaversineWithin(radiusKM)
	visit := func(w int, cells [][]int32) {
		var m member
		for _, cell := range cells {
			for _, i := range cell {
				h := scoring.Haversine(lat, lon, s.lat[i], s.lon[i])
				if h > far {
					continue
				}
				if d := scoring.KMOfHaversine(h); d <= radiusKM && d <= s.radius[i] {
					m = s.view(i)
					fn(w, &m, d)
				}
			}
		}
	}
	const perWorker = 500 // fewer members than this are not worth a goroutine
	workers = max(1, min(workers, total/perWorker))
	if workers == 1 {
		visit(0, cells)
		return
	}
	// Consecutive runs of cells of about the same number of members.
	var wg sync.WaitGroup
	from, seen := 0, 0
	for w := range workers {
		to := from
		for to < len(cells) && (w == workers-1 || seen < total*(w+1)/workers) {
			seen += len(cells[to])
			to++
		}
		wg.Add(1)
		go func(w int, part [][]int32) {
			defer wg.Done()
			visit(w, part)
		}(w, cells[from:to])
		from = to
	}
	wg.Wait()
}

// partnerPairs returns the partner graph's input (see newPartnerGraph):
// the organizations that list partners and those partners that are in the
// directory, and their links.
func (s *store) partnerPairs() (names []string, pairs []uint64) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	nodeOf := make([]uint32, len(s.ids)) // slot -> node + 1
	node := func(slot int32) uint64 {
		if nodeOf[slot] == 0 {
			names = append(names, s.ids[slot])
			nodeOf[slot] = uint32(len(names))
		}
		return uint64(nodeOf[slot] - 1)
	}
	for i, l := range s.linked {
		if len(l.partners) == 0 {
			continue
		}
		a := node(i)
		for _, p := range l.partners {
			j, ok := s.slotOf[p]
			if !ok {
				continue
			}
			if b := node(j); a != b {
				pairs = append(pairs, min(a, b)<<32|max(a, b))
			}
		}
	}
	return names, pairs
}

// statsStaleAfter bounds how long directory-wide facts (word rarity, the
// partner graph's hubs) may lag behind writes in a large directory. Small
// directories rebuild them on the next query after any write.
const (
	statsStaleAfter = time.Minute
	smallDirectory  = 20000
)

// facts returns the partner graph and word statistics. The first call
// builds them; after writes, a small directory rebuilds them at once (so
// that tests and towns see every change), a large one in the background at
// most once per statsStaleAfter, answering meanwhile with the facts it has,
// so that no query waits for a rebuild of a million organizations.
func (e *Engine) facts(ctx context.Context) (*partnerGraph, scoring.Corpus, error) {
	s := e.store
	s.statsMu.Lock()
	defer s.statsMu.Unlock()
	s.mu.RLock()
	dirty, n := s.dirty, len(s.slotOf)
	s.mu.RUnlock()
	switch {
	case s.graph == nil || (dirty && n <= smallDirectory):
		s.rebuildLocked(e)
	case dirty && !s.rebuilding && time.Since(s.lastBuilt) >= statsStaleAfter:
		s.rebuilding = true
		go func() {
			s.statsMu.Lock()
			defer s.statsMu.Unlock()
			s.rebuildLocked(e)
			s.rebuilding = false
		}()
	}
	return s.graph, s.corpus, nil
}

// rebuildLocked rebuilds the directory's facts; statsMu must be held.
func (s *store) rebuildLocked(e *Engine) {
	s.mu.Lock()
	s.dirty = false
	n := len(s.slotOf)
	s.mu.Unlock()
	corpus := &indexCorpus{idx: e.idx, docs: n}
	s.graph, s.corpus, s.lastBuilt = newPartnerGraph(s.partnerPairs()), corpus, time.Now()
	if n > smallDirectory {
		// Queries would otherwise ask the index for each word the first
		// time they meet it, for as long as the long tail of a large
		// directory's vocabulary lasts (a tenth of a query's CPU at 1M
		// in the first thousand queries). Queries meanwhile ask for
		// themselves, with the same answers.
		go e.idx.DocFreqs(context.Background(), func(term string, docs uint64) {
			if _, ok := corpus.idf.Load(term); !ok {
				corpus.idf.Store(term, scoring.IDFOf(n, int(docs)))
			}
		})
		// Unlocated organizations' queries need the concept index (see
		// conceptIndex), half a second to build at a million: in the
		// background, so that this query need not wait for it unless it
		// is one of theirs.
		go s.ensureConcepts()
	}
}

// indexCorpus tells how rare a word is from the index's postings, asking
// each word once per rebuild of the directory's facts.
type indexCorpus struct {
	idx  interface{ DocFreq(string) (uint64, error) }
	docs int
	idf  readmostly.Map[string, float64]
}

// IDF implements scoring.Corpus with the same formula as scoring.DocFreq.
func (c *indexCorpus) IDF(stem string) float64 {
	if c.docs == 0 {
		return 1
	}
	if v, ok := c.idf.Load(stem); ok {
		return v
	}
	count, err := c.idx.DocFreq(stem)
	if err != nil {
		return 1 // unknown rarity: count the word fully rather than fail a query
	}
	v := scoring.IDFOf(c.docs, int(count))
	c.idf.Store(stem, v)
	return v
}
