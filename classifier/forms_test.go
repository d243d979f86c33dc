package classifier_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// typeform builds a Typeform-style form_response: questions in
// definition.fields, answers joined to them by field.id and field.ref.
func typeform(questions ...[3]string) string {
	var defs, answers []string
	for i, q := range questions {
		id := "Fq" + string(rune('A'+i)) + "x7Lm2Qp"
		title, typ, answer := q[0], q[1], q[2]
		defs = append(defs, `{"id":"`+id+`","ref":"ref-`+id+`","type":"short_text","title":"`+title+`"}`)
		answers = append(answers, `{"type":"`+typ+`","`+typ+`":`+answer+`,"field":{"id":"`+id+`","type":"short_text","ref":"ref-`+id+`"}}`)
	}
	return `{"event_id":"01HX","event_type":"form_response","form_response":{"form_id":"lT4Z3j","definition":{"id":"lT4Z3j","title":"Beta sign-up","fields":[` +
		strings.Join(defs, ",") + `]},"answers":[` + strings.Join(answers, ",") + `]}}`
}

// Answers are read with the questions they answer: by their member names
// alone a Typeform date answer is an event timestamp and a dropdown's
// label a context name. Each case failed before the form pass.
func TestFormAnswersTakeTheirQuestions(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct {
		name, event string
		path, cat   string
		minor       bool
		countries   []string // the decision's jurisdictions; nil: quarantined for want of any
	}{
		{"a birth date answer makes a minor",
			typeform([3]string{"Which country do you live in?", "choice", `{"label":"Germany"}`}, [3]string{"When were you born?", "date", `"2014-05-14"`}),
			"/form_response/answers/1/date", "identity.dob", true, []string{"DE"}},
		{"a country of residence answer is residence",
			typeform([3]string{"Which country do you live in?", "choice", `{"label":"Germany"}`}),
			"/form_response/answers/0/choice/label", "geo.country", false, []string{"DE"}},
		{"a country visited is no residence",
			typeform([3]string{"Which country do you live in?", "choice", `{"label":"Germany"}`}, [3]string{"Which country did you visit last?", "choice", `{"label":"Japan"}`}),
			"/form_response/answers/1/choice/label", "geo.country", false, []string{"DE"}},
		{"a name answer is a name",
			typeform([3]string{"Which country do you live in?", "choice", `{"label":"Germany"}`}, [3]string{"What is your name?", "text", `"Laura Bauer"`}),
			"/form_response/answers/1/text", "identity.name", false, []string{"DE"}},
		{"a date of birth in words of the title",
			typeform([3]string{"Country of residence", "choice", `{"label":"France"}`}, [3]string{"Date of birth", "date", `"1990-02-03"`}),
			"/form_response/answers/1/date", "identity.dob", false, []string{"FR"}},
		{"a question naming nothing leaves its answer personal by default",
			typeform([3]string{"Which country do you live in?", "choice", `{"label":"Germany"}`}, [3]string{"Tell us a wish", "text", `"a boat"`}),
			"/form_response/answers/1/text", "unknown", false, []string{"DE"}},
		{"a password answer is a credential",
			typeform([3]string{"Which country do you live in?", "choice", `{"label":"Germany"}`}, [3]string{"Choose a password", "text", `"Xk9hunter2!"`}),
			"/form_response/answers/1/text", "credentials.password", false, []string{"DE"}},
		{"a question's title is the form's label",
			typeform([3]string{"Which country do you live in?", "choice", `{"label":"Germany"}`}),
			"/form_response/definition/fields/0/title", "event.type", false, []string{"DE"}},
		{"the join's ids are the form's labels",
			typeform([3]string{"Which country do you live in?", "choice", `{"label":"Germany"}`}),
			"/form_response/answers/0/field/id", "event.type", false, []string{"DE"}},
		{"Google Forms: a question id two objects down, answers keyed by it",
			`{"form":{"formId":"1FAIpQL","items":[{"itemId":"6e0a","title":"Date of birth","questionItem":{"question":{"questionId":"3f1a","dateQuestion":{}}}},{"itemId":"6e0b","title":"Country of residence","questionItem":{"question":{"questionId":"3f1b"}}}]},` +
				`"response":{"responseId":"ACYDBNj","answers":{"3f1a":{"questionId":"3f1a","textAnswers":{"answers":[{"value":"2013-07-01"}]}},"3f1b":{"questionId":"3f1b","textAnswers":{"answers":[{"value":"Poland"}]}}}}}`,
			"/response/answers/3f1a/textAnswers/answers/0/value", "identity.dob", true, []string{"PL"}},
		{"a person's record with a title joins nothing: its id stays theirs",
			`{"country":"DE","team":[{"id":"u48213","title":"Head of Sales"}],"ticket":{"assignee_id":"u48213","owner":{"id":"u48213","label":"Primary contact"}}}`,
			"/team/0/id", "unknown", false, []string{"DE"}},
		{"a titled record under a person's name joins nothing",
			`{"country":"DE","users":[{"id":"u48213","title":"Dr. med."}],"orders":[{"id":"u48213","note":"x"}]}`,
			"/orders/0/id", "unknown", false, []string{"DE"}},
		{"no question shares the answer's id: nothing joins",
			`{"country":"DE","questions":[{"id":"q1","title":"When were you born?"}],"answers":[{"id":"q2","date":"2014-05-14"}]}`,
			"/answers/0/date", "event.timestamp", false, []string{"DE"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(c.event), Source: "t/0/1"})
			var got []string
			for _, j := range d.Jurisdictions {
				got = append(got, j.Country)
			}
			if c.countries == nil {
				if !d.Failed() {
					t.Errorf("routed to %v, want quarantine", got)
				}
				return
			}
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			if !slices.Equal(got, c.countries) {
				t.Errorf("jurisdictions %v, want %v", got, c.countries)
			}
			if d.Minor != c.minor {
				t.Errorf("minor %v, want %v", d.Minor, c.minor)
			}
			f := field(d, c.path)
			if f == nil {
				t.Fatalf("no field %s", c.path)
			}
			if f.Category != c.cat {
				t.Errorf("%s: got %s by %s, want %s", c.path, f.Category, f.DetectedBy, c.cat)
			}
		})
	}
}
