package geo

import "strings"

// CurrencyCountry is the one country whose own currency code v is (ISO
// 4217 alphabetic: "COP" is Colombia's peso). Currencies several
// countries share (USD, EUR, the CFA and East Caribbean francs) name no
// country. A price's currency says where the shop sells, not where the
// buyer lives: callers use it only as a hint to read a national-format
// phone, never as evidence.
func CurrencyCountry(v string) (string, bool) {
	if len(v) != 3 {
		return "", false
	}
	cc, ok := currencyCountry[strings.ToUpper(v)]
	return cc, ok
}

var currencyCountry = map[string]string{
	"AED": "AE", "AFN": "AF", "ALL": "AL", "AMD": "AM", "AOA": "AO", "ARS": "AR", "AZN": "AZ", "BAM": "BA", "BDT": "BD", "BGN": "BG",
	"BHD": "BH", "BIF": "BI", "BND": "BN", "BOB": "BO", "BRL": "BR", "BWP": "BW", "BYN": "BY", "BZD": "BZ", "CAD": "CA", "CDF": "CD",
	"CLP": "CL", "CNY": "CN", "COP": "CO", "CRC": "CR", "CZK": "CZ", "DJF": "DJ", "DKK": "DK", "DOP": "DO", "DZD": "DZ", "EGP": "EG",
	"ETB": "ET", "FJD": "FJ", "GBP": "GB", "GEL": "GE", "GHS": "GH", "GMD": "GM", "GNF": "GN", "GTQ": "GT", "GYD": "GY", "HKD": "HK",
	"HNL": "HN", "HTG": "HT", "HUF": "HU", "IDR": "ID", "ILS": "IL", "INR": "IN", "IQD": "IQ", "IRR": "IR", "ISK": "IS", "JMD": "JM",
	"JOD": "JO", "JPY": "JP", "KES": "KE", "KGS": "KG", "KHR": "KH", "KMF": "KM", "KRW": "KR", "KWD": "KW", "KZT": "KZ", "LAK": "LA",
	"LBP": "LB", "LKR": "LK", "LRD": "LR", "LYD": "LY", "MAD": "MA", "MDL": "MD", "MGA": "MG", "MKD": "MK", "MMK": "MM", "MNT": "MN",
	"MOP": "MO", "MRU": "MR", "MUR": "MU", "MVR": "MV", "MWK": "MW", "MXN": "MX", "MYR": "MY", "MZN": "MZ", "NGN": "NG", "NIO": "NI",
	"NOK": "NO", "NPR": "NP", "NZD": "NZ", "OMR": "OM", "PAB": "PA", "PEN": "PE", "PGK": "PG", "PHP": "PH", "PKR": "PK", "PLN": "PL",
	"PYG": "PY", "QAR": "QA", "RON": "RO", "RSD": "RS", "RUB": "RU", "RWF": "RW", "SAR": "SA", "SCR": "SC", "SDG": "SD", "SEK": "SE",
	"SGD": "SG", "SLE": "SL", "SOS": "SO", "SRD": "SR", "SYP": "SY", "THB": "TH", "TJS": "TJ", "TMT": "TM", "TND": "TN", "TRY": "TR",
	"TTD": "TT", "TWD": "TW", "TZS": "TZ", "UAH": "UA", "UGX": "UG", "UYU": "UY", "UZS": "UZ", "VES": "VE", "VND": "VN", "YER": "YE",
	"ZAR": "ZA", "ZMW": "ZM",
}

// CurrencySymbolCountry is the one country whose currency a symbol or a
// local abbreviation written in a currency field names ("Rp": the
// Indonesian rupiah, "₫", "₩", "฿"). Symbols several currencies write
// ("$", "Rs", "kr", "R") name none.
func CurrencySymbolCountry(v string) (string, bool) {
	cc := currencySymbols[strings.TrimSuffix(strings.TrimSpace(v), ".")]
	return cc, cc != ""
}

var currencySymbols = map[string]string{
	"Rp": "ID", "₫": "VN", "đ": "VN", "₩": "KR", "฿": "TH", "₱": "PH", "₴": "UA", "₸": "KZ", "₽": "RU",
	"руб": "RU", "₺": "TR", "₦": "NG", "₹": "IN", "R$": "BR", "zł": "PL", "Kč": "CZ", "৳": "BD",
	"₾": "GE", "₼": "AZ", "₮": "MN", "S/": "PE", "Ft": "HU", "lei": "RO", "лв": "BG", "₪": "IL",
	"RM": "MY", "KSh": "KE", "GH₵": "GH", "₵": "GH", "CHF": "CH", "円": "JP",
}
