package geo

import "testing"

func TestSubdivisionCountry(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Guangdong", "CN"},
		{"广东省", "CN"},
		{"Guangdong Province", "CN"},
		{"Maharashtra", "IN"},
		{"Tamil Nadu", "IN"},
		{"Hà Nội", "VN"},
		{"Ha Noi", "VN"},
		{"Thừa Thiên Huế", "VN"},
		{"Карагандинская область", "KZ"},
		{"Kigali", "RW"},
		// Shared with another country, or no division of the list.
		{"Punjab", ""},
		{"Georgia", ""},
		{"Bavaria", ""},
		{"", ""},
	} {
		got, ok := SubdivisionCountry(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("SubdivisionCountry(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}
