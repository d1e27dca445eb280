package server

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/partnermatch/partnermatch/match"
)

// feedbackBody is what PUT /v1/organizations/{id}/feedback/{other} takes.
type feedbackBody struct {
	Verdict match.Verdict `json:"verdict"`
	Note    string        `json:"note,omitempty"`
}

// putFeedback records what {id} made of {other} as a suggested partner.
func (s *Server) putFeedback(w http.ResponseWriter, r *http.Request) error {
	id, other, err := pairIDs(r)
	if err != nil {
		return err
	}
	data, err := readBody(w, r, s.cfg.MaxBody)
	if err != nil {
		return err
	}
	var body feedbackBody
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		return fieldError("", "the body must be {\"verdict\": \"interested|declined|partnered\", \"note\": \"...\"}: %v", err)
	}
	fb := match.Feedback{Org: id, Other: other, Verdict: body.Verdict, Note: body.Note}
	if err := s.eng.RecordFeedback(r.Context(), fb); err != nil {
		return err
	}
	all, err := s.eng.FeedbackOf(r.Context(), id)
	if err != nil {
		return err
	}
	for _, f := range all {
		if f.Other == other {
			writeJSON(w, http.StatusOK, f)
			return nil
		}
	}
	writeJSON(w, http.StatusOK, fb)
	return nil
}

// listFeedback answers the verdicts {id} has recorded, oldest first.
func (s *Server) listFeedback(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(mux.Vars(r), "id")
	if err != nil {
		return err
	}
	if _, err := newParams(r.URL.Query()); err != nil {
		return err
	}
	all, err := s.eng.FeedbackOf(r.Context(), id)
	if err != nil {
		return err
	}
	if all == nil {
		all = []match.Feedback{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"org": id, "feedback": all})
	return nil
}

// mou answers a draft memorandum of understanding for {id} and {other}, in
// Markdown.
func (s *Server) mou(w http.ResponseWriter, r *http.Request) error {
	id, other, err := pairIDs(r)
	if err != nil {
		return err
	}
	doc, err := s.eng.MOU(r.Context(), id, other)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, err = w.Write([]byte(doc))
	return err
}
