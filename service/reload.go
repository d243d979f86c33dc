package service

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/classifier/ruletest"
)

// Reloader loads a rules directory again on SIGHUP and when its files
// change, and puts the new set in force only if it loads, lints and
// compiles, passes the rule test cases shipped in the same directory
// (tests/, what `classifier rules test DIR` runs), and has term files for
// every language the set in force has: a bad or half-copied rule change
// never replaces a good rule set.
type Reloader struct {
	FS      func() fs.FS // the rules directory, opened anew for each load
	Config  classifier.Config
	Router  *Router
	Log     *zap.Logger
	Metrics *Metrics
	// TestConfig is the classifier config the rule tests compile with for
	// a key (settings.Config.ClassifierConfig, as `rules test` uses);
	// nil: Config with the key replaced.
	TestConfig func(key []byte) classifier.Config
	// Dir names the directory in rule-test problems ("" = configs/).
	Dir string

	mu      sync.Mutex
	lastErr error
	// langs are the term languages of the set in force, once known (the
	// start's vetRules, or a reload that put a set in force); nil: not
	// known.
	langs map[string]bool
}

// Reload loads and, when it is good and new, swaps in the rule set.
func (r *Reloader) Reload() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	fsys := r.FS()
	rs, ps, err := classifier.LoadFS(fsys, r.Config)
	if err != nil {
		var fields []zap.Field
		for i, p := range ps.Errors() {
			if i >= 20 {
				break
			}
			fields = append(fields, zap.String("problem", p.String()))
		}
		r.Log.Error("rules reload failed; the rule set in force stays", append(fields, zap.Int("errors", len(ps.Errors())),
			zap.String("in_force", r.Router.Ruleset().Version()))...)
		r.count("failed")
		r.lastErr = err
		return err
	}
	old := r.Router.Ruleset()
	if old != nil && old.Version() == rs.Version() {
		r.lastErr = nil
		r.count("unchanged")
		return nil
	}
	langs, err := r.vet(fsys)
	if err == nil {
		err = r.noLanguageLost(langs)
	}
	if err != nil {
		// The problem names files, cases and languages, never event data.
		r.Log.Error("rules reload refused; the rule set in force stays", zap.Error(err),
			zap.String("candidate", rs.Version()), zap.String("in_force", versionOf(old)))
		r.count("failed")
		r.lastErr = err
		return err
	}
	r.lastErr = nil
	r.Router.Swap(rs)
	r.langs = langs
	if r.Metrics != nil {
		r.Metrics.SetRuleset("live", rs.Version())
	}
	r.count("ok")
	r.Log.Info("rules reloaded", zap.String("from", versionOf(old)), zap.String("to", rs.Version()), zap.Int("warnings", len(ps)-len(ps.Errors())))
	return nil
}

// ErrRuleTestsFailed is returned (wrapped) when a rules directory fails
// its own rule test cases.
var ErrRuleTestsFailed = errors.New("rule tests fail")

// vet is vetRules with the reloader's config.
func (r *Reloader) vet(fsys fs.FS) (map[string]bool, error) {
	cfg := r.TestConfig
	if cfg == nil {
		cfg = func(key []byte) classifier.Config {
			c := r.Config
			c.Key = key
			return c
		}
	}
	return vetRules(fsys, r.Dir, cfg)
}

// vetRules runs the rule test cases of a rules directory (tests/) against
// the rules beside them, as `classifier rules test DIR` does, and returns
// the directory's term languages. The error lists up to five failing
// cases by file:line and name (the directory's own cases, not events).
func vetRules(fsys fs.FS, dir string, cfg func(key []byte) classifier.Config) (map[string]bool, error) {
	suite, ps, err := ruletest.Load(fsys, cfg)
	if err != nil {
		return nil, fmt.Errorf("rule tests: %w", err)
	}
	if suite == nil {
		return nil, fmt.Errorf("rule tests: the rules do not load (%d errors)", len(ps.Errors()))
	}
	res := suite.Run(ruletest.Options{Dir: dir})
	if res.Fail > 0 {
		var names []string
		for _, l := range res.Lines {
			if l.OK {
				continue
			}
			if len(names) == 5 {
				names = append(names, "...")
				break
			}
			name, _, _ := strings.Cut(strings.TrimPrefix(l.Text, "FAIL "), "\n")
			names = append(names, name)
		}
		return nil, fmt.Errorf("%w: %d of %d case(s) failed (%s)", ErrRuleTestsFailed, res.Fail, res.Fail+res.Pass, strings.Join(names, "; "))
	}
	langs := make(map[string]bool, len(suite.Set.Terms))
	for _, t := range suite.Set.Terms {
		langs[t.Language.V] = true
	}
	return langs, nil
}

// noLanguageLost refuses a candidate without term files for a language
// the set in force has: a directory synced file by file (a ConfigMap, an
// rsync) passes through such states, and a language's special-category
// terms would silently stop being found. Removing a language on purpose
// takes a restart.
func (r *Reloader) noLanguageLost(langs map[string]bool) error {
	var lost []string
	for l := range r.langs {
		if !langs[l] {
			lost = append(lost, l)
		}
	}
	if len(lost) == 0 {
		return nil
	}
	sort.Strings(lost)
	return fmt.Errorf("the candidate has no term file for %s, which the rule set in force has (terms/%s.yaml); remove a language by restarting, not by reload",
		strings.Join(lost, ", "), lost[0])
}

// LastError is the error of the last reload, or nil.
func (r *Reloader) LastError() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.lastErr
}

func versionOf(rs *classifier.Ruleset) string {
	if rs == nil {
		return ""
	}
	return rs.Version()
}

func (r *Reloader) count(result string) {
	if r.Metrics != nil {
		r.Metrics.reloads.WithLabelValues(result).Inc()
	}
}

// Watch reloads on every value from hup and whenever the directory's
// content hash changes (checked every interval), until ctx ends. Polling
// a content hash instead of file events works the same on every
// filesystem, including the symlink swaps Kubernetes ConfigMaps use.
func (r *Reloader) Watch(ctx context.Context, interval time.Duration, hup <-chan os.Signal) {
	last := r.contentVersion()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			r.Log.Info("SIGHUP: reloading rules")
			_ = r.Reload()
			last = r.contentVersion()
		case <-t.C:
			v := r.contentVersion()
			if v != last {
				last = v
				r.Log.Info("rules changed on disk: reloading", zap.String("content", v))
				_ = r.Reload()
			}
		}
	}
}

func (r *Reloader) contentVersion() string {
	set, _ := rules.Load(r.FS())
	if set == nil {
		return ""
	}
	return set.Version
}

// ErrNoRules is returned when no rules could be loaded at start.
var ErrNoRules = errors.New("no rules loaded")
