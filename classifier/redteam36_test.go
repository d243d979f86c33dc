package classifier_test

// Red team 36: command lines, pair notations and weak signals named
// later in a member's name.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// redTeam36Leaks fails for every record of ev that holds secret.
func redTeam36Leaks(t *testing.T, rs *classifier.Ruleset, ev, secret string) {
	t.Helper()
	_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if len(recs) == 0 {
		t.Fatalf("no records for %s", ev)
	}
	for _, r := range recs {
		if strings.Contains(string(r.Value), secret) || strings.Contains(string(r.Key), secret) {
			t.Errorf("%q in the %s record of %s", secret, r.Projection, ev)
		}
	}
}

// Red team 36 (F1): the country of a phone or a locale named after
// another word of the member's name (contact_phone_country,
// user_phone_country, userLocaleCountry), or under a phone's name the
// evidence contexts did not list (msisdn_country, cell_country,
// whatsapp_country, tel_country), was residence: a German resident with
// a Rwandan SIM got a full rw copy and only redacted eu records.
func TestRedTeam36WeakCountriesLaterInTheName(t *testing.T) {
	rs := benchRuleset(t)
	for _, k := range []string{"msisdn_country", "cell_country", "contact_phone_country", "user_phone_country", "tel_country",
		"telephone_country", "whatsapp_country", "userLocaleCountry", "lang_country", "culture_country"} {
		ev := fmt.Sprintf(`{"country":"DE","email":"a@example.de",%q:"RW"}`, k)
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		for _, r := range d.Routes {
			if r.Region == "rw" || r.Region == "eu" && r.Projection != "full" {
				t.Errorf("%s: routes %+v: a weak RW signal localized a German resident", k, d.Routes)
				break
			}
		}
	}
	// A residence, an address or a home still localizes.
	for _, k := range []string{"residence_country", "address_country", "home_country"} {
		ev := fmt.Sprintf(`{"country":"DE","email":"a@example.de",%q:"RW"}`, k)
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		rw := false
		for _, r := range d.Routes {
			rw = rw || r.Region == "rw" && r.Projection == "full"
		}
		if !rw {
			t.Errorf("%s: routes %+v: want a full rw copy", k, d.Routes)
		}
	}
}

// Red team 36 (F2): cac62cb's argvCredential read only a long flag's
// name before the value (--password SECRET): short flags (sshpass -p
// SECRET, mysql -p SECRET, curl -u user:SECRET), a flag with its value
// inside one element (mysql's -pSECRET, Windows' /password:SECRET,
// PowerShell's -Password:SECRET), a typographic dash pasted in front
// (—password) and a typed value after a plain flag kept the password in
// the full record. Ports and user ids after -p and -u are no secrets.
func TestRedTeam36ArgvShortAndInlineFlags(t *testing.T) {
	rs := benchRuleset(t)
	for _, argv := range []string{
		`["mysql","-uroot","-pHunter2secret","db"]`,
		`["mysql","-u","root","-p","Hunter2secret"]`,
		`["sshpass","-p","Hunter2secret","ssh","host"]`,
		`["app","-P","Hunter2secret"]`,
		`["curl","-u","admin:Hunter2secret","https://api.example"]`,
		`["curl","--user","admin:Hunter2secret","https://api.example"]`,
		`["app.exe","/password:Hunter2secret"]`,
		`["pwsh","-Password:Hunter2secret"]`,
		`["app","\u2014password","Hunter2secret"]`,
		`["app","--password",{"stringValue":"Hunter2secret"}]`,
		`["app",{"stringValue":"--password"},"Hunter2secret"]`,
	} {
		redTeam36Leaks(t, rs, `{"country":"DE","email":"a@example.de","argv":`+argv+`}`, "Hunter2secret")
	}
	const ev = `{"country":"DE","email":"a@example.de","argv":["docker","run","-p","8080:80","-u","1000:1000","-pedantic","/out:build/app.exe","-Path:C:/tmp"]}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a port after -p", ev, "/argv/3", "unknown"},
		{"user ids after -u", ev, "/argv/5", "unknown"},
		{"a compiler flag", ev, "/argv/6", "unknown"},
		{"an output path", ev, "/argv/7", "unknown"},
		{"a path flag", ev, "/argv/8", "unknown"},
	})
}

// Red team 36 (F3): a name/value pair whose halves share a prefix
// (WordPress's usermeta rows {"meta_key": "user_pass", "meta_value": …},
// {"settingKey": "password", "settingValue": …}, {"paramName", "paramValue"},
// {"option_name", "option_value"}) was read as two unknown members: a
// password the name half named stayed in the full record. A personal
// name half ("billing_phone") still leaves its value unknown, personal.
func TestRedTeam36PrefixPairsNameTheirValue(t *testing.T) {
	rs := benchRuleset(t)
	for _, pair := range []string{
		`{"meta_key":"user_pass","meta_value":"Hunter2secret"}`,
		`{"settingKey":"password","settingValue":"Hunter2secret"}`,
		`{"paramName":"password","paramValue":"Hunter2secret"}`,
		`{"optionName":"password","optionValue":"Hunter2secret"}`,
		`{"option_name":"smtp_password","option_value":"Hunter2secret"}`,
	} {
		redTeam36Leaks(t, rs, `{"country":"DE","email":"a@example.de","rows":[`+pair+`]}`, "Hunter2secret")
	}
	const ev = `{"country":"DE","email":"a@example.de","usermeta":[{"meta_key":"billing_phone","meta_value":"+49 151 1234567"}]}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a phone's meta value", ev, "/usermeta/0/meta_value", "unknown"},
	})
}

// Red team 36 (F4): a child's date of birth under the abbreviations
// Dutch, German and Scandinavian forms write (gebdat, Geb.-Datum,
// geboortedat, Norwegian f.dato, født, fødd, Swedish född, geboren,
// dob_dt) was unknown: no minor.
func TestRedTeam36BirthDateAbbreviations(t *testing.T) {
	rs := benchRuleset(t)
	for _, k := range []string{"gebdat", "geb_datum", "Geb.-Datum", "geboortedat", "fdato", "f.dato", "født", "fodt_dato", "född", "geboren", "dob_dt"} {
		for _, v := range []string{"12-03-2015", "12.03.2015"} {
			ev := fmt.Sprintf(`{"country":"NL","email":"a@example.nl",%q:%q}`, k, v)
			if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); !d.Minor {
				t.Errorf("%s: no minor", ev)
			}
		}
	}
}

// Red team 36 (F5): the quarantine's lexical reading of an event the
// parser refuses (a duplicate member name) knew neither a command line's
// credential flag (cac62cb read it in parsed events only: ["node",
// "--password", "…"], OpenTelemetry's typed process.command_args, and
// F2's short and inline flags) nor F3's prefix pairs ({"meta_key":
// "user_pass", "meta_value": …}): the password stayed in the quarantine
// record.
func TestRedTeam36QuarantineCommandLinesAndPrefixPairs(t *testing.T) {
	rs := benchRuleset(t)
	for _, rest := range []string{
		`"argv":["node","--password","Hunter2secret"]`,
		`"resource":{"attributes":[{"key":"process.command_args","value":{"arrayValue":{"values":[{"stringValue":"node"},{"stringValue":"--api-key"},{"stringValue":"Hunter2secret"}]}}}]}`,
		`"argv":["sshpass","-p","Hunter2secret","ssh","host"]`,
		`"argv":["mysql","-uroot","-pHunter2secret"]`,
		`"argv":["app.exe","/password:Hunter2secret"]`,
		`"rows":[{"meta_key":"user_pass","meta_value":"Hunter2secret"}]`,
	} {
		redTeam36Leaks(t, rs, `{"country":"DE","country":"FR",`+rest+`}`, "Hunter2secret")
	}
	// Other flags' values and other pairs' values stay for replay.
	_, recs := process(rs, classifier.Input{Value: []byte(`{"country":"DE","country":"FR","argv":["docker","-p","8080:80","--name","web1"],"rows":[{"meta_key":"nickname","meta_value":"anna"}]}`), Source: "t/0/1"})
	for _, want := range []string{"8080:80", "web1", `"anna"`} {
		found := false
		for _, r := range recs {
			found = found || strings.Contains(string(r.Value), want)
		}
		if !found {
			t.Errorf("%s left the quarantine record", want)
		}
	}
}

// Red team 36 (F6): commandCredential read a password in a command line
// only beside mysql, sshpass or curl: docker login -p, redis-cli -a,
// sqlcmd -P, openssl -k and -passin pass:…, PowerShell's
// ConvertTo-SecureString 'SECRET', and Go's MySQL DSN
// (user:SECRET@tcp(host)/db) kept the password in the full record.
// Ports and a DSN without a password are no secrets.
func TestRedTeam36MoreCommandLinePasswords(t *testing.T) {
	rs := benchRuleset(t)
	for _, v := range []string{
		"docker login -u anna -p Hunter2secret registry.example",
		"podman login -p Hunter2secret quay.io",
		"redis-cli -h cache -a Hunter2secret ping",
		"sqlcmd -S db -U sa -P Hunter2secret",
		"openssl enc -aes-256-cbc -k Hunter2secret -in a",
		"openssl pkcs12 -export -passout pass:Hunter2secret",
		"ConvertTo-SecureString 'Hunter2secret' -AsPlainText -Force",
		"anna:Hunter2secret@tcp(db.internal:3306)/shop?parseTime=true",
	} {
		redTeam36Leaks(t, rs, fmt.Sprintf(`{"country":"DE","email":"a@example.de","cmd":%q}`, v), "Hunter2secret")
	}
	const ev = `{"country":"DE","email":"a@example.de","note":"docker run -p 8080:80 -d nginx","dsn":"root@tcp(db:3306)/shop"}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a port mapping", ev, "/note", "text.free"},
		{"a DSN without a password", ev, "/dsn", "unknown"},
	})
}

// Red team 36 (F7): a child's birth date in text after the word for
// born in Norwegian, Danish and Swedish (født, fødd, född), Finnish
// (syntynyt), Czech (narozen), Hungarian (született) or South Slavic
// (rođen, rojen) made no minor; a birthday's date (fødselsdag,
// narozeniny) still is none.
func TestRedTeam36BornInTextNordic(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		note  string
		minor bool
	}{
		{"Ola Nordmann, født 12.03.2015", true},
		{"född 2015-03-12 i Malmö", true},
		{"syntynyt 12.3.2015 Helsinki", true},
		{"Jan Novák, narozen 12. 3. 2015", true},
		{"született 2015.03.12, Budapest", true},
		{"Ivan, rođen 12.03.2015.", true},
		{"fødselsdag feires 12.03.2024", false},
		{"oslava narozeniny 12.03.2024", false},
	} {
		ev := fmt.Sprintf(`{"country":"NO","email":"a@example.no","note":%q}`, tc.note)
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); d.Minor != tc.minor {
			t.Errorf("%q: minor %v, want %v", tc.note, d.Minor, tc.minor)
		}
	}
}

// Red team 36 (F8, a false positive): a CloudEvent in structured mode
// (specversion, source, type and id at the top) had its id read as an
// unknown top-level id, personal by default: every pseudonymized copy
// tokenized the id consumers deduplicate by. Beside specversion and
// source it is the event's id; a top-level id without them is still
// unknown, and an id the event-id check rejects still is.
func TestRedTeam36CloudEventID(t *testing.T) {
	const ce = `{"specversion":"1.0","type":"com.example.user.signup","source":"/signup/web","id":"7d444840-9dc0-11d1-b245-5ffdce74fad2","data":{"email":"a@example.de","country":"DE"}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a CloudEvent's id", ce, "/id", "event.id"},
		{"a record's id", `{"id":"7d444840-9dc0-11d1-b245-5ffdce74fad2","email":"a@example.de","country":"DE","source":"web"}`, "/id", "unknown"},
	})
	rs := benchRuleset(t)
	_, recs := process(rs, classifier.Input{Value: []byte(ce), Source: "t/0/1"})
	for _, r := range recs {
		if r.Projection == "pseudonymized" && !strings.Contains(string(r.Value), "7d444840-9dc0-11d1-b245-5ffdce74fad2") {
			t.Errorf("the pseudonymized record lost the CloudEvent's id: %s", r.Value)
		}
	}
}
