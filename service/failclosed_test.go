package service_test

// Fail-closed start-up: rules that do not load, a missing pseudonymization
// key, and an unreachable output cluster must never let data through
// (docs/kafka-notes.md, "Why fail closed": pass-through is the common
// default of such tools; this one must not).

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/service"
	"github.com/residency-labs/signup-classifier/settings"
)

const fcKey = "failclosed-test-key-0123456789"

// fcConfig is the built-in config with unique topics on env's cluster.
func fcConfig(t *testing.T, env *kafkatest.Env) *settings.Config {
	t.Helper()
	cfg := testConfig(t, env)
	cfg.CreateTopics.Partitions = 2
	return cfg
}

// fcOutputs lists every topic the service writes.
func fcOutputs(cfg *settings.Config) []string {
	var ts []string
	for _, r := range cfg.Regions {
		ts = append(ts, r.Topic)
	}
	ts = append(ts, cfg.Topics.Audit, cfg.Topics.Quarantine)
	sort.Strings(ts)
	return ts
}

// fcSeed creates the input and output topics and puts n demo events on
// the input, so "nothing consumed, nothing produced" is observable.
func fcSeed(t *testing.T, env *kafkatest.Env, cfg *settings.Config, n int) {
	t.Helper()
	env.CreateTopic(cfg.Input.Topic, 2)
	for _, topic := range fcOutputs(cfg) {
		env.CreateTopic(topic, 2)
	}
	gen := demo.New(11)
	var msgs []kafka.Message
	for i := 0; i < n; i++ {
		msgs = append(msgs, kafka.Message{Topic: cfg.Input.Topic, Key: fmt.Appendf(nil, "k%d", i), Value: gen.Event(11, i)})
	}
	env.Produce(msgs...)
}

// fcNothingPassed asserts that no output topic holds a record and that
// the group committed nothing.
func fcNothingPassed(t *testing.T, env *kafkatest.Env, cfg *settings.Config) {
	t.Helper()
	for _, topic := range fcOutputs(cfg) {
		var n int64
		for _, end := range env.EndOffsets(topic) {
			n += end
		}
		if n != 0 {
			t.Errorf("%s holds %d records, want 0", topic, n)
		}
	}
	var parts []int
	for p := range env.EndOffsets(cfg.Input.Topic) {
		parts = append(parts, p)
	}
	c, err := env.Cluster.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Transport.(*kafka.Transport).CloseIdleConnections()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := c.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: cfg.Input.Group, Topics: map[string][]int{cfg.Input.Topic: parts}})
	if err != nil {
		t.Fatalf("offset fetch: %v", err)
	}
	if errors.Is(res.Error, kafka.GroupIdNotFound) {
		return // the group never existed: nothing was committed
	}
	if res.Error != nil {
		t.Fatalf("offset fetch: %v", res.Error)
	}
	for _, p := range res.Topics[cfg.Input.Topic] {
		if p.CommittedOffset >= 0 {
			t.Errorf("input partition %d committed at %d: events were consumed", p.Partition, p.CommittedOffset)
		}
	}
}

func fcGetenv(key string) func(string) string {
	return func(k string) string {
		if k == "CLASSIFIER_PSEUDONYM_KEY" {
			return key
		}
		return ""
	}
}

// fcRun runs the service until it returns or ready is called; it fails
// the test if the service did not return within timeout.
func fcRunToError(t *testing.T, o service.RunOptions, timeout time.Duration) error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	o.Ready = func(string, string) { t.Error("the service started, but must not") }
	go func() { done <- service.Run(ctx, o) }()
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		cancel()
		<-done
		t.Fatalf("service.Run did not return within %s", timeout)
		return nil
	}
}

// lineOf is the 1-based line of the first occurrence of needle.
func lineOf(t *testing.T, text, needle string) int {
	t.Helper()
	i := strings.Index(text, needle)
	if i < 0 {
		t.Fatalf("%q not found", needle)
	}
	return strings.Count(text[:i], "\n") + 1
}

// Rules that do not load stop the service before it touches any topic:
// Run returns an ErrConfig error naming the file and line of the problem,
// nothing is consumed and nothing is produced.
func TestFailClosedBrokenRules(t *testing.T) {
	env := kafkatest.Start(t)
	orig, err := fs.ReadFile(configs.Rules(), "rules/ru.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		file string
		edit func(string) string
		line func(string) int // the line the problem must name, in the edited text
		// remove deletes files instead (edit is then unused); the
		// problem names file without a line.
		remove []string
	}{
		{
			name: "unknown residency mode",
			file: "rules/ru.yaml",
			edit: func(s string) string {
				return strings.Replace(s, "mode: primary_in_country", "mode: primary_in_contry", 1)
			},
			line: func(s string) int { return lineOf(t, s, "primary_in_contry") },
		},
		{
			name: "unknown key",
			file: "rules/ru.yaml",
			edit: func(s string) string {
				return strings.Replace(s, "\nregion: ru\n", "\nregion: ru\nexport_everything: true\n", 1)
			},
			line: func(s string) int { return lineOf(t, s, "export_everything") },
		},
		{
			name: "YAML syntax",
			file: "rules/ru.yaml",
			edit: func(s string) string { return strings.Replace(s, "\nregion: ru\n", "\nregion: [ru\n", 1) },
			line: nil, // the parser names the line where it noticed
		},
		{
			name: "a new pack that is not YAML",
			file: "rules/zz.yaml",
			edit: func(string) string { return "code: ZZ\n\tname: tabs are not YAML\n" },
			line: func(string) int { return 2 },
		},
		{
			name: "no packs at all", file: "rules/",
			remove: func() []string {
				entries, _ := fs.ReadDir(configs.Rules(), "rules")
				var out []string
				for _, e := range entries {
					out = append(out, "rules/"+e.Name())
				}
				return out
			}(),
		},
		{name: "no fields.yaml", file: "fields.yaml", remove: []string{"fields.yaml"}},
		// Red team 22 (F3): rules that load but have lost their terms.
		{
			name: "no term files", file: "terms/",
			remove: func() []string {
				entries, _ := fs.ReadDir(configs.Rules(), "terms")
				var out []string
				for _, e := range entries {
					out = append(out, "terms/"+e.Name())
				}
				return out
			}(),
		},
		// One language's terms gone: the rules lint, but their own test
		// cases fail; the error names the failing cases' files.
		{name: "one language's terms missing", file: "tests/", remove: []string{"terms/en.yaml"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := fcConfig(t, env)
			fcSeed(t, env, cfg, 8)
			dir := copyRules(t)
			var broken string
			if tc.remove != nil {
				for _, f := range tc.remove {
					if err := os.Remove(filepath.Join(dir, f)); err != nil {
						t.Fatal(err)
					}
				}
			} else {
				src := string(orig)
				if tc.file != "rules/ru.yaml" {
					src = ""
				}
				broken = tc.edit(src)
				if err := os.WriteFile(filepath.Join(dir, tc.file), []byte(broken), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			core, logs := observer.New(zap.DebugLevel)
			err := fcRunToError(t, service.RunOptions{
				Config: cfg, Rules: func() fs.FS { return os.DirFS(dir) }, RulesDir: dir,
				CreateTopics: true, Getenv: fcGetenv(fcKey), Log: zap.New(core), Stdout: io.Discard,
			}, 60*time.Second)
			if err == nil {
				t.Fatal("Run returned nil with broken rules")
			}
			t.Logf("Run: %v", err)
			if !errors.Is(err, service.ErrConfig) {
				t.Errorf("error %q is not an ErrConfig (exit status 2)", err)
			}
			// file:line[:col] in the error itself: what an operator sees
			// on a crash-looping pod is the last line, not the logs.
			want := regexp.QuoteMeta(tc.file) + `:[0-9]+`
			switch {
			case tc.remove != nil:
				want = regexp.QuoteMeta(tc.file)
			case tc.line != nil:
				want = regexp.QuoteMeta(fmt.Sprintf("%s:%d", tc.file, tc.line(broken)))
			}
			if !regexp.MustCompile(want).MatchString(err.Error()) {
				t.Errorf("error %q does not name %s", err, want)
			}
			var logged []string
			for _, e := range logs.All() {
				for _, f := range e.Context {
					logged = append(logged, f.String)
				}
			}
			if !regexp.MustCompile(want).MatchString(strings.Join(logged, "\n")) {
				t.Errorf("logs do not name %s: %q", want, logged)
			}
			fcNothingPassed(t, env, cfg)
		})
	}
}

// An output cluster that cannot be reached (a region's own cluster, or
// the quarantine's) fails the start: a clear error naming the cluster and
// its address, before anything is consumed or produced on any topic.
func TestFailClosedUnreachableOutputCluster(t *testing.T) {
	env := kafkatest.Start(t)
	for _, tc := range []struct {
		name  string
		apply func(cfg *settings.Config)
	}{
		{"region ru on its own cluster", func(cfg *settings.Config) {
			ru := cfg.Regions["ru"]
			ru.Cluster = "ru-dc"
			cfg.Regions["ru"] = ru
		}},
		{"quarantine on its own cluster", func(cfg *settings.Config) { cfg.Topics.QuarantineCluster = "ru-dc" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := fcConfig(t, env)
			fcSeed(t, env, cfg, 8)
			cfg.Clusters = map[string]cluster.Config{"ru-dc": {Brokers: []string{"127.0.0.1:1"}}}
			tc.apply(cfg)
			if err := cfg.Validate(); err != nil {
				t.Fatal(err)
			}
			core, logs := observer.New(zap.DebugLevel)
			start := time.Now()
			err := fcRunToError(t, service.RunOptions{
				Config: cfg, Rules: configs.Rules, CreateTopics: true,
				Getenv: fcGetenv(fcKey), Log: zap.New(core), Stdout: io.Discard,
			}, 90*time.Second)
			t.Logf("Run returned after %s: %v", time.Since(start).Round(time.Millisecond), err)
			if err == nil {
				t.Fatal("Run returned nil with an unreachable output cluster")
			}
			if errors.Is(err, service.ErrConfig) {
				t.Errorf("an unreachable cluster is a failure of the work (exit 1), not of the config: %v", err)
			}
			for _, want := range []string{"ru-dc", "127.0.0.1:1"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not name %q", err, want)
				}
			}
			for _, e := range logs.All() {
				if e.Message == "classifier running" {
					t.Error("the service logged that it runs")
				}
			}
			fcNothingPassed(t, env, cfg)
		})
	}
}

// fcRecordKey renders a record for multiset comparison.
func fcRecordKey(topic string, key, value []byte, hs map[string]string) string {
	var h []string
	for k, v := range hs {
		h = append(h, k+"="+v)
	}
	sort.Strings(h)
	return topic + "\x00" + string(key) + "\x00" + string(value) + "\x00" + strings.Join(h, "\x01")
}

func fcCompare(t *testing.T, want, got map[string]int) {
	t.Helper()
	missing, extra := 0, 0
	for k, w := range want {
		if g := got[k]; g < w {
			missing += w - g
			if missing <= 3 {
				t.Errorf("missing record: %.300q", k)
			}
		}
	}
	for k, g := range got {
		if w := want[k]; g > w {
			extra += g - w
			if extra <= 3 {
				t.Errorf("unexpected record: %.300q", k)
			}
		}
	}
	if missing > 0 || extra > 0 {
		t.Errorf("%d records missing, %d unexpected", missing, extra)
	}
}

type fcReady struct {
	Status  string `json:"status"`
	Failing []struct {
		Name  string `json:"name"`
		Error string `json:"error"`
	} `json:"failing"`
}

// Without a pseudonymization key the service runs but is not ready, and
// never writes a pseudonymized record: routes that need one go to
// quarantine with reason no_pseudonym_key; everything else is exactly
// what the classifier predicts for a key-less rule set.
func TestFailClosedNoPseudonymKey(t *testing.T) {
	env := kafkatest.Start(t)
	cfg := fcConfig(t, env)
	core, logs := observer.New(zap.DebugLevel)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- service.Run(ctx, service.RunOptions{
			Config: cfg, Rules: configs.Rules, CreateTopics: true,
			Getenv: fcGetenv(""), Log: zap.New(core), Stdout: io.Discard,
			Ready: func(admin, _ string) { ready <- admin },
		})
	}()
	var admin string
	select {
	case admin = <-ready:
	case err := <-done:
		t.Fatalf("service stopped at start: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("service did not start")
	}
	warned := false
	for _, e := range logs.All() {
		if strings.Contains(e.Message, "no pseudonymization key") {
			warned = true
		}
	}
	if !warned {
		t.Error("no warning about the missing key was logged")
	}

	const n = 200
	gen := demo.New(23)
	var msgs []kafka.Message
	for i := 0; i < n; i++ {
		msgs = append(msgs, kafka.Message{Topic: cfg.Input.Topic, Key: fmt.Appendf(nil, "k%d", i%17), Value: gen.Event(23, i)})
	}
	env.Produce(msgs...)

	// Everything gets processed and committed...
	deadline := time.Now().Add(90 * time.Second)
	for {
		com := env.Committed(cfg.Input.Group, cfg.Input.Topic)
		all := true
		for p, end := range env.EndOffsets(cfg.Input.Topic) {
			if com[p] != end {
				all = false
			}
		}
		if all {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not all input committed: %v", com)
		}
		time.Sleep(100 * time.Millisecond)
	}

	// ...yet /readyz stays 503, and once the group is joined the key is
	// the only failing check.
	var body fcReady
	deadline = time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + admin + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("/readyz = %d without a key, want 503: %s", resp.StatusCode, raw)
		}
		body = fcReady{}
		if err := json.Unmarshal(raw, &body); err != nil {
			t.Fatalf("/readyz body: %v: %s", err, raw)
		}
		if len(body.Failing) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz failing checks never settled: %s", raw)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if body.Failing[0].Name != "pseudonymization_key" || !strings.Contains(body.Failing[0].Error, "pseudonymization key") {
		t.Errorf("/readyz failing = %+v, want only pseudonymization_key", body.Failing)
	}
	if body.Status != "not ready" {
		t.Errorf("/readyz status %q", body.Status)
	}

	// The outputs: exactly the key-less prediction, no pseudonymized
	// record, and a no_pseudonym_key quarantine record for every event
	// that would have had a pseudonymized route with a key.
	noKey, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig(nil))
	if err != nil {
		t.Fatal(err)
	}
	withKey, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte(fcKey)))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	needKey := map[string]bool{}
	inputs := env.ReadAll(cfg.Input.Topic)
	for _, in := range inputs {
		src := fmt.Sprintf("%s/%d/%d", cfg.Input.Topic, in.Partition, in.Offset)
		input := classifier.Input{Value: in.Value, Key: in.Key, Source: src, Time: in.Time}
		recs, _ := noKey.ProcessAppend(&classifier.Decision{}, input, nil, nil)
		for _, rec := range recs {
			hs := map[string]string{}
			for _, h := range rec.Headers {
				hs[h.Key] = string(h.Value)
			}
			want[fcRecordKey(rec.Topic, rec.Key, rec.Value, hs)]++
		}
		d := withKey.Classify(input)
		for _, r := range d.Routes {
			if r.Projection == "pseudonymized" {
				needKey[d.EventID] = true
			}
		}
	}
	if len(needKey) == 0 {
		t.Fatal("no event would have had a pseudonymized route: the test proves nothing")
	}
	got := map[string]int{}
	quarantinedForKey := map[string]bool{}
	for _, topic := range fcOutputs(cfg) {
		for _, r := range env.ReadAll(topic) {
			got[fcRecordKey(topic, r.Key, r.Value, r.Headers)]++
			proj := r.Headers[classifier.HeaderProjection]
			if proj == "pseudonymized" {
				t.Errorf("%s: a pseudonymized record was written without a key", topic)
			}
			if _, ok := r.Headers[classifier.HeaderKeyID]; ok {
				t.Errorf("%s: a record carries a key-id without a key", topic)
			}
			if topic == cfg.Regions["global"].Topic && proj == "full" {
				t.Errorf("%s: a full record on the global topic", topic)
			}
			if proj == "quarantine" && strings.HasPrefix(r.Headers[classifier.HeaderError], "no_pseudonym_key") {
				if topic != cfg.Topics.Quarantine {
					t.Errorf("no_pseudonym_key record on %s", topic)
				}
				quarantinedForKey[r.Headers[classifier.HeaderEventID]] = true
			}
		}
	}
	for id := range needKey {
		if !quarantinedForKey[id] {
			t.Errorf("event %s needed a key but has no no_pseudonym_key quarantine record", id)
		}
	}
	fcCompare(t, want, got)
	t.Logf("%d events, %d needed a key and were quarantined for it", len(inputs), len(quarantinedForKey))

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("service stopped with %v", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("service did not stop")
	}
}
