package geo

import "strings"

// NorthAmericanLine is the country of an address line's last part written
// as the United States and Canada write a state or a province with its
// postal code ("FL 33701", "WV 25427-1234", "ON K1A 0B1"): "US" or "CA".
// Towns there share the names of the world's cities (St. Petersburg FL,
// Moscow ID, Cairo IL, Athens GA), and their state codes spell other
// countries' codes (IL, GA, IN, DE): read without this, "100 Central
// Ave, St. Petersburg, FL 33701" would be a Russian address and "Cairo,
// IL 62914" an Israeli one.
func NorthAmericanLine(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if len(p) == 7 && p[3] == ' ' && canadianPostcode(p) {
		return "CA", true // "N6A 3K7": a British inward code is a digit and two letters
	}
	if len(p) >= 10 && len(p) <= 32 && p[2] != ' ' {
		// "Georgia 30303", "California 95014": a state's name before a
		// ZIP of its region, as its code would be. Georgia, a country
		// too, is a US state here: the country writes no ZIP codes.
		if j := strings.LastIndexByte(p, ' '); j > 0 && zipCode(p[j+1:]) {
			if _, ok := usStateNamed(p); ok {
				return "US", true
			}
		}
	}
	if len(p) < 8 || len(p) > 16 || p[2] != ' ' {
		return "", false
	}
	return NorthAmericanPair(p[:2], p[3:])
}

// USCityState reports whether city is a large US city (cities.go) or a
// city of the US state of Georgia, and code a US state's or territory's
// two-letter code ("Atlanta", "GA"; "Los Angeles", "CA"): a US place,
// though GA is Gabon's code and CA Canada's.
func USCityState(city, code string) bool {
	code = strings.TrimSpace(code)
	if len(code) != 2 || zipFirst[code] == "" {
		return false
	}
	var buf [80]byte
	f := string(appendFold(buf[:0], strings.TrimSpace(city)))
	return cityCountry[f] == "US" || usGeorgiaCities[f]
}

// USGeorgia reports whether "city, Georgia" names the US state: a city
// the state has ("Atlanta", "Savannah") that the country Georgia has not.
func USGeorgia(city string) bool {
	var buf [80]byte
	if len(city) > 60 {
		return false
	}
	f := string(appendFold(buf[:0], strings.TrimSpace(city)))
	return usGeorgiaCities[f] || cityCountry[f] == "US"
}

// USState reports whether v is a US state's name ("California"; not
// Georgia, a country too) or its postal code ("CA").
func USState(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) == 2 {
		return zipFirst[v] != ""
	}
	if len(v) < 4 || len(v) > 20 {
		return false
	}
	var buf [40]byte
	_, ok := usStateNames[string(appendFold(buf[:0], v))]
	return ok
}

// usGeorgiaCities are the US state of Georgia's larger cities, folded;
// none is a place in the country Georgia.
var usGeorgiaCities = map[string]bool{
	"atlanta": true, "savannah": true, "augusta": true, "columbus": true, "macon": true, "athens": true,
	"albany": true, "marietta": true, "roswell": true, "sandysprings": true, "alpharetta": true,
	"valdosta": true, "warnerrobins": true, "johnscreek": true, "smyrna": true, "decatur": true,
	"dunwoody": true, "peachtreecity": true, "lawrenceville": true, "gainesville": true, "kennesaw": true,
}

// NorthAmericanPair is "US" or "CA" when code is a US state's and post a
// ZIP whose first digit is that state's region, or code a Canadian
// province's and post a postcode whose first letter is the province's;
// NorthAmericanLine reads the two written on one line. The region check
// keeps "Milano, MI 20121" Italian and "München, DE 80331" German.
func NorthAmericanPair(code, post string) (string, bool) {
	post = strings.TrimSpace(post)
	if len(code) != 2 || post == "" {
		return "", false
	}
	if first := zipFirst[code]; first != "" && zipCode(post) && strings.IndexByte(first, post[0]) >= 0 {
		return "US", true
	}
	if first := postFirst[code]; first != "" && canadianPostcode(post) && strings.IndexByte(first, post[0]) >= 0 {
		return "CA", true
	}
	return "", false
}

// zipFirst is the first digit of each state's ZIP codes.
var zipFirst = map[string]string{
	"CT": "0", "MA": "0", "ME": "0", "NH": "0", "NJ": "0", "PR": "0", "RI": "0", "VT": "0", "VI": "0",
	"DE": "1", "NY": "1", "PA": "1",
	"DC": "2", "MD": "2", "NC": "2", "SC": "2", "VA": "2", "WV": "2",
	"AL": "3", "FL": "3", "GA": "3", "MS": "3", "TN": "3",
	"IN": "4", "KY": "4", "MI": "4", "OH": "4",
	"IA": "5", "MN": "5", "MT": "5", "ND": "5", "SD": "5", "WI": "5",
	"IL": "6", "KS": "6", "MO": "6", "NE": "6",
	"AR": "7", "LA": "7", "OK": "7", "TX": "7",
	"AZ": "8", "CO": "8", "ID": "8", "NM": "8", "NV": "8", "UT": "8", "WY": "8",
	"AK": "9", "CA": "9", "HI": "9", "OR": "9", "WA": "9", "GU": "9", "AS": "9", "MP": "9",
}

// postFirst is the first letter of each province's postal codes.
var postFirst = map[string]string{
	"NL": "A", "NS": "B", "PE": "C", "NB": "E", "QC": "GHJ", "ON": "KLMNP", "MB": "R", "SK": "S", "AB": "T",
	"BC": "V", "NT": "X", "NU": "X", "YT": "Y",
}

// NorthAmericanState reports whether v, beside a city of country cc, is
// the upper-case code of a US state or territory or of a Canadian
// province ({"city": "St. Petersburg", "state": "FL"}), so that the city
// may be a North American town of the same name. Where the city's own
// country writes two-letter codes of its divisions too (Italy's MI, PA;
// Brazil's PA, SC; India's TN, MP; Australia's WA; Nigeria's LA), the code is theirs.
func NorthAmericanState(v, cc string) bool {
	v = strings.TrimSpace(v)
	return len(v) == 2 && (zipFirst[v] != "" || postFirst[v] != "") && !twoLetterDivisions[cc]
}

var twoLetterDivisions = map[string]bool{"US": true, "CA": true, "IT": true, "BR": true, "IN": true, "AU": true, "MX": true, "NG": true}

func zipCode(v string) bool {
	if len(v) != 5 && len(v) != 10 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if i == 5 && v[i] == '-' {
			continue
		}
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// canadianPostcode: letter digit letter, a space or none, digit letter
// digit ("K1A 0B1").
func canadianPostcode(v string) bool {
	v = strings.ReplaceAll(v, " ", "")
	if len(v) != 6 {
		return false
	}
	for i := 0; i < 6; i++ {
		c := v[i]
		letter := c >= 'A' && c <= 'Z'
		digit := c >= '0' && c <= '9'
		if i%2 == 0 && !letter || i%2 == 1 && !digit {
			return false
		}
	}
	return true
}

// usStateNames are the US states (and DC) by name, folded, to their
// lower-case postal codes. Georgia is left out: it names a country too.
var usStateNames = map[string]string{
	"alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca", "colorado": "co",
	"connecticut": "ct", "delaware": "de", "districtofcolumbia": "dc", "florida": "fl", "hawaii": "hi",
	"idaho": "id", "illinois": "il", "indiana": "in", "iowa": "ia", "kansas": "ks", "kentucky": "ky",
	"louisiana": "la", "maine": "me", "maryland": "md", "massachusetts": "ma", "michigan": "mi",
	"minnesota": "mn", "mississippi": "ms", "missouri": "mo", "montana": "mt", "nebraska": "ne", "nevada": "nv",
	"newhampshire": "nh", "newjersey": "nj", "newmexico": "nm", "newyork": "ny", "northcarolina": "nc",
	"northdakota": "nd", "ohio": "oh", "oklahoma": "ok", "oregon": "or", "pennsylvania": "pa",
	"rhodeisland": "ri", "southcarolina": "sc", "southdakota": "sd", "tennessee": "tn", "texas": "tx",
	"utah": "ut", "vermont": "vt", "virginia": "va", "washington": "wa", "westvirginia": "wv",
	"wisconsin": "wi", "wyoming": "wy",
}

// usStateNamed is the lower-case code of the US state p names in words,
// alone or before its ZIP code ("California", "California 95014").
func usStateNamed(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if j := strings.LastIndexByte(p, ' '); j > 0 && zipCode(p[j+1:]) {
		f := Fold(p[:j])
		st, ok := usStateNames[f]
		if f == "georgia" {
			// "Georgia 30303": the country writes no ZIP code.
			st, ok = "ga", true
		}
		if ok && strings.IndexByte(zipFirst[strings.ToUpper(st)], p[j+1]) < 0 {
			return "", false // the ZIP is another state's
		}
		return st, ok
	}
	if len(p) < 4 || len(p) > 20 {
		return "", false
	}
	st, ok := usStateNames[Fold(p)]
	return st, ok
}

// USStateInLine is the lower-case code of the US state a one-line
// address or place names ("1 Infinite Loop, Cupertino, CA 95014, USA",
// "…, California 95014, United States", "San Francisco, California"): a
// state's code before a ZIP of its region, or its name, among the last
// three comma-separated parts. A country other than the US named after it
// is not checked here: the caller reads this only for a US value.
func USStateInLine(v string) (string, bool) {
	if len(v) > 300 || strings.IndexByte(v, ',') < 0 {
		return "", false
	}
	parts := strings.Split(v, ",")
	for k := len(parts) - 1; k >= 1 && k >= len(parts)-3; k-- {
		p := strings.TrimSpace(parts[k])
		if len(p) >= 8 && p[2] == ' ' {
			if cc, ok := NorthAmericanPair(p[:2], p[3:]); ok && cc == "US" {
				return strings.ToLower(p[:2]), true
			}
		}
		if st, ok := usStateNamed(p); ok {
			return st, true
		}
		if len(p) == 2 && k == len(parts)-1 && USCityState(parts[k-1], p) {
			return strings.ToLower(p), true // "Los Angeles, CA"
		}
	}
	return "", false
}
