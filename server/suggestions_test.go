package server

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/match"
)

// checkList checks what holds for every list of suggestions: best first,
// scores in [0, 1], each with reasons, never the organization itself.
func checkList(t *testing.T, list SuggestionList, org string) {
	t.Helper()
	if list.Org != org {
		t.Errorf("org = %q, want %q", list.Org, org)
	}
	for i, s := range list.Suggestions {
		if s.ID == org {
			t.Errorf("%s is suggested to itself", org)
		}
		if s.Score < 0 || s.Score > 1 {
			t.Errorf("%s: score %v is not in [0, 1]", s.ID, s.Score)
		}
		if i > 0 && s.Score > list.Suggestions[i-1].Score {
			t.Errorf("%s: score %v after %v: not best first", s.ID, s.Score, list.Suggestions[i-1].Score)
		}
		if len(s.Reasons) == 0 {
			t.Errorf("%s: no reasons", s.ID)
		}
	}
}

func suggestedIDs(list SuggestionList) []string {
	var ids []string
	for _, s := range list.Suggestions {
		ids = append(ids, s.ID)
	}
	return ids
}

func TestSuggestions(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name  string
		query string
		check func(t *testing.T, l SuggestionList)
	}{
		{"the hard rules hold", "", func(t *testing.T, l SuggestionList) {
			ids := suggestedIDs(l)
			if !slices.Contains(ids, "school") {
				t.Errorf("the school, which meets two of the bakery's needs next door, is not suggested: %v", ids)
			}
			for _, never := range []string{"garden", "far-bakery"} {
				if slices.Contains(ids, never) {
					t.Errorf("%s is suggested (it avoids the bakery, or is 3,500 km away): %v", never, ids)
				}
			}
		}},
		{"limit", "limit=1", func(t *testing.T, l SuggestionList) {
			if len(l.Suggestions) != 1 {
				t.Errorf("%d suggestions, want 1", len(l.Suggestions))
			}
		}},
		{"sector", "sector=individual", func(t *testing.T, l SuggestionList) {
			for _, s := range l.Suggestions {
				if s.Sector != partnermatch.Individual {
					t.Errorf("%s is of sector %s", s.ID, s.Sector)
				}
			}
		}},
		{"radius", "radius_km=0.9", func(t *testing.T, l SuggestionList) {
			for _, s := range l.Suggestions {
				if s.DistanceKM == nil || *s.DistanceKM > 0.9 {
					t.Errorf("%s is farther than 0.9 km: %v", s.ID, s.DistanceKM)
				}
			}
		}},
		{"min_score", "min_score=0.2", func(t *testing.T, l SuggestionList) {
			for _, s := range l.Suggestions {
				if s.Score < 0.2 {
					t.Errorf("%s scores %v", s.ID, s.Score)
				}
			}
		}},
		{"every option at once", "limit=5&sector=education&radius_km=10&include_partners=true&min_score=0.01&method=partnermatch", func(t *testing.T, l SuggestionList) {
			if diff := cmp.Diff([]string{"school"}, suggestedIDs(l)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		}},
		{"the baseline method", "method=baseline", func(t *testing.T, l SuggestionList) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ts.do(t, request{"GET", "/v1/organizations/bakery/suggestions?" + tt.query, "", ""})
			if got.status != http.StatusOK {
				t.Fatalf("status = %d\n%s", got.status, got.raw)
			}
			var l SuggestionList
			got.decode(t, &l)
			checkList(t, l, "bakery")
			tt.check(t, l)
		})
	}
}

func TestSuggestionsIncludePartners(t *testing.T) {
	ts := newTestServer(t)
	// The school and the food bank are partners: suggested only when asked.
	for _, tt := range []struct {
		query string
		want  bool
	}{{"", false}, {"include_partners=false", false}, {"include_partners=true", true}, {"include_partners", true}} {
		got := ts.do(t, request{"GET", "/v1/organizations/food-bank/suggestions?min_score=0.0001&" + tt.query, "", ""})
		var l SuggestionList
		got.decode(t, &l)
		if in := slices.Contains(suggestedIDs(l), "school"); in != tt.want {
			t.Errorf("%q: the partner school suggested = %v, want %v (%v)", tt.query, in, tt.want, suggestedIDs(l))
		}
	}
}

// suggestionErrors are the bad requests of every suggestion route.
var suggestionErrors = []struct {
	query  string
	status int
	want   ErrorDetail
}{
	{"limit=banana", 400, ErrorDetail{"invalid", `limit: "banana" is not an integer`, "limit"}},
	{"limit=0", 400, ErrorDetail{"invalid", "limit: 0 is not between 1 and 100", "limit"}},
	{"limit=101", 400, ErrorDetail{"invalid", "limit: 101 is not between 1 and 100", "limit"}},
	{"sector=charity", 400, ErrorDetail{"invalid", `sector: "charity" is not a sector (one of nonprofit, business, government, education, health, faith, community, individual)`, "sector"}},
	{"radius_km=-3", 400, ErrorDetail{"invalid", "radius_km: -3 is not between 0.001 and 20038", "radius_km"}},
	{"radius_km=NaN", 400, ErrorDetail{"invalid", `radius_km: "NaN" is not a number`, "radius_km"}},
	{"min_score=2", 400, ErrorDetail{"invalid", "min_score: 2 is not between 0 and 1", "min_score"}},
	{"include_partners=maybe", 400, ErrorDetail{"invalid", `include_partners: "maybe" is not true or false`, "include_partners"}},
	{"method=magic", 400, ErrorDetail{"invalid", `method: "magic" is not a method (partnermatch or baseline)`, "method"}},
	{"radius=5", 400, ErrorDetail{"invalid", "radius: is not a parameter of this route (it takes limit, sector, radius_km, include_partners, min_score, method)", "radius"}},
}

func TestSuggestionsErrors(t *testing.T) {
	ts := newTestServer(t)
	tests := append(slices.Clone(suggestionErrors),
		struct {
			query  string
			status int
			want   ErrorDetail
		}{"", 404, ErrorDetail{Code: "not_found", Message: `no organization with id "nope"`}})
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			id := "bakery"
			if tt.status == 404 {
				id = "nope"
			}
			got := ts.do(t, request{"GET", "/v1/organizations/" + id + "/suggestions?" + tt.query, "", ""})
			if got.status != tt.status {
				t.Errorf("status = %d, want %d", got.status, tt.status)
			}
			if diff := cmp.Diff(tt.want, got.errorOf(t)); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExplain(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name, path string
		status     int
		check      func(t *testing.T, x match.Explanation)
		wantErr    ErrorDetail
	}{
		{name: "a suggested pair", path: "/v1/organizations/bakery/suggestions/school", status: 200,
			check: func(t *testing.T, x match.Explanation) {
				if !x.Suggested || x.Excluded != "" || x.ID != "school" || len(x.Exchanges) == 0 || len(x.Reasons) == 0 {
					t.Errorf("want a suggestion with exchanges and reasons, got %+v", x)
				}
			}},
		{name: "a pair one side avoids", path: "/v1/organizations/bakery/suggestions/garden", status: 200,
			check: func(t *testing.T, x match.Explanation) {
				if x.Suggested || !strings.Contains(x.Excluded, "avoid") {
					t.Errorf("want excluded for avoid, got suggested=%v excluded=%q", x.Suggested, x.Excluded)
				}
			}},
		{name: "a pair out of reach, not in any top list", path: "/v1/organizations/bakery/suggestions/far-bakery", status: 200,
			check: func(t *testing.T, x match.Explanation) {
				if x.Suggested || x.DistanceKM == nil || *x.DistanceKM < 3000 || !strings.Contains(x.Excluded, "km") {
					t.Errorf("want excluded by distance, got %+v", x)
				}
			}},
		{name: "existing partners", path: "/v1/organizations/school/suggestions/food-bank", status: 200,
			check: func(t *testing.T, x match.Explanation) {
				if x.Suggested || !strings.Contains(x.Excluded, "already partners") {
					t.Errorf("want excluded as partners, got %q", x.Excluded)
				}
			}},
		{name: "an unknown organization", path: "/v1/organizations/nope/suggestions/school", status: 404,
			wantErr: ErrorDetail{Code: "not_found", Message: `no organization with id "nope"`}},
		{name: "an unknown partner", path: "/v1/organizations/bakery/suggestions/nope", status: 404,
			wantErr: ErrorDetail{Code: "not_found", Message: `no organization with id "nope"`}},
		{name: "a partner id that is not an id", path: "/v1/organizations/bakery/suggestions/no%20pe", status: 400,
			wantErr: ErrorDetail{Code: "invalid", Field: "other", Message: `other: "no pe" in the path is not an id (1-128 characters of A-Za-z0-9._:-)`}},
		{name: "an unknown query parameter", path: "/v1/organizations/bakery/suggestions/school?limit=3", status: 400,
			wantErr: ErrorDetail{Code: "invalid", Field: "limit", Message: "limit: is not a parameter of this route (it takes none)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ts.do(t, request{"GET", tt.path, "", ""})
			if got.status != tt.status {
				t.Fatalf("status = %d, want %d\n%s", got.status, tt.status, got.raw)
			}
			if tt.check == nil {
				if diff := cmp.Diff(tt.wantErr, got.errorOf(t)); diff != "" {
					t.Errorf("error (-want +got):\n%s", diff)
				}
				return
			}
			var x match.Explanation
			got.decode(t, &x)
			tt.check(t, x)
		})
	}
}

const newCafe = `{"name":"New Cafe","sector":"business","offers":["coffee and baked goods for events"],"needs":["local visibility"],"location":{"lat":44.232,"lon":-76.485}}`

func TestSuggestForProfile(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.MaxBody = 1024 })
	tests := []struct {
		name    string
		query   string
		body    string
		status  int
		org     string
		wantErr *ErrorDetail
	}{
		{name: "a profile without an id", body: newCafe, status: 200, org: UnsavedID},
		{name: "a profile with an id", body: `{"id":"cafe",` + newCafe[1:], status: 200, org: "cafe"},
		{name: "a stored id is not suggested to itself", body: `{"id":"bakery",` + newCafe[1:], status: 200, org: "bakery"},
		{name: "with options", query: "limit=1&sector=nonprofit", body: newCafe, status: 200, org: UnsavedID},
		{name: "malformed JSON", body: `{"name":`, status: 400,
			wantErr: &ErrorDetail{Code: "invalid", Message: "malformed JSON at byte 8: unexpected end of JSON input"}},
		{name: "an unknown field", body: `{"name":"X","sector":"business","offer":["coffee"]}`, status: 400,
			wantErr: &ErrorDetail{Code: "invalid", Field: "offer", Message: `offer: is not a field of the interchange format (did you mean "offers"?)`}},
		{name: "a broken rule", body: `{"name":"X","sector":"shop"}`, status: 400,
			wantErr: &ErrorDetail{Code: "invalid", Field: "sector", Message: `sector: "shop" is not a sector (one of nonprofit, business, government, education, health, faith, community, individual)`}},
		{name: "an empty body", status: 400,
			wantErr: &ErrorDetail{Code: "invalid", Message: "the request body is empty; send one organization as a JSON object"}},
		{name: "a body over the limit", body: `{"name":"X","sector":"business","mission":"` + strings.Repeat("coffee ", 200) + `"}`, status: 413,
			wantErr: &ErrorDetail{Code: "too_large", Message: "the request body is larger than the limit of 1 KiB (1024 bytes)"}},
	}
	for _, e := range suggestionErrors {
		tests = append(tests, struct {
			name    string
			query   string
			body    string
			status  int
			org     string
			wantErr *ErrorDetail
		}{name: e.query, query: e.query, body: newCafe, status: e.status, wantErr: &e.want})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ts.do(t, request{"POST", "/v1/suggestions?" + tt.query, tt.body, ""})
			if got.status != tt.status {
				t.Fatalf("status = %d, want %d\n%s", got.status, tt.status, got.raw)
			}
			if tt.wantErr != nil {
				if diff := cmp.Diff(*tt.wantErr, got.errorOf(t)); diff != "" {
					t.Errorf("error (-want +got):\n%s", diff)
				}
				return
			}
			var l SuggestionList
			got.decode(t, &l)
			checkList(t, l, tt.org)
			if len(l.Suggestions) == 0 {
				t.Error("no suggestions for a cafe next to a food bank that needs food donations")
			}
			if tt.org != "bakery" {
				if s := ts.do(t, request{"GET", "/v1/organizations/" + tt.org, "", ""}).status; s != 404 {
					t.Errorf("the profile was stored: GET answers %d", s)
				}
			}
		})
	}
}
