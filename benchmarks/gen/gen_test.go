package gen

import (
	"bufio"
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/partnermatch/partnermatch"
)

func generate(t *testing.T, cfg Config) ([]byte, Stats) {
	t.Helper()
	var buf bytes.Buffer
	st, err := Generate(&buf, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), st
}

func dataDir(t *testing.T) string {
	t.Helper()
	d := FindDataDir()
	if d == "" {
		t.Skip("../shared/data is absent: skipping the generator's real-data mode")
	}
	return d
}

// parseAll checks that every line is a valid profile in the interchange
// format and returns them.
func parseAll(t *testing.T, data []byte) []partnermatch.Organization {
	t.Helper()
	var orgs []partnermatch.Organization
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), partnermatch.MaxLineBytes)
	for line := 1; sc.Scan(); line++ {
		o, err := partnermatch.ParseOrganization(sc.Bytes())
		if err != nil {
			t.Fatalf("line %d does not parse: %v\n%s", line, err, sc.Text())
		}
		orgs = append(orgs, o)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return orgs
}

func TestSameSeedSameBytes(t *testing.T) {
	cfg := Config{N: 1500, Seed: 7}
	a, _ := generate(t, cfg)
	b, _ := generate(t, cfg)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs with the same seed wrote different bytes")
	}
	cfg.Seed = 8
	if c, _ := generate(t, cfg); bytes.Equal(a, c) {
		t.Fatal("different seeds wrote the same bytes")
	}
}

func TestSameSeedSameBytesWithData(t *testing.T) {
	cfg := Config{N: 1500, Seed: 7, DataDir: dataDir(t)}
	a, st := generate(t, cfg)
	b, _ := generate(t, cfg)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs with the same seed and data wrote different bytes")
	}
	if st.RealUsed == 0 || len(st.Sources) == 0 {
		t.Errorf("no real text used: %+v", st)
	}
}

func TestProfilesAreValidAndShaped(t *testing.T) {
	for _, tc := range []struct {
		name string
		dir  string
	}{{"built-in bank", ""}, {"with ../shared/data", FindDataDir()}} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name != "built-in bank" && tc.dir == "" {
				t.Skip("../shared/data is absent")
			}
			data, st := generate(t, Config{N: 2000, Seed: 1, DataDir: tc.dir})
			orgs := parseAll(t, data)
			if len(orgs) != 2000 || st.Orgs != 2000 {
				t.Fatalf("got %d organizations (stats %d), want 2000", len(orgs), st.Orgs)
			}
			ids := map[string]bool{}
			for _, o := range orgs {
				if ids[o.ID] {
					t.Fatalf("id %q given twice", o.ID)
				}
				ids[o.ID] = true
			}
			var missionOnly, fr, es, radii, radiiIn, links, near int
			byID := map[string]*partnermatch.Organization{}
			for i := range orgs {
				byID[orgs[i].ID] = &orgs[i]
			}
			for _, o := range orgs {
				if o.Mission != "" && len(o.Offers)+len(o.Needs)+len(o.Goals) == 0 {
					missionOnly++
				}
				switch o.Language {
				case "fr":
					fr++
				case "es":
					es++
				}
				if o.ServiceRadiusKM != nil {
					radii++
					if r := *o.ServiceRadiusKM; r >= 5 && r <= 50 {
						radiiIn++
					}
				}
				for _, id := range append(append([]string{}, o.Partners...), o.Avoid...) {
					p, ok := byID[id]
					if !ok {
						t.Fatalf("%s names %q, which is not in the directory", o.ID, id)
					}
					if d, ok := distance(&o, p); ok {
						links++
						if d < 60 {
							near++
						}
					}
				}
			}
			share := func(n int) float64 { return float64(n) / float64(len(orgs)) }
			check := func(what string, got, lo, hi float64) {
				if got < lo || got > hi {
					t.Errorf("%s: %.3f, want between %.2f and %.2f", what, got, lo, hi)
				}
			}
			check("mission-only share", share(missionOnly), 0.25, 0.35)
			check("French share", share(fr), 0.05, 0.11)
			check("Spanish share", share(es), 0.05, 0.11)
			check("radii between 5 and 50 km", float64(radiiIn)/float64(radii), 0.75, 1)
			check("partners and avoided within 60 km", float64(near)/float64(links), 0.8, 1)
		})
	}
}

func distance(a, b *partnermatch.Organization) (float64, bool) {
	lat1, lon1, ok1 := a.Point()
	lat2, lon2, ok2 := b.Point()
	if !ok1 || !ok2 {
		return 0, false
	}
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(h)), true
}

// extentKM2 is the area of the bounding box of the directory's positions.
func extentKM2(orgs []partnermatch.Organization) float64 {
	minLat, maxLat, minLon, maxLon := 90.0, -90.0, 180.0, -180.0
	for _, o := range orgs {
		if lat, lon, ok := o.Point(); ok {
			minLat, maxLat = math.Min(minLat, lat), math.Max(maxLat, lat)
			minLon, maxLon = math.Min(minLon, lon), math.Max(maxLon, lon)
		}
	}
	mid := (minLat + maxLat) / 2 * math.Pi / 180
	return (maxLat - minLat) * 111.32 * (maxLon - minLon) * 111.32 * math.Cos(mid)
}

func TestGeographies(t *testing.T) {
	small, st1 := generate(t, Config{N: 400, Seed: 3, PerTile: 100})
	large, st2 := generate(t, Config{N: 1600, Seed: 3, PerTile: 100})
	if st1.Tiles != 4 || st2.Tiles != 16 {
		t.Fatalf("fixed density: %d and %d tiles, want 4 and 16", st1.Tiles, st2.Tiles)
	}
	a, b := extentKM2(parseAll(t, small)), extentKM2(parseAll(t, large))
	if ratio := b / a; ratio < 2.5 || ratio > 6 {
		t.Errorf("fixed density: 4x the organizations cover %.1fx the area, want about 4x", ratio)
	}
	dense, st3 := generate(t, Config{N: 1600, Seed: 3, Geography: FixedArea, Tiles: 4})
	if st3.Tiles != 4 {
		t.Fatalf("fixed area: %d tiles, want 4", st3.Tiles)
	}
	if ratio := extentKM2(parseAll(t, dense)) / a; ratio < 0.7 || ratio > 1.4 {
		t.Errorf("fixed area: 4x the organizations cover %.1fx the area, want about 1x", ratio)
	}
}

func TestIRS(t *testing.T) {
	dir := dataDir(t)
	if len(IRSFiles(dir)) == 0 {
		t.Skip("../shared/data/irs-eo-bmf is absent")
	}
	cfg := Config{N: 1000, Seed: 5, Source: IRS, DataDir: dir, States: []string{"vt", "DE"}}
	a, st := generate(t, cfg)
	if b, _ := generate(t, cfg); !bytes.Equal(a, b) {
		t.Fatal("IRS mode: two runs with the same seed wrote different bytes")
	}
	orgs := parseAll(t, a)
	if len(orgs) != 1000 || st.Orgs != 1000 {
		t.Fatalf("got %d organizations, want 1000", len(orgs))
	}
	for _, o := range orgs {
		if !strings.HasPrefix(o.ID, "ein-") || o.Location == nil || o.Location.Country != "US" || len(o.Location.PostalCode) != 5 {
			t.Fatalf("%s: not an IRS profile with an address: %+v", o.ID, o.Location)
		}
		lat, lon, ok := o.Point()
		box, known := stateBoxes[o.Location.Region]
		if ok != known {
			t.Fatalf("%s in %s: position %v, state box %v", o.ID, o.Location.Region, ok, known)
		}
		if ok && (lat < box.minLat || lat > box.maxLat || lon < box.minLon || lon > box.maxLon) {
			t.Fatalf("%s: (%v, %v) is outside %s", o.ID, lat, lon, o.Location.Region)
		}
	}
	names, _ := generate(t, Config{N: 50, Seed: 5, Source: IRS, States: []string{"ri"}, DataDir: dir, IRSNamesOnly: true})
	for _, o := range parseAll(t, names) {
		if o.Mission != "" || len(o.Offers) > 0 || o.ServiceRadiusKM != nil {
			t.Fatalf("%s: names-only profile has drawn texts", o.ID)
		}
	}
}

func TestZipPointIsAFunctionOfTheZip(t *testing.T) {
	lat1, lon1, ok := zipPoint("VT", "05602", "010471151")
	lat2, lon2, _ := zipPoint("VT", "05602", "010471151")
	if !ok || lat1 != lat2 || lon1 != lon2 {
		t.Fatal("zipPoint is not deterministic")
	}
	other, _, _ := zipPoint("VT", "05602", "999999999")
	if math.Abs(other-lat1) > 0.1 {
		t.Errorf("two organizations of one ZIP are %.2f degrees apart", math.Abs(other-lat1))
	}
	if _, _, ok := zipPoint("ZZ", "12345", "1"); ok {
		t.Error("a state without a box got a position")
	}
}

func TestBankCoversThreeLanguages(t *testing.T) {
	b, err := parseBank(bankText)
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range b.themes {
		for _, k := range kinds {
			for i, g := range th.groups[k] {
				for li, l := range languages {
					if len(g.variants[li]) == 0 {
						t.Errorf("theme %s: %s group %d has no %s wording", th.name, k, i+1, l)
					}
				}
			}
		}
	}
	groups, wordings := PhraseCounts()
	if groups[kindOffer] < 60 || groups[kindNeed] < 60 || wordings["fr"] < 200 || wordings["es"] < 200 {
		t.Errorf("bank is small: groups %v, wordings %v", groups, wordings)
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"WINDSOR IMPROVEMENT CORPORATION": "Windsor Improvement Corporation",
		"FRIENDS OF THE LIBRARY INC":      "Friends of the Library Inc",
		"214 N 11TH AVE":                  "214 N 11th Ave",
		"YMCA OF THE USA":                 "YMCA of the USA",
		"Already Mixed Case":              "Already Mixed Case",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}
