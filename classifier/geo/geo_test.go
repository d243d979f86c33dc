package geo

import (
	"strings"
	"testing"
)

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
		// Exceptional reservations are parts of a country.
		"IC": "ES", "Canary Islands": "ES", "Canarias": "ES", "EA": "ES", "Ceuta & Melilla": "ES", "TA": "SH",
		// Fullwidth Latin, as CJK input methods type it.
		"ＲＵ": "RU", "ｒｕｓ": "RU", "Ｆｒａｎｃｅ": "FR", "Ｆrance": "FR",

		// Notations around a country: a code in brackets, a subdivision,
		// a locale in a country field, an address or a place on one line.
		"Germany (DE)": "DE", "RU-MOW": "RU", "ru_RU": "RU", "Moscow, Russia": "RU",
		"ул. Ленина 1, Москва, Россия, 101000": "RU", "Hauptstr. 5, 10115 Berlin, Germany": "DE",
		"Av. Paulista 1000; São Paulo; Brasil": "BR",
		// A large city with its postal code before or after it, in an
		// address that names no country.
		"Hauptstr. 5, 10115 Berlin": "DE", "12 Rue de Rivoli, 75001 Paris": "FR",
		// An island territory by its full name in any language.
		"Norfolk Island": "NF", "Norfolkinsel": "NF", "Isle of Man": "IM",
	}
	for in, want := range cases {
		if got, ok := ix.Country(in); !ok || got != want {
			t.Errorf("Country(%q) = %q, %v; want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "XX", "Atlantis", "12", "ZZ", "Hauptstr. 5, 10115 Bernau", "de-MOW", "10, 20", "Paris",
		// An island's bare name that is a better-known place elsewhere
		// (an English county on every NHS address in Norfolk).
		"Norfolk", "Mena",
		// An X-Forwarded-For list holds no numeric code ("10.58.0.68"
		// trimmed to "580" was the Northern Marianas).
		"135.9.84.8, 10.58.0.68"} {
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
	for in, want := range map[string]string{"Europe/Moscow": "RU", "Asia/Almaty": "KZ", "America/Sao_Paulo": "BR", "Asia/Kolkata": "IN", "Europe/Berlin": "DE", "Asia/Shanghai": "CN",
		"america_slash_chicago": "US", "europe_slash_berlin": "DE", "america_slash_sao_paulo": "BR",
		"(GMT+09:00) Asia/Seoul": "KR", "(GMT+01:00) Europe/London": "GB"} {
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

// Rails apps store ActiveSupport::TimeZone names ("Moscow", "Pacific Time
// (US & Canada)"), often as labelled by time_zone_select.
func TestTimeZoneRails(t *testing.T) {
	cases := map[string]string{
		"Moscow": "RU", "St. Petersburg": "RU", "Berlin": "DE", "Kyiv": "UA", "Tokyo": "JP", "Almaty": "KZ",
		"Astana": "KZ", "Hanoi": "VN", "Beijing": "CN", "Mumbai": "IN", "Kolkata": "IN", "Chennai": "IN",
		"New Delhi": "IN", "Brasilia": "BR", "Edinburgh": "GB", "London": "GB", "Abu Dhabi": "AE", "Quito": "EC",
		"Atlantic Time (Canada)": "CA", "Alaska": "US", "Puerto Rico": "PR", "moscow": "RU", " Tokyo ": "JP",
		"(GMT+03:00) Moscow": "RU", "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi": "IN",
		"(GMT+09:00) Osaka, Sapporo, Tokyo": "JP", "(GMT-03:00) Brasilia": "BR", "Europe/Kyiv": "UA",
	}
	for in, want := range cases {
		if got, ok := TimeZone(in); !ok || got != want {
			t.Errorf("TimeZone(%q) = %q, %v; want %s", in, got, ok, want)
		}
	}
	// Names that name no one country.
	for _, in := range []string{"Pacific Time (US & Canada)", "Central Time (US & Canada)", "Eastern Time (US & Canada)",
		"Mountain Time (US & Canada)", "International Date Line West", "Mid-Atlantic", "Central America",
		"West Central Africa", "UTC", "(GMT+00:00) UTC", "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
		"(GMT+03:00) Atlantis", "Narnia", "(GMT+03:00"} {
		if got, ok := TimeZone(in); ok {
			t.Errorf("TimeZone(%q) = %q, want no country", in, got)
		}
	}
	for name, zone := range railsZones {
		if _, ok := zoneCountry[zone]; !ok {
			t.Errorf("Rails zone %q maps to %s, which names no country", name, zone)
		}
		if name != strings.ToLower(name) {
			t.Errorf("Rails zone key %q is not lower case", name)
		}
	}
}

// Language pick-lists store names, in English or in the language itself,
// not tags. A language names a country only when it is spoken (nearly)
// only there.
func TestLocaleLanguageNames(t *testing.T) {
	ix := NewIndex(nil)
	cases := map[string]string{
		"Japanese": "JP", "日本語": "JP", "Korean": "KR", "한국어": "KR", "Vietnamese": "VN", "Tiếng Việt": "VN",
		"Ukrainian": "UA", "українська": "UA", "Kazakh": "KZ", "қазақ тілі": "KZ", "Türkçe": "TR", "Turkish": "TR",
		"polski": "PL", "magyar": "HU", "ไทย": "TH", "עברית": "IL", "ქართული": "GE", "японский": "JP",
		"Portuguese (Brazil)": "BR", "português (Brasil)": "BR", "Brazilian Portuguese": "BR", "English (United States)": "US",
		"American English": "US", "British English": "GB", "Mexican Spanish": "MX", "español de México": "MX",
		"Canadian French": "CA", "中文（台灣）": "TW", "Chinese (China)": "CN", "English (UK)": "GB",
		"ja": "JP", "ko": "KR", "kk": "KZ", "fil": "PH",
		// Tags still read as before.
		"pt-BR": "BR", "ja-JP": "JP",
	}
	for in, want := range cases {
		if got, ok := ix.Locale(in); !ok || got != want {
			t.Errorf("Locale(%q) = %q, %v; want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{
		// Languages of several countries.
		"Russian", "русский", "German", "Deutsch", "Portuguese", "português", "Spanish", "español", "French", "français",
		"English", "Arabic", "العربية", "Chinese", "中文", "繁體中文", "Dutch", "ru", "en", "de", "zh",
		// A bare tag that is also another country's code: "uk" is written for the United Kingdom.
		"uk", "be",
		// A country that is no language's, and a name that is no language.
		"Foo (Brazil)", "Germany", "Atlantis", "",
	} {
		if got, ok := ix.Locale(in); ok {
			t.Errorf("Locale(%q) = %q, want no country", in, got)
		}
	}
}

func TestLikelyRegion(t *testing.T) {
	for in, want := range map[string]string{"el": "GR", "de": "DE", "pt": "BR", "en": "US", " ja ": "JP"} {
		if got, ok := LikelyRegion(in); !ok || got != want {
			t.Errorf("LikelyRegion(%q) = %q, %v; want %s", in, got, ok, want)
		}
	}
	// Only bare tags: a locale with a region is evidence of its own
	// (Locale), a language name or anything longer is not a tag.
	for _, in := range []string{"", "e", "pt-BR", "Greek", "zz1", "und"} {
		if got, ok := LikelyRegion(in); ok {
			t.Errorf("LikelyRegion(%q) = %q, want none", in, got)
		}
	}
}
