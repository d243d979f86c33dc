package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/record"
)

// sizeLimitSink refuses, as too large, every output whose key and value
// together exceed limit (as the producer does above BatchBytes or a
// topic's max.message.bytes), and writes the others to the inner sink.
type sizeLimitSink struct {
	pipeline.Sink
	limit int
}

func (s sizeLimitSink) Write(ctx context.Context, outs []record.Output) error {
	var errs record.WriteErrors
	var ok []record.Output
	for i, o := range outs {
		if n := len(o.Key) + len(o.Value); n > s.limit {
			errs = append(errs, record.WriteError{Index: i, Topic: o.Topic, Reason: record.ReasonTooLarge,
				Err: fmt.Errorf("%d bytes > limit %d", n, s.limit)})
			continue
		}
		ok = append(ok, o)
	}
	if err := s.Sink.Write(ctx, ok); err != nil {
		return err
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// Red team 22 (F1, F2): an output too large to write is replaced by a
// quarantine record, and that record must itself be writable: with a
// producer-chosen key as large as the broker's limit, the replacement
// (which carried the input's key) was refused, retried without the value
// but still with the key, refused again, and the pipeline stopped: every
// restart stopped on the same offset. Now the replacement is retried
// without the key (keeping the value, which a replay needs), then without
// the value as well; the pipeline never stops on a record's size, commits
// only after the replacement is acknowledged, and the replacement says
// projection=quarantine, not the failed output's projection.
func TestRedTeam22QuarantineReplacementAlwaysFits(t *testing.T) {
	r := newRigKind(t, 1, consumer.KindGeneration)
	const limit = 2000
	bigKey := bytes.Repeat([]byte("ab"), 2000) // an "id" of 4000 bytes
	bigValue := "PII-canary-big-" + strings.Repeat("x", 3000)
	var msgs []kafka.Message
	for i := range 30 {
		m := kafka.Message{Topic: r.in, Key: fmt.Appendf(nil, "k%d", i), Value: fmt.Appendf(nil, "PII-canary-%06d", i)}
		switch i % 5 {
		case 1:
			m.Key = bigKey
		case 2:
			m.Value = []byte(bigValue)
		}
		msgs = append(msgs, m)
	}
	r.produced = len(msgs)
	r.env.Produce(msgs...)

	reg := prometheus.NewRegistry()
	m, _ := pipeline.NewMetrics(reg, pipeline.MetricsOptions{Projections: []string{"full", "pseudonymized", "quarantine"}})
	run := r.start(opts{metrics: m, sink: func(s pipeline.Sink) pipeline.Sink { return sizeLimitSink{Sink: s, limit: limit} }})
	done := make(chan struct{})
	go func() { r.waitCommitted(30 * time.Second); close(done) }()
	select {
	case <-done:
	case err := <-run.done:
		run.done <- err
		t.Fatalf("pipeline stopped: %v", err)
	}
	if err := run.stop(t); err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}

	in := r.inputsBySource()
	d := r.read()
	byKind := map[string]int{}
	for _, rec := range r.env.ReadAll(r.quarantine) {
		src := rec.Headers["source"]
		v, ok := in[src]
		if !ok {
			t.Fatalf("quarantine record for unknown source %q", src)
		}
		if rec.Headers["projection"] != record.ProjectionQuarantine || rec.Headers["stage"] != "produce" ||
			!strings.HasPrefix(rec.Headers["error"], string(record.ReasonTooLarge)+":") || rec.Headers[record.HeaderFailedTopic] == "" {
			t.Errorf("%s: quarantine headers %v", src, rec.Headers)
		}
		if len(rec.Key) != 0 {
			t.Errorf("%s: quarantine record kept a %d-byte key", src, len(rec.Key))
		}
		switch {
		case v == bigValue:
			// Too large even without the key: written without the value.
			if rec.Value != nil || rec.Headers[record.HeaderValueDropped] != "true" {
				t.Errorf("%s: big value: value %d bytes, headers %v", src, len(rec.Value), rec.Headers)
			}
			byKind["value"]++
		default:
			// The big key: written without it, with the value to replay.
			if string(rec.Value) != v || rec.Headers[record.HeaderValueDropped] != "" {
				t.Errorf("%s: big key: value %q, headers %v", src, rec.Value, rec.Headers)
			}
			byKind["key"]++
		}
	}
	// Inputs 1, 6, ... (6 of them): their outA copy (keyed by the input's
	// key) is replaced; outB is keyed "tok" and fits. Inputs 2, 7, ...:
	// both copies are replaced.
	if byKind["key"] != 6 || byKind["value"] != 12 {
		t.Fatalf("quarantine records: %v, want key 6 value 12", byKind)
	}
	for src, v := range in {
		if v != bigValue && d.b[src] < 1 {
			t.Errorf("%s: outB copy lost", src)
		}
	}
	if got := metricValue(m.QuarantineShrunk.WithLabelValues("key")); got != 6+12 {
		t.Errorf("quarantine_shrunk{key} = %v, want 18", got)
	}
	if got := metricValue(m.QuarantineShrunk.WithLabelValues("value")); got != 12 {
		t.Errorf("quarantine_shrunk{value} = %v, want 12", got)
	}
	if got := metricValue(m.Quarantined.WithLabelValues(string(record.ReasonTooLarge))); got != 18 {
		t.Errorf("quarantined{produce_too_large} = %v, want 18", got)
	}
}
