package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

// builder makes the Bleve document of an organization field by field, with
// the options and analyzers the index's own mapping gives each field: what
// Bleve's mapping would make of document's map, without walking the map by
// reflection (4% of an import) and without analysing again the offers and
// needs scoring.NewProfile has analysed already (the same Analyze, the same
// tokens). It leaves out the empty _all field, which no query reads.
type builder struct {
	langs map[string]*langFields // by analysed language (typeName without its prefix)
}

type langFields struct {
	text, sector, offers, needs, purpose, geo, source, profile fieldSpec
}

type fieldSpec struct {
	opts bleveindex.FieldIndexingOptions
	an   analysis.Analyzer
}

// newBuilder reads the fields' options from the index mapping; nil when
// the index was made with another layout (each field mapped alone, see
// mapAt), whose documents only Bleve's mapping knows how to make.
func newBuilder(m mapping.IndexMapping) *builder {
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok {
		return nil
	}
	b := &builder{langs: map[string]*langFields{}}
	for _, lang := range indexedLanguages {
		dm := im.TypeMapping[typeName(lang)]
		if dm == nil {
			return nil
		}
		spec := func(field string) (fieldSpec, bool) {
			sub := dm.Properties[field]
			if sub == nil || sub.Dynamic || len(sub.Properties) > 0 || len(sub.Fields) != 1 {
				return fieldSpec{}, false
			}
			fm := sub.Fields[0]
			s := fieldSpec{opts: fm.Options()}
			if fm.Type == "text" {
				name := fm.Analyzer
				if name == "" {
					name = dm.DefaultAnalyzer
				}
				if s.an = im.AnalyzerNamed(name); s.an == nil {
					return fieldSpec{}, false
				}
			}
			return s, true
		}
		var f langFields
		for _, x := range []struct {
			field string
			to    *fieldSpec
		}{
			{fieldText, &f.text}, {fieldSector, &f.sector}, {fieldOfferConcepts, &f.offers},
			{fieldNeedConcepts, &f.needs}, {fieldPurposeConcepts, &f.purpose}, {fieldGeo, &f.geo},
			{fieldSource, &f.source}, {fieldProfile, &f.profile},
		} {
			s, ok := spec(x.field)
			if !ok {
				return nil
			}
			*x.to = s
		}
		b.langs[lang] = &f
	}
	return b
}

// document returns the Bleve document of o, analysed as p.
func (b *builder) document(o *partnermatch.Organization, p *scoring.Profile) (*document.Document, error) {
	src, err := Source(o)
	if err != nil {
		return nil, err
	}
	lang := analysedLanguage(o)
	f := b.langs[lang]
	doc := document.NewDocument(o.ID)
	text := func(field string, s fieldSpec, pos []uint64, value string, an analysis.Analyzer) {
		doc.AddField(document.NewTextFieldCustom(field, pos, []byte(value), s.opts, an))
	}
	// Listed offers and needs were analysed as they are: their tokens are
	// what the analyzer would find.
	var analysed [][]scoring.Token
	if lang != plainLanguage {
		for _, l := range []struct {
			texts   []string
			phrases []scoring.Phrase
		}{{o.Offers, p.Offers}, {o.Needs, p.Needs}} {
			if len(l.texts) > 0 {
				for i := range l.texts {
					analysed = append(analysed, l.phrases[i].Tokens)
				}
			}
		}
	}
	all := texts(o)
	fresh := len(all) - len(analysed) // those come first (see texts)
	for i, t := range all {
		an := f.text.an
		if i >= fresh {
			an = tokens(analysed[i-fresh])
		}
		text(fieldText, f.text, []uint64{uint64(i)}, t, an)
	}
	text(fieldSector, f.sector, nil, string(o.Sector), f.sector.an)
	offers, needs, purpose := p.Concepts()
	for _, l := range []struct {
		field string
		s     fieldSpec
		ids   []string
	}{{fieldOfferConcepts, f.offers, offers}, {fieldNeedConcepts, f.needs, needs}, {fieldPurposeConcepts, f.purpose, purpose}} {
		for i, id := range l.ids {
			text(l.field, l.s, []uint64{uint64(i)}, id, l.s.an)
		}
	}
	if lat, lon, ok := o.Point(); ok {
		doc.AddField(document.NewGeoPointFieldWithIndexingOptions(fieldGeo, nil, lon, lat, f.geo.opts))
	}
	doc.AddField(document.NewTextFieldCustom(fieldSource, nil, src, f.source.opts, f.source.an))
	doc.AddField(document.NewTextFieldCustom(fieldProfile, nil, p.Packed(), f.profile.opts, f.profile.an))
	doc.SetIndexed()
	return doc, nil
}

// analysedLanguage is the language o's texts are indexed in.
func analysedLanguage(o *partnermatch.Organization) string {
	if lang := o.Lang(); scoring.Stemmed(lang) {
		return lang
	}
	return plainLanguage
}

// tokens is an analyzer that returns tokens found already.
type tokens []scoring.Token

func (t tokens) Analyze([]byte) analysis.TokenStream { return tokenStream(t) }
