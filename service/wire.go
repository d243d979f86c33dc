package service

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/embedded"
	"github.com/residency-labs/signup-classifier/opshttp"
	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/producer"
	"github.com/residency-labs/signup-classifier/record"
)

// loadedRules is the rule set the service starts with, and the key and
// classifier config it was compiled with (reloads compile with the same).
type loadedRules struct {
	key  []byte
	ccfg classifier.Config
	live *classifier.Ruleset
	// langs are the term languages of a rules directory (nil for the
	// built-in rules): a reload must keep each of them.
	langs map[string]bool
}

// loadRules compiles the rules. Fail closed: without rules nothing is
// consumed, so nothing passes through unclassified.
func loadRules(o RunOptions) (loadedRules, error) {
	cfg, log := o.Config, o.Log
	key, err := cfg.Key(o.Getenv)
	if err != nil {
		return loadedRules{}, configErr("%v", err)
	}
	ccfg := cfg.ClassifierConfig(key)
	rs, ps, err := classifier.LoadFS(o.Rules(), ccfg)
	if err != nil {
		for _, p := range ps.Errors() {
			log.Error("rule problem", zap.String("problem", p.String()))
		}
		return loadedRules{}, configErr("rules do not load (%d errors); nothing will be consumed:\n%s", len(ps.Errors()), firstProblems(ps, 10))
	}
	var langs map[string]bool
	if o.RulesDir != "" {
		// A rules directory must pass its own rule tests, at the start as
		// on every reload (the built-in rules pass them in CI): a set
		// that loads but has lost its terms would tokenize special
		// categories instead of removing them.
		if langs, err = vetRules(o.Rules(), o.RulesDir, cfg.ClassifierConfig); err != nil {
			log.Error("rules fail their own tests; nothing will be consumed", zap.String("problem", err.Error()))
			return loadedRules{}, configErr("%s: %v; nothing will be consumed", o.RulesDir, err)
		}
	}
	if len(key) == 0 && o.Demo {
		key = make([]byte, 32)
		_, _ = rand.Read(key)
		ccfg = cfg.ClassifierConfig(key)
		ccfg.KeyID = "demo-ephemeral"
		if rs, _, err = classifier.LoadFS(o.Rules(), ccfg); err != nil {
			return loadedRules{}, err
		}
		fmt.Fprintln(o.Stdout, "Demo: no pseudonymization key set, so a random one is used for this run (pseudonyms will not match any other run).")
	}
	if len(key) == 0 {
		log.Warn("no pseudonymization key ($" + cfg.KeyEnv() + " or key_file): routes that need pseudonymization go to quarantine, and /readyz reports not ready")
	}
	return loadedRules{key: key, ccfg: ccfg, live: rs, langs: langs}, nil
}

// firstProblems lists up to n rule errors, one per line (file:line:col:
// message; never event data).
func firstProblems(ps rules.Problems, n int) string {
	errs := ps.Errors()
	var lines []string
	for i, p := range errs {
		if i == n {
			lines = append(lines, fmt.Sprintf("... and %d more", len(errs)-n))
			break
		}
		lines = append(lines, "  "+p.String())
	}
	return strings.Join(lines, "\n")
}

// observability is the service's own registry (never the global one) with
// the classifier's and the pipeline's metrics on it.
type observability struct {
	reg      *prometheus.Registry
	metrics  *Metrics
	pipeline *pipeline.Metrics
}

func newObservability(live *classifier.Ruleset) (observability, error) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := NewMetrics(reg)
	m.SetRuleset("live", live.Version())
	pm, err := pipeline.NewMetrics(reg, pipeline.MetricsOptions{Projections: []string{"full", "pseudonymized", "redacted", "audit", classifier.ProjectionAuditTemplate, "quarantine"}})
	if err != nil {
		return observability{}, err
	}
	return observability{reg: reg, metrics: m, pipeline: pm}, nil
}

// startBroker starts the embedded broker when no brokers are configured,
// and points the config at it; nil when brokers are configured.
func startBroker(o RunOptions) (*embedded.Broker, error) {
	cfg := o.Config
	if len(cfg.Kafka.Brokers) > 0 {
		return nil, nil
	}
	// The broker outlives ctx: the pipeline still drains and commits
	// after a signal, and the caller's deferred Close stops the broker last.
	broker, err := embedded.Start(context.Background(), o.Log, topicSpecs(cfg), embedded.Options{GroupMinSessionTimeout: time.Second})
	if err != nil {
		return nil, fmt.Errorf("start embedded broker: %w", err)
	}
	cfg.Kafka.Brokers = []string{broker.Addr()}
	fmt.Fprintf(o.Stdout, "No Kafka brokers configured (--brokers / KAFKA_BROKERS): started an EMBEDDED in-process broker at %s.\n"+
		"It is for trying the service out: data lives in memory and is gone when the process exits.\n"+
		"Talk to it with any Kafka client, e.g.: kcat -b %s -L\n", broker.Addr(), broker.Addr())
	return broker, nil
}

// connect reads the clusters' secrets and checks (or creates) every topic
// on every cluster; the input cluster is under "".
func connect(ctx context.Context, o RunOptions, embedded bool) (map[string]cluster.Config, error) {
	clusters, err := o.Config.Connections(o.Getenv)
	if err != nil {
		return nil, configErr("%v", err)
	}
	if err := ensureTopics(ctx, o.Config, clusters, o.CreateTopics || embedded); err != nil {
		return nil, err
	}
	return clusters, nil
}

// newRouting builds the router over the live rules, with the shadow rules
// if asked for, and the reloader that swaps rule sets in it.
func newRouting(o RunOptions, lr loadedRules, m *Metrics) (*Router, *Reloader, error) {
	log := o.Log
	router := NewRouter(lr.live, TopicClusters(o.Config), log.Named("router"), m)
	reloader := &Reloader{FS: o.Rules, Config: lr.ccfg, Router: router, Log: log.Named("rules"), Metrics: m,
		TestConfig: o.Config.ClassifierConfig, Dir: o.RulesDir, langs: lr.langs}
	if o.ShadowRules == nil {
		return router, reloader, nil
	}
	sh, ps, err := classifier.LoadFS(o.ShadowRules(), lr.ccfg)
	if err != nil {
		for _, p := range ps.Errors() {
			log.Error("shadow rule problem", zap.String("problem", p.String()))
		}
		return nil, nil, configErr("shadow rules do not load")
	}
	router.SetShadow(sh)
	m.SetRuleset("shadow", sh.Version())
	log.Info("shadow rules loaded: every event is also judged by them, without routing by them", zap.String("shadow_ruleset", sh.Version()))
	return router, reloader, nil
}

// stream is the consumer, the producer and the pipeline between them.
// Once the pipeline runs it closes both ends; until then close does.
type stream struct {
	cons consumer.Group
	prod *producer.Producer
	pipe *pipeline.Pipeline
}

func (s *stream) close() {
	s.cons.Close()
	s.prod.Close()
}

func newStream(o RunOptions, clusters map[string]cluster.Config, router *Router, pm *pipeline.Metrics) (*stream, error) {
	cfg, log := o.Config, o.Log
	cons, err := consumer.Open(cfg.Input.Consumer, consumer.Config{Cluster: clusters[""], GroupID: cfg.Input.Group, Topics: []string{cfg.Input.Topic},
		QueueCapacity: cfg.ConsumerQueueCapacity(), Log: log.Named("consumer")})
	if err != nil {
		return nil, err
	}
	prod, err := producer.New(producer.Config{Clusters: clusters, RetryBudget: time.Duration(cfg.Pipeline.WriteBudgetSeconds) * time.Second,
		BatchSize: cfg.Pipeline.ProducerBatchSize, BatchBytes: int64(cfg.Pipeline.ProducerBatchBytes),
		Compression: cfg.Compression(), Requests: producer.Requests(cfg.Pipeline.ProduceRequests), Log: log.Named("producer")})
	if err != nil {
		cons.Close()
		return nil, err
	}
	st := &stream{cons: cons, prod: prod}
	st.pipe, err = pipeline.New(pipeline.Config{
		Source: cons, Sink: prod, Router: router, Log: log.Named("pipeline"), Metrics: pm,
		BatchMax: cfg.Pipeline.BatchSize, Linger: time.Duration(cfg.Pipeline.LingerMS) * time.Millisecond,
		MaxInFlightBytes: int64(cfg.Pipeline.MaxInFlightBytes), MaxInFlightBatches: cfg.Pipeline.MaxInFlightBatches,
		QuarantineTopic: cfg.Topics.Quarantine,
		Quarantine:      scrubbedQuarantine(pipeline.DefaultQuarantine(cfg.Topics.Quarantine, cfg.Topics.QuarantineCluster), router),
		Acked:           o.Acked,
	})
	if err != nil {
		st.close()
		return nil, err
	}
	return st, nil
}

// newOpsServer binds the ops HTTP server with the service's readiness
// checks, /v1/classify and the live page (/ui).
func newOpsServer(o RunOptions, st *stream, router *Router, reg *prometheus.Registry, key []byte, ui opshttp.UI) (*opshttp.Server, error) {
	guard, tlsCfg, err := adminProtection(o)
	if err != nil {
		return nil, err
	}
	srv := opshttp.New(o.Config.Admin.Addr, o.Log.Named("admin"), reg)
	srv.TLS = tlsCfg
	// The version shown is read from the router on every request: the
	// set in force right after a reload, not the one of the last check.
	srv.SetRulesetVersionFunc(func() string { return router.Ruleset().Version() })
	srv.AddCheck("consumer_group", func(context.Context) error {
		if !st.cons.Joined() {
			return errors.New("not a member of the consumer group yet")
		}
		return nil
	})
	srv.AddCheck("rules", func(context.Context) error {
		// A failed reload leaves the previous good set in force (logged
		// and counted): still ready, and the version shown is that set's.
		return nil
	})
	srv.AddCheck("outputs", func(ctx context.Context) error { return st.prod.Ping(ctx) })
	srv.AddCheck("pseudonymization_key", func(context.Context) error {
		if len(key) == 0 {
			return errors.New("no pseudonymization key: pseudonymized routes are quarantined")
		}
		return nil
	})
	srv.Handle("POST /v1/classify", guard.Wrap(opshttp.ClassifyHandler(router.Ruleset, o.Config.MaxRequestBytes())))
	ui.Mount(srv, guard)
	if err := srv.Listen(); err != nil {
		return nil, configErr("admin listener %s: %v", o.Config.Admin.Addr, err)
	}
	return srv, nil
}

// adminProtection is the guard of the operator routes and the listener's
// TLS, from admin.auth and admin.tls. Protection that is configured but
// cannot be put in force stops the service: it never serves unprotected.
func adminProtection(o RunOptions) (opshttp.Guard, *tls.Config, error) {
	a := o.Config.Admin
	token, err := o.Config.AdminToken(o.Getenv)
	if err != nil {
		return opshttp.Guard{}, nil, configErr("%v", err)
	}
	g := opshttp.Guard{Token: token, ClientCert: a.TLS.ClientCAFile != ""}
	if a.TLS.CertFile == "" {
		return g, nil, nil
	}
	cfg, err := opshttp.ServerTLS(a.TLS.CertFile, a.TLS.KeyFile, a.TLS.ClientCAFile)
	if err != nil {
		return opshttp.Guard{}, nil, configErr("admin.tls: %v", err)
	}
	return g, cfg, nil
}

// watchRules reloads the rules directory on SIGHUP and on change; with
// the built-in rules it only says that SIGHUP cannot change them. The
// returned func stops listening for SIGHUP.
func watchRules(ctx context.Context, o RunOptions, reloader *Reloader) (stop func()) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	if o.RulesDir != "" {
		go reloader.Watch(ctx, 2*time.Second, hup)
		return func() { signal.Stop(hup) }
	}
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				o.Log.Info("SIGHUP: the built-in rules cannot change; start with --rules DIR to reload rules")
			}
		}
	}()
	return func() { signal.Stop(hup) }
}

// scrubbedQuarantine wraps the pipeline's quarantine of an output that
// could not be written, which carries the raw input for replay: the
// credentials in it are dropped as from every other record (the rules in
// force judge them), and a key that is a credential is not kept.
func scrubbedQuarantine(q pipeline.QuarantineFunc, router *Router) pipeline.QuarantineFunc {
	return func(in *record.Input, f pipeline.Failure) record.Output {
		out := q(in, f)
		out.Key, out.Value = router.Ruleset().ScrubQuarantine(out.Key, out.Value)
		return out
	}
}
