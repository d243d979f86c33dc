package demo

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestEventsAreValidJSONWithMarkers(t *testing.T) {
	g := New(1)
	for seq := 0; seq < 200; seq++ {
		ev := g.Event(1, seq)
		var m map[string]any
		if err := json.Unmarshal(ev, &m); err != nil {
			t.Fatalf("event %d is not JSON: %v\n%s", seq, err, ev)
		}
		if !strings.Contains(string(ev), Marker(seq)) {
			t.Fatalf("event %d lacks its marker", seq)
		}
	}
}

func TestNationalIDsPassTheirChecks(t *testing.T) {
	g := New(2)
	for _, c := range Countries {
		if c.IDDetector == "" {
			continue
		}
		if v := g.nationalID(c.IDDetector); v == "" {
			t.Errorf("%s: no valid %s generated", c.Code, c.IDDetector)
		}
	}
}
