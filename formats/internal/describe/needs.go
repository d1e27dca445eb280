package describe

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/partnermatch/partnermatch/formats/internal/text"
)

// NeedRunes bounds one need phrase: the first paragraph of a VOLUNTEERS or
// DONATIONS section is a few sentences at most.
const NeedRunes = 400

// proseNeedRunes bounds a sentence of prose read as a need: a long sentence
// that mentions donations in passing ("…titles and registers vehicles,
// accepts contributions to the organ donor fund") is about something else.
const proseNeedRunes = 250

var (
	// Sections that say what an organization asks for ("VOLUNTEERS",
	// "HOLIDAY DONATIONS"), unlike programs named after volunteers ("RETIRED
	// AND SENIOR VOLUNTEER PROGRAM", "TRAINED VOLUNTEERS"), which offer them.
	needHead    = regexp.MustCompile(`VOLUNTEER|DONATION|WISH ?LIST|IN-KIND|ITEMS NEEDED`)
	programHead = regexp.MustCompile(`PROGRAM|TRAIN|DRIVER|SERVICE|CORPS|CENTER|BUREAU|AMBASSADOR`)
	// Sentences of prose about what is asked for...
	needTopic = regexp.MustCompile(`(?i)\bvolunteers?\b|\bvolunteering\b|\bdonat|\bwish list\b|\bin-kind\b`)
	// ...that ask for it.
	askCue = regexp.MustCompile(`(?i)\b(needed|needs|is needed|are needed|welcome[ds]?|wanted|sought|seeking|seeks|recruit\w*|accept\w*|appreciated|encouraged|asked to|in need of|looking for|opportunit\w*|can volunteer|may volunteer|to volunteer|interested in volunteering|invited)\b`)
	// Answers that say nothing is needed, or that the need is closed to
	// outsiders ("Utilizes church members only").
	negative = regexp.MustCompile(`(?i)\bnot in need\b|\bnot\s+(?:\w+\s+){0,2}(?:needed|required|accepted|accepting|recruit\w*|use[ds]?|utiliz\w*|used|being|at this time|currently|available)\b|\bno\s+(?:\w+\s+)?(?:volunteers?|donations?|opportunit\w*)\b|\bnone\b|\bdoes not\b|\bdo not\b|\bdon't\b|\bnot applicable\b|\bn/a\b|\bmembers?\b|\b(?:utiliz|use)\w*\s+(?:\w+\s+)?church|\bsee separate listing\b`)
	// Answers that only send the reader elsewhere.
	referral = regexp.MustCompile(`(?i)^(?:please\s+)?(?:call|contact|e-?mail|visit|see|check|inquire|ask)\b`)
)

// Needs returns what a description asks for, as need phrases: the first
// paragraph of each VOLUNTEERS or DONATIONS section that asks for something
// ("VOLUNTEERS: Adults are needed to tutor." gives "Volunteers: Adults are
// needed to tutor."), and, outside those sections, each sentence about
// volunteers or donations that asks for them ("Youth and adult volunteers
// are welcome."). Answers that say none are needed ("Volunteers are not
// needed at this time", "No volunteers needed", "Utilizes church members
// only") and answers that only refer elsewhere ("Call for information") are
// not needs.
func Needs(desc string) []string {
	var out []string
	for _, b := range Blocks(desc) {
		if IsNeedHead(b.Head) {
			para := text.DropCallerSentences(text.StripContacts(text.Clean(FirstParagraph(b.Body))))
			if !Asks(para) {
				continue
			}
			label := text.SentenceCase(b.Head)
			if strings.Contains(strings.ToLower(para), strings.ToLower(strings.TrimSuffix(label, "s"))) {
				out = append(out, text.Truncate(para, NeedRunes))
			} else {
				out = append(out, text.Truncate(label+": "+para, NeedRunes))
			}
			continue
		}
		body := text.Clean(b.Body)
		if !mentionsNeed(body) {
			continue
		}
		for _, s := range text.Sentences(text.StripContacts(body)) {
			if utf8.RuneCountInString(s) <= proseNeedRunes && needTopic.MatchString(s) && askCue.MatchString(s) && !negative.MatchString(s) &&
				text.DropCallerSentences(s) != "" {
				out = append(out, text.Truncate(s, NeedRunes))
			}
		}
	}
	return out
}

// Asks reports whether the answer of a VOLUNTEERS or DONATIONS section asks
// for something: it is not empty, does not say none are needed and does not
// only refer the reader elsewhere.
func Asks(answer string) bool {
	a := strings.TrimSpace(answer)
	if len(a) < 3 {
		return false
	}
	if negative.MatchString(a) || referral.MatchString(a) {
		return false
	}
	return true
}

// IsNeedHead reports whether a heading introduces what an organization asks
// for (VOLUNTEERS, DONATIONS, WISH LIST) rather than a program.
func IsNeedHead(head string) bool {
	return head != "" && needHead.MatchString(head) && !programHead.MatchString(head)
}

// mentionsNeed is a quick test that a text may hold a sentence about
// volunteers or donations, before the regular expressions look closer.
func mentionsNeed(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "volunt") || strings.Contains(l, "donat") || strings.Contains(l, "wish list") || strings.Contains(l, "in-kind")
}
