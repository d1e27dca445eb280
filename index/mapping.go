package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Field names of the Bleve documents.
const (
	fieldType            = "_type"
	fieldSource          = "source"
	fieldProfile         = "profile"
	fieldName            = "name"
	fieldSector          = "sector"
	fieldGeo             = "geo"
	fieldOfferConcepts   = "offer_concepts"
	fieldNeedConcepts    = "need_concepts"
	fieldPurposeConcepts = "purpose_concepts"
)

// fieldText holds all the words of a profile (name, mission, values, goals,
// offers, needs), analysed in its language: what free-text search, the
// baseline's "more like this" and word rarity use. One field rather than one
// per part halves the work of indexing, and nothing searches the parts
// apart.
const fieldText = "text"

// newMapping builds the explicit schema: one document type per analysed
// language, so that each profile's texts are stemmed in its own language.
func newMapping() *mapping.IndexMappingImpl {
	im := mapping.NewIndexMapping()
	im.TypeField = fieldType
	im.DefaultType = typeName("en")
	im.DefaultAnalyzer = analyzerName("en")
	im.DefaultField = fieldText
	for _, lang := range indexedLanguages {
		im.AddDocumentMapping(typeName(lang), docMapping(lang))
	}
	return im
}

func typeName(lang string) string { return "org_" + lang }

func docMapping(lang string) *mapping.DocumentMapping {
	dm := mapping.NewDocumentStaticMapping()
	an := analyzerPrefix + lang
	dm.DefaultAnalyzer = an
	mapAt(dm, fieldText, field(mapping.NewTextFieldMapping(), an, true, false))
	for _, f := range []string{fieldSector, fieldOfferConcepts, fieldNeedConcepts, fieldPurposeConcepts} {
		mapAt(dm, f, field(mapping.NewKeywordFieldMapping(), keyword.Name, true, false))
	}
	geo := mapping.NewGeoPointFieldMapping() // keeps its doc values: distance filters read them
	geo.Store = false
	geo.IncludeInAll = false
	mapAt(dm, fieldGeo, geo)
	for _, f := range []string{fieldSource, fieldProfile} {
		mapAt(dm, f, field(mapping.NewTextFieldMapping(), "", false, true))
	}
	return dm
}

// mapAt maps property to fm alone. Bleve's AddFieldMappingsAt would give the
// property a dynamic mapping of its own, and the geo point, an object, would
// then also be indexed as two numeric fields and in _all: three times the
// terms of everything else together, built, merged and written for nothing.
func mapAt(dm *mapping.DocumentMapping, property string, fm *mapping.FieldMapping) {
	sub := mapping.NewDocumentStaticMapping()
	sub.AddFieldMapping(fm)
	dm.AddSubDocumentMapping(property, sub)
}

// field sets what every field of ours shares: nothing in _all, no term
// vectors, no doc values; indexed with the analyzer, or only stored.
func field(fm *mapping.FieldMapping, analyzer string, index, store bool) *mapping.FieldMapping {
	if analyzer != "" {
		fm.Analyzer = analyzer
	}
	fm.Index = index
	fm.Store = store
	fm.IncludeInAll = false
	fm.IncludeTermVectors = false
	fm.DocValues = false
	return fm
}
