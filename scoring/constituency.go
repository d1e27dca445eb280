package scoring

import (
	"regexp"
	"slices"
	"strings"
)

// ownPeopleConcepts are the groups an organization calls its own people by
// a word that says nothing of who they are: "our residents", "our members",
// "nos membres", "nuestros socios". Whom they are is in the mission: the
// residents of a retirement residence are seniors, the members of a
// seniors' club too, those of a youth centre young people.
var ownPeopleConcepts = []string{"group.residents", "group.members"}

// ownPeopleWords are the triggers of ownPeopleConcepts that name people of
// the organization itself; "neighbours", "citizens" or "the neighbourhood"
// are people around it, whoever they are.
var ownPeopleWords = fieldSet("residents résidents résidentes residentes members membres adhérents miembros socios")

// constituency returns the groups an organization that houses or enrols
// its people names as them in its name or its mission's lead sentence ("A
// retirement residence with assisted living for 120 older adults", "Club
// des aînés de Hull"). Others call their neighbours residents and the people
// on their lists members, whoever they are: a neighbourhood table that
// gathers schools does not send its newsletter to students.
func (lx *Lexicon) constituency(name, lead, lang string) []int {
	if !holdsPeople(name, lead) {
		return nil
	}
	var groups []int
	for _, text := range []string{name, lead} {
		for _, h := range lx.phraseAs(text, lang, false, rolePurpose).Hits {
			if c := h.Concept; lx.Concepts[c].Kind == KindGroup && !slices.Contains(lx.ownPeople, c) && !slices.Contains(groups, c) {
				groups = append(groups, c)
			}
		}
	}
	return groups
}

// ownPlaceWords name the places and bodies whose people are theirs: who
// lives, is enrolled or is signed up there, not who is served.
var ownPlaceWords = fieldSet("residence residences résidence résidences residencia residencias foyer hogar lodge manor club clubs " +
	"school daycare preschool camp école garderie cpe camp escuela guardería colegio campamento")

// nameOwnPeople adds to a phrase that names the organization's people by a
// word of nobody in particular ("residents who love reading to young
// children") the groups they are: a need for seniors who read to toddlers
// is met by the residents of a retirement residence.
func (lx *Lexicon) nameOwnPeople(ph *Phrase, groups []int) {
	if len(groups) == 0 || !slices.ContainsFunc(ph.Hits, func(h Hit) bool {
		return slices.Contains(lx.ownPeople, h.Concept) && ownPeopleWords[strings.ToLower(h.Trigger)]
	}) {
		return
	}
	for i, c := range ph.Heads {
		if slices.Contains(lx.ownPeople, c) {
			ph.Heads = slices.Insert(slices.Clone(ph.Heads), i+1, newConcepts(ph.Heads, groups)...)
			return
		}
	}
	for _, c := range ph.Others {
		if slices.Contains(lx.ownPeople, c) {
			ph.Others = append(slices.Clone(ph.Others), newConcepts(ph.Others, groups)...)
			return
		}
	}
}

// newConcepts returns those of cs that are not in have.
func newConcepts(have, cs []int) []int {
	var out []int
	for _, c := range cs {
		if !slices.Contains(have, c) {
			out = append(out, c)
		}
	}
	return out
}

// countedPeople returns an offer read from the mission's lead sentence when
// it counts the people the organization has ("a daycare for 60 children",
// "a residence for 120 older adults", "un club de 200 aînés"): housed,
// enrolled or signed up, they are people a partner who needs them can
// meet, as the children of a daycare can visit a residence next door.
// People it only serves ("a pantry for 250 households") are not offered:
// an agency cannot lend those it helps. Nor are a school's pupils: they are
// in class, and what a school can share of them goes through the programs
// and newsletters it lists; read as people to lend, they made every school
// a partner of whoever wants volunteers, customers or an audience.
func (lx *Lexicon) countedPeople(name, lead, lang string) (Phrase, bool) {
	if !holdsPeople(name, lead) {
		return Phrase{}, false
	}
	// A share ("41% of families speak Spanish at home") counts nobody.
	lead = percentages.ReplaceAllString(lead, "share")
	ph := lx.phraseAs(lead, lang, true, rolePurpose)
	words := splitWords(lead)
	for _, h := range ph.Hits {
		c := h.Concept
		if lx.Concepts[c].Kind != KindGroup || slices.Contains(lx.ownPeople, c) || slices.Contains(ph.Heads, c) || lx.inFamily(c, "group.students") {
			continue
		}
		// Positions are 1-based word numbers of splitWords; a number
		// one or two words before the group counts it ("60 children",
		// "120 older adults").
		at := spanStart(h.Span) - 1
		for back := 1; back <= 2 && at-back >= 0 && at-back < len(words); back++ {
			if _, ok := atoi(words[at-back]); ok {
				ph.Heads = append(ph.Heads, c)
				break
			}
		}
	}
	return ph, len(ph.Heads) > 0
}

// holdsPeople reports whether an organization's name or lead sentence says
// it is a place or body whose people are its own (ownPlaceWords).
func holdsPeople(name, lead string) bool {
	return slices.ContainsFunc(splitWords(name+" "+lead), func(w string) bool { return ownPlaceWords[w] })
}

var percentages = regexp.MustCompile(`(?i)\d+([.,]\d+)?\s*(%|percent\b|per cent\b|pour cent\b|por ciento\b)`)
