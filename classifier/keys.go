package classifier

import (
	"unicode"
	"unicode/utf8"

	"strconv"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// Object keys are data when a producer keys a map by what it knows of the
// person: {"interests": {"Catholic": true}}, {"friends": {"Ivan Petrov":
// {...}}}. Such a key is classified like a value; the full projection
// keeps it, the pseudonymized one writes its keyed token instead, the
// redacted one drops the member, and paths (the audit record, the
// decision) name it by that token, never by the key itself.

// keyDataCategory is the category key names as data, or -1 when it is a
// schema name: a special-category term or a person's name. An exact
// category name holding a non-bool value is schema ({"disability":
// "wheelchair"} names a field); the same word as a flag's key
// ({"LGBTQ": true}) is what the subject disclosed.
func (rs *Ruleset) keyDataCategory(s *scratch, n *event.Node, ki keyInfo) int {
	if ki.shapeCat >= 0 {
		return ki.shapeCat
	}
	if len(n.Key) < 3 || len(n.Key) > 128 {
		return -1
	}
	if ki.exact {
		if n.Kind == event.Bool && ki.cat >= 0 && rs.cats[ki.cat].special && ki.dataCat >= 0 {
			return ki.cat // {"LGBTQ": true}: a term as a flag, not a field name like "health"
		}
		return -1 // schema: {"disability": "wheelchair"}, {"email": true}
	}
	if ki.dataCat < 0 && ki.cat < 0 && !ki.generic && !ki.context && rs.idName >= 0 && nameShaped(n.Key) && (rs.personName(n.Key) || rs.givenName(n.Key)) {
		if p, ok := containerName(&s.doc, s.cur); ok && personMaps[rs.keyInfo(s, p).fold] {
			// A map of people keyed by who they are ({"children":
			// {"Lukas": {...}}}, {"emergency_contacts": {"Пётр
			// Смирнов": "+7…"}}): a name with a known given name is
			// the person; "Employee Dependents" (BambooHR's table)
			// is not.
			return rs.idName
		}
	}
	return ki.dataCat
}

// nameShaped reports whether member name k is written as a person's name
// is: Capitalized, letters with spaces, hyphens, apostrophes or dots
// between ("Lukas", "Пётр Смирнов", "O'Neil"), at most four words.
func nameShaped(k string) bool {
	r, _ := utf8.DecodeRuneInString(k)
	if !unicode.IsUpper(r) || len(k) > 60 {
		return false
	}
	words := 1
	for _, r := range k {
		switch {
		case r == ' ':
			words++
		case unicode.IsLetter(r), r == '-', r == '\'', r == '.':
		default:
			return false
		}
	}
	return words <= 4
}

// personMaps are container names whose members are people: a member name
// no rule claims under one is data (a person's name or handle), not
// schema.
var personMaps = map[string]bool{
	"contacts": true, "emergencycontacts": true, "emergencycontact": true, "friends": true, "family": true,
	"familymembers": true, "children": true, "kids": true, "parents": true, "guardians": true,
	"dependents": true, "relatives": true, "guests": true, "attendees": true, "participants": true,
	"recipients": true, "followers": true, "following": true, "mentions": true, "referrals": true,
	"invitees": true, "spouses": true, "siblings": true, "people": true, "persons": true,
	"employees": true, "students": true, "patients": true, "colleagues": true, "connections": true,
	"members": true, "users": true, "players": true, "team": true, "teammates": true,
}

// keyDataCat is what a member name would be as data: the category of a
// special-category term in it, a person's name, or -1. keyInfo caches it.
func (rs *Ruleset) keyDataCat(s *scratch, key string) int {
	if len(key) < 3 || len(key) > 128 {
		return -1
	}
	if t := rs.findTerm(s, key); t >= 0 {
		return t
	}
	if rs.personName(key) {
		return rs.idName
	}
	return -1
}

// appendKeyToken appends the name a data key goes by in paths and in the
// pseudonymized projection: its keyed token, or without a key (nothing
// pseudonymized leaves then) "key_" and the node's number, which says
// nothing of it.
func (rs *Ruleset) appendKeyToken(s *scratch, dst []byte, i int32) []byte {
	if len(rs.cfg.Key) == 0 {
		return strconv.AppendInt(append(dst, "key_"...), int64(i), 10)
	}
	s.kbuf = append(append(s.kbuf[:0], "key\x00"...), s.doc.Nodes[i].Key...)
	return s.mac256(rs.cfg.Key, s.kbuf, dst)
}
