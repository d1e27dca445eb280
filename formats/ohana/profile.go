package ohana

import (
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/describe"
	"github.com/partnermatch/partnermatch/formats/internal/text"
)

// Limits on the lists of one profile (see hsds.MaxOffers for why).
const (
	MaxOffers = 40
	MaxNeeds  = 20
)

// org is an organization with its locations and their services.
type org struct {
	id        string // the profile id
	name      string
	locations []*locationDoc // in file order
	services  map[key][]*serviceDoc
}

func (o *org) profile() partnermatch.Organization {
	main := o.mainLocation()
	p := partnermatch.Organization{
		ID:      o.id,
		Name:    text.Name(o.name),
		Sector:  o.sector(main),
		Mission: text.Mission(o.mission(main)),
		Offers:  o.offers(main),
		Needs:   o.needs(),
	}
	if main != nil {
		p.Location = location(main)
		if len(main.URLs) > 0 {
			p.URL = text.Clean(main.URLs[0])
		}
		for _, e := range main.Emails {
			if e = text.Clean(e); text.RoleEmail(e) { // staff addresses are people's
				p.Email = e
				break
			}
		}
	}
	return p
}

// mainLocation is the location that best says where the organization is:
// one with coordinates and a street address, preferring one named like the
// organization or its head office (text.NameAffinity), else the first.
func (o *org) mainLocation() *locationDoc {
	var best *locationDoc
	bestScore := -1.0
	for _, l := range o.locations {
		score := text.NameAffinity(l.Name, o.name)
		if l.Coordinates != nil {
			score += 4
		}
		if l.Address != nil && strings.TrimSpace(l.Address.Street) != "" {
			score += 2
		}
		if score > bestScore {
			best, bestScore = l, score
		}
	}
	return best
}

// ordered returns the main location first, then the others in file order.
func (o *org) ordered(main *locationDoc) []*locationDoc {
	out := []*locationDoc{}
	if main != nil {
		out = append(out, main)
	}
	for _, l := range o.locations {
		if l != main {
			out = append(out, l)
		}
	}
	return out
}

// mission is the main location's description (organizations have only a
// name in Ohana), else its short description, else the first description
// of another location, else what its kind and payments say ("Farmers'
// market. Accepts WIC, SNAP.").
func (o *org) mission(main *locationDoc) string {
	for _, l := range o.ordered(main) {
		if s := describe.Prose(l.Description); s != "" {
			return s
		}
		if s := text.Clean(l.ShortDesc); s != "" {
			return s
		}
	}
	if main == nil {
		return ""
	}
	s := kindPhrases[main.Kind]
	if len(main.Payments) > 0 && s != "" {
		s += " Accepts " + strings.Join(main.Payments, ", ") + "."
	}
	return s
}

// kindPhrases say what a location of a kind is, for organizations without
// any description.
var kindPhrases = map[string]string{
	"farmers_markets": "Farmers' market.", "libraries": "Library.", "parks": "Park.", "museums": "Museum.",
	"clinics": "Clinic.", "sports": "Sports club.",
}

// offers lists, location by location (the main one first), its services'
// names, descriptions and keywords ("Tourist Information"), and the
// products of farmers' markets.
func (o *org) offers(main *locationDoc) []string {
	l := text.NewList(MaxOffers, describe.OfferRunes)
	for _, loc := range o.ordered(main) {
		for _, s := range o.services[loc.ID] {
			l.Add(s.Name)
			for _, p := range describe.Offers(s.Description) {
				l.Add(p)
			}
			for _, k := range s.Keywords {
				l.Add(text.SentenceCase(text.Clean(k)))
			}
		}
		for _, p := range loc.Products {
			l.Add(p)
		}
	}
	return l.Items()
}

// needs are the sentences of the locations' and services' descriptions
// that ask for volunteers or donations.
func (o *org) needs() []string {
	l := text.NewList(MaxNeeds, describe.NeedRunes)
	for _, loc := range o.locations {
		for _, n := range describe.Needs(loc.Description) {
			l.Add(n)
		}
		for _, s := range o.services[loc.ID] {
			for _, n := range describe.Needs(s.Description) {
				l.Add(n)
			}
		}
	}
	return l.Items()
}

// location maps a location document: coordinates are [longitude, latitude];
// the street address when there is one, else the town of the mailing
// address (whose street may be a post-office box or a person's care-of).
func location(l *locationDoc) *partnermatch.Location {
	loc := &partnermatch.Location{}
	if c := l.Coordinates; len(c) == 2 {
		lon, lat := c[0], c[1]
		loc.Lat, loc.Lon = &lat, &lon
	}
	if a := l.Address; a != nil && strings.TrimSpace(a.Street+a.City+a.Zip) != "" {
		loc.Address, loc.City, loc.Region, loc.PostalCode = text.Clean(a.Street), text.Clean(a.City), text.Clean(a.State), text.Clean(a.Zip)
	} else if a := l.MailAddress; a != nil {
		loc.City, loc.Region, loc.PostalCode = text.Clean(a.City), text.Clean(a.State), text.Clean(a.Zip)
	}
	if *loc == (partnermatch.Location{}) {
		return nil
	}
	loc.Country = "US" // Ohana API instances are US directories
	return loc
}
