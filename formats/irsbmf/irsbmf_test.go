package irsbmf

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
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

func budget(v float64) *partnermatch.Size { return &partnermatch.Size{AnnualBudget: &v} }

func loc(street, city, zip string) *partnermatch.Location {
	return &partnermatch.Location{Address: street, City: city, Region: "DE", PostalCode: zip, Country: "US"}
}

// The profiles of testdata/eo_xx.csv, worked out by reading its rows
// against ntee.csv and the subsection and foundation codes. A category's
// label is its mission without its major group (see Category.Phrase).
func fixtureProfiles() []partnermatch.Organization {
	return []partnermatch.Organization{
		{ID: "ein:010548657", Name: "KUEHNER BROTHERS FOUNDATION INC", Sector: partnermatch.Nonprofit,
			Mission:  "Private Grantmaking Foundations",                // T20
			Location: loc("501 SILVERSIDE RD", "WILMINGTON", "19809")}, // ZIP 19809-0000
		{ID: "ein:010561836", Name: "KREATIVE MINDS INC", Sector: partnermatch.Nonprofit,
			Mission:  "Arts & Culture",
			Location: loc("1432 S HANCOCK AVE", "DOVER", "19901-4058")}, // revenue 0: no budget
		{ID: "ein:123456789", Name: "DELMARVA FOOD BANK", Sector: partnermatch.Nonprofit,
			Mission:  "Food Banks & Pantries",
			Location: loc("12 MAIN ST", "NEW CASTLE", "19720"), Size: budget(250000)},
		{ID: "ein:234567890", Name: "GRACE FELLOWSHIP", Sector: partnermatch.Faith, // foundation code 10: a church
			Mission:  "Religious organization", // no NTEE: 501(c)(3) classification 7
			Location: loc("3 CHURCH RD", "DOVER", "19901")},
		{ID: "ein:345678901", Name: "CENTRAL DELAWARE CHAMBER OF COMMERCE", Sector: partnermatch.Business, // S41
			Mission:  "Chambers of Commerce & Business Leagues",
			Location: loc("9 E LOOCKERMAN ST", "DOVER", "19901-7320"), Size: budget(480000)},
		{ID: "ein:456789012", Name: "FRIENDS OF THE DOVER LIBRARY", Sector: partnermatch.Education, // EIN written 45-6789012
			Mission:  "Libraries", // B71Z: not in the table, its decade B70 is
			Location: loc("35 LOOCKERMAN PLZ", "DOVER", "19901")},
		{ID: "ein:123456789", Name: "DELMARVA FOOD BANK INC", Sector: partnermatch.Nonprofit, // the same EIN again: replaces the first when imported
			Mission:  "Food Banks & Pantries",
			Location: loc("14 MAIN ST", "NEW CASTLE", "19720"), Size: budget(260000)},
		{ID: "ein:678901234", Name: "ST PAULS FOOD MINISTRY", Sector: partnermatch.Faith, // a church (10) whatever its NTEE (P20)
			Mission:  "Human Services",
			Location: loc("20 KING ST", "MILFORD", "19963")},
		{ID: "ein:789012345", Name: "HOCKESSIN CIVIC ASSOCIATION", Sector: partnermatch.Community, // 501(c)(4)
			Mission:  "Civic league or social welfare organization",
			Location: &partnermatch.Location{City: "HOCKESSIN", Region: "DE", PostalCode: "19707", Country: "US"}},
	}
}

var fixtureRefusals = []string{
	`eo_xx.csv:8: EIN: "12AB" is not an employer identification number (9 digits)`,
	`eo_xx.csv:9: NAME: is empty (EIN 567890123)`,
}

func TestMasterFile(t *testing.T) {
	got := readAll(t, "testdata/eo_xx.csv", Options{})
	if diff := cmp.Diff(fixtureProfiles(), got.Orgs); diff != "" {
		t.Errorf("profiles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{2, 3, 4, 5, 6, 7, 10, 11, 12}, got.Lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(fixtureRefusals, got.Refusals); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
}

func TestZipCentroids(t *testing.T) {
	for _, table := range []string{"testdata/zips.csv", "testdata/gazetteer.txt"} {
		c, err := LoadCentroids(table)
		if err != nil {
			t.Fatalf("LoadCentroids(%s): %v", table, err)
		}
		if lat, lon, ok := c.Lookup("19901-4058"); !ok || lat != 39.1582 || lon != -75.5244 {
			t.Errorf("%s: Lookup(19901-4058) = %v, %v, %v", table, lat, lon, ok)
		}
	}
	gaz, _ := LoadCentroids("testdata/gazetteer.txt")
	if _, _, ok := gaz.Lookup("01234"); !ok {
		t.Error("the ZIP 1234 (leading zero lost) is not found as 01234")
	}

	c, _ := LoadCentroids("testdata/zips.csv")
	got := sourcetest.ByID(readAll(t, "testdata/eo_xx.csv", Options{Centroids: c}).Orgs)
	for id, want := range map[string][2]float64{
		"ein:010561836": {39.1582, -75.5244}, // 19901
		"ein:123456789": {39.6679, -75.5918}, // 19720
		"ein:678901234": {38.9126, -75.4280}, // 19963
	} {
		o := got[id]
		if lat, lon, ok := o.Point(); !ok || lat != want[0] || lon != want[1] {
			t.Errorf("%s at %v, %v (%v), want %v", id, lat, lon, ok, want)
		}
	}
	for _, id := range []string{"ein:010548657", "ein:789012345"} { // 19809 and 19707 are not in the table
		if o := got[id]; o.Location != nil && o.Location.Lat != nil {
			t.Errorf("%s has coordinates though its ZIP is not in the table", id)
		}
	}
}

func TestLoadCentroidsErrors(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"nocols.csv":  "a,b,c\n1,2,3\n",
		"badlat.csv":  "zip,lat,lon\n19901,north,-75.5\n",
		"badzip.csv":  "zip,lat,lon\nDOVER,39.1,-75.5\n",
		"noheader.gz": "",
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		if _, err := LoadCentroids(p); err == nil {
			t.Errorf("LoadCentroids(%s): no error", name)
		}
	}
}

func TestPeopleOnlyWhenAsked(t *testing.T) {
	for _, o := range readAll(t, "testdata/eo_xx.csv", Options{}).Orgs {
		if o.Sector == partnermatch.Individual || len(o.Partners) > 0 {
			t.Errorf("without IncludePeople: %s (%s) partners %v", o.ID, o.Sector, o.Partners)
		}
	}
	got := readAll(t, "testdata/eo_xx.csv", Options{IncludePeople: true})
	var people []partnermatch.Organization
	for _, o := range got.Orgs {
		if o.Sector == partnermatch.Individual {
			people = append(people, o)
		}
	}
	dover := &partnermatch.Location{City: "DOVER", Region: "DE", Country: "US"}
	want := []partnermatch.Organization{
		{ID: "ein:010561836:ico", Name: "Brock Davis", Sector: partnermatch.Individual, // "% BROCK DAVIS"
			Mission:  "Contact of KREATIVE MINDS INC (its in-care-of name in the IRS master file)",
			Location: dover, Partners: []string{"ein:010561836"}},
		{ID: "ein:123456789:ico", Name: "Jane Q Public", Sector: partnermatch.Individual, // "% JANE Q PUBLIC TREAS"
			Mission:  "Treasurer of DELMARVA FOOD BANK (its in-care-of name in the IRS master file)",
			Location: &partnermatch.Location{City: "NEW CASTLE", Region: "DE", Country: "US"}, Partners: []string{"ein:123456789"}},
		{ID: "ein:678901234:ico", Name: "Mary-Ann O'Neil", Sector: partnermatch.Individual, // "% REV DR MARY-ANN O'NEIL"
			Mission:  "Contact of ST PAULS FOOD MINISTRY (its in-care-of name in the IRS master file)",
			Location: &partnermatch.Location{City: "MILFORD", Region: "DE", Country: "US"}, Partners: []string{"ein:678901234"}},
	}
	// "% FOUNDATION SOURCE" and "% WILMINGTON TRUST CO" are not people.
	if diff := cmp.Diff(want, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// A directory is read file by file in name order, gzip-compressed or not.
func TestDirectoryOfFiles(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("testdata/eo_xx.csv")
	if err != nil {
		t.Fatal(err)
	}
	out, _ := os.Create(filepath.Join(dir, "eo_aa.csv.gz"))
	zw := gzip.NewWriter(out)
	zw.Write(data)
	zw.Close()
	out.Close()
	os.WriteFile(filepath.Join(dir, "eo_bb.csv"), []byte("EIN,NAME,STATE,ZIP,NTEE_CD\n000000001,TINY CLUB,DE,19901,N50\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not read"), 0o644)

	got := readAll(t, dir, Options{})
	if len(got.Orgs) != 10 || got.Orgs[9].ID != "ein:000000001" || got.Orgs[9].Sector != partnermatch.Community {
		t.Fatalf("%d profiles, last %+v", len(got.Orgs), got.Orgs[len(got.Orgs)-1])
	}
	if diff := cmp.Diff(fixtureProfiles(), got.Orgs[:9]); diff != "" {
		t.Errorf("the gzip file's profiles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{
		`eo_aa.csv.gz:8: EIN: "12AB" is not an employer identification number (9 digits)`,
		`eo_aa.csv.gz:9: NAME: is empty (EIN 567890123)`,
	}, got.Refusals); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
}

func TestNotAMasterFile(t *testing.T) {
	if _, err := Open("testdata/zips.csv", Options{}); err == nil {
		t.Error("Open of a file without EIN and NAME columns: no error")
	}
}

func TestNTEE(t *testing.T) {
	tests := []struct {
		code string
		want Category
		ok   bool
	}{
		{"K31", Category{Code: "K31", Label: "Food Banks & Pantries", Major: "K", MajorLabel: "Food, Agriculture & Nutrition"}, true},
		{"x20", Category{Code: "X20", Label: "Christianity", Major: "X", MajorLabel: "Religion-Related"}, true},
		{"B71Z", Category{Code: "B71Z", Label: "Libraries", Major: "B", MajorLabel: "Education"}, true}, // via B70
		{"A01", Category{Code: "A01", Label: "Alliances & Advocacy", Major: "A", MajorLabel: "Arts, Culture & Humanities"}, true},
		{"E", Category{Code: "E", Major: "E", MajorLabel: "Health Care"}, true},
		{"", Category{}, false},
		{"9XX", Category{}, false},
	}
	for _, tt := range tests {
		got, ok := NTEE(tt.code)
		if ok != tt.ok || got != tt.want {
			t.Errorf("NTEE(%q) = %+v, %v; want %+v, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
	for code, want := range map[string]string{
		"K31": "Food Banks & Pantries",
		"A01": "Alliances & Advocacy (Arts, Culture & Humanities)", // a common code needs its group
		"P20": "Human Services",
		"E":   "Health Care",
	} {
		c, _ := NTEE(code)
		if got := c.Phrase(); got != want {
			t.Errorf("NTEE(%q).Phrase() = %q, want %q", code, got, want)
		}
	}
	// The table: 26 major groups, 7 common codes in 25 of them, 445 categories.
	if n := len(ntee); n != 26+25*7+445 {
		t.Errorf("ntee.csv has %d codes, want %d", n, 26+25*7+445)
	}
}

// Reading 200,000 rows holds no more memory than reading 10,000.
func TestStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 200,000 rows")
	}
	rows := sourcetest.Rows(200000)
	path := filepath.Join(t.TempDir(), "eo_big.csv")
	file, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(file)
	fmt.Fprintln(w, "EIN,NAME,ICO,STREET,CITY,STATE,ZIP,SUBSECTION,CLASSIFICATION,FOUNDATION,REVENUE_AMT,NTEE_CD")
	for i := 0; i < rows; i++ {
		fmt.Fprintf(w, "%09d,ORGANIZATION NUMBER %d OF A LARGE STATE,%% SOMEONE,%d MAIN ST,DOVER,DE,19901-0000,03,1000,15,%d,P20\n", i+1, i, i, i*10)
	}
	w.Flush()
	file.Close()
	r, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	growth, n := sourcetest.HeapGrowth(t, r, rows/20)
	if n != rows {
		t.Fatalf("read %d records, want 200000", n)
	}
	t.Logf("heap growth over %d rows: %d KiB", n, growth>>10)
	if growth > 2<<20 {
		t.Errorf("the heap grew by %d KiB from the first measure to the last row: the reader keeps rows", growth>>10)
	}
}
