package partnermatch

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Sector is the kind of organization a profile describes.
type Sector string

// The sectors of the interchange format. Community covers neighbourhood
// associations and informal groups; Individual covers community leaders,
// artists and other people who partner in their own name.
const (
	Nonprofit  Sector = "nonprofit"
	Business   Sector = "business"
	Government Sector = "government"
	Education  Sector = "education"
	Health     Sector = "health"
	Faith      Sector = "faith"
	Community  Sector = "community"
	Individual Sector = "individual"
)

// Sectors lists every valid sector, in the order of DATA-FORMAT.md.
var Sectors = []Sector{Nonprofit, Business, Government, Education, Health, Faith, Community, Individual}

// Valid reports whether s is one of Sectors.
func (s Sector) Valid() bool {
	for _, v := range Sectors {
		if s == v {
			return true
		}
	}
	return false
}

// Organization is one profile of the directory: who an organization is, what
// it can give and what it is looking for. ID, Name and Sector are required;
// everything else may be absent, and the engine treats absence as "no
// evidence", never as a match.
type Organization struct {
	ID              string    `json:"id"`
	Name            string    `json:"name"`
	Sector          Sector    `json:"sector"`
	Mission         string    `json:"mission,omitempty"`
	Values          []string  `json:"values,omitempty"`
	Goals           []string  `json:"goals,omitempty"`
	Offers          []string  `json:"offers,omitempty"`
	Needs           []string  `json:"needs,omitempty"`
	Location        *Location `json:"location,omitempty"`
	ServiceRadiusKM *float64  `json:"service_radius_km,omitempty"`
	Size            *Size     `json:"size,omitempty"`
	Partners        []string  `json:"partners,omitempty"`
	Avoid           []string  `json:"avoid,omitempty"`
	Language        string    `json:"language,omitempty"`
	URL             string    `json:"url,omitempty"`
	Email           string    `json:"email,omitempty"`
	Founded         int       `json:"founded,omitempty"`
}

// Location is where an organization works from. Lat and Lon (WGS84 degrees)
// are both present or both absent; the rest is for people.
type Location struct {
	Lat        *float64 `json:"lat,omitempty"`
	Lon        *float64 `json:"lon,omitempty"`
	Address    string   `json:"address,omitempty"`
	City       string   `json:"city,omitempty"`
	Region     string   `json:"region,omitempty"`
	PostalCode string   `json:"postal_code,omitempty"`
	Country    string   `json:"country,omitempty"`
}

// Size is how big an organization is. Small organizations partnering with
// large ones is one of the "resource discrepancies" partnerships must manage.
type Size struct {
	Staff        *int     `json:"staff,omitempty"`
	Volunteers   *int     `json:"volunteers,omitempty"`
	AnnualBudget *float64 `json:"annual_budget,omitempty"`
}

// Point returns the organization's coordinates, if it has them.
func (o *Organization) Point() (lat, lon float64, ok bool) {
	if o.Location == nil || o.Location.Lat == nil || o.Location.Lon == nil {
		return 0, 0, false
	}
	return *o.Location.Lat, *o.Location.Lon, true
}

// Lang returns the profile's language, "en" when absent.
func (o *Organization) Lang() string {
	if o.Language == "" {
		return "en"
	}
	return o.Language
}

// Limits that keep one profile from swamping the index or a query. They are
// generous for real profiles and exist to refuse garbage with a clear message.
const (
	MaxIDLength      = 128
	MaxNameLength    = 300
	MaxTextLength    = 20000 // mission
	MaxPhraseLength  = 1000  // one value, goal, offer or need
	MaxListLength    = 200   // entries in values, goals, offers, needs, partners, avoid
	MaxRadiusKM      = 20038 // half the Earth's circumference: anything is in reach
	earliestFounding = 1000
)

var idPattern = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,128}$`)

// ValidID reports whether id has the interchange format's shape.
func ValidID(id string) bool { return idPattern.MatchString(id) }

// Validate checks every rule of DATA-FORMAT.md that the JSON types alone do not
// enforce. The first broken rule is returned as an *Error naming the field.
func (o *Organization) Validate() error {
	if err := validateID("id", o.ID); err != nil {
		return err
	}
	if strings.TrimSpace(o.Name) == "" {
		return FieldErrorf("name", "is required")
	}
	if utf8.RuneCountInString(o.Name) > MaxNameLength {
		return FieldErrorf("name", "is longer than %d characters", MaxNameLength)
	}
	if o.Sector == "" {
		return FieldErrorf("sector", "is required")
	}
	if !o.Sector.Valid() {
		return FieldErrorf("sector", "%q is not a sector (one of %s)", o.Sector, sectorList())
	}
	if utf8.RuneCountInString(o.Mission) > MaxTextLength {
		return FieldErrorf("mission", "is longer than %d characters", MaxTextLength)
	}
	for _, l := range []struct {
		field string
		items []string
	}{{"values", o.Values}, {"goals", o.Goals}, {"offers", o.Offers}, {"needs", o.Needs}} {
		if err := validatePhrases(l.field, l.items); err != nil {
			return err
		}
	}
	if err := o.Location.validate(); err != nil {
		return err
	}
	if r := o.ServiceRadiusKM; r != nil && !(*r > 0 && *r <= MaxRadiusKM) {
		return FieldErrorf("service_radius_km", "%v is not a radius (more than 0, at most %d km)", *r, MaxRadiusKM)
	}
	if err := o.Size.validate(); err != nil {
		return err
	}
	for _, l := range []struct {
		field string
		ids   []string
	}{{"partners", o.Partners}, {"avoid", o.Avoid}} {
		if err := validateIDList(l.field, l.ids, o.ID); err != nil {
			return err
		}
	}
	if o.Language != "" && !KnownLanguage(o.Language) {
		return FieldErrorf("language", "%q is not an ISO 639-1 language code (such as en, fr, es)", o.Language)
	}
	if o.Email != "" && (!strings.Contains(o.Email, "@") || strings.ContainsAny(o.Email, " \t\n")) {
		return FieldErrorf("email", "%q is not an email address", o.Email)
	}
	if o.Founded != 0 && (o.Founded < earliestFounding || o.Founded > 2100) {
		return FieldErrorf("founded", "%d is not a plausible founding year", o.Founded)
	}
	return nil
}

func validateID(field, id string) error {
	if id == "" {
		return FieldErrorf(field, "is required")
	}
	if !ValidID(id) {
		if len(id) > MaxIDLength {
			return FieldErrorf(field, "is longer than %d characters", MaxIDLength)
		}
		return FieldErrorf(field, "%q is not an id (1-%d characters of A-Za-z0-9._:-)", id, MaxIDLength)
	}
	return nil
}

func validatePhrases(field string, items []string) error {
	if len(items) > MaxListLength {
		return FieldErrorf(field, "has %d entries, more than %d", len(items), MaxListLength)
	}
	for i, s := range items {
		path := fmt.Sprintf("%s[%d]", field, i)
		if strings.TrimSpace(s) == "" {
			return FieldErrorf(path, "is empty")
		}
		if utf8.RuneCountInString(s) > MaxPhraseLength {
			return FieldErrorf(path, "is longer than %d characters", MaxPhraseLength)
		}
	}
	return nil
}

func validateIDList(field string, ids []string, self string) error {
	if len(ids) > MaxListLength {
		return FieldErrorf(field, "has %d entries, more than %d", len(ids), MaxListLength)
	}
	for i, id := range ids {
		path := fmt.Sprintf("%s[%d]", field, i)
		if err := validateID(path, id); err != nil {
			return err
		}
		if id == self {
			return FieldErrorf(path, "names the organization itself")
		}
	}
	return nil
}

func (l *Location) validate() error {
	if l == nil {
		return nil
	}
	if (l.Lat == nil) != (l.Lon == nil) {
		if l.Lat == nil {
			return FieldErrorf("location.lat", "is required when location.lon is given")
		}
		return FieldErrorf("location.lon", "is required when location.lat is given")
	}
	if l.Lat != nil {
		if lat := *l.Lat; math.IsNaN(lat) || lat < -90 || lat > 90 {
			return FieldErrorf("location.lat", "%v is not a latitude (-90..90)", lat)
		}
		if lon := *l.Lon; math.IsNaN(lon) || lon < -180 || lon > 180 {
			return FieldErrorf("location.lon", "%v is not a longitude (-180..180)", lon)
		}
	}
	if c := l.Country; c != "" && !isCountryCode(c) {
		return FieldErrorf("location.country", "%q is not an ISO 3166 alpha-2 country code (such as CA, US, GB)", c)
	}
	return nil
}

func isCountryCode(c string) bool {
	if len(c) != 2 {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func (s *Size) validate() error {
	if s == nil {
		return nil
	}
	if s.Staff != nil && *s.Staff < 0 {
		return FieldErrorf("size.staff", "%d is negative", *s.Staff)
	}
	if s.Volunteers != nil && *s.Volunteers < 0 {
		return FieldErrorf("size.volunteers", "%d is negative", *s.Volunteers)
	}
	if b := s.AnnualBudget; b != nil && (*b < 0 || math.IsNaN(*b) || math.IsInf(*b, 0)) {
		return FieldErrorf("size.annual_budget", "%v is not an amount", *b)
	}
	return nil
}

func sectorList() string {
	names := make([]string, len(Sectors))
	for i, s := range Sectors {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}
