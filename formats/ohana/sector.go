package ohana

import (
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/sector"
)

// kindSectors maps Ohana's location kinds to sectors. Specific kinds decide
// on their own; generic ones give way to a name that clearly says more
// ("Pacifica Parks, Beaches and Recreation Department" is government, "San
// Francisco Parks Trust" stays nonprofit).
var kindSectors = map[string]struct {
	sector   partnermatch.Sector
	specific bool
}{
	"government":      {partnermatch.Government, true},
	"libraries":       {partnermatch.Government, true}, // public libraries, mostly
	"clinics":         {partnermatch.Health, true},
	"education":       {partnermatch.Education, true},
	"farmers_markets": {partnermatch.Business, true}, // markets of farms and vendors selling produce
	"human_services":  {partnermatch.Nonprofit, false},
	"arts":            {partnermatch.Nonprofit, false},
	"museums":         {partnermatch.Nonprofit, false},
	"entertainment":   {partnermatch.Nonprofit, false},
	"parks":           {partnermatch.Nonprofit, false}, // city departments are caught by name
	"sports":          {partnermatch.Community, false}, // clubs
	"other":           {partnermatch.Nonprofit, false},
}

// specificOrder breaks ties when an organization's locations have several
// specific kinds.
var specificOrder = []string{"government", "libraries", "clinics", "education", "farmers_markets"}

// sector decides the organization's sector from its locations' kinds: a
// specific kind any of its locations has (government, libraries, clinics,
// education, farmers' markets), else what its name clearly says, else the
// main location's generic kind, else nonprofit.
func (o *org) sector(main *locationDoc) partnermatch.Sector {
	kinds := map[string]bool{}
	for _, l := range o.locations {
		kinds[l.Kind] = true
	}
	for _, k := range specificOrder {
		if kinds[k] {
			return kindSectors[k].sector
		}
	}
	if s, ok := sector.FromName(o.name); ok {
		return s
	}
	if main != nil {
		if ks, ok := kindSectors[main.Kind]; ok {
			return ks.sector
		}
	}
	return partnermatch.Nonprofit
}
