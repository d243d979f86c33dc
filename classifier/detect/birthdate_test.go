package detect

import "testing"

func TestParseBirthDate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		order   Order
		y, m, d int
		ok      bool
	}{
		{"2014-06-01", Younger, 2014, 6, 1, true},
		{"20140601", Younger, 2014, 6, 1, true},
		{"01.06.2014", MonthFirst, 2014, 6, 1, true}, // dots are day first everywhere
		{"05/06/2014", DayFirst, 2014, 6, 5, true},
		{"05/06/2014", MonthFirst, 2014, 5, 6, true},
		{"05/06/2014", Younger, 2014, 6, 5, true}, // the later reading
		{"06/05/2014", Younger, 2014, 6, 5, true},
		{"13/06/2014", MonthFirst, 2014, 6, 13, true}, // only one reading is a date
		{"1 June 2014", Younger, 2014, 6, 1, true},
		{"June 1st, 2014", Younger, 2014, 6, 1, true},
		{"1-Jun-2014", Younger, 2014, 6, 1, true},
		{"1er juin 2014", Younger, 2014, 6, 1, true},
		{"1 de junho de 2014", Younger, 2014, 6, 1, true},
		{"1 giugno 2014", Younger, 2014, 6, 1, true},
		{"1 juni 2014", Younger, 2014, 6, 1, true},
		{"1 червня 2014 р.", Younger, 2014, 6, 1, true},
		{"1 Haziran 2014", Younger, 2014, 6, 1, true},
		{"2014年6月1日", Younger, 2014, 6, 1, true},
		{"2014년 6월 1일", Younger, 2014, 6, 1, true},
		// Czech, Slovak and Hungarian (red team 11: F11).
		{"1. 6. 2014", Younger, 2014, 6, 1, true},
		{"1. června 2014", Younger, 2014, 6, 1, true},
		{"1. července 2014", Younger, 2014, 7, 1, true},
		{"15. listopadu 2014", Younger, 2014, 11, 15, true},
		{"1. červen 2014", Younger, 2014, 6, 1, true},
		{"1. júna 2014", Younger, 2014, 6, 1, true},
		{"1. decembra 2014", Younger, 2014, 12, 1, true},
		{"2014. június 1.", Younger, 2014, 6, 1, true},
		{"2014. jún. 1.", Younger, 2014, 6, 1, true},
		{"2014. március 15-én", Younger, 2014, 3, 15, true},
		{"2014. június 1-jén", Younger, 2014, 6, 1, true},
		{"31. června 2014", Younger, 0, 0, 0, false},
		{"31 June 2014", Younger, 0, 0, 0, false},
		{"born in spring", Younger, 0, 0, 0, false},
		{"1 2 3 4", Younger, 0, 0, 0, false},
		{"12345678", Younger, 0, 0, 0, false},
	} {
		y, m, d, ok := ParseBirthDate(tc.in, tc.order)
		if ok != tc.ok || y != tc.y || m != tc.m || d != tc.d {
			t.Errorf("ParseBirthDate(%q, %d) = %d-%d-%d %v, want %d-%d-%d %v", tc.in, tc.order, y, m, d, ok, tc.y, tc.m, tc.d, tc.ok)
		}
	}
}

func TestBirthDateFromID(t *testing.T) {
	for _, tc := range []struct {
		det, in string
		y, m, d int
		ok      bool
	}{
		{"cn_ric", "110101201406011235", 2014, 6, 1, true},
		{"kr_rrn", "140601-3123455", 2014, 6, 1, true},
		{"kz_iin", "140601510005", 2014, 6, 1, true},
		{"pl_pesel", "14260112346", 2014, 6, 1, true},
		{"it_codice_fiscale", "RSSMRA85T10A562S", 1985, 12, 10, true},
		{"cn_ric", "110101201406011236", 0, 0, 0, false}, // bad check digit
		{"us_ssn", "123-45-6789", 0, 0, 0, false},        // carries no date
	} {
		y, m, d, ok := BirthDateFromID(tc.det, tc.in, 2026)
		if ok != tc.ok || y != tc.y || m != tc.m || d != tc.d {
			t.Errorf("BirthDateFromID(%s, %q) = %d-%d-%d %v, want %d-%d-%d %v", tc.det, tc.in, y, m, d, ok, tc.y, tc.m, tc.d, tc.ok)
		}
	}
	if y := youngestYear(25, 2026); y != 2025 {
		t.Errorf("youngestYear(25) = %d", y)
	}
	if y := youngestYear(27, 2026); y != 1927 {
		t.Errorf("youngestYear(27) = %d", y)
	}
}
