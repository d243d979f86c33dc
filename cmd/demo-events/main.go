// Command demo-events prints generated signup events, one JSON document a
// line, from package demo: the fixed input of the end-to-end check
// (testdata/e2e/events.jsonl is `demo-events -n 300 -seed 42 -hostile 0.05`).
//
// Hostile events are deliberately broken (truncated JSON, duplicate keys,
// invalid UTF-8, NaN, ...); none of them contains a newline, so every event
// stays one line.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/residency-labs/signup-classifier/demo"
)

func main() {
	n := flag.Int("n", 300, "number of events")
	seed := flag.Uint64("seed", 42, "generator seed (same seed, same events)")
	hostile := flag.Float64("hostile", 0.05, "share (0..1) of deliberately broken events")
	flag.Parse()
	if flag.NArg() > 0 || *n < 0 || *hostile < 0 || *hostile > 1 {
		flag.Usage()
		os.Exit(2)
	}
	g := demo.New(*seed)
	g.Hostile = *hostile
	w := bufio.NewWriter(os.Stdout)
	for seq := 0; seq < *n; seq++ {
		ev := g.Event(*seed, seq)
		if bytes.ContainsAny(ev, "\r\n") {
			fmt.Fprintf(os.Stderr, "demo-events: event %d contains a line break; it cannot be one line\n", seq)
			os.Exit(1)
		}
		w.Write(ev)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "demo-events:", err)
		os.Exit(1)
	}
}
