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

// Soak runs the crash-kill soak.
func Soak(ctx context.Context, o SoakOptions) (*SoakReport, error) {
	out := o.Out
	if out == nil {
		out = io.Discard
	}
	var outMu sync.Mutex
	t0 := time.Now()
	logf := func(format string, args ...any) {
		outMu.Lock()
		defer outMu.Unlock()
		fmt.Fprintf(out, "soak %6.1fs  %s\n", time.Since(t0).Seconds(), fmt.Sprintf(format, args...))
	}
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
	run, err := NewRun(ctx, RunConfig{Kafka: o.Kafka, Bin: o.Bin, Dir: o.Dir, Partitions: o.Partitions,
		ConfigFile: o.ConfigFile, AutoRestart: true, Logf: logf, LogLevel: o.LogLevel})
	if err != nil {
		return nil, err
	}
	defer run.Close()
	rep := &SoakReport{Opts: o, Input: run.Input, Group: run.Group,
		BatchSize: max(run.Cfg.Pipeline.BatchSize, 1), InFlight: max(run.Cfg.Pipeline.MaxInFlightBatches, 1)}
	logf("input topic %s, group %s, %d events (hostile share %.3f), %d replicas; logs in %s", run.Input, run.Group, o.Events, o.Hostile, o.Replicas, o.Dir)
	if err := run.StartReplicas(ctx, o.Replicas, 120*time.Second); err != nil {
		run.StopReplicas(o.StopTimeout)
		return nil, err
	}
	rep.MaxMembers = o.Replicas
	logf("%d replicas ready", o.Replicas)

	// Production.
	prod, err := o.Kafka.NewProducer(run.Input)
	if err != nil {
		run.StopReplicas(o.StopTimeout)
		return nil, err
	}
	var produced, produceErrs atomic.Int64
	prodDone := make(chan struct{})
	pStart := time.Now()
	go func() {
		defer close(prodDone)
		defer prod.Close()
		chunks := GenerateDemo(ctx, o.Seed, o.Events, o.Hostile, 2)
		per := 0
		tick := time.Duration(0)
		if o.Rate > 0 {
			per = max(1, o.Rate/20)
			tick = time.Duration(float64(per) / float64(o.Rate) * float64(time.Second))
		}
		var errOnce sync.Once
		done := func(err error) {
			if err == nil {
				produced.Add(1)
				return
			}
			produceErrs.Add(1)
			errOnce.Do(func() { logf("produce: a record was not acknowledged: %v", err) })
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
			logf("produce flush: %v", err)
		}
	}()

	// Faults.
	var kills, pauses, steps atomic.Int64
	var lastFault atomic.Int64 // ns since pStart
	markFault := func() { lastFault.Store(int64(time.Since(pStart))) }
	faultCtx, stopFaults := context.WithCancel(ctx)
	var faults sync.WaitGroup
	rng := rand.New(rand.NewPCG(o.Seed, 0xfa017))
	var rngMu sync.Mutex
	pick := func(ids []int) int {
		rngMu.Lock()
		defer rngMu.Unlock()
		return ids[rng.IntN(len(ids))]
	}
	within := func(limit time.Duration) bool { return limit <= 0 || time.Since(pStart) < limit }
	if o.KillEvery > 0 {
		faults.Add(1)
		go func() {
			defer faults.Done()
			t := time.NewTicker(o.KillEvery)
			defer t.Stop()
			for {
				select {
				case <-faultCtx.Done():
					return
				case <-t.C:
				}
				if !within(o.KillFor) || (o.Kills > 0 && int(kills.Load()) >= o.Kills) {
					return
				}
				ids := run.Reps.Running()
				if len(ids) == 0 {
					continue
				}
				id := pick(ids)
				if err := run.Reps.Kill(id); err != nil {
					logf("kill %d: %v", id, err)
					continue
				}
				kills.Add(1)
				markFault()
				logf("kill #%d: replica %d SIGKILLed (audited %d); restart in %s", kills.Load(), id, run.Progress.Distinct(), o.RestartAfter)
				faults.Add(1)
				go func() {
					defer faults.Done()
					time.Sleep(o.RestartAfter)
					if err := run.Reps.Restart(id); err != nil {
						logf("restart %d: %v", id, err)
					}
					markFault()
				}()
			}
		}()
	}
	if o.Zombie {
		faults.Add(1)
		go func() {
			defer faults.Done()
			at := o.ZombieAt
			if at <= 0 {
				at = max(o.KillEvery/2, 5*time.Second)
			}
			select {
			case <-faultCtx.Done():
				return
			case <-time.After(at):
			}
			ids := run.Reps.Running()
			if len(ids) == 0 {
				return
			}
			id := pick(ids)
			if err := run.Reps.Pause(id); err != nil {
				logf("pause %d: %v", id, err)
				return
			}
			pauses.Add(1)
			markFault()
			logf("zombie: replica %d SIGSTOPped for %s", id, o.ZombieFor)
			time.Sleep(o.ZombieFor) // not cut short: a paused replica must be resumed
			if err := run.Reps.Resume(id); err != nil {
				logf("resume %d: %v", id, err)
			}
			markFault()
			logf("zombie: replica %d SIGCONTed", id)
		}()
	}
	if len(o.Scale) > 0 {
		faults.Add(1)
		go func() {
			defer faults.Done()
			for _, want := range o.Scale {
				select {
				case <-faultCtx.Done():
					return
				case <-time.After(o.ScaleEvery):
				}
				members := run.Reps.Members()
				for len(members) < want {
					id, err := run.Reps.Add()
					if err != nil {
						logf("scale up: %v", err)
						break
					}
					members = append(members, id)
				}
				for len(members) > want && len(members) > 1 {
					id := members[len(members)-1]
					members = members[:len(members)-1]
					st := run.Reps.Retire(id, o.StopTimeout)
					if st != "exit status 0" {
						rep.Unclean = append(rep.Unclean, fmt.Sprintf("replica %d: %s on SIGTERM (scale down)", id, st))
					}
				}
				steps.Add(1)
				markFault()
				rep.MaxMembers = max(rep.MaxMembers, want)
				logf("scale: %d replicas (audited %d)", want, run.Progress.Distinct())
			}
		}()
	}

	// Progress and completion.
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	var total int
	var prodEnd time.Time
	faultsDone := make(chan struct{})
	go func() { faults.Wait(); close(faultsDone) }()
	prodFinished, faultsFinished := false, false
	var drainStart time.Time
	prodC, faultsC := (<-chan struct{})(prodDone), (<-chan struct{})(faultsDone)
	for {
		if !prodFinished {
			select {
			case <-prodDone:
				prodC = nil
				prodFinished = true
				prodEnd = time.Now()
				rep.ProduceDuration = prodEnd.Sub(pStart)
				cctx, cancel := context.WithTimeout(ctx, time.Minute)
				total, err = run.InputCount(cctx)
				cancel()
				if err != nil {
					stopFaults()
					run.StopReplicas(o.StopTimeout)
					return nil, err
				}
				logf("produced %d events in %s (%d not acknowledged); input holds %d", produced.Load(), rep.ProduceDuration.Round(time.Millisecond), produceErrs.Load(), total)
			default:
			}
		}
		if !faultsFinished {
			select {
			case <-faultsDone:
				faultsFinished = true
				faultsC = nil
				rep.FaultsEnd = time.Duration(lastFault.Load())
			default:
			}
		}
		if prodFinished && run.Progress.Distinct() >= total {
			if !faultsFinished {
				// Everything is decided: further faults would test nothing.
				stopFaults()
				<-faultsDone
				faultsFinished = true
				rep.FaultsEnd = time.Duration(lastFault.Load())
				// A replica killed just now may still be restarting; it
				// is stopped below like the others.
			}
			rep.Drained = true
			rep.Processed = time.Since(pStart)
			break
		}
		if prodFinished && faultsFinished && drainStart.IsZero() {
			drainStart = time.Now()
		}
		if !drainStart.IsZero() && time.Since(drainStart) > o.DrainTimeout {
			logf("drain timeout: %d of %d inputs decided", run.Progress.Distinct(), total)
			break
		}
		select {
		case <-ctx.Done():
			stopFaults()
			run.StopReplicas(o.StopTimeout)
			return nil, ctx.Err()
		case <-tick.C:
			logf("decided %d/%d (produced %d), audit records %d, kills %d, running %v", run.Progress.Distinct(), max(total, int(produced.Load())), produced.Load(), run.Progress.Records(), kills.Load(), run.Reps.Running())
		case <-prodC:
		case <-faultsC:
		case <-run.Progress.changed:
		case <-time.After(500 * time.Millisecond):
		}
	}
	stopFaults()
	<-faultsDone
	if rep.Drained {
		// Drain: from the moment both production and faults had ended.
		end := prodEnd
		if fe := pStart.Add(rep.FaultsEnd); fe.After(end) {
			end = fe
		}
		rep.Drain = max(0, pStart.Add(rep.Processed).Sub(end))
		logf("every input decided %s after the start of production (drain %s after the last fault / end of production)", rep.Processed.Round(time.Millisecond), rep.Drain.Round(time.Millisecond))
	}
	rep.Kills, rep.Pauses, rep.ScaleSteps = int(kills.Load()), int(pauses.Load()), int(steps.Load())
	rep.Produced = int(produced.Load())
	rep.ProduceErrors = int(produceErrs.Load())

	logf("stopping replicas (SIGTERM)")
	rep.Unclean = append(rep.Unclean, run.StopReplicas(o.StopTimeout)...)
	rep.Timeline = run.Reps.Events()
	logf("reading back the input and %d output topics", len(run.Outputs))
	vctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	v, err := run.Verify(vctx)
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
