package hsds

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// Options change what is imported.
type Options struct {
	// IncludePeople also imports the directory's named contacts as
	// individual profiles, linked to their organization through partners.
	// Off by default: contacts are people, not partners who asked to be
	// listed.
	IncludePeople bool
}

// Reader is a Source of profiles read from an HSDS directory or file.
type Reader struct {
	src interface {
		Next() (partnermatch.Record, error)
		Close() error
	}
}

// Open opens path as HSDS: a directory holding a CSV data package (found by
// its organizations table, with or without datapackage.json), the
// datapackage.json or organizations.csv of one, or an HSDS 3 JSON file
// (.json, or .jsonl/.ndjson with one organization per line).
func Open(path string, opts Options) (*Reader, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	dir := path
	if !st.IsDir() {
		base := strings.ToLower(filepath.Base(path))
		switch {
		case base == "datapackage.json" || strings.HasSuffix(base, ".csv"):
			dir = filepath.Dir(path)
		case strings.HasSuffix(base, ".json") || strings.HasSuffix(base, ".jsonl") || strings.HasSuffix(base, ".ndjson"):
			s, err := openJSON(path, opts)
			if err != nil {
				return nil, err
			}
			return &Reader{src: s}, nil
		default:
			return nil, fmt.Errorf("%s: not an HSDS file (want a directory with organizations.csv, a datapackage.json, or an HSDS 3 .json file)", path)
		}
	}
	s, err := openCSV(dir, opts)
	if err != nil {
		return nil, err
	}
	return &Reader{src: s}, nil
}

// Next returns the next record: an organization's profile, one of its
// people's (with Options.IncludePeople), or the refusal of a bad row. It
// returns io.EOF at the end.
func (r *Reader) Next() (partnermatch.Record, error) { return r.src.Next() }

// Close releases the files.
func (r *Reader) Close() error { return r.src.Close() }
