package scoring_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

func TestDistanceKM(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want, tolerance        float64
	}{
		{"same point", 44.23, -76.49, 44.23, -76.49, 0, 1e-9},
		{"one degree of latitude", 0, 0, 1, 0, 111.2, 0.1},
		{"Kingston to Toronto", 44.2312, -76.4860, 43.6532, -79.3832, 240.6, 1},
		{"Paris to Madrid", 48.8566, 2.3522, 40.4168, -3.7038, 1053, 2},
		{"across the antimeridian", 0, 179.5, 0, -179.5, 111.2, 0.1},
	}
	for _, tt := range tests {
		got := scoring.DistanceKM(tt.lat1, tt.lon1, tt.lat2, tt.lon2)
		if math.Abs(got-tt.want) > tt.tolerance {
			t.Errorf("%s: %.2f km, want %.1f ± %.1f", tt.name, got, tt.want, tt.tolerance)
		}
	}
}

func TestProximityDecaysSmoothlyToTheEdgeOfReach(t *testing.T) {
	tests := []struct {
		distance, reach, want float64
	}{
		{0, 10, 1},
		{5, 10, 0.5},
		{10, 10, 0},
		{10.1, 10, 0},
		{2.5, 10, 0.8536},
	}
	for _, tt := range tests {
		if got := scoring.Proximity(tt.distance, tt.reach); math.Abs(got-tt.want) > 1e-4 {
			t.Errorf("Proximity(%v, %v) = %.4f, want %.4f", tt.distance, tt.reach, got, tt.want)
		}
	}
	prev := 1.0
	for d := 0.0; d <= 10; d += 0.5 {
		p := scoring.Proximity(d, 10)
		if p > prev {
			t.Errorf("proximity rises from %.3f to %.3f at %.1f km", prev, p, d)
		}
		prev = p
	}
}

func TestReachIsTheSmallerRadius(t *testing.T) {
	r := func(v float64) *float64 { return &v }
	tests := []struct {
		a, b *float64
		want float64
	}{
		{nil, nil, scoring.DefaultRadiusKM},
		{r(5), nil, 5},
		{nil, r(80), scoring.DefaultRadiusKM},
		{r(80), r(40), 40},
	}
	for _, tt := range tests {
		a := &partnermatch.Organization{ServiceRadiusKM: tt.a}
		b := &partnermatch.Organization{ServiceRadiusKM: tt.b}
		if got := scoring.Reach(a, b); got != tt.want {
			t.Errorf("Reach(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// HaversineWithin never rejects a point DistanceKM finds within reach,
// however near the edge.
func TestHaversineWithinKeepsEveryPointWithin(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 200000 {
		lat1, lon1 := r.Float64()*170-85, r.Float64()*360-180
		lat2, lon2 := lat1+r.NormFloat64()*0.5, lon1+r.NormFloat64()*0.5
		d := scoring.DistanceKM(lat1, lon1, lat2, lon2)
		for _, km := range []float64{d, math.Nextafter(d, 0), d * (1 + 1e-12), 25} {
			if d <= km && scoring.Haversine(lat1, lon1, lat2, lon2) > scoring.HaversineWithin(km) {
				t.Fatalf("(%v, %v)-(%v, %v): %v km is within %v km but rejected", lat1, lon1, lat2, lon2, d, km)
			}
		}
	}
}
