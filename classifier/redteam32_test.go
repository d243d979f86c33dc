package classifier_test

import (
	"bytes"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 32 (F1): a one-time code labelled by the channel it was sent
// on ({"verification": {"sms": "482913"}}) took "sms"'s own category,
// consent.preference (non-personal), and was published in clear in every
// copy. Under a verification's, a one-time code's or a second factor's
// container a channel's name labels the code: a credential.
func TestRedTeam32OneTimeCodeByChannel(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ ev, path string }{
		{`{"country":"DE","email":"a@b.de","verification":{"sms":"482913"}}`, "/verification/sms"},
		{`{"country":"DE","email":"a@b.de","otp":{"sms":"49123456"}}`, "/otp/sms"},
		{`{"country":"DE","email":"a@b.de","mfa":{"whatsapp":"482913"}}`, "/mfa/whatsapp"},
		{`{"country":"DE","email":"a@b.de","codes":{"sms":"33612345"}}`, "/codes/sms"},
		{`{"country":"DE","email":"a@b.de","verification_codes":{"voice":"5521"}}`, "/verification_codes/voice"},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if f := field(d, tc.path); f == nil || f.Category != "credentials.secret" {
			t.Errorf("%s: %s is %+v, want credentials.secret", tc.ev, tc.path, f)
		}
	}
	// A channel's own member still holds the subject's number or consent.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","sms":"33612345678","consents":{"sms":true}}`), Source: "t/0/1"})
	if f := field(d, "/sms"); f == nil || !f.Personal || f.Category == "credentials.secret" {
		t.Errorf("/sms %+v, want the subject's number", f)
	}
	if f := field(d, "/consents/sms"); f == nil || f.Category != "consent.preference" {
		t.Errorf("/consents/sms %+v, want consent.preference", f)
	}
}

// Red team 32 (F2): a dotted name whose last part is an exact
// non-personal name ("stage", "source", "provider", "type") took that
// category before any pattern of the whole name was tried, so
// "cancer.stage", "insulin.source" and "therapy.provider" (health by
// *cancer*, *insulin*, *therapy*) were an event's type, in clear.
func TestRedTeam32DottedLastPartBeforePattern(t *testing.T) {
	rs := benchRuleset(t)
	for _, k := range []string{"cancer.stage", "insulin.source", "therapy.provider"} {
		ev := `{"country":"DE","email":"a@b.de","` + k + `":"stage IV"}`
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if f := field(d, "/"+k); f == nil || !f.Personal || !f.Sensitive {
			t.Errorf("%s: %+v, want special-category data", k, f)
		}
		if where := notInClear(recs, "stage IV"); where != "" {
			t.Errorf("%s: value in clear in the %s record", k, where)
		}
	}
	// A last part that is personal still names it (OneRoster's ext.lunchStatus).
	d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","ext.lunchStatus":"free"}`), Source: "t/0/1"})
	if f := field(d, "/ext.lunchStatus"); f == nil || !f.Personal {
		t.Errorf("ext.lunchStatus %+v, want personal", f)
	}
}

// Red team 32 (F3): an epoch under a birth's name ({"dob":
// {"timestamp_micros": …}}, {"birthdate": {"ts": …}}, {"bday": {"epoch":
// …}}) was an event's timestamp, non-personal: the date of birth in
// clear, the minor flag blind to it.
func TestRedTeam32BirthEpochs(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ parent, leaf, v string }{
		{"dob", "timestamp_micros", "632102400000000"},
		{"birth", "timestamp_micros", "632102400000000"},
		{"date_of_birth", "timestamp_ms", "632102400000"},
		{"birthdate", "ts", "632102400"},
		{"bday", "epoch", "632102400"},
		{"birthday", "unix_ms", "632102400000"},
	} {
		ev := `{"country":"DE","email":"a@b.de","` + tc.parent + `":{"` + tc.leaf + `":` + tc.v + `}}`
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		p := "/" + tc.parent + "/" + tc.leaf
		if f := field(d, p); f == nil || f.Category != "identity.dob" {
			t.Errorf("%s: %+v, want identity.dob", p, f)
		}
		if where := notInClear(recs, tc.v); where != "" {
			t.Errorf("%s: in clear in the %s record", p, where)
		}
	}
}

// Red team 32 (F4): Odoo's password by position was found only in an
// "args" list of the event itself with service object or common. It
// stayed in the full record (credentials leave every record) when the
// call was logged as a JSON string, when the arguments were wrapped in
// one more list, and for the db service's master password (first).
func TestRedTeam32OdooPasswordByPosition(t *testing.T) {
	rs := benchRuleset(t)
	for _, ev := range []string{
		`{"country":"DE","email":"a@b.de","payload":"{\"service\":\"object\",\"method\":\"execute_kw\",\"args\":[\"db\",2,\"s3cretPassw0rd\",\"res.partner\"]}"}`,
		`{"country":"DE","email":"a@b.de","params":{"method":"execute_kw","args":[["db",2,"s3cretPassw0rd","res.partner","read"]]}}`,
		`{"country":"DE","email":"a@b.de","params":{"service":"db","method":"drop","args":["s3cretPassw0rd","db"]}}`,
		`{"country":"DE","email":"a@b.de","params":{"service":"db","method":"dump","args":["s3cretPassw0rd","prod","zip"]}}`,
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if len(recs) == 0 {
			t.Fatalf("%s: no records", ev)
		}
		for _, r := range recs {
			if bytes.Contains(r.Value, []byte("s3cretPassw0rd")) {
				t.Errorf("%s: password in the %s record", ev, r.Projection)
			}
		}
	}
}
