package classifier_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/evalcorpus"
)

// planEvents is every event the plan equality test classifies: the
// corpus, the bios (one shape, many values), the evaluation corpus's
// shapes, the property test's random events, the benchmark's mix, and
// events that share a shape but differ in the values of type keys.
func planEvents(t *testing.T) []classifier.Input {
	t.Helper()
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	var ins []classifier.Input
	add := func(src string, ev []byte) {
		ins = append(ins, classifier.Input{Value: ev, Source: src, Time: now})
	}
	files, corpus, _ := loadCorpus(t)
	for _, f := range files {
		for _, e := range corpus[f] {
			ins = append(ins, e.input())
		}
	}
	paths, err := filepath.Glob(filepath.Join(biosDir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			var b bio
			if err := json.Unmarshal(sc.Bytes(), &b); err != nil {
				t.Fatal(err)
			}
			add(p, append([]byte(nil), sc.Bytes()...))
			ev, _ := json.Marshal(map[string]any{"event_id": "bio-" + strconv.Itoa(n), "country": "DE", "profile": map[string]string{"bio": b.Text}})
			add("bios", ev)
		}
		f.Close()
	}
	evs, err := evalcorpus.Generate(7, 3000, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		add("eval/"+e.Shape, e.JSON)
	}
	n := 2000
	if testing.Short() {
		n = 500
	}
	g := newPGen(*propSeed, propTerms(t))
	var buf bytes.Buffer
	for i := 0; i < n; i++ {
		root, _ := g.event(i)
		buf.Reset()
		var leaves []gleaf
		var keys []string
		var pkeys []*gnode
		encodeKeys(root, "", &buf, &leaves, &keys, &pkeys)
		add("prop", append([]byte(nil), buf.Bytes()...))
	}
	for _, ev := range demoEvents(512) {
		add("signups/0/1", ev)
	}
	types := []string{"email", "phone", "iban", "note", "url", "name", "ssn", "inn", "passport", "custom:country", "email_verified", "Email", "E-Mail", "country", "birthdate", ""}
	vals := []string{"ivan@example.ru", "+4915112345678", "DE89370400440532013000", "hello", "078-05-1120", "7707083893", "DE", "false", "1990-02-03", "Ivan Petrov"}
	for i := 0; i < 600; i++ {
		t1, t2, t3 := types[i%len(types)], types[(i/3)%len(types)], types[(i/7)%len(types)]
		v1, v2, v3 := vals[i%len(vals)], vals[(i/2)%len(vals)], vals[(i/5)%len(vals)]
		ev := fmt.Sprintf(`{"event_id":"t%d","country":"DE","contacts":[{"type":%q,"value":%q},{"kind":%q,"number":%q}],"UserAttributes":[{"Name":%q,"Value":%q}],"doc":{"type":%q,"id":%q}}`,
			i, t1, v1, t2, v2, t3, v3, t2, v1)
		add("types", []byte(ev))
	}
	return ins
}

// TestPlanEquality: decisions and records through the plan cache, cold and
// warm, and with the term filter, are byte for byte those of the full walk
// looking every word up.
func TestPlanEquality(t *testing.T) {
	full, planned := fullAndPlanned(t)
	ins := planEvents(t)
	want := make([][]byte, len(ins))
	wantRecs := make([][]byte, len(ins))
	var d classifier.Decision
	var recs []classifier.Record
	var buf []byte
	for i, in := range ins {
		want[i] = full.Classify(in).AppendJSON(nil)
		recs, buf = full.ProcessAppend(&d, in, recs[:0], buf[:0])
		wantRecs[i] = appendRecords(nil, recs)
	}
	fails := 0
	check := func(pass string, i int) {
		in := ins[i]
		got := planned.Classify(in).AppendJSON(nil)
		recs, buf = planned.ProcessAppend(&d, in, recs[:0], buf[:0])
		gotRecs := appendRecords(nil, recs)
		if !bytes.Equal(got, want[i]) || !bytes.Equal(gotRecs, wantRecs[i]) {
			fails++
			if fails <= 5 {
				t.Errorf("%s: event %d (%s) differs through the plan cache:\n%s\nfull walk:\n%s\nplanned:\n%s", pass, i, in.Source, in.Value, want[i], got)
			}
		}
	}
	for i := range ins { // cold: each shape's first event teaches the cache
		check("cold", i)
	}
	for i := len(ins) - 1; i >= 0; i-- { // warm, in another order
		check("warm", i)
	}
	shapes, plans := classifier.PlanCount(planned)
	if fails > 0 {
		t.Fatalf("%d of %d classifications differ", fails, 2*len(ins))
	}
	if plans == 0 {
		t.Fatal("no plan cached")
	}
	t.Logf("%d events, %d shapes, %d plans cached", len(ins), shapes, plans)
}

// fullAndPlanned is two rule sets of the shipped rules: one that always
// walks the whole event, and one that caches plans.
func fullAndPlanned(t *testing.T) (full, planned *classifier.Ruleset) {
	t.Helper()
	full, err := newCorpusRuleset()
	if err != nil {
		t.Fatal(err)
	}
	classifier.WithoutPlans(full)
	planned, err = newCorpusRuleset()
	if err != nil {
		t.Fatal(err)
	}
	return full, planned
}

func appendRecords(b []byte, recs []classifier.Record) []byte {
	for _, r := range recs {
		b = fmt.Appendf(b, "%s|%s|%s|%q|%s|", r.Region, r.Topic, r.Projection, r.Key, r.Value)
		for _, h := range r.Headers {
			b = fmt.Appendf(b, "%s=%q;", h.Key, h.Value)
		}
		b = append(b, '\n')
	}
	return b
}

// TestPlansOwnTheirMemory: a plan must not alias the event that taught it
// (the parser's strings slice the input, which the caller reuses). The
// buffer is rewritten in place from one type-key value to another of the
// same length: a plan that kept the first value by reference would now
// claim the second and give the phone the e-mail's plan.
func TestPlansOwnTheirMemory(t *testing.T) {
	full, planned := fullAndPlanned(t)
	ev := []byte(`{"event_id":"e1","country":"DE","contact":{"type":"email","value":"+4915112345678"}}`)
	in := classifier.Input{Value: ev, Source: "s/0/1", Time: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)}
	planned.Classify(in)
	copy(ev[bytes.Index(ev, []byte("email")):], "phone")
	want := full.Classify(in).AppendJSON(nil)
	if got := planned.Classify(in).AppendJSON(nil); !bytes.Equal(got, want) {
		t.Fatalf("after the input changed in place:\ngot  %s\nwant %s", got, want)
	}
}

// TestPlanCacheBounded: events of ever new shapes (random member names)
// leave at most maxPlans plans, and the decisions stay those of the full
// walk while the cache evicts.
func TestPlanCacheBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("classifies 10,000 events")
	}
	full, planned := fullAndPlanned(t)
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 10000; i++ {
		// Every fifth event repeats a shape, so evictions hit used plans too.
		k := i
		if i%5 == 0 {
			k = i % 50
		}
		ev := fmt.Appendf(nil, `{"event_id":"e%d","country":"DE","f%d":{"email":"a%d@example.com","plan":"pro"}}`, i, k, i)
		in := classifier.Input{Value: ev, Source: "s/0/1", Time: now}
		if got, want := planned.Classify(in).AppendJSON(nil), full.Classify(in).AppendJSON(nil); !bytes.Equal(got, want) {
			t.Fatalf("event %d differs through the plan cache:\ngot  %s\nwant %s", i, got, want)
		}
	}
	if _, plans := classifier.PlanCount(planned); plans > 4096 || plans < 1000 {
		t.Fatalf("%d plans cached; want between 1,000 and the bound of 4,096", plans)
	}
}

// TestPlansPerProducer: events of one producer share a plan, whatever
// their values; names in an address beside its id ({"name": "Ivan
// Petrov", "id": 7}) must not make a plan per person.
func TestPlansPerProducer(t *testing.T) {
	rs := benchRuleset(t)
	evs := demoEvents(1024)
	for _, ev := range evs {
		rs.Classify(classifier.Input{Value: ev, Source: "signups/0/1"})
	}
	shapes, plans := classifier.PlanCount(rs)
	if plans > shapes+shapes/4 || shapes > 64 {
		t.Fatalf("%d shapes and %d plans for 1,024 events of the demo's producers", shapes, plans)
	}
}

// TestPlanCacheConcurrent: goroutines teaching and reading the cache at
// once (the service classifies on several) get the full walk's decisions;
// run with -race.
func TestPlanCacheConcurrent(t *testing.T) {
	full, planned := fullAndPlanned(t)
	evs := demoEvents(64)
	for i := 0; i < 300; i++ { // shapes taught while other goroutines read
		evs = append(evs, fmt.Appendf(nil, `{"event_id":"e%d","country":"DE","g%d":{"email":"a@example.com"}}`, i, i%97))
	}
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	want := make([][]byte, len(evs))
	for i, ev := range evs {
		want[i] = full.Classify(classifier.Input{Value: ev, Source: "s/0/1", Time: now}).AppendJSON(nil)
	}
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for k := 0; k < 2*len(evs); k++ {
				i := (k*7 + g*13) % len(evs)
				got := planned.Classify(classifier.Input{Value: evs[i], Source: "s/0/1", Time: now}).AppendJSON(nil)
				if !bytes.Equal(got, want[i]) {
					errs <- fmt.Sprintf("event %d differs:\n%s\n%s", i, got, want[i])
					return
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 4; g++ {
		if e := <-errs; e != "" {
			t.Fatal(e)
		}
	}
}

// Two events of one shape whose field ids differ get the decisions of
// their own ids: {"id": "password", "value": …} is a credential even
// after {"id": "f_1", "value": …} taught the plan.
func TestPlanReadsPairIDs(t *testing.T) {
	rs := benchRuleset(t)
	a := rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","fields":[{"id":"f_1","value":"sunshine42x"}]}`), IDFromValue: true})
	b := rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","fields":[{"id":"password","value":"sunshine42x"}]}`), IDFromValue: true})
	cat := func(d *classifier.Decision) string {
		for _, f := range d.Fields {
			if f.Path == "/fields/0/value" {
				return f.Category
			}
		}
		return ""
	}
	if cat(a) == "credentials.password" || cat(b) != "credentials.password" {
		t.Fatalf("categories %q then %q, want a non-credential then credentials.password", cat(a), cat(b))
	}
}

// Rulesets built from the same files decide alike: a word listed under
// two categories, and two substring terms of one length in one text
// (安太歲, religion, and 驗孕棒, health), resolved by the order Go's maps
// happened to list the term files' categories in, so a plan cache's
// ruleset and a full walk's could disagree (TestPlanEquality failed one
// run in a few).
func TestRulesetsDecideAlike(t *testing.T) {
	ev := []byte(`{"member":{"email":"a@example.com.tw","country":"TW"},"request_body":"{\"packages\":[{\"products\":[{\"name\":\"安太歲 點燈\"},{\"name\":\"驗孕棒 2入\"}]}]}","note":"安太歲 驗孕棒"}`)
	var want []byte
	for i := 0; i < 8; i++ {
		rs, err := newCorpusRuleset()
		if err != nil {
			t.Fatal(err)
		}
		got := rs.Classify(classifier.Input{Value: ev}).AppendJSON(nil)
		if i == 0 {
			want = got
			continue
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("ruleset %d decides otherwise:\n%s\nthan the first:\n%s", i, got, want)
		}
	}
}
