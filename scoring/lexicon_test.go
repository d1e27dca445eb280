package scoring_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch/scoring"
)

// testLexicon is small and fixed, so that these tests pin the matching
// rules, not the contents of the shipped lexicon.
const testLexicon = `
# a comment
concept space.venue
kind resource
label a space or venue
en space; venue
fr salle
es espacio

concept space.gym
kind resource
parent space.venue
label a gym or sports hall
en gym; gymnasium; big hall for games
fr gymnase
es gimnasio

concept storage.general
kind resource
label storage
en storage
met_by_own space.venue 0.6

concept storage.cold
kind resource
parent storage.general
label cold storage
en cold storage; walk-in cooler; somewhere cold
fr chambre froide
es cámara frigorífica

concept group.seniors
kind group
label seniors
en seniors; elderly
fr aînés

concept group.isolated_seniors
kind group
parent group.seniors
label isolated seniors
en isolated seniors
met_by service.home_visits 0.9

concept service.home_visits
kind resource
label home visits
en home visits; visiting elderly neighbours

concept topic.sport
kind topic
label sport
en sport; games
related space.gym
`

func mustLexicon(t *testing.T) *scoring.Lexicon {
	t.Helper()
	lx, err := scoring.ParseLexicon(testLexicon)
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

func conceptsOf(lx *scoring.Lexicon, text, lang string) []string {
	var out []string
	for _, h := range lx.Find(scoring.Analyze(text, lang), lang) {
		out = append(out, lx.Concepts[h.Concept].ID)
	}
	sort.Strings(out)
	return out
}

func TestFindConcepts(t *testing.T) {
	lx := mustLexicon(t)
	tests := []struct {
		text, lang string
		want       []string
	}{
		{"our gymnasium is free on weekends", "en", []string{"space.gym"}},
		{"gyms", "en", []string{"space.gym"}},                          // plural through the stemmer
		{"a big hall for Saturday games", "en", []string{"space.gym"}}, // multi-word trigger with a gap; it covers "games" too
		{"games in a big hall", "en", []string{"space.gym"}},           // any order
		{"games", "en", []string{"topic.sport"}},
		{"cold storage for produce", "en", []string{"storage.cold"}}, // longest trigger wins over "storage"
		{"storage", "en", []string{"storage.general"}},
		{"somewhere cold to keep donated food overnight", "en", []string{"storage.cold"}},
		{"cold weather, and then later a big storage unit", "en", []string{"storage.general"}}, // too far apart
		{"une chambre froide", "fr", []string{"storage.cold"}},
		{"Gimnasios", "es", []string{"space.gym"}}, // case and inflection
		{"gymnase", "en", nil},                     // French word, English text: no match
	}
	for _, tt := range tests {
		got := conceptsOf(lx, tt.text, tt.lang)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q, %s) (-want +got):\n%s", tt.text, tt.lang, diff)
		}
	}
}

func TestMatchTextsFollowsLinks(t *testing.T) {
	lx := mustLexicon(t)
	tests := []struct {
		name             string
		need, nlang      string
		offer, olang     string
		wantMin, wantMax float64
	}{
		{"same concept, other words", "a big hall for games", "en", "our gymnasium", "en", 1, 1},
		{"narrower offer meets broader need", "a venue for our party", "en", "our gym", "en", 0.9, 0.9},
		{"broader offer meets narrower need in part", "a gym", "en", "space for rent", "en", 0.5, 0.5},
		{"directional link", "reach isolated seniors", "en", "home visits by volunteers", "en", 0.9, 0.9},
		{"the link does not run backwards", "home visits", "en", "isolated seniors in our building", "en", 0, 0.29},
		{"across languages", "chambre froide", "fr", "a walk-in cooler", "en", 1, 1},
		// Unlinked pairs get at most the word-vector hint (vectorHint).
		{"same topic, other kind of help", "cold storage", "en", "a gymnasium", "en", 0, 0.2},
		{"a concept's own link", "storage for our chairs", "en", "a spare space", "en", 0.6, 0.6},
		{"is not inherited by narrower concepts", "cold storage for our produce", "en", "a spare space", "en", 0, 0.2},
	}
	for _, tt := range tests {
		got := lx.MatchTexts(tt.need, tt.nlang, tt.offer, tt.olang).Strength
		if got < tt.wantMin || got > tt.wantMax {
			t.Errorf("%s: MatchTexts(%q, %q) = %.3f, want in [%.2f, %.2f]", tt.name, tt.need, tt.offer, got, tt.wantMin, tt.wantMax)
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"directive before concept", "kind resource", `line 1: "kind" before the first concept`},
		{"unknown directive", "concept a.b\nkind resource\nlabel x\ncolour red", `line 4: unknown directive "colour"`},
		{"bad kind", "concept a.b\nkind thing", `line 2: kind "thing" is not resource, group or topic`},
		{"missing label", "concept a.b\nkind resource", `concept "a.b": kind and label are required`},
		{"duplicate", "concept a.b\nkind resource\nlabel x\nconcept a.b", `line 4: concept "a.b" defined twice`},
		{"unknown parent", "concept a.b\nkind resource\nlabel x\nparent c.d", `line 4: parent names unknown concept "c.d"`},
		{"bad weight", "concept a.b\nkind resource\nlabel x\nmet_by a.b 7", `line 4: met_by weight "7" is not in (0,1]`},
		{"ambiguous trigger", "concept a.b\nkind resource\nlabel x\nen gyms\nconcept c.d\nkind resource\nlabel y\nen gym", `en trigger "gym" of c.d matches exactly what a trigger of a.b matches`},
		{"cycle", "concept a.b\nkind resource\nlabel x\nparent c.d\nconcept c.d\nkind resource\nlabel y\nparent a.b", `concept "a.b": parent cycle through "a.b"`},
	}
	for _, tt := range tests {
		_, err := scoring.ParseLexicon(tt.text)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%s: err = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestBuiltinLexiconCoversTheDomain(t *testing.T) {
	lx := scoring.DefaultLexicon()
	kinds := map[string]int{}
	for _, c := range lx.Concepts {
		kinds[c.Kind]++
	}
	if len(lx.Concepts) < 150 || kinds[scoring.KindResource] < 60 || kinds[scoring.KindGroup] < 15 || kinds[scoring.KindTopic] < 20 {
		t.Errorf("built-in lexicon has %d concepts (%v); want at least 150 across resources, groups and topics", len(lx.Concepts), kinds)
	}
}

// TestMatchTextsReadsOffersAsOffers pins that MatchTexts reads its offer
// the way a profile's offers are read: the people an offer calls its own
// ("our congregation") are what it brings, where a need's own people are
// already there and not what it asks for.
func TestMatchTextsReadsOffersAsOffers(t *testing.T) {
	checkMet(t, []metCase{
		{"its own people are what it offers", "people to serve at our Thanksgiving dinner", "our congregation loves to pitch in on holidays", "en", true},
		{"the same in Spanish", "gente para servir la cena de Navidad", "a nuestros miembros les encanta ayudar en las fiestas", "es", true},
		{"its own people are no volunteers for a need", "our congregation loves to pitch in on holidays", "people to serve at our Thanksgiving dinner", "en", false},
	}, 0.3, "offers met")
}

// TestOffersThatCountTheirPeople pins that an offer counting the people it
// has ("with 60 children") brings them to whoever needs those people, while
// people it only serves or reaches are not on offer.
func TestOffersThatCountTheirPeople(t *testing.T) {
	checkMet(t, []metCase{
		{"people it has", "kids for our free summer sports camp", "daycare center with 60 children looking for outings", "en", true},
		{"the same in French", "des enfants pour notre camp de jour", "un CPE avec 60 enfants qui cherche des sorties", "fr", true},
		{"the same in Spanish", "personas mayores para nuestro taller de memoria", "un club social con 120 jubilados que buscan actividades", "es", true},
		{"people it serves", "kids for our free summer sports camp", "after-school tutoring for 40 kids", "en", false},
		{"people it reaches", "more families at our market", "hampers reaching 800 households a month", "en", false},
		{"a group it has", "des enfants pour notre atelier de cirque", "la maison de quartier a un groupe de gamins libres le samedi", "fr", true},
		{"a counted group it has", "abuelos para nuestro coro", "el centro de día tiene un grupo de 30 abuelos", "es", true},
		{"people it seeks activities for", "teens for our free climbing program", "youth shelter looking for weekend outings for the teens staying with us", "en", true},
		{"the same in Spanish", "familias para nuestras noches de lectura", "albergue familiar busca actividades para las familias que atiende", "es", true},
		{"people it seeks to help in its activities are not had", "seniors for our choir", "youth center seeks senior volunteers to help with its after-school activities", "en", false},
	}, 0.3, "needs for people met")
}

// TestOffersThatSeek pins that an offer saying its organization seeks
// something does not offer it: what it has is what it names before.
func TestOffersThatSeek(t *testing.T) {
	checkMet(t, []metCase{
		{"a club that seeks mentors offers none", "mentors for teenage girls", "our girls' club needs mentors", "en", false},
		{"the same in French", "des bénévoles pour la guignolée", "nous cherchons aussi des bénévoles pour notre friperie", "fr", false},
		{"the same in Spanish", "voluntarios para la colecta de juguetes", "también buscamos voluntarios para nuestro comedor", "es", false},
		{"what it has before it seeks still counts", "seniors for our choir", "nursing home looking for volunteers", "en", true},
		{"volunteers needed are not offered", "volunteers to sort donations", "volunteers needed for our food drive", "en", false},
		{"the same in French", "des bénévoles pour trier les dons", "bénévoles recherchés pour notre guignolée", "fr", false},
		{"drivers on call are", "drivers for our food runs", "volunteer drivers available as needed", "en", true},
		{"people seeking a chance to give offer themselves", "a logo and flyers that don't look homemade", "graphic design students seeking real clients", "en", true},
		{"what it is short on is not offered", "drivers for our grocery deliveries", "the meal program is short on drivers this winter", "en", false},
		{"nor what it asks around for", "folding tables for the block party", "church hall asking around for folding tables", "en", false},
		{"nor what it lacks, in French", "des bénévoles pour notre marché", "la ressourcerie manque de bénévoles le samedi", "fr", false},
		{"nor what it asks for, in Spanish", "sillas plegables para la kermés", "la parroquia pide sillas plegables prestadas", "es", false},
		{"sponsorship packages seek sponsors", "a sponsor for our 10K run", "Sponsorship packages available for our spring gala: gold, silver and bronze", "en", false},
	}, 0.3, "offers that seek")
}

// TestPeopleWhoSeekHours pins that people an offer names as seeking
// something for themselves ("students who each need 40 volunteer hours")
// are what it has: volunteers, not the hours or jobs they seek.
func TestPeopleWhoSeekHours(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		need, offer string
		atLeast     float64 // the strength must be at least this
		below       float64 // and below this
	}{
		{"volunteers for our events", "students who need 40 volunteer hours to graduate", 0.6, 1.01},
		{"employers open to hiring newcomers", "1,100 students who each need 40 volunteer hours to graduate", 0, 0.5},
		{"teens needed for the youth council", "Youth council seeks new members aged 15-19!", 0, 0.5},
	}
	for _, tt := range tests {
		if got := lx.MatchTexts(tt.need, "en", tt.offer, "en").Strength; got < tt.atLeast || got >= tt.below {
			t.Errorf("%q for %q: strength %.2f, want in [%.2f, %.2f)", tt.offer, tt.need, got, tt.atLeast, tt.below)
		}
	}
}

// TestLanguagesNotSpoken pins that a language people do not speak is not
// the language help is asked in: interpreters of Arabic help newcomers who
// don't speak English, while English classes are still not Spanish ones.
func TestLanguagesNotSpoken(t *testing.T) {
	checkMet(t, []metCase{
		{"the language they don't speak", "help reading letters for newcomers who don't speak English", "volunteers fluent in Arabic, Tigrinya and Dari", "en", true},
		{"the same in Spanish", "ayuda para leer cartas para personas que no hablan inglés", "voluntarios bilingües en árabe y ucraniano", "es", true},
		{"a class in another language", "English classes for parents", "Spanish classes for adults", "en", false},
	}, 0.5, "language help met")
}

// TestServiceToTheSamePeople pins that a need for people is weakly met
// (above nothing, below met) by a service that names them as whom it
// serves: it knows them, but does not bring them.
func TestServiceToTheSamePeople(t *testing.T) {
	lx := scoring.DefaultLexicon()
	for _, c := range []struct{ need, offer, lang string }{
		{"adults with disabilities for our inclusive art class", "day program serving 40 adults with developmental delays", "en"},
		{"kids for our free summer sports camp", "after-school tutoring for 40 kids", "en"},
		{"des familles pour notre fête de quartier", "aide aux devoirs pour 40 enfants", "fr"},
		{"familias para nuestra feria de salud", "despensa que atiende a 300 familias cada mes", "es"},
	} {
		if s := lx.MatchTexts(c.need, c.lang, c.offer, c.lang).Strength; s <= 0 || s >= 0.3 {
			t.Errorf("%q by %q: strength %.2f, want in (0, 0.3)", c.need, c.offer, s)
		}
	}
}

// TestPeopleOpenTheirOwnDoors pins that a need for access to some people
// is met by an offer of those people themselves, not by an offer of
// something else that names them.
func TestPeopleOpenTheirOwnDoors(t *testing.T) {
	checkMet(t, []metCase{
		{"their own organization", "introductions to local farmers", "a co-op of 60 family farms", "en", true},
		{"the same in Spanish", "contacto con los productores de la comarca", "nuestra cooperativa conoce a todos los agricultores de la zona", "es", true},
		{"something else for them", "introductions to local churches", "church hall for rent", "en", false},
	}, 0.5, "access met by the people")
}

// TestHallMeetsAPerformanceNeed pins that a hall meets most of a need for a
// place to perform ("a hall for our spring concert" reads as a concert
// hall): halls host concerts and shows, so the offer counts for more than
// a bare venue would.
func TestHallMeetsAPerformanceNeed(t *testing.T) {
	checkMet(t, []metCase{
		{"a parish hall for a concert", "a hall for our spring concert", "a parish hall for 200", "en", true},
		{"the same in French", "une salle de spectacle pour notre concert", "une salle paroissiale pour 200 personnes", "fr", true},
		{"the same in Spanish", "un auditorio para nuestro concierto", "un salón comunitario para 200 personas", "es", true},
		{"a classroom is no stage", "a hall for our spring concert", "a classroom free after school", "en", false},
	}, 0.7, "performance needs met by a hall")
}

// TestTokensReachNobody pins that what a taker offers in return for free
// help (a thank-you, "exposure", "good vibes") reaches none of the people a
// partner needs, where a real channel to them does.
func TestTokensReachNobody(t *testing.T) {
	checkMet(t, []metCase{
		{"good vibes bring no families", "young families in the parish", "good vibes", "en", false},
		{"a thank-you brings no seniors", "older residents for our oral history project", "a thank-you from our members", "en", false},
		{"nor in French", "des jeunes pour animer nos soirées", "nos remerciements", "fr", false},
		{"nor in Spanish", "familias jóvenes para el festival", "nuestro agradecimiento", "es", false},
		{"a newsletter to families reaches them", "young families in the parish", "a newsletter that goes home to 420 families", "en", true},
	}, 0.3, "needs for people met")
}

// metCase is a need and an offer in one language, and whether the offer
// should meet the need at least as strongly as checkMet asks.
type metCase struct {
	name, need, offer, lang string
	want                    bool
}

// checkMet reports, as one go-cmp diff, the cases whose MatchTexts
// strength is not on the expected side of min.
func checkMet(t *testing.T, cases []metCase, min float64, what string) {
	t.Helper()
	lx := scoring.DefaultLexicon()
	got, want := map[string]bool{}, map[string]bool{}
	for _, c := range cases {
		got[c.name] = lx.MatchTexts(c.need, c.lang, c.offer, c.lang).Strength >= min
		want[c.name] = c.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s, met at least %v (-want +got):\n%s", what, min, diff)
	}
}

// TestDeliveryGivesWhatItDelivers pins that an offer to deliver a thing
// offers the thing: "hot meal delivery" meets a need for hot meals fully,
// not as a mention besides its head.
func TestDeliveryGivesWhatItDelivers(t *testing.T) {
	checkMet(t, []metCase{
		{"meal delivery gives meals", "hot meals for patients recovering at home", "hot meal delivery", "en", true},
		{"the same in French", "des repas chauds pour nos aînés", "livraison de repas chauds", "fr", true},
		{"and in Spanish", "comidas calientes para personas enfermas", "entrega de comidas calientes a domicilio", "es", true},
		{"groceries delivered are no meals", "hot meals for patients recovering at home", "grocery delivery to seniors", "en", false},
	}, 0.8, "delivered things met")
}
