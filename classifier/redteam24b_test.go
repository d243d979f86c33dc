package classifier_test

import (
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// redTeam24bCountries is the decision's jurisdictions, joined in order,
// with "+minor" when the subject is a minor; a failure reads as "Q:" and
// its reason.
func redTeam24bCountries(d *classifier.Decision) string {
	if d.Reason != "" {
		return "Q:" + string(d.Reason)
	}
	var cs []string
	for _, j := range d.Jurisdictions {
		cs = append(cs, j.Country)
	}
	got := strings.Join(cs, ",")
	if d.Minor {
		got += "+minor"
	}
	return got
}

// Red team 24: F4 (Hong Kong, Macao and Taiwan filed under China), F5
// (a Californian address without a country), F10 (citizenship fields
// holding a status, an ICAO code, the EU or an ethnic group), F11
// (current and territory names). Each event's jurisdictions, and
// negative cases that must not move.
func TestRedTeam24bJurisdictions(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct{ name, ev, want string }{
		{"f04a", `{"event_id":"f04a","type":"signup","user":{"email":"chan@example.hk","name":"Chan Tai Man","country":"Hong Kong, China"}}`, "HK"},
		{"f04b", `{"event_id":"f04b","type":"signup","user":{"email":"chan@example.hk","address":{"line1":"12 Nathan Road","city":"Kowloon","region":"CN-HK","country":"HK"}}}`, "HK"},
		{"f04c", `{"event_id":"f04c","type":"signup","user":{"email":"chan@example.hk","country":"CN-HK"}}`, "HK"},
		{"f04d", `{"event_id":"f04d","type":"signup","user":{"email":"chan@example.hk","country":"中国香港"}}`, "HK"},
		{"f04e", `{"event_id":"f04e","type":"signup","user":{"email":"lin@example.tw","country":"Taiwan (China)"}}`, "TW"},
		{"f04f", `{"event_id":"f04f","type":"signup","user":{"email":"lin@example.tw","address":{"country":"TW","region":"CN-TW"}}}`, "TW"},
		{"f04g", `{"event_id":"f04g","type":"signup","user":{"email":"lin@example.tw","country":"中国台湾"}}`, "TW"},
		{"f04h", `{"event_id":"f04h","type":"signup","user":{"email":"ho@example.mo","country":"Macao, China"}}`, "MO"},
		{"f04i", `{"event_id":"f04i","type":"signup","user":{"email":"ho@example.mo","address":{"country":"MO","state":"CN-MO"}}}`, "MO"},
		{"f04j", `{"event_id":"f04j","type":"signup","user":{"email":"chan@example.hk","address":"Flat 5, 12 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong, China"}}`, "HK"},
		{"f04k", `{"event_id":"f04k","type":"signup","user":{"email":"chan@example.hk","address":"中国香港九龍尖沙咀彌敦道12號"}}`, "HK"},
		{"f04l", `{"event_id":"f04l","type":"signup","user":{"email":"chan@example.hk","country":"CN-91"}}`, "HK"},
		{"f04m", `{"event_id":"f04m","type":"signup","user":{"email":"ho@example.mo","country":"Macau"}}`, "MO"},
		{"f04n", `{"event_id":"f04n","type":"signup","user":{"email":"ho@example.mo","address":"澳門新馬路1號"}}`, "MO"},
		{"f05a", `{"event_id":"f05a","type":"signup","user":{"email":"maria@example.com","citizenship":"US","ethnicity":"Hispanic","geo":{"lat":37.33182,"lng":-122.03118},"address":{"line1":"1 Infinite Loop","city":"Cupertino","state":"CA","postal_code":"95014"}}}`, "US,US-CA"},
		{"f05b", `{"event_id":"f05b","type":"signup","user":{"email":"maria@example.com","citizenship":"US","ethnicity":"Hispanic","geo":{"lat":37.33182,"lng":-122.03118},"address":{"line1":"1 Infinite Loop","city":"Cupertino","state":"CA","postal_code":"95014","country":"US"}}}`, "US,US-CA"},
		{"f05c", `{"event_id":"f05c","type":"signup","user":{"email":"kid@example.com","country":"US-CA","birthdate":"2012-09-01"}}`, "US,US-CA+minor"},
		{"f05d", `{"event_id":"f05d","type":"signup","user":{"email":"kid@example.com","address":"1 Infinite Loop, Cupertino, CA 95014, USA","birthdate":"2012-09-01"}}`, "US,US-CA+minor"},
		{"f05e", `{"event_id":"f05e","type":"signup","user":{"email":"kid@example.com","address":{"line1":"1 Infinite Loop","city":"Cupertino","state":"CA","postal_code":"95014"},"birthdate":"2012-09-01"}}`, "US,US-CA+minor"},
		{"f05f", `{"event_id":"f05f","type":"signup","user":{"email":"kid@example.com","location":"San Francisco, California","birthdate":"2012-09-01"}}`, "US,US-CA+minor"},
		{"f05g", `{"event_id":"f05g","type":"signup","user":{"email":"kid@example.com","country":"US","region":"US-CA","birthdate":"2012-09-01"}}`, "US,US-CA+minor"},
		{"f05h", `{"event_id":"f05h","type":"signup","user":{"email":"kid@example.com","address":{"line1":"1 Infinite Loop","city":"Cupertino","state":"CA","postal_code":"95014","country":"US"},"birthdate":"2012-09-01"}}`, "US,US-CA+minor"},
		{"f05i", `{"event_id":"f05i","type":"signup","user":{"email":"kid@example.com","address":"1 Infinite Loop, Cupertino, California 95014, United States","birthdate":"2012-09-01"}}`, "US,US-CA+minor"},
		{"f10a", `{"event_id":"f10a","type":"signup","user":{"email":"anna@example.de","country":"DE","citizenship":"stateless"}}`, "DE"},
		{"f10b", `{"event_id":"f10b","type":"signup","user":{"email":"anna@example.de","country":"DE","citizenship":"Staatenlos"}}`, "DE"},
		{"f10c", `{"event_id":"f10c","type":"signup","user":{"email":"anna@example.de","country":"DE","citizenship":"XXA"}}`, "DE"},
		{"f10d", `{"event_id":"f10d","type":"signup","user":{"email":"anna@example.de","country":"DE","citizenship":"D"}}`, "DE"},
		{"f10e", `{"event_id":"f10e","type":"signup","user":{"email":"anna@example.de","country":"GB","citizenship":"GBN"}}`, "GB"},
		{"f10f", `{"event_id":"f10f","type":"signup","user":{"email":"anna@example.de","country":"DE","citizenship":"refugee"}}`, "DE"},
		{"f10g", `{"event_id":"f10g","type":"signup","user":{"email":"anna@example.de","country":"DE","citizenship":"EU"}}`, "DE"},
		{"f10h", `{"event_id":"f10h","type":"signup","user":{"email":"li@example.cn","country":"CN","nationality":"Uyghur"}}`, "CN"},
		{"f11a", `{"event_id":"f11a","type":"signup","user":{"email":"a@example.mk","country":"North Macedonia"}}`, "MK"},
		{"f11b", `{"event_id":"f11b","type":"signup","user":{"email":"a@example.sz","country":"Eswatini"}}`, "SZ"},
		{"f11c", `{"event_id":"f11c","type":"signup","user":{"email":"a@example.ps","country":"Palestine"}}`, "PS"},
		{"f11d", `{"event_id":"f11d","type":"signup","user":{"email":"a@example.pt","country":"Madeira"}}`, "PT"},
		{"f11e", `{"event_id":"f11e","type":"signup","user":{"email":"a@example.pt","country":"Azores"}}`, "PT"},
		{"f11f", `{"event_id":"f11f","type":"signup","user":{"email":"a@example.es","country":"Ceuta"}}`, "ES"},
		{"f11g", `{"event_id":"f11g","type":"signup","user":{"email":"a@example.ax","country":"Aland Islands"}}`, "AX"},
		{"f11h", `{"event_id":"f11h","type":"signup","user":{"email":"a@example.cd","country":"DRC"}}`, "CD"},
		{"f11i", `{"event_id":"f11i","type":"signup","user":{"email":"a@example.com","country":"Emirates"}}`, "AE"},
		{"f11j", `{"event_id":"f11j","type":"signup","user":{"email":"a@example.com","country":"Russian Fed."}}`, "RU"},
		{"f11k", `{"event_id":"f11k","type":"signup","user":{"email":"a@example.com","country":"Weißrussland"}}`, "BY"},
		{"f11l", `{"event_id":"f11l","type":"signup","user":{"email":"a@example.com","country":"Соединённые Штаты"}}`, "US"},
		{"F4 Macao SAR", `{"user":{"email":"a@example.com","country":"Macao SAR"}}`, "MO"},
		{"F4 澳門", `{"user":{"email":"a@example.com","country":"澳門"}}`, "MO"},
		{"F4 中国澳门", `{"user":{"email":"a@example.com","country":"中国澳门"}}`, "MO"},
		{"F4 CN-92", `{"user":{"email":"a@example.com","country":"CN-92"}}`, "MO"},
		{"F4 CN-71", `{"user":{"email":"a@example.com","country":"CN-71"}}`, "TW"},
		{"F4 region CN-MO", `{"user":{"email":"a@example.com","region":"CN-MO"}}`, "MO"},
		{"F4 China, Hong Kong SAR", `{"user":{"email":"a@example.com","country":"China, Hong Kong SAR"}}`, "HK"},
		{"F4 HK beside CN-31", `{"user":{"email":"a@example.com","country":"HK","region":"CN-31"}}`, "HK"},
		{"F4 unnamed line, Hong Kong, China", `{"user":{"email":"a@example.com","custom_str1":"Flat 5, 12 Nathan Road, Kowloon, Hong Kong, China"}}`, "HK"},
		{"F10 apatride", `{"user":{"email":"a@example.com","country":"FR","citizenship":"apatride"}}`, "FR"},
		{"F10 apátrida", `{"user":{"email":"a@example.com","country":"ES","citizenship":"apátrida"}}`, "ES"},
		{"F10 без гражданства", `{"user":{"email":"a@example.com","country":"DE","citizenship":"без гражданства"}}`, "DE"},
		{"F10 XXB", `{"user":{"email":"a@example.com","country":"DE","citizenship":"XXB"}}`, "DE"},
		{"F10 XXC", `{"user":{"email":"a@example.com","country":"DE","citizenship":"XXC"}}`, "DE"},
		{"F10 GBD", `{"user":{"email":"a@example.com","country":"GB","citizenship":"GBD"}}`, "GB"},
		{"F10 UNK", `{"user":{"email":"a@example.com","citizenship":"UNK"}}`, "XK"},
		{"F10 D alone", `{"user":{"email":"a@example.com","citizenship":"D"}}`, "DE"},
		{"F11 Melilla", `{"user":{"email":"a@example.com","country":"Melilla"}}`, "ES"},
		{"F11 Congo", `{"user":{"email":"a@example.com","country":"Congo"}}`, "CG"},
		{"F11 Vatican", `{"user":{"email":"a@example.com","country":"Vatican"}}`, "VA"},
		{"F11 Bonaire", `{"user":{"email":"a@example.com","country":"Bonaire"}}`, "BQ"},
		{"F11 Kalaallit Nunaat", `{"user":{"email":"a@example.com","country":"Kalaallit Nunaat"}}`, "GL"},
		{"F11 DPRK", `{"user":{"email":"a@example.com","country":"DPRK"}}`, "KP"},
		{"F11 Espana", `{"user":{"email":"a@example.com","country":"Espana"}}`, "ES"},
		{"F11 Rossija", `{"user":{"email":"a@example.com","country":"Rossija"}}`, "RU"},
		{"F11 Macau", `{"user":{"email":"a@example.com","country":"Macau"}}`, "MO"},
		{"neg China", `{"user":{"email":"a@example.com","country":"China"}}`, "CN"},
		{"neg CN-31", `{"user":{"email":"a@example.com","country":"CN-31"}}`, "CN"},
		{"neg region CN-31", `{"user":{"email":"a@example.com","region":"CN-31"}}`, "CN"},
		{"neg Shanghai line", `{"user":{"email":"a@example.com","address":"88 Century Ave, Pudong, Shanghai, China"}}`, "CN"},
		{"neg Kazakh citizenship", `{"user":{"email":"a@example.com","country":"KZ","citizenship":"Kazakh"}}`, "KZ"},
		{"neg Tbilisi, Georgia", `{"user":{"email":"a@example.com","location":"Tbilisi, Georgia"}}`, "GE"},
		{"neg US-NY is no California", `{"user":{"email":"a@example.com","country":"US-NY"}}`, "US"},
		{"neg New York line", `{"user":{"email":"a@example.com","address":"1 Main St, Brooklyn, NY 11215, USA"}}`, "US"},
		{"neg Texas location", `{"user":{"email":"a@example.com","location":"Austin, Texas"}}`, "US"},
		// "CA" is no California beside a Canadian postal code; the
		// code's notation itself names Canada (geo.PostcodeCountry).
		{"neg Canadian postcode beside CA", `{"user":{"email":"a@example.com","address":{"line1":"1 Main St","state":"CA","postal_code":"K1A 0B1"}}}`, "CA"},
		{"F10 EU alone names no country", `{"user":{"email":"a@example.com","citizenship":"EU"}}`, "Q:unrecognised_citizenship"},
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
			if strings.HasPrefix(tc.name, "f04") || strings.HasPrefix(tc.name, "F4") {
				for _, r := range recs {
					if r.Topic == "signups.cn" {
						t.Fatalf("a Hong Kong, Macao or Taiwan subject's record went to %s", r.Topic)
					}
				}
			}
		})
	}
}

// Red team 24 (F10): a "nationality" holding an ethnic group is
// sensitive.ethnicity, and no citizenship; a status stays a personal
// citizenship field.
func TestRedTeam24bNationalityFields(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, path, cat string }{
		{"Uyghur", `{"type":"signup","user":{"email":"li@example.cn","country":"CN","nationality":"Uyghur"}}`, "/user/nationality", "sensitive.ethnicity"},
		{"Tatar", `{"type":"signup","user":{"email":"a@example.ru","country":"RU","nationality":"Tatar"}}`, "/user/nationality", "sensitive.ethnicity"},
		{"the country beside it stays", `{"type":"signup","user":{"email":"li@example.cn","country":"CN","nationality":"Uyghur"}}`, "/user/country", "geo.country"},
		{"Kazakh is a citizenship", `{"type":"signup","user":{"email":"a@example.kz","country":"KZ","nationality":"Kazakh"}}`, "/user/nationality", "identity.citizenship"},
		{"stateless stays citizenship", `{"type":"signup","user":{"email":"a@example.de","country":"DE","citizenship":"stateless"}}`, "/user/citizenship", "identity.citizenship"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Reason != "" {
				t.Fatalf("not routed: %s %s", d.Reason, d.Detail)
			}
			f := field(d, tc.path)
			if f == nil || f.Category != tc.cat || tc.cat != "geo.country" && !f.Personal {
				t.Fatalf("%s: got %+v, want %s (personal)", tc.path, f, tc.cat)
			}
		})
	}
}
