package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFeedbackRoutes(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name   string
		req    request
		status int
		code   string // error code when status is not 2xx
		field  string
	}{
		{"needs the write token", request{method: http.MethodPut, path: "/v1/organizations/bakery/feedback/school", body: `{"verdict":"declined"}`}, 401, "unauthorized", ""},
		{"unknown verdict", request{method: http.MethodPut, path: "/v1/organizations/bakery/feedback/school", body: `{"verdict":"maybe"}`, token: writeToken}, 400, "invalid", "verdict"},
		{"unknown field", request{method: http.MethodPut, path: "/v1/organizations/bakery/feedback/school", body: `{"verdict":"declined","colour":"red"}`, token: writeToken}, 400, "invalid", ""},
		{"malformed JSON", request{method: http.MethodPut, path: "/v1/organizations/bakery/feedback/school", body: `{"verdict":`, token: writeToken}, 400, "invalid", ""},
		{"unknown other", request{method: http.MethodPut, path: "/v1/organizations/bakery/feedback/nobody", body: `{"verdict":"declined"}`, token: writeToken}, 404, "not_found", ""},
		{"itself", request{method: http.MethodPut, path: "/v1/organizations/bakery/feedback/bakery", body: `{"verdict":"declined"}`, token: writeToken}, 400, "invalid", "other"},
		{"recorded", request{method: http.MethodPut, path: "/v1/organizations/bakery/feedback/school", body: `{"verdict":"declined","note":"no capacity this year"}`, token: writeToken}, 200, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ts.do(t, tt.req)
			if res.status != tt.status {
				t.Fatalf("status %d, want %d: %s", res.status, tt.status, res.raw)
			}
			if tt.code != "" {
				e := res.errorOf(t)
				if diff := cmp.Diff([]string{tt.code, tt.field}, []string{e.Code, e.Field}); diff != "" {
					t.Errorf("error (-want +got):\n%s\n%s", diff, res.raw)
				}
			}
		})
	}
	res := ts.do(t, request{method: http.MethodGet, path: "/v1/organizations/bakery/feedback"})
	var got struct {
		Org      string `json:"org"`
		Feedback []struct {
			Org, Other, Verdict, Note, At string
		} `json:"feedback"`
	}
	res.decode(t, &got)
	if got.Org != "bakery" || len(got.Feedback) != 1 || got.Feedback[0].Other != "school" || got.Feedback[0].Verdict != "declined" || got.Feedback[0].Note != "no capacity this year" {
		t.Errorf("feedback list = %s", res.raw)
	}
	// A declined suggestion is not made again.
	res = ts.do(t, request{method: http.MethodGet, path: "/v1/organizations/bakery/suggestions"})
	if strings.Contains(string(res.raw), `"id":"school"`) {
		t.Errorf("the declined school is suggested again: %s", res.raw)
	}
}

func TestMOURoute(t *testing.T) {
	ts := newTestServer(t)
	res := ts.do(t, request{method: http.MethodGet, path: "/v1/organizations/bakery/suggestions/school/mou"})
	if res.status != 200 || !strings.HasPrefix(res.header.Get("Content-Type"), "text/markdown") {
		t.Fatalf("status %d, type %q: %s", res.status, res.header.Get("Content-Type"), res.raw)
	}
	for _, want := range []string{"# Memorandum of understanding (draft)", "Between **Riverside Bakery** and **Millbrook Elementary**", "**Riverside Bakery** will provide to **Millbrook Elementary**:\n- baked goods for school events"} {
		if !strings.Contains(string(res.raw), want) {
			t.Errorf("MOU lacks %q:\n%s", want, res.raw)
		}
	}
	res = ts.do(t, request{method: http.MethodGet, path: "/v1/organizations/bakery/suggestions/nobody/mou"})
	if res.status != 404 || res.errorOf(t).Code != "not_found" {
		t.Errorf("unknown other: %d %s", res.status, res.raw)
	}
}
