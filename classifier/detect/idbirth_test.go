package detect

import "testing"

// Each scheme without a detector of its own: a valid number decodes to its
// holder's date of birth under the scheme's century rule; a wrong check
// digit, an impossible date or a wrong shape decodes to nothing.
func TestBirthDateFromScheme(t *testing.T) {
	for _, tc := range []struct {
		scheme, in string
		y, m, d    int
		ok         bool
	}{
		{"za_id", "1406015800087", 2014, 6, 1, true},
		{"za_id", "8001015009087", 1980, 1, 1, true},
		{"za_id", "1406015800088", 0, 0, 0, false}, // Luhn
		{"za_id", "1406015800387", 0, 0, 0, false}, // citizenship digit 3
		{"se_personnummer", "20140601-2383", 2014, 6, 1, true},
		{"se_personnummer", "140601-2383", 2014, 6, 1, true},
		{"se_personnummer", "1406012383", 2014, 6, 1, true},
		{"se_personnummer", "140601+2383", 1914, 6, 1, true}, // '+': 100 or older
		{"se_personnummer", "140661-2380", 2014, 6, 1, true}, // samordningsnummer: day + 60
		{"se_personnummer", "140601-2384", 0, 0, 0, false},
		{"se_personnummer", "20140601+2383", 0, 0, 0, false},
		{"no_fodselsnummer", "01061450005", 2014, 6, 1, true}, // individual 500, YY < 40: 2000s
		{"no_fodselsnummer", "01069010187", 1990, 6, 1, true}, // individual 101: 1900s
		{"no_fodselsnummer", "41061450260", 2014, 6, 1, true}, // D-number: day + 40
		{"no_fodselsnummer", "01061450006", 0, 0, 0, false},   // second check digit
		{"dk_cpr", "010614-4123", 2014, 6, 1, true},           // 4 with YY <= 36: 2000s
		{"dk_cpr", "010614-1123", 1914, 6, 1, true},           // 0-3: 1900s
		{"dk_cpr", "010660-5123", 1860, 6, 1, true},           // 5-8 with YY >= 58: 1800s
		{"dk_cpr", "310214-4123", 0, 0, 0, false},             // no 31 February
		{"fi_hetu", "010614A1232", 2014, 6, 1, true},
		{"fi_hetu", "010690-123N", 1990, 6, 1, true},
		{"fi_hetu", "010614A1233", 0, 0, 0, false},
		{"fi_hetu", "010614G1232", 0, 0, 0, false},          // no such century sign
		{"mx_curp", "GAPA140601HDFRRNA7", 2014, 6, 1, true}, // letter: 2000s
		{"mx_curp", "GAPA900601HDFRRN07", 1990, 6, 1, true}, // digit: 1900s
		{"mx_curp", "GAPA140601HDFRRN09", 0, 0, 0, false},   // the check digit is 7
		{"mx_curp", "GAPA140601HXXRRNA7", 0, 0, 0, false},   // no state XX
		{"my_nric", "140601-14-5678", 2014, 6, 1, true},
		{"my_nric", "140601145678", 2014, 6, 1, true},
		{"my_nric", "140601-18-5678", 0, 0, 0, false},    // birthplace 18 is never assigned
		{"id_nik", "3171014106140001", 2014, 6, 1, true}, // a woman: day + 40
		{"id_nik", "3171010106140001", 2014, 6, 1, true},
		{"id_nik", "0071010106140001", 0, 0, 0, false}, // no province 00
		{"eg_nid", "31406010123456", 2014, 6, 1, true},
		{"eg_nid", "29006010123456", 1990, 6, 1, true},
		{"eg_nid", "41406010123456", 0, 0, 0, false}, // century digit 4
		{"eg_nid", "31406015023456", 0, 0, 0, false}, // governorate 50
		// Red team 18 (F15).
		{"ee_isikukood", "51503011237", 2015, 3, 1, true}, // 5: a man born in the 2000s
		{"ee_isikukood", "38001010009", 1980, 1, 1, true}, // 3: the 1900s
		{"ee_isikukood", "51503011238", 0, 0, 0, false},   // the check digit is 7
		{"ee_isikukood", "91503011237", 0, 0, 0, false},   // no century 9
		{"lt_asmens_kodas", "51503010000", 2015, 3, 1, true},
		{"lt_asmens_kodas", "48505150002", 1985, 5, 15, true},
		{"lt_asmens_kodas", "51502300003", 0, 0, 0, false}, // no 30 February
		{"ro_cnp", "6150301123453", 2015, 3, 1, true},      // 6: a woman born in the 2000s
		{"ro_cnp", "1800101221144", 1980, 1, 1, true},
		{"ro_cnp", "6150301123454", 0, 0, 0, false}, // the check digit is 3
		{"ro_cnp", "6150301993450", 0, 0, 0, false}, // no county 99
		{"bg_egn", "1543011230", 2015, 3, 1, true},  // month + 40: the 2000s
		{"bg_egn", "8001010008", 1980, 1, 1, true},
		{"bg_egn", "1543011231", 0, 0, 0, false}, // the check digit is 0
		{"mx_curp", "GOML150301HDFNRSA8", 2015, 3, 1, true},
		{"mx_curp", "GOML150301HDFNRS08", 1915, 3, 1, true}, // a digit at 17: born before 2000
	} {
		sc := -1
		for i := 0; i < BirthSchemes(); i++ {
			if name, _, _ := BirthScheme(i); name == tc.scheme {
				sc = i
			}
		}
		if sc < 0 {
			t.Fatalf("no scheme %s", tc.scheme)
		}
		y, m, d, ok := BirthDateFromScheme(sc, tc.in, 2026)
		if ok != tc.ok || y != tc.y || m != tc.m || d != tc.d {
			t.Errorf("BirthDateFromScheme(%s, %q) = %d-%d-%d %v, want %d-%d-%d %v", tc.scheme, tc.in, y, m, d, ok, tc.y, tc.m, tc.d, tc.ok)
		}
	}
	if BirthSchemeNamed("personnummer") < 0 || BirthSchemeNamed("curp") < 0 || BirthSchemeNamed("idnumber") >= 0 {
		t.Error("BirthSchemeNamed: personnummer and curp name schemes, idnumber none")
	}
}

// Decoding a rejected value allocates nothing: the classifier tries every
// checked scheme on a generic national id's value.
func TestBirthDateFromSchemeAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() {
		for i := 0; i < BirthSchemes(); i++ {
			BirthDateFromScheme(i, "1406015800087", 2026)
			BirthDateFromScheme(i, "GAPA140601HDFRRNA7", 2026)
		}
	}); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

func TestParseMonthYear(t *testing.T) {
	for _, tc := range []struct {
		in   string
		y, m int
		ok   bool
	}{
		{"June 2014", 2014, 6, true},
		{"Juni 2014", 2014, 6, true},
		{"juin 2014", 2014, 6, true},
		{"junio de 2014", 2014, 6, true},
		{"Jun-2014", 2014, 6, true},
		{"2014 June", 2014, 6, true},
		{"июнь 2014", 2014, 6, true},
		{"2014年6月", 2014, 6, true},
		{"2014년 6월", 2014, 6, true},
		{"June 12", 0, 0, false},
		{"1 June 2014", 0, 0, false}, // a whole date: ParseBirthDate's
		{"6 2014", 0, 0, false},
		{"June 2014 blue", 0, 0, false},
	} {
		y, m, ok := ParseMonthYear(tc.in)
		if ok != tc.ok || y != tc.y || m != tc.m {
			t.Errorf("ParseMonthYear(%q) = %d-%d %v, want %d-%d %v", tc.in, y, m, ok, tc.y, tc.m, tc.ok)
		}
	}
}

func TestBirthDateFromIDAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() {
		BirthDateFromID("fr_nir", "116446017380317", 2026)
		BirthDateFromID("it_codice_fiscale", "RSSMRA85T10A562S", 2026)
	}); n != 0 {
		t.Errorf("%v allocations", n)
	}
}
