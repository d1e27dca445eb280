package scoring_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch/scoring"
)

// TestNeedsSaidAsProblems pins the reading of needs written as who lacks
// what, or as a question: what they name before the word that says what is
// sought or lacking is whom it is about, and a question word asks for the
// place or the transport it names.
func TestNeedsSaidAsProblems(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		name, text, lang string
		want             []string
	}{
		{"who needs it is not what is needed", "Kids at our camp need eye exams", "en", []string{"health.vision"}},
		{"what the trouble is about is not asked", "Our books are a mess, nobody on staff knows QuickBooks", "en", []string{"skill.accounting"}},
		{"what people cannot do without", "Moms in our job program can't attend without someone watching their kids", "en", []string{"care.childcare"}},
		{"the same in French", "Notre conseil d'administration ne comprend rien aux états financiers", "fr", []string{"skill.accounting"}},
		{"the same in Spanish", "Nuestro albergue necesita comida para la cena", "es", []string{"food.meals"}},
		{"nowhere to put things asks for storage", "Our theatre company has 12 boxes of costumes and nowhere to put them", "en", []string{"storage.general"}},
		{"a relative clause says what others lack", "tutors for kids who need help with their homework", "en", []string{"education.tutoring"}},
		{"a need that opens with what it asks is read as before", "Need a room for seniors who can't climb stairs", "en", []string{"space.venue"}},
		{"where asks for a place", "Where can we put frozen turkeys until pickup day?", "en", []string{"storage.general"}},
		{"the same in French", "Où mettre nos boîtes de vêtements cet hiver?", "fr", []string{"storage.general"}},
		{"where to cook", "where can our seniors group bake pies for the bazaar?", "en", []string{"space.kitchen"}},
		{"how to get people somewhere asks for transport", "How do we get 25 kids from the school to the museum?", "en", []string{"transport.general"}},
		{"people who cannot get somewhere need transport", "Seniors can't get to the pantry on distribution day", "en", []string{"transport.general"}},
		{"the same in French", "Nos aînés n'ont pas de moyen pour se rendre à l'épicerie", "fr", []string{"transport.general"}},
		{"the same in Spanish", "Necesitamos llevar las cajas de donativos del centro al albergue", "es", []string{"transport.general"}},
		{"a sum is money", "We're $4,000 short for the new roof", "en", []string{"funding.general"}},
		{"the same in French", "Il nous manque 10 000 $ pour refaire l'aire de jeux", "fr", []string{"funding.general"}},
		{"what the sum is for stays behind what is asked", "a sponsor for a $20,000 restoration", "en", []string{"funding.sponsorship"}},
		{"getting the word out is not transport", "How do we get the word out to parents?", "en", []string{"visibility.promotion"}},
	}
	for _, tc := range tests {
		got := headOf(lx, tc.text, tc.lang)
		if got == nil {
			got = []string{}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %q heads (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

// TestEverydayWords pins everyday words of needs the lexicon once missed,
// in the three languages.
func TestEverydayWords(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct{ text, lang, want string }{
		{"need 100 places to sit for the graduation", "en", "equipment.furniture"},
		{"Il nous faut de quoi asseoir 150 personnes", "fr", "equipment.furniture"},
		{"no tenemos fogones grandes", "es", "equipment.kitchen"},
		{"gym with bleachers for the tournament", "en", "space.gym"},
		{"lockable cubbies for clients' belongings", "en", "storage.general"},
		{"mastografía para las señoras de la colonia", "es", "health.screenings"},
		{"a Tigrinya speaker at intake", "en", "skill.translation"},
		{"hay que traducir los avisos; una promotora habla la lengua", "es", "skill.translation"},
		{"help after a phishing attack", "en", "skill.it_support"},
		{"personne ne connaît notre friperie", "fr", "visibility.general"},
		{"Necesitamos una sala para la asamblea", "es", "space.venue"},
		{"Un kot pour des étudiants étrangers", "fr", "housing.general"},
		{"unas casitas vacías para los trabajadores", "es", "housing.general"},
		{"Des habits chauds pour les familles", "fr", "equipment.clothing"},
		{"Interview outfits for women", "en", "equipment.clothing"},
		{"walls for our exhibitions", "en", "space.walls"},
		{"un lieu pour exposer les toiles de nos membres", "fr", "space.walls"},
		{"une troupe de musique pour la fête", "fr", "entertainment.performers"},
		{"un grupo que toque en la posada", "es", "entertainment.performers"},
		{"grief counselors for the students", "en", "health.mental"},
		{"un accompagnement au deuil pour les familles", "fr", "health.mental"},
		{"acompañamiento en duelo para las familias", "es", "health.mental"},
		{"Il nous faudrait le wi-fi dans la salle", "fr", "tech.internet"},
		{"leaky pipes in our basement", "en", "skill.trades"},
		{"alguien que conoce a todo el mundo en el ejido", "es", "network.leaders"},
		{"a foot in the door with the Somali community", "en", "network.connections"},
		{"sponsors: a name on the jerseys for whoever pays for them", "en", "funding.sponsorship"},
		{"une table de mixage pour le spectacle", "fr", "equipment.audio_visual"},
		{"High-visibility safety vests for the cleanup crew", "en", "equipment.clothing"},
		{"new kitchen cabinets for the shelter", "en", "construction.building"},
		{"help with wills and estate planning for seniors", "en", "service.legal_aid"},
		{"Necesitamos brigadas para reforestar el cerro", "es", "service.tree_planting"},
		{"On veut verdir la cour de l'école", "fr", "service.tree_planting"},
		{"tree planting in the schoolyard", "en", "service.tree_planting"},
		{"Guidance for students applying to college", "en", "mentoring.general"},
		{"apoyo en la elección de carrera para los muchachos", "es", "mentoring.general"},
		{"Las compañeras quieren conseguir trabajo", "es", "employment.general"},
		{"des emplois saisonniers pour nos jeunes", "fr", "employment.general"},
	}
	for _, tc := range tests {
		if got := headOf(lx, tc.text, tc.lang); len(got) == 0 || got[0] != tc.want {
			t.Errorf("%q heads %v, want %s first", tc.text, got, tc.want)
		}
	}
}
