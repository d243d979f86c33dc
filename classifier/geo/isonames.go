package geo

import "strings"

// isoNames are English country names in common use that CLDR's display
// names (what x/text knows) do not give: the ISO 3166-1 short names, with
// their inverted "X, Republic of" forms and parenthesised qualifiers, and
// names that CLDR has since replaced ("Czech Republic", "Swaziland"). CRM
// and marketing platforms (Marketo, Zoho, Amplitude, Freshdesk) write
// these from their own pick-lists, so a residence stated that way is read.
var isoNames = map[string]string{
	"Czech Republic": "CZ", "Russian Federation": "RU", "Korea, Republic of": "KR", "Republic of Korea": "KR",
	"Korea (the Republic of)": "KR", "Korea, Democratic People's Republic of": "KP", "United States of America": "US",
	"United States of America (the)": "US", "United Kingdom of Great Britain and Northern Ireland": "GB",
	"United Kingdom of Great Britain and Northern Ireland (the)": "GB", "Great Britain": "GB", "England": "GB",
	"Iran, Islamic Republic of": "IR", "Iran (Islamic Republic of)": "IR", "Ivory Coast": "CI", "Burma": "MM",
	"Tanzania, United Republic of": "TZ", "United Republic of Tanzania": "TZ", "Moldova, Republic of": "MD",
	"Republic of Moldova": "MD", "Moldova (the Republic of)": "MD", "Bolivia (Plurinational State of)": "BO",
	"Plurinational State of Bolivia": "BO", "Venezuela (Bolivarian Republic of)": "VE", "Venezuela, Bolivarian Republic of": "VE",
	"Taiwan, Province of China": "TW", "Taiwan (Province of China)": "TW", "Republic of China": "TW",
	"People's Republic of China": "CN", "East Timor": "TL", "Viet Nam": "VN", "Lao People's Democratic Republic": "LA",
	"Syrian Arab Republic": "SY", "Macedonia": "MK", "Macedonia, the former Yugoslav Republic of": "MK",
	"Republic of North Macedonia": "MK", "Swaziland": "SZ", "Kingdom of Eswatini": "SZ", "Congo, The Democratic Republic of the": "CD",
	"Congo (the Democratic Republic of the)": "CD", "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG",
	"Congo (the)": "CG", "Micronesia, Federated States of": "FM", "Micronesia (Federated States of)": "FM",
	"Palestine, State of": "PS", "State of Palestine": "PS", "Netherlands (the)": "NL", "Netherlands (Kingdom of the)": "NL",
	"Holland": "NL", "Philippines (the)": "PH", "Dominican Republic (the)": "DO", "United Arab Emirates (the)": "AE",
	"Sudan (the)": "SD", "Niger (the)": "NE", "Gambia (the)": "GM", "Bahamas (the)": "BS", "Cape Verde": "CV",
	"Brunei Darussalam": "BN", "Holy See": "VA", "Vatican City State": "VA", "Turkey": "TR", "Republic of Türkiye": "TR",
	"Slovak Republic": "SK", "Kyrgyz Republic": "KG", "Republic of Ireland": "IE", "Kingdom of Saudi Arabia": "SA",
	"UAE": "AE", "KSA": "SA", "U.S.": "US", "U.S.A.": "US", "U.K.": "GB", "Federal Republic of Germany": "DE",
	"Republic of South Africa": "ZA", "Republic of Kazakhstan": "KZ", "Republic of Belarus": "BY",
	// Current ISO short names that the CLDR data x/text carries predates
	// (North Macedonia, Eswatini) or spells otherwise (Palestine, Åland
	// without its ring), and the common short forms of official names.
	"North Macedonia": "MK", "Eswatini": "SZ", "Palestine": "PS", "Aland Islands": "AX", "Aland": "AX",
	"DRC": "CD", "DR Congo": "CD", "D.R. Congo": "CD", "Congo-Kinshasa": "CD", "Congo-Brazzaville": "CG",
	// "Congo" alone is the Republic of the Congo (Brazzaville): ISO 3166-1's
	// short name for CG is "Congo", and the DRC's is always qualified.
	"Congo": "CG", "Emirates": "AE", "The Emirates": "AE", "Russian Fed.": "RU", "Russian Fed": "RU",
	"Vatican": "VA", "Vatican City": "VA", "DPRK": "KP", "D.P.R.K.": "KP", "North Korea": "KP", "Kalaallit Nunaat": "GL",
	"Bonaire": "BQ", "Bonaire, Sint Eustatius and Saba": "BQ", "Sint Eustatius": "BQ", "Saba": "BQ",
	// Exonyms and transliterations CLDR's display names lack.
	"Weißrussland": "BY", "Weissrussland": "BY", "Соединённые Штаты": "US", "Соединенные Штаты": "US",
	"Соединённые Штаты Америки": "US", "Соединенные Штаты Америки": "US", "Espana": "ES", "Rossija": "RU",
	"Rossiya": "RU", "Rossiia": "RU", "Rossia": "RU",
	// Parts of a country without an ISO 3166-1 code of their own (docs/
	// rules.md, "Territories"): the Azores and Madeira are Portugal,
	// Ceuta and Melilla Spain (EA, read as ES).
	"Madeira": "PT", "Azores": "PT", "Açores": "PT", "Acores": "PT", "Região Autónoma da Madeira": "PT",
	"Região Autónoma dos Açores": "PT", "Ceuta": "ES", "Melilla": "ES", "Ceuta and Melilla": "ES", "Ceuta y Melilla": "ES",
	// Hong Kong, Macao and Taiwan as written by producers that file
	// them under China: each is its own regime, never mainland China's
	// (cn.yaml). "Hong Kong, China" and "Taiwan (China)" are read by
	// countryInText; these are the forms written as one word.
	"中国香港": "HK", "中國香港": "HK", "中国香港特别行政区": "HK", "香港特别行政区": "HK", "香港特別行政區": "HK",
	"HK SAR": "HK", "HKSAR": "HK", "Hongkong": "HK",
	"Macau": "MO", "Macao SAR": "MO", "Macau SAR": "MO", "Macao SAR China": "MO", "Macau SAR China": "MO",
	"澳門": "MO", "澳门": "MO", "中国澳门": "MO", "中國澳門": "MO", "澳门特别行政区": "MO", "澳門特別行政區": "MO",
	"中国澳门特别行政区": "MO", "中国台湾": "TW", "中國台灣": "TW", "中国臺灣": "TW", "中國臺灣": "TW", "台湾省": "TW",
	"臺灣省": "TW", "台灣省": "TW", "中国台湾省": "TW", "Taiwan Province": "TW", "Taiwan Province of China": "TW",
}

// chinaParts are ISO 3166-2:CN's codes for Hong Kong, Macao and Taiwan
// (and the numeric codes GB/T 2260 gives them, which ISO used until 2017):
// they read as the regions' own ISO 3166-1 codes, never as CN.
var chinaParts = map[string]string{"CN-HK": "HK", "CN-91": "HK", "CN-MO": "MO", "CN-92": "MO", "CN-TW": "TW", "CN-71": "TW"}

// ChinaPart is HK, MO or TW when v is one of ISO 3166-2:CN's codes for
// them ("CN-HK", "CN-91"), in any case.
func ChinaPart(v string) (string, bool) {
	if len(v) != 5 || v[2] != '-' {
		return "", false
	}
	cc, ok := chinaParts[strings.ToUpper(v)]
	return cc, ok
}

// separateFromChina reports whether code is a region that producers file
// under China but that has a regime of its own: Hong Kong, Macao, Taiwan.
func separateFromChina(code string) bool {
	return code == "HK" || code == "MO" || code == "TW"
}
