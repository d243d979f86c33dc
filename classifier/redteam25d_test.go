package classifier_test

import (
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 25: F5 (Hong Kong, Macao and Taiwan written as a division or
// a city of the country China), F11 (an ethnic "nationality" beside a
// citizenship, China's 民族), F12 (US places named with Georgia or a
// state's code or name) and F13 (demonyms and statuses that named no
// country). Each event's jurisdictions, and negatives that must not move.
func TestRedTeam25dJurisdictions(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct{ name, ev, want string }{
		{"f05a", `{"user":{"email":"chan@example.hk","name":"Chan Tai Man","country":"China","region":"Hong Kong"}}`, "HK"},
		{"f05b", `{"type":"order.paid","buyer":{"name":"陈大文","phone":"+85291234567","address":{"country":"中国","province":"香港特别行政区","city":"香港","detail":"九龙弥敦道12号"}}}`, "HK"},
		{"f05c", `{"type":"order.paid","buyer":{"name":"林美玲","address":{"country":"中国","province":"台湾","city":"台北市","detail":"信义路五段7号"}}}`, "TW"},
		{"f05d", `{"user":{"email":"a@example.mo","country":"China","state":"Macao SAR"}}`, "MO"},
		{"f05e", `{"user":{"email":"a@example.tw","country":"China","city":"Taipei"}}`, "TW"},
		{"f05f", `{"user":{"email":"a@example.hk","country":"CN","city":"Hong Kong"}}`, "HK"},
		{"f05g", `{"user":{"email":"a@example.mo","country":"CN","city":"Macau"}}`, "MO"},
		{"f05h", `{"user":{"email":"a@example.hk","country":"China","address":"Flat A, 12/F, 88 Nathan Road, Tsim Sha Tsui, Kowloon"}}`, "HK"},
		{"f05i", `{"user":{"email":"a@example.hk","country_code":"CN","region_code":"HK"}}`, "HK"},
		{"f05j", `{"user":{"email":"a@example.tw","country":"CN","province":"Taiwan"}}`, "TW"},
		{"f05 CN-HK beside CN", `{"user":{"email":"a@example.hk","country":"CN","region":"CN-HK"}}`, "HK"},
		{"f05 plain China is CN", `{"user":{"email":"a@example.cn","country":"China"}}`, "CN"},
		{"f05 China with a mainland province", `{"user":{"email":"a@example.cn","country":"中国","province":"广东省","city":"深圳"}}`, "CN"},
		{"f05 a shipment to Hong Kong leaves the buyer's China", `{"type":"order.paid","buyer":{"name":"王伟","email":"w@example.cn","country":"CN"},"shipping_address":{"country":"中国","province":"香港特别行政区","city":"香港"}}`, "CN"},
		{"f05 Missouri is no Macao", `{"user":{"email":"a@example.com","country":"US","state":"MO"}}`, "US"},
		{"f11a", `{"user":{"email":"a@example.kz","name":"Анна Иванова","country":"KZ","citizenship":"KZ","nationality":"русская"}}`, "KZ"},
		{"f11b", `{"user":{"email":"a@example.kz","country":"KZ","citizenship":"KZ","nationality":"Russian"}}`, "KZ"},
		{"f11c", `{"user":{"email":"a@example.cn","country":"CN","nationality":"俄罗斯族"}}`, "CN"},
		{"f11d", `{"user":{"email":"a@example.de","country":"DE","citizenship":"DE","nationality":"русский"}}`, "DE"},
		{"f11e", `{"user":{"email":"a@example.cn","country":"CN","nationality":"乌孜别克族"}}`, "CN"},
		{"f11f", `{"user":{"email":"a@example.kz","country":"KZ","citizenship":"KZ","nationality":"узбек"}}`, "KZ"},
		{"f11g", `{"user":{"email":"a@example.kz","country":"KZ","citizenship":"KZ","nationality":"Uzbek"}}`, "KZ"},
		{"f11 citizenship Russian alone", `{"user":{"email":"a@example.com","citizenship":"Russian"}}`, "RU"},
		{"f11 nationality Russian alone", `{"user":{"email":"a@example.com","nationality":"Russian"}}`, "RU"},
		{"f11 a code under nationality stays", `{"user":{"email":"a@example.de","country":"DE","citizenship":"DE","nationality":"RU"}}`, "DE,RU"},
		{"f12a", `{"user":{"email":"a@example.com","name":"Mary Johnson","address":"1 Peachtree St, Atlanta, Georgia 30303"}}`, "US"},
		{"f12b", `{"user":{"email":"a@example.com","location":"Atlanta, Georgia"}}`, "US"},
		{"f12c", `{"user":{"email":"a@example.com","location":"Savannah, Georgia"}}`, "US"},
		{"f12d", `{"user":{"email":"a@example.com","address":{"line1":"1 Peachtree St, Atlanta, Georgia 30303"}}}`, "US"},
		{"f12e", `{"user":{"email":"a@example.com","address":"500 Broad St, Augusta, Georgia 30901","age":15}}`, "US"},
		{"f12h", `{"user":{"email":"a@example.com","location":"Atlanta, GA"}}`, "US"},
		{"f12i", `{"user":{"email":"a@example.com","location":"Los Angeles, CA"}}`, "US,US-CA"},
		{"f12j", `{"user":{"email":"a@example.com","address":{"city":"Los Angeles","state":"California"},"age":15}}`, "US,US-CA+minor"},
		{"f12 Tbilisi, Georgia", `{"user":{"email":"a@example.com","location":"Tbilisi, Georgia"}}`, "GE"},
		{"f12 Tbilisi address", `{"user":{"email":"a@example.com","address":"12 Rustaveli Ave, Tbilisi, Georgia 0108"}}`, "GE"},
		{"f12 Moscow, ID stays unread", `{"user":{"email":"a@example.com","location":"Moscow, ID"}}`, "Q:no_jurisdiction"},
		{"f13a", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Tajik"}}`, "DE"},
		{"f13b", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Turkmen"}}`, "DE"},
		{"f13c", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Kosovar"}}`, "DE"},
		{"f13d", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Sudanese"}}`, "DE"},
		{"f13e", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Nigerien"}}`, "DE"},
		{"f13f", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Palestinian"}}`, "DE"},
		{"f13g", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Hongkonger"}}`, "DE"},
		{"f13h", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Macanese"}}`, "DE"},
		{"f13i", `{"user":{"email":"a@example.de","country":"DE","citizenship":"British National (Overseas)"}}`, "DE"},
		{"f13j", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Refugee (1951 Convention)"}}`, "DE"},
		{"f13k", `{"user":{"email":"a@example.de","country":"DE","citizenship":"asylum seeker"}}`, "DE"},
		{"f13l", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Nepilsonis"}}`, "DE"},
		{"f13m", `{"user":{"email":"a@example.de","country":"DE","citizenship":"узбек"}}`, "UZ,DE"},
		{"f13n", `{"user":{"email":"a@example.cn","country":"CN","nationality":"乌孜别克族"}}`, "CN"},
		{"f13o", `{"user":{"email":"a@example.de","country":"DE","citizenship":"Tadschikisch"}}`, "DE"},
		{"f05k", `{"user":{"email":"a@example.hk","citizenship":"Hongkonger","country":"HK"}}`, "HK"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := tc.ev
			if !strings.Contains(ev, `"type"`) {
				ev = `{"type":"signup",` + ev[1:]
			}
			d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			if got := redTeam24bCountries(d); got != tc.want {
				t.Fatalf("got %s (%s), want %s", got, d.Detail, tc.want)
			}
			if strings.HasPrefix(tc.name, "f05") && tc.want != "CN" {
				for _, r := range recs {
					if r.Topic == "signups.cn" {
						t.Fatalf("a Hong Kong, Macao or Taiwan subject's record went to %s", r.Topic)
					}
				}
			}
		})
	}
}

// Red team 25 (F11): a demonym under "nationality" beside an explicit
// citizenship, or any 民族 (…族), is the ethnic group: sensitive.ethnicity.
// A "nationality" alone stays citizenship.
func TestRedTeam25dNationalityFields(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, path, cat string }{
		{"русская beside KZ", `{"type":"signup","user":{"email":"a@example.kz","country":"KZ","citizenship":"KZ","nationality":"русская"}}`, "/user/nationality", "sensitive.ethnicity"},
		{"Uzbek beside KZ", `{"type":"signup","user":{"email":"a@example.kz","country":"KZ","citizenship":"KZ","nationality":"Uzbek"}}`, "/user/nationality", "sensitive.ethnicity"},
		{"俄罗斯族", `{"type":"signup","user":{"email":"a@example.cn","country":"CN","nationality":"俄罗斯族"}}`, "/user/nationality", "sensitive.ethnicity"},
		{"minzu", `{"type":"signup","user":{"email":"a@example.kz","country":"KZ","citizenship":"KZ","minzu":"Han"}}`, "/user/minzu", "sensitive.ethnicity"},
		{"natsionalnost", `{"type":"signup","user":{"email":"a@example.kz","country":"KZ","citizenship":"KZ","natsionalnost":"русский"}}`, "/user/natsionalnost", "sensitive.ethnicity"},
		{"citizenship stays", `{"type":"signup","user":{"email":"a@example.kz","country":"KZ","citizenship":"KZ","nationality":"Russian"}}`, "/user/citizenship", "identity.citizenship"},
		{"Russian alone is citizenship", `{"type":"signup","user":{"email":"a@example.com","nationality":"Russian"}}`, "/user/nationality", "identity.citizenship"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Reason != "" {
				t.Fatalf("not routed: %s %s", d.Reason, d.Detail)
			}
			if f := field(d, tc.path); f == nil || f.Category != tc.cat || !f.Personal {
				t.Fatalf("%s: got %+v, want %s (personal)", tc.path, f, tc.cat)
			}
		})
	}
}

// Red team 25 (F6): German pharmacy lines without a unit are health
// data; products with a model number are not.
func TestRedTeam25dPharmacyLines(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		title  string
		health bool
	}{
		{"Concerta 36", true}, {"Amoxicillin 1000 20 Stück", true}, {"Novaminsulfon 500 Tropfen", true},
		{"Ibuprofen 400", true}, {"Ibu 600", true}, {"ASS 100", true}, {"Diclofenac 75 retard", true},
		{"Pantoprazol 40", true}, {"Omeprazol 20 N2", true}, {"Doxycyclin 100 N1", true}, {"Cetirizin 10 N1", true},
		{"Amoxicillin 3x täglich", true}, {"Viagra 4 St.", true}, {"Ibuprofen 400 mg", true},
		{"Metoprolol 47,5", true}, {"L-Thyroxin 100 Henning", true}, {"Simvastatin 20 - 1A Pharma N3", true},
		{"Aspirin Plus C 20 Brausetabletten", true}, {"Hydrocortison Creme 1 %", true}, {"Schmerzmittel 1-0-1", true},
		{"Hylo Augentropfen 10 ml", true}, {"Ibuprofen-ratiopharm 400", true},
		{"iPhone 15", false}, {"Levi's 501", false}, {"Nike Air Max 90", false}, {"Espresso 250 g", false},
		{"Eier 10 Stück", false}, {"Bad Ass T-Shirt 2XL", false}, {"Samsung Galaxy S24 128 GB", false},
		{"Adidas Samba OG 42", false}, {"Duschgel 250 ml", false}, {"Kalender 2026", false},
	} {
		t.Run(tc.title, func(t *testing.T) {
			ev := `{"type":"order.created","customer":{"email":"anna.schmidt@example.de","country":"DE"},"line_items":[{"name":"` + tc.title + `","quantity":1}]}`
			d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			f := field(d, "/line_items/0/name")
			if f == nil {
				t.Fatalf("no field: %s %s", d.Reason, d.Detail)
			}
			if got := f.Category == "sensitive.health"; got != tc.health {
				t.Fatalf("%q: category %s, want health=%v", tc.title, f.Category, tc.health)
			}
		})
	}
}
