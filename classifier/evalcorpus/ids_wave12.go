package evalcorpus

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// The identifiers of the wave-12 producers, written from the schemes'
// public definitions; ids_wave12_test.go checks them against validators
// written apart and against published examples.

// genBENRN is a Belgian national register number (rijksregisternummer /
// numéro de registre national): YYMMDD, a three-digit day counter, odd
// for a man and even for a woman (001-997), and two check digits, 97
// less the nine digits modulo 97; for people born since 2000 a 2 is put
// before the nine digits first.
func genBENRN(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	seq := 1 + 2*r.IntN(498) // odd: 001-995
	if f {
		seq++ // even: 002-996
	}
	body := dob.Format("060102") + fmt.Sprintf("%03d", seq)
	n := atoi(body)
	if dob.Year() >= 2000 {
		n += 2000000000
	}
	return body + fmt.Sprintf("%02d", 97-n%97)
}

// beNRNDotted writes a national register number as the eID card prints
// it: YY.MM.DD-SSS.CC.
func beNRNDotted(v string) string {
	return v[:2] + "." + v[2:4] + "." + v[4:6] + "-" + v[6:9] + "." + v[9:]
}

// beEIDCardNumber is the number of a Belgian electronic identity card:
// ten digits and two check digits, the ten modulo 97 (97 when that is
// 0), written 591-1234567-89 on the card and run together in itsme.
func beEIDCardNumber(r *rand.Rand) string {
	body := pick(r, []string{"590", "591", "592", "593", "594", "595", "596", "600", "601"}) + pattern(r, "#######")
	c := atoi(body) % 97
	if c == 0 {
		c = 97
	}
	return body + fmt.Sprintf("%02d", c)
}

// cfAt is an Italian codice fiscale born at place (a Belfiore code: a
// comune, or Z and three digits for a foreign country), with the check
// letter of the fifteen characters before it.
func cfAt(dob time.Time, f bool, givenL, familyL, place string) string {
	day := dob.Day()
	if f {
		day += 40
	}
	body := cfPart(familyL, false) + cfPart(givenL, true) + fmt.Sprintf("%02d%c%02d", dob.Year()%100, "ABCDEHLMPRST"[dob.Month()-1], day) + place
	sum := 0
	for i := 0; i < 15; i++ {
		c := body[i]
		idx := int(c - 'A')
		if c >= '0' && c <= '9' {
			idx = int(c - '0')
		}
		if i%2 == 0 {
			sum += cfOddValues[idx]
		} else {
			sum += idx
		}
	}
	return body + string(rune('A'+sum%26))
}

// zaID is a South African identity number: YYMMDD, four digits of
// sequence (0000-4999 for a woman, 5000-9999 for a man), the
// citizenship digit (0 a citizen, 1 a permanent resident), an 8 and the
// Luhn check digit.
func zaID(r *rand.Rand, dob time.Time, f, citizen bool) string {
	seq := r.IntN(5000)
	if !f {
		seq += 5000
	}
	c := "0"
	if !citizen {
		c = "1"
	}
	body := dob.Format("060102") + fmt.Sprintf("%04d", seq) + c + "8"
	return body + fmt.Sprint(luhnDigit(body))
}

// arCUIL is an Argentine CUIL (a person's tax and social security code):
// 20 for a man or 27 for a woman, the eight digits of the DNI and the
// mod-11 check digit (weights 5 4 3 2 7 6 5 4 3 2; 11 written 0; a
// remainder giving 10 is issued under prefix 23, left out here), as
// 20-12345678-3. It returns the DNI too.
func arCUIL(r *rand.Rand, dob time.Time, f bool) (cuil, dni string) {
	prefix := "20"
	if f {
		prefix = "27"
	}
	for {
		base := 10000000 + (dob.Year()-1940)*500000
		n := min(max(base, 5000000), 59000000) + r.IntN(400000)
		dni = fmt.Sprintf("%08d", n)
		d := make([]int, 10)
		for i, c := range prefix + dni {
			d[i] = int(c - '0')
		}
		c := 11 - wsum(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})%11
		if c == 11 {
			c = 0
		}
		if c == 10 {
			continue
		}
		return prefix + "-" + dni + "-" + fmt.Sprint(c), dni
	}
}

// auMedicare is an Australian Medicare card number: eight digits (the
// first 2-6), a check digit (the eight weighted 1 3 7 9 1 3 7 9, modulo
// 10) and the card's issue number, with the holder's individual
// reference number (1-9) apart.
func auMedicare(r *rand.Rand) (number, irn string) {
	d := append([]int{2 + r.IntN(5)}, digits(r, 7)...)
	d = append(d, wsum(d, []int{1, 3, 7, 9, 1, 3, 7, 9})%10, 1+r.IntN(5))
	return str(d), fmt.Sprint(1 + r.IntN(5))
}

// caSIN is a Canadian Social Insurance Number: nine digits (the first
// the province of registration, 9 for temporary residents) whose Luhn
// sum is a multiple of ten, written 123 456 782.
func caSIN(r *rand.Rand, resident bool) string {
	first := 1 + r.IntN(7)
	if !resident {
		first = 9
	}
	body := fmt.Sprint(first) + pattern(r, "#######")
	v := body + fmt.Sprint(luhnDigit(body))
	return v[:3] + " " + v[3:6] + " " + v[6:]
}

// egNationalID is an Egyptian national ID number: the century (2 for
// the 1900s, 3 for the 2000s), YYMMDD, the governorate of birth, a
// serial whose last digit is odd for a man, and a final digit (its
// check algorithm is not published; drawn here).
func egNationalID(r *rand.Rand, dob time.Time, f bool) string {
	c := 2
	if dob.Year() >= 2000 {
		c = 3
	}
	serial := r.IntN(500)*2 + 1
	if f {
		serial--
	}
	gov := pick(r, []string{"01", "02", "21", "12", "13", "88"})
	return fmt.Sprintf("%d%s%s%03d%d%d", c, dob.Format("060102"), gov, r.IntN(1000), serial%10, r.IntN(10))
}
