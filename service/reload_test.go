package service_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/service"
	"github.com/residency-labs/signup-classifier/settings"
)

func copyRules(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(configs.Rules(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, p), 0o755)
		}
		b, err := fs.ReadFile(configs.Rules(), p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, p), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// A good rule change is picked up; a bad one never replaces the good set.
func TestReloadSwapsGoodRulesAndKeepsOldOnBad(t *testing.T) {
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
	router := service.NewRouter(rs, nil, zap.NewNop(), nil)
	r := &service.Reloader{FS: func() fs.FS { return os.DirFS(dir) }, Config: ccfg, Router: router, Log: zap.NewNop()}
	ev := classifier.Input{Value: []byte(`{"country":"DE","signupCohort":"week 48"}`), IDFromValue: true}
	if got := fieldCategory(router.Ruleset().Classify(ev), "/signupCohort"); got != "unknown" {
		t.Fatalf("before: /signupCohort is %s, want unknown", got)
	}

	fields := filepath.Join(dir, "fields.yaml")
	b, _ := os.ReadFile(fields)
	good := strings.Replace(string(b), "names: [plan, planid,", "names: [plan, signupcohort, planid,", 1)
	if err := os.WriteFile(fields, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := r.Reload(); err != nil {
		t.Fatalf("good change: %v", err)
	}
	v1 := router.Ruleset().Version()
	if v1 == rs.Version() {
		t.Fatal("version did not change")
	}
	if got := fieldCategory(router.Ruleset().Classify(ev), "/signupCohort"); got != "meta.plan" {
		t.Fatalf("after: /signupCohort is %s, want meta.plan", got)
	}

	if err := os.WriteFile(filepath.Join(dir, "rules", "ru.yaml"), []byte("code: RU\nlocalisation: strict\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := r.Reload(); err == nil {
		t.Fatal("a broken pack reloaded")
	} else if !strings.Contains(err.Error(), "rules/ru.yaml:2:1") {
		t.Fatalf("error does not name file:line:col: %v", err)
	}
	if router.Ruleset().Version() != v1 {
		t.Fatal("a bad rule change replaced the good set")
	}
}

func fieldCategory(d *classifier.Decision, path string) string {
	for _, f := range d.Fields {
		if f.Path == path {
			return f.Category
		}
	}
	return ""
}
