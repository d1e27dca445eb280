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
	"runtime/debug"
	"sync"

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

	loadOnce sync.Once
	loadErr  error
	writeMu  sync.Mutex // one writer at a time keeps the store in step with the index
}

// Open opens the directory index at dir, creating it when absent. The
// in-memory neighbourhood store is loaded on the first query, so commands
// that only write or read one profile start at once.
func Open(dir string) (*Engine, error) {
	idx, err := index.Open(dir)
	if err != nil {
		return nil, err
	}
	return &Engine{idx: idx, lx: scoring.DefaultLexicon(), store: newStore(), cache: newProfileCache(profileCacheSize)}, nil
}

// Close closes the index; acknowledged writes are already on disk.
func (e *Engine) Close() error { return e.idx.Close() }

// Index returns the underlying index, for tools that need lower-level access.
func (e *Engine) Index() *index.Index { return e.idx }

// Load fills the in-memory neighbourhood store from the index; the first
// query does it when nobody has. A server calls it before accepting
// connections, so that no client waits for it. Stored signatures are used as
// they are; profiles indexed with another lexicon are analysed again. The
// load does not stop when ctx ends: it is shared by every caller, and a
// client that leaves must not leave the engine without its store.
func (e *Engine) Load(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		defer close(done)
		e.load()
	}()
	select {
	case <-done:
		return e.loadErr
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (e *Engine) load() {
	e.loadOnce.Do(func() {
		e.writeMu.Lock()
		defer e.writeMu.Unlock()
		e.loadErr = e.idx.Scan(context.Background(), func(id string, src, raw []byte) error {
			// Only what the store keeps is decoded; texts are skipped.
			var o partnermatch.Organization
			var light memberFields
			if err := json.Unmarshal(src, &light); err != nil {
				return fmt.Errorf("organization %q: stored profile does not decode: %w", id, err)
			}
			o = light.organization()
			sig, err := e.lx.DecodeSignature(raw)
			if err != nil {
				// Indexed with another lexicon: analyse the texts again.
				if err := json.Unmarshal(src, &o); err != nil {
					return fmt.Errorf("organization %q: stored profile does not decode: %w", id, err)
				}
				sig = e.lx.NewProfile(&o).Signature()
			}
			e.store.put(newMember(&o, sig))
			return nil
		})
		// The scan's garbage is large next to what it keeps.
		debug.FreeOSMemory()
		if e.loadErr != nil {
			e.loadErr = fmt.Errorf("loading the directory into memory: %w", e.loadErr)
		}
	})
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

// apply writes a batch to the index and then to the in-memory store, under
// the write lock so that the two never disagree for long.
func (e *Engine) apply(ctx context.Context, orgs []partnermatch.Organization, profiles []*scoring.Profile) error {
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	return e.applyLocked(ctx, orgs, profiles)
}

func (e *Engine) applyLocked(ctx context.Context, orgs []partnermatch.Organization, profiles []*scoring.Profile) error {
	if err := e.idx.PutProfiles(ctx, orgs, profiles); err != nil {
		return err
	}
	for i := range orgs {
		e.cache.drop(orgs[i].ID)
		e.store.put(newMember(&orgs[i], profiles[i].Signature()))
	}
	return nil
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
	return nil
}

// Count returns the number of organizations in the directory.
func (e *Engine) Count() (uint64, error) { return e.idx.Count() }

// Each calls fn for every organization in id order.
func (e *Engine) Each(ctx context.Context, fn func(partnermatch.Organization) error) error {
	return e.idx.Each(ctx, fn)
}

// profile returns b analysed, from the cache or the index.
func (e *Engine) profile(ctx context.Context, id string) (*scoring.Profile, error) {
	if p := e.cache.get(id); p != nil {
		return p, nil
	}
	org, err := e.idx.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	p := e.lx.NewProfile(&org)
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
