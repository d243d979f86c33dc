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

// Kinds of group consumer (settings: input.consumer).
const (
	// KindGeneration is the generation-aware Generational (the default).
	KindGeneration = "generation"
	// KindReader is kafka-go's group Reader (Consumer), the fallback.
	KindReader = "reader"
)

// ErrStaleGeneration reports a commit of offsets fetched in a generation
// that has ended: the partitions may belong to another member now, so the
// offsets are not committed (the new owner re-reads from the group's
// committed offset: duplicates, never loss).
var ErrStaleGeneration = errors.New("consumer: generation ended; offsets not committed")

// Group is what the service needs from either kind of group consumer.
type Group interface {
	FetchBatch(ctx context.Context, max int, linger time.Duration) ([]record.Input, error)
	FetchBatchEpoch(ctx context.Context, max int, maxBytes int64, linger time.Duration) ([]record.Input, int64, error)
	Epoch() int64
	CommitOffsets(ctx context.Context, next map[record.TopicPartition]int64) error
	Lag() map[record.TopicPartition]int64
	Joined() bool
	GroupID() string
	Stats() Stats
	Close() error
}

// Open returns the group consumer of the given kind ("" is generation).
func Open(kind string, cfg Config) (Group, error) {
	switch kind {
	case "", KindGeneration:
		return NewGenerational(cfg)
	case KindReader:
		return New(cfg)
	}
	return nil, fmt.Errorf("consumer: unknown kind %q (want %s or %s)", kind, KindGeneration, KindReader)
}

// minPartitionQueue is the smallest fetch queue of one partition reader.
const minPartitionQueue = 16

// Generational is a group consumer built on kafka-go's explicit group API
// (ConsumerGroup, Generation): one partition reader per assigned
// partition, per generation, so that what a generation fetched dies with it.
type Generational struct {
	cfg    Config
	group  *kafka.ConsumerGroup
	dialer *kafka.Dialer
	log    *zap.Logger

	// deliveries hands fetched messages to FetchBatchEpoch. It is
	// unbuffered: a message is either taken by a batch or still held by
	// its partition reader, which drops it when the generation ends.
	deliveries chan delivery
	// carry is a message of a newer generation that ended a batch; only
	// FetchBatchEpoch (one caller at a time) touches it.
	carry *delivery

	stop    context.CancelFunc
	closed  chan struct{}
	runDone chan struct{}
	once    sync.Once

	mu    sync.Mutex
	cur   *generation
	stats Stats
	lag   map[record.TopicPartition]int64
}

// generation is one kafka-go generation as this member sees it.
type generation struct {
	id   int64
	gen  *kafka.Generation
	ctx  context.Context // kafka-go's: Err() is non-nil once the generation ended
	owns map[record.TopicPartition]bool
}

func (g *generation) ended() bool { return g.ctx.Err() != nil }

type delivery struct {
	m kafka.Message
	g *generation
}

// NewGenerational creates the consumer and joins the group in the
// background; the first FetchBatchEpoch blocks until partitions are assigned
// and a message arrives.
func NewGenerational(cfg Config) (*Generational, error) {
	dialer, err := cfg.prepare()
	if err != nil {
		return nil, err
	}
	gc := kafka.ConsumerGroupConfig{
		ID:                    cfg.GroupID,
		Brokers:               cfg.Cluster.Brokers,
		Dialer:                dialer,
		Topics:                cfg.Topics,
		HeartbeatInterval:     cfg.HeartbeatInterval,
		WatchPartitionChanges: true,
		SessionTimeout:        cfg.SessionTimeout,
		RebalanceTimeout:      cfg.RebalanceTimeout,
		JoinGroupBackoff:      cfg.JoinGroupBackoff,
		StartOffset:           kafka.FirstOffset, // no committed offset: read from the start (duplicates over loss)
	}
	gc.Logger, gc.ErrorLogger = cluster.KafkaLoggers(cfg.Log)
	group, err := kafka.NewConsumerGroup(gc)
	if err != nil {
		return nil, fmt.Errorf("consumer: %w", err)
	}
	ctx, stop := context.WithCancel(context.Background())
	c := &Generational{
		cfg: cfg, group: group, dialer: dialer, log: cfg.Log,
		deliveries: make(chan delivery),
		stop:       stop,
		closed:     make(chan struct{}),
		runDone:    make(chan struct{}),
		lag:        make(map[record.TopicPartition]int64),
	}
	go c.run(ctx)
	return c, nil
}

// run follows the group from generation to generation. kafka-go returns
// the next generation only after every function started in the previous
// one returned, so two generations' readers never run at once.
func (c *Generational) run(ctx context.Context) {
	defer close(c.runDone)
	for {
		kg, err := c.group.Next(ctx)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, kafka.ErrGroupClosed) {
				return
			}
			// kafka-go backs off itself before the next attempt.
			c.mu.Lock()
			c.stats.Errors++
			c.mu.Unlock()
			c.log.Warn("joining the consumer group failed; retrying", zap.String("group", c.cfg.GroupID), zap.Error(err))
			continue
		}
		c.begin(kg)
	}
}

// begin starts one reader per assigned partition of a new generation.
func (c *Generational) begin(kg *kafka.Generation) {
	// Capture kafka-go's generation context: its Err() turns non-nil the
	// moment the generation ends, which is what every hand-off checks.
	ctxs := make(chan context.Context, 1)
	kg.Start(func(ctx context.Context) {
		ctxs <- ctx
		<-ctx.Done()
	})
	g := &generation{id: int64(kg.ID), gen: kg, ctx: <-ctxs, owns: make(map[record.TopicPartition]bool)}
	n := 0
	for topic, pas := range kg.Assignments {
		for _, pa := range pas {
			g.owns[record.TopicPartition{Topic: topic, Partition: pa.ID}] = true
			n++
		}
	}
	c.mu.Lock()
	c.cur = g
	c.stats.Rebalances++
	for tp := range c.lag {
		if !g.owns[tp] {
			delete(c.lag, tp)
		}
	}
	c.mu.Unlock()
	c.log.Info("generation assigned", zap.String("group", c.cfg.GroupID), zap.Int64("generation", g.id), zap.Int("partitions", n))
	queue := max(minPartitionQueue, (c.cfg.QueueCapacity+max(n, 1)-1)/max(n, 1))
	for topic, pas := range kg.Assignments {
		for _, pa := range pas {
			kg.Start(func(ctx context.Context) { c.readPartition(ctx, g, topic, pa.ID, pa.Offset, queue) })
		}
	}
}

// readPartition reads one partition from the group's committed offset
// (FirstOffset when there is none) until the generation ends; what it has
// fetched and not handed over by then is dropped with its reader.
func (c *Generational) readPartition(ctx context.Context, g *generation, topic string, partition int, offset int64, queue int) {
	rc := c.cfg.readerConfig(c.dialer, queue)
	rc.Topic, rc.Partition = topic, partition
	r := kafka.NewReader(rc)
	defer r.Close()
	if err := r.SetOffset(offset); err != nil {
		c.log.Error("partition reader: set offset", zap.String("topic", topic), zap.Int("partition", partition), zap.Error(err))
		<-ctx.Done() // returning early would end the generation
		return
	}
	failures := 0
	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			failures++
			c.mu.Lock()
			c.stats.Errors++
			c.mu.Unlock()
			c.log.Warn("partition fetch failed; retrying", zap.String("topic", topic), zap.Int("partition", partition), zap.Error(err))
			select {
			case <-ctx.Done():
				return
			case <-time.After(min(time.Duration(failures)*200*time.Millisecond, 5*time.Second)):
			}
			continue
		}
		failures = 0
		select {
		case c.deliveries <- delivery{m: m, g: g}:
		case <-ctx.Done():
			// m, and whatever the reader has queued, belong to the
			// partition's next owner.
			c.dropped(1 + int(r.Stats().QueueLength))
			return
		}
	}
}

// FetchBatch is FetchBatchEpoch without a byte budget.
func (c *Generational) FetchBatch(ctx context.Context, max int, linger time.Duration) ([]record.Input, error) {
	ins, _, err := c.FetchBatchEpoch(ctx, max, 0, linger)
	return ins, err
}

// FetchBatchEpoch blocks until a first message arrives, then collects more
// of the same generation until max messages, maxBytes (the first message
// always comes) or linger has passed. The epoch is the generation's id.
//
// A batch holds messages of one generation only, and a batch whose
// generation ended before it was handed over is dropped whole: its
// partitions may belong to another member now, which reads them from the
// committed offset. Messages of a live generation are never lost: an
// expired linger or a cancelled ctx takes nothing off the channel, and a
// message of the next generation that ends a batch is kept for the next
// call.
func (c *Generational) FetchBatchEpoch(ctx context.Context, max int, maxBytes int64, linger time.Duration) ([]record.Input, int64, error) {
	if max <= 0 {
		max = 1
	}
	for {
		var first delivery
		if c.carry != nil {
			first, c.carry = *c.carry, nil
		} else {
			select {
			case <-ctx.Done():
				return nil, c.Epoch(), ctx.Err()
			case <-c.closed:
				return nil, c.Epoch(), record.ErrClosed
			case first = <-c.deliveries:
			}
		}
		g := first.g
		if g.ended() {
			c.dropped(1)
			continue
		}
		ins := make([]record.Input, 1, max)
		lags := make([]int64, 1, max)
		ins[0], lags[0] = input(&first.m)
		size := ins[0].Size()
		if max > 1 && linger > 0 && (maxBytes <= 0 || size < maxBytes) {
			timer := time.NewTimer(linger)
		collect:
			for len(ins) < max && (maxBytes <= 0 || size < maxBytes) {
				select {
				case d := <-c.deliveries:
					if d.g != g {
						// Generations do not overlap: g has ended.
						c.carry = &d
						break collect
					}
					in, lag := input(&d.m)
					ins, lags = append(ins, in), append(lags, lag)
					size += in.Size()
				case <-timer.C:
					break collect
				case <-ctx.Done():
					break collect // what is in hand is returned
				case <-c.closed:
					break collect
				}
			}
			timer.Stop()
		}
		if g.ended() {
			c.dropped(len(ins))
			if ctx.Err() != nil {
				return nil, c.Epoch(), ctx.Err()
			}
			continue
		}
		c.mu.Lock()
		c.stats.Messages += int64(len(ins))
		c.stats.Fetches++
		for i := range ins {
			c.stats.Bytes += ins[i].Size()
			c.lag[record.TopicPartition{Topic: ins[i].Topic, Partition: ins[i].Partition}] = lags[i]
		}
		c.mu.Unlock()
		return ins, g.id, nil
	}
}

func (c *Generational) dropped(n int) {
	c.mu.Lock()
	c.stats.Dropped += int64(n)
	c.mu.Unlock()
}

// Epoch returns the id of the latest generation this member joined (0
// before the first one).
func (c *Generational) Epoch() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cur == nil {
		return 0
	}
	return c.cur.id
}

// Joined reports whether the member has received at least one assignment.
func (c *Generational) Joined() bool { return c.Epoch() > 0 }

// CommitOffsets commits next-offset-to-read values through the current
// generation (see CommitOffsetsEpoch).
func (c *Generational) CommitOffsets(ctx context.Context, next map[record.TopicPartition]int64) error {
	return c.CommitOffsetsEpoch(ctx, c.Epoch(), next)
}

// CommitOffsetsEpoch commits next-offset-to-read values through the
// generation whose id is epoch, the one that fetched them. If that
// generation has ended, nothing is sent and the error wraps
// ErrStaleGeneration; the coordinator's refusal of a generation it has moved
// past (IllegalGeneration, RebalanceInProgress, UnknownMemberId) is reported
// the same way. Partitions the generation does not own are never sent.
func (c *Generational) CommitOffsetsEpoch(ctx context.Context, epoch int64, next map[record.TopicPartition]int64) error {
	if len(next) == 0 {
		return nil
	}
	c.mu.Lock()
	g := c.cur
	c.mu.Unlock()
	if g == nil || g.id != epoch || g.ended() {
		return fmt.Errorf("consumer: commit %d partitions of generation %d: %w", len(next), epoch, ErrStaleGeneration)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("consumer: commit: %w", err)
	}
	offs := make(map[string]map[int]int64)
	n := 0
	for tp, off := range next {
		if off <= 0 || !g.owns[tp] {
			continue
		}
		if offs[tp.Topic] == nil {
			offs[tp.Topic] = make(map[int]int64)
		}
		offs[tp.Topic][tp.Partition] = off
		n++
	}
	if n == 0 {
		return nil
	}
	if err := g.gen.CommitOffsets(offs); err != nil {
		if g.ended() || errors.Is(err, kafka.IllegalGeneration) || errors.Is(err, kafka.RebalanceInProgress) ||
			errors.Is(err, kafka.UnknownMemberId) || errors.Is(err, io.ErrClosedPipe) {
			return fmt.Errorf("consumer: commit %d partitions of generation %d: %w (%v)", n, epoch, ErrStaleGeneration, err)
		}
		return fmt.Errorf("consumer: commit %d partitions of generation %d: %w", n, epoch, err)
	}
	return nil
}

// Lag returns, per partition fetched in the current generation, the
// messages between the last fetched one and the partition's high watermark.
func (c *Generational) Lag() map[record.TopicPartition]int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[record.TopicPartition]int64, len(c.lag))
	for k, v := range c.lag {
		out[k] = v
	}
	return out
}

// GroupID returns the consumer group id.
func (c *Generational) GroupID() string { return c.cfg.GroupID }

// Stats returns cumulative counters; Rebalances counts generations joined.
func (c *Generational) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stats
}

// Close leaves the group (LeaveGroup, so the rebalance is immediate) after
// the current generation's readers stopped. Commit everything first.
func (c *Generational) Close() error {
	c.once.Do(func() {
		close(c.closed)
		c.stop()
		c.group.Close()
		<-c.runDone
	})
	return nil
}
