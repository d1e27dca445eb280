package match

import (
	"math"
	"slices"

	"github.com/partnermatch/partnermatch/scoring"
)

// partnerGraph is the network of existing partnerships: an undirected link
// wherever either side lists the other in partners. Its PageRank tells the
// hubs, the gatekeepers who can open doors for a newcomer.
type partnerGraph struct {
	hubs map[string]hub // organizations with at least one partner
}

type hub struct {
	degree     int32
	centrality float64 // PageRank scaled so the top hub is 1
}

// PageRank's damping factor and convergence tolerance (2-norm of the
// change of the rank vector between iterations).
const (
	pageRankDamping   = 0.85
	pageRankTolerance = 1e-6
)

// newPartnerGraph builds the graph of the organizations that list
// partners and of those partners in the directory (names, by node), linked
// by pairs (lower node << 32 | higher node; repeats allowed). It is kept in
// flat arrays, so that a million organizations cost tens of megabytes and
// a fraction of a second.
func newPartnerGraph(names []string, pairs []uint64) *partnerGraph {
	pg := &partnerGraph{hubs: map[string]hub{}}
	n := len(names)
	if n == 0 {
		return pg
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs) // a link listed by both sides, or twice
	// Neighbours of each node, end to end (each link both ways).
	start := make([]int32, n+1)
	for _, e := range pairs {
		start[e>>32+1]++
		start[uint32(e)+1]++
	}
	for i := 0; i < n; i++ {
		start[i+1] += start[i]
	}
	adj := make([]int32, start[n])
	fill := append([]int32(nil), start[:n]...)
	for _, e := range pairs {
		a, b := int32(e>>32), int32(uint32(e))
		adj[fill[a]] = b
		fill[a]++
		adj[fill[b]] = a
		fill[b]++
	}
	rank := pageRank(start, adj)
	top := 0.0
	for _, r := range rank {
		top = max(top, r)
	}
	pg.hubs = make(map[string]hub, n)
	for i, id := range names {
		if d := start[i+1] - start[i]; d > 0 && top > 0 {
			pg.hubs[id] = hub{degree: d, centrality: rank[i] / top}
		}
	}
	return pg
}

// pageRank is the PageRank of an undirected graph given as adjacency lists
// (node i's neighbours are adj[start[i]:start[i+1]]), computed as
// gonum's network.PageRankSparse does ("How Google Finds Your Needle in
// the Web's Haystack": G·I = α·H·I + α·A·I + (1−α)/n·1·I, with nodes
// without links spreading their rank evenly), by power iteration from the
// uniform vector until the 2-norm of the change is below the tolerance.
func pageRank(start, adj []int32) []float64 {
	n := len(start) - 1
	last, next := make([]float64, n), make([]float64, n)
	for i := range next {
		next[i] = 1 / float64(n)
	}
	give := make([]float64, n) // what each node gives each neighbour
	dangling := pageRankDamping / float64(n)
	away := (1 - pageRankDamping) / float64(n)
	for range 10000 {
		last, next = next, last
		var sum, lone float64
		for j, r := range last {
			sum += r
			if d := start[j+1] - start[j]; d == 0 {
				lone += r
			} else {
				give[j] = r * pageRankDamping / float64(d)
			}
		}
		spread := dangling*lone + away*sum
		var diff float64
		for i := range next {
			var in float64
			for _, j := range adj[start[i]:start[i+1]] {
				in += give[j]
			}
			next[i] = in + spread
			d := next[i] - last[i]
			diff += d * d
		}
		if math.Sqrt(diff) < pageRankTolerance {
			break
		}
	}
	return next
}

func (pg *partnerGraph) facts(id string, corpus scoring.Corpus) scoring.Graph {
	h := pg.hubs[id]
	return scoring.Graph{Centrality: h.centrality, Partners: int(h.degree), Corpus: corpus}
}
