// Package index stores organization profiles in a Bleve index on disk: the
// mapping and analyzers (the same analysis as package scoring), batched
// insert-or-replace that applies each profile whole or not at all, delete,
// lookup, and the retrieval of candidates near an organization.
package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	bleveindex "github.com/blevesearch/bleve_index_api"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

// BatchSize is how many profiles go to Bleve in one batch: beyond 1,000
// Bleve only uses more memory (ARCHITECTURE.md).
const BatchSize = 1000

// Index is a directory of organizations on disk. It is safe for concurrent
// use; each batch becomes visible to readers whole.
type Index struct {
	bleve bleve.Index
	path  string
	docs  *builder // nil: documents go through Bleve's mapping (see newBuilder)
}

// Open opens the index at dir, creating it when dir does not exist.
func Open(dir string) (*Index, error) {
	var idx bleve.Index
	var err error
	if _, statErr := os.Stat(filepath.Join(dir, "index_meta.json")); statErr == nil {
		idx, err = bleve.Open(dir)
	} else if errors.Is(statErr, os.ErrNotExist) {
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			return nil, partnermatch.Errorf(partnermatch.EINVALID, "%s exists and is not a partnermatch index (no index_meta.json); refusing to write into it", dir)
		}
		idx, err = bleve.New(dir, newMapping())
	} else {
		err = statErr
	}
	if err != nil {
		return nil, fmt.Errorf("opening index %s: %w", dir, err)
	}
	return &Index{bleve: idx, path: dir, docs: newBuilder(idx.Mapping())}, nil
}

// Close flushes and closes the index.
func (x *Index) Close() error { return x.bleve.Close() }

// Path returns the directory of the index.
func (x *Index) Path() string { return x.path }

// Count returns the number of organizations.
func (x *Index) Count() (uint64, error) { return x.bleve.DocCount() }

// mappedDocument is what Bleve's mapping indexes for one organization.
func mappedDocument(o *partnermatch.Organization, p *scoring.Profile) (map[string]any, error) {
	src, err := Source(o)
	if err != nil {
		return nil, err
	}
	offers, needs, purpose := p.Concepts()
	doc := map[string]any{
		fieldType:            typeName(analysedLanguage(o)),
		fieldSource:          string(src),
		fieldProfile:         string(p.Packed()),
		fieldText:            texts(o),
		fieldSector:          string(o.Sector),
		fieldOfferConcepts:   offers,
		fieldNeedConcepts:    needs,
		fieldPurposeConcepts: purpose,
	}
	if lat, lon, ok := o.Point(); ok {
		doc[fieldGeo] = map[string]any{"lat": lat, "lon": lon}
	}
	return doc, nil
}

func texts(o *partnermatch.Organization) []string {
	out := []string{o.Name}
	if o.Mission != "" {
		out = append(out, o.Mission)
	}
	for _, l := range [][]string{o.Values, o.Goals, o.Offers, o.Needs} {
		out = append(out, l...)
	}
	return out
}

// Put inserts or replaces organizations by id in one Bleve batch: readers
// see all of them or none, and when Put returns nil they are on disk.
// Profiles must be valid; an invalid one fails the whole call before
// anything is written.
func (x *Index) Put(ctx context.Context, orgs []partnermatch.Organization) error {
	profiles := make([]*scoring.Profile, len(orgs))
	for i := range orgs {
		profiles[i] = scoring.NewProfile(&orgs[i])
	}
	return x.PutProfiles(ctx, orgs, profiles)
}

// PutProfiles is Put for callers that have analysed the profiles already
// (profiles[i] is orgs[i] analysed with scoring.NewProfile).
func (x *Index) PutProfiles(ctx context.Context, orgs []partnermatch.Organization, profiles []*scoring.Profile) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(profiles) != len(orgs) {
		return fmt.Errorf("index: %d profiles for %d organizations", len(profiles), len(orgs))
	}
	b := x.bleve.NewBatch()
	for i := range orgs {
		o := &orgs[i]
		if err := o.Validate(); err != nil {
			return fmt.Errorf("organization %q: %w", o.ID, err)
		}
		if err := x.add(b, o, profiles[i]); err != nil {
			return fmt.Errorf("organization %q: %w", o.ID, err)
		}
	}
	newGenerationIn(b)
	return x.bleve.Batch(b)
}

// add adds o, analysed as p, to batch b.
func (x *Index) add(b *bleve.Batch, o *partnermatch.Organization, p *scoring.Profile) error {
	if x.docs == nil {
		doc, err := mappedDocument(o, p)
		if err != nil {
			return err
		}
		return b.Index(o.ID, doc)
	}
	doc, err := x.docs.document(o, p)
	if err != nil {
		return err
	}
	return b.IndexAdvanced(doc)
}

// Delete removes organizations by id. Deleting an id that is absent is not
// an error.
func (x *Index) Delete(ctx context.Context, ids ...string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := x.bleve.NewBatch()
	for _, id := range ids {
		b.Delete(id)
	}
	newGenerationIn(b)
	return x.bleve.Batch(b)
}

// Get returns the organization with the given id, or a not_found error.
func (x *Index) Get(ctx context.Context, id string) (partnermatch.Organization, error) {
	var org partnermatch.Organization
	src, err := x.stored(ctx, id, fieldSource)
	if err != nil {
		return org, err
	}
	if src == nil {
		return org, partnermatch.Errorf(partnermatch.EINTERNAL, "organization %q has no stored profile", id)
	}
	if err := json.Unmarshal(src, &org); err != nil {
		return org, partnermatch.Errorf(partnermatch.EINTERNAL, "organization %q: stored profile does not decode: %v", id, err)
	}
	return org, nil
}

// Profile returns the organization's profile as scoring.Profile's
// AppendPacked left it, or nil when the index holds none for it (indexed
// before profiles were kept packed); a not_found error when there is no
// such organization. Scoring a candidate from it spares analysing its texts.
func (x *Index) Profile(ctx context.Context, id string) ([]byte, error) {
	return x.stored(ctx, id, fieldProfile)
}

// stored returns the stored field of the organization with the given id
// (nil when it has none), or a not_found error.
func (x *Index) stored(ctx context.Context, id, field string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := x.bleve.Document(id)
	if err != nil {
		return nil, fmt.Errorf("reading %q: %w", id, err)
	}
	if doc == nil {
		return nil, partnermatch.Errorf(partnermatch.ENOTFOUND, "no organization with id %q", id)
	}
	var value []byte
	doc.VisitFields(func(f bleveindex.Field) {
		if f.Name() == field {
			value = f.Value()
		}
	})
	return value, nil
}

// Stored returns, in one lookup, the stored JSON of the organization with
// the given id and its packed profile; both nil when there is none.
func (x *Index) Stored(ctx context.Context, id string) (source, profile []byte, err error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	doc, err := x.bleve.Document(id)
	if err != nil || doc == nil {
		return nil, nil, err
	}
	source, profile = sourceAndProfile(doc)
	return source, profile, nil
}

// Source is the JSON an organization is stored as: what Stored returns
// for it once it is put.
func Source(o *partnermatch.Organization) ([]byte, error) { return json.Marshal(o) }

// Exists reports whether an organization with the given id is stored.
func (x *Index) Exists(id string) (bool, error) {
	doc, err := x.bleve.Document(id)
	return doc != nil, err
}

// Each calls fn for every organization, in id order, with memory bounded.
// It stops at the first error fn returns.
//
// It walks the dictionary of the _id field, which Bleve keeps sorted: a
// search sorted by _id and paged with SearchAfter visits every document for
// every page, which took 11 minutes for a million organizations.
func (x *Index) Each(ctx context.Context, fn func(partnermatch.Organization) error) error {
	dict, err := x.bleve.FieldDict("_id")
	if err != nil {
		return err
	}
	defer dict.Close()
	for {
		entry, err := dict.Next()
		if err != nil {
			return err
		}
		if entry == nil {
			return nil
		}
		org, err := x.Get(ctx, entry.Term)
		if partnermatch.ErrorCode(err) == partnermatch.ENOTFOUND {
			continue // deleted; its segment has not been merged away yet
		}
		if err != nil {
			return err
		}
		if err := fn(org); err != nil {
			return err
		}
	}
}

// SetMeta stores a small value under key beside the profiles, durably.
func (x *Index) SetMeta(key string, value []byte) error {
	return x.bleve.SetInternal([]byte("pm/"+key), value)
}

// Meta returns the value stored under key, nil when there is none.
func (x *Index) Meta(key string) ([]byte, error) {
	return x.bleve.GetInternal([]byte("pm/" + key))
}
