package classifier_test

import (
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 31 (F1): a country's field is non-personal, and a value was
// kept in clear in the pseudonymized and redacted copies whenever
// geo.Country read a country in it, which it does in a place or an
// address written on one line: "Hauptstraße 5, 10115 Berlin, Germany",
// a Chinese address under a Chinese resident's country (in clear in the
// global copy PIPL allows only redacted), "Germany (Ivan Petrov)",
// "Germany, ivan@mail.ru". Only a country and nothing more stays in
// clear; a place naming its country is the subject's address.
func TestRedTeam31PlaceInCountryField(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, member, value string
		clear               []string
	}{
		{"street address", "country", "Hauptstraße 5, 10115 Berlin, Germany", []string{"Hauptstraße", "10115"}},
		{"city and country", "country", "Berlin, Germany", []string{"Berlin"}},
		{"name in brackets", "country", "Germany (Ivan Petrov)", []string{"Ivan Petrov"}},
		{"e-mail beside", "country", "Germany, ivan.petrov@mail.ru", []string{"ivan.petrov"}},
		{"russian address", "residence", "Russia, Moscow, ul. Tverskaya 7, kv 12", []string{"Tverskaya"}},
		{"chinese address", "country", "中国北京市朝阳区建国路88号", []string{"建国路"}},
		{"japanese address", "country", "日本国東京都千代田区丸の内1-1-1", []string{"丸の内"}},
		{"location country", "location_country", "Germany, Berlin, Hauptstraße 5", []string{"Hauptstraße"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := `{"user":{"email":"a@example.com"},"` + tc.member + `":"` + tc.value + `"}`
			d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("%s: reason %q", ev, d.Reason)
			}
			if len(d.Jurisdictions) == 0 {
				t.Fatalf("no jurisdiction")
			}
			for _, v := range tc.clear {
				if where := notInClear(recs, v); where != "" {
					t.Errorf("%q is in clear in the %s record", v, where)
				}
			}
		})
	}
	// A country and nothing more stays a label in clear.
	for _, v := range []string{"DE", "Deutschland", "Korea, Republic of", "Germany (DE)", "RU-MOW", "ru_RU", "Hong Kong, China", "🇩🇪"} {
		ev := `{"user":{"email":"a@example.com"},"country":"` + v + `"}`
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if f := field(d, "/country"); f == nil || f.Personal {
			t.Errorf("%q: /country %+v, want a non-personal country", v, f)
		}
	}
}

// Red team 31 (F2): the input record's key, and a user id taken as the
// subject key, were judged by their shape alone: a key that is the
// event's own password or token ("anna1990" beside {"password":
// "anna1990"}) keyed the full record in clear, though credentials leave
// in no record, full included, and never become a key.
func TestRedTeam31CredentialAsKey(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, key, ev, secret string
	}{
		{"input key is the password", "anna1990", `{"event_id":"e1","country":"DE","user":{"email":"a@example.de","password":"anna1990"}}`, "anna1990"},
		{"input key inside a token", "u-48213-sess", `{"event_id":"e1","country":"DE","user":{"email":"a@example.de"},"auth":{"access_token":"Bearer u-48213-sess"}}`, "u-48213-sess"},
		{"user id is the password", "", `{"event_id":"e1","country":"DE","user_id":"kitty2024","user":{"email":"a@example.de","password":"kitty2024"}}`, "kitty2024"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Key: []byte(tc.key), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("reason %q", d.Reason)
			}
			for _, r := range recs {
				if strings.Contains(string(r.Key), tc.secret) {
					t.Errorf("the %s record on %s is keyed by the credential: %q", r.Projection, r.Topic, r.Key)
				}
			}
		})
	}
	// A key no credential holds still keys the full record.
	_, recs := process(rs, classifier.Input{Value: []byte(`{"event_id":"e1","country":"DE","user":{"email":"a@example.de","password":"Zq8wTr5x!"}}`), Key: []byte("u-48213"), Source: "t/0/1"})
	if recs[0].Projection != "full" || string(recs[0].Key) != "u-48213" {
		t.Errorf("full record %s keyed %q, want u-48213", recs[0].Projection, recs[0].Key)
	}
}

// Red team 31 (F3): a person's name joined as a program writes it
// ("ivan_petrov", "anna.schmidt") is a name by value anywhere
// (lowerJoinedName), but as a member name it was data only under a map
// of people: a read receipt, a vote or a like keyed by it ({"seen_by":
// {"ivan_petrov": true}}) left the name in clear in the pseudonymized
// copy's member name and in the audit path.
func TestRedTeam31LowerJoinedNameKey(t *testing.T) {
	rs := benchRuleset(t)
	for _, key := range []string{"ivan_petrov", "anna.schmidt", "petrov_ivan", "schmidt.anna"} {
		t.Run(key, func(t *testing.T) {
			ev := `{"country":"DE","user":{"email":"a@example.de"},"message":{"seen_by":{"` + key + `":true}}}`
			d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("reason %q", d.Reason)
			}
			if where := notInClear(recs, key); where != "" {
				t.Errorf("%q is in clear in the %s record", key, where)
			}
			for _, f := range d.Fields {
				if strings.Contains(f.Path, key) {
					t.Errorf("decision path %s names the person", f.Path)
				}
			}
		})
	}
	// A field's name of words stays schema.
	for _, key := range []string{"grace_period", "anna_email", "mark_as_read"} {
		ev := `{"country":"DE","user":{"email":"a@example.de"},"settings":{"` + key + `":1}}`
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if field(d, "/settings/"+key) == nil {
			t.Errorf("%s: no path /settings/%s", key, key)
		}
	}
}

// Red team 31 (F4): a name percent-encoded ("Ivan%20Petrov") or joined by
// a zero-width space as a member name was data only under a map of
// people (encodedKey); under any other container it stayed in clear in
// the pseudonymized copy and the audit path, though the same name written
// plainly ("Ivan Petrov") is data everywhere.
func TestRedTeam31DisguisedNameKey(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ key, clear string }{
		{"Ivan%20Petrov", "Ivan%20Petrov"},
		{"ivan%20petrov", "ivan%20petrov"},
		{"Anna%C2%A0Schmidt", "Schmidt"},
		{`Ivan\u200bPetrov`, "Petrov"},
	} {
		t.Run(tc.key, func(t *testing.T) {
			ev := `{"country":"DE","user":{"email":"a@example.de"},"stats":{"` + tc.key + `":3}}`
			d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("reason %q", d.Reason)
			}
			if where := notInClear(recs, tc.clear); where != "" {
				t.Errorf("%q is in clear in the %s record", tc.clear, where)
			}
			for _, f := range d.Fields {
				if strings.Contains(f.Path, tc.clear) {
					t.Errorf("decision path %s names the person", f.Path)
				}
			}
		})
	}
	// Encoded field names stay schema.
	for _, key := range []string{"first%20name", "Order%20Total"} {
		ev := `{"country":"DE","user":{"email":"a@example.de"},"stats":{"` + key + `":3}}`
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if field(d, "/stats/"+key) == nil {
			t.Errorf("%s: no path /stats/%s", key, key)
		}
	}
}
