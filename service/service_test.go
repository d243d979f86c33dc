package service_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/service"
	"github.com/residency-labs/signup-classifier/settings"
)

const testKey = "service-test-key-0123456789"

// testConfig is the built-in config with every topic renamed for this test,
// so tests can share a real broker.
func testConfig(t *testing.T, env *kafkatest.Env) *settings.Config {
	t.Helper()
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	p := kafkatest.Name("t") + "."
	cfg.Input.Topic = p + "signups"
	cfg.Input.Group = p + "group"
	for name, r := range cfg.Regions {
		r.Topic = p + r.Topic
		cfg.Regions[name] = r
	}
	cfg.Topics.Audit = p + cfg.Topics.Audit
	cfg.Topics.AuditTemplates = p + cfg.AuditTemplatesTopic()
	cfg.Topics.Quarantine = p + cfg.Topics.Quarantine
	cfg.Kafka.Brokers = env.Cluster.Brokers
	cfg.Admin.Addr = "127.0.0.1:0"
	cfg.CreateTopics.Partitions = 3
	cfg.Pipeline.LingerMS = 2
	return cfg
}

type running struct {
	cancel context.CancelFunc
	done   chan error
	admin  string
}

func start(t *testing.T, cfg *settings.Config, log *zap.Logger) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	r := &running{cancel: cancel, done: make(chan error, 1)}
	go func() {
		r.done <- service.Run(ctx, service.RunOptions{
			Config: cfg, Rules: configs.Rules, CreateTopics: true,
			Getenv: func(k string) string {
				if k == "CLASSIFIER_PSEUDONYM_KEY" {
					return testKey
				}
				return ""
			},
			Log: log, Stdout: io.Discard,
			Ready: func(admin, _ string) { ready <- admin },
		})
	}()
	select {
	case r.admin = <-ready:
	case err := <-r.done:
		t.Fatalf("service stopped at start: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("service did not start")
	}
	return r
}

func (r *running) stop(t *testing.T) {
	t.Helper()
	r.cancel()
	select {
	case err := <-r.done:
		if err != nil {
			t.Fatalf("service stopped with %v", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("service did not stop")
	}
}

func outputTopics(cfg *settings.Config) []string {
	var ts []string
	for _, r := range cfg.Regions {
		ts = append(ts, r.Topic)
	}
	return append(ts, cfg.Topics.Audit, cfg.AuditTemplatesTopic(), cfg.Topics.Quarantine)
}

// recordKey renders a record for multiset comparison.
func recordKey(topic string, key, value []byte, hs map[string]string) string {
	var h []string
	for k, v := range hs {
		h = append(h, k+"="+v)
	}
	sort.Strings(h)
	return topic + "\x00" + string(key) + "\x00" + string(value) + "\x00" + strings.Join(h, "\x01")
}

// TestServiceMatchesClassifyRecords is the service's contract: what lands
// on the output topics is exactly what the classifier predicts for each
// input record (as `classify --records` shows), nothing lost, nothing
// extra, and the logs hold no event value.
func TestServiceMatchesClassifyRecords(t *testing.T) {
	env := kafkatest.Start(t)
	cfg := testConfig(t, env)
	core, logs := observer.New(zap.DebugLevel)
	r := start(t, cfg, zap.New(core))

	const n = 600
	gen := demo.New(7)
	gen.Hostile = 0.05
	var msgs []kafka.Message
	for seq := 0; seq < n; seq++ {
		msgs = append(msgs, kafka.Message{Topic: cfg.Input.Topic, Key: []byte(fmt.Sprintf("k%d", seq%50)), Value: gen.Event(7, seq)})
	}
	env.Produce(msgs...)

	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte(testKey)))
	if err != nil {
		t.Fatal(err)
	}
	inputs := env.ReadAll(cfg.Input.Topic)
	if len(inputs) != n {
		t.Fatalf("read back %d inputs, want %d", len(inputs), n)
	}
	want := map[string]int{}
	total := 0
	// Each audit template goes out once per input partition, before or
	// with the first audit record of the partition that names it.
	templates := classifier.NewTemplateSet(classifier.DefaultTemplateSetSize)
	for _, in := range inputs {
		recs, _ := rs.ProcessAppend(&classifier.Decision{}, classifier.Input{Value: in.Value, Key: in.Key, Source: fmt.Sprintf("%s/%d/%d", cfg.Input.Topic, in.Partition, in.Offset), Time: in.Time, Templates: templates}, nil, nil)
		for _, rec := range recs {
			hs := map[string]string{}
			for _, h := range rec.Headers {
				hs[h.Key] = string(h.Value)
			}
			want[recordKey(rec.Topic, rec.Key, rec.Value, hs)]++
			total++
		}
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		got, count := map[string]int{}, 0
		for _, topic := range outputTopics(cfg) {
			for _, rec := range env.ReadAll(topic) {
				got[recordKey(topic, rec.Key, rec.Value, rec.Headers)]++
				count++
			}
		}
		if count >= total || time.Now().After(deadline) {
			r.stop(t)
			compare(t, want, got)
			expandAll(t, env, cfg)
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	for _, e := range logs.All() {
		line := e.Message
		for k, v := range e.ContextMap() {
			line += fmt.Sprintf(" %s=%v", k, v)
		}
		for seq := 0; seq < n; seq++ {
			if strings.Contains(line, demo.Marker(seq)) || strings.Contains(line, "@example.com") {
				t.Fatalf("log line holds an event value: %q", line)
			}
		}
	}
}

// expandAll checks that every audit record on the audit topic expands
// from the templates on the templates topic.
func expandAll(t *testing.T, env *kafkatest.Env, cfg *settings.Config) {
	t.Helper()
	exp := classifier.NewExpander()
	for _, rec := range env.ReadAll(cfg.AuditTemplatesTopic()) {
		if err := exp.Add(rec.Value); err != nil {
			t.Fatal(err)
		}
	}
	for _, rec := range env.ReadAll(cfg.Topics.Audit) {
		if _, err := exp.Expand(nil, rec.Value); err != nil {
			t.Fatalf("audit record %s: %v", rec.Key, err)
		}
	}
}

func compare(t *testing.T, want, got map[string]int) {
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
		t.Fatalf("%d records missing, %d unexpected", missing, extra)
	}
}

// TestReadyAndMetrics checks the admin endpoints of a running service.
func TestReadyAndMetrics(t *testing.T) {
	env := kafkatest.Start(t)
	cfg := testConfig(t, env)
	r := start(t, cfg, zap.NewNop())
	defer r.stop(t)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + r.admin + "/readyz")
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				if !bytes.Contains(body, []byte("rs-")) {
					t.Errorf("/readyz does not name the ruleset: %s", body)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("/readyz never ready: %d %s", resp.StatusCode, body)
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	resp, err := http.Post("http://"+r.admin+"/v1/classify", "application/json", strings.NewReader(`{"email":"a@b.ru","phone":"+79161234567"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Contains(body, []byte(`"country":"RU"`)) || !bytes.Contains(body, []byte(`"projection":"full"`)) {
		t.Fatalf("/v1/classify: %s", body)
	}
	resp, err = http.Get("http://" + r.admin + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, m := range []string{`classifier_ruleset_info{role="live",version="rs-`, "signup_classifier_", "process_resident_memory_bytes"} {
		if !bytes.Contains(body, []byte(m)) {
			t.Errorf("/metrics lacks %s", m)
		}
	}
}
