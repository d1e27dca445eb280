package hsds

import (
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/describe"
	"github.com/partnermatch/partnermatch/formats/internal/ident"
	"github.com/partnermatch/partnermatch/formats/internal/text"
)

// Limits on the lists of one profile. An organization with thirty locations
// repeats the same services thirty times; past these counts the extra
// phrases add nothing a partner would read.
const (
	MaxOffers = 40
	MaxNeeds  = 20
	MaxValues = 15
)

// IDPrefix starts the id of every organization profile: "hsds:" + the
// organization's id in the directory.
const IDPrefix = "hsds:"

// profile maps one organization with its services and locations to a
// profile. The id must already have been checked (ident.Make).
func (o *organization) profile() partnermatch.Organization {
	id, _ := ident.Make(IDPrefix, o.ID)
	org := partnermatch.Organization{
		ID:      id,
		Name:    text.Name(o.Name),
		Mission: text.Mission(o.mission()),
		Offers:  o.offers(),
		Needs:   o.needs(),
		Values:  o.values(),
		Sector:  o.sector(),
		URL:     text.Clean(o.Website),
		Founded: o.Founded,
	}
	if e := text.Clean(o.Email); validEmail(e) {
		org.Email = e
	}
	if l := o.mainLocation(); l != nil {
		org.Location = l.profileLocation()
	}
	return org
}

// mission is the organization's description without its VOLUNTEERS,
// DONATIONS and practical sections, or else what its main location or
// first service is about.
func (o *organization) mission() string {
	if s := describe.Prose(o.Description); s != "" {
		return s
	}
	if l := o.mainLocation(); l != nil {
		if s := describe.Overview(l.Description); s != "" {
			return s
		}
	}
	for _, s := range o.Services {
		if d := describe.Overview(s.Description); d != "" {
			return d
		}
	}
	return ""
}

// offers lists its services' names (unless one is the organization's own)
// and the names of their taxonomy terms, then the items of their
// descriptions; an organization without services offers what its locations'
// descriptions describe.
func (o *organization) offers() []string {
	l := text.NewList(MaxOffers, describe.OfferRunes)
	own := map[string]bool{text.Key(o.Name): true}
	for _, loc := range o.Locations {
		own[text.Key(loc.Name)] = true
	}
	// Names and terms of every service first: they are short and say the
	// most; an organization with fifty services would otherwise fill its
	// list with the first few's descriptions.
	for _, s := range o.Services {
		if name := serviceName(s.Name, o.Name); name != "" && !own[text.Key(name)] && !asksForHelp(name) {
			l.Add(name)
		}
		for _, t := range s.Terms {
			if !t.Situation && !asksForHelp(t.Name) {
				l.Add(t.Name)
			}
		}
	}
	read := map[string]bool{}
	for _, s := range o.Services {
		if read[s.Description] {
			continue
		}
		read[s.Description] = true
		for _, p := range describe.Offers(s.Description) {
			l.Add(p)
		}
	}
	if len(o.Services) == 0 {
		for _, loc := range o.Locations {
			for _, p := range describe.Offers(loc.Description) {
				l.Add(p)
			}
		}
	}
	return l.Items()
}

// serviceName drops the organization's name from the front of a service's
// name: "Baltimore City Health Dept., HIV/STD Prevention Program" of the
// Baltimore City Health Department is "HIV/STD Prevention Program". What is
// left when that is only a place or a legal suffix ("…, Baltimore County",
// "…, Inc.") is no offer, and "" is returned.
func serviceName(name, orgName string) string {
	name = text.Clean(name)
	head, rest, ok := strings.Cut(name, ", ")
	if !ok || rest == "" {
		return name
	}
	hw, ow := strings.Fields(text.Key(head)), strings.Fields(text.Key(orgName))
	if !(len(hw) >= 2 && len(ow) >= 2 && hw[0] == ow[0] && hw[1] == ow[1]) {
		return name
	}
	rw := strings.Fields(text.Key(rest))
	if len(rw) <= 1 || legalSuffix[text.Key(rest)] {
		return ""
	}
	for _, w := range rw {
		if w == "county" || w == "city" || w == "inc" {
			return ""
		}
	}
	return rest
}

var legalSuffix = map[string]bool{"inc": true, "llc": true, "ltd": true, "corp": true, "co": true, "the": true, "inc the": true}

// needs are what the descriptions of the organization, its locations and
// its services ask for (VOLUNTEERS and DONATIONS sections, and sentences
// asking for volunteers or donations).
func (o *organization) needs() []string {
	l := text.NewList(MaxNeeds, describe.NeedRunes)
	read := map[string]bool{} // exports repeat a description on every location and service
	add := func(desc string) {
		if read[desc] {
			return
		}
		read[desc] = true
		for _, n := range describe.Needs(desc) {
			l.Add(n)
		}
	}
	add(o.Description)
	for _, loc := range o.Locations {
		add(loc.Description)
	}
	for _, s := range o.Services {
		add(s.Description)
	}
	// A "Volunteer Opportunities" service asks for help; it is a need, not
	// an offer.
	for _, s := range o.Services {
		if name := serviceName(s.Name, o.Name); asksForHelp(name) {
			l.Add(name)
		}
	}
	return l.Items()
}

// asksForHelp reports whether a service's or term's name is a call for
// volunteers or donations rather than a service to others.
func asksForHelp(name string) bool {
	k := text.Key(name)
	// Only the unambiguous wording: "Volunteer Programs" may be what a
	// volunteer centre offers, "Donated Goods" what a thrift store gives.
	return strings.Contains(k, "volunteer opportunit") || strings.Contains(k, "opportunities to volunteer")
}

// Roots of situation terms that are not about whom a service is for.
var notAudience = map[string]bool{
	"insurance accepted": true, "documents needed": true, "special hours": true,
	"languages": true, "substance use treatment preferences": true,
}

// values name whom the organization's services are for, from taxonomy
// terms that describe situations ("Teens (13-19 years old)", "Veterans").
func (o *organization) values() []string {
	l := text.NewList(MaxValues, 0)
	for _, s := range o.Services {
		for _, t := range s.Terms {
			if t.Situation && !notAudience[strings.ToLower(t.Root)] && !strings.EqualFold(t.Name, t.Root) {
				l.Add(t.Name)
			}
		}
	}
	return l.Items()
}

// mainLocation is where the organization is: its first physical location
// that has coordinates and an address, preferring one named like the
// organization or its head office (text.NameAffinity); postal and virtual
// locations come last.
func (o *organization) mainLocation() *location {
	var best *location
	bestScore := -1.0
	for _, l := range o.Locations {
		score := text.NameAffinity(l.Name, o.Name)
		switch strings.ToLower(strings.TrimSpace(l.Type)) {
		case "postal", "virtual":
			score -= 10
		}
		if l.Lat != nil && l.Lon != nil {
			score += 4
		}
		if l.Address != nil && l.Address.Line1 != "" {
			score += 2
		}
		if score > bestScore {
			best, bestScore = l, score
		}
	}
	return best
}

func (l *location) profileLocation() *partnermatch.Location {
	loc := &partnermatch.Location{Lat: l.Lat, Lon: l.Lon}
	if a := l.Address; a != nil {
		street := text.Clean(a.Line1)
		if l2 := text.Clean(a.Line2); l2 != "" && street != "" && !strings.Contains(text.Key(street), text.Key(l2)) {
			street += ", " + l2 // unless the first line has it already ("210 Guilford Ave 3Rd Floor")
		}
		loc.Address = street
		loc.City = text.Clean(a.City)
		loc.Region = text.Clean(a.Region)
		loc.PostalCode = text.Clean(a.PostalCode)
		loc.Country = countryCode(a.Country)
	}
	if *loc == (partnermatch.Location{}) {
		return nil
	}
	return loc
}

// countryCode returns an ISO 3166 alpha-2 code ("us" becomes "US"), or ""
// for anything else (a country's name is not guessed).
func countryCode(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	switch s {
	case "USA", "UNITED STATES", "UNITED STATES OF AMERICA":
		return "US"
	}
	if len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' {
		return s
	}
	return ""
}

func validEmail(s string) bool {
	return s != "" && strings.Contains(s, "@") && !strings.ContainsAny(s, " \t\n,;")
}
