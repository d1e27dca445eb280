package hsds

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
)

// The organizations of testdata/json, in HSDS 3 JSON (nested as the
// HSDS API returns /organizations/{id}), worked out by reading them.
var (
	counselling = partnermatch.Organization{
		ID:      "hsds:d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
		Name:    "Example Counselling Centre",
		Sector:  partnermatch.Health, // its only service term is Mental Health
		Mission: "A non-profit providing counselling to residents of MyCity.",
		Offers: []string{"Community Counselling", "Mental Health",
			"Counselling services provided by trained professionals. Suitable for people with anxiety or depression."}, // the inactive service is left out
		Needs: []string{"Volunteers: Trained listeners are welcome to join our helpline."},
		// The location with valid coordinates (given as strings), with its
		// physical address rather than its postal one.
		Location: &partnermatch.Location{Lat: f(51.5072), Lon: f(-0.1276), Address: "1-30 Main Street, MyVillage",
			City: "MyCity", Region: "MyState", PostalCode: "ABC 1234", Country: "US"},
		URL:     "http://example.com",
		Email:   "email@example.com",
		Founded: 2011,
	}
	foodBank = partnermatch.Organization{
		ID:      "hsds:42", // a numeric id
		Name:    "Valley Food Bank",
		Sector:  partnermatch.Nonprofit,
		Mission: "Distributes groceries across the valley. Donations of canned food are always welcome.",
		Offers:  []string{"Grocery Distribution", "Weekly food parcels."},
		Needs:   []string{"Donations of canned food are always welcome."},
	}
)

func TestHSDS3JSON(t *testing.T) {
	tests := []struct {
		file     string
		lines    []int
		refusals []string
	}{
		{"orgs.json", []int{2, 106}, []string{
			`orgs.json:2: locations[0].latitude: "100" is not a latitude (-90..90); location "loc-bad" is kept without coordinates`,
			`orgs.json:118: name: is empty (organization "x-1")`,
			`orgs.json:123: services: not an HSDS organization: got a JSON object, want a list`,
		}},
		{"page.json", []int{6, 110}, []string{ // the lines where its "contents" start (checked with grep)
			`page.json:6: locations[0].latitude: "100" is not a latitude (-90..90); location "loc-bad" is kept without coordinates`,
		}},
		{"orgs.ndjson", []int{1, 4}, []string{
			`orgs.ndjson:1: locations[0].latitude: "100" is not a latitude (-90..90); location "loc-bad" is kept without coordinates`,
			`orgs.ndjson:2: not an HSDS organization: unexpected end of JSON input`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := readAll(t, "testdata/json/"+tt.file, Options{})
			if diff := cmp.Diff([]partnermatch.Organization{counselling, foodBank}, got.Orgs); diff != "" {
				t.Errorf("profiles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.lines, got.Lines); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.refusals, got.Refusals); diff != "" {
				t.Errorf("refusals (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHSDS3JSONSingleOrganization(t *testing.T) {
	got := readAll(t, "testdata/json/single.json", Options{})
	if diff := cmp.Diff([]partnermatch.Organization{foodBank}, got.Orgs); diff != "" {
		t.Errorf("profiles (-want +got):\n%s", diff)
	}
}

func TestHSDS3JSONPeople(t *testing.T) {
	got := byID(readAll(t, "testdata/json/orgs.json", Options{IncludePeople: true}).Orgs)
	if diff := cmp.Diff([]string{"hsds:person:1e7efce3", "hsds:person:c-2"}, got[counselling.ID].Partners); diff != "" {
		t.Errorf("partners (-want +got):\n%s", diff)
	}
	sam := partnermatch.Organization{
		ID: "hsds:person:c-2", Name: "Sam Helper", Sector: partnermatch.Individual,
		Mission:  "Counsellor at Example Counselling Centre", // a contact of the service
		Location: &partnermatch.Location{Lat: f(51.5072), Lon: f(-0.1276), City: "MyCity", Region: "MyState", Country: "US"},
		Partners: []string{counselling.ID},
	}
	if diff := cmp.Diff(sam, got["hsds:person:c-2"]); diff != "" {
		t.Errorf("service contact (-want +got):\n%s", diff)
	}
	if got["hsds:person:1e7efce3"].Email != "ann@example.com" {
		t.Errorf("organization contact: %+v", got["hsds:person:1e7efce3"])
	}
}

func TestHSDS3JSONSyntaxErrorStopsWithTheLine(t *testing.T) {
	path := t.TempDir() + "/broken.json"
	writeFile(t, path, "[\n{\"id\": \"a\", \"name\": \"A\"},\n{\"id\": \"b\", \"name\": }\n]\n")
	r, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if rec, err := r.Next(); err != nil || rec.Org.ID != "hsds:a" {
		t.Fatalf("first organization: %+v, %v", rec, err)
	}
	_, err = r.Next()
	if err == nil || !contains(err.Error(), "line 3: not well-formed JSON") {
		t.Errorf("Next after a syntax error = %v, want an error naming line 3", err)
	}
}
