package classifier_test

// Session 22: values written in notations the readers missed, and
// credentials found by where they sit.

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// TestFullwidthCountries: a country typed with a CJK input method's
// fullwidth Latin letters is the country; before, a fullwidth
// citizenship quarantined the event as unrecognised and a fullwidth
// residence named no one.
func TestFullwidthCountries(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, want string }{
		{"fullwidth citizenship code", `{"email":"a@example.fr","citizenship":"ＲＵ","country":"FR"}`, "RU,FR"},
		{"fullwidth residence", `{"email":"a@example.jp","country":"ＪＰ"}`, "JP"},
		{"fullwidth demonym", `{"email":"a@example.fr","nationality":"Ｒｕｓｓｉａｎ","country":"FR"}`, "RU,FR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if got := redTeam24bCountries(d); got != tc.want {
				t.Fatalf("got %s (%s), want %s", got, d.Detail, tc.want)
			}
		})
	}
}

// TestCodesByChannel: a one-time code named by the channel it went by,
// under a verification's record, is a credential; the address being
// verified, under the same names, is the address.
func TestCodesByChannel(t *testing.T) {
	const user = `{"user":{"email":"a@example.de","country":"DE"},`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"code sent by e-mail", user + `"verification":{"email":"482913"}}`, "/verification/email", "credentials.secret"},
		{"code sent by text, a number", user + `"otp":{"sms":482913}}`, "/otp/sms", "credentials.secret"},
		{"the address being verified", user + `"verification":{"email":"anna@example.de","status":"pending"}}`, "/verification/email", "contact.email"},
		{"a phone being verified", user + `"verification":{"phone":"+4915112345678"}}`, "/verification/phone", "contact.phone"},
		{"a Singapore number being verified", user + `"verification":{"phone":"91234567"}}`, "/verification/phone", "contact.phone"},
		{"a code sent to the phone", user + `"verification":{"phone":"482913"}}`, "/verification/phone", "credentials.secret"},
	})
}

// TestRPCPasswordNotations: Odoo's password by position when it is a
// JSON number, and in an XML-RPC call logged as text (read as the JSON-RPC
// call it stands for, so its struct's members are named too).
func TestRPCPasswordNotations(t *testing.T) {
	rs := benchRuleset(t)
	xmlrpc := `<?xml version=\"1.0\"?><methodCall><methodName>execute_kw</methodName><params>` +
		`<param><value><string>mydb</string></value></param><param><value><int>2</int></value></param>` +
		`<param><value><string>Qwerty123!x</string></value></param><param><value><string>res.partner</string></value></param>` +
		`<param><value><string>write</string></value></param><param><value><array><data><value><array><data><value><int>7</int></value></data></array></value>` +
		`<value><struct><member><name>email</name><value><string>anna@example.de</string></value></member>` +
		`<member><name>country_code</name><value><string>DE</string></value></member></struct></value></data></array></value></param></params></methodCall>`
	for _, tc := range []struct{ name, ev, secret string }{
		{"password as a number", `{"country":"EG","method":"call","params":{"service":"object","method":"execute_kw","args":["db",2,918273645,"res.partner","read",[[7]]]}}`, "918273645"},
		{"password as a number, quarantined", `{"method":"call","params":{"service":"object","method":"execute_kw","args":["db",2,918273645,"res.partner","read",[[7]]]}}`, "918273645"},
		{"XML-RPC call in a logged body", `{"country":"EG","request":{"path":"/xmlrpc/2/object","body":"` + xmlrpc + `"}}`, "Qwerty123!x"},
		{"XML-RPC call, quarantined", `{"request":{"path":"/xmlrpc/2/object","body":"` + strings.ReplaceAll(xmlrpc, "DE", "??") + `"}}`, "Qwerty123!x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if len(recs) == 0 {
				t.Fatal("no records")
			}
			for _, r := range recs {
				if bytes.Contains(r.Value, []byte(tc.secret)) {
					t.Errorf("%s record holds the RPC password", r.Projection)
				}
			}
		})
	}
	// The struct's members count: the e-mail's residence is read.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"request":{"path":"/xmlrpc/2/object","body":"` + xmlrpc + `"}}`), Source: "t/0/1"})
	if got := redTeam24bCountries(d); got != "DE" {
		t.Errorf("countries %s, want DE from the call's struct", got)
	}
}

// TestProgramPlaces: a stack frame's file and function, an HTTP
// request's own headers, PostHog's $initial_ and GeoIP properties are the
// program's or the network's; a frame's path in a home folder named after
// a person, spaces and all, is that person's.
func TestProgramPlaces(t *testing.T) {
	const frames = `{"email":"a@example.de","country":"DE","exception":{"values":[{"stacktrace":{"frames":[` +
		`{"filename":"app/views.py","abs_path":"/srv/app/views.py","function":"signup","module":"app.views","lineno":42,"vars":{"email":"x@example.de"}},` +
		`{"filename":"C:\\Users\\Ivan Petrov\\AppData\\Local\\app.exe","function":"main"}]}}]},` +
		`"request":{"headers":{"Host":"api.example.com","Accept":"text/html,application/xhtml+xml;q=0.9,*/*;q=0.8","Sec-Fetch-Mode":"navigate","Referer":"https://x.example/u/ivan.petrov"}}}`
	const f = "/exception/values/0/stacktrace/frames/"
	const posthog = `{"distinct_id":"u1","properties":{"email":"a@example.de","$geoip_country_code":"DE","$initial_os":"Mac OS X","$referring_domain":"www.google.com","$pathname":"/signup"}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a frame's file", frames, f + "0/abs_path", "meta.technical"},
		{"a frame's function", frames, f + "0/function", "meta.technical"},
		{"a frame's variables keep their names", frames, f + "0/vars/email", "contact.email"},
		{"a Windows home folder with a space", frames, f + "1/filename", "identity.username"},
		{"a request's Accept", frames, "/request/headers/Accept", "meta.technical"},
		{"a request's Host", frames, "/request/headers/Host", "meta.technical"},
		{"GeoIP country", posthog, "/properties/$geoip_country_code", "geo.ip_country"},
		{"$initial_ names what follows", posthog, "/properties/$initial_os", "device.os"},
		{"a referring domain", posthog, "/properties/$referring_domain", "meta.referrer"},
	})
	d, _ := process(benchRuleset(t), classifier.Input{Value: []byte(posthog), Source: "t/0/1"})
	if got := redTeam24bCountries(d); got != "DE" {
		t.Errorf("countries %s, want DE from the GeoIP country", got)
	}
}

// TestQueryNames: a query's projection and its domain's fields and
// operators are names, not values; Odoo's database, model and method
// beside a password by position are the program's. A list with a name the
// rules do not know, and a domain term's value, keep their own reading.
func TestQueryNames(t *testing.T) {
	const ev = `{"country":"EG","params":{"service":"object","method":"execute_kw","args":["prod_db",2,"Qwerty123!","res.partner","search_read",` +
		`[[["email","ilike","anna@example.de"],["Ivan Petrov","=","x"]]]],"kwargs":{"fields":["name","email","country_id","partner_id.name"]}},` +
		`"q":{"fields":["name","Ivan Petrov"]}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a projection's field", ev, "/params/kwargs/fields/0", "meta.technical"},
		{"a many-to-one field", ev, "/params/kwargs/fields/2", "meta.technical"},
		{"a dotted field", ev, "/params/kwargs/fields/3", "meta.technical"},
		{"a list with a name no rule knows", ev, "/q/fields/1", "unknown"},
		{"a domain's field", ev, "/params/args/5/0/0/0", "meta.technical"},
		{"a domain's operator", ev, "/params/args/5/0/0/1", "meta.technical"},
		{"a domain's value", ev, "/params/args/5/0/0/2", "contact.email"},
		{"a term of no known field", ev, "/params/args/5/0/1/0", "unknown"},
		{"the database", ev, "/params/args/0", "meta.technical"},
		{"the model", ev, "/params/args/3", "meta.technical"},
		{"the caller's uid", ev, "/params/args/1", "unknown"},
	})
}

// TestSwitchesNamedLikeSecrets: a yes or no under a name a credential's
// pattern matches (GA4's privacy_info.uses_transient_token, has_password)
// is a switch; under a credential's own name it stays hidden. GA4's
// device and consent names are the device's and the person's choices.
func TestSwitchesNamedLikeSecrets(t *testing.T) {
	const ev = `{"country":"DE","email":"a@example.de","has_password":false,"password":true,` +
		`"privacy_info":{"uses_transient_token":"No","analytics_storage":"Yes"},` +
		`"device":{"operating_system":"iOS","mobile_model_name":"iPhone","is_limited_ad_tracking":"No","web_info":{"hostname":"www.example.de"}}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a flag named like a token", ev, "/privacy_info/uses_transient_token", "meta.flag"},
		{"has_password", ev, "/has_password", "meta.flag"},
		{"a password's own name", ev, "/password", "credentials.password"},
		{"consent mode", ev, "/privacy_info/analytics_storage", "consent.preference"},
		{"operating system", ev, "/device/operating_system", "device.os"},
		{"model name", ev, "/device/mobile_model_name", "device.model"},
		{"the site's host name", ev, "/device/web_info/hostname", "meta.technical"},
	})
}

// TestFieldListsAndTimeUnits: a projection list of mostly known names
// with a few a program made up is names; one that holds a handle is
// not. A time word followed by its unit (set_timestamp_micros) is a
// record's time.
func TestFieldListsAndTimeUnits(t *testing.T) {
	const ev = `{"country":"EG","kwargs":{"fields":["id","display_name","name","is_company","email","x_studio_section","customer_rank"]},` +
		`"q":{"fields":["name","email","ivan_petrov","zip"]},"r":{"fields":["name","email","phone","smoker"]},"props":{"set_timestamp_micros":"1717171717000000","created_at_ms":1717171717000}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a made-up field name among known ones", ev, "/kwargs/fields/5", "meta.technical"},
		{"a known one", ev, "/kwargs/fields/4", "meta.technical"},
		{"a list with a handle", ev, "/q/fields/2", "unknown"},
		{"and its known names", ev, "/q/fields/0", "unknown"},
		{"a special category's name among known ones", ev, "/r/fields/3", "unknown"},
		{"keeps the list unknown", ev, "/r/fields/0", "unknown"},
		{"a timestamp in microseconds", ev, "/props/set_timestamp_micros", "event.timestamp"},
		{"a time in milliseconds", ev, "/props/created_at_ms", "event.timestamp"},
	})
}

// TestSportsInjuries: an athlete's note about an injury or an operation
// is health data (a Strava activity's description).
func TestSportsInjuries(t *testing.T) {
	for _, text := range []string{
		"Back on the bike 3 weeks after the concussion.",
		"Knee still sore after the ACL surgery, kept it easy.",
		"First run since I broke my wrist... broken wrist still hurts",
		"Post-op recovery walk, slow.",
	} {
		ev := `{"country":"DE","email":"a@example.de","activity":{"description":"` + text + `"}}`
		redTeam23Fields(t, []struct{ name, ev, path, cat string }{{text, ev, "/activity/description", "sensitive.health"}})
	}
}

// TestWeakSignalsInProducerNotations: Strava's time zone label with an
// IANA name behind its offset, an OpenTelemetry attribute whose value is
// a list (the Accept-Language header) name the subject's country;
// Hotmart's checkout country does not.
func TestWeakSignalsInProducerNotations(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, want string }{
		{"Strava's time zone", `{"athlete":{"firstname":"Harry"},"activity":{"timezone":"(GMT+01:00) Europe/London"}}`, "GB"},
		{"an OTLP list value", `{"attributes":[{"key":"user.email","value":{"stringValue":"a@example.com"}},{"key":"http.request.header.accept-language","value":{"arrayValue":{"values":[{"stringValue":"hi-IN,hi;q=0.9"}]}}}]}`, "IN"},
		// A checkout's country is the one the buyer picked, often the
		// billing or shipping destination's: as a place of collection it
		// localized a German resident's data in China (red team 35). It
		// names no one's country.
		{"a checkout's country", `{"data":{"buyer":{"name":"lucas oliveira","email":"l@example.com"},"checkout_country":{"name":"China","iso":"CN"}},"country":"DE"}`, "DE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if got := redTeam24bCountries(d); got != tc.want {
				t.Fatalf("got %s (%s), want %s", got, d.Detail, tc.want)
			}
		})
	}
}

// TestWave37Shapes: what wave 37's producers showed. A tenure written
// as "4 years, 8 months" is no age; a nationality's documents are no
// nationalities ("additionalInfo": "NA" is no Namibian); a switch's name
// on a record inside a citizenship keeps the citizenship; a path as a
// member name (openEHR's FLAT format) is read by its segments; the
// composition's territory is where the care was given.
func TestWave37Shapes(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, want string }{
		{"a tenure is no age", `{"country":"DE","email":"a@example.de","work":{"tenureDuration":"4 years, 8 months"}}`, "DE"},
		{"a bio's age still is", `{"country":"DE","email":"a@example.de","bio":"12 years, Berlin, love drawing"}`, "DE+minor"},
		{"a nationality's documents", `{"data":[{"civilName":"Andrii Kovalenko","nationality":[{"otherNationalitiesInfo":"UKR","documents":[{"type":"SOCIAL SEC","number":"075193305","additionalInfo":"NA"}]}]}]}`, "UA"},
		{"a switch's name on a citizenship's record", `{"email":"a@example.de","country":"DE","citizenship":{"primary":{"code":"RU"}}}`, "RU,DE"},
		{"openEHR FLAT territory", `{"ctx/language":"sl","ctx/territory":"SI","vital_signs/pulse_heart_beat/any_event:0/rate|magnitude":80}`, "SI"},
		{"openEHR STRUCTURED territory", `{"ctx":{"language":"pt","territory":"BR","composer_name":"Dr. Gabriel Souza"}}`, "BR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)})
			if got := redTeam24bCountries(d); got != tc.want {
				t.Fatalf("got %s (%s), want %s", got, d.Detail, tc.want)
			}
		})
	}
	const flat = `{"ctx/territory":"SI","vital_signs/body_weight/any_event:0/weight|magnitude":72.5,"vital_signs/pulse_heart_beat/any_event:0/rate|magnitude":80,` +
		`"user/email":"a@example.de","user/settings/theme":"dark","data":[{"civilName":"Ana Souza","socialName":"Ana"}]}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a vital sign's magnitude", flat, "/vital_signs~1pulse_heart_beat~1any_event:0~1rate|magnitude", "sensitive.health"},
		{"a body weight", flat, "/vital_signs~1body_weight~1any_event:0~1weight|magnitude", "sensitive.health"},
		{"a path to an e-mail", flat, "/user~1email", "contact.email"},
		{"a path to a setting", flat, "/user~1settings~1theme", "device.model"},
		{"Open Finance's civil name", flat, "/data/0/civilName", "identity.name"},
		{"and social name", flat, "/data/0/socialName", "identity.name"},
	})
}

// TestNamesOfFilters: a search filter's field path names its values (a
// HiBob people search); links stay personal by default.
func TestNamesOfFilters(t *testing.T) {
	const ev = `{"country":"DE","email":"a@example.de","filters":[{"fieldPath":"root.email","operator":"equals","values":["taras@example.com"]}],` +
		`"links":{"self":"https://api.example.com/customers/v2/personal/identifications","next":"https://example.com/users/ivan.petrov"},` +
		`"customfields":[{"type":"text","value":"Katholisch","shortname":"religion"},{"type":"menu","value":"Year 9 / 9R","shortname":"form"}],` +
		`"resource":{"id":"5O190127TN364715T","links":[{"href":"https://api.paypal.com/v2/checkout/orders/5O190127TN364715T","rel":"self"}]}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a filter's field path", ev, "/filters/0/fieldPath", "event.type"},
		{"the value it filters on", ev, "/filters/0/values/0", "contact.email"},
		// A resource's own links carry its id (PayPal's orders/{id}): they
		// stay unknown, personal by default.
		{"a self link", ev, "/links/self", "unknown"},
		{"a link to a person's page", ev, "/links/next", "unknown"},
		// A custom field's short name is the site's own word ("form" is a
		// school's class there): it does not name the value.
		{"a custom field's value", ev, "/customfields/1/value", "unknown"},
	})
}

// TestCommandLineCredentials: the value after a command line's
// credential flag, in a plain argv and in OpenTelemetry's
// process.command_args (typed values), leaves every record, the
// quarantine record included; other flags' values are not credentials.
func TestCommandLineCredentials(t *testing.T) {
	rs := benchRuleset(t)
	for _, ev := range []string{
		`{"country":"DE","email":"a@example.de","argv":["node","--password","Hunter2secret","--port","8080"]}`,
		`{"country":"DE","email":"a@example.de","resource":{"attributes":[{"key":"process.command_args","value":{"arrayValue":{"values":[{"stringValue":"node"},{"stringValue":"--api-key"},{"stringValue":"Hunter2secret"}]}}}]}}`,
		`{"argv":["node","--password","Hunter2secret"]}`,
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if len(recs) == 0 {
			t.Fatalf("no records for %s", ev)
		}
		for _, r := range recs {
			if bytes.Contains(r.Value, []byte("Hunter2secret")) {
				t.Errorf("%s record holds the password: %s", r.Projection, ev)
			}
		}
	}
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"another flag's value", `{"country":"DE","email":"a@example.de","argv":["node","--password","Hunter2secret","--port","8080"]}`, "/argv/4", "unknown"},
	})
}
