package index_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/index"
)

const directory = `{"id":"bakery","name":"Riverside Bakery","sector":"business","mission":"Bread from local flour.","offers":["baked goods for events"],"needs":["weekday orders"],"location":{"lat":44.2312,"lon":-76.486,"city":"Kingston","country":"CA"},"service_radius_km":12.5,"size":{"staff":6,"annual_budget":250000},"partners":["school"],"language":"en","founded":1987}
{"id":"ecole","name":"École des Rivières","sector":"education","mission":"Une école primaire francophone.","needs":["bénévoles pour l'aide aux devoirs"],"language":"fr","location":{"lat":44.24,"lon":-76.49}}
{"id":"escuela","name":"Centro Cultural Latino","sector":"community","offers":["clases de baile para niños"],"language":"es"}
`

func read(t *testing.T) []partnermatch.Organization {
	t.Helper()
	orgs, rep, err := partnermatch.ReadDirectory(strings.NewReader(directory), "d.jsonl")
	if err != nil || len(rep.Refused) > 0 {
		t.Fatalf("%v %v", err, rep.Refused)
	}
	return orgs
}

func all(t *testing.T, x *index.Index) []partnermatch.Organization {
	t.Helper()
	var got []partnermatch.Organization
	if err := x.Each(context.Background(), func(o partnermatch.Organization) error {
		got = append(got, o)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestCloseAndReopenGivesSameProfiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir() + "/idx"
	orgs := read(t)
	x, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Put(ctx, orgs); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	x, err = index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	// Each returns id order: bakery, ecole, escuela, which is file order.
	if diff := cmp.Diff(orgs, all(t, x)); diff != "" {
		t.Errorf("after reopen (-put +got):\n%s", diff)
	}
	n, err := x.Count()
	if err != nil || n != 3 {
		t.Errorf("Count = %d, %v; want 3", n, err)
	}
}

func TestPutReplacesAndDeleteRemoves(t *testing.T) {
	ctx := context.Background()
	x := openTemp(t)
	orgs := read(t)
	if err := x.Put(ctx, orgs); err != nil {
		t.Fatal(err)
	}
	changed := orgs[0]
	changed.Name = "Riverside Bakery & Café"
	if err := x.Put(ctx, []partnermatch.Organization{changed}); err != nil {
		t.Fatal(err)
	}
	got, err := x.Get(ctx, "bakery")
	if err != nil || got.Name != changed.Name {
		t.Errorf("after replace: %q, %v", got.Name, err)
	}
	if err := x.Delete(ctx, "ecole"); err != nil {
		t.Fatal(err)
	}
	_, err = x.Get(ctx, "ecole")
	if partnermatch.ErrorCode(err) != partnermatch.ENOTFOUND {
		t.Errorf("deleted id: err = %v, want not_found", err)
	}
	if n, _ := x.Count(); n != 2 {
		t.Errorf("Count = %d after one delete of three, want 2", n)
	}
}

func TestPutRefusesInvalidBatchWhole(t *testing.T) {
	ctx := context.Background()
	x := openTemp(t)
	orgs := read(t)
	orgs[1].Sector = "charity"
	if err := x.Put(ctx, orgs); err == nil {
		t.Fatal("an invalid profile was accepted")
	}
	if n, _ := x.Count(); n != 0 {
		t.Errorf("a refused batch wrote %d profiles", n)
	}
}

func TestOpenRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := writeFile(dir+"/notes.txt", "mine"); err != nil {
		t.Fatal(err)
	}
	if _, err := index.Open(dir); err == nil || !strings.Contains(err.Error(), "is not a partnermatch index") {
		t.Errorf("err = %v, want a refusal to write into a foreign directory", err)
	}
}

func TestTextIsAnalysedInEachProfilesLanguage(t *testing.T) {
	ctx := context.Background()
	x := openTemp(t)
	if err := x.Put(ctx, read(t)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, lang string
		want       []string
	}{
		{"bénévole", "fr", []string{"ecole"}},       // French stem of bénévoles
		{"niño", "es", []string{"escuela"}},         // Spanish stem of niños
		{"baking events", "en", []string{"bakery"}}, // English stems of baked, event
	}
	for _, tt := range tests {
		got, _, err := x.Search(ctx, tt.text, tt.lang, "", 0, 0, 0, false, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("search %q (%s) (-want +got):\n%s", tt.text, tt.lang, diff)
		}
	}
}

// openTemp opens a fresh index in a temporary folder, closed at the end of
// the test.
func openTemp(t *testing.T) *index.Index {
	t.Helper()
	x, err := index.Open(t.TempDir() + "/idx")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

func TestGenerationChangesWithEveryWrite(t *testing.T) {
	ctx := context.Background()
	x := openTemp(t)
	gen := func() string {
		t.Helper()
		g, err := x.Generation()
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	seen := map[string]bool{gen(): true}
	step := func(what string, write func() error, changes bool) {
		t.Helper()
		if err := write(); err != nil {
			t.Fatal(err)
		}
		g := gen()
		if changes && seen[g] {
			t.Errorf("%s: generation %q seen before", what, g)
		}
		if !changes && !seen[g] {
			t.Errorf("%s changed the generation to %q", what, g)
		}
		seen[g] = true
	}
	orgs := read(t)
	step("Put", func() error { return x.Put(ctx, orgs) }, true)
	step("Put again", func() error { return x.Put(ctx, orgs[:1]) }, true)
	step("Delete", func() error { return x.Delete(ctx, "ecole") }, true)
	step("SetMeta", func() error { return x.SetMeta("note", []byte("x")) }, false)
	step("Regenerate", func() error { _, err := x.Regenerate(); return err }, true)
}

// TestEachListsEveryLiveOrganizationOnceInIDOrder: across several batches
// (segments), replacements and deletions, Each gives each organization
// that is still there once, sorted by id.
func TestEachListsEveryLiveOrganizationOnceInIDOrder(t *testing.T) {
	ctx := context.Background()
	x := openTemp(t)
	orgs := read(t)
	var want []string
	for i := 0; i < 30; i++ {
		batch := make([]partnermatch.Organization, len(orgs))
		for j, o := range orgs {
			o.ID = fmt.Sprintf("%s-%02d", o.ID, i)
			batch[j] = o
		}
		if err := x.Put(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	// Replace some in a later batch and delete others.
	replaced := orgs[0]
	replaced.ID, replaced.Name = "bakery-03", "Riverside Bakery, renamed"
	if err := x.Put(ctx, []partnermatch.Organization{replaced}); err != nil {
		t.Fatal(err)
	}
	if err := x.Delete(ctx, "ecole-07", "escuela-29", "bakery-00"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 30; i++ {
		for _, o := range orgs {
			id := fmt.Sprintf("%s-%02d", o.ID, i)
			if id != "ecole-07" && id != "escuela-29" && id != "bakery-00" {
				want = append(want, id)
			}
		}
	}
	sort.Strings(want)
	var got []string
	for _, o := range all(t, x) {
		got = append(got, o.ID)
		if o.ID == "bakery-03" && o.Name != replaced.Name {
			t.Errorf("bakery-03 is %q, not its replacement", o.Name)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Each (-want +got):\n%s", diff)
	}
}
