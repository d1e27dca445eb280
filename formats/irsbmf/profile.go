package irsbmf

import (
	"strconv"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/emit"
	"github.com/partnermatch/partnermatch/formats/internal/table"
	"github.com/partnermatch/partnermatch/formats/internal/text"
)

// IDPrefix starts the id of every profile: "ein:" + the 9-digit EIN.
const IDPrefix = "ein:"

// records maps one row of the master file.
func (r *Reader) records(row table.Row) []partnermatch.Record {
	file := r.t.Name
	ein := strings.ReplaceAll(strings.TrimSpace(row.Get("EIN")), "-", "")
	if !digits(ein) || len(ein) > 9 {
		return []partnermatch.Record{emit.Refuse(file, row.Line, "EIN", "%q is not an employer identification number (9 digits)", row.Get("EIN"))}
	}
	ein = strings.Repeat("0", 9-len(ein)) + ein // leading zeros lost in a spreadsheet
	name := text.Name(row.Get("NAME"))
	if name == "" {
		return []partnermatch.Record{emit.Refuse(file, row.Line, "NAME", "is empty (EIN %s)", ein)}
	}
	sub, class, foundation := strings.TrimSpace(row.Get("SUBSECTION")), strings.TrimSpace(row.Get("CLASSIFICATION")), strings.TrimSpace(row.Get("FOUNDATION"))
	cat, hasNTEE := NTEE(row.Get("NTEE_CD"))
	org := partnermatch.Organization{
		ID:       IDPrefix + ein,
		Name:     name,
		Sector:   sectorOf(cat, hasNTEE, foundation, sub, class),
		Location: r.location(row),
	}
	if hasNTEE {
		org.Mission = cat.Phrase()
	} else {
		org.Mission = describeSubsection(sub, class)
	}
	if rev, err := strconv.ParseFloat(strings.TrimSpace(row.Get("REVENUE_AMT")), 64); err == nil && rev > 0 {
		org.Size = &partnermatch.Size{AnnualBudget: &rev}
	}
	recs := []partnermatch.Record{}
	var person *partnermatch.Organization
	if r.opts.IncludePeople {
		person = careOf(row.Get("ICO"), &org)
	}
	recs = append(recs, emit.Org(file, row.Line, org))
	if person != nil {
		recs = append(recs, emit.Org(file, row.Line, *person))
	}
	return recs
}

// location is the organization's address of record, with the centre of its
// ZIP code as coordinates when a centroid table was given. (The IRS
// publishes this address; for small organizations it is often an officer's
// own, which is why the in-care-of name is not imported by default.)
func (r *Reader) location(row table.Row) *partnermatch.Location {
	loc := &partnermatch.Location{
		Address:    text.Clean(row.Get("STREET")),
		City:       text.Clean(row.Get("CITY")),
		Region:     text.Clean(row.Get("STATE")),
		PostalCode: postalCode(row.Get("ZIP")),
	}
	if lat, lon, ok := r.opts.Centroids.Lookup(row.Get("ZIP")); ok {
		loc.Lat, loc.Lon = &lat, &lon
	}
	if *loc == (partnermatch.Location{}) {
		return nil
	}
	loc.Country = "US"
	return loc
}

// postalCode writes "19901-0000" as 19901 and keeps a real ZIP+4.
func postalCode(s string) string {
	s = strings.TrimSpace(s)
	return strings.TrimSuffix(s, "-0000")
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
