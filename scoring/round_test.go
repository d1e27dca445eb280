package scoring

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A score a few units of the last place either side of a rounding edge,
// as sums over maps give in no fixed order, rounds the same way.
func TestRoundIgnoresSummationNoise(t *testing.T) {
	for _, x := range []float64{0.1245, 0.5, 0.9995} {
		got := []float64{round(math.Nextafter(x, 0)), round(x), round(math.Nextafter(x, 1))}
		want := []float64{got[1], got[1], got[1]}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("round around %v (-want +got):\n%s", x, diff)
		}
	}
}
