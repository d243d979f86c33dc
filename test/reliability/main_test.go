package reliability

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/internal/soak"
)

var (
	skipReason string
	size       string // "ci" or "full"
	binary     string // the classifier built for this test run
	kafka      *soak.Kafka
)

func TestMain(m *testing.M) {
	brokers := strings.TrimSpace(os.Getenv("KAFKA_BROKERS"))
	size = strings.TrimSpace(os.Getenv("SOAK"))
	switch {
	case brokers == "":
		skipReason = "KAFKA_BROKERS is not set: these tests need a real Kafka broker (scripts/kafka-local start)"
	case size == "":
		skipReason = "SOAK is not set: set SOAK=ci or SOAK=full to run the reliability tests (they restart the broker and run replicas of the binary)"
	case size != "ci" && size != "full" && size != "1":
		fmt.Fprintf(os.Stderr, "SOAK=%q: want ci or full\n", size)
		os.Exit(2)
	}
	if size == "1" {
		size = "ci"
	}
	if skipReason != "" {
		os.Exit(m.Run())
	}
	var err error
	if kafka, err = soak.NewKafka(brokers); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	dir, err := os.MkdirTemp("", "reliability-bin.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	binary, err = soak.BuildClassifier(ctx, dir)
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func need(t *testing.T) {
	t.Helper()
	if skipReason != "" {
		t.Skip(skipReason)
	}
}

// newRun starts a run (fresh input topic and group) with n replicas (with
// configFile as --config when set; "" = the built-in config). The
// work dir (replica logs) is kept when the test fails, or with SOAK_KEEP=1.
func newRun(t *testing.T, name string, n int, configFile string, autoRestart bool) *soak.Run {
	t.Helper()
	dir, err := os.MkdirTemp("", name+".")
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	run, err := soak.NewRun(ctx, soak.RunConfig{Kafka: kafka, Bin: binary, Dir: dir, Name: name, ConfigFile: configFile, AutoRestart: autoRestart,
		Logf: func(format string, args ...any) {
			t.Logf("%6.1fs %s", time.Since(t0).Seconds(), fmt.Sprintf(format, args...))
		}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		run.StopReplicas(30 * time.Second)
		run.Close()
		if t.Failed() || os.Getenv("SOAK_KEEP") != "" {
			t.Logf("replica logs kept in %s", dir)
		} else {
			os.RemoveAll(dir)
		}
	})
	if err := run.StartReplicas(ctx, n, 2*time.Minute); err != nil {
		t.Fatal(err)
	}
	return run
}

// verify stops the replicas (SIGTERM: each must exit 0), reads everything
// back and fails the test on loss, misroutes, mismatches or leaks.
func verify(t *testing.T, run *soak.Run) *soak.Verification {
	t.Helper()
	if bad := run.StopReplicas(60 * time.Second); len(bad) > 0 {
		t.Errorf("replicas did not stop cleanly: %v", bad)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	v, err := run.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("inputs %d (by kind %v; the classifier quarantines %d: %v); records expected %d, observed %d; missing %d, misrouted %d, mismatched %d, leaks %d (+%d in logs), duplicates %d (%d events); worst stall %s; read back in %s",
		v.Inputs, v.InputsByKind, v.Failed, v.FailedByReason, v.Expected, v.Observed, v.Missing, v.Misrouted, v.Mismatched, v.Leaks, v.LogLeaks,
		v.Duplicates, v.DupEvents, v.MaxStall().Duration.Round(time.Millisecond), v.ReadDuration.Round(time.Millisecond))
	for _, p := range v.Problems() {
		t.Errorf("%s", p)
	}
	if len(v.Problems()) > 0 {
		for _, e := range v.Examples {
			t.Logf("  %s", e)
		}
		for _, e := range v.LogExamples {
			t.Logf("  log: %s", e)
		}
	}
	return v
}
