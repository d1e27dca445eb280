package hsds

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
)

// The profiles of testdata/hsds3, an HSDS 3 data package, worked out by
// reading its tables.
var (
	pantry = partnermatch.Organization{
		ID:      "hsds:org-1",
		Name:    "Riverside Food Pantry",
		Sector:  partnermatch.Nonprofit,
		Mission: "Feeds families in the Riverside neighborhood.", // without its DONATIONS and VOLUNTEERS sections
		Offers: []string{
			"Emergency Groceries", // the service's name
			"Food Pantries",       // its taxonomy term
			"Food boxes: Weekly boxes of groceries for families.", // numbered items, without "Call 613-555-0100 to register."
			"Baby pantry: Diapers and formula for infants.",
		},
		Needs: []string{
			"Donations: In need of canned goods and diapers.", // the DONATIONS section; VOLUNTEERS says none needed
			"Youth and adult volunteers are welcome.",         // a sentence of its physical location's description
		},
		Location: &partnermatch.Location{ // loc-1b: physical, with coordinates; not the postal box loc-1a
			Lat: f(44.2312), Lon: f(-76.4860), Address: "12 Water St, Unit 3", City: "Riverside",
			Region: "ON", PostalCode: "K7L 2B2", Country: "CA",
		},
		URL:     "http://riversidepantry.org",
		Email:   "info@riversidepantry.org",
		Founded: 1998,
	}
	parks = partnermatch.Organization{
		ID:      "hsds:org-2",
		Name:    "Riverside City Parks Department",
		Sector:  partnermatch.Government,
		Mission: "Runs the city's parks and community centers.",
		// The service named like the organization adds no name; the defunct one is left out.
		Offers: []string{"Rents picnic shelters and meeting rooms in community centers."},
		// Its longitude "abc" is refused; the location is kept without coordinates.
		Location: &partnermatch.Location{Address: "1 City Hall Sq", City: "Riverside", Region: "ON", PostalCode: "K7L 3C3", Country: "CA"},
		URL:      "http://riverside.gov/parks",
	}
	clinic = partnermatch.Organization{
		ID:       "hsds:org-3",
		Name:     "Hope Clinic",
		Sector:   partnermatch.Health,
		Mission:  "Primary care for uninsured adults.", // no description: its first service's
		Offers:   []string{"Walk-in Clinic", "Primary Care", "Primary care for uninsured adults."},
		Location: &partnermatch.Location{Lat: f(44.25), Lon: f(-76.5)},
		// year_incorporated 3031 is not a year: no founded.
	}
	pantryAgain = partnermatch.Organization{
		ID:       "hsds:org-1",
		Name:     "Riverside Food Pantry (renamed)",
		Sector:   partnermatch.Nonprofit,
		Mission:  "Feeds families in Riverside and Eastside.",
		Offers:   pantry.Offers,
		Needs:    []string{"Youth and adult volunteers are welcome."},
		Location: pantry.Location,
	}
)

func TestHSDS3DataPackage(t *testing.T) {
	got := readAll(t, "testdata/hsds3", Options{})
	if diff := cmp.Diff([]partnermatch.Organization{pantry, parks, clinic, pantryAgain}, got.Orgs); diff != "" {
		t.Errorf("profiles (-want +got):\n%s", diff)
	}
	// Rows numbered by the line where they start: org-1's description spans lines 2-6.
	if diff := cmp.Diff([]int{2, 7, 8, 11}, got.Lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	wantRefusals := []string{
		`locations.csv:4: longitude: "abc" is not a longitude (-180..180); location "loc-2" is kept without coordinates`,
		`addresses.csv:5: location_id: no location "loc-404" in the locations table`,
		`attributes.csv:4: taxonomy_term_id: no taxonomy term "t-missing"`,
		`organizations.csv:9: id: is empty: an organization needs an id`,
		`organizations.csv:10: name: is empty (organization "org-4")`,
		`locations.csv:6: organization_id: no organization "org-9" in organizations.csv`,
	}
	if diff := cmp.Diff(wantRefusals, got.Refusals); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
}

func TestOpenFindsThePackageFromAnyOfItsFiles(t *testing.T) {
	for _, p := range []string{"testdata/hsds3/datapackage.json", "testdata/hsds3/organizations.csv"} {
		if got := readAll(t, p, Options{}); len(got.Orgs) != 4 {
			t.Errorf("Open(%s): %d profiles, want 4", p, len(got.Orgs))
		}
	}
	if _, err := Open("testdata/hsds3/taxonomy_terms.txt", Options{}); err == nil {
		t.Error("Open of a file that is not HSDS: no error")
	}
}

func TestPeopleOnlyWhenAsked(t *testing.T) {
	for _, o := range readAll(t, "testdata/hsds3", Options{}).Orgs {
		if o.Sector == partnermatch.Individual || len(o.Partners) > 0 {
			t.Errorf("without IncludePeople: %s (%s) partners %v", o.ID, o.Sector, o.Partners)
		}
	}
	got := byID(readAll(t, "testdata/hsds3", Options{IncludePeople: true}).Orgs)
	ann := partnermatch.Organization{
		ID: "hsds:person:c-1", Name: "Ann Persona", Sector: partnermatch.Individual,
		Mission:  "Volunteer Coordinator at Riverside Food Pantry",
		Email:    "ann@riversidepantry.org",
		Location: &partnermatch.Location{Lat: f(44.2312), Lon: f(-76.4860), City: "Riverside", Region: "ON", Country: "CA"}, // no street address
		Partners: []string{"hsds:org-1"},
	}
	lee := partnermatch.Organization{
		ID: "hsds:person:c-2", Name: "Dr. Lee Chen", Sector: partnermatch.Individual,
		Mission:  "Medical Director (Clinic) at Hope Clinic", // found through the clinic's service
		Location: &partnermatch.Location{Lat: f(44.25), Lon: f(-76.5)},
		Partners: []string{"hsds:org-3"},
	}
	for _, want := range []partnermatch.Organization{ann, lee} {
		if diff := cmp.Diff(want, got[want.ID]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", want.ID, diff)
		}
	}
	if diff := cmp.Diff([]string{"hsds:person:c-1"}, got["hsds:org-1"].Partners); diff != "" {
		t.Errorf("the pantry's partners (-want +got):\n%s", diff)
	}
}
