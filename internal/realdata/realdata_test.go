// Package realdata_test measures partnermatch on two real community
// directories (../shared/data, beside the module) against judged queries in
// testdata/realdata. The directories are not part of the module: without
// them the tests skip.
package realdata_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/partnermatch/partnermatch/formats"
	"github.com/partnermatch/partnermatch/match"
)

// A directory, the format its importer reads, its judged queries and the
// floors partnermatch must keep on them.
type realDir struct {
	dir     string // folder under ../shared/data
	format  string // formats.Open name, as `partnermatch import --format`
	queries string // file under testdata/realdata
	// Floors: the figures partnermatch reaches in this test (import, then
	// evaluate), rounded down to 2 decimals. Baltimore's were 0.36/0.09 when
	// the judgments were written; the broader lexicon that raised the example
	// town and the held-out paraphrases lowered them (large agencies listing
	// dozens of services match everyone); reading "Volunteers: opportunities
	// are available" as a call for volunteers and "volunteers to serve as
	// mentors" as a need for volunteers, not for a mentoring program, raised
	// them again. San Mateo's nDCG@10 floor went 0.27 -> 0.26 when the
	// word-vector table took in the English words of the French and
	// Spanish glossaries (0.272 -> 0.267; held-out paraphrase AUC 0.879 ->
	// 0.911). Raise them when quality improves;
	// a drop below one fails the test.
	hit10, ndcg10 float64
}

var realDirs = []realDir{
	{dir: "charmcare-baltimore", format: "hsds", queries: "baltimore-queries.jsonl", hit10: 0.68, ndcg10: 0.18},
	{dir: "ohana-smc", format: "ohana", queries: "sanmateo-queries.jsonl", hit10: 0.85, ndcg10: 0.26},
}

func TestRealDirectories(t *testing.T) {
	root := moduleRoot(t)
	for _, d := range realDirs {
		t.Run(d.dir, func(t *testing.T) {
			t.Parallel()
			testRealDir(t, root, d)
		})
	}
}

func testRealDir(t *testing.T, root string, d realDir) {
	path := filepath.Join(root, "..", "shared", "data", d.dir)
	if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
		t.Skipf("real directory %s is absent (looked for %s); these figures need the shared data folder beside the module", d.dir, path)
	}
	ctx := context.Background()
	eng, err := match.Open(filepath.Join(t.TempDir(), "idx"))
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()

	start := time.Now()
	src, err := formats.Open(d.format, path, formats.Options{})
	if err != nil {
		t.Fatalf("opening %s as %s: %v", path, d.format, err)
	}
	rep, err := eng.ImportFrom(ctx, src, d.dir, match.ImportOptions{})
	src.Close()
	if err != nil {
		t.Fatalf("importing %s: %v", path, err)
	}
	t.Logf("imported %s: read %d, applied %d, refused %d in %v", d.dir, rep.Read, rep.Applied, rep.Refused, time.Since(start).Round(time.Millisecond))
	if rep.Applied == 0 {
		t.Fatalf("importing %s applied no organization", path)
	}

	f, err := os.Open(filepath.Join(root, "testdata", "realdata", d.queries))
	if err != nil {
		t.Fatal(err)
	}
	qs, err := match.ReadQueries(f, d.queries)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}

	start = time.Now()
	pm, err := eng.Evaluate(ctx, qs, match.Partnermatch)
	if err != nil {
		t.Fatal(err)
	}
	base, err := eng.Evaluate(ctx, qs, match.Baseline)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d queries evaluated with both methods in %v", len(qs), time.Since(start).Round(time.Millisecond))
	t.Logf("partnermatch %+v", pm.Overall)
	t.Logf("baseline     %+v", base.Overall)
	for _, s := range pm.Failures {
		t.Logf("partnermatch miss: %s", s)
	}

	got := pm.Overall
	if got.Hit10 < d.hit10 {
		t.Errorf("hit@10 = %.3f, below its floor %.2f (baseline %.3f)", got.Hit10, d.hit10, base.Overall.Hit10)
	}
	if got.NDCG10 < d.ndcg10 {
		t.Errorf("nDCG@10 = %.3f, below its floor %.2f (baseline %.3f)", got.NDCG10, d.ndcg10, base.Overall.NDCG10)
	}
	// Every must_not id is outside reach (beyond 25 km) or unrelated: none
	// may be suggested.
	if got.MustNotInTop10 > 0 {
		t.Errorf("%d must_not ids in top-10 lists", got.MustNotInTop10)
	}
}

// moduleRoot walks up from the working directory to the folder holding go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's working directory")
		}
		dir = parent
	}
}
