package consumer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/record"
)

// Defaults. SessionTimeout 10s (kafka-go default 30s) bounds how long a dead
// replica's partitions stall; HeartbeatInterval 1s lets members notice a
// rebalance quickly.
const (
	DefaultSessionTimeout    = 10 * time.Second
	DefaultHeartbeatInterval = 1 * time.Second
	DefaultRebalanceTimeout  = 10 * time.Second
	DefaultJoinGroupBackoff  = 1 * time.Second
	DefaultMaxBytes          = 10 << 20 // 10 MiB: above the 1 MiB default max.message.bytes
	DefaultMaxWait           = 500 * time.Millisecond
	DefaultQueueCapacity     = 1000
)

// Config configures a group consumer.
type Config struct {
	Cluster cluster.Config
	GroupID string
	Topics  []string

	SessionTimeout    time.Duration
	HeartbeatInterval time.Duration
	RebalanceTimeout  time.Duration
	JoinGroupBackoff  time.Duration
	// MaxBytes is the most the broker returns per fetch request (per
	// partition reader); it must be >= the topics' max.message.bytes.
	MaxBytes int
	// MaxWait is the broker-side long-poll wait of a fetch.
	MaxWait time.Duration
	// QueueCapacity bounds kafka-go's internal queue of fetched messages.
	QueueCapacity int

	Log *zap.Logger
}

// prepare fills in the defaults, checks what both consumers need and
// returns the dialer they reach the cluster with.
func (c *Config) prepare() (*kafka.Dialer, error) {
	c.defaults()
	if c.GroupID == "" {
		return nil, errors.New("consumer: GroupID is required")
	}
	if len(c.Topics) == 0 {
		return nil, errors.New("consumer: no topics")
	}
	return c.Cluster.Dialer()
}

// readerConfig is the reader both consumers fetch with, before the group
// or partition it reads is set.
func (c *Config) readerConfig(dialer *kafka.Dialer, queue int) kafka.ReaderConfig {
	rc := kafka.ReaderConfig{
		Brokers:         c.Cluster.Brokers,
		Dialer:          dialer,
		QueueCapacity:   queue,
		MinBytes:        1,
		MaxBytes:        c.MaxBytes,
		MaxWait:         c.MaxWait,
		ReadLagInterval: -1,                // lag is derived per partition from HighWaterMark
		StartOffset:     kafka.FirstOffset, // no committed offset: read from the start (duplicates over loss)
		MaxAttempts:     5,
	}
	rc.Logger, rc.ErrorLogger = cluster.KafkaLoggers(c.Log)
	return rc
}

func (c *Config) defaults() {
	if c.SessionTimeout <= 0 {
		c.SessionTimeout = DefaultSessionTimeout
	}
	if c.HeartbeatInterval <= 0 {
		c.HeartbeatInterval = DefaultHeartbeatInterval
	}
	if c.RebalanceTimeout <= 0 {
		c.RebalanceTimeout = DefaultRebalanceTimeout
	}
	if c.JoinGroupBackoff <= 0 {
		c.JoinGroupBackoff = DefaultJoinGroupBackoff
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.MaxWait <= 0 {
		c.MaxWait = DefaultMaxWait
	}
	if c.QueueCapacity <= 0 {
		c.QueueCapacity = DefaultQueueCapacity
	}
	if c.Log == nil {
		c.Log = zap.NewNop()
	}
}

// Stats are cumulative counters (kafka-go's Reader.Stats resets on every
// call, so the Consumer is the only caller and accumulates them).
type Stats struct {
	Rebalances int64
	Errors     int64
	Dials      int64
	Fetches    int64
	Messages   int64
	Bytes      int64
	Timeouts   int64
	// QueueLength is kafka-go's internal queue fill at the last snapshot.
	QueueLength int64
	// Dropped counts messages the Generational fetched in a generation
	// that ended before they were handed over (the new owner reads them).
	Dropped int64
}

// Consumer wraps a kafka-go group Reader with synchronous commits.
type Consumer struct {
	r   *kafka.Reader
	cfg Config
	log *zap.Logger

	mu     sync.Mutex
	stats  Stats
	lag    map[record.TopicPartition]int64
	epoch  int64 // rebalances seen when the last batch started
	closed bool
}

// New creates the consumer. It joins the group in the background; the first
// FetchBatch blocks until partitions are assigned and a message arrives.
func New(cfg Config) (*Consumer, error) {
	dialer, err := cfg.prepare()
	if err != nil {
		return nil, err
	}
	rc := cfg.readerConfig(dialer, cfg.QueueCapacity)
	rc.GroupID = cfg.GroupID
	rc.GroupTopics = cfg.Topics
	rc.HeartbeatInterval = cfg.HeartbeatInterval
	rc.CommitInterval = 0 // synchronous commits: CommitMessages returns after the broker acked
	rc.WatchPartitionChanges = true
	rc.SessionTimeout = cfg.SessionTimeout
	rc.RebalanceTimeout = cfg.RebalanceTimeout
	rc.JoinGroupBackoff = cfg.JoinGroupBackoff
	if err := rc.Validate(); err != nil {
		return nil, fmt.Errorf("consumer: %w", err)
	}
	return &Consumer{
		r:   kafka.NewReader(rc),
		cfg: cfg,
		log: cfg.Log,
		lag: make(map[record.TopicPartition]int64),
	}, nil
}

// FetchBatch blocks until a first message arrives, then collects more until
// max messages or until linger has passed since the first one.
//
// kafka-go's FetchMessage, when its context ends, returns ctx.Err() without
// taking a message off the queue (the select either delivers a message or
// returns the error), so the linger deadline never loses a message. If ctx is
// cancelled during the linger, the messages already fetched are returned with
// a nil error: they are in hand and must be processed (or never committed).
func (c *Consumer) FetchBatch(ctx context.Context, max int, linger time.Duration) ([]record.Input, error) {
	ins, _, err := c.FetchBatchEpoch(ctx, max, 0, linger)
	return ins, err
}

// FetchBatchEpoch is FetchBatch that also returns the rebalance epoch the
// batch started in (the number of group assignments seen before its first
// message was requested). A batch from an older epoch than Epoch() may hold
// partitions this member no longer owns (kafka-go #1398); see pipeline.
//
// maxBytes, if positive, also ends the batch once its messages' keys,
// values and headers reach that many bytes; the first message is always
// taken, so a batch exceeds maxBytes by at most one message.
//
// The inputs alias the fetched messages' bytes; the slice is the caller's.
func (c *Consumer) FetchBatchEpoch(ctx context.Context, max int, maxBytes int64, linger time.Duration) ([]record.Input, int64, error) {
	if max <= 0 {
		max = 1
	}
	epoch := c.snapshot()
	first, err := c.r.FetchMessage(ctx)
	if err != nil {
		return nil, epoch, c.fetchErr(err)
	}
	if epoch == 0 {
		// First assignment: there is no earlier generation whose messages
		// could be stale, so label the batch with the epoch it arrived in.
		epoch = c.snapshot()
	}
	// lags[i] is the lag the broker reported with ins[i]'s fetch; the lag
	// map is updated once the batch is complete.
	ins := make([]record.Input, 1, max)
	lags := make([]int64, 1, max)
	ins[0], lags[0] = input(&first)
	size := ins[0].Size()
	if max > 1 && linger > 0 && (maxBytes <= 0 || size < maxBytes) {
		lctx, cancel := context.WithTimeout(ctx, linger)
		for len(ins) < max && (maxBytes <= 0 || size < maxBytes) {
			m, err := c.r.FetchMessage(lctx)
			if err != nil {
				if lctx.Err() == nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
					c.log.Warn("fetch error after first message of batch", zap.Error(err), zap.Int("batch", len(ins)))
				}
				break
			}
			in, lag := input(&m)
			ins, lags = append(ins, in), append(lags, lag)
			size += in.Size()
		}
		cancel()
	}
	c.mu.Lock()
	for i := range ins {
		c.lag[record.TopicPartition{Topic: ins[i].Topic, Partition: ins[i].Partition}] = lags[i]
	}
	c.mu.Unlock()
	return ins, epoch, nil
}

// input is m as the pipeline sees it, and the partition's lag behind m.
func input(m *kafka.Message) (record.Input, int64) {
	lag := m.HighWaterMark - (m.Offset + 1)
	if lag < 0 {
		lag = 0
	}
	return record.Input{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset,
		Key: m.Key, Value: m.Value, Time: m.Time, Headers: cluster.RecordHeaders(m.Headers)}, lag
}

func (c *Consumer) fetchErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrClosedPipe) {
		return record.ErrClosed
	}
	return err
}

// snapshot folds kafka-go's resetting stats into the cumulative ones and
// returns the current epoch.
func (c *Consumer) snapshot() int64 {
	s := c.r.Stats()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stats.Rebalances += s.Rebalances
	c.stats.Errors += s.Errors
	c.stats.Dials += s.Dials
	c.stats.Fetches += s.Fetches
	c.stats.Messages += s.Messages
	c.stats.Bytes += s.Bytes
	c.stats.Timeouts += s.Timeouts
	c.stats.QueueLength = s.QueueLength
	if c.stats.Rebalances != c.epoch {
		// Assignment changed: forget lag of partitions we may have lost.
		clear(c.lag)
		c.epoch = c.stats.Rebalances
	}
	return c.epoch
}

// Epoch refreshes and returns the rebalance epoch: the number of generations
// (assignments) this member has joined. It only grows.
func (c *Consumer) Epoch() int64 { return c.snapshot() }

// Joined reports whether the member has received at least one assignment.
func (c *Consumer) Joined() bool { return c.snapshot() > 0 }

// Commit synchronously commits, for each input, offset+1 of its partition
// (kafka-go semantics: "the next offset to read"). kafka-go keeps the highest
// offset per partition within one call.
func (c *Consumer) Commit(ctx context.Context, ins ...record.Input) error {
	msgs := make([]kafka.Message, len(ins))
	for i := range ins {
		msgs[i] = kafka.Message{Topic: ins[i].Topic, Partition: ins[i].Partition, Offset: ins[i].Offset}
	}
	return c.commit(ctx, msgs)
}

func (c *Consumer) commit(ctx context.Context, msgs []kafka.Message) error {
	if len(msgs) == 0 {
		return nil
	}
	if err := c.r.CommitMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("consumer: commit %d partitions: %w", len(msgs), err)
	}
	return nil
}

// CommitOffsets commits next-offset-to-read values per partition.
func (c *Consumer) CommitOffsets(ctx context.Context, next map[record.TopicPartition]int64) error {
	msgs := make([]kafka.Message, 0, len(next))
	for tp, off := range next {
		if off <= 0 {
			continue
		}
		msgs = append(msgs, kafka.Message{Topic: tp.Topic, Partition: tp.Partition, Offset: off - 1})
	}
	return c.commit(ctx, msgs)
}

// Lag returns, per partition fetched since the last rebalance, the messages
// between the last fetched one and the partition's high watermark (as the
// broker reported with the fetch).
func (c *Consumer) Lag() map[record.TopicPartition]int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[record.TopicPartition]int64, len(c.lag))
	for k, v := range c.lag {
		out[k] = v
	}
	return out
}

// GroupID returns the consumer group id.
func (c *Consumer) GroupID() string { return c.cfg.GroupID }

// Stats returns cumulative counters.
func (c *Consumer) Stats() Stats {
	c.snapshot()
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stats
}

// Close leaves the group (kafka-go sends LeaveGroup, so the rebalance is
// immediate) and stops the fetchers. Commit everything first: commits after
// Close fail.
func (c *Consumer) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	c.mu.Unlock()
	return c.r.Close()
}
