package service_test

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/service"
	"github.com/residency-labs/signup-classifier/settings"
)

// f03 is the red team's event: special categories in free text and in a
// list, which the pseudonymized copy must not carry, even as tokens.
const rt22F03 = `{"event_id":"evt-f03-0001","type":"profile.updated","user":{"email":"anna.schmidt@example.de","country":"DE","bio":"I am living with HIV and go to church every Sunday"},"interests":["Catholic","diabetes"]}`

func pseudonymizedOf(t *testing.T, rs *classifier.Ruleset) string {
	t.Helper()
	recs, _ := rs.ProcessAppend(&classifier.Decision{}, classifier.Input{Value: []byte(rt22F03), Source: "t/0/1"}, nil, nil)
	for _, r := range recs {
		if r.Projection == "pseudonymized" {
			return string(r.Value)
		}
	}
	t.Fatal("no pseudonymized record")
	return ""
}

// Red team 22 (F3): a rules directory without terms/, or without one
// language's term file, passed lint and replaced the good set on reload;
// special categories were then tokenized instead of removed. A reload now
// runs the directory's own rule tests (tests/, as `rules test` does) and
// refuses a candidate that fails any, or that lost a language the set in
// force has; each refusal is logged, counted as failed, and keeps the set
// in force. A good change still goes through.
func TestRedTeam22ReloadRefusesSetFailingItsTests(t *testing.T) {
	dir := copyRules(t)
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	ccfg := cfg.ClassifierConfig([]byte("reload-test-key-0123456789"))
	rs, _, err := classifier.LoadFS(os.DirFS(dir), ccfg)
	if err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	m := service.NewMetrics(reg)
	core, logs := observer.New(zap.DebugLevel)
	router := service.NewRouter(rs, nil, zap.NewNop(), m)
	r := &service.Reloader{FS: func() fs.FS { return os.DirFS(dir) }, Config: ccfg, Router: router, Log: zap.New(core),
		Metrics: m, TestConfig: cfg.ClassifierConfig, Dir: dir}
	good := rs.Version()
	clean := func(t *testing.T) {
		t.Helper()
		p := pseudonymizedOf(t, router.Ruleset())
		if strings.Contains(p, "bio") || strings.Contains(p, "interests") {
			t.Fatalf("special categories in the pseudonymized copy: %s", p)
		}
	}
	clean(t)
	failed := func() float64 { return reloads(t, reg, "failed") }

	move := func(from, to string) {
		t.Helper()
		if err := os.Rename(filepath.Join(dir, from), filepath.Join(dir, to)); err != nil {
			t.Fatal(err)
		}
	}
	aside := t.TempDir()

	// One language's terms gone: the set loads and lints, but fails its
	// own cases.
	move("terms/en.yaml", filepath.Join("..", filepath.Base(aside)+"-en.yaml"))
	err = r.Reload()
	if !errors.Is(err, service.ErrRuleTestsFailed) {
		t.Fatalf("reload without terms/en.yaml: %v, want ErrRuleTestsFailed", err)
	}
	if router.Ruleset().Version() != good || failed() != 1 || r.LastError() == nil {
		t.Fatalf("in force %s (want %s), failed=%v", router.Ruleset().Version(), good, failed())
	}
	clean(t)
	move(filepath.Join("..", filepath.Base(aside)+"-en.yaml"), "terms/en.yaml")

	// terms/ gone altogether: lint's error now.
	move("terms", filepath.Join("..", filepath.Base(aside)+"-terms"))
	if err := r.Reload(); err == nil || !strings.Contains(err.Error(), "no term files") {
		t.Fatalf("reload without terms/: %v", err)
	}
	if router.Ruleset().Version() != good || failed() != 2 {
		t.Fatalf("in force %s (want %s), failed=%v", router.Ruleset().Version(), good, failed())
	}
	clean(t)
	move(filepath.Join("..", filepath.Base(aside)+"-terms"), "terms")

	fields := filepath.Join(dir, "fields.yaml")
	orig, _ := os.ReadFile(fields)
	if !strings.Contains(string(orig), "names: [plan, planid,") {
		t.Fatal("fields.yaml changed: adapt the test")
	}
	// A good change: still taken (the tests pass).
	if err := os.WriteFile(fields, []byte(strings.Replace(string(orig), "names: [plan, planid,", "names: [plan, signupcohort, planid,", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	service.SetReloaderLangs(r) // nothing known: no language check yet
	if err := r.Reload(); err != nil {
		t.Fatalf("good change refused: %v", err)
	}
	v1 := router.Ruleset().Version()
	if v1 == good {
		t.Fatal("the good change was not put in force")
	}
	clean(t)

	// A candidate without a language the set in force has is refused even
	// when its cases pass (cases need not cover every language).
	service.SetReloaderLangs(r, "en", "xx")
	if err := os.WriteFile(fields, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := r.Reload(); err == nil || !strings.Contains(err.Error(), "terms/xx.yaml") {
		t.Fatalf("reload that lost a language: %v", err)
	}
	if router.Ruleset().Version() != v1 {
		t.Fatal("a set that lost a language replaced the one in force")
	}
	// No log line of a refusal holds event data (the cases' events are
	// the directory's own; still, none of f03's text is logged).
	for _, e := range logs.All() {
		line := e.Message
		for k, v := range e.ContextMap() {
			line += " " + k + "=" + strings.ReplaceAll(strings.TrimSpace(toString(v)), "\n", " ")
		}
		if strings.Contains(line, "anna.schmidt") || strings.Contains(line, "living with HIV") {
			t.Errorf("log holds event data: %q", line)
		}
	}
}

func toString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	if e, ok := v.(error); ok {
		return e.Error()
	}
	return ""
}

// reloads reads classifier_rules_reloads_total{result} from reg.
func reloads(t *testing.T, reg *prometheus.Registry, result string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "classifier_rules_reloads_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "result" && l.GetValue() == result {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}

// Red team 22 (side note): /readyz showed the rule set of the previous
// reload until the next request ran its checks. It now shows the set in
// force on the first request after a reload.
func TestRedTeam22ReadyzShowsRulesetInForce(t *testing.T) {
	env := kafkatest.Start(t)
	cfg := testConfig(t, env)
	dir := copyRules(t)
	core, logs := observer.New(zap.InfoLevel)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	ready := make(chan string, 1)
	go func() {
		done <- service.Run(ctx, service.RunOptions{
			Config: cfg, Rules: func() fs.FS { return os.DirFS(dir) }, RulesDir: dir, CreateTopics: true,
			Getenv: func(k string) string {
				if k == "CLASSIFIER_PSEUDONYM_KEY" {
					return testKey
				}
				return ""
			},
			Log: zap.New(core), Stdout: io.Discard, Ready: func(admin, _ string) { ready <- admin },
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
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("service stopped with %v", err)
		}
	}()
	readyz := func() string {
		resp, err := http.Get("http://" + admin + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	rs0, _, err := classifier.LoadFS(os.DirFS(dir), cfg.ClassifierConfig([]byte(testKey)))
	if err != nil {
		t.Fatal(err)
	}
	if b := readyz(); !strings.Contains(b, rs0.Version()) {
		t.Fatalf("/readyz before the reload: %s, want %s", b, rs0.Version())
	}
	fields := filepath.Join(dir, "fields.yaml")
	orig, _ := os.ReadFile(fields)
	if err := os.WriteFile(fields, []byte(strings.Replace(string(orig), "names: [plan, planid,", "names: [plan, signupcohort, planid,", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	var to string
	for to == "" {
		for _, e := range logs.FilterMessage("rules reloaded").All() {
			to, _ = e.ContextMap()["to"].(string)
		}
		if time.Now().After(deadline) {
			t.Fatal("no reload")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if to == rs0.Version() {
		t.Fatal("the reload did not change the version")
	}
	if b := readyz(); !strings.Contains(b, to) {
		t.Fatalf("/readyz right after the reload: %s, want %s", b, to)
	}
}
