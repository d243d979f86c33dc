package classifier_test

import (
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// DICOM's JSON model names attributes by tag: the patient's are personal,
// the examination's descriptions health data, the equipment's labels,
// every value representation a label; a tag the table does not list stays
// unknown, personal by default.
func TestDICOMTags(t *testing.T) {
	const ev = `{"00080060":{"vr":"CS","Value":["MR"]},"00080070":{"vr":"LO","Value":["SIEMENS"]},` +
		`"00100010":{"vr":"PN","Value":[{"Alphabetic":"Yamada^Taro","Ideographic":"山田^太郎"}]},"00100020":{"vr":"LO","Value":["P-40213"]},` +
		`"00100030":{"vr":"DA","Value":["20160203"]},"00100040":{"vr":"CS","Value":["M"]},"00102150":{"vr":"LO","Value":["JAPAN"]},` +
		`"00081030":{"vr":"LO","Value":["MRI brain w/o contrast"]},"001021b0":{"vr":"LT","Value":["seizures since March"]},` +
		`"00080090":{"vr":"PN","Value":[{"Alphabetic":"Suzuki^Ichiro"}]},"00191010":{"vr":"LO","Value":["private tag"]}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"modality", ev, "/00080060/Value/0", "meta.technical"},
		{"manufacturer", ev, "/00080070/Value/0", "meta.technical"},
		{"value representation", ev, "/00100010/vr", "meta.technical"},
		{"patient name", ev, "/00100010/Value/0/Alphabetic", "identity.name"},
		{"patient name in kanji", ev, "/00100010/Value/0/Ideographic", "identity.name"},
		{"patient id", ev, "/00100020/Value/0", "sensitive.health"},
		{"birth date", ev, "/00100030/Value/0", "identity.dob"},
		{"country of residence", ev, "/00102150/Value/0", "geo.country"},
		{"study description", ev, "/00081030/Value/0", "sensitive.health"},
		{"history, tag in lower case", ev, "/001021b0/Value/0", "sensitive.health"},
		{"referring physician", ev, "/00080090/Value/0/Alphabetic", "identity.name"},
		{"a private tag stays unknown", ev, "/00191010/Value/0", "unknown"},
	})
	d := benchRuleset(t).Classify(classifier.Input{Value: []byte(ev), Time: time.Date(2026, 4, 12, 0, 0, 0, 0, time.UTC)})
	if d.Failed() || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != "JP" || !d.Minor {
		t.Errorf("reason %q, jurisdictions %+v, minor %v; want JP, minor", d.Reason, d.Jurisdictions, d.Minor)
	}
}
