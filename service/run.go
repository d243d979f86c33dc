package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/opshttp"
	"github.com/residency-labs/signup-classifier/record"
	"github.com/residency-labs/signup-classifier/settings"
)

// RunOptions is what `classifier run` was asked to do.
type RunOptions struct {
	Config       *settings.Config
	Rules        func() fs.FS // the rules directory (opened anew on reload)
	RulesDir     string       // "" = built in: nothing to watch
	ShadowRules  func() fs.FS
	CreateTopics bool
	Demo         bool
	DemoRate     int // events per second the demo feeds; 0 = 200
	Getenv       func(string) string
	Log          *zap.Logger
	Stdout       io.Writer // banner and demo summary
	// Ready, if set, receives the ops server's address and the bootstrap
	// address once the service runs (tests).
	Ready func(adminAddr, brokers string)
	// Acked, if set, is called with each batch's inputs once all their
	// outputs are acknowledged (pipeline.Config.Acked): for benchmarks.
	Acked func(inputs []record.Input, at time.Time)
}

// ErrConfig marks errors of configuration (exit status 2).
var ErrConfig = errors.New("configuration")

func configErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, args...))
}

// Run runs the stream service until ctx ends or it fails. Each step
// undoes itself when a later one fails: the pipeline, once it runs, closes
// the consumer and producer; the embedded broker stops last.
func Run(ctx context.Context, o RunOptions) error {
	log, cfg := o.Log, o.Config
	rules, err := loadRules(o)
	if err != nil {
		return err
	}
	obs, err := newObservability(rules.live)
	if err != nil {
		return err
	}
	broker, err := startBroker(o)
	if err != nil {
		return err
	}
	if broker != nil {
		defer broker.Close()
	}
	clusters, err := connect(ctx, o, broker != nil)
	if err != nil {
		return err
	}
	router, reloader, err := newRouting(o, rules, obs.metrics)
	if err != nil {
		return err
	}
	st, err := newStream(o, clusters, router, obs.pipeline)
	if err != nil {
		return err
	}
	running := false
	defer func() {
		if !running {
			st.close()
		}
	}()
	recent := NewRecent(32, 250*time.Millisecond)
	router.SetRecent(recent)
	ui := opshttp.UI{Metrics: obs.reg, Recent: recent.Latest, ReloadError: reloader.LastError}
	srv, err := newOpsServer(o, st, router, obs.reg, rules.key, ui)
	if err != nil {
		return err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() { _ = srv.Run(ctx) }()
	stopWatch := watchRules(ctx, o, reloader)
	defer stopWatch()
	log.Info("classifier running", zap.Strings("brokers", cfg.Kafka.Brokers), zap.String("input", cfg.Input.Topic),
		zap.String("group", cfg.Input.Group), zap.String("ruleset", rules.live.Version()), zap.String("admin", srv.Addr()))
	if o.Demo {
		scheme := "http"
		if srv.TLS != nil {
			scheme = "https"
		}
		fmt.Fprintf(o.Stdout, "Live page of the flows: %s://%s/ui  (data: /ui/state.json, metrics: /metrics)\n", scheme, srv.Addr())
		d := demo.Drive{Cluster: clusters[""], Topic: cfg.Input.Topic, Rate: o.DemoRate, Metrics: obs.reg, Stdout: o.Stdout, Log: log.Named("demo")}
		go d.Run(ctx)
	}
	if o.Ready != nil {
		o.Ready(srv.Addr(), strings.Join(cfg.Kafka.Brokers, ","))
	}
	running = true
	err = st.pipe.Run(ctx)
	cancel()
	if err != nil && !errors.Is(err, context.Canceled) {
		log.Error("pipeline stopped without committing what was not acknowledged", zap.Error(err))
		return err
	}
	log.Info("classifier stopped cleanly")
	return nil
}
