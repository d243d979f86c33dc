package service

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// Reloader loads a rules directory again on SIGHUP and when its files
// change, and puts the new set in force only if it loads, lints and
// compiles: a bad rule change never replaces a good rule set.
type Reloader struct {
	FS      func() fs.FS // the rules directory, opened anew for each load
	Config  classifier.Config
	Router  *Router
	Log     *zap.Logger
	Metrics *Metrics

	mu      sync.Mutex
	lastErr error
}

// Reload loads and, when it is good and new, swaps in the rule set.
func (r *Reloader) Reload() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	rs, ps, err := classifier.LoadFS(r.FS(), r.Config)
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
	r.lastErr = nil
	old := r.Router.Ruleset()
	if old != nil && old.Version() == rs.Version() {
		r.count("unchanged")
		return nil
	}
	r.Router.Swap(rs)
	if r.Metrics != nil {
		r.Metrics.SetRuleset("live", rs.Version())
	}
	r.count("ok")
	r.Log.Info("rules reloaded", zap.String("from", versionOf(old)), zap.String("to", rs.Version()), zap.Int("warnings", len(ps)-len(ps.Errors())))
	return nil
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
