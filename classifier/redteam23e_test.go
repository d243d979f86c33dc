package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// redTeam23Fields checks each event's field at path has category cat.
func redTeam23Fields(t *testing.T, cases []struct{ name, ev, path, cat string }) {
	t.Helper()
	rs := benchRuleset(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if f := field(d, tc.path); f == nil || f.Category != tc.cat {
				t.Fatalf("%s: got %+v, want %s", tc.path, f, tc.cat)
			}
		})
	}
}

// Red team 23 (F3): header lists in other producers' shapes name their
// values: Node's flat rawHeaders, {header, val} pairs, HAR cookies.
func TestRedTeam23HeaderLists(t *testing.T) {
	const payload = `,"payload":{"email":"a@example.de","country":"DE"}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"Node's rawHeaders: an HMAC after its name",
			`{"request":{"rawHeaders":["Host","api.example.com","X-Shopify-Hmac-Sha256","XWmrwMey6OsLMeiZKwP4FppHH3cmAiiJJAweH5Jo4bM=","User-Agent","Shopify-Captain-Hook"]}` + payload,
			"/request/rawHeaders/3", "credentials.secret"},
		{"rawHeaders: an API key of low entropy",
			`{"request":{"rawHeaders":["host","api.example.com","x-api-key","Sommer2024"]}` + payload,
			"/request/rawHeaders/3", "credentials.secret"},
		{"rawHeaders: a host is no secret",
			`{"request":{"rawHeaders":["host","api.example.com","x-api-key","Sommer2024"]}` + payload,
			"/request/rawHeaders/1", "unknown"},
		{"{header, val} pairs",
			`{"request":{"headers":[{"header":"X-Hub-Signature-256","val":"sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"}]}` + payload,
			"/request/headers/0/val", "credentials.secret"},
		{"HAR's session cookie",
			`{"user":{"email":"a@example.de","country":"DE"},"entry":{"request":{"method":"GET","url":"https://api.example.com/v1/me","cookies":[{"name":"sessionid","value":"k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6i7","path":"/","httpOnly":true}]}}}`,
			"/entry/request/cookies/0/value", "credentials.secret"},
		{"HAR's _session_id",
			`{"user":{"email":"a@example.de","country":"DE"},"entry":{"request":{"cookies":[{"name":"_session_id","value":"3f2a9b8c7d6e5f4a3b2c1d0e9f8a7b6c"}]}}}`,
			"/entry/request/cookies/0/value", "credentials.secret"},
		{"a cookie list's bare sessionid",
			`{"request":{"cookies":[{"name":"sessionid","value":"k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6i7"}]}` + payload,
			"/request/cookies/0/value", "credentials.secret"},
	})
}
