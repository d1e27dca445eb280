package match

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// gonumPartnerGraph is how the partner graph was computed before: gonum's
// graph and PageRank, kept as the reference.
func gonumPartnerGraph(links map[string][]string) (map[string]int, map[string]float64) {
	g := simple.NewDirectedGraph()
	degree, centrality := map[string]int{}, map[string]float64{}
	node := map[string]int64{}
	for id, ps := range links {
		for _, x := range append([]string{id}, ps...) {
			if _, ok := node[x]; !ok {
				n := g.NewNode()
				g.AddNode(n)
				node[x] = n.ID()
			}
		}
	}
	for id, ps := range links {
		for _, p := range ps {
			a, b := node[id], node[p]
			if a == b || g.HasEdgeFromTo(a, b) {
				continue
			}
			g.SetEdge(g.NewEdge(g.Node(a), g.Node(b)))
			g.SetEdge(g.NewEdge(g.Node(b), g.Node(a)))
			degree[id]++
			degree[p]++
		}
	}
	rank := network.PageRankSparse(g, 0.85, 1e-9)
	top := 0.0
	for _, r := range rank {
		top = max(top, r)
	}
	for id, n := range node {
		if degree[id] > 0 {
			centrality[id] = rank[n] / top
		}
	}
	return degree, centrality
}

// graphInput is store.partnerPairs for links (of ids that are all in the
// directory).
func graphInput(links map[string][]string) (names []string, pairs []uint64) {
	node := map[string]uint64{}
	nodeOf := func(id string) uint64 {
		if _, ok := node[id]; !ok {
			node[id] = uint64(len(names))
			names = append(names, id)
		}
		return node[id]
	}
	for id, ps := range links {
		a := nodeOf(id)
		for _, p := range ps {
			if b := nodeOf(p); a != b {
				pairs = append(pairs, min(a, b)<<32|max(a, b))
			}
		}
	}
	return names, pairs
}

func TestPartnerGraphMatchesGonum(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	links := map[string][]string{}
	for i := 0; i < 2000; i++ {
		if r.IntN(4) != 0 {
			continue
		}
		id := fmt.Sprint("org", i)
		links[id] = nil // listing partners, none of them in the directory
		for k := r.IntN(5); k > 0; k-- {
			// Hubs: low numbers are chosen more often; some links twice,
			// some both ways, a few to itself.
			links[id] = append(links[id], fmt.Sprint("org", int(math.Pow(r.Float64(), 3)*2000)))
		}
	}
	want := map[string]hub{}
	degree, centrality := gonumPartnerGraph(links)
	for id, d := range degree {
		want[id] = hub{int32(d), centrality[id]}
	}
	got := newPartnerGraph(graphInput(links)).hubs
	if len(got) != len(want) || len(got) < 300 {
		t.Fatalf("%d organizations with partners, want %d (and a few hundred)", len(got), len(want))
	}
	for id, w := range want {
		g := got[id]
		if g.degree != w.degree || math.Abs(g.centrality-w.centrality) > 1e-4 {
			t.Errorf("%s: degree %d centrality %.6f, want %d %.6f", id, g.degree, g.centrality, w.degree, w.centrality)
		}
	}
}

// TestWarmBuildsTheFactsBeforeAnyQuery: a server warms the engine up so
// that its first client does not wait for the partner graph.
func TestWarmBuildsTheFactsBeforeAnyQuery(t *testing.T) {
	eng := openEngine(t, importTown(t))
	defer eng.Close()
	if eng.store.graph != nil {
		t.Fatal("the partner graph is built before anything asked for it")
	}
	if err := eng.Warm(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !eng.loaded.Load() || eng.store.graph == nil || eng.store.corpus == nil {
		t.Errorf("after Warm: loaded %v, graph %v, corpus %v", eng.loaded.Load(), eng.store.graph != nil, eng.store.corpus != nil)
	}
}
