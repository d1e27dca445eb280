package index

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
	"github.com/partnermatch/partnermatch/scoring"
)

// The documents the builder makes index exactly what Bleve's mapping makes
// of mappedDocument: the same terms with the same counts in every field,
// the same stored values, the same relevance.
func TestBuilderIndexesWhatTheMappingDoes(t *testing.T) {
	ctx := context.Background()
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	// A profile in a language without a stemmer, and one with no location.
	extra, _, err := partnermatch.ReadDirectory(strings.NewReader(
		`{"id":"verein","name":"Sportverein Nord","sector":"community","mission":"Fußball für Kinder.","offers":["Sporthalle am Wochenende"],"needs":["Trainer für Jugendliche"],"language":"de","location":{"lat":44.2,"lon":-76.5}}
{"id":"nowhere","name":"Roaming Repair Café","sector":"community","offers":["bike repairs","sewing lessons"],"needs":["a room, tables and chairs"]}
`), "extra.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	orgs = append(orgs, extra...)
	open := func(name string, mapped bool) *Index {
		x, err := Open(filepath.Join(t.TempDir(), name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { x.Close() })
		if x.docs == nil {
			t.Fatal("a new index has no document builder")
		}
		if mapped {
			x.docs = nil
		}
		if err := x.Put(ctx, orgs); err != nil {
			t.Fatal(err)
		}
		return x
	}
	built, mapped := open("built", false), open("mapped", true)

	terms := func(x *Index) map[string]map[string]uint64 {
		fields, err := x.bleve.Fields()
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]map[string]uint64{}
		for _, f := range fields {
			d, err := x.bleve.FieldDict(f)
			if err != nil {
				t.Fatal(err)
			}
			for {
				e, err := d.Next()
				if err != nil {
					t.Fatal(err)
				}
				if e == nil {
					break
				}
				if out[f] == nil {
					out[f] = map[string]uint64{}
				}
				out[f][e.Term] = e.Count
			}
			d.Close()
		}
		return out
	}
	if diff := cmp.Diff(terms(mapped), terms(built)); diff != "" {
		t.Errorf("terms by field (-mapping +builder):\n%s", diff)
	}
	lx := scoring.DefaultLexicon()
	for _, o := range orgs {
		for _, field := range []string{fieldSource, fieldProfile} {
			a, err := mapped.stored(ctx, o.ID, field)
			if err != nil {
				t.Fatal(err)
			}
			b, err := built.stored(ctx, o.ID, field)
			if err != nil {
				t.Fatal(err)
			}
			if field == fieldProfile {
				// Maps are packed in no fixed order: compare what they say.
				pa, errA := lx.UnpackProfile(o.ID, a)
				pb, errB := lx.UnpackProfile(o.ID, b)
				if errA != nil || errB != nil {
					t.Fatal(errA, errB)
				}
				if pa.Org.Name != pb.Org.Name || !cmp.Equal(pa.Purpose, pb.Purpose) || !cmp.Equal(pa.PurposeStems, pb.PurposeStems) {
					t.Errorf("%s: packed profiles differ", o.ID)
				}
				continue
			}
			if string(a) != string(b) {
				t.Errorf("%s: stored %s differs:\n%s\n%s", o.ID, field, a, b)
			}
		}
		p := lx.NewProfile(&o)
		lat, lon, located := o.Point()
		// Every match, by id: Bleve sums scores in no fixed order, so
		// they differ in the last bits between two runs of either kind,
		// and ties then fall either way.
		relevance := func(x *Index) map[string]float64 {
			hits, err := x.MoreLikeThis(ctx, p.Stems(40), lat, lon, 30, located, len(orgs))
			if err != nil {
				t.Fatal(err)
			}
			out := map[string]float64{}
			for _, h := range hits {
				out[h.ID] = h.Score
			}
			return out
		}
		if diff := cmp.Diff(relevance(mapped), relevance(built), cmpopts.EquateApprox(1e-12, 0)); diff != "" {
			t.Errorf("more like %s (-mapping +builder):\n%s", o.ID, diff)
		}
	}
}

// DocFreqs gives every word of the texts with DocFreq's count.
func TestDocFreqsIsDocFreq(t *testing.T) {
	ctx := context.Background()
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if err := x.Put(ctx, orgs); err != nil {
		t.Fatal(err)
	}
	// Replaced profiles leave their terms behind in Bleve's dictionaries.
	if err := x.Put(ctx, orgs[:10]); err != nil {
		t.Fatal(err)
	}
	n := 0
	if err := x.DocFreqs(ctx, func(term string, docs uint64) {
		n++
		if want, err := x.DocFreq(term); err != nil || docs != want {
			t.Errorf("%q: %d organizations, DocFreq says %d (%v)", term, docs, want, err)
		}
	}); err != nil {
		t.Fatal(err)
	}
	if n < 500 {
		t.Errorf("only %d terms", n)
	}
}
