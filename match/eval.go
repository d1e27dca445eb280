package match

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// Query is one judged evaluation query (DATA-FORMAT.md "Evaluation
// queries"): the organizations a program officer would want suggested to Org,
// and optionally ones that must not appear in its top 10.
type Query struct {
	Org      string   `json:"org"`
	Relevant []string `json:"relevant"`
	MustNot  []string `json:"must_not,omitempty"`
	Kind     string   `json:"kind,omitempty"`
	Why      string   `json:"why,omitempty"`
}

// ReadQueries reads judged queries, one JSON object per line. Errors name
// the line.
func ReadQueries(r io.Reader, name string) ([]Query, error) {
	var qs []Query
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		// Other tools may add fields to their query files (grades,
		// comments): they are ignored, as the format allows.
		var q Query
		if err := json.Unmarshal([]byte(text), &q); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if q.Org == "" {
			return nil, fmt.Errorf("%s:%d: org: is required", name, line)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}

// Metrics are the quality figures of a set of judged queries.
type Metrics struct {
	Queries int     `json:"queries"`
	Hit1    float64 `json:"hit@1"`
	Hit3    float64 `json:"hit@3"`
	Hit10   float64 `json:"hit@10"`
	MRR     float64 `json:"mrr"`
	NDCG10  float64 `json:"ndcg@10"`
	// MustNotInTop10 counts must_not ids found in a top 10.
	MustNotInTop10 int `json:"must_not_in_top10"`
}

// Report is the evaluation of one method: overall and by query kind.
type Report struct {
	Method  Method             `json:"method"`
	Overall Metrics            `json:"overall"`
	ByKind  map[string]Metrics `json:"by_kind,omitempty"`
	// Failures lists, for each query, the must_not ids that appeared and the
	// relevant ids missing from the top 10, to read when tuning.
	Failures []string `json:"failures,omitempty"`
	// Skipped counts queries with no relevant id: nothing to measure.
	Skipped int `json:"skipped,omitempty"`
}

// Evaluate runs every query with the given method and measures the ranking.
// An unknown org id is an error: a judged file must match its directory.
func (e *Engine) Evaluate(ctx context.Context, qs []Query, method Method) (Report, error) {
	rep := Report{Method: method, ByKind: map[string]Metrics{}}
	sums := map[string]*Metrics{"": {}}
	for _, q := range qs {
		if len(q.Relevant) == 0 {
			rep.Skipped++ // nothing to find: no figure can be measured
			continue
		}
		sugg, err := e.Suggest(ctx, q.Org, Options{Limit: 10, Method: method})
		if partnermatch.ErrorCode(err) == partnermatch.ENOTFOUND {
			// A judged organization missing from the directory counts as
			// a query answered with nothing.
			rep.Failures = append(rep.Failures, q.Org+": not in the directory")
			sugg, err = nil, nil
		}
		if err != nil {
			return rep, fmt.Errorf("query %q: %w", q.Org, err)
		}
		ranked := make([]string, len(sugg))
		for i, s := range sugg {
			ranked[i] = s.ID
		}
		m := score(ranked, q)
		if m.MustNotInTop10 > 0 || m.Hit10 == 0 {
			rep.Failures = append(rep.Failures, describeFailure(q, ranked))
		}
		add(sums[""], m)
		if q.Kind != "" {
			if sums[q.Kind] == nil {
				sums[q.Kind] = &Metrics{}
			}
			add(sums[q.Kind], m)
		}
	}
	rep.Overall = average(*sums[""])
	for k, s := range sums {
		if k != "" {
			rep.ByKind[k] = average(*s)
		}
	}
	return rep, nil
}

func describeFailure(q Query, ranked []string) string {
	var bad, missing []string
	for _, id := range q.MustNot {
		for i, r := range ranked {
			if r == id {
				bad = append(bad, fmt.Sprintf("%s at %d", id, i+1))
			}
		}
	}
	for _, id := range q.Relevant {
		found := false
		for _, r := range ranked {
			found = found || r == id
		}
		if !found {
			missing = append(missing, id)
		}
	}
	s := q.Org + ":"
	if len(missing) > 0 {
		s += " relevant not in top 10: " + strings.Join(missing, ", ") + ";"
	}
	if len(bad) > 0 {
		s += " must_not in top 10: " + strings.Join(bad, ", ") + ";"
	}
	if len(ranked) > 3 {
		ranked = ranked[:3]
	}
	return s + " top 3: " + strings.Join(ranked, ", ")
}

// score measures one ranking against one query's judgments.
func score(ranked []string, q Query) Metrics {
	rel := map[string]bool{}
	for _, id := range q.Relevant {
		rel[id] = true
	}
	m := Metrics{Queries: 1}
	dcg := 0.0
	for i, id := range ranked {
		if i >= 10 {
			break
		}
		if !rel[id] {
			continue
		}
		if m.MRR == 0 {
			m.MRR = 1 / float64(i+1)
			if i < 1 {
				m.Hit1 = 1
			}
			if i < 3 {
				m.Hit3 = 1
			}
			m.Hit10 = 1
		}
		dcg += 1 / math.Log2(float64(i+2))
	}
	ideal := 0.0
	for i := 0; i < min(len(rel), 10); i++ {
		ideal += 1 / math.Log2(float64(i+2))
	}
	if ideal > 0 {
		m.NDCG10 = dcg / ideal
	}
	for _, id := range q.MustNot {
		for i, r := range ranked {
			if i < 10 && r == id {
				m.MustNotInTop10++
			}
		}
	}
	return m
}

func add(sum *Metrics, m Metrics) {
	sum.Queries += m.Queries
	sum.Hit1 += m.Hit1
	sum.Hit3 += m.Hit3
	sum.Hit10 += m.Hit10
	sum.MRR += m.MRR
	sum.NDCG10 += m.NDCG10
	sum.MustNotInTop10 += m.MustNotInTop10
}

func average(s Metrics) Metrics {
	if s.Queries == 0 {
		return s
	}
	n := float64(s.Queries)
	r := func(x float64) float64 { return math.Round(x/n*1000) / 1000 }
	return Metrics{Queries: s.Queries, Hit1: r(s.Hit1), Hit3: r(s.Hit3), Hit10: r(s.Hit10), MRR: r(s.MRR), NDCG10: r(s.NDCG10), MustNotInTop10: s.MustNotInTop10}
}

// Kinds returns the kinds of a report in a stable order.
func (r Report) Kinds() []string {
	var ks []string
	for k := range r.ByKind {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
