package scoring

import "strings"

// ages is a span of ages in years, both ends included; the zero value
// (hi 0) says nothing.
type ages struct{ lo, hi int }

func (a ages) known() bool { return a.hi > 0 }

// disjoint reports whether two known spans share no age: adults over 55
// and a program for ages 16 to 21.
func (a ages) disjoint(b ages) bool {
	return a.known() && b.known() && (a.hi < b.lo || b.hi < a.lo)
}

func (a ages) union(b ages) ages {
	if !a.known() {
		return b
	}
	if !b.known() {
		return a
	}
	return ages{min(a.lo, b.lo), max(a.hi, b.hi)}
}

const oldest = 120

// agesSaid reads the ages a text gives in numbers: "ages 16 to 21",
// "14-17-year-olds", "adults over 55", "under-12", "de 18 a 24 años",
// "mayores de 50 años", "de 6 à 12 ans", "plus de 65 ans", "5 and up";
// words are numberWords of the text.
func agesSaid(words []string) ages {
	var out ages
	for i := 0; i < len(words); i++ {
		n, ok := smallAge(words[i])
		if !ok {
			continue
		}
		prev, prev2 := "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i > 1 {
			prev2 = words[i-2]
		}
		// A second number: "16-21", "16 to 21", "18 a 24", "6 à 12".
		m, j := -1, i+1
		if j < len(words) && rangeJoins[words[j]] {
			j++
		}
		if j < len(words) {
			if v, ok := smallAge(words[j]); ok && v > n {
				m = v
			} else {
				j = i + 1
			}
		}
		if m < 0 {
			j = i + 1
		} else {
			j++
		}
		unitAfter := j < len(words) && ageUnits[words[j]] || j+1 < len(words) && ageUnits[words[j+1]] && !unitWords[words[j]]
		aged := ageWords[prev] || ageWords[prev2] && !unitWords[prev] || unitAfter
		var got ages
		switch {
		case m >= 0 && aged:
			got = ages{n, m}
		case olderWords[prev] && (aged || peopleWords[prev2] || adultWords[prev2]) && n >= 18,
			prev == "de" && (prev2 == "mayores" || prev2 == "plus" || prev2 == "más") && (aged || n >= 40):
			got = ages{n, oldest}
		case youngerWords[prev] && n <= 18 && !(j < len(words) && unitWords[words[j]]),
			prev == "de" && (prev2 == "menores" || prev2 == "moins") && aged:
			got = ages{0, n}
		case aged && j+1 < len(words) && (words[j] == "and" || words[j] == "et" || words[j] == "y") && upWords[words[j+1]]:
			got = ages{n, oldest}
		case aged && j < len(words) && words[j] == "plus":
			got = ages{n, oldest}
		case aged && ageWords[prev]:
			got = ages{n, n}
		}
		if got.known() {
			out = out.union(got)
			i = j - 1
		}
	}
	return out
}

func smallAge(w string) (int, bool) {
	n, ok := atoi(w)
	return n, ok && n >= 0 && n <= oldest
}

var (
	rangeJoins = fieldSet("to through à a al et y and")
	// ageWords before a number and ageUnits after it say it is an age.
	ageWords = fieldSet("ages age aged âge âgés âgées edad edades")
	ageUnits = fieldSet("year years yr yrs olds old ans años anos")
	// unitWords after a number make it no age: "under 5 minutes".
	unitWords    = fieldSet("minutes minute hours hour days weeks months dollars miles km kilometers pounds lbs kg percent minutos horas días semanas meses pesos dólares kilos heures jours semaines mois euros")
	olderWords   = fieldSet("over above older")
	youngerWords = fieldSet("under below younger")
	upWords      = fieldSet("up over older plus más mas")
	adultWords   = fieldSet("adults adult folks men women seniors people workers personnes adultes adultos mujeres hombres personas")
)

// groupAges are the ages of the people some group concepts name, for needs
// and offers that name their people without numbers ("childcare for
// toddlers", "counselling for seniors").
var groupAges = map[string]ages{
	"group.early_childhood":     {0, 5},
	"group.children":            {0, 12},
	"group.after_school":        {5, 14},
	"group.teens":               {13, 19},
	"group.high_school":         {13, 19},
	"group.youth":               {12, 29},
	"group.at_risk_youth":       {12, 24},
	"group.young_adults":        {18, 30},
	"group.university_students": {17, 35},
	"group.seniors":             {55, oldest},
	"group.isolated_seniors":    {55, oldest},
}

// agesOf returns the ages a need or an offer is for: those it says in numbers, else
// those of the people it names.
func (lx *Lexicon) agesOf(p *Phrase) ages {
	if p.ages.known() {
		return p.ages
	}
	var out ages
	if p.sexes&adults != 0 {
		// "men's business suits", "vêtements pour hommes": grown-ups,
		// whom a need for children's snow pants does not want.
		out = ages{adultAge, oldest}
	}
	for _, cs := range [][]int{p.Heads, p.Others} {
		for _, c := range cs {
			if a, ok := groupAges[lx.Concepts[c].ID]; ok {
				out = out.union(a)
			}
		}
	}
	return out
}

// sexes is which of women and men a phrase names as its people: a shelter
// for women is not met by one for men.
type sexes uint8

const (
	women sexes = 1 << iota
	men
	// adults: the phrase names grown men or women (not girls or boys); it
	// says their ages, not their sex. The bare word "adults" is left out:
	// "English classes for adults" is still met by a tutor who has not
	// said whom she teaches.
	adults
)

const adultAge = 18

// sexesNamed returns the sexes a text's words name.
func sexesNamed(words []string) sexes {
	var s sexes
	for _, w := range words {
		s |= sexWords[w]
		if grownWords[w] {
			s |= adults
		}
	}
	return s
}

// other reports whether two phrases name people of one sex each, not the
// same.
func (s sexes) other(t sexes) bool {
	s, t = s&(women|men), t&(women|men)
	return (s == women || s == men) && (t == women || t == men) && s != t
}

// grownWords name grown-up men and women.
var grownWords = fieldSet("men man mens women woman womens hommes homme femmes femme hombres hombre mujeres mujer")

var sexWords = func() map[string]sexes {
	m := map[string]sexes{}
	for _, w := range strings.Fields("women woman womens girls girl mothers mother moms mom widows femmes femme filles fille mères mère veuves mujeres mujer niñas chicas madres mamás viudas") {
		m[w] = women
	}
	for _, w := range strings.Fields("men man mens boys boy fathers father dads dad widowers hommes homme garçons garçon pères père veufs hombres hombre papás viudos") {
		m[w] = men
	}
	return m
}()
