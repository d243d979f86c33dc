package classifier

import (
	"strings"
	"sync"
	"sync/atomic"
)

// memo is a concurrent cache for answers that repeat from event to event
// (member names, country names, locale tags, phone prefixes). Hits, nearly
// every lookup once a producer's names have been seen, read an immutable
// map with no lock and no allocation. New answers go to a small locked map
// that is merged into a fresh immutable one when it has grown by a quarter
// or has answered as many lookups as the immutable map holds, so each
// insertion and each locked lookup costs O(1) amortized. It holds at most max entries:
// hostile events with random names must not grow memory without limit.
type memo[V any] struct {
	snap    atomic.Pointer[map[string]V]
	mu      sync.Mutex
	pending map[string]V
	hits    int // lookups answered by pending since the last merge
	n       int // entries in snap and pending
	max     int
}

func newMemo[V any](max int) *memo[V] {
	m := &memo[V]{max: max}
	empty := map[string]V{}
	m.snap.Store(&empty)
	return m
}

// get returns the cached answer for k.
func (m *memo[V]) get(k string) (V, bool) {
	if v, ok := (*m.snap.Load())[k]; ok {
		return v, true
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.pending[k]
	m.hitLocked(ok)
	return v, ok
}

// getBytes is get for a key held in bytes, without converting it to a
// string on the fast path.
func (m *memo[V]) getBytes(k []byte) (V, bool) {
	if v, ok := (*m.snap.Load())[string(k)]; ok {
		return v, true
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.pending[string(k)]
	m.hitLocked(ok)
	return v, ok
}

// put caches v for k, unless the cache is full.
func (m *memo[V]) put(k string, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	snap := *m.snap.Load()
	if _, ok := snap[k]; ok || m.n >= m.max {
		return
	}
	if m.pending == nil {
		m.pending = map[string]V{}
	}
	if _, ok := m.pending[k]; !ok {
		m.n++
	}
	// A clone: k usually slices an event's text, which must not stay
	// alive (values and all) for as long as the cache does.
	m.pending[strings.Clone(k)] = v
	if len(m.pending) >= 16+len(snap)/4 {
		m.mergeLocked()
	}
}

// hitLocked counts a lookup that took the lock, and merges once such
// lookups have cost as much as a merge.
func (m *memo[V]) hitLocked(found bool) {
	if !found {
		return
	}
	m.hits++
	if m.hits > 64+len(*m.snap.Load()) {
		m.mergeLocked()
	}
}

func (m *memo[V]) mergeLocked() {
	snap := *m.snap.Load()
	next := make(map[string]V, len(snap)+len(m.pending))
	for k, v := range snap {
		next[k] = v
	}
	for k, v := range m.pending {
		next[k] = v
	}
	m.snap.Store(&next)
	m.pending, m.hits = nil, 0
}
