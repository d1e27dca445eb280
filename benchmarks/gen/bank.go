package gen

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/partnermatch/partnermatch"
)

//go:embed bank.txt
var bankText string

// Languages the generator writes, in the order of the bank.
var languages = []string{"en", "fr", "es"}

// Kinds of phrase groups in the bank.
const (
	kindOffer   = "offer"
	kindNeed    = "need"
	kindMission = "mission"
	kindValue   = "value"
	kindGoal    = "goal"
)

var kinds = []string{kindOffer, kindNeed, kindMission, kindValue, kindGoal}

// group is one paraphrase group: the same idea in several wordings and
// languages.
type group struct {
	variants [3][]string // by index in languages
}

// theme is one field of community work: what organizations working on it
// say they do, give and need.
type theme struct {
	name     string
	sectors  map[partnermatch.Sector]float64
	keywords []string
	names    map[string][]string // "en", "en.business", ...
	groups   map[string][]*group // kind -> groups
	real     map[string][]string // kind -> English phrases read from ../shared/data
	realName map[string][]string // sector -> English names read from ../shared/data
}

// bank is the parsed phrase bank; themes[0] is "common".
type bank struct {
	themes  []*theme
	byName  map[string]int
	keyword map[string][]int // keyword -> themes, built on first use
}

func parseBank(text string) (*bank, error) {
	b := &bank{byName: map[string]int{}}
	var cur *theme
	var g *group
	for n, raw := range strings.Split(text, "\n") {
		line := strings.TrimRight(raw, " \t\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fail := func(format string, args ...any) error {
			return fmt.Errorf("bank.txt:%d: %s", n+1, fmt.Sprintf(format, args...))
		}
		if line[0] == ' ' || line[0] == '\t' {
			if g == nil {
				return nil, fail("indented line outside a group")
			}
			lang, rest, ok := strings.Cut(strings.TrimSpace(line), " ")
			li := langIndex(lang)
			if !ok || li < 0 {
				return nil, fail("want LANG followed by wordings")
			}
			g.variants[li] = append(g.variants[li], splitBar(rest)...)
			continue
		}
		g = nil
		key, rest, _ := strings.Cut(line, " ")
		switch key {
		case "theme":
			cur = &theme{name: rest, sectors: map[partnermatch.Sector]float64{}, names: map[string][]string{},
				groups: map[string][]*group{}, real: map[string][]string{}, realName: map[string][]string{}}
			b.byName[rest] = len(b.themes)
			b.themes = append(b.themes, cur)
		case "sectors", "keywords", "name", kindOffer, kindNeed, kindMission, kindValue, kindGoal:
			if cur == nil {
				return nil, fail("%s before the first theme", key)
			}
			switch key {
			case "sectors":
				for _, f := range strings.Fields(rest) {
					s, w, _ := strings.Cut(f, ":")
					x, err := strconv.ParseFloat(w, 64)
					if err != nil || !partnermatch.Sector(s).Valid() {
						return nil, fail("bad sector weight %q", f)
					}
					cur.sectors[partnermatch.Sector(s)] = x
				}
			case "keywords":
				cur.keywords = strings.Fields(rest)
			case "name":
				k, names, ok := strings.Cut(rest, " ")
				if !ok {
					return nil, fail("want name LANG[.SECTOR] A | B")
				}
				cur.names[k] = append(cur.names[k], splitBar(names)...)
			default:
				g = &group{}
				cur.groups[key] = append(cur.groups[key], g)
			}
		default:
			return nil, fail("unknown line %q", key)
		}
	}
	if len(b.themes) == 0 || b.themes[0].name != "common" {
		return nil, fmt.Errorf("bank.txt: the first theme must be common")
	}
	for _, t := range b.themes {
		for _, k := range kinds {
			for i, g := range t.groups[k] {
				if len(g.variants[0]) == 0 {
					return nil, fmt.Errorf("bank.txt: theme %s: %s group %d has no English wording", t.name, k, i+1)
				}
			}
		}
	}
	return b, nil
}

func splitBar(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func langIndex(lang string) int {
	for i, l := range languages {
		if l == lang {
			return i
		}
	}
	return -1
}

// pick returns one wording of g in language li, falling back to English when
// the group has none in that language.
func (g *group) pick(r *rng, li int) string {
	vs := g.variants[li]
	if len(vs) == 0 {
		vs = g.variants[0]
	}
	return vs[r.intn(len(vs))]
}

// classify files an English text under the theme whose keywords it names
// most; 0 (common) when none. Ties go to the earlier theme.
func (b *bank) classify(text string) int {
	if b.keyword == nil {
		b.keyword = map[string][]int{}
		for ti, t := range b.themes {
			for _, k := range t.keywords {
				b.keyword[k] = append(b.keyword[k], ti)
			}
		}
	}
	counts := make([]int, len(b.themes))
	hit := make([]bool, len(b.themes))
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-')
	}) {
		clear(hit)
		for n := 3; n <= len(w) && n <= 14; n++ {
			for _, ti := range b.keyword[w[:n]] {
				hit[ti] = true
			}
		}
		for ti, h := range hit {
			if h {
				counts[ti]++
			}
		}
	}
	best, bestN := 0, 0
	for ti := 1; ti < len(counts); ti++ {
		if counts[ti] > bestN {
			best, bestN = ti, counts[ti]
		}
	}
	return best
}

// PhraseCounts reports how many paraphrase groups and wordings of each
// kind the built-in bank holds, by language: for documentation and tests.
func PhraseCounts() (groups map[string]int, wordings map[string]int) {
	b, err := parseBank(bankText)
	if err != nil {
		panic(err)
	}
	groups, wordings = map[string]int{}, map[string]int{}
	for _, t := range b.themes {
		for _, k := range kinds {
			groups[k] += len(t.groups[k])
			for _, g := range t.groups[k] {
				for li, l := range languages {
					wordings[l] += len(g.variants[li])
				}
			}
		}
	}
	return groups, wordings
}
