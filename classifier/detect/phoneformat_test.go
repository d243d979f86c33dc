package detect

import "testing"

func TestNationalNotationRegion(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"(11) 96123-9146", "BR"},
		{"090-1234-5752", "JP"},
		{"8 (916) 123-45-67", "RU"},
		{"010-1234-5678", "KR"},
		{"(212) 555-0143", "US"},
		{"0712 126188", ""}, // Kenya and Uganda both write it so
		// Written so in several countries: no answer.
		{"06 12 34 08 76", ""},
		{"512 343 699", ""},
		// A grouping no example number of the country shows is not
		// known (Berlin's "030 12345678"; the example is "030 123456").
		{"030 12345678", ""},
		// Valid in many countries but in no country's notation.
		{"0612345678", ""},
		// International, or no phone at all.
		{"+49 30 12345678", ""},
		{"2026-12-05", ""},
		{"12345", ""},
	} {
		got, ok := NationalNotationRegion(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("NationalNotationRegion(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

func BenchmarkNationalNotationRegion(b *testing.B) {
	regionLayouts()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		NationalNotationRegion("0712 126188")
	}
}
