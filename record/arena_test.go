package record

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

func TestArenaHeaders(t *testing.T) {
	var a Arena
	h1 := a.Headers(3)
	h2 := a.Headers(2)
	if len(h1) != 3 || cap(h1) != 3 || len(h2) != 2 {
		t.Fatalf("lengths %d/%d (cap %d), want 3/2 (cap 3)", len(h1), len(h2), cap(h1))
	}
	if &h2[0] != &a.hslabs[0][3] {
		t.Fatal("the second header slice does not follow the first")
	}
	h1[0].Key = "k"
	// append to a header slice must not run into the next one.
	if h := append(h1, h1[0]); &h[0] == &h1[0] {
		t.Fatal("append to a header slice wrote into the arena")
	}
	big := a.Headers(arenaHeaders + 1)
	if len(big) != arenaHeaders+1 {
		t.Fatalf("large request: %d headers", len(big))
	}
	a.Reset()
	h3 := a.Headers(1)
	if &h3[0] != &h1[0] || h3[0].Key != "" {
		t.Fatal("Reset did not make the headers reusable, cleared")
	}
}
