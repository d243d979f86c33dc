package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/residency-labs/signup-classifier/internal/soak"
)

func main() { os.Exit(run()) }

func run() int {
	fl := flag.NewFlagSet("soak", flag.ContinueOnError)
	fl.Usage = func() {
		fmt.Fprintln(fl.Output(), "usage: soak [flags]   (see go doc ./cmd/soak)")
		fl.PrintDefaults()
	}
	brokers := fl.String("brokers", os.Getenv("KAFKA_BROKERS"), "bootstrap brokers (default $KAFKA_BROKERS)")
	events := fl.Int("events", 20000, "events to produce")
	hostile := fl.Float64("hostile", 0.02, "share of deliberately broken events")
	rate := fl.Int("rate", 0, "events per second; 0 = as fast as possible")
	replicas := fl.Int("replicas", 3, "replicas of `classifier run`")
	partitions := fl.Int("partitions", 6, "input topic partitions")
	killEvery := fl.Duration("kill-every", 10*time.Second, "SIGKILL a random replica this often; 0 = never")
	killFor := fl.Duration("kill-for", 2*time.Minute, "stop killing after this long; 0 = until drained")
	kills := fl.Int("kills", 0, "at most this many kills; 0 = no limit")
	restartAfter := fl.Duration("restart-after", 2*time.Second, "restart a killed replica after this long")
	scale := fl.String("scale", "", "replica counts to step through, e.g. 5,2,3")
	scaleEvery := fl.Duration("scale-every", 15*time.Second, "time between scale steps")
	zombie := fl.Bool("zombie", false, "SIGSTOP one replica, then SIGCONT it")
	zombieAt := fl.Duration("zombie-at", 0, "when to SIGSTOP it (default half of -kill-every, at least 5s)")
	zombieFor := fl.Duration("zombie-for", 20*time.Second, "how long it stays stopped")
	drain := fl.Duration("drain-timeout", 10*time.Minute, "wait this long after production and faults end")
	seed := fl.Uint64("seed", 0, "generator seed (0: time-based)")
	bin := fl.String("bin", "", "classifier binary (default: go build ./cmd/classifier)")
	config := fl.String("config", "", "service config file for the replicas (default: built in)")
	dir := fl.String("dir", "", "work dir (default: a temp dir, removed on success unless -keep)")
	keep := fl.Bool("keep", false, "keep the work dir")
	logLevel := fl.String("log-level", "info", "the replicas' --log-level (debug shows every commit; the leak scan covers it too)")
	jsonOut := fl.String("json", "", "also write the report as JSON to this file")
	if err := fl.Parse(os.Args[1:]); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "soak: unexpected arguments %q\n", fl.Args())
		return 2
	}
	bad := func(format string, args ...any) int {
		fmt.Fprintf(os.Stderr, "soak: "+format+"\n", args...)
		return 2
	}
	if *events <= 0 || *replicas <= 0 || *partitions <= 0 || *hostile < 0 || *hostile > 1 || *rate < 0 {
		return bad("-events, -replicas, -partitions must be > 0, -hostile within 0..1, -rate >= 0")
	}
	var steps []int
	if *scale != "" {
		for _, s := range strings.Split(*scale, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || n < 1 {
				return bad("-scale: want replica counts >= 1, got %q", s)
			}
			steps = append(steps, n)
		}
	}
	k, err := soak.NewKafka(*brokers)
	if err != nil {
		return bad("%v", err)
	}
	if *seed == 0 {
		*seed = uint64(time.Now().UnixNano())
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	workDir := *dir
	if workDir == "" {
		if workDir, err = os.MkdirTemp("", "soak."); err != nil {
			return bad("%v", err)
		}
	} else if err := os.MkdirAll(workDir, 0o755); err != nil {
		return bad("%v", err)
	}
	if *bin == "" {
		fmt.Fprintf(os.Stderr, "soak: building ./cmd/classifier into %s\n", workDir)
		if *bin, err = soak.BuildClassifier(ctx, workDir); err != nil {
			return bad("%v", err)
		}
	}
	rep, err := soak.Soak(ctx, soak.SoakOptions{
		Kafka: k, Bin: *bin, Dir: workDir, ConfigFile: *config,
		Events: *events, Hostile: *hostile, Rate: *rate, Seed: *seed, Partitions: *partitions, Replicas: *replicas,
		KillEvery: *killEvery, KillFor: *killFor, Kills: *kills, RestartAfter: *restartAfter,
		Scale: steps, ScaleEvery: *scaleEvery, Zombie: *zombie, ZombieAt: *zombieAt, ZombieFor: *zombieFor,
		DrainTimeout: *drain, LogLevel: *logLevel, Out: os.Stderr,
	})
	if rep != nil {
		fmt.Print(rep.String())
		if *jsonOut != "" {
			if err := writeJSON(*jsonOut, rep); err != nil {
				fmt.Fprintf(os.Stderr, "soak: %v\n", err)
			}
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "soak: %v (work dir kept: %s)\n", err, workDir)
		return 2
	}
	if f := rep.Failed(); len(f) > 0 {
		fmt.Fprintf(os.Stderr, "soak: FAIL (work dir kept: %s)\n", workDir)
		return 1
	}
	switch {
	case *dir != "": // the caller's dir: the caller's to clean
	case *keep:
		fmt.Fprintf(os.Stderr, "soak: work dir %s\n", workDir)
	default:
		os.RemoveAll(workDir)
	}
	return 0
}

func writeJSON(path string, r *soak.SoakReport) error {
	v := r.V
	out := map[string]any{
		"input": r.Input, "group": r.Group, "events": r.Produced, "produce_errors": r.ProduceErrors,
		"replicas": r.Opts.Replicas, "max_members": r.MaxMembers, "kills": r.Kills, "zombie_pauses": r.Pauses, "scale_steps": r.ScaleSteps,
		"drained": r.Drained, "processed_seconds": r.Processed.Seconds(), "drain_seconds": r.Drain.Seconds(),
		"production_seconds": r.ProduceDuration.Seconds(), "unclean_stops": r.Unclean, "failed": r.Failed(),
		"duplicate_record_bound": r.DupRecordBound, "duplicate_event_bound": r.DupEventBound, "timeline": r.Timeline,
	}
	if v != nil {
		out["inputs"] = v.Inputs
		out["inputs_by_kind"] = v.InputsByKind
		out["classifier_quarantined"] = v.FailedByReason
		out["expected_records"] = v.Expected
		out["observed_records"] = v.Observed
		out["missing"] = v.Missing
		out["missing_by_topic"] = v.MissingByTopic
		out["misrouted"] = v.Misrouted
		out["mismatched"] = v.Mismatched
		out["unexpected"] = v.Unexpected
		out["replaced"] = v.Replaced
		out["leaks"] = v.Leaks
		out["log_leaks"] = v.LogLeaks
		out["duplicates"] = v.Duplicates
		out["duplicate_events"] = v.DupEvents
		out["worst_stall_seconds"] = v.MaxStall().Duration.Seconds()
		out["uncommitted"] = v.Uncommitted
		out["crashes"] = v.Crashes
		out["examples"] = v.Examples
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
