package detect

// Func reports whether s is a valid value of one scheme. Inputs are raw JSON
// string contents (already unescaped).
type Func func(s string) bool

// registry maps the detector names used in configs/fields.yaml to their
// validators. It is written once by the package initialiser and only read
// afterwards, so concurrent Lookups need no locking.
var registry = map[string]Func{
	"br_cnpj":           brCNPJ,
	"br_cpf":            brCPF,
	"cn_ric":            cnRIC,
	"coordinates":       Coordinates,
	"date_of_birth":     DateOfBirth,
	"de_idnr":           deIdNr,
	"email":             Email,
	"es_dni":            esDNI,
	"eu_vat":            EUVAT,
	"fr_nir":            frNIR,
	"gb_nhs_number":     gbNHSNumber,
	"gb_nino":           gbNINO,
	"iban":              IBAN,
	"in_aadhaar":        inAadhaar,
	"in_pan":            inPAN,
	"ip":                IP,
	"it_codice_fiscale": itCodiceFiscale,
	"jp_mynumber":       jpMyNumber,
	"kr_rrn":            krRRN,
	"kz_iin":            kzIIN,
	"mac_address":       MACAddress,
	"payment_card":      PaymentCard,
	"phone":             Phone,
	"pl_pesel":          plPESEL,
	"ru_inn":            ruINN,
	"ru_inn_company":    ruINNCompany,
	"ru_ogrn":           ruOGRN,
	"ru_snils":          ruSNILS,
	"tr_tckn":           trTCKN,
	"tw_id":             twID,
	"us_ssn":            usSSN,
}

// names is registry's key set in sorted order; a test keeps the two in step.
var names = [...]string{
	"br_cnpj",
	"br_cpf",
	"cn_ric",
	"coordinates",
	"date_of_birth",
	"de_idnr",
	"email",
	"es_dni",
	"eu_vat",
	"fr_nir",
	"gb_nhs_number",
	"gb_nino",
	"iban",
	"in_aadhaar",
	"in_pan",
	"ip",
	"it_codice_fiscale",
	"jp_mynumber",
	"kr_rrn",
	"kz_iin",
	"mac_address",
	"payment_card",
	"phone",
	"pl_pesel",
	"ru_inn",
	"ru_inn_company",
	"ru_ogrn",
	"ru_snils",
	"tr_tckn",
	"tw_id",
	"us_ssn",
}

// Lookup returns the validator registered under a detector name used in
// configs/fields.yaml.
func Lookup(name string) (Func, bool) {
	f, ok := registry[name]
	return f, ok
}

// Names lists every detector name (sorted) – used by the rule linter. The
// slice is a fresh copy the caller may modify.
func Names() []string {
	out := make([]string, len(names))
	copy(out, names[:])
	return out
}
