package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/internal/benchkit"
	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/producer"
	"github.com/residency-labs/signup-classifier/record"
	"github.com/residency-labs/signup-classifier/service"
	"github.com/residency-labs/signup-classifier/settings"
)

// ---------------------------------------------------------------------------
// fanout: the bare pipe again, but writing, for each input, the records the
// service writes for it (the same topics, keys, headers and values),
// rendered before the drain starts. Beside the 1:1 pipe it separates what
// deciding costs from what writing three records and 8 KB per event costs:
// service / fan-out pipe is the classifier's share, fan-out / bare pipe the
// output's.

// fanoutTable holds each input's outputs, indexed by partition and by
// offset from the partition's first offset.
type fanoutTable struct {
	base    map[int]int64
	outs    map[int][][]record.Output
	records int64
	bytes   int64 // key + value + headers of every output, as the floor counts them
	misses  atomic.Int64
}

// lookup returns the outputs of the input at partition/offset, nil when the
// table has none.
func (t *fanoutTable) lookup(partition int, offset int64) []record.Output {
	outs, ok := t.outs[partition]
	if !ok {
		return nil
	}
	i := offset - t.base[partition]
	if i < 0 || i >= int64(len(outs)) {
		return nil
	}
	return outs[i]
}

// route is the fan-out pipe's Router: a look-up and a copy of a few
// Output headers, nothing rendered.
func (t *fanoutTable) route(in *record.Input, dst []record.Output) []record.Output {
	outs := t.lookup(in.Partition, in.Offset)
	if outs == nil {
		// Counted and failed after the drain: an input without outputs
		// would make the pipe write less than the service.
		t.misses.Add(1)
		return dst
	}
	return append(dst, outs...)
}

// renderOutputs is what the service's router writes for in, rendered with
// rs as service.Router does in its allocating path: Source
// "topic/partition/offset", the input's key and timestamp, the router's
// audit templates already emitted (tpl: one set for the whole input, as one
// router's), every record's bytes in memory of their own. clusters maps
// topics to named clusters.
func renderOutputs(rs *classifier.Ruleset, dec *classifier.Decision, tpl *classifier.TemplateSet, in *record.Input, clusters map[string]string) []record.Output {
	src := in.Topic + "/" + strconv.Itoa(in.Partition) + "/" + strconv.FormatInt(in.Offset, 10)
	recs, _ := rs.ProcessAppend(dec, classifier.Input{Value: in.Value, Key: in.Key, Source: src, Time: in.Time, Templates: tpl}, nil, nil)
	out := make([]record.Output, len(recs))
	for i := range recs {
		rec := &recs[i]
		hs := make([]record.Header, len(rec.Headers))
		for k, h := range rec.Headers {
			hs[k] = record.Header{Key: h.Key, Value: h.Value}
		}
		out[i] = record.Output{Cluster: clusters[rec.Topic], Topic: rec.Topic, Key: rec.Key, Value: rec.Value, Headers: hs}
	}
	return out
}

// outputBytes counts key + value + headers, as the floor's
// out_bytes_per_event does.
func outputBytes(o *record.Output) int64 {
	n := len(o.Key) + len(o.Value)
	for _, h := range o.Headers {
		n += len(h.Key) + len(h.Value)
	}
	return int64(n)
}

// precompute reads the whole input topic back and renders every input's
// outputs. It stops with errTableTooLarge past maxBytes of output.
func precompute(ctx context.Context, cl cluster.Config, topic string, ends map[int]int64, rs *classifier.Ruleset, clusters map[string]string, maxBytes int64) (*fanoutTable, error) {
	t := &fanoutTable{base: map[int]int64{}, outs: map[int][][]record.Output{}}
	var dec classifier.Decision
	// Templates are remembered per input partition, and each partition is
	// read in offset order, as the service consumes it.
	tpl := classifier.NewTemplateSet(classifier.DefaultTemplateSetSize)
	for _, p := range sortedPartitions(ends) {
		var outs [][]record.Output
		err := readPartition(ctx, cl, topic, p, ends[p], func(in *record.Input) error {
			if len(outs) == 0 {
				t.base[p] = in.Offset
			}
			if want := t.base[p] + int64(len(outs)); in.Offset != want {
				return fmt.Errorf("partition %d: offset %d, want %d (a compacted or truncated input?)", p, in.Offset, want)
			}
			o := renderOutputs(rs, &dec, tpl, in, clusters)
			for i := range o {
				t.bytes += outputBytes(&o[i])
			}
			t.records += int64(len(o))
			outs = append(outs, o)
			if t.bytes > maxBytes {
				return errTableTooLarge
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		t.outs[p] = outs
	}
	return t, nil
}

var errTableTooLarge = errors.New("the precomputed outputs exceed -fanout-max-mib")

func sortedPartitions(ends map[int]int64) []int {
	ps := make([]int, 0, len(ends))
	for p := range ends {
		ps = append(ps, p)
	}
	sort.Ints(ps)
	return ps
}

// readPartition hands every record of topic/partition below end to fn, as
// the service's consumer would hand it to its router.
func readPartition(ctx context.Context, cl cluster.Config, topic string, partition int, end int64, fn func(*record.Input) error) error {
	if end <= 0 {
		return nil
	}
	dialer, err := cl.Dialer()
	if err != nil {
		return err
	}
	r := kafka.NewReader(kafka.ReaderConfig{Brokers: cl.Brokers, Topic: topic, Partition: partition, Dialer: dialer,
		MinBytes: 1, MaxBytes: 16 << 20, MaxWait: 200 * time.Millisecond})
	defer r.Close()
	rctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	for {
		m, err := r.ReadMessage(rctx)
		if err != nil {
			return fmt.Errorf("read %s/%d: %w", topic, partition, err)
		}
		in := record.Input{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset, Key: m.Key, Value: m.Value,
			Time: m.Time, Headers: cluster.RecordHeaders(m.Headers)}
		if err := fn(&in); err != nil {
			return err
		}
		if m.Offset+1 >= end {
			return nil
		}
	}
}

// outputTopics are the topics the service writes on the input cluster,
// with the partitions the service phase gives them.
func outputTopics(cfg *settings.Config, partitions, regionPartitions int) []cluster.TopicSpec {
	var specs []cluster.TopicSpec
	seen := map[string]bool{}
	add := func(name string, parts int) {
		if name != "" && !seen[name] {
			seen[name] = true
			specs = append(specs, cluster.TopicSpec{Name: name, Partitions: parts, ReplicationFactor: 1})
		}
	}
	names := make([]string, 0, len(cfg.Regions))
	for name := range cfg.Regions {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		parts := partitions
		if name != "global" && regionPartitions > 0 {
			parts = regionPartitions
		}
		add(cfg.Regions[name].Topic, parts)
	}
	add(cfg.Topics.Audit, partitions)
	if t := cfg.AuditTemplatesTopic(); t != "" {
		add(t, partitions)
		specs[len(specs)-1].Configs = map[string]string{"cleanup.policy": "compact"}
	}
	add(cfg.Topics.Quarantine, partitions)
	return specs
}

// producedByProjection sums the pipeline's produced_records_total per
// projection label.
func producedByProjection(reg *prometheus.Registry) map[string]float64 {
	out := map[string]float64{}
	mfs, err := reg.Gather()
	if err != nil {
		return out
	}
	for _, mf := range mfs {
		if mf.GetName() != "signup_classifier_produced_records_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "projection" {
					out[l.GetValue()] += m.GetCounter().GetValue()
				}
			}
		}
	}
	return out
}

func (c *child) fanout(ctx context.Context) (*phaseResult, error) {
	o, cfg := c.o, c.cfg
	renamed(cfg, o.prefix)
	cfg.Input.Topic = o.input
	group := cfg.Input.Group
	if len(cfg.Clusters) > 0 || cfg.Topics.QuarantineCluster != "" {
		return nil, errors.New("the fan-out pipe writes to the input cluster only; the config names other clusters")
	}
	specs := outputTopics(cfg, o.partitions, o.outputPartitions)
	if err := cluster.EnsureTopics(ctx, c.cl, specs, true); err != nil {
		return nil, fmt.Errorf("create output topics: %w", err)
	}
	for _, s := range specs { // leaders elected
		if _, err := benchkit.EndOffsets(ctx, c.cl, s.Name); err != nil {
			return nil, err
		}
	}
	ends, err := benchkit.EndOffsets(ctx, c.cl, o.input)
	if err != nil {
		return nil, err
	}
	key, err := cfg.Key(getenv)
	if err != nil {
		return nil, err
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig(key))
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	t0 := time.Now()
	tbl, err := precompute(ctx, c.cl, o.input, ends, rs, service.TopicClusters(cfg), int64(o.fanoutMaxMiB)<<20)
	if errors.Is(err, errTableTooLarge) {
		// Not a failure of what is measured: the other phases stand.
		r := &phaseResult{Phase: "fanout", Notes: []string{fmt.Sprintf("skipped: the outputs of %d events exceed -fanout-max-mib %d; lower -n or raise it", benchkit.SumOffsets(ends), o.fanoutMaxMiB)}}
		c.finish(r)
		return r, nil
	}
	if err != nil {
		return nil, err
	}
	prep := time.Since(t0)
	runtime.GC() // the precompute's garbage is not the drain's

	input, err := settings.Connection(cfg.Kafka, getenv)
	if err != nil {
		return nil, err
	}
	reg := prometheus.NewRegistry()
	pm, err := pipeline.NewMetrics(reg, pipeline.MetricsOptions{Projections: []string{"full", "pseudonymized", "redacted", "audit", classifier.ProjectionAuditTemplate, "quarantine"}})
	if err != nil {
		return nil, err
	}
	cons, err := consumer.New(consumer.Config{Cluster: input, GroupID: group, Topics: []string{o.input},
		QueueCapacity: cfg.ConsumerQueueCapacity(), Log: c.log.Named("consumer")})
	if err != nil {
		return nil, err
	}
	prod, err := producer.New(producer.Config{Clusters: map[string]cluster.Config{"": input},
		RetryBudget: time.Duration(cfg.Pipeline.WriteBudgetSeconds) * time.Second,
		BatchSize:   cfg.Pipeline.ProducerBatchSize, BatchBytes: int64(cfg.Pipeline.ProducerBatchBytes),
		Compression: cfg.Compression(), Log: c.log.Named("producer")})
	if err != nil {
		cons.Close()
		return nil, err
	}
	src := &timedSource{Source: cons}
	p, err := pipeline.New(c.pipelineConfig(cfg, src, prod, pipeline.RouteFunc(tbl.route), pm, cfg.Topics.Quarantine, cfg.Topics.QuarantineCluster))
	if err != nil {
		cons.Close()
		prod.Close()
		return nil, err
	}
	s0, s1, err := c.runPipeline(ctx, p, group, ends, src, o.cpuprofile)
	if err != nil {
		return nil, err
	}
	if n := tbl.misses.Load(); n > 0 {
		return nil, fmt.Errorf("%d inputs had no precomputed outputs", n)
	}
	r := &phaseResult{Phase: "fanout", Events: benchkit.SumOffsets(ends), Drain: benchkit.Between(s0, s1, o.brokerPID > 0),
		StartupSeconds: s0.At.Sub(c.t0).Seconds(), Profile: o.cpuprofile, PrecomputeSeconds: prep.Seconds()}
	for _, s := range specs {
		oe, err := benchkit.EndOffsets(ctx, c.cl, s.Name)
		if err != nil {
			return nil, err
		}
		r.OutRecords += benchkit.SumOffsets(oe)
	}
	if r.OutRecords != tbl.records {
		return nil, fmt.Errorf("the output topics hold %d records, the table %d", r.OutRecords, tbl.records)
	}
	r.Produced = producedByProjection(reg)
	if r.Events > 0 {
		r.OutBytesPerEvent = float64(tbl.bytes) / float64(r.Events)
	}
	r.PrecomputedMiB = float64(tbl.bytes) / (1 << 20)
	c.finish(r)
	runtime.KeepAlive(tbl) // the table is part of the phase's peak RSS, and reported beside it
	return r, nil
}
