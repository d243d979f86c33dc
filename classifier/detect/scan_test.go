package detect

import (
	"fmt"
	"strings"
	"testing"
)

// found is a match rendered as detector=text for readable comparisons.
func scanAll(t testing.TB, s string) []string {
	var out []string
	last := 0
	ScanText(s, func(m Match) {
		if m.Start < last || m.End <= m.Start || m.End > len(s) {
			t.Fatalf("bad match %+v after offset %d in %q", m, last, s)
		}
		last = m.End
		out = append(out, m.Detector+"="+s[m.Start:m.End])
	})
	return out
}

func TestScanText(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{
			name: "bio",
			in: "Hi, I'm Anna (anna.k+work@example.com). Call +7 916 123-45-67 or +1 (415) 555-2671. " +
				"Card 4111 1111 1111 1111 12/29, IBAN DE89 3704 0044 0532 0130 00.",
			want: []string{
				"email=anna.k+work@example.com", "phone=+7 916 123-45-67", "phone=+1 (415) 555-2671",
				"payment_card=4111 1111 1111 1111", "iban=DE89 3704 0044 0532 0130 00",
			},
		},
		{
			name: "national ids",
			in: "SNILS 112-233-445 95, CPF 390.533.447-05; NINO AB 12 34 56 C / PAN ACUPA7085R, " +
				"DNI X-2482300-W, CF RCCMNL83S18D969H, SSN 536-90-4399, RIC 11010519491231002X, " +
				"NIR 2 95 10 99 126 111 93, Aadhaar 2341 2341 2346, PESEL 44051401359, TCKN 17291716060, " +
				"IdNr 36 574 261 809, RRN " + genRRN("971013101990") + ", IIN 791028302728, INN 500100732259.",
			want: []string{
				"ru_snils=112-233-445 95", "br_cpf=390.533.447-05", "gb_nino=AB 12 34 56 C", "in_pan=ACUPA7085R",
				"es_dni=X-2482300-W", "it_codice_fiscale=RCCMNL83S18D969H", "us_ssn=536-90-4399",
				"cn_ric=11010519491231002X", "fr_nir=2 95 10 99 126 111 93", "in_aadhaar=2341 2341 2346",
				"pl_pesel=44051401359", "tr_tckn=17291716060", "de_idnr=36 574 261 809",
				"kr_rrn=" + genRRN("971013101990"), "kz_iin=791028302728", "ru_inn=500100732259",
			},
		},
		{
			name: "json inside a string",
			in:   `{"email":"john@x.com","card":"5555555555554444","phone":"0049 30 901820","n":1990}`,
			want: []string{"email=john@x.com", "payment_card=5555555555554444", "phone=0049 30 901820"},
		},
		{
			name: "unicode text",
			in:   "ИНН 500100732259, почта иван@пример.рф, тел. +7 (916) 123-45-67…",
			want: []string{"ru_inn=500100732259", "email=иван@пример.рф", "phone=+7 (916) 123-45-67"},
		},
		{
			name: "email punctuation",
			in:   "<john@example.com>, mailto:jane@example.org. (bob@example.net) ...x@y.co.",
			want: []string{"email=john@example.com", "email=jane@example.org", "email=bob@example.net", "email=x@y.co"},
		},
		{
			name: "card amid numbers",
			in:   "paid 1990 4111 1111 1111 1111 on 2024-01-01 ref 12",
			want: []string{"payment_card=4111 1111 1111 1111"},
		},
		{
			name: "lower-case iban in prose",
			in:   "send to gb29 nwbk 6016 1331 9268 19 please",
			want: []string{"iban=gb29 nwbk 6016 1331 9268 19"},
		},
		{
			name: "nothing",
			in: "order 12345678902 shipped 2024-01-01, version 1.2.3.4, x4111111111111111, 4111111111111111x, " +
				"id_4111111111111111, SSN 536904399, call 8 916 123 45 67, 4111 1111 1111 1112, user@localhost, " +
				"a@b, @handle, DE89 3704 0044 0532 0130 01, +7 000, company 7707083893, VAT DE136695976",
			want: nil,
		},
		{
			// Seconds and their fraction read as one run would be the
			// valid DNI 30123456B.
			name: "times of day",
			in:   "created 2024-03-12T10:15:30.123456B, at 10:15:30,123456B; DNI 30.123.456-B",
			want: []string{"es_dni=30.123.456-B"},
		},
		{
			name: "adjacent email and digits",
			in:   "a@example.com_4111111111111111 b@example.com 4111111111111111",
			want: []string{"email=a@example.com", "email=b@example.com", "payment_card=4111111111111111"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := scanAll(t, c.in)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("ScanText(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestScanTextNoAllocs(t *testing.T) {
	texts := []string{
		"I love hiking, photography and long walks on the beach. Born in 1990, moved to Berlin in 2015.",
		"Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SNILS 112-233-445 95, " +
			"mail john@example.com, NINO AB 12 34 56 C", // candidates without phone numbers
		strings.Repeat("a 1 ", 100),
	}
	fn := func(Match) {}
	for _, s := range texts {
		if n := testing.AllocsPerRun(20, func() { ScanText(s, fn) }); n != 0 {
			t.Errorf("ScanText(%.40q…) allocates %v times", s, n)
		}
	}
}

func ExampleScanText() {
	bio := "Reach me at maria.garcia@example.es or +34 912 345 678; DNI 54362315-K."
	ScanText(bio, func(m Match) {
		fmt.Printf("%s %q\n", m.Detector, bio[m.Start:m.End])
	})
	// Output:
	// email "maria.garcia@example.es"
	// phone "+34 912 345 678"
	// es_dni "54362315-K"
}

func ExampleLookup() {
	snils, ok := Lookup("ru_snils")
	fmt.Println(ok, snils("112-233-445 95"), snils("112-233-445 96"))

	_, ok = Lookup("no_such_detector")
	fmt.Println(ok)
	// Output:
	// true true false
	// false
}

// FuzzScanPrefilter: the prefilter that skips text without an '@' or a
// digit never hides a match the full scan finds.
func FuzzScanPrefilter(f *testing.F) {
	for _, s := range []string{
		"", "hello world", "RSSMRA85T10A562S", "RSSMRALMTMLARSPS", "write to ivan@example.ru",
		"+7 916 123-45-67", "AB CD EF GH IJ KL MN", "GB82 WEST 1234 5698 7654 32", "(+)-+-.", "QQ123456C",
		"Mozilla/5.0 (X11; Linux x86_64)", "ａｂｃ＠ｅｘ.ｒｕ", "Ivan Petrov, Moscow",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want []Match
		ScanText(s, func(m Match) { got = append(got, m) })
		scanText(s, func(m Match) { want = append(want, m) })
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("ScanText(%q) = %v; the scan without its prefilter finds %v", s, got, want)
		}
	})
}
