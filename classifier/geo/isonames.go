package geo

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
}
