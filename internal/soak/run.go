package soak

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/settings"
)

// RunConfig sets up one run: a fresh input topic and group, replicas of
// the real binary, a concurrent reader of the audit topic.
type RunConfig struct {
	Kafka      *Kafka
	Bin        string // classifier binary
	Dir        string // work dir: replica logs
	Name       string // run name prefix (input topic "<name>-<id>"); default "soak"
	Partitions int    // input partitions; default 6
	ConfigFile string // service config for the replicas; "" = built in
	LogLevel   string // replicas' --log-level; "" = the default (info)
	// AutoRestart restarts replicas that exit on their own (counted as
	// crashes).
	AutoRestart bool
	Logf        func(format string, args ...any)
}

// Run is one run's state.
type Run struct {
	RunConfig
	Input, Group string
	Env          map[string]string
	Cfg          *settings.Config
	RS           *classifier.Ruleset
	Outputs      []string
	Start        map[string][]int64 // output end offsets before the run
	Reps         *Replicas
	Progress     *Progress

	stopFollow context.CancelFunc
	followDone chan struct{}
}

// NewRun creates the input topic, makes sure the output topics exist,
// notes where they end, and starts following the audit topic.
func NewRun(ctx context.Context, rc RunConfig) (*Run, error) {
	if rc.Name == "" {
		rc.Name = "soak"
	}
	if rc.Partitions <= 0 {
		rc.Partitions = 6
	}
	if rc.Logf == nil {
		rc.Logf = func(string, ...any) {}
	}
	var id [4]byte
	_, _ = rand.Read(id[:])
	name := fmt.Sprintf("%s-%s-%s", rc.Name, time.Now().UTC().Format("20060102t150405"), hex.EncodeToString(id[:]))
	var key [32]byte
	_, _ = rand.Read(key[:])
	r := &Run{RunConfig: rc, Input: name, Group: name + ".group"}
	r.Env = map[string]string{
		"KAFKA_BROKERS":               strings.Join(rc.Kafka.Brokers, ","),
		"CLASSIFIER_GROUP":            r.Group,
		"CLASSIFIER_INPUT_TOPIC":      r.Input,
		"CLASSIFIER_PSEUDONYM_KEY":    hex.EncodeToString(key[:]),
		"CLASSIFIER_PSEUDONYM_KEY_ID": name,
	}
	var err error
	if r.Cfg, err = ServiceConfig(rc.ConfigFile, r.Env); err != nil {
		return nil, fmt.Errorf("service config: %w", err)
	}
	if r.RS, err = Oracle(r.Cfg, r.Env); err != nil {
		return nil, err
	}
	if r.Outputs, err = OutputTopics(r.Cfg); err != nil {
		return nil, err
	}
	parts, rf := max(r.Cfg.CreateTopics.Partitions, 1), max(r.Cfg.CreateTopics.ReplicationFactor, 1)
	specs := []cluster.TopicSpec{{Name: r.Input, Partitions: rc.Partitions, ReplicationFactor: 1,
		// Room for the poison pills' 900 KiB record (the broker default is
		// about 1 MiB, which it fits too; this keeps headroom explicit).
		Configs: map[string]string{"max.message.bytes": "2097152"}}}
	for _, t := range r.Outputs {
		specs = append(specs, cluster.TopicSpec{Name: t, Partitions: parts, ReplicationFactor: rf})
	}
	cctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := rc.Kafka.CreateTopics(cctx, specs...); err != nil {
		return nil, fmt.Errorf("create topics: %w", err)
	}
	if r.Start, err = rc.Kafka.EndOffsets(cctx, r.Outputs); err != nil {
		return nil, fmt.Errorf("output offsets: %w", err)
	}
	var env []string
	for k, v := range r.Env {
		env = append(env, k+"="+v)
	}
	sort.Strings(env)
	var args []string
	if rc.ConfigFile != "" {
		args = append(args, "--config", rc.ConfigFile)
	}
	if rc.LogLevel != "" {
		args = append(args, "--log-level", rc.LogLevel)
	}
	r.Reps = &Replicas{Bin: rc.Bin, Dir: rc.Dir, Env: env, Args: args, AutoRestart: rc.AutoRestart, Logf: rc.Logf}
	r.Progress = NewProgress(r.Input)
	fctx, stop := context.WithCancel(context.Background())
	r.stopFollow, r.followDone = stop, make(chan struct{})
	go func() {
		defer close(r.followDone)
		if err := r.Progress.Follow(fctx, rc.Kafka, r.Cfg.Topics.Audit, r.Start[r.Cfg.Topics.Audit]); err != nil {
			rc.Logf("audit follower: %v", err)
		}
	}()
	return r, nil
}

// StartReplicas adds n replicas and waits until every running one is
// ready (joined the group, outputs reachable).
func (r *Run) StartReplicas(ctx context.Context, n int, timeout time.Duration) error {
	for i := 0; i < n; i++ {
		if _, err := r.Reps.Add(); err != nil {
			return err
		}
	}
	rctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return r.Reps.Ready(rctx)
}

// InputCount returns how many records the input topic holds (the
// acknowledged input set).
func (r *Run) InputCount(ctx context.Context) (int, error) {
	ends, err := r.Kafka.EndOffsets(ctx, []string{r.Input})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range ends[r.Input] {
		n += int(e)
	}
	return n, nil
}

// Verification is what a run's final read found.
type Verification struct {
	Result
	Checker      *Checker
	LogLeaks     int
	LogExamples  []string
	Stalls       []Stall
	Committed    []int64
	InputEnds    []int64
	Uncommitted  int64 // input records past the group's committed offsets
	Crashes      []string
	ReadDuration time.Duration
}

// MaxStall returns the worst partition stall.
func (v *Verification) MaxStall() Stall {
	var w Stall
	for _, s := range v.Stalls {
		if s.Duration > w.Duration {
			w = s
		}
	}
	return w
}

// Problems lists what makes the run fail: loss, misroutes, leaks, bytes
// that differ from the oracle's, quarantine records without a reason.
func (v *Verification) Problems() []string {
	var p []string
	add := func(n int, what string) {
		if n > 0 {
			p = append(p, fmt.Sprintf("%d %s", n, what))
		}
	}
	add(v.Missing, "missing records (events lost from a destination their decision requires)")
	add(v.Misrouted, "misrouted records (in a topic no decision put them)")
	add(v.Mismatched, "records that differ from the oracle's bytes")
	add(v.Unexpected, "records naming input coordinates that do not exist")
	add(v.Leaks, "records of a non-full route holding personal values (markers)")
	add(v.LogLeaks, "markers in replica logs")
	add(v.QuarantineBad, "quarantine records without error/stage headers")
	add(v.ReplacedAudit, "inputs whose audit record could not be written (quarantined instead: the decision is not in the audit topic)")
	if v.RulesetMismatch != "" {
		p = append(p, v.RulesetMismatch)
	}
	return p
}

// StopReplicas stops every replica (SIGTERM) and the audit follower; it
// returns the replicas that did not exit cleanly.
func (r *Run) StopReplicas(timeout time.Duration) []string {
	bad := r.Reps.StopAll(timeout)
	return bad
}

// Verify reads the input topic back, runs the oracle on it, reads every
// output topic from where it ended before the run, and checks: every
// required record present, nothing misrouted, no markers where they may not
// be, no markers in logs. Call after StopReplicas.
func (r *Run) Verify(ctx context.Context) (*Verification, error) {
	t0 := time.Now()
	r.stopFollow()
	<-r.followDone
	v := &Verification{}
	ends, err := r.Kafka.EndOffsets(ctx, append([]string{r.Input}, r.Outputs...))
	if err != nil {
		return nil, err
	}
	v.InputEnds = ends[r.Input]
	c := NewChecker(r.RS, r.Input, r.Outputs, r.Cfg.Topics.Quarantine, r.Cfg.Topics.Audit)
	v.Checker = c
	// The oracle in chunks: inputs hold their values only until classified.
	var chunk []*kgo.Record
	var addErr error
	flush := func() {
		if len(chunk) > 0 && addErr == nil {
			addErr = c.AddInputs(chunk)
		}
		chunk = chunk[:0]
	}
	if err := r.Kafka.ReadRange(ctx, r.Input, nil, v.InputEnds, func(rec *kgo.Record) {
		chunk = append(chunk, rec)
		if len(chunk) >= 4096 {
			flush()
		}
	}); err != nil {
		return nil, err
	}
	flush()
	if addErr != nil {
		return nil, addErr
	}
	// Output topics, two at a time (the checker serialises observations).
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	errs := make(chan error, len(r.Outputs))
	for _, t := range r.Outputs {
		from, to := r.Start[t], ends[t]
		if sumDiff(from, to) == 0 {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := r.Kafka.ReadRange(ctx, t, from, to, func(rec *kgo.Record) { c.Observe(t, rec) }); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		return nil, err
	}
	v.Result = c.Finish()
	v.LogLeaks, v.LogExamples, err = r.Reps.ScanLogs()
	if err != nil {
		return nil, err
	}
	v.Stalls = r.Progress.Stalls(c.InputTime)
	v.Committed, err = r.Kafka.Committed(ctx, r.Group, r.Input, len(v.InputEnds))
	if err != nil {
		return nil, err
	}
	for p, e := range v.InputEnds {
		if c := v.Committed[p]; c < e {
			v.Uncommitted += e - max(c, 0)
		}
	}
	v.Crashes = r.Reps.Crashes()
	v.ReadDuration = time.Since(t0)
	return v, nil
}

func sumDiff(from, to []int64) int64 {
	var n int64
	for p := range to {
		f := int64(0)
		if p < len(from) {
			f = from[p]
		}
		n += to[p] - f
	}
	return n
}

// Close stops the follower (if Verify did not).
func (r *Run) Close() {
	r.stopFollow()
	<-r.followDone
}
