package describe

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Shaped like the CHARMcare (iCarol) descriptions in ../shared/data.
const shelter = `OVERVIEW: Offers transitional housing for up to two years and provides support through community referrals, counseling and education.

DONATIONS: In need of clothing, household good and leisure equipment. 

VOLUNTEERS: Not needed at this time.`

const bar = `1) CIVIL PRO BONO & REDUCED FEE PLACEMENT:  Clients are referred to attorneys based on income and case type.

2) DOMESTIC VIOLENCE: Provides representation in domestic violence cases. Assistance dependent upon income and case type.

3) INCOME GUIDELINES: 200% of poverty.

VOLUNTEERS: High school/college interns needed to assist with services (non-paid)

Home visits: No                     `

func TestBlocks(t *testing.T) {
	got := Blocks(bar)
	want := []Block{
		{Num: 1, Head: "CIVIL PRO BONO & REDUCED FEE PLACEMENT", Body: "Clients are referred to attorneys based on income and case type."},
		{Num: 2, Head: "DOMESTIC VIOLENCE", Body: "Provides representation in domestic violence cases. Assistance dependent upon income and case type."},
		{Num: 3, Head: "INCOME GUIDELINES", Body: "200% of poverty."},
		{Head: "VOLUNTEERS", Body: "High school/college interns needed to assist with services (non-paid)"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Blocks (-want +got):\n%s", diff)
	}
}

func TestNeeds(t *testing.T) {
	tests := []struct {
		name, desc string
		want       []string
	}{
		{"donations wanted, volunteers not", shelter, []string{"Donations: In need of clothing, household good and leisure equipment."}},
		{"first paragraph only", bar, []string{"Volunteers: High school/college interns needed to assist with services (non-paid)"}},
		{"section that names its subject", "VOLUNTEERS: Adult volunteers are welcome.", []string{"Adult volunteers are welcome."}},
		{"numbered donations item", "1) FOOD PANTRY: Bags of groceries.\n\n2) DONATIONS: Accepts non-perishable food items.", []string{"Donations: Accepts non-perishable food items."}},
		{"prose", "Offers emergency food and clothing. Youth and adult volunteers are welcome. Trained volunteers provide rides.", []string{"Youth and adult volunteers are welcome."}},
		{"prose negative", "Volunteers are not needed. Donations are not accepted at this time.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Needs(tt.desc)); diff != "" {
				t.Errorf("Needs (-want +got):\n%s", diff)
			}
		})
	}
}

// The answers most often found in VOLUNTEERS sections of the CHARMcare
// export, each judged by reading it.
func TestAsks(t *testing.T) {
	no := []string{
		"Volunteers are not needed at this time.", "No volunteers needed.", "No volunteers needed at this time.",
		"Not needed at this time.", "Volunteers not needed.", "This program does not recruit volunteers.",
		"No volunteers are needed at this time.", "Utilizes church members only.", "This program does not use volunteers.",
		"No volunteer opportunities at this time.", "None needed at this time.", "Program does not use volunteers.",
		"A.A. members only.", "Does not use volunteers.", "Call for information.", "This program is not recruiting volunteers.",
		"Not currently recruiting volunteers.", "See separate listing for Baltimore County DSS, Volunteer Office.",
		"Call or visit web site for information.", "No volunteers are required at this time.", "This program does not accept volunteers.",
		"Volunteers are not being recruited at this time.", "Uses member volunteers only.",
		"Not in need of volunteers at this time.", "Please call Douglas Miller or E-mail at dmiller@umbc.edu", "Utilizes church volunteers.", "",
	}
	yes := []string{
		"Volunteers are needed.", "Adult volunteers are welcome.", "Volunteers ages 18 and older welcome.",
		"Various opportunities available for teens and adults.", "Accepts volunteers.", "Volunteers needed for various activities.",
		"Adults are needed to assist with paperwork and to greet and register patients.",
		"Volunteers, ages 18 and older, for administrative duties and to help support organizing efforts.",
		"Professional therapists are welcome to volunteer.", "In need of clothing, household good and leisure equipment.",
		"Accepts monetary donations.", "Accepts donations of new toys only.", "Clothing, food, toys, shoes, toiletries, coats and gloves are welcome.",
	}
	for _, s := range no {
		if Asks(s) {
			t.Errorf("Asks(%q) = true, want false", s)
		}
	}
	for _, s := range yes {
		if !Asks(s) {
			t.Errorf("Asks(%q) = false, want true", s)
		}
	}
}

func TestOffers(t *testing.T) {
	tests := []struct {
		name, desc string
		want       []string
	}{
		{"numbered items, details skipped", bar, []string{
			"Civil pro bono & reduced fee placement: Clients are referred to attorneys based on income and case type.",
			"Domestic violence: Provides representation in domestic violence cases. Assistance dependent upon income and case type.",
		}},
		{"overview", shelter, []string{"Offers transitional housing for up to two years and provides support through community referrals, counseling and education."}},
		{"plain prose", "Counselling services provided by trained professionals. Suitable for people with anxiety.", []string{"Counselling services provided by trained professionals. Suitable for people with anxiety."}},
		{"programs named after volunteers are offers", "1) RETIRED AND SENIOR VOLUNTEER PROGRAM: Places volunteers aged 55 and over.", []string{"Retired and senior volunteer program: Places volunteers aged 55 and over."}},
		{"items of a locations section are not offers", "OTHER LOCATIONS:\n1) Essex, 1338A Eastern Blvd.\n2) Towson, 1 Main St.", nil},
		{"contacts stripped", "1) FOOD PANTRY: Groceries monthly. Call 410-366-8550 ext. 208 or mail food@example.org.", []string{"Food pantry: Groceries monthly."}},
		{"items that are addresses", "1) DUNBAR HIGH SCHOOL #414: 601 N. Central Avenue, Baltimore, MD 21231. Call, Fax.\n2) BABER SCHOOL: 2001 Warwick Avenue. Call.\n3) SCREENINGS: Blood pressure checks at 12 schools.", []string{"Screenings: Blood pressure checks at 12 schools."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Offers(tt.desc)); diff != "" {
				t.Errorf("Offers (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOverview(t *testing.T) {
	if got, want := Overview("BUS LINES: 22\n\nOVERVIEW: Runs a food pantry.\n\nVOLUNTEERS: Welcome."), "Runs a food pantry."; got != want {
		t.Errorf("Overview = %q, want %q", got, want)
	}
	if got, want := Overview("Runs a food pantry.\nOpen daily.\n\nVOLUNTEERS: Welcome."), "Runs a food pantry. Open daily."; got != want {
		t.Errorf("Overview = %q, want %q", got, want)
	}
}

func TestProse(t *testing.T) {
	tests := []struct{ in, want string }{
		{shelter, "Offers transitional housing for up to two years and provides support through community referrals, counseling and education."},
		{bar, "Civil pro bono & reduced fee placement: Clients are referred to attorneys based on income and case type. Domestic violence: Provides representation in domestic violence cases. Assistance dependent upon income and case type."},
		{"Feeds families.\n\nBUS LINES: 22, 27\n\nSOUP KITCHEN: Hot meals daily.", "Feeds families. Soup kitchen: Hot meals daily."},
		{"Plain prose with no headings.", "Plain prose with no headings."},
	}
	for _, tt := range tests {
		if got := Prose(tt.in); got != tt.want {
			t.Errorf("Prose(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
