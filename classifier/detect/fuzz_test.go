package detect

import (
	"testing"
)

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
			if ok := shapes[name]; ok != nil {
				if d, l := Counts(s); !ok(d, l) {
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
		for _, o := range [...]Order{Younger, DayFirst, MonthFirst} {
			if y, m, d, ok := ParseBirthDateAt(s, o, 2026); ok && y >= 1500 && !validDate(y, m, d) {
				t.Errorf("ParseBirthDateAt(%q) = %d-%d-%d, not a calendar date", s, y, m, d)
			}
		}
		for sc := 0; sc < BirthSchemes(); sc++ {
			if y, m, d, ok := BirthDateFromScheme(sc, s, 2026); ok && !validDate(y, m, d) {
				t.Errorf("BirthDateFromScheme(%d, %q) = %d-%d-%d, not a calendar date", sc, s, y, m, d)
			}
		}
		if y, ok := BirthYear(s); ok && (y < 1900 || y > 2100) {
			t.Errorf("BirthYear(%q) = %d", s, y)
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
