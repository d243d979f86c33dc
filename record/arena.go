package record

import "unsafe"

// Arena is reusable memory for the bytes of one batch's outputs. A router
// that can render into arenas (pipeline.ArenaRouter) puts each output's
// bytes in the arena it is given instead of allocating them; the pipeline
// hands the arena back for reuse only once the producer has settled every
// write of the batch (pipeline.Settler), so no output is overwritten while
// a client may still send it. Without that guarantee the arena is dropped
// to the garbage collector.
//
// An Arena is used by one goroutine at a time.
type Arena struct {
	slabs [][]byte // slabs[cur] is being filled; those before it are full
	cur   int
	// Header slices, the same way: they point into the slabs, and the
	// garbage collector would otherwise scan a new one for every event.
	hslabs [][]Header
	hcur   int
}

// arenaHeaders is the size of an arena's header slabs.
const arenaHeaders = 4096

// ArenaSlab is the size of an arena's slabs: about 60 signups' records.
const ArenaSlab = 256 << 10

// Buffer returns an empty slice with room for at least min bytes at the
// free end of the arena. Append to it, then Commit the result.
func (a *Arena) Buffer(min int) []byte {
	for a.cur < len(a.slabs) {
		s := a.slabs[a.cur]
		if cap(s)-len(s) >= min {
			return s[len(s):]
		}
		a.cur++
	}
	a.slabs = append(a.slabs, make([]byte, 0, max(min, ArenaSlab)))
	a.cur = len(a.slabs) - 1
	return a.slabs[a.cur][:0]
}

// Commit marks b, a slice returned by Buffer and appended to, as used. If
// appending outgrew the buffer, b was moved to memory of its own and the
// arena is unchanged.
func (a *Arena) Commit(b []byte) {
	if a.cur >= len(a.slabs) || len(b) == 0 {
		return
	}
	s := a.slabs[a.cur]
	free := s[len(s):cap(s)]
	if len(b) <= len(free) && &b[0] == &free[0] {
		a.slabs[a.cur] = s[:len(s)+len(b)]
	}
}

// Headers returns n headers for an output to fill, from the arena.
func (a *Arena) Headers(n int) []Header {
	for a.hcur < len(a.hslabs) {
		h := a.hslabs[a.hcur]
		if cap(h)-len(h) >= n {
			a.hslabs[a.hcur] = h[:len(h)+n]
			return h[len(h) : len(h)+n : len(h)+n]
		}
		a.hcur++
	}
	h := make([]Header, n, max(n, arenaHeaders))
	a.hslabs = append(a.hslabs, h)
	a.hcur = len(a.hslabs) - 1
	return h[:n:n]
}

// Reset makes the arena's memory reusable. Call it only when no output
// rendered into it is referenced any more.
func (a *Arena) Reset() {
	for i := range a.slabs {
		a.slabs[i] = a.slabs[i][:0]
	}
	a.cur = 0
	for i := range a.hslabs {
		clear(a.hslabs[i])
		a.hslabs[i] = a.hslabs[i][:0]
	}
	a.hcur = 0
}

// Size is the memory the arena holds.
func (a *Arena) Size() int {
	n := 0
	for _, s := range a.slabs {
		n += cap(s)
	}
	for _, h := range a.hslabs {
		n += cap(h) * int(unsafe.Sizeof(Header{}))
	}
	return n
}
