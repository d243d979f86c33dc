package evalcorpus

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier/detect"
)

func TestGeneratedEventsAreLabelled(t *testing.T) {
	evs, err := Generate(7, 2400, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, e := range evs {
		if err := Check(e); err != nil {
			t.Fatalf("%s #%d: %v\n%s", e.Shape, e.Index, err, e.JSON)
		}
		seen[e.Shape]++
	}
	if len(seen) < 22 {
		t.Errorf("%d shapes generated, want >= 22", len(seen))
	}
}

func TestBrokenEventsAreCaught(t *testing.T) {
	evs, err := Generate(1, 1, []string{"stripe_customer"})
	if err != nil {
		t.Fatal(err)
	}
	e := evs[0]
	bad := e
	bad.JSON = append(bytes.Clone(e.JSON[:len(e.JSON)-1]), ',')
	if Check(bad) == nil {
		t.Error("invalid JSON passed the check")
	}
	unl := e
	unl.Label.Leaves = map[string]Leaf{}
	for p, l := range e.Label.Leaves {
		unl.Label.Leaves[p] = l
	}
	delete(unl.Label.Leaves, "/email")
	if Check(unl) == nil {
		t.Error("a leaf without a label passed the check")
	}
}

// The scorer generates each later wave apart: every shape of each must
// come out labelled, and the same for a seed.
func TestLaterWavesAreLabelledAndDeterministic(t *testing.T) {
	for _, wave := range Waves() {
		t.Run("wave "+wave.Tag, func(t *testing.T) {
			a, err := Generate(11, 40*len(wave.Shapes), wave.Shapes)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := Generate(11, 40*len(wave.Shapes), wave.Shapes)
			seen := map[string]int{}
			for i, e := range a {
				if err := Check(e); err != nil {
					t.Fatalf("%s #%d: %v\n%s", e.Shape, e.Index, err, e.JSON)
				}
				if !bytes.Equal(e.JSON, b[i].JSON) {
					t.Fatalf("%s #%d differs between runs of one seed", e.Shape, e.Index)
				}
				seen[e.Shape]++
			}
			for _, w := range wave.Shapes {
				if seen[w] != 40 {
					t.Errorf("%s: %d events, want 40", w, seen[w])
				}
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := Generate(42, 100, nil)
	b, _ := Generate(42, 100, nil)
	for i := range a {
		if !bytes.Equal(a[i].JSON, b[i].JSON) {
			t.Fatalf("event %d differs between runs of one seed", i)
		}
	}
}

func TestSplit(t *testing.T) {
	if len(HeldOut()) < 5 {
		t.Errorf("%d held-out shapes, want >= 5", len(HeldOut()))
	}
	names := map[string]bool{}
	for _, s := range Shapes() {
		names[s.Name] = true
		if s.HeldOut == slices.Contains(Tuned(), s.Name) {
			t.Errorf("%s is both or neither held out and tuned", s.Name)
		}
	}
	for _, h := range HeldOut() {
		if !names[h] {
			t.Errorf("held-out shape %s does not exist", h)
		}
	}
	// A wave's shapes exist and belong to no earlier wave nor to the
	// first corpus's added shapes. A wave may be held out whole.
	earlier := Added()
	for _, wave := range Waves() {
		for _, w := range wave.Shapes {
			if !names[w] || slices.Contains(earlier, w) {
				t.Errorf("wave-%s shape %s does not exist or is in an earlier wave", wave.Tag, w)
			}
		}
		earlier = append(earlier, wave.Shapes...)
	}
	if _, err := Generate(1, 1, []string{"nope"}); err == nil {
		t.Error("an unknown shape was accepted")
	}
}

// TestNationalIDsValidate checks every generator against the project's
// validators: the two were written apart, from the schemes.
func TestNationalIDsValidate(t *testing.T) {
	r := newRand(3)
	for name, g := range idGens {
		valid, ok := detect.Lookup(g.scheme)
		if !ok {
			t.Errorf("%s: no project validator", name)
			continue
		}
		for i := range 500 {
			dob := time.Date(1940+r.IntN(85), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
			v := g.gen(r, dob, i%2 == 0, [2]string{"giulia", "rossi"})
			if !valid(v) {
				t.Errorf("%s: %q does not validate", name, v)
				break
			}
		}
	}
}

func TestPhonesAndScripts(t *testing.T) {
	if len(countries) < 40 {
		t.Errorf("%d countries, want >= 40", len(countries))
	}
	r := newRand(5)
	for _, c := range countries {
		e164, _ := phoneNumber(r, c.code)
		if !strings.HasPrefix(e164, "+") {
			t.Errorf("%s: no phone number (%q)", c.code, e164)
		}
	}
}
