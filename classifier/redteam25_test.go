package classifier_test

import (
	"bytes"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 25 (F7): the region of where the subject lives keeps the full
// record whatever evidence found it (an address line, a structured
// address, a location, an IP's country), not only a country member.
func TestRedTeam25ResidenceRegionByAnyPlace(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, want string }{
		{"an address line", `{"user":{"email":"anna@example.de","address":"Hauptstr. 5, 10115 Berlin, Germany","citizenship":"EG"}}`, "eg:pseudonymized,eu:full,global:redacted"},
		{"a location country", `{"user":{"email":"anna@example.de","location_country":"DE","citizenship":"EG"}}`, "eg:pseudonymized,eu:full,global:redacted"},
		{"a US address line", `{"user":{"email":"a@example.com","address":"1 Main St, Springfield, IL 62701, USA","citizenship":"EG"}}`, "eg:full,us:full,global:redacted"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			if g := routesOf(d); g != tc.want {
				t.Errorf("routes %s, want %s (reason %q)", g, tc.want, d.Reason)
			}
		})
	}
}

// Red team 25 (F8): a pseudonymized or redacted copy names a country in
// its jurisdictions header only when found by a country member it keeps
// in clear (residence, an IP's country), never one read from a value it
// tokenizes (an address line, a location in words, a note); and a
// citizenship is removed from pseudonymized copies, not tokenized: its
// constant token was decoded by the region topic the copy went to.
func TestRedTeam25HeaderAndCitizenship(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, header string }{
		{"an address line", `{"user":{"email":"anna@example.de","address":"Hauptstr. 5, 10115 Berlin, Germany"}}`, ""},
		{"a location in words", `{"user":{"email":"a@example.ru","location":"Moscow, Russia"}}`, ""},
		{"a California address line", `{"user":{"email":"a@example.com","address":"1 Infinite Loop, Cupertino, CA 95014"}}`, ""},
		{"a country member", `{"user":{"email":"anna@example.de","country":"DE"}}`, "DE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s", d.Reason)
			}
			for _, r := range recs {
				if r.Projection != "pseudonymized" && r.Projection != "redacted" {
					continue
				}
				for _, h := range r.Headers {
					if h.Key == classifier.HeaderJurisdictions && string(h.Value) != tc.header {
						t.Errorf("%s on %s: jurisdictions %q, want %q", r.Projection, r.Topic, h.Value, tc.header)
					}
				}
			}
		})
	}
	d, recs := process(rs, classifier.Input{Value: []byte(`{"user":{"email":"anna@example.de","country":"DE","citizenship":"EG"}}`), Source: "t/0/1"})
	if d.Failed() {
		t.Fatalf("failed: %s", d.Reason)
	}
	for _, r := range recs {
		if r.Projection == "pseudonymized" && (bytes.Contains(r.Value, []byte("citizenship")) || bytes.Contains(r.Value, []byte(`"EG"`))) {
			t.Errorf("%s: the citizenship is in the copy: %s", r.Topic, r.Value)
		}
	}
}
