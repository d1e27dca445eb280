// Package table reads CSV files one row at a time with the columns found
// by name, the file line where each row starts, plain or gzip-compressed.
package table

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Reader streams the rows of one CSV file. It reuses its record buffer
// (csv.Reader.ReuseRecord), so memory does not grow with the file; a Row is
// valid until the next call to Next.
type Reader struct {
	Name   string // the file, for messages
	Header []string
	cols   map[string]int
	r      *csv.Reader
	closer io.Closer
	failed int // consecutive parse errors
}

// Row is one data row.
type Row struct {
	Line   int // line of the file where the row starts (the header is line 1)
	fields []string
	t      *Reader
}

// Open opens a CSV file (gzip-compressed when its content starts with the
// gzip magic number, whatever its name) and reads its header.
func Open(path string) (*Reader, error) { return OpenDelimited(path, ',') }

// OpenDelimited is Open for files whose fields are separated by comma
// (a tab, a semicolon, a '|').
func OpenDelimited(path string, comma rune) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	r, err := newReader(f, path, comma)
	if err != nil {
		f.Close()
		return nil, err
	}
	return r, nil
}

func newReader(f io.ReadCloser, name string, comma rune) (*Reader, error) {
	br := bufio.NewReaderSize(f, 64<<10)
	var src io.Reader = br
	closer := io.Closer(f)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		src = gz
		closer = multiCloser{gz, f}
	}
	return newCSV(src, name, closer, comma)
}

// NewReader reads CSV from r; closer (may be nil) is closed by Close.
func NewReader(r io.Reader, name string, closer io.Closer) (*Reader, error) {
	return newCSV(r, name, closer, ',')
}

func newCSV(r io.Reader, name string, closer io.Closer, comma rune) (*Reader, error) {
	cr := csv.NewReader(skipBOM(r))
	cr.Comma = comma
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	t := &Reader{Name: name, r: cr, closer: closer, cols: map[string]int{}}
	head, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: empty file, want a header row", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: reading the header: %w", name, err)
	}
	t.Header = make([]string, len(head))
	for i, h := range head {
		h = strings.TrimSpace(h)
		t.Header[i] = h
		if _, dup := t.cols[normal(h)]; !dup {
			t.cols[normal(h)] = i
		}
	}
	return t, nil
}

func skipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	return br
}

type multiCloser []io.Closer

func (m multiCloser) Close() error {
	var errs []error
	for _, c := range m {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

func normal(col string) string { return strings.ToLower(strings.TrimSpace(col)) }

// Has reports whether the file has a column of that name (ignoring case).
func (t *Reader) Has(col string) bool {
	_, ok := t.cols[normal(col)]
	return ok
}

// Column returns the first of names that the file has, and "" if none.
func (t *Reader) Column(names ...string) string {
	for _, n := range names {
		if t.Has(n) {
			return t.Header[t.cols[normal(n)]]
		}
	}
	return ""
}

// ParseError is a row that is not well-formed CSV. Reading can go on after
// it.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// maxFailures stops a file that is not CSV at all from producing one parse
// error per line forever.
const maxFailures = 100

// Next returns the next row, io.EOF at the end, a *ParseError for a row
// that is not well-formed (call Next again to go on), or another error when
// the file cannot be read.
func (t *Reader) Next() (Row, error) {
	rec, err := t.r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) && t.failed < maxFailures {
			t.failed++
			return Row{}, &ParseError{Line: pe.StartLine, Err: pe.Err}
		}
		return Row{}, err
	}
	t.failed = 0
	line, _ := t.r.FieldPos(0)
	return Row{Line: line, fields: rec, t: t}, nil
}

// Close closes the file.
func (t *Reader) Close() error {
	if t.closer == nil {
		return nil
	}
	return t.closer.Close()
}

// Get returns the value of a column, "" when the file has no such column or
// the row is short. The value is shared with the reader's buffer only until
// the next row: strings are immutable, so keeping it is safe.
func (r Row) Get(col string) string {
	i, ok := r.t.cols[normal(col)]
	if !ok || i >= len(r.fields) {
		return ""
	}
	return r.fields[i]
}

// Len returns the number of fields in the row.
func (r Row) Len() int { return len(r.fields) }
