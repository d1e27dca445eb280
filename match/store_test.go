package match

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/scoring"
)

// A neighbourhood shared out among workers is the same neighbourhood.
func TestNearWithWorkersFindsTheSameMembers(t *testing.T) {
	s := newStore("", scoring.DefaultLexicon())
	r := rand.New(rand.NewPCG(3, 4))
	sig := &scoring.Signature{}
	for i := range 5000 {
		lat, lon := 44+r.NormFloat64()*0.2, -76+r.NormFloat64()*0.2
		o := partnermatch.Organization{ID: fmt.Sprint("o", i), Sector: partnermatch.Nonprofit,
			Location: &partnermatch.Location{Lat: &lat, Lon: &lon}}
		s.put(&o, sig, nil)
	}
	near := func(workers int) []string {
		var mu sync.Mutex
		var got []string
		used := map[int]bool{}
		s.near(44, -76, 30, workers, func(w int, m *member, d float64) {
			mu.Lock()
			defer mu.Unlock()
			used[w] = true
			got = append(got, fmt.Sprintf("%s %.6f", m.id, d))
		})
		if len(used) != workers {
			t.Errorf("%d workers asked, %d used", workers, len(used))
		}
		sort.Strings(got)
		return got
	}
	one, two := near(1), near(2)
	if len(one) < 1000 {
		t.Fatalf("only %d members within 30 km", len(one))
	}
	if diff := cmp.Diff(one, two); diff != "" {
		t.Errorf("two workers (-one +two):\n%s", diff)
	}
}
