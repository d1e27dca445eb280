package index

import (
	"context"
	"fmt"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Scan calls fn for every organization with its stored profile (JSON in
// the interchange format) and packed profile (see Profile; nil for one
// indexed before profiles were kept packed), in the index's internal order. The byte slices
// are valid only during the call.
// It reads stored fields only, with no search and no text analysis, so that
// opening a directory of a million organizations takes seconds, not
// minutes. It stops at the first error fn returns.
func (x *Index) Scan(ctx context.Context, fn func(id string, profile, packed []byte) error) error {
	adv, err := x.bleve.Advanced()
	if err != nil {
		return err
	}
	r, err := adv.Reader()
	if err != nil {
		return err
	}
	defer r.Close()
	ids, err := r.DocIDReaderAll()
	if err != nil {
		return err
	}
	defer ids.Close()
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		internal, err := ids.Next()
		if err != nil {
			return err
		}
		if internal == nil {
			return nil
		}
		ext, err := r.ExternalID(internal)
		if err != nil {
			return err
		}
		doc, err := r.Document(ext)
		if err != nil {
			return err
		}
		if doc == nil {
			continue
		}
		var src, packed []byte
		doc.VisitFields(func(f bleveindex.Field) {
			switch f.Name() {
			case fieldSource:
				src = f.Value()
			case fieldProfile:
				packed = f.Value()
			}
		})
		if src == nil {
			return fmt.Errorf("organization %q has no stored profile", ext)
		}
		if err := fn(ext, src, packed); err != nil {
			return err
		}
	}
}

// DocFreq returns how many organizations use term (a stem) in their texts.
// It asks the term's postings, which stay exact however Bleve has merged
// its segments.
func (x *Index) DocFreq(term string) (uint64, error) {
	adv, err := x.bleve.Advanced()
	if err != nil {
		return 0, err
	}
	r, err := adv.Reader()
	if err != nil {
		return 0, err
	}
	defer r.Close()
	tfr, err := r.TermFieldReader(context.Background(), []byte(term), fieldText, false, false, false)
	if err != nil {
		return 0, err
	}
	defer tfr.Close()
	return tfr.Count(), nil
}
