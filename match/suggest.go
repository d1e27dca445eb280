package match

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

// Method selects how suggestions are ranked.
type Method string

const (
	// Partnermatch ranks by complementarity both ways, alignment, reach and
	// proximity (package scoring). The default.
	Partnermatch Method = "partnermatch"
	// Baseline ranks by a plain Bleve query of the organization's own words
	// over the others' text, within reach, with the same hard rules: the
	// comparison partnermatch must beat.
	Baseline Method = "baseline"
)

// Defaults and bounds of Options.
const (
	DefaultLimit         = 10
	MaxLimit             = 100
	DefaultMaxCandidates = 2000
	baselineTerms        = 40
)

// Options shape one Suggest call. The zero value gives the ten best partners
// within the organization's own service radius, without existing partners.
type Options struct {
	Limit           int                 // how many suggestions, default 10, at most 100
	Sector          partnermatch.Sector // only candidates of this sector
	RadiusKM        float64             // search no farther than this (never beyond either service radius)
	IncludePartners bool                // also suggest existing partners
	MinScore        float64             // drop weaker suggestions; 0 means scoring.MinScore()
	Method          Method              // ranking method, default Partnermatch
	// MaxCandidates bounds the organizations scored per query, so that cost
	// grows with the neighbourhood, not the directory. Default 2000.
	MaxCandidates int
}

func (o Options) normalized() (Options, error) {
	if o.Limit == 0 {
		o.Limit = DefaultLimit
	}
	if o.Limit < 0 || o.Limit > MaxLimit {
		return o, partnermatch.FieldErrorf("limit", "%d is not between 1 and %d", o.Limit, MaxLimit)
	}
	if o.Sector != "" && !o.Sector.Valid() {
		return o, partnermatch.FieldErrorf("sector", "%q is not a sector", o.Sector)
	}
	if o.RadiusKM < 0 || math.IsNaN(o.RadiusKM) || o.RadiusKM > partnermatch.MaxRadiusKM {
		return o, partnermatch.FieldErrorf("radius_km", "%v is not a radius", o.RadiusKM)
	}
	if o.MinScore < 0 || o.MinScore > 1 || math.IsNaN(o.MinScore) {
		return o, partnermatch.FieldErrorf("min_score", "%v is not between 0 and 1", o.MinScore)
	}
	if o.MinScore == 0 {
		o.MinScore = scoring.MinScore()
	}
	switch o.Method {
	case "":
		o.Method = Partnermatch
	case Partnermatch, Baseline:
	default:
		return o, partnermatch.FieldErrorf("method", "%q is not a method (partnermatch or baseline)", o.Method)
	}
	if o.MaxCandidates <= 0 {
		o.MaxCandidates = DefaultMaxCandidates
	}
	return o, nil
}

// Suggest returns the best partners for the stored organization id, best
// first.
func (e *Engine) Suggest(ctx context.Context, id string, opts Options) ([]partnermatch.Suggestion, error) {
	org, err := e.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return e.SuggestFor(ctx, org, opts)
}

// SuggestFor returns the best partners for a profile that need not be
// stored: "whom should a new organization talk to?".
func (e *Engine) SuggestFor(ctx context.Context, org partnermatch.Organization, opts Options) ([]partnermatch.Suggestion, error) {
	opts, err := opts.normalized()
	if err != nil {
		return nil, err
	}
	if err := org.Validate(); err != nil {
		return nil, err
	}
	if err := e.Load(ctx); err != nil {
		return nil, err
	}
	a := e.lx.NewProfile(&org)
	radius := scoring.Radius(&org)
	if opts.RadiusKM > 0 {
		radius = math.Min(radius, opts.RadiusKM)
	}
	if opts.Method == Baseline {
		return e.baseline(ctx, a, radius, opts)
	}
	g, corpus, err := e.facts(ctx)
	if err != nil {
		return nil, err
	}
	verdicts, err := e.verdicts(org.ID)
	if err != nil {
		return nil, err
	}
	cands := e.candidates(a, radius, opts, verdicts)
	scored, err := e.scoreExactly(ctx, a, cands, g, corpus, opts)
	if err != nil {
		return nil, err
	}
	sort.Slice(scored, func(i, j int) bool { return scoring.Better(&scored[i].ev.Suggestion, &scored[j].ev.Suggestion) })
	if len(scored) > opts.Limit {
		scored = scored[:opts.Limit]
	}
	out := make([]partnermatch.Suggestion, len(scored))
	for i := range scored {
		sc := &scored[i]
		e.lx.AddReasons(a, sc.b, &sc.ev, sc.g)
		out[i] = sc.ev.Suggestion
	}
	return out, nil
}

// scored is a candidate that made the cut, not yet explained.
type scored struct {
	b  *scoring.Profile
	g  scoring.Graph
	ev scoring.Evaluation
}

// scoreExactly loads and scores the candidates on every core (for one
// client, the cores would otherwise idle) and returns those that make the
// cut, in no particular order.
func (e *Engine) scoreExactly(ctx context.Context, a *scoring.Profile, cands []candidate, g *partnerGraph, corpus scoring.Corpus, opts Options) ([]scored, error) {
	kept := make([]*scored, len(cands))
	errs := make([]error, len(cands))
	workers := min(runtime.GOMAXPROCS(0), len(cands))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(cands); i += workers {
				if errs[i] = ctx.Err(); errs[i] != nil {
					return
				}
				kept[i], errs[i] = e.scoreOne(ctx, a, cands[i].id, g, corpus, opts)
				if errs[i] != nil {
					return
				}
			}
		}()
	}
	wg.Wait()
	var out []scored
	for i := range cands {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if kept[i] != nil {
			out = append(out, *kept[i])
		}
	}
	return out, nil
}

// scoreOne scores candidate b exactly: nil when it does not make the cut
// or was deleted since it was found.
func (e *Engine) scoreOne(ctx context.Context, a *scoring.Profile, b string, g *partnerGraph, corpus scoring.Corpus, opts Options) (*scored, error) {
	bp, err := e.profile(ctx, b)
	if err != nil {
		if partnermatch.ErrorCode(err) == partnermatch.ENOTFOUND {
			return nil, nil
		}
		return nil, err
	}
	facts := g.facts(b, corpus)
	ev := e.lx.Score(a, bp, facts)
	if !ev.Within || ev.Rivals || ev.Lender || ev.PaysInMentions || ev.Suggestion.Score < opts.MinScore {
		return nil, nil
	}
	if opts.RadiusKM > 0 && ev.HasDistance && ev.Distance > opts.RadiusKM {
		return nil, nil
	}
	return &scored{bp, facts, ev}, nil
}

// candidate is a neighbour worth scoring, with its estimated score.
type candidate struct {
	id       string
	estimate float64
}

// exactScoring is how many candidates are scored exactly per query, at
// least: the best by estimate. Every candidate is scored exactly when there
// are no more than this (a town), so nothing scoring would rank is lost there.
const exactScoring = 60

// unlocatedCandidates bounds what the index proposes for an organization
// without coordinates, which has no neighbourhood to bound the search.
const unlocatedCandidates = 500

// candidates returns the neighbours of a that pass the hard rules, the
// best by estimate first, at most max(exactScoring, 5×limit) of them. With a
// location, they are the members within reach (both radii); without one,
// in a large directory, the store's concept index proposes up to
// min(MaxCandidates, unlocatedCandidates) by shared concepts.
func (e *Engine) candidates(a *scoring.Profile, radius float64, opts Options, verdicts map[string]Verdict) []candidate {
	sigA := a.Signature()
	// Each worker unpacks neighbours' signatures into its own Signature
	// and gathers its own candidates.
	type worker struct {
		sig scoring.Signature
		out []candidate
	}
	workers := make([]worker, runtime.GOMAXPROCS(0))
	consider := func(w *worker, m *member, distance float64, hasDistance bool) {
		prox := 0.0
		if hasDistance {
			reach := math.Min(radius, m.radius)
			if distance > reach {
				return
			}
			prox = scoring.Proximity(distance, reach)
		}
		if !admissible(a.Org, m, opts) {
			return
		}
		if len(verdicts) > 0 {
			switch verdicts[m.id] {
			case Declined:
				return
			case Partnered:
				if !opts.IncludePartners {
					return
				}
			}
		}
		if e.lx.UnpackSignature(m.sig, &w.sig) != nil {
			return // cannot happen: the store packed it with this lexicon
		}
		w.out = append(w.out, candidate{m.id, e.lx.Estimate(sigA, &w.sig, prox)})
	}
	one := &workers[0]
	small := e.store.size() <= e.store.everyoneUpTo
	if lat, lon, ok := a.Org.Point(); ok {
		e.store.near(lat, lon, radius, len(workers), func(w int, m *member, d float64) { consider(&workers[w], m, d, true) })
		if small {
			// Without coordinates an organization may well be next door:
			// in a directory small enough to ask everyone, it is
			// considered, with no proximity.
			e.store.each(false, func(m *member) { consider(one, m, 0, false) })
		}
	} else if small {
		// No location, so no neighbourhood: in a small directory everyone
		// is estimated.
		e.store.each(true, func(m *member) { consider(one, m, 0, false) })
	} else {
		// No location in a large directory: the store's concept index
		// proposes a bounded number of the organizations whose offers or
		// needs answer this one's, or whose purpose is alike, the rarest
		// shared concepts counting most (words are too common to search a
		// large directory by quickly).
		q := a.QueryConcepts()
		limit := min(opts.MaxCandidates, unlocatedCandidates)
		// The index is built in the background once the directory's
		// facts are (half a second at a million); a query that comes
		// first builds it or waits for it, so that who is proposed never
		// depends on timing.
		e.store.ensureConcepts()
		e.store.byConcepts(&q, limit, func(m *member) { consider(one, m, 0, false) })
	}
	var out []candidate
	for _, w := range workers {
		out = append(out, w.out...)
	}
	keep := max(exactScoring, 5*opts.Limit)
	if len(out) > keep {
		selectBest(out, keep)
		out = out[:keep]
	}
	return out
}

// better orders candidates by estimate, best first, then by id: a total
// order, so that the same candidates are kept however they were found.
func (c *candidate) better(d *candidate) bool {
	if c.estimate != d.estimate {
		return c.estimate > d.estimate
	}
	return c.id < d.id
}

// selectBest moves the k best candidates to the front of cs, in no
// particular order (a quickselect): a neighbourhood has thousands of
// candidates and only the few dozen best are scored, so sorting them all
// would be wasted.
func selectBest(cs []candidate, k int) {
	lo, hi := 0, len(cs)-1
	for lo < hi {
		// Median of three as the pivot, moved to hi.
		mid := lo + (hi-lo)/2
		if cs[mid].better(&cs[lo]) {
			cs[mid], cs[lo] = cs[lo], cs[mid]
		}
		if cs[hi].better(&cs[lo]) {
			cs[hi], cs[lo] = cs[lo], cs[hi]
		}
		if cs[mid].better(&cs[hi]) {
			cs[mid], cs[hi] = cs[hi], cs[mid]
		}
		p := lo
		for i := lo; i < hi; i++ {
			if cs[i].better(&cs[hi]) {
				cs[i], cs[p] = cs[p], cs[i]
				p++
			}
		}
		cs[p], cs[hi] = cs[hi], cs[p]
		switch {
		case p == k || p == k-1:
			return
		case p > k:
			hi = p - 1
		default:
			lo = p + 1
		}
	}
}

// admissible applies the hard rules that need no texts.
func admissible(a *partnermatch.Organization, m *member, opts Options) bool {
	switch {
	case a.ID == m.id:
		return false
	case slices.Contains(a.Avoid, m.id) || slices.Contains(m.avoid, a.ID):
		return false
	case !opts.IncludePartners && (slices.Contains(a.Partners, m.id) || slices.Contains(m.partners, a.ID)):
		return false
	case opts.Sector != "" && m.sector != opts.Sector:
		return false
	}
	return true
}

// excluded returns why b must never be suggested to a, or "".
func excluded(a, b *partnermatch.Organization, opts Options) string {
	switch {
	case a.ID == b.ID:
		return "it is the organization itself"
	case slices.Contains(a.Avoid, b.ID):
		return fmt.Sprintf("%s lists %s in its avoid list (a conflict of interest)", a.Name, b.Name)
	case slices.Contains(b.Avoid, a.ID):
		return fmt.Sprintf("%s lists %s in its avoid list (a conflict of interest)", b.Name, a.Name)
	case !opts.IncludePartners && (slices.Contains(a.Partners, b.ID) || slices.Contains(b.Partners, a.ID)):
		return fmt.Sprintf("%s and %s are already partners", a.Name, b.Name)
	case opts.Sector != "" && b.Sector != opts.Sector:
		return fmt.Sprintf("%s is not of sector %s", b.Name, opts.Sector)
	}
	return ""
}

// Explanation is the full evaluation of one pair, whether or not it would
// be suggested.
type Explanation struct {
	partnermatch.Suggestion
	// Suggested is false when a hard rule excludes the pair or the score is
	// below the default minimum; Excluded then says why.
	Suggested bool   `json:"suggested"`
	Excluded  string `json:"excluded,omitempty"`
}

// Explain evaluates other as a partner for id and says why it would or
// would not be suggested.
func (e *Engine) Explain(ctx context.Context, id, other string) (Explanation, error) {
	a, err := e.Get(ctx, id)
	if err != nil {
		return Explanation{}, err
	}
	b, err := e.Get(ctx, other)
	if err != nil {
		return Explanation{}, err
	}
	if err := e.Load(ctx); err != nil {
		return Explanation{}, err
	}
	g, corpus, err := e.facts(ctx)
	if err != nil {
		return Explanation{}, err
	}
	bp := e.lx.NewProfile(&b)
	ev := e.lx.Evaluate(e.lx.NewProfile(&a), bp, g.facts(b.ID, corpus))
	x := Explanation{Suggestion: ev.Suggestion}
	x.Excluded = excluded(&a, &b, Options{})
	verdicts, err := e.verdicts(a.ID)
	if err != nil {
		return Explanation{}, err
	}
	switch {
	case x.Excluded != "":
	case verdicts[b.ID] == Declined:
		x.Excluded = fmt.Sprintf("%s declined this suggestion before", a.Name)
	case verdicts[b.ID] == Partnered:
		x.Excluded = fmt.Sprintf("%s and %s have formed a partnership (recorded feedback)", a.Name, b.Name)
	}
	switch {
	case x.Excluded != "":
	case !ev.Within:
		x.Excluded = fmt.Sprintf("%.1f km apart, beyond the reach of %.0f km that both service radii allow", ev.Distance, scoring.Reach(&a, &b))
	case ev.Lender:
		lender := b.Name
		if !bp.FringeLender {
			lender = a.Name
		}
		x.Excluded = fmt.Sprintf("fringe lender: %s makes payday, title or cash-advance loans or cashes cheques for a fee; its sponsorships reach the families community organizations serve, so it is suggested to nobody", lender)
	case ev.PaysInMentions:
		x.Excluded = fmt.Sprintf("exposure-only taker: %s offers only to be seen (posts, mentions, a logo) and asks for most of what it needs free; it is a request for support, not a partnership", b.Name)
	case ev.Rivals:
		x.Excluded = fmt.Sprintf("rivals: %s and %s need and offer much the same things (competition %.2f, from %.2f up they are not suggested to each other)", a.Name, b.Name, ev.Competition, scoring.Rivalry())
	case ev.Suggestion.Score < scoring.MinScore():
		x.Excluded = fmt.Sprintf("score %.3f is below the minimum of %.2f: too little evidence to act on", ev.Suggestion.Score, scoring.MinScore())
	default:
		x.Suggested = true
	}
	return x, nil
}
