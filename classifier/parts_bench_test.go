package classifier

import (
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/demo"
)

// The benchmarks here time the parts of ProcessAppend one by one, on the same
// mix of demo producers as BenchmarkProcess, so a change can be traced to
// the part it speeds up or slows down.

func partsRuleset(b testing.TB) *Ruleset {
	b.Helper()
	// The shipped region map: this package cannot use the service's config
	// loader (it imports this one), so it reads the one key it needs.
	var sc struct {
		Regions map[string]struct {
			Topic string `yaml:"topic"`
		} `yaml:"regions"`
	}
	if err := yaml.Unmarshal(configs.ServiceConfig(), &sc); err != nil {
		b.Fatal(err)
	}
	regions := map[string]string{}
	for name, r := range sc.Regions {
		regions[name] = r.Topic
	}
	rs, _, err := LoadFS(configs.Rules(), Config{
		Regions: regions, Key: []byte("bench-key-0123456789abcdef"), KeyID: "k1",
		Topics: Topics{Audit: "signups.audit", Quarantine: "signups.quarantine"},
	})
	if err != nil {
		b.Fatal(err)
	}
	return rs
}

func partsEvents(n int) [][]byte {
	g := demo.New(3)
	out := make([][]byte, n)
	for i := range out {
		out[i] = g.Event(3, i)
	}
	return out
}

// BenchmarkWalk is the floor every classification pays: parse the event
// and visit every node once.
func BenchmarkWalk(b *testing.B) {
	evs := partsEvents(1024)
	var doc event.Doc
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := doc.Parse(evs[i%len(evs)], event.Limits{}); err != nil {
			b.Fatal(err)
		}
		strs := 0
		for k := range doc.Nodes {
			strs += len(doc.Nodes[k].Str) + len(doc.Nodes[k].Key)
		}
		if strs == 0 {
			b.Fatal("empty event")
		}
		i++
	}
}

// BenchmarkClassifierWalk times the classifier's first pass alone, on
// events parsed beforehand: name lookups, inherited categories, JSON
// Pointers and evidence for every node.
func BenchmarkClassifierWalk(b *testing.B) {
	rs := partsRuleset(b)
	evs := partsEvents(256)
	ss := make([]*scratch, len(evs))
	for i, e := range evs {
		ss[i] = &scratch{}
		if err := ss[i].doc.Parse(e, event.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	i, leaves := 0, 0
	for b.Loop() {
		s := ss[i%len(ss)]
		s.leaves, s.ev, s.subVals, s.phones = s.leaves[:0], s.ev[:0], s.subVals[:0], s.phones[:0]
		if f := rs.walk(s); f.failed() {
			b.Fatal(reasonText(f.reason, f.detail))
		}
		leaves += len(s.leaves)
		i++
	}
	b.ReportMetric(float64(leaves)/float64(i), "leaves/event")
}

// BenchmarkRender times each output record's rendering after the decision
// is made: the two re-encoded projections and the audit record. (full is
// forwarded as received and costs nothing unless the event carries
// credentials.)
func BenchmarkRender(b *testing.B) {
	rs := partsRuleset(b)
	evs := partsEvents(256)
	type prepared struct {
		s *scratch
		d *Decision
	}
	// One scratch per event, classified once outside the timing.
	var ps []prepared
	for _, e := range evs {
		s := &scratch{}
		d := rs.classify(s, Input{Value: e, Source: "signups/0/1"})
		if d.Failed() {
			continue
		}
		ps = append(ps, prepared{s, d})
	}
	var buf []byte // the audit record's, reused: this times encoding, not allocation
	for _, bc := range []struct {
		name string
		run  func(p prepared) []byte
	}{
		{"pseudonymized", func(p prepared) []byte { return rs.project(p.s, projPseudonymized, nil) }},
		{"redacted", func(p prepared) []byte { return rs.project(p.s, projRedacted, nil) }},
		{"full-with-credentials", func(p prepared) []byte { return rs.project(p.s, projFull, nil) }},
		{"audit", func(p prepared) []byte { buf = p.d.AppendJSON(buf[:0]); return buf }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var n int64
			i := 0
			for b.Loop() {
				n += int64(len(bc.run(ps[i%len(ps)])))
				i++
			}
			b.ReportMetric(float64(n)/float64(i), "B/record")
		})
	}
}
