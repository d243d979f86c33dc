package classifier_test

// Session 19 (wave 31 leftovers and wave 32, first seen when the wave
// lands): cases found on producers the classifier had not seen.

import (
	"bytes"
	"encoding/base64"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// The answer to a question whose text names a special category is that
// category whatever it says: "Have you been diagnosed with diabetes?"
// answered true is health data, in a FHIR QuestionnaireResponse's item
// and in a form builder's answer alike. A question naming nothing
// special leaves its answer as before.
func TestQuestionTermAnswers(t *testing.T) {
	item := func(text, value string) string {
		return `{"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/1"},"item":[{"linkId":"3.1","text":"` + text + `","answer":[{` + value + `}]}],"patient":{"email":"a@example.de","country":"DE"}}`
	}
	typeform := func(title, answer string) string {
		return `{"form_response":{"definition":{"fields":[{"id":"Q1","title":"` + title + `","type":"yes_no"}]},"answers":[{"type":"boolean","boolean":` + answer + `,"field":{"id":"Q1","type":"yes_no"}}],"hidden":{"email":"a@example.de","country":"DE"}}}`
	}
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"FHIR: a yes/no on diabetes", item("Have you ever been diagnosed with diabetes?", `"valueBoolean":true`), "/item/0/answer/0/valueBoolean", "sensitive.health"},
		{"FHIR: a no is health data too", item("Haben Sie Diabetes?", `"valueBoolean":false`), "/item/0/answer/0/valueBoolean", "sensitive.health"},
		{"FHIR: a coded answer on faith", item("Religious affiliation", `"valueCoding":{"code":"1041","display":"Roman Catholic Church"}`), "/item/0/answer/0/valueCoding/display", "sensitive.religion"},
		{"Typeform: a yes/no on asthma", typeform("Do you suffer from asthma?", "true"), "/form_response/answers/0/boolean", "sensitive.health"},
	})
}

// A question's title in a Romance language joins its nouns with "de"
// and writes accents: "Data de nascimento" is a date of birth and
// "Endereço residencial" a home address, as datanascimento and endereco
// are.
func TestQuestionTitleJoinWords(t *testing.T) {
	rs := benchRuleset(t)
	item := func(link, text, value string) string {
		return `{"linkId":"` + link + `","text":"` + text + `","answer":[{` + value + `}]}`
	}
	for _, tc := range []struct {
		name, ev, country string
		minor             bool
	}{
		{"portuguese", `{"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026-03-06T02:35:36-03:00","item":[{"linkId":"1","text":"Dados pessoais","item":[` +
			item("1.2", "Data de nascimento", `"valueDate":"2018-07-24"`) + `,` +
			item("1.3", "Endereço residencial", `"valueString":"Avenida Paulista, 1578, São Paulo 01310-200, Brasil"`) + `]}]}`, "BR", true},
		{"spanish", `{"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026-03-06T02:35:36-03:00","item":[` +
			item("1", "Fecha de nacimiento", `"valueDate":"2019-01-02"`) + `,` +
			item("2", "Domicilio", `"valueString":"Calle Mayor 5, 28013 Madrid, España"`) + `]}`, "ES", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			if d.Failed() || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != tc.country || d.Minor != tc.minor {
				t.Errorf("reason %q, jurisdictions %+v, minor %v; want %s, minor %v", d.Reason, d.Jurisdictions, d.Minor, tc.country, tc.minor)
			}
		})
	}
}

// A line's price written as an object of its own ({"price": {"unit_price":
// {"amount": 1200, "formatted_amount": "12,00 €"}}}) is what the thing
// costs, as a flat unit_price is; the order's own charges and a line's
// refund or a person's salary stay theirs.
func TestLineMoneyObjects(t *testing.T) {
	const ev = `{"customer":{"email":"a@example.de","country":"DE"},"order":{"cart":{"items":[{"title":"Pizza","price":{"unit_price":{"amount":1200,"currency_code":"EUR","formatted_amount":"12,00 €"}},"tax_amount":{"amount":100},"refund":{"amount":1200}}]},` +
		`"payment":{"charges":{"total":{"amount":1300}}}},"rooms":[{"prices":[{"date":"2026-05-01","amount":"120.00"}]}],"lines":[{"salary":{"amount":5000}}]}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a unit price's amount", ev, "/order/cart/items/0/price/unit_price/amount", "meta.amount"},
		{"its formatted amount", ev, "/order/cart/items/0/price/unit_price/formatted_amount", "meta.amount"},
		{"a line's tax", ev, "/order/cart/items/0/tax_amount/amount", "meta.amount"},
		{"a room's nightly price", ev, "/rooms/0/prices/0/amount", "meta.amount"},
		{"a line's refund is the buyer's", ev, "/order/cart/items/0/refund/amount", "unknown"},
		{"the order's charges are the buyer's", ev, "/order/payment/charges/total/amount", "unknown"},
		{"a salary is the person's", ev, "/lines/0/salary/amount", "financial.income"},
		{"a line's feedback is no fee", `{"customer":{"email":"a@example.de","country":"DE"},"items":[{"feedback":{"value":"Kam kaputt an"}}]}`, "/items/0/feedback/value", "text.free"},
		{"a line's tax id is no tax", `{"customer":{"email":"a@example.de","country":"DE"},"items":[{"tax_id":{"value":"DE123456789"}}]}`, "/items/0/tax_id/value", "gov_id.tax_id"},
		{"a line's feed is no fee", `{"customer":{"email":"a@example.de","country":"DE"},"items":[{"feed":{"value":"Ivan Petrov liked this"}}]}`, "/items/0/feed/value", "unknown"},
		{"a line's cost centre is no cost", `{"customer":{"email":"a@example.de","country":"DE"},"items":[{"costcentre":{"value":"Petrov team"}}]}`, "/items/0/costcentre/value", "unknown"},
	})
}

// A logged exchange's log level and content negotiation headers are the
// program's: {"level": "info"}, Accept, Accept-Encoding.
func TestLogEnvelope(t *testing.T) {
	const ev = `{"level":"info","request":{"method":"GET","headers":{"Accept":"application/fhir+json","Accept-Encoding":"gzip"}},"response":{"body":{"email":"a@example.de","country":"DE"}}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"level info", ev, "/level", "meta.technical"},
		{"level warn", `{"level":"warn","email":"a@example.de","country":"DE"}`, "/level", "meta.technical"},
		{"Accept", ev, "/request/headers/Accept", "meta.technical"},
		{"Accept-Encoding", ev, "/request/headers/Accept-Encoding", "meta.technical"},
	})
}

// Wave 32 (first seen at the merge of w32): Hotmart signs its webhooks
// with the account's hottok, in a header and in the body.
func TestWave32Hottok(t *testing.T) {
	const ev = `{"headers":{"X-HOTMART-HOTTOK":"Zk2pQm7LrT4xV9sWbN3cY8hJ"},"body":{"hottok":"Zk2pQm7LrT4xV9sWbN3cY8hJ","data":{"buyer":{"email":"a@example.com.br","address":{"country_iso":"BR"}}}}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"header", ev, "/headers/X-HOTMART-HOTTOK", "credentials.secret"},
		{"body", ev, "/body/hottok", "credentials.secret"},
	})
}

// Wave 32: an ISO 20022 pain.001 creditor's postal address in the
// standard's abbreviations (PstlAdr{StrtNm, PstCd, TwnNm, Ctry},
// CtryOfRes) says where the payee lives; Google Cloud Healthcare keeps an
// HL7 v2 message in base64, and its PID segment is read as the plain
// message's is.
func TestWave32ISO20022AndBase64HL7(t *testing.T) {
	rs := benchRuleset(t)
	hl7 := base64.StdEncoding.EncodeToString([]byte("MSH|^~\\&|HIX|UMC|GCP|GCP|20260412204318||ADT^A01|MSG1|P|2.5.1\rPID|1||4034482^^^UMC^MR||de Jong^Daan||20150102|F|||Kalverstraat 92^^Amsterdam^^1012 AB^NLD^H"))
	for _, tc := range []struct {
		name, ev, country string
		minor             bool
	}{
		{"pain.001 creditor", `{"CstmrCdtTrfInitn":{"PmtInf":[{"CdtTrfTxInf":[{"Cdtr":{"Nm":"Tiago Santos","PstlAdr":{"StrtNm":"Rua Augusta","BldgNb":"100","PstCd":"1100-048","TwnNm":"Lisboa","Ctry":"PT"}}}]}]}}`, "PT", false},
		{"pain.001 country of residence", `{"Cdtr":{"Nm":"Tiago Santos","CtryOfRes":"PT"}}`, "PT", false},
		{"HL7 v2 in base64", `{"hl7V2Messages":[{"name":"projects/p/messages/m1","data":"` + hl7 + `","messageType":"ADT"}]}`, "NL", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev), Time: time.Date(2026, 4, 12, 0, 0, 0, 0, time.UTC)})
			if d.Failed() || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != tc.country || d.Minor != tc.minor {
				t.Errorf("reason %q, jurisdictions %+v, minor %v; want %s, minor %v", d.Reason, d.Jurisdictions, d.Minor, tc.country, tc.minor)
			}
		})
	}
}

// A form answer's field id names a credential only when it reads as a
// name ("password"), not when a generated id ends in "Pw" by chance
// (Typeform's "DbgaP2ZZKYPw"); and the plan cache keys a shape by what
// the id says, so an event of the same shape with the other kind of id
// is decided as its full walk decides it (found when wave 32 changed the
// plan test's event mix).
func TestAnswerRefCredentialPlans(t *testing.T) {
	ev := func(id string) []byte {
		return []byte(`{"country":"DE","form_response":{"answers":[{"type":"choice","choice":{"label":"Search engine"},"field":{"id":"` + id + `","type":"multiple_choice"}}]}}`)
	}
	full, planned := fullAndPlanned(t)
	for _, tc := range []struct{ id, cat string }{
		{"password", "credentials.password"},
		{"Xk3mQ9rTzL2a", "unknown"},
		{"DbgaP2ZZKYPw", "unknown"},
		{"new_password", "credentials.password"},
		{"n1MEpmhJcRPw", "unknown"},
	} {
		in := classifier.Input{Value: ev(tc.id)}
		want, got := full.Classify(in), planned.Classify(in)
		if !bytes.Equal(want.AppendJSON(nil), got.AppendJSON(nil)) {
			t.Errorf("%s: the plan cache decides otherwise than the full walk:\n%s\n%s", tc.id, want.AppendJSON(nil), got.AppendJSON(nil))
		}
		if f := field(want, "/form_response/answers/0/choice/label"); f == nil || f.Category != tc.cat {
			t.Errorf("%s: %+v, want %s", tc.id, f, tc.cat)
		}
	}
}

// Wave 32: Tally keys a form's question by its generated id
// ("question_qAk6pw"); a key that ends in "pw" by chance names no
// password: the answer stays unknown, personal by default, in every
// projection it may reach. A key that is a name ("password") still names
// a credential.
func TestTallyQuestionKey(t *testing.T) {
	ev := func(key, label, value string) string {
		return `{"eventType":"FORM_RESPONSE","data":{"fields":[{"key":"` + key + `","label":"` + label + `","type":"INPUT_TEXT","value":"` + value + `"},{"key":"question_Xb3k9Q","label":"Land","type":"INPUT_TEXT","value":"Deutschland"},{"key":"question_Zr7mQa","label":"E-Mail","type":"INPUT_EMAIL","value":"a@example.de"}]}}`
	}
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"an id ending in pw", ev("question_qAk6pw", "Vorname des Kindes", "Lena"), "/data/fields/0/value", "unknown"},
		{"a password's key", ev("password", "Passwort", "Zq8wTr5x!"), "/data/fields/0/value", "credentials.password"},
		{"the question's key itself", ev("question_qAk6pw", "Vorname des Kindes", "Lena"), "/data/fields/0/key", "unknown"},
	})
}

// Wave 32: a member typed by a type key of its own name ({"document":
// "…", "document_type": "CPF"}, Hotmart's buyer; id_number with id_type)
// is that type's value, as a value name beside a type is: a CPF with
// valid check digits there is evidence of Brazil.
func TestOwnTypeKey(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, country string }{
		{"document_type", `{"buyer":{"email":"j@gmail.com","document":"27788484288","document_type":"CPF"}}`, "BR"},
		{"id_type", `{"buyer":{"email":"j@gmail.com","id_number":"27788484288","id_type":"CPF"}}`, "BR"},
		{"documentKind", `{"buyer":{"email":"j@gmail.com","document":"27788484288","documentKind":"cpf"}}`, "BR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			if d.Failed() || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != tc.country {
				t.Errorf("reason %q, jurisdictions %+v; want %s", d.Reason, d.Jurisdictions, tc.country)
			}
		})
	}
	// A type key of another member's name types nothing here.
	d := rs.Classify(classifier.Input{Value: []byte(`{"buyer":{"email":"j@gmail.com","document":"27788484288","payment_type":"CPF"}}`)})
	if !d.Failed() {
		t.Errorf("payment_type typed the document: %+v", d.Jurisdictions)
	}
}
