package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Field names of the Bleve documents.
const (
	fieldType            = "_type"
	fieldSource          = "source"
	fieldSignature       = "signature"
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
	text := mapping.NewTextFieldMapping()
	text.Analyzer = an
	text.Store = false
	text.IncludeTermVectors = false
	text.IncludeInAll = false
	text.DocValues = false
	dm.AddFieldMappingsAt(fieldText, text)
	for _, f := range []string{fieldSector, fieldOfferConcepts, fieldNeedConcepts, fieldPurposeConcepts} {
		fm := mapping.NewKeywordFieldMapping()
		fm.Analyzer = keyword.Name
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		fm.DocValues = false
		dm.AddFieldMappingsAt(f, fm)
	}
	geo := mapping.NewGeoPointFieldMapping()
	geo.Store = false
	geo.IncludeInAll = false
	dm.AddFieldMappingsAt(fieldGeo, geo)
	src := mapping.NewTextFieldMapping()
	src.Index = false
	src.Store = true
	src.IncludeInAll = false
	src.IncludeTermVectors = false
	src.DocValues = false
	dm.AddFieldMappingsAt(fieldSource, src)
	sig := mapping.NewTextFieldMapping()
	sig.Index = false
	sig.Store = true
	sig.IncludeInAll = false
	sig.IncludeTermVectors = false
	sig.DocValues = false
	dm.AddFieldMappingsAt(fieldSignature, sig)
	return dm
}
