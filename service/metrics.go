package service

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Metrics are the classifier-level metrics; the pipeline has its own.
// Label values are fixed enums, region names from the config and reason
// codes: never event data.
type Metrics struct {
	decisions      *prometheus.CounterVec
	jurisdictions  *prometheus.CounterVec
	shadowDisagree *prometheus.CounterVec
	reloads        *prometheus.CounterVec
	rulesetInfo    *prometheus.GaugeVec
	minors         prometheus.Counter
	routes         *prometheus.CounterVec

	// Resolved children of the vectors counted per event: resolving one
	// hashes its labels, and an event would resolve about five.
	mu         sync.RWMutex
	routeCtr   map[[2]string]prometheus.Counter
	outcomeCtr map[string]prometheus.Counter
	jurisCtr   map[string]prometheus.Counter
}

// NewMetrics registers the metrics on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "classifier_decisions_total",
			Help: "Events classified, by outcome (ok or the quarantine reason code)."}, []string{"outcome"}),
		jurisdictions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "classifier_jurisdictions_total",
			Help: "Events per applicable jurisdiction (an event may count for several)."}, []string{"jurisdiction"}),
		shadowDisagree: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "classifier_shadow_disagreements_total",
			Help: "Differences between the live and the shadow rule set, by kind (category, personal, sensitive, route, error)."}, []string{"kind"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "classifier_rules_reloads_total",
			Help: "Rule reload attempts by result (ok, failed, unchanged)."}, []string{"result"}),
		rulesetInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "classifier_ruleset_info",
			Help: "The rule set in force (1) and the shadow one (role=shadow)."}, []string{"version", "role"}),
		routes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "classifier_routes_total",
			Help: "Routes decided, by region and projection (quarantine routes: region quarantine)."}, []string{"region", "projection"}),
		minors:     prometheus.NewCounter(prometheus.CounterOpts{Name: "classifier_minors_total", Help: "Events whose subject is a minor under an applicable law."}),
		routeCtr:   map[[2]string]prometheus.Counter{},
		outcomeCtr: map[string]prometheus.Counter{},
		jurisCtr:   map[string]prometheus.Counter{},
	}
	reg.MustRegister(m.decisions, m.jurisdictions, m.shadowDisagree, m.reloads, m.rulesetInfo, m.minors, m.routes)
	return m
}

func (m *Metrics) observe(d *classifier.Decision) {
	for _, r := range d.Routes {
		counter(m, m.routeCtr, [2]string{r.Region, r.Projection}, func() prometheus.Counter { return m.routes.WithLabelValues(r.Region, r.Projection) }).Inc()
	}
	if d.Failed() {
		reason := string(d.Reason)
		counter(m, m.outcomeCtr, reason, func() prometheus.Counter { return m.decisions.WithLabelValues(reason) }).Inc()
		return
	}
	counter(m, m.outcomeCtr, "ok", func() prometheus.Counter { return m.decisions.WithLabelValues("ok") }).Inc()
	for _, j := range d.Jurisdictions {
		counter(m, m.jurisCtr, j.Country, func() prometheus.Counter { return m.jurisdictions.WithLabelValues(j.Country) }).Inc()
	}
	if d.Minor {
		m.minors.Inc()
	}
}

// counter returns the cached child for key, resolving it once. Label
// values are bounded (regions, projections, reason codes, rule pack
// countries), so the caches are too.
func counter[K comparable](m *Metrics, cache map[K]prometheus.Counter, key K, resolve func() prometheus.Counter) prometheus.Counter {
	m.mu.RLock()
	c, ok := cache[key]
	m.mu.RUnlock()
	if ok {
		return c
	}
	c = resolve()
	m.mu.Lock()
	cache[key] = c
	m.mu.Unlock()
	return c
}

// SetRuleset records which rule set is in force.
func (m *Metrics) SetRuleset(role, version string) {
	m.rulesetInfo.DeletePartialMatch(prometheus.Labels{"role": role})
	if version != "" {
		m.rulesetInfo.WithLabelValues(version, role).Set(1)
	}
}
