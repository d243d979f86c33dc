package classifier

import "testing"

func TestISOOrdinalOrWeekDate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		y, m, d int
		ok      bool
	}{
		{"2014-152", 2014, 6, 1, true},
		{"2014-W22-7", 2014, 6, 1, true}, // the Sunday of ISO week 22
		{"2014W227", 2014, 6, 1, true},
		{"2014-W22", 2014, 5, 26, true},    // the week's Monday
		{"2009-W01-1", 2008, 12, 29, true}, // week 1 starts in the year before
		{"2014-366", 0, 0, 0, false},       // 2014 has 365 days
		{"2014-W54-1", 0, 0, 0, false},
		{"2014-W22-8", 0, 0, 0, false},
		{"2014-06", 0, 0, 0, false},
	} {
		y, m, d, ok := isoOrdinalOrWeekDate(tc.in)
		if ok != tc.ok || ok && (y != tc.y || m != tc.m || d != tc.d) {
			t.Errorf("isoOrdinalOrWeekDate(%q) = %d-%d-%d %v, want %d-%d-%d %v", tc.in, y, m, d, ok, tc.y, tc.m, tc.d, tc.ok)
		}
	}
}

func TestIntegralDigits(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"4111111111111111.0", "4111111111111111", true},
		{"4.111111111111111e15", "4111111111111111", true},
		{"7.9161234567E+10", "79161234567", true},
		{"1.5", "", false},
		{"12e-1", "", false},
		{"-4.1e15", "", false},
		{"1e30", "", false},
	} {
		got, ok := integralDigits(nil, tc.in)
		if ok != tc.ok || ok && string(got) != tc.want {
			t.Errorf("integralDigits(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
