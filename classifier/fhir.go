package classifier

import (
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// HL7 FHIR carries patient records in a few fixed shapes that names alone
// misread: an Identifier says which number it holds by its type (a
// CodeableConcept, {"text": "MRN"}) or its system URI, not by its member
// name ("value"); an Observation's result sits in value[x] beside the
// code that says what was measured. This file reads those shapes.

// fhirSystemLabels are the type labels the naming systems of national
// and health numbers stand for, by their system URI (lower case): the
// label a type rule of fields.yaml reads (types:), as if the Identifier
// had said {"type": "fnr"}. Only registered systems are listed (HL7's
// and the national registries' published URIs and OIDs).
var fhirSystemLabels = map[string]string{
	"http://hl7.org/fhir/sid/us-ssn":                  "ssn",
	"urn:oid:2.16.840.1.113883.4.1":                   "ssn",
	"http://fhir.nl/fhir/namingsystem/bsn":            "bsn",
	"urn:oid:2.16.840.1.113883.2.4.6.3":               "bsn",
	"urn:oid:1.2.208.176.1.2":                         "cpr",
	"urn:oid:1.2.246.21":                              "hetu",
	"urn:oid:2.16.578.1.12.4.1.4.1":                   "fodselsnummer",
	"urn:oid:2.16.578.1.12.4.1.4.2":                   "dnummer",
	"urn:oid:1.2.752.129.2.1.3.1":                     "personnummer",
	"urn:oid:1.2.752.129.2.1.3.3":                     "samordningsnummer",
	"https://fhir.nhs.uk/id/nhs-number":               "nhsnumber",
	"http://ns.electronichealth.net.au/id/hi/ihi/1.0": "ihi",
	"http://fhir.de/sid/gkv/kvid-10":                  "kvnr",
	"http://fhir.de/namingsystem/gkv/kvid-10":         "kvnr",
	"urn:oid:2.16.756.5.32":                           "ahv",
}

// identifierTypeLabel is what an object shaped as a FHIR Identifier
// ({"type": {"coding": [...], "text": ...}, "system": ..., "value": ...})
// says its value is, folded as a type key's value is, or "": its type's
// text, its type's HL7 v2 code (MR is a medical record number), or the
// label its system URI stands for.
func (rs *Ruleset) identifierTypeLabel(s *scratch, obj int32) string {
	nodes := s.doc.Nodes
	if obj < 0 || nodes[obj].Kind != event.Object {
		return ""
	}
	label, system := "", ""
	for c := nodes[obj].First; c >= 0; c = nodes[c].Next {
		n := &nodes[c]
		switch {
		case n.Key == "system" && n.Kind == event.String:
			system = n.Str
		case n.Key == "type" && n.Kind == event.Object:
			for t := n.First; t >= 0; t = nodes[t].Next {
				switch tn := &nodes[t]; {
				case tn.Key == "text" && tn.Kind == event.String && len(tn.Str) <= 64:
					label = tn.Str
				case tn.Key == "coding" && tn.Kind == event.Array && label == "":
					for e := tn.First; e >= 0; e = nodes[e].Next {
						if code := member(&s.doc, e, "code"); code == "MR" {
							label = "mrn"
						} else if code != "" && len(code) <= 64 && label == "" {
							label = code
						}
					}
				}
			}
		}
	}
	if f := fhirSystemLabels[strings.ToLower(system)]; f != "" && (label == "" || len(rs.ctxType[s.foldValue(label)]) == 0) {
		return f
	}
	if label == "" {
		return ""
	}
	return s.foldValue(label)
}

// member is the string value of object i's member named key, or "".
func member(doc *event.Doc, i int32, key string) string {
	if i < 0 || doc.Nodes[i].Kind != event.Object {
		return ""
	}
	for c := doc.Nodes[i].First; c >= 0; c = doc.Nodes[c].Next {
		if doc.Nodes[c].Key == key && doc.Nodes[c].Kind == event.String {
			return doc.Nodes[c].Str
		}
	}
	return ""
}

// fhirIdentifierShaped reports whether object i has a "value" member and
// a "type" object or a "system" string beside it: what identifierTypeLabel
// reads, and so what a cached plan must compare.
func fhirIdentifierShaped(doc *event.Doc, i int32) bool {
	value, typed := false, false
	for c := doc.Nodes[i].First; c >= 0; c = doc.Nodes[c].Next {
		n := &doc.Nodes[c]
		switch {
		case n.Key == "value":
			value = true
		case n.Key == "type" && n.Kind == event.Object, n.Key == "system" && n.Kind == event.String:
			typed = true
		}
	}
	return value && typed
}

// conceptCategory is the special category a FHIR CodeableConcept (an
// object with a "coding" array) names by the terminology of any of its
// codings (terminologyCategory), or -1: a LOINC or SNOMED code makes the
// concept clinical, and every coding in it (a hospital's own code for the
// same test) says the same thing.
func (rs *Ruleset) conceptCategory(s *scratch, obj int32) int {
	nodes := s.doc.Nodes
	if obj < 0 || nodes[obj].Kind != event.Object {
		return -1
	}
	for c := nodes[obj].First; c >= 0; c = nodes[c].Next {
		if nodes[c].Key != "coding" || nodes[c].Kind != event.Array {
			continue
		}
		for e := nodes[c].First; e >= 0; e = nodes[e].Next {
			if sys := member(&s.doc, e, "system"); sys != "" {
				if cat := rs.terminologyCategory(sys); cat >= 0 {
					return cat
				}
			}
		}
	}
	return -1
}

// fhirResultCategory is the special category of leaf x when it belongs to
// a clinical concept or to the result beside one, or -1:
//   - a coding's code and display, and the concept's text, in a concept
//     whose codings include a clinical terminology;
//   - in an object whose "code" is such a concept (an Observation, a
//     component of one), the result: value[x] (a Quantity's value, a
//     string, a concept's codes), the interpretation, and when it was
//     taken (effective[x]); a Quantity's unit and system stay labels.
func (rs *Ruleset) fhirResultCategory(s *scratch, x int32) int {
	nodes := s.doc.Nodes
	n := &nodes[x]
	p := n.Parent
	if p < 0 || nodes[p].Kind != event.Object {
		return -1
	}
	switch n.Key {
	case "code", "display":
		if a := nodes[p].Parent; a > 0 && nodes[a].Kind == event.Array && nodes[a].Key == "coding" {
			if c := rs.conceptCategory(s, nodes[a].Parent); c >= 0 {
				return c
			}
			if rs.clinicalResource(s, nodes[a].Parent) {
				return rs.idHealth
			}
		}
	case "text":
		if c := rs.conceptCategory(s, p); c >= 0 {
			return c
		}
		if hasMember(&s.doc, p, "coding") && rs.clinicalResource(s, p) {
			return rs.idHealth
		}
	}
	for j, depth := x, 0; depth < 5 && nodes[j].Parent >= 0; j, depth = nodes[j].Parent, depth+1 {
		r := nodes[j].Parent
		if nodes[r].Kind != event.Object {
			continue
		}
		k := nodes[j].Key
		if !(fhirChoice(k, "value") || fhirChoice(k, "effective") || k == "interpretation") {
			continue
		}
		code := int32(-1)
		for c := nodes[r].First; c >= 0; c = nodes[c].Next {
			if nodes[c].Key == "code" && nodes[c].Kind == event.Object {
				code = c
			}
		}
		cat := rs.conceptCategory(s, code)
		if cat < 0 {
			return -1
		}
		switch {
		case j == x, n.Key == "value", n.Key == "display", n.Key == "text", n.Key == "start", n.Key == "end":
			return cat
		case n.Key == "code" && nodes[p].Parent > 0 && nodes[nodes[p].Parent].Key == "coding":
			return cat
		}
		return -1
	}
	return -1
}

// fhirChoice reports whether member name k is FHIR's choice element
// prefix[x] (valueQuantity, effectiveDateTime): the prefix, then a type's
// capitalized name.
func fhirChoice(k, prefix string) bool {
	return len(k) > len(prefix) && strings.HasPrefix(k, prefix) && k[len(prefix)] >= 'A' && k[len(prefix)] <= 'Z'
}

// referenceNames are the FHIR resource types a Reference's display names
// a person by ({"reference": "Practitioner/123", "display": "Anna
// Virtanen, MD"}).
var referenceNames = []string{"Patient/", "Practitioner/", "PractitionerRole/", "RelatedPerson/", "Person/"}

// referenceDisplay reports whether leaf x is the display of a Reference
// to a person.
func referenceDisplay(doc *event.Doc, x int32) bool {
	n := &doc.Nodes[x]
	if n.Key != "display" || n.Parent <= 0 {
		return false
	}
	ref := member(doc, n.Parent, "reference")
	for _, p := range referenceNames {
		if strings.HasPrefix(ref, p) {
			return true
		}
	}
	return false
}

// clinicalResources are the FHIR resources about a patient's health: any
// concept they hold (a reason, a type, a vaccine, a diagnosis) is health
// data, whatever its terminology says or omits.
var clinicalResources = map[string]bool{
	"Condition": true, "Encounter": true, "Immunization": true, "Procedure": true, "DiagnosticReport": true,
	"AllergyIntolerance": true, "MedicationRequest": true, "MedicationStatement": true, "MedicationAdministration": true,
	"MedicationDispense": true, "Observation": true, "CarePlan": true, "ClinicalImpression": true,
	"FamilyMemberHistory": true, "Specimen": true, "ServiceRequest": true, "EpisodeOfCare": true,
	"ImmunizationRecommendation": true, "QuestionnaireResponse": true, "RiskAssessment": true, "Goal": true,
}

// resourceLabels are the members of a clinical resource whose concepts say
// what kind of record it is, not what the patient has ("category":
// "vital-signs", "laboratory"), when coded in HL7's own code systems.
var resourceLabels = map[string]bool{"category": true, "status": true, "meta": true, "language": true, "class": true}

// clinicalResource reports whether concept obj sits in a clinical FHIR
// resource, and is no label of the record's kind.
func (rs *Ruleset) clinicalResource(s *scratch, obj int32) bool {
	if rs.idHealth < 0 {
		return false
	}
	nodes := s.doc.Nodes
	child := obj
	for j, depth := obj, 0; j > 0 && depth < 8; j, depth = nodes[j].Parent, depth+1 {
		if nodes[j].Kind == event.Object && clinicalResources[member(&s.doc, j, "resourceType")] {
			if resourceLabels[nodes[child].Key] && hl7Codings(&s.doc, obj) {
				return false
			}
			return true
		}
		child = j
	}
	return false
}

// hl7Codings reports whether every coding of concept obj is in one of
// HL7's own code systems (terminology.hl7.org, hl7.org/fhir): a label.
func hl7Codings(doc *event.Doc, obj int32) bool {
	for c := doc.Nodes[obj].First; c >= 0; c = doc.Nodes[c].Next {
		if doc.Nodes[c].Key != "coding" || doc.Nodes[c].Kind != event.Array {
			continue
		}
		for e := doc.Nodes[c].First; e >= 0; e = doc.Nodes[e].Next {
			if sys := member(doc, e, "system"); !strings.Contains(sys, "terminology.hl7.org") && !strings.Contains(sys, "hl7.org/fhir") {
				return false
			}
		}
		return true
	}
	return false
}

// inCoding reports whether object p is an element of a FHIR "coding"
// array.
func inCoding(doc *event.Doc, p int32) bool {
	if p <= 0 || doc.Nodes[p].Kind != event.Object {
		return false
	}
	a := doc.Nodes[p].Parent
	return a > 0 && doc.Nodes[a].Kind == event.Array && doc.Nodes[a].Key == "coding"
}
