package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/match"
)

// ImportResult answers POST /v1/import: every non-blank line was read and
// either applied or refused. Notes tell of ids given twice (the later line
// wins).
type ImportResult struct {
	Read    int `json:"read"`
	Applied int `json:"applied"`
	// Unchanged of the applied lines were in the index already as given
	// and were not written again.
	Unchanged int       `json:"unchanged"`
	Refused   int       `json:"refused"`
	Refusals  []Refusal `json:"refusals"`
	Notes     []string  `json:"notes,omitempty"`
}

// Refusal is one refused line of an import: its number (from 1), the JSON
// path of the offending field ("" for the whole line) and what is wrong.
type Refusal struct {
	Line    int    `json:"line"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// importName is the file name refusals and notes give the body.
const importName = "body"

// importDirectory answers POST /v1/import. The body, JSON Lines, streams
// through the engine line by line: it is never held whole, and each batch
// is on disk and visible to readers, whole, before the next is read. When
// the import stops early (body over the limit, client gone, time limit) the
// batches applied before stay applied and the error says how many lines.
func (s *Server) importDirectory(w http.ResponseWriter, r *http.Request) error {
	if _, err := newParams(r.URL.Query()); err != nil {
		return err
	}
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxImportBody)
	rep, err := s.eng.Import(r.Context(), body, importName, match.ImportOptions{})
	if err != nil {
		return stoppedImport(rep, err)
	}
	res := ImportResult{Read: rep.Read, Applied: rep.Applied, Unchanged: rep.Unchanged, Refused: rep.Refused,
		Refusals: make([]Refusal, len(rep.Refusals)), Notes: rep.Replaced}
	for i, le := range rep.Refusals {
		res.Refusals[i] = Refusal{Line: le.Line, Field: le.Field, Message: le.Err.Error()}
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// stoppedImport describes an import that stopped before the end of its
// body, keeping the code of its cause.
func stoppedImport(rep match.ImportReport, err error) error {
	applied := fmt.Sprintf("the %d lines applied before stay applied", rep.Applied)
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return partnermatch.Errorf(CodeTooLarge, "the import body is larger than the limit of %s; %s, the rest was not read", bytesString(tooLarge.Limit), applied)
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) {
		return &publicError{msg: "the import did not finish within the server's time limit; " + applied, err: err}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, context.Canceled) {
		return partnermatch.Errorf(partnermatch.EINVALID, "the import body was cut short after %d lines (did the client go away?); %s", rep.Read, applied)
	}
	if code := partnermatch.ErrorCode(err); code != partnermatch.EINTERNAL {
		return err
	}
	return &publicError{msg: fmt.Sprintf("the import stopped after %d lines; %s", rep.Read, applied), err: err}
}
