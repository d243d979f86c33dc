package classifier

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	var counts [5]int
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case ',':
			counts[0]++
		case '|':
			counts[1]++
		case '^':
			counts[2]++
		case ';':
			counts[3]++
		case '\t':
			counts[4]++
		}
	}
	sep := byte(0)
	most := 0
	for k, c := range [...]byte{',', '|', '^', ';', '\t'} {
		if counts[k] > most {
			sep, most = c, counts[k]
		}
	}
	if most == 0 {
		return -1
	}
	if strings.IndexByte(v, '=') > 0 {
		if c := rs.paramsPersonal(s, v, v[strings.IndexByte(v, sep):][:1]); c >= 0 {
			return c
		}
	}
	var prev string
	for rest := v; rest != ""; {
		part := rest
		if k := strings.IndexByte(rest, sep); k >= 0 {
			part, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		part = strings.TrimSpace(part)
		if part == "" {
			prev = ""
			continue
		}
		if len(part) >= 6 && valueLike(part) {
			if c, ok := rs.detectValue(s, part); ok && rs.cats[c].personal && c != rs.idDate {
				return c
			}
		}
		if prev != "" && upperFirst(prev) && upperFirst(part) && letterWord(part) && letterWord(prev) && (rs.personName(prev+" "+part) || rs.personName(part+" "+prev)) {
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
	switch v[0] | 0x20 {
	case 't', 'p', 'm', 'h', 'c', 'f', 'w', 0xd1 | 0x20: // т is 0xd1 0x82
	default:
		return false
	}
	rest := ""
	for _, w := range []string{"telephone", "telefon", "phone", "mobile", "handy", "cell", "fax", "whatsapp", "tel", "mob", "телефон", "тел"} {
		if len(v) > len(w) && strings.EqualFold(v[:len(w)], w) {
			rest = v[len(w):]
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

// valueLike reports whether a field of a record may be a value a detector
// knows: an e-mail's '@', or six digits (a phone, an id, a date, a card).
// Words are names or labels, read in pairs instead.
func valueLike(part string) bool {
	digits, other := 0, false
	for i := 0; i < len(part); i++ {
		switch c := part[i]; {
		case c == '@':
			return true
		case c >= '0' && c <= '9':
			digits++
		case c != '.' && c != '-' && c != '+':
			other = true
		}
	}
	// A bare decimal ("52.520008") is half a coordinate pair at most:
	// split from its other half, it says nothing.
	return digits >= 6 && (other || strings.Count(part, ".") != 1)
}

// upperFirst reports whether w starts with a capital, or with a letter of
// a script without case: how names are written, where labels are lower
// case ("read,write").
func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}
