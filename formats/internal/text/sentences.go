package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"inc": true, "co": true, "corp": true, "ltd": true, "llc": true, "st": true, "dr": true, "mr": true,
	"mrs": true, "ms": true, "jr": true, "sr": true, "no": true, "dept": true, "ave": true, "blvd": true,
	"rd": true, "vs": true, "etc": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true, "u.s": true,
	"mt": true, "ft": true, "apt": true, "ste": true, "bldg": true, "approx": true, "assn": true, "univ": true,
}

// Sentences splits a cleaned text into sentences: a period, question mark or
// exclamation mark followed by a space and a capital letter, a digit or a
// quote ends one, unless the word before the period is a common
// abbreviation ("Inc.", "St.", "a.m.") or a single letter ("J. Smith").
func Sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if i+2 >= len(s) || s[i+1] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+2:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '(' || next == '“') {
			continue
		}
		if c == '.' {
			w := lastWord(s[start:i])
			if abbreviations[strings.ToLower(w)] || utf8.RuneCountInString(w) == 1 {
				continue
			}
		}
		if sent := strings.TrimSpace(s[start : i+1]); sent != "" {
			out = append(out, sent)
		}
		start = i + 2
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " (\"")
	return strings.TrimLeft(s[i+1:], ".")
}

// Lead returns the first sentences of a cleaned text that fit in max runes
// together (at least the first one, truncated if it alone is too long).
func Lead(s string, max int) string {
	sents := Sentences(s)
	if len(sents) == 0 {
		return ""
	}
	out := sents[0]
	for _, next := range sents[1:] {
		if utf8.RuneCountInString(out)+1+utf8.RuneCountInString(next) > max {
			break
		}
		out += " " + next
	}
	return Truncate(out, max)
}
