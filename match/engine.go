// Package match is the engine a Go programmer calls: open a directory of
// organizations, import and update profiles, and ask, for any one of them,
// which partners would be mutually beneficial, goal-aligned and local, and
// why.
//
// Suggest retrieves candidates from the index, applies the hard rules
// (never the organization itself, never an id either side avoids, existing
// partners only when asked, nobody beyond either service radius), scores
// each candidate exactly with package scoring, and ranks them.
package match

import (
	"context"
	"sync"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/index"
	"github.com/partnermatch/partnermatch/scoring"
)

// Engine suggests partners from one index. It is safe for concurrent use.
type Engine struct {
	idx *index.Index
	lx  *scoring.Lexicon

	mu    sync.Mutex
	graph *partnerGraph // nil when it must be rebuilt
}

// Open opens the directory index at dir, creating it when absent.
func Open(dir string) (*Engine, error) {
	idx, err := index.Open(dir)
	if err != nil {
		return nil, err
	}
	return &Engine{idx: idx, lx: scoring.DefaultLexicon()}, nil
}

// Close closes the index; acknowledged writes are already on disk.
func (e *Engine) Close() error { return e.idx.Close() }

// Index returns the underlying index, for tools that need lower-level access.
func (e *Engine) Index() *index.Index { return e.idx }

// Get returns the organization with the given id; a not_found error when
// there is none.
func (e *Engine) Get(ctx context.Context, id string) (partnermatch.Organization, error) {
	if !partnermatch.ValidID(id) {
		return partnermatch.Organization{}, partnermatch.FieldErrorf("id", "%q is not an id", id)
	}
	return e.idx.Get(ctx, id)
}

// Put validates org and inserts or replaces it. It reports whether the id
// was new.
func (e *Engine) Put(ctx context.Context, org partnermatch.Organization) (created bool, err error) {
	if err := org.Validate(); err != nil {
		return false, err
	}
	exists, err := e.idx.Exists(org.ID)
	if err != nil {
		return false, err
	}
	if err := e.idx.Put(ctx, []partnermatch.Organization{org}); err != nil {
		return false, err
	}
	e.invalidate()
	return !exists, nil
}

// Delete removes the organization with the given id; a not_found error when
// there is none.
func (e *Engine) Delete(ctx context.Context, id string) error {
	if _, err := e.Get(ctx, id); err != nil {
		return err
	}
	if err := e.idx.Delete(ctx, id); err != nil {
		return err
	}
	e.invalidate()
	return nil
}

// Count returns the number of organizations in the directory.
func (e *Engine) Count() (uint64, error) { return e.idx.Count() }

// Each calls fn for every organization in id order.
func (e *Engine) Each(ctx context.Context, fn func(partnermatch.Organization) error) error {
	return e.idx.Each(ctx, fn)
}

func (e *Engine) invalidate() {
	e.mu.Lock()
	e.graph = nil
	e.mu.Unlock()
}
