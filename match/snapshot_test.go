package match

import (
	"context"
	"os"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
)

// importTown imports the example town into a new index and closes it,
// which leaves a snapshot, and returns the index's directory.
func importTown(t *testing.T) string {
	t.Helper()
	dir := t.TempDir() + "/idx"
	eng := openEngine(t, dir)
	if _, err := eng.Import(context.Background(), examples.Town(), examples.TownName, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := eng.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir + "/" + snapshotFile); err != nil {
		t.Fatalf("no snapshot after an import: %v", err)
	}
	return dir
}

// openEngine opens dir; the caller closes it.
func openEngine(t *testing.T, dir string) *Engine {
	t.Helper()
	eng, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

// withoutSnapshot copies the index at dir, but its snapshot.
func withoutSnapshot(t *testing.T, dir string) string {
	t.Helper()
	copyDir := t.TempDir() + "/copy"
	if err := os.CopyFS(copyDir, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(copyDir + "/" + snapshotFile); err != nil {
		t.Fatal(err)
	}
	return copyDir
}

// loaded opens dir, loads the store and checks where from.
func loaded(t *testing.T, dir, from string) *Engine {
	t.Helper()
	eng := openEngine(t, dir)
	t.Cleanup(func() { eng.Close() })
	if err := eng.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	if eng.loadedFrom != from {
		t.Fatalf("store loaded from %q, want from %q", eng.loadedFrom, from)
	}
	return eng
}

// contents lists every member of the store, in id order, and the grid's
// cells as sorted ids.
func contents(s *store) ([]member, map[cellKey][]string) {
	var ms []member
	s.each(true, func(m *member) { ms = append(ms, *m) })
	sort.Slice(ms, func(i, j int) bool { return ms[i].id < ms[j].id })
	cells := map[cellKey][]string{}
	s.mu.RLock()
	for k, cell := range s.grid {
		for _, i := range cell {
			cells[k] = append(cells[k], s.ids[i])
		}
		sort.Strings(cells[k])
	}
	s.mu.RUnlock()
	return ms, cells
}

func sameStore(t *testing.T, got, want *store) {
	t.Helper()
	gm, gc := contents(got)
	wm, wc := contents(want)
	if diff := cmp.Diff(wm, gm, cmp.AllowUnexported(member{})); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wc, gc); diff != "" {
		t.Errorf("grid (-want +got):\n%s", diff)
	}
}

func TestSnapshotEqualsRebuildFromIndex(t *testing.T) {
	ctx := context.Background()
	dir := importTown(t)
	fromSnap := loaded(t, dir, "snapshot")

	// The same index without its snapshot: read from Bleve.
	copyDir := withoutSnapshot(t, dir)
	fromIndex := loaded(t, copyDir, "index")
	if fromSnap.store.size() != 99 {
		t.Fatalf("snapshot holds %d organizations, want the town's 99", fromSnap.store.size())
	}
	sameStore(t, fromSnap.store, fromIndex.store)
	for _, id := range []string{"millbrook-food-bank", "millbrook-public-library", "grace-united-church"} {
		a, errA := fromSnap.Suggest(ctx, id, Options{})
		b, errB := fromIndex.Suggest(ctx, id, Options{})
		if errA != nil || errB != nil {
			t.Fatal(errA, errB)
		}
		if diff := cmp.Diff(b, a); diff != "" {
			t.Errorf("suggestions for %s (-index +snapshot):\n%s", id, diff)
		}
	}
	// Rebuilding from the index wrote a snapshot of the copy too.
	if _, err := os.Stat(copyDir + "/" + snapshotFile); err != nil {
		t.Errorf("no snapshot after loading from the index: %v", err)
	}
}

func TestStaleSnapshotIsNotUsed(t *testing.T) {
	ctx := context.Background()
	dir := importTown(t)

	// A write by an engine that never loaded its store: the snapshot is
	// not rewritten, and no longer matches the index.
	eng := openEngine(t, dir)
	org, err := eng.Get(ctx, "millbrook-food-bank")
	if err != nil {
		t.Fatal(err)
	}
	org.Partners, org.Avoid = nil, []string{"grace-united-church"}
	if _, err := eng.Put(ctx, org); err != nil {
		t.Fatal(err)
	}
	if err := eng.Close(); err != nil {
		t.Fatal(err)
	}
	fresh := loaded(t, dir, "index")
	m, ok := fresh.store.get("millbrook-food-bank")
	if !ok || !cmp.Equal(m.avoid, []string{"grace-united-church"}) {
		t.Errorf("after a write the store has avoid %v, want [st-marks]", m.avoid)
	}
}

func TestDamagedSnapshotIsNotUsed(t *testing.T) {
	dir := importTown(t)
	path := dir + "/" + snapshotFile
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0x40
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	eng := loaded(t, dir, "index")
	if n := eng.store.size(); n != 99 {
		t.Errorf("store holds %d organizations, want 99", n)
	}
}

// A crash after a write reached the index but before the snapshot was
// rewritten leaves the old snapshot: it must not be used.
func TestCrashBeforeSnapshotWriteGivesCorrectStore(t *testing.T) {
	ctx := context.Background()
	dir := importTown(t)
	eng := openEngine(t, dir) // closed by the crash below, not by Close
	if err := eng.Load(ctx); err != nil || eng.loadedFrom != "snapshot" {
		t.Fatalf("loaded from %q: %v", eng.loadedFrom, err)
	}
	if err := eng.Delete(ctx, "grace-united-church"); err != nil {
		t.Fatal(err)
	}
	org := partnermatch.Organization{ID: "new-pantry", Name: "New Pantry", Sector: partnermatch.Nonprofit, Needs: []string{"volunteers"}}
	if _, err := eng.Put(ctx, org); err != nil {
		t.Fatal(err)
	}
	// The crash: the index is closed, Engine.Close never runs.
	if err := eng.idx.Close(); err != nil {
		t.Fatal(err)
	}
	after := loaded(t, dir, "index")
	if _, ok := after.store.get("grace-united-church"); ok {
		t.Error("a deleted organization is back in the store")
	}
	if _, ok := after.store.get("new-pantry"); !ok {
		t.Error("an organization put before the crash is missing from the store")
	}
}

// Writes of an engine whose store is loaded keep the snapshot correct: it
// is rewritten on Close and used on the next open.
func TestWritesKeepSnapshotCorrect(t *testing.T) {
	ctx := context.Background()
	dir := importTown(t)
	eng := openEngine(t, dir)
	if err := eng.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if err := eng.Delete(ctx, "grace-united-church"); err != nil {
		t.Fatal(err)
	}
	org := partnermatch.Organization{ID: "new-pantry", Name: "New Pantry", Sector: partnermatch.Nonprofit,
		Needs: []string{"volunteers"}, Partners: []string{"millbrook-food-bank"}}
	if _, err := eng.Put(ctx, org); err != nil {
		t.Fatal(err)
	}
	if err := eng.Close(); err != nil {
		t.Fatal(err)
	}
	after := loaded(t, dir, "snapshot")
	sameStore(t, after.store, loaded(t, withoutSnapshot(t, dir), "index").store)
	if m, ok := after.store.get("new-pantry"); !ok || !cmp.Equal(m.partners, []string{"millbrook-food-bank"}) {
		t.Errorf("new-pantry in the snapshot: %v %v", ok, m.partners)
	}
}

// TestSnapshotKeepsNeighboursTogether: after a snapshot round trip, each
// grid cell's members are consecutive slots, cells in row order and the
// unlocated last, so that a neighbourhood query reads runs of memory.
func TestSnapshotKeepsNeighboursTogether(t *testing.T) {
	eng := loaded(t, importTown(t), "snapshot")
	s := eng.store
	var order []int32 // slots in the order a row-by-row walk of the cells meets them
	keys := make([]cellKey, 0, len(s.grid))
	for k := range s.grid {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].lat != keys[j].lat {
			return keys[i].lat < keys[j].lat
		}
		return keys[i].lon < keys[j].lon
	})
	for _, k := range keys {
		order = append(order, s.grid[k]...)
	}
	for k := range s.unlocated {
		if int(k) < len(order) {
			t.Errorf("unlocated member in slot %d, before the %d located ones", k, len(order))
		}
	}
	if len(keys) < 2 {
		t.Fatalf("the town should span several cells, not %d", len(keys))
	}
	for i, slot := range order {
		if slot != int32(i) {
			t.Fatalf("slot %d is the %dth member of a row-by-row walk of the cells:\n%v", slot, i, order)
		}
	}
}
