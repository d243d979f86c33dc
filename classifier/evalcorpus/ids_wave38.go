package evalcorpus

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// The identifiers of the wave-38 producers, written from the schemes'
// public definitions; ids_wave38_test.go checks them against validators
// written apart. The Dutch BSN (genBSN), the Norwegian fødselsnummer
// (genFNR), the Russian INN and SNILS (genINN, genSNILS), the Kazakh IIN
// (genIIN), the Chinese resident identity card number (genRIC) and the
// Indian PAN (genPAN) are the earlier waves' generators.

// genDNumber is a Norwegian D-number (Folkeregisteret's number for a
// person who is not, or not yet, settled in Norway): a fødselsnummer
// whose day of birth is written plus 40 (the first digit 4 to 7), with
// the same individual number and the same two mod-11 check digits
// (weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2; a remainder
// giving 10 is never issued).
func genDNumber(r *rand.Rand, dob time.Time, f bool) string {
	return w24FNR(r, dob, f, true) // wave 24's generator draws the same
}

// genPINFL is an Uzbek personal identification number (ПИНФЛ / JShShIR,
// 14 digits): the century and sex (3 a man and 4 a woman born in the
// 1900s, 5 and 6 in the 2000s), DDMMYY, a three-digit district code, a
// three-digit serial and a check digit, the thirteen digits weighted
// 7 3 1 7 3 1 ... and summed modulo 10.
func genPINFL(r *rand.Rand, dob time.Time, f bool) string {
	c := 3
	if dob.Year() >= 2000 {
		c = 5
	}
	if f {
		c++
	}
	d := append([]int{c}, datedigits(dob.Day(), int(dob.Month()), dob.Year()%100)...)
	d = append(d, digits(r, 6)...)
	s := 0
	for i, x := range d {
		s += x * []int{7, 3, 1}[i%3]
	}
	return str(append(d, s%10))
}

// genUZINN is an Uzbek taxpayer number (ИНН / STIR) of a person: nine
// digits, those of individuals starting 4 to 6 (those of companies 2
// or 3). The tax committee publishes no check digit for them.
func genUZINN(r *rand.Rand) string {
	return fmt.Sprint(4+r.IntN(3)) + pattern(r, "########")
}

// genRUPassport is a Russian internal passport's series and number as
// 1C's identity document fields write them: the series as two groups of
// two digits (the region's OKATO code and the year of the blank), the
// number of six digits.
func genRUPassport(r *rand.Rand, issued time.Time) (series, number string) {
	return fmt.Sprintf("%02d %02d", pick(r, []int{45, 46, 40, 92, 50, 77, 65, 71}), issued.Year()%100), pattern(r, "######")
}
