package match

import (
	"context"
	"math"
	"sync"
	"time"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

// member is what the engine keeps in memory of each organization: enough to
// find its neighbours, apply the hard rules and estimate a score, but not its
// texts, which stay in the index until a candidate is scored exactly. About
// 300 bytes each, so a million fit in a few hundred megabytes.
type member struct {
	id       string
	lat, lon float64
	hasPoint bool
	radius   float64
	sector   partnermatch.Sector
	partners []string
	avoid    []string
	sig      *scoring.Signature
}

func newMember(o *partnermatch.Organization, sig *scoring.Signature) *member {
	m := &member{id: o.ID, radius: scoring.Radius(o), sector: o.Sector, partners: o.Partners, avoid: o.Avoid, sig: sig}
	m.lat, m.lon, m.hasPoint = o.Point()
	return m
}

// cellDegrees is the side of a grid cell: about 11 km of latitude, so that
// a query within a town's radius reads a handful of cells.
const cellDegrees = 0.1

type cellKey struct{ lat, lon int32 }

func cellOf(lat, lon float64) cellKey {
	return cellKey{int32(math.Floor(lat / cellDegrees)), int32(math.Floor(lon / cellDegrees))}
}

// store is the in-memory directory: members by id and located members by
// grid cell. Cost of a neighbourhood query grows with the neighbourhood,
// not with the directory.
type store struct {
	mu        sync.RWMutex
	byID      map[string]*member
	grid      map[cellKey][]*member
	unlocated map[string]*member // members without coordinates

	// Directory-wide facts, rebuilt when stale (see facts).
	statsMu    sync.Mutex
	graph      *partnerGraph
	corpus     *indexCorpus
	dirty      bool
	rebuilding bool
	lastBuilt  time.Time
}

func newStore() *store {
	return &store{byID: map[string]*member{}, grid: map[cellKey][]*member{}, unlocated: map[string]*member{}}
}

func (s *store) put(m *member) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.removeLocked(m.id)
	s.byID[m.id] = m
	if m.hasPoint {
		k := cellOf(m.lat, m.lon)
		s.grid[k] = append(s.grid[k], m)
	} else {
		s.unlocated[m.id] = m
	}
	s.dirty = true
}

func (s *store) remove(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.removeLocked(id)
	s.dirty = true
}

func (s *store) removeLocked(id string) {
	old, ok := s.byID[id]
	if !ok {
		return
	}
	delete(s.byID, id)
	if !old.hasPoint {
		delete(s.unlocated, id)
		return
	}
	k := cellOf(old.lat, old.lon)
	cell := s.grid[k]
	for i, m := range cell {
		if m == old {
			cell[i] = cell[len(cell)-1]
			cell = cell[:len(cell)-1]
			break
		}
	}
	if len(cell) == 0 {
		delete(s.grid, k)
	} else {
		s.grid[k] = cell
	}
}

func (s *store) get(id string) *member {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.byID[id]
}

func (s *store) size() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.byID)
}

// each calls fn for every member, located (all is true) or not.
func (s *store) each(all bool, fn func(m *member)) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	src := s.unlocated
	if all {
		src = s.byID
	}
	for _, m := range src {
		fn(m)
	}
}

// near calls fn for every located member within radiusKM of (lat, lon),
// with its distance.
func (s *store) near(lat, lon, radiusKM float64, fn func(m *member, distance float64)) {
	dLat := radiusKM / 111.0
	cos := math.Cos(lat * math.Pi / 180)
	dLon := 180.0
	if cos > 1e-6 {
		dLon = math.Min(180, radiusKM/(111.0*cos))
	}
	lo, hi := cellOf(lat-dLat, lon-dLon), cellOf(lat+dLat, lon+dLon)
	s.mu.RLock()
	defer s.mu.RUnlock()
	wrap := dLon >= 180 || lon-dLon < -180 || lon+dLon > 180
	if wrap || int64(hi.lat-lo.lat+1)*int64(hi.lon-lo.lon+1) > int64(len(s.grid)) {
		// A huge radius or the antimeridian: scanning the occupied cells is
		// cheaper and simpler than enumerating the box.
		for _, cell := range s.grid {
			for _, m := range cell {
				if d := scoring.DistanceKM(lat, lon, m.lat, m.lon); d <= radiusKM {
					fn(m, d)
				}
			}
		}
		return
	}
	for la := lo.lat; la <= hi.lat; la++ {
		for ln := lo.lon; ln <= hi.lon; ln++ {
			for _, m := range s.grid[cellKey{la, ln}] {
				if d := scoring.DistanceKM(lat, lon, m.lat, m.lon); d <= radiusKM {
					fn(m, d)
				}
			}
		}
	}
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
	dirty, n := s.dirty, len(s.byID)
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
	n := len(s.byID)
	links := make(map[string][]string, n)
	for id, m := range s.byID {
		links[id] = m.partners
	}
	s.mu.Unlock()
	s.graph, s.corpus, s.lastBuilt = buildPartnerGraph(links), &indexCorpus{idx: e.idx, docs: n}, time.Now()
}

// indexCorpus tells how rare a word is from the index's postings, asking
// each word once per rebuild of the directory's facts.
type indexCorpus struct {
	idx  interface{ DocFreq(string) (uint64, error) }
	docs int
	df   sync.Map // stem -> int
}

// IDF implements scoring.Corpus with the same formula as scoring.DocFreq.
func (c *indexCorpus) IDF(stem string) float64 {
	if c.docs == 0 {
		return 1
	}
	var n int
	if v, ok := c.df.Load(stem); ok {
		n = v.(int)
	} else {
		count, err := c.idx.DocFreq(stem)
		if err != nil {
			return 1 // unknown rarity: count the word fully rather than fail a query
		}
		n = int(count)
		c.df.Store(stem, n)
	}
	return scoring.IDFOf(c.docs, n)
}
