package detect

// EUVAT validates an EU VAT identification number with its country prefix
// ("DE136695976", "FR 40 303 265 045", "ATU13585627"; Greece uses EL, and
// XI is Northern Ireland under the Windsor Framework). Check digits are
// verified for AT, BE, DE, DK, EL, ES, FI, FR, HR, IT, LU, NL, PL, PT, SE and
// SI. The remaining member states (BG, CY, CZ, EE, HU, IE, LT, LV, MT, RO, SK)
// and XI are checked for format only: several use a different algorithm per
// kind of taxpayer (BG, CZ, IE, LT, LV), and a check implemented without
// test vectors would risk rejecting real numbers. The country prefix plus
// the exact format already makes an accidental match unlikely.
func EUVAT(s string) bool {
	var buf [16]byte
	n, ok := compact(buf[:], trim(s), sepSpace|sepDash|sepDot)
	if !ok || n < 4 {
		return false
	}
	b := buf[2:n]
	switch string(buf[:2]) {
	case "AT":
		return len(b) == 9 && b[0] == 'U' && allDigits(b[1:]) &&
			(6-luhnSum(b[1:8])%10+10)%10 == int(b[8]-'0')
	case "BE":
		return vatBE(b)
	case "DE":
		return len(b) == 9 && allDigits(b) && b[0] != '0' && mod1110Valid(b)
	case "DK":
		return len(b) == 8 && allDigits(b) && b[0] != '0' &&
			weighted(b, []int{2, 7, 6, 5, 4, 3, 2, 1})%11 == 0
	case "EL":
		return vatEL(b)
	case "ES":
		return vatES(b)
	case "FI":
		return len(b) == 8 && allDigits(b) &&
			weighted(b, []int{7, 9, 10, 5, 8, 4, 2, 1})%11 == 0
	case "FR":
		return vatFR(b)
	case "HR":
		return len(b) == 11 && allDigits(b) && mod1110Valid(b)
	case "IT":
		return vatIT(b)
	case "LU":
		return len(b) == 8 && allDigits(b) && num(b[:6])%89 == num(b[6:])
	case "NL":
		return vatNL(b)
	case "PL":
		return len(b) == 10 && allDigits(b) &&
			weighted(b, []int{6, 5, 7, 2, 3, 4, 5, 6, 7})%11 == int(b[9]-'0')
	case "PT":
		return len(b) == 9 && allDigits(b) && b[0] != '0' &&
			(11-weighted(b, []int{9, 8, 7, 6, 5, 4, 3, 2})%11)%11%10 == int(b[8]-'0')
	case "SE":
		return len(b) == 12 && allDigits(b) && b[10] == '0' && b[11] == '1' && luhnValid(b[:10])
	case "SI":
		if len(b) != 8 || !allDigits(b) || b[0] == '0' {
			return false
		}
		c := 11 - weighted(b, []int{8, 7, 6, 5, 4, 3, 2})%11
		if c == 10 {
			c = 0
		}
		return c == int(b[7]-'0') // c == 11 never matches: not issued
	case "BG":
		return (len(b) == 9 || len(b) == 10) && allDigits(b)
	case "CY":
		return len(b) == 9 && allDigits(b[:8]) && isUpper(b[8])
	case "CZ":
		return len(b) >= 8 && len(b) <= 10 && allDigits(b)
	case "EE":
		return len(b) == 9 && allDigits(b)
	case "HU", "MT":
		return len(b) == 8 && allDigits(b)
	case "IE":
		return vatIE(b)
	case "LT":
		return (len(b) == 9 || len(b) == 12) && allDigits(b)
	case "LV":
		return len(b) == 11 && allDigits(b)
	case "RO":
		return len(b) >= 2 && len(b) <= 10 && allDigits(b) && b[0] != '0'
	case "SK":
		return len(b) == 10 && allDigits(b)
	case "XI":
		return (len(b) == 9 || len(b) == 12) && allDigits(b) ||
			len(b) == 5 && (b[0] == 'G' && b[1] == 'D' || b[0] == 'H' && b[1] == 'A') && allDigits(b[2:])
	}
	return false
}

// vatBE: the enterprise number, 10 digits starting with 0 or 1 (the old
// 9-digit form gets its leading 0 back), with (first 8 + last 2) mod 97 == 0.
func vatBE(b []byte) bool {
	var d [10]byte
	switch len(b) {
	case 9:
		d[0] = '0'
		copy(d[1:], b)
	case 10:
		copy(d[:], b)
	default:
		return false
	}
	if !allDigits(d[:]) || d[0] > '1' || num(d[:8]) == 0 {
		return false
	}
	return (num(d[:8])+num(d[8:]))%97 == 0
}

// vatEL: 9 digits (8 in the old form), check = sum(d·2^(8-i)) mod 11 mod 10.
func vatEL(b []byte) bool {
	if len(b) != 8 && len(b) != 9 || !allDigits(b) {
		return false
	}
	c := 0
	for _, d := range b[:len(b)-1] {
		c = c*2 + int(d-'0')
	}
	return c*2%11%10 == int(b[len(b)-1]-'0')
}

// vatES: the Spanish NIF is a DNI, an NIE, a K/L/M personal NIF (DNI letter
// over the seven digits) or a company CIF, whose control character is a
// Luhn-derived digit or the letter JABCDEFGHI at the same index; as in
// python-stdnum either is accepted because issuing practice varies.
func vatES(b []byte) bool {
	if len(b) != 9 || !allDigits(b[1:8]) {
		return false
	}
	switch c := b[0]; {
	case isDigit(c), c == 'X', c == 'Y', c == 'Z':
		return dniCheck(b)
	case c == 'K', c == 'L', c == 'M':
		return dniLetters[num(b[1:8])%23] == b[8]
	case isUpper(c):
		switch c {
		case 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'N', 'P', 'Q', 'R', 'S', 'U', 'V', 'W':
		default:
			return false
		}
		check := cifCheck(b[1:8])
		return b[8] == byte('0'+check) || b[8] == "JABCDEFGHI"[check]
	}
	return false
}

// cifCheck is the Luhn check digit that would complete b.
func cifCheck(b []byte) int {
	// The digit left of the (absent) check digit is doubled.
	return (10 - luhnDigits(b, true)%10) % 10
}

// frKey is the alphabet of new-style TVA keys (no I or O).
const frKey = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"

func frKeyIndex(c byte) int {
	for i := 0; i < len(frKey); i++ {
		if frKey[i] == c {
			return i
		}
	}
	return -1
}

// vatFR: a two-character key and the 9-digit SIREN (Luhn-valid unless it is
// a Monaco number starting 000). Numeric keys are (SIREN·100 + 12) mod 97;
// alphanumeric keys follow the DGFiP formula implemented by python-stdnum.
func vatFR(b []byte) bool {
	if len(b) != 11 || !allDigits(b[2:]) {
		return false
	}
	k0, k1 := frKeyIndex(b[0]), frKeyIndex(b[1])
	if k0 < 0 || k1 < 0 {
		return false
	}
	siren := b[2:]
	if !(siren[0] == '0' && siren[1] == '0' && siren[2] == '0') && !luhnValid(siren) {
		return false
	}
	if isDigit(b[0]) && isDigit(b[1]) {
		return num(b[:2]) == (modDigits(siren, 97)*100+12)%97
	}
	var check int
	if isDigit(b[0]) {
		check = k0*24 + k1 - 10
	} else {
		check = k0*34 + k1 - 100
	}
	return (modDigits(siren, 11)+1+check/11)%11 == check%11
}

// vatIT: the partita IVA, 11 digits with a Luhn check, a non-zero company
// number and an office code (digits 8–10) of 001–100, 120, 121, 888 or 999.
func vatIT(b []byte) bool {
	if len(b) != 11 || !allDigits(b) || num(b[:7]) == 0 {
		return false
	}
	if o := num(b[7:10]); !(o >= 1 && o <= 100 || o == 120 || o == 121 || o == 888 || o == 999) {
		return false
	}
	return luhnValid(b)
}

// vatNL: up to 9 digits (left-padded), 'B' and a two-digit branch number.
// Numbers issued before 2020 embed the RSIN/BSN and pass the 11-test;
// sole-proprietor numbers since 2020 are checked with ISO 7064 mod 97 over
// "NL"+number instead. Either is accepted, as in python-stdnum.
func vatNL(b []byte) bool {
	if len(b) < 4 || len(b) > 12 || b[len(b)-3] != 'B' || !allDigits(b[len(b)-2:]) || num(b[len(b)-2:]) == 0 {
		return false
	}
	var d [12]byte
	pad := 12 - len(b)
	for i := 0; i < pad; i++ {
		d[i] = '0'
	}
	copy(d[pad:], b)
	if !allDigits(d[:9]) || num(d[:9]) == 0 {
		return false
	}
	bsn := -int(d[8] - '0')
	for i, c := range d[:8] {
		bsn += (9 - i) * int(c-'0')
	}
	const nl = (('N'-'A'+10)*100 + 'L' - 'A' + 10) % 97 // "NL" as 2321 mod 97
	return bsn%11 == 0 || mod97(nl, d[:]) == 1
}

// vatIE: 7 digits and one or two letters (new style), or the old style
// digit, letter/+/*, 5 digits, letter.
func vatIE(b []byte) bool {
	switch {
	case len(b) == 8 && allDigits(b[:7]) && isUpper(b[7]):
		return true
	case len(b) == 9 && allDigits(b[:7]) && isUpper(b[7]) && isUpper(b[8]):
		return true
	case len(b) == 8 && isDigit(b[0]) && isUpper(b[1]) && allDigits(b[2:7]) && isUpper(b[7]):
		return true
	}
	return false
}
