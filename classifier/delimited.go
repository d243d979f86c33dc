package classifier

import (
	"strings"
	"unicode"
)

// delimitedPersonal is the category of the personal data inside v, a
// record written on one line under a label's name, or -1: fields joined
// by a separator ("Anna,Schmidt,2013-01-02,Berlin", "Anna|Schmidt",
// HL7's "Schmidt^Anna^^^Dr"), pairs ("first_name=Anna;dob=…"), a
// travel document's name field ("SCHMIDT<<ANNA<MARIA"), or a phone
// after its label ("tel 030 1234567"). A label's own lists ("read,write",
// "tag1|tag2") hold none of these and stay labels.
func (rs *Ruleset) delimitedPersonal(s *scratch, v string) int {
	if len(v) < 5 || len(v) > 4096 {
		return -1
	}
	if rs.idPhone >= 0 && labelledPhone(v) {
		return rs.idPhone
	}
	if strings.Contains(v, "<<") {
		// ICAO 9303's name field: surname, "<<", given names joined by "<".
		if n := strings.TrimSpace(strings.ReplaceAll(v, "<", " ")); n != "" && rs.personName(strings.Join(strings.Fields(n), " ")) {
			return rs.idName
		}
	}
	sep := byte(0)
	most := 0
	for _, c := range []byte{',', '|', '^', ';', '\t'} {
		if n := strings.Count(v, string(c)); n > most {
			sep, most = c, n
		}
	}
	if most == 0 {
		return -1
	}
	if strings.IndexByte(v, '=') > 0 && sep != '&' {
		if c := rs.paramsPersonal(s, strings.ReplaceAll(v, string(sep), "&")); c >= 0 {
			return c
		}
	}
	var prev string
	for part := range strings.SplitSeq(v, string(sep)) {
		part = strings.TrimSpace(part)
		if part == "" {
			prev = ""
			continue
		}
		if len(part) >= 6 {
			if c, ok := rs.detectValue(s, part); ok && rs.cats[c].personal && c != rs.idDate {
				return c
			}
		}
		if prev != "" && letterWord(part) && letterWord(prev) && (rs.personName(prev+" "+part) || rs.personName(part+" "+prev)) {
			return rs.idName
		}
		prev = part
	}
	return -1
}

// labelledPhone reports whether v is a phone number after its label
// ("tel 030 1234567", "Mobile: 0151-2345678", "тел. 8 916 123-45-67"):
// a number with no "+" that no detector takes without a country, but that
// its label says is a phone.
func labelledPhone(v string) bool {
	lv := strings.ToLower(v)
	rest := ""
	for _, w := range []string{"telephone", "telefon", "phone", "mobile", "handy", "cell", "fax", "whatsapp", "tel", "mob", "телефон", "тел"} {
		if strings.HasPrefix(lv, w) {
			rest = lv[len(w):]
			break
		}
	}
	if rest == "" || rest[0] != ' ' && rest[0] != ':' && rest[0] != '.' {
		return false
	}
	rest = strings.TrimLeft(rest, " :.")
	digits := 0
	for _, r := range rest {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ' ' || r == '-' || r == '(' || r == ')' || r == '/' || r == '.' || r == '+':
		default:
			return false
		}
	}
	return digits >= 7 && digits <= 15 && !unicode.IsSpace(rune(v[len(v)-1]))
}
