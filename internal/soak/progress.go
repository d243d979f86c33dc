package soak

import (
	"bytes"
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Progress follows the audit topic while a run is in progress (the
// concurrent reader): which input offsets have their decision recorded,
// and when the first audit record of each arrived (its record timestamp,
// set by the replica that wrote it).
type Progress struct {
	prefix []byte

	mu       sync.Mutex
	first    [][]int64 // per input partition, per offset: first audit timestamp (ms), 0 = none
	distinct int
	records  int
	lastNew  time.Time
	changed  chan struct{}
}

// NewProgress returns a progress tracker for the audit records of input
// topic.
func NewProgress(input string) *Progress {
	return &Progress{prefix: []byte(input + "/"), changed: make(chan struct{}, 1)}
}

// Follow reads the audit topic from the given offsets until ctx ends.
func (p *Progress) Follow(ctx context.Context, k *Kafka, audit string, from []int64) error {
	return k.Follow(ctx, audit, from, p.observe)
}

func (p *Progress) observe(r *kgo.Record) {
	src := Header(r, classifier.HeaderSource)
	if !bytes.HasPrefix(src, p.prefix) {
		return
	}
	rest := src[len(p.prefix):]
	i := bytes.IndexByte(rest, '/')
	if i < 0 {
		return
	}
	part, err1 := strconv.Atoi(string(rest[:i]))
	off, err2 := strconv.ParseInt(string(rest[i+1:]), 10, 64)
	if err1 != nil || err2 != nil || part < 0 || part > 1<<16 || off < 0 || off > 1<<32 {
		return
	}
	ts := max(r.Timestamp.UnixMilli(), 1)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.records++
	for len(p.first) <= part {
		p.first = append(p.first, nil)
	}
	f := p.first[part]
	if int64(len(f)) <= off {
		n := max(int64(2*len(f)), off+1, 1024)
		g := make([]int64, n)
		copy(g, f)
		f = g
		p.first[part] = f
	}
	if f[off] == 0 {
		f[off] = ts
		p.distinct++
		p.lastNew = time.Now()
		select {
		case p.changed <- struct{}{}:
		default:
		}
	}
}

// Distinct returns how many input records have at least one audit record.
func (p *Progress) Distinct() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.distinct
}

// Records returns how many audit records of the run were read.
func (p *Progress) Records() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.records
}

// WaitFor waits until at least n input records have audit records, or ctx
// ends; it reports whether n was reached.
func (p *Progress) WaitFor(ctx context.Context, n int) bool {
	for {
		if p.Distinct() >= n {
			return true
		}
		select {
		case <-ctx.Done():
			return p.Distinct() >= n
		case <-p.changed:
		case <-time.After(time.Second):
		}
	}
}

// Stall is the longest time one input partition had a record available
// (produced, and its predecessor decided) without that record being
// decided.
type Stall struct {
	Partition int
	Offset    int64
	Duration  time.Duration
}

// Stalls returns the worst stall per input partition, given each input
// record's timestamp (when it became available). Records never audited are
// skipped (the checker reports them as missing).
func (p *Progress) Stalls(inputTime func(part int, off int64) (time.Time, bool)) []Stall {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []Stall
	for part, f := range p.first {
		worst := Stall{Partition: part}
		prev := int64(0)
		for off, ts := range f {
			if ts == 0 {
				continue
			}
			in, ok := inputTime(part, int64(off))
			if !ok {
				continue
			}
			ready := max(in.UnixMilli(), prev)
			if d := time.Duration(ts-ready) * time.Millisecond; d > worst.Duration {
				worst.Offset, worst.Duration = int64(off), d
			}
			prev = max(prev, ts)
		}
		out = append(out, worst)
	}
	return out
}
