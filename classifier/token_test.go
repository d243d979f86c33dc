package classifier

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"testing"

	"github.com/google/uuid"
)

// Tokens are HMAC-SHA-256 of "category NUL canonical value", the first 18
// bytes in unpadded URL-safe base64. Downstream joins on them, so they must
// never change for the same key: this pins them against the standard
// library's HMAC, independently of the fast path that renders them.
func TestTokensKnownAnswer(t *testing.T) {
	rs := partsRuleset(t)
	key := []byte("bench-key-0123456789abcdef")
	want := func(msg string) string {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(msg))
		return "tok_" + base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:18])
	}
	ev := `{"event_id":"e1","user_id":"u-42","email":"  Ivan.Petrov@Example.RU ","phone":"+49 (30) 1234-5678","country":"DE","citizenship":"RU"}`
	recs, _ := rs.ProcessAppend(&Decision{}, Input{Value: []byte(ev), Source: "signups/0/1"}, nil, nil)
	var pseudo *Record
	for i := range recs {
		if recs[i].Projection == "pseudonymized" {
			pseudo = &recs[i]
		}
	}
	if pseudo == nil {
		t.Fatalf("no pseudonymized record among %d", len(recs))
	}
	var got map[string]any
	if err := json.Unmarshal(pseudo.Value, &got); err != nil {
		t.Fatal(err)
	}
	for field, msg := range map[string]string{
		"email": "contact.email\x00ivan.petrov@example.ru",
		"phone": "contact.phone\x0049301234" + "5678",
	} {
		if got[field] != want(msg) {
			t.Errorf("%s: token %v, want %s", field, got[field], want(msg))
		}
	}
	if string(pseudo.Key) != want("subject\x00u-42") {
		t.Errorf("record key %q, want the subject's token %s", pseudo.Key, want("subject\x00u-42"))
	}
}

// Derived event ids are UUIDv5 of the source coordinates, exactly as
// uuid.NewSHA1 computes them: reprocessing must keep them.
func TestDerivedIDMatchesUUIDv5(t *testing.T) {
	s := &scratch{}
	for _, in := range []Input{
		{Source: "signups/3/1234", Value: []byte(`{}`)},
		{Source: "signups/0/0", Value: []byte(`{"a":1}`), IDFromValue: true},
		{Value: []byte(`not json`)},
	} {
		data := []byte(in.Source)
		if in.IDFromValue || in.Source == "" {
			data = in.Value
		}
		if got, want := s.deriveID(in), uuid.NewSHA1(idNamespace, data).String(); got != want {
			t.Errorf("%+v: %s, want %s", in, got, want)
		}
	}
}

// Only a top-level member named as an event id gives the event its id: a
// dotted name whose last part is an id name ("customer.uuid") is some other
// entity's id, and would give every event of that customer the same id.
func TestEventIDOnlyFromEventIDNames(t *testing.T) {
	rs := partsRuleset(t)
	const id = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
	in := func(ev string) Input { return Input{Value: []byte(ev), Source: "signups/0/7"} }
	derived := (&scratch{}).deriveID(in(`{}`))
	for ev, want := range map[string]string{
		`{"event_id":"` + id + `","email":"a@example.com","country":"DE"}`:      id,
		`{"customer.uuid":"` + id + `","email":"a@example.com","country":"DE"}`: derived,
		`{"meta.msgid":"m-123","email":"a@example.com","country":"DE"}`:         derived,
	} {
		if got := rs.Classify(in(ev)).EventID; got != want {
			t.Errorf("%s: event id %s, want %s", ev, got, want)
		}
	}
}
