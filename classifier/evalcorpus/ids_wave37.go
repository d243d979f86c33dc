package evalcorpus

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// The identifiers of the wave-37 producers, written from the schemes'
// public definitions; ids_wave37_test.go checks them against validators
// written apart and against published examples.

// genEMSO is a Slovenian unique master citizen number (EMŠO): DDMM, the
// last three digits of the year, the register (50 for Slovenia), a
// three-digit serial (000-499 for a man, 500-999 for a woman) and a
// check digit: the twelve weighted 7 6 5 4 3 2 7 6 5 4 3 2, eleven less
// the sum modulo 11 (11 written 0; a number whose check would be 10 is
// never issued).
func genEMSO(r *rand.Rand, dob time.Time, f bool) string {
	for {
		serial := r.IntN(500)
		if f {
			serial += 500
		}
		body := dob.Format("0102") + fmt.Sprintf("%03d", dob.Year()%1000) + "50" + fmt.Sprintf("%03d", serial)
		s := 0
		for i, w := range []int{7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2} {
			s += int(body[i]-'0') * w
		}
		c := 11 - s%11
		if c == 11 {
			c = 0
		}
		if c == 10 {
			continue
		}
		return body + fmt.Sprint(c)
	}
}

// genKVNR is the unchangeable part of a German statutory health
// insurance number (Krankenversichertennummer, eGK): a capital letter,
// eight digits and a check digit. The letter is written as its place in
// the alphabet (01-26); the ten digits are weighted 1 2 1 2 ..., the
// digits of each product added, and the sum modulo 10 is the check digit.
func genKVNR(r *rand.Rand) string {
	l := 'A' + rune(r.IntN(26))
	body := fmt.Sprintf("%02d", int(l-'A')+1) + pattern(r, "########")
	s := 0
	for i := range 10 {
		v := int(body[i]-'0') * (1 + i%2)
		s += v/10 + v%10
	}
	return string(l) + body[2:] + fmt.Sprint(s%10)
}

// genCNS is a provisional Brazilian Cartão Nacional de Saúde number:
// fifteen digits starting 7, 8 or 9 whose digits weighted 15 down to 1
// add up to a multiple of 11.
func genCNS(r *rand.Rand) string {
	for {
		d := append([]int{7 + r.IntN(3)}, digits(r, 13)...)
		if c, ok := cnsCheck(d); ok {
			return str(append(d, c))
		}
	}
}

// cnsCheck is the check digit of a provisional CNS's first fourteen
// digits, or false when none makes the weighted sum a multiple of 11.
func cnsCheck(d []int) (int, bool) {
	s := 0
	for i, x := range d {
		s += x * (15 - i)
	}
	c := (11 - s%11) % 11
	return c, c != 10
}

// genIHI is an Australian Individual Healthcare Identifier: 800360 (the
// issuer and the individual type), nine digits and a Luhn check digit.
func genIHI(r *rand.Rand) string {
	body := "800360" + pattern(r, "#########")
	return body + fmt.Sprint(luhnDigit(body))
}

// genBSN is a Dutch citizen service number (burgerservicenummer): nine
// digits passing the eleven test, the first eight weighted 9 down to 2
// less the last equal to a multiple of 11.
func genBSN(r *rand.Rand) string {
	for {
		d := append([]int{1 + r.IntN(9)}, digits(r, 7)...)
		c := wsum(d, []int{9, 8, 7, 6, 5, 4, 3, 2}) % 11
		if c == 10 {
			continue
		}
		return str(append(d, c))
	}
}

// genAHV is a Swiss social security number (AHV/AVS, 756.XXXX.XXXX.XC):
// the country code 756, nine digits and the EAN-13 check digit (the
// twelve weighted 1 3 1 3 ..., ten less the sum modulo 10).
func genAHV(r *rand.Rand) string {
	body := "756" + pattern(r, "#########")
	s := 0
	for i := range 12 {
		s += int(body[i]-'0') * (1 + 2*(i%2))
	}
	v := body + fmt.Sprint((10-s%10)%10)
	return v[:3] + "." + v[3:7] + "." + v[7:11] + "." + v[11:]
}

// genTeudatZehut is an Israeli identity number (mispar zehut): eight
// digits and a Luhn check digit, nine in all.
func genTeudatZehut(r *rand.Rand) string {
	body := pattern(r, "########")
	return body + fmt.Sprint(luhnDigit(body))
}

// genPTNIF is a Portuguese taxpayer number (NIF) of a person: nine
// digits starting 1, 2 or 3, the check digit eleven less the eight
// weighted 9 down to 2 modulo 11 (0 when that is 10 or 11).
func genPTNIF(r *rand.Rand) string {
	d := append([]int{1 + r.IntN(3)}, digits(r, 7)...)
	c := 11 - wsum(d, []int{9, 8, 7, 6, 5, 4, 3, 2})%11
	if c >= 10 {
		c = 0
	}
	return str(append(d, c))
}

// genAUTFN is an Australian tax file number: nine digits whose weighted
// sum (1 4 3 7 5 8 6 9 10) is a multiple of 11.
func genAUTFN(r *rand.Rand) string {
	w := []int{1, 4, 3, 7, 5, 8, 6, 9}
	for {
		d := append([]int{1 + r.IntN(9)}, digits(r, 7)...)
		c := wsum(d, w) % 11 // 10c ≡ -s, and -10 ≡ 1 (mod 11)
		if c == 10 {
			continue
		}
		v := str(append(d, c))
		return v[:3] + " " + v[3:6] + " " + v[6:]
	}
}

// genPPSN is an Irish Personal Public Service Number: seven digits and
// a check letter, the digits weighted 8 down to 2 modulo 23 (0 written
// W, 1-22 A-V).
func genPPSN(r *rand.Rand) string {
	d := digits(r, 7)
	c := wsum(d, []int{8, 7, 6, 5, 4, 3, 2}) % 23
	l := byte('W')
	if c > 0 {
		l = byte('A' + c - 1)
	}
	return str(d) + string(l)
}

// genITIN is a US Individual Taxpayer Identification Number: 9XX, a
// group in 50-65, 70-88, 90-92 or 94-99, and four digits.
func genITIN(r *rand.Rand) string {
	groups := []int{50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 94, 95, 96, 97, 98, 99}
	return fmt.Sprintf("9%02d-%02d-%04d", r.IntN(100), pick(r, groups), r.IntN(10000))
}
