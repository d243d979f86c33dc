package classifier_test

import (
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 22 (F1, F2): a producer-chosen record key of ~1 MiB (hex, so it
// "reads as an id") was copied to the full record's key: with the
// service's headers the record no longer fit the broker. A key longer
// than MaxKeyBytes is no id: no record carries it, the full record is
// keyed as for an event without a key (the user id, else the event id),
// and the event is still routed. A key at the bound is kept.
func TestRedTeam22OversizedInputKeyIsNotCopied(t *testing.T) {
	rs := benchRuleset(t)
	ev := []byte(`{"event_id":"evt-f01-pill","type":"signup","user":{"email":"a@example.de","country":"DE"}}`)
	for _, tc := range []struct {
		name string
		key  string
		kept bool
	}{
		{"1 MiB of hex", strings.Repeat("ab", 1048400/2), false},
		{"one byte over the bound", strings.Repeat("a1", classifier.MaxKeyBytes/2) + "f", false},
		{"at the bound", strings.Repeat("a1", classifier.MaxKeyBytes/2), true},
		{"a short id", "cust-4711", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, recs := process(rs, classifier.Input{Value: ev, Key: []byte(tc.key), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("not routed: %s", d.Reason)
			}
			full := 0
			for _, r := range recs {
				if len(r.Key) > classifier.MaxKeyBytes {
					t.Errorf("%s record (%s) carries a %d-byte key", r.Projection, r.Topic, len(r.Key))
				}
				if r.Projection != "full" {
					continue
				}
				full++
				if tc.kept && string(r.Key) != tc.key {
					t.Errorf("full record's key %.40q, want the input key", r.Key)
				}
				if !tc.kept && string(r.Key) != "evt-f01-pill" {
					t.Errorf("full record's key %.40q, want the event id (no user id in this event)", r.Key)
				}
			}
			if full != 1 {
				t.Fatalf("%d full records, want 1", full)
			}
			// The raw input that replaces an unwritable output drops the
			// key on the same bound.
			k, _ := rs.ScrubQuarantine([]byte(tc.key), ev)
			if tc.kept != (k != nil) {
				t.Errorf("ScrubQuarantine kept key: %v, want %v", k != nil, tc.kept)
			}
		})
	}
}
