package classifier_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// process decides one event and renders its records into fresh memory, a
// new decision and buffer of their own, which the caller may keep.
func process(rs *classifier.Ruleset, in classifier.Input) (*classifier.Decision, []classifier.Record) {
	d := &classifier.Decision{}
	recs, _ := rs.ProcessAppend(d, in, nil, nil)
	return d, recs
}

// ProcessAppend renders into a reused decision and buffer what it renders
// into fresh memory: the records must be the same, byte for byte, whatever
// the buffer and the decision held before.
func TestProcessAppendReusesMemory(t *testing.T) {
	rs := benchRuleset(t)
	evs := demoEvents(300)
	evs = append(evs, []byte(`{"broken`), []byte(`{"email":"a@b.example","country":"MX"}`))
	var d classifier.Decision
	var recs []classifier.Record
	var buf []byte
	for i, ev := range evs {
		in := classifier.Input{Value: ev, Source: fmt.Sprintf("signups/0/%d", i)}
		_, want := process(rs, in)
		buf = append(buf[:0], "stale bytes from the last event"...)
		recs, buf = rs.ProcessAppend(&d, in, recs[:0], buf[:0])
		if len(recs) != len(want) {
			t.Fatalf("event %d: %d records, want %d", i, len(recs), len(want))
		}
		for k := range want {
			g, w := recs[k], want[k]
			if g.Topic != w.Topic || g.Projection != w.Projection || !bytes.Equal(g.Key, w.Key) || !bytes.Equal(g.Value, w.Value) || len(g.Headers) != len(w.Headers) {
				t.Fatalf("event %d record %d: got %s %s key %q value %s\nwant %s %s key %q value %s", i, k, g.Topic, g.Projection, g.Key, g.Value, w.Topic, w.Projection, w.Key, w.Value)
			}
			for h := range w.Headers {
				if g.Headers[h].Key != w.Headers[h].Key || !bytes.Equal(g.Headers[h].Value, w.Headers[h].Value) {
					t.Fatalf("event %d record %d header %d: %s=%q, want %s=%q", i, k, h, g.Headers[h].Key, g.Headers[h].Value, w.Headers[h].Key, w.Headers[h].Value)
				}
			}
		}
	}
}

// A failed event's records name the failure: the quarantine record with
// the whole error, the audit record with its reason code; both the stage.
func TestFailedEventHeaders(t *testing.T) {
	rs := benchRuleset(t)
	_, recs := process(rs, classifier.Input{Value: []byte(`{"broken`), Source: "signups/0/9"})
	want := map[string][2]string{
		"quarantine": {"invalid_json: unterminated string at byte 8", "parse"},
		"audit":      {"invalid_json", "parse"},
	}
	if len(recs) != len(want) {
		t.Fatalf("%d records, want %d", len(recs), len(want))
	}
	for _, r := range recs {
		var e, st string
		for _, h := range r.Headers {
			switch h.Key {
			case classifier.HeaderError:
				e = string(h.Value)
			case classifier.HeaderStage:
				st = string(h.Value)
			}
		}
		if w := want[r.Projection]; e != w[0] || st != w[1] {
			t.Errorf("%s record: error %q stage %q, want %q %q", r.Projection, e, st, w[0], w[1])
		}
	}
}

// The parser does not copy its input, so a decision must not depend on the
// input's bytes once Classify returns: callers reuse their read buffers
// (the command reads lines into one) while keeping decisions.
func TestDecisionOutlivesInput(t *testing.T) {
	rs := benchRuleset(t)
	evs := demoEvents(64)
	evs = append(evs, []byte(`{"event_id":"evt-123","email":"a@b.example","country":"RU","locale":"ru-RU"}`))
	for i, ev := range evs {
		in := make([]byte, len(ev))
		copy(in, ev)
		d := rs.Classify(classifier.Input{Value: in, Source: fmt.Sprintf("signups/0/%d", i)})
		want := string(d.AppendJSON(nil))
		for k := range in {
			in[k] = 'x'
		}
		// Another event through the same pooled scratch, too.
		rs.Classify(classifier.Input{Value: evs[(i+1)%len(evs)], Source: "signups/0/0"})
		if got := string(d.AppendJSON(nil)); got != want {
			t.Fatalf("event %d: the decision changed with its input's bytes:\n got %s\nwant %s", i, got, want)
		}
	}
}

// TestCachesOutliveInput: the classifier's caches (member names, countries,
// phones) outlive the event whose bytes filled them. An event's decision
// must not depend on what became of an earlier event's bytes: each event is
// classified from a buffer that is scribbled over afterwards, then every
// event again from fresh copies, on a fresh rule set and on the warm one.
func TestCachesOutliveInput(t *testing.T) {
	evs := demoEvents(64)
	fresh := benchRuleset(t)
	want := make([]string, len(evs))
	for i, ev := range evs {
		want[i] = string(fresh.Classify(classifier.Input{Value: append([]byte(nil), ev...), Source: "s/0/0"}).AppendJSON(nil))
	}
	warm := benchRuleset(t)
	for _, ev := range evs {
		in := append([]byte(nil), ev...)
		warm.Classify(classifier.Input{Value: in, Source: "s/0/0"})
		for k := range in {
			in[k] = 'x'
		}
	}
	for i, ev := range evs {
		got := string(warm.Classify(classifier.Input{Value: append([]byte(nil), ev...), Source: "s/0/0"}).AppendJSON(nil))
		if got != want[i] {
			t.Fatalf("event %d decided differently once earlier inputs were overwritten:\n got %s\nwant %s", i, got, want[i])
		}
	}
}

// A special category's container leaves no trace outside full records:
// an empty {"criminal_record": {}} still says the subject has one (red
// team 11: F1).
func TestSpecialContainersLeaveWhole(t *testing.T) {
	rs := benchRuleset(t)
	ev := `{"country":"CN","email":"a@b.cn","pregnancy":{"status":"confirmed","week":12},"criminal_record":{"status":"convicted"},"trade_union":{"status":"member"},"conditions":[{"code":"E11"}],"religion_info":[{"faith":"Islam"}]}`
	_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "signups/0/1"})
	seen := 0
	for _, r := range recs {
		if r.Projection != "redacted" && r.Projection != "pseudonymized" {
			continue
		}
		seen++
		for _, name := range []string{"pregnancy", "criminal_record", "trade_union", "conditions", "religion_info", "confirmed", "convicted", "member"} {
			if bytes.Contains(r.Value, []byte(name)) {
				t.Errorf("%s record %s holds %q", r.Projection, r.Value, name)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no pseudonymized or redacted record")
	}
}

// A redacted copy is keyed by the event id, not by the subject's token: a
// CN export must not link one subject's records (red team 13: F6).
func TestRedactedKeyedByEventID(t *testing.T) {
	rs := benchRuleset(t)
	d, recs := process(rs, classifier.Input{Value: []byte(`{"event_id":"k1","user_id":"u-12345","user":{"email":"a@b.com","country":"CN"}}`), Source: "signups/0/1"})
	seen := false
	for _, r := range recs {
		if r.Projection != "redacted" {
			continue
		}
		seen = true
		if string(r.Key) != d.EventID || bytes.HasPrefix(r.Key, []byte("tok_")) {
			t.Errorf("redacted record key %q, want the event id %q", r.Key, d.EventID)
		}
	}
	if !seen {
		t.Fatal("no redacted record")
	}
}
