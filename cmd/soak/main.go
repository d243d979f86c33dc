package main

import (
	"context"
	"encoding/json"
	"errors"
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
	o, code, ok := parseFlags(os.Args[1:])
	if !ok {
		return code
	}
	k, err := soak.NewKafka(o.brokers)
	if err != nil {
		return bad("%v", err)
	}
	if o.seed == 0 {
		o.seed = uint64(time.Now().UnixNano())
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	workDir, err := prepare(ctx, &o)
	if err != nil {
		return bad("%v", err)
	}
	rep, err := soak.Soak(ctx, soak.SoakOptions{
		Kafka: k, Bin: o.bin, Dir: workDir, ConfigFile: o.config,
		Events: o.events, Hostile: o.hostile, Rate: o.rate, Seed: o.seed, Partitions: o.partitions, Replicas: o.replicas,
		KillEvery: o.killEvery, KillFor: o.killFor, Kills: o.kills, RestartAfter: o.restartAfter,
		Scale: o.steps, ScaleEvery: o.scaleEvery, Zombie: o.zombie, ZombieAt: o.zombieAt, ZombieFor: o.zombieFor,
		DrainTimeout: o.drain, LogLevel: o.logLevel, Out: os.Stderr,
	})
	return finish(o, workDir, rep, err)
}

// options are the command line's flags (doc.go documents them).
type options struct {
	brokers                          string
	events                           int
	hostile                          float64
	rate, replicas, partitions       int
	killEvery, killFor               time.Duration
	kills                            int
	restartAfter                     time.Duration
	scale                            string
	steps                            []int // scale, parsed
	scaleEvery                       time.Duration
	zombie                           bool
	zombieAt, zombieFor, drain       time.Duration
	seed                             uint64
	bin, config, dir, logLevel, json string
	keep                             bool
}

// parseFlags parses and checks the command line; !ok means exit with code
// (0 for -help, 2 for a usage error, already reported).
func parseFlags(args []string) (o options, code int, ok bool) {
	fl := flag.NewFlagSet("soak", flag.ContinueOnError)
	fl.Usage = func() {
		fmt.Fprintln(fl.Output(), "usage: soak [flags]   (see go doc ./cmd/soak)")
		fl.PrintDefaults()
	}
	fl.StringVar(&o.brokers, "brokers", os.Getenv("KAFKA_BROKERS"), "bootstrap brokers (default $KAFKA_BROKERS)")
	fl.IntVar(&o.events, "events", 20000, "events to produce")
	fl.Float64Var(&o.hostile, "hostile", 0.02, "share of deliberately broken events")
	fl.IntVar(&o.rate, "rate", 0, "events per second; 0 = as fast as possible")
	fl.IntVar(&o.replicas, "replicas", 3, "replicas of `classifier run`")
	fl.IntVar(&o.partitions, "partitions", 6, "input topic partitions")
	fl.DurationVar(&o.killEvery, "kill-every", 10*time.Second, "SIGKILL a random replica this often; 0 = never")
	fl.DurationVar(&o.killFor, "kill-for", 2*time.Minute, "stop killing after this long; 0 = until drained")
	fl.IntVar(&o.kills, "kills", 0, "at most this many kills; 0 = no limit")
	fl.DurationVar(&o.restartAfter, "restart-after", 2*time.Second, "restart a killed replica after this long")
	fl.StringVar(&o.scale, "scale", "", "replica counts to step through, e.g. 5,2,3")
	fl.DurationVar(&o.scaleEvery, "scale-every", 15*time.Second, "time between scale steps")
	fl.BoolVar(&o.zombie, "zombie", false, "SIGSTOP one replica, then SIGCONT it")
	fl.DurationVar(&o.zombieAt, "zombie-at", 0, "when to SIGSTOP it (default half of -kill-every, at least 5s)")
	fl.DurationVar(&o.zombieFor, "zombie-for", 20*time.Second, "how long it stays stopped")
	fl.DurationVar(&o.drain, "drain-timeout", 10*time.Minute, "wait this long after production and faults end")
	fl.Uint64Var(&o.seed, "seed", 0, "generator seed (0: time-based)")
	fl.StringVar(&o.bin, "bin", "", "classifier binary (default: go build ./cmd/classifier)")
	fl.StringVar(&o.config, "config", "", "service config file for the replicas (default: built in)")
	fl.StringVar(&o.dir, "dir", "", "work dir (default: a temp dir, removed on success unless -keep)")
	fl.BoolVar(&o.keep, "keep", false, "keep the work dir")
	fl.StringVar(&o.logLevel, "log-level", "info", "the replicas' --log-level (debug shows every commit; the leak scan covers it too)")
	fl.StringVar(&o.json, "json", "", "also write the report as JSON to this file")
	if err := fl.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return o, 0, false
		}
		return o, 2, false
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "soak: unexpected arguments %q\n", fl.Args())
		return o, 2, false
	}
	if err := o.check(); err != nil {
		return o, bad("%v", err), false
	}
	return o, 0, true
}

// check rejects out-of-range values and parses -scale into steps.
func (o *options) check() error {
	if o.events <= 0 || o.replicas <= 0 || o.partitions <= 0 || o.hostile < 0 || o.hostile > 1 || o.rate < 0 {
		return errors.New("-events, -replicas, -partitions must be > 0, -hostile within 0..1, -rate >= 0")
	}
	if o.scale != "" {
		for _, s := range strings.Split(o.scale, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || n < 1 {
				return fmt.Errorf("-scale: want replica counts >= 1, got %q", s)
			}
			o.steps = append(o.steps, n)
		}
	}
	return nil
}

// bad reports a usage or setup error; 2 is the exit code for those.
func bad(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "soak: "+format+"\n", args...)
	return 2
}

// prepare makes the work dir (a temp dir unless -dir) and, without -bin,
// builds the classifier binary into it; it returns the work dir.
func prepare(ctx context.Context, o *options) (string, error) {
	workDir := o.dir
	var err error
	if workDir == "" {
		if workDir, err = os.MkdirTemp("", "soak."); err != nil {
			return "", err
		}
	} else if err := os.MkdirAll(workDir, 0o755); err != nil {
		return "", err
	}
	if o.bin == "" {
		fmt.Fprintf(os.Stderr, "soak: building ./cmd/classifier into %s\n", workDir)
		if o.bin, err = soak.BuildClassifier(ctx, workDir); err != nil {
			return "", err
		}
	}
	return workDir, nil
}

// finish prints the report (and its JSON) and returns the exit code: 0
// pass, 1 fail, 2 the soak could not run. The work dir is kept whenever
// something went wrong, since the replicas' logs are the evidence.
func finish(o options, workDir string, rep *soak.SoakReport, err error) int {
	if rep != nil {
		fmt.Print(rep.String())
		if o.json != "" {
			if err := writeJSON(o.json, rep); err != nil {
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
	case o.dir != "": // the caller's dir: the caller's to clean
	case o.keep:
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
