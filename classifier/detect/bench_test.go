package detect

import "testing"

// benchInputs picks, per detector, a valid value and a realistic reject: a
// value of the right shape whose check fails, which costs the most to
// reject.
var benchInputs = map[string][2]string{
	"br_cnpj":           {"16.727.230/0001-97", "16.727.230/0001-98"},
	"br_cpf":            {"390.533.447-05", "231.002.999-00"},
	"cn_ric":            {"11010519491231002X", "110105194912310021"},
	"date_of_birth":     {"2007-06-05T10:00:00Z", "2007-02-30"},
	"de_idnr":           {"36 574 261 809", "36574261890"},
	"email":             {"john.smith@example.com", "john.smith@example"},
	"es_dni":            {"54362315K", "54362315Z"},
	"eu_vat":            {"DE136695976", "DE136695977"},
	"fr_nir":            {"2 95 10 99 126 111 93", "295109912611199"},
	"gb_nhs_number":     {"411 988 5054", "411 988 5055"},
	"gb_nino":           {"AB 12 34 56 C", "QQ 12 34 56 C"},
	"iban":              {"DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"},
	"in_aadhaar":        {"2341 2341 2346", "234123412347"},
	"in_pan":            {"ACUPA7085R", "ABMXA3211G"},
	"ip":                {"2001:db8::8a2e:370:7334", "2024-01-01"},
	"it_codice_fiscale": {"RCCMNL83S18D969H", "RCCMNL83S18D969A"},
	"kr_rrn":            {"971013-1019901", "971013-1019902"},
	"kz_iin":            {"791028302728", "791028302729"},
	"payment_card":      {"4111 1111 1111 1111", "4111 1111 1111 1112"},
	"phone":             {"+7 916 123-45-67", "8 916 123-45-67"},
	"pl_pesel":          {"44051401359", "44051401358"},
	"ru_inn":            {"500100732259", "500100732258"},
	"ru_inn_company":    {"7707083893", "7707083894"},
	"ru_ogrn":           {"1027700132195", "1027700132196"},
	"ru_snils":          {"112-233-445 95", "112-233-445 96"},
	"tr_tckn":           {"17291716060", "17291716050"},
	"tw_id":             {"A123456789", "A123456788"},
	"us_ssn":            {"536-90-4399", "666-90-4399"},
}

func BenchmarkDetectors(b *testing.B) {
	for _, name := range Names() {
		in, ok := benchInputs[name]
		if !ok {
			b.Fatalf("no benchmark input for %s", name)
		}
		f, _ := Lookup(name)
		if !f(in[0]) || f(in[1]) {
			b.Fatalf("%s: benchmark inputs %q/%q are not valid/invalid", name, in[0], in[1])
		}
		for i, kind := range []string{"valid", "invalid"} {
			s := in[i]
			b.Run(name+"/"+kind, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					f(s)
				}
			})
		}
	}
}

// bio300 is a 300-byte profile text with a few identifiers among ordinary
// words and numbers.
const bio300 = "Product designer from Lisbon, 12 years in fintech. Ex-lead at a 2015 " +
	"startup (acquired 2021). Love surfing, film photography and 35mm cameras. " +
	"Contact: ana.souza@example.pt or +351 912 345 678. Invoices to PT50 0002 " +
	"0123 1234 5678 9015 4. Open to remote roles across EU time zones, UTC+0 to UTC+3 ok."

func BenchmarkScanText(b *testing.B) {
	if len(bio300) != 300 {
		b.Fatalf("bio300 is %d bytes", len(bio300))
	}
	n := 0
	ScanText(bio300, func(Match) { n++ })
	if n != 3 {
		b.Fatalf("bio300 has %d matches, want 3", n)
	}
	b.Run("bio", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(bio300)))
		for b.Loop() {
			ScanText(bio300, func(Match) {})
		}
	})
	plain := "Product designer from Lisbon, 12 years in fintech. Ex-lead at a 2015 " +
		"startup (acquired 2021). Love surfing, film photography and 35mm cameras. " +
		"Happy to chat about design systems, accessibility and tooling; mentoring " +
		"juniors since 2019. Open to remote roles across EU time zones, UTC+0 to +3 fine."
	b.Run("no-candidates", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(plain)))
		for b.Loop() {
			ScanText(plain, func(Match) {})
		}
	})
}
