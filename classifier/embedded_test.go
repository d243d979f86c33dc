package classifier

import (
	"encoding/json"
	"testing"
	"time"
)

// A JSON document carried in a string (Jotform's rawRequest) is one field,
// but what its members say counts: a special category named or written in
// it makes the whole string sensitive, escaped non-ASCII text included.
func TestEmbeddedDocumentSpecialCategories(t *testing.T) {
	rs := partsRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, event, want string
	}{
		// "сахарный диабет" as PHP's json_encode writes it.
		{"escaped cyrillic health text", `{"country":"RU","rawRequest":"{\"q4_email\":\"ivan@example.ru\",\"q9_notes\":\"\\u0441\\u0430\\u0445\\u0430\\u0440\\u043d\\u044b\\u0439 \\u0434\\u0438\\u0430\\u0431\\u0435\\u0442\"}"}`, "sensitive.health"},
		{"a member named for a special category", `{"country":"DE","rawRequest":"{\"q4_email\":\"a@example.de\",\"q12_religion\":\"x\"}"}`, "sensitive.religion"},
		{"a generic member under a special category's name", `{"country":"DE","rawRequest":"{\"religion\":{\"value\":\"x\"},\"email\":\"a@example.de\"}"}`, "sensitive.religion"},
		{"nothing special", `{"country":"DE","rawRequest":"{\"q4_email\":\"a@example.de\",\"q9_notes\":\"hello\"}"}`, "contact.email"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(Input{Value: []byte(tc.event), Time: at, IDFromValue: true})
			if d.Failed() {
				t.Fatalf("quarantined: %s", d.Detail)
			}
			for _, f := range d.Fields {
				if f.Path == "/rawRequest" {
					if f.Category != tc.want {
						t.Errorf("/rawRequest is %s (by %s), want %s", f.Category, f.DetectedBy, tc.want)
					}
					return
				}
			}
			t.Fatalf("no decision for /rawRequest: %+v", d.Fields)
		})
	}
}

// A form body read as a document is always valid JSON, or none.
func FuzzFormDocument(f *testing.F) {
	f.Add("idType=PASSPORT&idCountry=PAK&idFirstName=FATIMA")
	f.Add("a=%7B%22x%22%3A1%7D&b=%ZZ&c=\u00e9")
	f.Add("k[]=1&k[]=2&x.y=%00&z=")
	f.Add("0=%7B%22%22%3A0%7D")
	f.Add("mandrill_events=%5B%7B%22event%22%3A%22send%22%7D%5D")
	f.Fuzz(func(t *testing.T, v string) {
		d, ok := formDocument(v)
		if !ok {
			return
		}
		// An object of the fields: each a string, or the JSON document
		// a field holds (mandrill_events=%5B…).
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(d), &m); err != nil {
			t.Fatalf("formDocument(%q) = %q: %v", v, d, err)
		}
		for k, raw := range m {
			if len(raw) == 0 || raw[0] != '"' && raw[0] != '{' && raw[0] != '[' {
				t.Fatalf("formDocument(%q): field %q = %s", v, k, raw)
			}
		}
	})
}

// A date as a database writes it, a remark after it or not, is read or
// refused, never a panic (red team 19: "2016 (approx)" sliced past its
// end).
func FuzzRuntimeDate(f *testing.F) {
	for _, s := range []string{"2016 (approx)", "2015-03-01 (approx)", "01-JUN-14", "1-JAN-06 (?)", "ABCDEFG(x", "2016-01-01T10:00:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		runtimeDate(v, 2026)
	})
}
