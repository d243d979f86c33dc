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

// budgetSource hands out messages of a fixed size, honouring maxBytes as
// the consumer does, and keeps the input bytes of every batch it served.
type budgetSource struct {
	mu      sync.Mutex
	next    int64
	total   int64
	size    int
	served  []int64 // input bytes per batch, in order
	budgets []int64
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
	src := &budgetSource{total: n, size: size}
	sink := &slowSink{}
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
	// Replay: batch k is in flight from its fetch until its write; the
	// writes are in fetch order, and at most MaxInFlightBatches batches are
	// fetched and not written. A batch's footprint is its input plus its
	// outputs, 4x its input.
	src.mu.Lock()
	served, budgets := src.served, src.budgets
	src.mu.Unlock()
	if len(served) < 2 {
		t.Fatalf("%d batches: the events were not split by the byte budget", len(served))
	}
	const oneEvent = 4 * size
	for k := range served {
		var inflight int64
		for j := max(0, k-3); j <= k; j++ {
			inflight += 4 * served[j]
		}
		if inflight > maxBytes+oneEvent {
			t.Errorf("batch %d: up to %d bytes in flight, over %d + one event (%d); batches %v", k, inflight, maxBytes, oneEvent, served)
			break
		}
	}
	if budgets[0] <= 0 || budgets[0] > maxBytes {
		t.Errorf("first budget %d, want within (0, %d]", budgets[0], maxBytes)
	}
}
