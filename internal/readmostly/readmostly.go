// Package readmostly provides a map for caches that are read far more
// often than written: words of a directory's vocabulary, looked up many
// times per profile or per query from several goroutines at once.
package readmostly

import (
	"sync"
	"sync/atomic"
)

// Map is safe for concurrent use. Reads of keys published earlier take no
// lock and allocate nothing (a sync.Map boxes every key it is asked for);
// keys stored since wait in a small map under a lock and are published
// with the others, in a new map, once they are a quarter as many, so that
// each key is copied a few times at most. The zero value is empty.
type Map[K comparable, V any] struct {
	known atomic.Pointer[map[K]V] // never written once published
	mu    sync.Mutex
	fresh map[K]V
	size  atomic.Int64
}

// Load returns the value stored for k, if any.
func (m *Map[K, V]) Load(k K) (V, bool) {
	if known := m.known.Load(); known != nil {
		if v, ok := (*known)[k]; ok {
			return v, true
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.fresh[k]
	return v, ok
}

// Store sets the value of k.
func (m *Map[K, V]) Store(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fresh == nil {
		m.fresh = map[K]V{}
	}
	if _, ok := m.fresh[k]; !ok {
		m.size.Add(1)
	}
	m.fresh[k] = v
	known := m.known.Load()
	published := 0
	if known != nil {
		published = len(*known)
	}
	if len(m.fresh) < max(64, published/4) {
		return
	}
	merged := make(map[K]V, published+len(m.fresh))
	if known != nil {
		for k, v := range *known {
			merged[k] = v
		}
	}
	for k, v := range m.fresh {
		merged[k] = v
	}
	m.known.Store(&merged)
	m.fresh = nil
}

// Len returns about how many keys are stored: a key stored again after it
// was published counts twice.
func (m *Map[K, V]) Len() int { return int(m.size.Load()) }
