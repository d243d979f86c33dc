package producer_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/embedded"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/producer"
	"github.com/residency-labs/signup-classifier/record"
)

func newProducer(t *testing.T, clusters map[string]cluster.Config, mod func(*producer.Config)) *producer.Producer {
	t.Helper()
	cfg := producer.Config{Clusters: clusters, UnknownTopicWait: 1500 * time.Millisecond, BackoffMin: 20 * time.Millisecond,
		BackoffMax: 200 * time.Millisecond, Log: zap.NewNop()}
	if mod != nil {
		mod(&cfg)
	}
	p, err := producer.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

func newProducerB(b *testing.B, clusters map[string]cluster.Config, batchSize int) *producer.Producer {
	p, err := producer.New(producer.Config{Clusters: clusters, BatchSize: batchSize, Log: zap.NewNop()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = p.Close() })
	return p
}

func outs(topic string, n int) []record.Output {
	o := make([]record.Output, n)
	for i := range o {
		o[i] = record.Output{Topic: topic, Key: fmt.Appendf(nil, "k%d", i), Value: fmt.Appendf(nil, "v%d", i),
			Headers: []record.Header{{Key: record.HeaderProjection, Value: []byte("full")}}}
	}
	return o
}

func values(recs []kafkatest.Record) map[string]int {
	m := map[string]int{}
	for _, r := range recs {
		m[string(r.Value)]++
	}
	return m
}

func TestWriteAndKeyOrder(t *testing.T) {
	env := kafkatest.Start(t)
	topic := env.Topic("out", 3)
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, nil)
	// Same key, increasing sequence: must come back in order on one partition.
	var os []record.Output
	for i := range 200 {
		os = append(os, record.Output{Topic: topic, Key: []byte(fmt.Sprintf("user-%d", i%7)), Value: fmt.Appendf(nil, "%d", i)})
	}
	if err := p.Write(context.Background(), os); err != nil {
		t.Fatal(err)
	}
	if u := p.Unsettled(); u != 0 {
		t.Fatalf("a clean write left %d unsettled attempts", u)
	}
	recs := env.ReadAll(topic)
	if len(recs) != 200 {
		t.Fatalf("read %d records, want 200", len(recs))
	}
	last := map[string]int{}
	parts := map[string]int{}
	for _, r := range recs { // ReadAll returns each partition in offset order
		var v int
		fmt.Sscanf(string(r.Value), "%d", &v)
		k := string(r.Key)
		if prev, ok := last[k]; ok && v < prev {
			t.Fatalf("key %s: %d after %d", k, v, prev)
		}
		if p, ok := parts[k]; ok && p != r.Partition {
			t.Fatalf("key %s on partitions %d and %d", k, p, r.Partition)
		}
		last[k], parts[k] = v, r.Partition
	}
}

// TestMissingTopic: with auto-creation off, outputs to a missing topic come
// back as record.WriteErrors naming the topic; the other outputs of the same Write
// are written.
func TestMissingTopic(t *testing.T) {
	env := kafkatest.Start(t)
	good := env.Topic("good", 2)
	missing := kafkatest.Name("missing-topic")
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, nil)
	o := append(outs(good, 10), outs(missing, 3)...)
	start := time.Now()
	err := p.Write(context.Background(), o)
	var rerrs record.WriteErrors
	if !errors.As(err, &rerrs) {
		t.Fatalf("err = %v, want record.WriteErrors", err)
	}
	if len(rerrs) != 3 {
		t.Fatalf("%d record errors, want 3: %v", len(rerrs), err)
	}
	for i, re := range rerrs {
		if re.Index != 10+i || re.Reason != record.ReasonUnknownTopic || re.Topic != missing {
			t.Fatalf("record error %d = %+v", i, re)
		}
	}
	if !strings.Contains(err.Error(), missing) || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("error does not name the missing topic clearly: %v", err)
	}
	if !errors.Is(rerrs[0], kafka.UnknownTopicOrPartition) {
		t.Fatalf("not UnknownTopicOrPartition: %v", rerrs[0])
	}
	t.Logf("missing topic reported after %s: %v", time.Since(start).Round(time.Millisecond), err)
	if n := len(env.ReadAll(good)); n != 10 {
		t.Fatalf("good topic has %d records, want 10", n)
	}
	// The missing topic is remembered: the next write fails at once.
	start = time.Now()
	err = p.Write(context.Background(), outs(missing, 1))
	if !errors.As(err, &rerrs) || time.Since(start) > time.Second {
		t.Fatalf("second write: %v after %s", err, time.Since(start))
	}
	// And no topic was auto-created.
	parts, err := cluster.TopicPartitions(context.Background(), env.Cluster, []string{missing})
	if err != nil || len(parts) != 0 {
		t.Fatalf("missing topic exists after writes: %v %v", parts, err)
	}
}

func TestTooLargeClientSide(t *testing.T) {
	env := kafkatest.Start(t)
	topic := env.Topic("big", 1)
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, func(c *producer.Config) { c.BatchBytes = 4096 })
	o := outs(topic, 5)
	o[2].Value = bytes.Repeat([]byte("x"), 5000)
	err := p.Write(context.Background(), o)
	var rerrs record.WriteErrors
	if !errors.As(err, &rerrs) || len(rerrs) != 1 || rerrs[0].Index != 2 || rerrs[0].Reason != record.ReasonTooLarge {
		t.Fatalf("err = %v", err)
	}
	if n := len(env.ReadAll(topic)); n != 4 {
		t.Fatalf("%d records written, want 4", n)
	}
}

// TestTooLargeBrokerSide: the topic's max.message.bytes is below the
// writer's batch size, so the broker rejects whole batches; the producer
// isolates messages and reports only the one too large on its own.
func TestTooLargeBrokerSide(t *testing.T) {
	env := kafkatest.Start(t)
	topic := kafkatest.Name("small-max")
	ctx := context.Background()
	if err := cluster.EnsureTopics(ctx, env.Cluster, []cluster.TopicSpec{{Name: topic, Partitions: 1, ReplicationFactor: 1,
		Configs: map[string]string{"max.message.bytes": "3000"}}}, true); err != nil {
		t.Fatal(err)
	}
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, nil)
	o := outs(topic, 6)
	for i := range o {
		o[i].Value = bytes.Repeat([]byte{'a' + byte(i)}, 1000) // together > 3000 bytes
	}
	o[4].Value = bytes.Repeat([]byte("z"), 4000)
	err := p.Write(ctx, o)
	var rerrs record.WriteErrors
	if !errors.As(err, &rerrs) || len(rerrs) != 1 || rerrs[0].Index != 4 || rerrs[0].Reason != record.ReasonTooLarge {
		t.Fatalf("err = %v", err)
	}
	if n := len(env.ReadAll(topic)); n != 5 {
		t.Fatalf("%d records written, want 5", n)
	}
}

func embeddedOnly(t *testing.T, env *kafkatest.Env) *kfake.Cluster {
	if env.External() {
		t.Skip("fault injection needs the embedded broker")
	}
	return env.Broker.Cluster()
}

// TestRetriesTransientErrors: NOT_LEADER answers and closed connections
// (io.EOF, which kafka-go's Writer does not retry, #1352) are retried by
// Write; every record lands.
func TestRetriesTransientErrors(t *testing.T) {
	env := kafkatest.Start(t)
	kc := embeddedOnly(t, env)
	topic := env.Topic("flaky", 2)
	var retries atomic.Int64
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, func(c *producer.Config) {
		c.MaxAttempts = 1 // leave every retry to Write
		c.OnRetry = func(_, _ string, _ int, _ error) { retries.Add(1) }
	})
	// Warm up metadata, then inject.
	if err := p.Write(context.Background(), outs(topic, 1)); err != nil {
		t.Fatal(err)
	}
	kc.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Produce}, Topic: topic, Err: kerr.NotLeaderForPartition, Count: 3})
	closed := atomic.Int64{}
	kc.ControlKey(int16(kmsg.Produce), func(kmsg.Request) (kmsg.Response, error, bool) {
		if closed.Add(1) <= 2 {
			kc.KeepControl()
			return nil, errors.New("injected connection drop"), true
		}
		return nil, nil, false
	})
	o := outs(topic, 50)
	if err := p.Write(context.Background(), o); err != nil {
		t.Fatalf("write with transient faults: %v", err)
	}
	if retries.Load() == 0 {
		t.Fatal("no retries recorded")
	}
	got := values(env.ReadAll(topic))
	for i := range 50 {
		if got[fmt.Sprintf("v%d", i)] == 0 {
			t.Fatalf("v%d lost", i)
		}
	}
	t.Logf("retries=%d", retries.Load())
}

// TestBudgetExhausted: a retriable error that never clears ends in a
// FatalError once the budget is spent (the caller fail-stops).
func TestBudgetExhausted(t *testing.T) {
	env := kafkatest.Start(t)
	kc := embeddedOnly(t, env)
	topic := env.Topic("stuck", 1)
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, func(c *producer.Config) {
		c.RetryBudget = 1500 * time.Millisecond
		c.MaxAttempts = 1
	})
	h := kc.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Produce}, Topic: topic, Err: kerr.NotEnoughReplicas, Count: -1})
	defer h.Remove()
	start := time.Now()
	err := p.Write(context.Background(), outs(topic, 5))
	var fe *producer.FatalError
	if !errors.As(err, &fe) || !errors.Is(err, producer.ErrBudgetExhausted) || !errors.Is(err, kafka.NotEnoughReplicas) {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %s with a 1.5s budget", d)
	}
	var rerrs record.WriteErrors
	if errors.As(err, &rerrs) {
		t.Fatal("a retriable error must never be reported as a record error (it would be quarantined)")
	}
}

// TestContextCancel: the caller's context ending is fatal, not a record error.
func TestContextCancel(t *testing.T) {
	env := kafkatest.Start(t)
	kc := embeddedOnly(t, env)
	topic := env.Topic("cancel", 1)
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, nil)
	h := kc.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Produce}, Topic: topic, Err: kerr.LeaderNotAvailable, Count: -1})
	defer h.Remove()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	err := p.Write(ctx, outs(topic, 2))
	var fe *producer.FatalError
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v", err)
	}
}

// TestUnsettledCountsAbandonedAttempts: an attempt that kafka-go is still
// retrying when its deadline passes returns early with its messages queued;
// the producer must count it, so that the outputs' memory is not reused.
// (kafka-go's own retries are the per-partition path's; the per-broker
// path's variant is TestPerBrokerUnsettled.)
func TestUnsettledCountsAbandonedAttempts(t *testing.T) {
	env := kafkatest.Start(t)
	kc := embeddedOnly(t, env)
	topic := env.Topic("unsettled", 1)
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, func(c *producer.Config) {
		c.Requests = producer.PerPartition
		c.MaxAttempts = 1000 // kafka-go keeps retrying inside one attempt
		c.AttemptTimeout = 200 * time.Millisecond
		c.RetryBudget = time.Second
	})
	h := kc.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Produce}, Topic: topic, Err: kerr.NotEnoughReplicas, Count: -1})
	defer h.Remove()
	if err := p.Write(context.Background(), outs(topic, 3)); err == nil {
		t.Fatal("a write to a failing topic succeeded")
	}
	if p.Unsettled() == 0 {
		t.Fatal("attempts cut short by their deadline were not counted as unsettled")
	}
}

// TestTwoClusters: outputs naming a second cluster go to it.
func TestTwoClusters(t *testing.T) {
	env := kafkatest.Start(t)
	topic := env.Topic("multi", 1)
	second, err := embedded.Start(context.Background(), zap.NewNop(), []cluster.TopicSpec{{Name: "signups.ru", Partitions: 1}})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster, "ru": second.Config()}, nil)
	o := append(outs(topic, 3), outs("signups.ru", 2)...)
	for i := 3; i < 5; i++ {
		o[i].Cluster = "ru"
	}
	o = append(o, record.Output{Cluster: "nowhere", Topic: topic})
	err = p.Write(context.Background(), o)
	var rerrs record.WriteErrors
	if !errors.As(err, &rerrs) || len(rerrs) != 1 || rerrs[0].Reason != record.ReasonUnknownCluster {
		t.Fatalf("err = %v", err)
	}
	if n := len(env.ReadAll(topic)); n != 3 {
		t.Fatalf("default cluster has %d", n)
	}
	c, _ := second.Config().Client()
	res, err := c.Fetch(context.Background(), &kafka.FetchRequest{Topic: "signups.ru", Partition: 0, Offset: 0, MinBytes: 1, MaxBytes: 1 << 20, MaxWait: 100 * time.Millisecond})
	if err != nil || res.Error != nil || res.HighWatermark != 2 {
		t.Fatalf("second cluster: %v %v hw=%d", err, res.Error, res.HighWatermark)
	}
	if err := p.Ping(context.Background()); err != nil {
		t.Fatalf("ping: %v", err)
	}
}
