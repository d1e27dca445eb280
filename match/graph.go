package match

import (
	"github.com/partnermatch/partnermatch/scoring"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// partnerGraph is the network of existing partnerships: an undirected link
// wherever either side lists the other in partners. Its PageRank tells the
// hubs, the gatekeepers who can open doors for a newcomer.
type partnerGraph struct {
	degree     map[string]int
	centrality map[string]float64 // PageRank scaled so the top hub is 1
}

// buildPartnerGraph builds the graph from the partners lists of the
// organizations that list any (store.partnerLinks): links maps each of them
// to the partners it lists that are in the directory.
func buildPartnerGraph(links map[string][]string) *partnerGraph {
	g := simple.NewDirectedGraph()
	pg := &partnerGraph{degree: map[string]int{}, centrality: map[string]float64{}}
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
			a, ok := node[id]
			b, ok2 := node[p]
			if !ok || !ok2 || a == b || g.HasEdgeFromTo(a, b) {
				continue // a partner outside the directory, or a link seen from the other side
			}
			g.SetEdge(g.NewEdge(g.Node(a), g.Node(b)))
			g.SetEdge(g.NewEdge(g.Node(b), g.Node(a)))
			pg.degree[id]++
			pg.degree[p]++
		}
	}
	if len(node) == 0 {
		return pg
	}
	rank := network.PageRankSparse(g, 0.85, 1e-6)
	top := 0.0
	for _, r := range rank {
		top = max(top, r)
	}
	for id, n := range node {
		if pg.degree[id] > 0 && top > 0 {
			pg.centrality[id] = rank[n] / top
		}
	}
	return pg
}

func (pg *partnerGraph) facts(id string, corpus scoring.Corpus) scoring.Graph {
	return scoring.Graph{Centrality: pg.centrality[id], Partners: pg.degree[id], Corpus: corpus}
}
