package geo

import "testing"

// Red team 25: F12 (a US state named in words before its ZIP, a US city
// with its state code, a city of the US state of Georgia) and F13
// (demonyms and statuses), read by the index alone.
func TestRedTeam25dPlaces(t *testing.T) {
	ix := NewIndex(nil)
	for v, want := range map[string]string{
		"1 Peachtree St, Atlanta, Georgia 30303":  "US",
		"500 Broad St, Augusta, Georgia 30901":    "US",
		"Atlanta, Georgia":                        "US",
		"Savannah, Georgia":                       "US",
		"Atlanta, GA":                             "US",
		"Los Angeles, CA":                         "US",
		"Tbilisi, Georgia":                        "GE",
		"12 Rustaveli Ave, Tbilisi, Georgia 0108": "GE",
		"Georgia":                     "GE",
		"Tajik":                       "TJ",
		"Tadschikisch":                "TJ",
		"Turkmen":                     "TM",
		"Kosovar":                     "XK",
		"Sudanese":                    "SD",
		"Nigerien":                    "NE",
		"Nigerian":                    "NG",
		"Palestinian":                 "PS",
		"Hongkonger":                  "HK",
		"Macanese":                    "MO",
		"British National (Overseas)": "GB",
		"узбек":                       "UZ",
	} {
		if got, _ := ix.Country(v); got != want {
			t.Errorf("Country(%q) = %q, want %q", v, got, want)
		}
	}
	if st, ok := USStateInLine("Los Angeles, CA"); !ok || st != "ca" {
		t.Errorf("USStateInLine(Los Angeles, CA) = %q %v, want ca", st, ok)
	}
	if st, ok := USStateInLine("1 Peachtree St, Atlanta, Georgia 30303"); !ok || st != "ga" {
		t.Errorf("USStateInLine(Atlanta, Georgia 30303) = %q %v, want ga", st, ok)
	}
	if _, ok := USStateInLine("Tbilisi, Georgia"); ok {
		t.Error("Tbilisi, Georgia read as a US state")
	}
	for _, v := range []string{"Refugee (1951 Convention)", "asylum seeker", "Nepilsonis", "Asylbewerber"} {
		if !NoNationality(v) {
			t.Errorf("NoNationality(%q) = false", v)
		}
	}
	for v, want := range map[string]bool{"俄罗斯族": true, "乌孜别克族": true, "汉族": true, "中国": false, "Russian": false} {
		if got := EthnicGroup(v); got != want {
			t.Errorf("EthnicGroup(%q) = %v, want %v", v, got, want)
		}
	}
	for v, want := range map[string]bool{"русская": true, "Russian": true, "Uzbek": true, "Russia": false, "KZ": false, "Indonesia": false} {
		if got := ix.Demonym(v); got != want {
			t.Errorf("Demonym(%q) = %v, want %v", v, got, want)
		}
	}
}
