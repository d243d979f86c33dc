package detect

import "strings"

// Dates of birth carried by national identifiers. Two tables: idDates
// decodes the identifiers that have a value detector of their own (a
// category in configs/fields.yaml names it), birthSchemes the schemes that
// have none, whose values arrive under a generic national id's or tax id's
// name ("id_number", "personnummer", "curp"). Every decoder validates what
// the scheme lets it validate (check digits where the scheme has them, the
// date, the century rule) and fails on anything else.

// idDates decodes the date of birth from v, a value the named detector has
// accepted, compacted (separators dropped, upper case). The array is
// passed by value: a slice passed through a func value escapes, and the
// decoding would allocate.
var idDates = map[string]func(v [18]byte, nowYear int) (y, m, d int, ok bool){
	"cn_ric": func(v [18]byte, _ int) (int, int, int, bool) {
		return num(v[6:10]), num(v[10:12]), num(v[12:14]), true
	},
	"kr_rrn": func(v [18]byte, _ int) (int, int, int, bool) {
		// 1, 2, 5, 6: 1900s (citizens, foreigners); 3, 4, 7, 8: 2000s.
		y := 1900 + num(v[:2])
		if c := v[6]; c == '3' || c == '4' || c == '7' || c == '8' {
			y += 100
		}
		return y, num(v[2:4]), num(v[4:6]), true
	},
	"kz_iin": func(v [18]byte, _ int) (int, int, int, bool) {
		return num(v[:2]) + 1800 + 100*int((v[6]-'1')/2), num(v[2:4]), num(v[4:6]), true
	},
	"pl_pesel": func(v [18]byte, _ int) (int, int, int, bool) {
		mm := num(v[2:4])
		return num(v[:2]) + [...]int{1900, 2000, 2100, 2200, 1800}[mm/20], mm % 20, num(v[4:6]), true
	},
	"it_codice_fiscale": func(v [18]byte, nowYear int) (int, int, int, bool) {
		var yd, dd [2]int
		for k, i := range [...]int{6, 7} {
			yd[k], _ = cfDigit(v[i])
		}
		for k, i := range [...]int{9, 10} {
			dd[k], _ = cfDigit(v[i])
		}
		return youngestYear(yd[0]*10+yd[1], nowYear), strings.IndexByte(cfMonth, v[8]) + 1, (dd[0]*10 + dd[1]) % 40, true
	},
	"fr_nir": func(v [18]byte, nowYear int) (int, int, int, bool) {
		m := num(v[3:5])
		if m < 1 || m > 12 {
			return 0, 0, 0, false // 20+: month unknown to INSEE
		}
		y := youngestYear(num(v[1:3]), nowYear)
		return y, m, daysIn(y, m), true
	},
}

// BirthDateFromID decodes the date of birth that some national identifiers
// carry, once the value passes the named detector. Where a scheme leaves
// the century open (codice fiscale, NIR) the latest century not after
// nowYear is taken, and where it leaves the day open (NIR) the month's last
// day: the youngest the holder can be, so that a possible minor is one.
func BirthDateFromID(detector, s string, nowYear int) (y, m, d int, ok bool) {
	fn, known := registry[detector]
	dec := idDates[detector]
	if !known || dec == nil || !fn(s) {
		return 0, 0, 0, false
	}
	var b [18]byte
	if n, _ := compact(b[:], trim(s), sepSpace|sepDash|sepDot); n < 11 {
		return 0, 0, 0, false // every scheme of idDates has 11 characters or more
	}
	if y, m, d, ok = dec(b, nowYear); !ok || !validDate(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// A birthScheme is a national identifier that carries its holder's date
// of birth and has no value detector (nor category) of its own.
type birthScheme struct {
	name    string
	country string
	// checked: the scheme has check digits, and a value that passes them
	// is recognised by its shape alone under any national id's name.
	// A scheme without them is read only where its name, a label beside
	// the value, or the event's country says which scheme it is.
	checked bool
	names   []string // folded field names and type labels that name it
	date    func(s string, nowYear int) (y, m, d int, ok bool)
}

// birthSchemes, in the order they are tried. The century rule is each
// scheme's own; where the scheme has none (ZA, MY, NIK), the latest
// century not after nowYear, as for the codice fiscale.
var birthSchemes = [...]birthScheme{
	{"za_id", "ZA", true, []string{"saidnumber", "rsaidnumber", "rsaid", "southafricanid", "southafricanidnumber"}, zaIDDate},
	{"se_personnummer", "SE", true, []string{"personnummer", "personnr", "samordningsnummer"}, sePersonnummerDate},
	{"no_fodselsnummer", "NO", true, []string{"fodselsnummer", "fødselsnummer", "foedselsnummer", "fnr", "dnummer", "fodselsellerdnummer", "foedselsellerdnummer"}, noFodselsnummerDate},
	{"fi_hetu", "FI", true, []string{"hetu", "henkilotunnus", "henkilötunnus", "personbeteckning"}, fiHETUDate},
	{"mx_curp", "MX", true, []string{"curp"}, mxCURPDate},
	// Red team 18 (F15): Estonia's and Lithuania's personal codes, Romania's
	// CNP and Bulgaria's EGN encode the birth date under a check digit.
	{"ee_isikukood", "EE", true, []string{"isikukood", "isikukoodi", "estonianpersonalcode", "estonianid"}, baltPersonalCodeDate},
	{"lt_asmens_kodas", "LT", true, []string{"asmenskodas", "asmenskodo", "lithuanianpersonalcode", "lithuanianid"}, baltPersonalCodeDate},
	{"ro_cnp", "RO", true, []string{"cnp", "codnumericpersonal", "romaniancnp", "romanianpersonalnumericcode"}, roCNPDate},
	{"bg_egn", "BG", true, []string{"egn", "егн", "edinengrazhdanskinomer", "единенгражданскиномер", "bulgarianegn"}, bgEGNDate},
	{"dk_cpr", "DK", false, []string{"cpr", "cprnr", "cprnummer", "cprnumber", "personnummerdk"}, dkCPRDate},
	{"my_nric", "MY", false, []string{"mykad", "nric", "nricno", "kadpengenalan"}, myNRICDate},
	{"id_nik", "ID", false, []string{"nik", "ktp", "noktp", "nomorinduk", "nomorindukkependudukan"}, idNIKDate},
	{"eg_nid", "EG", false, []string{"egyptiannationalid", "raqmqawmi"}, egNIDDate},
	{"ae_emirates_id", "AE", true, []string{"emiratesid", "emiratesidnumber", "emiratesidno", "eidnumber", "idn"}, aeEIDDate},
}

var birthSchemeNames = func() map[string]int {
	m := map[string]int{}
	for i, sc := range birthSchemes {
		for _, n := range sc.names {
			m[n] = i
		}
	}
	return m
}()

// BirthSchemes is the number of birth-date schemes without a detector.
func BirthSchemes() int { return len(birthSchemes) }

// BirthScheme describes scheme i: its name, its country, and whether it
// has check digits (and so may be recognised by its shape alone).
func BirthScheme(i int) (name, country string, checked bool) {
	sc := &birthSchemes[i]
	return sc.name, sc.country, sc.checked
}

// BirthSchemeNamed is the scheme a folded field name or type label names
// ("personnummer", "curp", "nik"), or -1.
func BirthSchemeNamed(fold string) int {
	if i, ok := birthSchemeNames[fold]; ok {
		return i
	}
	return -1
}

// BirthDateFromScheme decodes the date of birth from s, a value of scheme
// i, or fails when s is not a valid value of it.
func BirthDateFromScheme(i int, s string, nowYear int) (y, m, d int, ok bool) {
	if i < 0 || i >= len(birthSchemes) {
		return 0, 0, 0, false
	}
	s = trim(s)
	if len(s) < 10 || len(s) > 24 {
		return 0, 0, 0, false
	}
	if y, m, d, ok = birthSchemes[i].date(s, nowYear); !ok || !validDate(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// zaIDDate reads the South African identity number YYMMDD SSSS C A Z: a
// citizenship digit C (0 citizen, 1 permanent resident, 2 refugee) and a
// Luhn check digit Z over all thirteen.
func zaIDDate(s string, nowYear int) (y, m, d int, ok bool) {
	var b [13]byte
	n, ok := compact(b[:], s, sepSpace)
	if !ok || n != 13 || !allDigits(b[:]) || b[10] > '2' || !luhnValid(b[:]) {
		return 0, 0, 0, false
	}
	return youngestYear(num(b[:2]), nowYear), num(b[2:4]), num(b[4:6]), true
}

// sePersonnummerDate reads the Swedish personnummer (and samordningsnummer,
// day + 60): YYMMDD-NNNC, YYMMDD+NNNC (the holder is 100 or older),
// YYYYMMDD-NNNC, or the same without the separator. C is the Luhn check
// digit of the ten digits YYMMDDNNN.
func sePersonnummerDate(s string, nowYear int) (y, m, d int, ok bool) {
	var b [12]byte
	n, plus := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			if n == len(b) {
				return 0, 0, 0, false
			}
			b[n] = c
			n++
		case (c == '-' || c == '+') && len(s)-i == 5 && n >= 6:
			plus = c == '+'
		default:
			return 0, 0, 0, false
		}
	}
	if n != 10 && n != 12 {
		return 0, 0, 0, false
	}
	v := b[n-10 : n]
	if !luhnValid(v) {
		return 0, 0, 0, false
	}
	m, d = num(v[2:4]), num(v[4:6])
	if d > 60 {
		d -= 60 // samordningsnummer
	}
	if n == 12 {
		if plus {
			return 0, 0, 0, false
		}
		y = num(b[:4])
	} else {
		y = youngestYear(num(v[:2]), nowYear)
		if plus {
			y -= 100
		}
	}
	return y, m, d, true
}

var (
	fnrW1 = []int{3, 7, 6, 1, 8, 9, 4, 5, 2}
	fnrW2 = []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2}
)

// noFodselsnummerDate reads the Norwegian fødselsnummer DDMMYY III K1 K2
// (a D-number's day is + 40, an H-number's month + 40): the individual
// number III gives the century (000–499: 1900s; 500–749 with YY ≥ 54:
// 1800s; 500–999 with YY < 40: 2000s; 900–999 with YY ≥ 40: 1900s), K1 and
// K2 are mod-11 check digits.
func noFodselsnummerDate(s string, _ int) (y, m, d int, ok bool) {
	var b [11]byte
	n, ok := compact(b[:], s, sepSpace)
	if !ok || n != 11 || !allDigits(b[:]) || allSame(b[:]) {
		return 0, 0, 0, false
	}
	for k, w := range [][]int{fnrW1, fnrW2} {
		c := 11 - weighted(b[:9+k], w)%11
		if c == 11 {
			c = 0
		}
		if c == 10 || c != int(b[9+k]-'0') {
			return 0, 0, 0, false
		}
	}
	d, m, yy, ind := num(b[:2]), num(b[2:4]), num(b[4:6]), num(b[6:9])
	if d > 40 {
		d -= 40
	}
	if m > 40 {
		m -= 40
	}
	switch {
	case ind < 500:
		y = 1900 + yy
	case ind < 750 && yy >= 54:
		y = 1800 + yy
	case yy < 40:
		y = 2000 + yy
	case ind >= 900:
		y = 1900 + yy
	default:
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// hetuCheck is the HETU's check character table, indexed by the nine
// digits DDMMYYZZZ mod 31.
const hetuCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY"

// fiHETUDate reads the Finnish henkilötunnus DDMMYYCZZZQ: C is the century
// sign (+ 1800s; - and U–Y 1900s; A–F 2000s), ZZZ the individual number
// (002–999) and Q the check character.
func fiHETUDate(s string, _ int) (y, m, d int, ok bool) {
	if len(s) != 11 || !digits(s[:6]) || !digits(s[7:10]) {
		return 0, 0, 0, false
	}
	switch c := s[6] &^ 0x20; {
	case s[6] == '+':
		y = 1800
	case s[6] == '-' || c >= 'U' && c <= 'Y':
		y = 1900
	case c >= 'A' && c <= 'F':
		y = 2000
	default:
		return 0, 0, 0, false
	}
	var b [9]byte
	copy(b[:6], s[:6])
	copy(b[6:], s[7:10])
	q := s[10]
	if isLower(q) {
		q -= 'a' - 'A'
	}
	if num(b[6:]) < 2 || hetuCheck[num(b[:])%31] != q {
		return 0, 0, 0, false
	}
	return y + num(b[4:6]), num(b[2:4]), num(b[:2]), true
}

// curpAlphabet values the CURP's characters for its check digit (Ñ, as
// '&', between N and O).
const curpAlphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"

// curpStates are the CURP's state codes (positions 12–13), NE for a birth
// abroad.
const curpStates = "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE"

// mxCURPDate reads the Mexican CURP: four letters, YYMMDD, the sex (H, M,
// X), a state code, three consonants, a differentiator that is a digit for
// births before 2000 and a letter from 2000 on, and a check digit.
func mxCURPDate(s string, _ int) (y, m, d int, ok bool) {
	if len(s) != 18 {
		return 0, 0, 0, false
	}
	var b [18]byte
	for i := 0; i < 18; i++ {
		c := s[i]
		if isLower(c) {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	for i, c := range b {
		switch {
		case i < 4 || i >= 13 && i < 16:
			ok = isUpper(c)
		case i < 10 || i == 17:
			ok = isDigit(c)
		case i == 10:
			ok = c == 'H' || c == 'M' || c == 'X'
		case i == 16:
			ok = isDigit(c) || isUpper(c)
		default:
			ok = isUpper(c)
		}
		if !ok {
			return 0, 0, 0, false
		}
	}
	state := false
	for k := 0; k+1 < len(curpStates); k += 3 {
		if curpStates[k] == b[11] && curpStates[k+1] == b[12] {
			state = true
			break
		}
	}
	if !state {
		return 0, 0, 0, false
	}
	sum := 0
	for i, c := range b[:17] {
		sum += strings.IndexByte(curpAlphabet, c) * (18 - i)
	}
	if (10-sum%10)%10 != int(b[17]-'0') {
		return 0, 0, 0, false
	}
	y = 1900 + num(b[4:6])
	if isUpper(b[16]) {
		y += 100
	}
	return y, num(b[6:8]), num(b[8:10]), true
}

// dkCPRDate reads the Danish CPR number DDMMYY-SSSS. The century follows
// from the first serial digit and the year (0–3: 1900s; 4 or 9: 2000s up
// to YY 36, else 1900s; 5–8: 2000s up to YY 57, else 1800s). The modulus-11
// check was given up in 2007, so there is none to verify.
func dkCPRDate(s string, _ int) (y, m, d int, ok bool) {
	var b [10]byte
	n, ok := compact(b[:], s, sepSpace|sepDash)
	if !ok || n != 10 || !allDigits(b[:]) {
		return 0, 0, 0, false
	}
	yy := num(b[4:6])
	switch c := b[6]; {
	case c >= '5' && c <= '8' && yy >= 58:
		y = 1800 + yy
	case c <= '3' || (c == '4' || c == '9') && yy >= 37:
		y = 1900 + yy
	default:
		y = 2000 + yy
	}
	return y, num(b[2:4]), num(b[:2]), true
}

// myNRICDate reads the Malaysian MyKad number YYMMDD-PB-###G: a birthplace
// code PB (states 01–16 and 21–59, countries 60–99, less the codes never
// assigned) and no check digit.
func myNRICDate(s string, nowYear int) (y, m, d int, ok bool) {
	var b [12]byte
	n, ok := compact(b[:], s, sepSpace|sepDash)
	if !ok || n != 12 || !allDigits(b[:]) {
		return 0, 0, 0, false
	}
	switch pb := num(b[6:8]); {
	case pb == 0, pb >= 17 && pb <= 20, pb == 69, pb == 70, pb == 73, pb == 80, pb == 81, pb >= 94 && pb <= 97:
		return 0, 0, 0, false
	}
	return youngestYear(num(b[:2]), nowYear), num(b[2:4]), num(b[4:6]), true
}

// idNIKDate reads the Indonesian NIK: a province, regency and district code
// (six digits), DDMMYY (a woman's day + 40) and a serial; no check digit.
func idNIKDate(s string, nowYear int) (y, m, d int, ok bool) {
	var b [16]byte
	n, ok := compact(b[:], s, sepSpace|sepDot|sepDash)
	if !ok || n != 16 || !allDigits(b[:]) || num(b[12:]) == 0 {
		return 0, 0, 0, false
	}
	switch p := num(b[:2]); {
	case p >= 11 && p <= 19, p == 21, p >= 31 && p <= 36, p >= 51 && p <= 53, p >= 61 && p <= 65, p >= 71 && p <= 76, p == 81, p == 82, p >= 91 && p <= 97:
	default:
		return 0, 0, 0, false
	}
	d = num(b[6:8])
	if d > 40 {
		d -= 40
	}
	return youngestYear(num(b[10:12]), nowYear), num(b[8:10]), d, true
}

// egNIDDate reads the Egyptian national number C YYMMDD GG SSSS K: C the
// century (2: 1900s, 3: 2000s), GG the governorate of birth (88: abroad).
// The check digit's algorithm is not published, so it is not verified.
func egNIDDate(s string, _ int) (y, m, d int, ok bool) {
	var b [14]byte
	n, ok := compact(b[:], s, sepSpace|sepDash)
	if !ok || n != 14 || !allDigits(b[:]) {
		return 0, 0, 0, false
	}
	switch g := num(b[7:9]); {
	case g >= 1 && g <= 4, g >= 11 && g <= 19, g >= 21 && g <= 35, g == 88:
	default:
		return 0, 0, 0, false
	}
	switch b[0] {
	case '2':
		y = 1900
	case '3':
		y = 2000
	default:
		return 0, 0, 0, false
	}
	return y + num(b[1:3]), num(b[3:5]), num(b[5:7]), true
}

// youngestYear places a two-digit year in the latest century that does not
// put it after nowYear.
func youngestYear(yy, nowYear int) int {
	y := nowYear - nowYear%100 + yy
	if y > nowYear {
		y -= 100
	}
	return y
}

// aeEIDDate reads the UAE's Emirates ID number, 784-YYYY-NNNNNNN-C: the
// ISO numeric code of the UAE, the holder's year of birth, a serial and a
// Luhn check digit over all fifteen. It is issued to citizens and
// residents alike. Only the year is in it: the date read is the year's
// last day, the youngest the holder can be, so that a holder who may be a
// minor is one.
func aeEIDDate(s string, nowYear int) (y, m, d int, ok bool) {
	var b [15]byte
	n, ok := compact(b[:], s, sepSpace|sepDash)
	if !ok || n != 15 || !allDigits(b[:]) || string(b[:3]) != "784" || !luhnValid(b[:]) {
		return 0, 0, 0, false
	}
	y = num(b[3:7])
	if y < 1900 || y > nowYear {
		return 0, 0, 0, false
	}
	return y, 12, 31, true
}

var (
	baltW1 = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 1}
	baltW2 = []int{3, 4, 5, 6, 7, 8, 9, 1, 2, 3}
)

// baltPersonalCodeDate reads the Estonian isikukood and the Lithuanian
// asmens kodas, one scheme: G YYMMDD SSS C, where G gives the sex and the
// century (1, 2: 1800s; 3, 4: 1900s; 5, 6: 2000s; 7, 8: 2100s) and C is a
// mod-11 check digit in two passes (weights 1–9,1; when that gives 10,
// weights 3–9,1,2,3; when that gives 10 too, 0).
func baltPersonalCodeDate(s string, _ int) (y, m, d int, ok bool) {
	var b [11]byte
	n, ok := compact(b[:], s, sepSpace)
	if !ok || n != 11 || !allDigits(b[:]) || b[0] < '1' || b[0] > '8' {
		return 0, 0, 0, false
	}
	c := weighted(b[:10], baltW1) % 11
	if c == 10 {
		if c = weighted(b[:10], baltW2) % 11; c == 10 {
			c = 0
		}
	}
	if c != int(b[10]-'0') {
		return 0, 0, 0, false
	}
	return 1800 + 100*int((b[0]-'1')/2) + num(b[1:3]), num(b[3:5]), num(b[5:7]), true
}

var cnpW = []int{2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9}

// roCNPDate reads the Romanian CNP: S YYMMDD JJ NNN C. S gives the sex and
// the century (1, 2: 1900s; 3, 4: 1800s; 5, 6: 2000s; 7, 8, 9: a resident
// foreigner, century unsaid, so the latest not after nowYear), JJ the
// county (01–52, or 70 for a foreign-born citizen), C the weighted sum
// (2,7,9,1,4,6,3,5,8,2,7,9) mod 11, 10 written as 1.
func roCNPDate(s string, nowYear int) (y, m, d int, ok bool) {
	var b [13]byte
	n, ok := compact(b[:], s, sepSpace)
	if !ok || n != 13 || !allDigits(b[:]) || b[0] == '0' {
		return 0, 0, 0, false
	}
	if jj := num(b[7:9]); (jj < 1 || jj > 52) && jj != 70 {
		return 0, 0, 0, false
	}
	c := weighted(b[:12], cnpW) % 11
	if c == 10 {
		c = 1
	}
	if c != int(b[12]-'0') {
		return 0, 0, 0, false
	}
	yy := num(b[1:3])
	switch b[0] {
	case '1', '2':
		y = 1900 + yy
	case '3', '4':
		y = 1800 + yy
	case '5', '6':
		y = 2000 + yy
	default:
		y = youngestYear(yy, nowYear)
	}
	return y, num(b[3:5]), num(b[5:7]), true
}

var egnW = []int{2, 4, 8, 5, 10, 9, 7, 3, 6}

// bgEGNDate reads the Bulgarian EGN: YYMMDD SSS C, where the month is
// written + 40 for a birth in the 2000s and + 20 for one in the 1800s, and
// C is the weighted sum (2,4,8,5,10,9,7,3,6) mod 11, 10 written as 0.
func bgEGNDate(s string, _ int) (y, m, d int, ok bool) {
	var b [10]byte
	n, ok := compact(b[:], s, sepSpace)
	if !ok || n != 10 || !allDigits(b[:]) {
		return 0, 0, 0, false
	}
	c := weighted(b[:9], egnW) % 11
	if c == 10 {
		c = 0
	}
	if c != int(b[9]-'0') {
		return 0, 0, 0, false
	}
	y, m = 1900+num(b[:2]), num(b[2:4])
	switch {
	case m > 40:
		y, m = y+100, m-40
	case m > 20:
		y, m = y-100, m-20
	}
	return y, m, num(b[4:6]), true
}
