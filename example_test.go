package partnermatch_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/partnermatch/partnermatch"
)

func ExampleReadDirectory() {
	file := `{"id":"riverside-bakery","name":"Riverside Bakery","sector":"business","offers":["baked goods for events"]}
{"id":"kingston-school","name":"Kingston Public School","sector":"education","location":{"lat":123.4,"lon":-76.5}}
{"id":"food-bank","name":"Food Bank","sector":"charity"}
`
	orgs, rep, err := partnermatch.ReadDirectory(strings.NewReader(file), "town.jsonl")
	if err != nil {
		panic(err)
	}
	for _, o := range orgs {
		fmt.Println("read", o.ID)
	}
	for _, r := range rep.Refused {
		fmt.Println(r)
	}
	// Output:
	// read riverside-bakery
	// town.jsonl:2: location.lat: 123.4 is not a latitude (-90..90)
	// town.jsonl:3: sector: "charity" is not a sector (one of nonprofit, business, government, education, health, faith, community, individual)
}

func ExampleParseOrganization() {
	_, err := partnermatch.ParseOrganization([]byte(`{"id":"a","name":"A","sector":"nonprofit","mision":"typo"}`))
	fmt.Println(err)
	fmt.Println("field:", partnermatch.ErrorField(err), "code:", partnermatch.ErrorCode(err))
	// Output:
	// mision: is not a field of the interchange format (did you mean "mission"?)
	// field: mision code: invalid
}

func ExampleWriteDirectory() {
	lat, lon := 44.2312, -76.486
	orgs := []partnermatch.Organization{{
		ID: "riverside-bakery", Name: "Riverside Bakery", Sector: partnermatch.Business,
		Needs:    []string{"steady weekday orders"},
		Location: &partnermatch.Location{Lat: &lat, Lon: &lon},
	}}
	if err := partnermatch.WriteDirectory(os.Stdout, orgs); err != nil {
		panic(err)
	}
	// Output:
	// {"id":"riverside-bakery","name":"Riverside Bakery","sector":"business","needs":["steady weekday orders"],"location":{"lat":44.2312,"lon":-76.486}}
}
