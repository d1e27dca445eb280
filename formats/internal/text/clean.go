// Package text holds the small text helpers every importer needs: cleaning
// whitespace and encodings, cutting long texts at a word boundary, splitting
// sentences and building de-duplicated phrase lists that respect the limits
// of the interchange format.
package text

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean returns s with invalid UTF-8 repaired (read as Windows-1252, the
// usual culprit in exported spreadsheets), HTML character references
// decoded ("&#39;", "&amp;"), every run of white space,
// including line breaks and non-breaking spaces, collapsed into one space,
// control characters dropped, and the ends trimmed.
func Clean(s string) string {
	s = ToUTF8(s)
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s) // "Baltimore&#39;s" in exports of web forms
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r) || r == '\ufeff':
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// cp1252 maps the bytes 0x80-0x9F of Windows-1252 to runes; the other bytes
// above 0x7F are the same as in Latin-1.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

// ToUTF8 returns s unchanged when it is valid UTF-8 and otherwise decodes it
// as Windows-1252. Mixed files exist: each string is judged on its own.
func ToUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// SentenceCase rewrites a text written all in capitals ("COMMUNITY
// SERVICES") as a sentence ("Community services"), keeping common acronyms
// ("HIV TESTING" is "HIV testing"). Text with any lower-case letter is
// returned as it is: it was cased on purpose.
func SentenceCase(s string) string {
	hasUpper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return s
		}
		if unicode.IsUpper(r) {
			hasUpper = true
		}
	}
	if !hasUpper {
		return s
	}
	var b strings.Builder
	first := true
	word := func(w string) {
		switch {
		case acronyms[w]:
			b.WriteString(w)
		case first:
			rs := []rune(strings.ToLower(w))
			rs[0] = unicode.ToUpper(rs[0])
			b.WriteString(string(rs))
		default:
			b.WriteString(strings.ToLower(w))
		}
		first = false
	}
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			word(s[start:i])
			start = -1
		}
		b.WriteRune(r)
	}
	if start >= 0 {
		word(s[start:])
	}
	return b.String()
}

// acronyms stay in capitals when a heading is rewritten as a sentence.
var acronyms = map[string]bool{
	"HIV": true, "AIDS": true, "STD": true, "STI": true, "GED": true, "ESL": true, "WIC": true, "SNAP": true,
	"TANF": true, "SSI": true, "SSDI": true, "LGBT": true, "LGBTQ": true, "ADA": true, "DSS": true, "DUI": true,
	"DWI": true, "IRS": true, "USA": true, "US": true, "AA": true, "NA": true, "ADHD": true, "TTY": true,
	"ID": true, "MTA": true, "YMCA": true, "YWCA": true, "CPR": true, "EMT": true, "ICU": true, "HUD": true,
	"FEMA": true, "LIHEAP": true, "VITA": true, "OHEP": true, "EITC": true, "EIC": true, "SAT": true, "GPS": true,
	"UK": true, "NHS": true, "GP": true, "IT": false,
}

// Missing reports whether a cell holds one of the usual spellings of "no
// value" in exported tables: empty, NA, N/A, NULL, None.
func Missing(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "na", "n/a", "null", "none", "nan":
		return true
	}
	return false
}

var (
	emailPattern = regexp.MustCompile(`(?i)\b[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}\b`)
	phonePattern = regexp.MustCompile(`(?i)(?:\+?1[ .\-]?)?(?:\(\d{3}\)\s?|\b\d{3}[ .\-])\d{3}[ .\-]\d{4}\b(?:\s*(?:x|ext\.?)\s*\d+)?`)
	spaceBefore  = regexp.MustCompile(`\s+([.,;:)])`)
)

// StripContacts removes email addresses and phone numbers from a cleaned
// phrase: in an offer or a need they are instructions for a caller, and an
// email address may be a person's.
func StripContacts(s string) string {
	if !strings.ContainsAny(s, "@0123456789") {
		return s
	}
	s = emailPattern.ReplaceAllString(s, "")
	s = phonePattern.ReplaceAllString(s, "")
	s = spaceBefore.ReplaceAllString(s, "$1")
	return Clean(s)
}

var (
	// A sentence that tells a caller whom to reach ("Contact JoAnn for more
	// details.", "Call for information.").
	callerSentence = regexp.MustCompile(`(?i)^(?:please\s+)?(?:contact|call|ask for|e-?mail|for (?:more )?(?:info|information|details)|speak (?:with|to)|talk to|reach|see separate|visit)\b`)
	// A staff member named with a title ("Donna Hitcher, Program Director").
	personTitle = regexp.MustCompile(`\b[A-Z][a-z]+(?: [A-Z]\.?)? [A-Z][A-Za-z'-]+,? (?:[A-Z][a-z]+ ){0,2}(?:Director|Coordinator|Manager|Supervisor|President|Chair|Chairman|Officer|Administrator|Secretary|Treasurer)\b`)
)

// DropCallerSentences removes from a cleaned phrase the sentences that tell
// a caller whom to contact and those naming a staff member with a title:
// they are not what is offered or needed, and they name people.
func DropCallerSentences(s string) string {
	sents := Sentences(s)
	kept := sents[:0]
	for _, x := range sents {
		if callerSentence.MatchString(x) || personTitle.MatchString(x) {
			continue
		}
		kept = append(kept, x)
	}
	return strings.Join(kept, " ")
}
