package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/record"
)

// wait bounds how long a test waits for something the pipeline must do; it
// is a failure deadline, never a timing assertion.
const wait = 20 * time.Second

// chanSource serves the batches the test sends on batches (one fetch each)
// and reports every CommitOffsets call on commits. commit, if set, decides
// each call's result (it may block).
type chanSource struct {
	batches chan []record.Input
	commits chan map[record.TopicPartition]int64
	commit  func(n int, next map[record.TopicPartition]int64) error

	mu    sync.Mutex
	calls int
}

func newChanSource() *chanSource {
	return &chanSource{batches: make(chan []record.Input), commits: make(chan map[record.TopicPartition]int64, 100)}
}

func (s *chanSource) FetchBatchEpoch(ctx context.Context, _ int, _ int64, _ time.Duration) ([]record.Input, int64, error) {
	select {
	case b := <-s.batches:
		return b, 1, nil
	case <-ctx.Done():
		return nil, 1, ctx.Err()
	}
}
func (s *chanSource) Epoch() int64 { return 1 }
func (s *chanSource) CommitOffsets(_ context.Context, next map[record.TopicPartition]int64) error {
	s.mu.Lock()
	n := s.calls
	s.calls++
	s.mu.Unlock()
	var err error
	if s.commit != nil {
		err = s.commit(n, next)
	}
	cp := make(map[record.TopicPartition]int64, len(next))
	for k, v := range next {
		cp[k] = v
	}
	s.commits <- cp
	return err
}
func (s *chanSource) Lag() map[record.TopicPartition]int64 { return nil }
func (s *chanSource) Close() error                         { return nil }

// gateSink reports each Write's outputs on writes and, when gated, waits
// for a token on release before acknowledging.
type gateSink struct {
	writes  chan []record.Output
	release chan struct{}
	gated   bool
}

func (s *gateSink) Write(ctx context.Context, outs []record.Output) error {
	s.writes <- outs
	if s.gated {
		select {
		case <-s.release:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
func (s *gateSink) Close() error { return nil }

// oneOut routes every input to one output that names its offset.
var oneOut = pipeline.RouteFunc(func(in *record.Input, dst []record.Output) []record.Output {
	return append(dst, record.Output{Topic: "out", Value: fmt.Appendf(nil, "%s/%d/%d", in.Topic, in.Partition, in.Offset)})
})

func inputs(topic string, partition int, from, n int64) []record.Input {
	ins := make([]record.Input, n)
	for i := range ins {
		ins[i] = record.Input{Topic: topic, Partition: partition, Offset: from + int64(i), Value: []byte("v")}
	}
	return ins
}

type commitRig struct {
	src    *chanSource
	sink   *gateSink
	m      *pipeline.Metrics
	cancel context.CancelFunc
	done   chan struct{} // closed when Run returned, with its error in err
	err    error
}

func startCommitRig(t *testing.T, src *chanSource, sink *gateSink) *commitRig {
	t.Helper()
	m, err := pipeline.NewMetrics(prometheus.NewRegistry(), pipeline.MetricsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{Source: src, Sink: sink, Router: oneOut, Metrics: m, Workers: 1, MaxInFlightBatches: 3})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &commitRig{src: src, sink: sink, m: m, cancel: cancel, done: make(chan struct{})}
	go func() {
		r.err = p.Run(ctx)
		close(r.done)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-r.done:
		case <-time.After(wait):
			t.Error("pipeline did not stop")
		}
	})
	return r
}

func (r *commitRig) nextCommit(t *testing.T) map[record.TopicPartition]int64 {
	t.Helper()
	select {
	case c := <-r.src.commits:
		return c
	case <-time.After(wait):
		t.Fatal("no commit")
		return nil
	}
}

func (r *commitRig) nextWrite(t *testing.T) []record.Output {
	t.Helper()
	select {
	case w := <-r.sink.writes:
		return w
	case <-time.After(wait):
		t.Fatal("no write")
		return nil
	}
}

func (r *commitRig) stop(t *testing.T) {
	t.Helper()
	r.cancel()
	select {
	case <-r.done:
		if r.err != nil {
			t.Fatalf("Run: %v", r.err)
		}
	case <-time.After(wait):
		t.Fatal("pipeline did not stop")
	}
}

var tp0 = record.TopicPartition{Topic: "in", Partition: 0}

// Each acknowledged batch is committed on its own, without waiting for a
// later batch, a ticker or the drain: the next batch is only fetched after
// the commit of the previous one was seen.
func TestCommitFollowsEachAck(t *testing.T) {
	tests := []struct {
		name  string
		sizes []int64
	}{
		{"one batch", []int64{5}},
		{"batches of one", []int64{1, 1, 1, 1}},
		{"mixed sizes", []int64{3, 100, 7, 1000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := startCommitRig(t, newChanSource(), &gateSink{writes: make(chan []record.Output, 100)})
			next := int64(0)
			for i, n := range tt.sizes {
				r.src.batches <- inputs("in", 0, next, n)
				next += n
				got := r.nextCommit(t)
				if len(got) != 1 || got[tp0] != next {
					t.Fatalf("batch %d: commit %v, want {in/0: %d}", i, got, next)
				}
			}
			if got := testutilCount(r.m.CommitLatency); got != uint64(len(tt.sizes)) {
				t.Errorf("commit latency observations %d, want %d", got, len(tt.sizes))
			}
			if got := testutilCount(r.m.AckToCommit); got != uint64(len(tt.sizes)) {
				t.Errorf("ack-to-commit observations %d, want %d", got, len(tt.sizes))
			}
			r.stop(t)
			select {
			case c := <-r.src.commits:
				t.Errorf("final commit %v with nothing new to commit", c)
			default:
			}
		})
	}
}

// While a commit is in flight, acknowledgements coalesce into one
// follow-up commit that covers all of them; there is never more than one
// commit in flight.
func TestCommitCoalescesUnderSlowCommit(t *testing.T) {
	src := newChanSource()
	entered := make(chan struct{})
	gate := make(chan struct{})
	var inFlight, maxInFlight int
	var mu sync.Mutex
	src.commit = func(n int, _ map[record.TopicPartition]int64) error {
		mu.Lock()
		inFlight++
		maxInFlight = max(maxInFlight, inFlight)
		mu.Unlock()
		if n == 0 {
			close(entered)
			<-gate
		}
		mu.Lock()
		inFlight--
		mu.Unlock()
		return nil
	}
	sink := &gateSink{writes: make(chan []record.Output, 100), release: make(chan struct{}), gated: true}
	r := startCommitRig(t, src, sink)

	r.src.batches <- inputs("in", 0, 0, 10)
	r.nextWrite(t)
	sink.release <- struct{}{}
	<-entered // the first commit (offset 10) is in flight and stuck
	// Batches 2-4 are acknowledged; batch 5's write then holds the writer,
	// so every ack before it has poked the committer.
	for b := int64(1); b <= 4; b++ {
		r.src.batches <- inputs("in", 0, b*10, 10)
		r.nextWrite(t)
		if b < 4 {
			sink.release <- struct{}{}
		}
	}
	close(gate)
	if c := r.nextCommit(t); c[tp0] != 10 {
		t.Fatalf("first commit %v, want 10", c)
	}
	if c := r.nextCommit(t); c[tp0] != 40 {
		t.Fatalf("coalesced commit %v, want 40 (batches 2-4 in one request)", c)
	}
	sink.release <- struct{}{}
	if c := r.nextCommit(t); c[tp0] != 50 {
		t.Fatalf("last commit %v, want 50", c)
	}
	r.stop(t)
	if len(src.commits) != 0 {
		t.Errorf("%d commits more than expected", len(src.commits))
	}
	if maxInFlight != 1 {
		t.Errorf("%d commits in flight at once, want 1", maxInFlight)
	}
}

// A failed commit is retried without waiting for another batch.
func TestCommitRetriedAfterFailure(t *testing.T) {
	src := newChanSource()
	src.commit = func(n int, _ map[record.TopicPartition]int64) error {
		if n == 0 {
			return errors.New("coordinator moved")
		}
		return nil
	}
	r := startCommitRig(t, src, &gateSink{writes: make(chan []record.Output, 100)})
	r.src.batches <- inputs("in", 0, 0, 7)
	for i := range 2 {
		if c := r.nextCommit(t); c[tp0] != 7 {
			t.Fatalf("commit %d: %v, want 7", i, c)
		}
	}
	if got := testutilCount(r.m.AckToCommit); got != 1 {
		t.Errorf("ack-to-commit observations %d, want 1 (the accepted commit)", got)
	}
	r.stop(t)
}

// Property: whatever the order of acknowledgements, across partitions and
// epochs, a commit never covers an offset that is not acknowledged, never
// goes backwards and never goes below the epoch's first offset.
func TestTrackerNeverCommitsUnacked(t *testing.T) {
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 15))
		tr := pipeline.NewTracker()
		tps := []record.TopicPartition{{Topic: "a", Partition: 0}, {Topic: "a", Partition: 1}, {Topic: "b", Partition: 0}}
		type key struct {
			tp  record.TopicPartition
			off int64
		}
		acked := map[key]bool{}
		added := map[key]bool{}
		next := map[record.TopicPartition]int64{}
		base := map[record.TopicPartition]int64{}
		committed := map[record.TopicPartition]int64{}
		var unacked []key
		epoch := int64(1)
		for step := 0; step < 400; step++ {
			switch op := rng.IntN(10); {
			case op < 4: // fetch a few offsets, sometimes with a gap (compacted or transaction markers)
				tp := tps[rng.IntN(len(tps))]
				off := next[tp] + int64(rng.IntN(2))
				if _, ok := base[tp]; !ok {
					base[tp] = off
				}
				for range 1 + rng.IntN(5) {
					if tr.Add(tp, off, epoch) {
						k := key{tp, off}
						added[k] = true
						unacked = append(unacked, k)
					}
					off++
				}
				next[tp] = off
			case op < 7: // ack a random unacked offset
				if len(unacked) == 0 {
					continue
				}
				i := rng.IntN(len(unacked))
				k := unacked[i]
				unacked = append(unacked[:i], unacked[i+1:]...)
				acked[k] = true
				tr.Ack(k.tp, k.off)
			case op < 9: // commit
				offs := tr.Committable(epoch)
				for tp, w := range offs {
					for k := range added {
						if k.tp == tp && k.off < w && !acked[k] {
							t.Fatalf("seed %d: commit %s/%d at %d covers unacked offset %d", seed, tp.Topic, tp.Partition, w, k.off)
						}
					}
					if c, ok := committed[tp]; ok && w <= c {
						t.Fatalf("seed %d: commit %d not above last commit %d", seed, w, c)
					}
					if b, ok := base[tp]; ok && w < b {
						t.Fatalf("seed %d: commit %d below the epoch's first offset %d", seed, w, b)
					}
				}
				tr.MarkCommitted(offs)
				for tp, w := range offs {
					committed[tp] = w
				}
			default: // rebalance: the reader restarts a partition at its committed offset
				epoch++
				clear(base)
				tp := tps[rng.IntN(len(tps))]
				start := committed[tp]
				base[tp] = start
				if tr.Add(tp, start, epoch) {
					k := key{tp, start}
					added[k] = true
					unacked = append(unacked, k)
					next[tp] = max(next[tp], start+1)
				}
			}
		}
	}
}

// testutilCount is the number of observations of a histogram.
func testutilCount(h prometheus.Histogram) uint64 {
	var m dto.Metric
	if err := h.Write(&m); err != nil {
		return 0
	}
	return m.GetHistogram().GetSampleCount()
}
