package text

import (
	"strings"
	"unicode"

	"github.com/partnermatch/partnermatch"
)

// List collects phrases for one list field of a profile (offers, needs,
// values): each is cleaned and cut to the phrase limit, empty ones and
// repeats (ignoring case, spacing and punctuation) are dropped, and the list
// stops growing at its limit. Directory exports repeat the same text across
// an organization's locations and services; List keeps the first of each.
type List struct {
	max   int
	runes int
	items []string
	seen  map[string]bool
}

// NewList returns a List of at most max phrases (at most
// partnermatch.MaxListLength) of at most phraseRunes runes each (at most
// partnermatch.MaxPhraseLength).
func NewList(max, phraseRunes int) *List {
	if max <= 0 || max > partnermatch.MaxListLength {
		max = partnermatch.MaxListLength
	}
	if phraseRunes <= 0 || phraseRunes > partnermatch.MaxPhraseLength {
		phraseRunes = partnermatch.MaxPhraseLength
	}
	return &List{max: max, runes: phraseRunes, seen: map[string]bool{}}
}

// Add adds a phrase and reports whether it was kept.
func (l *List) Add(s string) bool {
	s = Truncate(Clean(s), l.runes)
	if s == "" || len(l.items) >= l.max {
		return false
	}
	k := Key(s)
	if k == "" || l.seen[k] {
		return false
	}
	l.seen[k] = true
	l.items = append(l.items, s)
	return true
}

// Has reports whether a phrase with the same Key is in the list.
func (l *List) Has(s string) bool { return l.seen[Key(s)] }

// Items returns the phrases in the order they were added, nil when none.
func (l *List) Items() []string {
	if len(l.items) == 0 {
		return nil
	}
	return append([]string(nil), l.items...)
}

// Key folds a phrase for comparison: lower case, letters and digits only,
// single spaces.
func Key(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}
