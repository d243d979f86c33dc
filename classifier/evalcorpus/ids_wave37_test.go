package evalcorpus

import (
	"strings"
	"testing"
	"time"
)

// Validators written apart from the generators, from the schemes'
// published rules.

func validEMSO(s string, dob time.Time, female bool) bool {
	if len(s) != 13 || onlyDigitsW37(s) != s || s[:4] != dob.Format("0102") || s[4:7] != dob.Format("2006")[1:] {
		return false
	}
	if serial := atoi(s[9:12]); (serial >= 500) != female {
		return false
	}
	w := []int{7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2}
	sum := 0
	for i := range 12 {
		sum += int(s[i]-'0') * w[i]
	}
	m := sum % 11
	want := 0
	if m != 0 {
		want = 11 - m
	}
	return want < 10 && int(s[12]-'0') == want
}

func validKVNR(s string) bool {
	if len(s) != 10 || s[0] < 'A' || s[0] > 'Z' || onlyDigitsW37(s[1:]) != s[1:] {
		return false
	}
	n := int(s[0]-'A') + 1
	ds := []int{n / 10, n % 10}
	for i := 1; i < 9; i++ {
		ds = append(ds, int(s[i]-'0'))
	}
	sum := 0
	for i, d := range ds {
		p := d
		if i%2 == 1 {
			p *= 2
		}
		sum += p/10 + p%10
	}
	return sum%10 == int(s[9]-'0')
}

func validCNS(s string) bool {
	if len(s) != 15 || onlyDigitsW37(s) != s {
		return false
	}
	sum := 0
	for i := range 15 {
		sum += int(s[i]-'0') * (15 - i)
	}
	return sum%11 == 0
}

func validBSN(s string) bool {
	if len(s) != 9 || onlyDigitsW37(s) != s {
		return false
	}
	sum := 0
	for i := range 8 {
		sum += int(s[i]-'0') * (9 - i)
	}
	return (sum-int(s[8]-'0'))%11 == 0
}

func validAHV(s string) bool {
	d := onlyDigitsW37(s)
	if len(d) != 13 || !strings.HasPrefix(d, "756") {
		return false
	}
	sum := 0
	for i := range 12 {
		w := 1
		if i%2 == 1 {
			w = 3
		}
		sum += int(d[i]-'0') * w
	}
	return (10-sum%10)%10 == int(d[12]-'0')
}

func validPTNIF(s string) bool {
	if len(s) != 9 || onlyDigitsW37(s) != s {
		return false
	}
	sum := 0
	for i := range 8 {
		sum += int(s[i]-'0') * (9 - i)
	}
	c := 11 - sum%11
	if c >= 10 {
		c = 0
	}
	return c == int(s[8]-'0')
}

func validTFN(s string) bool {
	d := onlyDigitsW37(s)
	if len(d) != 9 {
		return false
	}
	w := []int{1, 4, 3, 7, 5, 8, 6, 9, 10}
	sum := 0
	for i := range 9 {
		sum += int(d[i]-'0') * w[i]
	}
	return sum%11 == 0
}

func validPPSN(s string) bool {
	if len(s) != 8 || onlyDigitsW37(s[:7]) != s[:7] {
		return false
	}
	sum := 0
	for i := range 7 {
		sum += int(s[i]-'0') * (8 - i)
	}
	return "WABCDEFGHIJKLMNOPQRSTUV"[sum%23] == s[7]
}

// validLuhnW37 is the Luhn test of a digit string (its last digit the
// check digit).
func validLuhnW37(s string) bool {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		v := int(s[i] - '0')
		if (len(s)-1-i)%2 == 1 {
			if v *= 2; v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

func onlyDigitsW37(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func TestWave37IDsPublishedExamples(t *testing.T) {
	if !validEMSO("0101006500006", time.Date(2006, 1, 1, 0, 0, 0, 0, time.UTC), false) {
		t.Error("EMŠO 0101006500006 (born 1 January 2006) does not validate")
	}
	if !validKVNR("A123456780") {
		t.Error("KVNR A123456780 does not validate")
	}
	if !validCNS("700000000000005") {
		t.Error("CNS 700000000000005 does not validate")
	}
	if !validBSN("111222333") {
		t.Error("BSN 111222333 does not validate")
	}
	if !validAHV("756.9217.0769.85") {
		t.Error("AHV 756.9217.0769.85 does not validate")
	}
	if !validPTNIF("123456789") {
		t.Error("NIF 123456789 does not validate")
	}
	if !validTFN("123 456 782") {
		t.Error("TFN 123 456 782 does not validate")
	}
	if !validPPSN("1234567T") {
		t.Error("PPSN 1234567T does not validate")
	}
	if !validLuhnW37("000000018") {
		t.Error("mispar zehut 000000018 does not validate")
	}
	if validKVNR("A123456781") || validBSN("111222334") || validAHV("756.9217.0769.86") || validPPSN("1234567A") {
		t.Error("a wrong check digit validated")
	}
}

func TestWave37IDsValidate(t *testing.T) {
	r := newRand(37)
	for i := range 500 {
		dob := time.Date(1930+r.IntN(95), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		f := i%2 == 0
		if v := genEMSO(r, dob, f); !validEMSO(v, dob, f) {
			t.Fatalf("EMŠO %q (born %s, female %v) does not validate", v, dob.Format("2006-01-02"), f)
		}
		if v := genKVNR(r); !validKVNR(v) {
			t.Fatalf("KVNR %q does not validate", v)
		}
		if v := genCNS(r); !validCNS(v) {
			t.Fatalf("CNS %q does not validate", v)
		}
		if v := genIHI(r); len(v) != 16 || !strings.HasPrefix(v, "800360") || !validLuhnW37(v) {
			t.Fatalf("IHI %q does not validate", v)
		}
		if v := genBSN(r); !validBSN(v) {
			t.Fatalf("BSN %q does not validate", v)
		}
		if v := genAHV(r); !validAHV(v) {
			t.Fatalf("AHV %q does not validate", v)
		}
		if v := genTeudatZehut(r); len(v) != 9 || !validLuhnW37(v) {
			t.Fatalf("mispar zehut %q does not validate", v)
		}
		if v := genPTNIF(r); !validPTNIF(v) {
			t.Fatalf("NIF %q does not validate", v)
		}
		if v := genAUTFN(r); !validTFN(v) {
			t.Fatalf("TFN %q does not validate", v)
		}
		if v := genPPSN(r); !validPPSN(v) {
			t.Fatalf("PPSN %q does not validate", v)
		}
		if v := genITIN(r); len(v) != 11 || v[0] != '9' || v[3] != '-' || v[6] != '-' {
			t.Fatalf("ITIN %q is malformed", v)
		} else if g := atoi(v[4:6]); (g < 50 || g > 65) && (g < 70 || g > 88) && (g < 90 || g > 92) && g < 94 {
			t.Fatalf("ITIN %q has no ITIN group", v)
		}
	}
}
