package hsds

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// The HSDS 3 JSON of one organization, as the HSDS API returns it from
// /organizations/{id} with its services, locations and contacts nested.
// Fields not used are ignored. Identifiers and numbers may be given as
// strings or numbers.
type jsonOrg struct {
	ID               flexString     `json:"id"`
	Name             flexString     `json:"name"`
	AlternateName    flexString     `json:"alternate_name"`
	Description      flexString     `json:"description"`
	Email            flexString     `json:"email"`
	Website          flexString     `json:"website"`
	URL              flexString     `json:"url"`
	LegalStatus      flexString     `json:"legal_status"`
	YearIncorporated flexString     `json:"year_incorporated"`
	Services         []jsonService  `json:"services"`
	Locations        []jsonLocation `json:"locations"`
	Contacts         []jsonContact  `json:"contacts"`
	Attributes       []jsonAttr     `json:"attributes"`
}

type jsonService struct {
	ID                 flexString              `json:"id"`
	Name               flexString              `json:"name"`
	AlternateName      flexString              `json:"alternate_name"`
	Description        flexString              `json:"description"`
	Status             flexString              `json:"status"`
	Attributes         []jsonAttr              `json:"attributes"`
	Contacts           []jsonContact           `json:"contacts"`
	ServiceAtLocations []jsonServiceAtLocation `json:"service_at_locations"`
}

type jsonServiceAtLocation struct {
	Location *jsonLocation `json:"location"`
	Contacts []jsonContact `json:"contacts"`
}

type jsonLocation struct {
	ID           flexString    `json:"id"`
	Name         flexString    `json:"name"`
	LocationType flexString    `json:"location_type"`
	Description  flexString    `json:"description"`
	Latitude     flexString    `json:"latitude"`
	Longitude    flexString    `json:"longitude"`
	Addresses    []jsonAddress `json:"addresses"`
	Contacts     []jsonContact `json:"contacts"`
}

type jsonAddress struct {
	Address1      flexString `json:"address_1"`
	Address2      flexString `json:"address_2"`
	City          flexString `json:"city"`
	Region        flexString `json:"region"`
	StateProvince flexString `json:"state_province"`
	PostalCode    flexString `json:"postal_code"`
	Country       flexString `json:"country"`
	AddressType   flexString `json:"address_type"`
}

type jsonContact struct {
	ID         flexString `json:"id"`
	Name       flexString `json:"name"`
	Title      flexString `json:"title"`
	Department flexString `json:"department"`
	Email      flexString `json:"email"`
}

type jsonAttr struct {
	TaxonomyTerm *struct {
		Name     flexString `json:"name"`
		Code     flexString `json:"code"`
		Taxonomy flexString `json:"taxonomy"`
	} `json:"taxonomy_term"`
}

// flexString reads a JSON string, number or boolean as a string, and null
// as "".
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*f = ""
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	case len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9' || b[0] == 't' || b[0] == 'f'):
		*f = flexString(b)
	default:
		return fmt.Errorf("want a string or a number, got %s", firstBytes(b))
	}
	return nil
}

func firstBytes(b []byte) string {
	if len(b) > 20 {
		return string(b[:20]) + "…"
	}
	return string(b)
}

func (f flexString) String() string { return strings.TrimSpace(string(f)) }

// model turns the JSON into the organization the mapping works on. It
// returns the problems of its locations (bad coordinates), which are
// reported while the organization is kept.
func (j *jsonOrg) model() (*organization, []fieldProblem) {
	o := &organization{
		ID: j.ID.String(), Name: string(j.Name), AltName: string(j.AlternateName), Description: string(j.Description),
		Email: string(j.Email), Website: string(j.Website), LegalStatus: string(j.LegalStatus),
		Founded: year(j.YearIncorporated.String()),
	}
	if o.Website == "" {
		o.Website = string(j.URL)
	}
	var problems []fieldProblem
	seenLoc := map[string]bool{}
	addLoc := func(path string, jl *jsonLocation) {
		if jl == nil {
			return
		}
		if id := jl.ID.String(); id != "" {
			if seenLoc[id] {
				return
			}
			seenLoc[id] = true
		}
		l, p := jl.model(path)
		if p != nil {
			problems = append(problems, *p)
		}
		o.Locations = append(o.Locations, l)
		o.Contacts = append(o.Contacts, contacts(jl.Contacts)...)
	}
	for i := range j.Locations {
		addLoc(fmt.Sprintf("locations[%d]", i), &j.Locations[i])
	}
	for i, js := range j.Services {
		switch strings.ToLower(js.Status.String()) {
		case "inactive", "defunct":
			continue
		}
		s := &service{ID: js.ID.String(), Name: string(js.Name), AltName: string(js.AlternateName), Description: string(js.Description), Terms: terms(js.Attributes)}
		o.Services = append(o.Services, s)
		o.Contacts = append(o.Contacts, contacts(js.Contacts)...)
		for k, sal := range js.ServiceAtLocations {
			addLoc(fmt.Sprintf("services[%d].service_at_locations[%d].location", i, k), sal.Location)
			o.Contacts = append(o.Contacts, contacts(sal.Contacts)...)
		}
	}
	if ts := terms(j.Attributes); len(ts) > 0 {
		o.Services = append(o.Services, &service{ID: o.ID, Terms: ts})
	}
	o.Contacts = append(contacts(j.Contacts), o.Contacts...)
	return o, problems
}

type fieldProblem struct {
	field string
	err   error
}

func (jl *jsonLocation) model(path string) (*location, *fieldProblem) {
	l := &location{ID: jl.ID.String(), Name: string(jl.Name), Type: jl.LocationType.String(), Description: string(jl.Description)}
	lat, lon, field, err := coordinates(jl.Latitude.String(), jl.Longitude.String())
	var p *fieldProblem
	if err != nil {
		p = &fieldProblem{path + "." + field, fmt.Errorf("%v; location %q is kept without coordinates", err, l.ID)}
	} else {
		l.Lat, l.Lon = lat, lon
	}
	for _, a := range jl.Addresses {
		addr := &address{
			Line1: string(a.Address1), Line2: string(a.Address2), City: string(a.City), Region: string(a.StateProvince),
			PostalCode: a.PostalCode.String(), Country: a.Country.String(), Type: strings.ToLower(a.AddressType.String()),
		}
		if addr.Region == "" {
			addr.Region = string(a.Region)
		}
		if l.Address == nil || (l.Address.Type == "postal" && addr.Type != "postal") {
			l.Address = addr
		}
	}
	return l, p
}

func contacts(js []jsonContact) []*contact {
	var out []*contact
	for _, c := range js {
		out = append(out, &contact{ID: c.ID.String(), Name: string(c.Name), Title: string(c.Title), Department: string(c.Department), Email: c.Email.String()})
	}
	return out
}

// terms reads the taxonomy terms of attributes. A JSON term names its
// taxonomy but not its root, so the root is taken to be the term itself:
// sectors are then decided by names like "Health" or "Education" in it.
func terms(attrs []jsonAttr) []term {
	var out []term
	for _, a := range attrs {
		if a.TaxonomyTerm == nil || a.TaxonomyTerm.Name.String() == "" {
			continue
		}
		name := a.TaxonomyTerm.Name.String()
		out = append(out, term{Name: name, Root: name})
	}
	return out
}
