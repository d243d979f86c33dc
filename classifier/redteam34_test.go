package classifier_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 34 (F1): a query's list of field names (fieldNameList) was
// meta.technical when every element was a name the rules know, and
// special categories' names are also the data: {"attributes": ["smoker",
// "selfharm"]} went out in clear in the pseudonymized copy. A list naming
// a special category or a credential stays unknown; a projection of
// ordinary names is still the program's.
func TestRedTeam34FieldListSpecialNames(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ ev, path, secret string }{
		{`{"country":"DE","email":"a@b.de","user":{"attributes":["smoker","selfharm"]}}`, "/user/attributes/1", "selfharm"},
		{`{"country":"DE","email":"a@b.de","profile":{"select":["hivpositive"]}}`, "/profile/select/0", "hivpositive"},
		{`{"country":"DE","email":"a@b.de","student":{"attributes":["iep","sped"]}}`, "/student/attributes/0", "iep"},
		{`{"country":"DE","email":"a@b.de","q":{"domain":[["smoker","=","heavy"]]}}`, "/q/domain/0/0", "smoker"},
	} {
		d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if f := field(d, tc.path); f == nil || !f.Personal {
			t.Errorf("%s: %s is %+v, want personal", tc.ev, tc.path, f)
		}
		if where := notInClear(recs, `"`+tc.secret+`"`); where != "" {
			t.Errorf("%s: %q in clear in the %s record", tc.ev, tc.secret, where)
		}
	}
	// An ordinary projection is still the program's.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","params":{"fields":["name","email","country_id"]}}`), Source: "t/0/1"})
	if f := field(d, "/params/fields/2"); f == nil || f.Category != "meta.technical" {
		t.Errorf("projection: %+v, want meta.technical", f)
	}
}

// Red team 34 (F2): a denial is read within its clause, but a clause
// ended only at punctuation followed by a space. A compact summary
// ("Smoker:no,Diabetic:yes"), fullwidth punctuation (NFKC makes "："
// and "，" ASCII with no space after), an em dash set without spaces, a
// tab, pairs ("smoker=no&diabetic=yes"), brackets and a label's answer
// before the next label ("Smoker: no Diabetic: yes") still let "no" deny
// the diabetes: under utm_content or status it went out in clear.
func TestRedTeam34DenialClauses(t *testing.T) {
	rs := benchRuleset(t)
	for _, text := range []string{
		"Smoker:no,Diabetic:yes",
		"smoker:no;diabetic:yes",
		"Smoker: no—Diabetic: yes",
		"Smoker：no，Diabetic：yes",
		"Smoker\tno\tDiabetic\tyes",
		"smoker=no&diabetic=yes",
		"smoker=no diabetic=yes",
		"Smoker: no Diabetic: yes",
		"smoker (no) diabetic (yes)",
		"Allergies: no…diabetic",
		"Allergies: no...Diabetic",
	} {
		ev := `{"country":"DE","email":"a@b.de","notes":` + jsonString(text) + `,"utm_content":` + jsonString(text) + `}`
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		for _, p := range []string{"/notes", "/utm_content"} {
			if f := field(d, p); f == nil || f.Category != "sensitive.health" {
				t.Errorf("%q: %s is %+v, want sensitive.health", text, p, f)
			}
		}
		if where := notInClear(recs, "iabet"); where != "" {
			t.Errorf("%q: in clear in the %s record", text, where)
		}
	}
	// Denials still deny; a term with punctuation inside still matches.
	for _, tc := range []struct{ text, cat string }{
		{"no diabetes", "text.free"},
		{"History: no diabetes, no HIV", "text.free"},
		{"Notes: no diabetes", "text.free"},
		{"no (diabetes)", "text.free"},
		{"1,5 no diabetes", "text.free"},
		{"CD&V-lid", "sensitive.political"},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","notes":` + jsonString(tc.text) + `}`), Source: "t/0/1"})
		if f := field(d, "/notes"); f == nil || f.Category != tc.cat {
			t.Errorf("%q: %+v, want %s", tc.text, f, tc.cat)
		}
	}
}

// Red team 34 (F3): a citizenship's letters drawn as symbols (circled,
// parenthesized, squared, regional indicators apart) folded to nothing,
// and an empty citizenship is no answer: a Russian citizen's event went
// to eu alone. A symbol nobody can read quarantines it.
func TestRedTeam34CitizenshipSymbols(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ cit, want string }{
		{"ⓇⓊ", "DE,RU"},
		{"ⓡⓤ", "DE,RU"},
		{"🅁🅄", "DE,RU"},
		{"🆁🆄", "DE,RU"},
		{"⒭⒰", "DE,RU"},
		{"🇷 🇺", "DE,RU"},
		{"𝐑𝐔", "DE,RU"},
		{"ℝ𝕌", "DE,RU"},
		{"ＲＵ", "DE,RU"},
		{"🏳", "Q:unrecognised_citizenship"},
		{"☭", "Q:unrecognised_citizenship"},
		{"-", "DE"},
		{"n/a", "DE"},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","citizenship":` + jsonString(tc.cit) + `}`), Source: "t/0/1"})
		got := redTeam24bCountries(d)
		if tc.want != got && !(strings.HasPrefix(tc.want, "DE,") && got == "RU,DE") {
			t.Errorf("citizenship %q: %s, want %s", tc.cit, got, tc.want)
		}
	}
}

// Red team 34 (F4): an XML-RPC call that is the whole value (not JSON:
// quarantined as not_object) kept its credentials in the quarantine
// record: a struct's password member (its element is <string>) and
// Odoo's password by position. And Odoo's db service over XML-RPC
// names no service in the body (it is the URL's): the master password
// first went out in clear.
func TestRedTeam34XMLRPCCredentials(t *testing.T) {
	rs := benchRuleset(t)
	for _, x := range []string{
		`<?xml version="1.0"?><methodCall><methodName>call</methodName><params><param><value><struct><member><name>login</name><value><string>anna</string></value></member><member><name>password</name><value><string>Zq7hunter</string></value></member></struct></value></param></params></methodCall>`,
		`<?xml version="1.0"?><methodCall><methodName>execute_kw</methodName><params><param><value><string>prod</string></value></param><param><value><int>2</int></value></param><param><value><string>Zq7hunter</string></value></param></params></methodCall>`,
		`<?xml version="1.0"?><methodCall><methodName>drop</methodName><params><param><value><string>Zq7hunter</string></value></param><param><value><string>prod</string></value></param></params></methodCall>`,
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(x), Source: "t/0/1"})
		for _, r := range recs {
			if bytes.Contains(r.Value, []byte("Zq7hunter")) || bytes.Contains(r.Key, []byte("Zq7hunter")) {
				t.Errorf("%s: the password in the %s record", x, r.Projection)
			}
		}
		if _, v := rs.ScrubQuarantine(nil, []byte(x)); bytes.Contains(v, []byte("Zq7hunter")) {
			t.Errorf("%s: ScrubQuarantine kept the password", x)
		}
	}
	// A scrubbed XML element is emptied, not the whole value replaced.
	if _, v := rs.ScrubQuarantine(nil, []byte(`<login><user>anna</user><password>Zq7hunter</password></login>`)); string(v) != `<login><user>anna</user><password></password></login>` {
		t.Errorf("XML element: %s", v)
	}
	body := `<methodCall><methodName>change_admin_password</methodName><params><param><value><string>Zq7hunter</string></value></param><param><value><string>new</string></value></param></params></methodCall>`
	d, recs := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","request":{"url":"/xmlrpc/2/db","body":` + jsonString(body) + `}}`), Source: "t/0/1"})
	if f := field(d, "/request/body"); f == nil || f.Category != "credentials.secret" {
		t.Errorf("db call body: %+v, want credentials.secret", f)
	}
	for _, r := range recs {
		if bytes.Contains(r.Value, []byte("Zq7hunter")) {
			t.Errorf("db call: the master password in the %s record", r.Projection)
		}
	}
}

// Red team 34 (F5): the year before a word for birth in Chinese,
// Japanese and Korean took 生 and 생 alone as the word, so 2014年生产
// (made in 2014), 2014年の生活 (life in 2014), 2014년 생산 and 생일 made
// the writer a child; and a child named by rank or a sibling (長男, 弟,
// 동생) before a grade was the writer's.
func TestRedTeam34CJKMinors(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		bio   string
		minor bool
	}{
		{"2014年生产的手机", false},
		{"我2014年生活在北京", false},
		{"2014年の生活は楽しかった", false},
		{"2014年に生産された車", false},
		{"2014년 생산 모델", false},
		{"2014년 생일 파티", false},
		{"2014年出生率", false},
		{"うちの長男は中学3年生です", false},
		{"弟は中学2年生です", false},
		{"동생은 중학생이에요", false},
		{"2014年生まれです", true},
		{"2014年生です", true},
		{"我是2014年出生的", true},
		{"2014년생이에요", true},
		{"2014년 출생", true},
		{"兄がいます。私は中学3年生です", true},
		{"中学3年生です", true},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","bio":` + jsonString(tc.bio) + `}`), Source: "t/0/1"})
		if d.Minor != tc.minor {
			t.Errorf("%q: minor %v, want %v", tc.bio, d.Minor, tc.minor)
		}
	}
}

// Red team 34 (F6): rpcTechnicalArg walked the whole "args" list for
// each of its elements, and fieldNameList a projection's whole list (up
// to 257 names) for each name: an event of 10,000 arguments took ten
// times an ordinary one's time. Each is linear now; compare the three
// with go test -bench RedTeam34LongLists (a timed test would flake on a
// loaded machine).
func BenchmarkRedTeam34LongLists(b *testing.B) {
	rs := benchRuleset(b)
	var args, fields, plain strings.Builder
	for i := 0; i < 5000; i++ {
		if i > 0 {
			args.WriteByte(',')
			fields.WriteByte(',')
			plain.WriteByte(',')
		}
		args.WriteString(`"x` + strings.Repeat("y", i%7) + `"`)
		fields.WriteString(`"name"`)
		plain.WriteString(`"x` + strings.Repeat("y", i%7) + `"`)
	}
	for _, c := range []struct{ name, ev string }{
		{"plain", `{"country":"DE","email":"a@b.de","list":[` + plain.String() + `]}`},
		{"args", `{"country":"DE","email":"a@b.de","method":"execute_kw","args":["db",2,"pw",` + args.String() + `]}`},
		{"fields", `{"country":"DE","email":"a@b.de","fields":[` + fields.String() + `]}`},
	} {
		b.Run(c.name, func(b *testing.B) {
			in := classifier.Input{Value: []byte(c.ev), Source: "t/0/1"}
			for b.Loop() {
				rs.Classify(in)
			}
		})
	}
}

// Red team 34 (F7): a stack frame's abs_path and filename are the
// program's now (fields.yaml's frames context), and spacedHome read a
// home folder named with a space only after "C:\Users\" or at a path's
// start: "C:/Users/Ivan Petrov/app.js" (JavaScript's slashes),
// "c:\users\…" (Python's lower case), "file:///C:/Users/…", WSL's
// "/mnt/c/Users/…", "Sean O'Brien" went out in clear.
func TestRedTeam34SpacedHomeInFrames(t *testing.T) {
	rs := benchRuleset(t)
	for _, p := range []string{
		`C:/Users/Ivan Petrov/app.js`,
		`file:///C:/Users/Ivan Petrov/app.js`,
		`webpack:///C:/Users/Ivan Petrov/src/a.js`,
		`c:\users\Ivan Petrov\x.py`,
		`/mnt/c/Users/Ivan Petrov/x.py`,
		`C:\Users\Sean O'Brien\x.py`,
		`C:\Users\Ivan Petrov (Work)\x.py`,
		`C:\Documents and Settings\Ivan Petrov\x.py`,
	} {
		ev := `{"country":"DE","email":"a@b.de","exception":{"values":[{"stacktrace":{"frames":[{"abs_path":` + jsonString(p) + `,"filename":` + jsonString(p) + `}]}}]}}`
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		for _, k := range []string{"abs_path", "filename"} {
			if f := field(d, "/exception/values/0/stacktrace/frames/0/"+k); f == nil || !f.Personal {
				t.Errorf("%s: %s is %+v, want personal", p, k, f)
			}
		}
		if where := notInClear(recs, "Petrov"); where != "" {
			t.Errorf("%s: the name in clear in the %s record", p, where)
		}
	}
	for _, p := range []string{`C:\Users\Public\x.py`, `C:\Program Files\App\x.py`, `/usr/lib/python3/x.py`} {
		ev := `{"country":"DE","email":"a@b.de","exception":{"values":[{"stacktrace":{"frames":[{"abs_path":` + jsonString(p) + `}]}}]}}`
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if f := field(d, "/exception/values/0/stacktrace/frames/0/abs_path"); f == nil || f.Personal {
			t.Errorf("%s: %+v, want the program's", p, f)
		}
	}
}

// Red team 34 (F8): an age alone as the whole value ("12yo", red team
// 33) made the writer a minor under any name nothing claims: a whisky's
// age, a career's length, a product's size. Only a text's name (a bio)
// says the value is its writer's.
func TestRedTeam34AgeTokenOnlyInText(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		ev    string
		minor bool
	}{
		{`{"country":"DE","email":"a@b.de","favorite_whisky":"12yo"}`, false},
		{`{"country":"DE","email":"a@b.de","experience":"12yrs"}`, false},
		{`{"country":"DE","email":"a@b.de","order":{"items":[{"variant":"12yrs"}]}}`, false},
		{`{"country":"DE","email":"a@b.de","bio":"12yo"}`, true},
		{`{"country":"DE","email":"a@b.de","about_me":"13y/o"}`, true},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if d.Minor != tc.minor {
			t.Errorf("%s: minor %v, want %v", tc.ev, d.Minor, tc.minor)
		}
	}
}
