package soak

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

const modulePath = "github.com/residency-labs/signup-classifier"

// RepoRoot finds the module root above the working directory.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(b, []byte("module "+modulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the " + modulePath + " module")
		}
		dir = parent
	}
}

// BuildClassifier builds ./cmd/classifier into dir and returns the path.
func BuildClassifier(ctx context.Context, dir string) (string, error) {
	root, err := RepoRoot()
	if err != nil {
		return "", err
	}
	out := filepath.Join(dir, "classifier")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "./cmd/classifier")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./cmd/classifier: %v\n%s", err, stderr.String())
	}
	return out, nil
}

// ServiceConfig loads the service config the replicas will run with (file,
// or the built-in one when empty) with env applied, as `classifier run`
// does.
func ServiceConfig(file string, env map[string]string) (*settings.Config, error) {
	return settings.Load(file, func(k string) string { return env[k] })
}

// Oracle loads the built-in rules the way the service does.
func Oracle(cfg *settings.Config, env map[string]string) (*classifier.Ruleset, error) {
	key, err := cfg.Key(func(k string) string { return env[k] })
	if err != nil {
		return nil, err
	}
	rs, ps, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig(key))
	if err != nil {
		var msgs []string
		for _, p := range ps.Errors() {
			msgs = append(msgs, p.String())
		}
		return nil, fmt.Errorf("rules: %v\n%s", err, strings.Join(msgs, "\n"))
	}
	return rs, nil
}

// OutputTopics lists the topics the service writes on the input cluster:
// every region topic, audit and quarantine, sorted as in the config.
func OutputTopics(cfg *settings.Config) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	names := make([]string, 0, len(cfg.Regions))
	for n := range cfg.Regions {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r := cfg.Regions[n]
		if r.Cluster != "" {
			return nil, fmt.Errorf("region %s lives on cluster %s: the soak reads one cluster only", n, r.Cluster)
		}
		add(r.Topic)
	}
	if cfg.Topics.QuarantineCluster != "" {
		return nil, errors.New("the quarantine topic lives on another cluster: the soak reads one cluster only")
	}
	add(cfg.Topics.Audit)
	add(cfg.Topics.Quarantine)
	if t := cfg.AuditTemplatesTopic(); t != "" {
		add(t)
	}
	return out, nil
}
