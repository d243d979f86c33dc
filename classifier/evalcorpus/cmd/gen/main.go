// Command gen writes a generated evaluation corpus as JSON lines, one
// {"shape","index","event","label"} object per event:
//
//	go run ./classifier/evalcorpus/cmd/gen -n 2000 -split heldout > heldout.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/evalcorpus"
)

func main() {
	n := flag.Int("n", 1000, "events to generate")
	seed := flag.Uint64("seed", 1, "generator seed")
	split := flag.String("split", "all", "all, tuned or heldout")
	shapes := flag.String("shapes", "", "comma-separated shape names (overrides -split)")
	flag.Parse()
	if err := run(*n, *seed, *split, *shapes); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(n int, seed uint64, split, shapes string) error {
	var names []string
	switch {
	case shapes != "":
		names = strings.Split(shapes, ",")
	case split == "tuned":
		names = evalcorpus.Tuned()
	case split == "heldout":
		names = evalcorpus.HeldOut()
	case split != "all":
		return fmt.Errorf("-split %q: want all, tuned or heldout", split)
	}
	evs, err := evalcorpus.Generate(seed, n, names)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range evs {
		if err := evalcorpus.Check(e); err != nil {
			return fmt.Errorf("%s #%d: %w", e.Shape, e.Index, err)
		}
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return w.Flush()
}
