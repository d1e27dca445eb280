package gen

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/partnermatch/partnermatch"
)

// FindDataDir returns the shared data folder (../shared/data from the module
// root, or $PARTNERMATCH_DATA), or "" when it is absent.
func FindDataDir() string {
	if d := os.Getenv("PARTNERMATCH_DATA"); d != "" {
		if d == "none" {
			return ""
		}
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(dir, "..", "shared", "data")
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				return filepath.Clean(d)
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// source is one reader of ../shared/data; each adds English phrases and
// names to the bank's themes.
type source struct {
	name string
	read func(dir string, add *adder) error
}

var sources = []source{
	{"charmcare-baltimore", readCharmcare},
	{"ohana-smc", readOhana},
	{"irs-990-missions", readMissions},
	{"trafford-datalab", readTrafford},
}

// adder files real phrases under the bank's themes, once each.
type adder struct {
	b     *bank
	seen  map[string]bool
	count int
}

func (a *adder) phrase(kind, text string) {
	text = tidy(text)
	if kind == kindMission && !prose(text) {
		return
	}
	if text == "" || a.seen[kind+"\x00"+strings.ToLower(text)] {
		return
	}
	limit := partnermatch.MaxPhraseLength
	if kind != kindMission {
		limit = 140
		text = lowerFirst(strings.TrimRight(text, ". "))
	}
	if utf8.RuneCountInString(text) > limit {
		return
	}
	a.seen[kind+"\x00"+strings.ToLower(text)] = true
	t := a.b.themes[a.b.classify(text)]
	t.real[kind] = append(t.real[kind], text)
	a.count++
}

func (a *adder) name(name string) {
	name = tidy(titleCase(name))
	if len(name) < 4 || utf8.RuneCountInString(name) > 120 || a.seen["name\x00"+name] {
		return
	}
	a.seen["name\x00"+name] = true
	t := a.b.themes[a.b.classify(name)]
	s := sectorOfName(name)
	t.realName[string(s)] = append(t.realName[string(s)], name)
	a.count++
}

// loadReal reads every source present under dir into b. It returns the
// names of the sources read.
func loadReal(b *bank, dir string) ([]string, int, error) {
	a := &adder{b: b, seen: map[string]bool{}}
	var used []string
	for _, s := range sources {
		if _, err := os.Stat(filepath.Join(dir, s.name)); err != nil {
			continue
		}
		if err := s.read(filepath.Join(dir, s.name), a); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", s.name, err)
		}
		used = append(used, s.name)
	}
	return used, a.count, nil
}

func readCSV(path string, fn func(row map[string]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for i := range head {
		head[i] = strings.TrimPrefix(head[i], "\ufeff")
	}
	row := map[string]string{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		clear(row)
		for i, h := range head {
			if i < len(rec) {
				row[h] = rec[i]
			}
		}
		fn(row)
	}
}

func readJSONLines(path string, fn func(line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}

var (
	sectionLabel  = regexp.MustCompile(`^(?:\d+\)\s*)?([A-Z0-9][A-Z0-9 &/'(),.+-]{2,60}):\s*`)
	numbered      = regexp.MustCompile(`^\d+\)`)
	offerVerb     = regexp.MustCompile(`^(?i)(?:also\s+)?(?:offers|provides|operates|sponsors|conducts|holds|distributes|maintains|runs|hosts)\s+`)
	noVolunteers  = regexp.MustCompile(`(?i)not needed|no volunteers|none needed|not accept|not at this time|not use|none at this time|^none|^no\b|not currently`)
	volunteersFor = regexp.MustCompile(`(?i)^(.*?volunteers?.*?)\s+(?:is|are)\s+(?:needed|wanted|welcome|welcomed|accepted|used)\s+(to|for|as|in|at|with)\s+(.*)$`)
	donationLead  = regexp.MustCompile(`(?i)^(?:in need of|accepts?|needs|donations? of|donations? accepted:?|we need)\s+`)
	contactTail   = regexp.MustCompile(`(?i)\s*(?:call|contact|email|e-mail|see|visit)\s.*$`)
	wanting       = regexp.MustCompile(`need|want|welcome|accept|seek|looking`)
)

// sentences splits prose into sentences, loosely: after . ! or ? followed
// by white space or the end.
func sentences(text string) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		start := 0
		for i := 0; i < len(para); i++ {
			if c := para[i]; (c == '.' || c == '!' || c == '?') && (i+1 == len(para) || para[i+1] == ' ' || para[i+1] == '\t') {
				if s := strings.TrimSpace(para[start : i+1]); s != "" {
					out = append(out, s)
				}
				start = i + 1
			}
		}
		if s := strings.TrimSpace(para[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// contactDetails reports whether s carries an e-mail or web address or
// something like a phone number (three digits, a separator, three digits).
func contactDetails(s string) bool {
	if strings.Contains(s, "@") || strings.Contains(s, "http") || strings.Contains(s, "www.") {
		return true
	}
	digits := func(i int) bool {
		return i+3 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2])
	}
	for i := 0; i+6 < len(s); i++ {
		if !digits(i) {
			continue
		}
		j := i + 3
		if c := s[j]; c == '-' || c == '.' || c == ')' || c == ' ' {
			j++
			if j < len(s) && s[j] == ' ' {
				j++
			}
			if digits(j) {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// describe reads an HSDS-style description ("OVERVIEW: ...", "1) FOOD
// PANTRY: Provides ...", "DONATIONS: ...", "VOLUNTEERS: ...") into offers,
// needs and a mission.
func describe(a *adder, text string) {
	for _, para := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n\n") {
		para = strings.TrimSpace(para)
		label := ""
		if numbered.MatchString(para) {
			label = "SERVICE"
		}
		if m := sectionLabel.FindStringSubmatch(para); m != nil {
			label, para = m[1], para[len(m[0]):]
		}
		ss := sentences(para)
		if len(ss) == 0 {
			continue
		}
		first := ss[0]
		switch {
		case label == "DONATIONS":
			if noVolunteers.MatchString(first) {
				continue
			}
			need := donationLead.ReplaceAllString(contactTail.ReplaceAllString(first, ""), "")
			if !strings.Contains(strings.ToLower(need), "donat") {
				need = "donations of " + lowerFirst(need)
			}
			a.phrase(kindNeed, need)
		case label == "VOLUNTEERS":
			if noVolunteers.MatchString(first) {
				continue
			}
			s := contactTail.ReplaceAllString(first, "")
			if m := volunteersFor.FindStringSubmatch(s); m != nil {
				a.phrase(kindNeed, strings.TrimRight(m[1], ", ")+" "+m[2]+" "+m[3])
			} else if low := strings.ToLower(s); strings.Contains(low, "volunteer") && wanting.MatchString(low) && !strings.Contains(low, "not") {
				a.phrase(kindNeed, s)
			}
		case label == "" || label == "OVERVIEW" || label == "SERVICES" || strings.Count(label, " ") < 6:
			if offerVerb.MatchString(first) {
				a.phrase(kindOffer, offerVerb.ReplaceAllString(first, ""))
			}
			if label == "" || label == "OVERVIEW" {
				a.phrase(kindMission, strings.Join(ss[:min(2, len(ss))], " "))
			}
		}
	}
}

func readCharmcare(dir string, a *adder) error {
	if err := readCSV(filepath.Join(dir, "organizations.csv"), func(r map[string]string) {
		a.name(r["name"])
		if ss := sentences(r["description"]); len(ss) > 0 {
			a.phrase(kindMission, strings.Join(ss[:min(2, len(ss))], " "))
		}
	}); err != nil {
		return err
	}
	if err := readCSV(filepath.Join(dir, "locations.csv"), func(r map[string]string) { describe(a, r["description"]) }); err != nil {
		return err
	}
	return readCSV(filepath.Join(dir, "services.csv"), func(r map[string]string) { describe(a, r["description"]) })
}

func readOhana(dir string, a *adder) error {
	if err := readJSONLines(filepath.Join(dir, "organizations.json"), func(line []byte) error {
		var o struct{ Name string }
		if err := json.Unmarshal(line, &o); err != nil {
			return err
		}
		a.name(o.Name)
		return nil
	}); err != nil {
		return err
	}
	if err := readJSONLines(filepath.Join(dir, "locations.json"), func(line []byte) error {
		var l struct {
			ShortDesc   *string `json:"short_desc"`
			Description *string `json:"description"`
		}
		if err := json.Unmarshal(line, &l); err != nil {
			return err
		}
		if l.ShortDesc != nil {
			a.phrase(kindMission, *l.ShortDesc)
		}
		if l.Description != nil {
			ss := sentences(*l.Description)
			if len(ss) > 0 {
				a.phrase(kindMission, strings.Join(ss[:min(2, len(ss))], " "))
				if offerVerb.MatchString(ss[0]) {
					a.phrase(kindOffer, offerVerb.ReplaceAllString(ss[0], ""))
				}
			}
		}
		return nil
	}); err != nil {
		return err
	}
	return readJSONLines(filepath.Join(dir, "services.json"), func(line []byte) error {
		var s struct{ Keywords []string }
		if err := json.Unmarshal(line, &s); err != nil {
			return err
		}
		for _, k := range s.Keywords {
			if k == strings.ToUpper(k) || len(k) < 6 { // category headings and codes
				continue
			}
			a.phrase(kindOffer, strings.ToLower(k))
		}
		return nil
	})
}

var uselessMission = regexp.MustCompile(`(?i)see attached|schedule o|see schedule|^none|^n/a|same as|see part|^to be determined`)

func readMissions(dir string, a *adder) error {
	return readCSV(filepath.Join(dir, "MISSION.csv"), func(r map[string]string) {
		a.name(r["NAME"])
		m := strings.TrimSpace(r["F9_03_PZ_MISSION"])
		if len(m) < 40 || uselessMission.MatchString(m) || m == "NA" {
			return
		}
		if isShouting(m) {
			m = sentenceCase(m)
		}
		ss := sentences(m)
		a.phrase(kindMission, strings.Join(ss[:min(3, len(ss))], " "))
	})
}

func readTrafford(dir string, a *adder) error {
	path := filepath.Join(dir, "charities", "charities_operating_in_trafford.csv")
	if _, err := os.Stat(path); err != nil {
		return nil
	}
	return readCSV(path, func(r map[string]string) {
		a.name(r["charity_name"])
		act := strings.TrimSpace(r["charity_activities"])
		if len(act) < 40 || act == "NA" {
			return
		}
		ss := sentences(act)
		a.phrase(kindMission, strings.Join(ss[:min(2, len(ss))], " "))
	})
}

// tidy collapses white space, trims stray punctuation and refuses texts that
// carry contact details (phone numbers, e-mail and web addresses) or are too
// short to mean anything.
func tidy(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " ,;:-–—*•")
	if contactDetails(s) || utf8.RuneCountInString(s) < 6 {
		return ""
	}
	return s
}

// prose reports whether a text reads as sentences: five words or more,
// mostly letters, not a list of figures or an address.
func prose(s string) bool {
	letters, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || r == ' ':
			letters++
		case r != ',' && r != '.' && r != '\'' && r != '-':
			other++
		}
	}
	return len(strings.Fields(s)) >= 5 && other*12 < letters
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || len(s) > n && unicode.IsUpper(rune(s[n])) {
		return s // an acronym
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func isShouting(s string) bool {
	up, low := 0, 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	return up > 3*low
}

func sentenceCase(s string) string {
	var b strings.Builder
	start := true
	for _, r := range strings.ToLower(s) {
		if start && unicode.IsLetter(r) {
			r = unicode.ToUpper(r)
			start = false
		}
		if r == '.' || r == '!' || r == '?' {
			start = true
		}
		b.WriteRune(r)
	}
	return strings.ReplaceAll(b.String(), " i ", " I ")
}

var (
	keepUpper  = wordSet("USA US YMCA YWCA PTA PTO PTSA VFW NAACP AARP LLC II III IV 4-H NE NW SE SW PO YMHA UMC AME CME SPCA ARC")
	smallWords = wordSet("of and the for in at to a an on by with de la del")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// titleCase turns a SHOUTED name ("WINDSOR IMPROVEMENT CORP") into title
// case; names already in mixed case are kept.
func titleCase(s string) string {
	if !isShouting(s) {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		switch {
		case keepUpper[w]:
		case i > 0 && smallWords[strings.ToLower(w)]:
			words[i] = strings.ToLower(w)
		default:
			lw := []rune(strings.ToLower(w))
			j := 0
			for j < len(lw) && strings.ContainsRune("(\"'", lw[j]) {
				j++
			}
			if j < len(lw) {
				lw[j] = unicode.ToUpper(lw[j]) // "11th" stays lowercase
			}
			words[i] = string(lw)
		}
	}
	return strings.Join(words, " ")
}

var sectorWords = []struct {
	sector partnermatch.Sector
	words  []string
}{
	{partnermatch.Faith, []string{"church", "ministr", "parish", "temple", "mosque", "synagogue", "chapel", "baptist", "catholic", "lutheran", "methodist", "presbyterian", "gospel", "christian", "islamic", "jewish", "congregation", "diocese", "episcopal"}},
	{partnermatch.Education, []string{"school", "college", "university", "academy", "library", "pta", "pto", "education", "montessori", "preschool"}},
	{partnermatch.Health, []string{"hospital", "clinic", "health", "medical", "dental", "hospice", "nursing", "therapy", "wellness"}},
	{partnermatch.Government, []string{"county", "city of", "department", "dept", "bureau", "authority", "state of", "police", "commission", "sheriff", "municipal", "government", "district"}},
	{partnermatch.Business, []string{"llc", "company", "& sons", "bakery", "shop", "store", "restaurant", "realty", "bank of", "insurance"}},
	{partnermatch.Community, []string{"neighborhood", "association", "civic", "club", "league", "residents", "tenants", "lodge", "post ", "auxiliary"}},
}

// sectorOfName guesses a sector from words of a name; nonprofit when none.
func sectorOfName(name string) partnermatch.Sector {
	low := " " + strings.ToLower(name) + " "
	for _, sw := range sectorWords {
		for _, w := range sw.words {
			if strings.Contains(low, w) {
				return sw.sector
			}
		}
	}
	return partnermatch.Nonprofit
}
