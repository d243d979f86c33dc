package classifier

import (
	"github.com/residency-labs/signup-classifier/classifier/event"
)

// HL7 v2 messages written as JSON by position. Interface engines and
// cloud stores hand a message's segments over as objects keyed by field
// position rather than by name: Google Cloud Healthcare's parsedData
// ({"segmentId": "PID", "fields": {"5[0].1": "Petrov", "7": "20140601"}})
// and converters that write the segment into the key ({"PID.5.1":
// "Petrov"}, "PID-7"). A position says nothing to the name rules, so
// every such leaf would be unknown: personal by default, but no date of
// birth for the minor rule, no diagnosis for the special categories and
// every message header a false alarm. The standard fixes what each
// position holds, so this file reads it from a table, as fhir.go reads
// FHIR's fixed shapes.
//
// A diagnosis, an allergy, an observation's value and a procedure are
// health data, and so is the hospital service a patient is admitted to:
// information collected while registering for or receiving health care
// is health data (GDPR recital 35). The header (MSH), the event (EVN)
// and the codes that say how to read a value (a coding system's name, a
// type code, a unit) are the message's labels. A position the table does
// not list stays unknown, personal by default: fail closed.

// hl7Kind is what a field of a segment holds; its components are read by
// the data type the kind stands for.
type hl7Kind uint8

const (
	hl7Unknown   hl7Kind = iota
	hl7Label             // a code of the message: meta.technical
	hl7Time              // when the message or the visit happened
	hl7PersonXPN         // a person's name (XPN): components 1-6 are the name
	hl7StaffXCN          // a clinician or a clerk (XCN): id and name; title and codes are labels
	hl7Address           // XAD: street, city, state, postcode, country; type code a label
	hl7Telecom           // XTN: number and e-mail; use and equipment codes labels
	hl7PatientID         // CX: the identifier (a medical record number); authority and type labels
	hl7Named             // one field, read as the member name in hl7Field.name
	hl7Health            // a coded or free health value: the coding system's name is a label
	hl7Religion          // a coded religion (HL7 table 0006)
	hl7Ethnicity         // a coded race or ethnic group
)

// hl7Field is one field position of a segment.
type hl7Field struct {
	kind hl7Kind
	name string // hl7Named: the member name whose category the field takes
}

// hl7Segments lists the segments read and, for each, its fields by
// position (1-based, as HL7 counts). Field 0 is where parsedData repeats
// the segment's id. Clinical segments are in hl7Clinical instead.
var hl7Segments = map[string]map[int]hl7Field{
	// MSH-8 is the header's Security field: a password or an access
	// key where a sender uses it, a credential.
	"MSH": hl7Header(),
	"EVN": {0: {kind: hl7Label}, 1: {kind: hl7Label}, 2: {kind: hl7Time}, 3: {kind: hl7Time}, 4: {kind: hl7Label}, 5: {kind: hl7StaffXCN}, 6: {kind: hl7Time}, 7: {kind: hl7Label}},
	"PID": {
		0: {kind: hl7Label}, 1: {kind: hl7Label},
		2: {kind: hl7PatientID}, 3: {kind: hl7PatientID}, 4: {kind: hl7PatientID},
		5: {kind: hl7PersonXPN}, 6: {kind: hl7Named, name: "mothers_maiden_name"},
		7: {kind: hl7Named, name: "birth_date"}, 8: {kind: hl7Named, name: "gender"},
		9: {kind: hl7PersonXPN}, 10: {kind: hl7Ethnicity}, 11: {kind: hl7Address},
		12: {kind: hl7Named, name: "county"}, 13: {kind: hl7Telecom}, 14: {kind: hl7Telecom},
		15: {kind: hl7Named, name: "language"}, 16: {kind: hl7Named, name: "marital_status"},
		17: {kind: hl7Religion}, 18: {kind: hl7Named, name: "account_number"},
		19: {kind: hl7Named, name: "ssn"}, 20: {kind: hl7Named, name: "drivers_license"},
		22: {kind: hl7Ethnicity}, 23: {kind: hl7Named, name: "birthplace"},
		26: {kind: hl7Named, name: "citizenship"}, 28: {kind: hl7Named, name: "nationality"},
		29: {kind: hl7Named, name: "death_date"},
	},
	// Next of kin: another person's name, address and numbers.
	"NK1": {0: {kind: hl7Label}, 1: {kind: hl7Label}, 2: {kind: hl7PersonXPN}, 3: {kind: hl7Label}, 4: {kind: hl7Address}, 5: {kind: hl7Telecom}, 6: {kind: hl7Telecom}, 7: {kind: hl7Label}},
	"PV1": {
		0: {kind: hl7Label}, 1: {kind: hl7Label}, 2: {kind: hl7Label}, 4: {kind: hl7Label},
		// The ward or bed (PV1-3, "PSY^4B") says where care is given,
		// as the hospital service (PV1-10) does: health.
		3: {kind: hl7Health}, 7: {kind: hl7StaffXCN}, 8: {kind: hl7StaffXCN}, 9: {kind: hl7StaffXCN}, 10: {kind: hl7Health},
		17: {kind: hl7StaffXCN}, 44: {kind: hl7Time}, 45: {kind: hl7Time},
	},
	// Observations: what was tested (OBX-3, a LOINC code as often as
	// words: an HIV viral load) and its value are health, as a FHIR
	// Observation's code and value are (fhir.go).
	"OBX": {0: {kind: hl7Label}, 1: {kind: hl7Label}, 2: {kind: hl7Label}, 3: {kind: hl7Health}, 4: {kind: hl7Label}, 5: {kind: hl7Health}, 6: {kind: hl7Label}, 7: {kind: hl7Label}, 8: {kind: hl7Health}, 11: {kind: hl7Label}, 14: {kind: hl7Time}},
	"DG1": {0: {kind: hl7Label}, 1: {kind: hl7Label}, 2: {kind: hl7Label}, 3: {kind: hl7Health}, 4: {kind: hl7Health}, 5: {kind: hl7Time}, 6: {kind: hl7Label}},
	// Insurance: the insurer's plan and name are labels, the insured a
	// person (the policy number, unlisted, stays personal).
	"IN1": {0: {kind: hl7Label}, 1: {kind: hl7Label}, 2: {kind: hl7Label}, 3: {kind: hl7Label}, 4: {kind: hl7Label}, 16: {kind: hl7PersonXPN}, 17: {kind: hl7Label}},
}

// hl7Clinical are segments whose every field but the set id is health
// data: allergies, procedures, problems, medications.
var hl7Clinical = map[string]bool{"AL1": true, "IAM": true, "PR1": true, "PRB": true, "RXA": true, "RXE": true, "RXO": true, "RXR": true, "RXD": true, "PPR": true}

// hl7AllLabels is a segment of labels (fields 0 to n) with its time at t.
func hl7AllLabels(n, t int) map[int]hl7Field {
	m := make(map[int]hl7Field, n+1)
	for i := 0; i <= n; i++ {
		m[i] = hl7Field{kind: hl7Label}
	}
	m[t] = hl7Field{kind: hl7Time}
	return m
}

// hl7Header is MSH: labels, its time at 7, its Security field at 8 a
// credential.
func hl7Header() map[int]hl7Field {
	m := hl7AllLabels(21, 7)
	m[8] = hl7Field{kind: hl7Named, name: "password"}
	return m
}

// hl7Subject are the segments about the message's patient: only their
// fields are evidence of where the subject lives or which state they
// belong to.
func hl7Subject(seg string) bool { return seg == "PID" || seg == "PD1" }

// hl7SegmentID returns the table's own spelling of segment id v, or "":
// the plan cache keeps it, so it must not alias the event's memory.
func hl7SegmentID(v string) string {
	if len(v) != 3 {
		return ""
	}
	for _, seg := range [...]string{"MSH", "EVN", "PID", "NK1", "PV1", "OBX", "DG1", "IN1", "AL1", "IAM", "PR1", "PRB", "RXA", "RXE", "RXO", "RXR", "RXD", "PPR"} {
		if v == seg {
			return seg
		}
	}
	return ""
}

// hl7Position parses a field's positional key: "5", "5.1", "5[0].1",
// "3[1].4.2" (parsedData: field, repetition, component, sub-component),
// or with the segment in front, "PID.5.1", "PID-5-1", "PID_5". seg is
// "" when the key does not name one.
func hl7Position(key string) (seg string, field, comp int, ok bool) {
	if len(key) >= 5 && (key[3] == '.' || key[3] == '-' || key[3] == '_') {
		if seg = hl7SegmentID(key[:3]); seg == "" {
			return "", 0, 0, false
		}
		key = key[4:]
	}
	num := func() (int, bool) {
		n, i := 0, 0
		for i < len(key) && i < 3 && key[i] >= '0' && key[i] <= '9' {
			n = n*10 + int(key[i]-'0')
			i++
		}
		key = key[i:]
		return n, i > 0
	}
	if field, ok = num(); !ok {
		return "", 0, 0, false
	}
	if len(key) > 0 && key[0] == '[' {
		if _, ok := num2(&key); !ok {
			return "", 0, 0, false
		}
	}
	for depth := 0; len(key) > 0; depth++ {
		if depth == 2 || key[0] != '.' && key[0] != '-' && key[0] != '_' {
			return "", 0, 0, false
		}
		key = key[1:]
		n, ok := num()
		if !ok {
			return "", 0, 0, false
		}
		if depth == 0 {
			comp = n
		}
	}
	return seg, field, comp, true
}

// num2 consumes "[digits]" from the front of *key.
func num2(key *string) (int, bool) {
	k := *key
	n, i := 0, 1
	for i < len(k) && i <= 3 && k[i] >= '0' && k[i] <= '9' {
		n = n*10 + int(k[i]-'0')
		i++
	}
	if i == 1 || i >= len(k) || k[i] != ']' {
		return 0, false
	}
	*key = k[i+1:]
	return n, true
}

// hl7Place finds the segment and position of leaf n: a key that names
// both ("PID.7"), or a position under a "fields" object beside a known
// segmentId (parsedData).
func hl7Place(doc *event.Doc, n *event.Node) (seg string, field, comp int, ok bool) {
	nodes := doc.Nodes
	p := n.Parent
	if p <= 0 || nodes[p].Kind != event.Object || n.Kind >= event.Object {
		return "", 0, 0, false
	}
	seg, field, comp, ok = hl7Position(n.Key)
	if !ok || seg != "" {
		return seg, field, comp, ok
	}
	if nodes[p].Key != "fields" {
		return "", 0, 0, false
	}
	if seg = hl7SegmentOf(doc, nodes[p].Parent); seg == "" {
		return "", 0, 0, false
	}
	return seg, field, comp, true
}

// hl7SegmentOf is the segment id of parsedData segment object obj, or "".
func hl7SegmentOf(doc *event.Doc, obj int32) string {
	nodes := doc.Nodes
	if obj < 0 || nodes[obj].Kind != event.Object {
		return ""
	}
	for c := nodes[obj].First; c >= 0; c = nodes[c].Next {
		if k := nodes[c].Key; (k == "segmentId" || k == "segment_id") && nodes[c].Kind == event.String {
			return hl7SegmentID(nodes[c].Str)
		}
	}
	return ""
}

// hl7SegmentKey reports whether member n is a parsedData segment's own
// id or set id ({"segmentId": "PID", "setId": "1", "fields": {…}}): the
// message's labels.
func hl7SegmentKey(doc *event.Doc, n *event.Node) bool {
	if n.Key != "segmentId" && n.Key != "setId" && n.Key != "segment_id" && n.Key != "set_id" || n.Kind >= event.Object {
		return false
	}
	return hl7SegmentOf(doc, n.Parent) != "" && hasMember(doc, n.Parent, "fields")
}

// hl7Category is the category of leaf n if it is a field of an HL7 v2
// segment written by position, and whether it is one.
func (rs *Ruleset) hl7Category(s *scratch, n *event.Node) (int, bool) {
	if hl7SegmentKey(&s.doc, n) {
		return rs.idTechnical, rs.idTechnical >= 0
	}
	seg, field, comp, ok := hl7Place(&s.doc, n)
	if !ok {
		return -1, false
	}
	if hl7Clinical[seg] {
		if field <= 1 {
			return rs.idTechnical, rs.idTechnical >= 0
		}
		return rs.hl7Health, rs.hl7Health >= 0
	}
	f := hl7Segments[seg][field]
	label := func() (int, bool) { return rs.idTechnical, rs.idTechnical >= 0 }
	named := func(name string) (int, bool) {
		c, ok := rs.hl7Names[name]
		return c, ok && c >= 0
	}
	switch f.kind {
	case hl7Label:
		return label()
	case hl7Time:
		return rs.idTime, rs.idTime >= 0
	case hl7Named:
		return named(f.name)
	case hl7PersonXPN:
		if comp >= 7 {
			return label() // name type and representation codes
		}
		return named("name")
	case hl7StaffXCN:
		switch {
		case comp <= 1:
			return -1, false // the staff member's id: unknown, personal
		case comp <= 5:
			return named("name")
		default:
			return label() // a title ("Dr. med."), degree and codes
		}
	case hl7Address:
		switch comp {
		case 0, 1, 2, 8:
			return named("street")
		case 3:
			return named("city")
		case 4:
			return named("state")
		case 5:
			return named("postal_code")
		case 6:
			return named("country")
		case 7:
			return label()
		case 9:
			return named("county")
		}
	case hl7Telecom:
		switch comp {
		case 2, 3:
			return label()
		case 4:
			return named("email")
		case 0, 1, 5, 6, 7, 12:
			return named("phone")
		}
	case hl7PatientID:
		if comp <= 1 {
			return named("mrn")
		}
		return label()
	case hl7Health, hl7Religion, hl7Ethnicity:
		if comp == 3 || comp == 6 {
			return label() // the coding system's name (ICD-10, HL70006)
		}
		switch f.kind {
		case hl7Religion:
			return named("religion")
		case hl7Ethnicity:
			return named("race")
		}
		return rs.hl7Health, rs.hl7Health >= 0
	}
	return -1, false
}

// hl7OtherPerson reports whether leaf i is a field of a segment about
// someone other than the patient (next of kin, a clinician, the insured):
// no evidence of the patient's residence.
func hl7OtherPerson(doc *event.Doc, i int32) bool {
	seg, _, _, ok := hl7Place(doc, &doc.Nodes[i])
	return ok && !hl7Subject(seg)
}

// compileHL7 resolves the member names the table uses to categories.
func (rs *Ruleset) compileHL7() {
	rs.hl7Names = map[string]int{}
	for _, name := range []string{"name", "street", "city", "state", "postal_code", "country", "county", "email", "phone", "mrn", "religion", "race"} {
		rs.hl7Names[name], _ = rs.nameCategory(name)
	}
	for _, fs := range hl7Segments {
		for _, f := range fs {
			if f.kind == hl7Named {
				rs.hl7Names[f.name], _ = rs.nameCategory(f.name)
			}
		}
	}
	rs.hl7Health = -1
	if id, ok := rs.catIndex["sensitive.health"]; ok {
		rs.hl7Health = id
	}
}
