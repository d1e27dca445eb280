package match

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/partnermatch/partnermatch/index"
)

// Batches are written two at a time; an id in two of them still ends with
// its later line, in the index and in the store.
func TestImportLaterLineWinsAcrossBatches(t *testing.T) {
	ctx := context.Background()
	var b strings.Builder
	line := func(id, name string) {
		fmt.Fprintf(&b, `{"id":%q,"name":%q,"sector":"nonprofit","needs":["volunteers"],"location":{"lat":44.2,"lon":-76.5},"service_radius_km":%d}`+"\n", id, name, len(name))
	}
	n := 3*index.BatchSize + 10
	for i := range n {
		switch i {
		case 10, index.BatchSize + 10, 2*index.BatchSize + 10: // in the first, second and third batch
			line("twice", fmt.Sprint("line ", i))
		default:
			line(fmt.Sprint("o", i), "some organization")
		}
	}
	eng, err := Open(t.TempDir() + "/idx")
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	rep, err := eng.Import(ctx, strings.NewReader(b.String()), "d.jsonl", ImportOptions{})
	if err != nil || rep.Applied != n {
		t.Fatalf("applied %d of %d: %v", rep.Applied, n, err)
	}
	want := fmt.Sprint("line ", 2*index.BatchSize+10)
	org, err := eng.Get(ctx, "twice")
	if err != nil || org.Name != want {
		t.Errorf("index has %q, %v; want the later line %q", org.Name, err, want)
	}
	if m, ok := eng.store.get("twice"); !ok || m.radius != float64(len(want)) {
		t.Errorf("store has radius %v, want the later line's %d", m.radius, len(want))
	}
	if c, _ := eng.Count(); c != uint64(n-2) {
		t.Errorf("%d organizations, want %d", c, n-2)
	}
}
