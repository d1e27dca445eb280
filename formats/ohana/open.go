package ohana

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/emit"
	"github.com/partnermatch/partnermatch/formats/internal/ident"
	"github.com/partnermatch/partnermatch/formats/internal/jsonl"
)

// Options change what is imported.
type Options struct {
	// IncludePeople also imports the locations' contacts as individual
	// profiles linked to their organization through partners.
	IncludePeople bool
}

// IDPrefix starts the id of every organization profile: "ohana:" + the
// organization's MongoDB $oid.
const IDPrefix = "ohana:"

// Reader streams organizations.json one line at a time, joining each
// organization to its locations and their services.
type Reader struct {
	opts    Options
	orgPath string
	locPath string
	f       *os.File
	lines   *jsonl.Reader
	j       *joined
	pending emit.Queue
	done    bool
}

// Open opens an Ohana API MongoDB export: a directory holding
// organizations.json, locations.json and services.json (services.json may
// be absent), or any one of those files.
func Open(path string, opts Options) (*Reader, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	dir := path
	if !st.IsDir() {
		dir = filepath.Dir(path)
	}
	r := &Reader{
		opts:    opts,
		orgPath: filepath.Join(dir, "organizations.json"),
		locPath: filepath.Join(dir, "locations.json"),
	}
	for _, p := range []string{r.orgPath, r.locPath} {
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("%s: not an Ohana export: %v", dir, err)
		}
	}
	if r.j, err = load(r.locPath, filepath.Join(dir, "services.json")); err != nil {
		return nil, err
	}
	if r.f, err = os.Open(r.orgPath); err != nil {
		return nil, err
	}
	r.lines = jsonl.NewReader(r.f)
	r.pending.Push(r.j.refusals...)
	r.j.refusals = nil
	return r, nil
}

// Next returns the next record: an organization's profile, one of its
// people's (with Options.IncludePeople), or the refusal of a bad line. It
// returns io.EOF at the end.
func (r *Reader) Next() (partnermatch.Record, error) {
	for {
		if rec, ok := r.pending.Pop(); ok {
			return rec, nil
		}
		if r.done {
			return partnermatch.Record{}, io.EOF
		}
		line, data, err := r.lines.Next()
		switch {
		case err == io.EOF:
			r.done = true
			r.pending.Push(r.j.orphans(r.locPath)...)
			continue
		case errors.Is(err, jsonl.ErrLineTooLong):
			return emit.Refuse(r.orgPath, line, "", "%v", err), nil
		case err != nil:
			return partnermatch.Record{}, fmt.Errorf("%s: %w", r.orgPath, err)
		}
		r.organization(line, data)
	}
}

func (r *Reader) organization(line int, data []byte) {
	var d orgDoc
	if err := json.Unmarshal(data, &d); err != nil {
		r.pending.Push(emit.Refuse(r.orgPath, line, jsonField(err), "%s", jsonMessage(err)))
		return
	}
	r.j.found(d.ID)
	raw := string(d.MongoID)
	if raw == "" {
		raw = string(d.ID) // an export without MongoDB ids
	}
	id, err := ident.Make(IDPrefix, raw)
	if err != nil {
		r.pending.Push(emit.Refuse(r.orgPath, line, "_id", "%v: an organization needs an id", err))
		return
	}
	if strings.TrimSpace(d.Name) == "" {
		r.pending.Push(emit.Refuse(r.orgPath, line, "name", "is empty (organization %s)", id))
		return
	}
	o := &org{id: id, name: d.Name, locations: r.j.locByOrg[d.ID], services: r.j.svcByLoc}
	if o.testRecord() {
		r.pending.Push(emit.Refuse(r.orgPath, line, "kind", "organization %q is a test record (its locations are of kind \"test\"), not a real organization", d.Name))
		return
	}
	p := o.profile()
	var people []partnermatch.Organization
	if r.opts.IncludePeople {
		people = o.people(&p)
	}
	r.pending.Push(emit.Org(r.orgPath, line, p))
	for _, person := range people {
		r.pending.Push(emit.Org(r.orgPath, line, person))
	}
}

// testRecord reports whether every location of the organization is of kind
// "test": the export carries a few fake organizations used to test the API.
func (o *org) testRecord() bool {
	if len(o.locations) == 0 {
		return false
	}
	for _, l := range o.locations {
		if l.Kind != "test" {
			return false
		}
	}
	return true
}

// Close closes organizations.json.
func (r *Reader) Close() error { return r.f.Close() }
