package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/residency-labs/signup-classifier/service"
)

func cmdRun(ctx context.Context, env *cliEnv, args []string) error {
	fl := newFlags("run", "run [--brokers LIST] [--config FILE] [--rules DIR] [--admin-addr ADDR] [--create-topics] [--demo] [--shadow-rules DIR]", env)
	config := fl.String("config", "", "service config file (default: the built-in configs/classifier.yaml)")
	rulesDir := fl.String("rules", "", "rules directory, reloaded on SIGHUP and on change (default: the built-in rules)")
	brokers := fl.String("brokers", "", "Kafka bootstrap brokers, comma-separated (default: $KAFKA_BROKERS; none: start an embedded broker)")
	adminAddr := fl.String("admin-addr", "", "admin HTTP address for /metrics, /healthz, /readyz, /v1/classify (default: $CLASSIFIER_ADMIN_ADDR or the config's)")
	createTopics := fl.Bool("create-topics", false, "create missing topics with the config's partitions and replication")
	demoFlag := fl.Bool("demo", false, "feed generated signups from many countries and print a live per-region summary")
	demoRate := fl.Int("demo-rate", 200, "events per second --demo produces")
	shadow := fl.String("shadow-rules", "", "candidate rules directory: judge every event by it too, count and log disagreements, route by the live rules only")
	logFormat := fl.String("log-format", "auto", "log format: json, console or auto (console on a terminal)")
	logLevel := fl.String("log-level", "info", "log level: debug, info, warn, error")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return usageErr("run takes no arguments, got %q", fl.Args())
	}
	cfg, err := loadConfig(*config, env)
	if err != nil {
		return err
	}
	if *brokers != "" {
		cfg.Kafka.Brokers = strings.Split(*brokers, ",")
	}
	if *adminAddr != "" {
		cfg.Admin.Addr = *adminAddr
	}
	log, err := newLogger(*logFormat, *logLevel, env)
	if err != nil {
		return usageErr("%w", err)
	}
	defer log.Sync()
	opts := service.RunOptions{
		Config: cfg, Rules: func() fs.FS { return rulesFS(*rulesDir) }, RulesDir: *rulesDir,
		CreateTopics: *createTopics, Demo: *demoFlag, DemoRate: *demoRate,
		Getenv: env.getenv, Log: log, Stdout: env.stdout,
	}
	if *shadow != "" {
		dir := *shadow
		opts.ShadowRules = func() fs.FS { return os.DirFS(dir) }
	}
	err = service.Run(ctx, opts)
	if errors.Is(err, service.ErrConfig) {
		return &exitError{2, err}
	}
	if err != nil {
		return workErr(err)
	}
	return nil
}

// newLogger builds the service logger: JSON in production, console on a
// terminal. Logs carry coordinates, paths and categories, never values.
func newLogger(format, level string, env *cliEnv) (*zap.Logger, error) {
	var lvl zapcore.Level
	if err := lvl.Set(level); err != nil {
		return nil, err
	}
	if format == "auto" {
		format = "json"
		if isTerminal(env.stderr) {
			format = "console"
		}
	}
	var cfg zap.Config
	switch format {
	case "json":
		cfg = zap.NewProductionConfig()
	case "console":
		cfg = zap.NewDevelopmentConfig()
		cfg.EncoderConfig.EncodeLevel = zapcore.CapitalColorLevelEncoder
		cfg.DisableStacktrace = true
	default:
		return nil, errors.New("--log-format must be json, console or auto")
	}
	cfg.Level = zap.NewAtomicLevelAt(lvl)
	return cfg.Build()
}
