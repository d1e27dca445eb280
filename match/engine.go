// Package match is the engine a Go programmer calls: open a directory of
// organizations, import and update profiles, and ask, for any one of them,
// which partners would be mutually beneficial, goal-aligned and local, and
// why.
//
// Suggest finds the organizations within reach (an in-memory grid of the
// directory), applies the hard rules (never the organization itself, never
// an id either side avoids, existing partners only when asked, nobody beyond
// either service radius), ranks the neighbours by an estimate from their
// concept signatures, scores the best of them exactly with package scoring,
// and returns the top ones with their reasons. Its cost grows with the
// neighbourhood and the limits in Options, not with the directory.
package match

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/index"
	"github.com/partnermatch/partnermatch/scoring"
)

// profileCacheSize bounds the analysed profiles kept between queries: about
// 20 KB each, so 5,000 cost some 100 MB. Neighbours of busy areas stay in it.
const profileCacheSize = 5000

// Engine suggests partners from one index. It is safe for concurrent use.
type Engine struct {
	idx   *index.Index
	lx    *scoring.Lexicon
	store *store
	cache *profileCache

	loaded  atomic.Bool // the store holds the whole directory
	writeMu sync.Mutex  // one writer at a time keeps the store in step with the index
	// savedAt is the generation of the snapshot on disk, when known.
	savedAt string
	// loadedFrom says where the store was loaded from: "snapshot", "index",
	// or "" (not loaded, or an empty directory).
	loadedFrom string
}

// Open opens the directory index at dir, creating it when absent. The
// in-memory neighbourhood store is loaded on the first query, so commands
// that only write or read one profile start at once.
func Open(dir string) (*Engine, error) {
	idx, err := index.Open(dir)
	if err != nil {
		return nil, err
	}
	lx := scoring.DefaultLexicon()
	e := &Engine{idx: idx, lx: lx, store: newStore(dir, lx), cache: newProfileCache(profileCacheSize)}
	n, err := idx.Count()
	if err != nil {
		idx.Close()
		return nil, err
	}
	if n == 0 {
		// Nothing to load: the store is complete from the start, and an
		// import into it can leave a snapshot behind.
		if e.store.generation, err = idx.Generation(); err != nil {
			idx.Close()
			return nil, err
		}
		e.loaded.Store(true)
	}
	return e, nil
}

// Close writes the store's snapshot when it is loaded and the one on disk
// is older, and closes the index; acknowledged writes are already on disk.
func (e *Engine) Close() error {
	e.writeMu.Lock()
	e.saveSnapshotLocked()
	e.store.reset() // closes the profile file
	e.writeMu.Unlock()
	return e.idx.Close()
}

// Index returns the underlying index, for tools that need lower-level access.
func (e *Engine) Index() *index.Index { return e.idx }

// Warm does before any query what the first query would otherwise do:
// Load, then the directory's facts (the partner graph and its PageRank,
// word rarity), which take seconds at a million organizations. A server
// calls it before accepting connections.
func (e *Engine) Warm(ctx context.Context) error {
	if err := e.Load(ctx); err != nil {
		return err
	}
	_, _, err := e.facts(ctx)
	return err
}

// Load fills the in-memory neighbourhood store, from the snapshot in the
// index directory when it matches the index, from the index otherwise (and
// then writes the snapshot); the first query does it when nobody has. A
// server calls it before accepting connections, so that no client waits
// for it. Stored signatures are used as they are; profiles indexed with
// another lexicon are analysed again. The load does not stop when ctx ends:
// it is shared by every caller, and a client that leaves must not leave the
// engine without its store.
func (e *Engine) Load(ctx context.Context) error {
	if e.loaded.Load() {
		return nil
	}
	done := make(chan error, 1)
	go func() {
		e.writeMu.Lock()
		defer e.writeMu.Unlock()
		done <- e.loadLocked(true)
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// loadLocked loads the store unless it is loaded: from the snapshot when
// it is valid, else, when scan is true, from the index. writeMu must be
// held.
func (e *Engine) loadLocked(scan bool) error {
	if e.loaded.Load() {
		return nil
	}
	gen, err := e.idx.Generation()
	if err != nil {
		return fmt.Errorf("loading the directory into memory: %w", err)
	}
	if e.loadSnapshot(gen) {
		e.savedAt = gen
		e.loaded.Store(true)
		return nil
	}
	if !scan {
		return nil
	}
	if gen == "" {
		// Written before generations were kept: give it one that the
		// snapshot can name.
		if gen, err = e.idx.Regenerate(); err != nil {
			return fmt.Errorf("loading the directory into memory: %w", err)
		}
	}
	if err := e.scan(); err != nil {
		e.store.reset()
		return fmt.Errorf("loading the directory into memory: %w", err)
	}
	e.store.generation, e.loadedFrom = gen, "index"
	e.loaded.Store(true)
	e.saveSnapshotLocked()
	return nil
}

// loadSnapshot fills the store from the snapshot if it describes the index
// at generation gen, and reports whether it did.
func (e *Engine) loadSnapshot(gen string) bool {
	if gen == "" {
		return false
	}
	e.store.reset()
	_, err := e.store.readSnapshot(e.snapshotPath(), func(h snapshotHeader) bool {
		if h.Generation != gen || h.Lexicon != e.lx.Fingerprint() {
			return false
		}
		n, err := e.idx.Count()
		return err == nil && n == uint64(h.Members)
	})
	if err != nil {
		e.store.reset()
		return false
	}
	e.loadedFrom = "snapshot"
	return true
}

// scan fills the store from every stored profile of the index.
func (e *Engine) scan() error {
	e.store.reset()
	var sig scoring.Signature
	err := e.idx.Scan(context.Background(), func(id string, src, packed []byte) error {
		// Only what the store keeps is decoded; texts are skipped.
		var light memberFields
		if err := json.Unmarshal(src, &light); err != nil {
			return fmt.Errorf("organization %q: stored profile does not decode: %w", id, err)
		}
		o := light.organization()
		packedSig, err := e.lx.PackedSignature(packed)
		if err == nil {
			err = e.lx.UnpackSignature(packedSig, &sig)
		}
		if err != nil {
			packed = nil
			// Indexed with another lexicon, or before profiles were kept
			// packed: analyse the texts again.
			if err := json.Unmarshal(src, &o); err != nil {
				return fmt.Errorf("organization %q: stored profile does not decode: %w", id, err)
			}
			sig = *e.lx.NewProfile(&o).Signature()
		}
		e.store.put(&o, &sig, packed)
		return nil
	})
	// The scan's garbage is large next to what it keeps.
	debug.FreeOSMemory()
	return err
}

func (e *Engine) snapshotPath() string { return filepath.Join(e.idx.Path(), snapshotFile) }

// saveSnapshotLocked writes the snapshot if the store is loaded, reflects
// the index as it is, and the snapshot on disk is of another generation.
// A failure leaves the old snapshot, which no longer matches the index and
// will not be used. writeMu must be held.
func (e *Engine) saveSnapshotLocked() {
	if !e.loaded.Load() {
		return
	}
	gen, err := e.idx.Generation()
	if err != nil || gen == "" || gen != e.store.generation || gen == e.savedAt {
		return
	}
	e.store.mu.Lock()
	e.store.syncProfilesLocked()
	e.store.mu.Unlock()
	if e.store.writeSnapshot(e.snapshotPath(), e.lx.Fingerprint()) == nil {
		e.savedAt = gen
		keep := ""
		if e.store.profiles != nil {
			keep = e.store.profiles.name
		}
		removeProfileFilesBut(e.idx.Path(), keep)
	}
}

// Get returns the organization with the given id; a not_found error when
// there is none.
func (e *Engine) Get(ctx context.Context, id string) (partnermatch.Organization, error) {
	if !partnermatch.ValidID(id) {
		return partnermatch.Organization{}, partnermatch.FieldErrorf("id", "%q is not an id", id)
	}
	return e.idx.Get(ctx, id)
}

// Put validates org and inserts or replaces it. It reports whether the id
// was new. When Put returns nil the profile is on disk.
func (e *Engine) Put(ctx context.Context, org partnermatch.Organization) (created bool, err error) {
	if err := org.Validate(); err != nil {
		return false, err
	}
	p := e.lx.NewProfile(&org)
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	exists, err := e.idx.Exists(org.ID)
	if err != nil {
		return false, err
	}
	if err := e.applyLocked(ctx, []partnermatch.Organization{org}, []*scoring.Profile{p}); err != nil {
		return false, err
	}
	return !exists, nil
}

func (e *Engine) applyLocked(ctx context.Context, orgs []partnermatch.Organization, profiles []*scoring.Profile) error {
	if err := e.idx.PutProfiles(ctx, orgs, profiles); err != nil {
		return err
	}
	e.putLocked(orgs, profiles)
	return e.wroteLocked()
}

// putLocked puts profiles written to the index into the store.
func (e *Engine) putLocked(orgs []partnermatch.Organization, profiles []*scoring.Profile) {
	for i := range orgs {
		e.cache.drop(orgs[i].ID)
		e.store.put(&orgs[i], profiles[i].Signature(), profiles[i].Packed())
	}
}

// wroteLocked records the generation a write of the engine left the index
// at: the store reflects it.
func (e *Engine) wroteLocked() error {
	gen, err := e.idx.Generation()
	e.store.generation = gen
	return err
}

// Delete removes the organization with the given id; a not_found error when
// there is none.
func (e *Engine) Delete(ctx context.Context, id string) error {
	if _, err := e.Get(ctx, id); err != nil {
		return err
	}
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	if err := e.idx.Delete(ctx, id); err != nil {
		return err
	}
	e.cache.drop(id)
	e.store.remove(id)
	return e.wroteLocked()
}

// Count returns the number of organizations in the directory.
func (e *Engine) Count() (uint64, error) { return e.idx.Count() }

// Each calls fn for every organization in id order.
func (e *Engine) Each(ctx context.Context, fn func(partnermatch.Organization) error) error {
	return e.idx.Each(ctx, fn)
}

// profile returns b analysed, from the cache or the index: unpacked as the
// import left it, or analysed again when it was packed with another lexicon
// or not at all.
func (e *Engine) profile(ctx context.Context, id string) (*scoring.Profile, error) {
	if p := e.cache.get(id); p != nil {
		return p, nil
	}
	packed, err := e.store.packedProfile(id)
	if err != nil {
		if packed, err = e.idx.Profile(ctx, id); err != nil {
			return nil, err
		}
	}
	p, err := e.lx.UnpackProfile(id, packed)
	if err != nil {
		org, err := e.idx.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		p = e.lx.NewProfile(&org)
	}
	e.cache.put(id, p)
	return p, nil
}

// memberFields are the fields of a stored profile that the store keeps.
type memberFields struct {
	ID              string                 `json:"id"`
	Sector          partnermatch.Sector    `json:"sector"`
	Location        *partnermatch.Location `json:"location"`
	ServiceRadiusKM *float64               `json:"service_radius_km"`
	Partners        []string               `json:"partners"`
	Avoid           []string               `json:"avoid"`
}

func (m memberFields) organization() partnermatch.Organization {
	o := partnermatch.Organization{ID: m.ID, Sector: m.Sector, ServiceRadiusKM: m.ServiceRadiusKM, Partners: m.Partners, Avoid: m.Avoid}
	if m.Location != nil {
		o.Location = &partnermatch.Location{Lat: m.Location.Lat, Lon: m.Location.Lon}
	}
	return o
}
