package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/producer"
	"github.com/residency-labs/signup-classifier/record"
)

// rig is one test's topics and the fake Router: every input is copied to
// outA (projection full) and outB (projection pseudonymized); inputs whose
// value starts with "bad" go to the quarantine topic only.
type rig struct {
	t          *testing.T
	env        *kafkatest.Env
	in         string
	outA, outB string
	quarantine string
	group      string
	partitions int
	consumer   string // kind of group consumer

	inputs   map[string][]byte // source -> value, as produced
	produced int
}

// forEachConsumer runs a test with each kind of group consumer
// (settings: input.consumer).
func forEachConsumer(t *testing.T, test func(t *testing.T, kind string)) {
	for _, kind := range []string{consumer.KindGeneration, consumer.KindReader} {
		t.Run(kind, func(t *testing.T) { test(t, kind) })
	}
}

func newRigKind(t *testing.T, partitions int, kind string) *rig {
	env := kafkatest.Start(t)
	r := &rig{t: t, env: env, partitions: partitions, group: kafkatest.Name("grp"), inputs: map[string][]byte{}, consumer: kind}
	r.in = env.Topic("signups", partitions)
	r.outA = env.Topic("signups.a", 3)
	r.outB = env.Topic("signups.b", 2)
	r.quarantine = env.Topic("signups.quarantine", 1)
	return r
}

// Values carry a canary ("PII-...") so the log check can look for it.
func (r *rig) produce(n int) {
	msgs := make([]kafka.Message, 0, n)
	for i := range n {
		seq := r.produced + i
		v := fmt.Sprintf("PII-canary-%06d-user%d@example.test", seq, seq%37)
		if seq%10 == 3 {
			v = "bad-" + v
		}
		msgs = append(msgs, kafka.Message{Topic: r.in, Key: fmt.Appendf(nil, "KEYCANARY-user%d", seq%37), Value: []byte(v)})
	}
	r.produced += n
	r.env.Produce(msgs...)
}

func (r *rig) router() pipeline.Router {
	return pipeline.RouteFunc(func(in *record.Input, dst []record.Output) []record.Output {
		src := []byte(in.Topic + "/" + strconv.Itoa(in.Partition) + "/" + strconv.FormatInt(in.Offset, 10))
		if bytes.HasPrefix(in.Value, []byte("bad")) {
			return append(dst, record.Output{Topic: r.quarantine, Key: in.Key, Value: in.Value, Headers: []record.Header{
				{Key: "source", Value: src}, {Key: "error", Value: []byte("bad_value: value starts with bad")}, {Key: "stage", Value: []byte("classify")}}})
		}
		return append(dst,
			record.Output{Topic: r.outA, Key: in.Key, Value: in.Value, Headers: []record.Header{{Key: "source", Value: src}, {Key: "projection", Value: []byte("full")}}},
			record.Output{Topic: r.outB, Key: []byte("tok"), Value: in.Value, Headers: []record.Header{{Key: "source", Value: src}, {Key: "projection", Value: []byte("pseudonymized")}}},
		)
	})
}

type opts struct {
	log      *zap.Logger
	metrics  *pipeline.Metrics
	sink     func(pipeline.Sink) pipeline.Sink
	source   func(pipeline.Source) pipeline.Source
	router   pipeline.Router
	producer func(*producer.Config)
	pipe     func(*pipeline.Config)
}

type running struct {
	p      *pipeline.Pipeline
	cancel context.CancelFunc
	done   chan error
}

func (r *rig) start(o opts) *running {
	r.t.Helper()
	log := o.log
	if log == nil {
		log = zap.NewNop()
	}
	c, err := consumer.Open(r.consumer, consumer.Config{Cluster: r.env.Cluster, GroupID: r.group, Topics: []string{r.in},
		SessionTimeout: 6 * time.Second, RebalanceTimeout: 6 * time.Second, HeartbeatInterval: 500 * time.Millisecond, Log: log})
	if err != nil {
		r.t.Fatal(err)
	}
	pcfg := producer.Config{Clusters: map[string]cluster.Config{"": r.env.Cluster}, Log: log,
		UnknownTopicWait: time.Second, BackoffMin: 20 * time.Millisecond, BackoffMax: 200 * time.Millisecond}
	if o.producer != nil {
		o.producer(&pcfg)
	}
	prod, err := producer.New(pcfg)
	if err != nil {
		r.t.Fatal(err)
	}
	var src pipeline.Source = c
	if o.source != nil {
		src = o.source(c)
	}
	var sink pipeline.Sink = prod
	if o.sink != nil {
		sink = o.sink(prod)
	}
	router := o.router
	if router == nil {
		router = r.router()
	}
	cfg := pipeline.Config{Source: src, Sink: sink, Router: router, Log: log, Metrics: o.metrics,
		BatchMax: 200, Linger: 5 * time.Millisecond, QuarantineTopic: r.quarantine}
	if o.pipe != nil {
		o.pipe(&cfg)
	}
	p, err := pipeline.New(cfg)
	if err != nil {
		r.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	run := &running{p: p, cancel: cancel, done: make(chan error, 1)}
	go func() { run.done <- p.Run(ctx) }()
	r.t.Cleanup(func() { cancel(); <-run.done })
	return run
}

func (run *running) stop(t *testing.T) error {
	t.Helper()
	run.cancel()
	select {
	case err := <-run.done:
		run.done <- err // for Cleanup
		return err
	case <-time.After(20 * time.Second):
		t.Fatal("pipeline did not stop within 20s")
		return nil
	}
}

// waitCommitted waits until the group's committed offsets reach the input's
// end offsets.
func (r *rig) waitCommitted(timeout time.Duration) {
	r.t.Helper()
	deadline := time.Now().Add(timeout)
	ends := r.env.EndOffsets(r.in)
	for {
		c := r.env.Committed(r.group, r.in)
		done := true
		for p, end := range ends {
			if c[p] < end {
				done = false
			}
		}
		if done {
			return
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("not all committed within %s: committed %v, end %v", timeout, c, ends)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type delivery struct {
	a, b, q map[string]int // source -> copies
	dups    int
}

func (r *rig) read() delivery {
	d := delivery{a: map[string]int{}, b: map[string]int{}, q: map[string]int{}}
	for topic, m := range map[string]map[string]int{r.outA: d.a, r.outB: d.b, r.quarantine: d.q} {
		for _, rec := range r.env.ReadAll(topic) {
			m[rec.Headers["source"]]++
		}
	}
	for _, m := range []map[string]int{d.a, d.b, d.q} {
		for _, n := range m {
			d.dups += n - 1
		}
	}
	return d
}

// inputs returns source -> value of every input record.
func (r *rig) inputsBySource() map[string]string {
	out := map[string]string{}
	for _, rec := range r.env.ReadAll(r.in) {
		out[fmt.Sprintf("%s/%d/%d", rec.Topic, rec.Partition, rec.Offset)] = string(rec.Value)
	}
	return out
}

// checkDelivered: every input appears on each of its outputs at least once
// (duplicates allowed), on no other, and nothing else appears.
func (r *rig) checkDelivered(d delivery) {
	r.t.Helper()
	in := r.inputsBySource()
	if len(in) != r.produced {
		r.t.Fatalf("input topic has %d records, produced %d", len(in), r.produced)
	}
	for src, v := range in {
		bad := strings.HasPrefix(v, "bad")
		if bad && (d.q[src] < 1 || d.a[src] != 0 || d.b[src] != 0) {
			r.t.Fatalf("%s (bad): a=%d b=%d q=%d", src, d.a[src], d.b[src], d.q[src])
		}
		if !bad && (d.a[src] < 1 || d.b[src] < 1 || d.q[src] != 0) {
			r.t.Fatalf("%s: a=%d b=%d q=%d (lost)", src, d.a[src], d.b[src], d.q[src])
		}
	}
	for _, m := range []map[string]int{d.a, d.b, d.q} {
		for src := range m {
			if _, ok := in[src]; !ok {
				r.t.Fatalf("output for unknown source %q", src)
			}
		}
	}
}

func TestPipelineDeliversAll(t *testing.T) { forEachConsumer(t, testPipelineDeliversAll) }

func testPipelineDeliversAll(t *testing.T, kind string) {
	r := newRigKind(t, 4, kind)
	r.produce(2000)
	core, logs := observer.New(zapcore.DebugLevel)
	reg := prometheus.NewRegistry()
	m, err := pipeline.NewMetrics(reg, pipeline.MetricsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	run := r.start(opts{log: zap.New(core), metrics: m})
	r.waitCommitted(15 * time.Second)
	r.produce(500) // more while running
	r.waitCommitted(15 * time.Second)
	if err := run.stop(t); err != nil {
		t.Fatalf("Run: %v", err)
	}
	d := r.read()
	r.checkDelivered(d)
	t.Logf("duplicates: %d", d.dups)

	// Per-key order on the output: within each output partition, a key's
	// sequence numbers increase.
	last := map[string]int{}
	for _, rec := range r.env.ReadAll(r.outA) {
		var seq int
		fmt.Sscanf(strings.TrimPrefix(string(rec.Value), "PII-canary-"), "%06d", &seq)
		k := fmt.Sprintf("%d/%s", rec.Partition, rec.Key)
		if p, ok := last[k]; ok && seq <= p && d.dups == 0 {
			t.Fatalf("key %s: seq %d after %d", k, seq, p)
		}
		last[k] = seq
	}

	// Metrics: label values from topics and fixed enums only.
	good, bad := 0, 0
	for _, v := range r.inputsBySource() {
		if strings.HasPrefix(v, "bad") {
			bad++
		} else {
			good++
		}
	}
	if got := metricValue(m.Produced.WithLabelValues(r.outA, "full")); int(got) < good {
		t.Fatalf("produced{%s,full} = %v, want >= %d", r.outA, got, good)
	}
	if got := metricValue(m.Produced.WithLabelValues(r.outB, "pseudonymized")); int(got) < good {
		t.Fatalf("produced{%s,pseudonymized} = %v", r.outB, got)
	}
	if got := metricValue(m.Quarantined.WithLabelValues("bad_value")); int(got) < bad {
		t.Fatalf("quarantined{bad_value} = %v, want >= %d", got, bad)
	}
	if got := metricValue(m.Consumed.WithLabelValues(r.in)); int(got) < r.produced {
		t.Fatalf("consumed = %v", got)
	}
	if metricValue(m.InFlightBytes) != 0 || metricValue(m.InFlightBatches) != 0 {
		t.Fatal("in-flight gauges not back to 0 after drain")
	}
	if metricValue(m.Commits) == 0 {
		t.Fatal("no commits counted")
	}

	// Logs: never a record value or key.
	if logs.Len() == 0 {
		t.Fatal("no logs captured")
	}
	for _, e := range logs.All() {
		line := e.Message
		for _, f := range e.Context {
			line += fmt.Sprintf(" %s=%v%s%v", f.Key, f.String, f.Interface, f.Integer)
		}
		if strings.Contains(line, "PII-canary") || strings.Contains(line, "KEYCANARY") || strings.Contains(line, "example.test") {
			t.Fatalf("log carries record data: %q", line)
		}
	}
}

func TestPipelineTwoInstancesSplitPartitions(t *testing.T) {
	forEachConsumer(t, testPipelineTwoInstancesSplitPartitions)
}

func testPipelineTwoInstancesSplitPartitions(t *testing.T, kind string) {
	r := newRigKind(t, 4, kind)
	runA := r.start(opts{})
	runB := r.start(opts{})
	r.env.WaitGroupMembers(r.group, 2, 15*time.Second)
	r.produce(2000)
	r.waitCommitted(15 * time.Second)
	partsOf := func(run *running) map[int]bool {
		out := map[int]bool{}
		for tp := range run.p.Tracker().Committed() {
			out[tp.Partition] = true
		}
		return out
	}
	pa, pb := partsOf(runA), partsOf(runB)
	if err := runA.stop(t); err != nil {
		t.Fatal(err)
	}
	if err := runB.stop(t); err != nil {
		t.Fatal(err)
	}
	if len(pa) == 0 || len(pb) == 0 || len(pa)+len(pb) != 4 {
		t.Fatalf("partitions committed: A=%v B=%v (want a split of 4)", pa, pb)
	}
	for p := range pa {
		if pb[p] {
			t.Fatalf("partition %d committed by both members", p)
		}
	}
	d := r.read()
	r.checkDelivered(d)
	t.Logf("A=%v B=%v duplicates=%d", pa, pb, d.dups)
}

// ackLog records which inputs have all their outputs acknowledged, as seen
// at the Sink, and checks every commit against it.
type ackLog struct {
	mu      sync.Mutex
	acked   map[string]int // source -> outputs acknowledged
	want    map[string]int // source -> outputs expected
	commits int
	err     error
}

type checkingSink struct {
	pipeline.Sink
	log   *ackLog
	delay time.Duration
	count *int
}

func (s checkingSink) Write(ctx context.Context, outs []record.Output) error {
	if s.delay > 0 {
		time.Sleep(s.delay)
	}
	err := s.Sink.Write(ctx, outs)
	var rerrs record.WriteErrors
	failed := map[int]bool{}
	if errors.As(err, &rerrs) {
		for _, re := range rerrs {
			failed[re.Index] = true
		}
	} else if err != nil {
		return err
	}
	s.log.mu.Lock()
	for i := range outs {
		if !failed[i] {
			s.log.acked[string(record.HeaderValue(outs[i].Headers, record.HeaderSource))]++
		}
	}
	s.log.mu.Unlock()
	return err
}

type checkingSource struct {
	pipeline.Source
	log *ackLog
	in  string
}

func (s checkingSource) CommitOffsets(ctx context.Context, next map[record.TopicPartition]int64) error {
	s.log.mu.Lock()
	for tp, off := range next {
		// Every offset below the commit must be fully acknowledged.
		for o := int64(0); o < off; o++ {
			src := fmt.Sprintf("%s/%d/%d", tp.Topic, tp.Partition, o)
			if s.log.acked[src] < s.log.want[src] && s.log.err == nil {
				s.log.err = fmt.Errorf("commit %s/%d -> %d but offset %d has %d of %d outputs acknowledged",
					tp.Topic, tp.Partition, off, o, s.log.acked[src], s.log.want[src])
			}
		}
	}
	s.log.commits++
	s.log.mu.Unlock()
	return s.Source.CommitOffsets(ctx, next)
}

func (r *rig) wantOutputs(l *ackLog) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for src, v := range r.inputsBySource() {
		if strings.HasPrefix(v, "bad") {
			l.want[src] = 1
		} else {
			l.want[src] = 2
		}
	}
}

// TestPipelineStopRestart stops a pipeline in the middle of the stream (with
// writes in flight) and restarts it: nothing is lost, and no commit ever
// pointed past an input whose outputs were not all acknowledged.
func TestPipelineStopRestart(t *testing.T) { forEachConsumer(t, testPipelineStopRestart) }

func testPipelineStopRestart(t *testing.T, kind string) {
	r := newRigKind(t, 3, kind)
	r.produce(3000)
	l := &ackLog{acked: map[string]int{}, want: map[string]int{}}
	r.wantOutputs(l)
	writes := 0
	wrap := opts{
		sink: func(s pipeline.Sink) pipeline.Sink {
			return checkingSink{Sink: s, log: l, delay: 15 * time.Millisecond, count: &writes}
		},
		source: func(s pipeline.Source) pipeline.Source { return checkingSource{Source: s, log: l, in: r.in} },
		pipe:   func(c *pipeline.Config) { c.BatchMax = 100 },
	}
	run := r.start(wrap)
	// Stop once part of the stream is through.
	deadline := time.Now().Add(15 * time.Second)
	for {
		l.mu.Lock()
		n := len(l.acked)
		l.mu.Unlock()
		if n >= 800 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d inputs acknowledged", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := run.stop(t); err != nil {
		t.Fatalf("first run: %v", err)
	}
	mid := r.env.Committed(r.group, r.in)
	ends := r.env.EndOffsets(r.in)
	midTotal := int64(0)
	for p, c := range mid {
		if c > ends[p] {
			t.Fatalf("partition %d committed %d past the end %d", p, c, ends[p])
		}
		midTotal += max(c, 0)
	}
	if midTotal == 0 || midTotal >= int64(r.produced) {
		t.Fatalf("stop was not in the middle: committed %v of %v", mid, ends)
	}
	// After a clean stop, the final commit covers everything acknowledged
	// (the watermark stops at the first input not fully acknowledged).
	l.mu.Lock()
	for p, c := range mid {
		if c < 0 {
			c = 0
		}
		src := fmt.Sprintf("%s/%d/%d", r.in, p, c)
		if c < ends[p] && l.acked[src] >= l.want[src] {
			t.Errorf("partition %d committed at %d although offset %d was acknowledged before the stop", p, c, c)
		}
	}
	l.mu.Unlock()

	run2 := r.start(wrap)
	r.waitCommitted(20 * time.Second)
	if err := run2.stop(t); err != nil {
		t.Fatalf("second run: %v", err)
	}
	l.mu.Lock()
	if l.err != nil {
		t.Fatal(l.err)
	}
	commits := l.commits
	l.mu.Unlock()
	d := r.read()
	r.checkDelivered(d)
	// Duplicates are bounded by what was in flight at the stop:
	// MaxInFlightBatches (4) x BatchMax (100) x 2 outputs, x2 for slack.
	if d.dups > 4*100*2*2 {
		t.Fatalf("%d duplicates after one clean stop", d.dups)
	}
	t.Logf("committed at stop: %v of %v; commits checked: %d; duplicates: %d", mid, ends, commits, d.dups)
}

// TestPipelineQuarantinesPermanentErrors: an output to a missing topic is
// replaced by a quarantine record naming the reason; the other outputs
// stand and everything is committed.
func TestPipelineQuarantinesPermanentErrors(t *testing.T) {
	forEachConsumer(t, testPipelineQuarantinesPermanentErrors)
}

func testPipelineQuarantinesPermanentErrors(t *testing.T, kind string) {
	r := newRigKind(t, 2, kind)
	r.produce(300)
	missing := kafkatest.Name("signups.nowhere")
	base := r.router()
	router := pipeline.RouteFunc(func(in *record.Input, dst []record.Output) []record.Output {
		dst = base.Route(in, dst)
		if in.Offset%50 == 7 {
			dst = append(dst, record.Output{Topic: missing, Key: in.Key, Value: in.Value,
				Headers: []record.Header{{Key: "source", Value: fmt.Appendf(nil, "%s/%d/%d", in.Topic, in.Partition, in.Offset)}, {Key: "projection", Value: []byte("full")}}})
		}
		return dst
	})
	reg := prometheus.NewRegistry()
	m, _ := pipeline.NewMetrics(reg, pipeline.MetricsOptions{})
	run := r.start(opts{router: router, metrics: m})
	r.waitCommitted(20 * time.Second)
	if err := run.stop(t); err != nil {
		t.Fatal(err)
	}
	// Expected replacements: inputs with offset%50==7 per partition.
	want := 0
	for src := range r.inputsBySource() {
		off, _ := strconv.Atoi(src[strings.LastIndex(src, "/")+1:])
		if off%50 == 7 {
			want++
		}
	}
	got := 0
	for _, rec := range r.env.ReadAll(r.quarantine) {
		if strings.HasPrefix(rec.Headers["error"], string(record.ReasonUnknownTopic)+":") {
			got++
			if rec.Headers["stage"] != "produce" || rec.Headers[record.HeaderFailedTopic] != missing || rec.Headers["source"] == "" {
				t.Fatalf("quarantine headers: %v", rec.Headers)
			}
		}
	}
	if got < want || want == 0 {
		t.Fatalf("%d quarantine records for the missing topic, want %d", got, want)
	}
	if v := metricValue(m.Quarantined.WithLabelValues(string(record.ReasonUnknownTopic))); int(v) < want {
		t.Fatalf("quarantined{%s} = %v", record.ReasonUnknownTopic, v)
	}
}

// TestPipelineFailStop: with the fail-stop policy, a permanent error stops
// the pipeline with an error and nothing past it is committed.
func TestPipelineFailStop(t *testing.T) { forEachConsumer(t, testPipelineFailStop) }

func testPipelineFailStop(t *testing.T, kind string) {
	r := newRigKind(t, 1, kind)
	r.produce(50)
	missing := kafkatest.Name("signups.nowhere")
	router := pipeline.RouteFunc(func(in *record.Input, dst []record.Output) []record.Output {
		return append(dst, record.Output{Topic: missing, Value: in.Value})
	})
	run := r.start(opts{router: router, pipe: func(c *pipeline.Config) { c.OnPermanent = pipeline.FailStopOnPermanent }})
	select {
	case err := <-run.done:
		run.done <- err
		if !errors.Is(err, pipeline.ErrStopped) || !strings.Contains(err.Error(), missing) {
			t.Fatalf("Run = %v", err)
		}
		t.Logf("fail-stop: %v", err)
	case <-time.After(15 * time.Second):
		t.Fatal("pipeline did not fail-stop")
	}
	for p, c := range r.env.Committed(r.group, r.in) {
		if c > 0 {
			t.Fatalf("partition %d committed %d after a fail-stop on its first record", p, c)
		}
	}
}

// TestPipelineFailStopOnExhaustedBudget: a retriable error that never clears
// (NOT_ENOUGH_REPLICAS) stops the pipeline once the budget is spent, without
// committing.
func TestPipelineFailStopOnExhaustedBudget(t *testing.T) {
	forEachConsumer(t, testPipelineFailStopOnExhaustedBudget)
}

func testPipelineFailStopOnExhaustedBudget(t *testing.T, kind string) {
	r := newRigKind(t, 1, kind)
	if r.env.External() {
		t.Skip("fault injection needs the embedded broker")
	}
	r.produce(20)
	h := faultProduce(r.env, r.outA)
	defer h()
	run := r.start(opts{producer: func(c *producer.Config) { c.RetryBudget = time.Second; c.MaxAttempts = 1 }})
	select {
	case err := <-run.done:
		run.done <- err
		var fe *producer.FatalError
		if !errors.As(err, &fe) || !errors.Is(err, producer.ErrBudgetExhausted) {
			t.Fatalf("Run = %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("pipeline did not fail-stop")
	}
	for p, c := range r.env.Committed(r.group, r.in) {
		if c > 0 {
			t.Fatalf("partition %d committed %d although outputs were never acknowledged", p, c)
		}
	}
}

func metricValue(m prometheus.Metric) float64 {
	var pb dto.Metric
	if err := m.Write(&pb); err != nil {
		panic(err)
	}
	switch {
	case pb.Counter != nil:
		return pb.Counter.GetValue()
	case pb.Gauge != nil:
		return pb.Gauge.GetValue()
	}
	panic("not a counter or gauge")
}

// TestPipelineAbortRestart: the drain timeout expires with writes in flight
// (as when a replica is killed): the pipeline stops without a final commit,
// and a restart redelivers; nothing is lost.
func TestPipelineAbortRestart(t *testing.T) { forEachConsumer(t, testPipelineAbortRestart) }

func testPipelineAbortRestart(t *testing.T, kind string) {
	r := newRigKind(t, 2, kind)
	r.produce(1500)
	l := &ackLog{acked: map[string]int{}, want: map[string]int{}}
	r.wantOutputs(l)
	slow := opts{
		sink: func(s pipeline.Sink) pipeline.Sink {
			return checkingSink{Sink: s, log: l, delay: 60 * time.Millisecond}
		},
		source: func(s pipeline.Source) pipeline.Source { return checkingSource{Source: s, log: l, in: r.in} },
		pipe:   func(c *pipeline.Config) { c.BatchMax = 100; c.DrainTimeout = 10 * time.Millisecond },
	}
	run := r.start(slow)
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		l.mu.Lock()
		n := len(l.acked)
		l.mu.Unlock()
		if n >= 300 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no progress")
		}
	}
	err := run.stop(t)
	if !errors.Is(err, pipeline.ErrStopped) {
		t.Fatalf("aborted run returned %v, want ErrStopped (writes abandoned)", err)
	}
	t.Logf("aborted: %v; committed %v", err, r.env.Committed(r.group, r.in))
	run2 := r.start(opts{
		sink:   func(s pipeline.Sink) pipeline.Sink { return checkingSink{Sink: s, log: l} },
		source: func(s pipeline.Source) pipeline.Source { return checkingSource{Source: s, log: l, in: r.in} },
	})
	r.waitCommitted(20 * time.Second)
	if err := run2.stop(t); err != nil {
		t.Fatal(err)
	}
	l.mu.Lock()
	if l.err != nil {
		t.Fatal(l.err)
	}
	l.mu.Unlock()
	d := r.read()
	r.checkDelivered(d)
	t.Logf("duplicates after abort: %d", d.dups)
}

// TestPipelineRebalanceMidStream: a second member joins while the first has
// writes in flight, then leaves again. Commits from both members are checked
// against the outputs acknowledged by either; nothing is lost.
func TestPipelineRebalanceMidStream(t *testing.T) { forEachConsumer(t, testPipelineRebalanceMidStream) }

func testPipelineRebalanceMidStream(t *testing.T, kind string) {
	r := newRigKind(t, 4, kind)
	r.produce(3000)
	l := &ackLog{acked: map[string]int{}, want: map[string]int{}}
	r.wantOutputs(l)
	mk := func() opts {
		return opts{
			sink: func(s pipeline.Sink) pipeline.Sink {
				return checkingSink{Sink: s, log: l, delay: 10 * time.Millisecond}
			},
			source: func(s pipeline.Source) pipeline.Source { return checkingSource{Source: s, log: l, in: r.in} },
			pipe:   func(c *pipeline.Config) { c.BatchMax = 50 },
		}
	}
	oa := mk()
	if testing.Verbose() {
		oa.log, _ = zap.NewDevelopment(zap.IncreaseLevel(zap.InfoLevel))
	}
	runA := r.start(oa)
	waitAcked := func(n int) {
		for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(10 * time.Millisecond) {
			l.mu.Lock()
			got := len(l.acked)
			l.mu.Unlock()
			if got >= n {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("only %d acknowledged, want %d", got, n)
			}
		}
	}
	waitAcked(300)
	runB := r.start(mk())
	waitAcked(1500)
	if err := runB.stop(t); err != nil {
		t.Fatal(err)
	}
	r.produce(500)
	l.mu.Lock()
	for src, v := range r.inputsBySource() {
		if _, ok := l.want[src]; !ok {
			l.want[src] = 2
			if strings.HasPrefix(v, "bad") {
				l.want[src] = 1
			}
		}
	}
	l.mu.Unlock()
	r.waitCommitted(20 * time.Second)
	if err := runA.stop(t); err != nil {
		t.Fatal(err)
	}
	l.mu.Lock()
	if l.err != nil {
		t.Fatal(l.err)
	}
	l.mu.Unlock()
	d := r.read()
	r.checkDelivered(d)
	t.Logf("duplicates with two rebalances: %d", d.dups)
}
