package server

import (
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/gorilla/mux"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/match"
)

// SuggestionList answers the suggestion routes, best first. Org is the id
// suggestions were made for; for POST /v1/suggestions it is the body's id,
// or UnsavedID when the body has none.
type SuggestionList struct {
	Org         string                    `json:"org"`
	Suggestions []partnermatch.Suggestion `json:"suggestions"`
}

// UnsavedID is the id given to a profile sent to POST /v1/suggestions
// without one.
const UnsavedID = "_unsaved_"

// suggestions answers GET /v1/organizations/{id}/suggestions.
func (s *Server) suggestions(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(mux.Vars(r), "id")
	if err != nil {
		return err
	}
	opts, err := parseSuggestOptions(r.URL.Query())
	if err != nil {
		return err
	}
	list, err := s.eng.Suggest(r.Context(), id, opts)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, SuggestionList{Org: id, Suggestions: nonNil(list)})
	return nil
}

// explain answers GET /v1/organizations/{id}/suggestions/{other}: the full
// evaluation of one pair, suggested or not, and why.
func (s *Server) explain(w http.ResponseWriter, r *http.Request) error {
	id, other, err := pairIDs(r)
	if err != nil {
		return err
	}
	x, err := s.eng.Explain(r.Context(), id, other)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, x)
	return nil
}

// suggestForProfile answers POST /v1/suggestions: partners for a profile in
// the body, which is validated like a PUT but not stored. The id may be
// left out.
func (s *Server) suggestForProfile(w http.ResponseWriter, r *http.Request) error {
	opts, err := parseSuggestOptions(r.URL.Query())
	if err != nil {
		return err
	}
	body, err := readBody(w, r, s.cfg.MaxBody)
	if err != nil {
		return err
	}
	org, err := partnermatch.ParseOrganization(withID(body, UnsavedID))
	if err != nil {
		return err
	}
	list, err := s.eng.SuggestFor(r.Context(), org, opts)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, SuggestionList{Org: org.ID, Suggestions: nonNil(list)})
	return nil
}

// parseSuggestOptions reads limit, sector, radius_km, include_partners,
// min_score and method. Zero values are the engine's defaults.
func parseSuggestOptions(q url.Values) (match.Options, error) {
	var o match.Options
	p, err := newParams(q, "limit", "sector", "radius_km", "include_partners", "min_score", "method")
	if err != nil {
		return o, err
	}
	if o.Limit, err = p.int("limit", match.DefaultLimit, 1, match.MaxLimit); err != nil {
		return o, err
	}
	if o.Sector, err = p.sector("sector"); err != nil {
		return o, err
	}
	if o.RadiusKM, err = p.float("radius_km", 0, 0.001, partnermatch.MaxRadiusKM); err != nil {
		return o, err
	}
	if o.IncludePartners, err = p.bool("include_partners"); err != nil {
		return o, err
	}
	if o.MinScore, err = p.float("min_score", 0, 0, 1); err != nil {
		return o, err
	}
	switch m := match.Method(p.str("method")); m {
	case "", match.Partnermatch, match.Baseline:
		o.Method = m
	default:
		return o, fieldError("method", "%q is not a method (%s or %s)", m, match.Partnermatch, match.Baseline)
	}
	return o, nil
}

// withID returns body with "id": id added when it is a JSON object without
// an id, and body unchanged otherwise (errors are left to the parser).
func withID(body []byte, id string) []byte {
	var top map[string]json.RawMessage
	if json.Unmarshal(body, &top) != nil || top == nil {
		return body
	}
	if _, ok := top["id"]; ok {
		return body
	}
	top["id"], _ = json.Marshal(id)
	out, err := json.Marshal(top)
	if err != nil {
		return body
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
