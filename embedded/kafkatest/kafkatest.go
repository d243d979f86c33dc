// Package kafkatest gives tests a Kafka cluster: the one named by the
// KAFKA_BROKERS environment variable (comma-separated host:port) when set,
// else an in-process kfake broker started for the test. Tests create
// uniquely named topics and groups, so the same tests run unchanged against
// a shared real broker.
package kafkatest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/embedded"
)

// Env is a test's cluster.
type Env struct {
	Cluster cluster.Config
	// Broker is the embedded broker, nil when KAFKA_BROKERS is used.
	Broker *embedded.Broker
	t      testing.TB
}

var seq atomic.Int64

// Start returns the test's cluster; an embedded broker is closed when the
// test ends. opts apply only to the embedded broker.
func Start(t testing.TB, opts ...embedded.Options) *Env {
	t.Helper()
	if env := strings.TrimSpace(os.Getenv("KAFKA_BROKERS")); env != "" {
		var brokers []string
		for _, b := range strings.Split(env, ",") {
			if b = strings.TrimSpace(b); b != "" {
				brokers = append(brokers, b)
			}
		}
		return &Env{Cluster: cluster.Config{Brokers: brokers}, t: t}
	}
	b, err := embedded.Start(context.Background(), zap.NewNop(), nil, opts...)
	if err != nil {
		t.Fatalf("start embedded broker: %v", err)
	}
	t.Cleanup(b.Close)
	return &Env{Cluster: b.Config(), Broker: b, t: t}
}

// External reports whether the tests run against KAFKA_BROKERS.
func (e *Env) External() bool { return e.Broker == nil }

// Name returns a unique name with the prefix (topic or group).
func Name(prefix string) string {
	return fmt.Sprintf("%s-%d-%d", prefix, time.Now().UnixNano()%1e9, seq.Add(1))
}

// Topic creates a uniquely named topic with n partitions and returns its
// name.
func (e *Env) Topic(prefix string, partitions int) string {
	e.t.Helper()
	name := Name(prefix)
	e.CreateTopic(name, partitions)
	return name
}

// CreateTopic creates a topic with the given name.
func (e *Env) CreateTopic(name string, partitions int) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := cluster.EnsureTopics(ctx, e.Cluster, []cluster.TopicSpec{{Name: name, Partitions: partitions, ReplicationFactor: 1}}, true); err != nil {
		e.t.Fatalf("create topic %s: %v", name, err)
	}
}

// Produce writes messages synchronously with acks=all. Messages name their
// topic.
func (e *Env) Produce(msgs ...kafka.Message) {
	e.t.Helper()
	tr, err := e.Cluster.Transport()
	if err != nil {
		e.t.Fatal(err)
	}
	defer tr.CloseIdleConnections()
	w := &kafka.Writer{
		Addr:         e.Cluster.Addr(),
		Transport:    tr,
		Balancer:     &kafka.Murmur2Balancer{},
		RequiredAcks: kafka.RequireAll,
		BatchTimeout: time.Millisecond,
		BatchSize:    500,
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for len(msgs) > 0 {
		n := min(len(msgs), 5000)
		if err := w.WriteMessages(ctx, msgs[:n]...); err != nil {
			e.t.Fatalf("produce: %v", err)
		}
		msgs = msgs[n:]
	}
}

// Record is a record read back from a topic.
type Record struct {
	Topic     string
	Partition int
	Offset    int64
	Key       []byte
	Value     []byte
	Headers   map[string]string
	Time      time.Time
}

func (e *Env) client() *kafka.Client {
	c, err := e.Cluster.Client()
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

// EndOffsets returns each partition's high watermark.
func (e *Env) EndOffsets(topic string) map[int]int64 {
	e.t.Helper()
	// A real broker needs a moment after topic creation to elect partition
	// leaders (NOT_LEADER_FOR_PARTITION, LEADER_NOT_AVAILABLE): retry.
	deadline := time.Now().Add(20 * time.Second)
	for {
		out, err := e.endOffsets(topic)
		if err == nil {
			return out
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("end offsets of %s: %v", topic, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (e *Env) endOffsets(topic string) (map[int]int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return cluster.EndOffsets(ctx, e.Cluster, topic)
}

// ReadAll reads every record of the topic up to the partitions' current end
// offsets.
func (e *Env) ReadAll(topic string) []Record {
	e.t.Helper()
	ends := e.EndOffsets(topic)
	c := e.client()
	defer c.Transport.(*kafka.Transport).CloseIdleConnections()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out []Record
	for p, end := range ends {
		for off := int64(0); off < end; {
			res, err := c.Fetch(ctx, &kafka.FetchRequest{Topic: topic, Partition: p, Offset: off,
				MinBytes: 1, MaxBytes: 8 << 20, MaxWait: 100 * time.Millisecond})
			if err != nil {
				e.t.Fatalf("fetch %s/%d@%d: %v", topic, p, off, err)
			}
			if res.Error != nil {
				e.t.Fatalf("fetch %s/%d@%d: %v", topic, p, off, res.Error)
			}
			n := 0
			for {
				r, err := res.Records.ReadRecord()
				if err != nil {
					if !errors.Is(err, io.EOF) {
						e.t.Fatalf("read %s/%d: %v", topic, p, err)
					}
					break
				}
				rec := Record{Topic: topic, Partition: p, Offset: r.Offset, Time: r.Time, Headers: map[string]string{}}
				if r.Key != nil {
					rec.Key, _ = io.ReadAll(r.Key)
				}
				if r.Value != nil {
					rec.Value, _ = io.ReadAll(r.Value)
				}
				for _, h := range r.Headers {
					rec.Headers[h.Key] = string(h.Value)
				}
				if r.Offset >= off && r.Offset < end {
					out = append(out, rec)
				}
				off = r.Offset + 1
				n++
			}
			if n == 0 && off < end {
				if ctx.Err() != nil {
					e.t.Fatalf("read %s/%d: stuck at %d < %d", topic, p, off, end)
				}
			}
		}
	}
	return out
}

// Committed returns the group's committed offsets for the topic's
// partitions (-1 where none).
func (e *Env) Committed(group, topic string) map[int]int64 {
	e.t.Helper()
	parts := make([]int, 0)
	for p := range e.EndOffsets(topic) {
		parts = append(parts, p)
	}
	c := e.client()
	defer c.Transport.(*kafka.Transport).CloseIdleConnections()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := c.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: parts}})
	if err != nil {
		e.t.Fatalf("offset fetch %s: %v", group, err)
	}
	if errors.Is(res.Error, kafka.GroupIdNotFound) {
		// A group that has not committed yet may not exist at all
		// (kfake): nothing is committed.
		out := make(map[int]int64, len(parts))
		for _, p := range parts {
			out[p] = -1
		}
		return out
	}
	if res.Error != nil {
		e.t.Fatalf("offset fetch %s: %v", group, res.Error)
	}
	out := make(map[int]int64)
	for _, p := range res.Topics[topic] {
		out[p.Partition] = p.CommittedOffset
	}
	return out
}

// WaitGroupMembers waits until the group is Stable with n members.
func (e *Env) WaitGroupMembers(group string, n int, timeout time.Duration) {
	e.t.Helper()
	c := e.client()
	defer c.Transport.(*kafka.Transport).CloseIdleConnections()
	deadline := time.Now().Add(timeout)
	var last string
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		res, err := c.DescribeGroups(ctx, &kafka.DescribeGroupsRequest{GroupIDs: []string{group}})
		cancel()
		if err == nil && len(res.Groups) == 1 {
			g := res.Groups[0]
			last = fmt.Sprintf("state=%s members=%d err=%v", g.GroupState, len(g.Members), g.Error)
			if g.Error == nil && g.GroupState == "Stable" && len(g.Members) == n {
				return
			}
		} else {
			last = fmt.Sprint(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	e.t.Fatalf("group %s not stable with %d members within %s (last: %s)", group, n, timeout, last)
}
