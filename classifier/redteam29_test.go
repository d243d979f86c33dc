package classifier_test

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// redTeam29Minor decides ev at a fixed time and reports whether the
// decision says a minor.
func redTeam29Minor(t *testing.T, rs *classifier.Ruleset, ev string) bool {
	t.Helper()
	d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1", Time: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)})
	if d.Failed() {
		t.Fatalf("%s: reason %q", ev, d.Reason)
	}
	return d.Minor
}

// Red team 29 (F1): a name a pattern makes a label ("lead_source" by
// "*source", "signupStatus" by "*status", "relayState" by "*state") held
// a person's record in base64 JSON or a data: URI, and left it in clear
// in the pseudonymized record: the value scan the exact name ("source",
// "state") gets was skipped for a pattern's weak match. The OAuth state's
// or RelayState's document is read for the birth date in it too.
func TestRedTeam29EncodedDocumentUnderPatternLabel(t *testing.T) {
	rs := benchRuleset(t)
	doc := base64.StdEncoding.EncodeToString([]byte(`{"email":"ivan.petrov@mail.ru","name":"Zhenya Kovalchuk","birthdate":"2014-05-05"}`))
	for _, name := range []string{"lead_source", "signupStatus", "onboardingStage", "relayState", "trafficChannel"} {
		for _, v := range []string{doc, "data:application/json;base64," + doc} {
			t.Run(name+"/"+v[:5], func(t *testing.T) {
				ev := `{"country":"DE","user":{"email":"a@example.de"},"` + name + `":"` + v + `"}`
				_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
				if where := notInClear(recs, doc); where != "" {
					t.Errorf("the encoded record is in clear in the %s record", where)
				}
				if !redTeam29Minor(t, rs, ev) {
					t.Errorf("the birth date in the document makes no minor")
				}
			})
		}
	}
	for _, name := range []string{"state", "RelayState"} {
		if ev := `{"country":"DE","user":{"email":"a@example.de"},"` + name + `":"` + doc + `"}`; !redTeam29Minor(t, rs, ev) {
			t.Errorf("%s: the birth date in the document makes no minor", name)
		}
	}
	// A label stays a label.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"DE","user":{"email":"a@example.de"},"lead_source":"google","signupStatus":"ACTIVE","relayState":"/dashboard"}`), Source: "t/0/1"})
	for _, p := range []string{"/lead_source", "/signupStatus", "/relayState"} {
		if f := field(d, p); f == nil || f.Personal {
			t.Errorf("%s: %+v, want a label", p, f)
		}
	}
}

// Red team 29 (F2): an OpenID Connect ID token (a JWT, alone, after
// "Bearer" in a header, or in a Sentry tag pair) states the subject's
// birthdate in claims anyone can read. The token leaves no record, but
// the child it says is nine was no minor, so under COPPA the e-mail and
// name beside it stayed (tokenized) in the pseudonymized record.
func TestRedTeam29JWTBirthdate(t *testing.T) {
	rs := benchRuleset(t)
	enc := base64.RawURLEncoding
	jwt := enc.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT"}`)) + "." +
		enc.EncodeToString([]byte(`{"sub":"123","name":"Tommy Smith","email":"tommy@example.com","birthdate":"2016-05-05"}`)) +
		".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
	for _, tc := range []struct{ name, ev string }{
		{"id_token", `{"country":"US","user":{"email":"tommy@example.com","name":"Tommy Smith"},"auth":{"id_token":"` + jwt + `"}}`},
		{"bearer header", `{"country":"US","user":{"email":"tommy@example.com"},"request":{"headers":{"Authorization":"Bearer ` + jwt + `"}}}`},
		{"sentry tag pair", `{"country":"US","user":{"email":"tommy@example.com"},"tags":[["Authorization","Bearer ` + jwt + `"],["X-User","tommy"]]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !redTeam29Minor(t, rs, tc.ev) {
				t.Errorf("the token's birthdate makes no minor")
			}
			_, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)})
			if where := credentialIn(recs, jwt[40:80]); where != "" {
				t.Errorf("the token is in the %s record", where)
			}
		})
	}
}

// Red team 29 (F3): a birth date or an age stated in free text other than
// in textAge's first-person phrases ("born 2012-05-05", "DOB 05/05/2012",
// "geboren am …", "Age: 13"), and a first-person age in text that also
// names a special category ("I am 13 and I have asthma": the text is
// health data, and the age was no longer read), made no minor.
func TestRedTeam29BirthInText(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"born 2014-05-05, love chess", true},
		{"born on 5 May 2014", true},
		{"Date of birth: 05.05.2014", true},
		{"DOB 05/05/2014", true},
		{"geboren am 05.05.2014", true},
		{"Родилась 5 мая 2014 года", true},
		{"born in 2014 in Berlin", true},
		{"Age: 13, from Berlin", true},
		{"I am 13 and I have asthma", true},
		{"I am 13 and go to church every sunday, catholic", true},
		{"birthday: 2014-06-01", true},
		// Not the subject's birth, or no birth at all.
		{"I was born 1980-01-01", false},
		{"born in Berlin, moved here 2019", false},
		{"my son was born 2015-01-01", false},
		{"birthday party on 2024-06-01", false},
		{"average: 13 points", false},
	} {
		ev := `{"country":"DE","user":{"email":"a@example.de","bio":"` + tc.text + `"}}`
		if got := redTeam29Minor(t, rs, ev); got != tc.want {
			t.Errorf("%q: minor %v, want %v", tc.text, got, tc.want)
		}
	}
}

// Red team 29 (F4): a pre-filled link's query names the birth date or the
// age ("?email=…&dob=2014-05-05", "?age=13", a hash route's
// "#/welcome?birth_date=…"), and a bare query string under a note's name:
// the link was personal by its first parameter, yet no age was read.
func TestRedTeam29QueryAges(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		link string
		want bool
	}{
		{"https://shop.example.com/signup?email=ivan.petrov%40mail.ru&dob=2014-05-05", true},
		{"https://x.example/?birthdate=2014-05-05", true},
		{"https://x.example/?age=13", true},
		{"https://x.example/#/welcome?fname=Anna&birth_date=05.05.2014", true},
		{"https://x.example/?user%5Bbirthday%5D=2014-05-05", true},
		{"https://x.example/?dob=1980-01-01&age=46", false},
	} {
		for _, name := range []string{"page_url", "referrer", "note"} {
			ev := `{"country":"DE","user":{"email":"a@example.de"},"` + name + `":"` + tc.link + `"}`
			if got := redTeam29Minor(t, rs, ev); got != tc.want {
				t.Errorf("%s %q: minor %v, want %v", name, tc.link, got, tc.want)
			}
		}
	}
	if !redTeam29Minor(t, rs, `{"country":"DE","user":{"email":"a@example.de"},"note":"dob=2014-05-05&x=1"}`) {
		t.Errorf("a bare query's dob makes no minor")
	}
}

// Red team 29 (F5): a special-category term as the key of a flag holding
// 1, "1" or "yes" ({"interests": {"hiv": 1}}, {"pregnant": "yes"}) is
// what the subject disclosed, as with true; the audit path named it in
// clear.
func TestRedTeam29TermKeysWithFlagValues(t *testing.T) {
	rs := benchRuleset(t)
	ev := `{"country":"DE","user":{"email":"a@example.de"},"interests":{"hiv":1,"pregnant":"yes","pregnancy":"1","diabetes":0}}`
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	for _, f := range d.Fields {
		for _, term := range []string{"hiv", "pregnan", "diabetes"} {
			if strings.Contains(strings.ToLower(f.Path), term) {
				t.Errorf("the decision's path %s names the term", f.Path)
			}
		}
	}
	for _, term := range []string{"hiv", "pregnan", "diabetes"} {
		for _, r := range recs {
			if r.Projection == "full" || r.Projection == "quarantine" {
				continue
			}
			if strings.Contains(strings.ToLower(string(r.Value)), term) {
				t.Errorf("%q is in the %s record: %s", term, r.Projection, r.Value)
			}
		}
	}
}

// Red team 29 (F6): SAML attributes kept in JSON under their OID names
// (SimpleSAMLphp's and Shibboleth's attribute maps with the uri name
// format) were unknown: personal by default, yet an RFC 3739
// countryOfCitizenship of RU gave no ru copy (242-FZ's localization of
// a citizen's data), and a dateOfBirth no minor. xmldoc.go read the same
// OIDs in a SAML assertion; a member name now reads them too. The
// attribute's GeneralizedTime ("20140505000000Z") was no date of birth
// under any name.
func TestRedTeam29OIDAttributeNames(t *testing.T) {
	rs := benchRuleset(t)
	ev := `{"country":"DE","user":{"email":"a@example.de"},"attributes":{"urn:oid:1.3.6.1.5.5.7.9.4":"RU","urn:oid:2.5.4.42":"Zinaida"}}`
	d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	ru := false
	for _, r := range d.Routes {
		ru = ru || r.Region == "ru" && r.Projection == "full"
	}
	if d.Failed() || !ru {
		t.Errorf("reason %q, routes %+v: want a full ru copy for an RU citizen", d.Reason, d.Routes)
	}
	if f := field(d, "/attributes/urn:oid:2.5.4.42"); f == nil || f.Category != "identity.name" {
		t.Errorf("givenName by OID: %+v", f)
	}
	if !redTeam29Minor(t, rs, `{"country":"DE","user":{"email":"a@example.de"},"attributes":{"urn:oid:1.3.6.1.5.5.7.9.1":"20140505000000Z"}}`) {
		t.Errorf("a dateOfBirth by OID makes no minor")
	}
	if !redTeam29Minor(t, rs, `{"country":"DE","user":{"email":"a@example.de","dob":"20140505000000Z"}}`) {
		t.Errorf("a GeneralizedTime date of birth makes no minor")
	}
	if redTeam29Minor(t, rs, `{"country":"DE","user":{"email":"a@example.de","dob":"19800505000000Z"}}`) {
		t.Errorf("an adult's GeneralizedTime date of birth makes a minor")
	}
}

// Red team 29 (F7): a security question's answer is a credential, yet
// only under a security question's container name was it found. Beside
// its question ({"q": "What is your mother's maiden name?", "a": …},
// {"recovery": {"question": …, "response": …}}, a form's label and
// value), after it in a pair, or under the question as its key, the
// answer stayed in the full record (and under "response", as a name, in
// the pseudonymized one as a token), and in the quarantine record of an
// event that does not parse.
func TestRedTeam29SecurityAnswers(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, part string }{
		{"q and a", `"answers":[{"q":"What is your mother's maiden name?","a":"Kuznetsova7"}]`},
		{"question and response", `"recovery":{"question":"Name of your first school?","response":"Kuznetsova7"}`},
		{"pair", `"challenge":[["What was your first pet's name?","Kuznetsova7"]]`},
		{"question as key", `"kba":{"What is your mother's maiden name?":"Kuznetsova7"}`},
		{"German form label", `"form":[{"label":"Wie lautet der Mädchenname Ihrer Mutter?","value":"Kuznetsova7"}]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, ev := range []string{
				`{"country":"DE","user":{"email":"a@example.de"},` + tc.part + `}`,
				`{"country":"DE","user":{"email":"a@example.de"},` + tc.part + `,`, // does not parse
			} {
				_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
				if where := credentialIn(recs, "Kuznetsova7"); where != "" {
					t.Errorf("%s: the answer is in the %s record", ev, where)
				}
			}
		})
	}
	// A question with no answer's name beside it, and text that mentions
	// a pet, keep their values.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"DE","user":{"email":"a@example.de","bio":"My first pet was a cat"},"survey":{"question":"What was your first pet's name?","id":"q7"}}`), Source: "t/0/1"})
	for _, p := range []string{"/user/bio", "/survey/id"} {
		if f := field(d, p); f == nil || strings.HasPrefix(f.Category, "credentials.") {
			t.Errorf("%s: %+v", p, f)
		}
	}
}
