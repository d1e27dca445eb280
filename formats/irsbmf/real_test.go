package irsbmf

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/sourcetest"
)

// bmf holds the July 2020 master file extract for 26 states, relative to
// this package's directory.
const bmf = "../../../shared/data/irs-eo-bmf"

// Figures counted in the files with a separate script: eo_de.csv.gz has
// 7,483 rows, all 26 files 321,919; every row has a 9-digit EIN and a name;
// no EIN repeats.
func TestDelawareMasterFile(t *testing.T) {
	path := bmf + "/eo_de.csv.gz"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("real data not here (%v): the IRS master files are expected in ../shared/data/irs-eo-bmf", err)
	}
	got := readAll(t, path, Options{})
	if len(got.Orgs) != 7483 || len(got.Refusals) != 0 {
		t.Errorf("%d profiles and %d refusals (%q), want 7483 and none", len(got.Orgs), len(got.Refusals), first(got.Refusals))
	}
	orgs := sourcetest.ByID(got.Orgs)
	if len(orgs) != 7483 {
		t.Errorf("%d distinct ids, want 7483", len(orgs))
	}
	for _, o := range got.Orgs {
		if o.Sector == partnermatch.Individual {
			t.Fatalf("%s is an individual without IncludePeople", o.ID)
		}
	}
	// Rows looked up in the file.
	want := []partnermatch.Organization{
		{ID: "ein:010592853", Name: "COLLABORATIVE EFFORT TO REINFORCE TRANSITION SUCCESS INC", Sector: partnermatch.Education,
			Mission:  "Educational Services", // B90
			Location: &partnermatch.Location{Address: "52 READS WAY", City: "NEW CASTLE", Region: "DE", PostalCode: "19720-1649", Country: "US"},
			Size:     budget(1607279)},
		{ID: "ein:510064326", Name: "ST FRANCIS HOSPITAL INC", Sector: partnermatch.Health,
			Mission:  "General Hospitals", // E220
			Location: &partnermatch.Location{Address: "701 N CLAYTON ST", City: "WILMINGTON", Region: "DE", PostalCode: "19805-3165", Country: "US"},
			Size:     budget(174184271)},
	}
	for _, w := range want {
		if diff := cmp.Diff(w, orgs[w.ID]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", w.ID, diff)
		}
	}
	// No NTEE code; foundation code 10 (a church), 501(c)(3) classification 7000.
	if o := orgs["ein:020552325"]; o.Sector != partnermatch.Faith || o.Mission != "Religious organization" {
		t.Errorf("PRIORITY COMMUNICATIONS MINISTRIES INC: %s, %q", o.Sector, o.Mission)
	}
	// K31 with a revenue of 0: no budget.
	if o := orgs["ein:030383930"]; o.Mission != "Food Banks & Pantries" || o.Size != nil || o.Location.City != "FREDERICA" {
		t.Errorf("BLESSED GIVING: %q, size %+v, %+v", o.Mission, o.Size, o.Location)
	}
}

func TestAllMasterFiles(t *testing.T) {
	if testing.Short() || sourcetest.Race {
		t.Skip("reads 321,919 rows; skipped with -short and under the race detector")
	}
	if _, err := os.Stat(bmf); err != nil {
		t.Skipf("real data not here (%v): the IRS master files are expected in ../shared/data/irs-eo-bmf", err)
	}
	r, err := Open(bmf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got := sourcetest.ReadAll(t, r)
	if len(got.Orgs) != 321919 || len(got.Refusals) != 0 {
		t.Errorf("%d profiles and %d refusals (%q), want 321919 and none", len(got.Orgs), len(got.Refusals), first(got.Refusals))
	}
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}
