package scoring

import (
	"regexp"
	"strings"
)

// peopleCount returns how many people a need says it is for ("Laptops for
// 120 students", "a 500-person banquet", "una asamblea de 300 personas"),
// or 0; words are numberWords of the text.
func peopleCount(words []string) int {
	most := 0
	for i, w := range words {
		n, ok := atoi(w)
		if !ok || i+1 == len(words) {
			continue
		}
		if peopleWords[words[i+1]] || i+2 < len(words) && peopleWords[words[i+2]] {
			most = max(most, n)
		}
	}
	return most
}

// offeredCount returns how many things or places an offer gives when it
// says it gives only a few, once ("one card table and four chairs", "I
// have one old tablet", "Small meeting room, seats 8", "una oficinita con
// dos sillas"), or 0: an offer that recurs ("one coach per semester") or
// names no number says nothing of its size. words are numberWords of the
// text.
func offeredCount(words []string) int {
	most := 0
	for _, w := range words {
		if recurringWords[w] {
			return 0
		}
		if n, ok := atoi(w); ok {
			most = max(most, n)
		} else if n, ok := smallNumbers[w]; ok {
			most = max(most, n)
		}
	}
	return most
}

// heldCount returns how many people an offer says a place holds ("seats
// 12", "capacity for 80", "jusqu'à 40 personnes", "aforo de 150"), or 0.
// words are numberWords of the text.
func heldCount(words []string) int {
	most := 0
	for i, w := range words {
		n, ok := atoi(w)
		if !ok {
			continue
		}
		before := i > 0 && holdingWords[words[i-1]] || i > 1 && holdingWords[words[i-2]]
		if before || i+1 < len(words) && seatWords[words[i+1]] {
			most = max(most, n)
		}
	}
	return most
}

// sumSaid returns the largest sum of money a text names ("$250,000",
// "500 $", "$5k", "2 millones de pesos"), in its currency's units, or 0.
func sumSaid(text string) int {
	if !strings.ContainsAny(text, "$€£") && !moneyUnit.MatchString(text) {
		return 0
	}
	most := 0
	for _, m := range sumPattern.FindAllStringSubmatch(strings.ToLower(text), -1) {
		digits, scale := m[1], m[2]
		if digits == "" {
			digits, scale = m[3], ""
		}
		n, ok := atoi(thousandsSeparators.Replace(digits))
		if !ok {
			continue
		}
		switch scale {
		case "k":
			n *= 1000
		case "m", "million", "millions", "millón", "millones":
			n *= 1000000
		}
		most = max(most, n)
	}
	return most
}

// tooLittleMoney reports whether an offer's sum is far below a need's: a
// $500 micro-grant for a $250,000 building.
func tooLittleMoney(needed, offered int) bool {
	return needed > 0 && offered > 0 && needed >= w.tooLittleMoney*offered
}

// tooSmall reports whether an offer gives far too little for the people a
// need is for: a room that seats 8 for 400 guests, one tablet for 120
// students.
func tooSmall(people, offered, holds int) bool {
	return people > 0 && (offered > 0 && people >= w.tooSmallRatio*offered || holds > 0 && people >= w.tooFewSeats*holds)
}

// numberWords returns text split into lower-case words, reading "2,000"
// and "2 000" as one number, given words, splitWords(text): most texts
// write no such number, and their words are the same.
func numberWords(text string, words []string) []string {
	if !thousands.MatchString(text) {
		return words
	}
	return splitWords(thousands.ReplaceAllStringFunc(text, thousandsSeparators.Replace))
}

var (
	thousands           = regexp.MustCompile(`\d{1,3}(?:[,. \x{00a0}]\d{3})+\b`)
	moneyUnit           = regexp.MustCompile(`(?i)\d\s?(dollars?|euros?|pesos|dólares)\b`)
	sumPattern          = regexp.MustCompile(`[$€£]\s?(\d{1,3}(?:[,. \x{00a0}]\d{3})+|\d+)(?:\s?(k|m|million|millions|millón|millones)\b)?|(\d{1,3}(?:[,. \x{00a0}]\d{3})+|\d+)\s?(?:[$€£]|dollars?\b|euros?\b|pesos\b|dólares\b)`)
	thousandsSeparators = strings.NewReplacer(",", "", ".", "", " ", "", "\u00a0", "")
	// holdingWords before a number, and seatWords after it, say how many
	// people a place holds.
	holdingWords = fieldSet("seats seat seating capacity holds fits accommodates accommodate sits " +
		"capacité accueille contient jusqu " +
		"capacidad aforo cupo caben")
	seatWords   = fieldSet("seats seated standing places plazas asientos lugares")
	peopleWords = fieldSet("people persons person guests guest students kids children attendees participants families seniors youth members " +
		"personnes invités invitées participants participantes élèves étudiants enfants familles aînés jeunes membres " +
		"personas invitados asistentes participantes alumnos estudiantes niños niñas familias jóvenes miembros")
	smallNumbers = map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
		"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
	}
	recurringWords = fieldSet("per each every weekly monthly daily yearly annually par chaque hebdomadaire mensuel mensuelle cada semanal mensual diario diaria")
)
