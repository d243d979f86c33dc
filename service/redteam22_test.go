package service_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
)

// produceLarge writes records larger than kafkatest.Produce's writer takes
// (kafka-go's default BatchBytes is 1 MiB).
func produceLarge(t *testing.T, env *kafkatest.Env, msgs ...kafka.Message) {
	t.Helper()
	tr, err := env.Cluster.Transport()
	if err != nil {
		t.Fatal(err)
	}
	defer tr.CloseIdleConnections()
	w := &kafka.Writer{Addr: env.Cluster.Addr(), Transport: tr, Balancer: &kafka.Murmur2Balancer{},
		RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond, BatchBytes: 4 << 20}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, m := range msgs {
		if err := w.WriteMessages(ctx, m); err != nil {
			t.Fatalf("produce: %v", err)
		}
	}
}

// Red team 22 (F1, F2) on the embedded broker: a producer-chosen record
// key of ~1 MiB (hex, so it reads as an id) made the full record too large
// to write: the service stopped and every restart stopped on the same
// offset (F1), or, a little smaller, the full record was replaced by a
// quarantine record without its value, the offset committed, and the
// audit record said eu/full (F2). Now no record carries a key longer than
// classifier.MaxKeyBytes: each event is routed as its decision says, the
// full record keyed by the event id; a key at the bound is kept; nothing
// is quarantined; the service keeps running and commits every offset only
// once its records are on their topics; and each audit record names the
// routes whose records were written.
func TestRedTeam22OversizedKeyRoutedNotLost(t *testing.T) {
	env := kafkatest.Start(t)
	cfg := testConfig(t, env)
	r := start(t, cfg, zap.NewNop())

	atBound := strings.Repeat("a1", classifier.MaxKeyBytes/2)
	type tc struct{ id, key, value string }
	cases := []tc{
		{"evt-f01-pill", strings.Repeat("ab", 1048400/2), `{"event_id":"evt-f01-pill","type":"signup","user":{"email":"a@example.de","country":"DE"}}`},
		{"evt-f02-lost", strings.Repeat("cd", 1000000/2), `{"event_id":"evt-f02-lost","type":"signup","user":{"email":"b@example.de","name":"Anna Schmidt","country":"DE"},"plan":"` + strings.Repeat("p", 48000) + `"}`},
		{"evt-7c41a9e2d0", atBound, `{"event_id":"evt-7c41a9e2d0","type":"signup","user":{"email":"c@example.de","country":"DE"}}`},
		{"evt-3b8f60d15e", "cust-4711", `{"event_id":"evt-3b8f60d15e","type":"signup","user":{"email":"d@example.de","country":"DE"}}`},
	}
	var msgs []kafka.Message
	for _, c := range cases {
		msgs = append(msgs, kafka.Message{Topic: cfg.Input.Topic, Key: []byte(c.key), Value: []byte(c.value)})
	}
	// One partition's order: the later events wait behind the pills.
	for i := range msgs {
		msgs[i].Partition = 0
	}
	produceLarge(t, env, msgs...)

	// Committed first, read after: whatever a commit covers must already
	// be on the output topics.
	deadline := time.Now().Add(60 * time.Second)
	ends := env.EndOffsets(cfg.Input.Topic)
	for {
		select {
		case err := <-r.done:
			t.Fatalf("service stopped: %v", err)
		default:
		}
		c := env.Committed(cfg.Input.Group, cfg.Input.Topic)
		done := true
		for p, end := range ends {
			if end > 0 && c[p] < end {
				done = false
			}
		}
		if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not all committed: committed %v, end %v", c, ends)
		}
		time.Sleep(200 * time.Millisecond)
	}

	eu := cfg.Regions["eu"].Topic
	full := map[string][]byte{} // event id -> key of its full record
	for _, rec := range env.ReadAll(eu) {
		if rec.Headers["projection"] == "full" {
			full[rec.Headers["event-id"]] = rec.Key
		}
	}
	if q := env.ReadAll(cfg.Topics.Quarantine); len(q) != 0 {
		t.Errorf("%d quarantine records (first: error=%q), want none", len(q), q[0].Headers["error"])
	}
	for _, topic := range outputTopics(cfg) {
		for _, rec := range env.ReadAll(topic) {
			if len(rec.Key) > classifier.MaxKeyBytes {
				t.Errorf("%s: a record with a %d-byte key", topic, len(rec.Key))
			}
		}
	}
	exp := classifier.NewExpander()
	for _, rec := range env.ReadAll(cfg.AuditTemplatesTopic()) {
		if err := exp.Add(rec.Value); err != nil {
			t.Fatal(err)
		}
	}
	audits := map[string]string{}
	for _, rec := range env.ReadAll(cfg.Topics.Audit) {
		v, err := exp.Expand(nil, rec.Value)
		if err != nil {
			t.Fatal(err)
		}
		var d struct {
			Routes []struct{ Region, Projection string } `json:"routes"`
		}
		if err := json.Unmarshal(v, &d); err != nil {
			t.Fatal(err)
		}
		var rs []string
		for _, rt := range d.Routes {
			rs = append(rs, rt.Region+":"+rt.Projection)
		}
		audits[rec.Headers["event-id"]] = strings.Join(rs, ",")
	}
	for _, c := range cases {
		k, ok := full[c.id]
		if !ok {
			t.Errorf("%s: no full record on %s", c.id, eu)
			continue
		}
		want := c.id
		if len(c.key) <= classifier.MaxKeyBytes {
			want = c.key
		}
		if string(k) != want {
			t.Errorf("%s: full record keyed %.40q (%d bytes), want %.40q", c.id, k, len(k), want)
		}
		if a := audits[c.id]; !strings.Contains(a, "eu:full") {
			t.Errorf("%s: audit routes %q, want eu:full as written", c.id, a)
		}
	}
	r.stop(t)
}
