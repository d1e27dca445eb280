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
	fieldRadius          = "radius_km"
	fieldOfferConcepts   = "offer_concepts"
	fieldNeedConcepts    = "need_concepts"
	fieldPurposeConcepts = "purpose_concepts"
	fieldPartners        = "partners"
	fieldAvoid           = "avoid"
)

// textFields are analysed in the profile's language and make up _all, the
// field that free-text search and the baseline's "more like this" use.
var textFields = []string{"name", "mission", "values", "goals", "offers", "needs"}

// newMapping builds the explicit schema: one document type per analysed
// language, so that each profile's texts are stemmed in its own language.
func newMapping() *mapping.IndexMappingImpl {
	im := mapping.NewIndexMapping()
	im.TypeField = fieldType
	im.DefaultType = typeName("en")
	im.DefaultAnalyzer = analyzerName("en")
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
	for _, f := range textFields {
		fm := mapping.NewTextFieldMapping()
		fm.Analyzer = an
		fm.Store = false
		fm.IncludeTermVectors = false
		dm.AddFieldMappingsAt(f, fm)
	}
	for _, f := range []string{fieldSector, fieldOfferConcepts, fieldNeedConcepts, fieldPurposeConcepts, fieldPartners, fieldAvoid} {
		fm := mapping.NewKeywordFieldMapping()
		fm.Analyzer = keyword.Name
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		dm.AddFieldMappingsAt(f, fm)
	}
	geo := mapping.NewGeoPointFieldMapping()
	geo.Store = false
	geo.IncludeInAll = false
	dm.AddFieldMappingsAt(fieldGeo, geo)
	radius := mapping.NewNumericFieldMapping()
	radius.Store = false
	radius.IncludeInAll = false
	dm.AddFieldMappingsAt(fieldRadius, radius)
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
