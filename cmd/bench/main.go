// Command bench measures the stream service against the bare pipe and
// the parse floor, in one run:
//
//   - the bare pipe: a pipeline.Pipeline with the service's consumer,
//     producer and pipeline settings and a Router that copies every record
//     unchanged to one topic (commit after ack, like the service);
//   - the fan-out pipe: the bare pipe writing, for each input, the records
//     the service writes for it (topics, keys, headers, values), rendered
//     with Ruleset.ProcessAppend before the drain: service / fan-out pipe
//     is what deciding costs, fan-out / bare pipe what the output costs;
//   - the service: service.Run with the shipped rules and config, topics
//     renamed for the run, draining the same preloaded input;
//   - the service's end-to-end latency at a fixed rate (half its measured
//     maximum by default): from each input's timestamp to the ack of the
//     last of its outputs, as the service's pipeline reports it;
//   - single-core floors without Kafka: classifier.Ruleset.ProcessAppend
//     (classify and render the records into a reused buffer, as the
//     service does), Ruleset.Classify, `classify --records` in process,
//     and event.Doc.Parse plus a walk over the nodes, over the same events.
//
// The broker is KAFKA_BROKERS (or -brokers), else an embedded kfake broker
// that the tool starts in a child process of its own. Every phase runs in its
// own child process (`bench -phase NAME`), so that its CPU time and peak RSS
// (VmHWM) are its own. See docs/performance.md.
//
//	go run ./cmd/bench -n 200000
//	KAFKA_BROKERS=127.0.0.1:9092 go run ./cmd/bench -n 1000000 -cpuprofile service.prof
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/residency-labs/signup-classifier/internal/benchkit"
)

type options struct {
	n            int
	partitions   int
	phase        string
	brokers      string
	jsonOut      bool
	seed         uint64
	hostile      float64
	pad          int
	repeat       int
	phases       string
	procs        int
	cpuprofile   string
	memprofile   string
	profPhase    string
	brokerPID    int
	brokerStats  string
	floorN       int
	fanoutMaxMiB int

	latencyRate     int
	latencyDuration time.Duration
	latencyWarmup   time.Duration

	batchSize          int
	lingerMS           int
	maxInFlightBytes   int
	maxInFlightBatches int
	compression        string
	produceRequests    string
	producerBatchSize  int
	producerBatchBytes int
	outputPartitions   int

	// internal (parent -> child)
	input    string
	prefix   string
	rate     int
	embedded bool
}

func main() {
	o := &options{}
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.IntVar(&o.n, "n", 1_000_000, "events to preload and drain")
	fs.IntVar(&o.partitions, "partitions", 6, "partitions of the input topic (and of every output topic)")
	fs.StringVar(&o.phase, "phase", "", "internal: run one phase in this process (broker, preload, floor, pipe, fanout, service, latency)")
	fs.StringVar(&o.brokers, "brokers", "", "bootstrap brokers (default $KAFKA_BROKERS; none: an embedded kfake broker in a child process)")
	fs.BoolVar(&o.jsonOut, "json", false, "print the report as JSON instead of a table")
	fs.Uint64Var(&o.seed, "seed", 1, "demo generator seed")
	fs.Float64Var(&o.hostile, "hostile", 0, "share (0..1) of deliberately broken events (they go to quarantine)")
	fs.IntVar(&o.pad, "pad", 0, "add an attachment of this many bytes to every event (memory under large events)")
	fs.IntVar(&o.repeat, "repeat", 1, "run the pipe, fan-out and service phases this many times, alternating (the table shows medians)")
	fs.StringVar(&o.phases, "phases", "floor,pipe,fanout,service,latency", "phases to run, comma-separated (floor, pipe, fanout, service, latency)")
	fs.IntVar(&o.fanoutMaxMiB, "fanout-max-mib", 4096, "largest table of precomputed outputs the fan-out phase holds in memory; past it the phase is skipped")
	fs.IntVar(&o.procs, "procs", 0, "GOMAXPROCS of the pipe, service and latency phases (0: the machine's cores); the floors always run on 1")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the (first) -profile-phase phase to this file (drain window; latency: while producing)")
	fs.StringVar(&o.memprofile, "memprofile", "", "write an allocation profile of the (first) -profile-phase phase to this file")
	fs.StringVar(&o.profPhase, "profile-phase", "service", "the phase -cpuprofile and -memprofile profile: pipe, fanout, service or latency")
	fs.IntVar(&o.brokerPID, "broker-pid", 0, "pid of an external broker whose CPU time to report (the embedded broker's is known)")
	fs.IntVar(&o.floorN, "floor-n", 0, "events for the floors (0: all n)")
	fs.IntVar(&o.latencyRate, "latency-rate", 0, "events/s for the latency phase (0: half the service's measured rate)")
	fs.DurationVar(&o.latencyDuration, "latency-duration", 20*time.Second, "how long the latency phase produces")
	fs.DurationVar(&o.latencyWarmup, "latency-warmup", 2*time.Second, "latency samples whose input is older than this from the start are ignored")
	fs.IntVar(&o.batchSize, "batch-size", 0, "override pipeline.batch_size (0: the shipped config)")
	fs.IntVar(&o.lingerMS, "linger-ms", 0, "override pipeline.linger_ms")
	fs.IntVar(&o.maxInFlightBytes, "max-in-flight-bytes", 0, "override pipeline.max_in_flight_bytes")
	fs.IntVar(&o.maxInFlightBatches, "max-in-flight-batches", 0, "override pipeline.max_in_flight_batches")
	fs.IntVar(&o.outputPartitions, "output-partitions", 0, "partitions of the service's region topics (not audit, global, quarantine; 0: -partitions)")
	fs.IntVar(&o.producerBatchSize, "producer-batch-size", 0, "override pipeline.producer_batch_size, kafka-go's Writer.BatchSize, for the pipe and the service (0: the shipped config)")
	fs.IntVar(&o.producerBatchBytes, "producer-batch-bytes", 0, "override pipeline.producer_batch_bytes, kafka-go's Writer.BatchBytes, for the pipe and the service")
	fs.StringVar(&o.produceRequests, "produce-requests", "", "override pipeline.produce_requests (per_broker, per_partition) for the pipe and the service")
	fs.StringVar(&o.compression, "compression", "", "override pipeline.compression (none, gzip, snappy, lz4, zstd) for the pipe and the service")
	fs.StringVar(&o.input, "input", "", "internal: the preloaded input topic")
	fs.StringVar(&o.prefix, "prefix", "", "internal: prefix of the phase's topics and group")
	fs.IntVar(&o.rate, "rate", 0, "internal: the latency phase's rate")
	fs.BoolVar(&o.embedded, "embedded", false, "internal: the broker is the embedded one")
	fs.StringVar(&o.brokerStats, "broker-stats", "", "internal: the embedded broker's request counters (host:port)")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	if fs.NArg() > 0 || o.n <= 0 || o.partitions <= 0 || o.repeat <= 0 || o.hostile < 0 || o.hostile > 1 || o.pad < 0 {
		fs.Usage()
		os.Exit(2)
	}
	var err error
	if o.phase != "" {
		err = runPhase(o)
	} else {
		err = orchestrate(o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// emit writes a child's result for the parent.
func emit(r *phaseResult) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = fmt.Printf("RESULT %s\n", b)
	return err
}

func runPhase(o *options) error {
	if o.phase == "broker" {
		return runBroker(o)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c, err := newChild(o)
	if err != nil {
		return err
	}
	if len(c.cl.Brokers) == 0 && o.phase != "floor" {
		return errors.New("-brokers is required for phase " + o.phase)
	}
	var r *phaseResult
	switch o.phase {
	case "preload":
		r, err = c.preload(ctx)
	case "floor":
		r, err = c.floor(ctx)
	case "pipe":
		r, err = c.pipe(ctx)
	case "fanout":
		r, err = c.fanout(ctx)
	case "service":
		r, err = c.service(ctx)
	case "latency":
		r, err = c.latency(ctx)
	case "loadgen":
		r, err = c.loadgen(ctx)
	default:
		return fmt.Errorf("unknown phase %q", o.phase)
	}
	if err != nil {
		return fmt.Errorf("phase %s: %w", o.phase, err)
	}
	return emit(r)
}

// ---------------------------------------------------------------------------
// The parent: start the broker if needed, run each phase as a child, report.

type report struct {
	Command    string    `json:"command"`
	Build      string    `json:"build"`
	Started    time.Time `json:"started"`
	GoVersion  string    `json:"go_version"`
	CPUs       int       `json:"cpus"`
	CPUModel   string    `json:"cpu_model"`
	LoadBefore float64   `json:"loadavg1_before"`
	LoadAfter  float64   `json:"loadavg1_after"`
	Broker     string    `json:"broker"`
	BrokerAddr string    `json:"broker_addr"`
	BrokerPID  int       `json:"broker_pid,omitempty"`
	BrokerRSS  float64   `json:"broker_peak_rss_mib,omitempty"`
	N          int       `json:"n"`
	Partitions int       `json:"partitions"`
	RunID      string    `json:"run_id"`
	Procs      int       `json:"procs,omitempty"`

	Preload *phaseResult   `json:"preload,omitempty"`
	Floor   *phaseResult   `json:"floor,omitempty"`
	Pipe    []*phaseResult `json:"pipe,omitempty"`
	Fanout  []*phaseResult `json:"fanout,omitempty"`
	Service []*phaseResult `json:"service,omitempty"`
	Latency *phaseResult   `json:"latency,omitempty"`
	Summary summary        `json:"summary"`
}

type summary struct {
	PipeEventsPerSec    float64 `json:"pipe_events_per_sec"`
	ServiceEventsPerSec float64 `json:"service_events_per_sec"`
	Ratio               float64 `json:"service_over_pipe_events_per_sec"`
	PipeCPUPer1k        float64 `json:"pipe_cpu_seconds_per_1k"`
	ServiceCPUPer1k     float64 `json:"service_cpu_seconds_per_1k"`
	ServiceEventsPerCPU float64 `json:"service_events_per_cpu_second"`
	PipeEventsPerCPU    float64 `json:"pipe_events_per_cpu_second"`

	// The fan-out pipe writes the service's records without deciding
	// them: service / fan-out is the share of the service's rate lost to
	// classifying, fan-out / bare pipe the share lost to the output.
	FanoutEventsPerSec     float64 `json:"fanout_events_per_sec,omitempty"`
	FanoutRatio            float64 `json:"service_over_fanout_events_per_sec,omitempty"`
	FanoutOverPipe         float64 `json:"fanout_over_pipe_events_per_sec,omitempty"`
	FanoutCPUPer1k         float64 `json:"fanout_cpu_seconds_per_1k,omitempty"`
	FanoutEventsPerCPU     float64 `json:"fanout_events_per_cpu_second,omitempty"`
	FanoutOutBytesPerEvent float64 `json:"fanout_out_bytes_per_event,omitempty"`
}

func orchestrate(o *options) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	r := newOrchestration(ctx, o, exe)
	broker, err := r.broker()
	if err != nil {
		return err
	}
	if broker != nil {
		defer broker.stop()
	}
	r.announce()
	if err := r.phases(); err != nil {
		return err
	}
	rep := r.rep
	if broker != nil {
		if br := broker.stop(); br != nil && br.Broker != nil {
			rep.BrokerRSS = br.Broker.PeakRSSMiB
		}
	}
	rep.LoadAfter = benchkit.LoadAvg()
	if o.jsonOut {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printTable(os.Stdout, rep)
	return nil
}

// orchestration is the parent's run: the options (completed with the
// broker once it is known), the phases asked for, and the report the
// children's results go into.
type orchestration struct {
	ctx        context.Context
	o          *options
	exe        string
	rep        *report
	want       map[string]bool
	needBroker bool
}

func newOrchestration(ctx context.Context, o *options, exe string) *orchestration {
	rep := &report{Command: strings.Join(os.Args, " "), Started: time.Now(), GoVersion: runtime.Version(),
		CPUs: runtime.NumCPU(), CPUModel: benchkit.CPUModel(), LoadBefore: benchkit.LoadAvg(), N: o.n, Partitions: o.partitions, Procs: o.procs}
	rep.Build = buildInfo()
	rep.RunID = fmt.Sprintf("bench-%d-%04x", time.Now().Unix(), rand.N(1<<16))
	want := map[string]bool{}
	for _, p := range splitList(o.phases) {
		want[p] = true
	}
	return &orchestration{ctx: ctx, o: o, exe: exe, rep: rep, want: want,
		needBroker: want["pipe"] || want["fanout"] || want["service"] || want["latency"]}
}

// broker settles which broker the phases use: -brokers or KAFKA_BROKERS,
// else (when a phase needs one) an embedded broker in a child process,
// returned so that the caller stops it.
func (r *orchestration) broker() (*brokerChild, error) {
	o, rep := r.o, r.rep
	if o.brokers == "" {
		o.brokers = strings.TrimSpace(os.Getenv("KAFKA_BROKERS"))
	}
	var broker *brokerChild
	if o.brokers == "" && r.needBroker {
		var err error
		broker, err = startBrokerChild(r.exe)
		if err != nil {
			return nil, err
		}
		o.brokers, o.brokerPID, o.embedded, o.brokerStats = broker.addr, broker.pid, true, broker.stats
		rep.Broker = "embedded kfake (child process)"
	} else {
		rep.Broker = "external"
		if o.brokerPID == 0 && r.needBroker {
			logf("warning: no -broker-pid: a broker on this machine is counted as other load, and its CPU per event is not reported")
		}
	}
	rep.BrokerAddr, rep.BrokerPID = o.brokers, o.brokerPID
	return broker, nil
}

// announce names the run's input topic and says what is about to run.
func (r *orchestration) announce() {
	o, rep := r.o, r.rep
	if o.pad > 64<<10-256 {
		logf("warning: -pad %d makes a string over the shipped limits.max_string_bytes (65536): those events go to quarantine", o.pad)
	}
	o.input = rep.RunID + ".input"
	logf("run %s: n=%d partitions=%d broker=%s (%s)", rep.RunID, o.n, o.partitions, o.brokers, rep.Broker)
}

// run runs one phase in a child process, passing on every option it may
// need, and logs its result.
func (r *orchestration) run(phase string, procs int, extra ...string) (*phaseResult, error) {
	o := r.o
	args := []string{"-phase", phase, "-n", strconv.Itoa(o.n), "-partitions", strconv.Itoa(o.partitions),
		"-brokers", o.brokers, "-seed", strconv.FormatUint(o.seed, 10), "-hostile", strconv.FormatFloat(o.hostile, 'g', -1, 64),
		"-pad", strconv.Itoa(o.pad), "-input", o.input, "-broker-pid", strconv.Itoa(o.brokerPID), "-floor-n", strconv.Itoa(o.floorN),
		"-fanout-max-mib", strconv.Itoa(o.fanoutMaxMiB), "-latency-duration", o.latencyDuration.String(), "-latency-warmup", o.latencyWarmup.String(),
		"-batch-size", strconv.Itoa(o.batchSize), "-linger-ms", strconv.Itoa(o.lingerMS),
		"-max-in-flight-bytes", strconv.Itoa(o.maxInFlightBytes), "-max-in-flight-batches", strconv.Itoa(o.maxInFlightBatches), "-compression", o.compression, "-produce-requests", o.produceRequests, "-producer-batch-size", strconv.Itoa(o.producerBatchSize), "-producer-batch-bytes", strconv.Itoa(o.producerBatchBytes), "-output-partitions", strconv.Itoa(o.outputPartitions),
		"-embedded=" + strconv.FormatBool(o.embedded), "-broker-stats", o.brokerStats}
	args = append(args, extra...)
	logf("phase %s ...", phase)
	res, err := runChild(r.ctx, r.exe, procs, args)
	if err != nil {
		return nil, err
	}
	logf("phase %s: %s", phase, oneLine(res))
	return res, nil
}

// phases runs the phases asked for, in order: the floor, then (on a
// broker) the preload, the repeated drains, and the latency phase, whose
// rate depends on the drains' summary.
func (r *orchestration) phases() error {
	o, rep := r.o, r.rep
	var err error
	if r.want["floor"] {
		if rep.Floor, err = r.run("floor", 1); err != nil {
			return err
		}
	}
	if !r.needBroker {
		return nil
	}
	if r.want["pipe"] || r.want["fanout"] || r.want["service"] {
		if rep.Preload, err = r.run("preload", o.procs); err != nil {
			return err
		}
	}
	for i := 0; i < o.repeat; i++ {
		if err := r.drains(i); err != nil {
			return err
		}
	}
	summarize(rep)
	if r.want["latency"] {
		return r.latency()
	}
	return nil
}

// drains runs round i of the drain phases. Each round alternates the
// phases, so that a change in the machine's load spreads over all of them.
func (r *orchestration) drains(i int) error {
	rep := r.rep
	if r.want["pipe"] {
		res, err := r.drain("pipe", "pipe", i)
		if err != nil {
			return err
		}
		rep.Pipe = append(rep.Pipe, res)
	}
	if r.want["fanout"] {
		res, err := r.drain("fanout", "fan", i)
		if err != nil {
			return err
		}
		// No events: the phase skipped itself (its notes say why).
		if res.Events > 0 {
			rep.Fanout = append(rep.Fanout, res)
		} else {
			logf("phase fanout: %s", strings.Join(res.Notes, "; "))
		}
	}
	if r.want["service"] {
		res, err := r.drain("service", "svc", i)
		if err != nil {
			return err
		}
		rep.Service = append(rep.Service, res)
	}
	return nil
}

// drain runs one drain phase on topics of its own (prefix RunID.<tag><i>.);
// only the first round is profiled.
func (r *orchestration) drain(phase, tag string, i int) (*phaseResult, error) {
	extra := []string{"-prefix", fmt.Sprintf("%s.%s%d.", r.rep.RunID, tag, i)}
	if i == 0 && r.o.profPhase == phase {
		extra = append(extra, profArgs(r.o)...)
	}
	return r.run(phase, r.o.procs, extra...)
}

// latency runs the latency phase at -latency-rate, by default half the
// service's measured rate.
func (r *orchestration) latency() error {
	o, rep := r.o, r.rep
	rate := o.latencyRate
	if rate <= 0 {
		rate = int(rep.Summary.ServiceEventsPerSec / 2)
	}
	if rate <= 0 {
		return errors.New("latency: no service rate measured; set -latency-rate")
	}
	extra := []string{"-prefix", rep.RunID + ".lat.", "-rate", strconv.Itoa(rate)}
	if o.profPhase == "latency" {
		extra = append(extra, profArgs(o)...)
	}
	var err error
	rep.Latency, err = r.run("latency", o.procs, extra...)
	return err
}

// buildCommit may be set at link time: -ldflags "-X main.buildCommit=...".
var buildCommit string

// buildInfo names the commit the binary was built from (when go build ran
// in a git checkout), "+dirty" when the tree had changes.
func buildInfo() string {
	if buildCommit != "" {
		return buildCommit
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "unknown (not built in a git checkout)"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	return rev
}

func profArgs(o *options) []string {
	var a []string
	if o.cpuprofile != "" {
		a = append(a, "-cpuprofile", o.cpuprofile)
	}
	if o.memprofile != "" {
		a = append(a, "-memprofile", o.memprofile)
	}
	return a
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

func oneLine(r *phaseResult) string {
	switch {
	case r.Floor != nil:
		return fmt.Sprintf("process %.0f ev/s (%.1f µs), classify %.0f ev/s, parse %.0f ev/s", r.Floor.ProcessPerSec,
			r.Floor.ProcessNsPerEvent/1000, r.Floor.ClassifyPerSec, r.Floor.ParsePerSec)
	case r.Latency != nil:
		return fmt.Sprintf("%.0f ev/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)", r.Latency.AchievedRate,
			r.Latency.P50ms, r.Latency.P99ms, r.Latency.MaxMs, r.Latency.Samples)
	case r.Preload != nil:
		return fmt.Sprintf("%d events, %.0f B avg, %.1f s", r.Events, r.Preload.AvgEventBytes, r.Preload.Seconds)
	default:
		return fmt.Sprintf("%d events in %.2f s = %.0f ev/s, CPU %.3f s/1k, broker %.3f s/1k, RSS %.0f MiB, other load %.2f cores",
			r.Events, r.Drain.Seconds, r.EventsPerSec, r.CPUPer1k, r.BrokerCPUPer1k, r.PeakRSSMiB, r.Drain.OtherCPUCores)
	}
}

func median(rs []*phaseResult, f func(*phaseResult) float64) float64 {
	if len(rs) == 0 {
		return 0
	}
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	sort.Float64s(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func summarize(rep *report) {
	s := &rep.Summary
	eps := func(r *phaseResult) float64 { return r.EventsPerSec }
	cpu := func(r *phaseResult) float64 { return r.CPUPer1k }
	s.PipeEventsPerSec, s.ServiceEventsPerSec = median(rep.Pipe, eps), median(rep.Service, eps)
	s.PipeCPUPer1k, s.ServiceCPUPer1k = median(rep.Pipe, cpu), median(rep.Service, cpu)
	if s.PipeEventsPerSec > 0 {
		s.Ratio = s.ServiceEventsPerSec / s.PipeEventsPerSec
	}
	if s.ServiceCPUPer1k > 0 {
		s.ServiceEventsPerCPU = 1000 / s.ServiceCPUPer1k
	}
	if s.PipeCPUPer1k > 0 {
		s.PipeEventsPerCPU = 1000 / s.PipeCPUPer1k
	}
	s.FanoutEventsPerSec, s.FanoutCPUPer1k = median(rep.Fanout, eps), median(rep.Fanout, cpu)
	s.FanoutOutBytesPerEvent = median(rep.Fanout, func(r *phaseResult) float64 { return r.OutBytesPerEvent })
	if s.FanoutEventsPerSec > 0 {
		s.FanoutRatio = s.ServiceEventsPerSec / s.FanoutEventsPerSec
	}
	if s.PipeEventsPerSec > 0 {
		s.FanoutOverPipe = s.FanoutEventsPerSec / s.PipeEventsPerSec
	}
	if s.FanoutCPUPer1k > 0 {
		s.FanoutEventsPerCPU = 1000 / s.FanoutCPUPer1k
	}
}

// ---------------------------------------------------------------------------
// children

// runChild runs `exe args...` and returns the RESULT line it prints; every
// other line of its output goes to our stderr.
func runChild(ctx context.Context, exe string, procs int, args []string) (*phaseResult, error) {
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Env = os.Environ()
	if procs > 0 {
		cmd.Env = append(cmd.Env, "GOMAXPROCS="+strconv.Itoa(procs))
	}
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	var res *phaseResult
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "RESULT "); ok {
			res = &phaseResult{}
			if err := json.Unmarshal([]byte(rest), res); err != nil {
				return nil, fmt.Errorf("child %s: bad result: %w", args[1], err)
			}
			continue
		}
		fmt.Fprintln(os.Stderr, line)
	}
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("child %s: %w", args[1], err)
	}
	if res == nil {
		return nil, fmt.Errorf("child %s printed no result", args[1])
	}
	return res, nil
}

type brokerChild struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Scanner
	addr  string
	stats string
	pid   int
	done  bool
	res   *phaseResult
}

func startBrokerChild(exe string) (*brokerChild, error) {
	cmd := exec.Command(exe, "-phase", "broker")
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	b := &brokerChild{cmd: cmd, stdin: in, out: bufio.NewScanner(out), pid: cmd.Process.Pid}
	for b.out.Scan() {
		if rest, ok := strings.CutPrefix(b.out.Text(), "ADDR "); ok {
			b.addr, b.stats, _ = strings.Cut(rest, " ")
			return b, nil
		}
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	return nil, errors.New("embedded broker child did not print its address")
}

// stop closes the broker's stdin (it then exits) and returns its result.
func (b *brokerChild) stop() *phaseResult {
	if b.done {
		return b.res
	}
	b.done = true
	_ = b.stdin.Close()
	for b.out.Scan() {
		if rest, ok := strings.CutPrefix(b.out.Text(), "RESULT "); ok {
			r := &phaseResult{}
			if json.Unmarshal([]byte(rest), r) == nil {
				b.res = r
			}
		}
	}
	waited := make(chan struct{})
	go func() { _ = b.cmd.Wait(); close(waited) }()
	select {
	case <-waited:
	case <-time.After(30 * time.Second):
		_ = b.cmd.Process.Kill()
		<-waited
	}
	return b.res
}

// ---------------------------------------------------------------------------
// the table

func printTable(w io.Writer, rep *report) {
	tableHeader(w, rep)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "phase\tevents/s\tCPU s/1k ev\tevents/CPU-s\tbroker CPU s/1k\tpeak RSS MiB\tout rec/ev\tother load (cores)\t")
	if f := rep.Floor; f != nil && f.Floor != nil {
		floorRows(tw, f)
	}
	for i, r := range rep.Pipe {
		phaseRow(tw, fmt.Sprintf("bare pipe #%d", i+1), r)
	}
	for i, r := range rep.Fanout {
		phaseRow(tw, fmt.Sprintf("fan-out pipe #%d", i+1), r)
	}
	for i, r := range rep.Service {
		phaseRow(tw, fmt.Sprintf("service #%d", i+1), r)
	}
	tw.Flush()
	ratios(w, rep)
	fmt.Fprintln(w)
	requestShape(w, "bare pipe", rep.Pipe)
	requestShape(w, "fan-out pipe", rep.Fanout)
	requestShape(w, "service", rep.Service)
	if l := rep.Latency; l != nil && l.Latency != nil {
		latencyLines(w, l)
	}
	if rep.BrokerRSS > 0 {
		fmt.Fprintf(w, "\nembedded broker peak RSS %.0f MiB (it holds every topic in memory)\n", rep.BrokerRSS)
	}
	if len(rep.Service) > 0 {
		serviceOutputs(w, rep.Service[0])
	}
	if f := rep.Floor; f != nil && f.Floor != nil {
		floorFootnotes(w, f.Floor)
	}
}

// tableHeader names the run and the machine it ran on.
func tableHeader(w io.Writer, rep *report) {
	fmt.Fprintf(w, "bench %s: %d events", rep.RunID, rep.N)
	if rep.Preload != nil && rep.Preload.Preload != nil {
		fmt.Fprintf(w, " (%.0f B avg)", rep.Preload.Preload.AvgEventBytes)
	}
	fmt.Fprintf(w, ", %d partitions, broker %s at %s\n", rep.Partitions, rep.Broker, rep.BrokerAddr)
	fmt.Fprintf(w, "machine: %d x %s, %s, load average %.2f before / %.2f after; build %s\n\n", rep.CPUs, rep.CPUModel, rep.GoVersion, rep.LoadBefore, rep.LoadAfter, rep.Build)
}

// floorRows are the single-core floors' rows: CPU time per event, no
// broker, no output.
func floorRows(tw io.Writer, f *phaseResult) {
	fl := f.Floor
	fmt.Fprintf(tw, "parse+walk floor (1 core, CPU time)\t%.0f\t%.4f\t%.0f\t-\t-\t-\t-\t\n", fl.ParsePerSec, fl.ParseNsPerEvent/1e6, 1e9/fl.ParseNsPerEvent)
	fmt.Fprintf(tw, "classify only: Classify (1 core, CPU time)\t%.0f\t%.4f\t%.0f\t-\t-\t-\t-\t\n", fl.ClassifyPerSec, fl.ClassifyNsPerEvent/1e6, 1e9/fl.ClassifyNsPerEvent)
	fmt.Fprintf(tw, "classify floor: ProcessAppend (1 core, CPU time)\t%.0f\t%.4f\t%.0f\t-\t%.0f\t%.2f\t-\t\n", fl.ProcessPerSec, fl.ProcessNsPerEvent/1e6, 1e9/fl.ProcessNsPerEvent, f.PeakRSSMiB, fl.RecordsPerEvent)
	fmt.Fprintf(tw, "classify --records in process (1 core, CPU time)\t%.0f\t%.4f\t%.0f\t-\t-\t-\t-\t\n", fl.RecordsPerSec, fl.RecordsNsPerEvent/1e6, 1e9/fl.RecordsNsPerEvent)
}

// phaseRow is the row of one drain (pipe, fan-out pipe or service run).
func phaseRow(tw io.Writer, name string, r *phaseResult) {
	epc := 0.0
	if r.CPUPer1k > 0 {
		epc = 1000 / r.CPUPer1k
	}
	bro := "-"
	if r.BrokerCPUPer1k > 0 {
		bro = fmt.Sprintf("%.4f", r.BrokerCPUPer1k)
	}
	fmt.Fprintf(tw, "%s\t%.0f\t%.4f\t%.0f\t%s\t%.0f\t%.2f\t%.2f\t\n", name, r.EventsPerSec, r.CPUPer1k, epc, bro, r.PeakRSSMiB, r.OutPerEvent, r.Drain.OtherCPUCores)
}

// ratios compares the service with the bare and fan-out pipes (medians),
// each line only when both of its sides were measured.
func ratios(w io.Writer, rep *report) {
	s := rep.Summary
	if s.PipeEventsPerSec > 0 && s.ServiceEventsPerSec > 0 {
		fmt.Fprintf(w, "\nservice / bare pipe (events/s, medians): %.0f / %.0f = %.3f\n", s.ServiceEventsPerSec, s.PipeEventsPerSec, s.Ratio)
	}
	if s.FanoutEventsPerSec > 0 && s.ServiceEventsPerSec > 0 {
		fmt.Fprintf(w, "service / fan-out pipe (events/s, medians): %.0f / %.0f = %.3f\n", s.ServiceEventsPerSec, s.FanoutEventsPerSec, s.FanoutRatio)
	}
	if s.FanoutEventsPerSec > 0 && s.PipeEventsPerSec > 0 {
		fmt.Fprintf(w, "fan-out pipe / bare pipe (events/s, medians): %.0f / %.0f = %.3f\n", s.FanoutEventsPerSec, s.PipeEventsPerSec, s.FanoutOverPipe)
	}
	if s.ServiceCPUPer1k > 0 && s.PipeCPUPer1k > 0 {
		fmt.Fprintf(w, "client CPU per event: service %.1f µs, pipe %.1f µs (%.1fx)", s.ServiceCPUPer1k*1000, s.PipeCPUPer1k*1000, s.ServiceCPUPer1k/s.PipeCPUPer1k)
		if s.FanoutCPUPer1k > 0 {
			fmt.Fprintf(w, ", fan-out pipe %.1f µs (service %.1fx)", s.FanoutCPUPer1k*1000, s.ServiceCPUPer1k/s.FanoutCPUPer1k)
		}
		fmt.Fprintln(w)
	}
	if len(rep.Fanout) > 0 {
		f := rep.Fanout[0]
		fmt.Fprintf(w, "fan-out pipe writes %.2f records and %.0f B per event (key+value+headers, before compression), precomputed in %.1f s into %.0f MiB (in its peak RSS)\n",
			f.OutPerEvent, s.FanoutOutBytesPerEvent, f.PrecomputeSeconds, f.PrecomputedMiB)
	}
}

// requestShape lists the broker requests per 1k events of a phase's first
// run, most frequent first; the rare ones (under 0.05) are left out.
func requestShape(w io.Writer, name string, rs []*phaseResult) {
	if len(rs) == 0 || rs[0].BrokerRequestsPer1k == nil {
		return
	}
	m := rs[0].BrokerRequestsPer1k
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(a, b int) bool { return m[ks[a]] > m[ks[b]] })
	var parts []string
	for _, k := range ks {
		if m[k] >= 0.05 {
			parts = append(parts, fmt.Sprintf("%s %.1f", k, m[k]))
		}
	}
	fmt.Fprintf(w, "broker requests per 1k events, %s: %s\n", name, strings.Join(parts, ", "))
}

// latencyLines report the latency phase.
func latencyLines(w io.Writer, l *phaseResult) {
	lr := l.Latency
	fmt.Fprintf(w, "\nlatency at %.0f events/s (target %.0f, %d produced, %d errors), input record -> audit record, %d samples after a warm-up:\n",
		lr.AchievedRate, lr.TargetRate, lr.Produced, lr.ProduceErrors, lr.Samples)
	fmt.Fprintf(w, "  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  p99.9 %.1f ms  max %.1f ms  \n", lr.P50ms, lr.P90ms, lr.P99ms, lr.P999ms, lr.MaxMs)
	fmt.Fprintf(w, "  service process %.2f cores (%.0f µs CPU per event at this rate), peak RSS %.0f MiB, %.0f records per fetched batch; broker %.2f cores; load generator (own process) %.2f cores, %.0f produce requests/s\n",
		lr.CPUCores, lr.CPUCores/lr.AchievedRate*1e6, l.PeakRSSMiB, lr.MeanBatch, lr.BrokerCPUCores, lr.LoadGenCPUCores, lr.LoadGenRequestsPerSec)
	if lr.ServiceProducePerSec > 0 {
		fmt.Fprintf(w, "  the service's produce requests: %.0f/s (%.1f per input event)\n", lr.ServiceProducePerSec, lr.ServiceProducePerSec/lr.AchievedRate)
	}
	if len(lr.Series) > 0 {
		var ps []string
		for _, p := range lr.Series {
			ps = append(ps, fmt.Sprintf("%d:%.0f/%.0f", p.Second, p.P50ms, p.P99ms))
		}
		fmt.Fprintf(w, "  per second of input time, p50/p99 ms: %s\n", strings.Join(ps, " "))
	}
	fmt.Fprintf(w, "  machine load besides the service process and the broker: %.2f cores\n", lr.OtherCPUCores)
	fmt.Fprintf(w, "  timestamps: %s\n", lr.Timestamps)
	fmt.Fprintf(w, "  cross-check, end_to_end_seconds histogram (input -> all outputs acked, coarse buckets): p50 ~%.1f ms, p99 ~%.1f ms\n", lr.AckP50ms, lr.AckP99ms)
}

// serviceOutputs lists the records the first service run wrote, by
// projection, and where its CPU profile is.
func serviceOutputs(w io.Writer, r *phaseResult) {
	var ks []string
	for k := range r.Produced {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var parts []string
	for _, k := range ks {
		parts = append(parts, fmt.Sprintf("%s %.0f", k, r.Produced[k]))
	}
	fmt.Fprintf(w, "service outputs (first run): %s\n", strings.Join(parts, ", "))
	if r.Profile != "" {
		fmt.Fprintf(w, "CPU profile of the first service drain: %s (go tool pprof -top %s)\n", r.Profile, r.Profile)
	}
}

// floorFootnotes close the table: the floor's output bytes per event, then
// how far classify --records and Process are from the parse floor. They
// are printed last, where earlier reports have them, so that reports stay
// comparable line by line.
func floorFootnotes(w io.Writer, fl *floorResult) {
	if len(fl.OutBytesPerEvent) > 0 {
		var ks []string
		total := 0.0
		for k, v := range fl.OutBytesPerEvent {
			ks = append(ks, k)
			total += v
		}
		sort.Strings(ks)
		var parts []string
		for _, k := range ks {
			parts = append(parts, fmt.Sprintf("%s %.0f", k, fl.OutBytesPerEvent[k]))
		}
		fmt.Fprintf(w, "output bytes per input event (key+value+headers; input %.0f B): %s; total %.0f\n", fl.AvgEventBytes, strings.Join(parts, ", "), total)
	}
	if fl.ParseNsPerEvent > 0 {
		fmt.Fprintf(w, "classify --records / parse+walk floor (CPU per event): %.1f / %.1f µs = %.1fx; Process %.1fx\n",
			fl.RecordsNsPerEvent/1e3, fl.ParseNsPerEvent/1e3, fl.RecordsNsPerEvent/fl.ParseNsPerEvent, fl.ProcessNsPerEvent/fl.ParseNsPerEvent)
	}
}
