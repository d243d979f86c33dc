package geo

import "testing"

// Red team 31: a country field's value is a bare country only when it
// names a country and nothing more.
func TestBareCountry(t *testing.T) {
	ix := NewIndex(nil)
	for in, want := range map[string]string{
		"DE": "DE", "deu": "DE", "Germany": "DE", "Deutschland": "DE", "Korea, Republic of": "KR",
		"Germany (DE)": "DE", "RU-MOW": "RU", "ru_RU": "RU", "CN-HK": "HK", "Hong Kong, China": "HK", "🇷🇺": "RU",
	} {
		if got, ok := ix.BareCountry(in); !ok || got != want {
			t.Errorf("BareCountry(%q) = %q, %v; want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"Berlin, Germany", "Hauptstr. 5, 10115 Berlin, Germany", "Germany (Ivan Petrov)",
		"Germany, ivan@mail.ru", "中国北京市朝阳区建国路88号", "Moscow, RU", "Hauptstr. 5, 10115 Berlin", "Atlantis"} {
		if got, ok := ix.BareCountry(in); ok {
			t.Errorf("BareCountry(%q) = %q, want none", in, got)
		}
	}
}
