package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// CandidateQuery describes whom to look for around one organization.
type CandidateQuery struct {
	// Center and radius of the search; HasPoint false searches everywhere.
	Lat, Lon float64
	HasPoint bool
	RadiusKM float64
	// Concepts that, in a candidate's offers, would meet a need of ours.
	OfferConcepts []string
	// Concepts that, in a candidate's needs, our offers would meet.
	NeedConcepts []string
	// Concepts of our purpose, for alignment.
	PurposeConcepts []string
	// Stems of our texts, for what the lexicon does not cover.
	Stems []string
	// Limit bounds the work of one query.
	Limit int
}

// Candidates returns the ids of organizations worth scoring for q. Within
// the radius, when there are at most Limit organizations, all of them are
// returned, so that nothing scoring would rank is lost; beyond that the ones
// sharing the most concepts and words come first.
func (x *Index) Candidates(ctx context.Context, q CandidateQuery) ([]string, error) {
	if q.Limit <= 0 {
		return nil, nil
	}
	var geo query.Query
	if q.HasPoint {
		g := bleve.NewGeoDistanceQuery(q.Lon, q.Lat, fmt.Sprintf("%fkm", q.RadiusKM))
		g.SetField(fieldGeo)
		geo = g
		res, err := x.search(ctx, geo, q.Limit+1)
		if err != nil {
			return nil, err
		}
		if len(res) <= q.Limit {
			return res, nil
		}
	}
	var terms []query.Query
	add := func(field string, values []string, boost float64) {
		for _, v := range values {
			t := bleve.NewTermQuery(v)
			t.SetField(field)
			t.SetBoost(boost)
			terms = append(terms, t)
		}
	}
	add(fieldOfferConcepts, q.OfferConcepts, 3)
	add(fieldNeedConcepts, q.NeedConcepts, 3)
	add(fieldPurposeConcepts, q.PurposeConcepts, 1)
	add(fieldText, q.Stems, 0.5)
	if len(terms) == 0 {
		if geo == nil {
			return nil, nil
		}
		return x.search(ctx, geo, q.Limit)
	}
	var qq query.Query = bleve.NewDisjunctionQuery(terms...)
	if geo != nil {
		qq = bleve.NewConjunctionQuery(geo, qq)
	}
	return x.search(ctx, qq, q.Limit)
}

func (x *Index) search(ctx context.Context, q query.Query, size int) ([]string, error) {
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids, nil
}

// Hit is a search result with Bleve's relevance score.
type Hit struct {
	ID    string
	Score float64
}

// MoreLikeThis is the baseline partnermatch is measured against: a plain
// Bleve query of an organization's own words (stems) over all the text of
// the others, within a radius. Its scores are Bleve's, not probabilities.
func (x *Index) MoreLikeThis(ctx context.Context, stems []string, lat, lon, radiusKM float64, hasPoint bool, size int) ([]Hit, error) {
	var terms []query.Query
	for _, s := range stems {
		t := bleve.NewTermQuery(s)
		t.SetField(fieldText)
		terms = append(terms, t)
	}
	if len(terms) == 0 {
		return nil, nil
	}
	var q query.Query = bleve.NewDisjunctionQuery(terms...)
	if hasPoint {
		g := bleve.NewGeoDistanceQuery(lon, lat, fmt.Sprintf("%fkm", radiusKM))
		g.SetField(fieldGeo)
		q = bleve.NewConjunctionQuery(g, q)
	}
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	hits := make([]Hit, len(res.Hits))
	for i, h := range res.Hits {
		hits[i] = Hit{ID: h.ID, Score: h.Score}
	}
	return hits, nil
}

// Search finds organizations by free text (analysed like the profiles, in
// lang), optionally within a radius and of one sector, best first.
func (x *Index) Search(ctx context.Context, text, lang, sector string, lat, lon, radiusKM float64, hasPoint bool, from, size int) ([]string, uint64, error) {
	var parts []query.Query
	if text != "" {
		m := bleve.NewMatchQuery(text)
		m.SetField(fieldText)
		m.Analyzer = analyzerName(lang)
		parts = append(parts, m)
	}
	if sector != "" {
		t := bleve.NewTermQuery(sector)
		t.SetField(fieldSector)
		parts = append(parts, t)
	}
	if hasPoint {
		g := bleve.NewGeoDistanceQuery(lon, lat, fmt.Sprintf("%fkm", radiusKM))
		g.SetField(fieldGeo)
		parts = append(parts, g)
	}
	var q query.Query = bleve.NewMatchAllQuery()
	if len(parts) > 0 {
		q = bleve.NewConjunctionQuery(parts...)
	}
	req := bleve.NewSearchRequestOptions(q, size, from, false)
	if text == "" {
		req.SortBy([]string{"_id"})
	}
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, 0, err
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids, res.Total, nil
}
