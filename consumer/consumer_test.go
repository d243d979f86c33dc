package consumer_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/record"
)

// forEachKind runs a test with each kind of group consumer.
func forEachKind(t *testing.T, test func(t *testing.T, kind string)) {
	for _, kind := range []string{consumer.KindGeneration, consumer.KindReader} {
		t.Run(kind, func(t *testing.T) { test(t, kind) })
	}
}

// TestFetchBatchLingerLosesNothing: thousands of linger deadlines expire
// inside FetchMessage; kafka-go returns ctx.Err() without taking a message
// off its queue, so every offset of every partition is seen, in order, with
// no gap.
func TestFetchBatchLingerLosesNothing(t *testing.T) { forEachKind(t, testFetchBatchLingerLosesNothing) }

func testFetchBatchLingerLosesNothing(t *testing.T, kind string) {
	env := kafkatest.Start(t)
	topic := env.Topic("linger", 3)
	const n = 3000
	msgs := make([]kafka.Message, n)
	for i := range msgs {
		msgs[i] = kafka.Message{Topic: topic, Key: fmt.Appendf(nil, "k%d", i), Value: []byte("v")}
	}
	env.Produce(msgs...)
	c, err := consumer.Open(kind, consumer.Config{Cluster: env.Cluster, GroupID: kafkatest.Name("g"), Topics: []string{topic},
		SessionTimeout: 6 * time.Second, QueueCapacity: 50})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	next := map[int]int64{}
	got, batches := 0, 0
	for got < n {
		// Tiny lingers: most batches end on an expired deadline.
		b, err := c.FetchBatch(ctx, 1+batches%17, time.Duration(batches%5)*20*time.Microsecond)
		if err != nil {
			t.Fatalf("after %d: %v", got, err)
		}
		for _, m := range b {
			if m.Offset != next[m.Partition] {
				t.Fatalf("partition %d: offset %d, want %d (a message was lost or repeated)", m.Partition, m.Offset, next[m.Partition])
			}
			next[m.Partition] = m.Offset + 1
		}
		got += len(b)
		batches++
	}
	ends := env.EndOffsets(topic)
	for p, end := range ends {
		if next[p] != end {
			t.Fatalf("partition %d read to %d, end %d", p, next[p], end)
		}
	}
	lag := c.Lag()
	for tp, l := range lag {
		if l != 0 {
			t.Fatalf("lag %v = %d after reading everything", tp, l)
		}
	}
	if st := c.Stats(); st.Rebalances < 1 || st.Messages < n {
		t.Fatalf("stats %+v", st)
	}
	t.Logf("%d batches", batches)
	if err := c.CommitOffsets(ctx, map[record.TopicPartition]int64{{Topic: topic, Partition: 0}: next[0]}); err != nil {
		t.Fatal(err)
	}
	if got := env.Committed(c.GroupID(), topic)[0]; got != next[0] {
		t.Fatalf("committed %d, want %d", got, next[0])
	}
	// Close leaves the group; FetchBatch then reports ErrClosed.
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.FetchBatch(context.Background(), 1, 0); !errors.Is(err, record.ErrClosed) {
		t.Fatalf("FetchBatch after Close = %v", err)
	}
}

// TestFetchBatchCancel: a cancelled context ends a blocked FetchBatch.
func TestFetchBatchCancel(t *testing.T) { forEachKind(t, testFetchBatchCancel) }

func testFetchBatchCancel(t *testing.T, kind string) {
	env := kafkatest.Start(t)
	topic := env.Topic("empty", 1)
	c, err := consumer.Open(kind, consumer.Config{Cluster: env.Cluster, GroupID: kafkatest.Name("g"), Topics: []string{topic}, SessionTimeout: 6 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if _, err := c.FetchBatch(ctx, 10, time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
}

// TestFetchBatchByteBudget: a batch ends once its messages hold maxBytes
// (the first one always comes), and the rest come in later batches, none
// lost.
func TestFetchBatchByteBudget(t *testing.T) { forEachKind(t, testFetchBatchByteBudget) }

func testFetchBatchByteBudget(t *testing.T, kind string) {
	env := kafkatest.Start(t)
	topic := env.Topic("budget", 1)
	const n, size = 20, 1000
	msgs := make([]kafka.Message, n)
	for i := range msgs {
		msgs[i] = kafka.Message{Topic: topic, Value: make([]byte, size)}
	}
	env.Produce(msgs...)
	c, err := consumer.Open(kind, consumer.Config{Cluster: env.Cluster, GroupID: kafkatest.Name("g"), Topics: []string{topic},
		SessionTimeout: 6 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var next int64
	for next < n {
		// A 2,500-byte budget: three 1,000-byte messages reach it.
		b, _, err := c.FetchBatchEpoch(ctx, 100, 2500, 500*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 3 {
			t.Fatalf("batch of %d messages (%d bytes) with a 2,500-byte budget", len(b), len(b)*size)
		}
		for _, m := range b {
			if m.Offset != next {
				t.Fatalf("offset %d, want %d", m.Offset, next)
			}
			next++
		}
	}
	// One message over budget on its own still comes.
	env.Produce(kafka.Message{Topic: topic, Value: make([]byte, 5000)})
	b, _, err := c.FetchBatchEpoch(ctx, 100, 10, 100*time.Millisecond)
	if err != nil || len(b) != 1 {
		t.Fatalf("oversized message: %d messages, %v", len(b), err)
	}
}
