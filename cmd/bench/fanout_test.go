package main

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/embedded"
	"github.com/residency-labs/signup-classifier/internal/benchkit"
	"github.com/residency-labs/signup-classifier/record"
)

// flat is one record as written: topic, key, headers in order, value.
func flat(topic string, key, value []byte, hs []record.Header) string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s|%q|", topic, key)
	for _, h := range hs {
		fmt.Fprintf(&b, "%s=%q;", h.Key, h.Value)
	}
	fmt.Fprintf(&b, "|%q", value)
	return b.String()
}

// TestFanoutWritesWhatProcessAppendRenders drains a small input through
// the fan-out pipe on an in-process kfake broker, reads every output topic
// back, and compares the records with ProcessAppend's, rendered here anew
// from the input as the service's router renders them.
func TestFanoutWritesWhatProcessAppendRenders(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a pipeline against an embedded broker")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	b, err := embedded.Start(ctx, zap.NewNop(), nil, embedded.Options{GroupMinSessionTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const n = 300
	o := &options{n: n, partitions: 3, seed: 7, hostile: 0.05, brokers: b.Addr(), input: "t.input", fanoutMaxMiB: 64}
	newC := func(phase, prefix string) *child {
		o := *o
		o.phase, o.prefix = phase, prefix
		c, err := newChild(&o)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if _, err := newC("preload", "").preload(ctx); err != nil {
		t.Fatal(err)
	}
	c := newC("fanout", "t.fan.")
	r, err := c.fanout(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Events != n || r.OutRecords < 2*n || r.OutBytesPerEvent <= 0 || r.Produced["audit"] != n {
		t.Fatalf("result: events %d, out %d, bytes/event %.0f, produced %v", r.Events, r.OutRecords, r.OutBytesPerEvent, r.Produced)
	}

	// Expected: the input read back, rendered as the service renders it.
	cfg := c.cfg // renamed by the phase
	key, err := cfg.Key(getenv)
	if err != nil {
		t.Fatal(err)
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig(key))
	if err != nil {
		t.Fatal(err)
	}
	ends, err := benchkit.EndOffsets(ctx, c.cl, o.input)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	topics := map[string]bool{}
	var dec classifier.Decision
	tpl := classifier.NewTemplateSet(classifier.DefaultTemplateSetSize)
	for p, end := range ends {
		err := readPartition(ctx, c.cl, o.input, p, end, func(in *record.Input) error {
			src := fmt.Sprintf("%s/%d/%d", in.Topic, in.Partition, in.Offset)
			recs, _ := rs.ProcessAppend(&dec, classifier.Input{Value: in.Value, Key: in.Key, Source: src, Time: in.Time, Templates: tpl}, nil, nil)
			for _, rec := range recs {
				hs := make([]record.Header, len(rec.Headers))
				for i, h := range rec.Headers {
					hs[i] = record.Header{Key: h.Key, Value: h.Value}
				}
				want = append(want, flat(rec.Topic, rec.Key, rec.Value, hs))
				topics[rec.Topic] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(topics) < 3 {
		t.Fatalf("the sample reaches only %d topics", len(topics))
	}
	// Got: every record of every output topic.
	var got []string
	for _, s := range outputTopics(cfg, o.partitions, 0) {
		oe, err := benchkit.EndOffsets(ctx, c.cl, s.Name)
		if err != nil {
			t.Fatal(err)
		}
		for p, end := range oe {
			err := readPartition(ctx, c.cl, s.Name, p, end, func(in *record.Input) error {
				got = append(got, flat(in.Topic, in.Key, in.Value, in.Headers))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	sort.Strings(want)
	sort.Strings(got)
	if len(got) != len(want) {
		t.Fatalf("the output topics hold %d records, ProcessAppend renders %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("record %d differs:\n got %.300s\nwant %.300s", i, got[i], want[i])
		}
	}
	if int64(len(got)) != r.OutRecords {
		t.Fatalf("phase reports %d records, topics hold %d", r.OutRecords, len(got))
	}
}

func TestFanoutTableLookup(t *testing.T) {
	a := []record.Output{{Topic: "a"}}
	b := []record.Output{{Topic: "b"}, {Topic: "c"}}
	tbl := &fanoutTable{base: map[int]int64{0: 10}, outs: map[int][][]record.Output{0: {a, b}}}
	tests := []struct {
		part int
		off  int64
		want int
	}{
		{0, 10, 1},
		{0, 11, 2},
		{0, 9, 0},
		{0, 12, 0},
		{1, 10, 0},
	}
	for _, tc := range tests {
		if got := len(tbl.route(&record.Input{Partition: tc.part, Offset: tc.off}, nil)); got != tc.want {
			t.Errorf("route(%d/%d): %d outputs, want %d", tc.part, tc.off, got, tc.want)
		}
	}
	if m := tbl.misses.Load(); m != 3 {
		t.Errorf("misses %d, want 3", m)
	}
}
