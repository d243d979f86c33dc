package producer

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/record"
)

// Defaults; see doc.go for the reasoning and measurements.
const (
	DefaultBatchTimeout     = 2 * time.Millisecond
	DefaultBatchSize        = 100
	DefaultBatchBytes       = 1 << 20 // = Kafka's default max.message.bytes minus record-batch overhead
	DefaultMaxAttempts      = 3
	DefaultWriteTimeout     = 10 * time.Second
	DefaultAttemptTimeout   = 30 * time.Second
	DefaultRetryBudget      = 2 * time.Minute
	DefaultBackoffMin       = 100 * time.Millisecond
	DefaultBackoffMax       = 5 * time.Second
	DefaultUnknownTopicWait = 10 * time.Second
	DefaultMissingTopicTTL  = 30 * time.Second
)

// Config configures the producer.
type Config struct {
	// Clusters by name; "" is the default (input) cluster and is required.
	Clusters map[string]cluster.Config

	// BatchTimeout is kafka-go's linger: a partition batch that is not full
	// is sent after this long. Write waits for it (kafka-go has no Flush).
	BatchTimeout time.Duration
	// BatchSize is the message count that sends a partition batch at once.
	// kafka-go preallocates BatchSize messages for every partition batch, so a
	// large value costs memory and GC on every partition of every topic.
	BatchSize int
	// BatchBytes caps a partition batch and a single message. Keep it <= the
	// topics' max.message.bytes or the broker rejects whole batches.
	BatchBytes int64
	// MaxAttempts is kafka-go's own per-batch retry count for errors it
	// considers temporary; Write retries on top of it.
	MaxAttempts int
	// WriteTimeout bounds one produce request.
	WriteTimeout time.Duration
	// AttemptTimeout bounds one WriteMessages call.
	AttemptTimeout time.Duration
	// RetryBudget bounds one Write in total; then Write returns a FatalError.
	RetryBudget time.Duration
	// BackoffMin/Max bound the exponential backoff (with jitter) between
	// attempts.
	BackoffMin time.Duration
	BackoffMax time.Duration
	// UnknownTopicWait is how long UNKNOWN_TOPIC_OR_PARTITION is retried
	// (metadata propagation) before the outputs are reported as
	// record.WriteErrors.
	// It should exceed the transport metadata TTL (5s).
	UnknownTopicWait time.Duration
	// MissingTopicTTL: after a topic was found missing, writes to it fail
	// at once for this long instead of waiting UnknownTopicWait each time.
	MissingTopicTTL time.Duration
	// Compression codec (default none).
	Compression kafka.Compression
	// Requests: PerBroker (default, "") sends one produce request per
	// leader broker per Write; PerPartition leaves batching to kafka-go's
	// Writer (one request per partition batch). BatchTimeout, BatchSize and
	// MaxAttempts are the Writer's and apply to PerPartition only.
	Requests Requests

	Log *zap.Logger
	// OnRetry is called before each retry of a group of messages.
	OnRetry func(cluster, topic string, messages int, err error)
}

func (c *Config) defaults() {
	if c.BatchTimeout <= 0 {
		c.BatchTimeout = DefaultBatchTimeout
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.BatchBytes <= 0 {
		c.BatchBytes = DefaultBatchBytes
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.WriteTimeout <= 0 {
		c.WriteTimeout = DefaultWriteTimeout
	}
	if c.AttemptTimeout <= 0 {
		c.AttemptTimeout = DefaultAttemptTimeout
	}
	if c.RetryBudget <= 0 {
		c.RetryBudget = DefaultRetryBudget
	}
	if c.BackoffMin <= 0 {
		c.BackoffMin = DefaultBackoffMin
	}
	if c.BackoffMax < c.BackoffMin {
		c.BackoffMax = max(DefaultBackoffMax, c.BackoffMin)
	}
	if c.UnknownTopicWait <= 0 {
		c.UnknownTopicWait = DefaultUnknownTopicWait
	}
	if c.MissingTopicTTL <= 0 {
		c.MissingTopicTTL = DefaultMissingTopicTTL
	}
	if c.Log == nil {
		c.Log = zap.NewNop()
	}
	if c.Requests == "" {
		c.Requests = PerBroker
	}
}

// Producer writes outputs with acks=all, one kafka-go Writer per cluster.
type Producer struct {
	cfg        Config
	log        *zap.Logger
	writers    map[string]*kafka.Writer
	clients    map[string]*kafka.Client
	transports map[string]kafka.RoundTripper // the per-broker path's
	addrs      map[string]net.Addr

	mu      sync.Mutex
	missing map[topicKey]time.Time // topic -> found missing at

	unsettled atomic.Uint64 // see Unsettled
	msgPool   sync.Pool     // *[]kafka.Message, one per write group
}

type topicKey struct{ cluster, topic string }

// New creates a writer per cluster. It does not connect until the first
// write or Ping.
func New(cfg Config) (*Producer, error) {
	cfg.defaults()
	if _, ok := cfg.Clusters[""]; !ok {
		return nil, errors.New("producer: the default cluster (\"\") is not configured")
	}
	if cfg.Requests != PerBroker && cfg.Requests != PerPartition {
		return nil, fmt.Errorf("producer: requests %q: want %q or %q", cfg.Requests, PerBroker, PerPartition)
	}
	p := &Producer{
		cfg:        cfg,
		log:        cfg.Log,
		writers:    make(map[string]*kafka.Writer, len(cfg.Clusters)),
		clients:    make(map[string]*kafka.Client, len(cfg.Clusters)),
		transports: make(map[string]kafka.RoundTripper, len(cfg.Clusters)),
		addrs:      make(map[string]net.Addr, len(cfg.Clusters)),
		missing:    make(map[topicKey]time.Time),
	}
	p.msgPool.New = func() any { return new([]kafka.Message) }
	for name, cc := range cfg.Clusters {
		t, err := cc.Transport()
		if err != nil {
			return nil, fmt.Errorf("producer: cluster %q: %w", name, err)
		}
		logger, errorLogger := cluster.KafkaLoggers(cfg.Log.With(zap.String("cluster", name)))
		p.writers[name] = &kafka.Writer{
			Addr:      cc.Addr(),
			Transport: &partitionCountCache{RoundTripper: t, ttl: partitionCountTTL},
			// Murmur2 = the Java client's default partitioner: a key lands on
			// the same partition number as it would from a Java/librdkafka
			// producer, so downstream Streams/Connect jobs can co-partition.
			Balancer:               &kafka.Murmur2Balancer{},
			MaxAttempts:            cfg.MaxAttempts,
			WriteBackoffMin:        50 * time.Millisecond,
			WriteBackoffMax:        time.Second,
			BatchSize:              cfg.BatchSize,
			BatchBytes:             cfg.BatchBytes,
			BatchTimeout:           cfg.BatchTimeout,
			ReadTimeout:            cfg.WriteTimeout,
			WriteTimeout:           cfg.WriteTimeout,
			RequiredAcks:           kafka.RequireAll, // the struct literal's default is acks=0
			Async:                  false,            // async drops errors
			Compression:            cfg.Compression,
			AllowAutoTopicCreation: false, // a typo must not create a topic
			Logger:                 logger,
			ErrorLogger:            errorLogger,
		}
		p.clients[name] = &kafka.Client{Addr: cc.Addr(), Transport: t, Timeout: cfg.WriteTimeout}
		p.transports[name], p.addrs[name] = t, cc.Addr()
	}
	return p, nil
}

// Clusters returns the configured cluster names, sorted.
func (p *Producer) Clusters() []string {
	out := make([]string, 0, len(p.writers))
	for n := range p.writers {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Ping checks that every cluster answers a metadata request (readiness).
// kafka-go serves metadata from the transport's cache (refreshed every 5s),
// so an outage shows within a few seconds.
func (p *Producer) Ping(ctx context.Context) error {
	var errs []error
	for _, name := range p.Clusters() {
		if _, err := p.clients[name].Metadata(ctx, &kafka.MetadataRequest{Topics: []string{}}); err != nil {
			errs = append(errs, fmt.Errorf("cluster %q: %w", name, err))
		}
	}
	return errors.Join(errs...)
}

// Stats returns kafka-go's writer stats per cluster (they reset on each
// call).
func (p *Producer) Stats() map[string]kafka.WriterStats {
	out := make(map[string]kafka.WriterStats, len(p.writers))
	for n, w := range p.writers {
		out[n] = w.Stats()
	}
	return out
}

// Close flushes and closes every writer.
func (p *Producer) Close() error {
	var errs []error
	for name, w := range p.writers {
		if err := w.Close(); err != nil {
			errs = append(errs, fmt.Errorf("producer: close cluster %q: %w", name, err))
		}
		if c, ok := w.Transport.(*partitionCountCache); ok {
			if t, ok := c.RoundTripper.(*kafka.Transport); ok {
				t.CloseIdleConnections()
			}
		}
	}
	return errors.Join(errs...)
}

// Write writes every output and returns when each is acknowledged by all
// in-sync replicas (nil), or:
//   - record.WriteErrors: all outputs were acknowledged except those listed, which
//     cannot be written whatever the retries (too large, topic missing or
//     invalid). The caller quarantines them or stops.
//   - *FatalError (possibly joined with other errors): some outputs may not
//     be acknowledged; the caller must not commit their inputs.
//
// Per broker (the default), the outputs of each cluster go in one produce
// request per leader broker, the clusters in parallel; per partition, they
// are grouped per (cluster, topic) and the groups written by the Writer in
// parallel. Either way the order of outputs is kept per partition (in the
// absence of retries). Retriable failures are retried, only for the
// messages not yet acknowledged, with exponential backoff until RetryBudget.
// A retried message may already have been written (kafka-go #1427):
// duplicates are possible, loss is not.
func (p *Producer) Write(ctx context.Context, outs []record.Output) error {
	if len(outs) == 0 {
		return nil
	}
	deadline := time.Now().Add(p.cfg.RetryBudget)
	now := time.Now()

	var recErrs record.WriteErrors
	groups := make(map[topicKey][]int, 4)
	var order []topicKey
	for i := range outs {
		o := &outs[i]
		k := topicKey{o.Cluster, o.Topic}
		if _, ok := p.writers[o.Cluster]; !ok {
			recErrs = append(recErrs, record.WriteError{Index: i, Cluster: o.Cluster, Topic: o.Topic, Reason: record.ReasonUnknownCluster,
				Err: fmt.Errorf("cluster %q is not configured", o.Cluster)})
			continue
		}
		if o.Topic == "" {
			recErrs = append(recErrs, record.WriteError{Index: i, Cluster: o.Cluster, Topic: o.Topic, Reason: record.ReasonInvalidTopic,
				Err: errors.New("empty topic")})
			continue
		}
		if n := messageSize(o); n > p.cfg.BatchBytes {
			recErrs = append(recErrs, record.WriteError{Index: i, Cluster: o.Cluster, Topic: o.Topic, Reason: record.ReasonTooLarge,
				Err: fmt.Errorf("%w: %d bytes > batch limit %d", kafka.MessageSizeTooLarge, n, p.cfg.BatchBytes)})
			continue
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}

	var results []groupResult
	if p.cfg.Requests == PerBroker {
		results = p.writeBrokers(ctx, groups, order, outs, now, deadline)
	} else {
		results = p.writeGroups(ctx, groups, order, outs, now, deadline)
	}
	var fatals []error
	for _, r := range results {
		recErrs = append(recErrs, r.recErrs...)
		if r.fatal != nil {
			fatals = append(fatals, r.fatal)
		}
	}
	if len(fatals) > 0 {
		return errors.Join(fatals...)
	}
	if len(recErrs) > 0 {
		sort.Slice(recErrs, func(a, b int) bool { return recErrs[a].Index < recErrs[b].Index })
		return recErrs
	}
	return nil
}

// writeGroups is Write's per-partition path: each (cluster, topic) group is
// written by kafka-go's Writer, the groups in parallel.
func (p *Producer) writeGroups(ctx context.Context, groups map[topicKey][]int, order []topicKey, outs []record.Output, now, deadline time.Time) []groupResult {
	results := make([]groupResult, len(order))
	if len(order) == 1 {
		results[0] = p.writeGroup(ctx, order[0], groups[order[0]], outs, now, deadline)
	} else {
		var wg sync.WaitGroup
		for gi, k := range order {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[gi] = p.writeGroup(ctx, k, groups[k], outs, now, deadline)
			}()
		}
		wg.Wait()
	}
	return results
}

// writeMessages is WriteMessages, counting the calls that return before
// kafka-go is done with their messages. A synchronous WriteMessages returns
// early only when its context ends while it waits for the batches: they
// stay queued, and kafka-go may still send the messages' bytes later.
func (p *Producer) writeMessages(ctx context.Context, w *kafka.Writer, msgs ...kafka.Message) error {
	err := w.WriteMessages(ctx, msgs...)
	if err != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		p.unsettled.Add(1)
	}
	return err
}

// Unsettled counts the writes (kafka-go WriteMessages calls, or produce
// requests on the per-broker path) that returned while kafka-go may still
// send their messages: an attempt cut short by its deadline or by
// cancellation. While the count does not change across a
// Write, every message of that Write is settled when it returns, and the
// memory of its outputs may be reused (pipeline.Settler).
func (p *Producer) Unsettled() uint64 { return p.unsettled.Load() }

type groupResult struct {
	recErrs []record.WriteError
	fatal   *FatalError
}

func (p *Producer) topicMissing(k topicKey) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	at, ok := p.missing[k]
	if ok && time.Since(at) > p.cfg.MissingTopicTTL {
		delete(p.missing, k)
		ok = false
	}
	return ok
}

func (p *Producer) markMissing(k topicKey, missing bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if missing {
		p.missing[k] = time.Now()
	} else {
		delete(p.missing, k)
	}
}

// representative turns kafka.WriteErrors (which has no Unwrap) into its
// first non-nil error, so errors.Is works on what Write returns and the
// message is not repeated per message.
func representative(err error) error {
	var werrs kafka.WriteErrors
	if errors.As(err, &werrs) {
		for _, e := range werrs {
			if e != nil {
				if n := werrs.Count(); n > 1 {
					return fmt.Errorf("%d of %d messages failed, first: %w", n, len(werrs), e)
				}
				return e
			}
		}
	}
	return err
}

func unwrapSingle(err error) error {
	var werrs kafka.WriteErrors
	if errors.As(err, &werrs) && len(werrs) == 1 {
		return werrs[0]
	}
	return err
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func without(s, drop []int) []int {
	out := s[:0:0]
	for _, x := range s {
		if !contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// backoff is exponential with full jitter in [d/2, d].
func backoff(attempt int, lo, hi time.Duration) time.Duration {
	d := lo
	for i := 0; i < attempt && d < hi; i++ {
		d *= 2
	}
	d = min(d, hi)
	return d/2 + rand.N(d/2+1)
}

// messageSize is kafka-go's Message.totalSize (unexported): the figure its
// Writer compares with BatchBytes before sending anything.
func messageSize(o *record.Output) int64 {
	n := int64(4 + 1 + 1 + 4 + len(o.Key) + 4 + len(o.Value) + 8)
	n += int64(varIntLen(int64(len(o.Headers))))
	for i := range o.Headers {
		h := &o.Headers[i]
		n += int64(varIntLen(int64(len(h.Key))) + len(h.Key) + varIntLen(int64(len(h.Value))) + len(h.Value))
	}
	return n
}

func varIntLen(i int64) int {
	u := uint64((i << 1) ^ (i >> 63))
	n := 1
	for u >= 0x80 {
		u >>= 7
		n++
	}
	return n
}
