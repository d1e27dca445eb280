package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis ends a text that was cut.
const Ellipsis = "…"

// Truncate returns s when it has at most max runes, and otherwise its
// beginning cut at the last word boundary that fits, without trailing
// punctuation, followed by an ellipsis; the result has at most max runes.
// A text with no space in its second half is cut inside the word rather than
// losing more than half of what fits.
func Truncate(s string, max int) string {
	if max <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	if max == 1 {
		return Ellipsis
	}
	rs := []rune(s)[:max-1] // room for the ellipsis
	cut := len(rs)
	if !unicode.IsSpace([]rune(s)[max-1]) { // the cut falls inside a word
		for i := len(rs) - 1; i >= len(rs)/2; i-- {
			if unicode.IsSpace(rs[i]) {
				cut = i
				break
			}
		}
	}
	out := strings.TrimRightFunc(string(rs[:cut]), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—(/&", r)
	})
	if out == "" {
		out = string(rs)
	}
	return out + Ellipsis
}
