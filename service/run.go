package service

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/admin"
	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/embedded"
	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/producer"
)

// RunOptions is what `classifier run` was asked to do.
type RunOptions struct {
	Config       *Config
	Rules        func() fs.FS // the rules directory (opened anew on reload)
	RulesDir     string       // "" = built in: nothing to watch
	ShadowRules  func() fs.FS
	CreateTopics bool
	Demo         bool
	DemoRate     int // events per second the demo feeds; 0 = 200
	Getenv       func(string) string
	Log          *zap.Logger
	Stdout       io.Writer // banner and demo summary
	// Ready, if set, receives the admin address and bootstrap address once
	// the service runs (tests).
	Ready func(adminAddr, brokers string)
	// Acked, if set, is called with each batch's inputs once all their
	// outputs are acknowledged (pipeline.Config.Acked): for benchmarks.
	Acked func(inputs []pipeline.Input, at time.Time)
}

// ErrConfig marks errors of configuration (exit status 2).
var ErrConfig = errors.New("configuration")

func configErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, args...))
}

// Run runs the stream service until ctx ends or it fails.
func Run(ctx context.Context, o RunOptions) error {
	log := o.Log
	cfg := o.Config
	key, err := cfg.Key(o.Getenv)
	if err != nil {
		return configErr("%v", err)
	}
	ccfg := cfg.ClassifierConfig(key)
	rs, ps, err := classifier.LoadFS(o.Rules(), ccfg)
	if err != nil {
		for _, p := range ps.Errors() {
			log.Error("rule problem", zap.String("problem", p.String()))
		}
		// Fail closed: without rules nothing is consumed, so nothing passes through.
		return configErr("rules do not load (%d errors); nothing will be consumed:\n%s", len(ps.Errors()), firstProblems(ps, 10))
	}
	if len(key) == 0 && o.Demo {
		key = make([]byte, 32)
		_, _ = rand.Read(key)
		ccfg = cfg.ClassifierConfig(key)
		ccfg.KeyID = "demo-ephemeral"
		if rs, _, err = classifier.LoadFS(o.Rules(), ccfg); err != nil {
			return err
		}
		fmt.Fprintln(o.Stdout, "Demo: no pseudonymization key set, so a random one is used for this run (pseudonyms will not match any other run).")
	}
	if len(key) == 0 {
		log.Warn("no pseudonymization key ($" + envName(cfg) + " or key_file): routes that need pseudonymization go to quarantine, and /readyz reports not ready")
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics := NewMetrics(reg)
	metrics.SetRuleset("live", rs.Version())
	pm, err := pipeline.NewMetrics(reg, pipeline.MetricsOptions{Projections: []string{"full", "pseudonymized", "redacted", "audit", "quarantine"}})
	if err != nil {
		return err
	}

	// The input cluster: configured brokers, or the embedded broker.
	topics := cfg.topicSpecs()
	var broker *embedded.Broker
	if len(cfg.Kafka.Brokers) == 0 {
		// The broker outlives ctx: the pipeline still drains and commits
		// after a signal, and the deferred Close stops the broker last.
		broker, err = embedded.Start(context.Background(), log, topics, embedded.Options{GroupMinSessionTimeout: time.Second})
		if err != nil {
			return fmt.Errorf("start embedded broker: %w", err)
		}
		defer broker.Close()
		cfg.Kafka.Brokers = []string{broker.Addr()}
		fmt.Fprintf(o.Stdout, "No Kafka brokers configured (--brokers / KAFKA_BROKERS): started an EMBEDDED in-process broker at %s.\n"+
			"It is for trying the service out: data lives in memory and is gone when the process exits.\n"+
			"Talk to it with any Kafka client, e.g.: kcat -b %s -L\n", broker.Addr(), broker.Addr())
	}
	input, err := cfg.Kafka.Cluster(o.Getenv)
	if err != nil {
		return configErr("kafka: %v", err)
	}
	clusters := map[string]cluster.Config{"": input}
	for name, cc := range cfg.Clusters {
		c, err := cc.Cluster(o.Getenv)
		if err != nil {
			return configErr("clusters.%s: %v", name, err)
		}
		clusters[name] = c
	}
	if err := cfg.ensureTopics(ctx, clusters, o.CreateTopics || broker != nil); err != nil {
		return err
	}

	router := NewRouter(rs, cfg.topicClusters(), log.Named("router"), metrics)
	reloader := &Reloader{FS: o.Rules, Config: ccfg, Router: router, Log: log.Named("rules"), Metrics: metrics}
	if o.ShadowRules != nil {
		sh, ps, err := classifier.LoadFS(o.ShadowRules(), ccfg)
		if err != nil {
			for _, p := range ps.Errors() {
				log.Error("shadow rule problem", zap.String("problem", p.String()))
			}
			return configErr("shadow rules do not load")
		}
		router.SetShadow(sh)
		metrics.SetRuleset("shadow", sh.Version())
		log.Info("shadow rules loaded: every event is also judged by them, without routing by them", zap.String("shadow_ruleset", sh.Version()))
	}

	cons, err := consumer.New(consumer.Config{Cluster: input, GroupID: cfg.Input.Group, Topics: []string{cfg.Input.Topic},
		QueueCapacity: cfg.ConsumerQueueCapacity(), Log: log.Named("consumer")})
	if err != nil {
		return err
	}
	prod, err := producer.New(producer.Config{Clusters: clusters, RetryBudget: time.Duration(cfg.Pipeline.WriteBudgetSeconds) * time.Second,
		BatchSize: cfg.Pipeline.ProducerBatchSize, BatchBytes: int64(cfg.Pipeline.ProducerBatchBytes),
		Compression: cfg.Compression(), Log: log.Named("producer")})
	if err != nil {
		cons.Close()
		return err
	}
	pipe, err := pipeline.New(pipeline.Config{
		Source: cons, Sink: prod, Router: router, Log: log.Named("pipeline"), Metrics: pm,
		BatchMax: cfg.Pipeline.BatchSize, Linger: time.Duration(cfg.Pipeline.LingerMS) * time.Millisecond,
		MaxInFlightBytes: int64(cfg.Pipeline.MaxInFlightBytes), MaxInFlightBatches: cfg.Pipeline.MaxInFlightBatches,
		QuarantineTopic: cfg.Topics.Quarantine,
		Quarantine:      pipeline.DefaultQuarantine(cfg.Topics.Quarantine, cfg.Topics.QuarantineCluster),
		Acked:           o.Acked,
	})
	if err != nil {
		cons.Close()
		prod.Close()
		return err
	}

	srv := admin.New(cfg.Admin.Addr, log.Named("admin"), reg)
	srv.SetRulesetVersion(rs.Version())
	srv.AddCheck("consumer_group", func(context.Context) error {
		if !cons.Joined() {
			return errors.New("not a member of the consumer group yet")
		}
		return nil
	})
	srv.AddCheck("rules", func(context.Context) error {
		srv.SetRulesetVersion(router.Ruleset().Version())
		if err := reloader.LastError(); err != nil {
			return nil // the previous good set is in force; the failure is logged and counted
		}
		return nil
	})
	srv.AddCheck("outputs", func(ctx context.Context) error { return prod.Ping(ctx) })
	srv.AddCheck("pseudonymization_key", func(context.Context) error {
		if len(key) == 0 {
			return errors.New("no pseudonymization key: pseudonymized routes are quarantined")
		}
		return nil
	})
	srv.Handle("POST /v1/classify", classifyHandler(router))
	if err := srv.Listen(); err != nil {
		cons.Close()
		prod.Close()
		return configErr("admin listener %s: %v", cfg.Admin.Addr, err)
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 4)
	go func() { errc <- srv.Run(ctx) }()
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	if o.RulesDir != "" {
		go reloader.Watch(ctx, 2*time.Second, hup)
	} else {
		go func() {
			for {
				select {
				case <-ctx.Done():
					return
				case <-hup:
					log.Info("SIGHUP: the built-in rules cannot change; start with --rules DIR to reload rules")
				}
			}
		}()
	}
	log.Info("classifier running", zap.Strings("brokers", cfg.Kafka.Brokers), zap.String("input", cfg.Input.Topic),
		zap.String("group", cfg.Input.Group), zap.String("ruleset", rs.Version()), zap.String("admin", srv.Addr()))
	if o.Demo {
		go runDemo(ctx, o, cfg, input, reg, log.Named("demo"))
	}
	if o.Ready != nil {
		o.Ready(srv.Addr(), strings.Join(cfg.Kafka.Brokers, ","))
	}
	err = pipe.Run(ctx)
	cancel()
	if err != nil && !errors.Is(err, context.Canceled) {
		log.Error("pipeline stopped without committing what was not acknowledged", zap.Error(err))
		return err
	}
	log.Info("classifier stopped cleanly")
	return nil
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

func envName(cfg *Config) string {
	if cfg.Pseudonym.KeyEnv != "" {
		return cfg.Pseudonym.KeyEnv
	}
	return "CLASSIFIER_PSEUDONYM_KEY"
}

// topicSpecs lists every topic the service reads or writes on the input
// cluster, with the configured partitions.
func (c *Config) topicSpecs() []cluster.TopicSpec {
	parts, rf := c.CreateTopics.Partitions, c.CreateTopics.ReplicationFactor
	if parts <= 0 {
		parts = 6
	}
	if rf <= 0 {
		rf = 1
	}
	var out []cluster.TopicSpec
	seen := map[string]bool{}
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, cluster.TopicSpec{Name: t, Partitions: parts, ReplicationFactor: rf})
		}
	}
	add(c.Input.Topic)
	for _, name := range sortedKeys(c.Regions) {
		if c.Regions[name].Cluster == "" {
			add(c.Regions[name].Topic)
		}
	}
	add(c.Topics.Audit)
	if c.Topics.QuarantineCluster == "" {
		add(c.Topics.Quarantine)
	}
	return out
}

// topicClusters maps each output topic to its named cluster.
func (c *Config) topicClusters() map[string]string {
	m := map[string]string{}
	for _, r := range c.Regions {
		m[r.Topic] = r.Cluster
	}
	m[c.Topics.Quarantine] = c.Topics.QuarantineCluster
	m[c.Topics.Audit] = ""
	return m
}

// ensureTopics checks (or creates) every topic on every cluster at start:
// a typo in a region topic is a start-up error, not a lost record.
func (c *Config) ensureTopics(ctx context.Context, clusters map[string]cluster.Config, create bool) error {
	byCluster := map[string][]cluster.TopicSpec{"": c.topicSpecs()}
	parts, rf := max(c.CreateTopics.Partitions, 1), max(c.CreateTopics.ReplicationFactor, 1)
	for _, r := range c.Regions {
		if r.Cluster != "" {
			byCluster[r.Cluster] = append(byCluster[r.Cluster], cluster.TopicSpec{Name: r.Topic, Partitions: parts, ReplicationFactor: rf})
		}
	}
	if q := c.Topics.QuarantineCluster; q != "" {
		byCluster[q] = append(byCluster[q], cluster.TopicSpec{Name: c.Topics.Quarantine, Partitions: parts, ReplicationFactor: rf})
	}
	names := make([]string, 0, len(byCluster))
	for n := range byCluster {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := cluster.EnsureTopics(cctx, clusters[name], byCluster[name], create)
		cancel()
		if err != nil {
			label := "input cluster"
			if name != "" {
				label = "cluster " + name
			}
			var missing *cluster.MissingTopicsError
			if errors.As(err, &missing) {
				return configErr("%s: %v (start with --create-topics to create them)", label, err)
			}
			return fmt.Errorf("%s: %w", label, err)
		}
	}
	return nil
}

// classifyHandler answers POST /v1/classify with the decision for the
// posted event, judged by the rule set in force: for rule authors.
func classifyHandler(r *Router) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, err := io.ReadAll(io.LimitReader(req.Body, 4<<20))
		if err != nil {
			http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
			return
		}
		rs := r.Ruleset()
		in := classifier.Input{Value: body, Source: "http", IDFromValue: true}
		w.Header().Set("Content-Type", "application/json")
		if req.URL.Query().Get("records") != "" {
			recs, _ := rs.ProcessAppend(&classifier.Decision{}, in, nil, nil)
			out := make([]map[string]any, 0, len(recs))
			for _, rec := range recs {
				hs := map[string]string{}
				for _, h := range rec.Headers {
					hs[h.Key] = string(h.Value)
				}
				var v any = string(rec.Value)
				if json.Valid(rec.Value) {
					v = json.RawMessage(rec.Value)
				}
				out = append(out, map[string]any{"topic": rec.Topic, "key": string(rec.Key), "headers": hs, "value": v})
			}
			_ = json.NewEncoder(w).Encode(out)
			return
		}
		d := rs.Classify(in)
		_, _ = w.Write(append(d.AppendJSON(nil), '\n'))
	})
}
