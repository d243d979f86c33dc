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

func newGenerational(t *testing.T, env *kafkatest.Env, group, topic string) *consumer.Generational {
	t.Helper()
	c, err := consumer.NewGenerational(consumer.Config{Cluster: env.Cluster, GroupID: group, Topics: []string{topic},
		SessionTimeout: 6 * time.Second, RebalanceTimeout: 6 * time.Second, HeartbeatInterval: 300 * time.Millisecond,
		QueueCapacity: 1000})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// delivered is what one member was handed: per epoch, the partitions, and
// every offset seen.
type delivered struct {
	parts   map[int64]map[int]bool
	offsets map[int]map[int64]bool
}

func newDelivered() *delivered {
	return &delivered{parts: map[int64]map[int]bool{}, offsets: map[int]map[int64]bool{}}
}

func (d *delivered) add(epoch int64, ins []record.Input) {
	if d.parts[epoch] == nil {
		d.parts[epoch] = map[int]bool{}
	}
	for _, in := range ins {
		d.parts[epoch][in.Partition] = true
		if d.offsets[in.Partition] == nil {
			d.offsets[in.Partition] = map[int64]bool{}
		}
		d.offsets[in.Partition][in.Offset] = true
	}
}

// drain fetches from c until nothing arrives for quiet; every batch must
// carry the member's current generation, never an earlier one.
func drain(t *testing.T, c *consumer.Generational, d *delivered, quiet time.Duration) {
	t.Helper()
	for {
		before := c.Epoch()
		ctx, cancel := context.WithTimeout(context.Background(), quiet)
		ins, epoch, err := c.FetchBatchEpoch(ctx, 50, 0, time.Millisecond)
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if epoch < before {
			t.Fatalf("batch of %d messages from generation %d handed over after generation %d began", len(ins), epoch, before)
		}
		d.add(epoch, ins)
	}
}

func covers(t *testing.T, ends map[int]int64, ds ...*delivered) {
	t.Helper()
	for p, end := range ends {
		for off := range end {
			seen := false
			for _, d := range ds {
				seen = seen || d.offsets[p][off]
			}
			if !seen {
				t.Fatalf("partition %d offset %d never delivered", p, off)
			}
		}
	}
}

// TestGenerationsTwoMembers: a member that loses partitions to a joining
// member hands over nothing it fetched for them in the old generation
// (kafka-go's group Reader does, #1398); the two members split the
// partitions; every message is delivered at least once; a commit of the
// old generation is refused and moves no offset; when the second member
// leaves, the first takes every partition back and reads on.
func TestGenerationsTwoMembers(t *testing.T) {
	env := kafkatest.Start(t)
	topic := env.Topic("gens", 4)
	group := kafkatest.Name("g")
	produce := func(n int) {
		msgs := make([]kafka.Message, n)
		for i := range msgs {
			msgs[i] = kafka.Message{Topic: topic, Key: fmt.Appendf(nil, "k%d", i), Value: []byte("v")}
		}
		env.Produce(msgs...)
	}
	produce(2000)
	a := newGenerational(t, env, group, topic)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	// A owns every partition and its readers prefetch.
	da, db := newDelivered(), newDelivered()
	first, e1, err := a.FetchBatchEpoch(ctx, 1, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	da.add(e1, first)
	time.Sleep(300 * time.Millisecond)

	b := newGenerational(t, env, group, topic)
	waitFor(t, "the second generation", func() bool { return a.Epoch() > e1 && b.Epoch() == a.Epoch() })
	e2 := a.Epoch()
	env.WaitGroupMembers(group, 2, 20*time.Second)

	drain(t, a, da, 1500*time.Millisecond)
	drain(t, b, db, 1500*time.Millisecond)
	if a.Epoch() != e2 || b.Epoch() != e2 {
		t.Fatalf("another rebalance during the test: %d, %d, want %d", a.Epoch(), b.Epoch(), e2)
	}
	for p := range db.parts[e2] {
		if da.parts[e2][p] {
			t.Fatalf("partition %d delivered to both members in generation %d", p, e2)
		}
	}
	if len(da.parts[e2]) == 0 || len(db.parts[e2]) == 0 {
		t.Fatalf("partitions not split: A %v, B %v", da.parts[e2], db.parts[e2])
	}
	for e := range da.parts {
		if e != e1 && e != e2 {
			t.Fatalf("A delivered from generation %d (want %d or %d)", e, e1, e2)
		}
	}
	ends := env.EndOffsets(topic)
	covers(t, ends, da, db)
	if st := a.Stats(); st.Rebalances != 2 || st.Dropped == 0 {
		// A's four readers each held a message when the first generation
		// ended, and their queues more.
		t.Fatalf("A stats %+v: want 2 generations and dropped messages", st)
	}

	// A commit of the first generation is refused and moves nothing.
	all := map[record.TopicPartition]int64{}
	for p, end := range ends {
		all[record.TopicPartition{Topic: topic, Partition: p}] = end
	}
	if err := a.CommitOffsetsEpoch(ctx, e1, all); !errors.Is(err, consumer.ErrStaleGeneration) {
		t.Fatalf("commit of generation %d after %d began: %v, want ErrStaleGeneration", e1, e2, err)
	}
	for p, off := range env.Committed(group, topic) {
		if off != -1 {
			t.Fatalf("partition %d committed at %d by a stale generation", p, off)
		}
	}
	// Through the current generation only A's own partitions are committed.
	if err := a.CommitOffsetsEpoch(ctx, e2, all); err != nil {
		t.Fatal(err)
	}
	for p, off := range env.Committed(group, topic) {
		if want := map[bool]int64{true: ends[p], false: -1}[da.parts[e2][p]]; off != want {
			t.Fatalf("partition %d committed at %d, want %d (A owns it: %v)", p, off, want, da.parts[e2][p])
		}
	}

	// B leaves: A takes its partitions back and reads on from the group's
	// committed offsets (B committed nothing: from the start).
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the third generation", func() bool { return a.Epoch() > e2 })
	produce(400)
	da3 := newDelivered()
	drain(t, a, da3, 1500*time.Millisecond)
	for e := range da3.parts {
		if e != a.Epoch() {
			t.Fatalf("A delivered from generation %d after generation %d began", e, a.Epoch())
		}
	}
	ends = env.EndOffsets(topic)
	for p, end := range ends {
		from := int64(0)
		if da.parts[e2][p] {
			from = all[record.TopicPartition{Topic: topic, Partition: p}] // committed by A
		}
		for off := from; off < end; off++ {
			if !da3.offsets[p][off] {
				t.Fatalf("after B left: partition %d offset %d never delivered", p, off)
			}
		}
	}
}
