package reliability

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/internal/soak"
)

// localBroker returns a runner of scripts/kafka-local for the broker of
// KAFKA_LOCAL_DIR, after making sure that broker is KAFKA_BROKERS (never
// restart someone else's broker). The broker is left running at the end.
func localBroker(t *testing.T) func(args ...string) (string, error) {
	t.Helper()
	dir := os.Getenv("KAFKA_LOCAL_DIR")
	if dir == "" {
		t.Skip("KAFKA_LOCAL_DIR is not set: this test restarts the scripts/kafka-local broker of that state dir")
	}
	root, err := soak.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(root, "scripts", "kafka-local")
	kl := func(args ...string) (string, error) {
		cmd := exec.Command(script, args...)
		cmd.Env = append(os.Environ(), "KAFKA_LOCAL_DIR="+dir)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		if err != nil {
			t.Logf("kafka-local %s: %s", strings.Join(args, " "), strings.TrimSpace(errb.String()))
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		return lines[len(lines)-1], err
	}
	brokers := strings.Join(kafka.Brokers, ",")
	if addr, err := kl("addr"); err != nil || addr != brokers {
		t.Skipf("KAFKA_LOCAL_DIR=%s holds broker %q, not KAFKA_BROKERS=%s: not restarting someone else's broker", dir, addr, brokers)
	}
	t.Cleanup(func() {
		if _, err := kl("status"); err != nil {
			if addr, err := kl("start"); err != nil || addr != brokers {
				t.Errorf("could not bring the broker back: %q %v", addr, err)
			}
		}
	})
	return kl
}

// stream produces demo events at rate per second into the run's input
// until stop is called. The producer (franz-go, idempotent, acks=all)
// retries through outages; what it got acknowledged is in the input topic,
// which is the ground truth.
type stream struct {
	produced, failed atomic.Int64
	stopc            chan struct{}
	wg               sync.WaitGroup
}

func startStream(ctx context.Context, t *testing.T, run *soak.Run, rate int) *stream {
	t.Helper()
	prod, err := kafka.NewProducer(run.Input)
	if err != nil {
		t.Fatal(err)
	}
	s := &stream{stopc: make(chan struct{})}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer prod.Close()
		chunks := soak.GenerateDemo(ctx, uint64(time.Now().UnixNano()), 1<<30, 0.02, 1)
		per := max(1, rate/10)
		next := time.Now()
		var pending []*kgo.Record
		for {
			select {
			case <-s.stopc:
				if err := prod.Flush(ctx); err != nil {
					t.Errorf("producer flush: %v", err)
				}
				return
			default:
			}
			if len(pending) == 0 {
				pending = <-chunks
			}
			n := min(per, len(pending))
			prod.Produce(ctx, pending[:n], func(err error) {
				if err != nil {
					s.failed.Add(1)
				} else {
					s.produced.Add(1)
				}
			})
			pending = pending[n:]
			next = next.Add(100 * time.Millisecond)
			time.Sleep(time.Until(next))
		}
	}()
	return s
}

// stop ends the stream and returns how many records the input holds.
func (s *stream) stop(ctx context.Context, t *testing.T, run *soak.Run) int {
	t.Helper()
	close(s.stopc)
	s.wg.Wait()
	total, err := run.InputCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("stream stopped: %d produced (%d not acknowledged), input holds %d", s.produced.Load(), s.failed.Load(), total)
	if int64(total) < s.produced.Load() {
		t.Errorf("the input topic holds %d records, but %d were acknowledged: the broker lost acknowledged input", total, s.produced.Load())
	}
	return total
}

// waitResume waits until decisions continue after a restart: the number of
// decided inputs moves well past what it was when the broker came back.
func waitResume(t *testing.T, run *soak.Run, s *stream, what string, step int) {
	t.Helper()
	back := time.Now()
	at := run.Progress.Distinct()
	deadline := back.Add(120 * time.Second)
	for run.Progress.Distinct() <= at+step {
		if time.Now().After(deadline) {
			t.Fatalf("%s: no decisions for 120 s after the broker was back (decided %d, produced %d)", what, run.Progress.Distinct(), s.produced.Load())
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("%s: decisions resumed %s after the broker was back (decided %d, produced %d)", what, time.Since(back).Round(100*time.Millisecond), run.Progress.Distinct(), s.produced.Load())
}

// drainAndVerify waits until every input has its audit record, then stops
// the replicas and runs the full check.
func drainAndVerify(ctx context.Context, t *testing.T, run *soak.Run, total int) *soak.Verification {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 4*time.Minute)
	ok := run.Progress.WaitFor(wctx, total)
	cancel()
	if !ok {
		t.Errorf("only %d of %d inputs were decided within 4 minutes of the end of the stream", run.Progress.Distinct(), total)
	}
	v := verify(t, run)
	if v.Inputs != total {
		t.Errorf("read back %d inputs, want %d", v.Inputs, total)
	}
	t.Logf("duplicates: %d records (%d events decided more than once) = %.2f%% of expected records",
		v.Duplicates, v.DupEvents, 100*float64(v.Duplicates)/float64(max(v.Expected, 1)))
	return v
}

// TestBrokerRestart: the service runs (2 replicas), a stream is in progress
// (a steady producer), and the broker is restarted twice under it: cleanly
// (`scripts/kafka-local restart`), then with kill -9 (`kill9` + `start`).
// Nothing may be lost (every input has its audit record and every route
// its decision requires), nothing misrouted or leaked, decisions resume
// after each restart, and the replicas ride through without a restart of
// their own: the producer's retry budget (pipeline.write_budget_seconds,
// 120 s) outlasts these outages. (TestBrokerOutageBeyondWriteBudget covers
// the fail-stop path.)
func TestBrokerRestart(t *testing.T) {
	need(t)
	kl := localBroker(t)
	brokers := strings.Join(kafka.Brokers, ",")
	rate, warm := 400, 5*time.Second
	if size == "full" {
		rate, warm = 2000, 20*time.Second
	}
	run := newRun(t, "brokerrestart", 2, "", true)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	s := startStream(ctx, t, run, rate)

	time.Sleep(warm)
	t.Logf("before the clean restart: decided %d, produced %d", run.Progress.Distinct(), s.produced.Load())
	t0 := time.Now()
	if addr, err := kl("restart"); err != nil || addr != brokers {
		t.Fatalf("kafka-local restart: %q %v", addr, err)
	}
	t.Logf("clean restart took %s", time.Since(t0).Round(100*time.Millisecond))
	waitResume(t, run, s, "clean restart", rate/2)
	time.Sleep(warm)

	t.Logf("before kill -9: decided %d, produced %d", run.Progress.Distinct(), s.produced.Load())
	t0 = time.Now()
	if _, err := kl("kill9"); err != nil {
		t.Fatalf("kafka-local kill9: %v", err)
	}
	time.Sleep(3 * time.Second) // the replicas see the broker gone, not just a blip
	if addr, err := kl("start"); err != nil || addr != brokers {
		t.Fatalf("kafka-local start after kill9: %q %v", addr, err)
	}
	t.Logf("kill -9 and start took %s", time.Since(t0).Round(100*time.Millisecond))
	waitResume(t, run, s, "kill -9", rate/2)
	time.Sleep(warm)

	total := s.stop(ctx, t, run)
	for _, c := range run.Reps.Crashes() {
		t.Errorf("a replica did not ride through the broker restarts (it was restarted; the checks below show whether anything was lost): %s", c)
	}
	drainAndVerify(ctx, t, run, total)
}

// TestBrokerOutageBeyondWriteBudget: replicas configured with a 10 s write
// budget, and the broker killed (kill -9) under a live stream for 15 s plus
// its start-up (well over the budget). A
// replica whose writes cannot be acknowledged within the budget must stop
// without committing them (fail-stop, exit 1); started again (as an
// orchestrator would), the group recovers and nothing is lost.
func TestBrokerOutageBeyondWriteBudget(t *testing.T) {
	need(t)
	kl := localBroker(t)
	brokers := strings.Join(kafka.Brokers, ",")
	cfgFile := filepath.Join(t.TempDir(), "classifier.yaml")
	cfg := strings.Replace(string(configs.ServiceConfig()), "write_budget_seconds: 120", "write_budget_seconds: 10", 1)
	if !strings.Contains(cfg, "write_budget_seconds: 10\n") {
		t.Fatal("could not set write_budget_seconds in the built-in config")
	}
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	rate := 1500 // writes nearly always in flight when the broker dies
	run := newRun(t, "outage", 2, cfgFile, true)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	s := startStream(ctx, t, run, rate)
	time.Sleep(6 * time.Second)
	t.Logf("before kill -9: decided %d, produced %d", run.Progress.Distinct(), s.produced.Load())
	if _, err := kl("kill9"); err != nil {
		t.Fatalf("kafka-local kill9: %v", err)
	}
	time.Sleep(15 * time.Second)
	if addr, err := kl("start"); err != nil || addr != brokers {
		t.Fatalf("kafka-local start after kill9: %q %v", addr, err)
	}
	waitResume(t, run, s, "outage", rate/2)
	time.Sleep(6 * time.Second)
	total := s.stop(ctx, t, run)
	crashes := run.Reps.Crashes()
	t.Logf("%d replica exits during the outage (each restarted 1 s later):", len(crashes))
	for _, c := range crashes {
		t.Logf("  %s", c)
	}
	drainAndVerify(ctx, t, run, total)
}
