package classifier_test

import (
	"bytes"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team, round 18 (finding 10): a personal yes/no is no pseudonym's
// input. Its token took one of two values, the same under every name in
// every record, and read back from one known answer; the pseudonymized
// record drops it, as the redacted one does.
func TestRedTeam18PseudonymizedBooleansLeave(t *testing.T) {
	rs := benchRuleset(t)
	ev := `{"country":"DE","email":"a@b.de","prefs":{"weird_toggle_q7":true,"other_toggle_q8":false,"third_toggle_q9":true}}`
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if d.Failed() {
		t.Fatalf("failed: %s %s", d.Reason, d.Detail)
	}
	seen := false
	for _, r := range recs {
		if r.Projection != "pseudonymized" {
			continue
		}
		seen = true
		for _, k := range []string{"weird_toggle_q7", "other_toggle_q8", "third_toggle_q9"} {
			if bytes.Contains(r.Value, []byte(k)) {
				t.Errorf("pseudonymized record keeps the personal switch %s: %s", k, r.Value)
			}
		}
		if !bytes.Contains(r.Value, []byte(`"email":"tok_`)) {
			t.Errorf("pseudonymized record lost the e-mail's token: %s", r.Value)
		}
	}
	if !seen {
		t.Fatal("no pseudonymized record")
	}
}
