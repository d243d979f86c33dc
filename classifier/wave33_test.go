package classifier_test

// Session 20 (wave 33, first seen at its merge): cases found on
// producers the classifier had not seen.

import (
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Wave 33: OpenTelemetry logs carry what a developer logged by mistake: a
// password quoted after a failed attempt, a one-time code in the query
// of the check that verified it (beside the phone it went to), and the
// exporter's vendor key in a custom header. Each is a credential, in no
// record, not even the full one. A postal code beside a zip, a prose
// mention of passwords and a request id are none.
func TestWave33LogCredentials(t *testing.T) {
	const ev = `{"country":"DE","email":"a@example.de","headers":{"x-honeycomb-team":"uf0P5nc9DMLn7CopSCxRdX","X-Request-Id":"f3a9c1e0b2d84f6a9e7c1b2a3d4e5f60"},` +
		`"body":"Login failed for +5511961235848: invalid password (tried 'silva718')","query":"phone=%2B201001238647&code=799392",` +
		`"q2":"zip=10115&code=4821","note":"I tried password managers but they are annoying"}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a tried password in a log line", ev, "/body", "credentials.secret"},
		{"a code beside its phone in a query", ev, "/query", "credentials.secret"},
		{"a vendor's key in an X- header", ev, "/headers/x-honeycomb-team", "credentials.secret"},
		{"a request id", ev, "/headers/X-Request-Id", "trace.id"},
		{"a code beside a zip", ev, "/q2", "unknown"},
		{"passwords in prose", ev, "/note", "text.free"},
	})
}

// Wave 33: a form's custom fields named in a transliterated language
// (ActiveCampaign's contact[fields][strana]): Russian, Ukrainian, Hebrew
// and Uzbek words for country, city, birth date, health, religion and
// citizenship written in Latin letters.
func TestWave33TransliteratedNames(t *testing.T) {
	const ev = `{"contact":{"email":"a@example.com","fields":{"strana":"Україна","gorod":"Київ","data_rozhdeniya":"22.09.1964","zdorovye":"Астма","veroispovedanie":"православие","grazhdanstvo":"UA","eretz":"ישראל"}}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"strana", ev, "/contact/fields/strana", "geo.country"},
		{"eretz", ev, "/contact/fields/eretz", "geo.country"},
		{"gorod", ev, "/contact/fields/gorod", "geo.city"},
		{"data_rozhdeniya", ev, "/contact/fields/data_rozhdeniya", "identity.dob"},
		{"zdorovye", ev, "/contact/fields/zdorovye", "sensitive.health"},
		{"veroispovedanie is no Spanish DNI", ev, "/contact/fields/veroispovedanie", "sensitive.religion"},
		{"grazhdanstvo", ev, "/contact/fields/grazhdanstvo", "identity.citizenship"},
	})
}

// Wave 33: a CRM's tags tell what segment the contact is in: a tither is
// a church's, a post-op patient a clinic's.
func TestWave33Tags(t *testing.T) {
	ev := func(tags string) string {
		return `{"country":"BR","contact":{"email":"a@example.com","tags":"` + tags + `"}}`
	}
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"dizimista", ev("lead, dizimista"), "/contact/tags", "sensitive.religion"},
		{"post-op", ev("newsletter, post-op"), "/contact/tags", "sensitive.health"},
		{"plain tags", ev("lead, trial-2026"), "/contact/tags", "event.type"},
	})
}

// Wave 33: OpenTelemetry's and Elastic's geo.* attributes are where the
// request came from, derived from the client's address: weak evidence,
// as an IP's country is, whether written as a key/value attribute, a
// dotted member name or a nested object; a GeoIP2 country object's
// iso_code is the country. A namespaced attribute whose last part says
// too little alone ("app.otp.code") is named by its last two parts. A
// currency's or a language's iso_code is no country.
func TestWave33GeoAttributes(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, country, basis string }{
		{"OTLP attribute", `{"email":"a@b.de","attributes":[{"key":"geo.country.iso_code","value":{"stringValue":"DE"}}]}`, "DE", "ip"},
		{"dotted member", `{"email":"a@b.de","attributes":{"geo.country.iso_code":"DE"}}`, "DE", "ip"},
		{"ECS client.geo", `{"email":"a@b.de","client":{"geo":{"country_iso_code":"DE"}}}`, "DE", "ip"},
		{"Auth0's location_info", `{"email":"a@b.nl","location_info":{"country_code":"GB","city_name":"London"}}`, "GB", "ip"},
		{"GeoIP2 country object", `{"email":"a@b.de","country":{"iso_code":"DE","names":{"en":"Germany"}}}`, "DE", "residence"},
		{"no country", `{"email":"a@b.de","currency":{"iso_code":"EUR"},"language":{"iso_code":"de"}}`, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			if tc.country == "" {
				if !d.Failed() {
					t.Errorf("routed on %+v", d.Jurisdictions)
				}
				return
			}
			if d.Failed() || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != tc.country || string(d.Jurisdictions[0].Basis[0]) != tc.basis {
				t.Errorf("reason %q, jurisdictions %+v; want %s by %s", d.Reason, d.Jurisdictions, tc.country, tc.basis)
			}
		})
	}
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"app.otp.code", `{"country":"DE","attributes":{"app.otp.code":"482913"}}`, "/attributes/app.otp.code", "credentials.secret"},
	})
}

// Wave 33: a log line printing a request's body after a prefix carries a
// JSON document: its birth date makes the subject a minor, as a JSON
// string's would.
func TestWave33JSONInLogLine(t *testing.T) {
	const ev = `{"country":"TR","log":"POST /api/v1/signup body={\"email\":\"z@hotmail.com.tr\",\"name\":\"Zeynep Kaya\",\"birthDate\":\"14.11.2011\"}"}`
	d := benchRuleset(t).Classify(classifier.Input{Value: []byte(ev), Time: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)})
	if d.Failed() || !d.Minor {
		t.Errorf("reason %q, minor %v; want a minor", d.Reason, d.Minor)
	}
}

// Wave 32 (Tally): a choice answered by option id takes the special
// category of the option it picked, and a choice with its gloss after it
// ("halal (kein Schweinefleisch)") is that choice as a whole value.
func TestOptionAnswers(t *testing.T) {
	ev := func(picked string) string {
		return `{"country":"DE","data":{"fields":[{"key":"question_Ab12cd","label":"Ernährung","type":"CHECKBOXES","value":["` + picked + `"],` +
			`"options":[{"id":"0a1a2b3c-1111-4e5f-9a9a-123456789abc","text":"vegetarisch"},{"id":"7f1a2b3c-1111-4e5f-9a9a-123456789abc","text":"halal (kein Schweinefleisch)"}]}]}}`
	}
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"halal picked", ev("7f1a2b3c-1111-4e5f-9a9a-123456789abc"), "/data/fields/0/value/0", "sensitive.religion"},
		{"vegetarian picked", ev("0a1a2b3c-1111-4e5f-9a9a-123456789abc"), "/data/fields/0/value/0", "unknown"},
		{"the glossed option", ev("0a1a2b3c-1111-4e5f-9a9a-123456789abc"), "/data/fields/0/options/1/text", "sensitive.religion"},
	})
}
