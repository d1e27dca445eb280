package csvmap

import (
	"fmt"
	"sort"
	"strings"
)

// Field names a mapping may use, with their aliases.
var fieldNames = map[string]string{
	"id": "id", "name": "name", "sector": "sector", "mission": "mission", "description": "mission",
	"values": "values", "goals": "goals", "offers": "offers", "needs": "needs",
	"lat": "lat", "latitude": "lat", "lon": "lon", "lng": "lon", "longitude": "lon",
	"address": "address", "city": "city", "region": "region", "state": "region",
	"postal_code": "postal_code", "zip": "postal_code", "postcode": "postal_code", "country": "country",
	"url": "url", "website": "url", "email": "email", "language": "language", "founded": "founded",
	"service_radius_km": "service_radius_km", "staff": "staff", "volunteers": "volunteers",
	"annual_budget": "annual_budget", "budget": "annual_budget", "partners": "partners", "avoid": "avoid",
}

// Mapping says which columns of a CSV file feed which field of a profile.
// A field may be fed by several columns joined with '+': texts are joined
// with a space, lists are concatenated.
type Mapping struct {
	columns map[string][]string // field -> columns, in order
}

// ParseMapping reads "field=Column,field=Column+Column,…", as given to
// `partnermatch import --format csv --map`. Field names are those of the
// interchange format (id, name, sector, mission, values, goals, offers,
// needs, lat, lon, address, city, region, postal_code, country, url, email,
// language, founded, service_radius_km, staff, volunteers, annual_budget,
// partners, avoid) or an alias (latitude, longitude, lng, zip, postcode,
// state, website, description, budget). Column names are matched without
// case and may contain spaces, not commas. name is required.
func ParseMapping(s string) (Mapping, error) {
	m := Mapping{columns: map[string][]string{}}
	for _, pair := range strings.Split(s, ",") {
		pair = strings.TrimSpace(pair)
		if pair == "" {
			continue
		}
		f, cols, ok := strings.Cut(pair, "=")
		if !ok {
			return Mapping{}, fmt.Errorf("--map: %q is not field=Column", pair)
		}
		field, known := fieldNames[strings.ToLower(strings.TrimSpace(f))]
		if !known {
			return Mapping{}, fmt.Errorf("--map: %q is not a field (one of %s)", strings.TrimSpace(f), strings.Join(Fields(), ", "))
		}
		if _, dup := m.columns[field]; dup {
			return Mapping{}, fmt.Errorf("--map: field %s is given twice (join columns with '+')", field)
		}
		for _, c := range strings.Split(cols, "+") {
			if c = strings.TrimSpace(c); c == "" {
				return Mapping{}, fmt.Errorf("--map: %q names an empty column", pair)
			}
			m.columns[field] = append(m.columns[field], c)
		}
	}
	if len(m.columns["name"]) == 0 {
		return Mapping{}, fmt.Errorf("--map: name=Column is required (the column with the organization's name)")
	}
	if (len(m.columns["lat"]) == 0) != (len(m.columns["lon"]) == 0) {
		return Mapping{}, fmt.Errorf("--map: give both lat= and lon=, or neither")
	}
	return m, nil
}

// Fields lists the field names a mapping may use, without aliases.
func Fields() []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range fieldNames {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

// Columns returns the columns that feed a field, nil when none.
func (m Mapping) Columns(field string) []string { return m.columns[field] }

// String writes the mapping back in the syntax ParseMapping reads, fields
// in order.
func (m Mapping) String() string {
	var parts []string
	for _, f := range Fields() {
		if cols := m.columns[f]; len(cols) > 0 {
			parts = append(parts, f+"="+strings.Join(cols, "+"))
		}
	}
	return strings.Join(parts, ",")
}
