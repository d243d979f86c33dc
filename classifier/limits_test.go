package classifier_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// A wide but legal event whose decision would not fit an audit record is
// quarantined, never routed without its decision.
func TestDecisionTooLargeIsQuarantined(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		fields int
		routed bool
	}{{3000, true}, {8000, false}} {
		var b strings.Builder
		b.WriteString(`{"event_id":"w","email":"a@example.com","country":"DE","prefs":{`)
		for i := 0; i < tc.fields; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"p%d":1`, i)
		}
		b.WriteString("}}")
		d, recs := process(rs, classifier.Input{Value: []byte(b.String()), Source: "t/0/1"})
		if tc.routed == d.Failed() {
			t.Fatalf("%d fields: error %q, want routed=%v", tc.fields, d.ErrorText(), tc.routed)
		}
		if !tc.routed && d.Reason != classifier.ReasonDecisionTooLarge {
			t.Fatalf("%d fields: reason %q", tc.fields, d.ErrorText())
		}
		for _, r := range recs {
			if len(r.Value) > 900<<10 {
				t.Fatalf("%d fields: %s record of %d bytes exceeds the audit limit", tc.fields, r.Topic, len(r.Value))
			}
		}
	}
}
