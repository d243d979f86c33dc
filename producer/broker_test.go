package producer_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/embedded"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/producer"
	"github.com/residency-labs/signup-classifier/record"
)

// startBrokers starts an embedded cluster of n brokers (partition leaders
// spread over them); fault injection and request counts need it embedded.
func startBrokers(t *testing.T, n int) (*kafkatest.Env, *kfake.Cluster) {
	t.Helper()
	if os.Getenv("KAFKA_BROKERS") != "" {
		t.Skip("request counting and faults need the embedded broker")
	}
	env := kafkatest.Start(t, embedded.Options{Extra: []kfake.Opt{kfake.NumBrokers(n)}})
	return env, env.Broker.Cluster()
}

// countProduce counts the produce requests the cluster receives from now.
func countProduce(kc *kfake.Cluster) *kfake.FaultHandle {
	return kc.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Produce}, Observe: true, Count: -1})
}

// mixed returns n outputs over topics, keyed by user (some without key),
// each value "topic/seq" so that order per partition can be checked, and
// two headers.
func mixed(topics []string, n int) []record.Output {
	o := make([]record.Output, n)
	for i := range o {
		t := topics[i%len(topics)]
		var key []byte
		if i%10 != 9 {
			key = fmt.Appendf(nil, "user-%d", i%37)
		}
		o[i] = record.Output{Topic: t, Key: key, Value: fmt.Appendf(nil, "%s/%06d", t, i),
			Headers: []record.Header{{Key: record.HeaderProjection, Value: []byte("full")}, {Key: "seq", Value: strconv.AppendInt(nil, int64(i), 10)}}}
	}
	return o
}

// TestPerBrokerOneRequestPerBroker: one Write over two topics of six
// partitions led by three brokers sends one produce request per broker;
// every record is readable, in order per partition, with its key and
// headers, on the partition the per-partition path (kafka-go's Writer with
// the same balancer) chooses for the same key.
func TestPerBrokerOneRequestPerBroker(t *testing.T) {
	env, kc := startBrokers(t, 3)
	broker := []string{env.Topic("pb-a", 6), env.Topic("pb-b", 6)}
	writer := []string{env.Topic("pp-a", 6), env.Topic("pp-b", 6)}
	leaders := map[int32]bool{}
	for _, tp := range broker {
		for part := range int32(6) {
			leaders[kc.LeaderFor(tp, part)] = true
		}
	}
	if len(leaders) < 2 {
		t.Fatalf("partitions led by %d brokers; the test needs several", len(leaders))
	}
	pb := newProducer(t, map[string]cluster.Config{"": env.Cluster}, nil)
	pp := newProducer(t, map[string]cluster.Config{"": env.Cluster}, func(c *producer.Config) { c.Requests = producer.PerPartition })
	const n = 600
	// Warm the transports' metadata so that only produce requests count.
	if err := pb.Write(context.Background(), mixed(broker, 2)); err != nil {
		t.Fatal(err)
	}
	h := countProduce(kc)
	if err := pb.Write(context.Background(), mixed(broker, n)[2:]); err != nil {
		t.Fatal(err)
	}
	if got := h.Hits(); got != len(leaders) {
		t.Fatalf("%d produce requests for one Write, want one per broker (%d)", got, len(leaders))
	}
	h.Remove()
	if pb.Unsettled() != 0 {
		t.Fatalf("a clean write left %d unsettled", pb.Unsettled())
	}
	if err := pp.Write(context.Background(), mixed(writer, n)); err != nil {
		t.Fatal(err)
	}

	want := mixed(broker, n)
	for ti := range broker {
		got := env.ReadAll(broker[ti])
		old := env.ReadAll(writer[ti])
		if len(got) != n/2 || len(old) != n/2 {
			t.Fatalf("%s: %d records, per-partition path %d, want %d", broker[ti], len(got), len(old), n/2)
		}
		oldPart := map[string]int{}
		for _, r := range old {
			if r.Key != nil {
				oldPart[string(r.Key)] = r.Partition
			}
		}
		last := map[int]int{}
		for _, r := range got {
			seq, err := strconv.Atoi(r.Headers["seq"])
			if err != nil {
				t.Fatalf("record without its seq header: %+v", r)
			}
			w := want[seq]
			if string(r.Value) != string(w.Value) || string(r.Key) != string(w.Key) || (r.Key == nil) != (w.Key == nil) ||
				r.Headers[record.HeaderProjection] != "full" || len(r.Headers) != 2 {
				t.Fatalf("record %d read back as %+v", seq, r)
			}
			if prev, ok := last[r.Partition]; ok && seq <= prev {
				t.Fatalf("partition %d: seq %d after %d", r.Partition, seq, prev)
			}
			last[r.Partition] = seq
			if r.Key != nil && oldPart[string(r.Key)] != r.Partition {
				t.Fatalf("key %s on partition %d, the per-partition path chose %d", r.Key, r.Partition, oldPart[string(r.Key)])
			}
		}
	}
}

// TestPerBrokerChunksLargePartitions: a partition's records beyond
// BatchBytes go in further requests, in order.
func TestPerBrokerChunksLargePartitions(t *testing.T) {
	env, kc := startBrokers(t, 1)
	topic := env.Topic("chunks", 2)
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, func(c *producer.Config) { c.BatchBytes = 4096 })
	if err := p.Write(context.Background(), outs(topic, 1)); err != nil {
		t.Fatal(err)
	}
	o := outs(topic, 200)
	for i := range o {
		o[i].Key = []byte("one-key")
		o[i].Value = fmt.Appendf(nil, "%04d-%0100d", i, 0)
	}
	h := countProduce(kc)
	defer h.Remove()
	if err := p.Write(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	if h.Hits() < 2 {
		t.Fatalf("%d produce requests for ~25 KB in one partition with 4 KB batches", h.Hits())
	}
	recs := env.ReadAll(topic)
	var got []string
	for _, r := range recs {
		if string(r.Key) == "one-key" {
			got = append(got, string(r.Value[:4]))
		}
	}
	if len(got) != 200 {
		t.Fatalf("%d records, want 200", len(got))
	}
	for i, v := range got {
		if v != fmt.Sprintf("%04d", i) {
			t.Fatalf("record %d is %s", i, v)
		}
	}
}

// TestPerBrokerPartitionErrors: an error answered for one partition of a
// request lands on that partition's records only: retried if retriable,
// reported (record.WriteErrors) if permanent, fatal once the budget is
// spent; the other partitions' records are written once.
func TestPerBrokerPartitionErrors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		err     *kerr.Error
		count   int
		check   func(t *testing.T, err error, bad []int)
		written func(bad int) int // records expected on the bad partition
	}{
		{"not leader, then clear", kerr.NotLeaderForPartition, 2, func(t *testing.T, err error, _ []int) {
			if err != nil {
				t.Fatalf("err = %v", err)
			}
		}, func(bad int) int { return bad }},
		{"not enough replicas, budget spent", kerr.NotEnoughReplicas, -1, func(t *testing.T, err error, bad []int) {
			var fe *producer.FatalError
			if !errors.As(err, &fe) || !errors.Is(err, producer.ErrBudgetExhausted) || !errors.Is(err, kafka.NotEnoughReplicas) || fe.Unacked != len(bad) {
				t.Fatalf("err = %v, want a FatalError for the %d records of the partition", err, len(bad))
			}
			var rerrs record.WriteErrors
			if errors.As(err, &rerrs) {
				t.Fatal("a retriable error reported as a record error")
			}
		}, func(int) int { return 0 }},
		{"invalid record, permanent", kerr.InvalidRecord, -1, func(t *testing.T, err error, bad []int) {
			var rerrs record.WriteErrors
			if !errors.As(err, &rerrs) || len(rerrs) != len(bad) {
				t.Fatalf("err = %v, want %d record errors", err, len(bad))
			}
			for j, re := range rerrs {
				if re.Index != bad[j] || re.Reason != record.ReasonInvalidRecord || !errors.Is(re, kafka.InvalidRecord) {
					t.Fatalf("record error %d = %+v", j, re)
				}
			}
		}, func(int) int { return 0 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env, kc := startBrokers(t, 2)
			topic := env.Topic("perr", 4)
			var retried atomic.Int64
			p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, func(c *producer.Config) {
				c.RetryBudget = 1500 * time.Millisecond
				c.OnRetry = func(_, _ string, n int, _ error) { retried.Add(int64(n)) }
			})
			if err := p.Write(context.Background(), outs(topic, 1)); err != nil {
				t.Fatal(err)
			}
			o := outs(topic, 80)
			// Partition 1's records, by the balancer every path uses.
			var bad []int
			for i := range o {
				if (kafka.Murmur2Balancer{}).Balance(kafka.Message{Key: o[i].Key}, 0, 1, 2, 3) == 1 {
					bad = append(bad, i)
				}
			}
			if len(bad) == 0 || len(bad) == len(o) {
				t.Fatalf("%d of %d records on partition 1", len(bad), len(o))
			}
			h := kc.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Produce}, Topic: topic, Partitions: []int32{1}, Err: tc.err, Count: tc.count})
			err := p.Write(context.Background(), o)
			h.Remove()
			tc.check(t, err, bad)
			if r := retried.Load(); tc.count > 0 && r != int64(tc.count*len(bad)) {
				t.Fatalf("%d records retried, want %d (only partition 1's, %d times)", r, tc.count*len(bad), tc.count)
			}
			perPart := map[int]int{}
			for _, r := range env.ReadAll(topic) {
				perPart[r.Partition]++
			}
			total := 0
			for part, c := range perPart {
				total += c
				if part == 1 && c-boolInt(firstOn(o[:1], 1)) != tc.written(len(bad)) {
					t.Fatalf("partition 1 holds %d records", c)
				}
			}
			if want := 1 + len(o) - len(bad) + tc.written(len(bad)); total != want {
				t.Fatalf("%d records written, want %d (no duplicates of the good partitions)", total, want)
			}
		})
	}
}

func firstOn(o []record.Output, part int) bool {
	return (kafka.Murmur2Balancer{}).Balance(kafka.Message{Key: o[0].Key}, 0, 1, 2, 3) == part
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestPerBrokerUnsettled: a produce request still unanswered when its
// attempt's deadline passes may yet be sent with the outputs' bytes: the
// producer counts it, so that their memory is not reused.
func TestPerBrokerUnsettled(t *testing.T) {
	env, kc := startBrokers(t, 1)
	topic := env.Topic("slow", 1)
	p := newProducer(t, map[string]cluster.Config{"": env.Cluster}, func(c *producer.Config) {
		c.AttemptTimeout = 200 * time.Millisecond
		c.RetryBudget = time.Second
	})
	if err := p.Write(context.Background(), outs(topic, 1)); err != nil {
		t.Fatal(err)
	}
	// The broker holds every produce request until the test has looked:
	// a fixed sleep let the last request settle before the check on a
	// loaded machine, and the test failed for no fault of the producer.
	release := make(chan struct{})
	defer close(release)
	kc.ControlKey(int16(kmsg.Produce), func(kmsg.Request) (kmsg.Response, error, bool) {
		kc.KeepControl()
		kc.SleepControl(func() {
			select {
			case <-release:
			case <-time.After(10 * time.Second):
			}
		})
		return nil, nil, false
	})
	err := p.Write(context.Background(), outs(topic, 3))
	var fe *producer.FatalError
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v, want a FatalError", err)
	}
	if p.Unsettled() == 0 {
		t.Fatalf("requests cut short by their deadline were not counted as unsettled: %v", err)
	}
}

// TestRequestsConfig: an unknown mode is refused.
func TestRequestsConfig(t *testing.T) {
	_, err := producer.New(producer.Config{Clusters: map[string]cluster.Config{"": {Brokers: []string{"127.0.0.1:1"}}}, Requests: "per_topic"})
	if err == nil {
		t.Fatal("requests per_topic accepted")
	}
}
