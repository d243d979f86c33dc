package evalcorpus

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// Validators written apart from ids_wave12.go, in the validating
// direction, and checked on published examples.

func validBENRN(s string, dob time.Time) bool {
	if len(s) != 11 || onlyDigits(s) != s {
		return false
	}
	n, _ := strconv.Atoi(s[:9])
	c, _ := strconv.Atoi(s[9:])
	if dob.Year() >= 2000 {
		n += 2000000000
	}
	return 97-n%97 == c
}

func validBEEID(s string) bool {
	if len(s) != 12 || onlyDigits(s) != s {
		return false
	}
	n, _ := strconv.Atoi(s[:10])
	c, _ := strconv.Atoi(s[10:])
	if c == 97 {
		c = 0
	}
	return n%97 == c
}

var cfEvenTable = func() map[byte]int {
	m := map[byte]int{}
	for i := 0; i < 10; i++ {
		m[byte('0'+i)] = i
	}
	for i := 0; i < 26; i++ {
		m[byte('A'+i)] = i
	}
	return m
}()

// cfOddTable is the Agenzia delle Entrate's table for the odd positions.
var cfOddTable = map[byte]int{
	'0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
	'A': 1, 'B': 0, 'C': 5, 'D': 7, 'E': 9, 'F': 13, 'G': 15, 'H': 17, 'I': 19, 'J': 21, 'K': 2, 'L': 4, 'M': 18,
	'N': 20, 'O': 11, 'P': 3, 'Q': 6, 'R': 8, 'S': 12, 'T': 14, 'U': 16, 'V': 10, 'W': 22, 'X': 25, 'Y': 24, 'Z': 23,
}

func validCF(s string) bool {
	if len(s) != 16 {
		return false
	}
	sum := 0
	for i := 0; i < 15; i++ {
		if i%2 == 0 {
			sum += cfOddTable[s[i]]
		} else {
			sum += cfEvenTable[s[i]]
		}
	}
	return s[15] == byte('A'+sum%26)
}

func validZAID(s string) bool { return len(s) == 13 && onlyDigits(s) == s && validLuhn(s) }

func validCUIL(s string) bool {
	v := onlyDigits(s)
	if len(v) != 11 {
		return false
	}
	sum := 0
	for i, w := range []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1} {
		sum += w * int(v[i]-'0')
	}
	return sum%11 == 0
}

func validMedicare(s string) bool {
	if len(s) != 10 || s[0] < '2' || s[0] > '6' {
		return false
	}
	sum := 0
	for i, w := range []int{1, 3, 7, 9, 1, 3, 7, 9} {
		sum += w * int(s[i]-'0')
	}
	return sum%10 == int(s[8]-'0')
}

func TestWave12IDs(t *testing.T) {
	// Published examples: itsme's test identity (born 1985-01-02), the
	// codice fiscale of the Agenzia delle Entrate's examples, the South
	// African Home Affairs sample and the Medicare test number.
	if !validBENRN("85010244229", time.Date(1985, 1, 2, 0, 0, 0, 0, time.UTC)) || validBENRN("85010244228", time.Date(1985, 1, 2, 0, 0, 0, 0, time.UTC)) {
		t.Error("national register number validator wrong on the published example")
	}
	if !validCF("RSSMRA85T10A562S") || validCF("RSSMRA85T10A562T") {
		t.Error("codice fiscale validator wrong on the published example")
	}
	if !validZAID("8001015009087") {
		t.Error("South African ID validator wrong on the published example")
	}
	if !validMedicare("2123456701") {
		t.Error("Medicare validator wrong on the test number")
	}
	if !validCUIL("20-12345678-6") {
		t.Error("CUIL validator wrong")
	}
	r := newRand(12)
	for i := range 3000 {
		dob := time.Date(1930+r.IntN(95), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		f := i%2 == 0
		v := genBENRN(r, dob, f, [2]string{})
		if !validBENRN(v, dob) || v[:6] != dob.Format("060102") || (int(v[8]-'0')%2 == 0) != f {
			t.Fatalf("national register number %s (born %s, female %v)", v, dob.Format("2006-01-02"), f)
		}
		if d := beNRNDotted(v); len(d) != 15 || onlyDigits(d) != v {
			t.Fatalf("dotted %s", d)
		}
		if v := beEIDCardNumber(r); !validBEEID(v) {
			t.Fatalf("eID card number %s", v)
		}
		place := pick(r, []string{"H501", "F205", "Z129", "Z330"})
		if v := cfAt(dob, f, "giulia", "rossi", place); !validCF(v) || v[11:15] != place || !strings.HasPrefix(v, "RSSGLI") {
			t.Fatalf("codice fiscale %s", v)
		}
		if v := zaID(r, dob, f, i%3 != 0); !validZAID(v) || v[:6] != dob.Format("060102") || (v[6] < '5') != f {
			t.Fatalf("South African ID %s", v)
		}
		cuil, dni := arCUIL(r, dob, f)
		if !validCUIL(cuil) || !strings.Contains(cuil, dni) || strings.HasPrefix(cuil, "27") != f {
			t.Fatalf("CUIL %s (DNI %s)", cuil, dni)
		}
		if v, irn := auMedicare(r); !validMedicare(v) || len(irn) != 1 {
			t.Fatalf("Medicare %s", v)
		}
		if v := caSIN(r, i%4 != 0); !validLuhn(onlyDigits(v)) || len(v) != 11 {
			t.Fatalf("SIN %s", v)
		}
		if v := egNationalID(r, dob, f); len(v) != 14 || v[1:7] != dob.Format("060102") || (int(v[12]-'0')%2 == 0) != f {
			t.Fatalf("Egyptian national ID %s", v)
		}
	}
}
