package gen

import (
	"math"
	"strconv"
)

// Geography of a synthetic directory.
type Geography string

const (
	// FixedDensity lays out one tile (a region with a metro, two cities,
	// small towns and countryside) per PerTile organizations: ten times the
	// organizations cover ten times the area, so an organization's
	// neighbourhood looks the same at every size.
	FixedDensity Geography = "density"
	// FixedArea spreads every size over the same Tiles tiles: ten times the
	// organizations are ten times as dense.
	FixedArea Geography = "area"
)

// Defaults of the geography.
const (
	DefaultPerTile = 10000
	DefaultTiles   = 10
	tileKM         = 200.0 // side of a tile
	originLat      = 33.0  // south-west corner of the first tile
	originLon      = -112.0
	kmPerDegree    = 111.32
)

// cluster is a place where organizations gather: a metro's core or
// suburbs, a city, a town, or a tile's countryside.
type cluster struct {
	name     string
	tile     int
	lat, lon float64 // centre
	sigmaKM  float64 // spread; 0 with rural
	rural    bool    // uniform over the tile
	weight   float64
}

// world is the set of clusters a synthetic directory is drawn from.
type world struct {
	clusters []cluster
	weights  []float64
	byTile   [][]int // tile -> its clusters
}

// tileOrigin returns the south-west corner of tile t in a square-ish grid.
func tileOrigin(t, tiles int) (lat, lon float64) {
	cols := int(math.Ceil(math.Sqrt(float64(tiles))))
	row, col := t/cols, t%cols
	return offset(originLat, originLon, float64(row)*tileKM, float64(col)*tileKM)
}

// offset moves (lat, lon) by north and east kilometres on a local flat
// approximation, good to a few percent over a tile.
func offset(lat, lon, northKM, eastKM float64) (float64, float64) {
	lat2 := lat + northKM/kmPerDegree
	lon2 := lon + eastKM/(kmPerDegree*math.Cos(lat2*math.Pi/180))
	return lat2, lon2
}

// newWorld lays out tiles clusters. Each tile has one metro (a dense core
// and wide suburbs, about half the organizations), two cities, fourteen
// towns of Zipf-like sizes and a thin countryside.
func newWorld(r *rng, tiles int) *world {
	w := &world{byTile: make([][]int, tiles)}
	names := newPlaceNames(r)
	add := func(c cluster) {
		w.byTile[c.tile] = append(w.byTile[c.tile], len(w.clusters))
		w.clusters = append(w.clusters, c)
		w.weights = append(w.weights, c.weight)
	}
	for t := 0; t < tiles; t++ {
		lat0, lon0 := tileOrigin(t, tiles)
		at := func(margin float64) (float64, float64) {
			n := margin + r.float64()*(tileKM-2*margin)
			e := margin + r.float64()*(tileKM-2*margin)
			return offset(lat0, lon0, n, e)
		}
		metro := names.next()
		mlat, mlon := at(50)
		add(cluster{name: metro, tile: t, lat: mlat, lon: mlon, sigmaKM: 5 + 3*r.float64(), weight: 0.27})
		add(cluster{name: metro, tile: t, lat: mlat, lon: mlon, sigmaKM: 14 + 6*r.float64(), weight: 0.21})
		for i := 0; i < 2; i++ {
			lat, lon := at(20)
			add(cluster{name: names.next(), tile: t, lat: lat, lon: lon, sigmaKM: 3 + 2*r.float64(), weight: 0.085})
		}
		const towns = 14
		zipf := 0.0
		for i := 1; i <= towns; i++ {
			zipf += 1 / float64(i)
		}
		for i := 1; i <= towns; i++ {
			lat, lon := at(8)
			add(cluster{name: names.next(), tile: t, lat: lat, lon: lon, sigmaKM: 1 + 1.5*r.float64(), weight: 0.30 / zipf / float64(i)})
		}
		add(cluster{name: names.next() + " County", tile: t, lat: lat0, lon: lon0, rural: true, weight: 0.05})
	}
	return w
}

// place draws a position in cluster c.
func (w *world) place(r *rng, c *cluster) (lat, lon float64) {
	if c.rural {
		return offset(c.lat, c.lon, r.float64()*tileKM, r.float64()*tileKM)
	}
	return offset(c.lat, c.lon, c.sigmaKM*r.normal(), c.sigmaKM*r.normal())
}

// placeNames makes plausible, mostly distinct town names from parts.
type placeNames struct {
	r    *rng
	seen map[string]bool
}

var (
	placeHeads = []string{"Ash", "Oak", "Maple", "Cedar", "River", "Mill", "Stone", "Fair", "Green", "Spring",
		"Pine", "Clear", "Elm", "Brook", "Hill", "Lake", "North", "West", "East", "Red", "White", "Silver",
		"Glen", "Bay", "Wood", "Rock", "Willow", "Birch", "Hazel", "Kings", "Queens", "Bridge", "Marsh",
		"Long", "High", "Black", "Fox", "Deer", "Eagle", "Hawk", "Sunny", "Cold", "Salt", "Iron", "Copper",
		"Mead", "Harbor", "Prairie", "Forest", "Summer", "Winter", "Clay", "Sand", "Haw", "Lin", "Wal", "Ken"}
	placeTails = []string{"field", "ford", "ton", "ville", "wood", "dale", "brook", "port", "view", "ridge",
		"haven", "burg", "side", "bury", "mont", "land", "worth", "wick", "stead", "gate", "crest", "well",
		" Falls", " Springs", " Heights", " Park", " Creek", " Valley", " Hills", " Junction", " Harbor", " Grove"}
)

func newPlaceNames(r *rng) *placeNames { return &placeNames{r: r, seen: map[string]bool{}} }

func (p *placeNames) next() string {
	for i := 0; ; i++ {
		n := placeHeads[p.r.intn(len(placeHeads))] + placeTails[p.r.intn(len(placeTails))]
		if i > 20 {
			n = "New " + n
		}
		if !p.seen[n] || i > 40 {
			p.seen[n] = true
			return n
		}
	}
}

// stateBox is an approximate bounding box of a US state, written down from
// an atlas for IRS mode. It is only used to place ZIP codes plausibly
// inside their state; it is not a map.
type stateBox struct{ minLat, maxLat, minLon, maxLon float64 }

// stateBoxes covers the 25 states and DC of ../shared/data/irs-eo-bmf.
// Alaska and Hawaii are cut to their populated parts (south-central Alaska;
// the main islands).
var stateBoxes = map[string]stateBox{
	"AK": {59.5, 62.5, -152.0, -145.0},
	"AL": {30.4, 35.0, -88.4, -85.0},
	"AR": {33.0, 36.5, -94.6, -89.7},
	"CT": {41.0, 42.05, -73.7, -71.8},
	"DC": {38.80, 38.99, -77.11, -76.91},
	"DE": {38.45, 39.84, -75.79, -75.05},
	"HI": {19.0, 22.2, -159.8, -155.0},
	"ID": {42.0, 49.0, -117.2, -111.05},
	"KS": {37.0, 40.0, -102.05, -94.6},
	"KY": {36.5, 39.1, -89.5, -82.0},
	"LA": {29.0, 33.0, -94.0, -89.0},
	"ME": {43.1, 47.4, -71.0, -67.0},
	"MS": {30.2, 35.0, -91.6, -88.1},
	"MT": {44.4, 49.0, -116.0, -104.05},
	"ND": {45.95, 49.0, -104.05, -96.6},
	"NE": {40.0, 43.0, -104.05, -95.3},
	"NH": {42.7, 45.3, -72.55, -70.7},
	"NM": {31.35, 37.0, -109.05, -103.0},
	"NV": {35.0, 42.0, -120.0, -114.05},
	"OK": {33.6, 37.0, -103.0, -94.45},
	"RI": {41.15, 42.0, -71.85, -71.12},
	"SD": {42.5, 45.94, -104.05, -96.45},
	"UT": {37.0, 42.0, -114.05, -109.05},
	"VT": {42.73, 45.0, -73.43, -71.47},
	"WV": {37.2, 40.6, -82.6, -77.75},
	"WY": {41.0, 45.0, -111.05, -104.05},
}

// zipPoint returns a synthetic, deterministic position for a ZIP code in a
// state: the 3-digit prefix (a real sorting region) lands at a hashed point
// of the state's box, each 5-digit ZIP within about 10 km of it, and each
// organization (key) within about a kilometre of its ZIP. These are not the
// ZIP codes' real positions: there is no ZIP table in the data and the
// generator uses no network. ok is false for states without a box.
func zipPoint(state, zip, key string) (lat, lon float64, ok bool) {
	b, ok := stateBoxes[state]
	if !ok || len(zip) < 5 {
		return 0, 0, false
	}
	const inset = 0.08
	h3 := hash64("zip3", state, zip[:3])
	u := inset + (1-2*inset)*unit(h3)
	v := inset + (1-2*inset)*unit(hash64("zip3-lon", state, zip[:3]))
	lat = b.minLat + u*(b.maxLat-b.minLat)
	lon = b.minLon + v*(b.maxLon-b.minLon)
	n, e := gaussFromHash(hash64("zip5", zip[:5]))
	lat, lon = offset(lat, lon, 8*n, 8*e)
	n, e = gaussFromHash(hash64("org", key))
	lat, lon = offset(lat, lon, 0.8*n, 0.8*e)
	lat = math.Max(b.minLat, math.Min(b.maxLat, lat))
	lon = math.Max(b.minLon, math.Min(b.maxLon, lon))
	return lat, lon, true
}

// gaussFromHash turns one hash into two standard normal draws.
func gaussFromHash(h uint64) (float64, float64) {
	u := 1 - float64(h>>32)/(1<<32)
	v := float64(h&0xffffffff) / (1 << 32)
	m := math.Sqrt(-2 * math.Log(u))
	return m * math.Cos(2*math.Pi*v), m * math.Sin(2*math.Pi*v)
}

func round5(x float64) float64 { return math.Round(x*1e5) / 1e5 }

func itoa(i int) string { return strconv.Itoa(i) }
