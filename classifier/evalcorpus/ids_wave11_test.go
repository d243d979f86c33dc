package evalcorpus

import (
	"strings"
	"testing"
	"time"
)

// validNHS checks an NHS number's modulus-11 check digit, in the
// validating direction: the ten digits weighted 10 down to 1 sum to a
// multiple of 11 (a check digit of 0 standing for 11).
func validNHS(s string) bool {
	v := onlyDigits(s)
	if len(v) != 10 {
		return false
	}
	sum := 0
	for i := range 9 {
		sum += (10 - i) * int(v[i]-'0')
	}
	c := int(v[9] - '0')
	if c == 0 {
		c = 11
	}
	return (sum+c)%11 == 0
}

func TestWave11IDs(t *testing.T) {
	// The NHS Data Dictionary's example 943 476 5919.
	if !validNHS("943 476 5919") || validNHS("943 476 5918") {
		t.Error("the NHS validator is wrong on the published example")
	}
	r := newRand(11)
	for i := range 2000 {
		dob := time.Date(1930+r.IntN(95), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		f := i%2 == 0
		if v := nhsNumber(r); !validNHS(v) || len(v) != 12 {
			t.Fatalf("NHS number %s", v)
		}
		v := genMyKad(r, dob, f, [2]string{})
		parts := strings.Split(v, "-")
		if len(parts) != 3 || parts[0] != dob.Format("060102") || len(parts[1]) != 2 || len(parts[2]) != 4 || onlyDigits(v) != strings.ReplaceAll(v, "-", "") {
			t.Fatalf("MyKad %s (born %s)", v, dob.Format("2006-01-02"))
		}
		if int(v[len(v)-1]-'0')%2 == b2i(f) {
			t.Fatalf("MyKad %s: last digit's parity does not give the sex (female %v)", v, f)
		}
	}
}
