package classifier_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// notInClear returns the projection of the first non-full record
// (quarantine and audit excluded) whose key, value or headers hold text
// in clear, or "".
func notInClear(recs []classifier.Record, text string) string {
	for _, r := range recs {
		switch r.Projection {
		case "full", "quarantine":
			continue
		}
		if bytes.Contains(r.Value, []byte(text)) || bytes.Contains(r.Key, []byte(text)) {
			return r.Projection
		}
		for _, h := range r.Headers {
			if strings.Contains(string(h.Value), text) {
				return r.Projection + " header"
			}
		}
	}
	return ""
}

// Red team 28 (F1): a DICOM tag is read by the table only as a DICOM
// attribute ({"00080070": {"vr": "LO", "Value": [...]}}). A map keyed by
// eight-digit ids that happen to spell a label's tag (an employee
// number "00200011", a question id "00080070") holds its own data: its
// values stay unknown, personal by default, not the modality's or the
// manufacturer's label left in clear.
func TestRedTeam28DICOMTagsOutsideDICOM(t *testing.T) {
	rs := benchRuleset(t)
	ev := `{"country":"DE","user":{"email":"a@example.de"},"employees":{"00200011":"Boris","00280010":"Sidorov"},"answers":{"00080070":"I take insulin daily"}}`
	_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	for _, text := range []string{"Boris", "Sidorov", "insulin"} {
		if where := notInClear(recs, text); where != "" {
			t.Errorf("%q is in clear in the %s record", text, where)
		}
	}
	// A DICOM attribute keeps its label.
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"manufacturer", `{"00080070":{"vr":"LO","Value":["SIEMENS"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Yamada^Taro"}]},"00102150":{"vr":"LO","Value":["JAPAN"]}}`, "/00080070/Value/0", "meta.technical"},
	})
}

// Red team 28 (F2): a geo block is where a request came from (an IP's
// country, weak) only on its own: inside the subject's address or
// residence it is that place's geocode, and a name that says the place
// is the subject's (geo_residence, geo_home, geo_address) is residence.
// A Russian resident's record seen from a German IP keeps its ru copy.
func TestRedTeam28GeoInsideResidence(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev string }{
		{"address.geo", `{"user":{"email":"a@example.ru","address":{"street":"ul. Lenina 1","geo":{"country":"RU","lat":55.7,"lng":37.6}}},"ip_country":"DE"}`},
		{"residence.geo", `{"user":{"email":"a@example.ru","residence":{"geo":{"country_code":"RU"}}},"ip_country":"DE"}`},
		{"geo_residence", `{"geo_residence":{"country":"RU"},"ip_country":"DE","user":{"email":"a@example.ru"}}`},
		{"geo_home", `{"user":{"email":"a@example.ru","geo_home":{"country":"RU"}},"ip_country":"DE"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
			ru := false
			for _, j := range d.Jurisdictions {
				if j.Country == "RU" {
					ru = true
					for _, b := range j.Basis {
						if strings.Contains(string(b), "ip") {
							t.Errorf("RU by %v", j.Basis)
						}
					}
				}
			}
			if d.Failed() || !ru {
				t.Errorf("reason %q, jurisdictions %+v; want RU by residence or address", d.Reason, d.Jurisdictions)
			}
		})
	}
}

// Red team 28 (F3): MSH-8 is the message header's Security field, where
// a sender that uses it puts a password or an access key: a credential,
// in no record, full included; the table made the whole header labels.
func TestRedTeam28HL7Security(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ name, ev string }{
		{"parsedData", `{"country":"DE","user":{"email":"a@example.de"},"segments":[{"segmentId":"MSH","fields":{"3":"LAB","8":"Qz8kLm2pWxT7"}}]}`},
		{"segment in the key", `{"country":"DE","user":{"email":"a@example.de"},"msh":{"MSH.3":"LAB","MSH.8":"Qz8kLm2pWxT7"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if where := credentialIn(recs, "Qz8kLm2pWxT7"); where != "" {
				t.Errorf("MSH-8 is in the %s record", where)
			}
		})
	}
}
