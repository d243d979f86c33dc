package classifier_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// credentialIn returns the projection of the first record, full and
// quarantine included, whose key, value or headers hold secret, or "".
func credentialIn(recs []classifier.Record, secret string) string {
	for _, r := range recs {
		if bytes.Contains(r.Value, []byte(secret)) || bytes.Contains(r.Key, []byte(secret)) {
			return r.Projection
		}
		for _, h := range r.Headers {
			if strings.Contains(string(h.Value), secret) {
				return r.Projection + " header"
			}
		}
	}
	return ""
}

// Red team 26 (F1, F2, F3): credentials under names in languages nobody
// tuned on, a security question's answer in German, and a cookie jar's
// session cookie (as a map and as a HAR's name/value list) leave in no
// record, full included; nor in the quarantine record of an event the
// parser refused (a duplicate member name).
func TestRedTeam26Credentials(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, secret string }{
		{"F1 Azerbaijani", `{"country":"AZ","user":{"email":"a@example.az","şifrə":"Qz8#kLm2pW"}}`, "Qz8#kLm2pW"},
		{"F1 Icelandic", `{"country":"DE","user":{"email":"a@example.is","lykilorð":"Qz8#kLm2pW"}}`, "Qz8#kLm2pW"},
		{"F1 Czech inside a name", `{"country":"CZ","user":{"email":"a@example.cz","heslo_uzivatele":"Qz8#kLm2pW"}}`, "Qz8#kLm2pW"},
		{"F1 Indonesian sandi", `{"country":"ID","user":{"email":"a@example.id","sandi":"Qz8#kLm2pW"}}`, "Qz8#kLm2pW"},
		{"F1 Persian", `{"country":"DE","user":{"email":"a@example.ir","رمز":"Qz8#kLm2pW"}}`, "Qz8#kLm2pW"},
		{"F1 Catalan", `{"country":"ES","user":{"email":"a@example.es","contrasenya":"Qz8#kLm2pW"}}`, "Qz8#kLm2pW"},
		{"F1 German secret", `{"country":"DE","user":{"email":"a@example.de","geheimnis":"Qz8#kLm2pW"}}`, "Qz8#kLm2pW"},
		{"F2 security answer in German", `{"country":"DE","user":{"email":"a@example.de"},"security":{"question":"Mädchenname der Mutter?","antwort":"Muellerin"}}`, "Muellerin"},
		{"F3 cookie jar map", `{"country":"DE","user":{"email":"a@example.de"},"cookies":{"_session_id":"Zx9Qw8Er7Ty6Ui5","theme":"dark"}}`, "Zx9Qw8Er7Ty6Ui5"},
		{"F3 cookie jar list", `{"country":"DE","user":{"email":"a@example.de"},"cookies":[{"name":"sessionid","value":"Q22sessAbcdef0123456789","domain":".example.com"}]}`, "Q22sessAbcdef0123456789"},
		{"F3 cookie jar list, duplicate key", `{"country":"DE","country":"DE","cookies":[{"name":"sessionid","value":"Q22sessAbcdef0123456789"}]}`, "Q22sessAbcdef0123456789"},
		{"F4 GraphQL variables, no jurisdiction", `{"query":"mutation Login($p: String!) { login(password: $p) }","variables":{"p":"Q27pass-Hunter2"}}`, "Q27pass-Hunter2"},
		{"F5 webhook signature, duplicate key", `{"country":"DE","country":"DE","h":{"Stripe-Signature":"t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"}}`, "5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if where := credentialIn(recs, tc.secret); where != "" {
				t.Errorf("the credential is in the %s record", where)
			}
		})
	}
	// Other cookies of a jar, a security question's wording and a
	// setting's switch named by an adjective ("geheim": secret, private)
	// stay what they were, kept in the full record.
	_, recs := process(rs, classifier.Input{Value: []byte(`{"country":"DE","user":{"email":"a@example.de","geheim":true},"cookies":{"_ga":"GA1.2.1234567890.1700000000"},"security":{"question":"Mädchenname der Mutter?","antwort":"x"}}`), Source: "t/0/1"})
	for _, r := range recs {
		if r.Projection == "full" && (!bytes.Contains(r.Value, []byte("GA1.2.1234567890.1700000000")) || !bytes.Contains(r.Value, []byte("Mädchenname")) || !bytes.Contains(r.Value, []byte(`"geheim":true`))) {
			t.Errorf("the full record lost a cookie id, a question or a switch: %s", r.Value)
		}
	}
}

// Red team 26 (F6, F7): a phone in its country's national notation with
// slashes or dots, and a social handle, under names a rule calls
// non-personal (a referrer, a source, a status) are found by value, and
// reach no record but the full one in clear. Versions, package scopes and
// group mentions stay as they are.
func TestRedTeam26NonPersonalNames(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, leak string }{
		{"F6 German mobile with a slash", `{"country":"DE","user":{"email":"a@example.de"},"meta":{"status":"0151/12345678"}}`, "0151/12345678"},
		{"F6 Berlin landline with a slash", `{"country":"DE","user":{"email":"a@example.de"},"meta":{"source":"030/1234567"}}`, "030/1234567"},
		{"F6 Austrian mobile with a slash", `{"country":"AT","user":{"email":"a@example.at"},"meta":{"source":"0664/1234567"}}`, "0664/1234567"},
		{"F6 French mobile with dots", `{"country":"FR","user":{"email":"a@example.fr"},"meta":{"channel":"06.12.34.56.78"}}`, "06.12.34.56.78"},
		{"F7 handle under a referrer", `{"country":"DE","user":{"email":"a@example.de","referrer":"@ivan_petrov"}}`, "ivan_petrov"},
		{"F7 handle under a channel", `{"country":"DE","user":{"email":"a@example.de"},"channel":"@ivan_petrov"}`, "ivan_petrov"},
		{"F7 handle in a source's words", `{"country":"DE","user":{"email":"a@example.de"},"source":"instagram @anna.schmidt87"}`, "anna.schmidt87"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s", d.Reason)
			}
			if leak, where := leaksOutsideFull(recs, []string{tc.leak}); leak != "" {
				t.Errorf("%q in clear in the %s record", leak, where)
			}
		})
	}
	for _, tc := range []struct{ name, ev, path, cat string }{
		{"a version with dots", `{"country":"DE","user":{"email":"a@example.de"},"os":{"version":"10.0.19045.2006"}}`, "/os/version", "app.version"},
		{"a Windows version", `{"country":"RU","user":{"email":"a@example.ru"},"os":{"version":"8.1.7601.17514"}}`, "/os/version", "app.version"},
		{"a package scope", `{"country":"DE","user":{"email":"a@example.de"},"source":"@types/node"}`, "/source", "event.type"},
		{"a group mention", `{"country":"DE","user":{"email":"a@example.de"},"channel":"@here"}`, "/channel", "event.type"},
		{"an e-mail's at", `{"country":"DE","user":{"email":"a@example.de"},"source":"partner@acme"}`, "/source", "event.type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			for _, f := range d.Fields {
				if f.Path == tc.path && f.Category != tc.cat {
					t.Errorf("%s: %s, want %s", tc.path, f.Category, tc.cat)
				}
			}
		})
	}
}

// Red team 26 (F8): a birth date with a two-digit year first, as Korea,
// Japan, China and Taiwan write it ("150503", the first half of a Korean
// resident number, and "15.05.03"), makes its subject a minor when that
// reading is the younger one; an adult's stays an adult's.
func TestRedTeam26YearFirstShortDates(t *testing.T) {
	rs := benchRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, ev string
		minor    bool
	}{
		{"yymmdd", `{"country":"KR","user":{"email":"a@example.kr","생년월일":"150503"}}`, true},
		{"yy.mm.dd", `{"country":"KR","user":{"email":"a@example.kr","birthday":"15.05.03"}}`, true},
		{"yy-mm-dd", `{"country":"JP","user":{"email":"a@example.jp","birthdate":"15-05-03"}}`, true},
		{"an adult's yymmdd", `{"country":"KR","user":{"email":"a@example.kr","생년월일":"850503"}}`, false},
		{"an adult's dd.mm.yy", `{"country":"DE","user":{"email":"a@example.de","dob":"03.05.85"}}`, false},
		{"a placeholder", `{"country":"KR","user":{"email":"a@example.kr","birth":"123456"}}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev), Time: at})
			if d.Failed() {
				t.Fatalf("failed: %s", d.Reason)
			}
			if d.Minor != tc.minor {
				t.Errorf("minor = %v, want %v", d.Minor, tc.minor)
			}
		})
	}
}
