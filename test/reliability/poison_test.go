package reliability

import (
	"context"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/internal/soak"
)

// TestPoisonPills: hostile records among good ones (CI: 100 among 10,000;
// SOAK=full: 1,000 among 100,000): invalid JSON, truncated, invalid UTF-8,
// 10,000-deep nesting, duplicate keys, a 900 KiB string, top-level arrays,
// NaN, NUL bytes, wrong types for country or e-mail. Exactly those go to
// quarantine, each with error and stage headers; the good ones route as
// their decisions say; no partition stalls behind a pill; no replica
// crashes; no pill's values reach the audit topic, a region or a log.
func TestPoisonPills(t *testing.T) {
	need(t)
	good, pills := 10000, 100
	if size == "full" {
		good, pills = 100000, 1000
	}
	maxStall := 5 * time.Second
	if s := os.Getenv("SOAK_MAX_STALL"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			t.Fatalf("SOAK_MAX_STALL: %v", err)
		}
		maxStall = d
	}
	run := newRun(t, "poison", 2, "", false)

	// Good events: demo signups the classifier routes (the generator also
	// draws countries no rule pack covers; those would be quarantined
	// legitimately and blur "exactly the pills").
	seed := uint64(time.Now().UnixNano())
	g := demo.New(seed)
	var recs []*kgo.Record
	skipped := 0
	for seq := 0; len(recs) < good; seq++ {
		r := soak.Good(g, seed, seq)
		d := run.RS.Classify(classifier.Input{Value: r.Value, Key: r.Key, Source: "probe/0/0"})
		if d.Failed() {
			skipped++
			continue
		}
		recs = append(recs, r)
	}
	// Pills at random positions, every kind in turn; sequence numbers
	// after the good ones' so markers stay unique.
	rng := rand.New(rand.NewPCG(seed, 7))
	base := good + skipped + 1
	byKind := map[string]int{}
	for i := 0; i < pills; i++ {
		kind := soak.PoisonKinds[i%len(soak.PoisonKinds)]
		byKind[kind]++
		p := soak.Poison(kind, base+i)
		at := rng.IntN(len(recs) + 1)
		recs = append(recs, nil)
		copy(recs[at+1:], recs[at:])
		recs[at] = p
	}
	t.Logf("%d good events (%d generated ones skipped: the classifier quarantines them), %d pills: %v", good, skipped, pills, byKind)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	prod, err := kafka.NewProducer(run.Input)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	n, err := prod.Send(ctx, recs)
	prod.Close()
	if err != nil || n != len(recs) {
		t.Fatalf("produced %d of %d: %v", n, len(recs), err)
	}
	t.Logf("produced %d records in %s", n, time.Since(t0).Round(time.Millisecond))
	wctx, wcancel := context.WithTimeout(ctx, 5*time.Minute)
	ok := run.Progress.WaitFor(wctx, len(recs))
	wcancel()
	if !ok {
		t.Errorf("only %d of %d inputs were decided within 5 minutes", run.Progress.Distinct(), len(recs))
	} else {
		t.Logf("every input decided %s after production started", time.Since(t0).Round(time.Millisecond))
	}
	if c := run.Reps.Crashes(); len(c) > 0 {
		t.Errorf("replicas crashed: %v", c)
	}
	v := verify(t, run)
	for _, p := range v.Checker.PoisonQuarantined() {
		t.Errorf("%s", p)
	}
	if got := len(v.QuarantinedSrcs); got != pills {
		t.Errorf("quarantine holds %d distinct inputs, want exactly the %d pills", got, pills)
	}
	if v.InputsByKind["demo"] != good {
		t.Errorf("%d good inputs in the topic, want %d", v.InputsByKind["demo"], good)
	}
	stalls := v.Stalls
	sort.Slice(stalls, func(i, j int) bool { return stalls[i].Partition < stalls[j].Partition })
	var worst []string
	for _, s := range stalls {
		worst = append(worst, strconv.Itoa(s.Partition)+":"+s.Duration.Round(time.Millisecond).String())
	}
	t.Logf("worst stall per input partition: %v (limit %s)", worst, maxStall)
	for _, s := range stalls {
		if s.Duration > maxStall {
			t.Errorf("input partition %d stalled %s at offset %d (limit %s)", s.Partition, s.Duration.Round(time.Millisecond), s.Offset, maxStall)
		}
	}
	if v.Duplicates > 0 {
		t.Logf("%d duplicate records without any fault (informational)", v.Duplicates)
	}
}
