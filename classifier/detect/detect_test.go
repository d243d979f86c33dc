package detect

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestNamesAndLookup(t *testing.T) {
	got := Names()
	if !slices.IsSorted(got) {
		t.Errorf("Names() not sorted: %v", got)
	}
	if len(got) != len(registry) {
		t.Errorf("Names() has %d entries, registry %d", len(got), len(registry))
	}
	for _, n := range got {
		if f, ok := Lookup(n); !ok || f == nil {
			t.Errorf("Lookup(%q) = %v, %v", n, f, ok)
		}
	}
	// The detector names in docs/rules-reference.md are a contract with
	// configs/fields.yaml.
	documented := strings.Fields(`email phone ip mac_address coordinates payment_card iban date_of_birth
		ru_snils ru_inn kz_iin cn_ric in_aadhaar in_pan br_cpf us_ssn gb_nino gb_nhs_number kr_rrn pl_pesel es_dni
		it_codice_fiscale fr_nir de_idnr tr_tckn tw_id jp_mynumber br_cnpj ru_inn_company ru_ogrn eu_vat`)
	slices.Sort(documented)
	if !slices.Equal(got, documented) {
		t.Errorf("Names() = %v\nwant      %v", got, documented)
	}
	if _, ok := Lookup("nope"); ok {
		t.Error("Lookup of an unknown name succeeded")
	}
	got[0] = "mutated"
	if Names()[0] == "mutated" {
		t.Error("Names() exposes its backing array")
	}
}

// vectors holds, per detector, values that must be accepted and values that
// must be rejected. Comments name the source of public vectors
// (python-stdnum doctests unless stated); gen* helpers below build further
// valid values by computing check digits independently of the package.
type vectors struct{ valid, invalid []string }

func detectorTable() map[string]vectors {
	return map[string]vectors{
		"email": {
			valid: []string{
				"john.smith@example.com", "user+tag@sub.example.co.uk", "o'brien@example.ie",
				"x@ex.io", " padded@example.com ", "иван@пример.рф", "用户@例子.广告",
				"user@münchen.de", "user@xn--80ak6aa92e.xn--p1ai", "a_b-c@a-b.example", `"john"@example.com`, `"anna schmidt"@example.de`,
			},
			invalid: []string{
				"", "plainaddress", "@example.com", "john@", "john@localhost", "john@example.c",
				"john..doe@example.com", ".john@example.com", "john.@example.com", "john doe@example.com",
				"john@exa mple.com", "john@-example.com", "john@example-.com", "john@example.com.",
				"a@b@example.com", "john@example.123", "john@[10.0.0.1]", `"jo\\"hn"@example.com`, `""@example.com`,
				strings.Repeat("a", 65) + "@example.com", "john@" + strings.Repeat("a", 64) + ".com",
				"john@example..com", "v1.2@3.4", "john@example.com\x00", "jo\u00a0hn@example.com",
			},
		},
		"phone": {
			valid: []string{
				"+7 916 123-45-67", "+79161234567", "+1 (415) 555-2671", "+44 20 7946 0958",
				"0049 30 901820", "00 44 20 7946 0958", "+7 701 234 56 78", "+33 1 42 68 53 00",
			},
			invalid: []string{
				"", "89161234567", "8 916 123-45-67", "+1 555", "+7 000 000 00 00", "+12345",
				"phone", "+7 916 123-45-6x", "+999 123 456 789", "+1 415 555 2671 ext. 5",
				"+44 20 7946 0958 0958 0958 0958", "++7 916 123 45 67",
			},
		},
		"ip": {
			valid: []string{
				"192.168.0.1", "8.8.8.8", "0.0.0.0", "::1", "2001:db8::8a2e:370:7334",
				"::ffff:192.0.2.1", "FE80::1", "abcd::", " 10.0.0.1 ", "93.184.216.34:51234",
			},
			invalid: []string{
				"", "256.1.1.1", "1.2.3", "01.2.3.4", "fe80::1%eth0", "1.2.3.4.5", "abc",
				"2001:db8:::1", "12345", "2007-06-05", "1a.2.3.4", "deadbeef", ":", "1.2.3.4/24",
				"1.2.3.4:", "1.2.3.4:123456", "1.2.3:80",
			},
		},
		"mac_address": {
			valid:   []string{"3e:22:fb:b9:5b:75", "3E-22-FB-B9-5B-75", "3e22.fbb9.5b75"},
			invalid: []string{"", "00:00:00:00:00:00", "3e:22:fb:b9:5b", "3e:22-fb:b9:5b:75", "3g:22:fb:b9:5b:75", "2024-01-02T10:11"},
		},
		"coordinates": {
			valid:   []string{"52.520008,13.404954", "52.520008, 13.404954", "-33.8688 151.2093", "55.7558;37.6173"},
			invalid: []string{"", "1.2,3.4", "52.52,13.40", "95.0000,13.4049", "52.5200,190.0000", "1,234.5678", "v1.2345.6789"},
		},
		"payment_card": {
			// Published network test PANs; generated ones for Mir, Troy,
			// RuPay and 19-digit Maestro.
			valid: []string{
				"4111 1111 1111 1111", "4111-1111-1111-1111", "4111.1111.1111.1111", "5555/5555/5555/4444", "4111111111111111", "5555555555554444",
				"2223003122003222", "378282246310005", "3782 822463 10005", "6011111111111117",
				"3530111333300000", "6200000000000005", "36227206271667", "6759649826438453",
				"4222222222222", genLuhn("220000000000000"), genLuhn("979200000000000"),
				genLuhn("508500000000000"), genLuhn("501800000000000000"),
			},
			invalid: []string{
				"", "4111 1111 1111 1112", "1234 5678 9012 3452", "0000 0000 0000 0000",
				"4444 4444 4444 4444", "4111  1111 1111 1111", "4111_1111_1111_1111",
				"37828224631000", "411111111111", "41111111111111111111", " -4111111111111111",
				"4111 1111 1111 1111-", genLuhn("720000000000000"), genLuhn("3700000000000"),
				genLuhn("510000000000000000"),
			},
		},
		"iban": {
			// SWIFT registry examples; generated ones for newer registry
			// countries and alphabetic BBANs.
			valid: []string{
				"DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "GB29 NWBK 6016 1331 9268 19",
				"gb29nwbk60161331926819", "GR16 0110 1050 0000 1054 7023 795", "BE31435411161155",
				"NO9386011117947", "FR1420041010050500013M02606", "NL91ABNA0417164300",
				genIBAN("RU", "04452560040702810412345678901"), genIBAN("YE", "CBYE0001018861234567891234"),
				genIBAN("LC", "HEMM000100010012001200023015"), genIBAN("MU", "BOMM0101101030300200000MUR"),
			},
			invalid: []string{
				"", "DE89 3704 0044 0532 0130 01", "DE89370400440532013", "DE8937040044053201300000",
				genIBAN("XX", "370400440532013000"), "GB29 NWBK 6016 1331 9268 1", "DE89  3704 0044 0532 0130 00",
				genIBAN("NL", "1BNA0417164300"), genIBAN("GB", "NWBK601613319268AB"), "DE893704004405320130000",
				"DE00370400440532013000", "DE99370400440532013000", "DE89-3704-0044-0532-0130-00", "89DE370400440532013000",
			},
		},
		"date_of_birth": {
			valid: []string{
				"2007-06-05", "2007-06-05T10:00:00Z", "2007-06-05T10:00:00.123+03:00", "2007-06-05 10:00",
				"2007-06-05T10:00:00-0500", "05.06.2007", "5.6.2007", "05/06/2007", "06/13/2007",
				"2007/06/05", "1900-01-01", "2100-12-31", "2000-02-29", "29.02.2024",
			},
			invalid: []string{
				"", "yesterday", "1899-12-31", "2101-01-01", "2007-02-30", "1900-02-29", "20070605",
				"2007-6-5", "13/13/2007", "32.01.2007", "2007-06-05T25:00", "2007-06-05X",
				"05-06-2007", "2007/06/05T10:00", "05.06/2007", "05.06.07", "0001-01-01", "9999-12-31",
				"2007-06-05T10:00:00+15:00", "123.06.2007",
			},
		},
		"ru_snils": {
			valid: []string{"112-233-445 95", "11223344595", "010-242-368 77", "112 233 445 95", genSNILS("148481255"), genSNILS("987654321")},
			invalid: []string{
				"", "010-242-368 00", "112-233-445 96", "112-233-445 9", "001-001-998 00",
				genSNILS("001001998"), "112-233-445  95", "112_233_445_95", "1122334459a",
			},
		},
		// 500100732259, 7707083893 (Sberbank), 7736050003 (Gazprom) and
		// 1027700132195 (Sberbank OGRN) are published registry entries.
		"ru_inn": {
			valid:   []string{"123456789047", "500100732259", genINN12("7707083893")},
			invalid: []string{"", "123456789037", "12345678904", "000000000000", "1234567890470", "1234567894"},
		},
		"ru_inn_company": {
			valid:   []string{"1234567894", "7707083893", "7736050003"},
			invalid: []string{"", "1234567895", "0000000000", "123456789047", "77070838931"},
		},
		"ru_ogrn": {
			valid: []string{
				"1022200525819", "1022500001325", "385768585948949", "1027700132195",
				genOGRN("30450011600015"), genOGRN("30450011600003"),
			},
			invalid: []string{
				"", "1022500001328", "0022500001325", "1029500001325", "10277395526422", "102250000",
				"385768585948948",
			},
		},
		"kz_iin": {
			// 061211600012 and 791028302728 are the examples of the kz-iin-validator
			// and py-kz-validators projects.
			valid: []string{"061211600012", "791028302728", "791028 302728", genIIN("90010130000"), genIIN("02122950123"), genIIN("84123140012"), genIIN("00022960000")},
			invalid: []string{
				"", genIIN("90130130000"), genIIN("90010170000"), genIIN("90010100000"),
				genIIN("01022960000"), "900101300001", "90010130000",
			},
		},
		// 11010519491231002X is the example of GB 11643-1999.
		"cn_ric": {
			valid: []string{"360426199101010071", "11010519491231002X", "11010519491231002x", genRIC("44030119900307123")},
			invalid: []string{
				"", "360426199101010072", "11010519491231002", genRIC("36042619911301007"),
				genRIC("99042619910101007"), genRIC("36042618700101007"), "36042619910101007X1",
			},
		},
		"in_aadhaar": {
			valid: []string{
				"234123412346", "2341 2341 2346", "2341-2341-2346", genVerhoeff("49901234567"),
				genVerhoeff("87654321098"), genVerhoeff("56789012345"),
				// 6, 7 or 8 fifth from the right exercises permutation row 4.
				genVerhoeff("23456786123"), genVerhoeff("98765437012"), genVerhoeff("41234568321"),
			},
			invalid: []string{"", "234123412347", "123412341234", "222222222222", "643343121", genVerhoeff("12345678901"),
				// Valid digits grouped as no Aadhaar is: an order's box number.
				"23412341234-6", "2341-23412346", "234 123 412 346"},
		},
		"in_pan": {
			valid:   []string{"ACUPA7085R", "AAPPV8261K", "aapPv8261k", "ABCFD1234E"},
			invalid: []string{"", "ABMXA3211G", "ABMPA32111", "ABCPD0000E", "234123412347", "ACUPA7085", "1CUPA7085R"},
		},
		"kr_rrn": {
			// Numbers issued since October 2020 have random trailing digits:
			// accepted without the check only for births since 2020 in the
			// dashed form.
			valid: []string{
				genRRN("971013101990"), genRRN("000229301234"), genRRN("850101512345"), genRRN("971013201990"),
				"201015-3987654", bumpLast(genRRN("230301412345")),
			},
			invalid: []string{
				"", "971013-9019902", genRRN("971013001990"), genRRN("971313101990"), genRRN("971013199990"),
				"971013-101990", bumpLast(genRRN("971013101990")), bumpLast(genRRN("190101312345")),
				"2010153987654", strings.ReplaceAll(bumpLast(genRRN("230301412345")), "-", ""), "201015 3987654",
				"201315-3987654",
			},
		},
		"pl_pesel": {
			valid:   []string{"44051401359", "02211307589", genPESEL("0222240135"), genPESEL("8512310123")},
			invalid: []string{"", "44051401358", "02381307589", "4405140135", genPESEL("8513310123")},
		},
		"br_cpf": {
			valid:   []string{"390.533.447-05", "39053344705", "390 533 447 05", genCPF("123456789")},
			invalid: []string{"", "231.002.999-00", "390.533.447=05", "111.111.111-11", "00000000000", "390.533.447-0"},
		},
		"br_cnpj": {
			valid:   []string{"16.727.230/0001-97", "16727230000197", "12.ABC.345/01DE-35", "12ABC34501DE35", "00000000000191"},
			invalid: []string{"", "16.727.230/0001-98", "12.abc.345/01de-35", "00000000000000", "11111111111111", "12ABC34501DE3A", "1672723000019"},
		},
		"us_ssn": {
			valid:   []string{"536-90-4399", "536904399", "536 90 4399", "001-01-0001"},
			invalid: []string{"", "1112-23333", "666-00-0000", "078-05-1120", "219-09-9999", "457-55-5462", "000-12-3456", "900-12-3456", "123-00-4567", "123-45-0000", "536-904399", "536-90 4399", "53690439"},
		},
		"gb_nhs_number": {
			valid:   []string{"4119885054", "411 988 5054", "411-988-5054", "9434765919"},
			invalid: []string{"", "4119885055", "411988505", "41198850544", "0000000000", "1111111111", "9434765910"},
		},
		"gb_nino": {
			valid:   []string{"AB 12 34 56 C", "ab123456c", "JG103759A", "ZY123456D"},
			invalid: []string{"", "QQ 12 34 56 C", "DA123456A", "AO123456A", "GB123456A", "NK123456A", "AB123456E", "AB12345C", "AB1234567C"},
		},
		"es_dni": {
			valid:   []string{"54362315K", "54362315-K", "12.345.678-Z", "X-2482300-W", "x2482300w", "Y1234567X", "Z1234567R"},
			invalid: []string{"", "54362315Z", "x-2482300a", "X2482300", "A2482300W", "5436231K"},
		},
		"it_codice_fiscale": {
			valid: []string{
				"RCCMNL83S18D969H", "CNTCHR83T41D969D", "rccmnl83s18d969h", "RCCMNL 83S18 D969H",
				genCF("RCCMNL83S18D96V"), genCF("RCCMNLTPS1UD969"),
			},
			invalid: []string{
				"", "RCCMNL83S18D969", "RCCMNL83S18D969A", genCF("RCCMNL83S38D969"), genCF("RCCMNL83F18D969"),
				genCF("RCCMNL83S18D9W9"), genCF("RCCMNL00B30D969"), "00743110157",
			},
		},
		"fr_nir": {
			valid:   []string{"2 95 10 99 126 111 93", "295109912611193", "253072B07300470", "253072A07300443", "2.95.10.99.126.111.93"},
			invalid: []string{"", "295109912611199", "253072C07300443", "6546546546546703", "29510991261119"},
		},
		"de_idnr": {
			valid:   []string{"36 574 261 809", "36574261809", "36-574-261-809", genIdNr("8640523781"), genIdNr("1123456780"), genIdNr("1112345678")},
			invalid: []string{"", "36574261890", "36554266806", genIdNr("0574261809"), genIdNr("1122345678"), genIdNr("1111234567"), genIdNr("1234567890")},
		},
		"jp_mynumber": {
			valid:   []string{"123456789018", "1234 5678 9018", "1234-5678-9018", "123980625600"},
			invalid: []string{"", "123456789017", "12345678901", "1234567890180", "12345678901a"},
		},
		"tw_id": {
			// A123456789 is the published example; the others from the algorithm.
			valid:   []string{"A123456789", "a123456789", "E249790522", "A276825738", "F131104093"},
			invalid: []string{"", "A123456788", "A323456789", "A12345678", "1123456789", "A12345678X"},
		},
		"tr_tckn": {
			valid:   []string{"17291716060", "10000000146"},
			invalid: []string{"", "17291716050", "1729171606", "07291716092"},
		},
		"eu_vat": {
			valid: []string{
				"DE136695976", "DE 136 695 976", "ATU13585627", "AT U13585627", "BE 428759497", "BE0403019261",
				"FR 40 303 265 045", "FR23334175221", "FRK7399859412", "FR4Z123456782", "IT 00743110157",
				"ESB64717838", "ES54362315K", "ESX5253868R", "ESJ99216582", "ESM1234567L", "NL004495445B01",
				"NL4495445B01", "NL002455799B11", "PL 8567346215", "EL094259216", "EL 094259216", "DK 13585628",
				"FI 20774740", "LU 150 274 42", "PT 501 964 843", "SE 123456789701", "SI 50223054",
				"HR33392005961", "de136695976", "CZ12345678", "IE6388047V", "BG123456789", "XIGD123",
			},
			invalid: []string{
				"", "DE136695977", "ATU13585626", "BE431150351", "FR84323140391", "FRIO334175221",
				"IT00743110158", "ESB64717839", "NL123456789B90", "PL8567346216", "EL123456781", "DK13585627",
				"FI20774741", "LU15027443", "PT501964842", "SE123456789101", "SI50223055", "US123456789",
				"DE12345678", "136695976", "DE", "GB123456789", "ESO1234567L", "BE2403019261",
			},
		},
	}
}

func TestDetectors(t *testing.T) {
	table := detectorTable()
	for _, name := range Names() {
		v, ok := table[name]
		if !ok {
			t.Errorf("no test vectors for %s", name)
			continue
		}
		f, _ := Lookup(name)
		t.Run(name, func(t *testing.T) {
			for _, s := range v.valid {
				if !f(s) {
					t.Errorf("%s(%q) = false, want true", name, s)
				}
			}
			for _, s := range v.invalid {
				if f(s) {
					t.Errorf("%s(%q) = true, want false", name, s)
				}
			}
		})
	}
}

// TestGarbageAndSeparators runs every detector on values no scheme accepts,
// and every identifier detector on its own valid values spoiled with a
// leading, trailing, doubled or foreign separator.
func TestGarbageAndSeparators(t *testing.T) {
	garbage := []string{
		"", " ", "hello", "null", "0", "-", ".", "\x00", "\xff\xfe", "１２３４５６７８９０１", "٣٤٥٦٧٨٩٠١٢٣",
		strings.Repeat("9", 40), strings.Repeat("A", 40), "<script>", "NaN", "true",
	}
	for _, name := range Names() {
		f, _ := Lookup(name)
		for _, g := range garbage {
			if f(g) {
				t.Errorf("%s(%q) = true", name, g)
			}
		}
	}
	for name, v := range detectorTable() {
		if shapes[name] == nil {
			continue // email, phone, ip, dates have their own punctuation rules
		}
		f, _ := Lookup(name)
		for _, s := range v.valid {
			s = strings.TrimSpace(s)
			mid := len(s) / 2
			for _, bad := range []string{"-" + s, s + "-", s[:mid] + "_" + s[mid:], s[:mid] + "  " + s[mid:], s[:mid] + "\t" + s[mid:]} {
				if f(bad) {
					t.Errorf("%s(%q) = true", name, bad)
				}
			}
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in      string
		y, m, d int
		ok      bool
	}{
		{"2007-06-05", 2007, 6, 5, true},
		{"2007-06-05T10:00:00Z", 2007, 6, 5, true},
		{"2007/06/05", 2007, 6, 5, true},
		{"05.06.2007", 2007, 6, 5, true},
		{"05/06/2007", 2007, 6, 5, true},  // ambiguous: dd/mm wins
		{"13/06/2007", 2007, 6, 13, true}, // only dd/mm fits
		{"06/13/2007", 2007, 6, 13, true}, // only mm/dd fits
		{"0001-01-01", 1, 1, 1, true},     // ParseDate itself has no year range
		{"13/13/2007", 0, 0, 0, false},
		{"20070605", 0, 0, 0, false},
	} {
		y, m, d, ok := ParseDate(c.in)
		if y != c.y || m != c.m || d != c.d || ok != c.ok {
			t.Errorf("ParseDate(%q) = %d, %d, %d, %v; want %d, %d, %d, %v", c.in, y, m, d, ok, c.y, c.m, c.d, c.ok)
		}
	}
	if y, m, d, ok := ParseCompactDate("20070605"); !ok || y != 2007 || m != 6 || d != 5 {
		t.Errorf("ParseCompactDate(20070605) = %d, %d, %d, %v", y, m, d, ok)
	}
	for _, s := range []string{"20070230", "2007065", "2007-06-05", "2007060a"} {
		if _, _, _, ok := ParseCompactDate(s); ok {
			t.Errorf("ParseCompactDate(%q) accepted", s)
		}
	}
}

func TestEpochMillisDate(t *testing.T) {
	for _, c := range []struct {
		v       float64
		y, m, d int
		ok      bool
	}{
		{0, 1970, 1, 1, true},
		{1181001600000, 2007, 6, 5, true},
		{1181001600000 + 86399999, 2007, 6, 5, true},
		{-1, 1969, 12, 31, true},
		{-2208988800000, 1900, 1, 1, true},
		{-2208988800001, 0, 0, 0, false},
		{4133980799999, 2100, 12, 31, true},
		{4133980800000, 0, 0, 0, false},
	} {
		y, m, d, ok := EpochMillisDate(c.v)
		if y != c.y || m != c.m || d != c.d || ok != c.ok {
			t.Errorf("EpochMillisDate(%v) = %d, %d, %d, %v; want %d, %d, %d, %v", c.v, y, m, d, ok, c.y, c.m, c.d, c.ok)
		}
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, _, _, ok := EpochMillisDate(v); ok {
			t.Errorf("EpochMillisDate(%v) accepted", v)
		}
	}
}

func TestPhoneRegion(t *testing.T) {
	for _, c := range []struct{ in, hint, region string }{
		{"+7 701 234 56 78", "", "KZ"},
		{"+7 916 123-45-67", "", "RU"},
		{"8 916 123-45-67", "RU", "RU"},
		{"8 916 123-45-67", "ru", "RU"},
		{"8 (701) 234-56-78", "KZ", "KZ"},
		{"(415) 555-2671", "US", "US"},
		{"+1 415 555 2671", "", "US"},
		{"+1 416 234 5678", "", "CA"},
		{"+44 20 7946 0958", "", "GB"},
		{"00 44 20 7946 0958", "", "GB"},
		{"+800 1234 5678", "", "001"},
		{"+44 20 7946 0958", "RU", "GB"}, // an international number ignores the hint
	} {
		r, ok := PhoneRegion(c.in, c.hint)
		if !ok || r != c.region {
			t.Errorf("PhoneRegion(%q, %q) = %q, %v; want %q", c.in, c.hint, r, ok, c.region)
		}
	}
	for _, c := range [][2]string{{"8 916 123-45-67", ""}, {"916", "RU"}, {"+7 000", ""}, {"hello", "RU"}, {"8 916 123-45-67", "XX"}} {
		if r, ok := PhoneRegion(c[0], c[1]); ok {
			t.Errorf("PhoneRegion(%q, %q) = %q, want failure", c[0], c[1], r)
		}
	}
}

// TestRejectDoesNotAllocate pins the hot-path contract: rejecting a value
// (the common case for every detector on every string field) is free.
func TestRejectDoesNotAllocate(t *testing.T) {
	inputs := []string{
		"", "hello world", "2024-01-01", "12345678901", "4111 1111 1111 1112", "user@@example",
		"DE89 3704 0044 0532 0130 01", "ABCDEFGHIJKLMNOP", "+1 555", "550e8400-e29b-41d4-a716-446655440000",
	}
	for _, name := range Names() {
		f, _ := Lookup(name)
		for _, in := range inputs {
			if f(in) {
				continue
			}
			if n := testing.AllocsPerRun(10, func() { f(in) }); n != 0 {
				t.Errorf("%s(%q) allocates %v times on reject", name, in, n)
			}
		}
	}
	// Accepting does not allocate either, except for phone numbers.
	for name, v := range detectorTable() {
		if name == "phone" {
			continue
		}
		f, _ := Lookup(name)
		for _, in := range v.valid {
			if n := testing.AllocsPerRun(10, func() { f(in) }); n != 0 {
				t.Errorf("%s(%q) allocates %v times on accept", name, in, n)
			}
		}
	}
}

// ---- independent check-digit generators ----

func digitsOf(s string) []int {
	d := make([]int, len(s))
	for i := range s {
		d[i] = int(s[i] - '0')
	}
	return d
}

func bumpLast(s string) string {
	b := []byte(s)
	c := b[len(b)-1]
	b[len(b)-1] = '0' + (c-'0'+1)%10
	return string(b)
}

// genLuhn appends the Luhn check digit.
func genLuhn(p string) string {
	for c := byte('0'); c <= '9'; c++ {
		s := p + string(c)
		sum := 0
		for i, d := range digitsOf(s) {
			if (len(s)-i)%2 == 0 {
				d *= 2
				if d > 9 {
					d -= 9
				}
			}
			sum += d
		}
		if sum%10 == 0 {
			return s
		}
	}
	panic("unreachable")
}

func genIBAN(cc, bban string) string {
	rearranged := bban + cc + "00"
	var digits strings.Builder
	for _, c := range rearranged {
		if c >= 'A' && c <= 'Z' {
			digits.WriteString(strconv.Itoa(int(c-'A') + 10))
		} else {
			digits.WriteRune(c)
		}
	}
	r := 0
	for _, c := range digits.String() {
		r = (r*10 + int(c-'0')) % 97
	}
	return cc + twoDigits(98-r) + bban
}

func twoDigits(v int) string { return string([]byte{'0' + byte(v/10), '0' + byte(v%10)}) }

func genSNILS(p string) string {
	sum := 0
	for i, d := range digitsOf(p) {
		sum += d * (9 - i)
	}
	switch {
	case sum < 100:
	case sum == 100 || sum == 101:
		sum = 0
	default:
		sum %= 101
		if sum == 100 {
			sum = 0
		}
	}
	return p[:3] + "-" + p[3:6] + "-" + p[6:] + " " + twoDigits(sum)
}

func genINN12(p string) string {
	w1 := []int{7, 2, 4, 10, 3, 5, 9, 4, 6, 8}
	w2 := []int{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}
	dot := func(w []int, s string) int {
		t := 0
		for i, d := range digitsOf(s) {
			t += w[i] * d
		}
		return t % 11 % 10
	}
	p += strconv.Itoa(dot(w1, p))
	return p + strconv.Itoa(dot(w2, p))
}

// genOGRN appends the OGRN (12 digits) or OGRNIP (14 digits) check digit
// using big-number arithmetic via strconv.
func genOGRN(p string) string {
	v, _ := strconv.ParseUint(p, 10, 64)
	m := uint64(11)
	if len(p) == 14 {
		m = 13
	}
	return p + strconv.Itoa(int(v%m%10))
}

func genIIN(p string) string {
	d := digitsOf(p)
	sum := 0
	for i := range d {
		sum += (i + 1) * d[i]
	}
	c := sum % 11
	if c == 10 {
		sum = 0
		for i := range d {
			sum += ((i+2)%11 + 1) * d[i]
		}
		c = sum % 11
	}
	if c == 10 {
		return p + "X" // never valid
	}
	return p + strconv.Itoa(c)
}

func genRIC(p string) string {
	sum := 0
	for i, d := range digitsOf(p) {
		w := 1
		for k := 0; k < 17-i; k++ {
			w = w * 2 % 11
		}
		sum += w * d
	}
	return p + string("10X98765432"[sum%11])
}

// genVerhoeff derives the Verhoeff tables from their definition (the
// dihedral group D5 and powers of the permutation (1 5 7 6 2 8 3 0 9 4))
// instead of reusing the package's literal tables, so a typo there fails.
func genVerhoeff(p string) string {
	mul := func(j, k int) int {
		switch {
		case j < 5 && k < 5:
			return (j + k) % 5
		case j < 5:
			return (j+k-5)%5 + 5
		case k < 5:
			return (j-5-k+5)%5 + 5
		}
		return (j - k + 5) % 5
	}
	p1 := []int{1, 5, 7, 6, 2, 8, 3, 0, 9, 4}
	perm := func(i, d int) int {
		for ; i > 0; i-- {
			d = p1[d]
		}
		return d
	}
	for c := byte('0'); c <= '9'; c++ {
		s := p + string(c)
		acc := 0
		for i := 0; i < len(s); i++ {
			acc = mul(acc, perm(i%8, int(s[len(s)-1-i]-'0')))
		}
		if acc == 0 {
			return s
		}
	}
	panic("unreachable")
}

func genRRN(p string) string {
	p = p[:12]
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i, d := range digitsOf(p) {
		sum += w[i] * d
	}
	return p[:6] + "-" + p[6:] + strconv.Itoa((11-sum%11)%10)
}

func genPESEL(p string) string {
	w := []int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}
	sum := 0
	for i, d := range digitsOf(p) {
		sum += w[i] * d
	}
	return p + strconv.Itoa((10-sum%10)%10)
}

func genCPF(p string) string {
	d := digitsOf(p)
	next := func(d []int) int {
		sum := 0
		for i, v := range d {
			sum += (len(d) + 1 - i) * v
		}
		if r := sum % 11; r >= 2 {
			return 11 - r
		}
		return 0
	}
	d1 := next(d)
	d2 := next(append(d, d1))
	return p[:3] + "." + p[3:6] + "." + p[6:] + "-" + strconv.Itoa(d1) + strconv.Itoa(d2)
}

func genCF(p string) string {
	odd := map[byte]int{
		'0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
		'A': 1, 'B': 0, 'C': 5, 'D': 7, 'E': 9, 'F': 13, 'G': 15, 'H': 17, 'I': 19, 'J': 21,
		'K': 2, 'L': 4, 'M': 18, 'N': 20, 'O': 11, 'P': 3, 'Q': 6, 'R': 8, 'S': 12, 'T': 14,
		'U': 16, 'V': 10, 'W': 22, 'X': 25, 'Y': 24, 'Z': 23,
	}
	sum := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if i%2 == 0 {
			sum += odd[c]
		} else if c >= '0' && c <= '9' {
			sum += int(c - '0')
		} else {
			sum += int(c - 'A')
		}
	}
	return p + string(rune('A'+sum%26))
}

func genIdNr(p string) string {
	product := 10
	for _, d := range digitsOf(p) {
		s := (d + product) % 10
		if s == 0 {
			s = 10
		}
		product = s * 2 % 11
	}
	return p + strconv.Itoa((11-product)%10)
}

// TestOGRNIPRemainder pins the judgment call on 15-digit OGRNIP numbers
// whose first 14 digits leave a remainder of 11 or 12 modulo 13: the tax
// service takes the last digit of the remainder (1 or 2), python-stdnum
// rejects them.
func TestOGRNIPRemainder(t *testing.T) {
	found := 0
	for serial := 0; serial < 200 && found < 4; serial++ {
		p := "3045001160" + strconv.Itoa(1000+serial)
		v, _ := strconv.ParseUint(p, 10, 64)
		if r := v % 13; r < 11 {
			continue
		}
		found++
		good := genOGRN(p)
		if !ruOGRN(good) {
			t.Errorf("ru_ogrn(%q) = false (remainder %d)", good, v%13)
		}
		if ruOGRN(bumpLast(good)) {
			t.Errorf("ru_ogrn(%q) = true", bumpLast(good))
		}
	}
	if found == 0 {
		t.Fatal("no prefix with remainder 11 or 12 found")
	}
}

// TestPhoneFastPath checks that building the number from its digits agrees
// with phonenumbers.Parse, including the trunk-prefix fallback.
func TestPhoneFastPath(t *testing.T) {
	for _, s := range []string{
		"+7 916 123-45-67", "+7 701 234 56 78", "+1 415 555 2671", "+44 20 7946 0958", "+44 (0)20 7946 0958",
		"+49 (0)30 901820", "+39 06 6988 4857", "+39 335 123 4567", "+225 07 12 34 56 78", "+33 1 42 68 53 00",
		"+54 9 11 2345 6789", "+52 1 55 1234 5678", "+55 11 91234 5678", "+86 138 0013 8000", "+91 98765 43210",
		"+82 10 1234 5678", "+800 1234 5678", "+7 8 916 123 45 67", "+1 1 415 555 2671", "+7 000 000 00 00",
		"+44 0000 000000", "+999 123 456 789", "+3 123 456 789", "+351 912 345 678", "0044 20 7946 0958",
	} {
		want := parsePhone("+"+strings.TrimPrefix(strings.TrimPrefix(s, "+"), "00"), "") != nil
		if got := Phone(s); got != want {
			t.Errorf("Phone(%q) = %v, Parse path says %v", s, got, want)
		}
	}
}

func TestMaskedPhoneRegion(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2547 ***** 011", "KE"},
		{"+7 916 ***-**-67", "RU"},
		{"+49 151 ••• 5678", "DE"},
		{"0712 *** 011", ""},    // national: no calling code
		{"****1234", ""},        // a card's last four
		{"254 712 345 011", ""}, // nothing masked
	} {
		got, ok := MaskedPhoneRegion(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("MaskedPhoneRegion(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestEmailCountry(t *testing.T) {
	for in, want := range map[string]string{
		"louis.martin@orange.fr":  "FR",
		"oliver@btinternet.co.uk": "GB",
		"ivan@Mail.RU":            "RU",
		"anna@gmail.com":          "",
		"dev@startup.io":          "",
		"me@brand.co":             "",
		"not an address.fr":       "",
		"x@localhost":             "",
		"x@host.f1":               "",
	} {
		if got := EmailCountry(in); got != want {
			t.Errorf("EmailCountry(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCoordinatesNotations(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"52.520008,13.404954", true},
		{"POINT(13.404954 52.520008)", true},
		{"geo:52.520008,13.404954", true},
		{"geo:52.520008,13.404954,34;u=10", true},
		{`52°31'12.0"N 13°24'17.8"E`, true},
		{"9F4MGCGV+2Q", true},
		{"///filled.count.soap", true},
		{"POINT(13.4 52.5)", false}, // a city's, not a door's
		{"9F4MGCGV", false},
		{"//filled.count.soap", false},
		{"2026-12-05T10:00", false},
	} {
		if got := Coordinates(tc.in); got != tc.want {
			t.Errorf("Coordinates(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
