package server

import (
	_ "embed"
	"errors"
	"io/fs"
	"net/http"
	"path/filepath"
)

// Stats answers GET /v1/stats.
type Stats struct {
	Organizations uint64 `json:"organizations"`
	IndexBytes    int64  `json:"index_bytes"` // size of the index directory on disk
	Version       string `json:"version"`
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	if _, err := newParams(r.URL.Query()); err != nil {
		return err
	}
	if _, err := s.eng.Count(); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	if _, err := newParams(r.URL.Query()); err != nil {
		return err
	}
	n, err := s.eng.Count()
	if err != nil {
		return err
	}
	size, err := dirSize(s.eng.Index().Path())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, Stats{Organizations: n, IndexBytes: size, Version: s.cfg.Version})
	return nil
}

// dirSize sums the sizes of the files under dir. Files that vanish while it
// walks (the index merges segments in the background) are skipped.
func dirSize(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path != dir && errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		total += info.Size()
		return nil
	})
	return total, err
}

// openAPIDocument is the file openapi.json of this package: the OpenAPI 3
// description of every route.
//
//go:embed openapi.json
var openAPIDocument []byte

// OpenAPI returns the OpenAPI 3 document of the API, as served by
// GET /v1/openapi.json.
func OpenAPI() []byte { return append([]byte(nil), openAPIDocument...) }

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	if _, err := newParams(r.URL.Query()); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openAPIDocument)
	return nil
}
