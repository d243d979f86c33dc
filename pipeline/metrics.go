package pipeline

import (
	"bytes"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/residency-labs/signup-classifier/record"
)

// Metrics are the pipeline's Prometheus metrics. Label values come only from
// topic names, partition numbers and fixed enums; values taken from headers
// (projection, quarantine reason) are checked against an allow-list or a
// strict pattern, and the number of distinct values is capped, so a record
// can never create a label value of its choosing.
type Metrics struct {
	Consumed        *prometheus.CounterVec // topic
	Produced        *prometheus.CounterVec // topic, projection
	Quarantined     *prometheus.CounterVec // reason
	Duplicates      prometheus.Counter     // stale redeliveries dropped
	BatchSize       prometheus.Histogram   // records per fetched batch
	RouteLatency    prometheus.Histogram   // seconds per Route call
	EndToEnd        prometheus.Histogram   // input record timestamp -> outputs acknowledged
	Lag             *prometheus.GaugeVec   // topic, partition
	Commits         prometheus.Counter     // successful commit requests
	CommitFailures  prometheus.Counter     // failed commit requests
	CommitLatency   prometheus.Histogram   // seconds per commit request, accepted or not
	AckToCommit     prometheus.Histogram   // oldest acknowledgement a commit covers -> commit accepted
	UncommittedAge  prometheus.GaugeFunc   // age of the oldest acknowledgement no accepted commit covers yet
	WriteRetries    *prometheus.CounterVec // cluster
	InFlightBytes   prometheus.Gauge       // bytes fetched, not yet acknowledged
	InFlightBatches prometheus.Gauge       // batches fetched, not yet acknowledged
	FetchErrors     prometheus.Counter     // FetchBatch errors (retried)
	WriteFailures   *prometheus.CounterVec // kind: fatal
	// QuarantineShrunk counts quarantine records written smaller than
	// built because the writer refused them (too large): dropped is key
	// (written without the input's key) or value (without key or value).
	QuarantineShrunk *prometheus.CounterVec // dropped: key, value
	extra            []prometheus.Collector // for Unregister
	labels           labelGuard
	// ackedSince is the time (Unix nanoseconds) of the oldest batch
	// acknowledgement not yet covered by an accepted commit; 0 when none.
	ackedSince atomic.Int64
}

// MetricsOptions tunes label guarding.
type MetricsOptions struct {
	// Namespace prefixes metric names; default "signup_classifier".
	Namespace string
	// Projections allowed as label values; default full, pseudonymized,
	// redacted. Missing header -> "none"; anything else -> "other".
	Projections []string
	// MaxTopics caps distinct topic label values (default 256); beyond
	// that, "other".
	MaxTopics int
	// MaxReasons caps distinct quarantine reasons (default 64).
	MaxReasons int
}

// NewMetrics creates the metrics and registers them on reg (not the global
// default registry).
func NewMetrics(reg *prometheus.Registry, o MetricsOptions) (*Metrics, error) {
	if o.Namespace == "" {
		o.Namespace = "signup_classifier"
	}
	if len(o.Projections) == 0 {
		o.Projections = []string{"full", "pseudonymized", "redacted"}
	}
	if o.MaxTopics <= 0 {
		o.MaxTopics = 256
	}
	if o.MaxReasons <= 0 {
		o.MaxReasons = 64
	}
	ns := o.Namespace
	m := &Metrics{
		Consumed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "consumed_records_total",
			Help: "Input records fetched and routed."}, []string{"topic"}),
		Produced: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "produced_records_total",
			Help: "Output records acknowledged by the brokers (acks=all), by topic and projection."}, []string{"topic", "projection"}),
		Quarantined: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "quarantined_records_total",
			Help: "Quarantine records acknowledged, by reason code (the error header before the first ':')."}, []string{"reason"}),
		Duplicates: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "stale_redeliveries_total",
			Help: "Fetched records dropped because this replica already holds them (kafka-go rebalance redelivery)."}),
		BatchSize: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "batch_records",
			Help: "Input records per fetched batch.", Buckets: prometheus.ExponentialBuckets(1, 2, 14)}),
		RouteLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "route_duration_seconds",
			Help: "Time to route (classify) one input record.", Buckets: prometheus.ExponentialBuckets(1e-6, 4, 11)}),
		EndToEnd: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "end_to_end_seconds",
			Help:    "From the input record's timestamp to the acknowledgement of all its outputs.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2.5, 14)}),
		Lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "consumer_lag_records",
			Help: "Records between the last fetched one and the partition's high watermark."}, []string{"topic", "partition"}),
		Commits: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "commits_total",
			Help: "Offset commit requests accepted by the group coordinator."}),
		CommitFailures: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "commit_failures_total",
			Help: "Offset commit requests that failed (retried with the next commit)."}),
		CommitLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "commit_duration_seconds",
			Help:    "Time of one offset commit request to the group coordinator, accepted or failed.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 12)}),
		AckToCommit: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "ack_to_commit_seconds",
			Help:    "From the oldest acknowledged batch a commit covers to the coordinator accepting that commit: how long acknowledged work could still be redone after a crash.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 14)}),
		WriteRetries: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "write_retries_total",
			Help: "Write attempts retried after a retriable error, by destination cluster."}, []string{"cluster"}),
		InFlightBytes: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "in_flight_bytes",
			Help: "Bytes of fetched records and their outputs not yet acknowledged."}),
		InFlightBatches: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "in_flight_batches",
			Help: "Fetched batches not yet acknowledged."}),
		FetchErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "fetch_errors_total",
			Help: "Fetch errors (retried)."}),
		WriteFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "write_failures_total",
			Help: "Writes that failed for good (the pipeline stops without committing)."}, []string{"kind"}),
		QuarantineShrunk: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "quarantine_shrunk_records_total",
			Help: "Quarantine records the writer refused (too large) and that were retried smaller: dropped=key (without the input's key), dropped=value (without key and value)."}, []string{"dropped"}),
	}
	m.UncommittedAge = prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Name: "uncommitted_ack_age_seconds",
		Help: "Age of the oldest acknowledged batch whose offsets no accepted commit covers yet; 0 when all are committed. Grows while commits fail or stall (a rebalance)."},
		m.uncommittedAge)
	m.labels = labelGuard{
		projections: map[string]string{},
		maxTopics:   o.MaxTopics,
		maxReasons:  o.MaxReasons,
		topics:      map[string]bool{},
		reasons:     map[string]bool{},
	}
	for _, p := range o.Projections {
		m.labels.projections[p] = p
	}
	cs := []prometheus.Collector{m.Consumed, m.Produced, m.Quarantined, m.Duplicates, m.BatchSize, m.RouteLatency,
		m.EndToEnd, m.Lag, m.Commits, m.CommitFailures, m.CommitLatency, m.AckToCommit, m.UncommittedAge, m.WriteRetries, m.InFlightBytes, m.InFlightBatches,
		m.FetchErrors, m.WriteFailures, m.QuarantineShrunk}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			for _, done := range m.extra {
				reg.Unregister(done)
			}
			return nil, err
		}
		m.extra = append(m.extra, c)
	}
	return m, nil
}

type labelGuard struct {
	mu          sync.Mutex
	projections map[string]string
	topics      map[string]bool
	reasons     map[string]bool
	maxTopics   int
	maxReasons  int
}

func (g *labelGuard) topic(t string) string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.topics[t] {
		return t
	}
	if len(g.topics) >= g.maxTopics || !validLabel(t, 249) {
		return "other"
	}
	g.topics[t] = true
	return t
}

func (g *labelGuard) projection(v []byte) string {
	if v == nil {
		return "none"
	}
	if c, ok := g.projections[string(v)]; ok { // no allocation for the lookup
		return c
	}
	return "other"
}

// reason extracts the code before the first ':' of an error header.
func (g *labelGuard) reason(v []byte) string {
	if i := bytes.IndexByte(v, ':'); i >= 0 {
		v = v[:i]
	}
	v = bytes.TrimSpace(v)
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.reasons[string(v)] {
		return string(v)
	}
	if len(v) == 0 || len(g.reasons) >= g.maxReasons || !validLabel(string(v), 48) {
		return "other"
	}
	s := string(v)
	g.reasons[s] = true
	return s
}

// validLabel accepts Kafka topic-name characters ([a-zA-Z0-9._-]) only.
func validLabel(s string, maxLen int) bool {
	if len(s) == 0 || len(s) > maxLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func (m *Metrics) setLag(lag map[record.TopicPartition]int64, reset bool) {
	if m == nil {
		return
	}
	if reset {
		m.Lag.Reset()
	}
	for tp, l := range lag {
		m.Lag.WithLabelValues(m.labels.topic(tp.Topic), strconv.Itoa(tp.Partition)).Set(float64(l))
	}
}

// noteAcked records that a batch was acknowledged at now; only the oldest
// acknowledgement not yet committed is kept.
func (m *Metrics) noteAcked(now time.Time) {
	m.ackedSince.CompareAndSwap(0, now.UnixNano())
}

// takeAcked returns and clears the oldest uncommitted acknowledgement
// (0 when none), before a commit reads the watermarks: every batch acked
// before this call is covered by that commit.
func (m *Metrics) takeAcked() int64 { return m.ackedSince.Swap(0) }

// restoreAcked puts back what takeAcked returned when the commit failed,
// keeping whichever acknowledgement is older.
func (m *Metrics) restoreAcked(since int64) {
	if since == 0 {
		return
	}
	for {
		cur := m.ackedSince.Load()
		if cur != 0 && cur <= since {
			return
		}
		if m.ackedSince.CompareAndSwap(cur, since) {
			return
		}
	}
}

func (m *Metrics) uncommittedAge() float64 {
	since := m.ackedSince.Load()
	if since == 0 {
		return 0
	}
	return max(0, time.Since(time.Unix(0, since)).Seconds())
}
