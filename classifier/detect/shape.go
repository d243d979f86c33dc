package detect

// Counts counts the ASCII digits and letters of s; every identifier
// validator accepts only ASCII alphanumerics and separators.
func Counts(s string) (digits, letters int) {
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

// shapes holds, per identifier detector, the character counts any accepted
// value must have: a validator that accepts a 10-digit "SNILS" is broken no
// matter what its checksum says. FuzzDetectors holds every validator to its
// shape, so a caller may skip a validator whose shape the value does not
// have: most values that get as far as the validators fit one or two
// shapes of the 22, and counting is cheaper than validating.
var shapes = map[string]func(d, l int) bool{
	"ru_snils":          func(d, l int) bool { return d == 11 && l == 0 },
	"ru_inn":            func(d, l int) bool { return d == 12 && l == 0 },
	"ru_inn_company":    func(d, l int) bool { return d == 10 && l == 0 },
	"ru_ogrn":           func(d, l int) bool { return (d == 13 || d == 15) && l == 0 },
	"kz_iin":            func(d, l int) bool { return d == 12 && l == 0 },
	"cn_ric":            func(d, l int) bool { return d == 18 && l == 0 || d == 17 && l == 1 },
	"in_aadhaar":        func(d, l int) bool { return d == 12 && l == 0 },
	"jp_mynumber":       func(d, l int) bool { return d == 12 && l == 0 },
	"in_pan":            func(d, l int) bool { return d == 4 && l == 6 },
	"br_cpf":            func(d, l int) bool { return d == 11 && l == 0 },
	"br_cnpj":           func(d, l int) bool { return d+l == 14 && d >= 2 },
	"us_ssn":            func(d, l int) bool { return d == 9 && l == 0 },
	"gb_nhs_number":     func(d, l int) bool { return d == 10 && l == 0 },
	"gb_nino":           func(d, l int) bool { return d == 6 && l == 3 },
	"kr_rrn":            func(d, l int) bool { return d == 13 && l == 0 },
	"pl_pesel":          func(d, l int) bool { return d == 11 && l == 0 },
	"es_dni":            func(d, l int) bool { return d == 8 && l == 1 || d == 7 && l == 2 },
	"it_codice_fiscale": func(d, l int) bool { return d+l == 16 && l >= 9 },
	"fr_nir":            func(d, l int) bool { return d == 15 && l == 0 || d == 14 && l == 1 },
	"de_idnr":           func(d, l int) bool { return d == 11 && l == 0 },
	"tr_tckn":           func(d, l int) bool { return d == 11 && l == 0 },
	"tw_id":             func(d, l int) bool { return d == 9 && l == 1 },
	"eu_vat":            func(d, l int) bool { return l >= 2 && d >= 2 && d+l <= 16 },
	"payment_card":      func(d, l int) bool { return d >= 12 && d <= 19 && l == 0 || d >= 8 && d <= 15 && l <= 11 }, // masked: 4111XXXXXXXX1111
	"iban":              func(d, l int) bool { return d+l >= 15 && d+l <= 34 && l >= 2 },
}

// Shape returns the test of the counts Counts returns that every value the
// named detector accepts passes, or nil for the detectors without one
// (email, phone, ip, dates: their own punctuation rules).
func Shape(name string) func(digits, letters int) bool { return shapes[name] }
