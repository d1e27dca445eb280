package match

import (
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

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
// (node i's neighbours are adj[start[i]:start[i+1]]), by gonum's
// network.PageRankSparse over a read-only view of those arrays: gonum's own
// graph types (maps of maps) cost hundreds of megabytes at a million
// organizations, the view costs nothing.
func pageRank(start, adj []int32) []float64 {
	ranks := network.PageRankSparse(flatGraph{start: start, adj: adj}, pageRankDamping, pageRankTolerance)
	out := make([]float64, len(start)-1)
	for id, r := range ranks {
		out[id] = r
	}
	return out
}

// flatGraph is graph.Directed over adjacency arrays, every link both ways.
type flatGraph struct{ start, adj []int32 }

type flatNode int64

func (n flatNode) ID() int64 { return int64(n) }

func (g flatGraph) n() int64 { return int64(len(g.start) - 1) }

func (g flatGraph) Node(id int64) graph.Node {
	if id < 0 || id >= g.n() {
		return nil
	}
	return flatNode(id)
}

func (g flatGraph) Nodes() graph.Nodes { return &nodeRange{n: g.n(), i: -1} }

func (g flatGraph) neighbours(id int64) []int32 {
	if id < 0 || id >= g.n() {
		return nil
	}
	return g.adj[g.start[id]:g.start[id+1]]
}

func (g flatGraph) From(id int64) graph.Nodes { return &nodeList{ids: g.neighbours(id), i: -1} }
func (g flatGraph) To(id int64) graph.Nodes   { return g.From(id) }

func (g flatGraph) HasEdgeBetween(x, y int64) bool { return slices.Contains(g.neighbours(x), int32(y)) }
func (g flatGraph) HasEdgeFromTo(u, v int64) bool  { return g.HasEdgeBetween(u, v) }

func (g flatGraph) Edge(u, v int64) graph.Edge {
	if !g.HasEdgeBetween(u, v) {
		return nil
	}
	return simple.Edge{F: flatNode(u), T: flatNode(v)}
}

// nodeRange iterates over the nodes 0..n-1.
type nodeRange struct{ n, i int64 }

func (r *nodeRange) Next() bool       { r.i++; return r.i < r.n }
func (r *nodeRange) Len() int         { return int(max(r.n-r.i-1, 0)) }
func (r *nodeRange) Reset()           { r.i = -1 }
func (r *nodeRange) Node() graph.Node { return flatNode(r.i) }

// nodeList iterates over a node's neighbours.
type nodeList struct {
	ids []int32
	i   int
}

func (l *nodeList) Next() bool       { l.i++; return l.i < len(l.ids) }
func (l *nodeList) Len() int         { return max(len(l.ids)-l.i-1, 0) }
func (l *nodeList) Reset()           { l.i = -1 }
func (l *nodeList) Node() graph.Node { return flatNode(l.ids[l.i]) }

func (pg *partnerGraph) facts(id string, corpus scoring.Corpus) scoring.Graph {
	h := pg.hubs[id]
	return scoring.Graph{Centrality: h.centrality, Partners: int(h.degree), Corpus: corpus}
}
