package match

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
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

// Importing into an index that holds organizations already writes only
// the lines that change something, counts the others as unchanged, and an
// id given twice still ends with its later line, even when that line is
// what the index held before and the earlier one is not.
func TestImportAgainWritesOnlyWhatChanged(t *testing.T) {
	ctx := context.Background()
	n := 2*index.BatchSize + 10
	file := func(renamed string, twice ...int) string {
		var b strings.Builder
		for i := range n {
			id, name := fmt.Sprint("o", i), "some organization"
			switch {
			case i == 5:
				name = renamed
			case i == 10 && len(twice) > 1:
				id, name = "twice", "first"
			case i == twice[len(twice)-1]:
				id, name = "twice", "stored"
			}
			fmt.Fprintf(&b, `{"id":%q,"name":%q,"sector":"nonprofit","needs":["volunteers"],"location":{"lat":44.2,"lon":-76.5}}`+"\n", id, name)
		}
		return b.String()
	}
	eng, err := Open(t.TempDir() + "/idx")
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	first := file("some organization", 2*index.BatchSize+5)
	rep, err := eng.Import(ctx, strings.NewReader(first), "first.jsonl", ImportOptions{})
	if err != nil || rep.Applied != n || rep.Unchanged != 0 {
		t.Fatalf("first import: applied %d of %d, unchanged %d: %v", rep.Applied, n, rep.Unchanged, err)
	}
	gen, _ := eng.idx.Generation()

	rep, err = eng.Import(ctx, strings.NewReader(first), "first.jsonl", ImportOptions{})
	if err != nil || rep.Applied != n || rep.Unchanged != n {
		t.Fatalf("same file again: applied %d, unchanged %d, want %d and %d: %v", rep.Applied, rep.Unchanged, n, n, err)
	}
	if again, _ := eng.idx.Generation(); again != gen {
		t.Errorf("the same file again wrote to the index")
	}

	// o5 renamed; "twice" first as a new name (line 11), then as stored
	// (a later batch): the later line wins, so it must not be skipped.
	second := file("renamed", 10, 2*index.BatchSize+5)

	// The reader runs ahead of the writer; here it reads every batch
	// before any is written, which is when skipping the later "twice"
	// (equal to what the index holds now) would lose it.
	ahead := make(chan pending, 10)
	var aheadRep ImportReport
	src := partnermatch.NewReader(strings.NewReader(second), "second.jsonl")
	if err := eng.readBatches(ctx, src, "second.jsonl", true, &aheadRep, ahead); err != nil {
		t.Fatal(err)
	}
	close(ahead)
	var kept []string
	for b := range ahead {
		for _, o := range b.orgs {
			kept = append(kept, o.ID+" "+o.Name)
		}
	}
	if diff := cmp.Diff([]string{"o5 renamed", "twice first", "twice stored"}, kept); diff != "" {
		t.Errorf("lines read ahead to be written (-want +got):\n%s", diff)
	}

	rep, err = eng.Import(ctx, strings.NewReader(second), "second.jsonl", ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := n - 3; rep.Applied != n || rep.Unchanged != want {
		t.Errorf("second file: applied %d, unchanged %d; want %d and %d (all but o5 and both lines of twice)", rep.Applied, rep.Unchanged, n, want)
	}
	for id, want := range map[string]string{"o5": "renamed", "twice": "stored", "o6": "some organization"} {
		if org, err := eng.Get(ctx, id); err != nil || org.Name != want {
			t.Errorf("%s is %q (%v), want %q", id, org.Name, err, want)
		}
	}
	if c, _ := eng.Count(); c != uint64(n) { // o10 stays from the first file
		t.Errorf("%d organizations, want %d", c, n)
	}
}

// TestImportAgainKeepsEachProfileWithItsOrganization: a batch with an
// unchanged line among changed ones writes every other organization with
// its own analysed profile, so suggestions are those of before (a founding
// year is not scored).
func TestImportAgainKeepsEachProfileWithItsOrganization(t *testing.T) {
	eng := loaded(t, importTown(t), "snapshot")
	want := suggestAll(t, eng)
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	for i := range orgs {
		if i != 3 && i != 50 { // two lines the index holds as given
			orgs[i].Founded = 1000 + i // no organization of the town is that old
		}
	}
	var changed bytes.Buffer
	if err := partnermatch.WriteDirectory(&changed, orgs); err != nil {
		t.Fatal(err)
	}
	rep, err := eng.Import(context.Background(), &changed, "changed.jsonl", ImportOptions{})
	if err != nil || rep.Applied != len(orgs) || rep.Unchanged != 2 {
		t.Fatalf("applied %d, unchanged %d, want %d and 2: %v", rep.Applied, rep.Unchanged, len(orgs), err)
	}
	for _, o := range orgs {
		packed, err := eng.idx.Profile(context.Background(), o.ID)
		if err != nil {
			t.Fatal(err)
		}
		p, err := eng.lx.UnpackProfile(o.ID, packed)
		if err != nil || p.Org.Name != o.Name {
			t.Errorf("%s: the index's profile is of %q (%v)", o.ID, p.Org.Name, err)
		}
	}
	if diff := cmp.Diff(want, suggestAll(t, eng)); diff != "" {
		t.Errorf("suggestions after importing again (-before +after):\n%s", diff)
	}
}
