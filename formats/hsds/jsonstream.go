package hsds

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/emit"
	"github.com/partnermatch/partnermatch/formats/internal/ident"
	"github.com/partnermatch/partnermatch/formats/internal/jsonl"
)

// jsonSource streams the organizations of an HSDS 3 JSON file one at a
// time: a JSON array of organizations, a page of the HSDS API ({"contents":
// [...], ...}), a single organization, or JSON Lines (one organization per
// line, when the file is named .jsonl or .ndjson). Each organization is
// numbered by the line where it starts.
type jsonSource struct {
	name    string
	opts    Options
	f       *os.File
	next    func() (raw []byte, line int, err error)
	pending emit.Queue
}

// Keys of an HSDS API page under which the organizations are listed.
var listKeys = map[string]bool{"contents": true, "items": true, "data": true, "organizations": true}

func openJSON(path string, opts Options) (*jsonSource, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	s := &jsonSource{name: path, opts: opts, f: f}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		lines := jsonl.NewReader(f)
		s.next = func() ([]byte, int, error) { n, b, err := lines.Next(); return b, n, err }
	default:
		s.next = newDocument(f).next
	}
	return s, nil
}

// Next implements partnermatch.Source.
func (s *jsonSource) Next() (partnermatch.Record, error) {
	if rec, ok := s.pending.Pop(); ok {
		return rec, nil
	}
	raw, line, err := s.next()
	if errors.Is(err, jsonl.ErrLineTooLong) {
		return emit.Refuse(s.name, line, "", "%v", err), nil
	}
	if err != nil {
		if err != io.EOF {
			err = fmt.Errorf("%s: %w", s.name, err)
		}
		return partnermatch.Record{}, err
	}
	var jo jsonOrg
	if err := json.Unmarshal(raw, &jo); err != nil {
		return emit.Refuse(s.name, line, jsonField(err), "not an HSDS organization: %v", jsonMessage(err)), nil
	}
	o, problems := jo.model()
	if _, err := ident.Make(IDPrefix, o.ID); err != nil {
		return emit.Refuse(s.name, line, "id", "%v: an organization needs an id", err), nil
	}
	if strings.TrimSpace(o.Name) == "" {
		return emit.Refuse(s.name, line, "name", "is empty (organization %q)", o.ID), nil
	}
	for _, p := range problems {
		s.pending.Push(emit.Refuse(s.name, line, p.field, "%v", p.err))
	}
	s.pending.Push(records(s.name, line, o, s.opts)...)
	rec, _ := s.pending.Pop()
	return rec, nil
}

func jsonField(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return te.Field
	}
	return ""
}

// jsonMessage says what is wrong in a value in JSON's terms, not Go's.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		want := "a value of another type"
		switch te.Type.Kind() {
		case reflect.Slice, reflect.Array:
			want = "a list"
		case reflect.Struct, reflect.Map, reflect.Pointer:
			want = "an object"
		case reflect.String:
			want = "a string"
		case reflect.Float64, reflect.Float32, reflect.Int, reflect.Int64:
			want = "a number"
		}
		return fmt.Sprintf("got a JSON %s, want %s", te.Value, want)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// Close closes the file.
func (s *jsonSource) Close() error { return s.f.Close() }

// document walks a JSON document with a json.Decoder, yielding the raw
// organizations without reading the whole file.
type document struct {
	dec   *json.Decoder
	lines *jsonl.LineCounter
	state int // docStart, docList or docRest
	// closeObject: the list being read is a page's value; the rest of the
	// page object must be skipped after it.
	closeObject bool
}

const (
	docStart = iota // before the first value
	docList         // inside a list of organizations
	docRest         // after the first value: more values are organizations (concatenated JSON)
)

func newDocument(r io.Reader) *document {
	lc := jsonl.NewLineCounter(bufio.NewReaderSize(r, 256<<10))
	return &document{dec: json.NewDecoder(lc), lines: lc}
}

func (d *document) lineOf(raw []byte) int {
	return d.lines.Line(d.dec.InputOffset() - int64(len(raw)))
}

func (d *document) next() ([]byte, int, error) {
	for {
		switch d.state {
		case docStart:
			tok, err := d.dec.Token()
			if err != nil {
				return nil, 0, d.syntax(err)
			}
			switch tok {
			case json.Delim('['):
				d.state = docList
			case json.Delim('{'):
				start := d.lines.Line(d.dec.InputOffset() - 1)
				raw, list, err := d.object()
				if err != nil {
					return nil, 0, err
				}
				if list {
					d.state, d.closeObject = docList, true
					continue
				}
				d.state = docRest
				return raw, start, nil
			default:
				return nil, 0, fmt.Errorf("line %d: want a JSON array or object of HSDS organizations, got %v", d.lines.Line(d.dec.InputOffset()), tok)
			}
		case docList:
			if d.dec.More() {
				var raw json.RawMessage
				if err := d.dec.Decode(&raw); err != nil {
					return nil, 0, d.syntax(err)
				}
				return raw, d.lineOf(raw), nil
			}
			if _, err := d.dec.Token(); err != nil { // ]
				return nil, 0, d.syntax(err)
			}
			if d.closeObject {
				if err := d.skipRest(); err != nil {
					return nil, 0, err
				}
			}
			d.state, d.closeObject = docRest, false
		case docRest:
			if !d.dec.More() {
				if _, err := d.dec.Token(); err != io.EOF && err != nil {
					return nil, 0, d.syntax(err)
				}
				return nil, 0, io.EOF
			}
			var raw json.RawMessage
			if err := d.dec.Decode(&raw); err != nil {
				return nil, 0, d.syntax(err)
			}
			return raw, d.lineOf(raw), nil
		}
	}
}

// object reads the members of a top-level object up to a list of
// organizations (list=true: the decoder is then inside that list), or to
// its end (the object is one organization, returned whole).
func (d *document) object() (raw []byte, list bool, err error) {
	members := map[string]json.RawMessage{}
	var order []string
	for d.dec.More() {
		tok, err := d.dec.Token()
		if err != nil {
			return nil, false, d.syntax(err)
		}
		key, _ := tok.(string)
		if listKeys[key] {
			tok, err := d.dec.Token()
			if err != nil {
				return nil, false, d.syntax(err)
			}
			if tok == json.Delim('[') {
				return nil, true, nil
			}
			return nil, false, fmt.Errorf("line %d: %q must be a list of organizations", d.lines.Line(d.dec.InputOffset()), key)
		}
		var v json.RawMessage
		if err := d.dec.Decode(&v); err != nil {
			return nil, false, d.syntax(err)
		}
		if _, dup := members[key]; !dup {
			order = append(order, key)
		}
		members[key] = v
	}
	if _, err := d.dec.Token(); err != nil { // }
		return nil, false, d.syntax(err)
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range order {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		b.Write(members[k])
	}
	b.WriteByte('}')
	return b.Bytes(), false, nil
}

// skipRest skips the members of a page object after its list.
func (d *document) skipRest() error {
	for d.dec.More() {
		if _, err := d.dec.Token(); err != nil {
			return d.syntax(err)
		}
		var v json.RawMessage
		if err := d.dec.Decode(&v); err != nil {
			return d.syntax(err)
		}
	}
	_, err := d.dec.Token() // }
	return d.syntax(err)
}

// syntax names the line of a JSON syntax error. A document that is not
// well-formed JSON cannot be read past the error.
func (d *document) syntax(err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("line %d: not well-formed JSON, reading stops here: %v", d.lines.Line(se.Offset), jsonMessage(err))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("the JSON document ends in the middle of a value")
	}
	return err
}
