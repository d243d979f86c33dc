package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Each case failed before echoPass and the id-shape guard: the repeated
// or id-shaped value kept its non-personal name's category.
func TestEchoesAndIDShapes(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct {
		name, event, path string
		personal          bool
	}{
		{"envelope id equal to the record id", `{"event_id":"e1","country":"DE","meta":{"id":18969},"current":{"id":18969,"name":"Jan Novák"}}`, "/meta/id", true},
		{"a short envelope id equal to the record id", `{"event_id":"e1","country":"DE","meta":{"id":3790},"current":{"id":3790,"name":"Jan Novák"}}`, "/meta/id", true},
		{"a time equal to an unknown number is still a time", `{"event_id":"e1","country":"DE","createdTimestamp":1780542003123,"ts_ms":1780542003123}`, "/createdTimestamp", false},
		{"a short envelope id beside another record id", `{"event_id":"e1","country":"DE","meta":{"id":3791},"current":{"id":3790,"name":"Jan Novák"}}`, "/meta/id", false},
		{"company named after the person", `{"event_id":"e2","country":"DE","lastName":"Novák","company":{"name":"Novák Consulting"}}`, "/company/name", true},
		{"company named after a person with a short name", `{"event_id":"e2","country":"DE","lastName":"Li","company":{"name":"Li Consulting"}}`, "/company/name", true},
		{"a short name inside another word is no echo", `{"event_id":"e2","country":"DE","lastName":"Li","company":{"name":"Linear Consulting"}}`, "/company/name", false},
		{"company that is not", `{"event_id":"e3","country":"DE","lastName":"Novák","company":{"name":"Acme Consulting"}}`, "/company/name", false},
		{"a name inside a longer word is no echo", `{"event_id":"e4","country":"DE","firstName":"Anna","lastName":"Bauer","company":{"name":"Annapolis Ltd"}}`, "/company/name", false},
		{"hex id under an enum's name", `{"event_id":"e5","country":"DE","email":"a@b.de","source":{"type":"CONTACT","id":"c236b0de1359039d"}}`, "/source/id", true},
		{"enum token under an enum's name", `{"event_id":"e6","country":"DE","email":"a@b.de","source":"ORGANIC_SEARCH"}`, "/source", false},
	}
	for _, c := range cases {
		d := rs.Classify(classifier.Input{Value: []byte(c.event)})
		var got *classifier.Field
		for i := range d.Fields {
			if d.Fields[i].Path == c.path {
				got = &d.Fields[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no field %s (reason %s)", c.name, c.path, d.Reason)
			continue
		}
		if got.Personal != c.personal {
			t.Errorf("%s: %s personal = %v (%s by %s), want %v", c.name, c.path, got.Personal, got.Category, got.DetectedBy, c.personal)
		}
	}
}
