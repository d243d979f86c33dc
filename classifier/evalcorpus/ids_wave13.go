package evalcorpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"time"
)

// The identifiers of the wave-13 producers, written from the schemes'
// public definitions; ids_wave13_test.go checks them against validators
// written apart and against published examples.

// rnokppEpoch is the day before the first day a Ukrainian taxpayer's
// registration number (РНОКПП, formerly ІПН) counts from.
var rnokppEpoch = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)

// genRNOKPP is a Ukrainian individual taxpayer's registration number
// (РНОКПП): the number of days from 31 December 1899 to the birth date
// (five digits), three digits of sequence, a ninth digit even for a
// woman and odd for a man, and the check digit: the nine weighted -1 5 7
// 9 4 6 10 5 7, modulo 11, modulo 10.
func genRNOKPP(r *rand.Rand, dob time.Time, f bool) string {
	days := int(dob.Sub(rnokppEpoch).Hours() / 24)
	sex := r.IntN(5) * 2
	if !f {
		sex++
	}
	body := fmt.Sprintf("%05d%03d%d", days, r.IntN(1000), sex)
	d := make([]int, 9)
	for i := range d {
		d[i] = int(body[i] - '0')
	}
	s := wsum(d, []int{-1, 5, 7, 9, 4, 6, 10, 5, 7})
	return body + fmt.Sprint(((s%11)+11)%11%10)
}

// genUNZR is a record number of Ukraine's Unified State Demographic
// Register (УНЗР), printed on the ID card: YYYYMMDD of birth, a dash,
// four digits of sequence and a check digit (the twelve digits weighted
// 7 3 1 in turn, the sum modulo 10).
func genUNZR(r *rand.Rand, dob time.Time) string {
	body := dob.Format("20060102") + pattern(r, "####")
	s := 0
	for i := 0; i < 12; i++ {
		s += int(body[i]-'0') * []int{7, 3, 1}[i%3]
	}
	return body[:8] + "-" + body[8:] + fmt.Sprint(s%10)
}

// genBalticPersonalCode is an Estonian isikukood or a Lithuanian asmens
// kodas (the same scheme): the first digit tells century and sex (1/2
// for the 1800s, 3/4 for the 1900s, 5/6 for the 2000s, odd for a man),
// YYMMDD, three digits of sequence and the check digit: the ten weighted
// 1 2 3 4 5 6 7 8 9 1 modulo 11, or when that is 10 weighted 3 4 5 6 7 8
// 9 1 2 3 modulo 11, and 0 when that is 10 too.
func genBalticPersonalCode(r *rand.Rand, dob time.Time, f bool) string {
	g := 3 + 2*((dob.Year()-1900)/100)
	if f {
		g++
	}
	d := append([]int{g}, datedigits(dob.Year()%100, int(dob.Month()), dob.Day())...)
	d = append(d, digits(r, 3)...)
	c := wsum(d, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 1}) % 11
	if c == 10 {
		if c = wsum(d, []int{3, 4, 5, 6, 7, 8, 9, 1, 2, 3}) % 11; c == 10 {
			c = 0
		}
	}
	return str(append(d, c))
}

// genLVPersonasKods is a Latvian personal code of the form issued until
// 2017 (and kept by those who had it): DDMMYY-CNNNN, C the century (0
// for the 1800s, 1 for the 1900s, 2 for the 2000s) and the last digit
// 1101 less the ten weighted 1 6 3 7 9 10 5 8 4 2, modulo 11 (a code
// whose remainder would be 10 is never issued).
func genLVPersonasKods(r *rand.Rand, dob time.Time) string {
	for {
		d := datedigits(dob.Day(), int(dob.Month()), dob.Year()%100)
		d = append(d, (dob.Year()-1800)/100)
		d = append(d, digits(r, 3)...)
		c := (1101 - wsum(d, []int{1, 6, 3, 7, 9, 10, 5, 8, 4, 2})) % 11
		if c == 10 {
			continue
		}
		v := str(append(d, c))
		return v[:6] + "-" + v[6:]
	}
}

// ibanOf is the IBAN of a country's basic bank account number (ISO
// 13616): the check digits make the number, with the country and 00
// moved to the end and letters written 10-35, equal to 1 modulo 97.
func ibanOf(cc, bban string) string {
	var b strings.Builder
	for _, c := range bban + cc + "00" {
		if c >= 'A' && c <= 'Z' {
			b.WriteString(fmt.Sprint(int(c-'A') + 10))
		} else {
			b.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(b.String(), 10)
	m := new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return fmt.Sprintf("%s%02d%s", cc, 98-m, bban)
}

// bbanPatterns are the national account numbers of the IBAN countries
// the wave's payment producers pay into (# a digit, A a capital letter).
var bbanPatterns = map[string]string{
	"DE": "########" + "##########", "FR": "##########" + "#############", "ES": "####################",
	"IT": "A##########" + "############", "NL": "AAAA##########", "BE": "############", "AT": "################",
	"PT": "#####################", "PL": "########################", "TR": "#####0################",
	"GB": "AAAA##############", "EE": "################", "LV": "AAAA#############", "LT": "################",
	"UA": "######" + "###################",
}

// ibanFor is an IBAN of a country with a drawn account number.
func ibanFor(r *rand.Rand, cc string) string {
	p, ok := bbanPatterns[cc]
	if !ok {
		p = bbanPatterns["DE"]
	}
	return ibanOf(cc, pattern(r, p))
}

// genCLABE is a Mexican interbank account number (CLABE): three digits
// of the bank, three of the city, eleven of the account and the check
// digit (the seventeen weighted 3 7 1 in turn, each product modulo 10,
// ten less the sum modulo 10, modulo 10).
func genCLABE(r *rand.Rand) string {
	body := pick(r, []string{"002", "012", "014", "021", "030", "036", "044", "072", "127", "137", "646"}) + pick(r, []string{"180", "320", "580", "650", "010"}) + pattern(r, "###########")
	s := 0
	for i := 0; i < 17; i++ {
		s += int(body[i]-'0') * []int{3, 7, 1}[i%3] % 10
	}
	return body + fmt.Sprint((10-s%10)%10)
}

// genABARouting is a US bank routing transit number: the Federal
// Reserve district (01-12, or 21-32 for thrifts), six digits and the
// check digit that makes 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) a
// multiple of ten.
func genABARouting(r *rand.Rand) string {
	dist := 1 + r.IntN(12)
	if r.IntN(3) == 0 {
		dist += 20
	}
	d := append([]int{dist / 10, dist % 10}, digits(r, 6)...)
	s := 3*(d[0]+d[3]+d[6]) + 7*(d[1]+d[4]+d[7]) + (d[2] + d[5])
	return str(append(d, (10-s%10)%10))
}

// aadhaarOfflineHash is the hash the Aadhaar Paperless Offline e-KYC
// XML carries of the registered mobile number (or e-mail address):
// SHA-256 of the value followed by the share code, hashed again as many
// times as the last digit of the Aadhaar number says (once for 0 and
// 1), in lower-case hex.
func aadhaarOfflineHash(value, shareCode string, lastDigit int) string {
	n := max(lastDigit, 1)
	h := value + shareCode
	for range n {
		s := sha256.Sum256([]byte(h))
		h = hex.EncodeToString(s[:])
	}
	return h
}
