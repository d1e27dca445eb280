package scoring

import (
	"strings"
)

// schedule is when a need or an offer says it is wanted or available: the
// days of the week, the parts of the day, the months, and whether it is
// once or for a long time. A zero field says nothing.
type schedule struct {
	days   uint8  // bit 0 Monday .. bit 6 Sunday
	parts  uint8  // morning, afternoon, evening, night
	months uint16 // bit 0 January .. bit 11 December
	// once: a single occasion ("one Saturday evening", "one-time");
	// lasting: over a long time ("year-long", "ongoing").
	once, lasting bool
}

const (
	partMorning = 1 << iota
	partAfternoon
	partEvening
	partNight
	partDay = partMorning | partAfternoon
)

const (
	weekdays = 0b0011111
	weekend  = 0b1100000
)

// readSchedule reads when a text says something is wanted or available:
// "weekday mornings", "Friday and Saturday nights after 9 pm only", "Mon-Fri
// 9 to 3", "tous les matins de juillet", "de septembre à juin", "los
// sábados en la mañana", "one Saturday evening", "year-long"; words are
// splitWords of the text.
func readSchedule(words []string) schedule {
	var s schedule
	for i := 0; i < len(words); i++ {
		w := words[i]
		prev, next := around(words, i)
		if d, ok := dayWords[w]; ok {
			// A range: "Monday to Thursday", "Mon-Fri", "du lundi au
			// vendredi", "de lunes a viernes".
			j := i + 1
			if j < len(words) && rangeWords[words[j]] {
				j++
			}
			if j < len(words) {
				if e, ok := dayWords[words[j]]; ok && (j > i+1 || abbrevDays[w]) {
					s.days |= dayRange(d, e)
					i = j
					continue
				}
			}
			if !abbrevDays[w] {
				s.days |= 1 << d
			}
			continue
		}
		if m, ok := monthWords[w]; ok && (!ambiguousMonths[w] || monthContext[prev] || isNumber(next)) {
			if rangeWords[prev] || beforeWords[prev] {
				continue // "until October": from now on, not in October
			}
			j := i + 1
			if j < len(words) && rangeWords[words[j]] {
				if e, ok := monthWords[words[min(j+1, len(words)-1)]]; ok && j+1 < len(words) {
					s.months |= monthRange(m, e)
					i = j + 1
					continue
				}
			}
			s.months |= 1 << m
			continue
		}
		prev2 := ""
		if i > 1 {
			prev2 = words[i-2]
		}
		endOfWeek := (w == "semaine" || w == "semaines" || w == "semana" || w == "semanas") && (prev == "fin" || prev == "fins" || prev == "fines" || prev2 == "fin" || prev2 == "fins" || prev2 == "fines")
		switch {
		case weekendWords[w], endOfWeek:
			s.days |= weekend
		case weekdayWords[w], w == "semaine" && (prev == "en" || prev == "de" || prev == "la" && prev2 == "de"), w == "semana" && prev == "entre":
			s.days |= weekdays
		case w == "weeknights" || w == "weeknight":
			s.days |= weekdays
			s.parts |= partEvening
		}
		if p, ok := partWords[w]; ok && !(w == "long" || prev == "long") {
			s.parts |= p
		}
		if w == "midi" && prev == "après" {
			s.parts |= partAfternoon
		}
		if (w == "mañana" || w == "mañanas") && (prev == "la" || prev == "las") || w == "tarde" && prev == "la" {
			s.parts |= partWords[w+"s"]
		}
		if part, ok := clockTime(w); ok && !beforeWords[prev] {
			// "10am", "3pm", "18h": a time written as one word.
			s.parts |= part
			continue
		}
		if (w == "hours" || w == "heures" || w == "horas") && (prev == "after" || prev == "hors" || prev == "fuera") {
			// "after-hours", "hors des heures de bureau".
			s.parts |= partEvening | partNight
		}
		if h, ok := atoi(w); ok && h >= 1 && h <= 12 && !beforeWords[prev] {
			switch {
			case next == "am" || next == "a" && i+2 < len(words) && words[i+2] == "m":
				s.parts |= partMorning
			case next == "pm" || next == "p" && i+2 < len(words) && words[i+2] == "m":
				s.parts |= pmPart(h)
			case (next == "to" || next == "à" || next == "a") && h >= 7 && h <= 11 && i+2 < len(words):
				// "9 to 3": office hours.
				if e, ok := atoi(words[i+2]); ok && e >= 1 && e <= 6 {
					s.parts |= partDay
				}
			}
		}
		if onceWords[w] || (w == "time" || w == "off") && prev == "one" || w == "vez" && (prev == "sola" || prev == "única" || prev == "unica") {
			s.once = true
		}
		if lastingWords[w] || w == "term" && prev == "long" && !careWords[next] || w == "terme" && prev == "long" || w == "plazo" && prev == "largo" || w == "long" && prev == "year" {
			s.lasting = true
		}
	}
	return s
}

// conflicts reports whether need and offer say when they are wanted and
// available and the times cannot meet: weekday mornings and one Saturday
// evening, July and September to June, a year-long program and a
// one-time chat.
func (need schedule) conflicts(offer schedule) bool {
	return need.days != 0 && offer.days != 0 && need.days&offer.days == 0 ||
		need.parts != 0 && offer.parts != 0 && need.parts&offer.parts == 0 ||
		need.months != 0 && offer.months != 0 && need.months&offer.months == 0 ||
		need.lasting && offer.once
}

// clockTime reads a time written as one word: "10am", "3pm", "18h" (a
// 24-hour clock), and returns the part of the day it falls in.
func clockTime(w string) (uint8, bool) {
	for _, suffix := range []string{"am", "pm", "h"} {
		digits, ok := strings.CutSuffix(w, suffix)
		if !ok {
			continue
		}
		h, ok := atoi(digits)
		if !ok {
			return 0, false
		}
		switch {
		case suffix == "am" && h >= 1 && h <= 12:
			if h == 12 || h < 5 {
				return partNight, true
			}
			return partMorning, true
		case suffix == "pm" && h >= 1 && h <= 12:
			return pmPart(h), true
		case suffix == "h" && h <= 24:
			switch {
			case h >= 5 && h < 12:
				return partMorning, true
			case h >= 12 && h < 17:
				return partAfternoon, true
			case h >= 17 && h < 21:
				return partEvening, true
			}
			return partNight, true
		}
		return 0, false
	}
	return 0, false
}

func pmPart(h int) uint8 {
	switch {
	case h == 12 || h <= 5:
		return partAfternoon
	case h <= 8:
		return partEvening
	}
	return partNight
}

func dayRange(from, to int) uint8 { return uint8(cyclicRange(from, to, 7)) }

func monthRange(from, to int) uint16 { return cyclicRange(from, to, 12) }

// cyclicRange sets the bits from..to of a cycle of n (days of a week,
// months of a year), wrapping past its end: Friday to Monday.
func cyclicRange(from, to, n int) uint16 {
	var m uint16
	for d := from; ; d = (d + 1) % n {
		m |= 1 << d
		if d == to {
			return m
		}
	}
}

var (
	dayWords = func() map[string]int {
		m := map[string]int{}
		for d, names := range []string{
			"monday mondays lundi lundis lunes mon",
			"tuesday tuesdays mardi mardis martes tue tues",
			"wednesday wednesdays mercredi mercredis miércoles miercoles wed",
			"thursday thursdays jeudi jeudis jueves thu thur thurs",
			"friday fridays vendredi vendredis viernes fri",
			"saturday saturdays samedi samedis sábado sábados sabado sabados sat",
			"sunday sundays dimanche dimanches domingo domingos sun",
		} {
			for _, n := range strings.Fields(names) {
				m[n] = d
			}
		}
		return m
	}()
	abbrevDays = fieldSet("mon tue tues wed thu thur thurs fri sat sun")
	monthWords = func() map[string]int {
		m := map[string]int{}
		for i, names := range []string{
			"january janvier enero", "february février fevrier febrero", "march mars marzo", "april avril abril",
			"may mai mayo", "june juin junio", "july juillet julio", "august août aout agosto",
			"september septembre septiembre setiembre", "october octobre octubre", "november novembre noviembre", "december décembre decembre diciembre",
		} {
			for _, n := range strings.Fields(names) {
				m[n] = i
			}
		}
		return m
	}()
	rangeWords = fieldSet("to through thru till until au à a al hasta")
	// beforeWords put a time as a limit, not as when: "call before 9 pm".
	beforeWords = fieldSet("before by avant antes")
	// ambiguousMonths are months only after a word of time ("in May",
	// "early March") or before a date: "we may need", "march with us".
	ambiguousMonths = fieldSet("may march")
	monthContext    = fieldSet("in of from since until till through by early late mid during this next last every each")
	careWords       = fieldSet("care soins")
	weekdayWords    = fieldSet("weekday weekdays")
	weekendWords    = fieldSet("weekend weekends week-end week-ends")
	partWords       = map[string]uint8{
		"morning": partMorning, "mornings": partMorning, "matin": partMorning, "matins": partMorning, "matinée": partMorning, "matinées": partMorning, "mañanas": partMorning,
		"afternoon": partAfternoon, "afternoons": partAfternoon, "tardes": partAfternoon,
		"daytime": partDay, "daytimes": partDay,
		"evening": partEvening, "evenings": partEvening, "soir": partEvening, "soirs": partEvening, "soirée": partEvening, "soirées": partEvening,
		"night": partEvening | partNight, "nights": partEvening | partNight, "nuit": partNight, "nuits": partNight, "noche": partEvening | partNight, "noches": partEvening | partNight,
		"overnight": partNight, "overnights": partNight, "nocturne": partNight, "nocturno": partNight,
	}
	onceWords    = fieldSet("onetime ponctuel ponctuelle ponctuels ponctuelles puntual")
	lastingWords = fieldSet("yearlong ongoing")
)
