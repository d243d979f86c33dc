package classifier_test

import (
	"strings"
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

// Red team 24 (F8, F9): the residence's region keeps the full record
// when the citizenship's law only restricts exports (an Egyptian,
// Jordanian, Ugandan or Indonesian citizen living in Germany was stored
// whole only in the citizenship's region); a sectoral law found by weak
// evidence alone (a +91 phone, an hi-IN locale beside a card) keeps no
// data home, as Türkiye's does not.
func TestRedTeam24Routes(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, want string }{
		{"EG citizen living in DE", `{"user":{"email":"a@example.de","country":"DE","citizenship":"EG"}}`, "eg:pseudonymized,eu:full,global:redacted"},
		{"EG citizen living in the US", `{"user":{"email":"a@example.com","country":"US","citizenship":"EG"}}`, "eg:full,us:full,global:redacted"},
		{"JO citizen living in CH", `{"user":{"email":"a@example.ch","country":"CH","citizenship":"JO"}}`, "ae:pseudonymized,ch:full,global:pseudonymized"},
		{"a localizing citizenship still limits", `{"user":{"email":"a@example.de","country":"DE","citizenship":"UZ"}}`, "uz:full,eu:pseudonymized,global:pseudonymized"},
		{"an in-country-only residence", `{"user":{"email":"a@example.cn","country":"CN","citizenship":"EG"}}`, "eg:redacted,cn:full,global:redacted"},
		{"a +91 phone and a card", `{"user":{"email":"a@example.com","phone":"+919876543210","card":{"number":"4111111111111111"}}}`, "in:full,global:pseudonymized"},
		{"an hi-IN locale and a UPI id", `{"user":{"email":"a@example.com","locale":"hi-IN","payment":{"upi_id":"anna@okaxis"}}}`, "in:full,global:pseudonymized"},
		{"an Indian resident's card keeps the record home", `{"user":{"email":"a@example.in","country":"IN","card":{"number":"4111111111111111"}}}`, "in:full"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			if g := routesOf(d); g != tc.want {
				t.Errorf("routes %s, want %s (reason %q)", g, tc.want, d.Reason)
			}
		})
	}
}

// After red team 24's evidence contexts: a directory user's work address
// is the only place it has (SCIM), and counts as an address; a webhook's
// account is its tenant, so the contacts it reports are the subjects.
func TestRedTeam24WorkAddressAndTenant(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, want string }{
		{"a SCIM user's work address alone", `{"data":{"object":"directory_user","first_name":"Hina","email":"hina@acme.example","raw_attributes":{"addresses":[{"type":"work","locality":"Osaka","country":"JP","primary":true}]}}}`, "JP"},
		{"a work address beside a residence", `{"customer":{"email":"anna@example.de","country":"DE","addresses":[{"kind":"work","country":"CN"}]}}`, "DE"},
		{"contacts reported under a tenant's account", `{"contacts":{"add":[{"id":"1","name":"Gabriel Souza","custom_fields":[{"name":"Telefone","values":[{"value":"+5511961233280"}],"code":"PHONE"}],"country":"BR"}]},"account":{"subdomain":"imoveis83","id":"31339728"}}`, "BR"},
		{"guests beside a booker", `{"booker":{"email":"anna@example.de","country":"DE"},"guests":[{"name":"Wang Wei","country":"CN"}]}`, "DE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			var got []string
			for _, j := range d.Jurisdictions {
				got = append(got, j.Country)
			}
			if g := strings.Join(got, ","); g != tc.want || d.Failed() {
				t.Errorf("jurisdictions %s (reason %q), want %s", g, d.Reason, tc.want)
			}
		})
	}
}

// A provider that operates in one country hints at the country of a
// national-format phone (Fawry's 010 numbers are Egyptian, not Korean),
// as a shop's currency does: never evidence alone, and never over a
// stated residence.
func TestProviderCountryHint(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, want string }{
		{"a path naming Fawry", `{"path":"/fawry/notify","body":{"customerName":"Nourhan Adel","customerMobile":"01001233738","customerMail":"n@yahoo.com"}}`, "EG"},
		{"a member naming Fawry", `{"body":{"fawryRefNumber":"982520594","customerMobile":"01001233738","customerMail":"n@yahoo.com"}}`, "EG"},
		{"no provider: no country", `{"body":{"customerName":"Nourhan Adel","customerMobile":"01001233738","customerMail":"n@yahoo.com"}}`, ""},
		{"a stated residence wins", `{"path":"/fawry/notify","body":{"customerMobile":"01012345678","customerMail":"k@yahoo.com","country":"KR"}}`, "KR"},
		{"a provider alone is no evidence", `{"path":"/fawry/notify","body":{"customerMail":"n@yahoo.com"}}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			var got []string
			for _, j := range d.Jurisdictions {
				got = append(got, j.Country)
			}
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("jurisdictions %q (reason %q), want %q", g, d.Reason, tc.want)
			}
		})
	}
}
