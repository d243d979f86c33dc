package soak

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/demo"
)

func TestFirstMarker(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"email":"user.mk12x@example.com"}`, "mk12x"},
		{`Name MK7X`, "MK7X"},
		{`"Familymk3x"`, "mk3x"},
		{`mkx mk12 mk12y`, ""},
		{`"tok_abcmk123xdefghijklmnopqrs"`, ""},                // a pseudonym that spells a marker
		{`"tok_abcmk123xdefghijklmnopqrs" mk9x`, "mk9x"},       // ...and a real one after it
		{`tok_short mk4x`, "mk4x"},                             // not a pseudonym: scanned
		{strings.Repeat("a", 1000) + "mk999999x", "mk999999x"}, // long values
	} {
		if got := string(FirstMarker([]byte(c.in))); got != c.want {
			t.Errorf("FirstMarker(%.40q) = %q, want %q", c.in, got, c.want)
		}
	}
	if n := CountMarkers([]byte("mk1x mk2x tok_mk3xAAAAAAAAAAAAAAAAAAAA mk4x")); n != 3 {
		t.Errorf("CountMarkers = %d, want 3", n)
	}
}

func oracleForTest(t *testing.T) (*Checker, func(recs []*kgo.Record) []*outRec) {
	t.Helper()
	env := map[string]string{"CLASSIFIER_PSEUDONYM_KEY": "harness-test-key-0123456789abcdef", "CLASSIFIER_PSEUDONYM_KEY_ID": "t"}
	cfg, err := ServiceConfig("", env)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := Oracle(cfg, env)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := OutputTopics(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c := NewChecker(rs, "in", outs, cfg.Topics.Quarantine, cfg.Topics.Audit)
	// render: what a correct service produces for the inputs.
	render := func(recs []*kgo.Record) []*outRec {
		var out []*outRec
		for _, r := range recs {
			src := "in/" + strconv.Itoa(int(r.Partition)) + "/" + strconv.FormatInt(r.Offset, 10)
			crs, _ := rs.ProcessAppend(&classifier.Decision{}, classifier.Input{Value: r.Value, Key: r.Key, Source: src, Time: r.Timestamp}, nil, nil)
			for _, cr := range crs {
				kr := &kgo.Record{Topic: cr.Topic, Key: cr.Key, Value: cr.Value}
				for _, h := range cr.Headers {
					kr.Headers = append(kr.Headers, kgo.RecordHeader{Key: h.Key, Value: h.Value})
				}
				out = append(out, &outRec{topic: cr.Topic, proj: cr.Projection, r: kr})
			}
		}
		return out
	}
	return c, render
}

type outRec struct {
	topic, proj string
	r           *kgo.Record
}

// inputs returns n records, every tenth a pill; good events the library
// quarantines (countries without a rule pack) are left out.
func inputs(rs *classifier.Ruleset, n int) []*kgo.Record {
	g := demo.New(1)
	var recs []*kgo.Record
	for seq := 0; len(recs) < n; seq++ {
		var r *kgo.Record
		if len(recs)%10 == 9 {
			r = Poison(PoisonKinds[(len(recs)/10)%len(PoisonKinds)], seq)
		} else {
			r = Good(g, 1, seq)
			if rs.Classify(classifier.Input{Value: r.Value, Key: r.Key, Source: "x"}).Failed() {
				continue
			}
		}
		i := len(recs)
		r.Topic, r.Partition, r.Offset = "in", int32(i%3), int64(i/3)
		r.Timestamp = time.UnixMilli(1795900000000 + int64(i))
		recs = append(recs, r)
	}
	return recs
}

// The checker finds exactly the faults injected into otherwise correct
// outputs: it is the oracle the soak trusts.
func TestCheckerFindsInjectedFaults(t *testing.T) {
	c, render := oracleForTest(t)
	in := inputs(c.rs, 300)
	if err := c.AddInputs(in); err != nil {
		t.Fatal(err)
	}
	outs := render(in)
	var dropped, misrouted, leaked, duplicated bool
	for i, o := range outs {
		r := o.r
		switch {
		case !dropped && o.proj == "full":
			dropped = true // lose one full record
			continue
		case !misrouted && o.proj == "full" && i > 10:
			misrouted = true // and send a copy of another one where nothing routes
			c.Observe("signups.sa", r)
		case !leaked && o.proj == "pseudonymized":
			leaked = true // a pseudonymized record with a raw value in it
			bad := *r
			bad.Value = []byte(strings.Replace(string(r.Value), `"tok_`, `"user.mk77777x@example.com","x":"tok_`, 1))
			c.Observe(o.topic, &bad)
			continue
		case !duplicated && o.proj == "audit":
			duplicated = true
			c.Observe(o.topic, r)
		}
		c.Observe(o.topic, r)
	}
	res := c.Finish()
	if res.Missing != 1 || res.Misrouted != 1 || res.Mismatched != 1 || res.Leaks != 2 || res.Duplicates != 1 || res.DupEvents != 1 {
		t.Errorf("missing %d misrouted %d mismatched %d leaks %d duplicates %d dupEvents %d; want 1 1 1 2 1 1\n%s",
			res.Missing, res.Misrouted, res.Mismatched, res.Leaks, res.Duplicates, res.DupEvents, strings.Join(res.Examples, "\n"))
	}
	if res.Failed != 30 {
		t.Errorf("the library quarantines %d inputs, want the 30 pills", res.Failed)
	}
	if p := c.PoisonQuarantined(); len(p) != 0 {
		t.Errorf("poison check: %v", p)
	}
}

// Every pill kind is quarantined by the library with a reason, its raw
// value (marker included) goes only to quarantine, and its audit record
// holds no marker.
func TestPoisonKindsQuarantine(t *testing.T) {
	c, render := oracleForTest(t)
	for i, kind := range PoisonKinds {
		r := Poison(kind, 1000+i)
		r.Topic, r.Partition, r.Offset = "in", 0, int64(i)
		if !strings.Contains(string(r.Value), demo.Marker(1000+i)) {
			t.Errorf("%s: no marker in the pill", kind)
		}
		d := c.rs.Classify(classifier.Input{Value: r.Value, Source: "in/0/" + strconv.Itoa(i)})
		if !d.Failed() || len(d.Routes) != 1 || d.Routes[0].Projection != "quarantine" {
			t.Errorf("%s: decision %q %v, want a quarantine decision", kind, d.ErrorText(), d.Routes)
		}
		for _, o := range render([]*kgo.Record{r}) {
			if o.proj != "quarantine" && FirstMarker(o.r.Value) != nil {
				t.Errorf("%s: marker in the %s record", kind, o.proj)
			}
		}
	}
	if n := len(Poison("huge_string", 1).Value); n < HugeStringBytes || n > 1000000 {
		t.Errorf("huge_string pill is %d bytes", n)
	}
}
