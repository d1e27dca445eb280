package csvmap

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/formats/internal/ident"
	"github.com/partnermatch/partnermatch/formats/internal/sourcetest"
)

var f = sourcetest.F

func readAll(t *testing.T, path, mapping string) sourcetest.Result {
	t.Helper()
	m, err := ParseMapping(mapping)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Open(path, m)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	defer r.Close()
	return sourcetest.ReadAll(t, r)
}

func mustID(prefix, raw string) string {
	id, err := ident.Make(prefix, raw)
	if err != nil {
		panic(err)
	}
	return id
}

const orgsMap = "id=EIN,name=NAME,sector=Type,mission=Description,lat=Latitude,lon=Longitude,offers=Services,needs=Needs,city=City,country=Country,email=Email,volunteers=Volunteers,founded=Founded"

func TestMappedCSV(t *testing.T) {
	twelve := 12
	want := []partnermatch.Organization{
		{ID: "111111111", Name: "Riverside Bakery", Sector: partnermatch.Business,
			Mission:  "A family bakery baking bread and pastries from local flour.",
			Offers:   []string{"baked goods for school events", "day-old bread donations"}, // split on ';'
			Needs:    []string{"local visibility", "steady weekday orders"},                // split on '|'
			Location: &partnermatch.Location{Lat: f(44.2312), Lon: f(-76.4860), City: "Kingston", Country: "CA"},
			Email:    "hello@riversidebakery.ca", Founded: 1987},
		{ID: "222222222", Name: "Kingston Public School", Sector: partnermatch.Education, // "School"
			Mission: "Teaches grades K-8.",
			Offers:  []string{"meeting space on weekday evenings"}, // Needs "NA" and Email "N/A" are empty
			Location: &partnermatch.Location{Lat: f(44.23), Lon: f(-76.49), City: "Kingston",
				Country: "CA"}, // "Canada"
			Size: &partnermatch.Size{Volunteers: &twelve}},
		{ID: mustID("", "FS 01"), Name: "Food Share", Sector: partnermatch.Nonprofit, // "charity"; "FS 01" is not an id as it is
			Mission:  "Collects surplus food and shares it.",    // its line break is a space
			Offers:   []string{"groceries", "volunteers' time"}, // the repeated "groceries" once
			Location: &partnermatch.Location{City: "Kingston", Country: "CA"},
			Founded:  2003},
		{ID: "111111111", Name: "Riverside Bakery & Cafe", Sector: partnermatch.Business, // the same id again: replaces the first when imported
			Mission:  "Now with a café.",
			Location: &partnermatch.Location{City: "Kingston", Country: "CA"}},
	}
	got := readAll(t, "testdata/orgs.csv", orgsMap)
	if diff := cmp.Diff(want, got.Orgs); diff != "" {
		t.Errorf("profiles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{2, 3, 4, 9}, got.Lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	wantRefusals := []string{
		`orgs.csv:6: Latitude: "north" is not a latitude (-90..90)`,
		`orgs.csv:7: Type: "alien" is not a sector (one of nonprofit, business, government, education, health, faith, community, individual, or a word such as charity, school, church, council)`,
		`orgs.csv:8: NAME: is empty: an organization needs a name`,
		`orgs.csv:10: EIN: is empty: the id column must give every row an id`,
	}
	if diff := cmp.Diff(wantRefusals, got.Refusals); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
}

// A Windows-1252 file without an id column, with NA for missing values, as
// registers export them.
func TestMappedCSVWindows1252WithoutIDs(t *testing.T) {
	want := []partnermatch.Organization{
		{ID: mustID(IDPrefix, "Café Together M33 7XX"), Name: "Café Together", Sector: partnermatch.Nonprofit,
			Mission:  "Runs a café – warm meals for older people",
			Location: &partnermatch.Location{PostalCode: "M33 7XX"}},
		{ID: mustID(IDPrefix, "St Mary’s Parish Church M33 6AB"), Name: "St Mary’s Parish Church", Sector: partnermatch.Faith, // from its name
			Location: &partnermatch.Location{PostalCode: "M33 6AB"}},
	}
	got := readAll(t, "testdata/charities-cp1252.csv", "name=charity_name,mission=charity_activities,postal_code=postcode")
	if diff := cmp.Diff(want, got.Orgs); diff != "" {
		t.Errorf("profiles (-want +got):\n%s", diff)
	}
	again := readAll(t, "testdata/charities-cp1252.csv", "name=charity_name,mission=charity_activities,postal_code=postcode")
	if again.Orgs[0].ID != got.Orgs[0].ID {
		t.Errorf("ids are not stable: %s then %s", got.Orgs[0].ID, again.Orgs[0].ID)
	}
}

func TestLongTextsAreCutNotRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.csv")
	long := strings.Repeat("Serves hot meals to seniors every weekday. ", 600) // 25,800 characters
	phrase := strings.Repeat("tutoring ", 150)                                 // 1,350 characters
	os.WriteFile(path, []byte(fmt.Sprintf("name,mission,offers\nLong Text Org,%s,%s\n", long, phrase)), 0o644)
	got := readAll(t, path, "name=name,mission=mission,offers=offers")
	if len(got.Orgs) != 1 {
		t.Fatalf("refused: %q", got.Refusals)
	}
	o := got.Orgs[0]
	if n := utf8.RuneCountInString(o.Mission); n > partnermatch.MaxTextLength || n < partnermatch.MaxTextLength-50 {
		t.Errorf("mission of %d runes, want just under %d", n, partnermatch.MaxTextLength)
	}
	if cut := strings.TrimSuffix(o.Mission, "…"); !strings.HasPrefix(long, cut) || isLetter(long[len(cut)]) {
		t.Errorf("mission not cut at a word boundary: …%q", o.Mission[len(o.Mission)-20:])
	}
	if n := utf8.RuneCountInString(o.Offers[0]); n > partnermatch.MaxPhraseLength || !strings.HasSuffix(o.Offers[0], "tutoring…") {
		t.Errorf("offer of %d runes ending %q", n, o.Offers[0][len(o.Offers[0])-12:])
	}
}

func TestParseMapping(t *testing.T) {
	m, err := ParseMapping(" id = EIN , name=Charity name, mission=What it does+How it works,latitude=Lat,lng=Lon ")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.String(), "id=EIN,lat=Lat,lon=Lon,mission=What it does+How it works,name=Charity name"; got != want {
		t.Errorf("ParseMapping(...).String() = %q, want %q", got, want)
	}
	for s, want := range map[string]string{
		"name=Name,colour=Colour":  `"colour" is not a field`,
		"mission=Description":      "name=Column is required",
		"name=Name,lat=Lat":        "give both lat= and lon=",
		"name=Name,name=Other":     "field name is given twice",
		"name":                     `"name" is not field=Column`,
		"name=Name,offers=A+":      "names an empty column",
		"name=Name,website=W,url=": "field url is given twice",
	} {
		if _, err := ParseMapping(s); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseMapping(%q) = %v, want an error containing %q", s, err, want)
		}
	}
}

func TestOpenChecksTheColumns(t *testing.T) {
	m, _ := ParseMapping("name=NAME,mission=Mission Statement")
	_, err := Open("testdata/orgs.csv", m)
	if err == nil || !strings.Contains(err.Error(), "mission=Mission Statement") || !strings.Contains(err.Error(), "Description") {
		t.Errorf("Open with a column the file lacks: %v", err)
	}
}

// Reading 200,000 rows holds no more memory than reading 10,000.
func TestStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 200,000 rows")
	}
	rows := sourcetest.Rows(200000)
	path := filepath.Join(t.TempDir(), "big.csv")
	file, _ := os.Create(path)
	w := bufio.NewWriter(file)
	fmt.Fprintln(w, "id,name,offers,lat,lon")
	for i := 0; i < rows; i++ {
		fmt.Fprintf(w, "org-%d,Organization %d,meals;rides;tutoring,%.4f,%.4f\n", i, i, 40+float64(i%1000)/1000, -75+float64(i%997)/1000)
	}
	w.Flush()
	file.Close()
	m, _ := ParseMapping("id=id,name=name,offers=offers,lat=lat,lon=lon")
	r, err := Open(path, m)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	growth, n := sourcetest.HeapGrowth(t, r, rows/20)
	t.Logf("heap growth over %d rows: %d KiB", n, growth>>10)
	if n != rows || growth > 2<<20 {
		t.Errorf("read %d rows; the heap grew by %d KiB: the reader keeps rows", n, growth>>10)
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
