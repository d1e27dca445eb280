package server

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/url"

	"github.com/gorilla/mux"
	"github.com/partnermatch/partnermatch"
)

// Bounds of GET /v1/organizations.
const (
	DefaultListLimit = 20
	MaxListLimit     = 100
	// DefaultNearRadiusKM is the radius of near=lat,lon without radius_km.
	DefaultNearRadiusKM = 25
)

// OrganizationList is one page of GET /v1/organizations. NextCursor, when
// present, is passed as cursor with the same filters to get the next page.
type OrganizationList struct {
	Organizations []partnermatch.Organization `json:"organizations"`
	Total         uint64                      `json:"total"`
	NextCursor    string                      `json:"next_cursor,omitempty"`
}

// putOrganization creates (201) or replaces (200) the organization of the
// path. The body's id must be the path's: a mismatch is a conflict (409),
// because the request contradicts itself.
func (s *Server) putOrganization(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(mux.Vars(r), "id")
	if err != nil {
		return err
	}
	if _, err := newParams(r.URL.Query()); err != nil {
		return err
	}
	body, err := readBody(w, r, s.cfg.MaxBody)
	if err != nil {
		return err
	}
	org, err := partnermatch.ParseOrganization(body)
	if err != nil {
		return err
	}
	if org.ID != id {
		return &partnermatch.Error{Code: partnermatch.ECONFLICT, Field: "id",
			Message: "the body's id \"" + org.ID + "\" differs from the path's id \"" + id + "\""}
	}
	created, err := s.eng.Put(r.Context(), org)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
		w.Header().Set("Location", "/v1/organizations/"+url.PathEscape(id))
	}
	writeJSON(w, status, org)
	return nil
}

func (s *Server) getOrganization(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(mux.Vars(r), "id")
	if err != nil {
		return err
	}
	if _, err := newParams(r.URL.Query()); err != nil {
		return err
	}
	org, err := s.eng.Get(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, s.forReader(r, org))
	return nil
}

func (s *Server) deleteOrganization(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(mux.Vars(r), "id")
	if err != nil {
		return err
	}
	if _, err := newParams(r.URL.Query()); err != nil {
		return err
	}
	if err := s.eng.Delete(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// listOrganizations pages through the directory, filtered by sector, a
// circle (near, radius_km) and text (q, analysed in lang).
func (s *Server) listOrganizations(w http.ResponseWriter, r *http.Request) error {
	lq, err := parseListQuery(r.URL.Query())
	if err != nil {
		return err
	}
	ids, total, err := s.eng.Index().Search(r.Context(), lq.text, lq.lang, string(lq.sector),
		lq.lat, lq.lon, lq.radiusKM, lq.hasPoint, lq.offset, lq.limit)
	if err != nil {
		return err
	}
	page := OrganizationList{Organizations: make([]partnermatch.Organization, 0, len(ids)), Total: total}
	for _, id := range ids {
		org, err := s.eng.Get(r.Context(), id)
		if partnermatch.ErrorCode(err) == partnermatch.ENOTFOUND {
			continue // deleted since the search
		}
		if err != nil {
			return err
		}
		page.Organizations = append(page.Organizations, s.forReader(r, org))
	}
	if next := lq.offset + len(ids); len(ids) > 0 && uint64(next) < total {
		page.NextCursor = encodeCursor(next, lq.fingerprint())
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

// forReader hides what only the directory's operator may see: the email of
// people (sector individual), from anyone without the write token.
func (s *Server) forReader(r *http.Request, org partnermatch.Organization) partnermatch.Organization {
	if org.Sector == partnermatch.Individual && !s.isWriter(r) {
		org.Email = ""
	}
	return org
}

// readBody reads a whole request body of at most limit bytes: only for
// bodies that are one JSON value (an import body is streamed instead).
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, err
		}
		return nil, partnermatch.Errorf(partnermatch.EINVALID, "reading the request body: %v", err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, partnermatch.Errorf(partnermatch.EINVALID, "the request body is empty; send one organization as a JSON object")
	}
	return data, nil
}
