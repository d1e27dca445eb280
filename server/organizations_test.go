package server

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const newOrg = `{"id":"library","name":"Millbrook Public Library","sector":"government","offers":["meeting rooms on weekday evenings"],"needs":["local visibility"]}`

func TestPutOrganization(t *testing.T) {
	tests := []struct {
		name    string
		req     request
		status  int
		want    string       // the JSON body of a success
		wantErr *ErrorDetail // the error of a failure
		header  map[string]string
	}{
		{
			name:   "a new id is created",
			req:    request{"PUT", "/v1/organizations/library", newOrg, writeToken},
			status: http.StatusCreated, want: newOrg,
			header: map[string]string{"Location": "/v1/organizations/library"},
		},
		{
			name:   "an existing id is replaced",
			req:    request{"PUT", "/v1/organizations/school", `{"id":"school","name":"Millbrook Elementary School","sector":"education"}`, writeToken},
			status: http.StatusOK, want: `{"id":"school","name":"Millbrook Elementary School","sector":"education"}`,
		},
		{
			name:    "malformed JSON",
			req:     request{"PUT", "/v1/organizations/library", `{"id":"library",`, writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Message: "malformed JSON at byte 16: unexpected end of JSON input"},
		},
		{
			name:    "not an object",
			req:     request{"PUT", "/v1/organizations/library", `["library"]`, writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Message: "a profile must be a JSON object, not array"},
		},
		{
			name:    "a wrong type names the field",
			req:     request{"PUT", "/v1/organizations/library", `{"id":"library","name":"L","sector":"government","offers":"rooms"}`, writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Field: "offers", Message: "offers: got string, want a list of strings"},
		},
		{
			name:    "a wrong type in a nested object names its path",
			req:     request{"PUT", "/v1/organizations/library", `{"id":"library","name":"L","sector":"government","location":{"lat":"north","lon":1}}`, writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Field: "location.lat", Message: "location.lat: got string, want a number"},
		},
		{
			name:    "an unknown field is refused with a suggestion",
			req:     request{"PUT", "/v1/organizations/library", `{"id":"library","name":"L","sector":"government","mision":"books"}`, writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Field: "mision", Message: `mision: is not a field of the interchange format (did you mean "mission"?)`},
		},
		{
			name:    "a latitude of 95",
			req:     request{"PUT", "/v1/organizations/library", `{"id":"library","name":"L","sector":"government","location":{"lat":95,"lon":-76.5}}`, writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Field: "location.lat", Message: "location.lat: 95 is not a latitude (-90..90)"},
		},
		{
			name:    "a missing required field",
			req:     request{"PUT", "/v1/organizations/library", `{"id":"library","sector":"government"}`, writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Field: "name", Message: "name: is required"},
		},
		{
			name:    "the body's id differs from the path's",
			req:     request{"PUT", "/v1/organizations/library", strings.Replace(newOrg, `"library"`, `"libary"`, 1), writeToken},
			status:  http.StatusConflict,
			wantErr: &ErrorDetail{Code: "conflict", Field: "id", Message: `id: the body's id "libary" differs from the path's id "library"`},
		},
		{
			name:    "an empty body",
			req:     request{"PUT", "/v1/organizations/library", "", writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Message: "the request body is empty; send one organization as a JSON object"},
		},
		{
			name:    "a body over the limit",
			req:     request{"PUT", "/v1/organizations/library", `{"id":"library","name":"L","sector":"government","mission":"` + strings.Repeat("books ", 200) + `"}`, writeToken},
			status:  http.StatusRequestEntityTooLarge,
			wantErr: &ErrorDetail{Code: "too_large", Message: "the request body is larger than the limit of 1 KiB (1024 bytes)"},
		},
		{
			name:    "a path id that is not an id",
			req:     request{"PUT", "/v1/organizations/bad%20id", `{"id":"bad id","name":"L","sector":"government"}`, writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Field: "id", Message: `id: "bad id" in the path is not an id (1-128 characters of A-Za-z0-9._:-)`},
		},
		{
			name:    "an unknown query parameter",
			req:     request{"PUT", "/v1/organizations/library?force=1", newOrg, writeToken},
			status:  http.StatusBadRequest,
			wantErr: &ErrorDetail{Code: "invalid", Field: "force", Message: "force: is not a parameter of this route (it takes none)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTestServer(t, func(c *Config) { c.MaxBody = 1024 })
			got := ts.do(t, tt.req)
			if got.status != tt.status {
				t.Errorf("status = %d, want %d\n%s", got.status, tt.status, got.raw)
			}
			for k, v := range tt.header {
				if got.header.Get(k) != v {
					t.Errorf("header %s = %q, want %q", k, got.header.Get(k), v)
				}
			}
			if tt.wantErr != nil {
				if diff := cmp.Diff(*tt.wantErr, got.errorOf(t)); diff != "" {
					t.Errorf("error (-want +got):\n%s", diff)
				}
				return
			}
			if diff := cmp.Diff(jsonOf(t, tt.want), got.json(t)); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
			// What was answered 2xx is what a reader gets back.
			back := ts.do(t, request{"GET", tt.req.path, "", ""})
			if diff := cmp.Diff(jsonOf(t, tt.want), back.json(t)); diff != "" {
				t.Errorf("GET after PUT (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGetOrganization(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name   string
		path   string
		status int
		want   string
	}{
		{"a stored organization", "/v1/organizations/school", 200,
			`{"id":"school","name":"Millbrook Elementary","sector":"education","mission":"A public school of 400 families.","offers":["400 families who order for class parties","a newsletter read by every family"],"needs":["treats for school events","volunteers for the reading club"],"location":{"lat":44.24,"lon":-76.48,"city":"Millbrook","country":"CA"}}`},
		{"an unknown id", "/v1/organizations/nope", 404,
			`{"error":{"code":"not_found","message":"no organization with id \"nope\""}}`},
		{"an id with a character ids never have", "/v1/organizations/caf%C3%A9", 400,
			`{"error":{"code":"invalid","field":"id","message":"id: \"café\" in the path is not an id (1-128 characters of A-Za-z0-9._:-)"}}`},
		{"an unknown query parameter", "/v1/organizations/school?fields=name", 400,
			`{"error":{"code":"invalid","field":"fields","message":"fields: is not a parameter of this route (it takes none)"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ts.do(t, request{"GET", tt.path, "", ""})
			if got.status != tt.status {
				t.Errorf("status = %d, want %d", got.status, tt.status)
			}
			if diff := cmp.Diff(jsonOf(t, tt.want), got.json(t)); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDeleteOrganization(t *testing.T) {
	tests := []struct {
		name    string
		req     request
		status  int
		wantErr *ErrorDetail
		gone    bool // GET answers 404 afterwards
	}{
		{"a stored organization", request{"DELETE", "/v1/organizations/school", "", writeToken}, 204, nil, true},
		{"an unknown id", request{"DELETE", "/v1/organizations/nope", "", writeToken}, 404,
			&ErrorDetail{Code: "not_found", Message: `no organization with id "nope"`}, true},
		{"without a token", request{"DELETE", "/v1/organizations/school", "", ""}, 401,
			&ErrorDetail{Code: "unauthorized", Message: "this request needs an Authorization: Bearer TOKEN header"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTestServer(t)
			got := ts.do(t, tt.req)
			if got.status != tt.status {
				t.Fatalf("status = %d, want %d\n%s", got.status, tt.status, got.raw)
			}
			if tt.wantErr == nil && len(got.raw) != 0 {
				t.Errorf("a 204 has a body: %s", got.raw)
			}
			if tt.wantErr != nil {
				if diff := cmp.Diff(*tt.wantErr, got.errorOf(t)); diff != "" {
					t.Errorf("error (-want +got):\n%s", diff)
				}
			}
			after := ts.do(t, request{"GET", tt.req.path, "", ""}).status
			if gone := after == 404; gone != tt.gone {
				t.Errorf("GET after DELETE answered %d", after)
			}
		})
	}
}

// idsOf lists the ids of a page of organizations.
func idsOf(page OrganizationList) []string {
	var ids []string
	for _, o := range page.Organizations {
		ids = append(ids, o.ID)
	}
	return ids
}

func TestListOrganizations(t *testing.T) {
	ts := newTestServer(t)
	millbrook := []string{"ana", "bakery", "food-bank", "garden", "school"}
	tests := []struct {
		name      string
		query     string
		want      []string // ids, in order
		sorted    bool     // compare as sets (text search ranks by relevance)
		total     uint64
		hasCursor bool
	}{
		{"everything, in id order", "", []string{"ana", "bakery", "far-bakery", "food-bank", "garden", "school"}, false, 6, false},
		{"one sector", "sector=business", []string{"bakery", "far-bakery"}, false, 2, false},
		{"near a point", "near=44.23,-76.48&radius_km=5", millbrook, false, 5, false},
		{"near a point, default radius", "near=49.2,-123.1", []string{"far-bakery"}, false, 1, false},
		{"text", "q=bread", []string{"bakery", "food-bank"}, true, 2, false},
		{"text, stemmed", "q=painting", []string{"ana"}, true, 1, false},
		{"text and sector", "q=baked+goods&sector=business&near=44.23,-76.48", []string{"bakery"}, false, 1, false},
		{"a first page", "limit=2", []string{"ana", "bakery"}, false, 6, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ts.do(t, request{"GET", "/v1/organizations?" + tt.query, "", ""})
			if got.status != 200 {
				t.Fatalf("status = %d\n%s", got.status, got.raw)
			}
			var page OrganizationList
			got.decode(t, &page)
			ids := idsOf(page)
			if tt.sorted {
				slices.Sort(ids)
			}
			if diff := cmp.Diff(tt.want, ids); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if page.Total != tt.total {
				t.Errorf("total = %d, want %d", page.Total, tt.total)
			}
			if (page.NextCursor != "") != tt.hasCursor {
				t.Errorf("next_cursor = %q", page.NextCursor)
			}
		})
	}
}

func TestListOrganizationsPages(t *testing.T) {
	ts := newTestServer(t)
	for _, filters := range []string{"", "near=44.23,-76.48&radius_km=5", "q=local"} {
		t.Run(filters, func(t *testing.T) {
			all := ts.do(t, request{"GET", "/v1/organizations?limit=100&" + filters, "", ""})
			var want OrganizationList
			all.decode(t, &want)
			var ids []string
			cursor := ""
			for pages := 0; ; pages++ {
				if pages > 10 {
					t.Fatal("the cursor never ends")
				}
				q := "limit=2&" + filters
				if cursor != "" {
					q += "&cursor=" + url.QueryEscape(cursor)
				}
				got := ts.do(t, request{"GET", "/v1/organizations?" + q, "", ""})
				var page OrganizationList
				got.decode(t, &page)
				ids = append(ids, idsOf(page)...)
				if cursor = page.NextCursor; cursor == "" {
					break
				}
			}
			if diff := cmp.Diff(idsOf(want), ids); diff != "" {
				t.Errorf("pages of 2 differ from one page (-want +got):\n%s", diff)
			}
		})
	}
}

func TestListOrganizationsErrors(t *testing.T) {
	ts := newTestServer(t)
	first := ts.do(t, request{"GET", "/v1/organizations?limit=1&sector=business", "", ""})
	var page OrganizationList
	first.decode(t, &page)
	tests := []struct {
		query string
		want  ErrorDetail
	}{
		{"limit=banana", ErrorDetail{"invalid", `limit: "banana" is not an integer`, "limit"}},
		{"limit=0", ErrorDetail{"invalid", "limit: 0 is not between 1 and 100", "limit"}},
		{"limit=101", ErrorDetail{"invalid", "limit: 101 is not between 1 and 100", "limit"}},
		{"near=95,0", ErrorDetail{"invalid", "near: latitude 95 is not between -90 and 90", "near"}},
		{"near=44,200", ErrorDetail{"invalid", "near: longitude 200 is not between -180 and 180", "near"}},
		{"near=north,0", ErrorDetail{"invalid", `near: latitude "north" is not a number`, "near"}},
		{"near=44.2", ErrorDetail{"invalid", `near: "44.2" is not a point; give lat,lon in degrees, such as 44.23,-76.49`, "near"}},
		{"radius_km=5", ErrorDetail{"invalid", "radius_km: needs near=lat,lon: a radius around what?", "radius_km"}},
		{"near=44,-76&radius_km=-1", ErrorDetail{"invalid", "radius_km: -1 is not between 0.001 and 20038", "radius_km"}},
		{"near=44,-76&radius_km=far", ErrorDetail{"invalid", `radius_km: "far" is not a number`, "radius_km"}},
		{"sector=charity", ErrorDetail{"invalid", `sector: "charity" is not a sector (one of nonprofit, business, government, education, health, faith, community, individual)`, "sector"}},
		{"lang=xx", ErrorDetail{"invalid", `lang: "xx" is not an ISO 639-1 language code (such as en, fr, es)`, "lang"}},
		{"limt=5", ErrorDetail{"invalid", "limt: is not a parameter of this route (it takes q, lang, sector, near, radius_km, limit, cursor)", "limt"}},
		{"limit=1&limit=2", ErrorDetail{"invalid", "limit: is given 2 times; give it once", "limit"}},
		{"cursor=garbage", ErrorDetail{"invalid", `cursor: "garbage" is not a cursor this server issued; pass next_cursor from the previous page unchanged`, "cursor"}},
		{"sector=education&cursor=" + page.NextCursor, ErrorDetail{"invalid", "cursor: was issued for other filters; repeat the q, lang, sector, near and radius_km of the first page with it", "cursor"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := ts.do(t, request{"GET", "/v1/organizations?" + tt.query, "", ""})
			if got.status != 400 {
				t.Errorf("status = %d, want 400", got.status)
			}
			if diff := cmp.Diff(tt.want, got.errorOf(t)); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}
