package classifier_test

import (
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// HL7 v2 segments written as JSON by position (Google Cloud Healthcare's
// parsedData, converters' "PID.7" keys) are read by what the standard
// says each position holds: the patient's name, birth date and address,
// the diagnosis and allergy as health data, the religion, and the
// header's codes as labels. A position the table does not list stays
// unknown, personal by default.
func TestHL7PositionalFields(t *testing.T) {
	const parsed = `{"name":"projects/p/locations/l/datasets/d/hl7V2Stores/s/messages/m1","messageType":"ADT","parsedData":{"segments":[` +
		`{"segmentId":"MSH","fields":{"0":"MSH","3":"EPIC","4":"LAKESIDE","7":"20260412204318","9.1":"ADT","9.2":"A01","10":"MSG00001","12":"2.5.1"}},` +
		`{"segmentId":"PID","setId":"1","fields":{"0":"PID","1":"1","3[0].1":"E1234567","3[0].4":"LAKESIDE","3[0].5":"MR","5[0].1":"PETROV","5[0].2":"IVAN","5[0].7":"L","7":"20150102","8":"M","11[0].1":"12 Oak Street","11[0].3":"Austin","11[0].4":"TX","11[0].5":"78701","11[0].6":"USA","11[0].7":"H","13[0].1":"+1 512 555 0147","13[0].2":"PRN","13[1].4":"ivan@example.com","17.1":"JWN","17.2":"Jehovah's Witness","17.3":"HL70006","42":"whatever"}},` +
		`{"segmentId":"NK1","setId":"1","fields":{"2[0].1":"PETROVA","2[0].2":"ANNA","3.1":"MTH","4[0].6":"RUS"}},` +
		`{"segmentId":"PV1","setId":"1","fields":{"2":"I","7[0].1":"1234567","7[0].2":"Smith","7[0].6":"Dr","10":"PSY","44":"20260412190000"}},` +
		`{"segmentId":"DG1","setId":"1","fields":{"1":"1","2":"I10","3.1":"F32.2","3.2":"Severe depressive episode","3.3":"I10"}},` +
		`{"segmentId":"AL1","setId":"1","fields":{"1":"1","3.2":"Peanut"}}]}}`
	const keyed = `{"MSH":{"MSH.9":"ADT^A04"},"PID":{"PID.5.1":"Kowalski","PID.7":"20160203","PID.11.6":"POL","PID.17":"CAT"},"DG1":[{"DG1.3.2":"Asthma"}]}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"header code", parsed, "/parsedData/segments/0/fields/9.1", "meta.technical"},
		{"header time", parsed, "/parsedData/segments/0/fields/7", "event.timestamp"},
		{"segment id", parsed, "/parsedData/segments/1/segmentId", "meta.technical"},
		{"set id", parsed, "/parsedData/segments/1/setId", "meta.technical"},
		{"family name", parsed, "/parsedData/segments/1/fields/5[0].1", "identity.name"},
		{"name type code", parsed, "/parsedData/segments/1/fields/5[0].7", "meta.technical"},
		{"birth date", parsed, "/parsedData/segments/1/fields/7", "identity.dob"},
		{"street", parsed, "/parsedData/segments/1/fields/11[0].1", "contact.address"},
		{"address country", parsed, "/parsedData/segments/1/fields/11[0].6", "geo.country"},
		{"e-mail in XTN", parsed, "/parsedData/segments/1/fields/13[1].4", "contact.email"},
		{"phone use code", parsed, "/parsedData/segments/1/fields/13[0].2", "meta.technical"},
		{"religion code", parsed, "/parsedData/segments/1/fields/17.1", "sensitive.religion"},
		{"religion text", parsed, "/parsedData/segments/1/fields/17.2", "sensitive.religion"},
		{"religion's coding system", parsed, "/parsedData/segments/1/fields/17.3", "meta.technical"},
		{"an unlisted position stays unknown", parsed, "/parsedData/segments/1/fields/42", "unknown"},
		{"the clinician's name", parsed, "/parsedData/segments/3/fields/7[0].2", "identity.name"},
		{"the clinician's title", parsed, "/parsedData/segments/3/fields/7[0].6", "meta.technical"},
		{"hospital service", parsed, "/parsedData/segments/3/fields/10", "sensitive.health"},
		{"diagnosis code", parsed, "/parsedData/segments/4/fields/3.1", "sensitive.health"},
		{"diagnosis text", parsed, "/parsedData/segments/4/fields/3.2", "sensitive.health"},
		{"allergen", parsed, "/parsedData/segments/5/fields/3.2", "sensitive.health"},
		{"keyed: name", keyed, "/PID/PID.5.1", "identity.name"},
		{"keyed: religion", keyed, "/PID/PID.17", "sensitive.religion"},
		{"keyed: diagnosis", keyed, "/DG1/0/DG1.3.2", "sensitive.health"},
		{"keyed: header", keyed, "/MSH/MSH.9", "meta.technical"},
	})
	rs := benchRuleset(t)
	at := time.Date(2026, 4, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, ev, country string
		minor             bool
	}{
		// The next of kin's address (RUS) is hers, not the patient's.
		{"parsedData", parsed, "US", true},
		{"keyed", keyed, "PL", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev), Time: at})
			if d.Failed() || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != tc.country || d.Minor != tc.minor {
				t.Errorf("reason %q, jurisdictions %+v, minor %v; want %s, minor %v", d.Reason, d.Jurisdictions, d.Minor, tc.country, tc.minor)
			}
		})
	}
}

// An HL7 v2 message kept whole in a string is health data when it tells a
// diagnosis, an allergy or a medication, and religion data when the
// patient's religion is in it: the record of a hospital's care, not just
// a name and an address.
func TestHL7MessageSpecial(t *testing.T) {
	const head = `MSH|^~\\&|HIX|UMC|GCP|GCP|20260412204318||ADT^A01|MSG1|P|2.5.1\rPID|1||4034482^^^UMC^MR||de Jong^Daan||19800102|M|||Kalverstraat 92^^Amsterdam^^1012 AB^NLD^H`
	ev := func(msg string) string { return `{"message":{"data":"` + msg + `"}}` }
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a diagnosis", ev(head + `\rDG1|1|I10|E11.9^Type 2 diabetes^I10`), "/message/data", "sensitive.health"},
		{"an allergy", ev(head + `\rAL1|1|DA|^Penicillin`), "/message/data", "sensitive.health"},
		{"a religion", ev(head + `||||||CAT`), "/message/data", "sensitive.religion"},
	})
}

// What was tested (OBX-3, a bare LOINC code) and the ward (PV1-3) tell of
// the patient's care as the result does: health, as a FHIR Observation's
// code is; so does an imaging study's department.
func TestHL7CodesAreHealth(t *testing.T) {
	const ev = `{"country":"DE","parsedData":{"segments":[{"segmentId":"PV1","setId":"1","fields":{"3.1":"PSY","3.2":"4B"}},` +
		`{"segmentId":"OBX","setId":"1","fields":{"3.1":"20447-9","3.3":"LN","5":"undetectable"}}]},"00081040":{"vr":"LO","Value":["Psychiatrie"]}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"ward", ev, "/parsedData/segments/0/fields/3.1", "sensitive.health"},
		{"test code", ev, "/parsedData/segments/1/fields/3.1", "sensitive.health"},
		{"its coding system stays a label", ev, "/parsedData/segments/1/fields/3.3", "meta.technical"},
		{"DICOM department", ev, "/00081040/Value/0", "sensitive.health"},
	})
}
