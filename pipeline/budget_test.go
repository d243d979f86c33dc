package pipeline_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/record"
)

// flightMeter counts the bytes actually in flight: an input and the
// outputs it expands to (three times its size) from the moment it is
// fetched until its outputs are written. The source adds, the sink takes
// away, and the peak is what the pipeline's bound must hold.
type flightMeter struct {
	mu        sync.Mutex
	cur, peak int64
}

func (m *flightMeter) add(n int64) {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.cur += n
	m.peak = max(m.peak, m.cur)
	m.mu.Unlock()
}

// budgetSource hands out messages of a fixed size, honouring maxBytes as
// the consumer does, and keeps the input bytes of every batch it served.
type budgetSource struct {
	mu      sync.Mutex
	next    int64
	total   int64
	size    int
	served  []int64 // input bytes per batch, in order
	budgets []int64
	meter   *flightMeter
}

func (s *budgetSource) FetchBatchEpoch(ctx context.Context, max int, maxBytes int64, _ time.Duration) ([]record.Input, int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.next >= s.total {
		s.mu.Unlock()
		<-ctx.Done()
		s.mu.Lock()
		return nil, 0, ctx.Err()
	}
	var ms []record.Input
	var bytes int64
	for len(ms) < max && s.next < s.total && (len(ms) == 0 || maxBytes <= 0 || bytes < maxBytes) {
		m := record.Input{Topic: "in", Partition: 0, Offset: s.next, Value: make([]byte, s.size)}
		bytes += m.Size()
		ms = append(ms, m)
		s.next++
	}
	s.served = append(s.served, bytes)
	s.budgets = append(s.budgets, maxBytes)
	s.meter.add(4 * bytes)
	return ms, 1, nil
}
func (s *budgetSource) Epoch() int64 { return 1 }
func (s *budgetSource) CommitOffsets(context.Context, map[record.TopicPartition]int64) error {
	return nil
}
func (s *budgetSource) Lag() map[record.TopicPartition]int64 { return nil }
func (s *budgetSource) Close() error                         { return nil }

// slowSink acknowledges each write after a pause, so fetched batches pile
// up against the in-flight bounds; it records the input bytes of each
// batch it is given (outputs are three times their input).
type slowSink struct {
	mu      sync.Mutex
	written int64 // inputs written
	batches []int64
	meter   *flightMeter
}

func (s *slowSink) Write(_ context.Context, outs []record.Output) error {
	time.Sleep(5 * time.Millisecond)
	var n int64
	for _, o := range outs {
		n += int64(len(o.Value))
	}
	s.mu.Lock()
	s.written += int64(len(outs))
	s.batches = append(s.batches, n/3)
	s.mu.Unlock()
	// The pipeline releases a batch only after its write returns, so
	// counting it out here never hides bytes the pipeline still holds.
	s.meter.add(-(n + n/3))
	return nil
}
func (s *slowSink) Close() error { return nil }

// Large events shrink the batches instead of growing memory: the bytes in
// flight (inputs and the outputs they expand to) stay within
// MaxInFlightBytes and one event, whatever BatchMax and the events' size.
func TestInFlightBytesBoundLargeEvents(t *testing.T) {
	const (
		size     = 100 << 10 // 100 KB events
		n        = 300
		maxBytes = 2 << 20 // 2 MiB in flight, with BatchMax 1000: 1000 such events would be 400 MB
	)
	meter := &flightMeter{}
	src := &budgetSource{total: n, size: size, meter: meter}
	sink := &slowSink{meter: meter}
	expand := pipeline.RouteFunc(func(in *record.Input, dst []record.Output) []record.Output {
		return append(dst, record.Output{Topic: "out", Value: make([]byte, 3*len(in.Value))})
	})
	p, err := pipeline.New(pipeline.Config{Source: src, Sink: sink, Router: expand, Log: zap.NewNop(),
		Workers: 1, BatchMax: 1000, MaxInFlightBatches: 4, MaxInFlightBytes: maxBytes})
	if err != nil {
		t.Fatal(err)
	}
	runUntil(t, p, 20*time.Second, func() (bool, string) {
		sink.mu.Lock()
		w := sink.written
		sink.mu.Unlock()
		return w == n, fmt.Sprintf("%d of %d events written", w, n)
	})
	src.mu.Lock()
	served, budgets := src.served, src.budgets
	src.mu.Unlock()
	if len(served) < 2 {
		t.Fatalf("%d batches: the events were not split by the byte budget", len(served))
	}
	// A batch's footprint is its input plus its outputs, 4x its input.
	const oneEvent = 4 * size
	meter.mu.Lock()
	peak, left := meter.peak, meter.cur
	meter.mu.Unlock()
	if peak > maxBytes+oneEvent {
		t.Errorf("%d bytes were in flight at the peak, over %d + one event (%d); batches %v", peak, maxBytes, oneEvent, served)
	}
	if left != 0 {
		t.Errorf("%d bytes still counted in flight after every event was written", left)
	}
	if budgets[0] <= 0 || budgets[0] > maxBytes {
		t.Errorf("first budget %d, want within (0, %d]", budgets[0], maxBytes)
	}
}
