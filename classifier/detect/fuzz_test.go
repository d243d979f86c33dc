package detect

import (
	"testing"
)

// alnumCounts counts the ASCII digits and letters of s; every identifier
// validator accepts only ASCII alphanumerics and separators.
func alnumCounts(s string) (digits, letters int) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
		case isUpper(c) || isLower(c):
			letters++
		}
	}
	return digits, letters
}

// shapeOK holds, per identifier detector, the character counts any accepted
// value must have: a validator that accepts a 10-digit "SNILS" is broken no
// matter what its checksum says.
var shapeOK = map[string]func(d, l int) bool{
	"ru_snils":          func(d, l int) bool { return d == 11 && l == 0 },
	"ru_inn":            func(d, l int) bool { return d == 12 && l == 0 },
	"ru_inn_company":    func(d, l int) bool { return d == 10 && l == 0 },
	"ru_ogrn":           func(d, l int) bool { return (d == 13 || d == 15) && l == 0 },
	"kz_iin":            func(d, l int) bool { return d == 12 && l == 0 },
	"cn_ric":            func(d, l int) bool { return d == 18 && l == 0 || d == 17 && l == 1 },
	"in_aadhaar":        func(d, l int) bool { return d == 12 && l == 0 },
	"in_pan":            func(d, l int) bool { return d == 4 && l == 6 },
	"br_cpf":            func(d, l int) bool { return d == 11 && l == 0 },
	"br_cnpj":           func(d, l int) bool { return d+l == 14 && d >= 2 },
	"us_ssn":            func(d, l int) bool { return d == 9 && l == 0 },
	"gb_nino":           func(d, l int) bool { return d == 6 && l == 3 },
	"kr_rrn":            func(d, l int) bool { return d == 13 && l == 0 },
	"pl_pesel":          func(d, l int) bool { return d == 11 && l == 0 },
	"es_dni":            func(d, l int) bool { return d == 8 && l == 1 || d == 7 && l == 2 },
	"it_codice_fiscale": func(d, l int) bool { return d+l == 16 && l >= 9 },
	"fr_nir":            func(d, l int) bool { return d == 15 && l == 0 || d == 14 && l == 1 },
	"de_idnr":           func(d, l int) bool { return d == 11 && l == 0 },
	"tr_tckn":           func(d, l int) bool { return d == 11 && l == 0 },
	"eu_vat":            func(d, l int) bool { return l >= 2 && d >= 2 && d+l <= 16 },
	"payment_card":      func(d, l int) bool { return d >= 12 && d <= 19 && l == 0 },
	"iban":              func(d, l int) bool { return d+l >= 15 && d+l <= 34 && l >= 2 },
}

func FuzzDetectors(f *testing.F) {
	for _, v := range detectorTable() {
		for _, s := range v.valid {
			f.Add(s)
		}
		for _, s := range v.invalid {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range Names() {
			fn, _ := Lookup(name)
			if !fn(s) {
				continue
			}
			if ok := shapeOK[name]; ok != nil {
				if d, l := alnumCounts(s); !ok(d, l) {
					t.Errorf("%s accepted %q with %d digits and %d letters", name, s, d, l)
				}
			}
		}
		if y, m, d, ok := ParseDate(s); ok && !validDate(y, m, d) {
			t.Errorf("ParseDate(%q) = %d-%d-%d, not a calendar date", s, y, m, d)
		}
		if y, m, d, ok := ParseCompactDate(s); ok && !validDate(y, m, d) {
			t.Errorf("ParseCompactDate(%q) = %d-%d-%d, not a calendar date", s, y, m, d)
		}
		if r, ok := PhoneRegion(s, "RU"); ok && r == "" {
			t.Errorf("PhoneRegion(%q) ok without a region", s)
		}
	})
}

func FuzzScanText(f *testing.F) {
	f.Add("Hi, I'm Anna (anna.k+work@example.com). Call +7 916 123-45-67. Card 4111 1111 1111 1111.")
	f.Add("IBAN DE89 3704 0044 0532 0130 00, NINO AB 12 34 56 C, SSN 536-90-4399, DNI X-2482300-W")
	f.Add(`{"email":"john@x.com","card":"5555555555554444","phone":"0049 30 901820"}`)
	f.Add("ИНН 500100732259, почта иван@пример.рф, тел. +7 (916) 123-45-67…")
	f.Add("a@b@c.com@@x.y 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		ScanText(s, func(m Match) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("match %+v out of order or bounds (previous end %d, len %d)", m, last, len(s))
			}
			last = m.End
			fn, ok := Lookup(m.Detector)
			if !ok {
				t.Fatalf("match %+v names an unknown detector", m)
			}
			if !fn(s[m.Start:m.End]) {
				t.Errorf("match %+v: %s rejects %q", m, m.Detector, s[m.Start:m.End])
			}
		})
	})
}
