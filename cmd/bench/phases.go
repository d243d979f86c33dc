package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kmsg"
	"go.uber.org/zap"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/embedded"
	"github.com/residency-labs/signup-classifier/internal/benchkit"
	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/producer"
	"github.com/residency-labs/signup-classifier/record"
	"github.com/residency-labs/signup-classifier/service"
	"github.com/residency-labs/signup-classifier/settings"
)

// pseudonymKey is the benchmark's pseudonymization key: the service then
// serves its pseudonymized routes instead of quarantining them.
const pseudonymKey = "bench-pseudonym-key-0123456789abcdef"

// phaseResult is what a child process reports (one JSON line on stdout).
type phaseResult struct {
	Phase      string `json:"phase"`
	Events     int64  `json:"events"`
	GOMAXPROCS int    `json:"gomaxprocs"`

	// Drain: from the first fetched batch to the commit of the last input
	// offset (pipe, service), or the timed part of a floor.
	Drain          benchkit.Window `json:"drain"`
	EventsPerSec   float64         `json:"events_per_sec"`
	CPUPer1k       float64         `json:"cpu_seconds_per_1k"`        // this process, drain window
	BrokerCPUPer1k float64         `json:"broker_cpu_seconds_per_1k"` // the broker process, drain window (when its pid is known)
	StartupSeconds float64         `json:"startup_seconds"`           // process start -> first fetch (rules, group join)
	CPUTotal       float64         `json:"cpu_seconds_total"`         // whole child process
	PeakRSSMiB     float64         `json:"peak_rss_mib"`              // VmHWM of the child process
	AllocPerEvent  float64         `json:"alloc_bytes_per_event"`     // Go heap allocated per event (whole phase)
	GCs            uint32          `json:"gcs"`
	OutRecords     int64           `json:"out_records,omitempty"`
	OutPerEvent    float64         `json:"out_records_per_event,omitempty"`

	// Broker requests per 1,000 events in the drain window, by kind
	// (embedded broker only).
	BrokerRequestsPer1k map[string]float64 `json:"broker_requests_per_1k,omitempty"`

	// The fan-out pipe: bytes of the records it writes per input event (key
	// + value + headers, before compression), the size of its precomputed
	// table (part of its peak RSS) and the time it took to render it.
	OutBytesPerEvent  float64 `json:"out_bytes_per_event,omitempty"`
	PrecomputedMiB    float64 `json:"precomputed_mib,omitempty"`
	PrecomputeSeconds float64 `json:"precompute_seconds,omitempty"`

	Produced    map[string]float64 `json:"produced_by_projection,omitempty"`
	Quarantined float64            `json:"quarantined,omitempty"`
	MeanBatch   float64            `json:"mean_batch_records,omitempty"`
	Commits     float64            `json:"commits,omitempty"`
	Profile     string             `json:"cpuprofile,omitempty"`

	Floor   *floorResult   `json:"floor,omitempty"`
	Latency *latencyResult `json:"latency,omitempty"`
	Preload *preloadResult `json:"preload,omitempty"`
	Broker  *brokerResult  `json:"broker,omitempty"`
	Notes   []string       `json:"notes,omitempty"`
}

type floorResult struct {
	AvgEventBytes     float64 `json:"avg_event_bytes"`
	ProcessNsPerEvent float64 `json:"process_ns_per_event"` // classify + render records (Ruleset.ProcessAppend into reused memory, as the service's router)
	ProcessPerSec     float64 `json:"process_events_per_sec"`
	ProcessAllocBytes float64 `json:"process_alloc_bytes_per_event"`
	ProcessAllocs     float64 `json:"process_allocs_per_event"`
	RecordsPerEvent   float64 `json:"records_per_event"`
	// classify --records in process: ProcessAppend, then every record
	// printed as JSON into a buffer, as the command does.
	RecordsNsPerEvent  float64 `json:"records_ns_per_event"`
	RecordsPerSec      float64 `json:"records_events_per_sec"`
	ClassifyNsPerEvent float64 `json:"classify_ns_per_event"` // decide only (Ruleset.Classify)
	ClassifyPerSec     float64 `json:"classify_events_per_sec"`
	ParseNsPerEvent    float64 `json:"parse_ns_per_event"` // event.Doc.Parse + a walk over every node
	ParsePerSec        float64 `json:"parse_events_per_sec"`
	ParseMBPerSec      float64 `json:"parse_mb_per_sec"`
	Quarantined        int64   `json:"quarantined"`
	// Bytes of output records (key + value + headers) per input event, by
	// projection: what the service writes for each event it reads.
	OutBytesPerEvent map[string]float64 `json:"out_bytes_per_event"`
	// Wall time per event of the same loops (on a loaded machine it also
	// counts waiting for a core).
	ProcessWallNs  float64 `json:"process_wall_ns_per_event"`
	ClassifyWallNs float64 `json:"classify_wall_ns_per_event"`
	RecordsWallNs  float64 `json:"records_wall_ns_per_event"`
	ParseWallNs    float64 `json:"parse_wall_ns_per_event"`
}

type latencyResult struct {
	TargetRate    float64 `json:"target_rate"`
	AchievedRate  float64 `json:"achieved_rate"`
	Produced      int64   `json:"produced"`
	ProduceErrors int64   `json:"produce_errors"`
	Samples       int     `json:"samples"` // acknowledged inputs after the warm-up
	Missing       int     `json:"missing"` // inputs produced but never reported acknowledged
	Timestamps    string  `json:"timestamps"`
	P50ms         float64 `json:"p50_ms"`
	P90ms         float64 `json:"p90_ms"`
	P99ms         float64 `json:"p99_ms"`
	P999ms        float64 `json:"p999_ms"`
	MaxMs         float64 `json:"max_ms"`
	// From the service's end_to_end_seconds histogram (input timestamp ->
	// every output acknowledged); coarse buckets (x2.5), whole phase.
	AckP50ms float64 `json:"ack_p50_ms_histogram"`
	AckP99ms float64 `json:"ack_p99_ms_histogram"`
	// Service CPU while serving the fixed rate, and the machine's load
	// besides the service, the broker and the load generator.
	CPUCores        float64 `json:"cpu_cores"`
	OtherCPUCores   float64 `json:"other_cpu_cores"`
	LoadGenCPUCores float64 `json:"loadgen_cpu_cores"`
	BrokerCPUCores  float64 `json:"broker_cpu_cores,omitempty"`
	// Produce requests per second: the load generator's (its writer's
	// count) and, on the embedded broker, the service's (counted there).
	LoadGenRequestsPerSec float64 `json:"loadgen_produce_requests_per_sec"`
	ServiceProducePerSec  float64 `json:"service_produce_requests_per_sec,omitempty"`
	MeanBatch             float64 `json:"mean_batch_records"` // input records per fetched batch (service metric)
	StartUnixNano         int64   `json:"start_unix_nano,omitempty"`
	// Per second of input time: does latency stay flat (keeping up) or
	// grow (falling behind)?
	Series []latPoint `json:"series,omitempty"`
}

type latPoint struct {
	Second int     `json:"second"`
	N      int     `json:"n"`
	P50ms  float64 `json:"p50_ms"`
	P99ms  float64 `json:"p99_ms"`
}

type preloadResult struct {
	Bytes         int64   `json:"bytes"`
	AvgEventBytes float64 `json:"avg_event_bytes"`
	Seconds       float64 `json:"seconds"`
}

type brokerResult struct {
	Addr       string  `json:"addr"`
	PeakRSSMiB float64 `json:"peak_rss_mib"`
	CPUSeconds float64 `json:"cpu_seconds"`
}

// child is a phase running in its own process.
type child struct {
	o       *options
	log     *zap.Logger
	cl      cluster.Config
	cfg     *settings.Config
	t0      time.Time
	startMS runtime.MemStats
}

func newChild(o *options) (*child, error) {
	zc := zap.NewProductionConfig()
	zc.Level = zap.NewAtomicLevelAt(zap.WarnLevel)
	zc.Encoding = "console"
	zc.DisableStacktrace = true
	log, err := zc.Build()
	if err != nil {
		return nil, err
	}
	c := &child{o: o, log: log.Named(o.phase), t0: time.Now()}
	runtime.ReadMemStats(&c.startMS)
	if c.cfg, err = c.serviceConfig(); err != nil {
		return nil, err
	}
	if o.brokers != "" {
		c.cl = cluster.Config{Brokers: splitList(o.brokers), ClientID: c.cfg.Kafka.ClientID}
	}
	return c, nil
}

// serviceConfig is the shipped config with the benchmark's overrides.
func (c *child) serviceConfig() (*settings.Config, error) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		return nil, err
	}
	o := c.o
	if o.batchSize > 0 {
		cfg.Pipeline.BatchSize = o.batchSize
	}
	if o.lingerMS > 0 {
		cfg.Pipeline.LingerMS = o.lingerMS
	}
	if o.maxInFlightBytes > 0 {
		cfg.Pipeline.MaxInFlightBytes = o.maxInFlightBytes
	}
	if o.maxInFlightBatches > 0 {
		cfg.Pipeline.MaxInFlightBatches = o.maxInFlightBatches
	}
	if o.producerBatchSize > 0 {
		cfg.Pipeline.ProducerBatchSize = o.producerBatchSize
	}
	if o.producerBatchBytes > 0 {
		cfg.Pipeline.ProducerBatchBytes = o.producerBatchBytes
	}
	if o.compression != "" {
		cfg.Pipeline.Compression = o.compression
	}
	if o.produceRequests != "" {
		cfg.Pipeline.ProduceRequests = o.produceRequests
	}
	// The overrides are checked as a config file would be, for the pipe too.
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.CreateTopics.Partitions = o.partitions
	cfg.Admin.Addr = "127.0.0.1:0"
	if o.brokers != "" {
		cfg.Kafka.Brokers = splitList(o.brokers)
	}
	return cfg, nil
}

// renamed gives every topic of the config the prefix (unique per run) and
// a fresh group.
func renamed(cfg *settings.Config, prefix string) {
	cfg.Input.Topic = prefix + cfg.Input.Topic
	cfg.Input.Group = prefix + "group"
	for name, r := range cfg.Regions {
		r.Topic = prefix + r.Topic
		cfg.Regions[name] = r
	}
	cfg.Topics.Audit = prefix + cfg.Topics.Audit
	if cfg.Topics.AuditTemplates != "" { // else derived from the renamed audit topic
		cfg.Topics.AuditTemplates = prefix + cfg.Topics.AuditTemplates
	}
	cfg.Topics.Quarantine = prefix + cfg.Topics.Quarantine
}

func getenv(k string) string {
	if k == "CLASSIFIER_PSEUDONYM_KEY" {
		return pseudonymKey
	}
	return ""
}

// finish fills the whole-process figures.
func (c *child) finish(r *phaseResult) {
	if c.o.memprofile != "" {
		if f, err := os.Create(c.o.memprofile); err == nil {
			_ = pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	r.GOMAXPROCS = runtime.GOMAXPROCS(0)
	r.CPUTotal = benchkit.SelfCPU().Seconds()
	r.PeakRSSMiB = benchkit.PeakRSSMiB()
	r.GCs = ms.NumGC - c.startMS.NumGC
	if r.Events > 0 {
		r.AllocPerEvent = float64(ms.TotalAlloc-c.startMS.TotalAlloc) / float64(r.Events)
		if r.Drain.Seconds > 0 {
			r.EventsPerSec = float64(r.Events) / r.Drain.Seconds
		}
		r.CPUPer1k = r.Drain.CPUSeconds / float64(r.Events) * 1000
		r.BrokerCPUPer1k = r.Drain.BrokerCPU / float64(r.Events) * 1000
		for k, v := range r.Drain.Requests {
			if r.BrokerRequestsPer1k == nil {
				r.BrokerRequestsPer1k = map[string]float64{}
			}
			r.BrokerRequestsPer1k[k] = float64(v) / float64(r.Events) * 1000
		}
		if r.OutRecords > 0 {
			r.OutPerEvent = float64(r.OutRecords) / float64(r.Events)
		}
	}
}

// sample reads the clocks, and the embedded broker's request counters.
func (c *child) sample() benchkit.Sample {
	s := benchkit.TakeSample(c.o.brokerPID)
	if c.o.brokerStats != "" {
		s.Requests = brokerRequests(c.o.brokerStats)
	}
	return s
}

func brokerRequests(addr string) map[string]int64 {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	var m map[string]int64
	if json.NewDecoder(resp.Body).Decode(&m) != nil {
		return nil
	}
	return m
}

func keyOf(seq int) []byte { return []byte("user-" + strconv.Itoa(seq)) }

// ---------------------------------------------------------------------------
// broker: the embedded broker in its own process, so that its CPU and
// memory are not charged to the phases.

func runBroker(o *options) error {
	log, _ := zap.NewProduction()
	log = log.WithOptions(zap.IncreaseLevel(zap.WarnLevel))
	b, err := embedded.Start(context.Background(), log, nil, embedded.Options{GroupMinSessionTimeout: time.Second})
	if err != nil {
		return err
	}
	// Count requests by kind (and the partitions of produce requests): the
	// shape of the clients' traffic, for the report. An observing control
	// function returns "not handled", so kfake then serves the request.
	var counts [128]atomic.Int64
	var producePartitions, produceOutput atomic.Int64
	b.Cluster().ControlKey(-1, func(req kmsg.Request) (kmsg.Response, error, bool) {
		if k := req.Key(); k >= 0 && int(k) < len(counts) {
			counts[k].Add(1)
		}
		if pr, ok := req.(*kmsg.ProduceRequest); ok {
			input := true
			for _, t := range pr.Topics {
				producePartitions.Add(int64(len(t.Partitions)))
				// Input topics are named <run>.input and <run>.lat.signups (not .in: that is the India region topic).
				input = input && (strings.HasSuffix(t.Topic, ".input") || strings.HasSuffix(t.Topic, ".lat.signups"))
			}
			if !input {
				produceOutput.Add(1)
			}
		}
		return nil, nil, false
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go func() {
		_ = http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			m := map[string]int64{"ProducePartitions": producePartitions.Load(), "ProduceOutput": produceOutput.Load()}
			for k := range counts {
				if n := counts[k].Load(); n > 0 {
					m[kmsg.NameForKey(int16(k))] = n
				}
			}
			_ = json.NewEncoder(w).Encode(m)
		}))
	}()
	fmt.Printf("ADDR %s %s\n", b.Addr(), ln.Addr())
	// Run until the parent closes stdin (or dies).
	_, _ = io.Copy(io.Discard, os.Stdin)
	cpu := benchkit.SelfCPU()
	b.Close()
	return emit(&phaseResult{Phase: "broker", Broker: &brokerResult{Addr: b.Addr(), PeakRSSMiB: benchkit.PeakRSSMiB(), CPUSeconds: cpu.Seconds()}})
}

// ---------------------------------------------------------------------------
// preload: N demo events into a fresh input topic.

func (c *child) preload(ctx context.Context) (*phaseResult, error) {
	o := c.o
	if err := cluster.EnsureTopics(ctx, c.cl, []cluster.TopicSpec{{Name: o.input, Partitions: o.partitions, ReplicationFactor: 1}}, true); err != nil {
		return nil, err
	}
	if _, err := benchkit.EndOffsets(ctx, c.cl, o.input); err != nil { // leaders elected
		return nil, err
	}
	tr, err := c.cl.Transport()
	if err != nil {
		return nil, err
	}
	w := &kafka.Writer{Addr: c.cl.Addr(), Transport: tr, Topic: o.input, Balancer: &kafka.Murmur2Balancer{},
		RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond, BatchSize: 1000, BatchBytes: 1 << 20}
	const chunk = 6000
	ch := make(chan []kafka.Message, 4)
	var bytes atomic.Int64
	go func() {
		defer close(ch)
		gen := demo.New(o.seed)
		gen.Hostile = o.hostile
		for seq := 0; seq < o.n; {
			msgs := make([]kafka.Message, 0, chunk)
			for ; len(msgs) < chunk && seq < o.n; seq++ {
				v := padEvent(gen.Event(o.seed, seq), o.pad)
				bytes.Add(int64(len(v)))
				msgs = append(msgs, kafka.Message{Key: keyOf(seq), Value: v})
			}
			select {
			case ch <- msgs:
			case <-ctx.Done():
				return
			}
		}
	}()
	t0 := time.Now()
	sent := 0
	lastLog := t0
	for msgs := range ch {
		if err := w.WriteMessages(ctx, msgs...); err != nil {
			return nil, fmt.Errorf("preload: %w", err)
		}
		sent += len(msgs)
		if time.Since(lastLog) > 10*time.Second {
			fmt.Fprintf(os.Stderr, "bench: preload %d/%d\n", sent, o.n)
			lastLog = time.Now()
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	d := time.Since(t0)
	ends, err := benchkit.EndOffsets(ctx, c.cl, o.input)
	if err != nil {
		return nil, err
	}
	if got := benchkit.SumOffsets(ends); got != int64(o.n) {
		return nil, fmt.Errorf("preload: topic %s holds %d records, want %d (not a fresh topic?)", o.input, got, o.n)
	}
	r := &phaseResult{Phase: "preload", Events: int64(o.n), Drain: benchkit.Window{Seconds: d.Seconds()},
		Preload: &preloadResult{Bytes: bytes.Load(), AvgEventBytes: float64(bytes.Load()) / float64(o.n), Seconds: d.Seconds()}}
	c.finish(r)
	return r, nil
}

// ---------------------------------------------------------------------------
// floor: classify and parse the same events on one core, no Kafka.

func (c *child) floor(context.Context) (*phaseResult, error) {
	fr, err := c.newFloorRun()
	if err != nil {
		return nil, err
	}
	cpu0 := benchkit.TakeSample(0)
	for seq := 0; seq < fr.n; {
		seq = fr.generate(seq)
		fr.process()
		fr.sampleOutBytes()
		fr.records()
		fr.classify()
		fr.parse()
	}
	cpu1 := benchkit.TakeSample(0)
	f := fr.result()
	r := &phaseResult{Phase: "floor", Events: int64(fr.n), Floor: f, Drain: benchkit.Between(cpu0, cpu1, false)}
	c.finish(r)
	// The drain window of a floor includes generating the events; the
	// per-event figures above are the timed loops only.
	r.EventsPerSec, r.CPUPer1k = f.ProcessPerSec, f.ProcessNsPerEvent/1e6
	return r, nil
}

// floorChunk is how many events each timed loop of a floor runs over at a
// time: the same events go through every loop, generated outside them.
const floorChunk = 2048

// floorRun is a floor phase in progress: the ruleset and the generator,
// the current chunk of events, the memory each loop reuses (as the router
// and the command do), and the running totals.
type floorRun struct {
	o      *options
	rs     *classifier.Ruleset
	lim    event.Limits
	n      int
	gen    *demo.Generator
	evTime time.Time

	vals [][]byte
	srcs []string
	keys [][]byte

	recs                 []classifier.Record
	doc                  event.Doc
	dec                  classifier.Decision
	arena, line, procBuf []byte
	ms0, ms1             runtime.MemStats

	procD, classD, parseD, recD time.Duration // wall time of the timed loops
	procC, classC, parseC, recC time.Duration // CPU time of the process meanwhile (GOMAXPROCS=1: the loop and its GC)
	procAlloc, procMallocs      uint64
	bytes, nrecs, quarantined   int64
	outSampled                  int64
	outBytes                    map[string]int64
	sink                        int // what the loops compute, kept so that none is optimized away
}

func (c *child) newFloorRun() (*floorRun, error) {
	o := c.o
	rs, _, err := classifier.LoadFS(configs.Rules(), c.cfg.ClassifierConfig([]byte(pseudonymKey)))
	if err != nil {
		return nil, err
	}
	fr := &floorRun{o: o, rs: rs, lim: c.cfg.ClassifierConfig(nil).Limits, n: o.n, gen: demo.New(o.seed),
		evTime: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), outBytes: map[string]int64{},
		vals: make([][]byte, 0, floorChunk), srcs: make([]string, 0, floorChunk), keys: make([][]byte, 0, floorChunk)}
	if o.floorN > 0 && o.floorN < fr.n {
		fr.n = o.floorN
	}
	fr.gen.Hostile = o.hostile
	return fr, nil
}

// generate fills the chunk with the events from seq on and returns the
// next seq.
func (fr *floorRun) generate(seq int) int {
	o := fr.o
	fr.vals, fr.srcs, fr.keys = fr.vals[:0], fr.srcs[:0], fr.keys[:0]
	for ; len(fr.vals) < floorChunk && seq < fr.n; seq++ {
		v := padEvent(fr.gen.Event(o.seed, seq), o.pad)
		fr.bytes += int64(len(v))
		fr.vals = append(fr.vals, v)
		fr.srcs = append(fr.srcs, o.input+"/"+strconv.Itoa(seq%o.partitions)+"/"+strconv.Itoa(seq/o.partitions))
		fr.keys = append(fr.keys, keyOf(seq))
	}
	return seq
}

func (fr *floorRun) input(i int) classifier.Input {
	return classifier.Input{Value: fr.vals[i], Key: fr.keys[i], Source: fr.srcs[i], Time: fr.evTime}
}

// stopwatch times one loop: wall time and this process's CPU time.
type stopwatch struct {
	cpu  time.Duration
	wall time.Time
}

func startWatch() stopwatch {
	c0 := benchkit.SelfCPU()
	return stopwatch{cpu: c0, wall: time.Now()}
}

func (s stopwatch) stop(wall, cpu *time.Duration) {
	*wall += time.Since(s.wall)
	*cpu += benchkit.SelfCPU() - s.cpu
}

// process is the classify floor, with the Go heap it allocates:
// ProcessAppend into a reused buffer, the service's path (its arenas are
// reused once a batch is written).
func (fr *floorRun) process() {
	runtime.ReadMemStats(&fr.ms0)
	sw := startWatch()
	for i := range fr.vals {
		fr.recs, fr.procBuf = fr.rs.ProcessAppend(&fr.dec, fr.input(i), fr.recs[:0], fr.procBuf[:0])
		fr.nrecs += int64(len(fr.recs))
		if fr.dec.Failed() {
			fr.quarantined++
		}
	}
	sw.stop(&fr.procD, &fr.procC)
	runtime.ReadMemStats(&fr.ms1)
	fr.procAlloc += fr.ms1.TotalAlloc - fr.ms0.TotalAlloc
	fr.procMallocs += fr.ms1.Mallocs - fr.ms0.Mallocs
}

// sampleOutBytes sizes the records of the chunk's first events by
// rendering them again, outside the timed loops.
func (fr *floorRun) sampleOutBytes() {
	for i := range fr.vals[:min(len(fr.vals), 64)] {
		fr.recs, _ = fr.rs.ProcessAppend(&classifier.Decision{}, fr.input(i), fr.recs[:0], nil)
		for _, rec := range fr.recs {
			n := len(rec.Key) + len(rec.Value)
			for _, h := range rec.Headers {
				n += len(h.Key) + len(h.Value)
			}
			fr.outBytes[rec.Projection] += int64(n)
		}
		fr.outSampled++
	}
}

// records is classify --records in process: ProcessAppend, then every
// record printed as JSON into a buffer, as the command does.
func (fr *floorRun) records() {
	sw := startWatch()
	for i := range fr.vals {
		fr.recs, fr.arena = fr.rs.ProcessAppend(&fr.dec, fr.input(i), fr.recs[:0], fr.arena[:0])
		for k := range fr.recs {
			fr.line = append(fr.recs[k].AppendJSON(fr.line[:0]), '\n')
			fr.sink += len(fr.line)
		}
	}
	sw.stop(&fr.recD, &fr.recC)
}

// classify is the decision alone (Ruleset.Classify).
func (fr *floorRun) classify() {
	sw := startWatch()
	for i := range fr.vals {
		fr.sink += len(fr.rs.Classify(fr.input(i)).Fields)
	}
	sw.stop(&fr.classD, &fr.classC)
}

// parse is the parse floor: event.Doc.Parse, then the walk over every
// node, its key and value, as the classifier's first pass touches them.
func (fr *floorRun) parse() {
	sink := 0
	sw := startWatch()
	for _, v := range fr.vals {
		if fr.doc.Parse(v, fr.lim) != nil {
			continue
		}
		for i := range fr.doc.Nodes {
			nd := &fr.doc.Nodes[i]
			sink += len(nd.Key) + len(nd.Str) + int(nd.Kind)
		}
	}
	sw.stop(&fr.parseD, &fr.parseC)
	fr.sink += sink
}

// result turns the totals into per-event figures. They are CPU time: on a
// shared machine, wall time also counts the time the thread waited for a
// core. The wall-time figures are kept for comparison.
func (fr *floorRun) result() *floorResult {
	fn := float64(fr.n)
	f := &floorResult{
		ProcessWallNs:      float64(fr.procD.Nanoseconds()) / fn,
		ClassifyWallNs:     float64(fr.classD.Nanoseconds()) / fn,
		ParseWallNs:        float64(fr.parseD.Nanoseconds()) / fn,
		AvgEventBytes:      float64(fr.bytes) / fn,
		ProcessNsPerEvent:  float64(fr.procC.Nanoseconds()) / fn,
		ProcessPerSec:      fn / fr.procC.Seconds(),
		ProcessAllocBytes:  float64(fr.procAlloc) / fn,
		ProcessAllocs:      float64(fr.procMallocs) / fn,
		RecordsPerEvent:    float64(fr.nrecs) / fn,
		RecordsNsPerEvent:  float64(fr.recC.Nanoseconds()) / fn,
		RecordsPerSec:      fn / fr.recC.Seconds(),
		RecordsWallNs:      float64(fr.recD.Nanoseconds()) / fn,
		ClassifyNsPerEvent: float64(fr.classC.Nanoseconds()) / fn,
		ClassifyPerSec:     fn / fr.classC.Seconds(),
		ParseNsPerEvent:    float64(fr.parseC.Nanoseconds()) / fn,
		ParsePerSec:        fn / fr.parseC.Seconds(),
		ParseMBPerSec:      float64(fr.bytes) / fr.parseC.Seconds() / 1e6,
		Quarantined:        fr.quarantined,
		OutBytesPerEvent:   map[string]float64{},
	}
	for k, v := range fr.outBytes {
		f.OutBytesPerEvent[k] = float64(v) / float64(fr.outSampled)
	}
	return f
}

// ---------------------------------------------------------------------------
// drain measurement, common to the pipe and the service.

// pipelineConfig is the pipeline the pipe and fan-out phases run: the
// service's batching and in-flight settings over src, prod and router.
func (c *child) pipelineConfig(cfg *settings.Config, src pipeline.Source, prod pipeline.Sink, router pipeline.Router, pm *pipeline.Metrics, quarantine, quarantineCluster string) pipeline.Config {
	return pipeline.Config{
		Source: src, Sink: prod, Router: router, Log: c.log.Named("pipeline"), Metrics: pm,
		BatchMax: cfg.Pipeline.BatchSize, Linger: time.Duration(cfg.Pipeline.LingerMS) * time.Millisecond,
		MaxInFlightBytes: int64(cfg.Pipeline.MaxInFlightBytes), MaxInFlightBatches: cfg.Pipeline.MaxInFlightBatches,
		QuarantineTopic: quarantine, Quarantine: pipeline.DefaultQuarantine(quarantine, quarantineCluster),
	}
}

// runPipeline runs p until the group has committed ends, measuring the
// drain, then stops it; an error p.Run returns is the phase's.
func (c *child) runPipeline(ctx context.Context, p *pipeline.Pipeline, group string, ends map[int]int64, src *timedSource, profile string) (s0, s1 benchkit.Sample, err error) {
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- p.Run(rctx) }()
	s0, s1, err = c.measureDrain(ctx, group, ends, src.first.Load, profile, done)
	if err != nil {
		return s0, s1, err
	}
	cancel()
	if err := <-done; err != nil {
		return s0, s1, fmt.Errorf("pipeline: %w", err)
	}
	return s0, s1, nil
}

// measureDrain waits for the first fetched batch (started), then for the
// group to have committed every input offset, and returns the samples at
// both ends. The CPU profile, if asked for, covers exactly that window.
func (c *child) measureDrain(ctx context.Context, group string, ends map[int]int64, started func() bool, profile string, failed <-chan error) (s0, s1 benchkit.Sample, err error) {
	w, err := benchkit.NewCommittedWatcher(c.cl, group, c.o.input, ends)
	if err != nil {
		return s0, s1, err
	}
	defer w.Close()
	deadline := time.Now().Add(3 * time.Minute)
	for !started() {
		select {
		case err := <-failed:
			return s0, s1, fmt.Errorf("stopped before the first fetch: %v", err)
		case <-ctx.Done():
			return s0, s1, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return s0, s1, errors.New("no fetch within 3 minutes")
		}
	}
	s0 = c.sample()
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return s0, s1, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return s0, s1, err
		}
		defer pprof.StopCPUProfile()
	}
	total := benchkit.SumOffsets(ends)
	lastLog := time.Now()
	for {
		ok, done := w.Drained(ctx, ends)
		if ok {
			s1 = c.sample()
			return s0, s1, nil
		}
		if time.Since(lastLog) > 10*time.Second {
			fmt.Fprintf(os.Stderr, "bench: %s committed %d/%d\n", c.o.phase, done, total)
			lastLog = time.Now()
		}
		select {
		case err := <-failed:
			return s0, s1, fmt.Errorf("stopped before draining: %v", err)
		case <-ctx.Done():
			return s0, s1, ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// timedSource marks the first batch the pipeline fetches.
type timedSource struct {
	pipeline.Source
	first atomic.Bool
}

func (s *timedSource) FetchBatchEpoch(ctx context.Context, max int, maxBytes int64, linger time.Duration) ([]record.Input, int64, error) {
	m, e, err := s.Source.FetchBatchEpoch(ctx, max, maxBytes, linger)
	if err == nil && len(m) > 0 {
		s.first.Store(true)
	}
	return m, e, err
}

// ---------------------------------------------------------------------------
// pipe: the same pipeline, consumer and producer as the service, with a
// Router that copies every record unchanged to one topic.

func (c *child) pipe(ctx context.Context) (*phaseResult, error) {
	o, cfg := c.o, c.cfg
	out := o.prefix + "out"
	group := o.prefix + "group"
	if err := cluster.EnsureTopics(ctx, c.cl, []cluster.TopicSpec{{Name: out, Partitions: o.partitions, ReplicationFactor: 1}}, true); err != nil {
		return nil, err
	}
	if _, err := benchkit.EndOffsets(ctx, c.cl, out); err != nil {
		return nil, err
	}
	ends, err := benchkit.EndOffsets(ctx, c.cl, o.input)
	if err != nil {
		return nil, err
	}
	input, err := settings.Connection(cfg.Kafka, getenv)
	if err != nil {
		return nil, err
	}
	reg := prometheus.NewRegistry()
	pm, err := pipeline.NewMetrics(reg, pipeline.MetricsOptions{Projections: []string{"full", "pseudonymized", "redacted", "audit", "quarantine"}})
	if err != nil {
		return nil, err
	}
	cons, err := consumer.Open(cfg.Input.Consumer, consumer.Config{Cluster: input, GroupID: group, Topics: []string{o.input},
		QueueCapacity: cfg.ConsumerQueueCapacity(), Log: c.log.Named("consumer")})
	if err != nil {
		return nil, err
	}
	prod, err := producer.New(producer.Config{Clusters: map[string]cluster.Config{"": input},
		RetryBudget: time.Duration(cfg.Pipeline.WriteBudgetSeconds) * time.Second,
		BatchSize:   cfg.Pipeline.ProducerBatchSize, BatchBytes: int64(cfg.Pipeline.ProducerBatchBytes),
		Compression: cfg.Compression(), Requests: producer.Requests(cfg.Pipeline.ProduceRequests), Log: c.log.Named("producer")})
	if err != nil {
		return nil, err
	}
	src := &timedSource{Source: cons}
	router := pipeline.RouteFunc(func(in *record.Input, dst []record.Output) []record.Output {
		return append(dst, record.Output{Topic: out, Key: in.Key, Value: in.Value, Headers: in.Headers})
	})
	quarantine := o.prefix + "quarantine"
	p, err := pipeline.New(c.pipelineConfig(cfg, src, prod, router, pm, quarantine, ""))
	if err != nil {
		return nil, err
	}
	s0, s1, err := c.runPipeline(ctx, p, group, ends, src, o.cpuprofile)
	if err != nil {
		return nil, err
	}
	oe, err := benchkit.EndOffsets(ctx, c.cl, out)
	if err != nil {
		return nil, err
	}
	r := &phaseResult{Phase: "pipe", Events: benchkit.SumOffsets(ends), Drain: benchkit.Between(s0, s1, o.brokerPID > 0),
		StartupSeconds: s0.At.Sub(c.t0).Seconds(), OutRecords: benchkit.SumOffsets(oe), Profile: o.cpuprofile}
	c.finish(r)
	return r, nil
}

// ---------------------------------------------------------------------------
// service: service.Run with the shipped rules and config, topics renamed,
// draining the preloaded input with a fresh group.

type runningService struct {
	cfg    *settings.Config
	admin  string
	cancel context.CancelFunc
	done   chan error
}

func (c *child) startService(ctx context.Context, cfg *settings.Config, acked func([]record.Input, time.Time)) (*runningService, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	rctx, cancel := context.WithCancel(ctx)
	s := &runningService{cfg: cfg, cancel: cancel, done: make(chan error, 1)}
	ready := make(chan string, 1)
	go func() {
		s.done <- service.Run(rctx, service.RunOptions{
			Config: cfg, Rules: configs.Rules, CreateTopics: true, Getenv: getenv,
			Log: c.log.Named("service"), Stdout: io.Discard,
			Ready: func(admin, _ string) { ready <- admin },
			Acked: acked,
		})
	}()
	select {
	case s.admin = <-ready:
		return s, nil
	case err := <-s.done:
		cancel()
		return nil, fmt.Errorf("service stopped at start: %v", err)
	case <-time.After(2 * time.Minute):
		cancel()
		return nil, errors.New("service did not start within 2 minutes")
	}
}

func (s *runningService) stop() error {
	s.cancel()
	select {
	case err := <-s.done:
		return err
	case <-time.After(90 * time.Second):
		return errors.New("service did not stop within 90s")
	}
}

func (c *child) service(ctx context.Context) (*phaseResult, error) {
	o := c.o
	cfg := c.cfg
	renamed(cfg, o.prefix)
	cfg.Input.Topic = o.input // the preloaded input
	ends, err := benchkit.EndOffsets(ctx, c.cl, o.input)
	if err != nil {
		return nil, err
	}
	if o.outputPartitions > 0 {
		// Region topics sized for their share of the traffic: created
		// before the service starts, which then only checks them. The
		// audit, global and quarantine topics keep -partitions.
		var specs []cluster.TopicSpec
		for name, r := range cfg.Regions {
			if name != "global" {
				specs = append(specs, cluster.TopicSpec{Name: r.Topic, Partitions: o.outputPartitions, ReplicationFactor: 1})
			}
		}
		if err := cluster.EnsureTopics(ctx, c.cl, specs, true); err != nil {
			return nil, fmt.Errorf("create region topics: %w", err)
		}
	}
	s, err := c.startService(ctx, cfg, nil)
	if err != nil {
		return nil, err
	}
	started := func() bool {
		m, err := benchkit.Scrape(ctx, s.admin)
		return err == nil && m.Sum("signup_classifier_consumed_records_total") > 0
	}
	s0, s1, err := c.measureDrain(ctx, cfg.Input.Group, ends, started, o.cpuprofile, s.done)
	if err != nil {
		s.cancel()
		return nil, err
	}
	m, _ := benchkit.Scrape(ctx, s.admin)
	if err := s.stop(); err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	r := &phaseResult{Phase: "service", Events: benchkit.SumOffsets(ends), Drain: benchkit.Between(s0, s1, o.brokerPID > 0),
		StartupSeconds: s0.At.Sub(c.t0).Seconds(), Profile: o.cpuprofile}
	r.Produced = m.ByLabel("signup_classifier_produced_records_total", "projection")
	for _, v := range r.Produced {
		r.OutRecords += int64(v)
	}
	r.Quarantined = m.Sum("signup_classifier_quarantined_records_total")
	r.MeanBatch = m.HistMean("signup_classifier_batch_records")
	r.Commits = m.Sum("signup_classifier_commits_total")
	c.finish(r)
	return r, nil
}

// ---------------------------------------------------------------------------
// loadgen: produce to -input at -rate events/s for -latency-duration.

func (c *child) loadgen(ctx context.Context) (*phaseResult, error) {
	o := c.o
	// A pool of distinct demo events, cycled: generating them while
	// producing would cost more than producing.
	const poolN = 8192
	gen := demo.New(o.seed + 1)
	gen.Hostile = o.hostile
	pool := make([]kafka.Message, poolN)
	for i := range pool {
		pool[i] = kafka.Message{Key: keyOf(i), Value: padEvent(gen.Event(o.seed+1, i), o.pad)}
	}
	tr, err := c.cl.Transport()
	if err != nil {
		return nil, err
	}
	var perr atomic.Int64
	w := &kafka.Writer{Addr: c.cl.Addr(), Transport: tr, Topic: o.input, Balancer: &kafka.Murmur2Balancer{},
		RequiredAcks: kafka.RequireAll, BatchTimeout: 5 * time.Millisecond, BatchSize: 1000, BatchBytes: 1 << 20, Async: true,
		Completion: func(msgs []kafka.Message, err error) {
			if err != nil {
				perr.Add(int64(len(msgs)))
			}
		}}
	rate := float64(o.rate)
	total := int(rate * o.latencyDuration.Seconds())
	batch := make([]kafka.Message, 0, 1024)
	cpu0 := benchkit.SelfCPU()
	t0 := time.Now()
	// Like an application producer with linger.ms=5: records are handed
	// over every 5 ms and sent at most 5 ms later.
	tick := time.NewTicker(5 * time.Millisecond)
	sent := 0
	var writes int64
	for sent < total {
		select {
		case <-tick.C:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		due := min(total, int(time.Since(t0).Seconds()*rate))
		for sent < due {
			batch = batch[:0]
			// Time stays zero: kafka-go stamps a record when it encodes
			// the produce request, so on a CreateTime broker the input
			// timestamp is when the record left for the broker, not when
			// it was queued in this writer.
			for ; sent < due && len(batch) < cap(batch); sent++ {
				batch = append(batch, pool[sent%poolN])
			}
			if err := w.WriteMessages(ctx, batch...); err != nil {
				perr.Add(int64(len(batch)))
			}
		}
		writes += w.Stats().Writes // Stats resets on every call
	}
	tick.Stop()
	d := time.Since(t0)
	if err := w.Close(); err != nil {
		return nil, err
	}
	writes += w.Stats().Writes
	cpu := benchkit.SelfCPU() - cpu0
	r := &phaseResult{Phase: "loadgen", Events: int64(total), Latency: &latencyResult{TargetRate: rate,
		AchievedRate: float64(total) / d.Seconds(), Produced: int64(total), ProduceErrors: perr.Load(),
		StartUnixNano: t0.UnixNano(), LoadGenCPUCores: cpu.Seconds() / d.Seconds(), LoadGenRequestsPerSec: float64(writes) / d.Seconds()}}
	c.finish(r)
	return r, nil
}

// ---------------------------------------------------------------------------
// latency: the service on fresh topics, fed at a fixed rate; for each input
// record, from its timestamp (when the broker appended it) to the moment
// the last of its outputs was acknowledged (the service's pipeline reports
// each acknowledged batch): what a downstream reader waits, bar its own
// fetch.

func (c *child) latency(ctx context.Context) (*phaseResult, error) {
	o := c.o
	cfg := c.cfg
	renamed(cfg, o.prefix)
	if err := c.latencyInput(ctx, cfg); err != nil {
		return nil, err
	}
	var samples latencySamples
	s, err := c.startService(ctx, cfg, samples.acked)
	if err != nil {
		return nil, err
	}
	defer s.cancel()
	if err := waitReady(ctx, s.admin); err != nil {
		return nil, err
	}
	time.Sleep(time.Second) // partitions assigned and fetchers started
	gr, cpu0, cpu1, err := c.runLoadgen(ctx, cfg)
	if err != nil {
		return nil, err
	}
	t0 := time.Unix(0, gr.Latency.StartUnixNano)
	if err := c.waitDrained(ctx, cfg, t0); err != nil {
		return nil, err
	}
	m, _ := benchkit.Scrape(ctx, s.admin)
	if err := s.stop(); err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	// The service's peak, before reading the topics back grows the heap.
	serviceRSS := benchkit.PeakRSSMiB()

	lats, bySec, acks := samples.since(t0, t0.Add(o.latencyWarmup))
	lr := c.latencyFigures(gr, lats, acks, benchkit.Between(cpu0, cpu1, o.brokerPID > 0), m)
	lr.Series = latencySeries(bySec)
	r := &phaseResult{Phase: "latency", Events: gr.Latency.Produced, Latency: lr}
	c.finish(r)
	r.PeakRSSMiB = serviceRSS
	return r, nil
}

// latencyInput creates the phase's input topic with LogAppendTime: the
// broker stamps each input record when it appends it. kfake ignores the
// topic setting (it keeps the producer's CreateTime).
func (c *child) latencyInput(ctx context.Context, cfg *settings.Config) error {
	lat := map[string]string{"message.timestamp.type": "LogAppendTime"}
	specs := []cluster.TopicSpec{
		{Name: cfg.Input.Topic, Partitions: c.o.partitions, ReplicationFactor: 1, Configs: lat},
	}
	if err := cluster.EnsureTopics(ctx, c.cl, specs, true); err != nil {
		return err
	}
	for _, t := range specs {
		if _, err := benchkit.EndOffsets(ctx, c.cl, t.Name); err != nil {
			return err
		}
	}
	return nil
}

// latencySamples holds one sample per acknowledged input: its input
// timestamp and its latency. Appended under a mutex by the service's
// write path; a few hundred thousand samples at most.
type latencySamples struct {
	mu      sync.Mutex
	samples []latencySample
}

type latencySample struct {
	in  time.Time
	lat time.Duration
}

// acked is the service's Acked hook.
func (ls *latencySamples) acked(inputs []record.Input, at time.Time) {
	ls.mu.Lock()
	for i := range inputs {
		if t := inputs[i].Time; !t.IsZero() {
			ls.samples = append(ls.samples, latencySample{t, at.Sub(t)})
		}
	}
	ls.mu.Unlock()
}

// since returns the latencies of the inputs stamped at warm or later,
// sorted, and by second of input time since t0 (unsorted), with the count
// of every acknowledged input, the warm-up included.
func (ls *latencySamples) since(t0, warm time.Time) (lats []time.Duration, bySec map[int][]time.Duration, acks int) {
	bySec = map[int][]time.Duration{}
	ls.mu.Lock()
	acks = len(ls.samples)
	for _, sm := range ls.samples {
		if sm.in.Before(warm) {
			continue
		}
		lats = append(lats, sm.lat)
		sec := int(sm.in.Sub(t0) / time.Second)
		bySec[sec] = append(bySec[sec], sm.lat)
	}
	ls.mu.Unlock()
	sort.Slice(lats, func(i, j int) bool { return lats[i] < lats[j] })
	return lats, bySec, acks
}

// waitReady waits for the service's readiness (a member of the group,
// outputs reachable), two minutes at most.
func waitReady(ctx context.Context, admin string) error {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+admin+"/readyz", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return errors.New("service not ready within 2 minutes")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// runLoadgen runs the load generator and returns its result with this
// process's samples before and after it: the service's CPU while serving
// the fixed rate. The generator runs in a process of its own, so that
// this process's CPU time is the service's alone. The CPU profile, if
// asked for, covers the same window.
func (c *child) runLoadgen(ctx context.Context, cfg *settings.Config) (gr *phaseResult, cpu0, cpu1 benchkit.Sample, err error) {
	o := c.o
	exe, err := os.Executable()
	if err != nil {
		return nil, cpu0, cpu1, err
	}
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return nil, cpu0, cpu1, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, cpu0, cpu1, err
		}
	}
	cpu0 = c.sample()
	gr, err = runChild(ctx, exe, 1, []string{"-phase", "loadgen", "-brokers", o.brokers, "-input", cfg.Input.Topic,
		"-rate", strconv.Itoa(o.rate), "-latency-duration", o.latencyDuration.String(),
		"-seed", strconv.FormatUint(o.seed, 10), "-hostile", strconv.FormatFloat(o.hostile, 'g', -1, 64), "-pad", strconv.Itoa(o.pad)})
	if o.cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return nil, cpu0, cpu1, err
	}
	cpu1 = c.sample()
	return gr, cpu0, cpu1, nil
}

// waitDrained waits for the service's group to have committed every input
// offset, at most three minutes past the produce window that began at t0.
func (c *child) waitDrained(ctx context.Context, cfg *settings.Config, t0 time.Time) error {
	ends, err := benchkit.EndOffsets(ctx, c.cl, cfg.Input.Topic)
	if err != nil {
		return err
	}
	cw, err := benchkit.NewCommittedWatcher(c.cl, cfg.Input.Group, cfg.Input.Topic, ends)
	if err != nil {
		return err
	}
	defer cw.Close()
	for {
		if ok, _ := cw.Drained(ctx, ends); ok {
			return nil
		}
		if time.Since(t0) > c.o.latencyDuration+3*time.Minute {
			return errors.New("latency: service did not drain the input")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// millis is a duration in milliseconds, to the microsecond.
func millis(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// latencyFigures gathers the phase's figures: the load generator's, the
// percentiles of the sorted latencies after the warm-up, the service's
// CPU and requests over the window cw and its metrics m.
func (c *child) latencyFigures(gr *phaseResult, lats []time.Duration, acks int, cw benchkit.Window, m benchkit.Metrics) *latencyResult {
	gl := gr.Latency
	total := gl.Produced
	// Inputs produced but never reported acknowledged (none, unless the
	// service redelivered some and skipped others: a bug).
	missing := max(0, int(total)-acks)
	lr := &latencyResult{TargetRate: gl.TargetRate, AchievedRate: gl.AchievedRate, Produced: total,
		ProduceErrors: gl.ProduceErrors, LoadGenCPUCores: gl.LoadGenCPUCores, Samples: len(lats), Missing: missing,
		P50ms: millis(benchkit.Percentile(lats, 0.50)), P90ms: millis(benchkit.Percentile(lats, 0.90)), P99ms: millis(benchkit.Percentile(lats, 0.99)),
		P999ms: millis(benchkit.Percentile(lats, 0.999))}
	lr.CPUCores = cw.CPUSeconds / cw.Seconds
	lr.BrokerCPUCores = cw.BrokerCPU / cw.Seconds
	lr.LoadGenRequestsPerSec = gl.LoadGenRequestsPerSec
	if n, ok := cw.Requests["ProduceOutput"]; ok {
		lr.ServiceProducePerSec = float64(n) / cw.Seconds
	}
	lr.MeanBatch = m.HistMean("signup_classifier_batch_records")
	lr.OtherCPUCores = max(0, cw.OtherCPUCores-gr.CPUTotal/cw.Seconds)
	if len(lats) > 0 {
		lr.MaxMs = millis(lats[len(lats)-1])
	}
	if c.o.brokerPID > 0 && c.o.embedded {
		lr.Timestamps = "input: CreateTime (kfake ignores message.timestamp.type), when the load generator's writer encoded its produce request; output: when the service's pipeline saw the last output of the input's batch acknowledged"
	} else {
		lr.Timestamps = "input: LogAppendTime (topic config), the broker's append time; output: when the service's pipeline saw the last output of the input's batch acknowledged"
	}
	if v, ok := m.HistQuantile("signup_classifier_end_to_end_seconds", 0.5); ok {
		lr.AckP50ms = v * 1000
	}
	if v, ok := m.HistQuantile("signup_classifier_end_to_end_seconds", 0.99); ok {
		lr.AckP99ms = v * 1000
	}
	return lr
}

// latencySeries is p50 and p99 per second of input time: does latency
// stay flat (keeping up) or grow (falling behind)?
func latencySeries(bySec map[int][]time.Duration) []latPoint {
	secs := make([]int, 0, len(bySec))
	for k := range bySec {
		secs = append(secs, k)
	}
	sort.Ints(secs)
	var series []latPoint
	for _, k := range secs {
		v := bySec[k]
		sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
		series = append(series, latPoint{Second: k, N: len(v), P50ms: millis(benchkit.Percentile(v, 0.5)), P99ms: millis(benchkit.Percentile(v, 0.99))})
	}
	return series
}

// padEvent adds an attachment of n bytes (a signature image, base64) to an
// event object: large events, to show memory is bounded by the in-flight
// bytes and not by the events' size.
func padEvent(ev []byte, n int) []byte {
	if n <= 0 || len(ev) < 2 || ev[len(ev)-1] != '}' {
		return ev
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	out := make([]byte, 0, len(ev)+n+64)
	head := bytes.TrimRight(ev[:len(ev)-1], " \t\r\n")
	out = append(out, head...)
	if head[len(head)-1] != '{' { // an empty object takes no comma
		out = append(out, ',')
	}
	out = append(out, `"attachment":{"kind":"signature","encoding":"base64","data":"`...)
	x := uint32(len(ev))*2654435761 + 1
	for range n {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		out = append(out, alphabet[x&63])
	}
	return append(out, `"}}`...)
}
