package classifier

import (
	"crypto/sha256"
	"hash/maphash"
	"sync"
)

// Events of one producer mostly decide alike, so their audit templates
// (audit.go) repeat byte for byte: the SHA-256 that names a template is
// looked up by a fast hash of its bytes instead of computed again. The
// bytes are compared in full, so a collision of the fast hash costs a
// SHA-256, never a wrong id. Templates hold paths, categories, laws and
// routes, never values.

const (
	maxTplSums     = 4096
	maxTplSumBytes = 16 << 20
)

type tplSum struct {
	body string
	sum  [sha256.Size]byte
}

// tplSums caches template ids, bounded: once full it is emptied, which
// costs one SHA-256 per template to fill again.
type tplSums struct {
	seed  maphash.Seed
	mu    sync.RWMutex
	m     map[uint64]*tplSum
	bytes int
}

func newTplSums() *tplSums {
	return &tplSums{seed: maphash.MakeSeed(), m: map[uint64]*tplSum{}}
}

// sum is sha256.Sum256(body).
func (c *tplSums) sum(body []byte) [sha256.Size]byte {
	if c == nil {
		return sha256.Sum256(body)
	}
	h := maphash.Bytes(c.seed, body)
	c.mu.RLock()
	e := c.m[h]
	c.mu.RUnlock()
	if e != nil && e.body == string(body) {
		return e.sum
	}
	s := sha256.Sum256(body)
	c.mu.Lock()
	if len(c.m) >= maxTplSums || c.bytes+len(body) > maxTplSumBytes {
		clear(c.m)
		c.bytes = 0
	}
	if old := c.m[h]; old != nil {
		c.bytes -= len(old.body)
	}
	c.m[h] = &tplSum{body: string(body), sum: s}
	c.bytes += len(body)
	c.mu.Unlock()
	return s
}
