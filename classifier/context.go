package classifier

import (
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// typeRule is a context rule read from a sibling's value: {"type":
// "email", "value": ...} makes value an e-mail address.
type typeRule struct {
	names   map[string]bool // leaf names it applies to
	parents map[string]bool // nil: under any container
	cat     int
}

// defaultTypeValueNames are the leaf names a type rule reads when it
// names none: the members that carry the value a type key describes.
var defaultTypeValueNames = []string{"value", "number", "id", "val", "no", "nr", "code", "identifier", "text"}

// compileContext compiles the context rules, the type keys and the subject
// key names. Category ids are the categories' order in the file, which
// Compile keeps.
func (rs *Ruleset) compileContext(t *rules.Taxonomy) {
	rs.ctxParent = map[string]map[string]int{}
	rs.ctxType = map[string][]typeRule{}
	rs.ctxValue = map[string]bool{}
	rs.typeKeys = map[string]bool{}
	rs.subjectKeys = map[string]bool{}
	rs.ownTyped = map[string]bool{}
	for _, k := range t.TypeKeys {
		k := rules.NormalizeName(k)
		rs.typeKeys[k] = true
		for _, suffix := range []string{"type", "kind"} {
			if m, ok := strings.CutSuffix(k, suffix); ok && len(m) >= 2 {
				rs.ownTyped[m] = true // documenttype types document (ownTypeKey)
			}
		}
	}
	for _, k := range t.SubjectKey {
		rs.subjectKeys[rules.NormalizeName(k)] = true
	}
	for n := range pairValueNames {
		// A name/value pair's value member is read with its type key
		// whatever the rules list: {"name": "country", "values": ["FR"]}.
		rs.ctxValue[n] = true
	}
	set := func(list []rules.Str) map[string]bool {
		if len(list) == 0 {
			return nil
		}
		m := map[string]bool{}
		for _, n := range list {
			m[rules.NormalizeName(n.V)] = true
		}
		return m
	}
	for id := range t.Categories {
		for _, cx := range t.Categories[id].Context {
			names := set(cx.Names)
			if len(cx.Types) > 0 {
				if names == nil {
					names = map[string]bool{}
					for _, n := range defaultTypeValueNames {
						names[n] = true
					}
				}
				r := typeRule{names: names, parents: set(cx.Parents), cat: id}
				for n := range names {
					rs.ctxValue[n] = true
				}
				for _, ty := range cx.Types {
					k := rules.NormalizeName(ty.V)
					rs.ctxType[k] = append(rs.ctxType[k], r)
				}
				continue
			}
			for _, p := range cx.Parents {
				pk := rules.NormalizeName(p.V)
				m := rs.ctxParent[pk]
				if m == nil {
					m = map[string]int{}
					rs.ctxParent[pk] = m
				}
				for n := range names {
					if _, dup := m[n]; !dup {
						m[n] = id
					}
				}
			}
		}
	}
}

// containerName is the name of node i's container as a producer wrote it:
// the member name of its parent object, or of the array that holds the
// object ({"documents": [{"type": ...}]} is under "documents").
func containerName(doc *event.Doc, i int32) (string, bool) {
	p := doc.Nodes[i].Parent
	if p <= 0 {
		return "", false // the top level has no name
	}
	if pp := doc.Nodes[p].Parent; doc.Nodes[pp].Kind == event.Array {
		if p = pp; p <= 0 {
			return "", false
		}
	}
	if doc.Nodes[doc.Nodes[p].Parent].Kind != event.Object {
		return "", false
	}
	return doc.Nodes[p].Key, true
}

// inArrayElement reports whether node i is a member of an object that is
// an array's element.
func inArrayElement(doc *event.Doc, i int32) bool {
	p := doc.Nodes[i].Parent
	return p > 0 && doc.Nodes[doc.Nodes[p].Parent].Kind == event.Array
}

// contextCategory is the category a context rule gives object member n
// (whose own name says ki), or -1: by its container's name, then by the
// value of a sibling type key.
func (rs *Ruleset) contextCategory(s *scratch, n *event.Node, i int32, ki keyInfo) int {
	doc := &s.doc
	pname, hasParent := containerName(doc, i)
	pfold := ""
	if hasParent {
		pfold = rs.keyInfo(s, pname).fold
	}
	if !hasParent && n.Parent == 0 && ki.fold == "id" && doc.Nodes[0].Kind == event.Object && hasMember(doc, 0, "specversion") && hasMember(doc, 0, "source") {
		// A CloudEvent's envelope (structured mode: specversion,
		// source, type, id at the top): its id is the event's, which
		// consumers deduplicate by. Its value is still scanned.
		if c, ok := rs.catIndex["event.id"]; ok {
			return c
		}
	}
	if c := rs.typedSibling(s, n, i, ki, pfold); c >= 0 {
		// A sibling's type is more specific than the container's name:
		// {"document": {"type": "PASSPORT", "country": "FR"}} is a
		// passport's country, not any document's.
		return c
	}
	if hasParent {
		if m := rs.ctxParent[pfold]; m != nil {
			if c, ok := m[ki.fold]; ok && !(ki.generic && !rs.cats[c].personal && inArrayElement(doc, i)) {
				// An envelope has one id ({"meta": {"id": ...}});
				// a list's elements are records of their own
				// (WooCommerce's meta_data: [{"id", "key",
				// "value"}]), and an element's id is the row's.
				return c
			}
			if dn, ok := digestlessName(n.Key, ki.fold); ok {
				if c, ok := m[dn]; ok && rs.cats[c].credential {
					// A security question's answer as its digest
					// ({"security_question": {"answer_sha256": …}},
					// {"security_questions": [{"a_hash": …}]}): a
					// dictionary finds the answer, so the digest is
					// the credential the answer is.
					return c
				}
			}
		}
	}
	if rs.typeKeys[ki.fold] && n.Kind == event.String && rs.idType >= 0 && len(n.Str) <= pairLabelMax &&
		(len(n.Str) <= 64 && len(rs.ctxType[s.foldValue(n.Str)]) > 0 && rs.hasValueSibling(s, n, i) || rs.namePairLabel(s, n, i)) {
		// The type key itself is a label when it names a known type ({"Name": "email", "Value": ...}):
		// its value names a kind of field, not a person. Its value is
		// still scanned, as every non-personal value is.
		return rs.idType
	}
	if pairValueNames[ki.fold] || answerValueNames[ki.fold] {
		if c := rs.answerRefCredential(s, n, i); c >= 0 {
			return c
		}
	}
	if !rs.ctxValue[ki.fold] {
		if ki.fold == "data" && n.Kind == event.String {
			// {"attribute": "password", "data": "…"}: a pair's value
			// under the name most wrappers use for records; only a
			// credential's name is read, so {"type": "user", "data":
			// …} stays what it was.
			for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
				sib := &doc.Nodes[c]
				if c != i && sib.Kind == event.String && len(sib.Str) <= 64 && rs.typeKeys[rs.keyInfo(s, sib.Key).fold] {
					if cat := rs.credentialLabel(s, sib.Str); cat >= 0 {
						return cat
					}
				}
			}
		}
		return -1
	}
	if pairValueNames[ki.fold] {
		// {"id": "password", "value": …} (a form builder's fields):
		// an id is no type key, but one that names a credential makes
		// its value one.
		for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
			sib := &doc.Nodes[c]
			if c != i && sib.Kind == event.String && len(sib.Str) <= 64 && rs.keyInfo(s, sib.Key).fold == "id" {
				if cat, _ := rs.nameCategory(sib.Str); cat >= 0 && rs.cats[cat].credential {
					return cat
				}
			}
		}
	}
	for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
		sib := &doc.Nodes[c]
		if c == i || sib.Kind != event.String || len(sib.Str) > pairLabelMax || !rs.typeKeys[rs.keyInfo(s, sib.Key).fold] {
			continue
		}
		if pairValueNames[ki.fold] {
			// A name/value pair ({"Name": "email_verified", "Value":
			// "false"}) is the member {"email_verified": "false"}: the
			// value takes the category its name would give it.
			if c := rs.pairNameCategory(sib.Str); c >= 0 {
				if pc := s.nodeCat[n.Parent]; !rs.cats[c].personal && (pc >= 0 && rs.cats[pc].personal && rs.keyInfo(s, doc.Nodes[n.Parent].Key).cat == pc || dataTypeKey[rs.keyInfo(s, sib.Key).fold]) {
					// kintone's {"生年月日": {"type": "DATE", "value":
					// …}}: a field's data type names no field, and the
					// container's own name (a date of birth) says
					// what the value is; under a name nothing knows
					// ({"家族生年月日": {"type": "DATE", …}}) a data type
					// makes no value non-personal either. A category the
					// parent only inherits (DocuSign's recipients: {signers:
					// [{tabs: {textTabs: [{"tabLabel": "Pays", "value":
					// "France"}]}}]}) names no field: the pair does.
					continue
				}
				return c
			}
		}
	}
	return -1
}

// typedSibling is the category a type rule gives member n by a sibling
// type key's value ({"type": "email", "value": …}), or -1.
func (rs *Ruleset) typedSibling(s *scratch, n *event.Node, i int32, ki keyInfo, pfold string) int {
	value := rs.ctxValue[ki.fold]
	if !value && !rs.ownTyped[ki.fold] {
		return -1
	}
	doc := &s.doc
	for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
		sib := &doc.Nodes[c]
		if c == i || sib.Kind != event.String || len(sib.Str) > 64 {
			continue
		}
		sfold := rs.keyInfo(s, sib.Key).fold
		if !rs.typeKeys[sfold] {
			continue
		}
		// A member typed by its own type key ({"document": "…",
		// "document_type": "CPF"}) is that key's value, whatever its
		// name, as a value name beside a type is.
		own := ownTypeKey(sfold, ki.fold)
		for _, r := range rs.ctxType[s.foldValue(sib.Str)] {
			if (r.names[ki.fold] || own) && (r.parents == nil || r.parents[pfold]) {
				return r.cat
			}
		}
	}
	if ki.fold == "value" {
		// A FHIR Identifier says what its value is by a type object
		// or a system URI, not by a string beside it.
		if t := rs.identifierTypeLabel(s, n.Parent); t != "" {
			for _, r := range rs.ctxType[t] {
				if r.names[ki.fold] && (r.parents == nil || r.parents[pfold]) {
					return r.cat
				}
			}
		}
	}
	return -1
}

// ownTypeKey reports whether type key tfold ("documenttype", "idkind")
// types member mfold ("document", "id"): the type key is the member's
// name and a type word.
func ownTypeKey(tfold, mfold string) bool {
	return len(mfold) >= 2 && len(tfold) > len(mfold) && strings.HasPrefix(tfold, mfold) && (tfold[len(mfold):] == "type" || tfold[len(mfold):] == "kind")
}

// credentialLabel is the credential category label v names exactly as a
// member name would ("password", "Passwort"), or -1. It allocates
// nothing: the plan cache reads it for every event of a shape.
func (rs *Ruleset) credentialLabel(s *scratch, v string) int {
	if len(v) > 64 {
		return -1
	}
	if c, ok := rs.exact[s.foldValue(v)]; ok && rs.cats[c].credential {
		return c
	}
	return -1
}

// answerRefCredential is the credential category a reference object
// beside answer member n names (Typeform's {"field": {"ref": "password"},
// "text": …}), or -1.
func (rs *Ruleset) answerRefCredential(s *scratch, n *event.Node, i int32) int {
	nodes := s.doc.Nodes
	for c := nodes[n.Parent].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == i || sib.Kind != event.Object || !answerRefObjects[rs.keyInfo(s, sib.Key).fold] {
			continue
		}
		for g := sib.First; g >= 0; g = nodes[g].Next {
			gn := &nodes[g]
			if gn.Kind == event.String && formIDKeys[rs.keyInfo(s, gn.Key).fold] {
				if cat := rs.refCredential(gn.Str); cat >= 0 {
					return cat
				}
			}
		}
	}
	return -1
}

// refCredential is the credential category a form field's id or ref
// names ("password", "new_pin"), or -1. A generated id is no name:
// Typeform's "DbgaP2ZZKYPw" ends in "Pw" by chance. The plan cache keys
// shapes by this answer, not by the id (typeKeyNodes, sensAnswerRef).
func (rs *Ruleset) refCredential(v string) int {
	if len(v) > 64 || generatedID(v) {
		return -1
	}
	if cat, _ := rs.nameCategory(v); cat >= 0 && rs.cats[cat].credential {
		return cat
	}
	return -1
}

// questionKey reports whether v is a form question's generated key:
// "question_" or "field_" and an id of five or more letters and digits
// in mixed case ("question_qAk6pw"), optionally an option's id after it
// ("question_QvaNvt_a0dd469b-39e5-…").
func questionKey(v string) bool {
	rest, ok := strings.CutPrefix(v, "question_")
	if !ok {
		if rest, ok = strings.CutPrefix(v, "field_"); !ok {
			return false
		}
	}
	id, _, _ := strings.Cut(rest, "_")
	if len(id) < 5 || len(id) > 24 {
		return false
	}
	c := alnumCases(id, 0)
	return c.ok && c.upper && c.lower
}

// generatedID reports whether v reads as a machine's id rather than a
// name: eight or more letters and digits, mixed case, with a digit, and
// no separator ("DbgaP2ZZKYPw", "n1MEpmhJcRt7").
func generatedID(v string) bool {
	if len(v) < 8 {
		return false
	}
	c := alnumCases(v, 0)
	return c.ok && c.upper && c.lower && c.digit
}

// cases is what alnumCases found in a string.
type cases struct{ upper, lower, digit, ok bool }

// alnumCases reports which of upper-case letters, lower-case letters and
// digits v holds, and ok when it holds nothing else (but byte also, if
// not zero: "_" in a vendor's key).
func alnumCases(v string, also byte) cases {
	var c cases
	for i := 0; i < len(v); i++ {
		switch b := v[i]; {
		case b >= 'A' && b <= 'Z':
			c.upper = true
		case b >= 'a' && b <= 'z':
			c.lower = true
		case b >= '0' && b <= '9':
			c.digit = true
		case also != 0 && b == also:
		default:
			return c
		}
	}
	c.ok = true
	return c
}

// answerValueNames hold a form answer's value by its type (Typeform's
// "text", "number", "choice", "date", "url"), answerRefObjects the object
// beside it that says which field it answers. An "email" answer is an
// e-mail address by its own name.
var (
	answerValueNames = map[string]bool{"number": true, "url": true, "date": true, "choice": true, "string": true}
	answerRefObjects = map[string]bool{"field": true, "question": true, "formfield": true, "attribute": true}
)

// pairLabelMax is the longest name half of a name/value pair that is read
// as a label: a form's question with its instructions ("Are you currently
// taking any medications? If yes, please list them.") runs past the 64
// bytes other type keys get.
const pairLabelMax = 200

// pairValueNames are the members that carry the value of a name/value
// pair: Cognito's and many APIs' [{"Name": ..., "Value": ...}] lists of
// attributes.
// The value half named after its name half's type key (TikTok's lead
// fields [{"field_name": "country", "field_value": "Indonesia"}], an
// attribute's, a property's, a variable's) is one too.
var pairValueNames = map[string]bool{"input": true, "value": true, "values": true, "val": true, "answer": true, "answers": true, "response": true, "v": true, "content": true, "text": true, "parametervalue": true, "headervalue": true,
	"fieldvalue": true, "fieldvalues": true, "attributevalue": true, "attributevalues": true, "propertyvalue": true, "variablevalue": true}

// namePairLabel reports whether type key n is the name half of a
// name/value pair whose name is a field name a category knows ({"Name":
// "custom:country", "Value": "DE"}): it is then a label of the schema, as
// a member name is.
func (rs *Ruleset) namePairLabel(s *scratch, n *event.Node, i int32) bool {
	if rs.pairNameCategory(n.Str) < 0 && !asks(n.Str) && !fieldLabelKeys[rs.keyInfo(s, n.Key).fold] && !rs.headerListName(s, n) {
		// A question the form's owner wrote ("Is there anything else
		// you would like us to know?") is a label even when it names
		// no field; its answer stays personal.
		return false
	}
	doc := &s.doc
	for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
		if c != i && pairValueNames[rs.keyInfo(s, doc.Nodes[c].Key).fold] {
			return true
		}
	}
	return false
}

// fieldLabelKeys are the type keys that name a form's or a record's
// field rather than a kind of thing: whatever they hold beside a value is
// that field's label (TikTok's {"field_name": "Nama lengkap",
// "field_value": …}), read as a label; a person's name written there is
// still found by value.
var fieldLabelKeys = map[string]bool{"field": true, "fieldname": true, "fieldlabel": true, "fieldkey": true, "label": true,
	"question": true, "questiontext": true, "title": true, "property": true, "propertyname": true, "attributename": true,
	"variablename": true, "parameterkey": true, "headername": true, "tablabel": true}

// headerListName reports whether type key n is a header's name in a list
// of headers ({"headers": [{"name": "Stripe-Signature", "value": …}]}, as
// HAR files and relay logs keep them): a protocol's label, no person's
// name.
func (rs *Ruleset) headerListName(s *scratch, n *event.Node) bool {
	// Only where it sits counts, not its value: plans are cached by
	// shape (a person's name there is still found by value).
	if n.Parent <= 0 {
		return false
	}
	arr := s.doc.Nodes[n.Parent].Parent
	if arr <= 0 || s.doc.Nodes[arr].Kind != event.Array {
		return false
	}
	switch rs.keyInfo(s, s.doc.Nodes[arr].Key).fold {
	case "headers", "header", "httpheaders", "requestheaders", "responseheaders", "reqheaders", "resheaders":
		return true
	}
	return false
}

// pairLabel is the name half of the name/value pair whose value is leaf
// i ({"name": "X-Square-Hmacsha256-Signature", "value": …}), or "".
func (rs *Ruleset) pairLabel(s *scratch, i int32) string {
	doc := &s.doc
	n := &doc.Nodes[i]
	if n.Parent < 0 {
		return ""
	}
	if doc.Nodes[n.Parent].Kind == event.Array {
		return rs.flatPairLabel(s, i)
	}
	if doc.Nodes[n.Parent].Kind != event.Object || !pairValueNames[rs.keyInfo(s, n.Key).fold] {
		return ""
	}
	for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
		sib := &doc.Nodes[c]
		if c == i || sib.Kind != event.String || len(sib.Str) > 64 {
			continue
		}
		if f := rs.keyInfo(s, sib.Key).fold; rs.typeKeys[f] || pairNameKeys[f] {
			return sib.Str
		}
	}
	return ""
}

// pairNameKeys name the name half of a pair where no type key does: a
// header list's {"header": "X-Hub-Signature-256", "val": …}, a cookie's,
// a parameter's, a k/v pair's.
var pairNameKeys = map[string]bool{"header": true, "k": true, "cookie": true, "cookiename": true, "param": true, "parameter": true, "paramname": true}

// flatPairLabel is the name before leaf i in a flat list that alternates
// names and values (Node's req.rawHeaders, ["Host", "api.example.com",
// "X-Api-Key", "…"], as Express and Lambda log it), or "": only a list
// under a header list's name, and only a value at an odd index.
func (rs *Ruleset) flatPairLabel(s *scratch, i int32) string {
	doc := &s.doc
	arr := doc.Nodes[i].Parent
	switch rs.keyInfo(s, doc.Nodes[arr].Key).fold {
	case "rawheaders", "rawtrailers", "headers", "header", "httpheaders", "requestheaders", "responseheaders", "reqheaders", "resheaders":
	default:
		return ""
	}
	prev, idx := int32(-1), 0
	for c := doc.Nodes[arr].First; c >= 0; c = doc.Nodes[c].Next {
		if c == i {
			break
		}
		prev = c
		idx++
	}
	if idx%2 == 0 || prev < 0 || doc.Nodes[prev].Kind != event.String {
		return ""
	}
	if p := doc.Nodes[prev].Str; len(p) > 0 && len(p) <= 64 && strings.IndexByte(p, ' ') < 0 {
		return p
	}
	return ""
}

// pairNameCategory is the category the name half of a name/value pair
// gives its value: the name as a member name, the last member of a JSON
// Pointer or a SCIM path (JSON Patch's {"path": "/password"}, SCIM's
// {"path": "emails[type eq \"work\"].value"}), or a form's question.
func (rs *Ruleset) pairNameCategory(v string) int {
	if questionKey(v) {
		// A form's question keyed by its id ({"key":
		// "question_qAk6pw", "value": …}, Tally): the id is no name,
		// and "pw" at its end is chance. The label beside it, if any,
		// says what the answer is.
		return -1
	}
	if c, exact := rs.nameCategory(v); c >= 0 {
		if exact || rs.cats[c].personal || strings.IndexByte(v, ' ') < 0 {
			return c
		}
		// A question's words matching a non-personal pattern ("Reason
		// for visit") say nothing of its answer: only an exact name or
		// a personal category counts for a label with spaces; the
		// question's words are read instead.
		return rs.pairQuestion(v)
	}
	if !isASCII(v) && len(v) <= 64 {
		// A label with accents or look-alikes ("País", "Teléfono")
		// names what its unaccented spelling does.
		if f := foldName(v); f != v {
			if c, _ := rs.nameCategory(f); c >= 0 {
				return c
			}
		}
	}
	if f := pathFieldName(v); f != v && f != "" {
		if c, _ := rs.nameCategory(f); c >= 0 {
			return c
		}
	}
	return rs.pairQuestion(v)
}

// pathFieldName is the member a JSON Pointer or a SCIM attribute path
// names: "/user/password" is password, "emails[type eq \"work\"].value"
// is emails, "name.givenName" is givenName.
func pathFieldName(v string) string {
	if i := strings.IndexByte(v, '['); i > 0 {
		v = v[:i]
	}
	v = strings.TrimRight(v, "/")
	if i := strings.LastIndexByte(v, '/'); i >= 0 {
		v = v[i+1:]
	}
	if i := strings.LastIndexByte(v, ':'); i >= 0 {
		v = v[i+1:] // Cognito's "custom:pin", a URN's last part
	}
	return v
}

// pairQuestion is the category a pair's name gives its value when that
// name is a form's question rather than a field name (Meta's lead forms
// send custom questions as {"name": "what_is_your_nationality?",
// "values": [...]}): the question read as forms.go reads a title, or -1.
// A question that changes what a place says ("…did you visit?") gives
// nothing, since the pair's value has no name of its own to carry that.
func (rs *Ruleset) pairQuestion(v string) int {
	if len(v) > pairLabelMax || !asks(v) && !strings.Contains(v, "? ") && strings.Count(v, "_") < 3 {
		return -1
	}
	c, base := rs.titleCategory(strings.ReplaceAll(v, "_", " "))
	if c < 0 || rs.cats[c].evidence >= 0 && base != rs.cats[c].evidence {
		return -1
	}
	return c
}

// subjectKeyLeaf reports whether leaf node i may be the record key: a
// user id named as a subject key, or a generic member ("id") of a
// container so named, and not shaped like a credential.
func (rs *Ruleset) subjectKeyLeaf(s *scratch, i int32) bool {
	doc := &s.doc
	n := &doc.Nodes[i]
	if n.Parent < 0 || doc.Nodes[n.Parent].Kind != event.Object {
		return false
	}
	ki := rs.keyInfo(s, n.Key)
	ok := rs.subjectKeys[ki.fold]
	if p, has := containerName(doc, i); !ok && ki.generic && has {
		ok = rs.subjectKeys[rs.keyInfo(s, p).fold]
	}
	return ok && (n.Kind != event.String || !secretShaped(n.Str))
}

// hasValueSibling reports whether member i has a sibling that a type rule
// reads (value, number, ...): then i is the type key that describes it.
func (rs *Ruleset) hasValueSibling(s *scratch, n *event.Node, i int32) bool {
	doc := &s.doc
	for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
		if c != i && rs.ctxValue[rs.keyInfo(s, doc.Nodes[c].Key).fold] {
			return true
		}
	}
	return false
}

// foldValue folds v into the scratch's memory; the result is valid until
// the next call, and a map lookup by it allocates nothing.
func (s *scratch) foldValue(v string) string {
	s.fold = foldInto(s.fold[:0], v)
	return unsafeString(s.fold)
}

// foldInto appends v folded as rules.NormalizeName folds it, into the
// scratch's memory: looking a value up in a map by string(folded) then
// allocates nothing.
func foldInto(dst []byte, v string) []byte {
	if !isASCII(v) {
		return append(dst, rules.NormalizeName(v)...)
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '_' || c == '-' || c == '.' || c == ' ':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// dataTypeKey are the type keys that hold a field's data type (DATE,
// NUMBER, SINGLE_LINE_TEXT) rather than its name.
var dataTypeKey = map[string]bool{"type": true, "fieldtype": true, "datatype": true, "valuetype": true, "kind": true}
