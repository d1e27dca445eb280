package partnermatch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// MaxLineBytes bounds one line of a directory file; a longer line is refused
// rather than read into memory.
const MaxLineBytes = 1 << 20

// Known field names, so that a typo ("mision") is refused instead of dropped.
var (
	topFields      = fieldSet("id name sector mission values goals offers needs location service_radius_km size partners avoid language url email founded")
	locationFields = fieldSet("lat lon address city region postal_code country")
	sizeFields     = fieldSet("staff volunteers annual_budget")
)

func fieldSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// Record is one line read from a directory file: either a valid organization
// or the refusal of that line.
type Record struct {
	Line int
	Org  Organization
	Err  *LineError // non-nil when the line was refused
}

// Source yields records one at a time and io.EOF at the end. Reader is the
// Source of the interchange format; importers of other formats (HSDS, IRS
// files, CSV) are Sources too, numbering their records by row.
type Source interface {
	Next() (Record, error)
}

// Reader reads a directory in the interchange format one line at a time, so
// that files of any size stream through in constant memory.
type Reader struct {
	name string
	r    *bufio.Reader
	line int
}

// NewReader returns a Reader of r; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{name: name, r: bufio.NewReaderSize(r, 64<<10)}
}

// Next returns the next non-blank line as a Record. It returns io.EOF at the
// end of input and another error only when the input itself cannot be read.
func (d *Reader) Next() (Record, error) {
	for {
		raw, err := d.readLine()
		if err != nil {
			if errors.Is(err, errLineTooLong) {
				return Record{Line: d.line, Err: d.refuse("", FieldErrorf("", "line is longer than %d bytes", MaxLineBytes))}, nil
			}
			return Record{}, err
		}
		if d.line == 1 {
			raw = bytes.TrimPrefix(raw, utf8BOM) // written by some Windows tools
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		org, perr := ParseOrganization(raw)
		if perr != nil {
			return Record{Line: d.line, Err: d.refuse(ErrorField(perr), perr)}, nil
		}
		return Record{Line: d.line, Org: org}, nil
	}
}

var errLineTooLong = errors.New("line too long")

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func (d *Reader) readLine() ([]byte, error) {
	var buf []byte
	for {
		chunk, err := d.r.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxLineBytes {
			buf = nil
			if err == bufio.ErrBufferFull {
				// Skip the rest of the oversized line.
				for err == bufio.ErrBufferFull {
					_, err = d.r.ReadSlice('\n')
				}
			}
			d.line++
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLineTooLong
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			if len(buf) == 0 {
				return nil, io.EOF
			}
			d.line++
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		d.line++
		return buf, nil
	}
}

func (d *Reader) refuse(field string, err error) *LineError {
	return &LineError{File: d.name, Line: d.line, Field: field, Err: err}
}

// ParseOrganization decodes one profile from JSON and validates it. Errors
// are *Error values naming the field: unknown fields, wrong types, missing
// required fields and broken rules are all refused.
func ParseOrganization(data []byte) (Organization, error) {
	var org Organization
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&org); err != nil {
		// checkFieldNames names a misspelt field and where the JSON
		// breaks better than encoding/json does.
		if nerr := checkFieldNames(data); nerr != nil {
			return Organization{}, nerr
		}
		return Organization{}, jsonError(err)
	}
	// encoding/json matches field names whatever their case, the format
	// does not ("Mission" is refused). Checking the spelling by scanning
	// the keys costs a tenth of decoding them into a map, which was half
	// of parsing a line; the map is made only to say what is wrong.
	more := dec.More()
	if more || !exactFieldNames(data) {
		if err := checkFieldNames(data); err != nil {
			return Organization{}, err
		}
	}
	if more {
		return Organization{}, FieldErrorf("", "more than one JSON value on the line")
	}
	if err := org.Validate(); err != nil {
		return Organization{}, err
	}
	return org, nil
}

// checkFieldNames refuses malformed JSON and unknown field names with the
// JSON path of the field, which encoding/json's own message lacks.
func checkFieldNames(data []byte) error {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return jsonError(err)
	}
	if err := unknownField("", top, topFields); err != nil {
		return err
	}
	for name, known := range map[string]map[string]bool{"location": locationFields, "size": sizeFields} {
		raw, ok := top[name]
		if !ok || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return FieldErrorf(name, "must be an object")
		}
		if err := unknownField(name+".", obj, known); err != nil {
			return err
		}
	}
	return nil
}

// exactFieldNames reports whether every key of the object in data, and of
// its "location" and "size" objects, is spelt exactly as a field of the
// format. data must be valid JSON (it decoded); a key with an escape is
// not judged here (false), nor is anything unexpected.
func exactFieldNames(data []byte) bool {
	ok, _ := scanKeys(data, skipSpace(data, 0), topFields, true)
	return ok
}

// scanKeys checks the keys of the object at data[i] against known (and,
// when nested, those of location and size) and returns where it ends.
func scanKeys(data []byte, i int, known map[string]bool, nested bool) (bool, int) {
	if i >= len(data) || data[i] != '{' {
		return false, i
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return true, i + 1
	}
	for i < len(data) {
		if data[i] != '"' {
			return false, i
		}
		end := bytes.IndexByte(data[i+1:], '"')
		if end < 0 {
			return false, i
		}
		key := data[i+1 : i+1+end]
		if bytes.IndexByte(key, '\\') >= 0 || !known[string(key)] {
			return false, i
		}
		i = skipSpace(data, i+end+2)
		if i >= len(data) || data[i] != ':' {
			return false, i
		}
		i = skipSpace(data, i+1)
		var sub map[string]bool
		if nested {
			switch string(key) {
			case "location":
				sub = locationFields
			case "size":
				sub = sizeFields
			}
		}
		if sub != nil && i < len(data) && data[i] == '{' {
			var ok bool
			if ok, i = scanKeys(data, i, sub, false); !ok {
				return false, i
			}
		} else if i = skipValue(data, i); i < 0 {
			return false, i
		}
		i = skipSpace(data, i)
		switch {
		case i < len(data) && data[i] == ',':
			i = skipSpace(data, i+1)
		case i < len(data) && data[i] == '}':
			return true, i + 1
		default:
			return false, i
		}
	}
	return false, i
}

// skipValue returns where the JSON value at data[i] ends, or -1.
func skipValue(data []byte, i int) int {
	depth := 0
	for i < len(data) {
		c := data[i]
		switch {
		case c == '"':
			for i++; i < len(data) && data[i] != '"'; i++ {
				if data[i] == '\\' {
					i++ // the escaped character, a quote maybe
				}
			}
			if i >= len(data) {
				return -1
			}
			i++
		case c == '{' || c == '[':
			depth++
			i++
		case c == '}' || c == ']':
			if depth == 0 {
				return i
			}
			depth--
			i++
		case depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			return i
		default:
			i++
		}
		if depth == 0 && (c == '"' || c == '}' || c == ']') {
			return i // a string, object or array just ended
		}
	}
	if depth > 0 {
		return -1
	}
	return i
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

func unknownField(prefix string, obj map[string]json.RawMessage, known map[string]bool) error {
	var unknown []string
	for k := range obj {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	f := unknown[0]
	msg := "is not a field of the interchange format"
	if s := closest(f, known); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", prefix+s)
	}
	return FieldErrorf(prefix+f, "%s", msg)
}

// closest returns the known name within edit distance 2 of s, if any.
func closest(s string, known map[string]bool) string {
	best, bestD := "", 3
	for k := range known {
		if d := editDistance(s, k); d < bestD || (d == bestD && k < best) {
			best, bestD = k, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return FieldErrorf("", "malformed JSON at byte %d: %s", syn.Offset, strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ):
		if typ.Field == "" {
			return FieldErrorf("", "a profile must be a JSON object, not %s", typ.Value)
		}
		return FieldErrorf(typ.Field, "got %s, want %s", typ.Value, typeName(typ.Type.String()))
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return FieldErrorf("", "malformed JSON: unexpected end of line")
	}
	return FieldErrorf("", "malformed JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
}

func typeName(goType string) string {
	switch strings.TrimLeft(goType, "*") {
	case "string", "partnermatch.Sector":
		return "a string"
	case "[]string":
		return "a list of strings"
	case "float64":
		return "a number"
	case "int":
		return "an integer"
	case "partnermatch.Location", "partnermatch.Size":
		return "an object"
	}
	return goType
}

// DirectoryReport summarizes reading a whole directory file.
type DirectoryReport struct {
	Read     int          // non-blank lines
	Refused  []*LineError // refused lines, in file order
	Replaced []string     // notices of ids given more than once: the later line wins
}

// ReadDirectory reads a whole directory file into memory. An id given on more
// than one line keeps its last valid line, and the report says so. Use a
// Reader to stream large files instead.
func ReadDirectory(r io.Reader, name string) ([]Organization, DirectoryReport, error) {
	var rep DirectoryReport
	var orgs []Organization
	at := map[string]int{} // id -> index in orgs
	first := map[string]int{}
	rd := NewReader(r, name)
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			return orgs, rep, nil
		}
		if err != nil {
			return orgs, rep, fmt.Errorf("%s: %w", name, err)
		}
		rep.Read++
		if rec.Err != nil {
			rep.Refused = append(rep.Refused, rec.Err)
			continue
		}
		if i, dup := at[rec.Org.ID]; dup {
			rep.Replaced = append(rep.Replaced, fmt.Sprintf("%s:%d: id %q was already given on line %d; this later line replaces it", name, rec.Line, rec.Org.ID, first[rec.Org.ID]))
			orgs[i] = rec.Org
			first[rec.Org.ID] = rec.Line
			continue
		}
		at[rec.Org.ID] = len(orgs)
		first[rec.Org.ID] = rec.Line
		orgs = append(orgs, rec.Org)
	}
}

// WriteDirectory writes orgs as JSON Lines in the interchange format.
func WriteDirectory(w io.Writer, orgs []Organization) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range orgs {
		if err := enc.Encode(&orgs[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}
