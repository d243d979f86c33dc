package detect

import "testing"

func TestMRZ(t *testing.T) {
	for _, tc := range []struct {
		in      string
		nat     string
		y, m, d int
		ok      bool
	}{
		// ICAO 9303 part 4's specimen (Utopia), second line alone and whole.
		{"L898902C36UTO7408122F1204159ZE184226B<<<<<10", "UTO", 74, 8, 12, true},
		{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", "UTO", 74, 8, 12, true},
		{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122F1204159ZE184226B<<<<<10", "UTO", 74, 8, 12, true},
		// A Russian child's passport (red team, round 5).
		{"7531234562RUS1406012F2901019<<<<<<<<<<<<<<02", "RUS", 14, 6, 1, true},
		// TD1, ICAO's specimen identity card: second line.
		{"7408122F1204159UTO<<<<<<<<<<<6", "UTO", 74, 8, 12, true},
		// A wrong birth-date check digit, and a line of fillers.
		{"L898902C36UTO7408123F1204159ZE184226B<<<<<10", "", 0, 0, 0, false},
		{"<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "", 0, 0, 0, false},
		{"not a zone at all, though it is long enough <", "", 0, 0, 0, false},
	} {
		nat, y, m, d, ok := MRZ(tc.in)
		if ok != tc.ok || nat != tc.nat || y != tc.y || m != tc.m || d != tc.d {
			t.Errorf("MRZ(%q) = %q %d %d %d %v, want %q %d %d %d %v", tc.in, nat, y, m, d, ok, tc.nat, tc.y, tc.m, tc.d, tc.ok)
		}
	}
}
