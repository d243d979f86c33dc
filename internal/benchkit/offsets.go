package benchkit

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/cluster"
)

// EndOffsets returns each partition's high watermark, retrying for up to
// 30s while a real broker is still electing the leaders of a fresh topic.
func EndOffsets(ctx context.Context, cl cluster.Config, topic string) (map[int]int64, error) {
	deadline := time.Now().Add(30 * time.Second)
	for {
		actx, cancel := context.WithTimeout(ctx, 10*time.Second)
		out, err := cluster.EndOffsets(actx, cl, topic)
		cancel()
		if err == nil {
			return out, nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return nil, fmt.Errorf("end offsets of %s: %w", topic, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// SumOffsets adds the offsets of every partition: with end offsets of a
// topic written from offset 0, the number of records it holds.
func SumOffsets(m map[int]int64) int64 {
	var n int64
	for _, v := range m {
		n += v
	}
	return n
}

// CommittedWatcher polls a group's committed offsets (OffsetFetch: what the
// coordinator has accepted, the commit-after-ack end of the pipe). It keeps
// one client, so polling does not dial anew each time.
type CommittedWatcher struct {
	c     *kafka.Client
	group string
	topic string
	parts []int
}

// NewCommittedWatcher watches group on the partitions of topic named by
// ends (the end offsets the drain must reach).
func NewCommittedWatcher(cl cluster.Config, group, topic string, ends map[int]int64) (*CommittedWatcher, error) {
	c, err := cl.Client()
	if err != nil {
		return nil, err
	}
	w := &CommittedWatcher{c: c, group: group, topic: topic}
	for p := range ends {
		w.parts = append(w.parts, p)
	}
	sort.Ints(w.parts)
	return w, nil
}

// Close releases the watcher's connections.
func (w *CommittedWatcher) Close() { w.c.Transport.(*kafka.Transport).CloseIdleConnections() }

// Committed returns the committed offset per partition (-1 where none).
func (w *CommittedWatcher) Committed(ctx context.Context) (map[int]int64, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	res, err := w.c.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: w.group, Topics: map[string][]int{w.topic: w.parts}})
	if err != nil {
		return nil, err
	}
	if res.Error != nil {
		return nil, res.Error
	}
	out := make(map[int]int64, len(w.parts))
	for _, p := range res.Topics[w.topic] {
		out[p.Partition] = p.CommittedOffset
	}
	return out, nil
}

// Drained reports whether every partition is committed up to its end, and
// how many offsets are committed in all. A failed poll is "not yet": the
// caller polls again until its own deadline.
func (w *CommittedWatcher) Drained(ctx context.Context, ends map[int]int64) (bool, int64) {
	com, err := w.Committed(ctx)
	if err != nil {
		return false, 0
	}
	all := true
	var done int64
	for p, end := range ends {
		c := max(com[p], 0) // -1: nothing committed, which drains an empty partition
		if c < end {
			all = false
		}
		if c > 0 {
			done += c
		}
	}
	return all, done
}
