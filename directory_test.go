package partnermatch_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
)

const good = `"id":"a","name":"A","sector":"nonprofit"`

func TestReaderRefusesBadLines(t *testing.T) {
	tests := []struct {
		name string
		line string
		want string
	}{
		{"malformed JSON", `{"id":"a",`, `town.jsonl:1: malformed JSON at byte 11: unexpected end of JSON input`},
		{"not an object", `["a"]`, `town.jsonl:1: a profile must be a JSON object, not array`},
		{"trailing garbage", `{` + good + `} x`, `town.jsonl:1: malformed JSON at byte 44: invalid character 'x' after top-level value`},
		{"missing id", `{"name":"A","sector":"nonprofit"}`, `town.jsonl:1: id: is required`},
		{"missing name", `{"id":"a","sector":"nonprofit"}`, `town.jsonl:1: name: is required`},
		{"blank name", `{"id":"a","name":"  ","sector":"nonprofit"}`, `town.jsonl:1: name: is required`},
		{"missing sector", `{"id":"a","name":"A"}`, `town.jsonl:1: sector: is required`},
		{"unknown sector", `{"id":"a","name":"A","sector":"charity"}`, `town.jsonl:1: sector: "charity" is not a sector (one of nonprofit, business, government, education, health, faith, community, individual)`},
		{"id with space", `{"id":"a b","name":"A","sector":"nonprofit"}`, `town.jsonl:1: id: "a b" is not an id (1-128 characters of A-Za-z0-9._:-)`},
		{"id too long", `{"id":"` + strings.Repeat("x", 129) + `","name":"A","sector":"nonprofit"}`, `town.jsonl:1: id: is longer than 128 characters`},
		{"id of wrong type", `{"id":7,"name":"A","sector":"nonprofit"}`, `town.jsonl:1: id: got number, want a string`},
		{"unknown field typo", `{` + good + `,"mision":"x"}`, `town.jsonl:1: mision: is not a field of the interchange format (did you mean "mission"?)`},
		{"unknown nested field", `{` + good + `,"location":{"lat":1,"lon":2,"citty":"K"}}`, `town.jsonl:1: location.citty: is not a field of the interchange format (did you mean "location.city"?)`},
		{"unknown field far from any", `{` + good + `,"colour":"red"}`, `town.jsonl:1: colour: is not a field of the interchange format`},
		{"latitude out of range", `{` + good + `,"location":{"lat":123.4,"lon":2}}`, `town.jsonl:1: location.lat: 123.4 is not a latitude (-90..90)`},
		{"longitude out of range", `{` + good + `,"location":{"lat":1,"lon":-200}}`, `town.jsonl:1: location.lon: -200 is not a longitude (-180..180)`},
		{"latitude as string", `{` + good + `,"location":{"lat":"44.2","lon":2}}`, `town.jsonl:1: location.lat: got string, want a number`},
		{"lat without lon", `{` + good + `,"location":{"lat":44.2}}`, `town.jsonl:1: location.lon: is required when location.lat is given`},
		{"location not an object", `{` + good + `,"location":"Kingston"}`, `town.jsonl:1: location: must be an object`},
		{"bad country", `{` + good + `,"location":{"country":"Canada"}}`, `town.jsonl:1: location.country: "Canada" is not an ISO 3166 alpha-2 country code (such as CA, US, GB)`},
		{"zero radius", `{` + good + `,"service_radius_km":0}`, `town.jsonl:1: service_radius_km: 0 is not a radius (more than 0, at most 20038 km)`},
		{"negative radius", `{` + good + `,"service_radius_km":-5}`, `town.jsonl:1: service_radius_km: -5 is not a radius (more than 0, at most 20038 km)`},
		{"radius as string", `{` + good + `,"service_radius_km":"10km"}`, `town.jsonl:1: service_radius_km: got string, want a number`},
		{"unknown language", `{` + good + `,"language":"english"}`, `town.jsonl:1: language: "english" is not an ISO 639-1 language code (such as en, fr, es)`},
		{"unknown two-letter language", `{` + good + `,"language":"xx"}`, `town.jsonl:1: language: "xx" is not an ISO 639-1 language code (such as en, fr, es)`},
		{"offers not a list", `{` + good + `,"offers":"bread"}`, `town.jsonl:1: offers: got string, want a list of strings`},
		{"offer of wrong type", `{` + good + `,"offers":["bread",3]}`, `town.jsonl:1: offers: got number, want a string`},
		{"empty need", `{` + good + `,"needs":["volunteers",""]}`, `town.jsonl:1: needs[1]: is empty`},
		{"bad partner id", `{` + good + `,"partners":["ok","not ok"]}`, `town.jsonl:1: partners[1]: "not ok" is not an id (1-128 characters of A-Za-z0-9._:-)`},
		{"avoids itself", `{` + good + `,"avoid":["a"]}`, `town.jsonl:1: avoid[0]: names the organization itself`},
		{"negative staff", `{` + good + `,"size":{"staff":-1}}`, `town.jsonl:1: size.staff: -1 is negative`},
		{"fractional staff", `{` + good + `,"size":{"staff":2.5}}`, `town.jsonl:1: size.staff: got number 2.5, want an integer`},
		{"unknown size field", `{` + good + `,"size":{"budget":5}}`, `town.jsonl:1: size.budget: is not a field of the interchange format`},
		{"bad email", `{` + good + `,"email":"nobody"}`, `town.jsonl:1: email: "nobody" is not an email address`},
		{"implausible founding", `{` + good + `,"founded":20}`, `town.jsonl:1: founded: 20 is not a plausible founding year`},
		{"founded as string", `{` + good + `,"founded":"1990"}`, `town.jsonl:1: founded: got string, want an integer`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := partnermatch.NewReader(strings.NewReader(tt.line+"\n"), "town.jsonl")
			rec, err := rd.Next()
			if err != nil {
				t.Fatalf("Next: %v", err)
			}
			if rec.Err == nil {
				t.Fatalf("line was accepted: %+v", rec.Org)
			}
			if diff := cmp.Diff(tt.want, rec.Err.Error()); diff != "" {
				t.Errorf("message (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReaderNumbersLinesAndSkipsBlankOnes(t *testing.T) {
	in := "{" + good + "}\n\n   \n{\"id\":\"b\"}\n{" + strings.Replace(good, `"a"`, `"c"`, 1) + "}"
	rd := partnermatch.NewReader(strings.NewReader(in), "d.jsonl")
	var got []string
	for {
		rec, err := rd.Next()
		if err != nil {
			break
		}
		if rec.Err != nil {
			got = append(got, rec.Err.Error())
		} else {
			got = append(got, rec.Org.ID)
		}
	}
	want := []string{"a", "d.jsonl:4: name: is required", "c"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
}

func TestReaderRefusesOverlongLineAndGoesOn(t *testing.T) {
	long := `{"id":"x","name":"` + strings.Repeat("y", partnermatch.MaxLineBytes) + `","sector":"nonprofit"}`
	in := long + "\n{" + good + "}\n"
	orgs, rep, err := partnermatch.ReadDirectory(strings.NewReader(in), "big.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(orgs) != 1 || orgs[0].ID != "a" {
		t.Errorf("orgs = %v, want just a", orgs)
	}
	want := []string{"big.jsonl:1: line is longer than 1048576 bytes"}
	var got []string
	for _, e := range rep.Refused {
		got = append(got, e.Error())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
}

func TestDuplicateIDLaterLineWins(t *testing.T) {
	in := `{"id":"a","name":"First","sector":"nonprofit"}
{"id":"b","name":"B","sector":"business"}
{"id":"a","name":"Second","sector":"nonprofit"}
`
	orgs, rep, err := partnermatch.ReadDirectory(strings.NewReader(in), "dup.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Second", "B"}, []string{orgs[0].Name, orgs[1].Name}); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
	want := []string{`dup.jsonl:3: id "a" was already given on line 1; this later line replaces it`}
	if diff := cmp.Diff(want, rep.Replaced); diff != "" {
		t.Errorf("notices (-want +got):\n%s", diff)
	}
}

func TestWriteThenReadGivesSameProfiles(t *testing.T) {
	lat, lon, radius, staff, budget := 44.2312, -76.486, 12.5, 0, 125000.0
	orgs := []partnermatch.Organization{
		{
			ID: "riverside-bakery", Name: "Riverside Bakery", Sector: partnermatch.Business,
			Mission: "A family bakery baking bread & pastries <from> local flour.",
			Values:  []string{"local sourcing"}, Goals: []string{"go-to bakery for events"},
			Offers: []string{"baked goods for events"}, Needs: []string{"steady weekday orders"},
			Location:        &partnermatch.Location{Lat: &lat, Lon: &lon, City: "Kingston", Region: "ON", PostalCode: "K7L 1A1", Country: "CA"},
			ServiceRadiusKM: &radius, Size: &partnermatch.Size{Staff: &staff, AnnualBudget: &budget},
			Partners: []string{"school-1"}, Avoid: []string{"rival"}, Language: "en",
			URL: "https://example.org", Email: "hi@example.org", Founded: 1987,
		},
		{ID: "école-x", Name: "Centre d'accueil", Sector: partnermatch.Community, Language: "fr", Mission: "Accueillir les nouveaux arrivants."},
		{ID: "min", Name: "Minimal", Sector: partnermatch.Individual},
	}
	orgs[1].ID = "ecole-x"
	var buf bytes.Buffer
	if err := partnermatch.WriteDirectory(&buf, orgs); err != nil {
		t.Fatal(err)
	}
	got, rep, err := partnermatch.ReadDirectory(&buf, "roundtrip.jsonl")
	if err != nil || len(rep.Refused) > 0 {
		t.Fatalf("read back: %v %v", err, rep.Refused)
	}
	if diff := cmp.Diff(orgs, got); diff != "" {
		t.Errorf("round trip (-wrote +read):\n%s", diff)
	}
}

func TestReaderAcceptsAByteOrderMark(t *testing.T) {
	in := "\xEF\xBB\xBF{" + good + "}\n"
	orgs, rep, err := partnermatch.ReadDirectory(strings.NewReader(in), "bom.jsonl")
	if err != nil || len(rep.Refused) > 0 || len(orgs) != 1 || orgs[0].ID != "a" {
		t.Errorf("orgs %v, refused %v, err %v", orgs, rep.Refused, err)
	}
}
