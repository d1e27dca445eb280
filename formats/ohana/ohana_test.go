package ohana

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/sourcetest"
)

var f = sourcetest.F

func readAll(t *testing.T, path string, opts Options) sourcetest.Result {
	t.Helper()
	r, err := Open(path, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	defer r.Close()
	return sourcetest.ReadAll(t, r)
}

// The profiles of testdata/export, worked out by reading its three files.
var (
	pantry = partnermatch.Organization{
		ID:      "ohana:aaa000000000000000000001",
		Name:    "Peninsula Food Pantry",
		Sector:  partnermatch.Nonprofit, // human_services
		Mission: "Provides free groceries to families in need. Volunteers are needed to sort food on Saturdays. Donations of canned food are welcome.",
		Offers:  []string{"Food pantries", "Emergency Food"}, // its service's keywords, the capitals written as a sentence
		Needs:   []string{"Volunteers are needed to sort food on Saturdays.", "Donations of canned food are welcome."},
		Location: &partnermatch.Location{Lat: f(37.5210911), Lon: f(-122.2584729), // coordinates are [lon, lat]
			Address: "330 Twin Dolphin Drive", City: "Redwood City", Region: "CA", PostalCode: "94065", Country: "US"},
		URL:   "http://pantry.org",
		Email: "info@pantry.org", // not jsmith@, a person's
	}
	library = partnermatch.Organization{
		ID:      "ohana:aaa000000000000000000002",
		Name:    "Menlo Park Public Library",
		Sector:  partnermatch.Government, // libraries
		Mission: "Lends books, offers free wifi and meeting rooms.",
		Offers:  []string{"Homework Help", "Tutors help students with homework after school.", "Libraries", "Computer Access"},
		Location: &partnermatch.Location{Lat: f(37.45), Lon: f(-122.18),
			Address: "800 Alma St", City: "Menlo Park", Region: "CA", PostalCode: "94025", Country: "US"},
	}
	runners = partnermatch.Organization{
		ID:      "ohana:aaa000000000000000000003",
		Name:    "Bay Runners Club",
		Sector:  partnermatch.Community, // sports
		Mission: "Weekly group runs for all levels.",
		// Its coordinates [200, 37.4] are refused; the town of its mailing
		// address, without the post-office box or the attention line.
		Location: &partnermatch.Location{City: "Palo Alto", Region: "CA", PostalCode: "94301", Country: "US"},
	}
	market = partnermatch.Organization{
		ID:       "ohana:7", // no $oid: its numeric id
		Name:     "No Mongo Id Org",
		Sector:   partnermatch.Business, // farmers_markets
		Mission:  "A Saturday market of local farms.",
		Offers:   []string{"Vegetables", "Honey"}, // products
		Location: &partnermatch.Location{Lat: f(37.5), Lon: f(-122.3), Country: "US"},
	}
)

func TestOhanaExport(t *testing.T) {
	got := readAll(t, "testdata/export", Options{})
	if diff := cmp.Diff([]partnermatch.Organization{pantry, library, runners, market}, got.Orgs); diff != "" {
		t.Errorf("profiles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1, 2, 3, 7}, got.Lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	want := []string{
		`locations.json:4: coordinates: [200 37.4] is not [longitude, latitude] (-180..180, -90..90); location "Bay Runners Club" is kept without coordinates`,
		`locations.json:7: not JSON: unexpected end of JSON input`,
		`services.json:3: location_id: no location "999" in locations.json`,
		`organizations.json:4: kind: organization "API Sandbox" is a test record (its locations are of kind "test"), not a real organization`,
		`organizations.json:5: name: got JSON array, want string`,
		`organizations.json:6: name: is empty (organization ohana:aaa000000000000000000006)`,
		`locations.json:6: organization_id: no organization "99" in organizations.json`,
	}
	if diff := cmp.Diff(want, got.Refusals); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
}

func TestOhanaOpenFromAFile(t *testing.T) {
	if got := readAll(t, "testdata/export/locations.json", Options{}); len(got.Orgs) != 4 {
		t.Errorf("Open(locations.json): %d profiles, want the directory's 4", len(got.Orgs))
	}
	if _, err := Open("testdata", Options{}); err == nil {
		t.Error("Open of a directory without organizations.json: no error")
	}
}

func TestOhanaPeople(t *testing.T) {
	for _, o := range readAll(t, "testdata/export", Options{}).Orgs {
		if o.Sector == partnermatch.Individual || len(o.Partners) > 0 {
			t.Errorf("without IncludePeople: %s (%s) partners %v", o.ID, o.Sector, o.Partners)
		}
	}
	got := sourcetest.ByID(readAll(t, "testdata/export", Options{IncludePeople: true}).Orgs)
	jane := partnermatch.Organization{
		ID: "ohana:person:ccc1", Name: "Jane Smith", Sector: partnermatch.Individual,
		Mission:  "Director at Peninsula Food Pantry",
		Location: &partnermatch.Location{Lat: f(37.5210911), Lon: f(-122.2584729), City: "Redwood City", Region: "CA", Country: "US"},
		Partners: []string{pantry.ID},
	}
	if diff := cmp.Diff(jane, got[jane.ID]); diff != "" {
		t.Errorf("contact (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{jane.ID}, got[pantry.ID].Partners); diff != "" {
		t.Errorf("pantry partners (-want +got):\n%s", diff)
	}
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
