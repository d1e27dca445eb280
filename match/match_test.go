package match_test

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
	"github.com/partnermatch/partnermatch/match"
)

// Kingston-ish coordinates; one degree of latitude is about 111 km.
const baseLat, baseLon = 44.2300, -76.4900

// fixture is a small directory where every hard rule has a case. The centre
// needs volunteers and a meeting room and offers after-school tutoring; each
// other organization is a good partner except for the rule it tests.
const fixture = `
{"id":"centre","name":"Youth Centre","sector":"nonprofit","needs":["weekend volunteers","a meeting room for evening workshops"],"offers":["after-school tutoring for teenagers"],"goals":["expand youth programming"],"location":{"lat":44.2300,"lon":-76.4900},"service_radius_km":20,"avoid":["conflicted"],"partners":["old-friend"]}
{"id":"mutual","name":"Mutual Library","sector":"government","offers":["a meeting room for evening workshops"],"needs":["after-school tutoring for teenagers"],"goals":["expand youth programming"],"location":{"lat":44.2400,"lon":-76.4900}}
{"id":"one-sided","name":"One-sided Hall","sector":"faith","offers":["a meeting room for evening workshops"],"needs":["a new roof"],"location":{"lat":44.2350,"lon":-76.4900}}
{"id":"conflicted","name":"Conflicted Foundation","sector":"nonprofit","offers":["weekend volunteers"],"needs":["after-school tutoring for teenagers"],"location":{"lat":44.2310,"lon":-76.4900}}
{"id":"avoider","name":"Avoiding Club","sector":"community","offers":["weekend volunteers"],"needs":["after-school tutoring for teenagers"],"avoid":["centre"],"location":{"lat":44.2310,"lon":-76.4910}}
{"id":"old-friend","name":"Old Friend Church","sector":"faith","offers":["weekend volunteers"],"needs":["after-school tutoring for teenagers"],"location":{"lat":44.2320,"lon":-76.4900}}
{"id":"far-town","name":"Far Town Library","sector":"government","offers":["a meeting room for evening workshops"],"needs":["after-school tutoring for teenagers"],"location":{"lat":46.5000,"lon":-80.9000},"service_radius_km":500}
{"id":"small-radius","name":"Stay-home Club","sector":"community","offers":["weekend volunteers"],"needs":["after-school tutoring for teenagers"],"location":{"lat":44.3200,"lon":-76.4900},"service_radius_km":5}
{"id":"beyond-default","name":"Default Radius Group","sector":"community","offers":["weekend volunteers"],"needs":["after-school tutoring for teenagers"],"location":{"lat":44.0300,"lon":-76.4900}}
{"id":"empty","name":"Empty Profile","sector":"individual","location":{"lat":44.2301,"lon":-76.4901}}
{"id":"lender","name":"QuickCash Payday Loans","sector":"business","offers":["weekend volunteers from our staff","a meeting room for evening workshops"],"needs":["after-school tutoring for teenagers"],"location":{"lat":44.2305,"lon":-76.4900}}
{"id":"influencer","name":"Buzz Eats","sector":"business","offers":["shout-outs to our 20k followers"],"needs":["free tutoring for my cousins","a free meeting room for my launch party"],"location":{"lat":44.2302,"lon":-76.4900}}
{"id":"twin","name":"Twin Youth Centre","sector":"nonprofit","needs":["volunteers for weekends","a room for evening workshops"],"offers":["tutoring after school for teens","a room for evening workshops on weeknights"],"location":{"lat":44.2330,"lon":-76.4900}}
`

func openFixture(t *testing.T) *match.Engine {
	t.Helper()
	eng, err := match.Open(t.TempDir() + "/index")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
	rep, err := eng.Import(context.Background(), strings.NewReader(fixture), "fixture.jsonl", match.ImportOptions{})
	if err != nil || rep.Refused > 0 {
		t.Fatalf("import: %v %v", err, rep.Refusals)
	}
	return eng
}

func ids(s []partnermatch.Suggestion) []string {
	out := []string{}
	for _, x := range s {
		out = append(out, x.ID)
	}
	return out
}

func TestSuggestHardRules(t *testing.T) {
	eng := openFixture(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		opts    match.Options
		absent  []string
		present []string
	}{
		{"never itself", match.Options{}, []string{"centre"}, nil},
		{"never an id in its avoid list", match.Options{}, []string{"conflicted"}, nil},
		{"never a rival that needs and offers the same", match.Options{}, []string{"twin"}, nil},
		{"never a payday lender, whatever it offers", match.Options{}, []string{"lender"}, nil},
		{"never a taker that offers only mentions", match.Options{}, []string{"influencer"}, nil},
		{"never one whose avoid list names it", match.Options{}, []string{"avoider"}, nil},
		{"existing partners left out by default", match.Options{}, []string{"old-friend"}, []string{"mutual"}},
		{"existing partners when asked", match.Options{IncludePartners: true}, []string{"conflicted", "avoider"}, []string{"old-friend"}},
		{"nobody beyond its own radius, whatever theirs", match.Options{}, []string{"far-town"}, nil},
		{"nobody beyond the candidate's radius", match.Options{}, []string{"small-radius"}, nil},
		{"the narrower --radius applies", match.Options{RadiusKM: 0.5}, []string{"mutual", "one-sided"}, nil},
		{"sector filter", match.Options{Sector: partnermatch.Faith}, []string{"mutual"}, []string{"one-sided"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := eng.Suggest(ctx, "centre", tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			got := ids(s)
			for _, id := range tt.absent {
				if contains(got, id) {
					t.Errorf("%s suggested; got %v", id, got)
				}
			}
			for _, id := range tt.present {
				if !contains(got, id) {
					t.Errorf("%s not suggested; got %v", id, got)
				}
			}
		})
	}
}

// TestRivalsExplained pins that explain says why a rival, a fringe lender
// or an exposure-only taker is left out.
func TestRivalsExplained(t *testing.T) {
	eng := openFixture(t)
	x, err := eng.Explain(context.Background(), "centre", "twin")
	if err != nil {
		t.Fatal(err)
	}
	if x.Suggested || !strings.HasPrefix(x.Excluded, "rivals: ") || !strings.Contains(x.Excluded, "need and offer much the same things") {
		t.Errorf("a twin centre: suggested=%v, excluded %q; want it left out as a rival", x.Suggested, x.Excluded)
	}
	x, err = eng.Explain(context.Background(), "centre", "lender")
	if err != nil {
		t.Fatal(err)
	}
	if x.Suggested || !strings.HasPrefix(x.Excluded, "fringe lender: QuickCash Payday Loans makes payday") {
		t.Errorf("a payday lender: suggested=%v, excluded %q; want it left out as a fringe lender", x.Suggested, x.Excluded)
	}
	x, err = eng.Explain(context.Background(), "centre", "influencer")
	if err != nil {
		t.Fatal(err)
	}
	if x.Suggested || !strings.HasPrefix(x.Excluded, "exposure-only taker: Buzz Eats offers only to be seen") {
		t.Errorf("an influencer asking everything free: suggested=%v, excluded %q; want it left out as an exposure-only taker", x.Suggested, x.Excluded)
	}
	x, err = eng.Explain(context.Background(), "centre", "mutual")
	if err != nil {
		t.Fatal(err)
	}
	if !x.Suggested {
		t.Errorf("the library that needs what the centre offers is excluded: %q", x.Excluded)
	}
}

// TestExposureOnlyTakerIsNotSuggested pins that a candidate offering only
// to be seen and asking for most of what it needs free is left out of the
// list of the very organization whose need for visibility it would meet.
func TestExposureOnlyTakerIsNotSuggested(t *testing.T) {
	eng, err := match.Open(t.TempDir() + "/index")
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	const dir = `
{"id":"cafe","name":"Corner Cafe","sector":"business","offers":["catering for events"],"needs":["people across town knowing who we are"],"location":{"lat":44.2300,"lon":-76.4900}}
{"id":"influencer","name":"Buzz Eats","sector":"business","offers":["posts to my 20k followers"],"needs":["free catering for my launch party","a free venue"],"location":{"lat":44.2310,"lon":-76.4900}}
{"id":"paper","name":"Weekly Paper","sector":"business","offers":["ads in our weekly paper"],"needs":["catering for our staff party"],"location":{"lat":44.2320,"lon":-76.4900}}
`
	if _, err := eng.Import(context.Background(), strings.NewReader(dir), "dir.jsonl", match.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	s, err := eng.Suggest(context.Background(), "cafe", match.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(s); contains(got, "influencer") || !contains(got, "paper") {
		t.Errorf("suggested %v: want the paper, which pays for catering, and not the influencer, who asks it free", got)
	}
}

func TestDefaultRadiusIsTwentyFiveKilometres(t *testing.T) {
	eng := openFixture(t)
	ctx := context.Background()
	// beyond-default is 22 km from the centre: inside the centre's 20 km? no.
	// It gives no radius, so 25 km applies to it, and the centre's own 20 km
	// is the binding one. Check the explanation says so.
	x, err := eng.Explain(ctx, "mutual", "beyond-default")
	if err != nil {
		t.Fatal(err)
	}
	// mutual (no radius: 25 km) and beyond-default (no radius: 25 km) are
	// 23.4 km apart: within the default.
	if !x.Suggested && strings.Contains(x.Excluded, "beyond") {
		t.Errorf("23 km apart with default radii should be in reach: %s", x.Excluded)
	}
	x, err = eng.Explain(ctx, "centre", "beyond-default")
	if err != nil {
		t.Fatal(err)
	}
	if x.Suggested || !strings.Contains(x.Excluded, "beyond the reach of 20 km") {
		t.Errorf("22 km apart with a 20 km radius should be out of reach; got suggested=%v %q", x.Suggested, x.Excluded)
	}
}

func TestMutualRanksAboveOneSided(t *testing.T) {
	eng := openFixture(t)
	s, err := eng.Suggest(context.Background(), "centre", match.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(s)
	im, io := index(got, "mutual"), index(got, "one-sided")
	if im < 0 || (io >= 0 && io < im) {
		t.Fatalf("mutual should rank above one-sided; got %v", got)
	}
	if io >= 0 && s[io].Components.Complementarity >= s[im].Components.Complementarity/2 {
		t.Errorf("one-sided complementarity %.3f is not clearly below mutual %.3f", s[io].Components.Complementarity, s[im].Components.Complementarity)
	}
}

func TestEmptyProfileGetsNoSuggestions(t *testing.T) {
	eng := openFixture(t)
	s, err := eng.Suggest(context.Background(), "empty", match.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 0 {
		t.Errorf("an empty profile got suggestions: %v", ids(s))
	}
}

func TestSuggestionShape(t *testing.T) {
	eng := openFixture(t)
	s, err := eng.Suggest(context.Background(), "centre", match.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range s {
		if x.Score < 0 || x.Score > 1 {
			t.Errorf("%s: score %v outside [0,1]", x.ID, x.Score)
		}
		if i > 0 && s[i-1].Score < x.Score {
			t.Errorf("not sorted: %v before %v", s[i-1].Score, x.Score)
		}
		if x.DistanceKM == nil {
			t.Errorf("%s: no distance although both have coordinates", x.ID)
		}
		if len(x.Reasons) == 0 {
			t.Errorf("%s: no reasons", x.ID)
		}
	}
	m := s[index(ids(s), "mutual")]
	want := []partnermatch.Exchange{
		{From: "mutual", To: "centre", Offer: "a meeting room for evening workshops", Need: "a meeting room for evening workshops"},
		{From: "centre", To: "mutual", Offer: "after-school tutoring for teenagers", Need: "after-school tutoring for teenagers"},
	}
	got := make([]partnermatch.Exchange, len(m.Exchanges))
	for i, x := range m.Exchanges {
		got[i] = partnermatch.Exchange{From: x.From, To: x.To, Offer: x.Offer, Need: x.Need}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("exchanges (-want +got):\n%s", diff)
	}
	joined := strings.Join(m.Reasons, " ")
	for _, evidence := range []string{"a meeting room for evening workshops", "after-school tutoring for teenagers", "km apart"} {
		if !strings.Contains(joined, evidence) {
			t.Errorf("reasons do not mention %q: %v", evidence, m.Reasons)
		}
	}
}

func TestSuggestUnknownIDIsNotFound(t *testing.T) {
	eng := openFixture(t)
	_, err := eng.Suggest(context.Background(), "nobody", match.Options{})
	if got := partnermatch.ErrorCode(err); got != partnermatch.ENOTFOUND {
		t.Errorf("code = %q (%v), want not_found", got, err)
	}
}

func TestSuggestRefusesBadOptions(t *testing.T) {
	eng := openFixture(t)
	tests := []struct {
		opts match.Options
		want string
	}{
		{match.Options{Limit: -1}, "limit: -1 is not between 1 and 100"},
		{match.Options{Limit: 101}, "limit: 101 is not between 1 and 100"},
		{match.Options{Sector: "bank"}, `sector: "bank" is not a sector`},
		{match.Options{RadiusKM: -3}, "radius_km: -3 is not a radius"},
		{match.Options{MinScore: 2}, "min_score: 2 is not between 0 and 1"},
		{match.Options{Method: "magic"}, `method: "magic" is not a method (partnermatch or baseline)`},
	}
	for _, tt := range tests {
		_, err := eng.Suggest(context.Background(), "centre", tt.opts)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%+v: err = %v, want %q", tt.opts, err, tt.want)
		}
	}
}

func contains(xs []string, x string) bool { return index(xs, x) >= 0 }

func index(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func TestMOUDraftsRolesFromTheExchanges(t *testing.T) {
	eng := openFixture(t)
	doc, err := eng.MOU(context.Background(), "centre", "mutual")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Between **Youth Centre** and **Mutual Library**",
		"**Mutual Library** will provide to **Youth Centre**:\n- a meeting room for evening workshops (meeting the need: a meeting room for evening workshops)",
		"**Youth Centre** will provide to **Mutual Library**:\n- after-school tutoring for teenagers",
		"- expand youth programming",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("MOU lacks %q:\n%s", want, doc)
		}
	}
	doc, err = eng.MOU(context.Background(), "centre", "conflicted")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc, "would not suggest this partnership: Youth Centre lists Conflicted Foundation in its avoid list") {
		t.Errorf("MOU of an avoided pair does not warn:\n%s", doc)
	}
	if _, err := eng.MOU(context.Background(), "centre", "nobody"); partnermatch.ErrorCode(err) != partnermatch.ENOTFOUND {
		t.Errorf("unknown id: %v", err)
	}
}

func TestFeedbackDeclinedIsNotSuggestedAgain(t *testing.T) {
	eng := openFixture(t)
	ctx := context.Background()
	before, err := eng.Suggest(ctx, "centre", match.Options{})
	if err != nil || !contains(ids(before), "mutual") {
		t.Fatalf("mutual not suggested before feedback: %v %v", ids(before), err)
	}
	if err := eng.RecordFeedback(ctx, match.Feedback{Org: "centre", Other: "mutual", Verdict: match.Declined, Note: "no capacity"}); err != nil {
		t.Fatal(err)
	}
	after, err := eng.Suggest(ctx, "centre", match.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if contains(ids(after), "mutual") {
		t.Errorf("declined suggestion made again: %v", ids(after))
	}
	x, err := eng.Explain(ctx, "centre", "mutual")
	if err != nil || x.Suggested || x.Excluded != "Youth Centre declined this suggestion before" {
		t.Errorf("Explain after decline: suggested=%v excluded=%q err=%v", x.Suggested, x.Excluded, err)
	}
	fb, err := eng.FeedbackOf(ctx, "centre")
	if err != nil || len(fb) != 1 || fb[0].Verdict != match.Declined || fb[0].Note != "no capacity" {
		t.Errorf("FeedbackOf = %+v, %v", fb, err)
	}
	tests := []struct {
		fb   match.Feedback
		want string
	}{
		{match.Feedback{Org: "centre", Other: "mutual", Verdict: "maybe"}, `verdict: "maybe" is not a verdict (interested, declined or partnered)`},
		{match.Feedback{Org: "centre", Other: "centre", Verdict: match.Declined}, "other: is the organization itself"},
		{match.Feedback{Org: "centre", Other: "nobody", Verdict: match.Declined}, `no organization with id "nobody"`},
	}
	for _, tt := range tests {
		if err := eng.RecordFeedback(ctx, tt.fb); err == nil || err.Error() != tt.want {
			t.Errorf("RecordFeedback(%+v) = %v, want %q", tt.fb, err, tt.want)
		}
	}
}

func TestEvaluateToleratesOtherToolsQueryFiles(t *testing.T) {
	eng := openFixture(t)
	file := `{"org":"centre","relevant":["mutual"],"kind":"seed","grade":3,"comment":"extra fields are ignored"}
{"org":"centre","relevant":[]}
{"org":"ghost","relevant":["mutual"]}
`
	qs, err := match.ReadQueries(strings.NewReader(file), "q.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eng.Evaluate(context.Background(), qs, match.Partnermatch)
	if err != nil {
		t.Fatal(err)
	}
	got := []any{rep.Overall.Queries, rep.Skipped, rep.Overall.Hit10, rep.Failures}
	want := []any{2, 1, 0.5, []string{"ghost: not in the directory", "ghost: relevant not in top 10: mutual; top 3: "}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := match.ReadQueries(strings.NewReader(`{"relevant":["a"]}`), "q.jsonl"); err == nil || err.Error() != "q.jsonl:1: org: is required" {
		t.Errorf("missing org: %v", err)
	}
}

// TestSuggestAgreesWithExplain checks that a pair scores the same whether
// the engine ranks it from its index or explains it from the organizations
// themselves: an organization that lists only offers, or only needs, once
// scored one way in explain and another in suggest.
func TestSuggestAgreesWithExplain(t *testing.T) {
	ctx := context.Background()
	eng, err := match.Open(t.TempDir() + "/index")
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	// The town, with a giver that lists only offers and an asker that
	// lists only needs.
	oneSided := `
{"id":"retired-carpenter","name":"Retired carpenter","sector":"individual","offers":["repairs to community buildings","a trailer of spare lumber"],"location":{"lat":44.2312,"lon":-76.4860}}
{"id":"supper-club","name":"Supper club","sector":"community","needs":["a hall for our monthly supper","volunteers to wash dishes"],"location":{"lat":44.2290,"lon":-76.4950}}
`
	dir := func() io.Reader { return io.MultiReader(examples.Town(), strings.NewReader(oneSided)) }
	if rep, err := eng.Import(ctx, dir(), examples.TownName, match.ImportOptions{}); err != nil || rep.Refused > 0 {
		t.Fatalf("import: %v %v", err, rep.Refusals)
	}
	orgs, _, err := partnermatch.ReadDirectory(dir(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, org := range orgs {
		sugs, err := eng.Suggest(ctx, org.ID, match.Options{Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sugs {
			x, err := eng.Explain(ctx, org.ID, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(s.Components, x.Suggestion.Components); diff != "" || s.Score != x.Suggestion.Score {
				t.Errorf("%s -> %s: suggest scores %.3f, explain %.3f (components -suggest +explain):\n%s", org.ID, s.ID, s.Score, x.Suggestion.Score, diff)
			}
			compared++
		}
	}
	if compared < 100 {
		t.Fatalf("compared %d pairs, want the town's top 3s (over 100)", compared)
	}
}
