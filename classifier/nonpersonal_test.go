package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Non-personal fields of real producers are recognised by rule (envelopes,
// flags, counters, enums, schema labels, timestamps, page URLs), while the
// personal ones beside them keep their category. Every case failed before
// the rules and the name/value pair reading were added.
func TestNonPersonalByRule(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct {
		name, event, path, cat, by string
	}{
		{"name/value pair: the value takes its name's category", `{"country":"DE","Attributes":[{"Name":"email_verified","Value":"false"}]}`, "/Attributes/0/Value", "meta.flag", "name"},
		{"name/value pair: the name is a label", `{"country":"DE","Attributes":[{"Name":"email_verified","Value":"false"}]}`, "/Attributes/0/Name", "event.type", "name"},
		{"name/value pair: a prefixed name", `{"country":"DE","Attributes":[{"Name":"custom:country","Value":"DE"}]}`, "/Attributes/0/Value", "geo.country", "name"},
		{"name/value pair: a password stays a credential", `{"country":"DE","Attributes":[{"Name":"password","Value":"Xk9hunter2!"}]}`, "/Attributes/0/Value", "credentials.password", "name"},
		{"a browser version is not an IP", `{"country":"DE","browser_version":"124.0.0.0"}`, "/browser_version", "device.os", "name"},
		{"an IP under its own name", `{"country":"DE","last_ip":"124.0.0.1"}`, "/last_ip", "online.ip", "name"},
		{"primary flag of a multi-valued attribute", `{"country":"DE","emails":[{"value":"a@b.de","primary":true}]}`, "/emails/0/primary", "meta.flag", "name"},
		{"a primary phone stays a phone", `{"country":"DE","phones":{"primary":"+49 30 1234567"}}`, "/phones/primary", "contact.phone", "name"},
		{"the page an event came from", `{"country":"DE","context":{"page":{"url":"https://app.example.com/signup"}}}`, "/context/page/url", "meta.referrer", "name"},
		{"page_url", `{"country":"DE","page_url":"https://www.acme.example/register"}`, "/page_url", "meta.referrer", "name"},
		// A document's expiry dates its holder's document: personal, but
		// neither a timestamp nor a birth date (wave 13: Amadeus).
		{"a document's expiry is its holder's document's", `{"country":"DE","documents":[{"type":"passport","expiry_date":"2032-01-01"}]}`, "/documents/0/expiry_date", "identity.document_validity", "name"},
		{"a card's expiry stays a card's", `{"country":"DE","card":{"expiry_date":"12/29"}}`, "/card/expiry_date", "financial.payment_card", "name"},
		{"a passport's issuing country is a nationality", `{"country":"DE","documents":[{"type":"passport","issuing_country":"FR"}]}`, "/documents/0/issuing_country", "identity.citizenship", "name"},
		{"an event object's id", `{"country":"DE","object":"event","id":"evt_8Hk2Jd9sLq"}`, "/id", "event.id", "name"},
		{"a session one person goes through is theirs", `{"country":"DE","object":"onboarding_session","id":"onb_8Hk2Jd9sLq"}`, "/id", "unknown", "default"},
		{"a checkout session's id is the buyer's", `{"country":"DE","data":{"object":{"object":"checkout.session","id":"cs_live_a1Hk2Jd9sLq"}}}`, "/data/object/id", "unknown", "default"},
		{"a payment's amount is what the payer paid", `{"country":"DE","purchase_units":[{"amount":{"currency_code":"EUR","value":"100.00"}}]}`, "/purchase_units/0/amount/value", "unknown", "default"},
		{"an amount inside a person's salary is income", `{"country":"DE","salary":{"amount":5000,"currency":"EUR"}}`, "/salary/amount", "financial.income", "name"},
		{"an amount named for a loan is the person's finances", `{"country":"DE","loanAmount":20000}`, "/loanAmount", "financial.income", "name"},
		{"a total of an income is income", `{"country":"DE","income":{"total":52000}}`, "/income/total", "financial.income", "name"},
		{"a card number under a price's name is a card", `{"country":"DE","price":"4111111111111111"}`, "/price", "financial.payment_card", "value"},
		{"a line's quantity", `{"country":"DE","order":{"items":[{"sku":"KM-1","qty":2,"price":99.5}]}}`, "/order/items/0/qty", "meta.amount", "name"},
		{"a line's amount", `{"country":"RU","Receipt":{"Items":[{"Name":"Чайник","Price":150000,"Quantity":1,"Amount":150000}]}}`, "/Receipt/Items/0/Amount", "meta.amount", "name"},
		{"a patient's record URL names the patient", `{"country":"US","request":{"url":"https://api.platform.athenahealth.com/v1/195993/patients/191929"}}`, "/request/url", "identity.user_id", "value"},
		{"a request URL a backend logs is the API's", `{"country":"DE","request":{"method":"POST","url":"https://api-pay.line.me/v3/payments/request"}}`, "/request/url", "meta.referrer", "name"},
		{"an e-mail in a request URL is found by value", `{"country":"DE","request":{"url":"https://api.example.com/v1/lookup?email=ivan.petrov@mail.ru"}}`, "/request/url", "contact.email", "text"},
		{"a resource is not a source: its id is the record's", `{"country":"DE","resource_type":"checkout-order","resource":{"id":"5O190127TN364715T"}}`, "/resource/id", "unknown", "default"},
		{"a short word before a suffix still names it", `{"country":"DE","ad_source":"footer"}`, "/ad_source", "event.type", "name"},
		{"a sigil before a suffix still names it", `{"country":"DE","$set":{"$timezone":"Europe/Berlin"}}`, "/$set/$timezone", "device.timezone", "name"},
		{"an envelope's id", `{"country":"DE","meta":{"id":"8a1c7e"}}`, "/meta/id", "event.id", "name"},
		{"a row's id in a list under meta is the row's", `{"country":"DE","meta_data":[{"id":4711,"key":"billing_birth_date","value":"2001-02-03"}]}`, "/meta_data/0/id", "unknown", "default"},
		{"a record's time by its name's last word", `{"country":"DE","last_active_at":1780542003123}`, "/last_active_at", "event.timestamp", "name"},
		{"a change time in nanoseconds", `{"country":"DE","payload":{"ts_ns":1780542003123456789}}`, "/payload/ts_ns", "event.timestamp", "name"},
		{"an ISO time under date_created_gmt", `{"country":"DE","date_created_gmt":"2026-06-01T10:11:12"}`, "/date_created_gmt", "event.timestamp", "name"},
		{"a date without a time is no record time", `{"country":"DE","valid_until_at":"2014-06-01"}`, "/valid_until_at", "identity.dob", "value"},
		{"a person's word keeps a time personal", `{"country":"DE","child_born_at":"2016-06-01T10:11:12Z"}`, "/child_born_at", "unknown", "default"},
		{"a label's name holding one record's address is the record's", `{"country":"DE","event":"https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2"}`, "/event", "unknown", "default"},
		{"a schema URL under a label's name is a label", `{"country":"DE","@type":"https://schema.org/Person"}`, "/@type", "event.type", "name"},
		{"a checkout is the buyer's", `{"country":"DE","checkout_id":123456789}`, "/checkout_id", "unknown", "default"},
		{"an order's price is what the buyer paid", `{"country":"DE","current_total_price":"12.00"}`, "/current_total_price", "unknown", "default"},
		{"a form submission's id is the respondent's", `{"country":"DE","submissionID":"58123456789ab"}`, "/submissionID", "unknown", "default"},
		{"a limit under an account's balances is the person's money", `{"country":"US","accounts":[{"balances":{"current":110,"limit":5000}}]}`, "/accounts/0/balances/limit", "financial.income", "name"},
		{"a customer object's id stays personal", `{"country":"DE","object":"customer","id":"cus_8Hk2Jd9sLq"}`, "/id", "unknown", "default"},
		{"a CRM lifecycle stage is not an age", `{"country":"DE","lifecyclestage":"subscriber"}`, "/lifecyclestage", "event.type", "name"},
		{"a time zone offset is not a position", `{"country":"DE","location":{"gmtoff":0}}`, "/location/gmtoff", "device.timezone", "name"},
		{"a password change time is not a secret", `{"country":"DE","passwordChanged":"2026-03-02T10:11:12.000Z"}`, "/passwordChanged", "event.timestamp", "name"},
		{"an account role", `{"country":"DE","role":"end-user"}`, "/role", "event.type", "name"},
		{"a name under role is still a name", `{"country":"DE","role":"Ivan Petrov"}`, "/role", "identity.name", "value"},
		{"a counter", `{"country":"DE","tags_count":0}`, "/tags_count", "meta.count", "name"},
		{"a permission flag", `{"country":"DE","restricted_agent":true}`, "/restricted_agent", "meta.flag", "name"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(c.event), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			f := field(d, c.path)
			if f == nil {
				t.Fatalf("no field %s", c.path)
			}
			if f.Category != c.cat || f.DetectedBy != c.by {
				t.Errorf("%s: got %s by %s, want %s by %s", c.path, f.Category, f.DetectedBy, c.cat, c.by)
			}
		})
	}
}
