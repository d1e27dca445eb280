package sector

import (
	"testing"

	"github.com/partnermatch/partnermatch"
)

// Names from the real directories in ../shared/data.
func TestFromName(t *testing.T) {
	tests := []struct {
		name string
		want partnermatch.Sector // "" when the name says nothing
	}{
		{"Baltimore City Health Department", partnermatch.Government},
		{"Maryland State Dept. of Education", partnermatch.Government},
		{"Carroll County State's Attorney's Office", partnermatch.Government},
		{"Menlo Park Community Services Department", partnermatch.Government},
		{"Burlingame Public Library", partnermatch.Government},
		{"San Mateo County Local Agency Formation Commission (LAFCO)", partnermatch.Government},
		{"Baltimore County Police Department", partnermatch.Government},
		{"Jean Weingarten Peninsula Oral School for the Deaf", partnermatch.Education},
		{"San Mateo County Community College District (SMCCCD)", partnermatch.Education},
		{"Temple University", partnermatch.Education},
		{"Health Care for the Homeless, Inc.", partnermatch.Health},
		{"Kaiser Permanente Medical Center", partnermatch.Health},
		{"North Peninsula Veterinary Emergency Clinic, Inc.", partnermatch.Health},
		{"St. Vincent de Paul Church", partnermatch.Faith},
		{"Agape Baptist Ministries", partnermatch.Faith},
		{"Care Clinic at the University of Maryland", partnermatch.Health},
		{"University of Maryland Medical System", partnermatch.Health},
		{"Johns Hopkins University School of Medicine", partnermatch.Education},
		{"Loyola College Dept. of Speech/Language Pathology", partnermatch.Education},
		{"St. Agnes Hospital", partnermatch.Health},
		{"Sister to Sister House of New Beginnings", ""},
		{"Legal Aid Society of San Mateo County", ""},
		{"San Mateo County Medical Association", ""},
		{"Meeting Ground, Inc.", ""},
	}
	for _, tt := range tests {
		got, ok := FromName(tt.name)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("FromName(%q) = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}
