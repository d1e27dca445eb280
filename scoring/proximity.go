package scoring

import (
	"math"

	"github.com/partnermatch/partnermatch"
)

const earthRadiusKM = 6371.0088

// DistanceKM is the great-circle (haversine) distance between two points in
// degrees.
func DistanceKM(lat1, lon1, lat2, lon2 float64) float64 {
	φ1, φ2 := lat1*math.Pi/180, lat2*math.Pi/180
	dφ, dλ := φ2-φ1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dφ/2)*math.Sin(dφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(dλ/2)*math.Sin(dλ/2)
	return 2 * earthRadiusKM * math.Asin(math.Min(1, math.Sqrt(h)))
}

// Radius returns the organization's service radius, DefaultRadiusKM when it
// gives none.
func Radius(o *partnermatch.Organization) float64 {
	if o.ServiceRadiusKM != nil {
		return *o.ServiceRadiusKM
	}
	return DefaultRadiusKM
}

// Reach is the distance within which two organizations can work together:
// both must be willing to go that far, so it is the smaller radius.
func Reach(a, b *partnermatch.Organization) float64 {
	return math.Min(Radius(a), Radius(b))
}

// Proximity scores a distance within reach: 1 next door, falling smoothly
// (a raised cosine, flat near zero and near the edge) to 0 at the edge of
// reach, and 0 beyond it.
func Proximity(distanceKM, reachKM float64) float64 {
	if reachKM <= 0 || distanceKM > reachKM {
		return 0
	}
	return 0.5 * (1 + math.Cos(math.Pi*distanceKM/reachKM))
}

// Distance returns the distance between two organizations and whether both
// have coordinates.
func Distance(a, b *partnermatch.Organization) (float64, bool) {
	lat1, lon1, ok1 := a.Point()
	lat2, lon2, ok2 := b.Point()
	if !ok1 || !ok2 {
		return 0, false
	}
	return DistanceKM(lat1, lon1, lat2, lon2), true
}
