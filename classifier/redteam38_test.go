package classifier_test

// Red team 38: calling codes beside a phone, USSD PINs and payment
// handles of another person.

import (
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// redTeam38Countries are the countries of ev's decision.
func redTeam38Countries(t *testing.T, rs *classifier.Ruleset, ev string) []string {
	t.Helper()
	d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	var cc []string
	for _, j := range d.Jurisdictions {
		cc = append(cc, j.Country)
	}
	return cc
}

// Red team 38 (F1): b4ac2da read any 1-3 digits under state_code beside
// a bare phone as its calling code: a US state's FIPS code (55
// Wisconsin, 39 Ohio) made a Milwaukee number Brazilian and an Akron
// one Italian. DingTalk's state_code 86 still names China, and a "+"
// still makes a calling code.
func TestRedTeam38StateFIPSCodeIsNoCallingCode(t *testing.T) {
	rs := benchRuleset(t)
	for _, ev := range []string{
		`{"email":"a@example.com","state":"WI","state_code":"55","phone":"4145551234"}`,
		`{"email":"a@example.com","state_code":"39","phone":"3305551234"}`,
		`{"email":"a@example.com","state":"OH","country_code":"39","phone":"3305551234"}`,
		`{"email":"a@example.com","state":"Wisconsin","dial_code":"55","phone":"4145551234"}`,
	} {
		for _, cc := range redTeam38Countries(t, rs, ev) {
			if cc == "BR" || cc == "IT" {
				t.Errorf("%s: a US state's FIPS code made the phone %s", ev, cc)
			}
		}
	}
	for ev, want := range map[string]string{
		`{"email":"a@example.com","state_code":"86","mobile":"13123459432"}`: "CN",
		`{"email":"a@example.com","state_code":"+39","phone":"3305551234"}`:  "IT",
	} {
		if got := redTeam38Countries(t, rs, ev); strings.Join(got, ",") != want {
			t.Errorf("%s: countries %v, want %s", ev, got, want)
		}
	}
}

// Red team 38 (F2): fe8e967's ussdPIN read a PIN only as the last of
// three inputs or more beside a serviceCode opening with "*": a PIN
// before the menu's confirmation (2*1*2400*5012*1), after one choice
// (3*5012, shorter than any secret), written with a space (50 12),
// beside a service code without its "*" (384*123) or in a callback
// without its serviceCode kept the mobile-money PIN in full records.
func TestRedTeam38USSDPINs(t *testing.T) {
	rs := benchRuleset(t)
	for _, c := range []struct{ sc, text string }{
		{`"serviceCode":"*384*123#",`, "2*1*2400*5012*1"},
		{`"serviceCode":"*384*123#",`, "3*5012"},
		{`"serviceCode":"*384*123#",`, "2*1*2400*50 12"},
		{`"serviceCode":"384*123",`, "2*1*2400*5012"},
		{`"serviceCode":"*384#",`, "2*1*2400*5012"},
		{``, "2*1*2400*5012"},
	} {
		ev := `{"sessionId":"ATUid_1",` + c.sc + `"phoneNumber":"+254712345678","networkCode":"63902","text":"` + c.text + `"}`
		redTeam36Leaks(t, rs, ev, c.text)
	}
	// No PIN: the session's choices, a name and a phone stay.
	for _, text := range []string{"1*2", "1*Wanjiru Odhiambo*98736855"} {
		ev := `{"sessionId":"ATUid_1","serviceCode":"*384*123#","phoneNumber":"+254712345678","text":"` + text + `"}`
		_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		found := false
		for _, r := range recs {
			found = found || r.Projection == "full" && strings.Contains(string(r.Value), text)
		}
		if !found {
			t.Errorf("%s: no full record keeps %q", ev, text)
		}
	}
}

// Red team 38 (F3): a payment's receiver or creditor is another person:
// feb8121's UPI handle under receiver_upi or creditor_vpa (and a phone
// under receiver_phone) was weak evidence of the subject's India, and
// the event went to an in copy instead of quarantine.
func TestRedTeam38ReceiverIsAnotherPerson(t *testing.T) {
	rs := benchRuleset(t)
	for _, m := range []string{`"receiver_upi":"9876543210@ybl"`, `"creditor_vpa":"9876543210@ybl"`, `"receiverVpa":"9876543210@ybl"`,
		`"receiver_phone":"+919876543210"`, `"creditor":{"phone":"+919876543210"}`} {
		ev := `{"email":"a@example.com",` + m + `}`
		if got := redTeam38Countries(t, rs, ev); len(got) != 0 {
			t.Errorf("%s: countries %v: a receiver's handle or phone is no evidence of the subject", ev, got)
		}
	}
	// The payer's own handle still is.
	if got := redTeam38Countries(t, rs, `{"email":"a@example.com","payer":{"vpa":"9876543210@ybl"}}`); strings.Join(got, ",") != "IN" {
		t.Errorf("payer's handle: countries %v, want IN", got)
	}
}

// Red team 38 (F4): fdc8ae6 made kilde and identifikatortype labels
// (event.type), whose values pass in clear: a fødselsnummer under them
// (as under type or source) reached pseudonymized records. Nine digits
// or more are no label.
func TestRedTeam38DigitsUnderALabel(t *testing.T) {
	rs := benchRuleset(t)
	for _, k := range []string{"identifikatortype", "kilde", "type", "source"} {
		for _, v := range []string{"01017010170", "010170 10170"} {
			ev := `{"country":"NO","email":"a@example.no","` + k + `":"` + v + `"}`
			_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			for _, r := range recs {
				if r.Projection != "full" && strings.Contains(string(r.Value), v) {
					t.Errorf("%s: %q in clear in the %s record", ev, v, r.Projection)
				}
			}
		}
	}
}
