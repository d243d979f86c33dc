package classifier_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team, round 15 (F6): an error text quotes a path, and a path may
// pass through a member name that is data (a map of people keyed by a
// name and a birth date). The error travels in a quarantine record's
// header and in the audit record: such a name is written "*" there.
func TestErrorPathsQuoteNoDataKeys(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ ev, want string }{
		{`{"country":"DE","email":"x@y.de","contacts":{"Schmidt,Anna,2013-02-03":{"email":123}}}`, "/contacts/*/email"},
		{`{"country":"DE","email":"x@y.de","contacts":{"anna.schmidt":{"email":123}}}`, "/contacts/*/email"},
		{`{"country":"DE","email":"x@y.de","user":{"profile":{"email":123}}}`, "/user/profile/email"},
		{`{"country":"DE","email":"x@y.de","Иван Петров":{"email":123}}`, "/*/email"},
		// Red team 16 (F10): written as a field's name, still a person.
		{`{"country":"DE","email":"x@y.de","friends":{"schmidt_anna_2013_02_03":{"email":123}}}`, "/friends/*/email"},
		{`{"country":"DE","email":"x@y.de","attendees":{"ivan_petrov":{"email":123}}}`, "/attendees/*/email"},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if d.Reason != classifier.ReasonInvalidFieldType {
			t.Fatalf("%s: reason %q, want invalid_field_type", tc.ev, d.Reason)
		}
		if !strings.HasPrefix(d.Detail, tc.want+" ") {
			t.Errorf("%s: detail %q, want it to start with %q", tc.ev, d.Detail, tc.want)
		}
		for _, leak := range []string{"Schmidt", "schmidt", "2013", "Иван", "petrov"} {
			if strings.Contains(d.Detail, leak) {
				t.Errorf("%s: detail %q quotes %q", tc.ev, d.Detail, leak)
			}
		}
	}
}

// Red team, round 15 (F6): a map of people keyed by an encoded or
// delimited name keeps no key in clear outside the full record.
func TestEncodedPeopleKeys(t *testing.T) {
	rs := benchRuleset(t)
	ev := `{"country":"DE","email":"x@y.de","friends":{"Anna%20Schmidt":{"since":2020},"Schmidt;Anna;2013-02-03":{"since":2021},"Anna+Schmidt":{"since":1},"Anna\u200bSchmidt":{"since":1},"SCHMIDT<<ANNA":{"since":1},"=?UTF-8?B?QW5uYSBTY2htaWR0?=":{"since":1}}}`
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if d.Failed() {
		t.Fatalf("failed: %s %s", d.Reason, d.Detail)
	}
	for _, f := range d.Fields {
		if strings.Contains(f.Path, "chmidt") || strings.Contains(f.Path, "CHMIDT") || strings.Contains(f.Path, "QW5u") {
			t.Errorf("path %q names the person", f.Path)
		}
	}
	for _, r := range recs {
		if r.Projection == "full" {
			continue
		}
		for _, leak := range [][]byte{[]byte("chmidt"), []byte("CHMIDT"), []byte("QW5u")} {
			if bytes.Contains(r.Value, leak) {
				t.Errorf("%s record holds %q: %s", r.Projection, leak, r.Value)
			}
		}
	}
}
