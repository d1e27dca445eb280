package server

import (
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/gorilla/mux"
	"github.com/partnermatch/partnermatch"
)

// params reads a request's query parameters. Every parameter may be given
// once; one the route does not know is refused, so that a typo ("limt=5")
// is an error rather than silently ignored.
type params struct {
	q url.Values
}

func newParams(q url.Values, known ...string) (params, error) {
	names := make([]string, 0, len(q))
	for name := range q {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if !slices.Contains(known, name) {
			msg := "is not a parameter of this route"
			if len(known) > 0 {
				msg += " (it takes " + strings.Join(known, ", ") + ")"
			} else {
				msg += " (it takes none)"
			}
			return params{}, fieldError(name, "%s", msg)
		}
		if len(q[name]) > 1 {
			return params{}, fieldError(name, "is given %d times; give it once", len(q[name]))
		}
	}
	return params{q: q}, nil
}

func (p params) has(name string) bool { return p.q.Has(name) }

func (p params) str(name string) string { return p.q.Get(name) }

// int returns an integer parameter in [lo, hi], def when absent.
func (p params) int(name string, def, lo, hi int) (int, error) {
	if !p.has(name) {
		return def, nil
	}
	s := p.q.Get(name)
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fieldError(name, "%q is not an integer", s)
	}
	if n < lo || n > hi {
		return 0, fieldError(name, "%d is not between %d and %d", n, lo, hi)
	}
	return n, nil
}

// float returns a finite number parameter in [lo, hi], def when absent.
func (p params) float(name string, def, lo, hi float64) (float64, error) {
	if !p.has(name) {
		return def, nil
	}
	s := p.q.Get(name)
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, fieldError(name, "%q is not a number", s)
	}
	if f < lo || f > hi {
		return 0, fieldError(name, "%v is not between %v and %v", f, lo, hi)
	}
	return f, nil
}

// bool returns a boolean parameter: true, false, 1 or 0; false when absent.
func (p params) bool(name string) (bool, error) {
	if !p.has(name) {
		return false, nil
	}
	s := p.q.Get(name)
	switch s {
	case "true", "1", "":
		return true, nil // "?include_partners" alone means true
	case "false", "0":
		return false, nil
	}
	return false, fieldError(name, "%q is not true or false", s)
}

// sector returns a sector parameter, "" when absent.
func (p params) sector(name string) (partnermatch.Sector, error) {
	s := partnermatch.Sector(p.q.Get(name))
	if s != "" && !s.Valid() {
		return "", fieldError(name, "%q is not a sector (one of %s)", s, sectorNames())
	}
	return s, nil
}

// point returns a "lat,lon" parameter.
func (p params) point(name string) (lat, lon float64, ok bool, err error) {
	if !p.has(name) {
		return 0, 0, false, nil
	}
	s := p.q.Get(name)
	a, b, found := strings.Cut(s, ",")
	if !found {
		return 0, 0, false, fieldError(name, "%q is not a point; give lat,lon in degrees, such as 44.23,-76.49", s)
	}
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(a), 64)
	lon, err2 := strconv.ParseFloat(strings.TrimSpace(b), 64)
	switch {
	case err1 != nil || math.IsNaN(lat):
		return 0, 0, false, fieldError(name, "latitude %q is not a number", a)
	case err2 != nil || math.IsNaN(lon):
		return 0, 0, false, fieldError(name, "longitude %q is not a number", b)
	case lat < -90 || lat > 90:
		return 0, 0, false, fieldError(name, "latitude %v is not between -90 and 90", lat)
	case lon < -180 || lon > 180:
		return 0, 0, false, fieldError(name, "longitude %v is not between -180 and 180", lon)
	}
	return lat, lon, true, nil
}

func sectorNames() string {
	names := make([]string, len(partnermatch.Sectors))
	for i, s := range partnermatch.Sectors {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}

// pathID returns the id in the path variable name, refused when it is not
// an id of the interchange format.
func pathID(vars map[string]string, name string) (string, error) {
	id := vars[name]
	if !partnermatch.ValidID(id) {
		return "", fieldError(name, "%q in the path is not an id (1-%d characters of A-Za-z0-9._:-)", id, partnermatch.MaxIDLength)
	}
	return id, nil
}

// pairIDs reads the {id} and {other} of a route about a pair, refusing
// query parameters, which such routes do not take.
func pairIDs(r *http.Request) (id, other string, err error) {
	vars := mux.Vars(r)
	if id, err = pathID(vars, "id"); err != nil {
		return "", "", err
	}
	if other, err = pathID(vars, "other"); err != nil {
		return "", "", err
	}
	_, err = newParams(r.URL.Query())
	return id, other, err
}
