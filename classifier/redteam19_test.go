package classifier_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team, round 19: today's rules, attacked by variants.
func TestRedTeam19Fields(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev, path, cat string
		personal            bool
	}{
		// F6: a count's name holding people.
		{"staff listed under employees", `{"country":"DE","email":"a@b.example","employees":[{"id":"E-88231","name":"Schmidt"}]}`, "/employees/0/id", "unknown", true},
		{"a company's size under employees", `{"country":"DE","email":"a@b.example","company":{"name":"Acme","employees":250}}`, "/company/employees", "company.name", false},
		// F7: a logged request URL is the API's only when it is an endpoint with nothing in it.
		{"a search for a person", `{"country":"DE","email":"a@b.example","request":{"url":"https://api.example.com/search?q=Ivan+Petrov"}}`, "/request/url", "unknown", true},
		{"a customer's id in the path", `{"country":"DE","email":"a@b.example","request":{"url":"https://api.stripe.com/v1/customers/cus_NffrFeUfNV2Hib"}}`, "/request/url", "identity.user_id", true},
		{"a birth date in the path", `{"country":"DE","email":"a@b.example","request":{"url":"https://api.example.com/dob/1990-05-06"}}`, "/request/url", "unknown", true},
		{"an endpoint", `{"country":"DE","email":"a@b.example","request":{"url":"https://api-pay.line.me/v3/payments/request"}}`, "/request/url", "meta.referrer", false},
		// F8: a person's money in lines.
		{"a payroll's lines", `{"country":"DE","email":"a@b.example","payroll":{"line_items":[{"amount":4200}]}}`, "/payroll/line_items/0/amount", "unknown", true},
		{"a line typed a salary", `{"country":"DE","email":"a@b.example","items":[{"amount":5000,"type":"salary"}]}`, "/items/0/amount", "unknown", true},
		{"a beneficiary's lines", `{"country":"DE","email":"a@b.example","beneficiaries":[{"name":"Olga","items":[{"amount":25000}]}]}`, "/beneficiaries/0/items/0/amount", "unknown", true},
		{"an order's lines stay the goods'", `{"country":"DE","email":"a@b.example","order":{"items":[{"sku":"A-1","amount":20}]}}`, "/order/items/0/amount", "meta.amount", false},
		// F9: what a person paid in all.
		{"an order's total", `{"country":"DE","email":"a@b.example","order":{"total":1234.56}}`, "/order/total", "unknown", true},
		{"a list's total stays a count", `{"country":"DE","email":"a@b.example","results":{"total":50}}`, "/results/total", "meta.count", false},
		// F10: a two-word title, a meeting's subject.
		{"a booking's two-word title", `{"country":"DE","email":"a@b.example","booking":{"title":"Methadone pickup"}}`, "/booking/title", "sensitive.health", true},
		{"a meeting's subject", `{"country":"DE","email":"a@b.example","meeting":{"subject":"Methadone pickup"}}`, "/meeting/subject", "sensitive.health", true},
		// F3: security answers in other languages.
		{"a German security answer", `{"country":"DE","email":"a@b.example","geheimantwort":"Rex"}`, "/geheimantwort", "credentials.secret", true},
		{"a Spanish security question's answer", `{"country":"DE","email":"a@b.example","pregunta_seguridad":{"respuesta":"Rex"}}`, "/pregunta_seguridad/respuesta", "credentials.secret", true},
		{"a card's PIN block", `{"country":"DE","email":"a@b.example","card":{"pin_block":"0412AC89ABCDEF67"}}`, "/card/pin_block", "credentials.secret", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			f := field(d, tc.path)
			if f == nil || f.Category != tc.cat || f.Personal != tc.personal {
				t.Fatalf("%s: got %+v, want %s personal=%v", tc.path, f, tc.cat, tc.personal)
			}
		})
	}
}

func TestRedTeam19Jurisdictions(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		ev   string
		want []string
	}{
		// F1: a relative's yes/no is theirs.
		{`{"country":"DE","email":"a@b.example","citizenship":"DE","family":{"father":{"ru_citizen":"yes"}}}`, []string{"DE"}},
		{`{"country":"DE","email":"a@b.example","spouse":{"citizenship_flags":{"uz":"yes"}}}`, []string{"DE"}},
		{`{"country":"DE","email":"a@b.example","beneficiaries":[{"name":"Olga","ru_citizenship":"Y"}]}`, []string{"DE"}},
		{`{"country":"DE","email":"a@b.example","beneficiaries":[{"name":"Olga","citizenship":"RU"}]}`, []string{"DE"}},
		// F2: the subject's own, as people write it.
		{`{"country":"FR","email":"a@b.example","гражданин_россии":"да"}`, []string{"FR", "RU"}},
		{`{"country":"FR","email":"a@b.example","is_ru_citizen":1}`, []string{"FR", "RU"}},
		{`{"country":"FR","email":"a@b.example","гражданство_рф":"есть"}`, []string{"FR", "RU"}},
		{`{"country":"FR","email":"a@b.example","vn_citizen":"có"}`, []string{"FR", "VN"}},
		{`{"country":"FR","email":"a@b.example","id_document":{"type":"passport","issuer":"RU"}}`, []string{"FR", "RU"}},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if got := countriesOf(d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: reason %q jurisdictions %v, want %v", tc.ev, d.Reason, got, tc.want)
		}
	}
}

// F5: a condition named as the key of a map of them leaves no audit path
// in clear. F13: birth schemes behind an eID's prefix set minor.
func TestRedTeam19KeysAndMinors(t *testing.T) {
	rs := benchRuleset(t)
	for _, ev := range []string{
		`{"country":"DE","email":"a@b.example","diagnoses":{"HIV":{"since":2019}}}`,
		`{"country":"DE","email":"a@b.example","conditions":{"AIDS":{"stage":3}}}`,
	} {
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		for _, f := range d.Fields {
			if bytes.Contains([]byte(f.Path), []byte("HIV")) || bytes.Contains([]byte(f.Path), []byte("AIDS")) {
				t.Errorf("%s: path %q", ev, f.Path)
			}
		}
		for _, r := range recs {
			if r.Projection == "full" {
				continue
			}
			if bytes.Contains(r.Value, []byte("HIV")) || bytes.Contains(r.Value, []byte("AIDS")) {
				t.Errorf("%s: %s record carries the condition: %s", ev, r.Projection, r.Value)
			}
		}
	}
	for _, ev := range []string{
		`{"country":"EE","email":"a@b.example","sub":"PNOEE-61607154569"}`,
		`{"country":"EE","email":"a@b.example","isikukood":"EE61607154569"}`,
		`{"country":"RO","email":"a@b.example","personal_id":"6150715400191"}`,
		`{"country":"US","email":"a@b.example","dob":"2016 (approx)"}`,
	} {
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); d.Failed() || !d.Minor {
			t.Errorf("%s: reason %q minor %v, want a minor", ev, d.Reason, d.Minor)
		}
	}
}

// F14: airline notations of a child; F16: more kinds of weak evidence for
// one country make it the subject's, no tie.
func TestRedTeam19AirlinesAndWeakTies(t *testing.T) {
	rs := benchRuleset(t)
	for ev, want := range map[string]bool{
		`{"country":"DE","email":"a@b.example","ptc":"C07"}`:                                      true,
		`{"country":"DE","email":"a@b.example","traveler":{"travelerType":"CHILD"}}`:              true,
		`{"country":"DE","email":"a@b.example","passengerTypeCode":"UMNR"}`:                       true,
		`{"country":"DE","email":"a@b.example","passengers":[{"type":"child"},{"type":"adult"}]}`: false,
	} {
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); d.Failed() || d.Minor != want {
			t.Errorf("%s: reason %q minor %v, want %v", ev, d.Reason, d.Minor, want)
		}
	}
	d, _ := process(rs, classifier.Input{Value: []byte(`{"phone":"+86 138 0013 8000","device":{"locale":"zh-CN","tz":"Asia/Shanghai"},"phone2":"+1 415 555 0132"}`), Source: "t/0/1"})
	for _, r := range d.Routes {
		if r.Region == "us" && r.Projection == "full" {
			t.Errorf("three kinds of evidence of China against a US phone: us gets the full record (%+v)", d.Routes)
		}
	}
}

// Wave 26 (first seen in fa666ae): the NHS number is evidence of the UK
// under its own name or a FHIR identifier's system, never by ten digits
// alone (one in eleven pass its check).
func TestNHSNumberEvidence(t *testing.T) {
	rs := benchRuleset(t)
	for ev, want := range map[string]string{
		`{"identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"4119885054"}],"name":[{"given":["Ioana"],"family":"Popescu"}]}`: "GB",
		`{"email":"a@b.example","local_record":{"nhs_number":"411 988 5054"}}`:                                                                 "GB",
		`{"email":"a@b.example","ref":"4119885054"}`:                                                                                           "",
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		got := ""
		if len(d.Jurisdictions) > 0 {
			got = d.Jurisdictions[0].Country
		}
		if got != want {
			t.Errorf("%s: reason %q jurisdiction %q, want %q", ev, d.Reason, got, want)
		}
	}
}

// The review of the day's change: each case failed open or wrongly
// before its fix.
func TestReview16(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev, path, cat string
		personal            bool
	}{
		{"learning difficulties are no earnings", `{"country":"DE","email":"a@b.example","learningDifficulties":"autism"}`, "/learningDifficulties", "sensitive.disability", true},
		{"a name of three capitalized words is a name", `{"country":"DE","email":"a@b.example","full_name":"John Baptist Moreno"}`, "/full_name", "identity.name", true},
		{"a commission's lines are a person's money", `{"country":"DE","email":"a@b.example","commissions":{"items":[{"amount":900}]}}`, "/commissions/items/0/amount", "unknown", true},
		{"a price nothing says is of goods", `{"country":"DE","email":"a@b.example","price":49.99}`, "/price", "unknown", true},
		{"a product's price", `{"country":"DE","email":"a@b.example","product":{"price":9.5}}`, "/product/price", "meta.amount", false},
		{"a login after a collection of people", `{"country":"DE","email":"a@b.example","request":{"url":"https://api.example.com/v1/customers/ivanpetrov"}}`, "/request/url", "identity.user_id", true},
		{"ten digits under a time's name are a time", `{"country":"GB","email":"a@b.example","ts":"1717171702"}`, "/ts", "event.timestamp", false},
		{"a model's code is no masked card", `{"country":"DE","email":"a@b.example","model":"6011xxxx2024"}`, "/model", "unknown", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			if f := field(d, tc.path); f == nil || f.Category != tc.cat || f.Personal != tc.personal {
				t.Fatalf("%s: got %+v, want %s personal=%v", tc.path, f, tc.cat, tc.personal)
			}
		})
	}
	for _, tc := range []struct {
		ev   string
		want []string
	}{
		{`{"email":"a@b.example","phone":"+4915112345678","page":{"query":"category=shoes&ship_to=us&country=cn"}}`, []string{"DE"}},
		{`{"email":"a@b.example","country":"DE","no_citizenship":true}`, []string{"DE"}},
		{`{"email":"a@b.example","country":"DE","nationality_counts":{"ru":1,"de":3}}`, []string{"DE"}},
		{`{"email":"a@b.example","country":"DE","гражданин_рф":"Да"}`, []string{"DE", "RU"}},
		{`{"email":"a@b.example","country":"DE","ru_citizenship":"ДА"}`, []string{"DE", "RU"}},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if got := countriesOf(d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: reason %q jurisdictions %v, want %v", tc.ev, d.Reason, got, tc.want)
		}
	}
	for ev, want := range map[string]bool{
		`{"country":"US","email":"a@b.example","agemonths":140}`:   true,
		`{"country":"US","email":"a@b.example","ageinmonths":140}`: true,
		`{"country":"US","email":"a@b.example","currentAge":59}`:   false,
	} {
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); d.Failed() || d.Minor != want {
			t.Errorf("%s: reason %q minor %v, want %v", ev, d.Reason, d.Minor, want)
		}
	}
}

// Wave 26: a patient's date of death is about the patient; a user named
// by a tagged id is that user.
func TestWave26Fields(t *testing.T) {
	rs := benchRuleset(t)
	d, _ := process(rs, classifier.Input{Value: []byte(`{"email":"a@b.example","country":"GB","deceasedDateTime":"2024-01-02T10:00:00Z","sourceId":"userId:41229814","source":"CRM_UI"}`), Source: "t/0/1"})
	for path, want := range map[string]string{"/deceasedDateTime": "identity.status", "/sourceId": "identity.user_id", "/source": "event.type"} {
		if f := field(d, path); f == nil || f.Category != want {
			t.Errorf("%s: got %+v, want %s", path, f, want)
		}
	}
}
