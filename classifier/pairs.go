package classifier

import (
	"github.com/residency-labs/signup-classifier/classifier/event"
)

// Lists of [name, value] pairs: Sentry writes an event's tags, request
// headers, cookies and query string so,
//
//	"tags": [["browser", "Firefox 127.0"], ["user", "id:1314692"]],
//	"cookies": [["sessionid", "aawfQVbO…"], ["csrftoken", "g63HQ…"]],
//
// and so do Node's and Go's header lists and many log formats. The walk
// names a leaf by its member name, which here is the list's ("tags", a
// label's name): the value would take a label's category and a user id
// or a session cookie would pass in clear. A pair's value is named by
// the pair's name instead, as {"sessionid": …} would be, and a name no
// rule knows leaves it unknown, personal by default; the name itself is
// a label of the schema (its value is still scanned: a finding wins).
//
// A list reads so only when one of its pairs' names is a name the rules
// know: [["Ivan", "Petrov"]] is a list of names, not a header. The names
// are values: the plan cache keys plans by them (sensPairName).

// maxPairList bounds the pairs looked at for a known name.
const maxPairList = 64

// pairName reports whether v reads as a field's name: ASCII letters,
// digits and _ - . : $, a letter, '_' or '$' first, at most
// maxTupleName bytes.
func pairName(v string) bool {
	if len(v) == 0 || len(v) > maxTupleName {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == '$':
		case i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':'):
		default:
			return false
		}
	}
	return true
}

// kvPair reports whether array p is a [name, value] pair in a list: a
// name and one value that is no object or array, inside an array that is
// no piece of a jCard.
func (s *scratch) kvPair(p int32) bool {
	nodes := s.doc.Nodes
	t := &nodes[p]
	if t.Kind != event.Array || t.First < 0 || t.Parent < 0 || nodes[t.Parent].Kind != event.Array || s.nodeFlags[t.Parent]&(flagVTuple|flagVProps) != 0 {
		return false
	}
	name := &nodes[t.First]
	if name.Kind != event.String || name.Next < 0 || !pairName(name.Str) {
		return false
	}
	v := &nodes[name.Next]
	return v.Next < 0 && v.Kind < event.Object
}

// kvCount counts, among the first maxPairList members of list l, the
// [name, value] pairs and those whose names the rules know.
func (rs *Ruleset) kvCount(s *scratch, l int32) (known, pairs int) {
	nodes := s.doc.Nodes
	seen := 0
	for c := nodes[l].First; c >= 0 && seen < maxPairList; c = nodes[c].Next {
		seen++
		if !s.kvPair(c) {
			continue
		}
		pairs++
		if rs.pairNameCategory(nodes[nodes[c].First].Str) >= 0 {
			known++
		}
	}
	return known, pairs
}

// pairCategory names n, a member of a [name, value] pair of a list that
// the rules read as such (one of its names known): a name the rules know is a label, and its value takes
// the category the name gives it; a name they do not know may be a
// person's ([["Price", "Anna"], ["Jones", "Boris"]] is a list of
// guests with one surname that is also a field's name): it is data,
// unknown, personal by default, and its value too. A non-personal name's
// verdict holds only in a list most of whose names are known (red team
// 30): "Page" among people's names says nothing of "Boris". ok is false
// elsewhere.
func (rs *Ruleset) pairCategory(s *scratch, n *event.Node) (cat int, flags uint8, own, ok bool) {
	p := n.Parent
	if n.Index > 1 || !s.kvPair(p) {
		return 0, 0, false, false
	}
	l := s.doc.Nodes[p].Parent
	if s.kvMemo.list != l {
		// Each leaf of each pair asks; the names are counted once a list.
		known, pairs := rs.kvCount(s, l)
		s.kvMemo.list, s.kvMemo.known, s.kvMemo.pairs = l, int32(known), int32(pairs)
	}
	known, pairs := int(s.kvMemo.known), int(s.kvMemo.pairs)
	if known == 0 {
		return 0, 0, false, false
	}
	nodes := s.doc.Nodes
	name := nodes[nodes[p].First].Str
	if l := nodes[p].Parent; nodes[l].Parent >= 0 && nodes[nodes[l].Parent].Kind == event.Object {
		// The list's own name is the pair's container: a cookie jar's
		// "sessionid" is a credential, as {"cookies": {"sessionid":
		// …}} is (fields.yaml's parents contexts).
		if m := rs.ctxParent[rs.keyInfo(s, nodes[l].Key).fold]; m != nil {
			if c, ok := m[rs.keyInfo(s, name).fold]; ok {
				if n.Index == 0 {
					return rs.idType, flagExact, false, rs.idType >= 0
				}
				return c, flagExact, true, true
			}
		}
	}
	c := rs.pairNameCategory(name)
	if c < 0 {
		return -1, 0, false, true // a name nobody knows: data, as its value is
	}
	if n.Index == 0 {
		return rs.idType, flagExact, false, rs.idType >= 0
	}
	if !rs.cats[c].personal && !rs.cats[c].credential && 2*known <= pairs {
		return -1, 0, false, true
	}
	if rs.fits(c, n.Kind) {
		return c, 0, true, true
	}
	// A value whose type does not fit its name's ("Price": "Anna") is
	// no such value, as {"price": "Anna"} is none.
	return -1, 0, false, true
}
