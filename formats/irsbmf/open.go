package irsbmf

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/emit"
	"github.com/partnermatch/partnermatch/formats/internal/table"
)

// Options change what is imported.
type Options struct {
	// Centroids locates organizations by their ZIP code; nil leaves them
	// without coordinates.
	Centroids *Centroids
	// IncludePeople also imports the person named as the organization's
	// "in care of" name (ICO), when it is a person's name, as an individual
	// profile linked to it through partners.
	IncludePeople bool
}

// Columns the master file must have.
var required = []string{"EIN", "NAME"}

// Reader streams the rows of one master file, or of every master file of a
// directory in name order, with encoding/csv reusing its record: memory does
// not grow with the files.
type Reader struct {
	opts    Options
	files   []string
	t       *table.Reader
	pending emit.Queue
}

// Open opens a master file (.csv or .csv.gz) or a directory of them.
func Open(path string, opts Options) (*Reader, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	files := []string{path}
	if st.IsDir() {
		files = nil
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			n := strings.ToLower(e.Name())
			if !e.IsDir() && (strings.HasSuffix(n, ".csv") || strings.HasSuffix(n, ".csv.gz")) {
				files = append(files, filepath.Join(path, e.Name()))
			}
		}
		sort.Strings(files)
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no .csv or .csv.gz files", path)
		}
	}
	r := &Reader{opts: opts, files: files}
	if err := r.openNext(); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Reader) openNext() error {
	path := r.files[0]
	r.files = r.files[1:]
	t, err := table.Open(path)
	if err != nil {
		return err
	}
	for _, col := range required {
		if !t.Has(col) {
			t.Close()
			return fmt.Errorf("%s: no %s column: not an IRS exempt organizations master file (columns: %s)", path, col, strings.Join(t.Header, ", "))
		}
	}
	r.t = t
	return nil
}

// Next returns the next record: an organization's profile (and, with
// Options.IncludePeople, its in-care-of person's), or the refusal of a bad
// row. It returns io.EOF after the last file.
func (r *Reader) Next() (partnermatch.Record, error) {
	for {
		if rec, ok := r.pending.Pop(); ok {
			return rec, nil
		}
		row, err := r.t.Next()
		if err == io.EOF {
			if len(r.files) == 0 {
				return partnermatch.Record{}, io.EOF
			}
			r.t.Close()
			if err := r.openNext(); err != nil {
				return partnermatch.Record{}, err
			}
			continue
		}
		var pe *table.ParseError
		if errors.As(err, &pe) {
			return emit.Refuse(r.t.Name, pe.Line, "", "not well-formed CSV: %v", pe.Err), nil
		}
		if err != nil {
			return partnermatch.Record{}, fmt.Errorf("%s: %w", r.t.Name, err)
		}
		r.pending.Push(r.records(row)...)
	}
}

// Close closes the file being read.
func (r *Reader) Close() error { return r.t.Close() }
