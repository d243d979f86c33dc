package classifier_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team, round 20: variants of the day's fixes.
func TestRedTeam20(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		ev   string
		want []string
	}{
		// F1: a search's filters in a logged form body say nothing of the subject.
		{`{"user":{"name":"Anna Schmidt","email":"a@example.com","country":"DE"},"request":{"method":"POST","path":"/search","body":"category=shoes&country=cn&sort=price"}}`, []string{"DE"}},
		{`{"user":{"name":"Anna Schmidt","email":"a@example.com","phone":"+49 170 1234567"},"payload":"filter_nationality=RU&page=1&per_page=50"}`, []string{"DE"}},
		// A webhook's body about its subject still counts.
		{`{"body":"idType=PASSPORT&idCountry=PAK&idNumber=GC0393683&idFirstName=FATIMA"}`, []string{"PK"}},
		// F2: a passport's issuer is its holder's nationality.
		{`{"user":{"email":"a@b.example","phone":"+1 415 555 0100","passport":{"number":"751234567","issuer":"RU"}}}`, []string{"RU"}},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if got := countriesOf(d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: reason %q jurisdictions %v, want %v", tc.ev, d.Reason, got, tc.want)
		}
	}
	// F3: a UPI address under a payer's "address" is India's payment
	// data: with an RU citizenship, the laws conflict.
	if d, _ := process(rs, classifier.Input{Value: []byte(`{"user":{"email":"a@b.example","citizenship":"RU","country":"IN"},"upi":{"payer_address":"ivan@okaxis"}}`), Source: "t/0/1"}); d.Reason != classifier.ReasonLocalizationConflict {
		t.Errorf("UPI payer address: reason %q, want localization_conflict", d.Reason)
	}
	// F5: condition codes as a map's keys leave no audit path in clear.
	ev := `{"email":"a@b.example","country":"DE","diagnoses":{"ICD B20":{"since":"2019"},"ICD-10 F20.0":{"since":"2021"}}}`
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	for _, f := range d.Fields {
		if bytes.Contains([]byte(f.Path), []byte("B20")) || bytes.Contains([]byte(f.Path), []byte("F20")) {
			t.Errorf("path %q carries the condition", f.Path)
		}
	}
	for _, r := range recs {
		if r.Projection != "full" && (bytes.Contains(r.Value, []byte("B20")) || bytes.Contains(r.Value, []byte("F20"))) {
			t.Errorf("%s record carries the condition", r.Projection)
		}
	}
	for _, tc := range []struct{ name, ev, path, cat string }{
		// F13: a person's debt, fine or settlement as a line.
		{"a collection's line", `{"email":"a@b.example","country":"DE","line_items":[{"description":"Collection: overdue loan","amount":12000}]}`, "/line_items/0/amount", "unknown"},
		{"a court fine on an invoice", `{"email":"a@b.example","country":"DE","invoice":{"line_items":[{"title":"Court fine","amount":800}]}}`, "/invoice/line_items/0/amount", "unknown"},
		{"a shop's line stays the goods'", `{"email":"a@b.example","country":"DE","invoice":{"line_items":[{"title":"Kaffeemaschine","amount":99}]}}`, "/invoice/line_items/0/amount", "meta.amount"},
		// F15: a Turkish code, a Twilio key.
		{"a Turkish one-time code", `{"email":"a@b.example","country":"TR","sms":"Doğrulama kodunuz: 482913"}`, "/sms", "credentials.secret"},
		{"a Twilio API key", `{"email":"a@b.example","country":"DE","key_sid":"SK0123456789abcdef0123456789abcdef"}`, "/key_sid", "credentials.secret"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if f := field(d, tc.path); f == nil || f.Category != tc.cat {
				t.Fatalf("%s: got %+v, want %s", tc.path, f, tc.cat)
			}
		})
	}
}

// Wave 27 (first seen in 80cfd57): a specialty's or a clinic's name under
// "name", and a merchant category code, say what care a person sought.
func TestWave27Fields(t *testing.T) {
	rs := benchRuleset(t)
	d, _ := process(rs, classifier.Input{Value: []byte(`{"email":"a@b.example","country":"PL","specializations":[{"name":"Kardiolog"}],"facility":{"name":"Gabinet Ginekologiczny Femina"},"contact":{"name":"Moses Baptist"},"merchant":{"category_code":"8011"},"card":{"mcc":"5411"},"mcc":8661}`), Source: "t/0/1"})
	for path, want := range map[string]string{
		"/specializations/0/name": "sensitive.health",
		"/facility/name":          "sensitive.health",
		"/contact/name":           "identity.name",
		"/merchant/category_code": "sensitive.health",
		"/mcc":                    "sensitive.religion",
	} {
		if f := field(d, path); f == nil || f.Category != want {
			t.Errorf("%s: got %+v, want %s", path, f, want)
		}
	}
	if f := field(d, "/card/mcc"); f == nil || f.Sensitive && f.Category != "financial.payment_card" {
		t.Errorf("/card/mcc: a grocer's code is no special category: %+v", f)
	}
}

// F7: a self-stated age in eleven more of the covered languages, and in
// text written without spaces.
func TestRedTeam20SelfStatedAges(t *testing.T) {
	rs := benchRuleset(t)
	for bio, want := range map[string]bool{
		"我今年12岁": true, "私は12歳です": true, "12 yaşındayım": true, "Saya berumur 12 tahun": true,
		"Tôi 12 tuổi": true, "عمري 12 سنة": true, "Mam 12 lat": true, "Ik ben 12 jaar": true,
		"मैं 12 साल का हूँ": true, "Мені 12 років": true, "Jag är 12 år": true,
		"Mam 2 koty": false, "I have 12 years of experience": false,
	} {
		ev := `{"email":"a@b.example","country":"US","bio":"` + bio + `"}`
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); d.Failed() || d.Minor != want {
			t.Errorf("%q: reason %q minor %v, want %v", bio, d.Reason, d.Minor, want)
		}
	}
}
