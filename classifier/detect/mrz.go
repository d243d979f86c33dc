package detect

import "strings"

// MRZ reads the machine-readable zone of a travel document (ICAO 9303):
// the holder's nationality (alpha-3 as printed, "D" for Germany) and date
// of birth, from the line that carries them, checked by its check digits.
// v may hold the whole zone (lines separated by newlines or written one
// after the other) or that line alone:
//   - TD3 (passports) and TD2: the second line of 44 or 36 characters,
//     document number and check at 0-9, nationality at 10-12, birth date
//     and check at 13-19, expiry and check at 21-27;
//   - TD1 (identity cards): the second line of 30 characters, birth date
//     and check at 0-6, expiry and check at 8-14, nationality at 15-17.
//
// Both the birth date's and one more field's check digits must hold: a
// random line of capitals and fillers passes one check in ten. yy is the
// two-digit year as printed; the caller picks its century.
func MRZ(v string) (nat string, yy, mm, dd int, ok bool) {
	if len(v) < 30 || strings.IndexByte(v, '<') < 0 {
		return "", 0, 0, 0, false
	}
	for line := range strings.FieldsSeq(v) {
		for _, n := range [...]int{44, 36, 30} {
			// A zone written without newlines: try each line's place.
			for off := 0; off+n <= len(line); off += n {
				if nat, yy, mm, dd, ok = mrzLine(line[off : off+n]); ok {
					return
				}
			}
		}
	}
	return "", 0, 0, 0, false
}

func mrzLine(l string) (nat string, yy, mm, dd int, ok bool) {
	for i := 0; i < len(l); i++ {
		if c := l[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<') {
			return "", 0, 0, 0, false
		}
	}
	var birth, other, check1, check2, nat3 string
	switch len(l) {
	case 44, 36:
		birth, check1 = l[13:19], l[19:20]
		other, check2 = l[0:9], l[9:10]
		nat3 = l[10:13]
	case 30:
		birth, check1 = l[0:6], l[6:7]
		other, check2 = l[8:14], l[14:15]
		nat3 = l[15:18]
	default:
		return "", 0, 0, 0, false
	}
	if !mrzCheck(birth, check1) || !mrzCheck(other, check2) {
		return "", 0, 0, 0, false
	}
	for i := 0; i < 6; i++ {
		if birth[i] < '0' || birth[i] > '9' {
			return "", 0, 0, 0, false
		}
	}
	yy = int(birth[0]-'0')*10 + int(birth[1]-'0')
	mm = int(birth[2]-'0')*10 + int(birth[3]-'0')
	dd = int(birth[4]-'0')*10 + int(birth[5]-'0')
	if mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return "", 0, 0, 0, false
	}
	nat = strings.TrimRight(nat3, "<")
	for i := 0; i < len(nat); i++ {
		if nat[i] < 'A' || nat[i] > 'Z' {
			return "", 0, 0, 0, false
		}
	}
	return nat, yy, mm, dd, nat != ""
}

// mrzCheck verifies an ICAO 9303 check digit: weights 7, 3, 1 over digits,
// letters (A=10 … Z=35) and fillers (0), modulo 10.
func mrzCheck(field, check string) bool {
	if len(check) != 1 || check[0] < '0' || check[0] > '9' {
		return false
	}
	sum := 0
	for i := 0; i < len(field); i++ {
		c := field[i]
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		}
		sum += v * [3]int{7, 3, 1}[i%3]
	}
	return sum%10 == int(check[0]-'0')
}
