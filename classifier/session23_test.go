package classifier_test

// Session 23: values repeated where the name rules do not look.

import (
	"fmt"
	"strings"
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

// TestUSSDPIN: a USSD session's inputs that end with a mobile-money PIN
// leave in no record, the full one included; a session of menu choices
// and a name, with no PIN at its end, stays the person's data.
func TestUSSDPIN(t *testing.T) {
	rs := benchRuleset(t)
	const at = `{"sessionId":"ATUid_1b2c","serviceCode":"*384*123#","phoneNumber":"+254712345678","networkCode":"63902","text":%q}`
	for _, tc := range []struct {
		name, text, secret string
		credential         bool
	}{
		{"PIN after the amount", "2*1*2400*5012", "2400*5012", true},
		{"PIN and its confirmation", "1*Meseret Kebede*2088 8496 1252*4391*4391", "4391*4391", true},
		{"a registration with an id number", "1*Wanjiru Odhiambo*98736855", "", false},
		{"a menu choice", "1*2", "", false},
		{"a masked card beside the session", "411111******1111", "", false},
		{"a masked account", "****1234", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := fmt.Sprintf(at, tc.text)
			d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			if d.Reason != "" {
				t.Fatalf("quarantined: %s %s", d.Reason, d.Detail)
			}
			var cat string
			for _, f := range d.Fields {
				if f.Path == "/text" {
					cat = f.Category
				}
			}
			if got := strings.HasPrefix(cat, "credentials."); got != tc.credential {
				t.Fatalf("/text is %s, credential %v, want %v", cat, got, tc.credential)
			}
			if tc.secret != "" {
				if where := credentialIn(recs, tc.secret); where != "" {
					t.Fatalf("PIN in the %s record", where)
				}
			}
		})
	}
}
