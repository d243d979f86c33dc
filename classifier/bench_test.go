package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/settings"
)

func benchRuleset(b testing.TB) *classifier.Ruleset {
	b.Helper()
	cfg, err := settings.Load("", nil)
	if err != nil {
		b.Fatal(err)
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte("bench-key-0123456789abcdef")))
	if err != nil {
		b.Fatal(err)
	}
	return rs
}

func demoEvents(n int) [][]byte {
	g := demo.New(3)
	out := make([][]byte, n)
	for i := range out {
		out[i] = g.Event(3, i)
	}
	return out
}

// setEventBytes reports throughput in bytes of input: the events' mean size.
func setEventBytes(b *testing.B, evs [][]byte) {
	var n int64
	for _, e := range evs {
		n += int64(len(e))
	}
	b.SetBytes(n / int64(len(evs)))
}

// BenchmarkClassify is parse + detect + decide for a mix of producers.
func BenchmarkClassify(b *testing.B) {
	rs := benchRuleset(b)
	evs := demoEvents(1024)
	setEventBytes(b, evs)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		rs.Classify(classifier.Input{Value: evs[i%len(evs)], Source: "signups/0/1"})
		i++
	}
}

// BenchmarkProcess adds rendering every output record (projections and
// the audit record) into fresh memory per event: the whole per-event cost
// of the service's router when it has no arena.
func BenchmarkProcess(b *testing.B) {
	rs := benchRuleset(b)
	evs := demoEvents(1024)
	setEventBytes(b, evs)
	b.ReportAllocs()
	var recs []classifier.Record
	var d classifier.Decision // reused, as the router and the CLI do
	i := 0
	for b.Loop() {
		recs, _ = rs.ProcessAppend(&d, classifier.Input{Value: evs[i%len(evs)], Source: "signups/0/1"}, recs[:0], nil)
		i++
	}
}

// BenchmarkProcessAppend is BenchmarkProcess on the path the service and
// `classify --records` take: every record rendered into one buffer the
// caller reuses (the service's arenas, the command's line buffer), so no
// per-event allocation is left to the garbage collector.
func BenchmarkProcessAppend(b *testing.B) {
	rs := benchRuleset(b)
	evs := demoEvents(1024)
	setEventBytes(b, evs)
	b.ReportAllocs()
	var (
		recs []classifier.Record
		buf  []byte
		d    classifier.Decision
	)
	i := 0
	for b.Loop() {
		recs, buf = rs.ProcessAppend(&d, classifier.Input{Value: evs[i%len(evs)], Source: "signups/0/1"}, recs[:0], buf[:0])
		i++
	}
}
