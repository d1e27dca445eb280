package match

import (
	"container/list"
	"sync"

	"github.com/partnermatch/partnermatch/scoring"
)

// profileCache keeps the most recently scored profiles analysed, so that
// the neighbours a busy area asks about again are not re-read and
// re-analysed each time. Bounded, least recently used out first.
type profileCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // of *cached, most recent first
	byID  map[string]*list.Element
}

type cached struct {
	id string
	p  *scoring.Profile
}

func newProfileCache(max int) *profileCache {
	return &profileCache{max: max, order: list.New(), byID: map[string]*list.Element{}}
}

func (c *profileCache) get(id string) *scoring.Profile {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byID[id]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*cached).p
	}
	return nil
}

func (c *profileCache) put(id string, p *scoring.Profile) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byID[id]; ok {
		el.Value.(*cached).p = p
		c.order.MoveToFront(el)
		return
	}
	c.byID[id] = c.order.PushFront(&cached{id, p})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byID, last.Value.(*cached).id)
	}
}

func (c *profileCache) drop(id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byID[id]; ok {
		c.order.Remove(el)
		delete(c.byID, id)
	}
}
