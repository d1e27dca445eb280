// Package sector guesses an organization's sector from the words of its
// name when a format has no better evidence, or only a coarse one.
package sector

import (
	"regexp"

	"github.com/partnermatch/partnermatch"
)

// Rules are tried in order; the first that matches decides. They are
// deliberately narrow: a name that matches none says nothing.
var rules = []struct {
	sector partnermatch.Sector
	re     *regexp.Regexp
}{
	// Places of care first: "Care Clinic at the University of Maryland" is
	// health before it is education.
	{partnermatch.Health, regexp.MustCompile(`(?i)\bhospitals?\b|\bclinics?\b|\bmedical (?:center|centre|system)\b|\bhealth (?:system|and hospital)\b`)},
	// Universities and colleges before public bodies: "Loyola College Dept.
	// of Speech" is education.
	{partnermatch.Education, regexp.MustCompile(`(?i)\buniversity\b|\bcollege\b`)},
	// Public bodies next: "Baltimore City Health Department" is government
	// before it is health, "Menlo Park Public Library" before education.
	{partnermatch.Government, regexp.MustCompile(`(?i)\bdep(?:ar)?t(?:ment)?\.?\s+of\b|\b(?:health|police|fire|sheriff'?s?|public works|parks(?: and|,| &) recreation|recreation|planning|housing|transportation|social services)\s+dep(?:ar)?t(?:ment)?\b|\b(?:city|county|town|village|state|commonwealth|borough|township) of\b|\boffice of (?:the )?\w|\bstate'?s attorney\b|\bdistrict attorney\b|\bsheriff\b|\bpolice\b|\bpublic (?:works|library|defender)\b|\bhousing authority\b|\btransit (?:district|authority)\b|\b(?:u\.?s\.?|united states|federal) (?:department|bureau|office|administration|agency|army|navy)\b|\bfederal bureau\b|\bsocial security administration\b|\bmayor'?s office\b|\bcity council\b|\bboard of (?:education|supervisors|health)\b|\bcommission(?:er)?s?\b|\bdepartment$`)},
	{partnermatch.Education, regexp.MustCompile(`(?i)\buniversity\b|\bcollege\b|\bschools?\b|\bacademy\b|\bhead start\b|\bmontessori\b|\bpreschool\b|\bkindergarten\b|\bschool district\b`)},
	{partnermatch.Health, regexp.MustCompile(`(?i)\bmedical (?:group|associates|services)\b|\bhealth (?:center|centre|services|care|clinic)\b|\bhealthcare\b|\bbehavioral health\b|\bmental health\b|\bdental\b|\bpharmacy\b|\bhospice\b|\bnursing (?:home|center)\b`)},
	{partnermatch.Faith, regexp.MustCompile(`(?i)\bchurch\b|\bparish\b|\bsynagogue\b|\bmosque\b|\bmasjid\b|\btemple\b|\bcathedral\b|\bchapel\b|\bministr(?:y|ies)\b|\bdiocese\b|\bcongregation\b|\bbaptist\b|\bmethodist\b|\blutheran\b|\bpresbyterian\b|\bepiscopal\b|\bpentecostal\b|\bgospel\b|\btabernacle\b`)},
}

// FromName returns the sector a name clearly says, and false when it says
// none. "Church Hill Tenants Association" would be read as faith: names are
// weak evidence, and importers prefer a format's own classification when it
// has a specific one.
func FromName(name string) (partnermatch.Sector, bool) {
	for _, r := range rules {
		if r.re.MatchString(name) {
			return r.sector, true
		}
	}
	return "", false
}
