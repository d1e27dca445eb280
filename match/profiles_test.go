package match

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
)

// suggestAll asks eng for every organization's suggestions.
func suggestAll(t *testing.T, eng *Engine) map[string][]partnermatch.Suggestion {
	t.Helper()
	ctx := context.Background()
	out := map[string][]partnermatch.Suggestion{}
	if err := eng.Each(ctx, func(o partnermatch.Organization) error {
		s, err := eng.Suggest(ctx, o.ID, Options{})
		out[o.ID] = s
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func profileFiles(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, profileFilePrefix+"*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Profiles read from the profile file, from the index, and from a file
// written anew after every profile was replaced give the same suggestions.
func TestProfileFileGivesTheIndexsProfiles(t *testing.T) {
	dir := importTown(t)
	if n := len(profileFiles(t, dir)); n != 1 {
		t.Fatalf("%d profile files after an import, want 1", n)
	}
	fromFile := loaded(t, dir, "snapshot")
	if _, err := fromFile.store.packedProfile("millbrook-food-bank"); err != nil {
		t.Fatalf("no profile in the file: %v", err)
	}
	want := suggestAll(t, fromFile)

	fromIndex := loaded(t, withoutProfileFile(t, dir), "snapshot")
	if fromIndex.store.profiles != nil {
		t.Fatal("the snapshot's profile file was deleted, yet the store has one")
	}
	if diff := cmp.Diff(want, suggestAll(t, fromIndex)); diff != "" {
		t.Errorf("profiles from the index (-file +index):\n%s", diff)
	}

	// Importing the same town again changes nothing and writes nothing.
	old := fromFile.store.profiles.name
	genBefore, err := fromFile.idx.Generation()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := fromFile.Import(context.Background(), examples.Town(), examples.TownName, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Applied != 99 || rep.Unchanged != 99 {
		t.Errorf("importing the town again: applied %d, unchanged %d; want 99 and 99", rep.Applied, rep.Unchanged)
	}
	if gen, err := fromFile.idx.Generation(); err != nil || gen != genBefore {
		t.Errorf("importing the town again wrote to the index: generation %q -> %q (%v)", genBefore, gen, err)
	}
	if files := profileFiles(t, dir); len(files) != 1 || filepath.Base(files[0]) != old {
		t.Errorf("profile files after importing the same town: %v (old %s)", files, old)
	}

	// Importing it with every organization changed (a founding year, which
	// scoring does not read) replaces every profile: the file is then
	// written anew, and the old one removed.
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	var changed bytes.Buffer
	for i := range orgs {
		orgs[i].Founded = 1000 + i // no organization of the town is that old
	}
	if err := partnermatch.WriteDirectory(&changed, orgs); err != nil {
		t.Fatal(err)
	}
	if rep, err = fromFile.Import(context.Background(), &changed, "changed.jsonl", ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if rep.Applied != 99 || rep.Unchanged != 0 {
		t.Errorf("importing the changed town: applied %d, unchanged %d; want 99 and 0", rep.Applied, rep.Unchanged)
	}
	files := profileFiles(t, dir)
	if len(files) != 1 || filepath.Base(files[0]) == old {
		t.Errorf("profile files after importing again: %v (old %s)", files, old)
	}
	if diff := cmp.Diff(want, suggestAll(t, fromFile)); diff != "" {
		t.Errorf("after importing again (-before +after):\n%s", diff)
	}
}

// withoutProfileFile copies the index at dir but its profile file.
func withoutProfileFile(t *testing.T, dir string) string {
	t.Helper()
	copyDir := t.TempDir() + "/copy"
	if err := os.CopyFS(copyDir, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	for _, f := range profileFiles(t, copyDir) {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
	}
	return copyDir
}
