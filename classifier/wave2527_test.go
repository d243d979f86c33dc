package classifier_test

import (
	"slices"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Waves 25 to 27, read after their first figures: payment links and
// signed assertions that sign in or pay, and evidence in lead forms'
// pairs and in one-field form bodies.
func TestWaves25To27Credentials(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, path, cat string }{
		{"a token in a base64 document in a query (ZaloPay's order_url)",
			`{"email":"a@b.example","country":"VN","order_url":"https://gateway.zalopay.vn/openinapp?order=eyJ6cHRyYW5zdG9rZW4iOiJBQ3h5ejEyM2FiY0RFRjQ1NiIsImFwcGlkIjoyNTUzfQ=="}`,
			"/order_url", "credentials.secret"},
		{"a payment page's token by its host (KakaoPay's next_redirect_pc_url)",
			`{"email":"a@b.example","country":"KR","next_redirect_pc_url":"https://online-pay.kakao.com/mockup/v1/2d79a2fa1c93c1ac4dd47b3c60a91aed535e44925d9d5969e1520e951dcf4f24/info"}`,
			"/next_redirect_pc_url", "credentials.secret"},
		{"an app's scheme wrapping the payment page",
			`{"email":"a@b.example","country":"KR","android_app_scheme":"kakaotalk://kakaopay/pg?url=https://online-pay.kakao.com/pay/mockup/2d79a2fa1c93c1ac4dd47b3c60a91aed535e44925d9d5969e1520e951dcf4f24"}`,
			"/android_app_scheme", "credentials.secret"},
		{"an OAuth client's signed assertion in a form body",
			`{"email":"a@b.example","country":"GB","token_request":{"body":"grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=eyJhbGciOiJSUzUxMiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJhYmMiLCJzdWIiOiJhYmMifQ.c2lnbmF0dXJlc2lnbmF0dXJl"}}`,
			"/token_request/body", "credentials.secret"},
		// A shop's own result page is no payment link: its host is no token.
		{"a checkout result page",
			`{"email":"a@b.example","country":"VN","create":{"request":{"body":{"redirectUrl":"https://giaydep247.example.vn/checkout/result"}}}}`,
			"/create/request/body/redirectUrl", "meta.referrer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if f := field(d, tc.path); f == nil || f.Category != tc.cat {
				t.Fatalf("%s: got %+v, want %s", tc.path, f, tc.cat)
			}
		})
	}
}

func TestWaves25To27Evidence(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev string
		want     []string
	}{
		{"a lead form's field_name/field_value pair",
			`{"lead":{"fields":[{"field_name":"name","field_value":"Siti Lestari"},{"field_name":"country","field_value":"Indonesia"}]}}`, []string{"ID"}},
		{"a lead form's city of residence in Arabic",
			`{"lead":{"fields":[{"field_name":"الاسم الكامل","field_value":"عبدالله القحطاني"},{"field_name":"مدينة الإقامة","field_value":"جدة"}]}}`, []string{"SA"}},
		{"a lead form's province in Thai",
			`{"lead":{"fields":[{"field_name":"อีเมล","field_value":"somchai@example.co.th"},{"field_name":"จังหวัดที่อยู่","field_value":"เชียงใหม่"}]}}`, []string{"TH"}},
		{"Google Play's buyer's region (wave 23)",
			`{"user":{"email":"a@b.example"},"purchase":{"kind":"androidpublisher#subscriptionPurchaseV2","regionCode":"AE"}}`, []string{"AE"}},
		{"Mandrill's events in a JSON string",
			`{"params":{"mandrill_events":"[{\"event\":\"send\",\"msg\":{\"email\":\"noa@example.com\",\"metadata\":{\"country\":\"IL\"}}}]"}}`, []string{"IL"}},
		{"Mandrill's events in a form body",
			`{"body":"mandrill_events=%5B%7B%22event%22%3A%22send%22%2C%22msg%22%3A%7B%22email%22%3A%22noa%40example.com%22%2C%22metadata%22%3A%7B%22country%22%3A%22IL%22%7D%7D%7D%5D"}`, []string{"IL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if got := countriesOf(d); !slices.Equal(got, tc.want) {
				t.Fatalf("reason %q jurisdictions %v, want %v", d.Reason, got, tc.want)
			}
		})
	}
	// A list in a string with nobody in it is no record of the subject.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"user":{"email":"a@b.example","country":"DE"},"filters":"[{\"field\":\"country\",\"op\":\"eq\",\"value\":\"CN\"}]"}`), Source: "t/0/1"})
	if got := countriesOf(d); !slices.Equal(got, []string{"DE"}) {
		t.Errorf("a filter list: jurisdictions %v, want [DE]", got)
	}
}

// HubSpot writes a contact's time zone as a property wrapper with the
// slash spelled out: weak evidence all the same.
func TestHubSpotTimeZone(t *testing.T) {
	rs := benchRuleset(t)
	for _, ev := range []string{
		`{"properties":{"email":{"value":"a@b.example"},"hs_timezone":{"value":"america_slash_chicago"}}}`,
		`{"body":[{"objectId":"60251808924","propertyName":"hs_timezone","propertyValue":"america_slash_chicago","email":"a@b.example"}]}`,
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if got := countriesOf(d); !slices.Equal(got, []string{"US"}) {
			t.Errorf("%s: reason %q jurisdictions %v, want [US]", ev, d.Reason, got)
		}
	}
}

// Wave 23, read again: a message tag's secret in a document in a query
// (Paytm's JsonData {"CHECKSUMHASH": …}) and a signature of a public key
// and an HMAC joined by a bar (Braintree's bt_signature) are credentials.
func TestWave23Signatures(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, path string }{
		{"Paytm's JsonData", `{"email":"a@b.example","country":"IN","request":{"url":"https://securegw.paytm.in/order/status?JsonData=%7B%22MID%22%3A%22DEVDAR99994182241694%22%2C%22ORDERID%22%3A%22TEM-523726%22%2C%22CHECKSUMHASH%22%3A%220oDzDV%2Fd%2BR94kThbNGh97g6Ileif15JuUWO3WI%2Bb50uzxuzt4SPwhvH0tlQxR10CmZISOunS4If0m8BDzNwVzJDqO1m%22%7D"}}`, "/request/url"},
		{"Braintree's bt_signature as a member", `{"email":"a@b.example","country":"US","bt_signature":"g6tqeiad0gmt5rt3|aead841e93a21a5487ca430b4e9155e17d25fc64"}`, "/bt_signature"},
		{"Braintree's bt_signature", `{"email":"a@b.example","country":"US","raw_body":"bt_signature=9r16z55053lh0t3p%7C0f9938f5672ee1c093762bd178a8e1f4a4414619&bt_payload=PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4K"}`, "/raw_body"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if f := field(d, tc.path); f == nil || f.Category != "credentials.secret" {
				t.Fatalf("%s: got %+v, want credentials.secret", tc.path, f)
			}
		})
	}
}

// Wave 28 (first seen in 81b3ea6): an order's box number is no Aadhaar
// (twelve digits grouped as UIDAI never prints them), and a region tree's
// parent typed COUNTRY is the country, not a person's parent.
func TestWave28Evidence(t *testing.T) {
	rs := benchRuleset(t)
	ev := `{"order":{"currency":"KZT","delivery":{"region":{"id":163,"name":"Астана","type":"CITY","parent":{"id":159,"name":"Казахстан","type":"COUNTRY"}},"shipments":[{"boxes":[{"id":308285589,"fulfilmentId":"43454648962-1"}]}]},"buyer":{"lastName":"Касымова","firstName":"Динара","type":"PERSON"}}}`
	d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if got := countriesOf(d); !slices.Equal(got, []string{"KZ"}) {
		t.Errorf("reason %q jurisdictions %v, want [KZ]", d.Reason, got)
	}
	if f := field(d, "/order/delivery/shipments/0/boxes/0/fulfilmentId"); f == nil || f.Category == "gov_id.in_aadhaar" {
		t.Errorf("fulfilmentId: %+v", f)
	}
}

// Wave 28: a school record's religion class, colour/race and meal status;
// a marketplace's intimate and devotional goods.
func TestWave28Fields(t *testing.T) {
	rs := benchRuleset(t)
	d, _ := process(rs, classifier.Input{Value: []byte(`{"email":"a@b.example","country":"RU","student":{"cor_raca":"parda","religia":"uczęszcza","lunch_status":"Reduced"},"items":[{"offerName":"Крестик серебряный нательный","price":1},{"offerName":"Презервативы Durex Invisible, 12 шт","price":3}]}`), Source: "t/0/1"})
	for path, want := range map[string]string{
		"/student/cor_raca":     "sensitive.ethnicity",
		"/student/religia":      "sensitive.religion",
		"/student/lunch_status": "financial.income",
		"/items/0/offerName":    "sensitive.religion",
		"/items/1/offerName":    "sensitive.sex_life",
	} {
		if f := field(d, path); f == nil || f.Category != want {
			t.Errorf("%s: got %+v, want %s", path, f, want)
		}
	}
}

// Wave 28: a national-format number with no country, beside a name in a
// script several countries share, names the one of them where the number
// is valid (weak: it forces no localization).
func TestWave28ScriptFamilyPhone(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		ev   string
		want []string
	}{
		{`{"body":{"customerName":"مارينا مصطفى عزيز","customerMobile":"01001232686","customerMail":"marina_aziz80@gmail.com"}}`, []string{"EG"}},
		{`{"body":{"customerName":"Иван Петров","customerMobile":"89161234567"}}`, []string{"RU"}},
		// In Latin script the number is Egypt's, Korea's or nobody's.
		{`{"body":{"customerName":"Nourhan Adel","customerMobile":"01001233738"}}`, nil},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if got := countriesOf(d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: reason %q jurisdictions %v, want %v", tc.ev, d.Reason, got, tc.want)
		}
	}
}

// Wave 29 (first seen after its merge): Booking.com's card fields by
// their cc_ names: the expiry is cardholder data, not an event's time.
func TestWave29CardFields(t *testing.T) {
	rs := benchRuleset(t)
	d, _ := process(rs, classifier.Input{Value: []byte(`{"customer":{"email":"a@b.example","countrycode":"de","cc_number":"************1234","cc_name":"Anna Schmidt","cc_expiration_date":"08/2027"}}`), Source: "t/0/1"})
	for path, want := range map[string]string{
		"/customer/cc_expiration_date": "financial.payment_card",
		"/customer/cc_name":            "identity.name",
	} {
		if f := field(d, path); f == nil || f.Category != want {
			t.Errorf("%s: got %+v, want %s", path, f, want)
		}
	}
}
