package geo

import "testing"

func TestCountry(t *testing.T) {
	ix := NewIndex(map[string]string{"РФ": "RU", "USA": "US"})
	cases := map[string]string{
		"RU": "RU", "ru": "RU", "RUS": "RU", "rus": "RU", "Russia": "RU", "Россия": "RU", "РФ": "RU",
		"Deutschland": "DE", "Germany": "DE", "DEU": "DE", "대한민국": "KR", "South Korea": "KR",
		"Brasil": "BR", "Brazil": "BR", "中国": "CN", "Казахстан": "KZ", "Türkiye": "TR", "United Kingdom": "GB",
		"UK": "GB", "USA": "US", "United States": "US", "España": "ES", "日本": "JP", "Việt Nam": "VN",
		// Names in the languages of the second batch of packs, without any pack alias.
		"México": "MX", "Україна": "UA", "ไทย": "TH", "Perú": "PE", "Pilipinas": "PH", "پاکستان": "PK",
		"বাংলাদেশ": "BD", "ශ්‍රී ලංකාව": "LK", "المغرب": "MA", "საქართველო": "GE", "Հայաստան": "AM",
		"Azərbaycan": "AZ", "Oʻzbekiston": "UZ", "Кыргызстан": "KG", "Moldova": "MD", "नेपाल": "NP",
		"ኢትዮጵያ": "ET", "Монгол": "MN", "កម្ពុជា": "KH", "Тоҷикистон": "TJ", "Türkmenistan": "TM", "Србија": "RS",
		"Côte d’Ivoire": "CI", "Sénégal": "SN", "Panamá": "PA", "República Dominicana": "DO",
	}
	for in, want := range cases {
		if got, ok := ix.Country(in); !ok || got != want {
			t.Errorf("Country(%q) = %q, %v; want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "XX", "Atlantis", "12", "ZZ"} {
		if got, ok := ix.Country(in); ok {
			t.Errorf("Country(%q) = %q, want no match", in, got)
		}
	}
}

func TestLocale(t *testing.T) {
	cases := map[string]string{
		"pt-BR": "BR", "es_MX": "MX", "de_DE.UTF-8": "DE", "zh-Hant-TW": "TW", "en-US": "US",
		"ru-RU,ru;q=0.9,en-US;q=0.8": "RU", "fr;q=0.9,de-CH;q=0.8": "CH", "kk_KZ": "KZ",
	}
	for in, want := range cases {
		if got, ok := Locale(in); !ok || got != want {
			t.Errorf("Locale(%q) = %q, %v; want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"ru", "en", "", "garbage!!", "en-419"} {
		if got, ok := Locale(in); ok {
			t.Errorf("Locale(%q) = %q, want no country", in, got)
		}
	}
}

func TestTimeZone(t *testing.T) {
	for in, want := range map[string]string{"Europe/Moscow": "RU", "Asia/Almaty": "KZ", "America/Sao_Paulo": "BR", "Asia/Kolkata": "IN", "Europe/Berlin": "DE", "Asia/Shanghai": "CN"} {
		if got, ok := TimeZone(in); !ok || got != want {
			t.Errorf("TimeZone(%q) = %q, %v; want %s", in, got, ok, want)
		}
	}
	if _, ok := TimeZone("UTC"); ok {
		t.Error("UTC names no country")
	}
}

func BenchmarkCountry(b *testing.B) {
	ix := NewIndex(nil)
	b.ReportAllocs()
	for b.Loop() {
		ix.Country("RU")
		ix.Country("Deutschland")
	}
}

// CRM pick-lists write ISO 3166-1 short names and names CLDR has since
// replaced; CLDR's display names alone missed every one of these.
func TestCountryISONames(t *testing.T) {
	ix := NewIndex(nil)
	cases := map[string]string{
		"Czech Republic": "CZ", "Russian Federation": "RU", "Korea, Republic of": "KR", "United States of America": "US",
		"Great Britain": "GB", "Iran, Islamic Republic of": "IR", "Ivory Coast": "CI", "Tanzania, United Republic of": "TZ",
		"Moldova, Republic of": "MD", "Bolivia (Plurinational State of)": "BO", "Taiwan, Province of China": "TW",
		"East Timor": "TL", "Burma": "MM", "Republic of Korea": "KR",
	}
	for in, want := range cases {
		if got, ok := ix.Country(in); !ok || got != want {
			t.Errorf("Country(%q) = %q, %v; want %s", in, got, ok, want)
		}
	}
}
