package match_test

import (
	"context"
	"io"
	"os"
	"testing"

	"github.com/partnermatch/partnermatch/examples"
	"github.com/partnermatch/partnermatch/match"
)

// townFloors are the figures partnermatch reached on the example town's
// judged queries when they were last raised (see the README). A change that
// drops below any of them fails here; raise them when quality improves.
var townFloors = match.Metrics{Hit1: 0.90, Hit3: 0.96, Hit10: 1.00, MRR: 0.93, NDCG10: 0.84, MustNotInTop10: 0}

// riverbendFloors: testdata/judged/riverbend.jsonl and its queries were
// written by someone else's hand, as an outsider would, and committed
// before partnermatch was first run on them; the floors were its figures
// then (hit@1 0.42, MRR 0.554, nDCG@10 0.408). The set has since been
// used to find faults, so it is no longer out-of-sample; the floors are the
// figures reached since, rounded down. They may only be lowered by a
// trade that its commit names (a clear gain elsewhere for a rank or two here).
// nDCG@10 0.58 -> 0.57: "contratos de limpieza fijos" read as customers,
// not jobs, loses the credit union its place with the cleaning co-op (it
// met the need only with "paid volunteer time per employee"), while
// lakeshore and windsor each gain a first place.
var riverbendFloors = match.Metrics{Hit1: 0.66, Hit3: 0.76, Hit10: 0.92, MRR: 0.73, NDCG10: 0.58, MustNotInTop10: 1}

// lakeshoreFloors: testdata/judged/lakeshore.jsonl and its queries were
// written by another hand without running the engine, and first measured
// once, at the end of the session that added them (hit@1 0.283, hit@3
// 0.604, hit@10 0.849, MRR 0.477, nDCG@10 0.460, 14 must_not ids in a top
// 10). The next session used its misses to find faults, so it is no longer
// out-of-sample; the floors are the figures reached then, rounded down.
var lakeshoreFloors = match.Metrics{Hit1: 0.52, Hit3: 0.71, Hit10: 0.92, MRR: 0.65, NDCG10: 0.59, MustNotInTop10: 1}

// redriverFloors: testdata/judged/redriver.jsonl and its queries were
// written the same way and committed before the engine was run on them;
// they were measured at the start of the session that added them (hit@1
// 0.564, hit@3 0.800, hit@10 0.891, MRR 0.678, nDCG@10 0.572, 4 must_not)
// and once at its end (0.582, 0.800, 0.891, 0.693, 0.586, 4), without
// reading their misses: those were its honest figures. The next session
// (quality16) read its misses to find faults (mission-only wishes and
// lacks, space holders wanting their premises used, givers of work needing
// projects, exposure-only takers, street art and exhibit space), so like
// lakeshore it is now a development set; the floors are the figures
// reached then (0.636, 0.836, 0.945, 0.740, 0.660, 2), rounded down.
//
// Lowered in the sixteenth session (hit@1 0.69 -> 0.67, nDCG@10 0.71 ->
// 0.70) for the French and Spanish glossaries of the word vectors, which
// raised the held-out paraphrase AUC from 0.879 to 0.911 and left the
// development directories' mean as it was (hit@1 0.637, nDCG@10 0.663 ->
// 0.667, must_not 23 -> 21).
//
// Lowered in the eighteenth session (hit@3 0.87 -> 0.85, nDCG@10 0.71 ->
// 0.70) when competition was made to read the same from both sides and
// rivals were left out: must_not ids in the ten development directories'
// top 10s went 21 -> 11, and here 2 -> 1; a gala's third place slipped to
// fourth.
var redriverFloors = match.Metrics{Hit1: 0.69, Hit3: 0.85, Hit10: 0.96, MRR: 0.78, NDCG10: 0.71, MustNotInTop10: 0}

// outaouaisFloors: testdata/judged/outaouais.jsonl and its queries were
// written the same way and committed before the engine was run on them;
// they were measured at the start of the session that added them (hit@1
// 0.545, hit@3 0.800, hit@10 0.873, MRR 0.675, nDCG@10 0.648, 7 must_not)
// and once at its end (0.582, 0.818, 0.873, 0.696, 0.664, 7), without
// reading their misses. The next session (quality18) read its misses to
// find faults, mostly in mission-only profiles (lists after a colon,
// shortfalls, lending, what its own people need, places to send surplus,
// logo placements as publicity), so it is now a development set too; the
// floors are the figures reached then (0.709, 0.909, 0.927, 0.795, 0.759,
// 4), rounded down.
var outaouaisFloors = match.Metrics{Hit1: 0.74, Hit3: 0.92, Hit10: 0.98, MRR: 0.83, NDCG10: 0.80, MustNotInTop10: 3}

// acadieFloors: testdata/judged/acadie.jsonl and its queries were written
// the same way and committed before the engine was run on them; they were
// measured at the start of the session that added them (hit@1 0.527, hit@3
// 0.655, hit@10 0.873, MRR 0.616, nDCG@10 0.549, 7 must_not) and once at
// its end (0.527, 0.636, 0.873, 0.613, 0.550, 7), without reading their
// misses. The next session read its misses (nipissing and sonora took its
// place as the honest figures), so it is a development set now. Reading
// rates without an amount as a price ("tarif réduit") let a reduced-rate
// tutor's twin into its top 10 at rank 8, hence 8 must_not; the lexicon's
// breadth passes cost it one hit@1 (0.527 -> 0.509) while raising hit@3,
// hit@10 and nDCG (0.655, 0.891, 0.566).
// Reading food that would be thrown out as a need for takers raised it to
// 0.527, 0.655, 0.891, 0.625, 0.574; the third breadth pass (lexwide-c)
// and words in another sense to 0.545, 0.673, 0.891, 0.644, 0.594.
var acadieFloors = match.Metrics{Hit1: 0.58, Hit3: 0.70, Hit10: 0.92, MRR: 0.67, NDCG10: 0.62, MustNotInTop10: 0}

// sonoraFloors and nipissingFloors: testdata/judged/sonora.jsonl (Tucson
// and the Santa Cruz valley to Nogales, Sonora) and nipissing.jsonl (North
// Bay and Greater Sudbury) were written the same way, committed before the
// engine ran on them, measured at the start of the session that added them
// (sonora 0.600, 0.800, 0.891, 0.702, 0.635, 3; nipissing 0.436, 0.636,
// 0.782, 0.552, 0.473, 4) and once at its end (sonora 0.655, 0.818, 0.891,
// 0.743, 0.665, 3; nipissing 0.418, 0.636, 0.800, 0.539, 0.472, 4), their
// misses unread: the honest figures then. A helper used their overall rows
// as guards while bisecting a breadth pass, so they are less blind now; the
// floors are the figures reached since (sonora 0.655, 0.818, 0.891, 0.746,
// 0.676, 3; nipissing 0.436, 0.636, 0.836, 0.560, 0.497, 4) rounded down.
// The sixteenth session's glossaries (see redriverFloors) cost sonora one
// first place (hit@1 0.67 -> 0.65) and nipissing a third place (hit@3 0.65
// -> 0.63) while nipissing gained a first one (hit@1 0.43 -> 0.45).
// Reading "fresh vegetables are the thing we are shortest of" and "never
// managed to write a grant and would love help with that" as needs then
// raised sonora to 0.691, 0.873, 0.982, 0.793, 0.720. In the eighteenth
// session, leaving rivals out and reading landscaping, "cafes that will
// buy beans" and maintenance contracts raised sonora to 0.727, 0.909,
// 0.982, 0.824, 0.737, 1 and nipissing to 0.582, 0.727, 0.927, 0.688,
// 0.588, 0.
var (
	sonoraFloors    = match.Metrics{Hit1: 0.72, Hit3: 0.90, Hit10: 0.98, MRR: 0.82, NDCG10: 0.73, MustNotInTop10: 1}
	nipissingFloors = match.Metrics{Hit1: 0.58, Hit3: 0.72, Hit10: 0.92, MRR: 0.68, NDCG10: 0.58, MustNotInTop10: 0}
)

// windsorFloors: testdata/judged/windsor.jsonl (Windsor-Essex and
// southwest Detroit) was written the same way, committed before the engine
// ran on it, measured at the start of the session that added it (0.636,
// 0.836, 0.927, 0.747, 0.649, 6; the baseline 0.491, 0.745, 0.909, 0.641,
// 0.592, 6) and once at its end (0.655, 0.836, 0.927, 0.756, 0.656, 6), its
// misses unread. The next session bisected the third breadth pass
// (lexwide-c) against its overall row, so it is a validation set now, no
// longer blind; its misses are still unread. The floors are the end figures
// rounded down.
var windsorFloors = match.Metrics{Hit1: 0.70, Hit3: 0.85, Hit10: 0.94, MRR: 0.80, NDCG10: 0.68, MustNotInTop10: 0}

// merrimackFloors: testdata/judged/merrimack.jsonl (Lowell, Lawrence and
// the Merrimack Valley to Nashua and Manchester) was written the same way,
// committed before the engine ran on it, measured with the engine of the
// start of the session that added it (0.673, 0.800, 0.927, 0.752, 0.673, 3;
// the baseline 0.455, 0.709, 0.873, 0.595, 0.537, 2) and once at its end
// (0.673, 0.800, 0.927, 0.752, 0.673, 3), its misses unread: the honest
// figures now. Still unread, it measured 0.655, 0.800, 0.927, 0.744,
// 0.675, 1 at the end of the fourteenth session (overall figures only,
// three times in that session: its start, after its twin and one-way
// changes, and after those were narrowed for the real directories). The
// floors are those figures rounded down.
//
// Lowered in the sixteenth session (hit@10 0.94 -> 0.92, MRR 0.75 ->
// 0.74; nDCG@10 went up, 0.687 -> 0.693) for the glossaries (see
// redriverFloors).
//
// At the end of the eighteenth session (overall row only): 0.655, 0.800,
// 0.945, 0.751, 0.698, 2; the floors follow.
var merrimackFloors = match.Metrics{Hit1: 0.65, Hit3: 0.80, Hit10: 0.94, MRR: 0.75, NDCG10: 0.69, MustNotInTop10: 2}

// yakimaFloors: testdata/judged/yakima.jsonl (the Yakima Valley, the
// Yakama Nation's towns and the Tri-Cities; Spanish from farmworkers'
// organizations, French from West African and Congolese newcomers) was
// written the same way, committed before the engine ran on it, measured
// with the engine of the start of the session that added it (0.491,
// 0.764, 0.927, 0.641, 0.604, 6; the baseline 0.273, 0.564, 0.836, 0.452,
// 0.458, 4) and once at its end (the same figures), its misses unread: the
// honest figures then. The fourteenth session read its misses and took it
// as a development set (0.545, 0.782, 0.927, 0.680, 0.631, 3 at its end;
// the baseline has 4 must_not). The floors are those figures rounded down.
//
// nDCG@10 lowered 0.67 -> 0.66 in the eighteenth session for the same
// change (see redriverFloors; 0.670 -> 0.669), which took its must_not
// ids 1 -> 0.
var yakimaFloors = match.Metrics{Hit1: 0.60, Hit3: 0.80, Hit10: 0.94, MRR: 0.72, NDCG10: 0.67, MustNotInTop10: 0}

// lafayetteFloors: testdata/judged/lafayette.jsonl (Acadiana: Lafayette and
// the towns around it; Cajun, Creole, Haitian and Congolese French, Spanish
// from Honduran and Mexican workers) was written the same way, committed
// before the engine ran on it, measured with the engine of the start of
// the session that added it (0.545, 0.764, 1.000, 0.695, 0.641, 6; the
// baseline 0.382, 0.582, 0.800, 0.512, 0.446, 7) and once at its end
// (0.564, 0.764, 1.000, 0.704, 0.644, 6), its misses unread: the honest
// figures now. Still unread, it measured 0.564, 0.782, 1.000, 0.709,
// 0.650, 6 at the end of the fourteenth session (overall figures only,
// measured as merrimack was). The floors are those figures rounded down.
//
// Lowered in the sixteenth session (nDCG@10 0.65 -> 0.64; hit@3 went up,
// 0.764 -> 0.782) for the glossaries (see redriverFloors).
//
// Lowered again in the sixteenth session (hit@1 0.582 -> 0.564, MRR 0.716
// -> 0.707, nDCG@10 0.652 -> 0.646) when missions that say what they are
// "shortest of" or "never managed to" do were read as needs: sonora, a
// development set, went hit@1 0.655 -> 0.691 and nDCG@10 0.680 -> 0.720,
// and no other directory moved.
//
// In the eighteenth session a test run printed its overall row when
// fringe lenders (payday, title and cash-advance loans) were left out of
// every list (nDCG@10 0.643 -> 0.646, must_not 5 -> 6: a freed place in one
// top 10 went to an id judged must_not); at the session's end, after
// exposure-only takers were left out too, it measured 0.564, 0.782, 1.000,
// 0.708, 0.646, 5. Its misses are still unread.
var lafayetteFloors = match.Metrics{Hit1: 0.56, Hit3: 0.78, Hit10: 1.00, MRR: 0.70, NDCG10: 0.64, MustNotInTop10: 5}

// miamiFloors: testdata/judged/miami.jsonl (Miami-Dade: Little Haiti,
// Little Havana, Hialeah, Homestead and Florida City; Haitian French,
// Cuban, Venezuelan, Nicaraguan and Guatemalan Spanish) was written the
// same way, committed before the engine ran on it, measured with the
// engine of the start of the session that added it (0.436, 0.655, 0.891,
// 0.584, 0.566, 1; the baseline 0.309, 0.509, 0.745, 0.433, 0.374, 2), once
// in its middle (0.455, 0.691, 0.891, 0.601, 0.583, 0) and twice at its
// end (the same, then 0.455, 0.673, 0.891, 0.595, 0.576, 0 once a link
// that cost a real directory a first place was taken out), overall
// figures only, its misses unread: the honest figures now. The floors
// are the end figures rounded down.
//
// At the end of the eighteenth session (overall row only): 0.473, 0.727,
// 0.873, 0.614, 0.584, 0; the floors follow.
var miamiFloors = match.Metrics{Hit1: 0.47, Hit3: 0.72, Hit10: 0.87, MRR: 0.61, NDCG10: 0.58, MustNotInTop10: 0}

// estrieFloors: testdata/judged/estrie.jsonl (Sherbrooke and the Eastern
// Townships, 45 French, 20 English and 15 Spanish profiles) and its queries
// were written the same way as miami's in the sixteenth session and
// committed before the engine ran on them. Measured with the engine of that
// session's start (9536f80: hit@1 0.436, hit@3 0.745, hit@10 0.909, MRR
// 0.592, nDCG@10 0.537, 3 must_not) and of its end (0.418, 0.745, 0.927,
// 0.584, 0.531, 3); also once with vectorComplementTranslated at 0 (0.436,
// 0.745, 0.927, 0.596, 0.544, 3), which was not adopted: the development
// directories had chosen 0.075. Only overall rows were looked at, never
// its misses. The floors are the end figures rounded down.
//
// nDCG@10 lowered 0.53 -> 0.52 in the eighteenth session (0.531 -> 0.529,
// MRR 0.584 -> 0.581, overall row only) when a need sentence holding a
// second ask after "and" was cut in two ("we never have enough fresh
// vegetables ... and we are always short of volunteers"): lakeshore's twin
// pantries then read as rivals (must_not 2 -> 1).
var estrieFloors = match.Metrics{Hit1: 0.41, Hit3: 0.74, Hit10: 0.92, MRR: 0.58, NDCG10: 0.52, MustNotInTop10: 3}

// providenceFloors: testdata/judged/providence.jsonl (Providence and the
// Blackstone Valley, 48 English, 16 French, 16 Spanish profiles) and its 55
// queries were written in the seventeenth session by a helper that never
// read the engine, and committed before the engine ran on them. Measured
// with the engine of that session's start (b4a5f69: hit@1 0.327, hit@3
// 0.545, hit@10 0.873, MRR 0.486, nDCG@10 0.419, 5 must_not; baseline
// 0.236, 0.491, 0.764, 0.402, 0.360, 1) and of its end (0.327, 0.582, 0.891,
// 0.499, 0.433, 5). Only overall rows were looked at, never its misses. The
// floors are the end figures rounded down; its must_not count is worse than
// the baseline's.
//
// The eighteenth session read which must_not ids reached its top 10s (an
// influencer paying in shout-outs, twin print shops and seamstresses in
// two languages) and fixed the first: it is a development set now. At that
// session's end: 0.327, 0.618, 0.891, 0.503, 0.439, 3.
var providenceFloors = match.Metrics{Hit1: 0.32, Hit3: 0.61, Hit10: 0.89, MRR: 0.50, NDCG10: 0.43, MustNotInTop10: 3}

// montrealFloors: testdata/judged/montreal.jsonl (Montréal's north-east:
// Saint-Michel, Villeray, Parc-Extension, Montréal-Nord, Rivière-des-
// Prairies, Ahuntsic, Rosemont, and Laval; 44 French, 20 English, 16
// Spanish profiles) and its 55 queries were written in the eighteenth
// session by a helper that never read the engine, and committed before the
// engine ran on them. Measured with the engine of that session's start
// (bda9746: hit@1 0.236, hit@3 0.564, hit@10 0.836, MRR 0.419, nDCG@10
// 0.379, 7 must_not; baseline 0.164, 0.345, 0.691, 0.301, 0.282, 7), in its
// middle (096ff85: the same but nDCG@10 0.384 and 5 must_not) and at its
// end (0.236, 0.564, 0.836, 0.419, 0.384, 5). Only overall rows were looked
// at, never its misses. The floors are the end figures rounded down.
var montrealFloors = match.Metrics{Hit1: 0.23, Hit3: 0.56, Hit10: 0.83, MRR: 0.41, NDCG10: 0.38, MustNotInTop10: 5}

func TestExampleTownQuality(t *testing.T) {
	checkJudged(t, examples.Town(), examples.TownName, examples.TownQueries(), "town-queries.jsonl", townFloors)
}

func openTestdata(t *testing.T, name string) io.Reader {
	t.Helper()
	f, err := os.Open("../testdata/judged/" + name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// checkJudged imports a directory, measures both methods on its judged
// queries, logs both, and fails where partnermatch falls below floors (a
// MustNotInTop10 floor is the most must_not ids allowed; -1 allows any).
func checkJudged(t *testing.T, dir io.Reader, dirName string, queries io.Reader, queriesName string, floors match.Metrics) {
	t.Helper()
	ctx := context.Background()
	eng, err := match.Open(t.TempDir() + "/idx")
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	rep, err := eng.Import(ctx, dir, dirName, match.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Refused != 0 {
		t.Fatalf("%s: %d lines refused: %v", dirName, rep.Refused, rep.Refusals)
	}
	qs, err := match.ReadQueries(queries, queriesName)
	if err != nil {
		t.Fatal(err)
	}
	pm, err := eng.Evaluate(ctx, qs, match.Partnermatch)
	if err != nil {
		t.Fatal(err)
	}
	base, err := eng.Evaluate(ctx, qs, match.Baseline)
	if err != nil {
		t.Fatal(err)
	}
	got := pm.Overall
	t.Logf("partnermatch %+v", got)
	t.Logf("baseline     %+v", base.Overall)
	for _, m := range []struct {
		name       string
		got, floor float64
	}{
		{"hit@1", got.Hit1, floors.Hit1},
		{"hit@3", got.Hit3, floors.Hit3},
		{"hit@10", got.Hit10, floors.Hit10},
		{"MRR", got.MRR, floors.MRR},
		{"nDCG@10", got.NDCG10, floors.NDCG10},
	} {
		if m.got < m.floor {
			t.Errorf("%s: %s = %.3f, below its floor %.3f", queriesName, m.name, m.got, m.floor)
		}
	}
	if floors.MustNotInTop10 >= 0 && got.MustNotInTop10 > floors.MustNotInTop10 {
		t.Errorf("%s: %d must_not ids in top-10 lists, more than %d", queriesName, got.MustNotInTop10, floors.MustNotInTop10)
	}
}

// TestJudgedQuality holds each judged directory in testdata/judged to its
// floors, documented beside each of them above.
func TestJudgedQuality(t *testing.T) {
	for _, tc := range []struct {
		name   string
		floors match.Metrics
	}{
		{"riverbend", riverbendFloors},
		{"redriver", redriverFloors},
		{"outaouais", outaouaisFloors},
		{"acadie", acadieFloors},
		{"lakeshore", lakeshoreFloors},
		{"sonora", sonoraFloors},
		{"nipissing", nipissingFloors},
		{"windsor", windsorFloors},
		{"merrimack", merrimackFloors},
		{"yakima", yakimaFloors},
		{"lafayette", lafayetteFloors},
		{"miami", miamiFloors},
		{"estrie", estrieFloors},
		{"providence", providenceFloors},
		{"montreal", montrealFloors},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkJudged(t, openTestdata(t, tc.name+".jsonl"), tc.name+".jsonl", openTestdata(t, tc.name+"-queries.jsonl"), tc.name+"-queries.jsonl", tc.floors)
		})
	}
}
