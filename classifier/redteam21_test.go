package classifier_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team, round 21 (the findings fixed on main; F2, F3, F7–F9 and
// F11–F14 have their own tables).
func TestRedTeam21Fields(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, path, cat string }{
		// F1: a slug after a collection of people in a page URL.
		{"a patient's slug in Segment's page URL",
			`{"user":{"email":"anna@example.de","country":"DE"},"context":{"page":{"url":"https://clinic.example.com/patients/anna-schmidt/appointments"}}}`,
			"/context/page/url", "identity.user_id"},
		{"an encoded name after /customers/",
			`{"user":{"email":"anna@example.de","country":"DE"},"page":{"url":"https://clinic.example.com/customers/Anna%20Schmidt/appointments"}}`,
			"/page/url", "identity.user_id"},
		{"a collection's own page names no one",
			`{"user":{"email":"anna@example.de","country":"DE"},"page":{"url":"https://shop.example.com/customers/login"}}`,
			"/page/url", "meta.referrer"},
		// F5: signature headers in a list of name/value pairs.
		{"Stripe's signature in a header list",
			`{"request":{"headers":[{"name":"Stripe-Signature","value":"t=1717200000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"}]},"payload":{"email":"a@example.de","country":"DE"}}`,
			"/request/headers/0/value", "credentials.secret"},
		{"Square's HMAC in a header list",
			`{"request":{"headers":[{"name":"X-Square-Hmacsha256-Signature","value":"2kRE5qRU2tR+tBGlDwMEw2avJ7QM4ikPYD/PJ3bd9Og="}]},"payload":{"email":"a@example.de","country":"DE"}}`,
			"/request/headers/0/value", "credentials.secret"},
		{"a header's name is no person's",
			`{"request":{"headers":[{"name":"Stripe-Signature","value":"t=1717200000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"}]},"payload":{"email":"a@example.de","country":"DE"}}`,
			"/request/headers/0/name", "event.type"},
		{"Paddle's signature",
			`{"headers":{"Paddle-Signature":"ts=1671552777;h1=eb4d0dc8853be92b7f063b9f3ba5233eb920a09459b6e6b2c26705b4364db151"},"payload":{"email":"a@example.de","country":"DE"}}`,
			"/headers/Paddle-Signature", "credentials.secret"},
		{"Flutterwave's verif-hash is the secret itself",
			`{"headers":{"Verif-Hash":"mysecrethash123"},"payload":{"email":"a@example.de","country":"DE"}}`,
			"/headers/Verif-Hash", "credentials.secret"},
		// F15: payment providers' access tokens by value.
		{"a Square token in an error",
			`{"user":{"email":"a@example.com","country":"US"},"error":{"message":"Square API 401 UNAUTHORIZED using EAAAEOuLQObrVwJvCvoio9c1DYsSoGq0j8DXZRNnjxlbBVRX8X4ej3I2gxIs8Ji"}}`,
			"/error/message", "credentials.secret"},
		{"a Mercado Pago token",
			`{"user":{"email":"a@example.com","country":"US"},"error":{"message":"MercadoPago rejected APP_USR-1234567890123456-061512-abcdef1234567890abcdef1234567890-123456789"}}`,
			"/error/message", "credentials.secret"},
		{"a PayPal SDK token",
			`{"user":{"email":"a@example.com","country":"US"},"integration":{"settings":{"paypal":"access_token$production$abcdefgh12345678$0123456789abcdef0123456789abcdef"}}}`,
			"/integration/settings/paypal", "credentials.secret"},
		// F10: a status naming its signer.
		{"a courier's status names the signer",
			`{"customer":{"email":"w@example.cn","address":{"country":"CN"}},"delivery":{"status":"Delivered - signed by W. ZHANG"}}`,
			"/delivery/status", "identity.name"},
		{"in Chinese",
			`{"customer":{"email":"w@example.cn","address":{"country":"CN"}},"delivery":{"status":"已签收，签收人：王伟"}}`,
			"/delivery/status", "identity.name"},
		{"a status naming a place stays a status",
			`{"customer":{"email":"w@example.cn","address":{"country":"CN"}},"delivery":{"status":"Delivered to Front Door"}}`,
			"/delivery/status", "event.type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if f := field(d, tc.path); f == nil || f.Category != tc.cat {
				t.Fatalf("%s: got %+v, want %s", tc.path, f, tc.cat)
			}
		})
	}
}

// F6: a map's key joining a name with a birth date or a year, or a file
// named after its person, leaves no record but full and no audit path in
// clear.
func TestRedTeam21Keys(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ ev, key string }{
		{`{"user":{"email":"t@example.de","country":"DE"},"results":{"Schmidt_Anna_1990-04-01":"passed"}}`, "Schmidt_Anna_1990-04-01"},
		{`{"user":{"email":"t@example.de","country":"DE"},"results":{"schmidt.anna.2013":"passed"}}`, "schmidt.anna.2013"},
		{`{"user":{"email":"t@example.de","country":"DE"},"files":{"anna_schmidt_passport.pdf":{"size":12345}}}`, "anna_schmidt"},
	} {
		d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		for _, f := range d.Fields {
			if strings.Contains(f.Path, tc.key) {
				t.Errorf("%s: path %q in clear", tc.key, f.Path)
			}
		}
		for _, r := range recs {
			if r.Projection != "full" && bytes.Contains(r.Value, []byte(tc.key)) {
				t.Errorf("%s: in the %s record", tc.key, r.Projection)
			}
		}
	}
	// A field's name with a year in it is still a field's name.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"user":{"email":"t@example.de","country":"DE"},"stats":{"max_2019":3,"report_2020.pdf":{"size":1}}}`), Source: "t/0/1"})
	if field(d, "/stats/max_2019") == nil || field(d, "/stats/report_2020.pdf/size") == nil {
		t.Errorf("schema keys taken for data: %+v", d.Fields)
	}
}

// F4: a yes to a question naming a country's citizenship is that
// citizenship.
func TestRedTeam21CitizenshipQuestions(t *testing.T) {
	rs := benchRuleset(t)
	const who = `"customer":{"name":"Ivan Petrov","email":"i@example.com","address":{"country":"DE","city":"Berlin","postal_code":"10115","line1":"Hauptstr 5"}}`
	for _, tc := range []struct {
		ev   string
		want []string
	}{
		{`{` + who + `,"questions":[{"id":"q_citizen_ru","text":"Вы гражданин РФ?","answer":"Да"}]}`, []string{"DE", "RU"}},
		{`{` + who + `,"questionnaire":[{"question":"Are you a citizen of the Russian Federation?","answer":"Yes"}]}`, []string{"DE", "RU"}},
		{`{` + who + `,"custom_fields":[{"name":"Гражданство РФ","value":"Да"}]}`, []string{"DE", "RU"}},
		{`{` + who + `,"kyc":{"citizenship_ru":"true"}}`, []string{"DE", "RU"}},
		{`{` + who + `,"fuqaroligi":"UZ"}`, []string{"DE", "UZ"}},
		// A no is no citizenship, and a question naming two countries
		// says not which.
		{`{` + who + `,"questions":[{"text":"Вы гражданин РФ?","answer":"Нет"}]}`, []string{"DE"}},
		{`{` + who + `,"questions":[{"text":"Are you a citizen of Russia or Belarus?","answer":"Yes"}]}`, []string{"DE"}},
		// Red team 23 (F8): negated, past or someone else's citizenship.
		{`{` + who + `,"questions":[{"text":"Do you hold citizenship of a country other than Russia?","answer":"Yes"}]}`, []string{"DE"}},
		{`{` + who + `,"questions":[{"text":"Are you NOT a citizen of Russia?","answer":"Yes"}]}`, []string{"DE"}},
		{`{` + who + `,"questions":[{"text":"Is your spouse a Russian citizen?","answer":"Yes"}]}`, []string{"DE"}},
		{`{` + who + `,"questions":[{"text":"Have you ever held Russian citizenship?","answer":"Yes"}]}`, []string{"DE"}},
		{`{` + who + `,"questions":[{"text":"Is the account holder's mother a citizen of the Russian Federation?","answer":"Yes"}]}`, []string{"DE"}},
		{`{` + who + `,"questions":[{"text":"Вы иностранный гражданин (не гражданин РФ)?","answer":"Да"}]}`, []string{"DE"}},
		{`{` + who + `,"custom_fields":[{"name":"Гражданство РФ (прежнее)","value":"Да"}]}`, []string{"DE"}},
		{`{` + who + `,"questions":[{"text":"Apakah Anda WNI?","answer":"Ya"}]}`, []string{"DE", "ID"}},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if got := countriesOf(d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: reason %q jurisdictions %v, want %v", tc.ev, d.Reason, got, tc.want)
		}
	}
}

// Red team 22 (F5): an address book keyed by surname and given name keeps
// neither in clear outside full records and audit paths.
func TestRedTeam22NameKeyedMaps(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ ev, key string }{
		{`{"user":{"email":"a@example.de","country":"DE"},"address_book":{"Schmidt":{"Anna":{"email":"anna.schmidt@example.de","phone":"+4915112345678"}}}}`, "Schmidt"},
		{`{"user":{"email":"a@example.de","country":"DE"},"x":{"ivan":{"petrov":{"email":"i@example.ru"}}}}`, "petrov"},
		{`{"user":{"email":"a@example.de","country":"DE"},"x":{"ivan":{"petrov":{"email":"i@example.ru"}}}}`, "ivan"},
	} {
		d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		for _, f := range d.Fields {
			if strings.Contains(f.Path, tc.key) {
				t.Errorf("%s: path %q in clear", tc.key, f.Path)
			}
		}
		for _, r := range recs {
			if r.Projection != "full" && bytes.Contains(r.Value, []byte(`"`+tc.key+`"`)) {
				t.Errorf("%s: in the %s record", tc.key, r.Projection)
			}
		}
	}
	// A settings map keyed by plain words stays schema.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"user":{"email":"a@example.de","country":"DE"},"settings":{"notifications":{"email":{"enabled":true}}}}`), Source: "t/0/1"})
	if field(d, "/settings/notifications/email/enabled") == nil {
		t.Errorf("schema keys taken for names: %+v", d.Fields)
	}
}

// Red team 23 (F6, F13): people's collections in other languages and in
// a single-page app's route; checkbox answers leave the pseudonymized
// record as yes/no words do.
func TestRedTeam23CollectionsAndCheckboxes(t *testing.T) {
	rs := benchRuleset(t)
	for _, url := range []string{
		"https://portal.example.com/patienten/anna-schmidt",
		"https://portal.example.com/pacientes/ana-garcia",
		"https://portal.example.com/#/patients/anna-schmidt",
		"https://portal.example.com/пациенты/anna-schmidt",
		"https://portal.example.com/pupils/anna-schmidt",
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(`{"user":{"email":"a@example.de","country":"DE"},"context":{"page":{"url":"` + url + `"}}}`), Source: "t/0/1"})
		if f := field(d, "/context/page/url"); f == nil || f.Category != "identity.user_id" {
			t.Errorf("%s: %+v", url, f)
		}
	}
	_, recs := process(rs, classifier.Input{Value: []byte(`{"user":{"email":"a@example.de","country":"DE"},"survey":[{"q":"Did you vote in the last election?","a":"✓"},{"q":"Smoker?","a":"No, I'm not"}]}`), Source: "t/0/1"})
	for _, r := range recs {
		if r.Projection == "pseudonymized" && bytes.Contains(r.Value, []byte(`"a":`)) {
			t.Errorf("a checkbox answer kept: %s", r.Value)
		}
	}
}
