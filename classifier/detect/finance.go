package detect

import "strings"

// lens is a bit set of allowed PAN lengths.
type lens uint32

const (
	len15     lens = 1 << 15
	len16     lens = 1 << 16
	len12to19 lens = 0xff << 12
	len14to19 lens = 0x3f << 14
	len16to19 lens = 0x0f << 16
	lenVisa   lens = 1<<13 | 1<<16 | 1<<19 // legacy 13, standard 16, and 19
)

// cardRange is an issuer identification range: PANs whose first digits
// (prefix digits long) lie in [lo, hi] and whose length is in n.
type cardRange struct {
	digits int
	lo, hi int
	n      lens
}

// cardRanges lists the IIN ranges of networks in circulation. An unknown
// range is rejected even when Luhn passes: roughly one random digit string in
// ten passes Luhn, and the issuer table is what removes most of the rest.
var cardRanges = [...]cardRange{
	{1, 4, 4, lenVisa},         // Visa
	{2, 51, 55, len16},         // Mastercard
	{4, 2221, 2720, len16},     // Mastercard 2-series
	{2, 34, 34, len15},         // American Express
	{2, 37, 37, len15},         // American Express
	{4, 6011, 6011, len16to19}, // Discover
	{3, 644, 649, len16to19},   // Discover
	{2, 65, 65, len16to19},     // Discover, RuPay
	{4, 3528, 3589, len16to19}, // JCB
	{2, 62, 62, len16to19},     // UnionPay
	{2, 50, 50, len12to19},     // Maestro
	{2, 56, 69, len12to19},     // Maestro (covers 60, 62, 65 at 12-19)
	{4, 2200, 2204, len16to19}, // Mir
	{2, 36, 36, len14to19},     // Diners Club International
	{2, 38, 39, len14to19},     // Diners Club
	{3, 300, 305, len14to19},   // Diners Club Carte Blanche
	{2, 60, 60, len16},         // RuPay
	{2, 81, 82, len16},         // RuPay
	{3, 508, 508, len16},       // RuPay
	{4, 9792, 9792, len16},     // Troy
}

// PaymentCard reports whether s is a payment card number (PAN): 12–19
// digits, optionally grouped with spaces, dashes, dots or slashes, in an issuer
// range that exists, with a valid Luhn check digit.
func PaymentCard(s string) bool {
	if strings.ContainsAny(s, "Xx*•#") {
		return maskedPAN(s)
	}
	var b [19]byte
	n, ok := compact(b[:], trim(s), sepSpace|sepDash|sepDot|sepSlash) // 4111.1111.1111.1111, 5555/5555/5555/4444 too
	if !ok || n < 12 || !allDigits(b[:n]) || allSame(b[:n]) {
		return false
	}
	p := b[:n]
	lead := num(p[:4])
	inRange := false
	for _, r := range cardRanges {
		v := lead
		for d := 4; d > r.digits; d-- {
			v /= 10
		}
		if v >= r.lo && v <= r.hi && r.n&(1<<n) != 0 {
			inRange = true
			break
		}
	}
	return inRange && luhnValid(p)
}

// maskedPAN reports whether s is a card number with its middle masked, as
// gateways show it ("411111XXXXXX1111", "4111 **** **** 1111",
// "5555-55••-••••-4444"): four to eight digits in an issuer range, a run of
// X, *, • or # and four digits, 12 to 19 positions in all. No Luhn check
// is possible; the issuer range and the shape are what it has. The card
// it masks is a person's card all the same (RBI's payment data, a
// gateway's "masked_card").
func maskedPAN(s string) bool {
	s = trim(s)
	if len(s) < 12 || len(s) > 40 {
		return false
	}
	var lead, tail, masked, n int
	leadDone := false
	var first [4]byte
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if masked == 0 {
				if lead < 4 {
					first[lead] = byte(r)
				}
				lead++
			} else {
				leadDone = true
				tail++
			}
			n++
		case r == 'X' || r == 'x' || r == '*' || r == '•' || r == '#':
			if lead == 0 || leadDone {
				return false // a mask before the issuer's digits, or two masked runs
			}
			masked++
			n++
		case r == ' ' || r == '-' || r == '.':
		default:
			return false
		}
	}
	if lead < 6 || lead > 8 || tail != 4 || masked < 2 || n < 12 || n > 19 {
		// (Six digits at least: a whole issuer number, the BIN, as
		// gateways show it; "6011xxxx2024" is a model's code as often.)
		return false
	}
	v := num(first[:])
	for _, r := range cardRanges {
		w := v
		for d := 4; d > r.digits; d-- {
			w /= 10
		}
		if w >= r.lo && w <= r.hi && r.n&(1<<n) != 0 {
			return true
		}
	}
	return false
}

// ibanCountries is the SWIFT IBAN Registry (89 countries, as carried in
// python-stdnum's iban.dat): country code to BBAN layout in the registry's
// notation, e.g. "8!n10!n" (n digits, a upper-case letters, c
// alphanumerics). The IBAN length is 4 plus the BBAN length. Checking the
// layout, not just the length, rejects most mistyped or invented numbers
// before the mod-97 check.
var ibanCountries = map[string]string{
	"AD": "4!n4!n12!c", "AE": "3!n16!n", "AL": "8!n16!c", "AT": "5!n11!n",
	"AZ": "4!a20!c", "BA": "3!n3!n8!n2!n", "BE": "3!n7!n2!n", "BG": "4!a4!n2!n8!c",
	"BH": "4!a14!c", "BI": "5!n5!n11!n2!n", "BR": "8!n5!n10!n1!a1!c", "BY": "4!c4!n16!c",
	"CH": "5!n12!c", "CR": "4!n14!n", "CY": "3!n5!n16!c", "CZ": "4!n6!n10!n",
	"DE": "8!n10!n", "DJ": "5!n5!n11!n2!n", "DK": "4!n9!n1!n", "DO": "4!c20!n",
	"EE": "2!n14!n", "EG": "4!n4!n17!n", "ES": "4!n4!n1!n1!n10!n", "FI": "3!n11!n",
	"FK": "2!a12!n", "FO": "4!n9!n1!n", "FR": "5!n5!n11!c2!n", "GB": "4!a6!n8!n",
	"GE": "2!a16!n", "GI": "4!a15!c", "GL": "4!n9!n1!n", "GR": "3!n4!n16!c",
	"GT": "4!c20!c", "HN": "4!a20!n", "HR": "7!n10!n", "HU": "3!n4!n1!n15!n1!n",
	"IE": "4!a6!n8!n", "IL": "3!n3!n13!n", "IQ": "4!a3!n12!n", "IS": "4!n2!n6!n10!n",
	"IT": "1!a5!n5!n12!c", "JO": "4!a4!n18!c", "KW": "4!a22!c", "KZ": "3!n13!c",
	"LB": "4!n20!c", "LC": "4!a24!c", "LI": "5!n12!c", "LT": "5!n11!n",
	"LU": "3!n13!c", "LV": "4!a13!c", "LY": "3!n3!n15!n", "MC": "5!n5!n11!c2!n",
	"MD": "2!c18!c", "ME": "3!n13!n2!n", "MK": "3!n10!c2!n", "MN": "4!n12!n",
	"MR": "5!n5!n11!n2!n", "MT": "4!a5!n18!c", "MU": "4!a2!n2!n12!n3!n3!a", "NI": "4!a20!n",
	"NL": "4!a10!n", "NO": "4!n6!n1!n", "OM": "3!n16!c", "PK": "4!a16!c",
	"PL": "8!n16!n", "PS": "4!a21!c", "PT": "4!n4!n11!n2!n", "QA": "4!a21!c",
	"RO": "4!a16!c", "RS": "3!n13!n2!n", "RU": "9!n5!n15!c", "SA": "2!n18!c",
	"SC": "4!a2!n2!n16!n3!a", "SD": "2!n12!n", "SE": "3!n16!n1!n", "SI": "5!n8!n2!n",
	"SK": "4!n6!n10!n", "SM": "1!a5!n5!n12!c", "SO": "4!n3!n12!n", "ST": "8!n11!n2!n",
	"SV": "4!a20!n", "TL": "3!n14!n2!n", "TN": "2!n3!n13!n2!n", "TR": "5!n1!n16!c",
	"UA": "6!n19!c", "VA": "3!n15!n", "VG": "4!a16!n", "XK": "4!n10!n2!n",
	"YE": "4!a4!n18!c",
}

// IBAN reports whether s is an International Bank Account Number (ISO
// 13616): a registry country, two check digits, a BBAN of the country's
// length and layout, and mod 97 == 1. Upper or lower case, compact or with
// single spaces: the print form groups by four ("DE89 3704 0044 0532 0130
// 00"), but people also split after the bank code, so any single space
// between characters is accepted.
func IBAN(s string) bool {
	var b [34]byte
	n, ok := compact(b[:], trim(s), sepSpace)
	if !ok || n < 15 || !isUpper(b[0]) || !isUpper(b[1]) || !isDigit(b[2]) || !isDigit(b[3]) {
		return false
	}
	layout, known := ibanCountries[string(b[:2])]
	if !known || !bbanMatches(b[4:n], layout) {
		return false
	}
	// Check digits 00, 01 and 99 cannot result from the ISO 7064 computation.
	if cd := num(b[2:4]); cd < 2 || cd > 98 {
		return false
	}
	return mod97(mod97(0, b[4:n]), b[:4]) == 1
}

// bbanMatches walks a registry layout such as "4!a6!n8!n" over b.
func bbanMatches(b []byte, layout string) bool {
	pos := 0
	for i := 0; i < len(layout); {
		k := 0
		for i < len(layout) && isDigit(layout[i]) {
			k = k*10 + int(layout[i]-'0')
			i++
		}
		if i < len(layout) && layout[i] == '!' {
			i++
		}
		if i >= len(layout) || pos+k > len(b) {
			return false
		}
		class := layout[i]
		i++
		for _, c := range b[pos : pos+k] {
			switch class {
			case 'n':
				if !isDigit(c) {
					return false
				}
			case 'a':
				if !isUpper(c) {
					return false
				}
			}
			// 'c' is any alphanumeric, which compact already guarantees.
		}
		pos += k
	}
	return pos == len(b)
}
