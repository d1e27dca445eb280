package describe

import (
	"regexp"
	"strings"

	"github.com/partnermatch/partnermatch/formats/internal/text"
)

// OfferRunes bounds one offer phrase taken from a description: the item's
// heading and its first sentences.
const OfferRunes = 300

// Headings of practical details, not of something offered. Numbered items
// are nearly always services ("2) TRANSPORTATION: Rides to…"), so fewer
// headings are details there than among sections ("TRANSPORTATION: Bus 22").
var (
	itemDetail    = regexp.MustCompile(`INCOME GUIDELINES|INTAKE|ELIGIBILITY|LOCATIONS?\b|OFFICES?$|HOURS$|^NOTES?$|^FEES?$|BUS LINES?|HOME VISIT|HOME VIST|WHEELCHAIR|^TTY|DOCUMENTATION|APPLICATION|HOW TO APPLY|INQUIRIES`)
	sectionDetail = regexp.MustCompile(`VOLUNTEER|DONATION|WISH ?LIST|BUS|TRANSPORT|ELIGIB|INTAKE|FEES?$|NOTES?$|HOURS|LOCATION|HOME VISIT|HOME VIST|WHEELCHAIR|ACCESSIB|TTY|APPLICATION|APPLY|PAYMENT|YOU PAY|SERVICE AREA|INCOME GUIDELINES|BRANCHES|OFFICES?$|DOCUMENT|PREMIUM|PHONE|CONTACT|DIRECTIONS|PARKING|LANGUAGES?$|^WAIT`)
)

// addressLike matches a text that is a postal address: a US state and ZIP
// code, or a street number and street at its start.
var addressLike = regexp.MustCompile(`\b[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?\b|^#?\d+[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Pike|Hwy|Highway|Ct|Court|Pl|Place|Pkwy|Parkway)\b`)

// Offers returns what a service description offers, as offer phrases: each
// numbered item ("1) PRO BONO REFERRAL: Offers free attorney services…"
// gives "Pro bono referral: Offers free attorney services…"), or, when there
// are none, the lead sentences of its OVERVIEW section, or else of the text
// before its first heading. Practical sections (bus lines, fees, intake,
// hours, volunteers) are never offers.
func Offers(desc string) []string {
	blocks := Blocks(desc)
	var out []string
	for _, b := range blocks {
		if b.Num == 0 || (b.Head != "" && (itemDetail.MatchString(b.Head) || IsNeedHead(b.Head))) {
			continue
		}
		if b.Section != "" && (sectionDetail.MatchString(b.Section) || IsNeedHead(b.Section)) {
			continue // "OTHER LOCATIONS: 1) Essex, 1338A Eastern Blvd."
		}
		if addressLike.MatchString(text.Clean(b.Body)) {
			continue // "3) DUNBAR HIGH SCHOOL: 601 N. Central Avenue, Baltimore, MD 21231."
		}
		if p := itemPhrase(b); p != "" {
			out = append(out, p)
		}
	}
	if len(out) > 0 {
		return out
	}
	if s := text.DropCallerSentences(text.StripContacts(Overview(desc))); s != "" {
		return []string{text.Lead(s, OfferRunes)}
	}
	return nil
}

func itemPhrase(b Block) string {
	body := text.DropCallerSentences(text.StripContacts(text.Clean(FirstParagraph(b.Body))))
	lead := ""
	if body != "" {
		lead = text.Lead(body, OfferRunes)
	}
	if b.Head == "" {
		return lead
	}
	head := text.SentenceCase(text.Clean(b.Head))
	if lead == "" {
		return head
	}
	return text.Truncate(head+": "+lead, OfferRunes)
}

// Overview returns the text that says what a description is about: its
// OVERVIEW (or SUMMARY, DESCRIPTION, PURPOSE, MISSION) section, else the text
// before its first heading, else the first section that is not a practical
// detail. Line breaks become spaces.
func Overview(desc string) string {
	blocks := Blocks(desc)
	for _, b := range blocks {
		if b.Num == 0 && b.Head != "" && overviewHead(b.Head) {
			if s := text.Clean(b.Body); s != "" {
				return s
			}
		}
	}
	if len(blocks) > 0 && blocks[0].Head == "" && blocks[0].Num == 0 {
		return text.Clean(blocks[0].Body)
	}
	for _, b := range blocks {
		if (b.Head != "" && sectionDetail.MatchString(b.Head)) || (b.Section != "" && sectionDetail.MatchString(b.Section)) {
			continue
		}
		if s := text.Clean(b.Body); s != "" {
			return s
		}
	}
	return ""
}

func overviewHead(h string) bool {
	for _, w := range []string{"OVERVIEW", "OVEVIEW", "OVERVIE", "SUMMARY", "DESCRIPTION", "PURPOSE", "MISSION", "ABOUT"} {
		if strings.HasPrefix(h, w) {
			return true
		}
	}
	return false
}

// Prose returns a description without what is not about the organization's
// purpose: its VOLUNTEERS and DONATIONS sections (they are needs) and its
// practical sections (bus lines, hours, fees, intake, other locations).
// Headings of the sections kept are written as sentences ("Food pantry:
// …"), an OVERVIEW heading is dropped, and line breaks become spaces.
func Prose(desc string) string {
	var parts []string
	for _, b := range Blocks(desc) {
		if IsNeedHead(b.Head) || IsNeedHead(b.Section) {
			continue
		}
		if (b.Head != "" && sectionDetail.MatchString(b.Head) && b.Num == 0) || (b.Num > 0 && b.Head != "" && itemDetail.MatchString(b.Head)) ||
			(b.Section != "" && sectionDetail.MatchString(b.Section)) {
			continue
		}
		body := text.Clean(b.Body)
		switch {
		case b.Head == "" || overviewHead(b.Head):
			if body != "" {
				parts = append(parts, body)
			}
		case body == "":
			parts = append(parts, text.SentenceCase(b.Head)+".")
		default:
			parts = append(parts, text.SentenceCase(b.Head)+": "+body)
		}
	}
	return strings.Join(parts, " ")
}
