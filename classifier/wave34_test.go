package classifier_test

// Session 20 (wave 34, first seen at its merge): cases found on
// producers the classifier had not seen.

import (
	"bytes"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Wave 34: Mindbody's birthDateTime is a date of birth, not a record's
// time: it made no minor and left the pseudonymized record whole.
// Magento's taxvat and an address's vat_id are the shopper's tax number.
func TestWave34Names(t *testing.T) {
	const ev = `{"eventData":{"clientId":"100015","email":"a@example.com","country":"CO","birthDateTime":"2012-05-31T00:00:00Z"},` +
		`"customer":{"taxvat":"123456789","addresses":[{"vat_id":"NL123456789B01","city":"Utrecht"}]},"org":{"vat_id":"DE987654321"}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"birthDateTime", ev, "/eventData/birthDateTime", "identity.dob"},
		{"taxvat", ev, "/customer/taxvat", "gov_id.tax_id"},
		{"an address's vat_id", ev, "/customer/addresses/0/vat_id", "gov_id.tax_id"},
		{"an organisation's vat_id", ev, "/org/vat_id", "company.tax_id"},
	})
	d := benchRuleset(t).Classify(classifier.Input{Value: []byte(ev), Time: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)})
	if d.Failed() || !d.Minor {
		t.Errorf("reason %q, minor %v; want a minor", d.Reason, d.Minor)
	}
}

// Wave 34: a studio's client notes tell of back and knee conditions in
// the client's language, and Mindbody's RedAlert is the client's medical
// alert.
func TestWave34HealthNotes(t *testing.T) {
	ev := func(note string) string {
		return `{"Client":{"Email":"a@example.com","Country":"DE","Notes":"` + note + `","RedAlert":"see notes"}}`
	}
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"herniated disc", ev("Lower back pain, herniated disc L4-L5"), "/Client/Notes", "sensitive.health"},
		{"Bandscheibenvorfall", ev("Bandscheibenvorfall HWS"), "/Client/Notes", "sensitive.health"},
		{"hernia discal", ev("Hernia discal lumbar"), "/Client/Notes", "sensitive.health"},
		{"椎間板ヘルニア", ev("腰椎椎間板ヘルニア"), "/Client/Notes", "sensitive.health"},
		{"RedAlert", ev("x"), "/Client/RedAlert", "sensitive.health"},
	})
}

// A GraphQL password variable in an event that does not parse: the
// quarantine record's lexical reading scrubs "variables": {"p": …} when
// the operation passes $p as a password, as the walk does for an event
// that parses. A variable passed as something else stays.
func TestQuarantineGraphQLVariable(t *testing.T) {
	const ev = `{"query":"mutation Login($p: String!, $n: Int) { login(email: \"a@b.de\", password: $p, limit: $n) { token } }","variables":{"p":"Hunter2secret!","n":"tenrecords"},"broken": }`
	d, recs := process(benchRuleset(t), classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if !d.Failed() {
		t.Fatalf("a broken event was decided: %+v", d.Jurisdictions)
	}
	seen := false
	for _, r := range recs {
		if r.Projection != "quarantine" {
			continue
		}
		seen = true
		if bytes.Contains(r.Value, []byte("Hunter2secret")) {
			t.Errorf("quarantine record keeps the password variable: %s", r.Value)
		}
		if !bytes.Contains(r.Value, []byte("tenrecords")) {
			t.Errorf("quarantine record lost a variable that is no credential: %s", r.Value)
		}
	}
	if !seen {
		t.Fatal("no quarantine record")
	}
}
