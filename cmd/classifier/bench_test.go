package main

import (
	"bytes"
	"io"
	"testing"

	"github.com/residency-labs/signup-classifier/demo"
)

// BenchmarkClassifyRecords is `classifier classify --records` over a file
// of demo signups, output discarded: the CLI's cost per event, including
// reading lines and printing every record as JSON. One op is the whole
// command over 20,000 events, loading the rules included, as a user runs
// it; ns/event divides that by the events.
func BenchmarkClassifyRecords(b *testing.B) {
	g := demo.New(7)
	var in bytes.Buffer
	const n = 20000
	for i := range n {
		in.Write(g.Event(7, i))
		in.WriteByte('\n')
	}
	env := &cliEnv{stdout: io.Discard, stderr: io.Discard, getenv: func(k string) string {
		if k == "CLASSIFIER_PSEUDONYM_KEY" {
			return "bench-key-0123456789abcdef"
		}
		return ""
	}}
	b.SetBytes(int64(in.Len()))
	b.ReportAllocs()
	for b.Loop() {
		env.stdin = bytes.NewReader(in.Bytes())
		if err := cmdClassify(env, []string{"--records"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/event")
}
