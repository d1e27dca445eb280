package hsds

import (
	"strings"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/sector"
)

// sector decides the organization's sector: what its name clearly says
// ("… Health Department" is government, "… Church" faith), else its legal
// status when that names a public body or a company, else the tree most of
// its services' taxonomy terms belong to (Health is health, Education is
// education), else nonprofit, the sector of most human-services
// directories' entries.
func (o *organization) sector() partnermatch.Sector {
	if s, ok := sector.FromName(o.Name); ok {
		return s
	}
	legal := strings.ToLower(o.LegalStatus)
	switch {
	case strings.Contains(legal, "government") || strings.Contains(legal, "public agency"):
		return partnermatch.Government
	case strings.Contains(legal, "for-profit") || strings.Contains(legal, "for profit") || legal == "llc" || strings.HasSuffix(legal, " llc"):
		return partnermatch.Business
	}
	counts := map[partnermatch.Sector]int{}
	total := 0
	for _, s := range o.Services {
		for _, t := range s.Terms {
			if t.Situation {
				continue
			}
			total++
			root := strings.ToLower(t.Root)
			switch {
			case strings.Contains(root, "health") || strings.Contains(root, "medical"):
				counts[partnermatch.Health]++
			case strings.Contains(root, "education") || strings.Contains(root, "school"):
				counts[partnermatch.Education]++
			}
		}
	}
	for _, s := range []partnermatch.Sector{partnermatch.Health, partnermatch.Education} {
		if total > 0 && 2*counts[s] > total {
			return s
		}
	}
	return partnermatch.Nonprofit
}
