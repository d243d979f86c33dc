package pipeline

import (
	"math/rand/v2"
	"testing"

	"github.com/residency-labs/signup-classifier/record"
)

var tpA = record.TopicPartition{Topic: "signups", Partition: 0}
var tpB = record.TopicPartition{Topic: "signups", Partition: 1}

func TestTrackerWatermark(t *testing.T) {
	type op struct {
		add  []int64 // offsets added (epoch 1)
		ack  []int64
		want int64 // watermark after the op; -1 = none yet
	}
	tests := []struct {
		name string
		ops  []op
	}{
		{"empty", []op{{want: -1}}},
		{"in order", []op{
			{add: []int64{0, 1, 2}, want: 0},
			{ack: []int64{0}, want: 1},
			{ack: []int64{1}, want: 2},
			{ack: []int64{2}, want: 3},
		}},
		{"out of order acks hold the watermark", []op{
			{add: []int64{10, 11, 12, 13}, want: 10},
			{ack: []int64{12}, want: 10},
			{ack: []int64{13}, want: 10},
			{ack: []int64{11}, want: 10},
			{ack: []int64{10}, want: 14},
		}},
		{"gaps in offsets (compaction, txn markers)", []op{
			{add: []int64{5, 9, 20}, want: 5},
			{ack: []int64{9}, want: 5},
			{ack: []int64{5}, want: 20},
			{ack: []int64{20}, want: 21},
		}},
		{"duplicate and unknown acks are no-ops", []op{
			{add: []int64{0, 1}, want: 0},
			{ack: []int64{1, 1, 7}, want: 0},
			{ack: []int64{0, 0}, want: 2},
		}},
		{"adds while acking", []op{
			{add: []int64{0, 1}, want: 0},
			{ack: []int64{1}, want: 0},
			{add: []int64{2, 3}, want: 0},
			{ack: []int64{0}, want: 2},
			{ack: []int64{3}, want: 2},
			{add: []int64{4}, want: 2},
			{ack: []int64{2, 4}, want: 5},
		}},
		{"stale redelivery is not added", []op{
			{add: []int64{0, 1, 2}, want: 0},
			{ack: []int64{0, 1, 2}, want: 3},
			{add: []int64{1, 2}, want: 3}, // rejected: already held
			{add: []int64{3}, want: 3},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := NewTracker()
			for i, o := range tc.ops {
				for _, off := range o.add {
					tr.Add(tpA, off, 1)
				}
				for _, off := range o.ack {
					tr.Ack(tpA, off)
				}
				got, ok := tr.Watermark(tpA)
				if !ok {
					got = -1
				}
				if got != o.want {
					t.Fatalf("op %d: watermark %d, want %d", i, got, o.want)
				}
			}
		})
	}
}

func TestTrackerAddRejectsStale(t *testing.T) {
	tr := NewTracker()
	for _, c := range []struct {
		off  int64
		want bool
	}{{5, true}, {6, true}, {6, false}, {3, false}, {7, true}, {100, true}, {99, false}} {
		if got := tr.Add(tpA, c.off, 1); got != c.want {
			t.Fatalf("Add(%d) = %v, want %v", c.off, got, c.want)
		}
	}
}

func TestTrackerCommittableEpochs(t *testing.T) {
	tr := NewTracker()
	// Epoch 1: both partitions fetched and acked.
	for off := int64(0); off < 5; off++ {
		tr.Add(tpA, off, 1)
		tr.Add(tpB, off, 1)
	}
	tr.AckBatch([]record.TopicPartition{tpA, tpA, tpA, tpA, tpA}, []int64{0, 1, 2, 3, 4})
	tr.AckBatch([]record.TopicPartition{tpB, tpB}, []int64{0, 1})
	got := tr.Committable(1)
	if got[tpA] != 5 || got[tpB] != 2 || len(got) != 2 {
		t.Fatalf("epoch 1 committable = %v", got)
	}
	tr.MarkCommitted(got)
	if got := tr.Committable(1); len(got) != 0 {
		t.Fatalf("nothing new to commit, got %v", got)
	}
	// A rebalance: epoch 2. Nothing is committable until a partition is
	// fetched again in epoch 2 (this member may not own it any more).
	tr.Ack(tpB, 2)
	if got := tr.Committable(2); len(got) != 0 {
		t.Fatalf("epoch 2 before any fetch: %v", got)
	}
	// Partition B is assigned again; the reader restarts at the group's
	// committed offset 2, which we still hold (3, 4 in flight): duplicates
	// are dropped but the epoch base moves to 2.
	if tr.Add(tpB, 2, 2) || tr.Add(tpB, 3, 2) {
		t.Fatal("redelivered offsets must be dropped")
	}
	if got := tr.Committable(2); got[tpB] != 3 || len(got) != 1 {
		t.Fatalf("epoch 2: %v", got)
	}
	// Partition A comes back at a later offset: another member processed
	// 5..9 meanwhile. The watermark jumps with the gap.
	tr.Add(tpA, 10, 2)
	tr.Ack(tpA, 10)
	if got := tr.Committable(2); got[tpA] != 11 {
		t.Fatalf("epoch 2 A: %v", got)
	}
	// Never below the epoch base: A regained at 20 while 11 is in flight
	// from before would commit 11 < 20 (backwards); it must wait.
	tr.Add(tpA, 11, 2)
	tr.Add(tpA, 20, 3)
	if got := tr.Committable(3); len(got) != 0 {
		t.Fatalf("epoch 3 with an older offset in flight: %v", got)
	}
	tr.Ack(tpA, 11)
	tr.Ack(tpA, 20)
	if got := tr.Committable(3); got[tpA] != 21 {
		t.Fatalf("epoch 3 after acks: %v", got)
	}
}

// TestTrackerRandomized checks the invariants against a model: random
// out-of-order acks; the watermark is always the smallest unacked added
// offset (or last+1) and never decreases.
func TestTrackerRandomized(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		tr := NewTracker()
		var added []int64
		acked := map[int64]bool{}
		next := int64(r.IntN(10))
		prevW := int64(-1)
		for step := 0; step < 300; step++ {
			if r.IntN(2) == 0 || len(added) == 0 {
				next += 1 + int64(r.IntN(3))
				if !tr.Add(tpA, next, 1) {
					t.Fatal("fresh offset rejected")
				}
				added = append(added, next)
			} else {
				off := added[r.IntN(len(added))]
				tr.Ack(tpA, off)
				acked[off] = true
			}
			want := next + 1
			for _, o := range added {
				if !acked[o] {
					want = o
					break
				}
			}
			got, _ := tr.Watermark(tpA)
			if got != want {
				t.Fatalf("round %d step %d: watermark %d, want %d", round, step, got, want)
			}
			if got < prevW {
				t.Fatalf("watermark moved backwards %d -> %d", prevW, got)
			}
			prevW = got
		}
		if p := tr.Pending(); p != len(added)-len(acked) {
			t.Fatalf("pending %d, want %d", p, len(added)-len(acked))
		}
	}
}

func BenchmarkTrackerInOrder(b *testing.B) {
	tr := NewTracker()
	for i := 0; i < b.N; i++ {
		tr.Add(tpA, int64(i), 1)
		tr.Ack(tpA, int64(i))
	}
}
