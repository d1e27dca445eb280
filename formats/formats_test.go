package formats_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch/formats"
	"github.com/partnermatch/partnermatch/formats/internal/sourcetest"
	"github.com/partnermatch/partnermatch/formats/irsbmf"
	"github.com/partnermatch/partnermatch/match"
)

func TestOpenEveryFormat(t *testing.T) {
	centroids, err := irsbmf.LoadCentroids("irsbmf/testdata/zips.csv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format, path string
		opts         formats.Options
		orgs         int
	}{
		{"hsds", "hsds/testdata/hsds3", formats.Options{}, 4},
		{"hsds", "hsds/testdata/json/orgs.json", formats.Options{}, 2},
		{"ohana", "ohana/testdata/export", formats.Options{}, 4},
		{"irs-bmf", "irsbmf/testdata/eo_xx.csv", formats.Options{ZipCentroids: centroids}, 9},
		{"csv", "csvmap/testdata/orgs.csv", formats.Options{ColumnMap: "id=EIN,name=NAME,sector=Type"}, 5}, // 3 of its 8 rows are refused
	}
	for _, tt := range tests {
		t.Run(tt.format+" "+filepath.Base(tt.path), func(t *testing.T) {
			src, err := formats.Open(tt.format, tt.path, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			defer src.Close()
			if got := sourcetest.ReadAll(t, src); len(got.Orgs) != tt.orgs {
				t.Errorf("%d profiles, want %d (refusals %q)", len(got.Orgs), tt.orgs, got.Refusals)
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	for _, tt := range []struct {
		format, path string
		opts         formats.Options
		want         string
	}{
		{"xml", "hsds/testdata/hsds3", formats.Options{}, `unknown format "xml"`},
		{"csv", "csvmap/testdata/orgs.csv", formats.Options{}, "needs --map"},
		{"csv", "csvmap/testdata/orgs.csv", formats.Options{ColumnMap: "title=NAME"}, `"title" is not a field`},
		{"irs-bmf", "hsds/testdata/hsds3/organizations.csv", formats.Options{}, "no EIN column"},
		{"ohana", "hsds/testdata/hsds3", formats.Options{}, "not an Ohana export"},
		{"hsds", "ohana/testdata/export", formats.Options{}, "no organizations.csv"},
	} {
		_, err := formats.Open(tt.format, tt.path, tt.opts)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Open(%s, %s) = %v, want an error containing %q", tt.format, tt.path, err, tt.want)
		}
	}
}

// An import through the engine: refused rows are reported with their file
// and row, a repeated EIN replaces the earlier row and is noted, and the
// index holds one profile per EIN.
func TestImportThroughTheEngine(t *testing.T) {
	eng, err := match.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	src, err := formats.Open("irs-bmf", "irsbmf/testdata/eo_xx.csv", formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	ctx := context.Background()
	rep, err := eng.ImportFrom(ctx, src, "eo_xx.csv", match.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Read != 11 || rep.Applied != 9 || rep.Refused != 2 {
		t.Errorf("read %d, applied %d, refused %d; want 11, 9, 2", rep.Read, rep.Applied, rep.Refused)
	}
	var refusals []string
	for _, r := range rep.Refusals {
		refusals = append(refusals, sourcetest.Refusal(r))
	}
	want := []string{
		`eo_xx.csv:8: EIN: "12AB" is not an employer identification number (9 digits)`,
		`eo_xx.csv:9: NAME: is empty (EIN 567890123)`,
	}
	if diff := cmp.Diff(want, refusals); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{`eo_xx.csv:10: id "ein:123456789" was already given on line 4; this later line replaces it`}, rep.Replaced); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	if n, _ := eng.Count(); n != 8 {
		t.Errorf("%d profiles in the index, want 8 distinct EINs", n)
	}
	got, err := eng.Get(ctx, "ein:123456789")
	if err != nil || got.Name != "DELMARVA FOOD BANK INC" {
		t.Errorf("ein:123456789 = %q, %v; want the later row, DELMARVA FOOD BANK INC", got.Name, err)
	}
}
