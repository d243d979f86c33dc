package classifier_test

import (
	"slices"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team, round 18: whose law applies, and where the full record may
// go. Each case names the jurisdictions the event must find and the
// projection each listed region must get ("" for no record there), or
// the reason it must be quarantined with.
func TestJurisdictionRedTeam18(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev string
		juris    []string
		routes   map[string]string
		reason   classifier.Reason
	}{
		// F2: a citizenship whose law keeps nothing at home does not
		// override another law's transfer or sectoral rule.
		{"an Indian resident's card stays in India beside an Egyptian citizenship",
			`{"email":"a@b.example","country":"IN","citizenship":"EG","card_number":"4111 1111 1111 1111"}`,
			[]string{"EG", "IN"}, map[string]string{"in": "full", "eg": ""}, ""},
		{"a Saudi resident's card does not reach eg in full",
			`{"email":"a@b.example","country":"SA","citizenship":"EG","card_number":"4111 1111 1111 1111"}`,
			[]string{"EG", "SA"}, map[string]string{"sa": "full", "eg": "pseudonymized"}, ""},
		{"a UAE resident's diagnosis does not reach a Filipino citizen's region in full",
			`{"email":"a@b.example","country":"AE","citizenship":"PH","diagnosis":"diabetes"}`,
			[]string{"AE", "PH"}, map[string]string{"ae": "full", "sg": "pseudonymized"}, ""},
		{"an EU resident's record reaches a Filipino citizen's region as the GDPR's exports allow",
			`{"email":"a@b.example","country":"DE","citizenship":"PH"}`,
			[]string{"DE", "PH"}, map[string]string{"eu": "full", "sg": "pseudonymized"}, ""},
		// F1: two equally weak countries: each home keeps the record,
		// not the one whose code sorts first.
		{"two phones of two countries, each home full",
			`{"email":"a@b.example","phone":"+86 138 0013 8000","phone2":"+7 916 123-45-67"}`,
			[]string{"CN", "RU"}, map[string]string{"cn": "full", "ru": "full"}, ""},
		// F3: a flag emoji is its country.
		{"a nationality written as a flag", `{"email":"a@b.example","country":"CN","nationality":"🇷🇺"}`,
			nil, nil, classifier.ReasonLocalizationConflict},
		{"a country written as a flag", `{"email":"a@b.example","phone":"+7 916 123-45-67","country":"🇩🇪"}`,
			[]string{"DE"}, map[string]string{"eu": "full", "ru": ""}, ""},
		{"a yes to a citizenship question in Russian", `{"email":"a@b.example","country":"DE","гражданин_рф":"да"}`,
			[]string{"DE", "RU"}, map[string]string{"ru": "full"}, ""},
		{"a citizenship flag map", `{"email":"a@b.example","country":"DE","citizenship_flags":{"ru":"yes"}}`,
			[]string{"DE", "RU"}, map[string]string{"ru": "full"}, ""},
		{"a yes under a country's citizenship", `{"email":"a@b.example","country":"DE","ru_citizenship":"Y"}`,
			[]string{"DE", "RU"}, map[string]string{"ru": "full"}, ""},
		{"a no under a country's citizenship", `{"email":"a@b.example","country":"DE","ru_citizenship":"N"}`,
			[]string{"DE"}, map[string]string{"ru": ""}, ""},
		// F4: a KYC document's country, typed a passport by a sibling.
		{"a passport's country named for the document", `{"email":"a@b.example","country":"DE","kyc":{"document_type":"passport","document_country":"RU"}}`,
			[]string{"DE", "RU"}, map[string]string{"ru": "full"}, ""},
		{"ICAO's document code P", `{"email":"a@b.example","country":"DE","document":{"type":"P","issuing_country":"RUS"}}`,
			[]string{"DE", "RU"}, map[string]string{"ru": "full"}, ""},
		{"a passport's issuing country in a verification", `{"email":"a@b.example","country":"CN","verification":{"document_type":"passport","document_issuing_country":"RUS"}}`,
			nil, nil, classifier.ReasonLocalizationConflict},
		// F5: where the subject lives, written as people write it.
		{"an address with its postal code before the city", `{"email":"a@b.example","phone":"+7 916 123-45-67","address":"Hauptstr. 5, 10115 Berlin"}`,
			[]string{"DE"}, map[string]string{"eu": "full", "ru": ""}, ""},
		{"a country in Polish under kraj", `{"email":"a@b.example","phone":"+7 916 123-45-67","kraj":"Niemcy"}`,
			[]string{"DE"}, map[string]string{"eu": "full", "ru": ""}, ""},
		{"a country in Italian under paese", `{"email":"a@b.example","phone":"+7 916 123-45-67","paese":"Italia"}`,
			[]string{"IT"}, map[string]string{"eu": "full", "ru": ""}, ""},
		// F7: a masked card is a card: with an RU citizenship in India,
		// RBI's rule and 242-FZ conflict.
		{"a masked card by its value", `{"email":"a@b.example","country":"IN","citizenship":"RU","ref":"411111XXXXXX1111"}`,
			nil, nil, classifier.ReasonLocalizationConflict},
		{"a masked card by its name", `{"email":"a@b.example","country":"IN","citizenship":"RU","masked_card":"4111 **** **** 1111"}`,
			nil, nil, classifier.ReasonLocalizationConflict},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if tc.reason != "" {
				if d.Reason != tc.reason {
					t.Fatalf("reason %q (%s), want %s", d.Reason, d.Detail, tc.reason)
				}
				return
			}
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			if got := countriesOf(d); !slices.Equal(got, tc.juris) {
				t.Errorf("jurisdictions %v, want %v", got, tc.juris)
			}
			for region, want := range tc.routes {
				proj := ""
				for _, r := range d.Routes {
					if r.Region == region {
						proj = r.Projection
					}
				}
				if proj != want {
					t.Errorf("region %s gets %q, want %q (routes %+v)", region, proj, want, d.Routes)
				}
			}
		})
	}
}

// Wave 10, read once it was retired as held out: what its producers
// showed the classifier missed.
func TestRetiredWave10Findings(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, path, cat string }{
		{"Singpass's registered address keeps its postal code", `{"country":"SG","email":"a@b.example","regadd":{"block":"123","postal":{"value":"560123"}},"consents":{"postal":true}}`, "/regadd/postal/value", "contact.postcode"},
		{"a postal consent stays a consent", `{"country":"SG","email":"a@b.example","consents":{"postal":true}}`, "/consents/postal", "consent.preference"},
		{"an activity's start is the athlete's day", `{"country":"DE","email":"a@b.example","activity":{"start_date":"2026-05-01T06:10:00Z","elapsed_time":3600}}`, "/activity/start_date", "activity.schedule"},
		{"an activity's moving time too", `{"country":"DE","email":"a@b.example","activity":{"moving_time":3400}}`, "/activity/moving_time", "activity.schedule"},
		{"a record's own time stays a time", `{"country":"DE","email":"a@b.example","created_at":"2026-05-01T06:10:00Z"}`, "/created_at", "event.timestamp"},
		{"a province stays a region", `{"country":"DE","email":"a@b.example","state":"Bavaria"}`, "/state", "geo.region"},
		{"a dialect group is ethnicity", `{"country":"SG","email":"a@b.example","dialect":{"code":"HK","desc":"HOKKIEN"}}`, "/dialect/code", "sensitive.ethnicity"},
		{"an athlete's weight is health", `{"country":"DE","email":"a@b.example","athlete":{"weight":71.5}}`, "/athlete/weight", "sensitive.health"},
		{"UAE PASS's idn is the Emirates ID", `{"email":"a@b.example","idn":"784201022093138"}`, "/idn", "gov_id.national_id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			f := field(d, tc.path)
			if f == nil || f.Category != tc.cat {
				t.Fatalf("%s: got %+v, want %s", tc.path, f, tc.cat)
			}
		})
	}
	// The Emirates ID carries the year of birth: a holder born in 2018 is
	// under the UAE's 13, and its check digit makes it evidence of the UAE.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"email":"a@b.example","idn":"784201822093130"}`), Source: "t/0/1"})
	if d.Failed() || !d.Minor || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != "AE" {
		t.Errorf("Emirates ID of a 2018 birth: reason %q minor %v jurisdictions %+v", d.Reason, d.Minor, d.Jurisdictions)
	}
}

// Wave 25 (Jumio, Xero, Tamara, ZaloPay, Cal.com), read after its first
// figures were recorded.
func TestWave25Findings(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, path, cat string }{
		{"a booking's title that names a condition", `{"country":"DE","email":"a@b.example","title":"Diabetes follow-up between Dr. Ananya Iyer and Anna Weber"}`, "/title", "sensitive.health"},
		{"a title that is an honorific stays one", `{"country":"DE","email":"a@b.example","title":"Mr."}`, "/title", "identity.gender"},
		{"an address on Church Street names no belief", `{"country":"DE","email":"a@b.example","address":"12 Church Street, London N1 9AB"}`, "/address", "contact.address"},
		{"a sacrament booked", `{"country":"DE","email":"a@b.example","notes":"We want our daughter baptised in the spring"}`, "/notes", "sensitive.religion"},
		{"couples counselling", `{"country":"DE","email":"a@b.example","notes":"Couples counselling, second session"}`, "/notes", "sensitive.health"},
		{"cancer as people write it", `{"country":"DE","email":"a@b.example","notes":"Lost my job after telling my manager about my cancer treatment"}`, "/notes", "sensitive.health"},
		{"ZaloPay's mac is an HMAC", `{"country":"VN","email":"a@b.example","mac":"8d1d3a1e0d5c4b3e9f2a7c6b5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e"}`, "/mac", "credentials.secret"},
		{"a device's MAC address stays one", `{"country":"VN","email":"a@b.example","device":{"mac":"00:1A:2B:3C:4D:5E"}}`, "/device/mac", "online.device_id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			if f := field(d, tc.path); f == nil || f.Category != tc.cat {
				t.Fatalf("%s: got %+v, want %s", tc.path, f, tc.cat)
			}
		})
	}
	// Jumio's currentAge is an age in years: "tage" inside it is no unit.
	for ev, want := range map[string]bool{
		`{"country":"DE","email":"a@b.example","currentAge":"59"}`:  false,
		`{"country":"DE","email":"a@b.example","age_months":"150"}`: true,
		`{"country":"DE","email":"a@b.example","ageInDays":3650}`:   true,
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if d.Failed() || d.Minor != want {
			t.Errorf("%s: reason %q minor %v, want %v", ev, d.Reason, d.Minor, want)
		}
	}
}

// A form body a webhook's log keeps as it came (Jumio's netverify
// callback) says where the subject lives and how old they are, as JSON
// does.
func TestFormBodyEvidence(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		ev    string
		juris string
		minor bool
	}{
		{`{"body":"idType=PASSPORT&idCountry=PAK&idNumber=GC0393683&idFirstName=FATIMA&idDob=2012-05-27"}`, "PK", true},
		{`{"body":"idType=DRIVING_LICENSE&idCountry=MEX&idNumber=C07391445&idDob=1995-09-16"}`, "MX", false},
		{`{"params":{"idType":"DRIVING_LICENSE","idCountry":"MEX","idFirstName":"XIMENA"}}`, "MX", false},
		{`{"body":"country=DE&email=a%40b.example&name=Anna"}`, "DE", false},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: time.Date(2026, 9, 11, 0, 0, 0, 0, time.UTC)})
		if d.Failed() || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != tc.juris || d.Minor != tc.minor {
			t.Errorf("%s: reason %q jurisdictions %+v minor %v; want %s, minor %v", tc.ev, d.Reason, d.Jurisdictions, d.Minor, tc.juris, tc.minor)
		}
	}
	// Two fields are no form, and a sentence with '&' and '=' is none.
	for _, ev := range []string{`{"body":"a=1&b=2"}`, `{"body":"x = y & z = 1 & country = DE"}`} {
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); d.Reason != classifier.ReasonNoJurisdiction {
			t.Errorf("%s: reason %q, want no_jurisdiction", ev, d.Reason)
		}
	}
}
