package classifier_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 27 (F1): a password in an XML document whose element carries
// attributes or a namespace prefix (WS-Security's UsernameToken:
// <wsse:Password Type="…#PasswordText">) leaves in no record, full and
// quarantine included; nor in the quarantine record of an event the
// parser refused.
func TestRedTeam27XMLCredentials(t *testing.T) {
	rs := benchRuleset(t)
	wsse := `<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>ivan</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">Qz8kLm2pWx</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header></soapenv:Envelope>`
	for _, tc := range []struct{ name, ev, secret string }{
		{"WS-Security UsernameToken", `{"country":"DE","user":{"email":"a@example.de"},"soap":"` + wsse + `"}`, "Qz8kLm2pWx"},
		{"a prefixed element", `{"country":"DE","user":{"email":"a@example.de"},"request":"<wsse:Security><wsse:Password>Qz8kLm2pWx</wsse:Password></wsse:Security>"}`, "Qz8kLm2pWx"},
		{"an element with an attribute", `{"country":"DE","user":{"email":"a@example.de"},"xml":"<user><email>ivan@x.ru</email><password type=\"plain\">Qz8kLm2pWx</password></user>"}`, "Qz8kLm2pWx"},
		{"unparsable event", `{"country":"DE","country":"DE","soap":"` + wsse + `"}`, "Qz8kLm2pWx"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if where := credentialIn(recs, tc.secret); where != "" {
				t.Errorf("the credential is in the %s record", where)
			}
		})
	}
	// An XML document without a credential stays in the full record; so
	// does a signed SAML assertion: its XML-DSig signature is a seal
	// anyone verifies, no secret.
	for _, keep := range []struct{ ev, text string }{
		{`{"country":"DE","user":{"email":"a@example.de"},"xml":"<order><item sku=\"A-1\">Book</item></order>"}`, "Book"},
		{`{"country":"DE","user":{"email":"a@example.de"},"saml":"<saml:Assertion xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:Signature><ds:SignedInfo><ds:DigestValue>q4Vq0bE3kTzR1sLw8f6m9Yc2nX0aB1cD3eF5gH7iJ9k=</ds:DigestValue></ds:SignedInfo><ds:SignatureValue>Xy7kP2qR9sT4uV6wZ8aB1cD3eF5gH7iJ9kL0mN2oP4QXy7kP2qR9sT4uV6wZ8aB1cD3eF5gH7iJ9kL0mN2oP4Q==</ds:SignatureValue></ds:Signature><saml:Subject><saml:NameID>ivan@example.ru</saml:NameID></saml:Subject></saml:Assertion>"}`, "ivan@example.ru"},
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(keep.ev), Source: "t/0/1"})
		for _, r := range recs {
			if r.Projection == "full" && !bytes.Contains(r.Value, []byte(keep.text)) {
				t.Errorf("the full record lost %q: %s", keep.text, r.Value)
			}
		}
	}
}

// Red team 27 (F2): a one-time code of letters and digits that opens
// with a letter, or has only two digits ("K7Q2ZP"), after a code's name
// or before the words that say what it is, is a credential: it leaves in
// no record, full included. A code's name with words after it, a promo
// code and a product's code stay as they were.
func TestRedTeam27AlphanumericCodes(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, secret string }{
		{"after a colon", `{"country":"DE","user":{"email":"a@example.de"},"msg":"Your verification code: K7Q2ZP"}`, "K7Q2ZP"},
		{"after is", `{"country":"DE","user":{"email":"a@example.de"},"msg":"Your verification code is K7Q2ZP"}`, "K7Q2ZP"},
		{"an SMS's text", `{"country":"DE","user":{"email":"a@example.de"},"sms":{"text":"Your verification code: K7Q2ZP"}}`, "K7Q2ZP"},
		{"the code first", `{"country":"DE","user":{"email":"a@example.de"},"sms":{"text":"K7Q2ZP is your login code"}}`, "K7Q2ZP"},
		{"a one-time password", `{"country":"DE","user":{"email":"a@example.de"},"note":"One-time password: xk9mpQ2z"}`, "xk9mpQ2z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if where := credentialIn(recs, tc.secret); where != "" {
				t.Errorf("the code is in the %s record", where)
			}
		})
	}
	for _, keep := range []struct{ ev, text string }{
		{`{"country":"DE","user":{"email":"a@example.de"},"msg":"Your verification code expires in 10 minutes"}`, "expires in 10"},
		{`{"country":"DE","user":{"email":"a@example.de"},"msg":"Use promo code SUMMER24 at checkout"}`, "SUMMER24"},
		{`{"country":"DE","user":{"email":"a@example.de"},"msg":"Product code AB12CD is back in stock"}`, "AB12CD"},
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(keep.ev), Source: "t/0/1"})
		for _, r := range recs {
			if r.Projection == "full" && !bytes.Contains(r.Value, []byte(keep.text)) {
				t.Errorf("the full record lost %q: %s", keep.text, r.Value)
			}
		}
	}
}

// Red team 27 (F3): an Authorization header written in text (a curl
// command, a raw request in a log) gives away its credentials whatever
// its scheme (Bearer, Basic, Django REST's Token) and however short they
// are: none of them leaves in any record. A card payment's approval
// ("Authorization: APPROVED") and a header's name alone stay.
func TestRedTeam27AuthorizationInText(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, secret string }{
		{"a Token in a curl command", `{"country":"DE","user":{"email":"a@example.de"},"note":"curl -H 'Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b' https://api.example.com/me"}`, "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"},
		{"a short Bearer", `{"country":"DE","user":{"email":"a@example.de"},"cmd":"curl -H \"Authorization: Bearer Qz8kLm2pWx\" https://api.example.com"}`, "Qz8kLm2pWx"},
		{"a raw request", `{"country":"DE","user":{"email":"a@example.de"},"note":"GET /me HTTP/1.1\nHost: x\nAuthorization: Bearer Qz8kLm2pWx\n"}`, "Qz8kLm2pWx"},
		{"no scheme", `{"country":"DE","user":{"email":"a@example.de"},"note":"Authorization: Qz8kLm2pWx"}`, "Qz8kLm2pWx"},
		{"a proxy's Basic", `{"country":"DE","user":{"email":"a@example.de"},"note":"Proxy-Authorization: Basic YTpiMQ=="}`, "YTpiMQ=="},
		{"unparsable event", `{"country":"DE","country":"DE","note":"curl -H 'Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b' https://x"}`, "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if where := credentialIn(recs, tc.secret); where != "" {
				t.Errorf("the credential is in the %s record", where)
			}
		})
	}
	for _, keep := range []struct{ ev, text string }{
		{`{"country":"DE","user":{"email":"a@example.de"},"receipt":"Visa ****1111 Authorization: APPROVED"}`, "APPROVED"},
		{`{"country":"DE","user":{"email":"a@example.de"},"note":"Authorization: pending review"}`, "pending review"},
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(keep.ev), Source: "t/0/1"})
		for _, r := range recs {
			if r.Projection == "full" && !bytes.Contains(r.Value, []byte(keep.text)) {
				t.Errorf("the full record lost %q: %s", keep.text, r.Value)
			}
		}
	}
}

// Red team 27 (F4): a child's age written with its unit glued to it is
// read in years: DICOM's Age String ("045M" is three years and nine
// months, not 45; PatientAge holds one), an ISO 8601 duration ("P11Y",
// "P140M"). DICOM's JSON model names a patient's attributes by tag
// ("00100030": {"vr": "DA", "Value": ["20140601"]}): the birth date and
// the age tags are read as those members would be. An adult's stays an
// adult's.
func TestRedTeam27AgesWithUnits(t *testing.T) {
	rs := benchRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, ev string
		minor    bool
	}{
		{"DICOM months", `{"country":"DE","user":{"email":"a@example.de","PatientAge":"045M"}}`, true},
		{"DICOM years", `{"country":"DE","user":{"email":"a@example.de","PatientAge":"012Y"}}`, true},
		{"ISO 8601 years", `{"country":"DE","user":{"email":"a@example.de","age":"P11Y"}}`, true},
		{"ISO 8601 months", `{"country":"DE","user":{"email":"a@example.de","age":"P140M"}}`, true},
		{"months glued", `{"country":"DE","user":{"email":"a@example.de","age":"140months"}}`, true},
		{"a DICOM birth date tag", `{"country":"DE","user":{"email":"a@example.de"},"study":{"00100010":{"vr":"PN","Value":[{"Alphabetic":"PETROV^IVAN"}]},"00100030":{"vr":"DA","Value":["20140601"]}}}`, true},
		{"a DICOM age tag", `{"country":"DE","user":{"email":"a@example.de"},"study":{"00101010":{"vr":"AS","Value":["012Y"]}}}`, true},
		{"an adult's DICOM age", `{"country":"DE","user":{"email":"a@example.de","PatientAge":"045Y"}}`, false},
		{"an adult's ISO 8601 age", `{"country":"DE","user":{"email":"a@example.de","age":"P34Y"}}`, false},
		{"an adult's DICOM birth date", `{"country":"DE","user":{"email":"a@example.de"},"study":{"00100030":{"vr":"DA","Value":["19800601"]}}}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev), Time: at})
			if d.Failed() {
				t.Fatalf("failed: %s", d.Reason)
			}
			if d.Minor != tc.minor {
				t.Errorf("minor = %v, want %v", d.Minor, tc.minor)
			}
		})
	}
}

// Red team 27 (F5): a form body a webhook keeps as it came, with its
// fields' names in brackets as PHP and Rails forms write them
// (contact[birthdate]=…, percent-encoded or not), or with two fields
// only, says the subject's age as its JSON would.
func TestRedTeam27FormBodies(t *testing.T) {
	rs := benchRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, ev string
		minor    bool
	}{
		{"bracketed names", `{"country":"DE","user":{"email":"a@example.de"},"body":"contact[email]=ivan%40example.ru&contact[birthdate]=2014-06-01&contact[name]=Ivan+Petrov"}`, true},
		{"bracketed names, percent-encoded", `{"country":"DE","user":{"email":"a@example.de"},"body":"contact%5Bemail%5D=ivan%40example.ru&contact%5Bbirthdate%5D=2014-06-01&contact%5Bname%5D=Ivan+Petrov"}`, true},
		{"two fields", `{"country":"DE","user":{"email":"a@example.de"},"body":"email=ivan%40example.ru&birthdate=2014-06-01"}`, true},
		{"an adult's", `{"country":"DE","user":{"email":"a@example.de"},"body":"contact[email]=ivan%40example.ru&contact[birthdate]=1990-01-02"}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev), Time: at})
			if d.Failed() {
				t.Fatalf("failed: %s", d.Reason)
			}
			if d.Minor != tc.minor {
				t.Errorf("minor = %v, want %v", d.Minor, tc.minor)
			}
		})
	}
}

// Red team 27 (F6): a person's name under a name a rule calls
// non-personal (a status, a source, a channel), in scripts and spellings
// the given-name list lacked: Georgian, Greek, Central Asian and
// Caucasian names in Cyrillic (a surname first too), Azerbaijani and
// Uzbek in Latin. None reaches a record but the full one in clear.
func TestRedTeam27NamesUnderLabels(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, leak string }{
		{"Georgian", `{"country":"GE","user":{"email":"a@example.ge"},"status":"ივანე ბერიძე"}`, "ივანე ბერიძე"},
		{"Greek", `{"country":"GR","user":{"email":"a@example.gr"},"source":"Αλέξανδρος Παπαδόπουλος"}`, "Αλέξανδρος Παπαδόπουλος"},
		{"Kazakh, surname first", `{"country":"KZ","user":{"email":"a@example.kz"},"channel":"Алиев Тимур"}`, "Алиев Тимур"},
		{"Uzbek in Cyrillic", `{"country":"UZ","user":{"email":"a@example.uz"},"channel":"Дильноза Каримова"}`, "Дильноза Каримова"},
		{"Kyrgyz", `{"country":"KG","user":{"email":"a@example.kg"},"channel":"Азамат Токтогулов"}`, "Азамат Токтогулов"},
		{"Azerbaijani", `{"country":"AZ","user":{"email":"a@example.az"},"channel":"Elvin Məmmədov"}`, "Elvin Məmmədov"},
		{"Uzbek in Latin", `{"country":"UZ","user":{"email":"a@example.uz"},"channel":"Sardor Tursunov"}`, "Sardor Tursunov"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s", d.Reason)
			}
			if leak, where := leaksOutsideFull(recs, []string{tc.leak}); leak != "" {
				t.Errorf("%q in clear in the %s record", leak, where)
			}
		})
	}
}
