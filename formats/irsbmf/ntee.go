package irsbmf

import (
	_ "embed"
	"encoding/csv"
	"strings"
)

// nteeTable is the NTEE Core Codes table (see README.md for its source):
// the 26 major groups (one letter) and their codes (three characters).
//
//go:embed ntee.csv
var nteeTable string

var ntee = func() map[string]string {
	rows, err := csv.NewReader(strings.NewReader(nteeTable)).ReadAll()
	if err != nil {
		panic("irsbmf: ntee.csv: " + err.Error())
	}
	m := make(map[string]string, len(rows))
	for _, r := range rows[1:] {
		m[r[0]] = r[1]
	}
	return m
}()

// Category is what an NTEE code says about an organization.
type Category struct {
	Code       string // the code as given, upper case ("K31", "B71Z")
	Label      string // the label of its category ("Food Banks & Pantries"), "" when only the major group is known
	Major      string // the major group's letter ("K")
	MajorLabel string // the major group's label ("Food, Agriculture & Nutrition")
}

// NTEE looks up an NTEE code of the master file. The first three characters
// name the category (a fourth is a suffix of the NCCS or the IRS); a code
// missing from the table falls back to its decade ("B71" to "B70",
// Libraries) and then to its major group alone. It returns false for an
// empty or unknown code.
func NTEE(code string) (Category, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" {
		return Category{}, false
	}
	major, ok := ntee[code[:1]]
	if !ok {
		return Category{}, false
	}
	c := Category{Code: code, Major: code[:1], MajorLabel: major}
	if len(code) >= 3 {
		if l, ok := ntee[code[:3]]; ok {
			c.Label = l
		} else if l, ok := ntee[code[:2]+"0"]; ok {
			c.Label = l
		}
	}
	return c, true
}

// Phrase is the category as a phrase for a profile's mission: its label
// alone for a category of its own ("Food Banks & Pantries": the major
// group's words, "Food, Agriculture & Nutrition", would tell a matcher this
// is about farming), with the major group for the codes every group shares
// ("Alliances & Advocacy (Arts, Culture & Humanities)"), or the major group
// alone.
func (c Category) Phrase() string {
	if c.Label == "" || c.Label == c.MajorLabel {
		return c.MajorLabel
	}
	if len(c.Code) >= 3 && c.Code[1] < '2' { // common codes 01-19
		return c.Label + " (" + c.MajorLabel + ")"
	}
	return c.Label
}
