package classifier_test

import (
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 25: F1 (other people under singular and actor names), F2
// (subject records by a name with a suffix, and more nouns), F3 (end
// dates in any notation, flags that an address is no longer current),
// F4 (address types business, company, employer, vacation, second home,
// historic; types under category, tag, role, formattedType, name), F9 (a
// collection the event's type names, a tenant's or an account's country,
// an id-only subject record), F10 (temporary and present addresses are
// current). Each event's jurisdictions, at the red team's clock, and
// negative cases that must not move.
func TestRedTeam25cJurisdictions(t *testing.T) {
	rs := benchRuleset(t)
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct{ name, ev, want string }{
		{"f01a", `{"event_id":"f01a","type":"booking.created","booker":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE"},"guest":{"name":"王伟","email":"w@example.cn","country":"CN"}}`, "DE"},
		{"f01b", `{"event_id":"f01b","type":"deal.updated","user":{"email":"anna.schmidt@example.de","country":"DE"},"owner":{"name":"Wang Wei","email":"w@acme.cn","country":"CN"}}`, "DE"},
		{"f01c", `{"event_id":"f01c","type":"ticket.created","requester":{"email":"anna.schmidt@example.de","country":"DE"},"assignee":{"name":"Wang Wei","country":"CN"}}`, "DE"},
		{"f01d", `{"event_id":"f01d","type":"booking.created","customer":{"email":"anna.schmidt@example.de","country":"DE"},"booked_by":{"name":"Agent Smith","country":"RW"}}`, "DE"},
		{"f01e", `{"event_id":"f01e","type":"signup","user":{"email":"anna.schmidt@example.de","country":"DE"},"invited_by":{"name":"Ivan Petrov","citizenship":"RU"}}`, "DE"},
		{"f01f", `{"event_id":"f01f","type":"booking.created","booker":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE"},"guest_country":"CN"}`, "DE"},
		{"f01g", `{"event_id":"f01g","type":"booking.created","booker":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE"},"custom_fields":[{"key":"guest_country","value":"CN"}]}`, "DE"},
		{"f01h", `{"event_id":"f01h","type":"booking.created","user":{"email":"anna.schmidt@example.de","country":"DE"},"admin":{"name":"Ivan Petrov","citizenship":"RU"}}`, "DE"},
		{"f01i", `{"event_id":"f01i","type":"booking.created","user":{"email":"anna.schmidt@example.de","country":"DE"},"passenger":{"name":"Ivan Petrov","citizenship":"RU"}}`, "DE"},
		{"f01j", `{"event_id":"f01j","type":"order.created","user":{"email":"anna.schmidt@example.de","country":"DE"},"approved_by":{"name":"Wang Wei","country":"CN"}}`, "DE"},
		{"f01k", `{"event_id":"f01k","type":"lease.signed","user":{"email":"anna.schmidt@example.de","country":"DE"},"landlord":{"name":"Wang Wei","country":"CN"}}`, "DE"},
		{"f01l", `{"event_id":"f01l","type":"booking.created","booker":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE"},"custom_fields":[{"key":"Guest country","value":"CN"}]}`, "DE"},
		{"f02a", `{"event_id":"f02a","type":"order.created","buyer_info":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","country":"DE"},"passengers":[{"name":"Wang Wei","country":"CN"}]}`, "DE"},
		{"f02b", `{"event_id":"f02b","type":"order.created","customer_data":{"email":"anna.schmidt@example.de","country":"DE"},"attendees":[{"name":"Ivan Petrov","citizenship":"RU"}]}`, "DE"},
		{"f02c", `{"event_id":"f02c","type":"order.created","consumer":{"email":"anna.schmidt@example.de","country":"DE"},"guests":[{"name":"Wang Wei","country":"CN"}]}`, "DE"},
		{"f02d", `{"event_id":"f02d","type":"payment.authorised","shopper":{"email":"anna.schmidt@example.de","country":"DE"},"additional_drivers":[{"name":"Wang Wei","country":"CN"}]}`, "DE"},
		{"f02e", `{"event_id":"f02e","type":"ticket.created","requester":{"email":"anna.schmidt@example.de","country":"DE"},"cc":[{"name":"Wang Wei","email":"w@example.cn","country":"CN"}]}`, "DE"},
		{"f02f", `{"event_id":"f02f","type":"booking.created","booking_contact":{"email":"anna.schmidt@example.de","country":"DE"},"passengers":[{"name":"Ivan Petrov","citizenship":"RU"}]}`, "DE"},
		{"f02h", `{"event_id":"f02h","type":"booking.created","traveler":{"email":"anna.schmidt@example.de","country":"DE"},"passengers":[{"name":"Ivan Petrov","citizenship":"RU"}]}`, "DE"},
		{"f02i", `{"event_id":"f02i","type":"account.updated","user_data":{"email":"anna.schmidt@example.de","country":"DE"},"team_members":[{"name":"Wang Wei","country":"CN"}]}`, "DE"},
		{"f02j", `{"event_id":"f02j","type":"lead.created","lead":{"email":"anna.schmidt@example.de","country":"DE"},"contacts":[{"name":"Wang Wei","country":"CN"}]}`, "DE"},
		{"f02k", `{"event_id":"f02k","type":"booking.created","lead_passenger":{"email":"anna.schmidt@example.de","country":"DE"},"passengers":[{"name":"Wang Wei","country":"CN"}]}`, "DE"},
		{"f03a", `{"event_id":"f03a","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"street":"Nanjing Rd 1","city":"Shanghai","country":"CN","to":"31.12.2019"},{"street":"Hauptstr. 5","city":"Berlin","country":"DE"}]}}`, "DE"},
		{"f03b", `{"event_id":"f03b","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","to":"12/31/2019"},{"city":"Berlin","country":"DE"}]}}`, "DE"},
		{"f03c", `{"event_id":"f03c","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","to":1577750400},{"city":"Berlin","country":"DE"}]}}`, "DE"},
		{"f03d", `{"event_id":"f03d","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","to":"Dec 2019"},{"city":"Berlin","country":"DE"}]}}`, "DE"},
		{"f03e", `{"event_id":"f03e","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","to":"2019年12月31日"},{"city":"Berlin","country":"DE"}]}}`, "DE"},
		{"f03f", `{"event_id":"f03f","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","current":false},{"city":"Berlin","country":"DE","current":true}]}}`, "DE"},
		{"f03g", `{"event_id":"f03g","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","is_current":false},{"city":"Berlin","country":"DE","is_current":true}]}}`, "DE"},
		{"f03h", `{"event_id":"f03h","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","status":"inactive"},{"city":"Berlin","country":"DE","status":"active"}]}}`, "DE"},
		{"f03i", `{"event_id":"f03i","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","period":"2015-2019"},{"city":"Berlin","country":"DE"}]}}`, "DE"},
		{"f03j", `{"event_id":"f03j","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","to":"2019-12-31"},{"city":"Berlin","country":"DE"}]}}`, "DE"},
		{"f03k", `{"event_id":"f03k","type":"profile.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"city":"Shanghai","country":"CN","to":"2019-12"},{"city":"Berlin","country":"DE"}]}}`, "DE"},
		{"f04a", `{"event_id":"f04a","type":"contact.updated","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","addresses":[{"type":"home","city":"Berlin","country":"DE"},{"type":"business","street":"Nanjing Rd 1","city":"Shanghai","country":"CN"}]}}`, "DE"},
		{"f04b", `{"event_id":"f04b","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"type":"company","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04c", `{"event_id":"f04c","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"type":"employer","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04d", `{"event_id":"f04d","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"type":"vacation","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04e", `{"event_id":"f04e","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"type":"second_home","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04f", `{"event_id":"f04f","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"type":"historic","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04g", `{"event_id":"f04g","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"category":"old","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04h", `{"event_id":"f04h","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"tag":"old","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04i", `{"event_id":"f04i","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"formattedType":"Work","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04j", `{"event_id":"f04j","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"role":"previous","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04k", `{"event_id":"f04k","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"name":"Old address","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04l", `{"event_id":"f04l","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"addresses":[{"type":"work","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"f04m", `{"event_id":"f04m","type":"contact.updated","user":{"email":"anna.schmidt@example.de","address":{"country":"DE","city":"Berlin"},"business_address":{"country":"CN","city":"Shanghai"}}}`, "DE"},
		{"f09a", `{"event_id":"f09a","type":"employee.created","tenant_country":"DE","employees":[{"name":"Ivan Petrov","email":"ivan.petrov@example.ru","citizenship":"RU","address":{"street":"ул. Ленина 1","city":"Москва","country":"RU"}}]}`, "RU"},
		{"f09b", `{"event_id":"f09b","type":"employee.created","user":{"email":"hr-admin@acme.de","country":"DE"},"employees":[{"name":"Ivan Petrov","email":"ivan.petrov@example.ru","citizenship":"RU","address":{"country":"RU","city":"Moscow"}}]}`, "RU,DE"},
		{"f09c", `{"event_id":"f09c","type":"user.provisioned","tenant_country":"SG","users":[{"name":"Wang Wei","email":"w@example.cn","address":{"street":"Nanjing Rd 1","city":"Shanghai","country":"CN"}}]}`, "CN"},
		{"f09d", `{"event_id":"f09d","type":"employee.hired","account_country":"DE","employees":[{"name":"Nguyen Van An","citizenship":"VN","address":{"country":"VN","city":"Hanoi"}}]}`, "VN"},
		{"f09e", `{"event_id":"f09e","type":"employee.hired","user":{"email":"hr@acme.de","country":"DE"},"employees":[{"name":"Wang Wei","address":{"country":"CN","city":"Shanghai"}}]}`, "CN,DE"},
		{"f09f", `{"event_id":"f09f","type":"member.added","country":"DE","members":[{"name":"Ivan Petrov","email":"ivan.petrov@example.ru","citizenship":"RU"}]}`, "RU,DE"},
		{"f09g", `{"event_id":"f09g","type":"employee.created","payroll_country":"DE","employees":[{"name":"Ivan Petrov","citizenship":"RU"}]}`, "RU"},
		{"f09h", `{"event_id":"f09h","type":"employee.created","legal_entity_country":"DE","employees":[{"name":"Ivan Petrov","citizenship":"RU"}]}`, "RU"},
		{"f09i", `{"event_id":"f09i","type":"member.joined","user":{"id":"u_admin"},"members":[{"name":"Ivan Petrov","email":"ivan.petrov@example.ru","citizenship":"RU"}]}`, "RU"},
		{"f09j", `{"event_id":"f09j","type":"contact.created","customer":{"id":"cus_123"},"contacts":[{"name":"Ivan Petrov","email":"ivan.petrov@example.ru","country":"RU"}]}`, "RU"},
		{"f09k", `{"event_id":"f09k","type":"employee.created","employees":[{"name":"Ivan Petrov","email":"ivan.petrov@example.ru","citizenship":"RU","address":{"city":"Москва","country":"RU"}}]}`, "RU"},
		{"f09l", `{"event_id":"f09l","type":"employee.created","company":{"country":"DE"},"employees":[{"name":"Ivan Petrov","citizenship":"RU"}]}`, "RU"},
		{"f10a", `{"event_id":"f10a","type":"kyc.submitted","user":{"email":"anna.schmidt@example.de","name":"Anna Schmidt","permanent_address":{"street":"Hauptstr. 5","city":"Berlin","country":"DE"},"temporary_address":{"street":"Nanjing Rd 1","city":"Shanghai","country":"CN"}}}`, "CN,DE"},
		{"f10b", `{"event_id":"f10b","type":"kyc.submitted","user":{"email":"w@example.cn","name":"Wang Wei","temporary_address":{"street":"Nanjing Rd 1","city":"Shanghai","country":"CN"}}}`, "CN"},
		{"f10c", `{"event_id":"f10c","type":"kyc.submitted","user":{"name":"Anna Schmidt","citizenship":"DE","temporary_residence":{"country":"VN","city":"Hanoi"}}}`, "VN"},
		{"f10d", `{"event_id":"f10d","type":"kyc.submitted","user":{"name":"Anna Schmidt","citizenship":"DE","temp_residence_permit":{"country":"RW","expires":"2027-01-01"}}}`, "RW"},
		{"f10e", `{"event_id":"f10e","type":"kyc.submitted","user":{"name":"Anna Schmidt","permanent_address":"Hauptstr. 5, 10115 Berlin, Germany","temporary_address":"12 Nanjing Rd, Shanghai, China"}}`, "CN,DE"},
		{"f10f", `{"event_id":"f10f","type":"kyc.submitted","user":{"name":"Anna Schmidt","citizenship":"DE","temporary_residence_country":"KZ"}}`, "KZ"},
		{"f10g", `{"event_id":"f10g","type":"kyc.submitted","user":{"name":"Anna Schmidt","permanent_address":"Hauptstr. 5, 10115 Berlin, Germany","present_address":"12 Nanjing Rd, Shanghai, China"}}`, "CN,DE"},
		{"f10h", `{"event_id":"f10h","type":"kyc.submitted","user":{"name":"Rahul Sharma","email":"rahul@example.in","permanent_address":{"city":"Jaipur","country":"IN"},"temporary_address":{"street":"Hauptstr. 5","city":"Berlin","country":"DE"},"card":{"number":"4111111111111111"}}}`, "DE,IN"},
		{"F4 name old in an address list", `{"type":"profile.updated","user":{"email":"anna@example.de","name":"Anna Schmidt","address":{"country":"DE","city":"Berlin"},"addresses":[{"name":"old","country":"CN","city":"Shanghai"}]}}`, "DE"},
		{"F4 correspondence type", `{"type":"profile.updated","user":{"email":"anna@example.de","name":"Anna Schmidt","address":{"country":"DE","city":"Berlin"},"addresses":[{"type":"correspondence","country":"CN","city":"Shanghai"}]}}`, "DE"},
		// Negative cases (neg): what must not move.
		{"neg users alone", `{"type":"user.provisioned","users":[{"name":"Wang Wei","email":"w@example.cn","address":{"city":"Shanghai","country":"CN"}}]}`, "CN"},
		{"neg employees alone", `{"type":"sync.completed","employees":[{"name":"Ivan Petrov","citizenship":"RU"}]}`, "RU"},
		{"neg top country beside guests", `{"type":"booking.created","country":"DE","guests":[{"name":"Ivan Petrov","citizenship":"RU"}]}`, "DE"},
		{"F4 home beside business", `{"user":{"email":"w@example.cn","addresses":[{"type":"home","city":"Shanghai","country":"CN"},{"type":"business","city":"Berlin","country":"DE"}]}}`, "CN"},
		{"neg business alone is address evidence", `{"user":{"email":"a@example.de","addresses":[{"type":"business","city":"Berlin","country":"DE"}]}}`, "DE"},
		{"F3 last entry without end is current", `{"user":{"email":"w@example.cn","addresses":[{"city":"Berlin","country":"DE","to":"31.12.2019"},{"city":"Shanghai","country":"CN","from":"01.01.2020"}]}}`, "CN"},
		{"neg future end date", `{"user":{"email":"w@example.cn","addresses":[{"city":"Shanghai","country":"CN","to":"31.12.2030"}]}}`, "CN"},
		{"neg future epoch", `{"user":{"email":"w@example.cn","addresses":[{"city":"Shanghai","country":"CN","valid_to":1924905600}]}}`, "CN"},
		{"neg open period", `{"user":{"email":"w@example.cn","addresses":[{"city":"Shanghai","country":"CN","period":"2020-"}]}}`, "CN"},
		{"neg active status", `{"user":{"email":"w@example.cn","addresses":[{"city":"Shanghai","country":"CN","status":"active","current":true}]}}`, "CN"},
		{"neg inactive user keeps its country", `{"user":{"email":"w@example.cn","status":"inactive","active":false,"country":"CN"}}`, "CN"},
		{"neg person's name is no type", `{"user":{"name":"Bill Shipley","email":"b@example.cn","address":{"name":"Bill Shipley","city":"Shanghai","country":"CN"}}}`, "CN"},
		{"F10 temporary type is current", `{"user":{"email":"w@example.cn","addresses":[{"type":"temporary","city":"Shanghai","country":"CN"}]}}`, "CN"},
		{"neg current address", `{"user":{"email":"w@example.cn","current_address":{"city":"Shanghai","country":"CN"}}}`, "CN"},
		{"neg account owner alone", `{"type":"account.created","account":{"owner":{"email":"w@example.cn","country":"CN"}}}`, "CN"},
		{"F2 traveler alone", `{"type":"booking.created","traveler":{"email":"anna@example.de","country":"DE"}}`, "DE"},
		{"F4 second home member", `{"user":{"email":"anna@example.de","country":"DE","second_home":{"city":"Marbella","country":"ES"}}}`, "DE"},
		{"neg guest booking its own stay", `{"type":"guest.created","guest":{"email":"w@example.cn","country":"CN"}}`, "CN"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := tc.ev
			if !strings.Contains(ev, `"type"`) {
				ev = `{"type":"signup",` + ev[1:]
			}
			d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1", Time: now})
			if got := redTeam24bCountries(d); got != tc.want {
				t.Fatalf("got %s (%s), want %s", got, d.Detail, tc.want)
			}
		})
	}
}
