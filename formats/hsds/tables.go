package hsds

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/emit"
	"github.com/partnermatch/partnermatch/formats/internal/table"
)

// joined holds the tables joined to organizations, loaded whole into maps
// keyed by organization id before organizations.csv is streamed:
// locations, addresses, services, taxonomy and, with people, contacts. They
// are the smaller tables of a directory; their memory is proportional to
// their size, the organizations table's is not.
type joined struct {
	locByOrg     map[string][]*location
	locByID      map[string]*location
	locOrg       map[string]string // location id -> organization id
	svcByOrg     map[string][]*service
	svcByID      map[string]*service
	svcOrg       map[string]string // service id -> organization id
	orgTerms     map[string][]term
	contactByOrg map[string][]*contact

	refs     map[string][]rowRef // organization id -> the joined rows that name it
	refusals []partnermatch.Record
}

// rowRef locates a joined row, to report it when its organization is not
// in the organizations table.
type rowRef struct {
	file  string
	line  int
	field string
}

func newJoined() *joined {
	return &joined{
		locByOrg: map[string][]*location{}, locByID: map[string]*location{}, locOrg: map[string]string{},
		svcByOrg: map[string][]*service{}, svcByID: map[string]*service{}, svcOrg: map[string]string{},
		orgTerms: map[string][]term{}, contactByOrg: map[string][]*contact{}, refs: map[string][]rowRef{},
	}
}

func (j *joined) refuse(file string, line int, field, format string, args ...any) {
	j.refusals = append(j.refusals, emit.Refuse(file, line, field, format, args...))
}

func (j *joined) ref(orgID, file string, line int, field string) {
	j.refs[orgID] = append(j.refs[orgID], rowRef{file, line, field})
}

// eachRow calls fn for every row of a table, refusing rows that are not
// well-formed CSV.
func (j *joined) eachRow(path string, fn func(t *table.Reader, r table.Row)) error {
	t, err := table.Open(path)
	if err != nil {
		return err
	}
	defer t.Close()
	for {
		row, err := t.Next()
		if err == io.EOF {
			return nil
		}
		var pe *table.ParseError
		if errors.As(err, &pe) {
			j.refuse(path, pe.Line, "", "not well-formed CSV: %v", pe.Err)
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		fn(t, row)
	}
}

// load reads the joined tables of a data package.
func load(f *files, people bool) (*joined, error) {
	j := newJoined()
	terms, err := j.loadTerms(f)
	if err != nil {
		return nil, err
	}
	steps := []func() error{
		func() error { return j.loadLocations(f.find(locationTables...)) },
		func() error { return j.loadAddresses(f.find(addressTables...)) },
		func() error { return j.loadServices(f.find(serviceTables...), terms) },
		func() error { return j.loadAttributes(f.find(attrTables...), terms) },
		func() error { return j.loadServiceTaxonomy(f.find(linkTables...), terms) },
		func() error { return j.loadCategories(filepath.Join(f.dir, "service_categories.json"), terms) },
	}
	if people {
		steps = append(steps, func() error { return j.loadContacts(f.find(contactTables...)) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return j, nil
}

func (j *joined) loadLocations(path string) error {
	if path == "" {
		return nil
	}
	return j.eachRow(path, func(t *table.Reader, r table.Row) {
		id, org := strings.TrimSpace(r.Get("id")), strings.TrimSpace(r.Get("organization_id"))
		switch {
		case id == "":
			j.refuse(path, r.Line, "id", "is empty: a location needs an id")
			return
		case org == "":
			j.refuse(path, r.Line, "organization_id", "is empty: location %q belongs to no organization", id)
			return
		}
		l := &location{ID: id, Name: r.Get("name"), Type: r.Get("location_type"), Description: r.Get("description")}
		lat, lon, field, err := coordinates(r.Get("latitude"), r.Get("longitude"))
		if err != nil {
			j.refuse(path, r.Line, field, "%v; location %q is kept without coordinates", err, id)
		} else {
			l.Lat, l.Lon = lat, lon
		}
		if _, dup := j.locByID[id]; dup {
			j.refuse(path, r.Line, "id", "location %q is given twice; this later row is skipped", id)
			return
		}
		j.locByID[id] = l
		j.locOrg[id] = org
		j.locByOrg[org] = append(j.locByOrg[org], l)
		j.ref(org, path, r.Line, "organization_id")
	})
}

// coordinates parses a latitude and a longitude, both present or both
// absent. It names the offending column when they are not.
func coordinates(latS, lonS string) (lat, lon *float64, field string, err error) {
	latS, lonS = strings.TrimSpace(latS), strings.TrimSpace(lonS)
	if latS == "" && lonS == "" {
		return nil, nil, "", nil
	}
	la, errLat := strconv.ParseFloat(latS, 64)
	lo, errLon := strconv.ParseFloat(lonS, 64)
	switch {
	case latS == "":
		return nil, nil, "latitude", fmt.Errorf("is empty while longitude is %q", lonS)
	case lonS == "":
		return nil, nil, "longitude", fmt.Errorf("is empty while latitude is %q", latS)
	case errLat != nil || la < -90 || la > 90 || la != la:
		return nil, nil, "latitude", fmt.Errorf("%q is not a latitude (-90..90)", latS)
	case errLon != nil || lo < -180 || lo > 180 || lo != lo:
		return nil, nil, "longitude", fmt.Errorf("%q is not a longitude (-180..180)", lonS)
	case la == 0 && lo == 0:
		return nil, nil, "latitude", fmt.Errorf("0,0 is a placeholder, not a place")
	}
	return &la, &lo, "", nil
}

func (j *joined) loadAddresses(path string) error {
	if path == "" {
		return nil
	}
	return j.eachRow(path, func(t *table.Reader, r table.Row) {
		locID := strings.TrimSpace(r.Get("location_id"))
		l, ok := j.locByID[locID]
		if !ok {
			if locID == "" {
				j.refuse(path, r.Line, "location_id", "is empty: the address belongs to no location")
			} else {
				j.refuse(path, r.Line, "location_id", "no location %q in the locations table", locID)
			}
			return
		}
		a := &address{
			Line1: r.Get("address_1"), Line2: r.Get("address_2"), City: r.Get("city"),
			Region: r.Get("state_province"), PostalCode: r.Get("postal_code"), Country: r.Get("country"),
			Type: strings.ToLower(strings.TrimSpace(r.Get("address_type"))),
		}
		if a.Region == "" {
			a.Region = r.Get("region")
		}
		if a.Line1 == "" {
			a.Line1 = r.Get("address")
		}
		// Keep the first physical address; a postal one only until a
		// physical one comes.
		if l.Address == nil || (l.Address.Type == "postal" && a.Type != "postal") {
			l.Address = a
		}
	})
}

func (j *joined) loadServices(path string, terms *taxonomy) error {
	if path == "" {
		return nil
	}
	return j.eachRow(path, func(t *table.Reader, r table.Row) {
		id := strings.TrimSpace(r.Get("id"))
		if id == "" {
			j.refuse(path, r.Line, "id", "is empty: a service needs an id")
			return
		}
		switch strings.ToLower(strings.TrimSpace(r.Get("status"))) {
		case "inactive", "defunct":
			return // not offered any more: not an error, not an offer
		}
		org := strings.TrimSpace(r.Get("organization_id"))
		direct := org != ""
		if !direct {
			locID := strings.TrimSpace(r.Get("location_id"))
			o, ok := j.locOrg[locID]
			if !ok {
				if locID == "" {
					j.refuse(path, r.Line, "organization_id", "service %q names neither an organization nor a location", id)
				} else {
					j.refuse(path, r.Line, "location_id", "service %q: no location %q in the locations table", id, locID)
				}
				return
			}
			org = o
		}
		s := &service{ID: id, Name: r.Get("name"), AltName: r.Get("alternate_name"), Description: r.Get("description")}
		for _, key := range splitList(r.Get("taxonomy_ids")) {
			if tm, ok := terms.term(key); ok {
				s.Terms = append(s.Terms, tm)
			}
		}
		if _, dup := j.svcByID[id]; dup {
			j.refuse(path, r.Line, "id", "service %q is given twice; this later row is skipped", id)
			return
		}
		j.svcByID[id] = s
		j.svcOrg[id] = org
		j.svcByOrg[org] = append(j.svcByOrg[org], s)
		if direct { // a service found through its location is reported with it
			j.ref(org, path, r.Line, "organization_id")
		}
	})
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadAttributes reads HSDS 3 attributes: taxonomy terms linked to
// services or organizations.
func (j *joined) loadAttributes(path string, terms *taxonomy) error {
	if path == "" || terms == nil {
		return nil
	}
	return j.eachRow(path, func(t *table.Reader, r table.Row) {
		link, key := strings.TrimSpace(r.Get("link_id")), strings.TrimSpace(r.Get("taxonomy_term_id"))
		tm, ok := terms.term(key)
		if !ok {
			if key != "" {
				j.refuse(path, r.Line, "taxonomy_term_id", "no taxonomy term %q", key)
			}
			return
		}
		if s, ok := j.svcByID[link]; ok {
			s.Terms = append(s.Terms, tm)
			return
		}
		entity := strings.ToLower(r.Get("link_entity") + r.Get("link_type"))
		if strings.Contains(entity, "organization") {
			j.orgTerms[link] = append(j.orgTerms[link], tm)
		}
	})
}

// loadServiceTaxonomy reads HSDS 2 service_taxonomy links.
func (j *joined) loadServiceTaxonomy(path string, terms *taxonomy) error {
	if path == "" || terms == nil {
		return nil
	}
	return j.eachRow(path, func(t *table.Reader, r table.Row) {
		svc, key := strings.TrimSpace(r.Get("service_id")), strings.TrimSpace(r.Get("taxonomy_id"))
		s, ok := j.svcByID[svc]
		if !ok {
			return // a service that was skipped or refused
		}
		if tm, ok := terms.term(key); ok {
			s.Terms = append(s.Terms, tm)
		}
	})
}

// loadCategories reads the service_categories.json of Ohana/iCarol exports:
// an object from service id to the ids of its taxonomy terms.
func (j *joined) loadCategories(path string, terms *taxonomy) error {
	if terms == nil || !exists(path) {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var cats map[string][]string
	if err := json.Unmarshal(data, &cats); err != nil {
		return fmt.Errorf("%s: %v (want an object from service id to a list of taxonomy ids)", path, err)
	}
	ids := make([]string, 0, len(cats))
	for id := range cats {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s, ok := j.svcByID[id]
		if !ok {
			continue
		}
		seen := map[string]bool{}
		for _, key := range cats[id] {
			if tm, ok := terms.term(key); ok && !seen[key] {
				seen[key] = true
				s.Terms = append(s.Terms, tm)
			}
		}
	}
	return nil
}

func (j *joined) loadContacts(path string) error {
	if path == "" {
		return nil
	}
	return j.eachRow(path, func(t *table.Reader, r table.Row) {
		org := strings.TrimSpace(r.Get("organization_id"))
		if org == "" {
			org = j.svcOrg[strings.TrimSpace(r.Get("service_id"))]
		}
		if org == "" {
			org = j.locOrg[strings.TrimSpace(r.Get("location_id"))]
		}
		if org == "" {
			return // a contact of nothing imported
		}
		j.contactByOrg[org] = append(j.contactByOrg[org], &contact{
			ID: r.Get("id"), Name: r.Get("name"), Title: r.Get("title"), Department: r.Get("department"), Email: r.Get("email"),
		})
	})
}

// attach gives an organization its joined rows.
func (j *joined) attach(o *organization) {
	o.Locations = j.locByOrg[o.ID]
	o.Services = j.svcByOrg[o.ID]
	o.Contacts = j.contactByOrg[o.ID]
	if ts := j.orgTerms[o.ID]; len(ts) > 0 {
		o.Services = append(o.Services, &service{ID: o.ID, Terms: ts})
	}
}

// found records that an organization was given: its joined rows are not
// orphans. Only ids that joined rows name are kept, so memory does not grow
// with the organizations table.
func (j *joined) found(orgID string) { delete(j.refs, orgID) }

// orphans returns the refusals of joined rows whose organization was never
// given, in file and line order.
func (j *joined) orphans(orgFile string) []partnermatch.Record {
	var refs []struct {
		rowRef
		org string
	}
	for org, rs := range j.refs {
		for _, r := range rs {
			refs = append(refs, struct {
				rowRef
				org string
			}{r, org})
		}
	}
	sort.Slice(refs, func(a, b int) bool {
		if refs[a].file != refs[b].file {
			return refs[a].file < refs[b].file
		}
		return refs[a].line < refs[b].line
	})
	out := make([]partnermatch.Record, 0, len(refs))
	for _, r := range refs {
		out = append(out, emit.Refuse(r.file, r.line, r.field, "no organization %q in %s", r.org, filepath.Base(orgFile)))
	}
	return out
}
