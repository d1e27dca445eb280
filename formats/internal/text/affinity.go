package text

import "strings"

// NameAffinity says how much a location's name looks like its
// organization's main site: 1 for the same name, 0.5 when it starts with the
// organization's first two words ("Baltimore City Health Dept.,
// Administration" of the Baltimore City Health Department), plus 0.25 when
// it says it is the head office; else 0.
func NameAffinity(location, org string) float64 {
	l, o := Key(location), Key(org)
	if l == "" {
		return 0
	}
	if l == o {
		return 1
	}
	score := 0.0
	lw, ow := strings.Fields(l), strings.Fields(o)
	if len(lw) >= 2 && len(ow) >= 2 && lw[0] == ow[0] && lw[1] == ow[1] {
		score += 0.5
	}
	for _, w := range []string{"administration", "headquarters", "main office", "main campus", "central office", "head office"} {
		if strings.Contains(l, w) {
			score += 0.25
			break
		}
	}
	return score
}
