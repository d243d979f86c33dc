package classifier_test

// Red team 36: command lines, pair notations and weak signals named
// later in a member's name.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// redTeam36Leaks fails for every record of ev that holds secret.
func redTeam36Leaks(t *testing.T, rs *classifier.Ruleset, ev, secret string) {
	t.Helper()
	_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if len(recs) == 0 {
		t.Fatalf("no records for %s", ev)
	}
	for _, r := range recs {
		if strings.Contains(string(r.Value), secret) || strings.Contains(string(r.Key), secret) {
			t.Errorf("%q in the %s record of %s", secret, r.Projection, ev)
		}
	}
}

// Red team 36 (F1): the country of a phone or a locale named after
// another word of the member's name (contact_phone_country,
// user_phone_country, userLocaleCountry), or under a phone's name the
// evidence contexts did not list (msisdn_country, cell_country,
// whatsapp_country, tel_country), was residence: a German resident with
// a Rwandan SIM got a full rw copy and only redacted eu records.
func TestRedTeam36WeakCountriesLaterInTheName(t *testing.T) {
	rs := benchRuleset(t)
	for _, k := range []string{"msisdn_country", "cell_country", "contact_phone_country", "user_phone_country", "tel_country",
		"telephone_country", "whatsapp_country", "userLocaleCountry", "lang_country", "culture_country"} {
		ev := fmt.Sprintf(`{"country":"DE","email":"a@example.de",%q:"RW"}`, k)
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		for _, r := range d.Routes {
			if r.Region == "rw" || r.Region == "eu" && r.Projection != "full" {
				t.Errorf("%s: routes %+v: a weak RW signal localized a German resident", k, d.Routes)
				break
			}
		}
	}
	// A residence, an address or a home still localizes.
	for _, k := range []string{"residence_country", "address_country", "home_country"} {
		ev := fmt.Sprintf(`{"country":"DE","email":"a@example.de",%q:"RW"}`, k)
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		rw := false
		for _, r := range d.Routes {
			rw = rw || r.Region == "rw" && r.Projection == "full"
		}
		if !rw {
			t.Errorf("%s: routes %+v: want a full rw copy", k, d.Routes)
		}
	}
}
