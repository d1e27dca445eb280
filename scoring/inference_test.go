package scoring

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestInferFromMission(t *testing.T) {
	tests := []struct {
		name, mission, lang string
		offers, needs       []string
	}{
		{"en needs and offers", "We have a commercial kitchen. In need of clothing donations.", "en",
			[]string{"We have a commercial kitchen"}, []string{"In need of clothing donations"}},
		{"section headers", "OVERVIEW: Food pantry open Tuesdays. VOLUNTEERS: needed for sorting. DONATIONS: canned goods", "en",
			[]string{"OVERVIEW: Food pantry open Tuesdays"}, []string{"VOLUNTEERS: needed for sorting", "DONATIONS: canned goods"}},
		{"refusals are not needs", "Shelter for families. Volunteers are not needed at this time.", "en",
			[]string{"Shelter for families"}, nil},
		{"french", "Nous offrons des repas chauds. Nous cherchons des bénévoles le samedi.", "fr",
			[]string{"Nous offrons des repas chauds"}, []string{"Nous cherchons des bénévoles le samedi"}},
		{"spanish", "Ofrecemos clases de inglés. Necesitamos voluntarios.", "es",
			[]string{"Ofrecemos clases de inglés"}, []string{"Necesitamos voluntarios"}},
		{"what it has, then what it asks, in one sentence", "Tenemos un salón grande libre los sábados y buscamos voluntarios que enseñen inglés.", "es",
			[]string{"Tenemos un salón grande libre los sábados"}, []string{"buscamos voluntarios que enseñen inglés"}},
		{"a wish is a request", "We have a commercial kitchen that sits unused. We would love to see it used to cook for people nearby.", "en",
			[]string{"We have a commercial kitchen that sits unused"}, []string{"We would love to see it used to cook for people nearby"}},
		{"the needs of others are not a request", "We serve the needs of seniors and run a lunch program.", "en",
			[]string{"We serve the needs of seniors and run a lunch program"}, nil},
	}
	for _, tt := range tests {
		offers, needs := inferFromMission(tt.mission, tt.lang)
		if diff := cmp.Diff(tt.offers, offers); diff != "" {
			t.Errorf("%s: offers (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.needs, needs); diff != "" {
			t.Errorf("%s: needs (-want +got):\n%s", tt.name, diff)
		}
	}
}
