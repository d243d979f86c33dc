package classifier

import (
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
	return ki.dataCat
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
