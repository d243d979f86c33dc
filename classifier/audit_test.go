package classifier_test

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/evalcorpus"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/settings"
)

// auditCheck classifies events with one TemplateSet, as the service does,
// feeds an Expander only the template records the events emitted, and
// checks that every audit record expands to the full decision, byte for
// byte.
type auditCheck struct {
	set   *classifier.TemplateSet
	exp   *classifier.Expander
	recs  []classifier.Record
	d     classifier.Decision
	n     int
	in    int // input bytes
	audit int // audit record values
	tpl   int // template record values
}

func newAuditCheck() *auditCheck {
	return &auditCheck{set: classifier.NewTemplateSet(classifier.DefaultTemplateSetSize), exp: classifier.NewExpander()}
}

func (a *auditCheck) check(t *testing.T, rs *classifier.Ruleset, in classifier.Input) {
	t.Helper()
	want := rs.Classify(in).AppendJSON(nil)
	in.Templates = a.set
	a.recs, _ = rs.ProcessAppend(&a.d, in, a.recs[:0], nil)
	if got := a.d.AppendJSON(nil); !bytes.Equal(got, want) {
		t.Fatalf("%s: ProcessAppend decided otherwise than Classify", in.Source)
	}
	var audit []byte
	for _, r := range a.recs {
		switch r.Projection {
		case classifier.ProjectionAuditTemplate:
			if audit != nil {
				t.Fatalf("%s: a template after the audit record", in.Source)
			}
			if err := a.exp.Add(r.Value); err != nil {
				t.Fatalf("%s: %v", in.Source, err)
			}
			if !bytes.Equal(r.Key, r.Value[13:31]) {
				t.Fatalf("%s: template keyed %q", in.Source, r.Key)
			}
			a.tpl += len(r.Value)
		case "audit":
			audit = r.Value
		}
	}
	if audit == nil {
		t.Fatalf("%s: no audit record", in.Source)
	}
	got, err := a.exp.Expand(nil, audit)
	if err != nil {
		t.Fatalf("%s: %v", in.Source, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s: expanded audit record differs from the decision\n got %s\nwant %s", in.Source, got, want)
	}
	a.n++
	a.in += len(in.Value)
	a.audit += len(audit)
}

func (a *auditCheck) report(t *testing.T, name string) {
	t.Logf("%s: %d events, %.0f input bytes/event; audit %.1f bytes/event (%.1f%%), templates %d (%.1f bytes/event amortized)",
		name, a.n, float64(a.in)/float64(a.n), float64(a.audit)/float64(a.n), 100*float64(a.audit)/float64(a.in),
		a.exp.Templates(), float64(a.tpl)/float64(a.n))
}

func TestAuditExpandCorpus(t *testing.T) {
	files, events, rs := loadCorpus(t)
	a := newAuditCheck()
	for _, f := range files {
		for _, e := range events[f] {
			a.check(t, rs, e.input())
		}
	}
	a.report(t, "corpus")
}

func TestAuditExpandEvalCorpus(t *testing.T) {
	rs := benchRuleset(t)
	n := 20 * len(evalcorpus.Shapes())
	evs, err := evalcorpus.Generate(11, n, nil)
	if err != nil {
		t.Fatal(err)
	}
	a := newAuditCheck()
	for i, e := range evs {
		a.check(t, rs, classifier.Input{Value: e.JSON, Source: fmt.Sprintf("eval/%d/%d", i%3, i), Time: e.Label.Time})
	}
	a.report(t, "evalcorpus")
}

// TestAuditExpandDemo also holds the compact record to its size target:
// at most 15% of the input's bytes on the demo mix.
func TestAuditExpandDemo(t *testing.T) {
	rs := benchRuleset(t)
	g := demo.New(5)
	g.Hostile = 0.05
	a := newAuditCheck()
	for i := range 3000 {
		a.check(t, rs, classifier.Input{Value: g.Event(5, i), Source: fmt.Sprintf("signups/%d/%d", i%6, i/6)})
	}
	a.report(t, "demo")
	if share := float64(a.audit) / float64(a.in); share > 0.15 {
		t.Errorf("audit records take %.1f%% of the input bytes, over 15%%", 100*share)
	}
}

// TestAuditExpandRandomEvents runs the property test's random events,
// keyed and keyless.
func TestAuditExpandRandomEvents(t *testing.T) {
	n := min(*propN, 3000)
	if testing.Short() {
		n = min(n, 500)
	}
	keyed, keyless := propRulesets(t)
	g := newPGen(*propSeed+1, propTerms(t))
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	a := newAuditCheck()
	var buf bytes.Buffer
	for i := range n {
		root, _ := g.event(i)
		buf.Reset()
		var leaves []gleaf
		var keys []string
		var pkeys []*gnode
		encodeKeys(root, "", &buf, &leaves, &keys, &pkeys)
		rs := keyed
		if i%5 == 0 {
			rs = keyless
		}
		a.check(t, rs, classifier.Input{Value: bytes.Clone(buf.Bytes()), Source: fmt.Sprintf("prop/%d/%d", i%4, i), Time: now})
	}
	a.report(t, "random")
}

// TestAuditTemplatesOncePerScope: a template goes out the first time its
// scope (the input partition) needs it, and only then.
func TestAuditTemplatesOncePerScope(t *testing.T) {
	rs := benchRuleset(t)
	ev := demoEvents(1)[0]
	set := classifier.NewTemplateSet(classifier.DefaultTemplateSetSize)
	count := func(src string, set *classifier.TemplateSet) int {
		recs, _ := rs.ProcessAppend(&classifier.Decision{}, classifier.Input{Value: ev, Source: src, Templates: set}, nil, nil)
		n := 0
		for _, r := range recs {
			if r.Projection == classifier.ProjectionAuditTemplate {
				n++
			}
		}
		return n
	}
	tests := []struct {
		src  string
		set  *classifier.TemplateSet
		want int
	}{
		{"signups/0/1", set, 2},
		{"signups/0/2", set, 0},
		{"signups/1/3", set, 2}, // another partition
		{"signups/1/4", set, 0},
		{"signups/0/5", nil, 0},                          // no set: no templates
		{"signups/0/6", classifier.NewTemplateSet(0), 2}, // remembers nothing
		{"signups/0/7", classifier.NewTemplateSet(0), 2},
	}
	for _, tt := range tests {
		if got := count(tt.src, tt.set); got != tt.want {
			t.Errorf("%s: %d templates, want %d", tt.src, got, tt.want)
		}
	}
}

func TestAuditExpandRefuses(t *testing.T) {
	rs := benchRuleset(t)
	recs, _ := rs.ProcessAppend(&classifier.Decision{}, classifier.Input{Value: demoEvents(1)[0], Source: "s/0/1", Templates: classifier.NewTemplateSet(0)}, nil, nil)
	var tpls [][]byte
	var audit []byte
	for _, r := range recs {
		switch r.Projection {
		case classifier.ProjectionAuditTemplate:
			tpls = append(tpls, r.Value)
		case "audit":
			audit = r.Value
		}
	}
	exp := classifier.NewExpander()
	if _, err := exp.Expand(nil, audit); !errors.Is(err, classifier.ErrMissingTemplate) {
		t.Errorf("no templates: %v, want ErrMissingTemplate", err)
	}
	bad := bytes.Replace(bytes.Clone(tpls[0]), []byte(`"personal":true`), []byte(`"personal":false`), 1)
	if err := exp.Add(bad); err == nil {
		t.Error("a template whose content does not match its id was accepted")
	}
	for _, v := range tpls {
		if err := exp.Add(v); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := exp.Expand(nil, audit); err != nil {
		t.Fatal(err)
	}
}

// TestAuditFullFormat: with audit_format full the audit record is the
// decision, and no template goes out.
func TestAuditFullFormat(t *testing.T) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Topics.AuditFormat = settings.AuditFull
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte("bench-key-0123456789abcdef")))
	if err != nil {
		t.Fatal(err)
	}
	for i, ev := range demoEvents(50) {
		in := classifier.Input{Value: ev, Source: fmt.Sprintf("s/0/%d", i), Templates: classifier.NewTemplateSet(0)}
		d := &classifier.Decision{}
		recs, _ := rs.ProcessAppend(d, in, nil, nil)
		last := recs[len(recs)-1]
		if last.Projection != "audit" || !bytes.Equal(last.Value, d.AppendJSON(nil)) {
			t.Fatalf("event %d: the audit record is not the decision", i)
		}
		for _, r := range recs {
			if r.Projection == classifier.ProjectionAuditTemplate {
				t.Fatalf("event %d: a template in the full format", i)
			}
		}
	}
}
