package csvmap

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/emit"
	"github.com/partnermatch/partnermatch/formats/internal/table"
)

// Reader streams the rows of a CSV file (plain or gzip-compressed) as
// profiles, with encoding/csv reusing its record: memory does not grow with
// the file.
type Reader struct {
	m Mapping
	t *table.Reader
}

// Open opens a CSV file and checks that every mapped column is in its
// header.
func Open(path string, m Mapping) (*Reader, error) {
	if len(m.columns["name"]) == 0 {
		return nil, fmt.Errorf("csv: the mapping has no name column")
	}
	t, err := table.Open(path)
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, f := range Fields() {
		for _, c := range m.columns[f] {
			if !t.Has(c) {
				missing = append(missing, fmt.Sprintf("%s=%s", f, c))
			}
		}
	}
	if len(missing) > 0 {
		t.Close()
		return nil, fmt.Errorf("%s: --map names columns the file does not have: %s (its columns: %s)", path, strings.Join(missing, ", "), strings.Join(t.Header, ", "))
	}
	return &Reader{m: m, t: t}, nil
}

// Next returns the next row as a profile or as the refusal of the row, and
// io.EOF at the end.
func (r *Reader) Next() (partnermatch.Record, error) {
	row, err := r.t.Next()
	if err == io.EOF {
		return partnermatch.Record{}, io.EOF
	}
	var pe *table.ParseError
	if errors.As(err, &pe) {
		return emit.Refuse(r.t.Name, pe.Line, "", "not well-formed CSV: %v", pe.Err), nil
	}
	if err != nil {
		return partnermatch.Record{}, fmt.Errorf("%s: %w", r.t.Name, err)
	}
	org, fe := r.m.profile(row)
	if fe != nil {
		return emit.Refuse(r.t.Name, row.Line, fe.column, "%s", fe.msg), nil
	}
	return emit.Org(r.t.Name, row.Line, org), nil
}

// Close closes the file.
func (r *Reader) Close() error { return r.t.Close() }
