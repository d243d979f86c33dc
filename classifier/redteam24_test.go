package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 24 (F6): a pseudonymized or redacted copy names only the
// jurisdictions it shows in clear (residence, address, location): a
// citizenship it tokenizes or removes, named in its jurisdictions
// header, would decode the citizenship's token in every record. Full,
// quarantine and audit records keep the whole list.
func TestRedTeam24JurisdictionsHeader(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev string
		want     map[string]string // projection -> header
	}{
		{"an RU citizen living in DE", `{"user":{"email":"anna@example.de","name":"Anna Schmidt","country":"DE","citizenship":"RU"}}`,
			map[string]string{"full": "RU,DE", "pseudonymized": "DE", "audit": "RU,DE"}},
		{"an EG citizen living in CN", `{"user":{"email":"w@example.cn","country":"CN","citizenship":"EG"}}`,
			map[string]string{"full": "EG,CN", "redacted": "CN", "audit": "EG,CN"}},
		{"a nationality in words", `{"user":{"email":"anna@example.de","country":"DE","nationality":"Vietnamese"}}`,
			map[string]string{"full": "VN,DE", "pseudonymized": "DE"}},
		{"a phone's country only", `{"user":{"email":"a@example.com","phone":"+79161234567"}}`,
			map[string]string{"full": "RU", "pseudonymized": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			seen := map[string]bool{}
			for _, r := range recs {
				want, ok := tc.want[r.Projection]
				if !ok {
					continue
				}
				seen[r.Projection] = true
				for _, h := range r.Headers {
					if h.Key == classifier.HeaderJurisdictions && string(h.Value) != want {
						t.Errorf("%s record on %s: jurisdictions %q, want %q", r.Projection, r.Topic, h.Value, want)
					}
				}
			}
			for p := range tc.want {
				if !seen[p] {
					t.Errorf("no %s record", p)
				}
			}
		})
	}
}
