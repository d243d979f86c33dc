package classifier

import "github.com/residency-labs/signup-classifier/classifier/event"

// DICOM's JSON model (PS3.18 F.2), as DICOMweb servers and cloud
// stores return an image's or a study's metadata, names every attribute
// by its tag, eight hex digits (PS3.6): {"00100030": {"vr": "DA",
// "Value": ["20140601"]}} is the patient's birth date. A tag says nothing
// to the name rules, so each would be unknown: personal by default, but
// no birth date for the minor rule, no country of residence, no health
// data for the special categories, and every label of the equipment a
// false alarm. The standard fixes what each tag holds; this table reads
// the ones of the patient, study, series and equipment modules.
//
// Which attributes are personal follows DICOM's own de-identification
// profile (PS3.15 E.1, Basic Application Level Confidentiality): what
// it removes or replaces is personal here, and what describes the
// examination (the study's and series' descriptions, the body part, the
// reason for the request, the patient's history) is health data. What
// it keeps (the modality, the SOP class, the manufacturer, counts and
// sizes) is a label. A tag the table does not list stays unknown,
// personal by default: fail closed.

// dicomKind is what a tag holds.
type dicomKind uint8

const (
	dicomNamed  dicomKind = iota + 1 // read as the member name in dicomTag.name
	dicomHealth                      // an examination's or the patient's clinical facts
	dicomLabel                       // the equipment's, the image's or the file's labels
)

type dicomTag struct {
	kind dicomKind
	name string
}

var dicomTags = map[string]dicomTag{
	// Patient module.
	"00100010": {dicomNamed, "patient_name"},
	"00100020": {dicomNamed, "mrn"}, // a patient id given for care is health data (GDPR recital 35)
	"00100021": {dicomLabel, ""},    // issuer of the patient id
	"00100022": {dicomLabel, ""},    // type of the patient id
	"00100030": {dicomNamed, "birth_date"},
	"00100040": {dicomNamed, "sex"},
	"00101000": {dicomNamed, "mrn"},
	"00101001": {dicomNamed, "name"},
	"00101005": {dicomNamed, "name"},
	"00101010": {dicomNamed, "age"},
	"00101020": {dicomHealth, ""}, // size
	"00101030": {dicomHealth, ""}, // weight
	"00101040": {dicomNamed, "address"},
	"00101060": {dicomNamed, "mothers_maiden_name"},
	"00102150": {dicomNamed, "country_of_residence"},
	"00102152": {dicomNamed, "state"},
	"00102154": {dicomNamed, "phone"},
	"00102160": {dicomNamed, "ethnic_group"},
	"00102000": {dicomHealth, ""}, // medical alerts
	"00102110": {dicomHealth, ""}, // allergies
	"001021A0": {dicomHealth, ""}, // smoking status
	"001021B0": {dicomHealth, ""}, // additional patient history
	"001021C0": {dicomHealth, ""}, // pregnancy status
	"001021D0": {dicomHealth, ""}, // last menstrual date
	"001021F0": {dicomNamed, "religion"},
	"00102297": {dicomNamed, "name"},
	"00104000": {dicomHealth, ""}, // patient comments
	// General study and series.
	"00080005": {dicomLabel, ""}, // character set
	"00080016": {dicomLabel, ""}, // SOP class
	"00080056": {dicomLabel, ""}, // instance availability
	"00080060": {dicomLabel, ""}, // modality
	"00080061": {dicomLabel, ""}, // modalities in study
	"00080070": {dicomLabel, ""}, // manufacturer
	"00080080": {dicomLabel, ""}, // institution
	"00080090": {dicomNamed, "name"},
	"00080201": {dicomLabel, ""},  // the institution's time zone offset
	"00081010": {dicomLabel, ""},  // station
	"00081030": {dicomHealth, ""}, // study description
	"0008103E": {dicomHealth, ""}, // series description
	"00081040": {dicomHealth, ""}, // institutional department ("Psychiatry" tells health)
	"00081050": {dicomNamed, "name"},
	"00081060": {dicomNamed, "name"},
	"00081070": {dicomNamed, "name"},
	"00081080": {dicomHealth, ""}, // admitting diagnoses
	"00081090": {dicomLabel, ""},  // manufacturer's model
	"00180015": {dicomHealth, ""}, // body part examined
	"00200011": {dicomLabel, ""},  // series number
	"00200013": {dicomLabel, ""},  // instance number
	"00201206": {dicomLabel, ""},  // number of series in the study
	"00201208": {dicomLabel, ""},  // number of instances in the study
	"00201209": {dicomLabel, ""},  // number of instances in the series
	"00280010": {dicomLabel, ""},  // rows
	"00280011": {dicomLabel, ""},  // columns
	"00280100": {dicomLabel, ""},  // bits allocated
	"00321032": {dicomNamed, "name"},
	"00321060": {dicomHealth, ""}, // requested procedure
	"00401002": {dicomHealth, ""}, // reason for the requested procedure
	"00020002": {dicomLabel, ""},  // media storage SOP class
	"00020010": {dicomLabel, ""},  // transfer syntax
}

// dicomTagOf returns the table's entry for member name key, a tag of
// eight hex digits in either case.
func dicomTagOf(key string) (dicomTag, bool) {
	if len(key) != 8 {
		return dicomTag{}, false
	}
	var up [8]byte
	for i := 0; i < 8; i++ {
		c := key[i]
		switch {
		case c >= '0' && c <= '9', c >= 'A' && c <= 'F':
		case c >= 'a' && c <= 'f':
			c -= 'a' - 'A'
		default:
			return dicomTag{}, false
		}
		up[i] = c
	}
	t, ok := dicomTags[string(up[:])]
	return t, ok
}

// dicomKey is keyInfo for a DICOM tag the table lists.
func (rs *Ruleset) dicomKey(s *scratch, key string) (keyInfo, bool) {
	t, ok := dicomTagOf(key)
	if !ok {
		return keyInfo{}, false
	}
	switch t.kind {
	case dicomNamed:
		return rs.keyInfo(s, t.name), true
	case dicomHealth:
		if rs.hl7Health < 0 {
			return keyInfo{}, false
		}
		return keyInfo{cat: rs.hl7Health, exact: true, fold: "dicomclinical", dataCat: -1, shapeCat: -1, evCtx: ctxNone}, true
	default:
		if rs.idTechnical < 0 {
			return keyInfo{}, false
		}
		return keyInfo{cat: rs.idTechnical, exact: true, meta: true, fold: dicomLabelFold, dataCat: -1, shapeCat: -1, evCtx: ctxNone}, true
	}
}

// dicomLabelFold is the fold of a label tag's keyInfo: nodeCategory
// reads it as a label only in a DICOM attribute (dicomAttribute).
const dicomLabelFold = "dicomlabel"

// dicomAttribute reports whether member n is a DICOM attribute as the
// JSON model writes one, an object with its value representation
// ({"00080070": {"vr": "LO", "Value": ["SIEMENS"]}}). A tag's label
// is the standard's only there: a map keyed by eight-digit ids that
// spell one ({"00200011": "Boris"}) holds its own data.
func dicomAttribute(doc *event.Doc, n *event.Node) bool {
	if n.Kind != event.Object {
		return false
	}
	for c := n.First; c >= 0; c = doc.Nodes[c].Next {
		if m := &doc.Nodes[c]; m.Key == "vr" && m.Kind == event.String && len(m.Str) == 2 {
			return true
		}
	}
	return false
}

// dicomVR reports whether leaf n is an attribute's value representation
// ({"00100030": {"vr": "DA", …}}): a label of the standard's, whatever
// the tag, listed or not.
func dicomVR(doc *event.Doc, n *event.Node) bool {
	if n.Key != "vr" || n.Kind != event.String || len(n.Str) != 2 || n.Parent <= 0 {
		return false
	}
	p := &doc.Nodes[n.Parent]
	if p.Kind != event.Object || p.Parent < 0 || doc.Nodes[p.Parent].Kind != event.Object || len(p.Key) != 8 {
		return false
	}
	for i := 0; i < 8; i++ {
		if c := p.Key[i] | 0x20; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
