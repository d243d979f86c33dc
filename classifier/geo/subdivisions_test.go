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

func TestCountryInTextByCity(t *testing.T) {
	ix := NewIndex(nil)
	for _, tc := range []struct{ in, want string }{
		{"ул. Ленина 1, Москва, 101000", "RU"},
		{"Almaty, Abay Ave 10", "KZ"},
		{"Moscow, RU", "RU"},
		{"12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh", "VN"},
		// A city of another country beside the code, or a city and no
		// address: no answer from the city.
		{"Paris, TX", ""},
		{"Moscow, Paris", ""},
	} {
		got, ok := ix.Country(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Country(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestAddressInText(t *testing.T) {
	ix := NewIndex(nil)
	for _, tc := range []struct{ in, want string }{
		{"Bitte schicken Sie es an Goethestraße 17a, 26614 Köln, Germany.", "DE"},
		{"보내주세요: 강남구 테헤란로 152, 44691 서울특별시, South Korea.", "KR"},
		{"ship to 12 Main St, Springfield 62704, US", "US"},
		// The street's number a few place names back.
		{"I moved, my new address is 742 Evergreen Terrace, Chicago, United States", "US"},
		{"I moved, my new address is Blk 7 Lot 12 Sampaguita St., Brgy. Commonwealth, Davao City, Pilipinas", "PH"},
		{"me mudé, mi nueva dirección es Calle Morelos 15, Ciudad de México, México", "MX"},
		{"I was born in 1990, lived in Paris, France", ""},
		// A country mentioned, a list of countries, a code in lower case:
		// no address.
		{"I moved from Germany last year, France is lovely", ""},
		{"We sell in France, Germany, Italy", ""},
		{"Room 12, floor 3, de", ""},
	} {
		got, ok := ix.AddressInText(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("AddressInText(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}
