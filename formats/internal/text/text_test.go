package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a\n\n b\t\tc  ", "a b c"},
		{"non\u00a0breaking", "non breaking"},
		{"\ufeffbom", "bom"},
		{"caf\xe9 \x93quoted\x94", "café “quoted”"}, // Windows-1252 bytes
		{"Baltimore&#39;s citizens &amp; visitors", "Baltimore's citizens & visitors"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"one two three four", 12, "one two…"},
		{"one two, three four", 14, "one two…"},     // no trailing comma before the ellipsis
		{"abcdefghijklmnop", 8, "abcdefg…"},         // no space: cut inside the word
		{"a bcdefghijklmnopqrst", 10, "a bcdefgh…"}, // the only space is too early
		{"word boundary", 8, "word…"},
		{"one two", 4, "one…"}, // the cut falls on a space
		{"x", 0, ""},
	}
	for _, tt := range tests {
		got := Truncate(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n > tt.max {
			t.Errorf("Truncate(%q, %d) has %d runes", tt.in, tt.max, n)
		}
	}
}

func TestMissionKeepsLongTextsWithinTheLimit(t *testing.T) {
	long := strings.Repeat("Provides meals to seniors. ", 1000) // 27,000 characters
	got := Mission(long)
	if n := utf8.RuneCountInString(got); n > 20000 || n < 19900 {
		t.Fatalf("Mission cut a %d-character text to %d runes, want close to 20000", len(long), n)
	}
	if !strings.HasSuffix(got, "seniors…") && !strings.HasSuffix(got, "meals…") && !strings.HasSuffix(got, "to…") && !strings.HasSuffix(got, "Provides…") {
		t.Errorf("Mission did not cut at a word boundary: ...%q", got[len(got)-30:])
	}
}

func TestSentences(t *testing.T) {
	got := Sentences("Run by St. Mary's Church, Inc. since 1990. Volunteers are welcome! Call 9 a.m. to 5 p.m. Monday. Open to J. Smith's clients.")
	want := []string{
		"Run by St. Mary's Church, Inc. since 1990.",
		"Volunteers are welcome!",
		"Call 9 a.m. to 5 p.m. Monday.",
		"Open to J. Smith's clients.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sentences (-want +got):\n%s", diff)
	}
}

func TestLead(t *testing.T) {
	s := "First sentence here. Second one. Third sentence is longer than the rest."
	if got, want := Lead(s, 40), "First sentence here. Second one."; got != want {
		t.Errorf("Lead(40) = %q, want %q", got, want)
	}
	if got, want := Lead(s, 10), "First…"; got != want {
		t.Errorf("Lead(10) = %q, want %q", got, want)
	}
}

func TestListDedupesAndCaps(t *testing.T) {
	l := NewList(3, 20)
	for _, s := range []string{"Food pantry", " food  PANTRY. ", "", "Meals on wheels", "Legal aid clinic for tenants", "Fourth"} {
		l.Add(s)
	}
	want := []string{"Food pantry", "Meals on wheels", "Legal aid clinic…"}
	if diff := cmp.Diff(want, l.Items()); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
	if !l.Has("FOOD PANTRY") {
		t.Error("Has(FOOD PANTRY) = false")
	}
}

func TestSentenceCase(t *testing.T) {
	for in, want := range map[string]string{
		"COMMUNITY SERVICES":                     "Community services",
		"Tourist Information":                    "Tourist Information",
		"  HIV/AIDS":                             "  HIV/AIDS",
		"HIV TESTING":                            "HIV testing",
		"CIVIL PRO BONO & REDUCED FEE PLACEMENT": "Civil pro bono & reduced fee placement",
		"123":                                    "123",
	} {
		if got := SentenceCase(in); got != want {
			t.Errorf("SentenceCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripContacts(t *testing.T) {
	for in, want := range map[string]string{
		"Call 410-386-2671 for details.":                       "Call for details.",
		"Call (410) 366-8550 ext. 208 or dmiller@umbc.edu.":    "Call or.",
		"Serves 1,200 families at 204 Hays Street since 1990.": "Serves 1,200 families at 204 Hays Street since 1990.",
	} {
		if got := StripContacts(in); got != want {
			t.Errorf("StripContacts(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRoleEmail(t *testing.T) {
	for in, want := range map[string]bool{
		"info@smccvb.com":            true,
		"volunteers@example.org":     true,
		"frontdesk@library.org":      true,
		"jgoldstein@legalaidsmc.org": false,
		"anne.leclair@smccvb.com":    false,
		"not an email":               false,
		"info@localhost":             false,
	} {
		if got := RoleEmail(in); got != want {
			t.Errorf("RoleEmail(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNameAffinity(t *testing.T) {
	org := "Baltimore City Health Department"
	for loc, want := range map[string]float64{
		"Baltimore City Health Department":            1,
		"Baltimore City Health Dept., Administration": 0.75,
		"Baltimore City Health Dept., Eastern Clinic": 0.5,
		"Baltimore Animal Rescue & Care Shelter, Inc": 0,
	} {
		if got := NameAffinity(loc, org); got != want {
			t.Errorf("NameAffinity(%q) = %v, want %v", loc, got, want)
		}
	}
}

func TestDropCallerSentences(t *testing.T) {
	for in, want := range map[string]string{
		"In need of adult volunteers, ages 18 and over for various duties. Contact JoAnn for more details.": "In need of adult volunteers, ages 18 and over for various duties.",
		"Volunteers are needed. Call for information.":                                                      "Volunteers are needed.",
		"Provided for children who have experienced homelessness. Donna Hitcher, Program Director.":         "Provided for children who have experienced homelessness.",
		"Please call Douglas Miller.":     "",
		"Runs a food pantry on Tuesdays.": "Runs a food pantry on Tuesdays.",
	} {
		if got := DropCallerSentences(in); got != want {
			t.Errorf("DropCallerSentences(%q) = %q, want %q", in, got, want)
		}
	}
}
