package classifier_test

import (
	"encoding/json"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// rt33Text classifies text under name in a German resident's signup and
// returns the field's decision and the records.
func rt33Text(t *testing.T, rs *classifier.Ruleset, name, text string) (*classifier.Field, []classifier.Record) {
	t.Helper()
	ev, _ := json.Marshal(map[string]string{"country": "DE", "email": "a@b.de", "user_id": "u1", name: text})
	d, recs := process(rs, classifier.Input{Value: ev, Source: "t/0/1"})
	return field(d, "/"+name), recs
}

// Red team 33 (F1): a denial was read across a clause's end. Words were
// cut without their punctuation, so a form's summary answering one
// question "no" and the next "yes" ("Smoker: no. Diabetic: yes", "Alcohol:
// no - Muslim") denied the second answer's term; under a non-personal
// name (utm_content, status) the disclosure was published in clear in the
// pseudonymized copy. And Portuguese "no" is "in the" (em + o), not a
// denial: "sou iniciado no candomblé", "delegado no sindicato" were
// denied faiths and unions.
func TestRedTeam33DenialWithinItsClause(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ text, cat string }{
		{"Smoker: no. Diabetic: yes", "sensitive.health"},
		{"Smoker: no, Diabetes type 1", "sensitive.health"},
		{"Alcohol: no - Muslim", "sensitive.religion"},
		{"¿Fumas? No. Embarazada de 3 meses", "sensitive.health"},
		{"Palę: nie. Cukrzyca typu 2", "sensitive.health"},
		{"Do you smoke? No\nHIV positive, undetectable", "sensitive.health"},
		{"allergies: none | smoker: no | pregnant", "sensitive.health"},
		{"Alkohol: nein / Raucher: kein / Diabetiker", "sensitive.health"},
		{"sou iniciado no candomblé há 10 anos", "sensitive.religion"},
		{"sou delegado no sindicato dos bancários", "sensitive.trade_union"},
		{"entrei no sindicato ano passado", "sensitive.trade_union"},
	} {
		for _, name := range []string{"utm_content", "bio"} {
			f, recs := rt33Text(t, rs, name, tc.text)
			if f == nil || f.Category != tc.cat {
				t.Errorf("%s %q: %+v, want %s", name, tc.text, f, tc.cat)
			}
			if where := notInClear(recs, tc.text); where != "" {
				t.Errorf("%s %q: in clear in the %s record", name, tc.text, where)
			}
		}
	}
	// A denial in its own clause still denies.
	for _, text := range []string{
		"no allergies", "Smoker: no, no diabetes", "I am not religious",
		"kein Diabetes", "no tengo diabetes", "je ne suis pas croyant", "bez cukrzycy",
		"no HIV, no hepatitis", "no diabetes (checked 2024)",
	} {
		if f, _ := rt33Text(t, rs, "bio", text); f != nil && f.Sensitive {
			t.Errorf("%q: %+v, want no special category", text, f)
		}
	}
}
