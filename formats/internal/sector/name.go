// Package sector guesses an organization's sector from the words of its
// name when a format has no better evidence, or only a coarse one.
package sector

import (
	"strings"
	"unicode"

	"github.com/partnermatch/partnermatch"
)

// Rules are tried in order; the first with a phrase in the name decides.
// Phrases are whole words of the name, lower case, without punctuation
// ("Dept. of" is "dept of", "State's" is "states"). They are deliberately
// narrow: a name with none of them says nothing.
var rules = []struct {
	sector  partnermatch.Sector
	phrases []string
}{
	// Places of care first: "Care Clinic at the University of Maryland" is
	// health before it is education.
	{partnermatch.Health, words("hospital hospitals clinic clinics", "medical center", "medical centre", "medical system", "health system", "health and hospital")},
	// Universities and colleges before public bodies: "Loyola College Dept.
	// of Speech" is education.
	{partnermatch.Education, words("university college")},
	// Public bodies next: "Baltimore City Health Department" is government
	// before it is health, "Menlo Park Public Library" before education.
	{partnermatch.Government, append(words("police sheriff sheriffs commission commissions commissioner commissioners",
		"dept of", "department of", "city of", "county of", "town of", "village of", "state of", "commonwealth of",
		"borough of", "township of", "office of", "states attorney", "states attorneys", "state attorney", "district attorney", "district attorneys", "public works", "public library",
		"public defender", "housing authority", "transit district", "transit authority", "us department", "u s department",
		"us dept", "u s dept", "united states department", "federal bureau", "federal department", "federal agency",
		"social security administration", "mayors office", "city council", "board of education", "board of supervisors",
		"board of health"), departments()...)},
	{partnermatch.Education, words("school schools academy montessori preschool kindergarten", "head start")},
	{partnermatch.Health, words("healthcare dental pharmacy hospice", "medical group", "medical associates", "medical services",
		"health center", "health centre", "health services", "health care", "health clinic", "behavioral health", "mental health",
		"nursing home", "nursing center")},
	{partnermatch.Faith, words("church parish synagogue mosque masjid temple cathedral chapel ministry ministries diocese " +
		"congregation baptist methodist lutheran presbyterian episcopal pentecostal gospel tabernacle")},
}

// departments are "<service> department" and "<service> dept" for the
// services public bodies run.
func departments() []string {
	var out []string
	for _, s := range []string{"health", "police", "fire", "sheriffs", "public works", "parks and recreation", "parks recreation",
		"recreation", "planning", "housing", "transportation", "social services"} {
		out = append(out, s+" department", s+" dept")
	}
	return out
}

// words returns the space-separated words of the first argument and the
// other arguments as phrases.
func words(single string, phrases ...string) []string {
	return append(strings.Fields(single), phrases...)
}

// FromName returns the sector a name clearly says, and false when it says
// none. "Church Hill Tenants Association" would be read as faith: names are
// weak evidence, and importers prefer a format's own classification when it
// has a specific one.
func FromName(name string) (partnermatch.Sector, bool) {
	n := normalize(name)
	for _, r := range rules {
		for _, p := range r.phrases {
			if strings.Contains(n, " "+p+" ") {
				return r.sector, true
			}
		}
	}
	// A name ending in "Department" is a public body's ("Menlo Park
	// Community Services Department").
	if strings.HasSuffix(n, " department ") {
		return partnermatch.Government, true
	}
	return "", false
}

// normalize writes a name as " word word ": lower case, apostrophes
// dropped, every other character that is not a letter or a digit a space.
func normalize(name string) string {
	var b strings.Builder
	b.Grow(len(name) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range strings.ToLower(name) {
		switch {
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}
