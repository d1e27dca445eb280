package hsds

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/emit"
	"github.com/partnermatch/partnermatch/formats/internal/ident"
	"github.com/partnermatch/partnermatch/formats/internal/table"
)

// csvSource streams the organizations table of a CSV data package, joining
// each row to the tables loaded beforehand.
type csvSource struct {
	opts    Options
	orgs    *table.Reader
	j       *joined
	pending emit.Queue
	done    bool
}

func openCSV(dir string, opts Options) (*csvSource, error) {
	f, err := newFiles(dir)
	if err != nil {
		return nil, err
	}
	path := f.find(orgTables...)
	if path == "" {
		return nil, fmt.Errorf("%s: no organizations.csv (nor organization.csv, nor an organizations resource in datapackage.json)", dir)
	}
	j, err := load(f, opts.IncludePeople)
	if err != nil {
		return nil, err
	}
	orgs, err := table.Open(path)
	if err != nil {
		return nil, err
	}
	for _, col := range []string{"id", "name"} {
		if !orgs.Has(col) {
			orgs.Close()
			return nil, fmt.Errorf("%s: no %q column (columns: %s)", path, col, strings.Join(orgs.Header, ", "))
		}
	}
	s := &csvSource{opts: opts, orgs: orgs, j: j}
	s.pending.Push(j.refusals...) // bad joined rows first, in file order
	j.refusals = nil
	return s, nil
}

// Next implements partnermatch.Source.
func (s *csvSource) Next() (partnermatch.Record, error) {
	for {
		if rec, ok := s.pending.Pop(); ok {
			return rec, nil
		}
		if s.done {
			return partnermatch.Record{}, io.EOF
		}
		row, err := s.orgs.Next()
		if err == io.EOF {
			s.done = true
			s.pending.Push(s.j.orphans(s.orgs.Name)...)
			continue
		}
		var pe *table.ParseError
		if errors.As(err, &pe) {
			return emit.Refuse(s.orgs.Name, pe.Line, "", "not well-formed CSV: %v", pe.Err), nil
		}
		if err != nil {
			return partnermatch.Record{}, fmt.Errorf("%s: %w", s.orgs.Name, err)
		}
		s.row(row)
	}
}

// row maps one organization row and queues its records.
func (s *csvSource) row(r table.Row) {
	file := s.orgs.Name
	o := &organization{
		ID: strings.TrimSpace(r.Get("id")), Name: r.Get("name"), AltName: r.Get("alternate_name"),
		Description: r.Get("description"), Email: r.Get("email"), Website: r.Get(s.orgs.Column("website", "url")),
		LegalStatus: r.Get("legal_status"),
	}
	s.j.found(o.ID)
	if _, err := ident.Make(IDPrefix, o.ID); err != nil {
		s.pending.Push(emit.Refuse(file, r.Line, "id", "%v: an organization needs an id", err))
		return
	}
	if strings.TrimSpace(o.Name) == "" {
		s.pending.Push(emit.Refuse(file, r.Line, "name", "is empty (organization %q)", o.ID))
		return
	}
	o.Founded = year(r.Get(s.orgs.Column("year_incorporated", "date_incorporated")))
	s.j.attach(o)
	s.pending.Push(records(file, r.Line, o, s.opts)...)
}

// records maps an organization and, with people, its contacts.
func records(file string, line int, o *organization, opts Options) []partnermatch.Record {
	org := o.profile()
	var people []partnermatch.Organization
	if opts.IncludePeople {
		people = o.people(&org)
	}
	recs := []partnermatch.Record{emit.Org(file, line, org)}
	for _, p := range people {
		recs = append(recs, emit.Org(file, line, p))
	}
	return recs
}

// year reads a founding year from "2011" or "2011-05-01"; 0 when there is
// none or it is implausible.
func year(s string) int {
	s = strings.TrimSpace(s)
	if len(s) < 4 {
		return 0
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 1000 || y > 2100 {
		return 0
	}
	return y
}

// Close closes the organizations table.
func (s *csvSource) Close() error { return s.orgs.Close() }
