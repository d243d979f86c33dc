package classifier

import (
	"encoding/json"
	"strings"
	"testing"
)

// The lexical scrub of an event the parser refused keeps JSON valid where
// it was, never grows a credential, and never panics on broken input.
func FuzzScrubRaw(f *testing.F) {
	rs := partsRuleset(f)
	for _, seed := range []string{
		`{"a":1,"a":2,"password":"hunter2hunter2"}`,
		`{"user":{"pw":{"x":[1,"y"]}},"t":"Bearer abcdefghijklmnopqrstuvwxyz012345"}`,
		`{"secret_question":{"answer":"rex"},"x":"\"password\":1"}`,
		`{"password":`, `"`, `{"a":"\`, `[[[{"pin":12}]]]`, `{"k":tru`,
		`{"a":1,"a":2,"ops":[{"path":"/password","value":"x"}],"t":[["login","password"],["anna",{"x":1}]]}`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s := rs.getScratch()
		defer rs.pool.Put(s)
		out, changed := rs.scrubRaw(s, []byte(in), nil)
		if !changed && string(out) != in {
			t.Fatalf("unchanged, yet copied differently: %q -> %q", in, out)
		}
		if json.Valid([]byte(in)) && !json.Valid(out) {
			t.Fatalf("valid JSON scrubbed into invalid: %q -> %q", in, out)
		}
		// In valid JSON this text can only be a member; broken input
		// ("\"\"password\":…") may be read otherwise.
		if json.Valid([]byte(in)) && strings.Contains(in, `"password":"hunter2hunter2"`) && strings.Contains(string(out), "hunter2hunter2") {
			t.Fatalf("password kept: %q -> %q", in, out)
		}
	})
}

// The raw input that replaces an output the producer could not write
// leaves without its credentials, and without a key that is one.
func TestScrubQuarantine(t *testing.T) {
	rs := partsRuleset(t)
	jwt := "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Zq7secretXw9abcdefghij"
	key, value := rs.ScrubQuarantine([]byte(jwt), []byte(`{"country":"DE","email":"a@b.de","password1":"hunter2hunter2","note":"curl -H 'Authorization: Bearer abcdefghijklmnop1234'"}`))
	if key != nil {
		t.Errorf("key %q kept", key)
	}
	if strings.Contains(string(value), "hunter2") || strings.Contains(string(value), "abcdefghijklmnop1234") || !strings.Contains(string(value), `"email":"a@b.de"`) {
		t.Errorf("value %s", value)
	}
	key, value = rs.ScrubQuarantine([]byte("u-42"), []byte(`{"country":"DE"}`))
	if string(key) != "u-42" || string(value) != `{"country":"DE"}` {
		t.Errorf("a clean record changed: %q %s", key, value)
	}
}
