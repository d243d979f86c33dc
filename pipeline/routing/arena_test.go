package routing

import (
	"bytes"
	"testing"
)

func TestArena(t *testing.T) {
	var a Arena
	b := append(a.Buffer(16), "first"...)
	a.Commit(b)
	c := append(a.Buffer(16), "second"...)
	a.Commit(c)
	if string(b) != "first" || string(c) != "second" {
		t.Fatalf("committed bytes changed: %q %q", b, c)
	}
	if &c[0] != &a.slabs[0][5] {
		t.Fatal("the second buffer does not follow the first in the slab")
	}
	// An output that outgrows its buffer moves; the arena does not count it.
	big := append(a.Buffer(1), bytes.Repeat([]byte("x"), ArenaSlab)...)
	a.Commit(big)
	if got := len(a.slabs[0]); got != len("firstsecond") {
		t.Fatalf("slab length %d after an outgrown buffer, want %d", got, len("firstsecond"))
	}
	// A buffer larger than a slab gets a slab of its own.
	huge := a.Buffer(2 * ArenaSlab)
	if cap(huge) < 2*ArenaSlab {
		t.Fatalf("buffer of %d bytes, want at least %d", cap(huge), 2*ArenaSlab)
	}
	a.Commit(append(huge, 'h'))
	size := a.Size()
	a.Reset()
	d := append(a.Buffer(16), "again"...)
	a.Commit(d)
	if &d[0] != &b[0] {
		t.Fatal("Reset did not make the memory reusable")
	}
	if a.Size() != size {
		t.Fatalf("size %d after Reset, want %d (slabs kept)", a.Size(), size)
	}
}
