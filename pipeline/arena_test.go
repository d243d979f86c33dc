package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/record"
)

// memSource serves prepared batches, then waits for the end of the run.
type memSource struct {
	mu      sync.Mutex
	batches [][]record.Input
}

func (s *memSource) FetchBatchEpoch(ctx context.Context, _ int, _ int64, _ time.Duration) ([]record.Input, int64, error) {
	s.mu.Lock()
	if len(s.batches) > 0 {
		b := s.batches[0]
		s.batches = s.batches[1:]
		s.mu.Unlock()
		return b, 1, nil
	}
	s.mu.Unlock()
	<-ctx.Done()
	return nil, 0, ctx.Err()
}
func (s *memSource) Epoch() int64 { return 1 }
func (s *memSource) CommitOffsets(context.Context, map[record.TopicPartition]int64) error {
	return nil
}
func (s *memSource) Lag() map[record.TopicPartition]int64 { return nil }
func (s *memSource) Close() error                         { return nil }

// arenaRouter renders each output's value into the arena it is given.
type arenaRouter struct{}

func renderValue(dst []byte, offset int64) []byte {
	return append(fmt.Appendf(dst, "event %d:", offset), bytes.Repeat([]byte{byte('a' + offset%26)}, 300)...)
}

func (arenaRouter) Route(in *record.Input, dst []record.Output) []record.Output {
	return append(dst, record.Output{Topic: "out", Value: renderValue(nil, in.Offset)})
}

func (arenaRouter) RouteArena(in *record.Input, dst []record.Output, a *record.Arena) []record.Output {
	v := renderValue(a.Buffer(512), in.Offset)
	a.Commit(v)
	return append(dst, record.Output{Topic: "out", Value: v})
}

// settlingSink keeps every output it was given; every third Write it
// reports an attempt abandoned (as the producer does when a deadline cut
// one short: the client may still send those bytes).
type settlingSink struct {
	mu        sync.Mutex
	writes    int
	unsettled atomic.Uint64
	kept      []keptOutput
}

type keptOutput struct {
	offset    int64
	value     []byte // the output's own memory, not a copy
	abandoned bool
}

func (s *settlingSink) Write(_ context.Context, outs []record.Output) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	abandoned := s.writes%3 == 0
	if abandoned {
		s.unsettled.Add(1)
	}
	for _, o := range outs {
		var off int64
		fmt.Sscanf(string(o.Value), "event %d:", &off)
		s.kept = append(s.kept, keptOutput{offset: off, value: o.Value, abandoned: abandoned})
	}
	return nil
}
func (s *settlingSink) Close() error      { return nil }
func (s *settlingSink) Unsettled() uint64 { return s.unsettled.Load() }

// Output memory is reused only after a settled write: the bytes a client
// may still send are never overwritten, and settled batches' memory is
// reused.
func TestArenasReusedOnlyAfterSettledWrites(t *testing.T) {
	src := &memSource{}
	const batches, per = 30, 40
	for b := range batches {
		var ms []record.Input
		for i := range per {
			ms = append(ms, record.Input{Topic: "in", Partition: 0, Offset: int64(b*per + i), Value: []byte("x")})
		}
		src.batches = append(src.batches, ms)
	}
	sink := &settlingSink{}
	p, err := pipeline.New(pipeline.Config{Source: src, Sink: sink, Router: arenaRouter{}, Log: zap.NewNop(),
		Workers: 1, MaxInFlightBatches: 1, BatchMax: per})
	if err != nil {
		t.Fatal(err)
	}
	runUntil(t, p, 10*time.Second, func() (bool, string) {
		sink.mu.Lock()
		n := len(sink.kept)
		sink.mu.Unlock()
		return n == batches*per, fmt.Sprintf("%d of %d outputs written", n, batches*per)
	})
	reused := 0
	seen := map[*byte]int64{}
	for _, k := range sink.kept {
		if k.abandoned && !bytes.Equal(k.value, renderValue(nil, k.offset)) {
			t.Fatalf("output of event %d, written by an abandoned attempt, was overwritten: %.20q", k.offset, k.value)
		}
		if prev, ok := seen[&k.value[0]]; ok && prev != k.offset {
			reused++
		}
		seen[&k.value[0]] = k.offset
	}
	if reused == 0 {
		t.Fatal("no output memory was reused after settled writes")
	}
	t.Logf("%d outputs written into reused memory", reused)
}

// runUntil runs p until done reports true (failing with its message after
// timeout), then stops it cleanly.
func runUntil(t *testing.T, p *pipeline.Pipeline, timeout time.Duration, done func() (bool, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- p.Run(ctx) }()
	deadline := time.Now().Add(timeout)
	for {
		ok, msg := done()
		if ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal(msg)
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
}
