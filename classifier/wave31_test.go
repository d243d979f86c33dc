package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Wave 31 (first seen in 2b91d16): a FHIR QuestionnaireResponse keeps
// each answer inside its item beside the question's text; the text names
// what the answer is, in any language the names know, as a form's
// question title does ("Woonadres", "Mobiel nummer", "Geboortedatum").
func TestWave31QuestionnaireAnswers(t *testing.T) {
	rs := benchRuleset(t)
	item := func(link, text, value string) string {
		return `{"linkId":"` + link + `","text":"` + text + `","answer":[{` + value + `}]}`
	}
	for _, tc := range []struct {
		name, ev, country string
		minor             bool
	}{
		{"english", `{"resourceType":"QuestionnaireResponse","status":"completed","item":[` +
			item("1", "Home address", `"valueString":"Kalverstraat 92, 3476 YC Amsterdam, Netherlands"`) + `,` +
			item("2", "Date of birth", `"valueDate":"2014-12-10"`) + `]}`, "NL", true},
		{"dutch one-word labels", `{"resourceType":"QuestionnaireResponse","status":"completed","item":[` +
			item("1.3", "Woonadres", `"valueString":"Kalverstraat 92, Amsterdam 3476 YC, Nederland"`) + `,` +
			item("1.4", "Mobiel nummer", `"valueString":"+31612343738"`) + `,` +
			item("1.2", "Geboortedatum", `"valueDate":"2014-12-10"`) + `]}`, "NL", true},
		{"an adult", `{"resourceType":"QuestionnaireResponse","status":"completed","item":[` +
			item("1", "Country of residence", `"valueCoding":{"code":"DE","display":"Germany"}`) + `,` +
			item("2", "Date of birth", `"valueDate":"1980-12-10"`) + `]}`, "DE", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			if d.Failed() || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != tc.country || d.Minor != tc.minor {
				t.Errorf("reason %q, jurisdictions %+v, minor %v; want %s, minor %v", d.Reason, d.Jurisdictions, d.Minor, tc.country, tc.minor)
			}
		})
	}
}

// Wave 31: Freshchat's restore_id restores a user's conversations in a
// new browser: a credential.
func TestWave31RestoreID(t *testing.T) {
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"restore_id", `{"user":{"email":"a@example.de","country":"DE","restore_id":"2b7d1c1e-6f6b-4e3c-9a5e-0c1d2e3f4a5b"}}`, "/user/restore_id", "credentials.secret"},
	})
}

// Wave 31: a listing's condition ("new", "used") is the goods', not a
// person's health; a patient's condition stays health.
func TestWave31ItemCondition(t *testing.T) {
	const ev = `{"buyer":{"email":"a@b.com.ar","country":"AR"},"order_items":[{"item":{"id":"MLA1","title":"Zapatillas","condition":"new"}}],"patient":{"condition":"diabetes"}}`
	rt21Special(t, []struct{ name, ev, path, cat string }{
		{"an item's condition", ev, "/order_items/0/item/condition", "meta.technical"},
		{"a patient's condition", ev, "/patient/condition", "sensitive.health"},
	})
}
