package soak

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// SoakOptions configure a crash-kill soak (cmd/soak documents them).
type SoakOptions struct {
	Kafka      *Kafka
	Bin        string
	Dir        string
	ConfigFile string

	Events     int
	Hostile    float64
	Rate       int // events per second; 0 = as fast as the producer goes
	Seed       uint64
	Partitions int
	Replicas   int

	KillEvery    time.Duration // 0 = no kills
	KillFor      time.Duration // kills stop after this long (0 = until the stream is drained)
	Kills        int           // at most this many kills (0 = no limit)
	RestartAfter time.Duration

	Scale      []int // replica counts to step through, one step per ScaleEvery
	ScaleEvery time.Duration

	Zombie    bool
	ZombieAt  time.Duration
	ZombieFor time.Duration

	DrainTimeout time.Duration // after production and faults end
	StopTimeout  time.Duration // SIGTERM -> exit, per replica

	LogLevel string // replicas' --log-level (default info)

	Out io.Writer // progress lines
}

// SoakReport is the outcome of a soak.
type SoakReport struct {
	Opts            SoakOptions
	Input, Group    string
	Produced        int // acknowledged by the broker
	ProduceErrors   int
	Kills           int
	Pauses          int
	ScaleSteps      int
	MaxMembers      int
	ProduceDuration time.Duration
	FaultsEnd       time.Duration // since the start of production
	Processed       time.Duration // start of production -> every input has its audit record
	Drain           time.Duration // end of production and faults -> every input decided
	Drained         bool
	Unclean         []string // replicas that did not exit 0 on SIGTERM
	Timeline        []string
	BatchSize       int
	InFlight        int
	Fanout          int
	DupEventBound   int
	DupRecordBound  int
	V               *Verification
}

// Failed lists the reasons the soak fails.
func (r *SoakReport) Failed() []string {
	var p []string
	if r.V != nil {
		p = append(p, r.V.Problems()...)
		if len(r.V.Crashes) > 0 {
			p = append(p, fmt.Sprintf("%d replica exits nobody asked for", len(r.V.Crashes)))
		}
		if r.V.Duplicates > r.DupRecordBound {
			p = append(p, fmt.Sprintf("%d duplicate records, above the bound of %d", r.V.Duplicates, r.DupRecordBound))
		}
	}
	if !r.Drained {
		p = append(p, "not every input had its audit record within the drain timeout")
	}
	if len(r.Unclean) > 0 {
		p = append(p, fmt.Sprintf("%d replicas did not stop cleanly on SIGTERM", len(r.Unclean)))
	}
	return p
}

// soakRun is the state of one Soak, shared by its phases: the producer
// goroutine and the fault injectors (faults.go) update the counters while
// await watches for the end.
type soakRun struct {
	o   SoakOptions
	run *Run
	rep *SoakReport

	out   io.Writer
	outMu sync.Mutex
	t0    time.Time

	pStart                time.Time // start of production: the origin of every duration in the report
	prodEnd               time.Time
	total                 int // input records, known once production ended
	produced, produceErrs atomic.Int64
	prodDone              chan struct{}

	kills, pauses, steps atomic.Int64
	lastFault            atomic.Int64 // ns since pStart
	faultCtx             context.Context
	stopFaults           context.CancelFunc
	faults               sync.WaitGroup
	faultsDone           chan struct{}
	rng                  *rand.Rand
	rngMu                sync.Mutex
}

// Soak runs the crash-kill soak.
func Soak(ctx context.Context, o SoakOptions) (*SoakReport, error) {
	s := &soakRun{out: o.Out, t0: time.Now()}
	if s.out == nil {
		s.out = io.Discard
	}
	o.defaults()
	s.o = o
	run, err := NewRun(ctx, RunConfig{Kafka: o.Kafka, Bin: o.Bin, Dir: o.Dir, Partitions: o.Partitions,
		ConfigFile: o.ConfigFile, AutoRestart: true, Logf: s.logf, LogLevel: o.LogLevel})
	if err != nil {
		return nil, err
	}
	defer run.Close()
	s.run = run
	s.rep = &SoakReport{Opts: o, Input: run.Input, Group: run.Group,
		BatchSize: max(run.Cfg.Pipeline.BatchSize, 1), InFlight: max(run.Cfg.Pipeline.MaxInFlightBatches, 1)}
	s.logf("input topic %s, group %s, %d events (hostile share %.3f), %d replicas; logs in %s", run.Input, run.Group, o.Events, o.Hostile, o.Replicas, o.Dir)
	if err := run.StartReplicas(ctx, o.Replicas, 120*time.Second); err != nil {
		run.StopReplicas(o.StopTimeout)
		return nil, err
	}
	s.rep.MaxMembers = o.Replicas
	s.logf("%d replicas ready", o.Replicas)

	prod, err := o.Kafka.NewProducer(run.Input)
	if err != nil {
		run.StopReplicas(o.StopTimeout)
		return nil, err
	}
	s.prodDone = make(chan struct{})
	s.pStart = time.Now()
	go s.produce(ctx, prod)
	s.startFaults(ctx)
	if err := s.await(ctx); err != nil {
		return nil, err
	}
	s.settle()
	return s.verify(ctx)
}

// defaults fills the options the caller left zero.
func (o *SoakOptions) defaults() {
	if o.Replicas <= 0 {
		o.Replicas = 3
	}
	if o.RestartAfter <= 0 {
		o.RestartAfter = 2 * time.Second
	}
	if o.DrainTimeout <= 0 {
		o.DrainTimeout = 10 * time.Minute
	}
	if o.StopTimeout <= 0 {
		o.StopTimeout = 60 * time.Second
	}
	if o.ScaleEvery <= 0 {
		o.ScaleEvery = 15 * time.Second
	}
	if o.Partitions <= 0 {
		o.Partitions = 6
	}
	if o.ZombieFor <= 0 {
		o.ZombieFor = 20 * time.Second
	}
}

// logf writes a progress line; the producer, the fault injectors and the
// replicas' supervisors all call it.
func (s *soakRun) logf(format string, args ...any) {
	s.outMu.Lock()
	defer s.outMu.Unlock()
	fmt.Fprintf(s.out, "soak %6.1fs  %s\n", time.Since(s.t0).Seconds(), fmt.Sprintf(format, args...))
}

// produce writes the generated events to the input topic, paced to o.Rate
// in slices of 1/20 s, and closes prodDone once every record is
// acknowledged or failed (or ctx ended).
func (s *soakRun) produce(ctx context.Context, prod *Producer) {
	defer close(s.prodDone)
	defer prod.Close()
	chunks := GenerateDemo(ctx, s.o.Seed, s.o.Events, s.o.Hostile, 2)
	per := 0
	tick := time.Duration(0)
	if s.o.Rate > 0 {
		per = max(1, s.o.Rate/20)
		tick = time.Duration(float64(per) / float64(s.o.Rate) * float64(time.Second))
	}
	var errOnce sync.Once
	done := func(err error) {
		if err == nil {
			s.produced.Add(1)
			return
		}
		s.produceErrs.Add(1)
		errOnce.Do(func() { s.logf("produce: a record was not acknowledged: %v", err) })
	}
	next := time.Now()
	for recs := range chunks {
		for len(recs) > 0 {
			n := len(recs)
			if per > 0 {
				n = min(n, per)
			}
			prod.Produce(ctx, recs[:n], done)
			recs = recs[n:]
			if tick > 0 {
				next = next.Add(tick)
				if d := time.Until(next); d > 0 {
					time.Sleep(d)
				}
			}
		}
		if ctx.Err() != nil {
			return
		}
	}
	if err := prod.Flush(ctx); err != nil {
		s.logf("produce flush: %v", err)
	}
}

// await watches production, faults and progress until every input is
// decided (rep.Drained) or the drain timeout, counted from the end of both
// production and faults, passes. An error means the soak was aborted
// (replicas already stopped).
func (s *soakRun) await(ctx context.Context) error {
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	prodFinished, faultsFinished := false, false
	var drainStart time.Time
	prodC, faultsC := (<-chan struct{})(s.prodDone), (<-chan struct{})(s.faultsDone)
	for {
		if !prodFinished && closed(s.prodDone) {
			prodC, prodFinished = nil, true
			if err := s.productionEnded(ctx); err != nil {
				s.abort()
				return err
			}
		}
		if !faultsFinished && closed(s.faultsDone) {
			faultsC, faultsFinished = nil, true
			s.rep.FaultsEnd = time.Duration(s.lastFault.Load())
		}
		if prodFinished && s.run.Progress.Distinct() >= s.total {
			if !faultsFinished {
				// Everything is decided: further faults would test nothing.
				// A replica killed just now may still be restarting; it is
				// stopped in settle like the others.
				s.stopFaults()
				<-s.faultsDone
				s.rep.FaultsEnd = time.Duration(s.lastFault.Load())
			}
			s.rep.Drained = true
			s.rep.Processed = time.Since(s.pStart)
			return nil
		}
		if prodFinished && faultsFinished && drainStart.IsZero() {
			drainStart = time.Now()
		}
		if !drainStart.IsZero() && time.Since(drainStart) > s.o.DrainTimeout {
			s.logf("drain timeout: %d of %d inputs decided", s.run.Progress.Distinct(), s.total)
			return nil
		}
		select {
		case <-ctx.Done():
			s.abort()
			return ctx.Err()
		case <-tick.C:
			s.logf("decided %d/%d (produced %d), audit records %d, kills %d, running %v", s.run.Progress.Distinct(), max(s.total, int(s.produced.Load())), s.produced.Load(), s.run.Progress.Records(), s.kills.Load(), s.run.Reps.Running())
		case <-prodC:
		case <-faultsC:
		case <-s.run.Progress.changed:
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// closed reports, without blocking, whether ch is closed.
func closed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// productionEnded records the production time and counts the input topic:
// what the replicas must decide is what the broker holds, not what the
// generator meant to send.
func (s *soakRun) productionEnded(ctx context.Context) error {
	s.prodEnd = time.Now()
	s.rep.ProduceDuration = s.prodEnd.Sub(s.pStart)
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	total, err := s.run.InputCount(cctx)
	cancel()
	s.total = total
	if err != nil {
		return err
	}
	s.logf("produced %d events in %s (%d not acknowledged); input holds %d", s.produced.Load(), s.rep.ProduceDuration.Round(time.Millisecond), s.produceErrs.Load(), s.total)
	return nil
}

// abort ends the faults and the replicas of a soak that cannot finish.
func (s *soakRun) abort() {
	s.stopFaults()
	s.run.StopReplicas(s.o.StopTimeout)
}

// settle ends the faults, fills the report's timings and counters, and
// stops the replicas with SIGTERM (an unclean stop fails the soak).
func (s *soakRun) settle() {
	rep := s.rep
	s.stopFaults()
	<-s.faultsDone
	if rep.Drained {
		// Drain: from the moment both production and faults had ended.
		end := s.prodEnd
		if fe := s.pStart.Add(rep.FaultsEnd); fe.After(end) {
			end = fe
		}
		rep.Drain = max(0, s.pStart.Add(rep.Processed).Sub(end))
		s.logf("every input decided %s after the start of production (drain %s after the last fault / end of production)", rep.Processed.Round(time.Millisecond), rep.Drain.Round(time.Millisecond))
	}
	rep.Kills, rep.Pauses, rep.ScaleSteps = int(s.kills.Load()), int(s.pauses.Load()), int(s.steps.Load())
	rep.Produced = int(s.produced.Load())
	rep.ProduceErrors = int(s.produceErrs.Load())

	s.logf("stopping replicas (SIGTERM)")
	rep.Unclean = append(rep.Unclean, s.run.StopReplicas(s.o.StopTimeout)...)
	rep.Timeline = s.run.Reps.Events()
}

// verify reads back every topic, checks it against the oracle and sets the
// duplicate bound the soak is judged by.
func (s *soakRun) verify(ctx context.Context) (*SoakReport, error) {
	rep := s.rep
	s.logf("reading back the input and %d output topics", len(s.run.Outputs))
	vctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	v, err := s.run.Verify(vctx)
	if err != nil {
		return rep, err
	}
	rep.V = v
	rep.Fanout = v.Checker.MaxFanout()
	// Duplicates: every kill, crash, pause or scale step costs up to two
	// rebalances (leave, rejoin); in each, every member may lose the work
	// it had fetched but not committed: the batches in flight plus the one
	// whose commit was on its way.
	disruptions := 2*rep.Kills + 2*len(v.Crashes) + 2*rep.Pauses + rep.ScaleSteps
	rep.DupEventBound = disruptions * rep.MaxMembers * (rep.InFlight + 1) * rep.BatchSize
	rep.DupRecordBound = rep.DupEventBound * rep.Fanout
	return rep, nil
}

// String renders the report.
func (r *SoakReport) String() string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	v := r.V
	p("soak report: input %s, group %s", r.Input, r.Group)
	p("  events          %d produced and acknowledged (%d not), hostile share %.3f, %d partitions", r.Produced, r.ProduceErrors, r.Opts.Hostile, r.Opts.Partitions)
	p("  replicas        %d (max %d), kills %d (every %s), zombie pauses %d, scale steps %d", r.Opts.Replicas, r.MaxMembers, r.Kills, r.Opts.KillEvery, r.Pauses, r.ScaleSteps)
	p("  production      %s", r.ProduceDuration.Round(time.Millisecond))
	if r.Drained {
		p("  all decided     %s after the start of production; time to drain %s (after the last fault %s / end of production)", r.Processed.Round(time.Millisecond), r.Drain.Round(time.Millisecond), r.FaultsEnd.Round(time.Millisecond))
	} else {
		p("  all decided     NO (drain timeout %s)", r.Opts.DrainTimeout)
	}
	if v == nil {
		return b.String()
	}
	if r.Processed > 0 {
		p("  throughput      %.0f events/s (production start to all decided)", float64(v.Inputs)/r.Processed.Seconds())
	}
	p("  inputs          %d in the topic, by kind %v; the classifier quarantines %d %v", v.Inputs, v.InputsByKind, v.Failed, v.FailedByReason)
	p("  records         %d expected, %d observed", v.Expected, v.Observed)
	p("  missing         %d records (%d events, %d without an audit record) %v", v.Missing, v.MissingEvents, v.MissingNoAudit, v.MissingByTopic)
	p("  misrouted       %d", v.Misrouted)
	p("  mismatched      %d (bytes differ from the oracle's)", v.Mismatched)
	p("  unexpected      %d (unknown source coordinates)", v.Unexpected)
	p("  replaced        %d (produce-stage quarantine standing in for an output; %d of them audit records)", v.Replaced, v.ReplacedAudit)
	p("  leaks           %d records %v; %d markers in replica logs", v.Leaks, v.LeakByTopic, v.LogLeaks)
	p("  quarantine      %d records without error/stage headers", v.QuarantineBad)
	p("  duplicates      %d records beyond the expected count (%d events decided more than once); bound %d records = %d events x fan-out %d (disruptions x members %d x (in-flight %d + 1) x batch %d)",
		v.Duplicates, v.DupEvents, r.DupRecordBound, r.DupEventBound, r.Fanout, r.MaxMembers, r.InFlight, r.BatchSize)
	if v.Expected > 0 {
		p("                  = %.2f%% of expected records", 100*float64(v.Duplicates)/float64(v.Expected))
	}
	ms := v.MaxStall()
	p("  worst stall     %s (input partition %d at offset %d: time a ready record waited for its decision)", ms.Duration.Round(time.Millisecond), ms.Partition, ms.Offset)
	p("  committed       %d input records past the group's committed offsets after the final SIGTERM", v.Uncommitted)
	if v.Uncommitted > 0 {
		p("                  committed %v, log end %v", v.Committed, v.InputEnds)
	}
	p("  crashes         %d; unclean stops %d", len(v.Crashes), len(r.Unclean))
	for _, c := range v.Crashes {
		p("    %s", c)
	}
	for _, c := range r.Unclean {
		p("    %s", c)
	}
	if v.RulesetMismatch != "" {
		p("  RULESET         %s", v.RulesetMismatch)
	}
	if len(v.Examples) > 0 {
		p("  examples:")
		ex := append([]string(nil), v.Examples...)
		sort.Strings(ex)
		for _, e := range ex {
			p("    %s", e)
		}
	}
	for _, e := range v.LogExamples {
		p("    log: %s", e)
	}
	if f := r.Failed(); len(f) > 0 {
		p("FAIL: %s", strings.Join(f, "; "))
	} else {
		p("PASS: 0 missing, 0 misrouted, 0 leaks")
	}
	return b.String()
}
