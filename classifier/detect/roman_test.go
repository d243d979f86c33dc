package detect

import "testing"

func TestRomanMonthDate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		y, m, d int
		ok      bool
	}{
		{"1 VI 2014", 2014, 6, 1, true},
		{"01.VI.2014 r.", 2014, 6, 1, true},
		{"1-vi-2014", 2014, 6, 1, true},
		{"2014. VI. 1.", 2014, 6, 1, true},
		{"31 II 2014", 0, 0, 0, false}, // no such day
		{"1 VIV 2014", 0, 0, 0, false},
		{"Louis XIV 1643", 0, 0, 0, false},
	} {
		y, m, d, ok := ParseBirthDateAt(tc.in, 0, 2026)
		if ok != tc.ok || ok && (y != tc.y || m != tc.m || d != tc.d) {
			t.Errorf("ParseBirthDateAt(%q) = %d-%d-%d %v, want %d-%d-%d %v", tc.in, y, m, d, ok, tc.y, tc.m, tc.d, tc.ok)
		}
	}
}
