package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// TestNamesByValue: a person's name under a label's or an enum's name is
// found by its shape: Chinese and Korean names (no spaces, so the
// given-name test never saw them), and given names written with or
// without diacritics. Each reached pseudonymized records in clear before.
func TestNamesByValue(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		value, cat string
	}{
		{"王伟", "identity.name"},
		{"欧阳娜娜", "identity.name"},
		{"김민준", "identity.name"},
		{"Nguyễn Văn An", "identity.name"},
		{"Jurgen Weber", "identity.name"},
		{"Ahmad Karimi", "identity.name"},
		{"Roman Catholic", "sensitive.religion"},
		// labels stay labels
		{"会员", "event.type"},
		{"普通用户", "event.type"},
		{"Spring Sale", "event.type"},
		{"newsletter", "event.type"},
	} {
		d := rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","type":"` + tc.value + `"}`)})
		f := field(d, "/type")
		if f == nil || f.Category != tc.cat {
			t.Errorf("type %q: %+v, want %s", tc.value, f, tc.cat)
		}
	}
}
