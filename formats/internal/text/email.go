package text

import "strings"

// Words that name a role or a service rather than a person in the local part
// of an email address (info@, frontdesk@, volunteer@).
var roleWords = []string{
	"info", "contact", "office", "admin", "hello", "help", "mail", "inquir", "question", "service", "program",
	"volunteer", "donat", "reception", "frontdesk", "desk", "library", "events", "event", "general", "team",
	"staff", "support", "director", "membership", "members", "club", "center", "centre", "market", "clinic",
	"intake", "referral", "church", "school", "foundation", "society", "association", "museum", "council",
	"coordinator", "manager", "board", "president", "secretary", "webmaster", "web", "news", "press", "media",
	"care", "health", "housing", "food", "legal", "youth", "senior", "family", "families", "outreach", "hotline",
	"registration", "register", "rsvp", "tickets", "box", "feedback", "comments", "friends", "org",
}

// RoleEmail reports whether an email address is a valid-looking address
// whose local part names a role or a service ("info@…", "volunteer@…")
// rather than, probably, a person ("jgoldstein@…"). Directories list staff
// addresses next to general ones; only the latter are imported as an
// organization's email when the format does not say which is which.
func RoleEmail(s string) bool {
	local, domain, ok := strings.Cut(strings.ToLower(strings.TrimSpace(s)), "@")
	if !ok || local == "" || !strings.Contains(domain, ".") || strings.ContainsAny(s, " \t,;") {
		return false
	}
	for _, w := range roleWords {
		if strings.Contains(local, w) {
			return true
		}
	}
	return false
}
