package hsds

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
)

// testdata/icarol is shaped like the CHARMcare export in ../shared/data: no
// datapackage.json, services attached to locations, a taxonomy whose
// parent_id is a code and service_categories.json. Expected profiles worked
// out by reading its tables.
func TestICarolStyleExport(t *testing.T) {
	want := []partnermatch.Organization{
		{
			ID: "hsds:101", Name: "Sister House", Sector: partnermatch.Nonprofit,
			Mission: "Offers supportive housing to homeless women.",
			Values:  []string{"Teens (13-19 years old)"}, // a "situation" term: whom it serves
			// The service named like the organization adds its term (whose parent
			// code 103 is Housing, not the term with id 103) and its overview.
			Offers: []string{"Short-Term Housing", "Offers transitional housing for up to two years."},
			Needs:  []string{"Donations: In need of clothing and household goods."},
			Location: &partnermatch.Location{Lat: f(39.3370441), Lon: f(-76.6814932), Address: "4402 White Oak Ave",
				City: "Baltimore", Region: "MD", PostalCode: "21215", Country: "US"},
			Email: "sisterhouse@example.org",
		},
		{
			ID: "hsds:102", Name: "Harbor County Health Department", Sector: partnermatch.Government,
			Mission: "Protects the health of county residents.",
			// "Harbor County Health Dept., HIV Testing" without the department's name;
			// "Harbor County Health Dept., Essex" is only a place; OTHER LOCATIONS are not offers.
			Offers: []string{"HIV Testing", "Medical Care", "HIV testing: Free, confidential testing.", "Outreach van."},
			Needs:  []string{"Adult volunteers are needed to greet clients."},
			Location: &partnermatch.Location{Lat: f(39.2904), Lon: f(-76.6122), Address: "620 N Caroline St", // the location with coordinates
				City: "Baltimore", Region: "MD", PostalCode: "21205", Country: "US"},
			URL:     "http://health.harbor.example.gov",
			Founded: 1990,
		},
		{
			ID: "hsds:103", Name: "Grace Church Pantry", Sector: partnermatch.Faith,
			Mission: "Runs a weekly food pantry. Youth and adult volunteers are welcome.",
			Needs:   []string{"Youth and adult volunteers are welcome."},
		},
		{
			ID: "hsds:104", Name: "Eastside Wellness Collective", Sector: partnermatch.Health, // 2 of its 3 service terms are under Health
			Mission: "Peer support for recovery.",
			// Service names and terms first, then what their descriptions say.
			Offers: []string{"Recovery Meetings", "Addiction & Recovery", "Medical Care", "Family Counseling", "Care",
				"Peer-led recovery meetings.", "Counseling for families."},
			Location: &partnermatch.Location{Lat: f(39.30), Lon: f(-76.60)},
		},
	}
	got := readAll(t, "testdata/icarol", Options{IncludePeople: true}) // it has no contacts table: no people
	if diff := cmp.Diff(want, got.Orgs); diff != "" {
		t.Errorf("profiles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{2, 3, 4, 5}, got.Lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	wantRefusals := []string{`services.csv:7: organization_id: service "204" names neither an organization nor a location`}
	if diff := cmp.Diff(wantRefusals, got.Refusals); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
}
