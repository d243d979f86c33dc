package evalcorpus

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// moreIDGens are the national identifiers of the countries added for
// wave 10 (moreCountries) and of the producers of that wave, written from
// the schemes' public definitions. They are kept apart from idGens, whose
// every scheme the project validates (TestNationalIDsValidate): these
// are checked by ids_more_test.go against validators written apart and
// against published examples.
var moreIDGens = map[string]idGen{
	"no_fnr":  {"no_fnr", "fodselsnummer", genFNR},
	"dk_cpr":  {"dk_cpr", "cpr", genCPR},
	"fi_hetu": {"fi_hetu", "hetu", genHETU},
	"ph_psn":  {"ph_psn", "psn", genPSN},
	"et_fin":  {"et_fin", "fin", genFaydaFIN},
	"ma_cnie": {"ma_cnie", "cnie", genCNIE},
	"cl_rut":  {"cl_rut", "rut", genRUT},
	"co_cc":   {"co_cc", "cedula", genCOCC},
	"pe_dni":  {"pe_dni", "dni", genPEDNI},
	"uy_ci":   {"uy_ci", "ci", genUYCI},
	"my_nric": {"my_nric", "mykad", genMyKad},
	"be_nrn":  {"be_nrn", "rijksregisternummer", genBENRN},
}

// genFNR is a Norwegian fødselsnummer (Skatteverket's Folkeregisteret):
// DDMMYY, a three-digit individual number whose range tells the century
// (000-499 for 1900-1999, 500-999 for 2000-2039) and whose last digit is
// odd for a man, then two mod-11 check digits (weights 3 7 6 1 8 9 4 5 2
// and 5 4 3 2 7 6 5 4 3 2; a remainder giving 10 is never issued).
func genFNR(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	for {
		hi := r.IntN(50) // 000-499
		if dob.Year() >= 2000 {
			hi = 50 + r.IntN(50) // 500-999
		}
		ind := hi*10 + r.IntN(5)*2 // even for a woman
		if !f {
			ind++
		}
		d := datedigits(dob.Day(), int(dob.Month()), dob.Year()%100) // DDMMYY
		d = append(d, ind/100, ind/10%10, ind%10)
		k1 := 11 - wsum(d, []int{3, 7, 6, 1, 8, 9, 4, 5, 2})%11
		if k1 == 11 {
			k1 = 0
		}
		if k1 == 10 {
			continue
		}
		d = append(d, k1)
		k2 := 11 - wsum(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})%11
		if k2 == 11 {
			k2 = 0
		}
		if k2 == 10 {
			continue
		}
		return str(append(d, k2))
	}
}

// cprModulus11Until is when Denmark's CPR office stopped issuing only
// numbers that pass the modulus-11 test (1 October 2007).
var cprModulus11Until = time.Date(2007, 10, 1, 0, 0, 0, 0, time.UTC)

// genCPR is a Danish CPR number, DDMMYY-SSSS: the seventh digit and the
// year tell the century (0-3 for 1900-1999; 4 and 9 for 2000-2036 and
// 1937-1999; 5-8 for 2000-2057), the last digit is odd for a man. Numbers
// of people born before October 2007 pass the modulus-11 test (weights
// 4 3 2 7 6 5 4 3 2 1); later ones need not.
func genCPR(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	for {
		var c int
		switch y := dob.Year(); {
		case y < 1937:
			c = r.IntN(4)
		case y < 2000:
			c = pick(r, []int{0, 1, 2, 3, 4, 9})
		default:
			c = pick(r, []int{4, 5, 6, 7, 8, 9})
		}
		d := datedigits(dob.Day(), int(dob.Month()), dob.Year()%100) // DDMMYY
		d = append(d, c, r.IntN(10), r.IntN(10))
		last := r.IntN(5) * 2
		if !f {
			last++
		}
		if dob.Before(cprModulus11Until) {
			// the check digit the modulus-11 test needs, when it has
			// the right parity
			s := wsum(d, []int{4, 3, 2, 7, 6, 5, 4, 3, 2})
			last = (11 - s%11) % 11
			if last == 10 || last%2 == 0 != f {
				continue
			}
		}
		v := str(append(d, last))
		return v[:6] + "-" + v[6:]
	}
}

const hetuChecks = "0123456789ABCDEFHJKLMNPRSTUVWXY"

// genHETU is a Finnish personal identity code (henkilötunnus): DDMMYY,
// the century sign (- for the 1900s, A for the 2000s), an individual
// number 002-899 (odd for a man) and the check character of the nine
// digits modulo 31.
func genHETU(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	n := 2 * (1 + r.IntN(449)) // 002-898, even for a woman
	if !f {
		n++
	}
	sign := "-"
	if dob.Year() >= 2000 {
		sign = "A"
	}
	body := dob.Format("020106")
	num := atoi(body + fmt.Sprintf("%03d", n))
	return body + sign + fmt.Sprintf("%03d", n) + string(hetuChecks[num%31])
}

// mosipUIN is an identity number as MOSIP's ID generator issues them:
// n digits, not starting with 0 or 1, the last the Verhoeff check digit.
func mosipUIN(r *rand.Rand, n int) string {
	d := append([]int{2 + r.IntN(8)}, digits(r, n-2)...)
	return str(append(d, verhoeff(d)))
}

// genPSN is a PhilSys Number (the Philippine Identification System's
// UIN, issued by its MOSIP platform): twelve digits, written in groups
// of four.
func genPSN(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	v := mosipUIN(r, 12)
	return v[:4] + "-" + v[4:8] + "-" + v[8:]
}

// genFaydaFIN is an Ethiopian Fayda Identification Number (the 12-digit
// FIN of the Fayda card, issued by its MOSIP platform).
func genFaydaFIN(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	v := mosipUIN(r, 12)
	return v[:4] + " " + v[4:8] + " " + v[8:]
}

// genCNIE is a Moroccan national electronic identity card number: one or
// two letters of the issuing region and digits.
func genCNIE(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	return pick(r, []string{"A", "B", "BE", "BK", "BH", "C", "CD", "D", "EE", "G", "H", "J", "K", "L", "M", "X", "Z"}) + fmt.Sprint(100000+r.IntN(900000))
}

// rutDV is the check character of a Chilean RUT/RUN: weights 2-7 from
// the right, 11 less the remainder modulo 11, 11 written 0 and 10 K.
func rutDV(n int) string {
	s, w := 0, 2
	for ; n > 0; n /= 10 {
		s += n % 10 * w
		if w++; w > 7 {
			w = 2
		}
	}
	switch v := 11 - s%11; v {
	case 11:
		return "0"
	case 10:
		return "K"
	default:
		return fmt.Sprint(v)
	}
}

// dotted writes n with a dot every three digits (12.345.678).
func dotted(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// genRUT is a Chilean RUN (a person's RUT), numbered roughly by birth
// year, as 12.345.678-5.
func genRUT(r *rand.Rand, dob time.Time, _ bool, _ [2]string) string {
	base := 4000000 + (dob.Year()-1940)*300000
	n := min(max(base, 3000000), 27000000) + r.IntN(300000)
	return dotted(n) + "-" + rutDV(n)
}

// genCOCC is a Colombian cédula de ciudadanía: 8 digits for older
// holders, 10 (starting 10) for those registered since 2003.
func genCOCC(r *rand.Rand, dob time.Time, _ bool, _ [2]string) string {
	if dob.Year() >= 1985 {
		return fmt.Sprint(1000000000 + r.IntN(130000000))
	}
	return fmt.Sprint(10000000 + r.IntN(89999999))
}

// genPEDNI is a Peruvian DNI: eight digits.
func genPEDNI(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	return fmt.Sprintf("%08d", 1000000+r.IntN(79000000))
}

// uyCIDigit is the check digit of a Uruguayan cédula de identidad: the
// seven digits weighted 2 9 8 7 6 3 4, ten less the sum modulo 10.
func uyCIDigit(n int) int {
	d := []int{n / 1000000 % 10, n / 100000 % 10, n / 10000 % 10, n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10}
	return (10 - wsum(d, []int{2, 9, 8, 7, 6, 3, 4})%10) % 10
}

// genUYCI is a Uruguayan cédula, 1.234.567-2.
func genUYCI(r *rand.Rand, dob time.Time, _ bool, _ [2]string) string {
	n := 1000000 + r.IntN(5000000)
	if dob.Year() >= 2000 {
		n = 5000000 + r.IntN(2000000)
	}
	return dotted(n) + "-" + fmt.Sprint(uyCIDigit(n))
}

// nricLetters are the check letters of Singapore's NRIC (S, T) and FIN
// (F, G) series, indexed by the weighted sum modulo 11.
const (
	nricLetters = "JZIHGFEDCBA"
	finLetters  = "XWUTRQPNMLK"
)

// nric is a Singapore NRIC (citizens and permanent residents: S born
// before 2000, T from 2000) or FIN (foreigners: F before 2000, G from
// 2000): the prefix, seven digits weighted 2 7 6 5 4 3 2 (plus 4 for T
// and G) and the check letter of the sum modulo 11. A citizen born since
// 1968 has a number that starts with the year of birth.
func nric(r *rand.Rand, dob time.Time, foreign, citizen bool) string {
	prefix := "S"
	if foreign {
		prefix = "F"
	}
	if dob.Year() >= 2000 {
		prefix = map[bool]string{true: "G", false: "T"}[foreign]
	}
	d := digits(r, 7)
	if !foreign && citizen && dob.Year() >= 1968 {
		d[0], d[1] = dob.Year()%100/10, dob.Year()%10
	} else if !foreign && !citizen {
		d[0] = 2 + r.IntN(2) // permanent residents' S2/S3 series
		if dob.Year() >= 2000 {
			d[0] = 7 + r.IntN(3)
		}
	}
	s := wsum(d, []int{2, 7, 6, 5, 4, 3, 2})
	if prefix == "T" || prefix == "G" {
		s += 4
	}
	letters := nricLetters
	if foreign {
		letters = finLetters
	}
	return prefix + str(d) + string(letters[s%11])
}

// emiratesID is a UAE Emirates ID number: 784, the year of birth, seven
// digits and the Luhn check digit of the fourteen before it.
func emiratesID(r *rand.Rand, dob time.Time) string {
	body := fmt.Sprintf("784%04d%07d", dob.Year(), r.IntN(10000000))
	return body + fmt.Sprint(luhnDigit(body))
}

// luhnDigit is the Luhn check digit to append to body.
func luhnDigit(body string) int {
	s := 0
	for i := len(body) - 1; i >= 0; i-- {
		v := int(body[i] - '0')
		if (len(body)-1-i)%2 == 0 {
			if v *= 2; v > 9 {
				v -= 9
			}
		}
		s += v
	}
	return (10 - s%10) % 10
}

// cnpj is a Brazilian company number: eight digits of the company, the
// branch (0001 for the head office) and two mod-11 check digits (weights
// 5 4 3 2 9 8 7 6 5 4 3 2, then 6 5 4 3 2 9 8 7 6 5 4 3 2).
func cnpj(r *rand.Rand) string {
	d := append(digits(r, 8), 0, 0, 0, 1)
	d[0] = 1 + r.IntN(9)
	dv := func(w []int) int {
		if v := wsum(d, w) % 11; v >= 2 {
			return 11 - v
		}
		return 0
	}
	d = append(d, dv([]int{5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}))
	d = append(d, dv([]int{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}))
	v := str(d)
	return v[:2] + "." + v[2:5] + "." + v[5:8] + "/" + v[8:12] + "-" + v[12:]
}

const curpChars = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"

// curpDigit is the check digit of the first 17 characters of a CURP:
// each character's place in 0-9A-NÑO-Z weighted 18 down to 2, ten less
// the sum modulo 10.
func curpDigit(body string) int {
	s := 0
	set := []rune(curpChars)
	for i, c := range []rune(body) {
		s += slices.Index(set, c) * (18 - i)
	}
	return (10 - s%10) % 10
}

// curp is a Mexican Clave Única de Registro de Población: four letters
// of the names, YYMMDD, sex (H/M), the state of birth, the first inner
// consonants of the names, a character telling the century (a digit
// before 2000, a letter since) and the check digit.
func curp(r *rand.Rand, dob time.Time, f bool, given, family string) string {
	fam := strings.ToUpper(latinOnly(family) + "XX")
	giv := strings.ToUpper(latinOnly(given) + "X")
	vowel, inner := "X", func(s string) string {
		for _, c := range s[1:] {
			if !strings.ContainsRune("AEIOU", c) {
				return string(c)
			}
		}
		return "X"
	}
	for _, c := range fam[1:] {
		if strings.ContainsRune("AEIOU", c) {
			vowel = string(c)
			break
		}
	}
	second := pick(r, []string{"X", "L", "R", "M", "G"}) // second surname, unknown here
	sex := map[bool]string{true: "M", false: "H"}[f]
	state := pick(r, []string{"DF", "JC", "NL", "MC", "PL", "VZ"})
	cent := fmt.Sprint(r.IntN(10))
	if dob.Year() >= 2000 {
		cent = string(rune('A' + r.IntN(26)))
	}
	body := fam[:1] + vowel + second + giv[:1] + dob.Format("060102") + sex + state + inner(fam) + pick(r, []string{"R", "N", "L", "Z", "X"}) + inner(giv) + cent
	return body + fmt.Sprint(curpDigit(body))
}

// myKadPlaces are birthplace codes of the MyKad (Jabatan Pendaftaran
// Negara): 01-16 the states and federal territories (01 Johor, 07 Pulau
// Pinang, 10 Selangor, 14 Kuala Lumpur ...), 21-59 the same states'
// later codes.
var myKadPlaces = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 21, 22, 24, 30, 38, 41, 47, 50, 53, 57}

// genMyKad is a Malaysian identity card number (NRIC, MyKad):
// YYMMDD-PB-###G, the date of birth, the place of birth and four
// digits whose last is odd for a man and even for a woman. There is no
// check digit.
func genMyKad(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	last := r.IntN(5) * 2
	if !f {
		last++
	}
	return fmt.Sprintf("%s-%02d-%03d%d", dob.Format("060102"), pick(r, myKadPlaces), r.IntN(1000), last)
}

// nhsNumber is an NHS number of England, Wales and the Isle of Man: nine
// digits and a modulus-11 check digit (weights 10 down to 2, eleven less
// the remainder, 11 written 0; a number whose check would be 10 is never
// issued), written 3-3-4.
func nhsNumber(r *rand.Rand) string {
	for {
		d := digits(r, 9)
		d[0] = 4 + r.IntN(3) // issued from 400 000 000 on
		c := 11 - wsum(d, []int{10, 9, 8, 7, 6, 5, 4, 3, 2})%11
		if c == 11 {
			c = 0
		}
		if c == 10 {
			continue
		}
		v := str(append(d, c))
		return v[:3] + " " + v[3:6] + " " + v[6:]
	}
}
