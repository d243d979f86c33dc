package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/residency-labs/signup-classifier/classifier"
)

// progress shows how far a long run over a file has gone, on stderr and
// only when stderr is a terminal: a bar over the file's bytes, or a
// counter when the size is unknown (a pipe). Elsewhere it does nothing,
// so logs and CI output stay clean.
type progress struct {
	bar    *progressbar.ProgressBar
	in     io.Reader
	events atomic.Int64
}

func newProgress(env *cliEnv, in io.Reader, label string) *progress {
	p := &progress{in: in}
	if !isTerminal(env.stderr) {
		return p
	}
	size := int64(-1)
	if f, ok := in.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			size = st.Size()
		}
	}
	p.bar = progressbar.NewOptions64(size,
		progressbar.OptionSetWriter(env.stderr),
		progressbar.OptionSetDescription(label),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSpinnerType(14),
	)
	return p
}

// reader is the input, counted into the bar as it is read.
func (p *progress) reader() io.Reader {
	if p.bar == nil {
		return p.in
	}
	r := progressbar.NewReader(p.in, p.bar)
	return &r
}

// event counts one event.
func (p *progress) event() { p.events.Add(1) }

func (p *progress) done() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// tally counts decisions for the summary at the end of a run. Workers keep
// their own and merge them once.
type tally struct {
	mu          sync.Mutex
	events      int
	quarantined map[string]int // reason code -> events
	countries   map[string]int // jurisdiction -> events
}

func newTally() *tally { return &tally{quarantined: map[string]int{}, countries: map[string]int{}} }

func (t *tally) add(d *classifier.Decision) {
	t.events++
	if d.Failed() {
		t.quarantined[string(d.Reason)]++
		return
	}
	for _, j := range d.Jurisdictions {
		t.countries[j.Country]++
	}
}

func (t *tally) merge(o *tally) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.events += o.events
	for k, v := range o.quarantined {
		t.quarantined[k] += v
	}
	for k, v := range o.countries {
		t.countries[k] += v
	}
}

// summary is the end-of-run report: events, quarantined by reason, and
// the countries whose laws applied (the top ten).
func (t *tally) summary(w io.Writer, took time.Duration) {
	q := 0
	for _, v := range t.quarantined {
		q += v
	}
	fmt.Fprintf(w, "classified %d event(s) in %s: %d ok, %d quarantined", t.events, took.Round(time.Millisecond), t.events-q, q)
	if q > 0 {
		fmt.Fprintf(w, " (%s)", top(t.quarantined, 5))
	}
	fmt.Fprintln(w)
	if len(t.countries) > 0 {
		fmt.Fprintf(w, "  per country: %s\n", top(t.countries, 10))
	}
}

// top renders the n largest counts as "k v, ...".
func top(m map[string]int, n int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || m[keys[i]] == m[keys[j]] && keys[i] < keys[j] })
	var parts []string
	for i, k := range keys {
		if i == n {
			parts = append(parts, fmt.Sprintf("%d more", len(keys)-n))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}
