package embedded_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/embedded"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/record"
)

// TestStartSeedsTopics checks Start creates topics and the address works
// with kafka-go's admin client.
func TestStartSeedsTopics(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b, err := embedded.Start(ctx, zap.NewNop(), []cluster.TopicSpec{{Name: "signups", Partitions: 3}, {Name: "signups.eu", Partitions: 2}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	parts, err := cluster.TopicPartitions(ctx, b.Config(), []string{"signups", "signups.eu", "nope"})
	if err != nil {
		t.Fatal(err)
	}
	if parts["signups"] != 3 || parts["signups.eu"] != 2 {
		t.Fatalf("partitions = %v", parts)
	}
	if _, ok := parts["nope"]; ok {
		t.Fatal("unknown topic reported as existing (auto-created by a metadata request?)")
	}
	cancel() // ctx cancellation stops the broker
	time.Sleep(50 * time.Millisecond)
}

// TestKafkaGoGroupCommit: kafka-go's group Reader joins, fetches and commits
// through the embedded broker (or KAFKA_BROKERS), and a second reader of the
// same group resumes after the committed offsets.
func TestKafkaGoGroupCommit(t *testing.T) {
	env := kafkatest.Start(t)
	topic := env.Topic("grp", 3)
	group := kafkatest.Name("g")
	var msgs []kafka.Message
	for i := range 90 {
		msgs = append(msgs, kafka.Message{Topic: topic, Key: fmt.Appendf(nil, "k%d", i), Value: fmt.Appendf(nil, "v%d", i)})
	}
	env.Produce(msgs...)

	read := func(n int) []record.Input {
		c, err := consumer.New(consumer.Config{Cluster: env.Cluster, GroupID: group, Topics: []string{topic}, SessionTimeout: 6 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		var got []record.Input
		for len(got) < n {
			b, err := c.FetchBatch(ctx, 50, 5*time.Millisecond)
			if err != nil {
				t.Fatalf("fetch after %d: %v", len(got), err)
			}
			got = append(got, b...)
		}
		if !c.Joined() {
			t.Fatal("Joined() false after fetching")
		}
		if err := c.Commit(ctx, got...); err != nil {
			t.Fatal(err)
		}
		return got
	}
	got := read(90)
	if len(got) != 90 {
		t.Fatalf("got %d", len(got))
	}
	committed := env.Committed(group, topic)
	ends := env.EndOffsets(topic)
	for p, end := range ends {
		if committed[p] != end {
			t.Fatalf("partition %d committed %d, end %d", p, committed[p], end)
		}
	}
	// More data; a new member of the same group starts after the commits.
	env.Produce(kafka.Message{Topic: topic, Key: []byte("k-new"), Value: []byte("new")})
	again := read(1)
	if string(again[0].Value) != "new" {
		t.Fatalf("resumed at %q, want the new record", again[0].Value)
	}
}
