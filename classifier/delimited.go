package classifier

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/geo"
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
	sep := recordSep(v)
	if sep == 0 {
		if rs.idDate >= 0 && rs.dobPair(v) != "" {
			return rs.idDate // "dob=2014-06-01": one pair, its name a date of birth's
		}
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
	if _, c := rs.recordBirthDate(v, sep); c >= 0 {
		// "Schmidt,A.,2014-06-01", "anna;2014-06-01;berlin": a person's
		// record with a date of birth in it.
		return c
	}
	return -1
}

// recordSep is the separator a one-line record's fields are joined by: the
// most frequent of ',', '|', '^', ';' and tab, or 0 for none.
func recordSep(v string) byte {
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
	return sep
}

// dobPair is the value of v's first key=value pair (joined by '&', ';',
// ',' or '|', or v alone) whose key names a date of birth ("dob=2014-06-01",
// "birth=2014-06-01", "name=Anna;dob=2014-06-01"), or "".
func (rs *Ruleset) dobPair(v string) string {
	if strings.IndexByte(v, '=') <= 0 || len(v) > 4096 {
		return ""
	}
	for part := range strings.FieldsFuncSeq(v, func(r rune) bool { return r == '&' || r == ';' || r == ',' || r == '|' }) {
		k, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok || k == "" || len(k) > 64 || strings.TrimSpace(val) == "" || strings.ContainsAny(k, "/?:.#") {
			continue // a link's query ("https://shop/?utm_source=…") names no date of birth
		}
		if c, _ := rs.nameCategory(strings.TrimSpace(k)); c == rs.idDate {
			return strings.TrimSpace(val)
		}
	}
	return ""
}

// recordBirthDate finds the date of birth in v, a one-line record joined
// by sep: three to twelve fields, one of them a date without a time of
// day (a timestamp is an event's; of two dates neither is taken for the
// birth date, though the record is personal), and one a person's name or
// a place ("Schmidt,A.,2014-06-01", "Obi,Chukwuemeka,1990-01-01",
// "Kowalczyk|Z|2014-06-01|Warszawa", "anna;2014-06-01;berlin",
// "2014-06-01,Berlin,female"). It gives the date field and the record's
// category: a name's when a name is in it, else a date of birth's; or
// "" and -1. A label's list ("web,2024-06-01,campaign") has no name.
func (rs *Ruleset) recordBirthDate(v string, sep byte) (string, int) {
	if rs.idDate < 0 || len(v) > 512 || strings.Count(v, string(sep)) < 2 || strings.Count(v, string(sep)) > 11 {
		return "", -1
	}
	if !dateField(v, sep) {
		return "", -1 // most records: no date, no need to read their words
	}
	date, dates := "", 0
	name, place, caps, initial := false, false, 0, false
	for part := range strings.SplitSeq(v, string(sep)) {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
		case len(part) >= 8 && len(part) <= 10 && part[0] >= '0' && part[0] <= '9' && !strings.ContainsAny(part, "T:"):
			if _, _, _, ok := detect.ParseDate(part); !ok {
				continue
			}
			if dates++; dates == 1 {
				date = part
			}
		case len(part) > 40:
		case geoCity(part):
			place = true
		case !letterWord(strings.TrimSuffix(part, ".")):
		case utf8.RuneCountInString(strings.TrimSuffix(part, ".")) == 1 && upperFirst(part):
			initial = true // "A.", "Z"
		case rs.givenName(part):
			name = true
		case genderWords[strings.ToLower(part)]:
			place = true // a sex beside a date: a person's record all the same
		case upperFirst(part) && strings.IndexFunc(part, unicode.IsLower) > 0 && !thingWords[strings.ToLower(part)]:
			caps++
		}
	}
	if dates == 0 {
		return "", -1
	}
	if dates > 1 {
		date = "" // a birth date and a signup's: which is which is anyone's guess
	}
	if name || caps > 0 && (initial || caps > 1 || place) {
		return date, rs.idName
	}
	if place {
		return date, rs.idDate
	}
	return "", -1
}

// genderWords are a person's sex as records write it.
var genderWords = map[string]bool{
	"male": true, "female": true, "männlich": true, "weiblich": true, "divers": true, "homme": true, "femme": true,
	"masculino": true, "femenino": true, "maschio": true, "femmina": true, "mężczyzna": true, "kobieta": true,
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

// geoCity reports whether w names a large city ("Berlin", "warszawa").
func geoCity(w string) bool {
	_, ok := geo.City(w)
	return ok
}

// oneLineBirthDate is the date of birth a one-line record v holds (see
// dobPair and recordBirthDate), or "".
func (rs *Ruleset) oneLineBirthDate(v string) string {
	if len(v) < 5 || len(v) > 4096 {
		return ""
	}
	if dv := rs.dobPair(v); dv != "" {
		return dv
	}
	if sep := recordSep(v); sep != 0 {
		dv, _ := rs.recordBirthDate(v, sep)
		return dv
	}
	return ""
}

// dateField reports whether a field of v, joined by sep, may be a date:
// eight to ten bytes opening with a digit, with no time of day
// (recordBirthDate's test, without parsing).
func dateField(v string, sep byte) bool {
	for part := range strings.SplitSeq(v, string(sep)) {
		part = strings.TrimSpace(part)
		if len(part) >= 8 && len(part) <= 10 && part[0] >= '0' && part[0] <= '9' && !strings.ContainsAny(part, "T:") {
			return true
		}
	}
	return false
}
