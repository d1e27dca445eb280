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
	r, err := x.reader()
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
		if err := every1024(ctx, n); err != nil {
			return err
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
		src, packed := sourceAndProfile(doc)
		if src == nil {
			return fmt.Errorf("organization %q has no stored profile", ext)
		}
		if err := fn(ext, src, packed); err != nil {
			return err
		}
	}
}

// sourceAndProfile returns a document's stored JSON and packed profile.
func sourceAndProfile(doc bleveindex.Document) (source, profile []byte) {
	doc.VisitFields(func(f bleveindex.Field) {
		switch f.Name() {
		case fieldSource:
			source = f.Value()
		case fieldProfile:
			profile = f.Value()
		}
	})
	return source, profile
}

// DocFreq returns how many organizations use term (a stem) in their texts.
// It asks the term's postings, which stay exact however Bleve has merged
// its segments.
func (x *Index) DocFreq(term string) (uint64, error) {
	r, err := x.reader()
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

// DocFreqs calls fn with every term of the organizations' texts and the
// number of organizations using it, as DocFreq counts them, reading the
// index once rather than once per term.
func (x *Index) DocFreqs(ctx context.Context, fn func(term string, docs uint64)) error {
	r, err := x.reader()
	if err != nil {
		return err
	}
	defer r.Close()
	dict, err := r.FieldDict(fieldText)
	if err != nil {
		return err
	}
	defer dict.Close()
	for n := 0; ; n++ {
		if err := every1024(ctx, n); err != nil {
			return err
		}
		e, err := dict.Next()
		if err != nil || e == nil {
			return err
		}
		// The dictionary's own count may include replaced profiles; the
		// postings, which DocFreq reads, do not.
		tfr, err := r.TermFieldReader(ctx, []byte(e.Term), fieldText, false, false, false)
		if err != nil {
			return err
		}
		fn(e.Term, tfr.Count())
		tfr.Close()
	}
}

// reader returns a reader of the index as it is now; the caller closes it.
func (x *Index) reader() (bleveindex.IndexReader, error) {
	adv, err := x.bleve.Advanced()
	if err != nil {
		return nil, err
	}
	return adv.Reader()
}

// every1024 returns ctx's error every 1,024th n: long loops stop when
// asked without paying for the check on every turn.
func every1024(ctx context.Context, n int) error {
	if n%1024 != 0 {
		return nil
	}
	return ctx.Err()
}
