package readmostly

import (
	"fmt"
	"sync"
	"testing"
)

func TestMapKeepsEveryValue(t *testing.T) {
	var m Map[string, int]
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5000 {
				k := fmt.Sprint(i)
				if v, ok := m.Load(k); ok && v != i {
					t.Errorf("worker %d: %s = %d", w, k, v)
				}
				m.Store(k, i)
			}
		}()
	}
	wg.Wait()
	for i := range 5000 {
		if v, ok := m.Load(fmt.Sprint(i)); !ok || v != i {
			t.Fatalf("%d: got %d, %v", i, v, ok)
		}
	}
	if _, ok := m.Load("absent"); ok {
		t.Fatal("an absent key was found")
	}
}
