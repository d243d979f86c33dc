package pipeline

import (
	"sort"
	"sync"

	"github.com/residency-labs/signup-classifier/record"
)

// Tracker is a per-partition low-watermark tracker. Offsets are added in
// fetch order (increasing per partition); acks may come in any order. The
// watermark of a partition is the offset to commit ("next to read"): every
// added offset below it is acknowledged. It never moves backwards, and it
// never passes an added offset that is not acknowledged.
//
// It also drops stale redeliveries: an offset at or below the highest one
// already added for its partition is reported as a duplicate (kafka-go
// #1398: after a rebalance, messages older than the committed offset can
// be delivered again). That is safe because every offset the tracker holds
// is either acknowledged or still in flight, and an in-flight offset is
// either acknowledged later or the pipeline stops without committing it.
//
// Commits are gated by rebalance epochs: a partition is committable only if
// it was fetched in the current epoch (so this member owns it now), and only
// at or above the first offset fetched in that epoch (the group's committed
// offset when it was assigned: never commit below what the group had).
type Tracker struct {
	mu    sync.Mutex
	parts map[record.TopicPartition]*partState
}

type entry struct {
	offset int64
	acked  bool
}

type partState struct {
	next      int64   // highest offset added + 1
	pending   []entry // unacknowledged-prefix queue, offsets increasing
	head      int     // index of the first live entry in pending
	epoch     int64   // epoch of the last fetch from this partition
	base      int64   // first offset added in that epoch
	committed int64   // last committed watermark, -1 if none
}

// NewTracker returns an empty tracker.
func NewTracker() *Tracker { return &Tracker{parts: make(map[record.TopicPartition]*partState)} }

func (t *Tracker) part(tp record.TopicPartition) *partState {
	ps := t.parts[tp]
	if ps == nil {
		ps = &partState{next: -1, committed: -1, epoch: -1, base: -1}
		t.parts[tp] = ps
	}
	return ps
}

// Add records a fetched offset, fetched in the given rebalance epoch. It
// returns false if the offset is not above every offset already added for the
// partition (a stale redelivery): the caller drops that message.
func (t *Tracker) Add(tp record.TopicPartition, offset, epoch int64) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.addLocked(tp, offset, epoch)
}

func (t *Tracker) addLocked(tp record.TopicPartition, offset, epoch int64) bool {
	ps := t.part(tp)
	if epoch > ps.epoch {
		// First message of this partition in a new epoch: the reader
		// started at the group's committed offset, so nothing below it
		// may be committed in this epoch (even if the message itself is a
		// duplicate of one still in flight here).
		ps.epoch = epoch
		ps.base = offset
	}
	if offset < ps.next {
		return false
	}
	ps.next = offset + 1
	if ps.head > 0 && ps.head == len(ps.pending) {
		ps.pending = ps.pending[:0]
		ps.head = 0
	}
	ps.pending = append(ps.pending, entry{offset: offset})
	return true
}

// Ack marks an added offset as acknowledged. Acking an unknown or already
// acknowledged offset is a no-op.
func (t *Tracker) Ack(tp record.TopicPartition, offset int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ackLocked(tp, offset)
}

// AckBatch acks several offsets under one lock.
func (t *Tracker) AckBatch(tps []record.TopicPartition, offsets []int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for i := range tps {
		t.ackLocked(tps[i], offsets[i])
	}
}

func (t *Tracker) ackLocked(tp record.TopicPartition, offset int64) {
	ps := t.parts[tp]
	if ps == nil {
		return
	}
	live := ps.pending[ps.head:]
	var i int
	if len(live) > 0 && live[0].offset == offset {
		i = 0 // in-order ack: the common case
	} else {
		i = sort.Search(len(live), func(j int) bool { return live[j].offset >= offset })
		if i == len(live) || live[i].offset != offset {
			return
		}
	}
	live[i].acked = true
	for ps.head < len(ps.pending) && ps.pending[ps.head].acked {
		ps.head++
	}
	if ps.head == len(ps.pending) {
		ps.pending = ps.pending[:0]
		ps.head = 0
	} else if ps.head > 1024 && ps.head > len(ps.pending)/2 {
		n := copy(ps.pending, ps.pending[ps.head:])
		ps.pending = ps.pending[:n]
		ps.head = 0
	}
}

func (ps *partState) watermark() int64 {
	if ps.head < len(ps.pending) {
		return ps.pending[ps.head].offset
	}
	return ps.next
}

// Watermark returns the partition's low watermark: the smallest added offset
// not yet acknowledged, or the highest added offset + 1 when all are. ok is
// false when nothing was added for the partition.
func (t *Tracker) Watermark(tp record.TopicPartition) (int64, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	ps := t.parts[tp]
	if ps == nil || ps.next < 0 {
		return 0, false
	}
	return ps.watermark(), true
}

// Committable returns, for each partition fetched in the given (current)
// epoch, the watermark when it is above the last committed one and at or
// above the epoch's first offset.
func (t *Tracker) Committable(epoch int64) map[record.TopicPartition]int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out map[record.TopicPartition]int64
	for tp, ps := range t.parts {
		if ps.next < 0 || ps.epoch != epoch {
			continue
		}
		w := ps.watermark()
		if w > ps.committed && w >= ps.base {
			if out == nil {
				out = make(map[record.TopicPartition]int64)
			}
			out[tp] = w
		}
	}
	return out
}

// MarkCommitted records watermarks the broker accepted.
func (t *Tracker) MarkCommitted(offsets map[record.TopicPartition]int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for tp, off := range offsets {
		ps := t.part(tp)
		if off > ps.committed {
			ps.committed = off
		}
	}
}

// Committed returns the last committed watermark per partition.
func (t *Tracker) Committed() map[record.TopicPartition]int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make(map[record.TopicPartition]int64)
	for tp, ps := range t.parts {
		if ps.committed >= 0 {
			out[tp] = ps.committed
		}
	}
	return out
}

// Pending returns the number of added, unacknowledged offsets.
func (t *Tracker) Pending() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, ps := range t.parts {
		for _, e := range ps.pending[ps.head:] {
			if !e.acked {
				n++
			}
		}
	}
	return n
}
