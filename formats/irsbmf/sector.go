package irsbmf

import (
	"github.com/partnermatch/partnermatch"
)

// majorSectors maps NTEE major groups to sectors; groups not listed are
// nonprofit.
var majorSectors = map[string]partnermatch.Sector{
	"B": partnermatch.Education,
	"E": partnermatch.Health, "F": partnermatch.Health, "G": partnermatch.Health, "H": partnermatch.Health,
	"N": partnermatch.Community, // recreation and sports clubs, leagues
	"X": partnermatch.Faith,
	"Y": partnermatch.Community, // mutual and membership benefit: fraternal societies, cemeteries
}

// codeSectors refines the major groups for categories that are not what
// their group says.
var codeSectors = map[string]partnermatch.Sector{
	"S20": partnermatch.Community, "S21": partnermatch.Community, "S22": partnermatch.Community, // neighborhood development, coalitions, block associations
	"S40": partnermatch.Business, "S41": partnermatch.Business, "S43": partnermatch.Business, "S46": partnermatch.Business, "S47": partnermatch.Business, // business and industry, chambers of commerce
	"S80": partnermatch.Community, "S81": partnermatch.Community, "S82": partnermatch.Community, // service clubs
	"L50": partnermatch.Community,                                                            // homeowners' and tenants' associations
	"A27": partnermatch.Community,                                                            // community celebrations
	"W30": partnermatch.Community,                                                            // military and veterans' organizations (posts)
	"W61": partnermatch.Business,                                                             // credit unions
	"Y20": partnermatch.Business, "Y22": partnermatch.Business, "Y23": partnermatch.Business, // insurance providers, mutual companies
}

// foundationSectors maps the FOUNDATION codes that name what a 501(c)(3)
// public charity is: 10 church, 11 school, 12 hospital or medical research,
// 14 governmental unit.
var foundationSectors = map[string]partnermatch.Sector{
	"10": partnermatch.Faith,
	"11": partnermatch.Education,
	"12": partnermatch.Health,
	"14": partnermatch.Government,
}

// subsectionSectors maps 501(c) subsections for organizations without an
// NTEE code.
var subsectionSectors = map[string]partnermatch.Sector{
	"01": partnermatch.Government,
	"04": partnermatch.Community, "05": partnermatch.Community, "07": partnermatch.Community,
	"08": partnermatch.Community, "10": partnermatch.Community, "19": partnermatch.Community, "23": partnermatch.Community,
	"06": partnermatch.Business, "14": partnermatch.Business,
	"40": partnermatch.Faith,
}

// sectorOf decides an organization's sector: faith for a church (foundation
// code 10), else its NTEE category, else its foundation code (school,
// hospital, governmental unit), else its
// subsection (a 501(c)(3) classified religious is faith, educational is
// education), else nonprofit.
func sectorOf(cat Category, hasNTEE bool, foundation, sub, class string) partnermatch.Sector {
	if foundation == "10" { // the IRS recognizes it as a church, whatever its category
		return partnermatch.Faith
	}
	if hasNTEE {
		if len(cat.Code) >= 3 {
			if s, ok := codeSectors[cat.Code[:3]]; ok {
				return s
			}
		}
		if s, ok := majorSectors[cat.Major]; ok {
			return s
		}
		return partnermatch.Nonprofit
	}
	if s, ok := foundationSectors[foundation]; ok {
		return s
	}
	if sub == "03" && class != "" {
		switch class[0] {
		case '7':
			return partnermatch.Faith
		case '2':
			return partnermatch.Education
		}
	}
	if s, ok := subsectionSectors[sub]; ok {
		return s
	}
	return partnermatch.Nonprofit
}
