package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/record"
)

// Source is what the pipeline needs from the group consumer;
// *consumer.Generational and *consumer.Consumer implement it.
type Source interface {
	// FetchBatchEpoch returns up to max inputs, ending the batch once they
	// hold maxBytes, and the rebalance epoch the batch started in (see
	// consumer.Consumer.FetchBatchEpoch). The returned slice is the
	// pipeline's. Once the source is closed it returns record.ErrClosed.
	FetchBatchEpoch(ctx context.Context, max int, maxBytes int64, linger time.Duration) ([]record.Input, int64, error)
	Epoch() int64
	CommitOffsets(ctx context.Context, next map[record.TopicPartition]int64) error
	Lag() map[record.TopicPartition]int64
	Close() error
}

// EpochCommitter is implemented by a Source that commits through the
// generation the offsets were fetched in (consumer.Generational): the
// pipeline passes the epoch its committable offsets belong to, so a
// rebalance between reading the epoch and sending the commit cannot carry
// them into the next generation. A refused commit is not marked committed.
type EpochCommitter interface {
	CommitOffsetsEpoch(ctx context.Context, epoch int64, next map[record.TopicPartition]int64) error
}

// Sink is what the pipeline needs from the producer; *producer.Producer
// implements it. Write returns nil when every output is acknowledged,
// record.WriteErrors when all but the listed ones are, and any other
// error when some may not be (fail-stop).
type Sink interface {
	Write(ctx context.Context, outs []record.Output) error
	Close() error
}

// Settler is implemented by a Sink that counts its writes that returned
// before the client was done with the outputs (an attempt abandoned on a
// deadline, whose messages the client may still send). Memory of outputs
// written while the count did not change can be reused.
type Settler interface {
	Unsettled() uint64
}

// Router maps an input to its outputs. It is pure, safe for concurrent use,
// and never fails: what cannot be routed becomes a quarantine Output. It
// appends to dst and returns it.
type Router interface {
	Route(in *record.Input, dst []record.Output) []record.Output
}

// RouteFunc adapts a function to Router.
type RouteFunc func(in *record.Input, dst []record.Output) []record.Output

// Route calls f.
func (f RouteFunc) Route(in *record.Input, dst []record.Output) []record.Output { return f(in, dst) }

// ArenaRouter is a Router that can render its outputs' bytes into an
// Arena. RouteArena follows Route's contract.
type ArenaRouter interface {
	Router
	RouteArena(in *record.Input, dst []record.Output, a *record.Arena) []record.Output
}

// PermanentPolicy says what to do with an output that can never be written
// (too large, topic missing after retries, invalid topic).
type PermanentPolicy int

const (
	// QuarantineOnPermanent replaces the output with a quarantine record
	// naming the reason; the other outputs stand.
	QuarantineOnPermanent PermanentPolicy = iota
	// FailStopOnPermanent stops the pipeline without committing.
	FailStopOnPermanent
)

// Failure describes why a quarantine record replaces an output.
type Failure struct {
	Stage  string         // "produce" or "route"
	Reason string         // fixed code, e.g. record.ReasonTooLarge or "route_panic"
	Detail string         // human text; never contains record contents
	Output *record.Output // the output that failed; nil when routing failed
}

// QuarantineFunc builds the quarantine record that replaces a failed output.
type QuarantineFunc func(in *record.Input, f Failure) record.Output

// DefaultQuarantine returns a QuarantineFunc that writes the raw input
// (key and value) to topic on cluster, with the failed output's headers
// (event-id, source, ruleset, ...) but projection "quarantine", plus error
// ("<reason>: <detail>"), stage and failed-topic. A source header
// (topic/partition/offset) is added if missing.
func DefaultQuarantine(topic, cluster string) QuarantineFunc {
	return func(in *record.Input, f Failure) record.Output {
		var hs []record.Header
		if f.Output != nil {
			hs = make([]record.Header, 0, len(f.Output.Headers)+4)
			for _, h := range f.Output.Headers {
				switch h.Key {
				case record.HeaderError, record.HeaderStage, record.HeaderFailedTopic, record.HeaderKeyID:
					continue
				case record.HeaderProjection:
					// The failed output's projection (full, ...) would
					// make a consumer that filters on it take the
					// replacement for that output.
					h.Value = []byte(record.ProjectionQuarantine)
				}
				hs = append(hs, h)
			}
		}
		if record.HeaderValue(hs, record.HeaderSource) == nil {
			hs = append(hs, record.Header{Key: record.HeaderSource,
				Value: []byte(in.Topic + "/" + strconv.Itoa(in.Partition) + "/" + strconv.FormatInt(in.Offset, 10))})
		}
		hs = append(hs,
			record.Header{Key: record.HeaderError, Value: []byte(f.Reason + ": " + f.Detail)},
			record.Header{Key: record.HeaderStage, Value: []byte(f.Stage)})
		if f.Output != nil {
			hs = append(hs, record.Header{Key: record.HeaderFailedTopic, Value: []byte(f.Output.Topic)})
		}
		return record.Output{Cluster: cluster, Topic: topic, Key: in.Key, Value: in.Value, Headers: hs}
	}
}

// Defaults.
const (
	DefaultBatchMax           = 1000
	DefaultLinger             = 5 * time.Millisecond
	DefaultMaxInFlightBytes   = 64 << 20
	DefaultMaxInFlightBatches = 3
	DefaultCommitTimeout      = 10 * time.Second
	DefaultDrainTimeout       = 30 * time.Second
	DefaultQuarantineTopic    = "signups.quarantine"
)

// Config configures a Pipeline.
type Config struct {
	Source Source
	Sink   Sink
	Router Router
	Log    *zap.Logger
	// Metrics is optional.
	Metrics *Metrics

	// BatchMax is the most records fetched per batch; Linger is how long
	// a batch waits for more records after the first.
	BatchMax int
	Linger   time.Duration
	// Workers route a batch in parallel; default GOMAXPROCS.
	Workers int
	// MaxInFlightBytes and MaxInFlightBatches bound fetched, not yet
	// acknowledged work (input bytes plus output bytes). No new batch is
	// fetched while either bound is reached, and a batch fetches only the
	// input bytes that, with the outputs they are expected to expand to,
	// fit in what is left and in its share of MaxInFlightBytes: what is in
	// flight is bounded by configuration (plus one event), not by the
	// input. (Messages the Source has prefetched are outside this bound.)
	MaxInFlightBytes   int64
	MaxInFlightBatches int
	// CommitTimeout bounds each commit, including the final one, which
	// runs on a fresh context after the run's context is cancelled.
	CommitTimeout time.Duration
	// DrainTimeout is how long in-flight writes may continue after the
	// run's context is cancelled; then they are abandoned (not committed).
	DrainTimeout time.Duration

	// Acked, if set, is called once every output of a batch (quarantine
	// records included) is acknowledged, before its offsets are
	// committed, with the batch's inputs and the time of the last ack:
	// what the benchmark measures end-to-end latency with. It runs on the
	// write path and must not keep inputs.
	Acked func(inputs []record.Input, at time.Time)

	OnPermanent PermanentPolicy
	// Quarantine builds replacement records; default
	// DefaultQuarantine(QuarantineTopic, "").
	Quarantine      QuarantineFunc
	QuarantineTopic string
}

// Pipeline consumes, routes, produces and commits with at-least-once
// delivery. See the package documentation.
type Pipeline struct {
	cfg     Config
	log     *zap.Logger
	m       *Metrics
	tracker *Tracker
	started atomic.Bool

	mu              sync.Mutex
	inflightBytes   int64
	inflightBatches int
	// outPerIn is the output bytes expected per input byte (learnExpansion),
	// for the fetch budget; it starts high, as a signup's outputs are.
	outPerIn float64
	released chan struct{}

	failMu  sync.Mutex
	failErr error

	lastLag   time.Time
	lastEpoch int64

	// Output memory reuse, when the Router renders into arenas and the
	// Sink says when writes have settled (ArenaRouter, Settler):
	// a batch's arenas return to this free list after a settled write.
	arenaRouter ArenaRouter
	settler     Settler
	arenas      chan *record.Arena
}

// maxArenaBytes: a larger arena (a batch of unusually large events) is
// left to the garbage collector rather than kept for reuse.
const maxArenaBytes = 16 << 20

// ErrStopped wraps the error that made the pipeline fail-stop.
var ErrStopped = errors.New("pipeline stopped")

// New validates the config and returns a pipeline.
func New(cfg Config) (*Pipeline, error) {
	if cfg.Source == nil || cfg.Sink == nil || cfg.Router == nil {
		return nil, errors.New("pipeline: Source, Sink and Router are required")
	}
	if cfg.Log == nil {
		cfg.Log = zap.NewNop()
	}
	if cfg.BatchMax <= 0 {
		cfg.BatchMax = DefaultBatchMax
	}
	if cfg.Linger <= 0 {
		cfg.Linger = DefaultLinger
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.MaxInFlightBytes <= 0 {
		cfg.MaxInFlightBytes = DefaultMaxInFlightBytes
	}
	if cfg.MaxInFlightBatches <= 0 {
		cfg.MaxInFlightBatches = DefaultMaxInFlightBatches
	}
	if cfg.CommitTimeout <= 0 {
		cfg.CommitTimeout = DefaultCommitTimeout
	}
	if cfg.DrainTimeout <= 0 {
		cfg.DrainTimeout = DefaultDrainTimeout
	}
	if cfg.QuarantineTopic == "" {
		cfg.QuarantineTopic = DefaultQuarantineTopic
	}
	if cfg.Quarantine == nil {
		cfg.Quarantine = DefaultQuarantine(cfg.QuarantineTopic, "")
	}
	p := &Pipeline{
		cfg:      cfg,
		log:      cfg.Log,
		m:        cfg.Metrics,
		tracker:  NewTracker(),
		released: make(chan struct{}, 1),
		outPerIn: initialOutPerIn,
	}
	ar, okR := cfg.Router.(ArenaRouter)
	st, okS := cfg.Sink.(Settler)
	if okR && okS {
		p.arenaRouter, p.settler = ar, st
		// Enough for every batch in flight, each routed by every worker.
		p.arenas = make(chan *record.Arena, (cfg.MaxInFlightBatches+1)*cfg.Workers)
	}
	return p, nil
}

func (p *Pipeline) getArena() *record.Arena {
	select {
	case a := <-p.arenas:
		return a
	default:
		return &record.Arena{}
	}
}

// putArenas hands a batch's arenas back for reuse. Only for a batch whose
// writes all settled: no client holds its outputs any more.
func (p *Pipeline) putArenas(b *batch) {
	for _, a := range b.arenas {
		if a.Size() > maxArenaBytes {
			continue
		}
		a.Reset()
		select {
		case p.arenas <- a:
		default:
		}
	}
	b.arenas = nil
}

// Tracker exposes the low-watermark tracker (read-only use: tests, status).
func (p *Pipeline) Tracker() *Tracker { return p.tracker }

type batch struct {
	inputs  []record.Input
	tps     []record.TopicPartition
	offsets []int64
	outs    []record.Output
	owner   []int32 // outs[i] derives from inputs[owner[i]]
	failed  []bool  // outs[i] was replaced by a quarantine record
	extra   []record.Output
	bytes   int64
	epoch   int64
	arenas  []*record.Arena // memory of the outputs' bytes, when the Router renders into arenas
}

// Run processes until ctx is cancelled (returns nil after a clean drain) or a
// write fails for good (returns an error wrapping ErrStopped; nothing after
// the failure is committed). On return, the Sink and then the Source are
// closed (the consumer leaves the group).
func (p *Pipeline) Run(ctx context.Context) error {
	if !p.started.CompareAndSwap(false, true) {
		return errors.New("pipeline: Run called twice")
	}
	fetchCtx, stopFetch := context.WithCancel(ctx)
	defer stopFetch()
	ioCtx, cancelIO := context.WithCancel(context.Background())
	defer cancelIO()
	drained := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			t := time.NewTimer(p.cfg.DrainTimeout)
			defer t.Stop()
			select {
			case <-t.C:
				p.log.Warn("in-flight writes did not finish within the drain timeout; abandoning them (they will not be committed)",
					zap.Duration("drain_timeout", p.cfg.DrainTimeout))
				cancelIO()
			case <-drained:
			}
		case <-drained:
		}
	}()

	p.log.Info("pipeline started",
		zap.Int("batch_max", p.cfg.BatchMax), zap.Duration("linger", p.cfg.Linger),
		zap.Int("workers", p.cfg.Workers), zap.Int64("max_in_flight_bytes", p.cfg.MaxInFlightBytes),
		zap.Int("max_in_flight_batches", p.cfg.MaxInFlightBatches))

	toWrite := make(chan *batch, p.cfg.MaxInFlightBatches)
	commitReq := make(chan struct{}, 1)
	writerDone := make(chan struct{})
	committerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		p.writeLoop(ioCtx, toWrite, commitReq, stopFetch)
	}()
	go func() {
		defer close(committerDone)
		p.commitLoop(commitReq)
	}()

	p.fetchLoop(fetchCtx, toWrite)
	close(toWrite)
	<-writerDone
	close(commitReq)
	<-committerDone
	close(drained)

	runErr := p.failure()
	if runErr == nil {
		if err := p.commit(true); err != nil {
			p.log.Warn("final commit failed: the last acknowledged records will be processed again (duplicates, no loss)", zap.Error(err))
		}
	} else {
		p.log.Error("pipeline fail-stop: no further commits", zap.Error(runErr))
	}
	if err := p.cfg.Sink.Close(); err != nil {
		p.log.Warn("closing producer", zap.Error(err))
	}
	if err := p.cfg.Source.Close(); err != nil {
		p.log.Warn("closing consumer", zap.Error(err))
	}
	committed := p.tracker.Committed()
	p.log.Info("pipeline stopped", zap.Int("partitions_committed", len(committed)), zap.Int("pending", p.tracker.Pending()))
	return runErr
}

func (p *Pipeline) fail(err error) {
	p.failMu.Lock()
	defer p.failMu.Unlock()
	if p.failErr == nil {
		p.failErr = fmt.Errorf("%w: %w", ErrStopped, err)
	}
}

func (p *Pipeline) failure() error {
	p.failMu.Lock()
	defer p.failMu.Unlock()
	return p.failErr
}

// acquire waits for an in-flight slot; false when ctx ends first.
func (p *Pipeline) acquire(ctx context.Context) bool {
	for {
		p.mu.Lock()
		if p.inflightBatches < p.cfg.MaxInFlightBatches && p.inflightBytes < p.cfg.MaxInFlightBytes {
			p.inflightBatches++
			p.gaugesLocked()
			p.mu.Unlock()
			return true
		}
		p.mu.Unlock()
		select {
		case <-ctx.Done():
			return false
		case <-p.released:
		}
	}
}

// initialOutPerIn is the expansion assumed before the first batch: a
// signup's output records (the audit record among them) are about 8 times
// its size.
const initialOutPerIn = 10

// fetchBudget is the input bytes the next batch may fetch: what is left of
// MaxInFlightBytes, shared between the input and the outputs it will
// expand to. So a burst of large events shrinks the batches instead of
// growing memory: in flight stays within MaxInFlightBytes plus one event
// and its outputs (and a misjudged expansion), whatever the input.
func (p *Pipeline) fetchBudget() int64 {
	p.mu.Lock()
	left := p.cfg.MaxInFlightBytes - p.inflightBytes
	exp := p.outPerIn
	p.mu.Unlock()
	// One batch takes at most its share of the budget, so that under
	// large events the next batch is still fetched and routed while this
	// one is written.
	left = min(left, p.cfg.MaxInFlightBytes/int64(p.cfg.MaxInFlightBatches))
	return max(1, int64(float64(left)/(1+exp)))
}

// learnExpansion updates the output bytes expected per input byte from a
// routed batch. It follows a rise at once and a fall by halves, so one
// batch of small outputs does not open the budget for large ones.
func (p *Pipeline) learnExpansion(in, out int64) {
	if in <= 0 {
		return
	}
	r := float64(out) / float64(in)
	p.mu.Lock()
	p.outPerIn = max(r, (p.outPerIn+r)/2)
	p.mu.Unlock()
}

func (p *Pipeline) addBytes(n int64) {
	p.mu.Lock()
	p.inflightBytes += n
	p.gaugesLocked()
	p.mu.Unlock()
}

func (p *Pipeline) release(bytes int64) {
	p.mu.Lock()
	p.inflightBatches--
	p.inflightBytes -= bytes
	p.gaugesLocked()
	p.mu.Unlock()
	select {
	case p.released <- struct{}{}:
	default:
	}
}

func (p *Pipeline) gaugesLocked() {
	if p.m != nil {
		p.m.InFlightBytes.Set(float64(p.inflightBytes))
		p.m.InFlightBatches.Set(float64(p.inflightBatches))
	}
}

func (p *Pipeline) fetchLoop(ctx context.Context, out chan<- *batch) {
	retry := 0
	for {
		if !p.acquire(ctx) {
			return
		}
		ins, epoch, err := p.cfg.Source.FetchBatchEpoch(ctx, p.cfg.BatchMax, p.fetchBudget(), p.cfg.Linger)
		if err != nil {
			p.release(0)
			if ctx.Err() != nil {
				return
			}
			if errors.Is(err, record.ErrClosed) {
				p.fail(err)
				return
			}
			if p.m != nil {
				p.m.FetchErrors.Inc()
			}
			retry++
			d := min(time.Duration(retry)*200*time.Millisecond, 5*time.Second)
			p.log.Warn("fetch failed; retrying", zap.Error(err), zap.Duration("backoff", d))
			select {
			case <-ctx.Done():
				return
			case <-time.After(d):
			}
			continue
		}
		retry = 0
		b := p.prepare(ins, epoch)
		if len(b.inputs) == 0 {
			p.release(0)
			continue
		}
		inBytes := b.bytes
		p.route(b)
		p.learnExpansion(inBytes, b.bytes-inBytes)
		p.addBytes(b.bytes)
		p.updateLag(epoch)
		out <- b // never blocks: the channel holds MaxInFlightBatches
	}
}

func (p *Pipeline) updateLag(epoch int64) {
	if p.m == nil {
		return
	}
	now := time.Now()
	if epoch == p.lastEpoch && now.Sub(p.lastLag) < time.Second {
		return
	}
	reset := epoch != p.lastEpoch
	p.lastEpoch, p.lastLag = epoch, now
	p.m.setLag(p.cfg.Source.Lag(), reset)
}

// prepare drops stale redeliveries and registers offsets with the tracker.
// The batch's inputs are ins, compacted in place.
func (p *Pipeline) prepare(ins []record.Input, epoch int64) *batch {
	b := &batch{epoch: epoch}
	b.tps = make([]record.TopicPartition, 0, len(ins))
	b.offsets = make([]int64, 0, len(ins))
	dups := 0
	p.tracker.mu.Lock()
	for i := range ins {
		in := &ins[i]
		tp := record.TopicPartition{Topic: in.Topic, Partition: in.Partition}
		if !p.tracker.addLocked(tp, in.Offset, epoch) {
			dups++
			continue
		}
		b.tps = append(b.tps, tp)
		b.offsets = append(b.offsets, in.Offset)
		b.bytes += in.Size()
		if dups > 0 {
			ins[i-dups] = *in
		}
	}
	p.tracker.mu.Unlock()
	// The tail held the moved inputs: clear it, so it keeps no bytes alive.
	clear(ins[len(ins)-dups:])
	b.inputs = ins[:len(ins)-dups]
	if dups > 0 {
		p.log.Debug("dropped redelivered records already held by this replica (rebalance)", zap.Int("records", dups), zap.Int64("epoch", epoch))
		if p.m != nil {
			p.m.Duplicates.Add(float64(dups))
		}
	}
	if p.m != nil && len(b.inputs) > 0 {
		p.m.BatchSize.Observe(float64(len(b.inputs)))
		var topic string
		n := 0
		for i := range b.inputs {
			if b.inputs[i].Topic != topic {
				if n > 0 {
					p.m.Consumed.WithLabelValues(p.m.labels.topic(topic)).Add(float64(n))
				}
				topic, n = b.inputs[i].Topic, 0
			}
			n++
		}
		p.m.Consumed.WithLabelValues(p.m.labels.topic(topic)).Add(float64(n))
	}
	return b
}

const minChunk = 32

// route runs the Router over the batch with up to Workers goroutines, each on
// a contiguous chunk; outputs are concatenated in input order, so the order
// of outputs follows the order of inputs (and so per-key order within a
// partition is kept).
func (p *Pipeline) route(b *batch) {
	n := len(b.inputs)
	w := min(p.cfg.Workers, (n+minChunk-1)/minChunk)
	if w <= 1 {
		a := p.arenaFor(b)
		b.outs, b.owner = p.routeRange(b, 0, n, make([]record.Output, 0, 2*n), make([]int32, 0, 2*n), a)
	} else {
		type chunk struct {
			outs  []record.Output
			owner []int32
		}
		chunks := make([]chunk, w)
		arenas := make([]*record.Arena, w)
		for k := range arenas {
			arenas[k] = p.arenaFor(b)
		}
		var wg sync.WaitGroup
		for k := range w {
			lo, hi := k*n/w, (k+1)*n/w
			wg.Add(1)
			go func() {
				defer wg.Done()
				o, ow := p.routeRange(b, lo, hi, make([]record.Output, 0, 2*(hi-lo)), make([]int32, 0, 2*(hi-lo)), arenas[k])
				chunks[k] = chunk{o, ow}
			}()
		}
		wg.Wait()
		total := 0
		for _, c := range chunks {
			total += len(c.outs)
		}
		b.outs = make([]record.Output, 0, total)
		b.owner = make([]int32, 0, total)
		for _, c := range chunks {
			b.outs = append(b.outs, c.outs...)
			b.owner = append(b.owner, c.owner...)
		}
	}
	for i := range b.outs {
		b.bytes += int64(b.outs[i].Size())
	}
}

// arenaFor gives the batch an arena of its own, or nil when outputs are
// not rendered into arenas.
func (p *Pipeline) arenaFor(b *batch) *record.Arena {
	if p.arenaRouter == nil {
		return nil
	}
	a := p.getArena()
	b.arenas = append(b.arenas, a)
	return a
}

func (p *Pipeline) routeRange(b *batch, lo, hi int, outs []record.Output, owner []int32, a *record.Arena) ([]record.Output, []int32) {
	for j := lo; j < hi; j++ {
		n0 := len(outs)
		outs = p.routeOne(&b.inputs[j], outs, a)
		for range len(outs) - n0 {
			owner = append(owner, int32(j))
		}
	}
	return outs, owner
}

func (p *Pipeline) routeOne(in *record.Input, dst []record.Output, a *record.Arena) (out []record.Output) {
	n0 := len(dst)
	defer func() {
		if r := recover(); r != nil {
			// Never log r: a panic value may quote record contents.
			p.log.Error("router panicked; quarantining the input",
				zap.String("topic", in.Topic), zap.Int("partition", in.Partition), zap.Int64("offset", in.Offset),
				zap.ByteString("stack", debug.Stack()))
			out = append(dst[:n0], p.cfg.Quarantine(in, Failure{Stage: "route", Reason: "route_panic", Detail: "the router panicked"}))
		}
	}()
	start := time.Now()
	if a != nil {
		out = p.arenaRouter.RouteArena(in, dst, a)
	} else {
		out = p.cfg.Router.Route(in, dst)
	}
	if p.m != nil {
		p.m.RouteLatency.Observe(time.Since(start).Seconds())
	}
	return out
}

func (p *Pipeline) writeLoop(ctx context.Context, in <-chan *batch, commitReq chan<- struct{}, stopFetch context.CancelFunc) {
	for b := range in {
		if p.failure() != nil {
			p.release(b.bytes)
			continue
		}
		var unsettled uint64
		if p.settler != nil {
			unsettled = p.settler.Unsettled()
		}
		if err := p.writeBatch(ctx, b); err != nil {
			if p.m != nil {
				p.m.WriteFailures.WithLabelValues("fatal").Inc()
			}
			p.fail(err)
			stopFetch()
			p.release(b.bytes)
			continue
		}
		p.observeAcked(b) // before the offsets can be committed: the Acked hook's promise
		p.tracker.AckBatch(b.tps, b.offsets)
		if p.m != nil {
			// After AckBatch: a commit that reads the watermarks before
			// this note leaves it for the next one (the age errs high).
			p.m.noteAcked(time.Now())
		}
		if len(b.arenas) > 0 && p.settler.Unsettled() == unsettled {
			// Every write of the batch settled: nothing holds its outputs'
			// bytes any more. Otherwise its arenas go to the GC.
			p.putArenas(b)
		}
		p.release(b.bytes)
		pokeCommitter(commitReq)
	}
}

// writeBatch writes every output of the batch; outputs that can never be
// written are replaced by quarantine records (or the pipeline fail-stops).
func (p *Pipeline) writeBatch(ctx context.Context, b *batch) error {
	err := p.cfg.Sink.Write(ctx, b.outs)
	if err == nil {
		return nil
	}
	var rerrs record.WriteErrors
	if !errors.As(err, &rerrs) {
		return err
	}
	if p.cfg.OnPermanent == FailStopOnPermanent {
		return fmt.Errorf("permanent write errors (fail-stop policy): %w", err)
	}
	b.failed = make([]bool, len(b.outs))
	repl := make([]record.Output, 0, len(rerrs))
	replOwner := make([]int32, 0, len(rerrs))
	for _, re := range rerrs {
		if re.Index < 0 || re.Index >= len(b.outs) {
			return fmt.Errorf("producer reported output %d of %d: %w", re.Index, len(b.outs), err)
		}
		b.failed[re.Index] = true
		in := &b.inputs[b.owner[re.Index]]
		out := &b.outs[re.Index]
		detail := "unknown"
		if re.Err != nil {
			detail = re.Err.Error()
		}
		p.log.Warn("output cannot be written; quarantining it",
			zap.String("topic", in.Topic), zap.Int("partition", in.Partition), zap.Int64("offset", in.Offset),
			zap.String("output_topic", out.Topic), zap.String("output_cluster", out.Cluster),
			zap.String("reason", string(re.Reason)))
		repl = append(repl, p.cfg.Quarantine(in, Failure{Stage: "produce", Reason: string(re.Reason), Detail: detail, Output: out}))
		replOwner = append(replOwner, b.owner[re.Index])
	}
	// A replacement the writer refuses is retried smaller: first without
	// the input's key (a producer's key can be as large as the broker's
	// limit; the value is what a replay needs), then without the value
	// too (the headers still say why, where from and which event). Only
	// when even that cannot be written does the pipeline stop.
	shrunk := make([]uint8, len(repl)) // 0 as built, 1 key dropped, 2 value dropped
	for {
		err := p.cfg.Sink.Write(ctx, repl)
		if err == nil {
			b.extra = append(b.extra, repl...)
			return nil
		}
		var qerrs record.WriteErrors
		if !errors.As(err, &qerrs) {
			return fmt.Errorf("writing quarantine records: %w", err)
		}
		// Keep what was written; retry the rest smaller.
		bad := make(map[int]bool, len(qerrs))
		for _, qe := range qerrs {
			bad[qe.Index] = true
		}
		var next []record.Output
		var nextOwner []int32
		var nextShrunk []uint8
		for i := range repl {
			if !bad[i] {
				b.extra = append(b.extra, repl[i])
				continue
			}
			q := repl[i]
			in := &b.inputs[replOwner[i]]
			st := shrunk[i]
			switch {
			case st == 0 && len(q.Key) > 0:
				q.Key, st = nil, 1
				p.log.Warn("quarantine record cannot be written; retrying without the key",
					zap.String("topic", in.Topic), zap.Int("partition", in.Partition), zap.Int64("offset", in.Offset),
					zap.String("quarantine_topic", q.Topic))
				p.countShrunk("key")
			case st < 2:
				q.Key, q.Value, st = nil, nil, 2
				q.Headers = append(append([]record.Header(nil), q.Headers...), record.Header{Key: record.HeaderValueDropped, Value: []byte("true")})
				p.log.Warn("quarantine record cannot be written; retrying without the value",
					zap.String("topic", in.Topic), zap.Int("partition", in.Partition), zap.Int64("offset", in.Offset),
					zap.String("quarantine_topic", q.Topic))
				p.countShrunk("value")
			default:
				return fmt.Errorf("quarantine records cannot be written: %w", err)
			}
			next = append(next, q)
			nextOwner = append(nextOwner, replOwner[i])
			nextShrunk = append(nextShrunk, st)
		}
		repl, replOwner, shrunk = next, nextOwner, nextShrunk
	}
}

func (p *Pipeline) countShrunk(what string) {
	if p.m != nil {
		p.m.QuarantineShrunk.WithLabelValues(what).Inc()
	}
}

func (p *Pipeline) observeAcked(b *batch) {
	now := time.Now()
	if p.cfg.Acked != nil {
		p.cfg.Acked(b.inputs, now)
	}
	m := p.m
	if m == nil {
		return
	}
	for i := range b.inputs {
		if t := b.inputs[i].Time; !t.IsZero() {
			m.EndToEnd.Observe(now.Sub(t).Seconds())
		}
	}
	type key struct{ topic, projection string }
	counts := make(map[key]int, 8)
	reasons := make(map[string]int)
	obs := func(o *record.Output) {
		counts[key{o.Topic, m.labels.projection(record.HeaderValue(o.Headers, record.HeaderProjection))}]++
		// Only records on the quarantine topic are quarantined; an audit
		// record of a failed event carries the error header too.
		if e := record.HeaderValue(o.Headers, record.HeaderError); e != nil && o.Topic == p.cfg.QuarantineTopic {
			reasons[m.labels.reason(e)]++
		}
	}
	for i := range b.outs {
		if b.failed != nil && b.failed[i] {
			continue
		}
		obs(&b.outs[i])
	}
	for i := range b.extra {
		obs(&b.extra[i])
	}
	for k, n := range counts {
		m.Produced.WithLabelValues(m.labels.topic(k.topic), k.projection).Add(float64(n))
	}
	for r, n := range reasons {
		m.Quarantined.WithLabelValues(r).Add(float64(n))
	}
}
