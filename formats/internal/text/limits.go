package text

import "github.com/partnermatch/partnermatch"

// Name cleans an organization's name and cuts it to the interchange
// format's limit.
func Name(s string) string { return Truncate(Clean(s), partnermatch.MaxNameLength) }

// Mission cleans a free text and cuts it to the limit of the mission field
// at a word boundary, so that a long description never refuses a real
// organization.
func Mission(s string) string { return Truncate(Clean(s), partnermatch.MaxTextLength) }

// Phrase cleans one value, goal, offer or need and cuts it to the phrase
// limit.
func Phrase(s string) string { return Truncate(Clean(s), partnermatch.MaxPhraseLength) }
