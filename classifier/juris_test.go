package classifier_test

import (
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

// TestCountryRegions: the service's country -> region map overrides a
// pack's region, and a law that demands in-country storage mapped to
// another region fails closed.
func TestCountryRegions(t *testing.T) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	cc := cfg.ClassifierConfig([]byte("0123456789abcdef0123"))
	cc.CountryRegions = map[string]string{"MX": "us", "RU": "eu"}
	rs, _, err := classifier.LoadFS(configs.Rules(), cc)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, event string
		reason      classifier.Reason
		home        string
	}{
		{"a Mexican resident is stored in us", `{"email":"a@b.mx","country":"MX"}`, "", "us"},
		{"RU mapped to eu cannot localize", `{"email":"a@b.ru","citizenship":"RU"}`, classifier.ReasonLocalizationUnavailable, ""},
		{"a weak +7 phone alone localizes nothing, so the map is no obstacle", `{"email":"a@b.ru","phone":"+79161234567"}`, "", "eu"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.event), IDFromValue: true})
			if d.Reason != tc.reason || d.HomeRegion != tc.home {
				t.Fatalf("got reason %q home %q, want %q %q (%s)", d.Reason, d.HomeRegion, tc.reason, tc.home, d.Detail)
			}
		})
	}
}

// TestCountryWrittenOut: a country inside a written-out address or place
// is evidence (each event quarantined as no_jurisdiction before). A
// number under a country's name is not: platforms number countries their
// own way (VK's 1 is Russia, ISO's 4 Afghanistan).
func TestCountryWrittenOut(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ event, country, basis string }{
		{`{"email":"a@b.ru","address":"ул. Ленина 1, Москва, Россия, 101000"}`, "RU", "address"},
		{`{"email":"a@b.de","address":"Hauptstr. 5, 10115 Berlin, Germany"}`, "DE", "address"},
		{`{"email":"a@b.ru","profile":{"location":"Moscow, Russia"}}`, "RU", "address"},
		{`{"email":"a@b.de","country":"Germany (DE)"}`, "DE", "residence"},
		// A large city named alone: weak evidence of its country.
		{`{"email":"a@b.ru","city":"Москва"}`, "RU", "city (weak)"},
		{`{"email":"a@b.de","address":{"city":"München"}}`, "DE", "city (weak)"},
		// An Auth0 Action's "event" holds the user: its country is theirs
		// (an "event" context once made it nothing).
		{`{"event":{"user":{"email":"a@b.de","user_metadata":{"country":"DE"}}}}`, "DE", "residence"},
		// Mailgun's geolocation of the opener's IP is where they were.
		{`{"event-data":{"recipient":"a@b.es","ip":"130.41.128.160","geolocation":{"country":"ES","city":"Sevilla"}}}`, "ES", "ip"},
		// A conference's dial-in city says nothing of the subject.
		{`{"email":"a@b.fr","timezone":"Europe/Paris","location":{"data":{"settings":{"global_dial_in_numbers":[{"number":"+1 646 931 3860","country":"US","city":"New York"}]}}}}`, "FR", "timezone (weak)"},
		// WhatsApp's wa_id is the sender's number, written without "+".
		{`{"contacts":[{"profile":{"name":"Иван"},"wa_id":"79161234567"}]}`, "RU", "phone (weak)"},
	} {
		d := rs.Classify(classifier.Input{Value: []byte(tc.event), IDFromValue: true})
		if len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != tc.country || len(d.Jurisdictions[0].Basis) == 0 || d.Jurisdictions[0].Basis[0] != tc.basis {
			t.Errorf("%s: jurisdictions %+v (%s %s), want %s by %s", tc.event, d.Jurisdictions, d.Reason, d.Detail, tc.country, tc.basis)
		}
	}
}

// TestWeakEvidenceOnlySupports: weak evidence agreeing with a country found
// otherwise does not found a law that does not count the stronger basis
// (a Dutch phone beside Dutch citizenship gave a Swedish resident the
// EU's law for NL too), while a national identifier counts for any law
// that counts citizenship or residence, listed in its pack or not.
func TestWeakEvidenceOnlySupports(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		event string
		want  []string
	}{
		{`{"email":"a@b.se","phone":"+31612346941","country":"SE","nationality":"NL"}`, []string{"SE"}},
		{`{"email":"a@b.de","phone":"+79161234567","country":"DE","nationality":"RU"}`, []string{"RU", "DE"}},
		{`{"email":"a@b.kr","attrs":[{"Name":"custom:rrn","Value":"751209-2747534"}],"locale":"ko-KR"}`, []string{"KR"}},
	} {
		d := rs.Classify(classifier.Input{Value: []byte(tc.event), IDFromValue: true})
		var got []string
		for _, j := range d.Jurisdictions {
			got = append(got, j.Country)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: jurisdictions %v (%s), want %v", tc.event, got, d.Reason, tc.want)
		}
	}
}
