package ohana

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/sourcetest"
)

// smc is the San Mateo County Ohana export, relative to this package's
// directory.
const smc = "../../../shared/data/ohana-smc"

// Figures counted in the export's files with a separate script: 1,367
// organizations, of which 4 (ids 1344, 1345, 1366, 1367) have only
// locations of kind "test"; 1,111 of the others have a location with
// coordinates; no location or service points at a missing parent.
func TestOhanaSanMateo(t *testing.T) {
	if _, err := os.Stat(smc); err != nil {
		t.Skipf("real data not here (%v): the Ohana export is expected in ../shared/data/ohana-smc", err)
	}
	got := readAll(t, smc, Options{})
	if len(got.Orgs) != 1363 {
		t.Errorf("%d profiles, want 1363 (1367 organizations less 4 test records)", len(got.Orgs))
	}
	test := `: kind: organization %q is a test record (its locations are of kind "test"), not a real organization`
	want := []string{
		"organizations.json:1344" + sprintf(test, "SanMaceo Example Agency."),
		"organizations.json:1345" + sprintf(test, "API Sandbox"),
		"organizations.json:1366" + sprintf(test, "Admin Test Org"),
		"organizations.json:1367" + sprintf(test, "Testing org"),
	}
	if diff := cmp.Diff(want, got.Refusals); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
	located := 0
	for _, o := range got.Orgs {
		if _, _, ok := o.Point(); ok {
			located++
		}
	}
	if located != 1111 {
		t.Errorf("%d profiles with coordinates, want 1111", located)
	}
	orgs := sourcetest.ByID(got.Orgs)

	// Organization 1, its location 1 and service 1.
	bureau := orgs["ohana:521d32b81974fcdb2b000001"]
	wantBureau := partnermatch.Organization{
		ID:      "ohana:521d32b81974fcdb2b000001",
		Name:    "San Mateo County/Silicon Valley Convention and Visitors Bureau",
		Sector:  partnermatch.Nonprofit, // kind "other"
		Mission: "Offers information about the county's attractions and brochures and maps of cities in the county. Assists groups and individuals in booking sleeping rooms and meetings.",
		Offers:  []string{"Community services", "Travelers Assistance", "Tourist Information"},
		Location: &partnermatch.Location{Lat: f(37.5909749), Lon: f(-122.3486066), Address: "111 Anza Blvd., Suite 410",
			City: "Burlingame", Region: "CA", PostalCode: "94010", Country: "US"},
		URL:   "http://www.smccvb.com",
		Email: "info@smccvb.com",
	}
	if diff := cmp.Diff(wantBureau, bureau); diff != "" {
		t.Errorf("organization 1 (-want +got):\n%s", diff)
	}

	legal := orgs["ohana:521d32b91974fcdb2b000007"]
	if legal.Email != "" {
		t.Errorf("Legal Aid Society: email %q; its only address, jgoldstein@, is a person's", legal.Email)
	}
	if !sourcetest.Has(legal.Offers, "Legal Counseling") || legal.Location == nil || legal.Location.City != "Redwood City" {
		t.Errorf("Legal Aid Society: offers %q, location %+v", legal.Offers, legal.Location)
	}

	library := orgs["ohana:521d32c11974fcdb2b0001b7"]
	if library.Sector != partnermatch.Government || !sourcetest.Has(library.Offers, "Education services") {
		t.Errorf("Burlingame Public Library: %s, offers %q", library.Sector, library.Offers)
	}

	market := orgs["ohana:522dee224becffff27000001"]
	// No description: its kind and payments (WIC, SFMNP, SNAP) say what it is.
	if market.Sector != partnermatch.Business || !sourcetest.Has(market.Offers, "Baked Goods") || !sourcetest.Has(market.Offers, "Honey") ||
		market.Mission != "Farmers' market. Accepts WIC, SFMNP, SNAP." {
		t.Errorf("25th Avenue Farmers' Market: %s, %q, offers %q", market.Sector, market.Mission, market.Offers)
	}

	seniors := orgs["ohana:521d32ba1974fcdb2b00005d"]
	need := "Volunteer participation is needed in the areas of delivering Meals on Wheels, teaching, staffing the gift shop, food services, reception and in the SASH (Shopping Assistance for Seniors who are Homebound) program."
	if !sourcetest.Has(seniors.Needs, need) {
		t.Errorf("Pacifica Senior Services needs %q", seniors.Needs)
	}

	// 50 locations: 30 human_services, 11 government, 5 clinics, 4 other.
	if h := orgs["ohana:521d334e1974fcdb2b002175"]; h.Sector != partnermatch.Government || len(h.Offers) > MaxOffers {
		t.Errorf("San Mateo County Health System: %s, %d offers", h.Sector, len(h.Offers))
	}
}
