package scoring

import (
	"math"

	"github.com/partnermatch/partnermatch"
)

const earthRadiusKM = 6371.0088

// DistanceKM is the great-circle (haversine) distance between two points in
// degrees.
func DistanceKM(lat1, lon1, lat2, lon2 float64) float64 {
	return KMOfHaversine(Haversine(lat1, lon1, lat2, lon2))
}

// Haversine is the haversine of the angle between two points in degrees,
// which grows with their distance: comparing it with HaversineWithin spares
// the arc sine of DistanceKM for points that are too far.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	φ1, φ2 := lat1*math.Pi/180, lat2*math.Pi/180
	dφ, dλ := φ2-φ1, (lon2-lon1)*math.Pi/180
	return math.Sin(dφ/2)*math.Sin(dφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(dλ/2)*math.Sin(dλ/2)
}

// KMOfHaversine is the distance of points whose Haversine is h.
func KMOfHaversine(h float64) float64 {
	return 2 * earthRadiusKM * math.Asin(math.Min(1, math.Sqrt(h)))
}

// HaversineWithin bounds the Haversine of points within km of each other:
// a point whose Haversine exceeds it is farther than km. It errs on the
// large side (by a millionth), so that rounding never rejects a point
// DistanceKM would keep.
func HaversineWithin(km float64) float64 {
	half := math.Min(km/(2*earthRadiusKM), math.Pi/2)
	return math.Sin(half)*math.Sin(half)*(1+1e-6) + 1e-15
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
