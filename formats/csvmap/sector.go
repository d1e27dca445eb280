package csvmap

import (
	"strings"

	"github.com/partnermatch/partnermatch"
)

// sectorWords maps the words registers and spreadsheets use for a kind of
// organization to a sector, after the sectors' own names.
var sectorWords = map[string]partnermatch.Sector{
	"charity": partnermatch.Nonprofit, "charities": partnermatch.Nonprofit, "non-profit": partnermatch.Nonprofit,
	"not-for-profit": partnermatch.Nonprofit, "ngo": partnermatch.Nonprofit, "voluntary": partnermatch.Nonprofit,
	"food bank": partnermatch.Nonprofit, "cic": partnermatch.Nonprofit, "cio": partnermatch.Nonprofit,
	"company": partnermatch.Business, "for-profit": partnermatch.Business, "shop": partnermatch.Business,
	"restaurant": partnermatch.Business, "takeaway": partnermatch.Business, "retail": partnermatch.Business,
	"school": partnermatch.Education, "schools": partnermatch.Education, "college": partnermatch.Education,
	"university": partnermatch.Education, "academy": partnermatch.Education, "nursery": partnermatch.Education,
	"church": partnermatch.Faith, "religious": partnermatch.Faith, "religion": partnermatch.Faith,
	"place of worship": partnermatch.Faith, "mosque": partnermatch.Faith, "synagogue": partnermatch.Faith,
	"temple": partnermatch.Faith, "gurdwara": partnermatch.Faith,
	"council": partnermatch.Government, "local authority": partnermatch.Government, "public": partnermatch.Government,
	"public sector": partnermatch.Government, "library": partnermatch.Government, "libraries": partnermatch.Government,
	"municipal": partnermatch.Government, "agency": partnermatch.Government,
	"hospital": partnermatch.Health, "clinic": partnermatch.Health, "gp": partnermatch.Health,
	"general practice": partnermatch.Health, "care home": partnermatch.Health, "pharmacy": partnermatch.Health,
	"club": partnermatch.Community, "sports club": partnermatch.Community, "association": partnermatch.Community,
	"neighbourhood": partnermatch.Community, "neighborhood": partnermatch.Community, "group": partnermatch.Community,
	"person": partnermatch.Individual, "people": partnermatch.Individual, "artist": partnermatch.Individual,
}

// sectorOf reads a sector column's value: a sector's name or one of
// sectorWords, without case.
func sectorOf(v string) (partnermatch.Sector, bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if s := partnermatch.Sector(v); s.Valid() {
		return s, true
	}
	s, ok := sectorWords[v]
	return s, ok
}

// countryCode reads a country: an ISO 3166 alpha-2 code in any case, or a
// few common names and codes (USA, UK, United Kingdom, England…).
func countryCode(v string) (string, bool) {
	u := strings.ToUpper(strings.TrimSpace(v))
	switch u {
	case "USA", "UNITED STATES", "UNITED STATES OF AMERICA", "U.S.", "U.S.A.":
		return "US", true
	case "UK", "UNITED KINGDOM", "GREAT BRITAIN", "ENGLAND", "SCOTLAND", "WALES", "NORTHERN IRELAND":
		return "GB", true
	case "CANADA":
		return "CA", true
	case "FRANCE":
		return "FR", true
	case "SPAIN", "ESPAÑA":
		return "ES", true
	case "MEXICO", "MÉXICO":
		return "MX", true
	}
	if len(u) == 2 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' {
		return u, true
	}
	return "", false
}
