package match

import (
	"context"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// partnerGraph holds what is known of the directory as a whole: how common
// each word is (for weighing shared words), and the network of existing
// partnerships: an undirected link
// wherever either side lists the other in partners. Its PageRank tells the
// hubs, the gatekeepers who can open doors for a newcomer.
type partnerGraph struct {
	corpus     *scoring.DocFreq
	node       map[string]int64
	degree     map[string]int
	centrality map[string]float64 // PageRank scaled so the top hub is 1
}

func buildPartnerGraph(ctx context.Context, each func(context.Context, func(partnermatch.Organization) error) error) (*partnerGraph, error) {
	g := simple.NewDirectedGraph()
	pg := &partnerGraph{corpus: &scoring.DocFreq{}, node: map[string]int64{}, degree: map[string]int{}, centrality: map[string]float64{}}
	nodeOf := func(id string) int64 {
		if n, ok := pg.node[id]; ok {
			return n
		}
		n := g.NewNode()
		g.AddNode(n)
		pg.node[id] = n.ID()
		return n.ID()
	}
	var links [][2]string
	err := each(ctx, func(o partnermatch.Organization) error {
		nodeOf(o.ID)
		pg.corpus.Add(&o)
		for _, p := range o.Partners {
			links = append(links, [2]string{o.ID, p})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, l := range links {
		a, ok := pg.node[l[0]]
		b, ok2 := pg.node[l[1]]
		if !ok || !ok2 || a == b || g.HasEdgeFromTo(a, b) {
			continue // a partner outside the directory, or a link seen from the other side
		}
		g.SetEdge(g.NewEdge(g.Node(a), g.Node(b)))
		g.SetEdge(g.NewEdge(g.Node(b), g.Node(a)))
		pg.degree[l[0]]++
		pg.degree[l[1]]++
	}
	if len(pg.node) == 0 {
		return pg, nil
	}
	rank := network.PageRankSparse(g, 0.85, 1e-6)
	top := 0.0
	for _, r := range rank {
		top = max(top, r)
	}
	for id, n := range pg.node {
		if pg.degree[id] > 0 && top > 0 {
			pg.centrality[id] = rank[n] / top
		}
	}
	return pg, nil
}

func (pg *partnerGraph) facts(id string) scoring.Graph {
	return scoring.Graph{Centrality: pg.centrality[id], Partners: pg.degree[id], Corpus: pg.corpus}
}

func (e *Engine) partnerGraph(ctx context.Context) (*partnerGraph, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.graph != nil {
		return e.graph, nil
	}
	g, err := buildPartnerGraph(ctx, e.idx.Each)
	if err != nil {
		return nil, err
	}
	e.graph = g
	return g, nil
}
