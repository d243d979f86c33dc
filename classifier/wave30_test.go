package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Wave 30 (first seen before this): a meeting's join link (Teams'
// meetup-join and /meet/…?p=, Zoom's /j/…?pwd=) is a credential, as a
// recording's share link is; an authorization code in a token request
// (beside grant_type or a PKCE code_verifier) is one, as in a callback.
func TestWave30Credentials(t *testing.T) {
	const user = `"user":{"email":"a@example.de","country":"DE"}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"Teams meetup-join", `{` + user + `,"appointment":{"joinWebUrl":"https://teams.microsoft.com/l/meetup-join/19%3ameeting_3QhWRBtXS8E06iAKYrTYoc87FApTAqOgtTww0ZrYkl5Ruazt%40thread.v2/0?context=%7b%22Tid%22%3a%22507a01d3%22%7d"}}`,
			"/appointment/joinWebUrl", "credentials.secret"},
		{"Teams meet with a passcode", `{` + user + `,"appointment":{"anonymousJoinWebUrl":"https://teams.microsoft.com/meet/138172967126?p=2kHe8qo5abppkx5l"}}`,
			"/appointment/anonymousJoinWebUrl", "credentials.secret"},
		{"Zoom join with pwd", `{` + user + `,"meeting":{"url":"https://us02web.zoom.us/j/81234567890?pwd=abcDEF123"}}`,
			"/meeting/url", "credentials.secret"},
		{"a code in a token request", `{` + user + `,"request":{"form":{"grant_type":"authorization_code","client_id":"9nryprNG8gwSPI6UH4F7","code":"irAjSMQK87unQS2WXcJndlnGhH47cCRQ","code_verifier":"kv6BU2nQ0e6nv1X7RRMm-0EWu_jCIror2uoUAdNAiFv"}}}`,
			"/request/form/code", "credentials.secret"},
		{"a code of letters only", `{` + user + `,"request":{"form":{"grant_type":"authorization_code","code":"rTURjHZOjvQozADxOYKSJoRmofLeeKqw"}}}`,
			"/request/form/code", "credentials.secret"},
		{"a promo code is none", `{` + user + `,"promo":{"code":"SUMMER2024","grant_type":"discount"}}`,
			"/promo/code", "unknown"},
		{"a meeting's host page is none", `{` + user + `,"meeting":{"url":"https://teams.microsoft.com/"}}`,
			"/meeting/url", "online.url"},
	})
}

// Wave 30: devotional goods, a pregnancy's folic acid, a sign language
// interpreter, a psychiatrist's consultation are special categories.
func TestWave30Goods(t *testing.T) {
	const user = `"user":{"email":"a@example.cn","country":"CN"}`
	item := func(title string) string {
		return `{` + user + `,"order":{"items":[{"title":` + jsonString(title) + `,"qty":1}]}}`
	}
	rt21Special(t, []struct{ name, ev, path, cat string }{
		{"a rosary", item("圣母玫瑰念珠 橄榄木"), "/order/items/0/title", "sensitive.religion"},
		{"a sutra to copy", item("《金刚经》抄经本 10册"), "/order/items/0/title", "sensitive.religion"},
		{"folic acid for pregnant women", item("孕妇叶酸片 0.4mg*93片"), "/order/items/0/title", "sensitive.health"},
		{"prayer beads (ja)", item("本水晶 片手念珠 女性用"), "/order/items/0/title", "sensitive.religion"},
		{"merit for the dead (th)", item("อุทิศส่วนกุศลให้คุณแม่"), "/order/items/0/title", "sensitive.religion"},
		{"a psychiatrist (id)", item("Konsultasi Dokter Jiwa Online"), "/order/items/0/title", "sensitive.health"},
		{"a sign language interpreter (pl)", item("Tak – tłumacz języka migowego"), "/order/items/0/title", "sensitive.disability"},
		// A medicine by its dose or its counted dosage form (the CJEU's
		// Lindenapotheke: what a pharmacy sells is health data).
		{"a dose and tablets", item("Doliprane 1000 mg, 8 comprimés"), "/order/items/0/title", "sensitive.health"},
		{"tablets counted", item("Glucose Dextro Energy, 14 tablettes"), "/order/items/0/title", "sensitive.health"},
		{"tablets counted (ja)", item("ロキソニンS 12錠"), "/order/items/0/title", "sensitive.health"},
		{"a dose in IU", item("Vigantol 1000 IE Vitamin D3"), "/order/items/0/title", "sensitive.health"},
	})
}

// A drink by the millilitre, a pack by its count, a face mask by the
// sheet: no medicine.
func TestWave30NoMedicine(t *testing.T) {
	rs := benchRuleset(t)
	for _, title := range []string{"Coca-Cola 330 ml", "Tylenol-free snack box, 100 ct", "Face mask 10片装", "Olive oil 500 g", "Tab 5 of the album"} {
		ev := `{"user":{"email":"a@example.fr","country":"FR"},"order":{"items":[{"title":` + jsonString(title) + `,"qty":1}]}}`
		d := rs.Classify(classifier.Input{Value: []byte(ev)})
		if f := field(d, "/order/items/0/title"); f == nil || f.Sensitive {
			t.Errorf("%q: %+v, want no special category", title, f)
		}
	}
}

// Wave 30: a phone written as a JSON number (Truecaller's "phoneNumbers":
// [62812342113]) is read for evidence as its string is.
func TestWave30PhoneAsNumber(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ ev, want string }{
		{`{"profile":{"phoneNumbers":[62812342113],"onlineIdentities":{"email":"siti@proton.me"}}}`, "ID"},
		{`{"profile":{"phone":2348021231988,"email":"x@proton.me"}}`, "NG"},
	} {
		d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
		if d.Failed() || len(d.Jurisdictions) != 1 || d.Jurisdictions[0].Country != tc.want {
			t.Errorf("%s: reason %q, jurisdictions %+v; want %s", tc.ev, d.Reason, d.Jurisdictions, tc.want)
		}
	}
}
