package classifier_test

// Red team 35: the late commits of the session (switches named like
// secrets, field lists and time units, path-keyed members, a
// nationality's documents, durations, openEHR's territory).

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 35 (F1): pathKeyCategory read the last two segments of a
// path-keyed member as one name before anything else, so a credential or
// a special category an earlier segment named lost to them:
// "token/device/model" was device.model and "password/ctx/territory"
// geo.location_country (non-personal, in clear in every record, the
// second one even evidence), "password/first/name" identity.name (the
// password in the full record), "diagnosis/last/name" no longer health.
func TestRedTeam35PathKeyJoinKeepsSecrets(t *testing.T) {
	const ev = `{"country":"DE","email":"a@b.de","password/first/name":"hunter2","token/device/model":"eyJhbGciOiJIUzI1NiJ9",` +
		`"password/ctx/territory":"RU","apikey/user/agent":"sk_live_abcdefgh","diagnosis/last/name":"F32.1","cvv/screen/width":"123",` +
		`"ctx/territory":"SI","user/settings/theme":"dark"}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a password before a name", ev, "/password~1first~1name", "credentials.password"},
		{"a token before a device model", ev, "/token~1device~1model", "credentials.secret"},
		{"a password before a territory", ev, "/password~1ctx~1territory", "credentials.password"},
		{"an API key before a user agent", ev, "/apikey~1user~1agent", "credentials.secret"},
		{"a diagnosis before a name", ev, "/diagnosis~1last~1name", "sensitive.health"},
		{"a CVV before a screen width", ev, "/cvv~1screen~1width", "credentials.secret"},
		{"openEHR's territory still", ev, "/ctx~1territory", "geo.location_country"},
		{"a setting still", ev, "/user~1settings~1theme", "device.model"},
	})
	rs := benchRuleset(t)
	_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	for _, secret := range []string{"hunter2", "eyJhbGciOiJIUzI1NiJ9", "sk_live_abcdefgh"} {
		for _, r := range recs {
			if strings.Contains(string(r.Value), secret) {
				t.Errorf("%q in the %s record", secret, r.Projection)
			}
		}
	}
}

// Red team 35 (F2): a yes or no under a credential's pattern became
// meta.flag (fc5e0ef) also when the credential was the container's
// ({"password": {"value": "true"}}) and when the text was under no
// switch's name ({"user_password": "false"}): a password that reads
// "true" or "no" went out in clear. A JSON true or false, and a yes or no
// under a switch's name, are still switches.
func TestRedTeam35CredentialYesNo(t *testing.T) {
	const ev = `{"country":"DE","email":"a@b.de","password":{"value":"true"},"user_password":"false","account":{"login_pin":"on"},` +
		`"privacy_info":{"uses_transient_token":"No"},"has_token":true}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a password's value", ev, "/password/value", "credentials.secret"},
		{"a password that reads false", ev, "/user_password", "credentials.password"},
		{"a PIN that reads on", ev, "/account/login_pin", "credentials.secret"},
		{"a switch still", ev, "/privacy_info/uses_transient_token", "meta.flag"},
		{"a JSON switch still", ev, "/has_token", "meta.flag"},
	})
}

// Red team 35 (F3): durationName dropped every age read in text under a
// name holding "experience", "period" or "ago" anywhere: a child's "I am
// 12 years old and love coding" under experience, and "12 years, Berlin"
// under dragon_story (d-ago-n), made no minor. A first-person age counts
// under a duration's name; a tenure's "4 years, 8 months" still does not.
func TestRedTeam35DurationNamesKeepStatedAges(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		ev    string
		minor bool
	}{
		{`{"country":"DE","email":"a@b.de","experience":"I am 12 years old and love coding"}`, true},
		{`{"country":"DE","email":"a@b.de","coding_experience":"12 years old, self-taught"}`, true},
		{`{"country":"DE","email":"a@b.de","gaming_experience":"im 11 and play minecraft"}`, true},
		{`{"country":"DE","email":"a@b.de","dragon_story":"12 years, Berlin, love drawing"}`, true},
		{`{"country":"DE","email":"a@b.de","work":{"tenureDuration":"4 years, 8 months"}}`, false},
		{`{"country":"DE","email":"a@b.de","experience":"12yrs"}`, false},
		{`{"country":"DE","email":"a@b.de","experience":"I have 12 years of experience"}`, false},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)})
		if d.Minor != tc.minor {
			t.Errorf("%s: minor %v, want %v", tc.ev, d.Minor, tc.minor)
		}
	}
}

// Red team 35 (F4): a nationality's documents stopped inheriting its
// citizenship (5fc7e0b), and with them the country that issued them:
// Open Finance's {"nationality": [{"documents": [{"type": "PASSAPORTE",
// "country": "RUS"}]}]} became identity.document_country, no evidence, and
// a Russian citizen got no ru route. The country in a nationality's
// documents is that nationality; the documents' other members stay
// unknown ("NA" is still no Namibian).
func TestRedTeam35NationalityDocumentCountry(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ ev, want string }{
		{`{"email":"a@b.de","country":"DE","nationality":[{"otherNationalitiesInfo":"UKR","documents":[{"type":"PASSAPORTE","number":"X123","country":"RUS","additionalInfo":"NA"}]}]}`, "RU,DE"},
		{`{"email":"a@b.de","country":"DE","citizenship":{"documents":[{"country":"RU"}]}}`, "RU,DE"},
		{`{"data":[{"civilName":"Andrii Kovalenko","nationality":[{"otherNationalitiesInfo":"UKR","documents":[{"type":"SOCIAL SEC","number":"075193305","additionalInfo":"NA"}]}]}]}`, "UA"},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if got := redTeam24bCountries(d); got != tc.want {
			t.Errorf("%s: got %s (%s), want %s", tc.ev, got, d.Detail, tc.want)
		}
	}
}

// Red team 35 (F5): openEHR's territory was read under any "context"
// parent, and location localizes for cn and vn: a CRM's {"context":
// {"territory": "CN"}} (a sales region) sent a German resident's data to
// cn in full and to eu redacted. Only ctx and composition name openEHR's.
func TestRedTeam35SalesContextTerritory(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ ev, want string }{
		{`{"email":"a@b.de","country":"DE","crm":{"context":{"territory":"CN"}}}`, "DE"},
		{`{"ctx":{"language":"pt","territory":"BR","composer_name":"Dr. Gabriel Souza"}}`, "BR"},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if got := redTeam24bCountries(d); got != tc.want {
			t.Errorf("%s: got %s (%s), want %s", tc.ev, got, d.Detail, tc.want)
		}
	}
}

// BenchmarkRedTeam35PathKeys: an event of 480 distinct member names that
// are long paths. pathKeyCategory looks each segment up; past
// maxPathKeySegments a name is read as any other (480 names of 250
// segments doubled the event's time).
func BenchmarkRedTeam35PathKeys(b *testing.B) {
	rs := benchRuleset(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		// New names each time: the key cache must not answer them.
		b.StopTimer()
		var sb strings.Builder
		sb.WriteString(`{"country":"DE","email":"a@b.de"`)
		for j := 0; j < 480; j++ {
			fmt.Fprintf(&sb, `,"%s%d_%d":"v"`, strings.Repeat("a/", 250), i, j)
		}
		sb.WriteString("}")
		ev := []byte(sb.String())
		b.StartTimer()
		process(rs, classifier.Input{Value: ev, Source: "t/0/1"})
	}
}

// Red team 35 (F6): a path-keyed member name whose segment is a person
// ("contacts/Ivan Petrov/email", "members/ivan_petrov/role") kept the
// name in clear in the pseudonymized record's key and in the audit path,
// where the same key one level down ({"contacts": {"Ivan Petrov": …}}) is
// tokenized; path keys are read by their segments since 5fc7e0b. Such a
// key is data; openEHR's paths and field-word segments stay names.
func TestRedTeam35PersonInPathKey(t *testing.T) {
	rs := benchRuleset(t)
	const ev = `{"country":"DE","email":"a@b.de","contacts/Ivan Petrov/email":"x@y.ru","members/ivan_petrov/role":"admin",` +
		`"vital_signs/body_weight/any_event:0/weight|magnitude":72.5,"user/settings/theme":"dark","user/First Name":"Ivan"}`
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	for _, name := range []string{"Ivan Petrov", "ivan_petrov"} {
		if where := notInClear(recs, name); where != "" {
			t.Errorf("%q in clear in the %s record", name, where)
		}
		for _, f := range d.Fields {
			if strings.Contains(f.Path, name) {
				t.Errorf("%q in the decision's path %s", name, f.Path)
			}
		}
	}
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"openEHR's path", ev, "/vital_signs~1body_weight~1any_event:0~1weight|magnitude", "sensitive.health"},
		{"a setting's path", ev, "/user~1settings~1theme", "device.model"},
		{"a field's words", ev, "/user~1First Name", "identity.name"},
	})
}

// Red team 35 (F7): a host name under a site's or a page's record
// (fc5e0ef: GA4's device.web_info.hostname) is meta.technical, in clear
// in every record, also when it spells a person: "anna-schmidt.de", a
// device's "annas-macbook-pro.local". A host with a given name in it is
// unknown, personal by default; a company's site stays the program's.
func TestRedTeam35PersonHostNames(t *testing.T) {
	const ev = `{"country":"DE","email":"a@b.de","site_info":{"domain":"anna-schmidt.de"},"web_info":{"hostname":"annas-macbook-pro.local"},` +
		`"device":{"web_info":{"hostname":"www.example.de"}}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a person's domain", ev, "/site_info/domain", "unknown"},
		{"a person's device", ev, "/web_info/hostname", "unknown"},
		{"a company's site", ev, "/device/web_info/hostname", "meta.technical"},
	})
	rs := benchRuleset(t)
	_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if where := notInClear(recs, "anna-schmidt.de"); where != "" {
		t.Errorf("the domain in clear in the %s record", where)
	}
}

// Red team 35 (F8): a path-keyed member name opened by a JSON Pointer's
// slash was not read by its segments: "/token/device/model" stayed
// device.model (a token in clear in every record), "/secrets/api_key/0"
// unknown (the key in the full record).
func TestRedTeam35PointerPathKeys(t *testing.T) {
	const ev = `{"country":"DE","email":"a@b.de","/token/device/model":"eyJhbGciOiJIUzI1NiJ9","/secrets/api_key/0":"abc123",` +
		`"/contacts/Ivan Petrov/email":"x@y.ru","/user/settings/theme":"dark"}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a token's pointer", ev, "/~1token~1device~1model", "credentials.secret"},
		{"an API key's pointer", ev, "/~1secrets~1api_key~10", "credentials.secret"},
		{"a setting's pointer", ev, "/~1user~1settings~1theme", "device.model"},
	})
	rs := benchRuleset(t)
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if where := notInClear(recs, "Ivan Petrov"); where != "" {
		t.Errorf("the name in clear in the %s record", where)
	}
	for _, f := range d.Fields {
		if strings.Contains(f.Path, "Ivan Petrov") {
			t.Errorf("the name in the decision's path %s", f.Path)
		}
	}
}
