package match

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func byRank(x, y candidate) int {
	if x.better(&y) {
		return -1
	}
	if y.better(&x) {
		return 1
	}
	return 0
}

func TestSelectBestKeepsTheBest(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		n := 1 + r.IntN(300)
		cs := make([]candidate, n)
		for i := range cs {
			// Few distinct estimates, so that ties by id are exercised.
			cs[i] = candidate{fmt.Sprintf("o%03d", r.IntN(1000)), float64(r.IntN(8)) / 8}
		}
		k := 1 + r.IntN(n)
		sorted := slices.Clone(cs)
		slices.SortFunc(sorted, byRank)
		selectBest(cs, k)
		got := slices.Clone(cs[:k])
		slices.SortFunc(got, byRank)
		if !slices.Equal(got, sorted[:k]) {
			t.Fatalf("round %d: n %d, k %d: kept %v, want %v", round, n, k, got, sorted[:k])
		}
	}
}
