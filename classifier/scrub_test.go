package classifier

import (
	"encoding/json"
	"strconv"
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

// Red team, round 6 (F5): the lexical scrub of an event the parser
// refuses removes at least every credential the classifier removes from
// the full record of the same event, parsed. A duplicate key is enough to
// make any event take the lexical path, so for every event E here that
// parses, the quarantine record of E with a duplicate key added keeps
// none of the values the full record of E drops as credentials.
func TestScrubRemovesWhatFullRemoves(t *testing.T) {
	rs := partsRuleset(t)
	for _, ev := range []string{
		// The red team's four: a [name, value] tuple, k/v and
		// field/content pairs, a name and its value in a tag list.
		`{"country":"DE","email":"x@y.de","pairs":[["password","hunter2"]]}`,
		`{"country":"DE","email":"x@y.de","attrs":[{"k":"password","v":"hunter2"}]}`,
		`{"country":"DE","email":"x@y.de","attrs":[{"field":"password","content":"hunter2"}]}`,
		`{"country":"DE","email":"x@y.de","tags":["password","hunter2"]}`,
		// The other halves of the parsed path's pairs.
		`{"country":"DE","email":"x@y.de","form":[{"question":"password","answer":"hunter2"},{"label":"pin","value":"4821"}]}`,
		`{"country":"DE","email":"x@y.de","attrs":[{"attribute":"password","values":["hunter2"]},{"key":"api_key","val":"sk_live_51HqLf2abcdefghijklmnop"}]}`,
		`{"country":"DE","email":"x@y.de","attrs":[{"name":"password","response":"hunter2"},{"title":"password","text":"hunter2b"}]}`,
		`{"country":"DE","email":"x@y.de","cognito":[{"Name":"custom:pin","Value":"4821"},{"Name":"email","Value":"x@y.de"}]}`,
		`{"country":"DE","email":"x@y.de","ops":[{"op":"replace","path":"/password","value":"hunter2"}],"fields":[{"id":"password","value":"hunter2c"}]}`,
		`{"country":"DE","email":"x@y.de","headers":[["X-Auth-Token","abcdef0123456789xyz"],["Accept","json"]]}`,
		`{"country":"DE","email":"x@y.de","rows":[["login","password"],["anna","hunter2"]]}`,
		`{"country":"DE","email":"x@y.de","pairs":[["pin",4821]],"tuple":["otp","482913"]}`,
		// The shapes of the credential rule tests (configs/tests).
		`{"event_id":"eu-f-6","country":"NL","email":"a@b.nl","wachtwoord":"hunter2","kennwort":"hunter3","mot_de_passe":"hunter4","hasło":"hunter5","pw":"hunter6","passphrase":"hunter7","secret_question":{"question":"pet","answer":"rex"}}`,
		`{"event_id":"eu-rt5-1","country":"DE","email":"anna@example.de","pаssword":"hunter2","ｐａｓｓｗｏｒｄ":"hunter3","pass\u200bword":"hunter4","passẃord":"hunter5"}`,
		`{"event_id":"eu-rt5-3","country":"DE","email":"anna@example.de","memorable_word":"sunshine","account_pin":"4821","port_out_pin":"9134","tan":"482913","kba":{"question":"What is your mother's maiden name?","answer":"Smith"},"seed_phrase":"legal winner thank year wave sausage worth useful legal winner thank yellow"}`,
		`{"event_id":"eu-rt5-7","country":"DE","email":"anna@example.de","avatar_src":"data:application/json;base64,eyJwYXNzd29yZCI6Imh1bnRlcjIifQ==","blob":"H4sIAAAAAAAAA6tWKkgsLi7PL0pRslLKKM0rSS0yUqrlAgB8iZpgFwAAAA=="}`,
		`{"event_id":"eu-rt5-8","country":"DE","email":"anna@example.de","note":"my pw: hunter2","note2":"we had a pw outage"}`,
		`{"event_id":"eu-rt5-16","country":"DE","email":"anna@example.de","user_id":"ivan.petrov@mail.ru:Hunter2024!"}`,
		`{"event_id":"eu-rt6-cred-names","country":"DE","email":"x@y.de","cardCode":"Zq8wTr5xLm","csc":"737","tokenValue":"Zq8wTr5xLm","secretString":"Zq8wTr5xLm","otpInput":"482913","auth_header":"Zq8wTr5xLm","card":{"code":"737","number":"4111111111111111"},"security":{"answer":"Fluffy"},"recovery":{"codes":["7d2k-9qpx"]},"zipCode":"10115"}`,
		`{"event_id":"eu-f-plural","country":"PL","email_addresses":[{"data":"a@b.pl"}],"api_tokens":["tk_9f8e7d6c5b4a3928"]}`,
		`{"event_id":"eu-f-suffix","country":"DE","email":"anna@example.de","cardpin":"4821","t":"Bearer abcdefghijklmnopqrstuvwxyz012345"}`,
		// Red team, round 11 (F5): a security question's answer in a list
		// under its container's name, parallel lists (either order), and
		// F1-F4's credentials.
		`{"country":"DE","email":"x@y.de","kba":[{"question":"Name of your first pet?","answer":"Fluffy"}]}`,
		`{"country":"DE","email":"x@y.de","signup":{"keys":["login","password"],"values":["anna","hunter2xyz"]}}`,
		`{"country":"DE","email":"x@y.de","signup":{"values":["anna","hunter2xyz"],"names":["login","password"]}}`,
		`{"country":"DE","email":"x@y.de","message":"Dein Bestätigungscode lautet 482193","two_factor":{"method":"totp","backup":["8f3k2m9q"]},"scratch_codes":["48213957"]}`,
		`{"country":"DE","email":"x@y.de","webhook":{"ref":"ghs_1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz"},"uid":"s%3AkT9mQ2xZpL8vR3nW5yH7jK1cF4dG6sA9.bE2xYz0123456789AbCdEfGhIjKlMnOpQr"}`,
	} {
		var doc any
		if err := json.Unmarshal([]byte(ev), &doc); err != nil {
			t.Fatalf("%s: %v", ev, err)
		}
		d := rs.Classify(Input{Value: []byte(ev), Source: "s/0/1"})
		if d.Reason != "" {
			t.Fatalf("%s: %s", ev, d.ErrorText())
		}
		var secrets []string
		for _, f := range d.Fields {
			if !strings.HasPrefix(f.Category, "credentials.") {
				continue
			}
			switch v := pointerValue(doc, f.Path).(type) {
			case string:
				secrets = append(secrets, string(AppendJSONString(nil, v)))
			case float64:
				secrets = append(secrets, strconv.FormatFloat(v, 'f', -1, 64))
			}
		}
		if len(secrets) == 0 {
			t.Errorf("%s: no credential found in the parsed event", ev)
			continue
		}
		full := recordOf(t, rs, ev, "full")
		dup := `{"dup":1,"dup":2,` + ev[1:]
		quarantine := recordOf(t, rs, dup, "quarantine")
		for _, v := range secrets {
			if containsValue(full, v) {
				t.Errorf("%s: the full record keeps the credential %s", ev, v)
				continue
			}
			if containsValue(quarantine, v) {
				t.Errorf("%s: the full record drops %s, the quarantine record of %s keeps it: %s", ev, v, dup, quarantine)
			}
		}
	}
}

// recordOf is the value of ev's record of projection proj.
func recordOf(t *testing.T, rs *Ruleset, ev, proj string) string {
	t.Helper()
	recs, _ := rs.ProcessAppend(&Decision{}, Input{Value: []byte(ev), Source: "s/0/1"}, nil, nil)
	for _, r := range recs {
		if r.Projection == proj {
			return string(r.Value)
		}
	}
	t.Fatalf("%s: no %s record", ev, proj)
	return ""
}

// containsValue reports whether a record holds JSON value v (a string
// with its quotes, or a number between delimiters).
func containsValue(rec, v string) bool {
	if v[0] == '"' {
		return strings.Contains(rec, v)
	}
	for i := 0; ; {
		k := strings.Index(rec[i:], v)
		if k < 0 {
			return false
		}
		k += i
		before, after := byte(','), byte(',')
		if k > 0 {
			before = rec[k-1]
		}
		if k+len(v) < len(rec) {
			after = rec[k+len(v)]
		}
		if strings.IndexByte(":,[ ", before) >= 0 && strings.IndexByte(",]} ", after) >= 0 {
			return true
		}
		i = k + 1
	}
}

// pointerValue resolves a decision's path (a JSON Pointer) in doc.
func pointerValue(doc any, path string) any {
	if path == "" {
		return doc
	}
	for _, tok := range strings.Split(path[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch c := doc.(type) {
		case map[string]any:
			doc = c[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i >= len(c) {
				return nil
			}
			doc = c[i]
		default:
			return nil
		}
	}
	return doc
}

// Red team, round 7 (F1): a quarantined value that is not JSON, or holds a
// string too long for the classifier, keeps no credential.
func TestScrubQuarantineText(t *testing.T) {
	rs := partsRuleset(t)
	for _, tc := range []struct{ in, secret, kept string }{
		{"email=anna%40example.de&password=hunter2xyz&country=DE", "hunter2xyz", "country=DE"},
		{"<Register><Email>anna@example.de</Email><ns:Password>hunter2xyz</ns:Password></Register>", "hunter2xyz", "<Email>anna@example.de</Email>"},
		{"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm5hIn0.abc123def456ghi789\r\nX-Request-Id: 42", "eyJhbGciOiJIUzI1NiJ9", "X-Request-Id: 42"},
		{"my password is hunter2xyz, please reset it", "hunter2xyz", ""},
		{`{"country":"DE","bio":"` + strings.Repeat("x ", 40000) + `my password is hunter2xyz"}`, "hunter2xyz", `"country":"DE"`},
	} {
		_, v := rs.ScrubQuarantine(nil, []byte(tc.in))
		if strings.Contains(string(v), tc.secret) || !strings.Contains(string(v), tc.kept) {
			t.Errorf("ScrubQuarantine(%.60q) = %.120q: want %q gone and %q kept", tc.in, v, tc.secret, tc.kept)
		}
	}
	if _, v := rs.ScrubQuarantine(nil, []byte("hello world, plain text")); string(v) != "hello world, plain text" {
		t.Errorf("plain text changed: %q", v)
	}
}

// The lexical reading drops what the parsed one finds: a form answer
// whose field's ref names a credential, a password document
// percent-encoded, an AWS key pair in text (red team, round 8: F11).
func TestScrubQuarantineEncodedCredentials(t *testing.T) {
	rs := partsRuleset(t)
	for _, v := range []string{
		`{"form_response":{"answers":[{"field":{"id":"x1","ref":"password","type":"short_text"},"type":"text","text":"Hunter2Pass!"}]}}`,
		`{"payload":"%7B%22password%22%3A%22Hunter2Pass%21%22%7D"}`,
		`{"meta":{"note":"AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}}`,
	} {
		_, out := rs.ScrubQuarantine(nil, []byte(v))
		for _, secret := range []string{"Hunter2Pass", "%22Hunter2", "AKIAIOSFODNN7"} {
			if strings.Contains(string(out), secret) {
				t.Errorf("%s: the quarantine record keeps %q: %s", v, secret, out)
			}
		}
	}
}

// A credential outside every string of a broken event (after it, in a
// comment, as a bare word) leaves no quarantine record, and a member name
// with an invalid byte inside is read as the name it spells (red team,
// round 8: F1).
func TestScrubQuarantineOutsideStrings(t *testing.T) {
	rs := partsRuleset(t)
	jwt := "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abcDEFghiJKLmnoPQRstuVWxyz0123456789abcd"
	for _, tc := range []struct{ in, secret string }{
		{`{"event_id":"e73","user":{"country":"DE"}} Authorization: Bearer ` + jwt, "abcDEFghi"},
		{`{"event_id":"e74",/* ghp_16C7e42F292c6912E7710c838347Ae178B4a */"user":{"country":"DE"}}`, "ghp_16C7"},
		{`{"event_id":"e76","session":` + jwt + `}`, "abcDEFghi"},
		{`{"event_id":"e75"} -----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0 -----END RSA PRIVATE KEY-----`, "MIIEowIBAAKCAQEA"},
		{`{"event_id":"e77","user":{"country":"DE"}} // password: Hunter2Pass`, "Hunter2Pass"},
		{"{\"event_id\":\"e141\",\"user\":{\"country\":\"DE\",\"pass\xffword\":\"Hunter2Pass!\"}}", "Hunter2Pass"},
	} {
		_, out := rs.ScrubQuarantine(nil, []byte(tc.in))
		if strings.Contains(string(out), tc.secret) {
			t.Errorf("%q: the quarantine record keeps %q: %s", tc.in, tc.secret, out)
		}
	}
	// Text after an event that holds no credential is kept as received.
	in := `{"event_id":"e78","user":{"country":"DE"}} trailing note`
	if _, out := rs.ScrubQuarantine(nil, []byte(in)); out != nil && string(out) != in {
		t.Errorf("%q: scrubbed to %s", in, out)
	}
}

// Red team, round 11 (F5): an event too large for the classifier keeps
// no security answer or parallel-list password in its quarantine record.
func TestScrubTooLarge(t *testing.T) {
	rs := partsRuleset(t)
	pad := `"pad":["` + strings.Repeat("x", 60000) + `","` + strings.Repeat("y", 60000) + `","` + strings.Repeat("z", 60000) + `","` + strings.Repeat("w", 60000) + `","` + strings.Repeat("v", 60000) + `"]`
	ev := `{"country":"DE","email":"a@b.de",` + pad + `,"kba":[{"question":"Name of your first pet?","answer":"Fluffy"}],"signup":{"keys":["login","password"],"values":["anna","hunter2xyz"]}}`
	if d := rs.Classify(Input{Value: []byte(ev), Source: "s/0/1"}); d.Reason != ReasonTooLarge {
		t.Fatalf("reason %q, want %q", d.Reason, ReasonTooLarge)
	}
	q := recordOf(t, rs, ev, "quarantine")
	for _, secret := range []string{"Fluffy", "hunter2xyz"} {
		if strings.Contains(q, secret) {
			t.Errorf("the too_large quarantine record keeps %q", secret)
		}
	}
	if !strings.Contains(q, `"email":"a@b.de"`) {
		t.Errorf("the quarantine record lost its e-mail: %.200s", q)
	}
}

// Red team 22 (F4): comments (JSONC, JSON5, '#') and '=' between a
// credential's name and its value hide nothing from the scrub.
func TestScrubQuarantineComments(t *testing.T) {
	rs := partsRuleset(t)
	for _, in := range []string{
		`{"event_id":"ly02","user":{"email":"m@example.de","country":"DE"},"password": /* rotated */ "Hunter2!Secret"}`,
		"{\n // signup from legacy form\n \"event_id\": \"ly03\",\n \"password\": // plain, hashed later\n   \"Hunter2!Secret\"\n}",
		`{"event_id":"lx02","user":{"email":"m@example.de"},"password" /* c */ : "Hunter2!Secret",}`,
		`{"event_id":"ly04","data":{"name":"password","value" /*v*/ : "Hunter2!Secret"},}`,
		`{"event_id":"ly05","api_key": /**/ "Hunter2!Secret",}`,
		"{\"event_id\":\"ly10\",\"password\": # note\n \"Hunter2!Secret\",}",
		`{"event_id":"lx08","password"="Hunter2!Secret"}`,
		`{"event_id":"c1", /* password: Hunter2!Secret */ "email":"m@example.de"}`,
	} {
		_, value := rs.ScrubQuarantine(nil, []byte(in))
		if strings.Contains(string(value), "Hunter2") {
			t.Errorf("%q: kept in %s", in, value)
		}
	}
}
