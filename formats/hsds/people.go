package hsds

import (
	"fmt"
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/ident"
	"github.com/partnermatch/partnermatch/formats/internal/text"
)

// PersonPrefix starts the id of a contact person's profile, imported only
// with Options.IncludePeople: "hsds:person:" + the contact's id.
const PersonPrefix = "hsds:person:"

// people maps the organization's named contacts to individual profiles
// linked to it both ways through partners, and adds them to org.Partners.
// A person gets the organization's town and coordinates (where they work),
// never a street address; their email is the one the directory publishes
// for them.
func (o *organization) people(org *partnermatch.Organization) []partnermatch.Organization {
	var out []partnermatch.Organization
	seen := map[string]bool{}
	for i, c := range o.Contacts {
		name := text.Name(c.Name)
		if name == "" {
			continue
		}
		raw := c.ID
		if strings.TrimSpace(raw) == "" {
			raw = fmt.Sprintf("%s-%d", o.ID, i+1)
		}
		id, err := ident.Make(PersonPrefix, raw)
		if err != nil || seen[id] || id == org.ID {
			continue
		}
		seen[id] = true
		p := partnermatch.Organization{
			ID:       id,
			Name:     name,
			Sector:   partnermatch.Individual,
			Mission:  text.Mission(role(c, org.Name)),
			Partners: []string{org.ID},
		}
		if e := text.Clean(c.Email); validEmail(e) {
			p.Email = e
		}
		if l := org.Location; l != nil {
			p.Location = &partnermatch.Location{Lat: l.Lat, Lon: l.Lon, City: l.City, Region: l.Region, Country: l.Country}
		}
		if len(org.Partners) < partnermatch.MaxListLength {
			org.Partners = append(org.Partners, id)
		}
		out = append(out, p)
	}
	return out
}

// role describes a contact: "Reception Manager (Reception) at Example
// Organization Inc."
func role(c *contact, orgName string) string {
	r := text.Clean(c.Title)
	if d := text.Clean(c.Department); d != "" {
		if r == "" {
			r = d
		} else {
			r += " (" + d + ")"
		}
	}
	if r == "" {
		r = "Contact"
	}
	return r + " at " + orgName
}
