package scoring_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

// headOf returns the head concepts of a need or offer as Explain lists them.
func headOf(lx *scoring.Lexicon, text, lang string) []string {
	var heads []string
	for _, c := range lx.Explain(text, lang) {
		if c[0] == '*' {
			heads = append(heads, c[1:])
		}
	}
	return heads
}

// TestReadingOfNeeds pins how a need is read: what it asks for, not what
// it mentions on the way.
func TestReadingOfNeeds(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		name, text, lang string
		want             []string
	}{
		{"a time clause is not part of a trigger", "classrooms free at lunch", "en", []string{"space.classroom"}},
		{"counselling on settling in is settlement work", "settlement counselling for newcomers", "en", []string{"service.settlement"}},
		{"the same in French", "conseils en établissement pour nouveaux arrivants", "fr", []string{"service.settlement"}},
		{"a compound read the other way round still is", "room for meetings", "en", []string{"space.meeting_room"}},
		{"what follows a dash says what it is for", "seeking venue - spring fundraiser gala, approx 150 guests", "en", []string{"space.venue"}},
		{"the same with a long dash", "a big room — our annual fundraiser dinner", "en", []string{"space.hall"}},
		{"people a need calls its own are not what it asks for", "something to get our drop-in kids reading", "en", []string{"program.reading"}},
		{"people it does not have are", "more kids at our drop-in", "en", []string{"group.children"}},
		{"an audience of some people asks for those people", "Queremos que más personas sordas participen en el festival", "es", []string{"resource.audience", "group.disabilities"}},
		{"the same in English", "more participants from the deaf community", "en", []string{"resource.audience", "group.disabilities"}},
		{"not people it calls its own", "more participants for our seniors' concerts", "en", []string{"resource.audience"}},
		{"people looked for are what it asks for, not whom it serves", "Looking for veterans for a peer fitness group", "en", []string{"group.veterans"}},
		{"whom it serves still come after the seeking", "Looking for a van for seniors", "en", []string{"transport.vehicles"}},
		{"its own clients are there too", "a counselor our clients can talk to after a crisis", "en", []string{"health.mental"}},
		{"unless they are all it names", "more of our customers coming back", "en", []string{"resource.customers"}},
		{"others to use what it has", "groups that would use our hall", "en", []string{"resource.users"}},
		{"the same in French", "des groupes pour utiliser notre salle", "fr", []string{"resource.users"}},
		{"people to use a thing are still people", "drivers to use our van", "en", []string{"volunteers.drivers"}},
		{"someone to give to", "community events to sponsor", "en", []string{"resource.users"}},
		{"the same in Spanish", "proyectos para patrocinar", "es", []string{"resource.users"}},
		{"a generic head refined later", "local employers to host placements", "en", []string{"employment.internships"}},
		{"interns are people", "co-op students for the summer", "en", []string{"employment.interns"}},
		{"hosting interns is offering placements", "we host interns every summer", "en", []string{"employment.internships"}},
		{"places are not venues", "places where students can earn volunteer hours", "en", []string{"employment.work_experience"}},
		{"a place to volunteer is an opportunity", "places where students can volunteer", "en", []string{"employment.work_experience"}},
		{"opportunities on offer are a call for volunteers", "Volunteers: Administrative and intake opportunities are available for adults.", "en", []string{"volunteers.general"}},
		{"the same in French", "Possibilités de bénévolat disponibles pour les adultes", "fr", []string{"volunteers.general"}},
		{"a heading of volunteer opportunities lists them", "Volunteer opportunities: Allow seniors to serve in a whole range of programs.", "en", []string{"volunteers.general"}},
		{"the same in Spanish", "Oportunidades de voluntariado: acompañar a personas mayores en sus citas.", "es", []string{"volunteers.general"}},
		{"what volunteers serve as says which volunteers", "Volunteers age 18 and older serve as mentors, tutors, and supervise recreational activities.", "en", []string{"volunteers.general"}},
		{"hosts of a show are volunteers", "volunteer hosts", "en", []string{"volunteers.general"}},
		{"shops to carry what it grows are customers", "shops that will carry our produce all year", "en", []string{"resource.customers"}},
		{"the same in Spanish", "negocios locales que vendan nuestras verduras", "es", []string{"resource.customers"}},
		{"money to buy its own supplies is money", "funds to buy our supplies", "en", []string{"funding.general"}},
		{"places that will buy are customers, not space", "offices and cafes that will buy beans every week", "en", []string{"resource.customers"}},
		{"the same in French", "des épiceries qui achètent des produits locaux", "fr", []string{"resource.customers"}},
		{"the same in Spanish", "tiendas que compren pan cada semana", "es", []string{"resource.customers"}},
		{"people who cannot afford to buy need the thing", "families who cannot afford to buy food", "en", []string{"food.general", "group.families"}},
		{"a van that can carry people is a van", "a van that can carry 12 people", "en", []string{"transport.vehicles"}},
		{"a business's contracts are customers", "steady commercial maintenance contracts", "en", []string{"resource.customers"}},
		{"contracts to look over are a lawyer's", "someone to look over contracts", "en", []string{"skill.legal"}},
		{"apprentice mechanics are people to train, not repairs", "apprentice mechanics", "en", []string{"employment.interns"}},
		{"landscaping is a trade of its own", "native plant landscaping and rain basin installs", "en", []string{"skill.landscaping"}},
		{"a shout-out is promotion, though its second word is a stop word", "a shout-out at the game", "en", []string{"visibility.promotion"}},
		{"the same written whole", "shoutouts", "en", []string{"visibility.promotion"}},
		{"yard makeovers are landscaping, not a haircut", "drought-tolerant yard makeovers", "en", []string{"skill.landscaping"}},
		{"riders are a transit service's customers", "more young riders", "en", []string{"resource.customers"}},
		{"a clause with its own subject is not the head", "a certified kitchen we can cook in on weekday mornings", "en", []string{"space.kitchen_commercial"}},
		{"volunteers and what they would do", "buscamos voluntarios que enseñen inglés", "es", []string{"education.language_classes", "volunteers.general"}},
		{"older folks are seniors", "older folks to read to toddlers", "en", []string{"group.seniors"}},
		{"what people want to do is theirs too", "retired teachers who want to coach teens", "en", []string{"volunteers.tutors", "mentoring.general"}},
		{"the same in Spanish", "jubilados que quieren enseñar inglés", "es", []string{"education.language_classes", "group.seniors"}},
		{"help paying for food is money, not food", "Help Pay for Food", "en", []string{"funding.household_assistance"}},
		{"space to play indoors is a gym", "indoor space for Saturday play in winter", "en", []string{"space.gym"}},
		{"the same in French", "un espace pour jouer au ballon l'hiver", "fr", []string{"space.gym"}},
		{"kitchen helpers are cooks, not a kitchen", "ayudantes de cocina con experiencia", "es", []string{"skill.culinary"}},
		{"the same in French", "des aides-cuisiniers le samedi", "fr", []string{"skill.culinary"}},
		{"help to renovate a kitchen asks for builders", "de l'aide pour rénover la cuisine", "fr", []string{"construction.building"}},
		{"the same in Spanish", "ayuda para renovar la cocina", "es", []string{"construction.building"}},
		{"graduates of a cooking program are cooks", "culinary training program graduates", "en", []string{"skill.culinary"}},
		{"land to build on is not a garden", "land for affordable housing", "en", []string{"housing.land"}},
		{"a lot zoned for housing is land to build on", "a Bay Street lot we own that is zoned for 40 units", "en", []string{"housing.land"}},
		{"general contracting is building work, not contracts", "general contracting for residential buildings", "en", []string{"construction.building"}},
		{"a builder builds", "a builder who can deliver 60 affordable homes", "en", []string{"construction.building"}},
		{"an online gallery is a website to build", "an online gallery for our members' work", "en", []string{"skill.web_dev"}},
		{"digital art is made with code", "help making interactive or digital art", "en", []string{"skill.web_dev"}},
		{"the same in Spanish", "una galería en línea para nuestras artistas", "es", []string{"skill.web_dev"}},
		{"paint is a building material", "donated exterior paint", "en", []string{"construction.building"}},
		{"mural paint is an art supply", "paint for a mural on the school wall", "en", []string{"equipment.art_supplies"}},
		{"a place to send its surplus asks for takers", "a place to send our surplus harvest", "en", []string{"resource.users"}},
		{"the same in French", "un endroit où donner nos surplus de légumes", "fr", []string{"resource.users"}},
		{"what a place is sought to receive is its own, said or not", "somewhere to send unsellable produce instead of paying to landfill it", "en", []string{"resource.users"}},
		{"the same in Spanish", "un lugar donde donar pan sobrante", "es", []string{"resource.users"}},
		{"someone to give it is a giver", "someone to donate food for our pantry", "en", []string{"food.donations"}},
		{"people to send its things still are people", "volunteers to send our newsletter", "en", []string{"volunteers.general"}},
		{"people with a skill are those people, not training", "adult volunteers with medical training as well as non-medically trained volunteers needed", "en", []string{"volunteers.general"}},
		{"a need read the other way round across with is still a compound", "help with homework", "en", []string{"education.tutoring"}},
		{"training for volunteers is training", "training for our volunteers", "en", []string{"training.general"}},
		{"a French plural stems apart from its singular", "des microcrédits pour démarrer", "fr", []string{"funding.loans"}},
		{"small loans are no small children", "préstamos pequeños sin número de seguro social", "es", []string{"funding.loans"}},
		{"credit to buy equipment is a loan", "crédito para comprar equipo", "es", []string{"funding.loans"}},
		{"pay asked for one's work seeks a buyer", "une petite rémunération pour les interprétations", "fr", []string{"resource.customers"}},
		{"the same in English", "paid commissions", "en", []string{"resource.customers"}},
		{"a place of worship asked for is a space", "nous cherchons un lieu de culte à Winooski ou tout près", "fr", []string{"space.venue"}},
		{"muralists paint murals", "muralists", "en", []string{"skill.murals"}},
		{"murals designed and painted are no paint", "mural design and painting", "en", []string{"skill.murals"}},
		{"walls lined up for murals are walls", "building walls lined up for murals, with owners' permission", "en", []string{"space.walls"}},
		{"the same in Spanish", "paredes", "es", []string{"space.walls"}},
		{"paint in Spanish is paint", "pintura", "es", []string{"construction.building"}},
		{"apartment vacancies are no jobs", "apartment vacancies, including three- and four-bedroom units", "en", []string{"housing.units"}},
		{"CDL students are drivers", "CDL students who need supervised road hours in a real truck", "en", []string{"volunteers.drivers"}},
		{"snow to shovel is yard work", "pelleter la neige", "fr", []string{"housing.repairs"}},
		{"spent grain is feed, not a delivery", "brewer's spent grain, about two tons a week, free for pickup", "en", []string{"food.animal_feed"}},
		{"feed a farm would take is no food for people", "we'd take any cheap feed we can get", "en", []string{"food.animal_feed"}},
		{"the same in French", "de la moulée pour nos cochons", "fr", []string{"food.animal_feed"}},
		{"farmworkers are no farmers", "farmworkers", "en", []string{"group.farmworkers"}},
		{"the same in Spanish", "llegamos a trabajadores de las granjas", "es", []string{"group.farmworkers"}},
		{"the same in French", "des travailleurs agricoles saisonniers", "fr", []string{"group.farmworkers"}},
		{"pickers are people, not apples", "apple pickers for six weeks in fall", "en", []string{"group.farmworkers"}},
		{"expert guests speak as at a workshop", "invitados expertos en salud, dinero y derechos", "es", []string{"program.workshops"}},
		{"African dishes are meals", "plats africains pour les événements", "fr", []string{"food.meals"}},
		{"places at the markets are stalls", "des places sur les marchés", "fr", []string{"space.storefront"}},
		{"a tournament is an event", "torneo de verano abierto al público", "es", []string{"event.general"}},
		{"a film club is an event", "ciné-club en français", "fr", []string{"event.general"}},
		{"enrichment is activities", "weekend enrichment programs", "en", []string{"program.activities"}},
		{"a troupe's dance shows are performers, not an event", "presentaciones de danza folklórica para festivales y escuelas", "es", []string{"entertainment.performers"}},
		{"a fashion show is a performance", "défilé de mode en pagne pour les festivals", "fr", []string{"entertainment.performers"}},
		{"people coming home from prison are no home help", "Second Chance Works helps people coming home from prison find stable work", "en", []string{"group.justice_involved"}},
		{"street artists are entertainment, not people living on the street", "buskers, performers and live art for Street Fest", "en", []string{"entertainment.performers"}},
		{"places to exhibit are walls, not workplaces", "places to exhibit work", "en", []string{"space.walls"}},
		{"a second for adds to what is sought", "We're always looking for volunteer drivers and for teenagers to help in the gift shop", "en", []string{"volunteers.drivers", "group.teens"}},
		{"volunteers and other people are people both", "volunteers and teens for our fall fair", "en", []string{"volunteers.general", "group.teens"}},
		{"a concept is read where it is first named", "Volunteers may assist by answering phones, working on the newsletter or other special projects. May be used to fulfill the high school graduation service learning requirement.", "en", []string{"volunteers.general"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, headOf(lx, tt.text, tt.lang)); diff != "" {
			t.Errorf("%s: heads of %q (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}

// TestUsersOfWhatItHas checks that a need for users of a hall is met by an
// organization that needs a hall, and not by one that offers a hall.
func TestUsersOfWhatItHas(t *testing.T) {
	lx := scoring.DefaultLexicon()
	parish := lx.NewProfile(&partnermatch.Organization{ID: "parish", Name: "Parish", Sector: "faith",
		Offers: []string{"a parish hall for 200"}, Needs: []string{"groups that would use our hall"}})
	choir := lx.NewProfile(&partnermatch.Organization{ID: "choir", Name: "Choir", Sector: "community",
		Offers: []string{"concerts for seniors"}, Needs: []string{"a big room for rehearsals"}})
	church := lx.NewProfile(&partnermatch.Organization{ID: "church", Name: "Church", Sector: "faith",
		Offers: []string{"a church hall free on weekdays"}, Needs: []string{"a roofer"}})

	ev := lx.Evaluate(parish, choir, scoring.Graph{})
	var vias []string
	for _, m := range ev.Gives {
		vias = append(vias, m.Via)
	}
	if diff := cmp.Diff([]string{scoring.ViaUser}, vias); diff != "" {
		t.Errorf("the choir meets the parish's need as (-want +got):\n%s", diff)
	}
	if len(ev.Receives) != 1 {
		t.Errorf("the parish's hall should meet the choir's need once, got %d exchanges", len(ev.Receives))
	}
	if got := lx.Evaluate(parish, church, scoring.Graph{}); len(got.Gives) != 0 {
		t.Errorf("a church that offers a hall meets the parish's need for users: %+v", got.Gives)
	}
}

// TestTakersOfWhatWouldBeWasted checks that a need to stop throwing food
// out, or one that names the organization's surplus, asks for someone to
// take it, not for food. TestWhatDoesNotMeetANeed
// checks that an offer to come and take things away meets that need and no
// need for the things.
func TestTakersOfWhatWouldBeWasted(t *testing.T) {
	lx := scoring.DefaultLexicon()
	readings := []struct {
		name, text, lang string
		want             []string
	}{
		{"what would be thrown out asks for takers", "a way to stop throwing out good food at closing", "en", []string{"resource.users"}},
		{"the same in French", "au lieu de jeter nos invendus de pain", "fr", []string{"resource.users"}},
		{"the same in Spanish", "algo para no tirar el pan que sobra", "es", []string{"resource.users"}},
		{"someone to take our things is a taker", "someone to take our day-old bread", "en", []string{"resource.users"}},
		{"food waste as a noun asks for bins", "compost bins for food waste", "en", []string{"equipment.garden_supplies"}},
		{"what is to be hauled away asks for takers", "someone to haul away spent grain every week", "en", []string{"resource.users"}},
		{"what others would rid us of", "quelqu'un pour nous débarrasser du pain invendu", "fr", []string{"resource.users"}},
		{"what we could use is asked for", "we could also use some younger hands for our fall rummage sale", "en", []string{"volunteers.general"}},
		{"our extra harvest is ours to give", "a way to get our extra harvest to people who need it", "en", []string{"resource.users"}},
		{"where our surplus can go", "somewhere our surplus harvest can go before it rots on the vine", "en", []string{"resource.users"}},
		{"an outlet for what did not sell", "an outlet for unsold produce", "en", []string{"resource.users"}},
		{"the same in French", "un endroit pour nos légumes invendus", "fr", []string{"resource.users"}},
		{"the same in Spanish", "alguien que se lleve nuestras verduras sobrantes", "es", []string{"resource.users"}},
		{"extra hands are more hands", "extra hands to thin fruit in June", "en", []string{"volunteers.general"}},
		{"a surplus sought is food asked for", "farms and food businesses with surplus", "en", []string{"food.donations"}},
		{"a place to keep our surplus asks for storage", "cold storage for our surplus produce", "en", []string{"storage.cold"}},
	}
	for _, tt := range readings {
		if diff := cmp.Diff(tt.want, headOf(lx, tt.text, tt.lang)); diff != "" {
			t.Errorf("%s: need %q (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}

// viasOfGives lists how taker meets giver's needs, one way per need met
// (scoring.ViaUser and the like; "" for an offer).
func viasOfGives(lx *scoring.Lexicon, giver, taker *scoring.Profile) []string {
	var vias []string
	for _, m := range lx.Evaluate(giver, taker, scoring.Graph{}).Gives {
		vias = append(vias, m.Via)
	}
	return vias
}

// TestSurplusSeeksTakers checks that a business that would sell what a
// garden gives away as surplus is no taker of it, and a pantry is
// (TestTakersOfWhatWouldBeWasted pins the reading).
func TestSurplusSeeksTakers(t *testing.T) {
	lx := scoring.DefaultLexicon()
	garden := lx.NewProfile(&partnermatch.Organization{ID: "garden", Name: "Garden", Sector: "community",
		Offers: []string{"garden plots for families"}, Needs: []string{"a way to get our extra harvest to people who need it"}})
	farm := lx.NewProfile(&partnermatch.Organization{ID: "farm", Name: "Farm", Sector: "business",
		Offers: []string{"farm tours"}, Needs: []string{"an outlet for our surplus vegetables"}})
	pantry := lx.NewProfile(&partnermatch.Organization{ID: "pantry", Name: "Pantry", Sector: "nonprofit",
		Offers: []string{"a weekly pantry for 200 families"}, Needs: []string{"more fresh vegetables for our families"}})
	grocer := lx.NewProfile(&partnermatch.Organization{ID: "grocer", Name: "Grocer", Sector: "business",
		Offers: []string{"a community bulletin board"}, Needs: []string{"fresh vegetables grown close by"}})
	tests := []struct {
		name         string
		giver, taker *scoring.Profile
		want         []string // how the taker meets the giver's needs
	}{
		{"a pantry takes a garden's surplus", garden, pantry, []string{scoring.ViaUser}},
		{"a grocer would sell it", garden, grocer, nil},
		{"a farm's surplus may go to a grocer", farm, grocer, []string{scoring.ViaUser}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, viasOfGives(lx, tt.giver, tt.taker)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}

	// A pantry that picks up surplus and asks for food donations takes
	// what the garden gives: one trade seen from both sides, not food
	// given for food.
	garden.Org.Offers = []string{"surplus tomatoes and greens all summer"}
	garden = lx.NewProfile(garden.Org)
	pickup := lx.NewProfile(&partnermatch.Organization{ID: "pickup", Name: "Pickup", Sector: "nonprofit",
		Offers: []string{"same-night pickup of unsold food from shops and restaurants"}, Needs: []string{"more food donations from local businesses"}})
	ev := lx.Evaluate(garden, pickup, scoring.Graph{})
	if len(ev.Gives) == 0 || len(ev.Receives) == 0 || ev.Suggestion.Components.Complementarity < 0.5 {
		t.Errorf("garden and pickup pantry: %d needs met each way (%d back), complementarity %.2f; want both ways, at least 0.5",
			len(ev.Gives), len(ev.Receives), ev.Suggestion.Components.Complementarity)
	}
}

// TestVolunteersAreNoPayroll checks that skilled volunteers' work is not a
// business's hiring, either way round, while a nonprofit takes it, and
// hands at a harvest still help a farm.
func TestVolunteersAreNoPayroll(t *testing.T) {
	lx := scoring.DefaultLexicon()
	civicTech := lx.NewProfile(&partnermatch.Organization{ID: "civic-tech", Name: "Civic tech", Sector: "community",
		Offers: []string{"volunteer web developers and designers"}, Needs: []string{"real projects for our volunteer coders"}})
	firm := lx.NewProfile(&partnermatch.Organization{ID: "firm", Name: "Software firm", Sector: "business",
		Offers: []string{"office space for meetups"}, Needs: []string{"co-op students and junior developers"}})
	charity := lx.NewProfile(&partnermatch.Organization{ID: "charity", Name: "Charity", Sector: "nonprofit",
		Offers: []string{"a room for meetups"}, Needs: []string{"someone to build our website"}})
	club := lx.NewProfile(&partnermatch.Organization{ID: "club", Name: "Club", Sector: "community",
		Offers: []string{"student volunteers for your harvest and festivals"}, Needs: []string{"outings in French"}})
	vineyard := lx.NewProfile(&partnermatch.Organization{ID: "vineyard", Name: "Vineyard", Sector: "business",
		Offers: []string{"tours in French"}, Needs: []string{"extra hands for the grape harvest"}})
	tests := []struct {
		name          string
		giver, taker  *scoring.Profile
		wantExchanges bool // whether the taker's side meets some need of the giver's
	}{
		{"volunteer developers do not fill a firm's junior developers", firm, civicTech, false},
		{"a firm's hiring is no project for volunteer coders", civicTech, firm, false},
		{"a charity's website is one", civicTech, charity, true},
		{"volunteer developers build a charity's website", charity, civicTech, true},
		{"hands at a harvest help a vineyard", vineyard, club, true},
	}
	for _, tt := range tests {
		if got := len(lx.Evaluate(tt.giver, tt.taker, scoring.Graph{}).Gives) > 0; got != tt.wantExchanges {
			t.Errorf("%s: %s's needs met by %s: %v, want %v", tt.name, tt.giver.Org.ID, tt.taker.Org.ID, got, tt.wantExchanges)
		}
	}
}

// TestVolunteersForTheWork checks that a need for volunteers who do some
// work is met by volunteers who do it, or by the work itself, before
// volunteers who do something else.
func TestVolunteersForTheWork(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		need, needLang, doesIt, doesOther, offerLang string
	}{
		{"buscamos voluntarios que enseñen inglés a nuestros miembros", "es", "ESL conversation circles", "free native trees and planting crews", "en"},
		{"volunteers who can drive seniors to appointments", "en", "retired volunteer drivers with their own cars", "student volunteers for events", "en"},
	}
	for _, tt := range tests {
		does, other := lx.MatchTexts(tt.need, tt.needLang, tt.doesIt, tt.offerLang), lx.MatchTexts(tt.need, tt.needLang, tt.doesOther, tt.offerLang)
		if does.Strength < 0.8 || other.Strength > 0.5 {
			t.Errorf("%q: %.2f for %q (want at least 0.8), %.2f for %q (want at most 0.5)", tt.need, does.Strength, tt.doesIt, other.Strength, tt.doesOther)
		}
	}
}

// TestDrivesSeekTakers checks that an organization that runs a drive
// gains from whoever needs what it gathers, and not from one that needs
// materials in general.
func TestDrivesSeekTakers(t *testing.T) {
	lx := scoring.DefaultLexicon()
	parish := lx.NewProfile(&partnermatch.Organization{ID: "parish", Name: "Parish", Sector: "faith",
		Offers: []string{"a clothing drive every spring and fall", "parishioners who drive seniors to appointments"}})
	shelter := lx.NewProfile(&partnermatch.Organization{ID: "shelter", Name: "Shelter", Sector: "nonprofit",
		Mission: "Safe shelter for women and children. In need of clothing donations, especially winter coats."})
	makers := lx.NewProfile(&partnermatch.Organization{ID: "makers", Name: "Makers", Sector: "community",
		Offers: []string{"3D printers and a woodshop"}, Needs: []string{"scrap wood and materials"}})
	paroisse := lx.NewProfile(&partnermatch.Organization{ID: "paroisse", Name: "Paroisse", Sector: "faith", Language: "fr",
		Offers: []string{"une collecte de jouets chaque décembre"}})
	garderie := lx.NewProfile(&partnermatch.Organization{ID: "garderie", Name: "Garderie", Sector: "education", Language: "fr",
		Needs: []string{"des jouets pour les tout-petits"}})

	tests := []struct {
		name          string
		giver, taker  *scoring.Profile
		wantTakerGive []string // how the taker meets the giver's needs
	}{
		{"a shelter that needs clothes takes what a clothing drive gathers", parish, shelter, []string{scoring.ViaUser}},
		{"the same in French with toys", paroisse, garderie, []string{scoring.ViaUser}},
		{"a need for materials in general takes no clothes", parish, makers, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.wantTakerGive, viasOfGives(lx, tt.giver, tt.taker)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	// Parishioners who drive seniors run no drive.
	if n := len(lx.NewProfile(&partnermatch.Organization{ID: "p", Name: "P", Offers: []string{"parishioners who drive seniors to appointments"}}).Needs); n != 0 {
		t.Errorf("volunteers who drive read as %d needs, want none", n)
	}
}

// TestProjectsForItsWork checks that a need for projects is met by an
// organization that needs the work offered, even free, and not by one
// that needs only the things lent or offers the same work.
func TestProjectsForItsWork(t *testing.T) {
	lx := scoring.DefaultLexicon()
	coders := lx.NewProfile(&partnermatch.Organization{ID: "coders", Name: "Coders", Sector: "nonprofit",
		Offers: []string{"free websites for small nonprofits", "laptops to lend"}, Needs: []string{"real projects from community groups"}})
	tests := []struct {
		name  string
		needs []string
		offer string
		want  []string
	}{
		{"needs a website, free", []string{"a free website for our tool library"}, "tools to borrow", []string{scoring.ViaUser}},
		{"needs only computers", []string{"laptops for our homework club"}, "tools to borrow", nil},
		{"builds websites too", []string{"volunteers for events"}, "websites for nonprofits", nil},
	}
	for _, tt := range tests {
		other := lx.NewProfile(&partnermatch.Organization{ID: "o", Name: "Other", Sector: "nonprofit",
			Offers: []string{tt.offer}, Needs: tt.needs})
		var vias []string
		for _, m := range lx.Evaluate(coders, other, scoring.Graph{}).Gives {
			vias = append(vias, m.Via)
		}
		if diff := cmp.Diff(tt.want, vias); diff != "" {
			t.Errorf("%s: meets the coders' need for projects as (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestStemOverrides checks that words Snowball would reduce to the stem of
// an unrelated word are kept apart, and their inflections together.
func TestStemOverrides(t *testing.T) {
	apart := [][2]string{
		{"international", "interns"}, {"publicity", "public"}, {"busy", "business"},
		{"organization", "organ"}, {"university", "universal"}, {"experiment", "experience"}, {"animal", "animation"},
		{"diversion", "diversity"},
		{"custom", "customers"}, {"customized", "customer"}, {"customs", "customers"},
		{"auditions", "audit"}, {"cooperation", "cooperatives"}, {"accountability", "accounting"}, {"suite", "suits"},
		{"officers", "office"}, {"internal", "interns"}, {"lodge", "lodging"}, {"riding", "rides"},
		{"geared", "gear"}, {"designated", "designer"}, {"activated", "activities"}, {"influence", "influencers"},
	}
	for _, p := range apart {
		if scoring.Stem(p[0], "en") == scoring.Stem(p[1], "en") {
			t.Errorf("%q and %q share the stem %q", p[0], p[1], scoring.Stem(p[0], "en"))
		}
	}
	together := [][2]string{{"organization", "organisations"}, {"publicize", "publicised"}, {"universities", "university"}, {"interns", "intern"}, {"customers", "customer"}, {"customized", "customised"}}
	for _, p := range together {
		if a, b := scoring.Stem(p[0], "en"), scoring.Stem(p[1], "en"); a != b {
			t.Errorf("%q -> %q and %q -> %q should share a stem", p[0], a, p[1], b)
		}
	}
}

// TestWhatDoesNotMeetANeed pins near misses of the built-in lexicon that
// once matched: token returns for free help, and people mistaken for jobs.
func TestWhatDoesNotMeetANeed(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		name, need, nlang, offer, olang string
		wantMin, wantMax                float64
	}{
		{"a thank-you is not customers", "repeat customers", "en", "a thank-you on our Facebook page", "en", 0, 0.39},
		{"coffee and snacks make no meal", "hot meals for patients recovering at home", "en", "coffee and snacks", "en", 0.4, 0.45},
		{"a caterer's lunches do", "hot meals for patients recovering at home", "en", "boxed lunches from our kitchen", "en", 0.6, 1},
		{"parkas are winter coats", "manteaux d'hiver pour les enfants du quartier", "fr", "un magasin donne ses parkas et habits de neige chaque novembre", "fr", 0.6, 1},
		{"a break for the partner is respite", "respite for family caregivers of people with dementia", "en", "trained volunteers sit with a person with memory loss so their partner gets a break", "en", 0.6, 1},
		{"a hall of fame is no hall", "a hall for our monthly community supper", "en", "nominations open for the county hall of fame", "en", 0, 0.39},
		{"creative people are met by muralists", "artsy folks with ideas for big public pieces", "en", "muralists who can brighten a wall", "en", 0.8, 0.8},
		{"gente creativa, by designers", "gente creativa para nuestro taller", "es", "designers who can refresh a brand", "en", 0.6, 0.6},
		{"a game offered is an activity", "after-school activities for kids in the towers", "en", "free weekly basketball for teens", "en", 0.6, 0.6},
		{"flyers delivered are no hauling", "a dumpster or hauling for the trash we pull out", "en", "flyers delivered to 1,800 doors", "en", 0, 0.39},
		{"flyers delivered are publicity", "promotion for our fundraiser", "en", "flyers delivered to 1,800 doors", "en", 0.9, 1},
		{"volunteer coaches are no training (was 1: training)", "entrenadores y árbitros voluntarios", "es", "training for end-of-life volunteers", "en", 0, 0.5},
		{"cleaning the hall asks for no hall", "quelqu'un pour faire le ménage de la salle après les locations", "fr", "studio d'enregistrement à prix réduit", "fr", 0, 0.39},
		{"a grant-writing clinic is no health clinic", "clinics willing to pilot an app with patients", "en", "grant-writing clinics", "en", 0, 0.39},
		{"cleaning flats is no housing", "transitional housing units", "en", "limpieza de oficinas y departamentos a precio justo", "es", 0, 0.39},
		{"cleaning contracts are customers, not jobs", "contratos de limpieza fijos", "es", "16 hours of paid volunteer time per employee each year", "en", 0, 0.39},
		{"a baker to supply asks for no supplies", "a local baker to supply our Sunday teas every week", "en", "machine time and safety inductions for members", "en", 0, 0.39},
		{"a baker to supply is met by a bakery", "a local baker to supply our Sunday teas every week", "en", "day-old bread and pastries at cost", "en", 0.9, 1},
		{"hands-on programs ask for no hands", "hands-on programs for adults", "en", "volunteer crews for weekend projects", "en", 0, 0.39},
		{"peelings for compost are no produce", "more fresh fruit and vegetables", "en", "buckets of vegetable peelings and coffee grounds for anyone who composts", "en", 0, 0.39},
		{"grant-writing coaching is no sports coaching", "a few more referees", "en", "grant-writing coaching", "en", 0, 0.39},
		{"a garden plot is no venue", "a venue for our film nights", "en", "garden plots for families", "en", 0, 0.39},
		{"it is outdoor space in part", "outdoor space for our summer festival", "en", "garden plots for families", "en", 0.4, 0.6},
		{"and land to plant on in full", "land where we can plant trees", "en", "garden plots for families", "en", 0.8, 1},
		{"sun exposure is no visibility", "exposure for our artisans' market", "en", "sun exposure safety kits for outdoor workers", "en", 0, 0.39},
		{"data storage is no storeroom", "espace de rangement pour les dons de jouets", "fr", "stockage de données et hébergement de serveurs", "fr", 0, 0.39},
		{"an animal refuge shelters no women", "places en refuge pour femmes", "fr", "refuge animalier, familles d'accueil pour chats", "fr", 0, 0.39},
		{"dog training trains no board", "formación para la junta directiva", "es", "adiestramiento canino los domingos", "es", 0, 0.39},
		{"a trusted voice among farmworkers reaches them", "trusted messengers in immigrant and farmworker communities", "en", "llegamos a trabajadores de las granjas", "es", 0.7, 1},
		{"a parish hall holds a Saturday class", "salles de classe le samedi matin", "fr", "une belle salle paroissiale", "fr", 0.6, 1},
		{"groceries feed no pigs", "any cheap feed we can get for our hogs", "en", "free groceries every Tuesday evening", "en", 0, 0.39},
		{"spent grain does", "any cheap feed we can get for our hogs", "en", "brewer's spent grain, free for pickup", "en", 0.8, 1},
		{"exposure is not customers", "more paying customers", "en", "exposure to our network", "en", 0, 0.39},
		{"a mention is not publicity", "good publicity", "en", "a mention in the gala program", "en", 0, 0.39},
		{"support workers are not staff to sell to", "more paying customers", "en", "tenant support workers", "en", 0, 0.39},
		{"food donations are not money", "capital funding for construction", "en", "donaciones de comida para eventos", "es", 0, 0.39},
		{"selling tickets online is a tool, not free tickets", "de l'aide pour vendre nos billets en ligne", "fr", "a small stage and sound system", "en", 0, 0.39},
		{"an accessibility audit is feedback", "feedback from riders with disabilities on new routes", "en", "accessibility audits of buildings, routes and events", "en", 0.8, 1},
		{"people who are the group sought", "low-income households for our free energy audits", "en", "housing co-op of 90 units, most families on assistance", "en", 0.6, 1},
		{"a real shout-out still is", "good publicity", "en", "a shout-out on our instagram", "en", 0.8, 1},
		{"interns are not jobs", "jobs for our graduates", "en", "co-op students for the summer", "en", 0, 0.39},
		{"language classes run no sports program", "sports programs for our teenagers", "en", "ESL classes mornings and evenings", "en", 0, 0.39},
		{"activities for kids ask for someone to run them", "after-school activities for kids in the towers", "en", "summer day camp for 8-12 year olds", "en", 0.6, 1},
		{"a newsletter to families runs none", "after-school activities for kids in the towers", "en", "Friday newsletter that goes home to 420 families", "en", 0, 0.39},
		{"the same in French", "des activités parascolaires pour les jeunes", "fr", "un bulletin envoyé chaque semaine à 250 familles", "fr", 0, 0.39},
		{"tutors in reading get children reading", "something to get our drop-in kids reading", "en", "free tutoring in reading and math", "en", 0.6, 1},
		{"students meet a need for interns", "co-op students and junior developers", "en", "students available for four-month co-op work terms", "en", 0.6, 1},
		{"shelf space is not a venue", "indoor space for our activities", "en", "shelf space for local products", "en", 0, 0.39},
		{"every group a need names is sought", "more women- and newcomer-owned businesses as members", "en", "a network of 60 women with small businesses", "en", 0.8, 1},
		{"introductions to other people are half the help", "introductions to local business owners", "en", "doors opened at the school board", "en", 0.4, 0.6},
		{"introductions to the same people are all of it", "introductions to local business owners", "en", "introductions to 300 member businesses", "en", 0.9, 1},
		{"a meeting room will do for rehearsals", "un local de répétition les soirs de semaine", "fr", "a free meeting room in the Eastview towers", "en", 0.6, 0.8},
		{"a stage is still what a stage needs", "a stage for our spring concert", "en", "a free meeting room in the Eastview towers", "en", 0, 0.39},
		{"students who need volunteer hours can tutor", "bénévoles pour l'aide aux devoirs après l'école", "fr", "élèves qui doivent faire 40 heures de bénévolat", "fr", 0.6, 0.8},
		{"Spanish classes do not teach English", "English classes for newly arrived Syrian families", "en", "clases de español para niños", "es", 0, 0.39},
		{"ESL does", "English classes for newly arrived Syrian families", "en", "ESL conversation circles", "en", 0.8, 1},
		{"interpreters in another language are no use", "des interprètes en arabe", "fr", "interpretación informal español-inglés", "es", 0, 0.39},
		{"help in other languages than the one named is out of reach", "a Farsi-speaking family doctor", "en", "our clinic's doctors see patients in English and Punjabi", "en", 0, 0.39},
		{"help in the one named is not", "a Farsi-speaking family doctor", "en", "our clinic's doctors see patients in English, Dari and Farsi", "en", 0.8, 1},
		{"the same in French", "une avocate qui parle portugais", "fr", "consultations juridiques en français et en espagnol", "fr", 0, 0.39},
		{"an offer that names no language is no mismatch", "a Farsi-speaking family doctor", "en", "our clinic takes new patients: family doctors and nurses on site", "en", 0.8, 1},
		{"people from Syria speak Arabic", "an interpreter for Arabic-speaking parents at school meetings", "en", "Syrian volunteers who interpret into English", "en", 0.8, 1},
		{"help for other ages is a near miss", "counselling for teenagers", "en", "counselling for seniors living alone", "en", 0.4, 0.6},
		{"the same in French", "soutien psychologique pour les adolescents", "fr", "groupe de soutien psychologique pour aînés", "fr", 0.4, 0.6},
		{"help for the same ages among others is not", "counselling for teenagers", "en", "counselling for families and their teens", "en", 0.8, 1},
		{"rates are a price", "a free van for our seniors' outing", "en", "minibus and driver at competitive rates", "en", 0, 0.39},
		{"the same in Spanish", "asesoría legal gratuita para inquilinos", "es", "abogados con tarifas reducidas para organizaciones", "es", 0, 0.39},
		{"given, it meets the need", "a free van for our seniors' outing", "en", "our minibus and a driver, free for community groups", "en", 0.6, 1},
		{"a room that seats a dozen holds no gala", "a venue for our 300-guest gala", "en", "our boardroom seats 12 and is free on weekends", "en", 0, 0.5},
		{"the same in Spanish, thousands with a dot", "un lugar para un encuentro de 1.500 personas", "es", "salón parroquial con capacidad para 200", "es", 0, 0.5},
		{"a hall that seats more holds it", "a venue for our 300-guest gala", "en", "our parish hall seats 250 and is free on weekends", "en", 0.6, 1},
		{"office hours do not meet after-hours help", "after-hours advice for tenants facing eviction", "en", "free tenant legal clinic, Tuesdays 10am-1pm", "en", 0, 0.6},
		{"the same with a 24-hour clock", "aide juridique en soirée pour les locataires", "fr", "clinique juridique gratuite pour locataires, mardi de 9h à 12h", "fr", 0, 0.6},
		{"an evening clinic does", "after-hours advice for tenants facing eviction", "en", "free tenant legal clinic, Tuesdays 6pm-9pm", "en", 0.8, 1},
		{"a program for men is a near miss for women", "a support group for mothers after a loss", "en", "grief support circle for fathers", "en", 0, 0.6},
		{"the same in Spanish", "talleres de empleo para mujeres", "es", "talleres de empleo para hombres desempleados", "es", 0, 0.6},
		{"one for both is not", "a support group for mothers after a loss", "en", "grief support circle for mothers and fathers", "en", 0.8, 1},
		{"a small grant does not build a centre", "$300,000 to renovate our community hall", "en", "community grants of up to $1,000", "en", 0, 0.6},
		{"a large one does", "$300,000 to renovate our community hall", "en", "capital grants of up to $500,000 for community buildings", "en", 0.8, 1},
		{"a class under a heading teaches the trade", "a carpenter for repairs", "en", "Class: carpentry basics for beginners", "en", 0, 0.29},
		{"so does a workshop", "press coverage for our opening", "en", "Workshop: getting your story in the local paper", "en", 0, 0.29},
		{"nor is a kitchen", "a bigger room for demo nights", "en", "a commercial kitchen free on weekday mornings", "en", 0, 0.39},
		{"nor is a parking lot", "a space for our meetings", "en", "a free parking lot on weekdays", "en", 0, 0.39},
		{"classes are not the trained volunteers sought", "adult volunteers with medical training as well as non-medically trained volunteers needed", "en", "safety education classes", "en", 0, 0.39},
		{"volunteers are", "adult volunteers with medical training as well as non-medically trained volunteers needed", "en", "30 volunteers who can help at events", "en", 0.8, 1},
		{"people who want the same thing do not give it", "summer jobs for teens", "en", "teens looking for summer jobs", "en", 0, 0.29},
		{"the same in Spanish", "trabajos de verano para adolescentes", "es", "adolescentes que buscan trabajo de verano", "es", 0, 0.29},
		{"a class teaches a trade but sends no tradesman", "a carpenter for repairs", "en", "carpentry classes for teens", "en", 0, 0.29},
		{"the same in Spanish", "un carpintero para hacer una rampa", "es", "cursos de carpintería para jóvenes", "es", 0, 0.29},
		{"a workshop lends no stage", "a stage for our drama club", "en", "stage makeup workshops", "en", 0, 0.29},
		{"a class still meets a need to learn", "computer skills for job seekers", "en", "free digital literacy classes at the library", "en", 0.4, 1},
		{"3D printers are tools, not a print shop", "affordable copies of our exhibition announcements", "en", "3D printers, a laser cutter and a woodshop", "en", 0, 0.29},
		{"the same in French", "impression d'affiches", "fr", "imprimantes 3D et découpe laser", "fr", 0, 0.29},
		{"they still lend tools", "tools for our repair café", "en", "a 3D printer and a laser cutter", "en", 0.8, 1},
		{"a pickup point is a place", "a downtown pickup point for CSA boxes", "en", "our church hall is free on Thursday evenings", "en", 0.8, 1},
		{"the same in French", "un point de chute pour nos paniers bio", "fr", "notre salle est libre le jeudi soir", "fr", 0.8, 1},
		{"a caterer wanting gigs needs no catering", "catering gigs", "en", "servicio de catering para fiestas y eventos comunitarios", "es", 0, 0.29},
		{"gigs are customers", "catering gigs", "en", "our office orders lunch for 40 staff every Friday", "en", 0.8, 1},
		{"the same in French", "contrats de traiteur", "fr", "notre école commande des repas chaque mois", "fr", 0.8, 1},
		{"a hall still meets a place to sell, in part", "a place to sell our crafts", "en", "a parish hall for 200", "en", 0.4, 0.6},
		{"a pickup of unsold food takes what would be thrown out", "a way to stop throwing out good food at closing", "en", "same-night pickup of unsold food from shops and restaurants", "en", 0.8, 1},
		{"the same in French", "au lieu de jeter nos invendus de pain", "fr", "nous récupérons les invendus des boulangeries", "fr", 0.8, 1},
		{"the same in Spanish", "someone to take our day-old bread", "en", "recogemos excedentes de pan y comida de restaurantes", "es", 0.6, 1},
		{"food offered does not take it", "a way to stop throwing out good food at closing", "en", "surplus tomatoes, beans and greens all summer long", "en", 0, 0.29},
		{"a pickup of food gives none", "surplus food for our Thursday suppers", "en", "evening pickup of surplus food from stores and restaurants", "en", 0, 0.29},
		{"what is collected and handed out is given", "groceries for our families", "en", "we collect and distribute groceries to 300 households", "en", 0.6, 1},
		{"what is free for pickup is given", "any cheap feed we can get for our hogs", "en", "brewer's spent grain, free for pickup", "en", 0.8, 1},
		{"recovered and offered is given", "des ordinateurs pour le local des jeunes", "fr", "récupération de portables reconditionnés offerts aux organismes", "fr", 0.6, 1},
		{"gift cards buy no lumber", "compost and lumber for raised beds", "en", "gift cards for fundraisers", "en", 0, 0.29},
		{"the same in Spanish", "computadoras para el centro juvenil", "es", "tarjetas de regalo para rifas", "es", 0, 0.29},
		{"in-kind goods still meet a need for supplies", "equipment and supplies for our new shelter", "en", "in-kind donations from our store", "en", 0.5, 0.7},
	}
	for _, tt := range tests {
		got := lx.MatchTexts(tt.need, tt.nlang, tt.offer, tt.olang).Strength
		if got < tt.wantMin || got > tt.wantMax {
			t.Errorf("%s: MatchTexts(%q, %q) = %.3f, want in [%.2f, %.2f]", tt.name, tt.need, tt.offer, got, tt.wantMin, tt.wantMax)
		}
	}
}

// TestWhoWantsItFreeDoesNotHire checks that a need for unpaid interns or
// free skills does not meet a need for jobs or paid placements, while a
// need for paid apprentices does.
func TestWhoWantsItFreeDoesNotHire(t *testing.T) {
	lx := scoring.DefaultLexicon()
	centre := lx.NewProfile(&partnermatch.Organization{ID: "centre", Name: "Skills Centre", Sector: "education",
		Offers: []string{"pre-apprenticeship carpentry graduates"}, Needs: []string{"paid work placements", "employers to hire our graduates"}})
	tests := []struct {
		name  string
		needs []string
		want  int // exchanges through the builder's needs
	}{
		{"unpaid interns and free help", []string{"unpaid interns", "free marketing help"}, 0},
		{"paid apprentices", []string{"apprentices and general labourers"}, 1},
	}
	for _, tt := range tests {
		other := lx.NewProfile(&partnermatch.Organization{ID: "other", Name: "Other", Sector: "business",
			Offers: []string{"a trades crew"}, Needs: tt.needs})
		got := 0
		for _, m := range lx.Evaluate(centre, other, scoring.Graph{}).Gives {
			if m.Via == scoring.ViaNeed {
				got++
			}
		}
		if got != tt.want {
			t.Errorf("%s: %d exchanges through needs, want %d", tt.name, got, tt.want)
		}
	}
}

// TestNeedsAskedInALanguage checks that a need asked in a language is met
// fully by an organization working in it and in part by another.
func TestNeedsAskedInALanguage(t *testing.T) {
	lx := scoring.DefaultLexicon()
	school := lx.NewProfile(&partnermatch.Organization{ID: "ecole", Name: "École", Sector: "education", Language: "fr",
		Offers: []string{"une chorale"}, Needs: []string{"des endroits où nos élèves peuvent faire du bénévolat en français"}})
	tests := []struct {
		lang, need string
		want       float64
	}{
		{"fr", "des bénévoles pour nos repas", 0.8},
		{"en", "volunteers for our meals", 0.4},
	}
	for _, tt := range tests {
		other := lx.NewProfile(&partnermatch.Organization{ID: "o", Name: "O", Sector: "nonprofit", Language: tt.lang,
			Needs: []string{tt.need}})
		ev := lx.Evaluate(school, other, scoring.Graph{})
		if got := ev.Gives; len(got) != 1 || math.Abs(got[0].Strength-tt.want) > 1e-9 {
			t.Errorf("a %s-speaking organization that needs volunteers meets the school's need as %+v, want one exchange of strength %v", tt.lang, got, tt.want)
		}
		said := false
		for _, r := range ev.Suggestion.Reasons {
			said = said || strings.Contains(r, "in French; O works in English")
		}
		if said != (tt.lang != "fr") {
			t.Errorf("a %s-speaking organization: reasons %q", tt.lang, ev.Suggestion.Reasons)
		}
	}
}

// TestCharityRequestsRankLow checks that an organization that meets none of
// our needs and asks for what it would get free scores well below one that
// pays its way, and that the reasons say why.
func TestCharityRequestsRankLow(t *testing.T) {
	lx := scoring.DefaultLexicon()
	printer := lx.NewProfile(&partnermatch.Organization{ID: "printer", Name: "Print Shop", Sector: "business",
		Offers: []string{"printing at cost for non-profits"}, Needs: []string{"art to display in our front window"}})
	// Neither group gives the printer anything; only one asks for it free.
	tests := []struct {
		name, need string
		taker      bool
	}{
		{"asks for it free", "free printing of 5,000 flyers", true},
		{"does not say free", "printing of 5,000 flyers", false},
	}
	scores := map[bool]float64{}
	for _, tt := range tests {
		group := lx.NewProfile(&partnermatch.Organization{ID: "group", Name: "Friends Group", Sector: "community",
			Offers: []string{"good vibes"}, Needs: []string{tt.need}})
		ev := lx.Evaluate(printer, group, scoring.Graph{})
		scores[tt.taker] = ev.Suggestion.Score
		said := false
		for _, r := range ev.Suggestion.Reasons {
			said = said || strings.Contains(r, "request for support")
		}
		if said != tt.taker {
			t.Errorf("%s: reasons %q; want a request for support named: %v", tt.name, ev.Suggestion.Reasons, tt.taker)
		}
	}
	// Asking for donations is what a food bank does, not a request for
	// support in this sense.
	bakery := lx.NewProfile(&partnermatch.Organization{ID: "bakery", Name: "Bakery", Sector: "business",
		Offers: []string{"day-old bread every evening"}, Needs: []string{"art to display in our front window"}})
	bank := lx.NewProfile(&partnermatch.Organization{ID: "bank", Name: "Food Bank", Sector: "nonprofit",
		Offers: []string{"volunteers on weekday mornings"}, Needs: []string{"bread and food donations"}})
	for _, r := range lx.Evaluate(bakery, bank, scoring.Graph{}).Suggestion.Reasons {
		if strings.Contains(r, "request for support") {
			t.Errorf("a food bank asking for donations is called a request for support: %q", r)
		}
	}
	if !(scores[true] < 0.5*scores[false]) {
		t.Errorf("a charity request scores %.3f, not well below the %.3f of a one-sided request that does not ask it free", scores[true], scores[false])
	}
	// Who gives free, or asks for nothing, is not exploited by a taker
	// that asks it free: that is whom the offer is for.
	for _, giver := range []*scoring.Profile{
		lx.NewProfile(&partnermatch.Organization{ID: "beds", Name: "Furniture Bank", Sector: "nonprofit",
			Offers: []string{"beds and mattresses given free of charge to families moving in"}}),
		lx.NewProfile(&partnermatch.Organization{ID: "beds2", Name: "Furniture Bank", Sector: "nonprofit",
			Offers: []string{"beds and mattresses for families moving in"}}),
	} {
		hosts := lx.NewProfile(&partnermatch.Organization{ID: "hosts", Name: "Host Families", Sector: "community",
			Offers: []string{"good vibes"}, Needs: []string{"des lits et des matelas gratuitement pour les familles"}, Language: "fr"})
		for _, r := range lx.Evaluate(giver, hosts, scoring.Graph{}).Suggestion.Reasons {
			if strings.Contains(r, "request for support") {
				t.Errorf("%s: a family host asking free for what %s gives is called a request for support: %q", giver.Org.ID, giver.Org.ID, r)
			}
		}
	}
}

// TestPurposeOfWhatAMissionProvides checks that what a mission says an
// organization provides speaks for the cause it serves: a home-care agency
// shares purpose with an aging-in-place group though no word is shared,
// and an offer alone does not make the cause.
func TestPurposeOfWhatAMissionProvides(t *testing.T) {
	lx := scoring.DefaultLexicon()
	group := lx.NewProfile(&partnermatch.Organization{ID: "g", Name: "G", Sector: "community",
		Goals: []string{"healthy aging"}})
	tests := []struct {
		name    string
		org     partnermatch.Organization
		aligned bool
	}{
		{"a mission of elder care", partnermatch.Organization{ID: "a", Name: "A", Sector: "business",
			Mission: "Affordable non-medical elder care so clients remain at home."}, true},
		{"elder care only among many offers", partnermatch.Organization{ID: "b", Name: "B", Sector: "business",
			Offers: []string{"elder care"}}, false},
	}
	for _, tt := range tests {
		got, _ := lx.Alignment(group, lx.NewProfile(&tt.org), nil)
		if diff := cmp.Diff(tt.aligned, got > 0.1); diff != "" {
			t.Errorf("%s: alignment %.3f (-want aligned +got):\n%s", tt.name, got, diff)
		}
	}
}

// TestMissionThatAsksToSeeItUsed checks that a mission sentence asking to
// see "it" used is read as a need for users of what the sentence before
// offers, in each language.
func TestMissionThatAsksToSeeItUsed(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		lang, mission string
		want          []string // heads, then what is to be used
	}{
		{"en", "We have a commercial kitchen in our parish hall that sits unused most weekday mornings. We would love to see it used to cook for people in the harbour neighbourhood.",
			[]string{"resource.users", "uses", "space.kitchen_commercial"}},
		{"fr", "Nous avons une grande cuisine dans la salle paroissiale. Nous aimerions la voir utilisée par des groupes du quartier.",
			[]string{"resource.users", "uses", "space.kitchen"}},
		{"es", "Tenemos una cocina grande en el salón parroquial. Nos gustaría verla aprovechada por grupos del barrio.",
			[]string{"resource.users", "uses", "space.kitchen"}},
		// What it would lend is used by whoever borrows it, and a clause
		// before a colon is the sentence before.
		{"fr", "La paroisse accueille un souper le mercredi. Notre cuisine commerciale, inspectée et bien équipée, reste vide le reste de la semaine : nous aimerions la prêter à un groupe.",
			[]string{"resource.users", "uses", "space.kitchen_commercial"}},
		{"en", "We have a commercial kitchen that sits empty on weekdays. We would love to lend it to a group that cooks.",
			[]string{"resource.users", "uses", "space.kitchen_commercial"}},
		{"es", "Tenemos una cocina grande. Nos gustaría prestarla a un grupo de mujeres.",
			[]string{"resource.users", "uses", "space.kitchen"}},
		// The place named, not a thing in it: all it has room for is
		// to be used.
		{"en", "We have a full gym and a kitchen that passed its inspection. We would love groups who want to run programs here for kids.",
			[]string{"resource.users", "uses", "space.kitchen", "space.kitchen_commercial", "space.gym"}},
		{"en", "Our building is big: a hall that seats 150 and a fenced yard. Council would like to see the building used by the neighbourhood.",
			[]string{"resource.users", "uses", "space.hall", "space.outdoor"}},
		{"fr", "Nous avons un gymnase et une grande salle. Nous aimerions que des groupes viennent animer des activités ici.",
			[]string{"resource.users", "uses", "space.hall", "space.gym"}},
		{"es", "Tenemos un gimnasio y un salón grande. Nos gustaría que grupos vengan a hacer actividades aquí.",
			[]string{"resource.users", "uses", "space.hall", "space.gym"}},
	}
	for _, tt := range tests {
		p := lx.NewProfile(&partnermatch.Organization{ID: "p", Name: "P", Sector: "faith", Language: tt.lang, Mission: tt.mission})
		var got []string
		for _, ph := range p.Needs {
			for _, c := range ph.Heads {
				got = append(got, lx.Concepts[c].ID)
			}
			got = append(got, "uses")
			for _, c := range ph.Uses {
				got = append(got, lx.Concepts[c].ID)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: needs read from %q (-want +got):\n%s", tt.lang, tt.mission, diff)
		}
	}
}

// TestConceptsOfEverydayWords checks the concepts that words of everyday
// profiles name, and that a word whose stem is shared by an unrelated
// sense names only the concept of the sense meant.
func TestConceptsOfEverydayWords(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		lang, text string
		want       []string
	}{
		// The rest of the week is no leftovers.
		{"fr", "notre cuisine reste vide le reste de la semaine", []string{"*space.kitchen"}},
		{"fr", "nos restants de table", []string{"*food.donations"}},
		// A logo shown on a website and a brand shown to a community are
		// publicity, not web work or an art show.
		{"es", "su logo en nuestra página web", []string{"*visibility.promotion"}},
		{"es", "exposición de su marca ante nuestra comunidad", []string{"*visibility.promotion"}},
		{"fr", "votre logo sur notre site web", []string{"*visibility.promotion", "skill.web_dev"}},
		// People who can record are no people with a criminal record.
		{"en", "younger people who can record and edit interviews", []string{"*visibility.media"}},
		{"en", "people with criminal records", []string{"*group.justice_involved"}},
		// A stall is a market's place to sell.
		{"en", "a free stall for a community group each week", []string{"*space.storefront"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, lx.Explain(tt.text, tt.lang)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestCommonWordsMakeNoVolunteers checks that two everyday words found
// near each other do not read as a call for or an offer of volunteers.
func TestCommonWordsMakeNoVolunteers(t *testing.T) {
	lx := scoring.DefaultLexicon()
	for _, text := range []string{
		"Emergency department: Emergency services 24 hours a day with access to multiple medical specialties.",
		"Provides senior day services in a safe and home-like environment.",
		"Baltimore City Office of Child Support Enforcement",
	} {
		var got []string
		for _, c := range lx.Explain(text, "en") {
			if strings.Contains(c, "volunteers.") {
				got = append(got, c)
			}
		}
		if diff := cmp.Diff([]string(nil), got); diff != "" {
			t.Errorf("concepts of %q (-want +got):\n%s", text, diff)
		}
	}
}

// TestJusticeIsACause checks that probation and diversion programs name
// the cause they serve, and diversion is not diversity.
func TestJusticeIsACause(t *testing.T) {
	lx := scoring.DefaultLexicon()
	for _, text := range []string{"Diversion Programs", "Probation", "Juvenile Delinquency Prevention", "diversity and inclusion"} {
		named := slices.ContainsFunc(lx.Explain(text, "en"), func(c string) bool { return strings.TrimPrefix(c, "*") == "topic.justice" })
		if diff := cmp.Diff(!strings.Contains(text, "diversity"), named); diff != "" {
			t.Errorf("topic.justice among the concepts of %q (-want +got):\n%s", text, diff)
		}
	}
}

// TestOfferThatAsks pins that a text listed as an offer but asking for the
// thing ("we need tables too") offers nothing, while offers that name
// others' needs ("for families who need them") or seek a chance to give
// ("we want to volunteer") still offer.
func TestOfferThatAsks(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		need, offer, lang string
		asks              bool
	}{
		{"folding tables for our sale", "We need folding tables too", "en", true},
		{"a hall for our dinner", "Also searching for a large banquet hall", "en", true},
		{"une salle pour notre souper", "Nous cherchons aussi une salle pour notre soirée", "fr", true},
		{"donaciones de alimentos", "Nuestra despensa también necesita alimentos", "es", true},
		{"fresh bread for our pantry", "day-old loaves for families in need", "en", false},
		{"hot meals", "we provide hot meals to anyone who needs them", "en", false},
		{"a hall for our dinner", "Need a hall? Ours is free on Sundays", "en", false},
		{"childcare", "short-term childcare spots for parents in training programs", "en", false},
		{"rides to appointments", "Our clients also need rides to appointments", "en", true},
		{"canned goods", "Our shelves are empty too, please send canned goods", "en", true},
		{"a hall for our dinner", "We want to share our hall with community groups", "en", false},
		{"une salle", "Nous souhaitons offrir notre salle aux organismes", "fr", false},
		{"a venue for our meetings", "Our upstairs room is free for any group that needs a place to meet", "en", false},
		{"a van", "Our youth club needs a van for its trips", "en", true},
		{"a van", "In need of a van for Saturday deliveries", "en", true},
		{"un local", "À la recherche d'un local pour nos ateliers", "fr", true},
		{"un salón", "Se busca salón para la asamblea", "es", true},
		{"a van", "In need of a ride? Our van is free on Saturdays", "en", false},
		{"a hall", "Looking to share our hall with community groups", "en", false},
		{"évaluation de programme", "Recherche et évaluation de programmes pour les organismes", "fr", false},
		{"évaluation de programme", "Nous faisons de la recherche évaluative pour les organismes", "fr", false},
		{"home repairs", "Volunteers repair and renovate homes based on need", "en", false},
		{"dry storage", "We too are short on warehouse space and are looking for a shared storage unit", "en", true},
		{"folding chairs for our event", "We're short on chairs too, maybe we can share a rental?", "en", true},
		{"des tentes pour le festival", "Nous aussi, on doit louer des chapiteaux pour juillet", "fr", true},
		{"difusión en la radio", "La radio comunitaria también busca patrocinadores para sus programas de difusión", "es", true},
		{"a nurse for our summer camp", "We're hiring a camp nurse too", "en", true},
		{"a hall for our dinner", "We also offer our hall to community groups", "en", false},
		{"une salle", "Nous prêtons aussi notre salle aux organismes", "fr", false},
		{"publicity for our food drive", "Our arts council also wants more publicity. Any reporters out there?", "en", true},
		{"a generator for the market", "Does anyone have a generator we can borrow for our block party?", "en", true},
		{"des tables pour la fête", "Quelqu'un a des tables à nous prêter ?", "fr", true},
		{"sillas para la fiesta", "¿Alguien tiene sillas que nos preste?", "es", true},
		{"a meeting room", "We'd love someone to lend us a meeting room on Tuesdays", "en", true},
		{"an audience for our readings", "Our poetry series is struggling to fill seats", "en", true},
		{"la traduction de notre site", "Nous devons faire traduire notre site en anglais", "fr", true},
		{"a hall for our dinner", "We'd love to host your dinner in our hall", "en", false},
		{"a translator for our newsletter", "Could someone translate our newsletter into Somali? Deadline is Friday.", "en", true},
		{"rides for our seniors", "Is there a volunteer driver program in town? Our seniors need rides too.", "en", true},
		{"local news coverage", "How do groups like ours get on the evening news?", "en", true},
		{"un local pour nos ateliers", "Où trouver un local pas cher pour nos ateliers ?", "fr", true},
		{"a van for deliveries", "Is your group short a van? Ours is free to lend on Saturdays.", "en", false},
		{"diapers for families", "WISH LIST: diapers, wipes and formula for our parents' program", "en", true},
		{"volunteer tutors", "Become a tutor! Our students are waiting for you.", "en", true},
		// What it seeks is a chance to give its people's time: it offers them.
		{"volunteers to serve our Christmas dinner", "Our hockey team wants to volunteer together over the holidays", "en", false},
		{"hands for our Saturday river cleanup", "About 20 of our staff want an outdoor service project", "en", false},
		{"volunteers for our food bank", "We are a group of retirees looking to volunteer a few mornings a week", "en", false},
		{"volunteers for our food bank", "We need funding for projects", "en", true},
	}
	for _, tc := range tests {
		got := lx.MatchTexts(tc.need, tc.lang, tc.offer, tc.lang).Strength
		if tc.asks && got > 0.1 || !tc.asks && got < 0.4 {
			t.Errorf("%q for %q: strength %.2f, want asking=%v", tc.offer, tc.need, got, tc.asks)
		}
	}
}

// TestSoldIsNotGiven pins that an offer that is sold meets a need less than
// one given, and hardly one that asks for it free or for a volunteer,
// while money given ("grants up to $15,000") is no price.
func TestSoldIsNotGiven(t *testing.T) {
	lx := scoring.DefaultLexicon()
	strength := func(need, offer, lang string) float64 { return lx.MatchTexts(need, lang, offer, lang).Strength }
	tests := []struct {
		need, given, sold, lang string
		free                    bool
	}{
		{"Need a pro bono accountant for our audit", "A retired CPA does audits for charities", "Audits for charities, starting at $150 an hour", "en", true},
		{"Need help with bookkeeping", "A retired CPA keeps the books for charities", "Bookkeeping for charities, $40 per hour", "en", false},
		{"On cherche un traducteur anglais-français bénévole", "Une traductrice retraitée traduit les documents des organismes", "Nous offrons la traduction professionnelle à 0,25 $ le mot", "fr", true},
		{"Necesitamos difusión para la feria", "La radio comunitaria anuncia gratis los eventos del barrio", "Vendemos anuncios en la radio comunitaria", "es", false},
		// An amount with no word of giving is what it costs.
		{"Free welding training for unemployed residents", "Welding classes for job seekers at the community college", "Welding certificate program, $6,500", "en", true},
		{"Besoin d'un interprète en langue des signes", "Des interprètes en LSQ bénévoles pour les assemblées", "Interprètes en LSQ pour les assemblées, 350 $", "fr", false},
		// Sold with payment plans is sold; a need to borrow asks it free.
		{"wheelchairs for our members", "The loan closet lends wheelchairs to anyone who needs one", "Wheelchair sales, financing available", "en", false},
		{"a canopy tent to borrow for the fair", "Our parish lends its canopy tents to neighbourhood events", "Canopy tents, $60 a weekend", "en", true},
	}
	for _, tc := range tests {
		given, sold := strength(tc.need, tc.given, tc.lang), strength(tc.need, tc.sold, tc.lang)
		limit := 0.75 * given
		if tc.free {
			limit = 0.35 * given
		}
		if given == 0 || sold > limit {
			t.Errorf("%q: sold %q meets it at %.2f, given %q at %.2f; want sold at most %.2f", tc.need, tc.sold, sold, tc.given, given, limit)
		}
	}
	grant, fee := strength("funding for our playground", "Community foundation grants up to $15,000 for neighbourhood projects", "en"),
		strength("funding for our playground", "Community foundation grants for neighbourhood projects", "en")
	if grant != fee {
		t.Errorf("a grant that names its amount meets a need for funding at %.2f, without the amount %.2f: an amount given is no price", grant, fee)
	}
	micro, plain := strength("seed funding to launch a tool library", "Neighbourhood microgrants: $500 to $2,500 for resident-led ideas", "en"),
		strength("seed funding to launch a tool library", "Neighbourhood microgrants for resident-led ideas", "en")
	if micro != plain {
		t.Errorf("microgrants that name their amounts meet a need at %.2f, without the amounts %.2f: an amount granted is no price", micro, plain)
	}
	wage, noWage := strength("Paid summer work for 15 teens", "City parks department has seasonal positions for teens at $15/hr", "en"),
		strength("Paid summer work for 15 teens", "City parks department has seasonal positions for teens", "en")
	if wage == 0 || wage != noWage {
		t.Errorf("jobs that name their wage meet a need for work at %.2f, without the wage %.2f: a wage is paid to the worker, no price", wage, noWage)
	}
	paid, unpaid := strength("sponsor for our team jerseys", "Hardware store pays $500 for jerseys in exchange for its name on the back", "en"),
		strength("sponsor for our team jerseys", "Hardware store pays for jerseys in exchange for its name on the back", "en")
	if paid != unpaid {
		t.Errorf("a sponsor paying a named amount meets a need at %.2f, without the amount %.2f: money paid is no price", paid, unpaid)
	}
}

// TestReadingOfPromoting pins that a need to promote what the organization
// runs asks for the promotion, not for the thing promoted, and that people
// to reach stay the head.
func TestReadingOfPromoting(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		text, lang string
		want       []string
	}{
		{"promote our coat drive online", "en", []string{"visibility.promotion"}},
		{"advertise our summer camp", "en", []string{"visibility.promotion"}},
		{"difundir nuestro taller de derechos laborales", "es", []string{"visibility.promotion"}},
		{"promocionar nuestra kermés de otoño", "es", []string{"visibility.promotion"}},
		{"funds to promote our festival", "en", []string{"funding.general"}},
		{"rejoindre les parents pour promouvoir notre programme", "fr", []string{"group.parents"}},
	}
	for _, tc := range tests {
		if got := headOf(lx, tc.text, tc.lang); !slices.Equal(got, tc.want) {
			t.Errorf("%q: heads %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestWhoPaysInMentions checks that a candidate offering only to be seen
// (posts, shout-outs, a logo in its program) and asking for most of what it
// needs free is named a request for support and ranks well below the same
// candidate asking for the same things without "free"; a station that
// offers airtime and looks for sponsors is no such taker.
func TestWhoPaysInMentions(t *testing.T) {
	lx := scoring.DefaultLexicon()
	centre := lx.NewProfile(&partnermatch.Organization{ID: "centre", Name: "Youth Centre", Sector: "nonprofit",
		Offers: []string{"a hall for events on weekends", "cooking classes", "a kitchen for caterers"},
		Needs:  []string{"more teens at our programs", "local visibility"}})
	tests := []struct {
		name           string
		offers, needs  []string
		lang           string
		paysInMentions bool
	}{
		{"influencer", []string{"Instagram posts and shoutouts"}, []string{"free meals", "free classes", "a venue at no charge"}, "en", true},
		{"same asks, not free", []string{"Instagram posts and shoutouts"}, []string{"meals", "classes", "a venue"}, "en", false},
		{"magazine, half free", []string{"a tag in our stories", "exposure on our Instagram"}, []string{"complimentary drinks", "volunteers to staff our party"}, "en", true},
		{"Spanish", []string{"publicaciones en nuestras redes sociales"}, []string{"comida gratis", "un salón sin costo"}, "es", true},
		// A logo shown and a thank-you are tokens; who pays in them asks
		// for donations and volunteers free too.
		{"gala paying in logos", []string{"your logo on our step-and-repeat banner", "a thank-you from the stage"}, []string{"donated wine and auction items", "a donated venue for our spring gala", "volunteer servers"}, "en", true},
		{"festival", []string{"votre logo sur nos affiches et sur la scène", "des mentions au micro pendant le festival"}, []string{"des commanditaires", "80 bénévoles pour les trois jours", "des artistes qui jouent gratuitement", "des prix pour nos tirages"}, "fr", true},
		{"printer designing your logo", []string{"we design your logo and print your flyers"}, []string{"donated paper", "volunteer servers"}, "en", false},
		// "Exposición a N lectores" is exposure, not an exhibition wall.
		{"Spanish magazine", []string{"exposición a 20,000 lectores", "menciones en nuestras redes sociales"}, []string{"comida gratis para reseñas", "productos gratis para sorteos", "entradas gratis a eventos"}, "es", true},
		{"radio with sponsors", []string{"on-air announcements for community events"}, []string{"underwriting sponsors", "volunteer hosts", "a hall for our anniversary"}, "en", false},
		{"promoter who also cooks", []string{"posts to our followers", "catering for events"}, []string{"free venue", "free classes"}, "en", false},
		// A sponsor's logo shown is publicity, not a design job.
		{"gala with a logo wall", []string{"exposure to our social media followers", "logo placement on our step-and-repeat"}, []string{"a free venue for 300 guests", "free printing of invitations", "sponsorship money"}, "en", true},
		// Invitations to openings are asked free; a radio's guests are not.
		{"food creator invited to openings", []string{"a post or story to 48,000 local followers", "shout-outs for restaurants that host me"}, []string{"free tastings and comped meals", "invitations to openings and food events", "brands to collaborate with"}, "en", true},
		// Volunteers asked for are unpaid, whatever the taker offers.
		{"event promoter", []string{"de la visibilité sur nos réseaux sociaux"}, []string{"une salle gratuite pour nos soirées", "des bénévoles pour la billetterie et le bar", "des commanditaires", "de la promotion gratuite dans vos infolettres"}, "fr", true},
		{"podcast paying in mentions", []string{"menciones de su negocio en el programa", "publicaciones en nuestras redes (8.000 seguidores)"}, []string{"patrocinadores", "productos gratis para sorteos", "boletos de cortesía para eventos"}, "es", true},
		{"radio wanting guests", []string{"anuncios de servicio público gratis", "entrevistas en vivo para promocionar programas"}, []string{"patrocinadores locales", "invitados y contenido local útil para las familias"}, "es", false},
	}
	scores := map[string]float64{}
	for _, tt := range tests {
		b := lx.NewProfile(&partnermatch.Organization{ID: "b", Name: "Candidate", Sector: "business",
			Offers: tt.offers, Needs: tt.needs, Language: tt.lang})
		ev := lx.Evaluate(centre, b, scoring.Graph{})
		scores[tt.name] = ev.Suggestion.Score
		if ev.PaysInMentions != tt.paysInMentions {
			t.Errorf("%s: PaysInMentions %v, want %v", tt.name, ev.PaysInMentions, tt.paysInMentions)
		}
		said := slices.ContainsFunc(ev.Suggestion.Reasons, func(r string) bool { return strings.Contains(r, "offers only to be seen") })
		if said != tt.paysInMentions {
			t.Errorf("%s: reasons %q; want the mentions named: %v", tt.name, ev.Suggestion.Reasons, tt.paysInMentions)
		}
	}
	if !(scores["influencer"] > 0 && scores["influencer"] < 0.5*scores["same asks, not free"]) {
		t.Errorf("the influencer asking it free scores %.3f, not well below the %.3f of the same asks without 'free'", scores["influencer"], scores["same asks, not free"])
	}
}

// TestProgramsForPeople pins that a need for programs for some people asks
// for someone to run them: introductions to those people do not meet it,
// a homework club for them does; a program the organization calls its own
// still asks for the people.
func TestProgramsForPeople(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		need, offer string
		min, max    float64
	}{
		{"partners to run teen programs after school", "introductions to landlords, pastors, store owners and school staff", 0, 0.3},
		{"partners to run teen programs after school", "after-school homework club run by volunteers", 0.6, 1},
		{"programas para jóvenes después de clases", "difusión en nuestras redes sociales", 0, 0.3},
		{"more kids in our after-school program", "introductions to landlords, pastors, store owners and school staff", 0.8, 1},
	}
	for _, tc := range tests {
		lang := "en"
		if strings.Contains(tc.need, "jóvenes") {
			lang = "es"
		}
		if got := lx.MatchTexts(tc.need, lang, tc.offer, lang).Strength; got < tc.min || got > tc.max {
			t.Errorf("%q met by %q at %.2f, want within [%.2f, %.2f]", tc.need, tc.offer, got, tc.min, tc.max)
		}
	}
}

// TestVolunteersWhoRunItAreNotLent pins that the volunteers an
// organization says it is run by are not volunteers it offers, while
// volunteers it sends out still are.
func TestVolunteersWhoRunItAreNotLent(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		offer, lang string
		want        bool
	}{
		{"Ellice Avenue Community Centre has been run by volunteers since 1974", "en", false},
		{"an all-volunteer food bank open on Saturdays", "en", false},
		{"a volunteer-run food bank open on Saturdays", "en", false},
		{"Centre géré par des bénévoles depuis 1990", "fr", false},
		{"Centro dirigido por voluntarios desde 1990", "es", false},
		{"teams of 10-20 staff volunteers for hands-on projects", "en", true},
		{"des bénévoles pour vos événements", "fr", true},
	}
	for _, tc := range tests {
		got := lx.MatchTexts("volunteers for our Saturday distribution", "en", tc.offer, tc.lang).Strength >= 0.4
		if got != tc.want {
			t.Errorf("%q meets a need for volunteers: %v, want %v", tc.offer, got, tc.want)
		}
	}
}

// TestHandsThatAreNoHelp pins that "hands out" and "second-hand" offer no
// helping hands, while "extra hands" still do.
func TestHandsThatAreNoHelp(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		offer string
		want  bool
	}{
		{"We hand out free groceries every Tuesday", false},
		{"The pantry hands out groceries on Saturdays", false},
		{"second-hand clothing for families", false},
		{"extra hands on Saturday mornings", true},
		{"we can lend a hand at your events", true},
	}
	for _, tc := range tests {
		got := lx.MatchTexts("volunteers for our Saturday distribution", "en", tc.offer, "en").Strength >= 0.4
		if got != tc.want {
			t.Errorf("%q meets a need for volunteers: %v, want %v", tc.offer, got, tc.want)
		}
	}
}

// TestMealTimesGiveNoFood pins that a meal named to say when ("free at
// lunch") is no offer of meals, where one served still is.
func TestMealTimesGiveNoFood(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		text, lang string
		meals      bool
	}{
		{"classrooms free at lunch", "en", false},
		{"our hall is open after dinner", "en", false},
		{"the gym during lunch hour", "en", false},
		{"la salle pendant le dîner", "fr", false},
		{"el salón a la hora del almuerzo", "es", false},
		{"a community lunch every Friday", "en", true},
		{"hot lunches for seniors", "en", true},
		{"servimos almuerzos a 80 personas", "es", true},
		{"des soupers communautaires", "fr", true},
	}
	for _, tc := range tests {
		names := func(c string) bool { return strings.TrimPrefix(c, "*") == "food.meals" }
		if got := slices.ContainsFunc(lx.Explain(tc.text, tc.lang), names); got != tc.meals {
			t.Errorf("%q: names food.meals = %v, want %v (%v)", tc.text, got, tc.meals, lx.Explain(tc.text, tc.lang))
		}
	}
}

// TestTimesThatCannotMeet pins that an offer available only at other
// times than a need is wanted meets it less than one at the right time,
// and that times that overlap cost nothing.
func TestTimesThatCannotMeet(t *testing.T) {
	lx := scoring.DefaultLexicon()
	strength := func(need, offer, lang string) float64 { return lx.MatchTexts(need, lang, offer, lang).Strength }
	tests := []struct {
		name, need, right, wrong, lang string
	}{
		{"days", "Volunteers needed weekday mornings to read with first graders", "Our office team can volunteer on weekday mornings", "Our office team can volunteer on one Saturday evening in November", "en"},
		{"parts of the day", "Overnight care for a senior while her daughter works night shifts", "Home care agency offers overnight care for seniors", "Adult day program open 9 to 3 on weekdays", "en"},
		{"a range of days and hours", "Weekday daytime space for an adult day program, Mon-Fri 9 to 3", "Our gym is available Monday to Friday mornings", "Our gym is available Friday and Saturday nights after 9 pm only", "en"},
		{"months", "Navette pour le camp de jour, tous les matins de juillet", "Autobus disponible tout l'été, en juillet et en août", "Autobus scolaire disponible seulement de septembre à juin", "fr"},
		{"weekend and weekdays", "Cocina disponible entre semana para los desayunos escolares", "La cocina del salón se presta de lunes a viernes", "La cocina del salón se presta los fines de semana", "es"},
		{"long and once", "Long-term mentors for a year-long program", "Retired engineers mentor students for a full school year", "Speed mentoring: 10-minute chats at our one-time career fair", "en"},
	}
	for _, tc := range tests {
		right, wrong := strength(tc.need, tc.right, tc.lang), strength(tc.need, tc.wrong, tc.lang)
		if right == 0 || wrong > 0.6*right {
			t.Errorf("%s: %q meets %q at %.2f, at the right time %q at %.2f; want at most %.2f", tc.name, tc.wrong, tc.need, wrong, tc.right, right, 0.6*right)
		}
	}
	for _, tc := range []struct{ need, offer, lang string }{
		{"Buscamos dónde dar clases de zumba los sábados en la mañana", "El salón queda vacío los fines de semana y lo prestamos", "es"},
		{"On cherche un local pour nos ateliers du mardi après-midi", "La salle paroissiale est libre en semaine", "fr"},
		{"Walls to hang our photography show in May", "Coffee roaster rotates local exhibitions and has May open", "en"},
		{"A place to sleep tonight for a mom and two kids", "Family shelter has an open room; call before 9 pm", "en"},
		{"We may need chairs for our March gala", "Rental company lends chairs in July", "en"},
	} {
		timeless := strings.NewReplacer("sábados", "", "mardi", "", "May", "", "9 pm", "", "March", "").Replace(tc.need)
		if got, want := strength(tc.need, tc.offer, tc.lang), strength(timeless, tc.offer, tc.lang); got < want {
			t.Errorf("%q for %q: %.2f, without its time %.2f; overlapping times should cost nothing", tc.offer, tc.need, got, want)
		}
	}
}

// TestTooLittleForMany pins that an offer of a few things for a need of
// many people meets it less than the same offer without a count, while
// things that serve many at once or recur keep their strength.
func TestTooLittleForMany(t *testing.T) {
	lx := scoring.DefaultLexicon()
	strength := func(need, offer, lang string) float64 { return lx.MatchTexts(need, lang, offer, lang).Strength }
	for _, tc := range []struct{ need, few, uncounted, lang string }{
		{"Tables and chairs for a 500-person banquet", "We can lend you one card table and four chairs", "We can lend you card tables and chairs", "en"},
		{"Laptops for 120 students", "I have one old laptop you can have", "I have old laptops you can have", "en"},
		{"Una sala para una asamblea de 300 personas", "Prestamos una sala con escritorio y dos sillas", "Prestamos una sala con escritorio y sillas", "es"},
		{"Une salle pour 2 000 invités", "Petite salle disponible, 12 places assises", "Petite salle disponible", "fr"},
	} {
		few, uncounted := strength(tc.need, tc.few, tc.lang), strength(tc.need, tc.uncounted, tc.lang)
		if uncounted == 0 || few > 0.6*uncounted {
			t.Errorf("%q for %q: %.2f, uncounted %.2f; want at most %.2f", tc.few, tc.need, few, uncounted, 0.6*uncounted)
		}
	}
	for _, tc := range []struct{ need, offer, uncounted, lang string }{
		{"Bus for 45 fifth-graders to the museum", "Our company lends one school bus per semester", "Our company lends a school bus each semester", "en"},
		{"Chairs to seat 150 people", "Rental company lends stacking chairs in lots of 50", "Rental company lends stacking chairs", "en"},
	} {
		if got, want := strength(tc.need, tc.offer, tc.lang), strength(tc.need, tc.uncounted, tc.lang); got < want {
			t.Errorf("%q for %q: %.2f, uncounted %.2f; want no less", tc.offer, tc.need, got, want)
		}
	}
}

// TestOtherAges pins that an offer for other ages than the people a need
// is for meets it less than one for the same people, that ages that
// overlap cost nothing, and that volunteers of one age still serve
// people of another.
func TestOtherAges(t *testing.T) {
	lx := scoring.DefaultLexicon()
	strength := func(need, offer, lang string) float64 { return lx.MatchTexts(need, lang, offer, lang).Strength }
	for _, tc := range []struct{ need, right, wrong, lang string }{
		{"Job training for adults over 55", "Job training program for workers aged 50 and over", "Youth job training program, ages 16 to 21", "en"},
		{"Empleo para mujeres mayores de 50 años", "Bolsa de empleo para mayores de 45 años", "Programa de empleo para jóvenes de 18 a 24 años", "es"},
		{"Childcare for toddlers during our parent group", "Daycare for ages 1 to 4 during community programs", "After-school childcare for ages 10 to 14", "en"},
		{"Des camps de jour pour des enfants de 6 à 12 ans", "Camp de jour pour les 5 à 11 ans", "Camp de jour pour les 14 à 17 ans", "fr"},
	} {
		right, wrong := strength(tc.need, tc.right, tc.lang), strength(tc.need, tc.wrong, tc.lang)
		if right == 0 || wrong > 0.6*right {
			t.Errorf("%q meets %q at %.2f, for the right ages %q at %.2f; want at most %.2f", tc.wrong, tc.need, wrong, tc.right, right, 0.6*right)
		}
	}
	for _, tc := range []struct{ need, offer, plain, lang string }{
		{"Paid summer work for 15 teens", "Seasonal jobs for 14-17-year-olds", "Seasonal jobs for young people", "en"},
		{"Volunteers for our seniors' lunch", "Teen volunteers aged 15-17 from the high school", "Teen volunteers from the high school", "en"},
	} {
		if got, want := strength(tc.need, tc.offer, tc.lang), strength(tc.need, tc.plain, tc.lang); got < want {
			t.Errorf("%q for %q: %.2f, without ages %.2f; want no less", tc.offer, tc.need, got, want)
		}
	}
}

// TestPeopleAnOrganizationHas checks that the people a residence, a club,
// a daycare or a camp has are read as its own: its residents are the
// seniors its mission names, and the children it counts can visit, while
// the residents a neighbourhood group speaks of, the households a pantry
// serves and the pupils of a school are lent to nobody.
func TestPeopleAnOrganizationHas(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		name, lang, mission string
		offers              []string
		need                string
		want                bool
	}{
		{"a residence's residents are its seniors", "en", "A retirement residence with assisted living for 120 older adults.",
			[]string{"residents who love reading to young children"}, "older folks to read to toddlers", true},
		{"a neighbourhood's residents are anyone", "en", "Pine Hill residents working together for a safer, friendlier neighbourhood.",
			[]string{"residents who love reading to young children"}, "older folks to read to toddlers", false},
		{"the members of a seniors' club", "fr", "Club de l'âge d'or qui rassemble 200 aînés de Vanier.",
			[]string{"des membres qui aiment raconter des histoires"}, "des personnes âgées pour raconter des histoires aux enfants", true},
		{"a daycare's children can visit", "en", "A non-profit daycare for 60 children aged 0 to 5.",
			[]string{"a big fenced yard"}, "visits from little kids", true},
		{"a camp's children, es", "es", "Campamento de verano para 80 niños y niñas del barrio.",
			[]string{"un terreno con árboles"}, "niños que visiten a nuestros abuelos", true},
		{"households a pantry serves are not lent", "en", "We run a community pantry and a Wednesday hot meal for about 250 households.",
			[]string{"bread on Wednesdays"}, "more families at our spring fair", false},
		{"a share counts nobody", "en", "A daycare where 30% of children come from refugee families.",
			[]string{"a big fenced yard"}, "visits from little kids", false},
		{"a school's pupils are not lent", "en", "A JK-8 public school of 420 students.",
			[]string{"a vendor table at our spring fair"}, "volunteers for shoreline cleanups", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := lx.NewProfile(&partnermatch.Organization{ID: "a", Name: "A", Language: tt.lang, Needs: []string{tt.need}})
			b := lx.NewProfile(&partnermatch.Organization{ID: "b", Name: "B", Language: tt.lang, Mission: tt.mission, Offers: tt.offers})
			ev := lx.Evaluate(a, b, scoring.Graph{})
			if got := len(ev.Gives) > 0; got != tt.want {
				t.Errorf("need %q met by %q (mission %q): got %v, want %v (%+v)", tt.need, tt.offers, tt.mission, got, tt.want, ev.Gives)
			}
		})
	}
}

// TestIntroductionsOpenDoors checks that introductions to whoever has what
// a need asks for meet it in part: businesses hire, so introductions to
// them meet a need for employers; promotion of businesses, or
// introductions to them for a need they do not meet, do not.
func TestIntroductionsOpenDoors(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		lang, need, offer string
		want              bool
	}{
		{"en", "employers open to hiring newcomers", "introductions to 300 member businesses", true},
		{"en", "employers open to hiring newcomers", "introductions to local employers", true},
		{"fr", "des employeurs prêts à embaucher des personnes immigrantes", "mise en relation avec les commerçants du quartier", true},
		{"es", "empleadores que contraten a jóvenes", "contactos con negocios locales", true},
		{"en", "employers open to hiring newcomers", "we promote local businesses in our newsletter", false},
		{"en", "funding for our program", "introductions to local businesses", false},
	}
	for _, tt := range tests {
		m := lx.MatchTexts(tt.need, tt.lang, tt.offer, tt.lang)
		if got := m.Strength >= 0.6; got != tt.want {
			t.Errorf("%q met by %q: strength %.2f, want met %v", tt.need, tt.offer, m.Strength, tt.want)
		}
	}
}

// TestEveryItemOfAListIsOffered checks that each item of a list is a head
// even when a trigger matches its words across the list ("volunteer
// designers" in "volunteer web developers and designers").
func TestEveryItemOfAListIsOffered(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		lang, offer string
		want        []string
	}{
		{"en", "volunteer web developers and designers", []string{"skill.web_dev", "skill.design"}},
		{"en", "web developers and designers", []string{"skill.web_dev", "skill.design"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, headOf(lx, tt.offer, tt.lang)); diff != "" {
			t.Errorf("heads of %q (-want +got):\n%s", tt.offer, diff)
		}
	}
}

// TestNamesOfNewcomers checks the names a country gives its newcomers.
func TestNamesOfNewcomers(t *testing.T) {
	lx := scoring.DefaultLexicon()
	for _, text := range []string{"outreach to new Americans who could enroll", "classes for new Canadians", "jobs for new Quebecers"} {
		if got := lx.Explain(text, "en"); !slices.ContainsFunc(got, func(c string) bool { return strings.TrimPrefix(c, "*") == "group.newcomers" }) {
			t.Errorf("%q reads as %v, without group.newcomers", text, got)
		}
	}
}

// TestOfferThatSeeksItToo pins that an offer seeking the very thing a need
// asks for ("Free clinic recruiting volunteer RNs" for a volunteer nurse)
// meets it far less than one that gives it.
func TestOfferThatSeeksItToo(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct{ need, seeking, giving, lang string }{
		{"Looking for a volunteer nurse for our clinic", "Free clinic recruiting volunteer RNs for evening shifts", "Retired nurse volunteering two evenings a week at community clinics", "en"},
		{"Need mentors for teen girls", "Big Sisters program seeking adult women to mentor girls 13-17", "Volunteer women mentors available for teen girls", "en"},
		{"Infirmière bénévole pour notre centre", "Centre de santé communautaire cherche infirmiers", "Infirmière retraitée, je donne deux soirs par semaine aux organismes", "fr"},
	}
	for _, tc := range tests {
		seeking := lx.MatchTexts(tc.need, tc.lang, tc.seeking, tc.lang).Strength
		giving := lx.MatchTexts(tc.need, tc.lang, tc.giving, tc.lang).Strength
		if giving < 0.5 || seeking > giving/2 {
			t.Errorf("%q: seeking offer %.2f, giving offer %.2f; want giving >= 0.5 and seeking at most half of it", tc.need, seeking, giving)
		}
	}
}

// TestWhatChangesHands pins that a thing lent or given ("the loan of an
// old tractor", "donativo del pan que sobra") is that thing, not money;
// and that money asked for to buy a thing is money.
func TestWhatChangesHands(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct {
		lang, offer, meets, notMoney string
	}{
		{"en", "the loan of an old Kubota tractor and a flail mower", "a tractor we could borrow for the spring", "small-dollar loan alternatives to refer people to"},
		{"es", "donativo del pan que sobra a parroquias y despensas", "pan para nuestra despensa de los sábados", "donaciones económicas para pagar la renta del local"},
	}
	for _, tc := range tests {
		if got := lx.MatchTexts(tc.meets, tc.lang, tc.offer, tc.lang).Strength; got < 0.5 {
			t.Errorf("%q meets %q at %.2f, want >= 0.5", tc.offer, tc.meets, got)
		}
		if got := lx.MatchTexts(tc.notMoney, tc.lang, tc.offer, tc.lang).Strength; got >= 0.4 {
			t.Errorf("%q meets the need of money %q at %.2f, want < 0.4", tc.offer, tc.notMoney, got)
		}
	}
	if got := lx.MatchTexts("capital para comprar árboles", "es", "grants of $1,000 to $10,000 for grassroots projects", "en").Strength; got < 0.5 {
		t.Errorf("grants meet a need of capital to buy trees at %.2f, want >= 0.5", got)
	}
}

// TestReadsOfNeedsSaidOtherwise pins needs whose words name something else
// than what they ask for: a program with few sign-ups asks for people, a
// count of flyers for printing, "nobody on staff" says who lacks, French
// "recherche" before a noun seeks it; and clothes for grown-ups do not meet
// a need for children's.
func TestReadsOfNeedsSaidOtherwise(t *testing.T) {
	lx := scoring.DefaultLexicon()
	tests := []struct{ lang, need, plain, offer string }{
		// need meets offer; plain (the same need without the telling words) meets it less.
		{"es", "Taller de baile para personas mayores con muy pocos inscritos", "Taller de baile para personas mayores", "Residencia de ancianos busca actividades fuera para sus residentes."},
		{"en", "Our theatre troupe plays to half-empty houses", "Our theatre troupe plays downtown", "Seniors' residence is always hunting for affordable shows residents can attend as a group."},
		{"fr", "Club de lecture pour les 8-11 ans, peu d'inscrits", "Club de lecture pour les 8-11 ans", "École primaire cherche des activités périscolaires à proposer aux familles."},
		{"es", "Necesitamos 500 volantes para la feria de salud", "Necesitamos difundir la feria de salud", "Imprenta del centro hace tirajes gratis para organizaciones sociales una vez al año."},
		{"en", "our website is broken and nobody on staff knows wordpress", "nobody on staff has time", "Web developer offering a few hours a month to fix nonprofit sites."},
		{"fr", "Recherche vidéoprojecteur pour une soirée ciné-débat", "Recherche pour une soirée ciné-débat", "Médiathèque : prêt de matériel audiovisuel aux associations (écran, enceintes, beamer)."},
	}
	for _, tc := range tests {
		got := lx.MatchTexts(tc.need, tc.lang, tc.offer, tc.lang).Strength
		plain := lx.MatchTexts(tc.plain, tc.lang, tc.offer, tc.lang).Strength
		if got < 0.5 || plain >= got {
			t.Errorf("%q meets %q at %.2f (want >= 0.5), and %q at %.2f (want less)", tc.need, tc.offer, got, tc.plain, plain)
		}
	}
	kids := "Need children's snow pants and boots"
	if men, children := lx.MatchTexts(kids, "en", "Donating a rack of men's business suits, sizes 40-46.", "en").Strength,
		lx.MatchTexts(kids, "en", "Donating a rack of kids' winter coats and boots.", "en").Strength; children < 0.5 || men > children*0.6 {
		t.Errorf("%q: men's suits %.2f, kids' coats %.2f; want kids' >= 0.5 and men's well below", kids, men, children)
	}
	research := lx.MatchTexts("évaluation de notre programme", "fr", "Le laboratoire de recherche universitaire offre son expertise en évaluation", "fr").Strength
	if research < 0.4 {
		t.Errorf("a research lab's evaluation offer meets a need for evaluation at %.2f, want >= 0.4", research)
	}
}

// TestAskerRankedByWhatItGets pins that an organization listing only needs
// is suggested whoever meets them before whoever merely shares its cause:
// every match of its can only run one way. One listing only offers is not
// exempted from the one-sided discount (see oneWayFor): its list ranks the
// orchard that shares its cause above the co-op its tractor would help,
// which this test records.
func TestAskerRankedByWhatItGets(t *testing.T) {
	lx := scoring.DefaultLexicon()
	at := func(lat, lon float64) *partnermatch.Location { return &partnermatch.Location{Lat: &lat, Lon: &lon} }
	here, near := at(46.66, -120.52), at(46.60, -120.50)
	radius := 40.0
	giver := lx.NewProfile(&partnermatch.Organization{ID: "grower", Name: "Retired grower", Sector: "individual",
		Mission:  "Retired after 41 years growing apples and cherries. I like helping young farmers.",
		Offers:   []string{"the loan of an old tractor", "mentoring for beginning growers on pruning"},
		Location: here, ServiceRadiusKM: &radius})
	asker := lx.NewProfile(&partnermatch.Organization{ID: "co-op", Name: "New growers' co-op", Sector: "business",
		Mission:  "Six families renting 20 acres for vegetables.",
		Needs:    []string{"a tractor we can borrow", "someone experienced to coach us"},
		Location: near, ServiceRadiusKM: &radius})
	kin := lx.NewProfile(&partnermatch.Organization{ID: "orchard", Name: "Family orchard", Sector: "business",
		Mission:  "Family farm growing apples and cherries for 80 years; we support young farmers.",
		Offers:   []string{"u-pick days for families"},
		Needs:    []string{"pickers in September", "more customers at our farm stand"},
		Location: near, ServiceRadiusKM: &radius})
	gets := lx.Evaluate(giver, asker, scoring.Graph{}).Suggestion.Score
	shares := lx.Evaluate(giver, kin, scoring.Graph{}).Suggestion.Score
	if gets >= shares {
		t.Errorf("for a giver, the co-op its help meets scores %.3f, above the %.3f of an orchard that shares its cause: givers are exempted from the one-sided discount again (update oneWayFor's comment and this test)", gets, shares)
	}
	back := lx.Evaluate(asker, giver, scoring.Graph{}).Suggestion.Score
	if back <= lx.Evaluate(asker, kin, scoring.Graph{}).Suggestion.Score {
		t.Errorf("for a co-op that only asks, the grower who meets its needs (%.3f) should rank above the orchard", back)
	}
}

// TestTwinsCompete pins that two organizations of one sector offering the
// same things are read as rivals even when they word their needs apart,
// and that a partner sharing a need and an offer with one of them is not.
func TestTwinsCompete(t *testing.T) {
	lx := scoring.DefaultLexicon()
	org := func(id string, sector partnermatch.Sector, offers, needs []string) *scoring.Profile {
		return lx.NewProfile(&partnermatch.Organization{ID: id, Name: id, Sector: sector, Offers: offers, Needs: needs})
	}
	roaster := org("roaster", "business",
		[]string{"coffee beans at wholesale prices for offices", "urns and brewers lent for your events", "fundraiser coffee bags: your group keeps $4 a bag"},
		[]string{"cafés that will order beans every week", "people across town knowing who we are"})
	tests := []struct {
		name    string
		other   *scoring.Profile
		rivals  bool
		caution bool
	}{
		{"twin roaster", org("other-roaster", "business",
			[]string{"event coffee service with our own urns", "wholesale beans for shared workspaces", "a share of bag sales for your cause"},
			[]string{"steady wholesale accounts", "more folks hearing about us"}), true, true},
		{"bike shop", org("bikes", "business",
			[]string{"refurbished bikes at cost", "repair clinics"},
			[]string{"customers in winter", "space to store bikes"}), false, false},
		{"community centre", org("centre", "nonprofit",
			[]string{"a hall for events", "after-school tutoring"},
			[]string{"coffee for our volunteer nights", "more people knowing about our programs"}), false, false},
	}
	for _, tc := range tests {
		ev := lx.Evaluate(roaster, tc.other, scoring.Graph{})
		if got := ev.Competition >= 0.5; got != tc.rivals {
			t.Errorf("%s: competition %.2f, want rivals (>= 0.5) %v", tc.name, ev.Competition, tc.rivals)
		}
		if ev.Rivals != tc.rivals {
			t.Errorf("%s: Rivals %v, want %v", tc.name, ev.Rivals, tc.rivals)
		}
		if back := lx.Evaluate(tc.other, roaster, scoring.Graph{}).Competition; back != ev.Competition {
			t.Errorf("%s: competition %.3f one way and %.3f the other: rivalry is mutual", tc.name, ev.Competition, back)
		}
		said := slices.ContainsFunc(ev.Suggestion.Reasons, func(r string) bool { return strings.HasPrefix(r, "Caution:") })
		if said != tc.caution {
			t.Errorf("%s: reasons %q, want a caution: %v", tc.name, ev.Suggestion.Reasons, tc.caution)
		}
	}
}
