package classifier

import (
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// Values that carry their own names: jCard (RFC 7095, vCard 4.0 of RFC
// 6350 in JSON) and jCal (RFC 7265) write a contact or a calendar as
// arrays, not objects:
//
//	["vcard", [["fn", {}, "text", "Ivan Petrov"],
//	           ["adr", {"type": "home"}, "text", ["", "", "Lenina 1", "Moscow", "", "101000", "Russia"]]]]
//
// Each property is a tuple [name, {params}, value-type, value...]: its
// field name is a value at position 0, so the walk, which names a leaf
// by its member name, would see only positions. This reader is the
// positional analogue of a name/value pair ({"Name": "email", "Value":
// ...}, context.go): a tuple's value leaves take the category the
// property's name gives them, as the member {"email": ...} would, and a
// structured value's components (N, ADR, GENDER) take their RFC 6350
// component names. The property name, the value-type label and the
// literal "vcard" are labels of the schema; so are the params' keys, and
// the values of the params that only say how to read the property
// (type, pref, ...). Paths stay positional (/contact/1/3/3/6): a pointer
// never carries the name, which is a value.
//
// The walk reads the component's and the properties' names, which are
// values: the plan cache keys a shape's plans by them too (plan.go).

// Name of a component whose second member is its properties: a jCard, or
// a jCal's top level. jCal's subcomponents (vevent, valarm, ...) are
// recognised by where they sit, in the third member of a component.
func componentName(fold string) bool { return fold == "vcard" || fold == "vcalendar" }

// maxTupleName bounds the property names the reader reads: longer ones
// are no property name, and the plan cache keys plans by them.
const maxTupleName = 64

// vcardFieldNames maps RFC 6350 (and RFC 6474, RFC 6715, RFC 5545 for
// jCal) property names whose spelling no field rule knows, or knows as
// something else, to the field name a producer would write for the same
// thing. Other names are read as written, an "x-" extension by the name
// after "x-" ("x-citizenship" is a citizenship).
var vcardFieldNames = map[string]string{
	"fn":           "fullname",
	"n":            "names",
	"bday":         "birthdate",
	"adr":          "postaladdress", // "postal" makes its country an address's (evidence contexts)
	"tel":          "phone",
	"lang":         "language",
	"tz":           "timezone",
	"title":        "jobtitle",
	"role":         "occupation",
	"org":          "employer", // the subject's organisation, not the producer's
	"impp":         "handle",
	"key":          "publickey",
	"source":       "url", // where the card came from: a directory entry of the person
	"rev":          "updated",
	"prodid":       "producer",
	"categories":   "interests",
	"interest":     "interests",
	"hobby":        "interests",
	"expertise":    "interests",
	"deathdate":    "dateofdeath",
	"attendee":     "email", // jCal: a cal-address, mailto: a person
	"organizer":    "email",
	"dtstamp":      "updated",
	"lastmodified": "updated",
}

// vcardComponents names the components of RFC 6350's structured values.
var vcardComponents = map[string][]string{
	"n":      {"familyname", "givenname", "middlename", "honorificprefix", "honorificsuffix"},
	"adr":    {"pobox", "extendedaddress", "streetaddress", "city", "region", "postalcode", "country"},
	"gender": {"sex", "gender"},
}

// Params and what their values are. A label says how to read the
// property (RFC 6350 section 5, RFC 5545 section 3.2); sort-as holds
// the property's own value in another order; the others are named.
var (
	vcardLabelParams = map[string]bool{
		"type": true, "pref": true, "altid": true, "pid": true, "mediatype": true, "calscale": true,
		"value": true, "language": true, "index": true, "level": true, "group": true, "encoding": true,
		"fmttype": true, "cutype": true, "role": true, "partstat": true, "rsvp": true, "reltype": true,
		"related": true, "range": true, "fbtype": true, "tzid": true, "charset": true,
	}
	vcardParamNames = map[string]string{
		"label": "postaladdress", "geo": "geo", "tz": "timezone", "cc": "country", "cn": "fullname",
		"email": "email", "sentby": "email", "delegatedto": "email", "delegatedfrom": "email",
		"member": "email", "dir": "url",
	}
)

// tupleFieldName is the field name property name p stands for.
func tupleFieldName(s *scratch, p string) string {
	f := s.foldValue(p)
	if v, ok := vcardFieldNames[f]; ok {
		return v
	}
	if len(p) > 2 && (p[0] == 'x' || p[0] == 'X') && p[1] == '-' {
		return p[2:]
	}
	return p
}

// isComponent reports whether array node a is a jCard or jCal component:
// [name, [properties], ...] with a component's name, or any name in the
// third member (the subcomponents) of a component.
func (rs *Ruleset) isComponent(s *scratch, a int32) bool {
	nodes := s.doc.Nodes
	an := &nodes[a]
	if an.Kind != event.Array || an.First < 0 {
		return false
	}
	name := &nodes[an.First]
	if name.Kind != event.String || name.Next < 0 || nodes[name.Next].Kind != event.Array {
		return false
	}
	if len(name.Str) <= 16 && componentName(s.foldValue(name.Str)) {
		return true
	}
	// jCal: ["vcalendar", [props], [["vevent", [props], []]]].
	subs := an.Parent
	if subs < 0 || nodes[subs].Kind != event.Array || nodes[subs].Index != 2 {
		return false
	}
	parent := nodes[subs].Parent
	if parent < 0 || nodes[parent].Kind != event.Array {
		return false
	}
	props := nodes[nodes[parent].First].Next
	return props >= 0 && s.nodeFlags[props]&flagVProps != 0
}

// isTuple reports whether array node t, a member of a properties array,
// has a property's shape: [name, {params}, "value-type", ...].
func isTuple(nodes []event.Node, t *event.Node) bool {
	if t.Kind != event.Array || t.First < 0 {
		return false
	}
	name := &nodes[t.First]
	if name.Kind != event.String || len(name.Str) == 0 || len(name.Str) > maxTupleName || name.Next < 0 {
		return false
	}
	params := &nodes[name.Next]
	return params.Kind == event.Object && params.Next >= 0 && nodes[params.Next].Kind == event.String
}

// tupleKey is the field name node i has as a value of a property tuple
// or a component of a structured value, and whether it has one.
func (rs *Ruleset) tupleKey(s *scratch, i int32) (string, bool) {
	nodes := s.doc.Nodes
	n := &nodes[i]
	p := n.Parent
	if p < 0 || nodes[p].Kind != event.Array {
		return "", false
	}
	if s.nodeFlags[p]&flagVTuple != 0 {
		if n.Index < 3 {
			return "", false
		}
		return tupleFieldName(s, nodes[nodes[p].First].Str), true
	}
	t := nodes[p].Parent
	if nodes[p].Index < 3 || t < 0 || s.nodeFlags[t]&flagVTuple == 0 {
		return "", false
	}
	name := nodes[nodes[t].First].Str
	if len(name) > 16 {
		return "", false
	}
	comps := vcardComponents[s.foldValue(name)]
	if int(n.Index) >= len(comps) {
		return "", false
	}
	return comps[n.Index], true
}

// tupleCategory is the category, flags and ownership of node n, an
// element of an array, when the array is a piece of a jCard or jCal;
// ok is false elsewhere, and the walk names n as any array element.
func (rs *Ruleset) tupleCategory(s *scratch, n *event.Node, pc int) (cat int, flags uint8, own, ok bool) {
	nodes := s.doc.Nodes
	p := n.Parent
	pflags := s.nodeFlags[p]
	if pflags&flagVProps != 0 {
		if isTuple(nodes, n) {
			// Its members are named by its name, not by its container.
			return -1, flagVTuple, false, true
		}
		return 0, 0, false, false
	}
	if pflags&flagVTuple != 0 {
		switch n.Index {
		case 0, 2:
			// The property's name and its value type: the schema.
			return rs.idType, flagExact, false, rs.idType >= 0
		case 1:
			return -1, 0, false, true // params: named by their own keys
		}
		return rs.tupleValueCategory(s, n, pc, pflags)
	}
	if c, fl, own, ok := rs.pairCategory(s, n); ok {
		return c, fl, own, true
	}
	// A component of a structured value, before anything its position
	// could look like: ["Doe", ["John", "J."], ...] is a name, not a
	// component named "Doe".
	if t := nodes[p].Parent; nodes[p].Index >= 3 && t >= 0 && s.nodeFlags[t]&flagVTuple != 0 {
		return rs.tupleValueCategory(s, n, pc, pflags)
	}
	switch {
	case n.Index == 0 && n.Kind == event.String && n.Next >= 0 && nodes[n.Next].Kind == event.Array:
		if rs.isComponent(s, p) {
			return rs.idType, flagExact, false, rs.idType >= 0 // "vcard"
		}
	case n.Index == 1 && n.Kind == event.Array:
		if rs.isComponent(s, p) {
			return -1, flagVProps, false, true
		}
	}
	return 0, 0, false, false
}

// tupleValueCategory names n, a value of a property tuple or a component
// of a structured value, by the name tupleKey gives it, as the member
// so named would be.
func (rs *Ruleset) tupleValueCategory(s *scratch, n *event.Node, pc int, pflags uint8) (cat int, flags uint8, own, ok bool) {
	key, named := rs.tupleKey(s, s.cur)
	if named {
		ki := rs.keyInfo(s, key)
		if ki.cat >= 0 && (n.Kind >= event.Object || rs.fits(ki.cat, n.Kind) || ki.exact && rs.strictType(ki.cat)) {
			if ki.exact {
				flags = flagExact
			}
			return ki.cat, flags, true, true
		}
	}
	if pflags&flagVTuple != 0 {
		return -1, 0, false, true // an unknown property: nothing to inherit
	}
	return pc, pflags & flagExact, false, true // a component: the property's
}

// paramCategory is the category of member n of a tuple's params object,
// and ok; ok is false when n is named as any member.
func (rs *Ruleset) paramCategory(s *scratch, n *event.Node, ki keyInfo) (cat int, flags uint8, ok bool) {
	nodes := s.doc.Nodes
	obj := &nodes[n.Parent]
	if obj.Index != 1 || obj.Parent < 0 || s.nodeFlags[obj.Parent]&flagVTuple == 0 {
		return 0, 0, false
	}
	if vcardLabelParams[ki.fold] {
		return rs.idType, flagExact, rs.idType >= 0
	}
	if ki.fold == "sortas" {
		// The value itself, in sort order: the category of the value.
		t := &nodes[obj.Parent]
		ti := rs.keyInfo(s, tupleFieldName(s, nodes[t.First].Str))
		return ti.cat, 0, true
	}
	if name, mapped := vcardParamNames[ki.fold]; mapped {
		pk := rs.keyInfo(s, name)
		if pk.cat >= 0 && (n.Kind >= event.Object || rs.fits(pk.cat, n.Kind)) {
			if pk.exact {
				flags = flagExact
			}
			return pk.cat, flags, true
		}
	}
	return 0, 0, false
}

// tupleEvidenceContext is the evidence context (keyInfo.evCtx) of node j
// as a piece of a property tuple: its property's field name's ("adr" is
// a postal address) for the tuple's members, a component's own name's
// for a component; ctxNone when j is no such piece.
func (rs *Ruleset) tupleEvidenceContext(s *scratch, j int32) int {
	nodes := s.doc.Nodes
	p := nodes[j].Parent
	if key, ok := rs.tupleKey(s, j); ok && s.nodeFlags[p]&flagVTuple == 0 {
		return rs.keyInfo(s, key).evCtx // a component
	}
	if p >= 0 && s.nodeFlags[p]&flagVTuple != 0 {
		return rs.keyInfo(s, tupleFieldName(s, nodes[nodes[p].First].Str)).evCtx
	}
	return ctxNone
}

// tupleSens is what the walk reads of string node i's value as a piece of
// a jCard or jCal, for the plan cache's key: a component's name or a
// property tuple's name, by shape alone (before its container is known to
// be a jCard), and whether it is one.
func tupleSens(nodes []event.Node, i int) (sensNode, bool) {
	n := &nodes[i]
	if n.Kind != event.String || n.Index != 0 || n.Parent < 0 || nodes[n.Parent].Kind != event.Array || n.Next < 0 {
		return sensNode{}, false
	}
	switch next := &nodes[n.Next]; {
	case next.Next < 0 && next.Kind < event.Object && nodes[n.Parent].Parent >= 0 && nodes[nodes[n.Parent].Parent].Kind == event.Array:
		return sensNode{node: int32(i), tuple: sensPairName}, true // a [name, value] pair (pairs.go)
	case next.Kind == event.Array:
		return sensNode{node: int32(i), tuple: sensComponent}, true
	case next.Kind == event.Object && next.Next >= 0 && nodes[next.Next].Kind == event.String:
		return sensNode{node: int32(i), tuple: sensProperty}, true
	}
	return sensNode{}, false
}

// tupleTypeKey is what the walk reads of the value v of a sensNode of
// kind k; own says the key outlives the event and must own its memory.
func tupleTypeKey(s *scratch, k uint8, v string, own bool) typeKey {
	key := typeKey{nameCat: -1}
	switch k {
	case sensComponent:
		if len(v) <= 16 && componentName(s.foldValue(v)) {
			key.prop = "vcard" // one answer: a component by name
		}
	case sensProperty, sensPairName:
		if len(v) <= maxTupleName {
			key.short = true
			key.prop = v
			if own {
				key.prop = strings.Clone(v)
			}
		}
	}
	return key
}
