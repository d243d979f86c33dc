package soak

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/residency-labs/signup-classifier/cluster"
)

// Kafka is the checker's own view of the cluster. Bulk reads and writes use
// franz-go (an independent client: the checker does not trust the client
// under test); metadata, offsets and topic creation use the project's
// cluster package.
type Kafka struct {
	Brokers []string
	Cluster cluster.Config
}

// NewKafka parses a comma-separated bootstrap list.
func NewKafka(brokers string) (*Kafka, error) {
	var bs []string
	for _, b := range strings.Split(brokers, ",") {
		if b = strings.TrimSpace(b); b != "" {
			bs = append(bs, b)
		}
	}
	if len(bs) == 0 {
		return nil, errors.New("no brokers (set KAFKA_BROKERS)")
	}
	cfg := cluster.Config{Brokers: bs, ClientID: "soak-checker"}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Kafka{Brokers: bs, Cluster: cfg}, nil
}

// CreateTopics creates the topics that do not exist yet (and waits until
// the broker reports them).
func (k *Kafka) CreateTopics(ctx context.Context, specs ...cluster.TopicSpec) error {
	return retry(ctx, func() error { return cluster.EnsureTopics(ctx, k.Cluster, specs, true) })
}

// Partitions returns the partition count of each existing topic.
func (k *Kafka) Partitions(ctx context.Context, topics []string) (map[string]int, error) {
	var out map[string]int
	err := retry(ctx, func() (err error) {
		out, err = cluster.TopicPartitions(ctx, k.Cluster, topics)
		return err
	})
	return out, err
}

// EndOffsets returns, per topic, the log-end offset of every partition.
func (k *Kafka) EndOffsets(ctx context.Context, topics []string) (map[string][]int64, error) {
	parts, err := k.Partitions(ctx, topics)
	if err != nil {
		return nil, err
	}
	out := map[string][]int64{}
	for _, t := range topics {
		n, ok := parts[t]
		if !ok {
			return nil, fmt.Errorf("topic %s does not exist", t)
		}
		out[t] = make([]int64, n)
	}
	for _, t := range topics {
		err := retry(ctx, func() error {
			ends, err := cluster.EndOffsets(ctx, k.Cluster, t)
			if err != nil {
				return err
			}
			for p, end := range ends {
				if p >= len(out[t]) {
					return fmt.Errorf("list offsets %s: partition %d of %d", t, p, len(out[t]))
				}
				out[t][p] = end
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Committed returns the group's committed offset per partition of topic
// (-1 where none).
func (k *Kafka) Committed(ctx context.Context, group, topic string, partitions int) ([]int64, error) {
	client, err := k.Cluster.Client()
	if err != nil {
		return nil, err
	}
	defer client.Transport.(*kafka.Transport).CloseIdleConnections()
	ps := make([]int, partitions)
	for i := range ps {
		ps[i] = i
	}
	out := make([]int64, partitions)
	err = retry(ctx, func() error {
		resp, err := client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: ps}})
		if err != nil {
			return err
		}
		if resp.Error != nil {
			return resp.Error
		}
		for _, p := range resp.Topics[topic] {
			if p.Error != nil {
				return p.Error
			}
			out[p.Partition] = p.CommittedOffset
		}
		return nil
	})
	return out, err
}

// retry retries f with a short backoff until it succeeds or ctx ends: the
// checker must ride through broker restarts as well as the service does.
func retry(ctx context.Context, f func() error) error {
	var err error
	for i := 0; ; i++ {
		if err = f(); err == nil {
			return nil
		}
		d := min(time.Duration(i+1)*250*time.Millisecond, 2*time.Second)
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (last error: %v)", ctx.Err(), err)
		case <-time.After(d):
		}
	}
}

// Producer writes the input stream with acks=all (franz-go's idempotent
// producer: its own retries never duplicate an input record, so the
// input topic holds each generated event exactly once).
type Producer struct {
	cl *kgo.Client
}

// NewProducer returns a producer for topic.
func (k *Kafka) NewProducer(topic string) (*Producer, error) {
	cl, err := kgo.NewClient(
		kgo.SeedBrokers(k.Brokers...),
		kgo.ClientID("soak-producer"),
		kgo.DefaultProduceTopic(topic),
		kgo.RequiredAcks(kgo.AllISRAcks()),
		kgo.ProducerBatchMaxBytes(2<<20),
		kgo.ProducerLinger(5*time.Millisecond),
		kgo.MaxBufferedRecords(20000),
	)
	if err != nil {
		return nil, err
	}
	return &Producer{cl: cl}, nil
}

// Send produces records and waits for every acknowledgement; it returns
// how many were acknowledged and the first error.
func (p *Producer) Send(ctx context.Context, recs []*kgo.Record) (int, error) {
	res := p.cl.ProduceSync(ctx, recs...)
	n := 0
	var first error
	for _, r := range res {
		if r.Err == nil {
			n++
		} else if first == nil {
			first = r.Err
		}
	}
	return n, first
}

// Produce hands records to the producer without waiting (it blocks only
// while the producer's buffer is full); done is called once per record
// with its outcome.
func (p *Producer) Produce(ctx context.Context, recs []*kgo.Record, done func(error)) {
	for _, r := range recs {
		p.cl.Produce(ctx, r, func(_ *kgo.Record, err error) { done(err) })
	}
}

// Flush waits until every record handed to Produce is acknowledged or
// failed.
func (p *Producer) Flush(ctx context.Context) error { return p.cl.Flush(ctx) }

// Close closes the producer.
func (p *Producer) Close() { p.cl.Close() }

// ReadRange reads topic from from[p] up to (not including) to[p] on every
// partition and calls fn for each record, from one goroutine. Partitions
// are read concurrently; order holds within a partition.
func (k *Kafka) ReadRange(ctx context.Context, topic string, from, to []int64, fn func(*kgo.Record)) error {
	offs := map[int32]kgo.Offset{}
	left := 0
	for p := range to {
		f := int64(0)
		if p < len(from) {
			f = from[p]
		}
		if to[p] > f {
			offs[int32(p)] = kgo.NewOffset().At(f)
			left++
		}
	}
	if left == 0 {
		return nil
	}
	cl, err := kgo.NewClient(
		kgo.SeedBrokers(k.Brokers...),
		kgo.ClientID("soak-reader"),
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: offs}),
		kgo.FetchMaxBytes(64<<20),
		kgo.FetchMaxPartitionBytes(16<<20),
		kgo.FetchMaxWait(200*time.Millisecond),
	)
	if err != nil {
		return err
	}
	defer cl.Close()
	done := make(map[int32]bool, left)
	for left > 0 {
		fs := cl.PollFetches(ctx)
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("reading %s: %w (%d partitions unfinished)", topic, err, left)
		}
		fs.EachRecord(func(r *kgo.Record) {
			if done[r.Partition] {
				return
			}
			end := to[r.Partition]
			if r.Offset < end {
				fn(r)
			}
			if r.Offset+1 >= end {
				done[r.Partition] = true
				left--
			}
		})
	}
	return nil
}

// Follow reads topic from from[p] on every partition until ctx ends,
// calling fn for each record (the concurrent reader of a soak run).
func (k *Kafka) Follow(ctx context.Context, topic string, from []int64, fn func(*kgo.Record)) error {
	offs := map[int32]kgo.Offset{}
	for p := range from {
		offs[int32(p)] = kgo.NewOffset().At(from[p])
	}
	cl, err := kgo.NewClient(
		kgo.SeedBrokers(k.Brokers...),
		kgo.ClientID("soak-follower"),
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: offs}),
		kgo.FetchMaxBytes(32<<20),
		kgo.FetchMaxPartitionBytes(8<<20),
		kgo.FetchMaxWait(200*time.Millisecond),
	)
	if err != nil {
		return err
	}
	defer cl.Close()
	for {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			return nil
		}
		fs.EachRecord(fn)
	}
}

// Header returns the value of the first header named key, or nil.
func Header(r *kgo.Record, key string) []byte {
	for _, h := range r.Headers {
		if h.Key == key {
			return h.Value
		}
	}
	return nil
}
