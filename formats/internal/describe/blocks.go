// Package describe reads the structured prose of human-services directories
// (iCarol, Ohana, 211 exports): descriptions made of headed sections
// ("OVERVIEW: …", "VOLUNTEERS: …", "DONATIONS: …") and numbered services
// ("1) LEGAL AID: …"). It finds what an organization offers and what it asks
// for.
package describe

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// Block is one part of a description: the text before the first heading
// (Head "" and Num 0), a headed section, or a numbered item.
type Block struct {
	Num     int    // the item number of "3) …", 0 when not numbered
	Head    string // the upper-case heading ("VOLUNTEERS"), "" when none
	Body    string // the text after the heading, with its line breaks
	Section string // for a numbered item, the heading of the section it is in ("OTHER LOCATIONS")
}

var (
	// A heading starts a line: an optional item number, then upper-case
	// words and a colon. "Home visits: No" is not a heading (lower case).
	headingLine = regexp.MustCompile(`^[ \t]*(?:(\d{1,2})[).][ \t]*)?([A-Z][A-Z0-9 /&'’,.()\-]*[A-Z0-9)])[ \t]*:(.*)$`)
	numberLine  = regexp.MustCompile(`^[ \t]*(\d{1,2})\)[ \t]+(.*)$`)
	// A line that only answers yes or no ("Home visits: No") is a form
	// field of the export, not prose.
	yesNoLine = regexp.MustCompile(`(?i)^[ \t]*[a-z][a-z /-]{2,40}:[ \t]*(?:yes|no|n/a)\.?[ \t]*$`)
)

// Blocks splits a description into blocks in order. Line breaks inside a
// block are kept so that callers can take its first paragraph.
func Blocks(desc string) []Block {
	desc = strings.ReplaceAll(desc, "\r\n", "\n")
	var out []Block
	cur := Block{}
	section := ""
	var body strings.Builder
	flush := func() {
		cur.Body = strings.TrimSpace(body.String())
		if cur.Body != "" || cur.Head != "" || cur.Num != 0 {
			out = append(out, cur)
		}
		body.Reset()
	}
	for _, line := range strings.Split(desc, "\n") {
		if yesNoLine.MatchString(line) {
			continue
		}
		if m := headingLine.FindStringSubmatch(line); m != nil && isHeading(m[2]) {
			flush()
			num, _ := strconv.Atoi(m[1])
			cur = Block{Num: num, Head: strings.TrimSpace(m[2])}
			if num == 0 {
				section = cur.Head
			} else {
				cur.Section = section
			}
			body.WriteString(strings.TrimSpace(m[3]))
			continue
		}
		if m := numberLine.FindStringSubmatch(line); m != nil {
			flush()
			num, _ := strconv.Atoi(m[1])
			cur = Block{Num: num, Section: section}
			body.WriteString(m[2])
			continue
		}
		if body.Len() > 0 {
			body.WriteByte('\n')
		}
		body.WriteString(line)
	}
	flush()
	return out
}

// isHeading requires three letters and no lower case, so that "NOTE" and
// "BUS LINES" are headings and "A.A." or "Dr." are not.
func isHeading(h string) bool {
	letters := 0
	for _, r := range h {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// FirstParagraph returns a block body up to its first blank line, with the
// remaining line breaks as spaces.
func FirstParagraph(body string) string {
	lines := strings.Split(body, "\n")
	var keep []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			if len(keep) > 0 {
				break
			}
			continue
		}
		keep = append(keep, strings.TrimSpace(l))
	}
	return strings.Join(keep, " ")
}
