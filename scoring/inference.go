package scoring

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Real directories mostly carry a description and no lists of offers and
// needs. These cues read them from the text: a sentence that asks for
// something is a need, a sentence that says what the organization has or
// does is an offer. They are deliberately plain phrases so that a reason can
// say "inferred from its mission statement" and be believed.
var (
	needCues = map[string][]string{
		"en": {"in need of", "we need", "needs ", "needed", "we would love", "we'd love", "we would like", "we hope to find", "we are looking for", "looking for", "seeking", "we seek", "wanted", "accepting donations", "donations of", "donations:", "volunteers:", "would welcome", "welcomes donations", "welcome volunteers", "help us", "we rely on", "depends on donations",
			// in other words
			"we could use", "could always use", "can always use", "could really use", "we could also use", "we could sure use", "we could definitely use", "we can also use", "we also could use",
			"we would also love", "we'd also love", "we would also like", "we'd also like",
			"be grateful for", "be grateful if", "gratefully accepted", "gratefully received", "greatly appreciated", "would be appreciated", "much appreciated", "we would appreciate", "we'd appreciate",
			"on the lookout for", "in search of", "we are searching for", "we're searching for", "looking to partner", "looking to recruit", "looking to hire", "looking to find", "looking to connect with",
			"seeks volunteers", "seeks donations", "seeks donors", "seeks partners", "seeks community partners", "seeks sponsors", "seeks funding", "seeks mentors", "seeks tutors", "seeks drivers", "seeks help", "sought", "we require", "urgently required",
			"for lack of", "for want of", "none of us has", "none of us have", "would let us", "would allow us to",
			"biggest worry", "biggest challenge", "biggest problem", "main worry", "main challenge", "baffle us", "baffles us",
			"need fixing", "needs fixing", "need repair", "needs repair", "need repairs", "needs repairs", "need replacing", "needs replacing",
			"we lack", "we are lacking", "we're lacking", "we are short", "we're short", "always short of", "we are always short", "never managed to", "have never been able to", "we have never", "we've never", "has never applied", "have never applied", "never heard of us", "hunting for", "on the hunt for", "please get in touch", "please introduce us", "please contact us", "what we most lack", "we most lack", "also searching for", "searching for", "are asked to call", "are asked to contact", "asked to call", "encouraged to submit", "encouraged to apply", "we also seek", "also seeking", "we hope local", "is recruiting", "are recruiting", "can no longer manage", "no longer manage", "has been broken", "have been broken", "is broken", "are broken", "broke down", "got stolen", "was stolen", "were stolen", "no longer safe", "haven't replaced", "have not replaced", "nowhere to store", "nowhere to put", "nowhere to meet", "lease ends", "lease is ending", "on its last legs", "on their last legs", "held together with", "want to learn", "wants to learn", "would like to learn", "want to practice", "want to practise", "never been able to", "short of volunteers", "short-staffed", "short staffed", "running low on", "run short of", "runs short of", "ran short of", "running short of", "we have run out", "we've run out", "in short supply",
			"calling all", "call for volunteers", "call for donations", "call out for",
			"we are collecting", "we're collecting", "is collecting", "are collecting", "now collecting", "collecting donations",
			"volunteer opportunity", "volunteer opportunities", "volunteer shift", "volunteer shifts", "sign up to volunteer", "become a volunteer", "becoming a volunteer", "interested in becoming a volunteer", "interested in helping", "interested in donating", "volunteer with us", "interested in volunteering", "want to volunteer", "join our team", "join our volunteer",
			"interested in sponsoring", "become a sponsor", "sponsorship opportunity", "sponsorship opportunities", "invited to sponsor", "invited to donate", "invited to host", "invited to volunteer",
			"accept donations", "accepts donations", "take donations", "takes donations", "donations are accepted", "donations accepted", "donations welcome", "donations are welcome", "donations always welcome", "donations are always welcome", "donations can be made", "donations may be made", "contributions can be made", "contributions may be made", "gifts may be made", "make a donation", "make a contribution", "make a gift",
			"please donate", "please consider donating", "please consider volunteering", "please consider supporting", "please consider making", "please consider a gift", "you can donate", "ways to donate", "how to donate", "donate today", "donate now", "wish list", "wishlist",
			"volunteers welcome", "volunteers are welcome", "volunteers always welcome", "volunteers are always welcome", "we welcome donations", "welcomes volunteers",
			"we are hiring", "we're hiring", "now hiring", "is hiring", "we are recruiting", "we're recruiting", "recruiting volunteers", "recruits volunteers",
			"we also need", "we still need", "we always need", "we really need", "we urgently need", "we badly need", "we desperately need", "we currently need", "we will need", "we'll need", "we do need",
			"in urgent need of", "in great need of", "in dire need of", "in desperate need of", "in constant need of", "badly needed", "urgently needed",
			"we are hoping to find", "we're hoping to find", "we hope to recruit", "we are hoping to recruit", "we'd welcome", "we would welcome",
			"never have enough", "don't have enough", "do not have enough", "not enough volunteers",
			"if you can help", "can you help", "if you can spare", "any help is", "any help would", "all help is", "any donation", "any contribution",
			// what it has not, in plain talk: "What we don't have is anyone
			// to sit with them on homework", "not enough people licensed
			// to drive it", "the upkeep, which our members can't do
			// anymore", "would love a steady restaurant buyer"
			"what we don't have", "what we do not have", "what we lack", "what we're missing", "what we are missing", "don't have anyone", "do not have anyone", "don't have anybody", "have no one to",
			"not enough people", "not enough hands", "not enough drivers", "not enough tutors",
			"can't do anymore", "cannot do anymore", "can no longer do", "can't keep up with", "can no longer keep up",
			"would love a", "would love an", "would love some", "would love more", "would love to find", "would love help",
			"we'd take any", "we would take any", "we'd gladly take", "we would gladly take", "happy to take any",
			// what would change things, what it saves for, what nobody
			// does: "a simple scheduling app would change our lives",
			// "we're saving for a second van", "nobody wants to be
			// treasurer", "Council would like to see the building used"
			"would change our lives", "would change everything", "would make a big difference", "would make a huge difference", "would make a real difference", "would make all the difference", "would be a game changer", "would be a game-changer", "would be a lifesaver",
			"saving for", "saving up for", "nobody wants to", "no one wants to", "nobody to", "no one to",
			"would like to see", "would love to see", "we don't have a", "we do not have a",
			// invitations to give, gifts asked for, and things that broke
			// or ran out, in plain talk: "Knitters are invited to make caps",
			// "Local businesses can help by hosting a visit day", "The walk-in
			// cooler compressor died in August", "Demand for interpreters
			// far exceeds the number we can hire"
			"are invited to", "is invited to", "invites civic", "invites local", "invites businesses", "invites community", "can help by",
			"can be dropped off", "be dropped off at", "we'd gladly", "we would gladly", "your gift helps", "your donation helps", "your gift will",
			"lacks capacity", "lack capacity", "lacks the capacity", "lack the capacity", "far exceeds", "on our waiting list", "on the waiting list", "on a waiting list",
			"compressor died", "froze last", "keeps breaking", "kept breaking", "stopped working", "no longer works", "doesn't work anymore",
			"struggling to find", "struggle to find", "we want to find", "hoping someone", "we're hoping", "we are hoping", "would help a lot", "would make our year", "would make my year",
			"doesn't have a single", "does not have a single", "more requests than",
			"what i don't have", "what i do not have", "always appreciated", "are appreciated", "is appreciated"},
		"fr": {"nous cherchons", "nous aimerions", "nous souhaitons trouver", "recherchons", "recherche de", "besoin de", "avons besoin", "recherchés", "recherchées", "bénévoles:", "dons:", "faire un don", "accueillons volontiers",
			"nous manquons", "manquons de", "à court de", "il nous manque", "nous manque", "il nous faut", "il nous faudrait",
			"appel aux bénévoles", "appel à tous", "appel à la générosité", "appel aux dons", "faisons appel", "lançons un appel",
			"sollicitons", "sollicite", "on recherche", "on cherche", "recherche d'", "à la recherche", "en quête de", "recrutons", "recrute", "nous recrutons", "recrutement de bénévoles",
			"besoin d'", "aurions besoin", "serait apprécié", "serait grandement apprécié", "serait très apprécié", "seraient appréciés", "seraient grandement appréciés", "sera apprécié",
			"nous serait", "nous seraient", "toute aide", "tout don", "tous les dons", "dons de", "don de", "dons sont les bienvenus",
			"recevons les dons", "acceptons les dons", "recueillons", "collecte de", "collectons",
			"avons grand besoin", "avons grandement besoin", "avons toujours besoin", "avons aussi besoin", "avons vraiment besoin", "aurons besoin", "on a besoin", "on aurait besoin",
			"aimerait", "souhaiterait", "nous souhaiterions", "nous ferait plaisir", "nous feraient plaisir", "avis aux", "avis à tous",
			"rejoignez notre équipe", "rejoindre notre équipe", "joignez-vous", "devenez bénévole", "devenir bénévole", "nous souhaitons recruter",
			"ce qui nous manque", "ce qu'il nous manque", "nous n'avons personne", "n'avons personne pour", "il n'y a personne pour", "nous n'avons pas assez", "pas assez de bénévoles",
			"ne peuvent plus faire", "ne pouvons plus faire", "nous prendrions volontiers", "nous aimerions beaucoup",
			"changerait notre vie", "changerait tout", "ferait toute la différence", "ferait une grande différence", "économisons pour",
			"faute de", "n'ont plus de", "n'avons plus de", "aucun de nous", "n'avons jamais", "veulent apprendre", "grand plaisir", "nous permettrait", "nous permettraient", "est brisé", "est brisée", "sont brisés", "est en panne", "sont en panne", "a été volé", "a été volée", "nulle part où", "voudraient apprendre", "aimeraient apprendre", "veulent pratiquer", "voulons apprendre", "voulons pratiquer",
			"personne ne veut", "aimerions voir", "aimerait voir", "n'avons pas de", "n'avons pas d'", "ce qui nous coûte", "nous coûte le plus",
			"souhaite s'associer", "souhaitons nous associer", "manque de personnel", "manque de bénévoles", "manque de place", "presque vides", "ne tient plus", "à refaire", "à remplacer",
			"dépassent nos moyens", "dépasse nos moyens", "personne chez nous ne sait", "ce qui me manque", "il me manque", "déposez vos", "n'a presque plus", "ne fonctionne plus", "tombe en panne", "tombé en panne"},
		"es": {"necesitamos", "nos gustaría", "se necesitan", "se necesita", "buscamos", "se buscan", "en busca de", "voluntarios:", "donaciones:", "aceptamos donaciones", "agradecemos donaciones", "nunca hemos", "quieren aprender", "se requieren", "se requiere", "si puedes colaborar", "si podés colaborar", "si pueden colaborar", "si podés", "queremos conseguir", "quisiéramos conseguir", "nos permitiría", "nos permitirían", "está descompuesto", "está descompuesta", "se descompuso", "nos robaron", "no tenemos dónde", "queremos aprender", "quisieran aprender", "quieren practicar", "queremos practicar",
			"nos hace falta", "hace falta", "hacen falta", "nos falta", "nos faltan", "se nos acaba", "se nos acaban", "nos quedamos sin", "carecemos", "no contamos con",
			"requerimos", "se requieren voluntarios", "solicitamos", "se solicita", "se solicitan", "solicita voluntarios", "solicita donaciones",
			"agradeceríamos", "agradeceremos", "se agradece", "agradecemos cualquier",
			"se reciben donaciones", "recibimos donaciones", "recibimos donativos", "se reciben donativos", "aceptamos donativos", "donaciones de", "donación de",
			"en búsqueda de", "estamos buscando", "andamos buscando", "se busca",
			"toda ayuda", "cualquier ayuda", "cualquier aportación", "cualquier aporte", "cualquier donación", "toda donación",
			"pedimos", "a patrocinar", "a donar", "a colaborar con nosotros", "hazte voluntario", "hazte voluntaria", "hágase voluntario", "hágase voluntaria", "únete a nuestro equipo", "súmate",
			"nos vendría bien", "nos vendrían bien", "nos vendría muy bien", "nos vendrían muy bien", "nos ayudaría", "nos ayudarían", "nos urge", "nos urgen", "ocupamos voluntarios", "ocupamos donaciones", "ocupamos ayuda", "ocupamos personas",
			"reclutamos", "estamos reclutando", "convocatoria de voluntarios", "convocamos",
			"lo que nos falta", "lo que no tenemos", "no tenemos quien", "no hay quien", "no tenemos suficientes", "no tenemos suficiente",
			"ya no pueden hacer", "ya no podemos hacer", "nos encantaría",
			"nos cambiaría la vida", "cambiaría todo", "haría una gran diferencia", "ahorrando para", "nadie quiere",
			"no tenemos", "nos cuesta", "lo que más nos cuesta",
			"se invita a", "invitamos a", "carece de", "carecen de", "ya no arranca", "descompuesto", "descompuesta", "están rotos", "están rotas", "está roto", "está rota", "ya no sirve", "ya no sirven", "casi no sirven",
			"necesita reparación", "necesita reparaciones", "necesitan reparación", "necesita nuevos", "necesita nuevas", "necesita una batería", "necesita un motor", "lo que no tengo", "me hace falta", "ya no funciona", "ya no funcionan"},
	}
	// shortfallCues say that what the organization has falls short; what
	// falls short comes before them ("the food we receive is not enough",
	// "notre salle est devenue trop petite", "los alimentos no alcanzan").
	shortfallCues = map[string][]string{
		"en": {"shortest of", "but we have no", "but there is no", "but there's no", "but we don't have", "but we do not have", "but we lack", "too small", "too few", "isn't enough", "is not enough", "aren't enough", "are not enough", "wasn't enough", "weren't enough", "not big enough", "no longer enough", "never enough", "falls short", "fall short", "have outgrown", "has outgrown", "we've outgrown"},
		"fr": {"trop petit", "trop petite", "trop petits", "trop petites", "trop peu", "ne suffit pas", "ne suffisent pas", "ne suffit plus", "ne suffisent plus", "insuffisant", "insuffisante", "insuffisants", "insuffisantes", "pas suffisant", "pas suffisante", "pas assez grand", "pas assez grande"},
		"es": {"no alcanza", "no alcanzan", "ya no alcanza", "ya no alcanzan", "no es suficiente", "no son suficientes", "no basta", "no bastan", "insuficiente", "insuficientes", "demasiado pequeño", "demasiado pequeña", "demasiado pequeños", "demasiado pequeñas", "quedó pequeño", "quedó pequeña", "quedó chico", "quedó chica", "queda chico", "queda chica"},
	}
	negativeCues = map[string][]string{
		"en": {"not needed", "not accepting", "no volunteers", "not at this time", "not currently", "none needed", "no donations",
			"do not accept", "don't accept", "cannot accept", "can't accept", "cannot take", "can't take", "no longer accept", "unable to accept", "not accepted"},
		"fr": {"pas besoin", "aucun bénévole", "n'acceptons pas", "n'acceptons plus", "ne sera acceptée", "ne sera accepté", "ne seront acceptés", "ne sont pas acceptés", "ne seront pas acceptés", "n'est pas accepté"},
		"es": {"no se necesitan", "no necesitamos", "no aceptamos", "ya no aceptamos", "no se aceptan", "no recibimos", "no se reciben", "no podemos aceptar", "no podemos recibir"},
	}
	sentenceSplit = regexp.MustCompile(`[.!?;\n]+|\s[-–—•*]\s|\d\)\s`)
)

// splitSentences cuts a mission into sentences and list items. A full stop
// after an abbreviation ("St. Vincent de Paul", "Dr. King", "Ste-Anne")
// ends no sentence.
func splitSentences(text string) []string {
	var out []string
	start := 0
	for _, m := range sentenceSplit.FindAllStringIndex(text, -1) {
		if text[m[0]] == '.' && m[1]-m[0] == 1 && abbreviated(text[:m[0]]) {
			continue
		}
		if s := strings.TrimSpace(text[start:m[0]]); len(s) > 2 {
			out = append(out, s)
		}
		start = m[1]
	}
	if s := strings.TrimSpace(text[start:]); len(s) > 2 {
		out = append(out, s)
	}
	return out
}

// abbreviated reports whether before ends with an abbreviation that takes
// a full stop.
func abbreviated(before string) bool {
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	return abbreviations[strings.ToLower(before[i+1:])]
}

var abbreviations = fieldSet("st ste mr mrs ms dr jr sr mt ft ave blvd rd inc ltd corp dept sta sto sra sres dra av")

// inferFromMission returns the sentences of a mission that read as offers
// and as needs. Sentences that ask for something are needs; every other
// sentence describes what the organization does or has, which is what it can
// bring to a partnership.
func inferFromMission(mission, lang string) (offers, needs []string) {
	return inferFromSentences(splitSentences(mission), lang)
}

// inferFromSentences is inferFromMission of a mission already cut by
// splitSentences.
func inferFromSentences(sentences []string, lang string) (offers, needs []string) {
	if lang == "" {
		lang = "en"
	}
	for _, s := range atColons(sentences, lang) {
		low := strings.ToLower(s)
		if negativeCueSets[lang].first(low) >= 0 {
			continue
		}
		if at := needCueSets[lang].first(maskOthersNeeds(low)); at >= 0 {
			// "We have a hall free on Saturdays and we are looking for
			// volunteers": what comes before the request is an offer.
			if before, ok := offerBefore(s, at); ok && !pointsBack(low[at:]) {
				offers = append(offers, before)
				s = strings.TrimSpace(s[at:])
				low = strings.ToLower(s)
				at = 0
			}
			if first, second, ok := secondAsk(s, maskOthersNeeds(low), at, lang); ok {
				// "We never have enough fresh vegetables, and we are
				// always short of volunteers on Saturdays": two asks,
				// each read for what it names first.
				needs = append(needs, first)
				s = second
			}
			needs = append(needs, s)
			continue
		}
		if at := shortfallCueSets[lang].first(low); at >= 0 {
			// "Cada viernes repartimos despensas, pero los alimentos que
			// recibimos no alcanzan": what falls short is named before
			// the words that say so, and what comes before a "but" is
			// what it does.
			end := at
			if strings.HasPrefix(low[at:], "but ") {
				end += len("but ") // the cue opens with its own "but"
			}
			if before, after, ok := beforeBut(s, end); ok {
				offers = append(offers, before)
				s = after
			}
			needs = append(needs, s)
			continue
		}
		if welcomesGift(low) || askingHeading(low) || ownPeopleNeed(low) {
			needs = append(needs, s)
			continue
		}
		offers = append(offers, s)
	}
	return offers, needs
}

// secondAsk cuts a need sentence where a second ask begins after "and"
// ("et", "y"), past the first ask at at: each half names its own head.
func secondAsk(s, low string, at int, lang string) (first, second string, ok bool) {
	cut := -1
	needCueSets[lang].each(low, func(start, _ int) {
		if cut >= 0 || start <= at+1 || pointsBack(low[start:]) {
			return // "and would love help with that" asks for the first thing
		}
		before := strings.TrimRightFunc(low[:start], joinMark)
		for _, and := range askJoins[lang] {
			if strings.HasSuffix(before, " "+and) {
				cut = len(before) - len(and)
				return
			}
		}
	})
	if cut < 0 {
		return "", "", false
	}
	first = strings.TrimRightFunc(s[:cut], joinMark)
	second = strings.TrimSpace(s[cut:])
	if first == "" || second == "" {
		return "", "", false
	}
	return first, second, true
}

// joinMark is what may stand between two asks besides the joining word:
// spaces, commas and dashes.
func joinMark(r rune) bool {
	return unicode.IsSpace(r) || r == ',' || r == '-' || r == '–' || r == '—'
}

// askJoins are the words that join a second ask to a first (see secondAsk).
var askJoins = map[string][]string{"en": {"and", "and also", "and we"}, "fr": {"et", "et nous"}, "es": {"y", "y también"}}

// atColons cuts sentences at their first colon. A heading of a few words
// ("WE NEED: set builders, lumber and paint, someone to fix our lighting
// board", "Ce que nous offrons : une salle, un camion") heads each item of
// the list after it, so that each item is read as its own need or offer,
// asked or given as the heading says. A longer clause before the colon
// ("Notre cuisine reste vide le reste de la semaine : nous aimerions la
// prêter") is a sentence of its own, unless it asks for what follows ("We
// are looking for the following: drivers, cooks").
func atColons(sentences []string, lang string) []string {
	var out []string
	for _, s := range sentences {
		m := colonAt.FindStringIndex(s)
		if m == nil {
			out = append(out, s)
			continue
		}
		head, rest := strings.TrimSpace(s[:m[0]]), strings.TrimSpace(s[m[1]:])
		words := len(strings.Fields(head))
		if rest == "" || words == 0 {
			out = append(out, s)
			continue
		}
		if words > headingWords && needCueSets[lang].first(maskOthersNeeds(strings.ToLower(head))) < 0 {
			out = append(out, head, rest)
			continue
		}
		items := listItems(rest)
		if len(items) < 2 {
			out = append(out, s)
			continue
		}
		for _, it := range items {
			out = append(out, head+": "+it)
		}
	}
	return out
}

// colonAt finds a colon that ends a heading or a clause, not one inside a
// time ("9:30") or an address ("https://").
var colonAt = regexp.MustCompile(`\s*:(\s+|$)`)

// headingWords is the most words a heading of a list has ("What we can
// give", "Ce que nous offrons").
const headingWords = 4

// listItemWords is the most words an item of a list has: more, and the
// commas join clauses of a sentence rather than items.
const listItemWords = 10

// listItems cuts text at its commas and semicolons, outside parentheses,
// into the items of a list; nil when a part is too long to be one.
func listItems(text string) []string {
	var items []string
	depth, start := 0, 0
	cut := func(end int) bool {
		it := strings.TrimSpace(text[start:end])
		if n := len(strings.Fields(it)); n == 0 || n > listItemWords {
			return false
		}
		items = append(items, it)
		return true
	}
	for i, r := range text {
		switch r {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		case ',', ';':
			if depth > 0 || i+1 < len(text) && text[i+1] != ' ' {
				continue // "3,000"
			}
			if !cut(i) {
				return nil
			}
			start = i + 1
		}
	}
	if !cut(len(text)) {
		return nil
	}
	return items
}

// ownPeopleNeed reports whether low says that people the organization
// calls its own need something ("many of our youth need their community
// hours", "nuestros jóvenes necesitan un lugar"): what they need is what
// it seeks from partners. Not when a relative clause says whom it serves
// ("our clients who need housing").
func ownPeopleNeed(low string) bool {
	words := strings.Fields(low)
	for i, w := range words {
		if !possessives[w] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			word := strings.TrimRight(words[k], ",;:")
			if k > i+1 && ownNeedVerbs[word] {
				return true
			}
			if word != words[k] || whichPeople[word] || ownNeedVerbs[word] {
				break
			}
		}
	}
	return false
}

var (
	// ownNeedVerbs say that the people before them need or lack something.
	ownNeedVerbs = fieldSet("need lack require manquent nécessitent necesitan requieren carecen")
	// whichPeople open a clause that says which people are meant.
	whichPeople = fieldSet("who that which whose qui que dont quienes cuyos cuyas")
)

// askingHeadings head a list of what is asked for: "Urgent needs:
// blankets", "Bénévoles : pour le tri", "Donativos: arroz".
var askingHeadings = fieldSet("needs volunteers donations wishlist besoins bénévoles dons necesidades voluntarios donaciones donativos")

// askingHeading reports whether low starts with a heading of at most three
// words, one of them an askingHeadings.
func askingHeading(low string) bool {
	head, _, ok := strings.Cut(low, ":")
	words := strings.Fields(head)
	if !ok || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if askingHeadings[w] {
			return true
		}
	}
	return false
}

// giftWords name what an organization is given (donations, volunteers)
// and welcomeWords start the words that say it wants it ("welcome",
// "accepted", "appreciated"): a sentence with both asks for the gift,
// whatever comes between ("Donated books are always welcome", "Accepts book
// donations").
var (
	giftWords = fieldSet("donation donations donated volunteer volunteers contribution contributions in-kind " +
		"don dons bénévole bénévoles " +
		"donación donaciones donativo donativos voluntario voluntarios voluntaria voluntarias aportación aportaciones aporte aportes contribución contribuciones")
	welcomeWords = []string{"welcome", "accept", "appreciat", "grateful", "bienvenu", "appréci", "reconnaissant", "bienvenid", "acept", "agradec", "apreci"}
)

func welcomesGift(low string) bool {
	var gift, welcome bool
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		gift = gift || giftWords[w]
		for _, p := range welcomeWords {
			welcome = welcome || strings.HasPrefix(w, p)
		}
	}
	return gift && welcome
}

// othersNeeds are the needs of the people an organization serves ("we
// meet the needs of seniors", "rides as needed"), not its own, and aims that
// read like requests ("we seek to protect the watershed", "buscamos
// fortalecer").
var othersNeeds = append([]string{
	"les besoins des", "les besoins de", "las necesidades de",
	"as needed", "as-needed", "if needed", "when needed", "where needed", "wherever needed", "whenever needed",
	"special needs", "special-needs", "basic needs", "urgent needs", "immediate needs", "unmet needs", "specific needs", "individual needs", "unique needs", "diverse needs", "changing needs", "growing needs",
	"their needs", "your needs", "his needs", "her needs", "whose needs", "client needs", "family needs", "community needs",
	"health needs", "medical needs", "dietary needs", "learning needs", "educational needs", "housing needs", "care needs", "legal needs", "social needs", "service needs", "emergency needs", "daily needs", "material needs",
	"'s needs", "s' needs", "needs of", "needs and", "needs or", "needs assessment", "needs assessments", "needs are", "needs such as", "needs in", "needs through", "needs including", "needs for", "needs will", "needs that", "needs which", "needs by", "needs while",
	"who needs", "who need", "whoever needs", "group that needs", "groups that need", "anyone that needs", "organization that needs", "organizations that need", "those that need", "people that need", "families that need", "who have never", "who've never", "that have never", "you are in need", "you're in need", "you know is in need",
	"dans le besoin", "qui ont besoin", "qui en ont besoin", "qui a besoin", "qui en a besoin", "ayant besoin",
	"seek to", "seeks to", "seeking to", "cherchons à", "cherche à", "cherchent à",
	"recherche d'emploi", "recherche d'un emploi", "recherche de travail", "recherche de logement", "recherche d'un logement",
	"busca de empleo", "busca de trabajo", "busca de vivienda", "búsqueda de empleo", "búsqueda de trabajo", "búsqueda de vivienda", "buscando empleo", "buscando trabajo", "buscando vivienda",
}, append(nothingAsked(), servedSeeking()...)...)

// servedSeeking are the people an organization serves followed by what
// they seek, in French and Spanish: "personnes à la recherche de",
// "migrantes en busca de". English is left out, as are its "looking for
// work", "seeking housing": "persons in need of food assistance" and "those
// seeking housing" are what San Mateo's charities say of their clients, and
// reading them as the charity's needs finds it better partners (masking
// them costs that directory's MRR 0.03 to 0.05).
func servedSeeking() []string {
	var out []string
	for _, p := range strings.Split("personnes|familles|gens|jeunes|aînés|femmes|hommes|ménages|ceux|celles|nouveaux arrivants|immigrants|"+
		"personas|familias|jóvenes|mujeres|hombres|migrantes|inmigrantes|quienes|trabajadores|niños", "|") {
		for _, a := range []string{"à la recherche", "en recherche", "en quête", "en busca de", "en búsqueda de"} {
			out = append(out, p+" "+a)
		}
	}
	return out
}

// nothingAsked is what a client need not bring ("no appointment needed",
// "no identification is needed", "no se necesita cita"): an offer of easy
// access, not a request.
func nothingAsked() []string {
	var out []string
	for _, what := range strings.Fields("appointment appointments identification id referral referrals registration reservation reservations insurance experience documents documentation") {
		for _, verb := range []string{"needed", "is needed", "are needed"} {
			out = append(out, "no "+what+" "+verb)
		}
	}
	return append(out, "no se necesita")
}

// seekToDo is "buscamos" before an infinitive: an aim ("buscamos
// fortalecer"), not a request ("buscamos voluntarios").
var seekToDo = regexp.MustCompile(`buscamos \pL+(ar|er|ir)\b`)

// maskOthersNeeds blanks othersNeeds in low, keeping byte offsets.
func maskOthersNeeds(low string) string {
	low = othersNeedsSet.mask(low)
	if !strings.Contains(low, "buscamos") {
		return low
	}
	return seekToDo.ReplaceAllStringFunc(low, func(m string) string { return strings.Repeat(" ", len(m)) })
}

var (
	needCueSets      = phraseSets(needCues)
	shortfallCueSets = phraseSets(shortfallCues)
	negativeCueSets  = phraseSets(negativeCues)
	othersNeedsSet   = newPhraseSet(othersNeeds)
)

// phraseSet finds phrases in lower-case text as whole words: "wanted" is
// not in "unwanted", "tout don" not in "tout donner". It files each phrase
// under its first word, so that a sentence is read once, word by word,
// rather than once for each of hundreds of phrases.
type phraseSet map[string][]filedPhrase

type filedPhrase struct {
	p   string
	off int // bytes before its first word: 1 in "'s needs"
}

func newPhraseSet(phrases []string) phraseSet {
	set := phraseSet{}
	for _, p := range phrases {
		i, j := wordAfter(p, 0)
		set[p[i:j]] = append(set[p[i:j]], filedPhrase{p, i})
	}
	return set
}

func phraseSets(byLang map[string][]string) map[string]phraseSet {
	sets := map[string]phraseSet{}
	for lang, phrases := range byLang {
		sets[lang] = newPhraseSet(phrases)
	}
	return sets
}

// wordAfter returns the bounds of the first run of letters in s at or after
// byte from; len(s), len(s) if there is none.
func wordAfter(s string, from int) (int, int) {
	i := strings.IndexFunc(s[from:], unicode.IsLetter)
	if i < 0 {
		return len(s), len(s)
	}
	i += from
	j := strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsLetter(r) })
	if j < 0 {
		return i, len(s)
	}
	return i, i + j
}

// each calls f with the bounds of every phrase of set in low. A phrase
// starts where a word does (or with a mark, as "'s needs") and, if it ends
// with a letter, ends where a word does.
func (set phraseSet) each(low string, f func(start, end int)) {
	for i, j := wordAfter(low, 0); i < len(low); i, j = wordAfter(low, j) {
		for _, c := range set[low[i:j]] {
			start, end := i-c.off, i-c.off+len(c.p)
			if start < 0 || end > len(low) || low[start:end] != c.p {
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(c.p)
			after, _ := utf8.DecodeRuneInString(low[end:])
			if end < len(low) && unicode.IsLetter(last) && unicode.IsLetter(after) {
				continue
			}
			f(start, end)
		}
	}
}

// first returns where the first phrase of set in low starts, -1 if none
// is there.
func (set phraseSet) first(low string) int {
	at := -1
	set.each(low, func(start, _ int) {
		if at < 0 || start < at {
			at = start
		}
	})
	return at
}

// mask blanks the phrases of set in low, keeping byte offsets.
func (set phraseSet) mask(low string) string {
	var b []byte
	set.each(low, func(start, end int) {
		if b == nil {
			b = []byte(low)
		}
		for k := start; k < end; k++ {
			b[k] = ' '
		}
	})
	if b == nil {
		return low
	}
	return string(b)
}

// offerBefore returns the part of sentence s before a request that starts
// at byte at, when a coordinator joins the two ("... and we need", "... y a
// muchos nos gustaría", "... and the board would love") and the part before
// says enough to be an offer.
func offerBefore(s string, at int) (string, bool) {
	words := strings.Fields(strings.TrimRight(s[:at], " ,"))
	reach := 1
	if i, j := wordAfter(strings.ToLower(s), at); firstPerson[strings.ToLower(s)[i:j]] {
		// A request in the first person opens its own clause: the words
		// between the coordinator and it are its subject ("and many of us
		// would love"), not more of a list ("and persons seeking help").
		reach = joinReach
	}
	for j := len(words) - 1; j >= max(0, len(words)-reach); j-- {
		if joinWords[strings.ToLower(words[j])] {
			if j < 3 {
				return "", false
			}
			return strings.TrimRight(strings.Join(words[:j], " "), ","), true
		}
	}
	return "", false
}

// pointsBack reports whether a request only points back at what came
// before it ("and would love help with that", "et aimerions de l'aide
// pour ça", "y nos gustaría ayuda con eso"): the whole sentence is then the
// need, not an offer followed by a request.
func pointsBack(request string) bool {
	words := strings.Fields(strings.Trim(request, " .!"))
	return len(words) > 0 && len(words) <= 7 && backWords[strings.Trim(words[len(words)-1], ".,!")] &&
		slices.ContainsFunc(words, func(w string) bool { return helpWords[w] })
}

var backWords = fieldSet("that this it those these ça cela ceci eso esto ello")

// beforeBut cuts sentence s at the last "but" before byte at, where a
// shortfall is said ("We serve 80 families every Friday, but the food we
// receive is not enough"): before it is what the organization does, from
// it on what falls short. ok is false without such a word or when too
// little comes before it to be an offer.
func beforeBut(s string, at int) (before, after string, ok bool) {
	low := strings.ToLower(s[:at])
	cut := -1
	for i, j := wordAfter(low, 0); i < len(low); i, j = wordAfter(low, j) {
		if butWords[low[i:j]] {
			cut = i
		}
	}
	if cut < 0 || len(strings.Fields(s[:cut])) < 3 {
		return "", "", false
	}
	return strings.TrimRight(strings.TrimSpace(s[:cut]), ","), strings.TrimSpace(s[cut:]), true
}

// butWords set what falls short against what comes before.
var butWords = fieldSet("but yet however so pero mais cependant toutefois")

// joinReach is how many words a coordinator may stand before a request and
// still join it to what comes before: the asker may sit between ("and
// many of us would love").
const joinReach = 3

// joinWords join what an organization has to what it asks for in one
// sentence.
var joinWords = fieldSet("and but y pero et mais")

// generic holds stems too common in this domain to count as shared words:
// every organization "offers support to the community".
var generic = func() map[string]bool {
	words := map[string]string{
		"en": "need needs looking seeking want offer offers provide provides help support community local people program programs service services organization organizations group groups work working make new use free available opportunity opportunities also well area areas year years day days week weeks time help able get including include based",
		"fr": "besoin cherchons offrons offre proposons aide soutien communauté local locale personnes programme programmes service services organisme organisation groupe travail nouveau disponible aussi année jour semaine",
		"es": "necesitamos buscamos ofrecemos ofrece apoyo ayuda comunidad local personas programa programas servicio servicios organización grupo trabajo nuevo disponible también año día semana",
	}
	m := map[string]bool{}
	for lang, ws := range words {
		for _, x := range strings.Fields(ws) {
			m[Stem(x, lang)] = true
		}
	}
	return m
}()
