package evalcorpus

import (
	"testing"
	"time"
)

// Validators written apart from the generators, from the schemes'
// published rules.

func onlyDigitsW38(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// validNOID checks a fødselsnummer or D-number: eleven digits, a date
// (the day plus 40 for a D-number) and both mod-11 check digits.
func validNOID(s string) (dnr bool, ok bool) {
	if len(s) != 11 || !onlyDigitsW38(s) {
		return false, false
	}
	n := make([]int, 11)
	for i := range s {
		n[i] = int(s[i] - '0')
	}
	day := n[0]*10 + n[1]
	if day > 40 {
		day -= 40
		dnr = true
	}
	month := n[2]*10 + n[3]
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return dnr, false
	}
	c1 := 11 - (3*n[0]+7*n[1]+6*n[2]+1*n[3]+8*n[4]+9*n[5]+4*n[6]+5*n[7]+2*n[8])%11
	if c1 == 11 {
		c1 = 0
	}
	c2 := 11 - (5*n[0]+4*n[1]+3*n[2]+2*n[3]+7*n[4]+6*n[5]+5*n[6]+4*n[7]+3*n[8]+2*n[9])%11
	if c2 == 11 {
		c2 = 0
	}
	return dnr, c1 == n[9] && c2 == n[10]
}

func validPINFL(s string, dob time.Time, female bool) bool {
	if len(s) != 14 || !onlyDigitsW38(s) || s[1:7] != dob.Format("020106") {
		return false
	}
	first := int(s[0] - '0')
	want := 3
	if dob.Year() >= 2000 {
		want = 5
	}
	if female {
		want++
	}
	if first != want {
		return false
	}
	w := [3]int{7, 3, 1}
	sum := 0
	for i := 0; i < 13; i++ {
		sum += int(s[i]-'0') * w[i%3]
	}
	return sum%10 == int(s[13]-'0')
}

func TestWave38IDs(t *testing.T) {
	r := newRand(38)
	for i := range 2000 {
		dob := time.Date(1930+r.IntN(96), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		f := i%2 == 0
		d := genDNumber(r, dob, f)
		if dnr, ok := validNOID(d); !ok || !dnr {
			t.Fatalf("D-number %q (born %s) does not validate", d, dob.Format("2006-01-02"))
		}
		if sex := int(d[8]-'0') % 2; (sex == 0) != f {
			t.Fatalf("D-number %q: the individual number's last digit does not tell the sex", d)
		}
		fnr := genFNR(r, dob, f, [2]string{})
		if dnr, ok := validNOID(fnr); !ok || dnr {
			t.Fatalf("fødselsnummer %q does not validate", fnr)
		}
		if p := genPINFL(r, dob, f); !validPINFL(p, dob, f) {
			t.Fatalf("PINFL %q (born %s) does not validate", p, dob.Format("2006-01-02"))
		}
		if v := genUZINN(r); len(v) != 9 || !onlyDigitsW38(v) || v[0] < '4' || v[0] > '6' {
			t.Fatalf("Uzbek INN %q", v)
		}
	}
	// A changed digit breaks the check digits.
	fnr := genFNR(r, time.Date(1972, 9, 13, 0, 0, 0, 0, time.UTC), false, [2]string{})
	bad := fnr[:5] + string('0'+(fnr[5]-'0'+1)%10) + fnr[6:]
	if _, ok := validNOID(bad); ok {
		t.Errorf("%q (from %q) should not validate", bad, fnr)
	}
}
