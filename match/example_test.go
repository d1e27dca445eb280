package match_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/partnermatch/partnermatch/match"
)

// A bakery and a school a kilometre apart: each can give what the other
// needs, in other words than the other uses.
const bakeryAndSchool = `{"id":"bakery","name":"Riverside Bakery","sector":"business","offers":["bread and pastries for school fairs"],"needs":["steady weekday orders"],"location":{"lat":44.2312,"lon":-76.486}}
{"id":"school","name":"Maple Street Elementary","sector":"education","offers":["400 families who read our weekly newsletter"],"needs":["cookies and cakes for our spring fair"],"location":{"lat":44.2400,"lon":-76.486}}
`

func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "partnermatch-example-")
	defer os.RemoveAll(dir)

	eng, err := match.Open(dir + "/town.idx")
	if err != nil {
		panic(err)
	}
	defer eng.Close()
	rep, err := eng.Import(ctx, strings.NewReader(bakeryAndSchool), "town.jsonl", match.ImportOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.Applied, "applied,", rep.Refused, "refused")

	sugg, err := eng.Suggest(ctx, "bakery", match.Options{Limit: 3})
	if err != nil {
		panic(err)
	}
	for _, s := range sugg {
		fmt.Printf("%s, %.1f km\n", s.Name, *s.DistanceKM)
		for _, x := range s.Exchanges {
			fmt.Printf("  %s gives %q for %q\n", x.From, x.Offer, x.Need)
		}
	}
	// Output:
	// 2 applied, 0 refused
	// Maple Street Elementary, 1.0 km
	//   school gives "400 families who read our weekly newsletter" for "steady weekday orders"
	//   bakery gives "bread and pastries for school fairs" for "cookies and cakes for our spring fair"
}

func ExampleEngine_Explain() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "partnermatch-example-")
	defer os.RemoveAll(dir)
	eng, _ := match.Open(dir + "/town.idx")
	defer eng.Close()
	eng.Import(ctx, strings.NewReader(bakeryAndSchool), "town.jsonl", match.ImportOptions{})

	x, err := eng.Explain(ctx, "school", "bakery")
	if err != nil {
		panic(err)
	}
	fmt.Println("suggested:", x.Suggested)
	fmt.Println(x.Reasons[0])
	// Output:
	// suggested: true
	// Riverside Bakery can meet Maple Street Elementary's need "cookies and cakes for our spring fair" with "bread and pastries for school fairs" (both are about baked goods).
}

func ExampleEngine_Suggest_unknown() {
	dir, _ := os.MkdirTemp("", "partnermatch-example-")
	defer os.RemoveAll(dir)
	eng, _ := match.Open(dir + "/town.idx")
	defer eng.Close()
	_, err := eng.Suggest(context.Background(), "nobody", match.Options{})
	fmt.Println(err)
	// Output:
	// no organization with id "nobody"
}
