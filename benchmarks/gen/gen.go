// Package gen generates large, deterministic directories of organizations
// in partnermatch's interchange format (DATA-FORMAT.md), for benchmarks.
//
// Directories are realistic rather than random: every organization works on
// one theme (food, youth, seniors, the arts, housing, ...) and takes its
// mission, values, goals and most of its offers and needs from that theme,
// the rest from what every organization gives or lacks (rooms, volunteers, a
// van, visibility, money). Wordings come from a built-in bank of paraphrase
// groups in English, French and Spanish (bank.txt) and, when
// ../shared/data is present, from the real directories there
// (charmcare-baltimore, ohana-smc, irs-990-missions, trafford-datalab),
// filed under the same themes. Organizations sit in clusters shaped like
// metro areas, cities, towns and countryside (see Geography); partners and
// avoid lists name organizations that exist, mostly nearby.
//
// A second source, IRS, builds profiles from the IRS Exempt Organizations
// Business Master File in ../shared/data/irs-eo-bmf: real names, addresses
// and NTEE codes, placed at synthetic positions derived from ZIP codes.
//
// The same Config (seed included) and the same data folder give the same
// bytes, on any machine and Go release.
package gen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// Version names the generator's output format: a directory cached under a
// name that carries it is regenerated when the generator changes.
const Version = "g1"

// Source of a directory's organizations.
type Source string

const (
	// Synthetic organizations: names, texts and places recombined.
	Synthetic Source = "synthetic"
	// IRS organizations: real names and addresses of the IRS master file,
	// with texts recombined by NTEE code and synthetic positions by ZIP.
	IRS Source = "irs"
)

// Config says what to generate. The zero value of every field but N is a
// sensible default.
type Config struct {
	N         int    // organizations; with IRS, 0 means every row of the file
	Seed      uint64 // the same seed gives the same directory
	Source    Source // Synthetic (default) or IRS
	Geography Geography
	PerTile   int // FixedDensity: organizations per 200 km tile, default 10,000
	Tiles     int // FixedArea: tiles, default 10
	// DataDir is ../shared/data; "" uses the built-in bank only (IRS mode
	// needs it).
	DataDir string
	// States limits IRS mode to these states' files (two-letter codes, any
	// case); empty means every file present.
	States []string
	// IRSNamesOnly leaves IRS profiles as the file has them (name, sector,
	// address), without recombined texts.
	IRSNamesOnly bool
	// Progress, when set, is called every 10,000 organizations written.
	Progress func(done, total int)
}

// Stats describes a generated directory.
type Stats struct {
	Orgs        int      `json:"orgs"`
	MissionOnly int      `json:"mission_only"` // a mission and no offers, needs or goals
	French      int      `json:"french"`
	Spanish     int      `json:"spanish"`
	WithPoint   int      `json:"with_point"`
	Partners    int      `json:"with_partners"`
	Avoid       int      `json:"with_avoid"`
	Tiles       int      `json:"tiles,omitempty"`
	RealRead    int      `json:"real_read"` // phrases and names read from ../shared/data
	RealUsed    int      `json:"real_used"` // texts written that came from there
	Sources     []string `json:"sources"`   // folders of ../shared/data used
	Bytes       int64    `json:"bytes"`
}

// skeleton is what must be known of every organization before any profile
// is written: who it is and where, so that partners can name it.
type skeleton struct {
	id, name string
	sector   partnermatch.Sector
	theme    uint8
	lang     uint8
	hasPoint bool
	cluster  int32
	lat, lon float64
	place    string                 // town, for {place} and location.city
	loc      *partnermatch.Location // IRS: the file's address
	budget   float64                // IRS: income, 0 when unknown
	founded  int                    // IRS: year of the ruling
	noText   bool                   // IRS names only
}

type generator struct {
	cfg      Config
	b        *bank
	sk       []skeleton
	partners [][]int32
	avoid    [][]int32
	regionOf []int32   // cluster -> region (tile or state)
	regions  [][]int32 // region -> clusters
	members  [][]int32 // cluster -> organizations
	stats    Stats
}

// Generate writes a directory in the interchange format to w.
func Generate(w io.Writer, cfg Config) (Stats, error) {
	if cfg.Source == "" {
		cfg.Source = Synthetic
	}
	if cfg.Geography == "" {
		cfg.Geography = FixedDensity
	}
	if cfg.PerTile <= 0 {
		cfg.PerTile = DefaultPerTile
	}
	if cfg.Tiles <= 0 {
		cfg.Tiles = DefaultTiles
	}
	b, err := parseBank(bankText)
	if err != nil {
		return Stats{}, err
	}
	g := &generator{cfg: cfg, b: b}
	if cfg.DataDir != "" {
		used, n, err := loadReal(b, cfg.DataDir)
		if err != nil {
			return Stats{}, err
		}
		g.stats.Sources, g.stats.RealRead = used, n
	}
	switch cfg.Source {
	case Synthetic:
		if cfg.N <= 0 {
			return Stats{}, fmt.Errorf("gen: N must be positive")
		}
		if cfg.Geography != FixedDensity && cfg.Geography != FixedArea {
			return Stats{}, fmt.Errorf("gen: unknown geography %q (density or area)", cfg.Geography)
		}
		g.synthetic()
	case IRS:
		if cfg.DataDir == "" {
			return Stats{}, fmt.Errorf("gen: the irs source needs the data folder (../shared/data/irs-eo-bmf)")
		}
		if err := g.irs(); err != nil {
			return Stats{}, err
		}
		g.stats.Sources = append(g.stats.Sources, "irs-eo-bmf")
	default:
		return Stats{}, fmt.Errorf("gen: unknown source %q (synthetic or irs)", cfg.Source)
	}
	g.links(newRNG(cfg.Seed, 2))
	if err := g.write(w); err != nil {
		return g.stats, err
	}
	return g.stats, nil
}

// synthetic lays out the world and the skeletons of a synthetic directory.
func (g *generator) synthetic() {
	r := newRNG(g.cfg.Seed, 1)
	tiles := g.cfg.Tiles
	if g.cfg.Geography == FixedDensity {
		tiles = max(1, int(math.Round(float64(g.cfg.N)/float64(g.cfg.PerTile))))
	}
	g.stats.Tiles = tiles
	w := newWorld(r, tiles)
	cum := make([]float64, len(w.weights))
	total := 0.0
	for i, x := range w.weights {
		total += x
		cum[i] = total
	}
	g.regionOf = make([]int32, len(w.clusters))
	g.regions = make([][]int32, tiles)
	for i, c := range w.clusters {
		g.regionOf[i] = int32(c.tile)
		g.regions[c.tile] = append(g.regions[c.tile], int32(i))
	}
	g.sk = make([]skeleton, g.cfg.N)
	for i := range g.sk {
		ci := sort.SearchFloat64s(cum, r.float64()*total)
		ci = min(ci, len(cum)-1)
		c := &w.clusters[ci]
		s := &g.sk[i]
		s.cluster = int32(ci)
		s.place = c.name
		s.lat, s.lon = w.place(r, c)
		s.lat, s.lon = round5(s.lat), round5(s.lon)
		s.hasPoint = !r.chance(0.04) // mail-only and virtual organizations
		s.sector = sectorMix[r.weighted(sectorWeights)]
		s.lang = 0
		if x := r.float64(); x < 0.08 {
			s.lang = 1
		} else if x < 0.16 {
			s.lang = 2
		}
		s.theme = uint8(g.themeFor(r, s.sector))
		s.name = g.name(r, s)
		s.id = slug(s.name, 40) + "-" + base36(i)
	}
}

var (
	sectorMix     = []partnermatch.Sector{partnermatch.Nonprofit, partnermatch.Business, partnermatch.Community, partnermatch.Education, partnermatch.Faith, partnermatch.Health, partnermatch.Government, partnermatch.Individual}
	sectorWeights = []float64{34, 20, 11, 8, 8, 7, 6, 6}
)

// themeFor draws a theme for an organization of sector s.
func (g *generator) themeFor(r *rng, s partnermatch.Sector) int {
	w := make([]float64, len(g.b.themes))
	for i, t := range g.b.themes[1:] {
		w[i+1] = t.sectors[s]
	}
	return r.weighted(w)
}

// links draws partners and avoid lists: existing ids, mostly of the same
// town, some of the same region; about 60% of partnerships are listed by
// both sides.
func (g *generator) links(r *rng) {
	n := len(g.sk)
	g.members = make([][]int32, len(g.regionOf))
	for i := range g.sk {
		c := g.sk[i].cluster
		g.members[c] = append(g.members[c], int32(i))
	}
	g.partners = make([][]int32, n)
	g.avoid = make([][]int32, n)
	near := func(i int) int32 {
		c := g.sk[i].cluster
		if r.chance(0.12) {
			cs := g.regions[g.regionOf[c]]
			c = cs[r.intn(len(cs))]
		}
		m := g.members[c]
		if len(m) == 0 {
			return int32(i)
		}
		return m[r.intn(len(m))]
	}
	const maxPartners = 12
	for i := 0; i < n; i++ {
		if r.chance(0.25) {
			k := 1 + r.weighted([]float64{5, 3, 2, 1})
			for j := 0; j < k; j++ {
				p := near(i)
				if int(p) == i || hasID(g.partners[i], p) || len(g.partners[i]) >= maxPartners {
					continue
				}
				g.partners[i] = append(g.partners[i], p)
				if r.chance(0.6) && !hasID(g.partners[p], int32(i)) && len(g.partners[p]) < maxPartners {
					g.partners[p] = append(g.partners[p], int32(i))
				}
			}
		}
	}
	for i := 0; i < n; i++ {
		if r.chance(0.04) {
			k := 1 + r.intn(2)
			for j := 0; j < k; j++ {
				a := near(i)
				if int(a) == i || hasID(g.partners[i], a) || hasID(g.avoid[i], a) {
					continue
				}
				g.avoid[i] = append(g.avoid[i], a)
			}
		}
	}
}

func hasID(xs []int32, x int32) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// write renders every profile as one JSON line.
func (g *generator) write(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	cw := &countWriter{w: bw}
	enc := json.NewEncoder(cw)
	enc.SetEscapeHTML(false)
	r := newRNG(g.cfg.Seed, 3)
	for i := range g.sk {
		o := g.profile(r, i)
		if err := o.Validate(); err != nil {
			return fmt.Errorf("gen: organization %d (%s) is invalid: %w", i, o.ID, err)
		}
		if err := enc.Encode(&o); err != nil {
			return err
		}
		g.count(&o)
		if g.cfg.Progress != nil && (i+1)%10000 == 0 {
			g.cfg.Progress(i+1, len(g.sk))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	g.stats.Bytes = cw.n
	return nil
}

func (g *generator) count(o *partnermatch.Organization) {
	s := &g.stats
	s.Orgs++
	if o.Mission != "" && len(o.Offers)+len(o.Needs)+len(o.Goals) == 0 {
		s.MissionOnly++
	}
	switch o.Language {
	case "fr":
		s.French++
	case "es":
		s.Spanish++
	}
	if _, _, ok := o.Point(); ok {
		s.WithPoint++
	}
	if len(o.Partners) > 0 {
		s.Partners++
	}
	if len(o.Avoid) > 0 {
		s.Avoid++
	}
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// profile builds organization i. Every draw comes from r, in order, so the
// output depends only on the seed and the data folder.
func (g *generator) profile(r *rng, i int) partnermatch.Organization {
	s := &g.sk[i]
	o := partnermatch.Organization{ID: s.id, Name: s.name, Sector: s.sector}
	li := int(s.lang)
	th := g.b.themes[s.theme]
	if !s.noText {
		missionOnly := r.chance(0.30)
		if missionOnly || r.chance(0.75) {
			o.Mission = g.mission(r, th, li, s.place)
		}
		o.Values = g.phrases(r, kindValue, th, li, s.place, r.weighted([]float64{3, 3, 3, 1}), 0.5)
		if !missionOnly {
			o.Offers = g.phrases(r, kindOffer, th, li, s.place, 1+r.weighted([]float64{3, 3, 2, 1, 0.5}), 0.7)
			o.Needs = g.phrases(r, kindNeed, th, li, s.place, 1+r.weighted([]float64{3, 3, 2, 1}), 0.65)
			o.Goals = g.phrases(r, kindGoal, th, li, s.place, r.weighted([]float64{2, 4, 2}), 0.7)
		}
		if missionOnly && o.Mission == "" {
			o.Mission = g.mission(r, th, li, s.place)
		}
	}
	switch {
	case s.loc != nil:
		loc := *s.loc
		if s.hasPoint {
			loc.Lat, loc.Lon = ptr(s.lat), ptr(s.lon)
		}
		o.Location = &loc
	case s.hasPoint:
		o.Location = &partnermatch.Location{Lat: ptr(s.lat), Lon: ptr(s.lon), City: s.place}
		if r.chance(0.6) {
			o.Location.Address = fmt.Sprintf("%d %s", r.between(1, 2999), streets[li][r.intn(len(streets[li]))])
		}
	case r.chance(0.5):
		o.Location = &partnermatch.Location{City: s.place}
	}
	if s.noText {
		// IRS names only: what the file says, nothing drawn.
		if s.budget > 0 {
			o.Size = &partnermatch.Size{AnnualBudget: ptr(s.budget)}
		}
		o.Founded = s.founded
		return o
	}
	if r.chance(0.88) {
		o.ServiceRadiusKM = ptr(radius(r, s.sector))
	}
	if sz := size(r, s.sector, s.budget); sz != nil {
		o.Size = sz
	}
	for _, p := range g.partners[i] {
		o.Partners = append(o.Partners, g.sk[p].id)
	}
	for _, a := range g.avoid[i] {
		o.Avoid = append(o.Avoid, g.sk[a].id)
	}
	switch {
	case li > 0:
		o.Language = languages[li]
	case r.chance(0.5):
		o.Language = "en"
	}
	if r.chance(0.35) {
		host := slug(s.name, 30)
		tld := [...]string{".org", ".ca", ".org.mx"}[li]
		if s.sector == partnermatch.Business {
			tld = [...]string{".com", ".ca", ".com.mx"}[li]
		}
		o.URL = "https://www." + host + tld
		if r.chance(0.7) {
			o.Email = "info@" + host + tld
		}
	}
	switch {
	case s.founded > 0:
		o.Founded = s.founded
	case r.chance(0.6):
		o.Founded = max(1850, 2024-int(-25*math.Log(1-r.float64())))
	}
	return o
}

// mission draws a mission: a real one filed under the theme (English only,
// half of the time when there are some) or one of the bank's.
func (g *generator) mission(r *rng, th *theme, li int, place string) string {
	if li == 0 && len(th.real[kindMission]) > 0 && r.chance(0.5) {
		g.stats.RealUsed++
		return th.real[kindMission][r.intn(len(th.real[kindMission]))]
	}
	gs := th.groups[kindMission]
	if len(gs) == 0 {
		gs = g.b.themes[g.b.byName["neighborhood"]].groups[kindMission]
	}
	return fill(gs[r.intn(len(gs))].pick(r, li), place)
}

// phrases draws n distinct phrases of a kind: from the theme with
// probability own, else from common; in English about a third are real
// phrases of the theme when there are some.
func (g *generator) phrases(r *rng, kind string, th *theme, li int, place string, n int, own float64) []string {
	var out []string
	for tries := 0; len(out) < n && tries < 3*n; tries++ {
		t := th
		if len(th.groups[kind]) == 0 || !r.chance(own) {
			t = g.b.themes[0]
		}
		var p string
		// Real phrases of the theme; of common, only needs (the unthemed
		// offers read from the data are too specific to hand out at random).
		if real := t.real[kind]; li == 0 && len(real) > 0 && (t != g.b.themes[0] || kind == kindNeed) && r.chance(0.35) {
			p = real[r.intn(len(real))]
			g.stats.RealUsed++
		} else {
			gs := t.groups[kind]
			if len(gs) == 0 {
				continue
			}
			p = fill(gs[r.intn(len(gs))].pick(r, li), place)
		}
		dup := false
		for _, x := range out {
			if strings.EqualFold(x, p) {
				dup = true
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

func fill(s, place string) string { return strings.ReplaceAll(s, "{place}", place) }

// radius draws a service radius: round numbers, mostly 5-50 km; smaller for
// businesses, individuals and neighbourhood groups, larger for government
// and health.
func radius(r *rng, s partnermatch.Sector) float64 {
	km := []float64{2, 3, 5, 8, 10, 15, 20, 25, 30, 40, 50, 75, 100}
	w := []float64{1, 2, 6, 4, 10, 10, 10, 8, 6, 5, 5, 2, 1}
	switch s {
	case partnermatch.Business, partnermatch.Individual, partnermatch.Community:
		w = []float64{2, 3, 8, 6, 10, 8, 6, 4, 2, 1, 1, 0, 0}
	case partnermatch.Government, partnermatch.Health:
		w = []float64{0, 0, 2, 2, 6, 8, 10, 10, 10, 8, 8, 4, 2}
	}
	return km[r.weighted(w)]
}

// size draws staff, volunteers and budget for about 60% of organizations
// (always for IRS rows with a known income).
func size(r *rng, s partnermatch.Sector, budget float64) *partnermatch.Size {
	if budget <= 0 && !r.chance(0.6) {
		return nil
	}
	logn := func(median, spread float64) float64 { return median * math.Exp(spread*r.normal()) }
	var staffMedian, volMedian float64
	switch s {
	case partnermatch.Individual:
		staffMedian, volMedian = 0.3, 1
	case partnermatch.Business:
		staffMedian, volMedian = 8, 0.3
	case partnermatch.Government, partnermatch.Health, partnermatch.Education:
		staffMedian, volMedian = 40, 10
	case partnermatch.Community, partnermatch.Faith:
		staffMedian, volMedian = 1, 25
	default:
		staffMedian, volMedian = 5, 30
	}
	staff := int(logn(staffMedian, 1.1))
	vol := int(logn(volMedian, 1.0))
	sz := &partnermatch.Size{Staff: &staff, Volunteers: &vol}
	switch {
	case budget > 0:
		sz.AnnualBudget = ptr(budget)
	case r.chance(0.7):
		b := math.Round(logn(60000*math.Max(1, float64(staff)), 0.6)/1000) * 1000
		sz.AnnualBudget = &b
	}
	return sz
}

func ptr[T any](x T) *T { return &x }

// slug makes an id fragment of a name: lowercase ASCII, digits and dashes.
func slug(s string, limit int) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if a, ok := ascii[r]; ok {
			r = a
		}
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r == '\'' || r == '’':
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
		if b.Len() >= limit {
			break
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		out = "org"
	}
	return out
}

var ascii = map[rune]rune{'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ú': 'u', 'ù': 'u',
	'û': 'u', 'ü': 'u', 'œ': 'o'}

func base36(i int) string { return strconv.FormatInt(int64(i), 36) }
