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
		`{a:1,a:2,password:'hunter2hunter2',x:[true,null]}`, `{"a":1, "a":2, pw : "x"}`,
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

// The lexical scrub reads what the parsed path reads (red team, round 5):
// single-quoted literals, a JSON document in base64, a data: URI, a gzip
// stream in base64, and names written with look-alikes.
func TestScrubRawWrapped(t *testing.T) {
	rs := partsRuleset(t)
	for _, tc := range []struct {
		name, in, secret, kept string
	}{
		{"python repr", `{'country': 'DE', 'password': 'hunter2', 'api_key': 'sk_live_51HqLf2abcdefghijklmnop', 'note': 'O\'Brien, it is'}`, "hunter2", `'note': 'O\'Brien, it is'`},
		{"repr keeps its own secrets only", `{'country': 'DE', 'password': 'hunter2'}`, "hunter2", `'country': 'DE'`},
		{"base64 JSON", `{"country":"DE","a":1,"a":2,"data":"eyJwYXNzd29yZCI6Imh1bnRlcjIifQ=="}`, "eyJwYXNz", `"country":"DE"`},
		{"data URI", `{"country":"DE","a":1,"a":2,"src":"data:application/json;base64,eyJwYXNzd29yZCI6Imh1bnRlcjIifQ=="}`, "eyJwYXNz", `"country":"DE"`},
		{"gzip", `{"country":"DE","a":1,"a":2,"blob":"H4sIAAAAAAAAA6tWKkgsLi7PL0pRslLKKM0rSS0yUqrlAgB8iZpgFwAAAA=="}`, "H4sI", `"country":"DE"`},
		{"unquoted names", `{"a":1,"a":2, password: "hunter2", country: "DE", tags: [true, null, "x"]}`, "hunter2", `tags: [true, null, "x"]`},
		{"unquoted in a repr", `{a:1,a:2,password:'hunter2',country:'DE'}`, "hunter2", `country:'DE'`},
		{"look-alike name", `{"country":"DE","a":1,"a":2,"pаssword":"hunter2","ｐａｓｓｗｏｒｄ":"hunter3"}`, "hunter", `"country":"DE"`},
		// Red team, round 6: the pairs the parsed path reads.
		{"name/value tuple", `{"country":"DE","dup":1,"dup":2,"pairs":[["password","hunter2"]]}`, "hunter2", `"country":"DE"`},
		{"k/v pair", `{"country":"DE","dup":1,"dup":2,"attrs":[{"k":"password","v":"hunter2"}]}`, "hunter2", `"k":"password"`},
		{"field/content pair", `{"country":"DE","dup":1,"dup":2,"attrs":[{"field":"password","content":"hunter2"}]}`, "hunter2", `"field":"password"`},
		{"table", `{"country":"DE","dup":1,"dup":2,"rows":[["email","password"],["a@b.de","hunter2"]]}`, "hunter2", `"a@b.de"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := rs.getScratch()
			defer rs.pool.Put(s)
			out, changed := rs.scrubRaw(s, []byte(tc.in), nil)
			if !changed || strings.Contains(string(out), tc.secret) || !strings.Contains(string(out), tc.kept) {
				t.Errorf("%s -> %s", tc.in, out)
			}
		})
	}
}
