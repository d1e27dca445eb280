package hsds

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
)

// charmcare is the CHARMcare Baltimore export (Ohana/iCarol-style HSDS CSV
// without datapackage.json), relative to this package's directory.
const charmcare = "../../../shared/data/charmcare-baltimore"

// The figures below were counted in the export's files with a separate
// script, not taken from this importer's output: 748 rows in
// organizations.csv, 676 organizations with at least one located
// location, one service (144332, line 7662) with no location_id.
func TestCHARMcareBaltimore(t *testing.T) {
	if _, err := os.Stat(charmcare); err != nil {
		t.Skipf("real data not here (%v): the CHARMcare export is expected in ../shared/data/charmcare-baltimore", err)
	}
	got := readAll(t, charmcare, Options{})
	if len(got.Orgs) != 748 {
		t.Errorf("%d profiles, want 748 (one per row of organizations.csv)", len(got.Orgs))
	}
	wantRefusals := []string{`services.csv:7662: organization_id: service "144332" names neither an organization nor a location`}
	if diff := cmp.Diff(wantRefusals, got.Refusals); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
	located := 0
	for _, o := range got.Orgs {
		if _, _, ok := o.Point(); ok {
			located++
		}
		if o.Sector == partnermatch.Individual {
			t.Errorf("%s is an individual without IncludePeople", o.ID)
		}
	}
	if located != 676 {
		t.Errorf("%d profiles with coordinates, want 676", located)
	}
	orgs := byID(got.Orgs)

	// Organizations looked up in the export's files.
	sister := orgs["hsds:139776"]
	if sister.Name != "Sister to Sister House of New Beginnings" || sister.Sector != partnermatch.Nonprofit {
		t.Errorf("139776: %q (%s)", sister.Name, sister.Sector)
	}
	wantLoc := &partnermatch.Location{Lat: f(39.33704410000001), Lon: f(-76.68149319999999), Address: "4402 White Oak Ave",
		City: "Baltimore", Region: "MD", PostalCode: "21215", Country: "US"} // locations.csv id 1, addresses.csv id 1
	if diff := cmp.Diff(wantLoc, sister.Location); diff != "" {
		t.Errorf("139776 location (-want +got):\n%s", diff)
	}
	// Location 1: "DONATIONS: In need of clothing, household good and leisure
	// equipment." and "VOLUNTEERS: Not needed at this time."
	if diff := cmp.Diff([]string{"Donations: In need of clothing, household good and leisure equipment."}, sister.Needs); diff != "" {
		t.Errorf("139776 needs (-want +got):\n%s", diff)
	}
	if !has(sister.Offers, "Short-Term Housing") { // service 143903 -> taxonomy 46
		t.Errorf("139776 offers %q lack its taxonomy term Short-Term Housing", sister.Offers)
	}

	bar := orgs["hsds:138022"]
	if bar.URL != "http://mdlaw.net/harford" || bar.Location == nil || bar.Location.City != "Bel Air" {
		t.Errorf("138022: url %q, location %+v", bar.URL, bar.Location)
	}
	if !has(bar.Offers, "Civil pro bono & reduced fee placement: Clients are referred to attorneys based on income and case type.") {
		t.Errorf("138022 offers %q lack the first numbered service of service 140239", bar.Offers)
	}

	attorney := orgs["hsds:137787"]
	if attorney.Sector != partnermatch.Government {
		t.Errorf("137787 (a State's Attorney's Office) sector %s, want government", attorney.Sector)
	}
	if !has(attorney.Needs, "Volunteers: High school/college interns needed to assist with services (non-paid)") {
		t.Errorf("137787 needs %q", attorney.Needs)
	}

	// Its description ends "Youth and adult volunteers are welcome."; its only
	// location is a post-office box without coordinates.
	meeting := orgs["hsds:138188"]
	if !has(meeting.Needs, "Youth and adult volunteers are welcome.") {
		t.Errorf("138188 needs %q", meeting.Needs)
	}
	if _, _, ok := meeting.Point(); ok {
		t.Errorf("138188 has coordinates %+v; its location has none", meeting.Location)
	}

	if o := orgs["hsds:139824"]; o.Sector != partnermatch.Faith || o.Location == nil || o.Location.City != "Towson" {
		t.Errorf("139824 Towson United Methodist Church: %s, %+v", o.Sector, o.Location)
	}

	// Baltimore City Health Department: government; its administration office
	// (location 86, 210 Guilford Ave) rather than the animal shelter listed first.
	bchd := orgs["hsds:139131"]
	if bchd.Sector != partnermatch.Government || bchd.Location == nil || bchd.Location.Address != "210 Guilford Ave 3Rd Floor" {
		t.Errorf("139131: %s, %+v", bchd.Sector, bchd.Location)
	}
	if !has(bchd.Offers, "HIV/STD Prevention Program") {
		t.Errorf("139131 offers %q lack its service without the department's name", bchd.Offers)
	}
	if strings.Contains(bchd.Mission, "&#39;") {
		t.Errorf("139131 mission keeps an HTML entity: %q", bchd.Mission)
	}
}
