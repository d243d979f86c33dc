package evalcorpus

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// The validators below are written apart from the generators of
// ids_more.go, from the same public definitions, in the validating
// direction; published examples check both.

func onlyDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r < '0' || r > '9' {
			return -1
		}
		return r
	}, s)
}

func validFNR(s string) bool {
	if len(s) != 11 || onlyDigits(s) != s {
		return false
	}
	d := make([]int, 11)
	for i := range s {
		d[i] = int(s[i] - '0')
	}
	w1 := []int{3, 7, 6, 1, 8, 9, 4, 5, 2, 1}
	w2 := []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1}
	s1, s2 := 0, 0
	for i, w := range w1 {
		s1 += w * d[i]
	}
	for i, w := range w2 {
		s2 += w * d[i]
	}
	return s1%11 == 0 && s2%11 == 0
}

func validCPRMod11(s string) bool {
	v := onlyDigits(s)
	if len(v) != 10 {
		return false
	}
	sum := 0
	for i, w := range []int{4, 3, 2, 7, 6, 5, 4, 3, 2, 1} {
		sum += w * int(v[i]-'0')
	}
	return sum%11 == 0
}

func validHETU(s string) bool {
	if len(s) != 11 || !strings.ContainsRune("-+AYXWVUBCDEF", rune(s[6])) {
		return false
	}
	n, err := strconv.Atoi(s[:6] + s[7:10])
	return err == nil && "0123456789ABCDEFHJKLMNPRSTUVWXY"[n%31] == s[10]
}

func validVerhoeff(s string) bool {
	c := 0
	for i := 0; i < len(s); i++ {
		c = verD[c][verP[i%8][int(s[len(s)-1-i]-'0')]]
	}
	return c == 0
}

func validRUT(s string) bool {
	i := strings.LastIndexByte(s, '-')
	if i < 0 {
		return false
	}
	body := onlyDigits(s[:i])
	sum, w := 0, 2
	for j := len(body) - 1; j >= 0; j-- {
		sum += int(body[j]-'0') * w
		w = w%7 + 1
		if w == 1 {
			w = 2
		}
	}
	want := map[int]string{11: "0", 10: "K"}[11-sum%11]
	if want == "" {
		want = strconv.Itoa(11 - sum%11)
	}
	return s[i+1:] == want
}

func validUYCI(s string) bool {
	v := onlyDigits(s)
	if len(v) != 8 {
		return false
	}
	sum := 0
	for i, w := range []int{2, 9, 8, 7, 6, 3, 4} {
		sum += w * int(v[i]-'0')
	}
	return (sum+int(v[7]-'0'))%10 == 0
}

func validNRIC(s string) bool {
	if len(s) != 9 {
		return false
	}
	sum := 0
	for i, w := range []int{2, 7, 6, 5, 4, 3, 2} {
		sum += w * int(s[1+i]-'0')
	}
	switch s[0] {
	case 'S':
		return "JZIHGFEDCBA"[sum%11] == s[8]
	case 'T':
		return "JZIHGFEDCBA"[(sum+4)%11] == s[8]
	case 'F':
		return "XWUTRQPNMLK"[sum%11] == s[8]
	case 'G':
		return "XWUTRQPNMLK"[(sum+4)%11] == s[8]
	}
	return false
}

func validLuhn(s string) bool {
	v := onlyDigits(s)
	sum := 0
	for i := range v {
		d := int(v[len(v)-1-i] - '0')
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return len(v) > 1 && sum%10 == 0
}

func validCNPJ(s string) bool {
	v := onlyDigits(s)
	if len(v) != 14 {
		return false
	}
	check := func(n int) bool {
		sum := 0
		w := n - 7
		for i := 0; i < n; i++ {
			sum += int(v[i]-'0') * w
			if w--; w < 2 {
				w = 9
			}
		}
		r := sum % 11
		want := 0
		if r >= 2 {
			want = 11 - r
		}
		return int(v[n]-'0') == want
	}
	return check(12) && check(13)
}

func validCURP(s string) bool {
	r := []rune(s)
	if len(r) != 18 {
		return false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += strings.IndexRune("0123456789ABCDEFGHIJKLMN", r[i])*(18-i)*b2i(strings.ContainsRune("0123456789ABCDEFGHIJKLMN", r[i])) +
			(strings.IndexRune("OPQRSTUVWXYZ", r[i])+25)*(18-i)*b2i(strings.ContainsRune("OPQRSTUVWXYZ", r[i])) +
			24*(18-i)*b2i(r[i] == 'Ñ')
	}
	return int(r[17]-'0') == (10-sum%10)%10
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestMoreNationalIDs(t *testing.T) {
	// Published examples: Singapore's S1234567D and F1234567N, Finland's
	// 131052-308T (Digital and Population Data Services Agency), Chile's
	// 12.345.678-5, Uruguay's 1.234.567-2, Brazil's 11.222.333/0001-81,
	// Mexico's HEGG560427MVZRRL04 (RENAPO).
	for _, c := range []struct {
		v  string
		ok func(string) bool
	}{{"S1234567D", validNRIC}, {"F1234567N", validNRIC}, {"131052-308T", validHETU}, {"12.345.678-5", validRUT}, {"1.234.567-2", validUYCI}, {"11.222.333/0001-81", validCNPJ}, {"HEGG560427MVZRRL04", validCURP}} {
		if !c.ok(c.v) {
			t.Errorf("published example %s does not validate", c.v)
		}
	}
	if validNRIC("S1234567A") || validHETU("131052-308U") || validRUT("12.345.678-4") || validUYCI("1.234.567-3") || validCNPJ("11.222.333/0001-82") {
		t.Error("a wrong check character validates")
	}
	if got := rutDV(12345678); got != "5" {
		t.Errorf("rutDV(12345678) = %s, want 5", got)
	}
	r := newRand(9)
	for i := range 2000 {
		dob := time.Date(1930+r.IntN(95), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		f := i%2 == 0
		if v := genFNR(r, dob, f, [2]string{}); !validFNR(v) || v[:6] != dob.Format("020106") || int(v[8]-'0')%2 == b2i(f) {
			t.Fatalf("fødselsnummer %s (born %s, female %v)", v, dob.Format("2006-01-02"), f)
		}
		if v := genCPR(r, dob, f, [2]string{}); dob.Before(cprModulus11Until) && !validCPRMod11(v) || int(v[10]-'0')%2 == b2i(f) || v[:6] != dob.Format("020106") {
			t.Fatalf("CPR %s (born %s, female %v)", v, dob.Format("2006-01-02"), f)
		}
		if v := genHETU(r, dob, f, [2]string{}); !validHETU(v) || int(v[9]-'0')%2 == b2i(f) {
			t.Fatalf("HETU %s (female %v)", v, f)
		}
		for _, v := range []string{onlyDigits(genPSN(r, dob, f, [2]string{})), onlyDigits(genFaydaFIN(r, dob, f, [2]string{}))} {
			if len(v) != 12 || !validVerhoeff(v) || v[0] < '2' {
				t.Fatalf("MOSIP UIN %s", v)
			}
		}
		if v := genRUT(r, dob, f, [2]string{}); !validRUT(v) {
			t.Fatalf("RUT %s", v)
		}
		if v := genUYCI(r, dob, f, [2]string{}); !validUYCI(v) {
			t.Fatalf("CI %s", v)
		}
		for _, foreign := range []bool{false, true} {
			if v := nric(r, dob, foreign, !foreign && f); !validNRIC(v) {
				t.Fatalf("NRIC/FIN %s", v)
			}
		}
		if v := emiratesID(r, dob); len(v) != 15 || !validLuhn(v) || v[3:7] != dob.Format("2006") {
			t.Fatalf("Emirates ID %s", v)
		}
		if v := cnpj(r); !validCNPJ(v) {
			t.Fatalf("CNPJ %s", v)
		}
		if v := curp(r, dob, f, "maría josé", "hernández"); !validCURP(v) || !strings.HasPrefix(v, "HE") {
			t.Fatalf("CURP %s", v)
		}
	}
}

func TestMoreCountries(t *testing.T) {
	r := newRand(5)
	for _, c := range moreCountries {
		if countryByCode(c.code) != c {
			t.Errorf("%s: not found by code", c.code)
		}
		if slicesContainCode(countries, c.code) {
			t.Errorf("%s: in both lists", c.code)
		}
		e164, _ := phoneNumber(r, c.code)
		if !strings.HasPrefix(e164, "+") {
			t.Errorf("%s: no phone number (%q)", c.code, e164)
		}
		if alpha3[c.code] == "" || englishName[c.code] == "" || capital[c.code] == [2]float64{} {
			t.Errorf("%s: missing from alpha3, englishName or capital", c.code)
		}
		if _, ok := zoneOffsets[c.tz]; !ok {
			t.Errorf("%s: zone %s has no offset", c.code, c.tz)
		}
		for _, o := range countries {
			if o.tz == c.tz {
				t.Errorf("%s: zone %s is %s's too", c.code, c.tz, o.code)
			}
		}
		p := newPerson(r, c, eventBase)
		if len(c.ids) > 0 && p.idValue == "" {
			t.Errorf("%s: no national id", c.code)
		}
	}
}

func slicesContainCode(cs []*country, cc string) bool {
	for _, c := range cs {
		if c.code == cc {
			return true
		}
	}
	return false
}
