package service

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/opshttp"
	"github.com/residency-labs/signup-classifier/record"
)

// Recent keeps summaries of the latest decisions for the live page: a
// bounded ring, sampled (at most one decision per interval) so that the
// hot path pays one clock read and one atomic load per event.
//
// A summary holds coordinates, reason codes, countries, routes, and the
// paths and categories of the fields: never a value, nor the event id
// (which may come from the value), nor the key.
type Recent struct {
	every time.Duration
	// Unix nanos before which no decision (nextFailed: no quarantined
	// one) is recorded.
	next, nextFailed atomic.Int64

	mu   sync.Mutex
	ring []opshttp.DecisionSummary
	head int // where the next summary goes
	n    int
}

// NewRecent keeps the last size summaries, one at most per every.
func NewRecent(size int, every time.Duration) *Recent {
	return &Recent{every: every, ring: make([]opshttp.DecisionSummary, size)}
}

// maxSummaryFields bounds a summary of a wide event.
const maxSummaryFields = 40

// offer records d when the sampling interval has passed.
func (r *Recent) offer(d *classifier.Decision, in *record.Input) {
	now := time.Now()
	// Quarantined decisions are rare and what operators look for: they
	// are sampled apart, so that the ok ones do not crowd them out.
	gate := &r.next
	if d.Failed() {
		gate = &r.nextFailed
	}
	next := gate.Load()
	if now.UnixNano() < next || !gate.CompareAndSwap(next, now.Add(r.every).UnixNano()) {
		return
	}
	s := opshttp.DecisionSummary{At: now, Partition: in.Partition, Offset: in.Offset, Ruleset: strings.Clone(d.Ruleset),
		Outcome: "ok", Minor: d.Minor, FieldCount: len(d.Fields)}
	if d.Failed() {
		s.Outcome = strings.Clone(string(d.Reason))
	}
	for _, j := range d.Jurisdictions {
		s.Countries = append(s.Countries, strings.Clone(j.Country))
	}
	for _, rt := range d.Routes {
		s.Routes = append(s.Routes, opshttp.RouteSummary{Region: strings.Clone(rt.Region), Projection: strings.Clone(rt.Projection), Reason: strings.Clone(string(rt.Reason))})
	}
	// Strings are copied: the decision's memory is reused for the next
	// event.
	for i := range d.Fields {
		f := &d.Fields[i]
		if f.Personal {
			s.Personal++
		}
		if f.Sensitive {
			s.Sensitive++
		}
		if len(s.Fields) < maxSummaryFields {
			s.Fields = append(s.Fields, opshttp.FieldSummary{Path: strings.Clone(f.Path), Category: strings.Clone(f.Category),
				Personal: f.Personal, Sensitive: f.Sensitive, DetectedBy: strings.Clone(f.DetectedBy)})
		}
	}
	sort.Slice(s.Fields, func(i, j int) bool { return s.Fields[i].Path < s.Fields[j].Path })
	r.mu.Lock()
	r.ring[r.head] = s
	r.head = (r.head + 1) % len(r.ring)
	r.n = min(r.n+1, len(r.ring))
	r.mu.Unlock()
}

// Latest returns the summaries, newest first.
func (r *Recent) Latest() []opshttp.DecisionSummary {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]opshttp.DecisionSummary, 0, r.n)
	for i := 1; i <= r.n; i++ {
		out = append(out, r.ring[(r.head-i+len(r.ring))%len(r.ring)])
	}
	return out
}
