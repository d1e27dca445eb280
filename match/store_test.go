package match

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnermatch/partnermatch"
	"github.com/partnermatch/partnermatch/examples"
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

// The concept index kept up to date member by member (added beside the
// lists built at once, removed members left in them) proposes what a
// fresh build of the same members proposes.
func TestConceptIndexFollowsWrites(t *testing.T) {
	lx := scoring.DefaultLexicon()
	orgs, _, err := partnermatch.ReadDirectory(examples.Town(), examples.TownName)
	if err != nil {
		t.Fatal(err)
	}
	s := newStore("", lx)
	put := func(os []partnermatch.Organization) {
		for i := range os {
			s.put(&os[i], lx.NewProfile(&os[i]).Signature(), nil)
		}
	}
	put(orgs[:len(orgs)/2])
	s.ensureConcepts()
	put(orgs[len(orgs)/2:])
	put(orgs[:10]) // replaced: same slots, listed twice
	for i := 10; i < 20; i++ {
		s.remove(orgs[i].ID)
	}
	proposals := func() []string {
		var got []string
		for i := range orgs {
			q := lx.NewProfile(&orgs[i]).QueryConcepts()
			var ids []string
			s.byConcepts(&q, 1000, func(m *member) { ids = append(ids, m.id) })
			sort.Strings(ids)
			got = append(got, fmt.Sprint(orgs[i].ID, ids))
		}
		return got
	}
	kept := proposals()
	s.mu.Lock()
	s.buildConceptsLocked()
	s.mu.Unlock()
	if diff := cmp.Diff(proposals(), kept); diff != "" {
		t.Errorf("kept up to date (+) against built again (-):\n%s", diff)
	}
	for _, line := range kept {
		_, ids, _ := strings.Cut(line, "[")
		for _, id := range strings.Fields(strings.TrimSuffix(ids, "]")) {
			if _, ok := s.get(id); !ok {
				t.Errorf("removed member %s is proposed", id)
			}
		}
	}
}
