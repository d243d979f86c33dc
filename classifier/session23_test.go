package classifier_test

// Session 23: values repeated where the name rules do not look.

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// TestEchoedNumericIDs: a person's numeric id inside a longer value (a
// logged request's path, a document's URL) is the id; before, only an
// equal value was, and the path carried the member's id in clear to
// every pseudonymized record. Shorter numbers (a year) are not looked
// for inside other values.
func TestEchoedNumericIDs(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev string
		leaks    []string
		keep     string // a value that must stay in clear in the pseudonymized record
	}{
		{"member id in a search request's path",
			`{"path":"/members_2026/_doc/971202","method":"GET","response":{"_source":{"member_id":"971202","email":"t@example.co.il","address":{"country_code":"IL"}}}}`,
			[]string{"971202"}, ""},
		{"a customer number in a resource URL",
			`{"country":"DE","customer":{"customer_number":48213377,"email":"a@example.de"},"links":{"self":"https://api.example.de/customers/48213377"}}`,
			[]string{"48213377"}, ""},
		{"a four-digit id is no match inside a path",
			`{"country":"DE","user":{"id":"2026","email":"a@example.de"},"path":"/reports/2026/summary"}`,
			nil, "/reports/2026/summary"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Reason != "" {
				t.Fatalf("quarantined: %s %s", d.Reason, d.Detail)
			}
			if leak, where := leaksOutsideFull(recs, tc.leaks); leak != "" {
				t.Fatalf("%q in clear in the %s record", leak, where)
			}
			if tc.keep != "" {
				found := false
				for _, r := range recs {
					if r.Projection == "pseudonymized" && containsValue(r.Value, []byte(tc.keep)) {
						found = true
					}
				}
				if !found {
					t.Fatalf("%q no longer in the pseudonymized record", tc.keep)
				}
			}
		})
	}
}
