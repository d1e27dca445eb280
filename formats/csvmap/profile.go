package csvmap

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/ident"
	"github.com/partnermatch/partnermatch/formats/internal/sector"
	"github.com/partnermatch/partnermatch/formats/internal/table"
	"github.com/partnermatch/partnermatch/formats/internal/text"
)

// IDPrefix starts the ids made for files without an id column: "csv:" +
// the name (and the postal code or city, when mapped).
const IDPrefix = "csv:"

// fieldErr is a bad value in a row: the column it is in and what is wrong.
type fieldErr struct {
	column string
	msg    string
}

func bad(column, format string, args ...any) *fieldErr {
	return &fieldErr{column: column, msg: fmt.Sprintf(format, args...)}
}

// value returns the joined text of a field's columns (Windows-1252 repaired,
// white space collapsed; "NA", "N/A", "NULL" and the like are empty) and the
// first of its columns, for messages.
func (m Mapping) value(row table.Row, field string) (string, string) {
	cols := m.columns[field]
	if len(cols) == 0 {
		return "", ""
	}
	var parts []string
	for _, c := range cols {
		if v := row.Get(c); !text.Missing(v) {
			parts = append(parts, text.Clean(v))
		}
	}
	return strings.Join(parts, " "), cols[0]
}

// list returns a list field: each column's cell split on ';' or '|'.
func (m Mapping) list(row table.Row, field string) []string {
	l := text.NewList(partnermatch.MaxListLength, 0)
	for _, c := range m.columns[field] {
		for _, p := range strings.FieldsFunc(row.Get(c), func(r rune) bool { return r == ';' || r == '|' }) {
			if !text.Missing(p) {
				l.Add(p)
			}
		}
	}
	return l.Items()
}

// profile maps one row.
func (m Mapping) profile(row table.Row) (partnermatch.Organization, *fieldErr) {
	name, nameCol := m.value(row, "name")
	org := partnermatch.Organization{
		Name:    text.Truncate(name, partnermatch.MaxNameLength),
		Mission: text.Truncate(m.first(row, "mission"), partnermatch.MaxTextLength),
		Values:  m.list(row, "values"),
		Goals:   m.list(row, "goals"),
		Offers:  m.list(row, "offers"),
		Needs:   m.list(row, "needs"),
	}
	if org.Name == "" {
		return org, bad(nameCol, "is empty: an organization needs a name")
	}
	steps := []func(*partnermatch.Organization, table.Row) *fieldErr{
		m.id, m.sector, m.location, m.contact, m.numbers, m.links,
	}
	for _, step := range steps {
		if fe := step(&org, row); fe != nil {
			return org, fe
		}
	}
	return org, nil
}

// first is value without the column.
func (m Mapping) first(row table.Row, field string) string {
	v, _ := m.value(row, field)
	return v
}

// id is the id column's value, kept as it is when it is a valid id and made
// valid otherwise; without an id column, "csv:" + the name and the postal
// code or city, so that re-importing the file gives the same ids.
func (m Mapping) id(org *partnermatch.Organization, row table.Row) *fieldErr {
	raw, col := m.value(row, "id")
	if col != "" {
		if raw == "" {
			return bad(col, "is empty: the id column must give every row an id")
		}
		if partnermatch.ValidID(raw) {
			org.ID = raw
			return nil
		}
		id, err := ident.Make("", raw)
		if err != nil {
			return bad(col, "%q cannot be made into an id: %v", raw, err)
		}
		org.ID = id
		return nil
	}
	key := org.Name
	if place := firstNonEmpty(m.first(row, "postal_code"), m.first(row, "city")); place != "" {
		key += " " + place
	}
	id, err := ident.Make(IDPrefix, key)
	if err != nil {
		return bad("", "cannot make an id from the name: %v", err)
	}
	org.ID = id
	return nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// sector reads the sector column (a sector's name or a common word for one,
// see sectorWords); without one, what the name clearly says, else
// nonprofit.
func (m Mapping) sector(org *partnermatch.Organization, row table.Row) *fieldErr {
	v, col := m.value(row, "sector")
	if col == "" || v == "" {
		if s, ok := sector.FromName(org.Name); ok {
			org.Sector = s
		} else {
			org.Sector = partnermatch.Nonprofit
		}
		return nil
	}
	s, ok := sectorOf(v)
	if !ok {
		return bad(col, "%q is not a sector (one of nonprofit, business, government, education, health, faith, community, individual, or a word such as charity, school, church, council)", v)
	}
	org.Sector = s
	return nil
}

func (m Mapping) location(org *partnermatch.Organization, row table.Row) *fieldErr {
	loc := partnermatch.Location{
		Address:    m.first(row, "address"),
		City:       m.first(row, "city"),
		Region:     m.first(row, "region"),
		PostalCode: m.first(row, "postal_code"),
	}
	if c, col := m.value(row, "country"); c != "" {
		code, ok := countryCode(c)
		if !ok {
			return bad(col, "%q is not an ISO 3166 country code (such as US, GB, CA)", c)
		}
		loc.Country = code
	}
	latS, latCol := m.value(row, "lat")
	lonS, lonCol := m.value(row, "lon")
	switch {
	case latS == "" && lonS == "":
	case latS == "":
		return bad(latCol, "is empty while %s is %q", lonCol, lonS)
	case lonS == "":
		return bad(lonCol, "is empty while %s is %q", latCol, latS)
	default:
		lat, err := strconv.ParseFloat(latS, 64)
		if err != nil || lat < -90 || lat > 90 || math.IsNaN(lat) {
			return bad(latCol, "%q is not a latitude (-90..90)", latS)
		}
		lon, err := strconv.ParseFloat(lonS, 64)
		if err != nil || lon < -180 || lon > 180 || math.IsNaN(lon) {
			return bad(lonCol, "%q is not a longitude (-180..180)", lonS)
		}
		loc.Lat, loc.Lon = &lat, &lon
	}
	if loc != (partnermatch.Location{}) {
		org.Location = &loc
	}
	return nil
}

func (m Mapping) contact(org *partnermatch.Organization, row table.Row) *fieldErr {
	org.URL = m.first(row, "url")
	if e, col := m.value(row, "email"); e != "" {
		if !strings.Contains(e, "@") || strings.ContainsAny(e, " \t") {
			return bad(col, "%q is not an email address", e)
		}
		org.Email = e
	}
	if l, col := m.value(row, "language"); l != "" {
		l = strings.ToLower(l)
		if !partnermatch.KnownLanguage(l) {
			return bad(col, "%q is not an ISO 639-1 language code (such as en, fr, es)", l)
		}
		org.Language = l
	}
	return nil
}

func (m Mapping) numbers(org *partnermatch.Organization, row table.Row) *fieldErr {
	if v, col := m.value(row, "founded"); v != "" {
		y, err := strconv.Atoi(strings.TrimSuffix(v, ".0"))
		if err != nil || y < 1000 || y > 2100 {
			return bad(col, "%q is not a year", v)
		}
		org.Founded = y
	}
	if v, col := m.value(row, "service_radius_km"); v != "" {
		r, err := strconv.ParseFloat(v, 64)
		if err != nil || !(r > 0 && r <= partnermatch.MaxRadiusKM) {
			return bad(col, "%q is not a radius in km (more than 0, at most %d)", v, partnermatch.MaxRadiusKM)
		}
		org.ServiceRadiusKM = &r
	}
	var size partnermatch.Size
	for _, c := range []struct {
		field string
		dst   **int
	}{{"staff", &size.Staff}, {"volunteers", &size.Volunteers}} {
		if v, col := m.value(row, c.field); v != "" {
			n, err := strconv.Atoi(strings.ReplaceAll(v, ",", ""))
			if err != nil || n < 0 {
				return bad(col, "%q is not a number of people", v)
			}
			*c.dst = &n
		}
	}
	if v, col := m.value(row, "annual_budget"); v != "" {
		b, err := strconv.ParseFloat(strings.Trim(strings.ReplaceAll(v, ",", ""), "$£€ "), 64)
		if err != nil || b < 0 || math.IsInf(b, 0) || math.IsNaN(b) {
			return bad(col, "%q is not an amount", v)
		}
		size.AnnualBudget = &b
	}
	if size != (partnermatch.Size{}) {
		org.Size = &size
	}
	return nil
}

// links reads partners and avoid: ids separated by ';' or '|'.
func (m Mapping) links(org *partnermatch.Organization, row table.Row) *fieldErr {
	for _, l := range []struct {
		field string
		dst   *[]string
	}{{"partners", &org.Partners}, {"avoid", &org.Avoid}} {
		ids := m.list(row, l.field)
		for _, id := range ids {
			if !partnermatch.ValidID(id) || id == org.ID {
				return bad(m.columns[l.field][0], "%q is not the id of another organization", id)
			}
		}
		*l.dst = ids
	}
	return nil
}
