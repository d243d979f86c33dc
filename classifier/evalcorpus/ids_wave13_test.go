package evalcorpus

import (
	"crypto/sha256"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Validators written apart from ids_wave13.go, in the validating
// direction, and checked on published examples.

func validRNOKPP(s string, dob time.Time, female bool) bool {
	if len(s) != 10 || onlyDigits(s) != s {
		return false
	}
	days, _ := strconv.Atoi(s[:5])
	if time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days-1) != dob {
		return false
	}
	if int(s[8]-'0')%2 == 0 != female {
		return false
	}
	w := [9]int{-1, 5, 7, 9, 4, 6, 10, 5, 7}
	sum := 0
	for i := range w {
		sum += w[i] * int(s[i]-'0')
	}
	c := sum % 11
	if c < 0 {
		c += 11
	}
	return c%10 == int(s[9]-'0')
}

func validUNZR(s string, dob time.Time) bool {
	if len(s) != 14 || s[8] != '-' || s[:8] != dob.Format("20060102") {
		return false
	}
	d := s[:8] + s[9:]
	if onlyDigits(d) != d {
		return false
	}
	sum := 0
	for i := 0; i < 12; i++ {
		w := 7
		switch i % 3 {
		case 1:
			w = 3
		case 2:
			w = 1
		}
		sum += w * int(d[i]-'0')
	}
	return sum%10 == int(d[12]-'0')
}

// validEELT checks an Estonian isikukood or a Lithuanian asmens kodas,
// and that it holds the birth date and sex.
func validEELT(s string, dob time.Time, female bool) bool {
	if len(s) != 11 || onlyDigits(s) != s {
		return false
	}
	g := int(s[0] - '0')
	century := 1800 + (g-1)/2*100
	y, _ := strconv.Atoi(s[1:3])
	if time.Date(century+y, time.Month(atoi(s[3:5])), atoi(s[5:7]), 0, 0, 0, 0, time.UTC) != dob || (g%2 == 0) != female {
		return false
	}
	check := func(first int) int {
		sum := 0
		w := first
		for i := 0; i < 10; i++ {
			sum += w * int(s[i]-'0')
			if w++; w == 10 {
				w = 1
			}
		}
		return sum % 11
	}
	c := check(1)
	if c == 10 {
		if c = check(3); c == 10 {
			c = 0
		}
	}
	return c == int(s[10]-'0')
}

func validLVPK(s string, dob time.Time) bool {
	if len(s) != 12 || s[6] != '-' {
		return false
	}
	d := s[:6] + s[7:]
	if onlyDigits(d) != d || d[:6] != dob.Format("020106") || int(d[6]-'0') != dob.Year()/100-18 {
		return false
	}
	w := []int{1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, x := range w {
		sum += x * int(d[i]-'0')
	}
	return (1101-sum)%11 == int(d[10]-'0')
}

// validIBAN moves the first four characters to the end, writes letters
// as 10-35 and takes the remainder modulo 97 piecewise.
func validIBAN(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	r := s[4:] + s[:4]
	rem := 0
	for _, c := range r {
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A') + 10) % 97
		default:
			return false
		}
	}
	return rem == 1
}

func validCLABE(s string) bool {
	if len(s) != 18 || onlyDigits(s) != s {
		return false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += (int(s[i]-'0') * [3]int{3, 7, 1}[i%3]) % 10
	}
	return (10-sum%10)%10 == int(s[17]-'0')
}

func validABA(s string) bool {
	if len(s) != 9 || onlyDigits(s) != s {
		return false
	}
	d := func(i int) int { return int(s[i] - '0') }
	first := d(0)*10 + d(1)
	if !(first >= 1 && first <= 12) && !(first >= 21 && first <= 32) {
		return false
	}
	return (3*(d(0)+d(3)+d(6))+7*(d(1)+d(4)+d(7))+d(2)+d(5)+d(8))%10 == 0
}

func TestWave13IDsPublishedExamples(t *testing.T) {
	for _, s := range []string{"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "EE382200221020145685"} {
		if !validIBAN(s) {
			t.Errorf("published IBAN %s fails the validator", s)
		}
	}
	if validIBAN("GB82WEST12345698765433") {
		t.Error("a wrong IBAN passes")
	}
	if v := ibanOf("GB", "WEST12345698765432"); v != "GB82WEST12345698765432" {
		t.Errorf("ibanOf: %s", v)
	}
	if v := ibanOf("DE", "370400440532013000"); v != "DE89370400440532013000" {
		t.Errorf("ibanOf: %s", v)
	}
	for _, s := range []string{"011000015", "021000021", "026009593"} {
		if !validABA(s) {
			t.Errorf("published routing number %s fails", s)
		}
	}
	if !validCLABE("002010077777777771") {
		t.Error("published CLABE fails")
	}
	dob := time.Date(1976, 5, 3, 0, 0, 0, 0, time.UTC)
	if !validEELT("37605030299", dob, false) {
		t.Error("published isikukood fails")
	}
	if !validLVPK("161175-19997", time.Date(1975, 11, 16, 0, 0, 0, 0, time.UTC)) {
		t.Error("published personas kods fails")
	}
}

func TestWave13IDsValidate(t *testing.T) {
	r := newRand(13)
	for i := range 3000 {
		dob := time.Date(1935+r.IntN(90), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		f := i%2 == 0
		if v := genRNOKPP(r, dob, f); !validRNOKPP(v, dob, f) {
			t.Fatalf("РНОКПП %s (%s, female %v)", v, dob.Format("2006-01-02"), f)
		}
		if v := genUNZR(r, dob); !validUNZR(v, dob) {
			t.Fatalf("УНЗР %s", v)
		}
		if v := genBalticPersonalCode(r, dob, f); !validEELT(v, dob, f) {
			t.Fatalf("isikukood %s (%s, female %v)", v, dob.Format("2006-01-02"), f)
		}
		if v := genLVPersonasKods(r, dob); !validLVPK(v, dob) {
			t.Fatalf("personas kods %s", v)
		}
		for cc := range bbanPatterns {
			if v := ibanFor(r, cc); !validIBAN(v) || v[:2] != cc {
				t.Fatalf("IBAN %s", v)
			}
		}
		if v := genCLABE(r); !validCLABE(v) {
			t.Fatalf("CLABE %s", v)
		}
		if v := genABARouting(r); !validABA(v) {
			t.Fatalf("ABA %s", v)
		}
	}
}

func TestAadhaarOfflineHash(t *testing.T) {
	// The hash taken n times, written apart: once for 0 and 1.
	want := func(v, share string, last int) string {
		times := last
		if times < 2 {
			times = 1
		}
		h := v + share
		for i := 0; i < times; i++ {
			h = fmt.Sprintf("%x", sha256.Sum256([]byte(h)))
		}
		return h
	}
	for last := 0; last < 10; last++ {
		if got := aadhaarOfflineHash("9800000002", "1234", last); got != want("9800000002", "1234", last) {
			t.Errorf("last digit %d: %s", last, got)
		}
	}
	one := fmt.Sprintf("%x", sha256.Sum256([]byte("98000000021234")))
	if aadhaarOfflineHash("9800000002", "1234", 0) != one || aadhaarOfflineHash("9800000002", "1234", 1) != one {
		t.Error("the hash of a number ending in 0 or 1 is taken once")
	}
}
