package classifier_test

// Session 21: evidence read on tuned waves' failures and on producers'
// notations (postal codes, Korean short addresses, island names).

import (
	"bytes"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// TestPostcodeEvidence: a postal code in a notation only one country
// uses names the address's country (an NHS search by postcode, a Kakao
// address); a shared notation names nothing; an English county is no
// island territory.
func TestPostcodeEvidence(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev, want string }{
		{"British postcode in a search", `{"query":{"family":"Mensah","given":"Kofi","address-postalcode":"M20 6RL"}}`, "GB"},
		{"British address ending Norfolk", `{"patient":{"name":"A B","address":{"line":["The Old Vicarage","Church Lane","Fakenham","Norfolk"],"postalCode":"NR21 0HX"}}}`, "GB"},
		{"Norfolk alone is no Norfolk Island", `{"patient":{"name":"A B","address":{"line":["Church Lane","Norfolk"]}}}`, "Q:no_jurisdiction"},
		{"Dutch postcode", `{"klant":{"naam":"A B","postcode":"1012 AB"}}`, "NL"},
		{"Brazilian CEP", `{"cliente":{"nome":"A B","cep":"01310-100"}}`, "BR"},
		{"German postcode names nothing", `{"kunde":{"name":"A B","plz":"10115"}}`, "Q:no_jurisdiction"},
		// The subject's own record below a thing's context: the guest's
		// address in a hotel reservation is the guest's, in JSON and in
		// OpenTravel XML; a hotel's own address is no one's residence.
		{"customer under a hotel", `{"hotel":{"customer":{"name":"Emeka Okafor","address":{"country":"NG"}}}}`, "NG"},
		{"OTA Customer under HotelReservation", `{"body":"<?xml version=\"1.0\"?><OTA_HotelResNotifRQ><HotelReservations><HotelReservation><ResGuests><ResGuest><Profiles><ProfileInfo><Profile><Customer><PersonName><GivenName>Emeka</GivenName></PersonName><Address><AddressLine>7 Ahmadu Bello Way</AddressLine><CountryName Code=\"NG\"/></Address></Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests></HotelReservation></HotelReservations></OTA_HotelResNotifRQ>"}`, "NG"},
		{"a hotel's own address", `{"guest_email":"a@example.com","hotel":{"address":{"country":"NG"}}}`, "Q:no_jurisdiction"},
		{"a referrer's user record", `{"email":"a@example.com","referrer":{"user":{"address":{"country":"NG"}}}}`, "Q:no_jurisdiction"},
		// A list API's items holding people (Magento's customer search)
		// is no list of products; a product's country is still no one's.
		{"people in items", `{"response":{"body":{"items":[{"id":275162,"email":"ioana@outlook.com","firstname":"Ioana","addresses":[{"country_id":"RO","city":"Cluj"}]}],"search_criteria":{"page_size":20}}}}`, "RO"},
		{"a product in items", `{"email":"a@example.com","items":[{"sku":"X1","name":"Lamp","country":"CN"}]}`, "Q:no_jurisdiction"},
		// An address stated in a chat message, the street's number a
		// few place names back.
		{"address in a chat message", `{"data":{"message":{"message_parts":[{"text":{"content":"I moved, my new address is 742 Evergreen Terrace, Chicago, United States"}}],"user_id":"5d7c9a2f"}}}`, "US"},
		{"Korean short address", `{"member":{"name":"강지아","address":{"zonecode":"06035","address":"서울 강남구 도산대로 123"}}}`, "KR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if got := redTeam24bCountries(d); got != tc.want {
				t.Fatalf("got %s (%s), want %s", got, d.Detail, tc.want)
			}
		})
	}
}

// Lists of [name, value] pairs (Sentry's tags, headers, cookies): a
// value is named by its pair's name, a name no rule knows leaves it
// unknown (personal), a cookie jar's session cookie is a credential, and
// a list of two-part names is no header list.
func TestPairLists(t *testing.T) {
	const ev = `{"event":{"user":{"email":"a@example.it","geo":{"country_code":"IT"}},` +
		`"request":{"cookies":[["sessionid","aawfQVbOFyxiAD76BavRfiDul9vFBBrL"],["_ga","GA1.1.414918051.1776367799"]],` +
		`"headers":[["Host","api.example.com"],["X-Forwarded-For","135.9.84.8, 10.58.0.68"]]},` +
		`"tags":[["browser","Firefox 127.0"],["user","id:1314692"],["signup_step","profile"]]},` +
		`"names":[["Ivan","Petrov"]]}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a tag's name is a label", ev, "/event/tags/1/0", "event.type"},
		{"the user tag is the user's id", ev, "/event/tags/1/1", "identity.user_id"},
		{"an unknown tag is unknown", ev, "/event/tags/2/1", "unknown"},
		{"a session cookie is a credential", ev, "/event/request/cookies/0/1", "credentials.secret"},
		{"an analytics cookie is a cookie id", ev, "/event/request/cookies/1/1", "online.cookie_id"},
		{"a header's value by its name", ev, "/event/request/headers/1/1", "online.ip"},
		{"two-part names are no pair list", ev, "/names/0/0", "identity.name"},
	})
	rs := benchRuleset(t)
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if got := redTeam24bCountries(d); got != "IT" {
		t.Errorf("countries %s, want IT (an X-Forwarded-For list holds no numeric country code)", got)
	}
	for _, r := range recs {
		if r.Projection == "quarantine" || r.Projection == "audit" {
			continue
		}
		for _, v := range []string{"aawfQVbOFyxiAD76BavRfiDul9vFBBrL"} {
			if bytes.Contains(r.Value, []byte(v)) {
				t.Errorf("%s record holds the session cookie", r.Projection)
			}
		}
		if r.Projection != "full" && bytes.Contains(r.Value, []byte("1314692")) {
			t.Errorf("%s record holds the user id from a tag", r.Projection)
		}
	}
}

// SCHAC and eduPerson attributes (eduGAIN's federations), by OID as
// identity brokers' JSON keeps them and by their friendly names: the
// country of residence names the subject's country, the affiliation is a
// label, the unique id is the user's.
func TestSCHACAttributes(t *testing.T) {
	const ev = `{"email":"kavitha.ahmad@um.edu.my","urn:oid:1.3.6.1.4.1.25178.1.2.11":"my","urn:oid:1.3.6.1.4.1.25178.1.2.3":"19960422",` +
		`"urn:oid:1.3.6.1.4.1.5923.1.1.1.1":["student","member"],"urn:oid:1.3.6.1.4.1.5923.1.1.1.13":"c04052674f25ac4b277b@um.edu.my",` +
		`"schacSn1":"bin Ahmad","schacPersonalUniqueID":"urn:schac:personalUniqueID:my:MYKAD:960422-50-9615"}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"schacCountryOfResidence by OID", ev, "/urn:oid:1.3.6.1.4.1.25178.1.2.11", "geo.country"},
		{"schacDateOfBirth by OID", ev, "/urn:oid:1.3.6.1.4.1.25178.1.2.3", "identity.dob"},
		{"eduPersonAffiliation by OID", ev, "/urn:oid:1.3.6.1.4.1.5923.1.1.1.1/0", "event.type"},
		{"schacSn1", ev, "/schacSn1", "identity.name"},
		{"schacPersonalUniqueID", ev, "/schacPersonalUniqueID", "gov_id.national_id"},
	})
	d, _ := process(benchRuleset(t), classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if got := redTeam24bCountries(d); got != "MY" {
		t.Errorf("countries %s, want MY", got)
	}
	// The unique ID's issuing country alone is an identifier's evidence;
	// an international scheme ("int") names none.
	for ev, want := range map[string]string{
		`{"email":"k@example.my","schacPersonalUniqueID":"urn:schac:personalUniqueID:my:MYKAD:960422-50-9615"}`: "MY",
		`{"email":"k@example.it","schacPersonalUniqueCode":"urn:schac:personalUniqueCode:int:esi:it:21339575"}`: "Q:no_jurisdiction",
	} {
		d, _ := process(benchRuleset(t), classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if got := redTeam24bCountries(d); got != want {
			t.Errorf("%s: countries %s, want %s", ev, got, want)
		}
	}
}

// Wave 35: a contact's SMS attribute holding its number without "+"
// (Brevo) is the phone, not the channel's consent; a client id among a
// contact's attributes is the client's number; a madhab is a religion;
// whom a dating profile is interested in is the subject's orientation.
func TestWave35Names(t *testing.T) {
	const ev = `{"email":"a@example.fr","country":"FR","attributes":{"SMS":"33612345678","CLIENT_ID":"C-104882"},` +
		`"prefs":{"sms":"1"},"oauth":{"client_id":"app-7781"},"profile":{"madhab":"Hanafi","interested_in":"women"}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"SMS attribute with a number", ev, "/attributes/SMS", "contact.phone"},
		{"an sms consent flag", ev, "/prefs/sms", "consent.preference"},
		{"CLIENT_ID among attributes", ev, "/attributes/CLIENT_ID", "identity.user_id"},
		{"madhab", ev, "/profile/madhab", "sensitive.religion"},
		{"interested_in", ev, "/profile/interested_in", "sensitive.sexual_orientation"},
		{"religious_denomination", `{"country":"DE","religious_denomination":"rk"}`, "/religious_denomination", "sensitive.religion"},
		{"medical_notes", `{"country":"DE","medical_notes":"none"}`, "/medical_notes", "sensitive.health"},
	})
}

// Wave 35 (OneRoster): a messaging channel's number is phone evidence;
// the demographics' race flags are ethnicity; an IEP or a 504 plan is a
// disability's accommodation; a namespaced extension's last part names it
// before a pattern of the whole ("ext.lunchStatus" is no status).
func TestWave35OneRoster(t *testing.T) {
	const ev = `{"user":{"email":"a@k12.example","sms":"+393123451382","metadata":{"ext.iep":"true","ext.504plan":"false","ext.lunchStatus":"free"}},` +
		`"demographics":{"asian":"true","white":"false","blackOrAfricanAmerican":"false"},"theme":{"white":"#fff"}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"sms number", ev, "/user/sms", "contact.phone"},
		{"iep", ev, "/user/metadata/ext.iep", "sensitive.disability"},
		{"504 plan", ev, "/user/metadata/ext.504plan", "sensitive.disability"},
		{"lunch status", ev, "/user/metadata/ext.lunchStatus", "financial.income"},
		{"a race flag", ev, "/demographics/asian", "sensitive.ethnicity"},
		{"a theme's colour is no race", ev, "/theme/white", "unknown"},
	})
	d, _ := process(benchRuleset(t), classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if got := redTeam24bCountries(d); got != "IT" {
		t.Errorf("countries %s, want IT (the sms number's, weak)", got)
	}
}

// PostHog's and Mixpanel's reserved "$" properties name what the name
// after "$" does: a window id is a session's, a pageview id an event's.
func TestDollarProperties(t *testing.T) {
	const ev = `{"email":"a@example.de","country":"DE","properties":{"$window_id":"0190a1b2-c3d4","$pageview_id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","$os":"Mac OS X","$set":{"$email":"b@example.de"}}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"$window_id", ev, "/properties/$window_id", "online.cookie_id"},
		{"$pageview_id", ev, "/properties/$pageview_id", "event.id"},
		{"$os", ev, "/properties/$os", "device.os"},
		{"$email", ev, "/properties/$set/$email", "contact.email"},
	})
}

// A label repeating text that nothing claimed (Sentry's title is its
// exception's "type: value") is that text: personal by default.
func TestEchoedText(t *testing.T) {
	const ev = `{"data":{"event":{"user":{"email":"a@example.fr","geo":{"country_code":"FR"}},` +
		`"title":"ValueError: time data '31.02.2012' does not match format '%d.%m.%Y'",` +
		`"exception":{"values":[{"type":"ValueError","value":"time data '31.02.2012' does not match format '%d.%m.%Y'"}]}}}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"the title repeating the exception", ev, "/data/event/title", "unknown"},
		{"the exception's type stays a label", ev, "/data/event/exception/values/0/type", "event.type"},
	})
}

// An error tracker's stack frames are metadata (line and column numbers,
// in_app, handled), while a frame's vars keep their own names' categories.
// A path is a code only when each of its words is a metadata word, so most
// file paths stay unknown.
func TestStackFrames(t *testing.T) {
	const ev = `{"email":"a@example.fr","country":"FR","exception":{"values":[{"type":"KeyError","mechanism":{"type":"django","handled":false},` +
		`"stacktrace":{"frames":[{"filename":"handlers/views.py","abs_path":"/app/handlers/views.py","lineno":58,"colno":3,"in_app":true,` +
		`"vars":{"email":"a@example.fr","password":"Sommer2025!"}}]}}]}}`
	const f = "/exception/values/0/stacktrace/frames/0/"
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"lineno", ev, f + "lineno", "meta.technical"},
		{"in_app", ev, f + "in_app", "meta.technical"},
		{"handled", ev, "/exception/values/0/mechanism/handled", "meta.technical"},
		{"a frame's password", ev, f + "vars/password", "credentials.password"},
		{"a frame's e-mail", ev, f + "vars/email", "contact.email"},
	})
}

// Odoo's external API passes the caller's password or API key as the
// third argument of execute_kw (and authenticate): removed from every
// record, the quarantine record included.
func TestRPCPositionalPassword(t *testing.T) {
	rs := benchRuleset(t)
	for _, ev := range []string{
		`{"country":"EG","jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw","args":["mycompany",11,"Qwerty123!","res.partner","write",[[13882],{"name":"Mahmoud","email":"m@example.com"}]]},"id":512062538}`,
		`{"jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw","args":["mycompany",11,"Qwerty123!","res.partner","write",[[13882],{"name":"Mahmoud"}]]},"id":5}`,
		`{"jsonrpc":"2.0","method":"call","params":{"service":"common","method":"authenticate","args":["mycompany","admin@example.com","Qwerty123!",{}]},"id":6}`,
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if len(recs) == 0 {
			t.Fatalf("no records for %s", ev)
		}
		for _, r := range recs {
			if bytes.Contains(r.Value, []byte("Qwerty123!")) {
				t.Errorf("%s record holds the RPC password: %s", r.Projection, ev)
			}
		}
	}
	// The same position of another method is no password.
	const other = `{"country":"EG","jsonrpc":"2.0","method":"call","params":{"service":"object","method":"search_count","args":["db","res.partner","x-ray-3"]}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{{"another method's third argument", other, "/params/args/2", "unknown"}})
}

// Newline-delimited JSON in a string (an OpenSearch _bulk body) is read
// as the list of its documents: their countries and ages count.
func TestNDJSONBody(t *testing.T) {
	const ev = `{"method":"POST","path":"/_bulk","body":"{\"index\":{\"_index\":\"users\",\"_id\":\"3686846\"}}\n{\"user_id\":\"3686846\",\"email\":\"jack@example.com\",\"birthdate\":\"2014-07-28\",\"address\":{\"city\":\"Melbourne\",\"country_code\":\"AU\"}}\n"}`
	d, _ := process(benchRuleset(t), classifier.Input{Value: []byte(ev), Source: "t/0/1", Time: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)})
	if got := redTeam24bCountries(d); got != "AU+minor" || !d.Minor {
		t.Errorf("countries %s minor %v, want AU and a minor", got, d.Minor)
	}
}

// GA4's BigQuery export: its counters and timestamps are the program's, a
// traffic source's name a campaign's, a continent no precise place; a
// birth date as an epoch timestamp is a birth date (it was an event's
// time, and the child no minor).
func TestGA4ExportAndBirthTimestamps(t *testing.T) {
	const ev = `{"country":"DE","email":"a@example.de","event_bundle_sequence_id":"1782","geo":{"continent":"Europe","metro":"(not set)"},` +
		`"traffic_source":{"name":"summer_sale","medium":"cpc"},"user":{"birth_timestamp":1388534400}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"a bundle's sequence id", ev, "/event_bundle_sequence_id", "meta.technical"},
		{"a continent", ev, "/geo/continent", "geo.region"},
		{"a traffic source's name", ev, "/traffic_source/name", "event.type"},
		{"a birth timestamp", ev, "/user/birth_timestamp", "identity.dob"},
	})
	d, _ := process(benchRuleset(t), classifier.Input{Value: []byte(ev), Source: "t/0/1", Time: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)})
	if !d.Minor {
		t.Error("a child born 2014 (epoch seconds) is no minor")
	}
}

// An items list whose element has a phone of its own is a list of people
// too (peopleItems named the phone but its filter never let it through).
func TestPeopleItemsByPhone(t *testing.T) {
	const ev = `{"response":{"items":[{"id":7,"phone":"+4915123456789","addresses":[{"country_id":"RO","city":"Cluj"}]}]}}`
	d, _ := process(benchRuleset(t), classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if got := redTeam24bCountries(d); got != "RO" {
		t.Errorf("countries %s, want RO", got)
	}
}
