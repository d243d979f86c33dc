package geo

import (
	"regexp"
	"strings"
)

// postcodeFormats are the postal code notations only one country uses,
// so that a postcode alone names its country: a British outward and
// inward code ("NR21 0HX"), a Canadian one ("K1A 0B1"), a Dutch ("1012
// AB"), an Irish Eircode ("D02 X285"), an Argentine CPA ("C1425DKA"), a
// Maltese ("VLT 1117"), a US ZIP+4 ("94105-1804"), a Brazilian CEP
// ("01310-100"), a Japanese ("100-0005", often after 〒), a Polish
// ("00-950"), a Portuguese ("1100-148"), and the codes that carry their
// country's prefix ("LV-1050", "LT-01100", "MD-2001", "AZ1000").
// Five-digit codes (the US, Germany, France, Korea, Mexico…) and the
// Nordic and Czech "123 45" are shared, and name nothing.
var postcodeFormats = []struct {
	re *regexp.Regexp
	cc string
}{
	{regexp.MustCompile(`^(?i:JE[0-9] ?[0-9][ABD-HJLNP-UW-Z]{2})$`), "JE"},
	{regexp.MustCompile(`^(?i:GY[0-9]{1,2} ?[0-9][ABD-HJLNP-UW-Z]{2})$`), "GG"},
	{regexp.MustCompile(`^(?i:IM[0-9]{1,2} ?[0-9][ABD-HJLNP-UW-Z]{2})$`), "IM"},
	{regexp.MustCompile(`^(?i:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][A-HJKMNPR-Y0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2})$`), "GB"},
	{regexp.MustCompile(`^(?i:[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9])$`), "CA"},
	{regexp.MustCompile(`^[1-9][0-9]{3} ?(?i:[A-RT-Z][A-Z]|S[BCE-RT-Z])$`), "NL"},
	{regexp.MustCompile(`^(?i:(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4})$`), "IE"},
	{regexp.MustCompile(`^(?i:[A-HJ-NP-Z][0-9]{4}[A-Z]{3})$`), "AR"},
	{regexp.MustCompile(`^(?i:[A-Z]{3} ?[0-9]{4})$`), "MT"},
	{regexp.MustCompile(`^[0-9]{5}-[0-9]{4}$`), "US"},
	{regexp.MustCompile(`^[0-9]{5}-[0-9]{3}$`), "BR"},
	{regexp.MustCompile(`^〒? ?[0-9]{3}-[0-9]{4}$`), "JP"},
	{regexp.MustCompile(`^[0-9]{2}-[0-9]{3}$`), "PL"},
	{regexp.MustCompile(`^[0-9]{4}-[0-9]{3}$`), "PT"},
	{regexp.MustCompile(`^(?i:LV)-?[0-9]{4}$`), "LV"},
	{regexp.MustCompile(`^(?i:LT)-?[0-9]{5}$`), "LT"},
	{regexp.MustCompile(`^(?i:MD)-?[0-9]{4}$`), "MD"},
	{regexp.MustCompile(`^(?i:AZ) ?[0-9]{4}$`), "AZ"},
}

// auStates are the three-letter Australian states and territories, whose
// abbreviation and postcode read as a Maltese code.
var auStates = map[string]bool{"NSW": true, "VIC": true, "QLD": true, "TAS": true, "ACT": true}

// PostcodeCountry is the country a postal code's notation names, or
// false when the notation is shared (see postcodeFormats). v is the
// whole value: a code inside a line is AddressLine's.
func PostcodeCountry(v string) (string, bool) {
	if len(v) < 5 || len(v) > 12 {
		return "", false
	}
	for _, f := range postcodeFormats {
		if f.re.MatchString(v) {
			if f.cc == "MT" && auStates[strings.ToUpper(v[:3])] {
				// "NSW 2000", "VIC 3000": an Australian state and
				// postcode, as Australians write them on one line.
				return "", false
			}
			return f.cc, true
		}
	}
	return "", false
}
