package ohana

import (
	"fmt"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/ident"
	"github.com/partnermatch/partnermatch/formats/internal/text"
)

// PersonPrefix starts the id of a contact person's profile, imported only
// with Options.IncludePeople: "ohana:person:" + the contact's $oid.
const PersonPrefix = "ohana:person:"

// people maps the locations' contacts (contacts_attributes: name and title)
// to individual profiles linked to the organization both ways through
// partners. A person gets their location's town and coordinates, never a
// street address.
func (o *org) people(p *partnermatch.Organization) []partnermatch.Organization {
	var out []partnermatch.Organization
	seen := map[string]bool{}
	for _, l := range o.locations {
		for i, c := range l.Contacts {
			name := text.Name(c.Name)
			if name == "" {
				continue
			}
			raw := string(c.MongoID)
			if raw == "" {
				raw = fmt.Sprintf("%s-%d", l.ID, i+1)
			}
			id, err := ident.Make(PersonPrefix, raw)
			if err != nil || seen[id] {
				continue
			}
			seen[id] = true
			role := text.Clean(c.Title)
			if role == "" {
				role = "Contact"
			}
			person := partnermatch.Organization{
				ID:       id,
				Name:     name,
				Sector:   partnermatch.Individual,
				Mission:  text.Mission(role + " at " + p.Name),
				Partners: []string{p.ID},
			}
			if e := text.Clean(c.Email); strings.Contains(e, "@") && !strings.ContainsAny(e, " ,;") {
				person.Email = e
			}
			if loc := location(l); loc != nil {
				person.Location = &partnermatch.Location{Lat: loc.Lat, Lon: loc.Lon, City: loc.City, Region: loc.Region, Country: loc.Country}
			}
			if len(p.Partners) < partnermatch.MaxListLength {
				p.Partners = append(p.Partners, id)
			}
			out = append(out, person)
		}
	}
	return out
}
