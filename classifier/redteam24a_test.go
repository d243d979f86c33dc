package classifier_test

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 24 (F1, F2, F3, F7): the evidence of other people (a booker's
// guests, a user's invited users and contacts, a co-applicant), of former
// or typed places (previous_address, address_history ended, addresses
// typed billing, work or old, FHIR's address use), of name/value pairs
// read by their label (billing_country, merchant_country) and of former or
// wished-for citizenships says nothing of the subject's countries or age;
// the people's fields stay personal. Negative cases: a subject alone in
// users[], a passenger order without a booker, a home address, a current
// citizenship, a child's age in a parent's signup.
func TestRedTeam24Evidence(t *testing.T) {
	rs := benchRuleset(t)
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, ev, want string
		minor          bool
		personal       string // a field that must stay personal, or ""
	}{
		{"f01a", `{"event_id":"f01a","type":"booking.created","booker":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE"},"guests":[{"name":"王伟","email":"w@example.cn","country":"CN"}]}`, "DE:residence", false, "/guests/0/email"},
		{"f01b", `{"event_id":"f01b","type":"signup","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE"},"invited_users":[{"email":"w@example.cn","country":"CN"}]}`, "DE:residence", false, ""},
		{"f01c", `{"event_id":"f01c","type":"signup","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE"},"contacts":[{"name":"Jean Mugabo","phone":"+250788123456","country":"RW"}]}`, "DE:residence", false, "/contacts/0/phone"},
		{"f01d", `{"event_id":"f01d","type":"booking.created","booker":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE"},"guests":[{"name":"Иван Петров","citizenship":"RU","passport":"4510123456"}]}`, "DE:residence", false, "/guests/0/citizenship"},
		{"f01e", `{"event_id":"f01e","type":"signup","user":{"email":"li@example.cn","name":"李娜","country":"CN"},"team_members":[{"name":"Иван Петров","citizenship":"RU"}]}`, "CN:residence", false, ""},
		{"f01f", `{"event_id":"f01f","type":"order.created","customer":{"email":"anna.schmidt@example.de","country":"DE","birthdate":"1980-01-01"},"additional_drivers":[{"name":"Lukas","country":"CN"}]}`, "DE:residence", false, ""},
		{"f01g", `{"event_id":"f01g","type":"booking.created","booker":{"email":"anna.schmidt@example.de","country":"DE","birthdate":"1980-01-01"},"guests":[{"name":"Lukas","age":8}]}`, "DE:residence", false, "/guests/0/age"},
		{"f01h", `{"event_id":"f01h","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE"},"co_applicant":{"name":"Wang Wei","country":"CN"}}`, "DE:residence", false, ""},
		{"f01i", `{"event_id":"f01i","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE"},"guests":[{"name":"Ivan","citizenship":"Soviet Union"}]}`, "DE:residence", false, ""},
		{"f02a", `{"event_id":"f02a","type":"signup","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE","previous_address":{"country":"CN","city":"Shanghai"}}}`, "DE:residence", false, ""},
		{"f02b", `{"event_id":"f02b","type":"kyc.submitted","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"address_history":[{"country":"RW","from":"2010","to":"2015"}]}}`, "DE:residence/city", false, ""},
		{"f02c", `{"event_id":"f02c","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","former_address":{"country":"CN"}}}`, "DE:residence", false, ""},
		{"f02d", `{"event_id":"f02d","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","residence_history":[{"country":"CN","until":"2019-01-01"}]}}`, "DE:residence", false, ""},
		{"f02e", `{"event_id":"f02e","type":"customer.updated","customer":{"email":"anna.schmidt@example.de","addresses":[{"type":"billing","country":"CN"},{"type":"home","country":"DE"}]}}`, "DE:residence", false, ""},
		{"f02f", `{"event_id":"f02f","type":"customer.updated","customer":{"email":"anna.schmidt@example.de","country":"DE","addresses":[{"type":"shipping","country":"CN"}]}}`, "DE:residence", false, ""},
		{"f02g", `{"event_id":"f02g","type":"customer.updated","customer":{"email":"anna.schmidt@example.de","country":"DE","addresses":[{"kind":"work","country":"CN"}]}}`, "DE:residence", false, ""},
		{"f02h", `{"event_id":"f02h","type":"patient.updated","patient":{"resourceType":"Patient","address":[{"use":"old","country":"CN"},{"use":"home","country":"DE"}]}}`, "DE:residence", false, ""},
		{"f02i", `{"event_id":"f02i","type":"patient.updated","patient":{"resourceType":"Patient","address":[{"use":"work","country":"CN"},{"use":"home","country":"DE"}]}}`, "DE:residence", false, ""},
		{"f02j", `{"event_id":"f02j","type":"customer.updated","customer":{"email":"anna.schmidt@example.de","addresses":[{"is_primary":false,"valid_to":"2019-12-31","country":"CN"},{"is_primary":true,"country":"DE"}]}}`, "DE:residence", false, ""},
		{"f02k", `{"event_id":"f02k","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","old_address":{"country":"RU"}}}`, "DE:residence", false, ""},
		{"f02l", `{"event_id":"f02l","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","citizenship":"DE","previous_address":{"country":"CN","line1":"南京路1号","city":"上海"}}}`, "DE:residence", false, ""},
		{"f03a", `{"event_id":"f03a","type":"orders/create","customer":{"email":"anna.schmidt@example.de","country":"DE"},"note_attributes":[{"name":"delivery_country","value":"CN"}]}`, "DE:residence", false, ""},
		{"f03b", `{"event_id":"f03b","type":"order","user":{"email":"anna.schmidt@example.de","country":"DE"},"attributes":[{"key":"billing_country","value":"CN"}]}`, "DE:residence", false, ""},
		{"f03c", `{"event_id":"f03c","type":"order","user":{"email":"anna.schmidt@example.de","country":"DE"},"attributes":[{"key":"card_issuer_country","value":"CN"}]}`, "DE:residence", false, ""},
		{"f03d", `{"event_id":"f03d","type":"order","user":{"email":"anna.schmidt@example.de","country":"DE"},"attributes":[{"key":"phone_country","value":"CN"}]}`, "DE:residence", false, ""},
		{"f03e", `{"event_id":"f03e","type":"order","user":{"email":"anna.schmidt@example.de","country":"DE"},"attributes":[{"key":"merchant_country","value":"CN"}]}`, "DE:residence", false, ""},
		{"f03f", `{"event_id":"f03f","type":"order","user":{"email":"anna.schmidt@example.de","country":"DE"},"attributes":[{"key":"destination_country","value":"CN"}]}`, "DE:residence", false, ""},
		{"f03g", `{"event_id":"f03g","type":"order","user":{"email":"anna.schmidt@example.de","country":"DE"},"metadata":[{"key":"ship_to_country","value":"RW"}]}`, "DE:residence", false, ""},
		{"f03h", `{"event_id":"f03h","type":"order","user":{"email":"anna.schmidt@example.de","country":"DE"},"properties":[{"property":"previous_country","value":"CN"}]}`, "DE:residence", false, ""},
		{"f03i", `{"event_id":"f03i","type":"order","user":{"email":"anna.schmidt@example.de","country":"DE"},"attributes":[{"Name":"ShippingCountry","Value":"CN"}]}`, "DE:residence", false, ""},
		{"f03j", `{"event_id":"f03j","type":"form.submitted","user":{"email":"anna.schmidt@example.de","country":"DE"},"note_attributes":[{"name":"Shipping country","value":"CN"}]}`, "DE:residence", false, ""},
		{"f03k", `{"event_id":"f03k","type":"order","user":{"email":"anna.schmidt@example.de","country":"DE"},"metadata":{"shipping_country":"CN","card_issuer_country":"CN","merchant_country":"CN"}}`, "DE:residence", false, ""},
		{"f07a", `{"event_id":"f07a","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","citizenship":"DE","former_citizenship":"RU"}}`, "DE:residence", false, "/user/former_citizenship"},
		{"f07b", `{"event_id":"f07b","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","previous_nationality":"RU"}}`, "DE:residence", false, ""},
		{"f07c", `{"event_id":"f07c","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","renounced_citizenship":"RU"}}`, "DE:residence", false, ""},
		{"f07d", `{"event_id":"f07d","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","previousCitizenship":"RU"}}`, "DE:residence", false, ""},
		{"f07e", `{"event_id":"f07e","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","former":{"citizenship":"RU"}}}`, "DE:residence", false, ""},
		{"f07f", `{"event_id":"f07f","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","desired_citizenship":"RU"}}`, "DE:residence", false, ""},
		{"f07g", `{"event_id":"f07g","type":"signup","user":{"email":"anna.schmidt@example.de","country":"FR","former_citizenship":"UZ"}}`, "FR:residence", false, ""},
		{"f07h", `{"event_id":"f07h","type":"signup","user":{"email":"li@example.cn","country":"CN","former_citizenship":"RU"}}`, "CN:residence", false, ""},
		{"f07i", `{"event_id":"f07i","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","citizenship_history":[{"country":"RU","until":"2015-01-01"},{"country":"DE","since":"2015-01-01"}]}}`, "DE:residence", false, ""},
		{"f07j", `{"event_id":"f07j","type":"form.submitted","user":{"email":"anna.schmidt@example.de","country":"DE"},"fields":[{"name":"Former citizenship","value":"Russian"}]}`, "DE:residence", false, ""},
		{"f07k", `{"event_id":"f07k","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE","citizenship_application":{"country":"RU","status":"pending"}}}`, "DE:residence", false, ""},
		{"neg: a subject in users[] alone", `{"event_id":"n1","type":"signup","users":[{"email":"li@example.cn","name":"李娜","country":"CN"}]}`, "CN:residence", false, ""},
		{"neg: a passenger order without booker", `{"event_id":"n2","type":"order.created","passengers":[{"name":"Li Na","country":"CN","birthdate":"1990-01-01"}]}`, "CN:residence", false, ""},
		{"neg: an address typed home is residence", `{"event_id":"n3","type":"customer.updated","customer":{"email":"a@example.de","addresses":[{"type":"home","country":"CN"}]}}`, "CN:residence", false, ""},
		{"neg: a current citizenship counts", `{"event_id":"n4","type":"signup","user":{"email":"a@example.de","country":"DE","citizenship":"RU"}}`, "DE:residence RU:citizenship", false, ""},
		{"neg: a billing address alone is address", `{"event_id":"n5","type":"customer.updated","customer":{"email":"a@example.de","addresses":[{"type":"billing","country":"CN"}]}}`, "CN:address", false, ""},
		{"neg: the only user's age is the subject's", `{"event_id":"n6","type":"signup","users":[{"email":"a@example.de","age":8,"country":"DE"}]}`, "DE:residence", true, ""},
		{"neg: a pair's ship_to_country alone is address", `{"event_id":"n7","type":"order","user":{"email":"a@example.de"},"attributes":[{"key":"ship_to_country","value":"RW"}]}`, "RW:address", false, ""},
		{"neg: a pair's country is residence", `{"event_id":"n8","type":"order","user":{"email":"a@example.de"},"attributes":[{"key":"country","value":"RW"}]}`, "RW:residence", false, ""},
		{"neg: a home address valid until later is residence", `{"event_id":"n9","type":"signup","user":{"email":"a@example.de","addresses":[{"type":"home","country":"CN","valid_to":"2030-01-01"}]}}`, "CN:residence", false, ""},
		{"neg: a current citizenship beside a former one", `{"event_id":"n10","type":"signup","user":{"email":"a@example.de","country":"DE","citizenship":"RU","former_citizenship":"UZ"}}`, "DE:residence RU:citizenship", false, ""},
		{"neg: a child of a parent's signup is still a minor", `{"event_id":"n11","type":"signup","user":{"email":"a@example.de","country":"DE"},"children":[{"name":"Lukas","age":8}]}`, "DE:residence", true, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: now})
			if d.Reason != "" {
				t.Fatalf("quarantined: %s %s", d.Reason, d.Detail)
			}
			var got []string
			for _, j := range d.Jurisdictions {
				if len(j.Country) == 2 {
					got = append(got, j.Country+":"+strings.Join(j.Basis, "/"))
				}
			}
			sort.Strings(got)
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("jurisdictions %q, want %q", g, tc.want)
			}
			if d.Minor != tc.minor {
				t.Errorf("minor %v, want %v", d.Minor, tc.minor)
			}
			if tc.personal != "" {
				if f := field(d, tc.personal); f == nil || !f.Personal {
					t.Errorf("%s: %+v, want personal", tc.personal, f)
				}
			}
		})
	}
}
