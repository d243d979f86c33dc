package opshttp

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// The page and its script and style: embedded, so the page works
// air-gapped and nothing is fetched from elsewhere.
//
//go:embed ui/index.html ui/app.css ui/app.js
var uiFiles embed.FS

// DecisionSummary is what the live page shows of one decision: where it
// came from and went, and the paths and categories of its fields. It has
// no field for a value, the event id or the key, so none can leak.
type DecisionSummary struct {
	At         time.Time      `json:"at"`
	Partition  int            `json:"partition"`
	Offset     int64          `json:"offset"`
	Ruleset    string         `json:"ruleset"`
	Outcome    string         `json:"outcome"` // ok or the quarantine reason code
	Countries  []string       `json:"countries,omitempty"`
	Minor      bool           `json:"minor,omitempty"`
	Routes     []RouteSummary `json:"routes,omitempty"`
	FieldCount int            `json:"field_count"`
	Personal   int            `json:"personal"`
	Sensitive  int            `json:"sensitive"`
	Fields     []FieldSummary `json:"fields,omitempty"` // the first ones, by path
}

// RouteSummary is one destination of a summarized decision.
type RouteSummary struct {
	Region     string `json:"region"`
	Projection string `json:"projection"`
	Reason     string `json:"reason,omitempty"`
}

// FieldSummary is one field of a summarized decision: its path and
// verdict, never its value.
type FieldSummary struct {
	Path       string `json:"path"`
	Category   string `json:"category"`
	Personal   bool   `json:"personal,omitempty"`
	Sensitive  bool   `json:"sensitive,omitempty"`
	DetectedBy string `json:"detected_by,omitempty"`
}

// UI is the live page of the flows (/ui) and its data (/ui/state.json).
// The counts come from the service's registry (the same numbers /metrics
// serves); the page turns them into rates between two polls.
type UI struct {
	Metrics prometheus.Gatherer
	// Recent returns the latest decision summaries, newest first (nil:
	// none).
	Recent func() []DecisionSummary
	// ReloadError returns the error of the last rules reload, or nil.
	ReloadError func() error
}

// Mount serves the page and its data on s behind g.
func (u UI) Mount(s *Server, g Guard) {
	static, _ := fs.Sub(uiFiles, "ui")
	files := http.FileServerFS(static)
	s.Handle("GET /ui", g.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		securityHeaders(w)
		http.ServeFileFS(w, r, static, "index.html")
	})))
	s.Handle("GET /ui/{file}", g.Wrap(http.StripPrefix("/ui/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		securityHeaders(w)
		files.ServeHTTP(w, r)
	}))))
	s.Handle("GET /ui/state.json", g.Wrap(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(u.State(s.rulesetVersion()))
	})))
}

// securityHeaders keep the page to its own origin: no external script,
// style or connection could run even if one were injected.
func securityHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
}

func (s *Server) rulesetVersion() string {
	s.mu.RLock()
	v, f := s.version, s.versionFn
	s.mu.RUnlock()
	if f != nil {
		return f()
	}
	return v
}

// State is the page's data at one instant: cumulative counts (the page
// computes rates), the ruleset and reload state, and recent decisions.
type State struct {
	Time        time.Time         `json:"time"`
	Ruleset     string            `json:"ruleset"`
	Shadow      string            `json:"shadow,omitempty"`
	Reloads     map[string]int64  `json:"reloads"` // ok, failed, unchanged
	ReloadError string            `json:"reload_error,omitempty"`
	Consumed    int64             `json:"consumed"`
	Outcomes    map[string]int64  `json:"outcomes"`   // ok or reason code
	Quarantine  map[string]int64  `json:"quarantine"` // acknowledged quarantine records by reason
	Routes      []RouteCount      `json:"routes"`
	Lag         []PartitionLag    `json:"lag"`
	Retries     int64             `json:"write_retries"`
	Recent      []DecisionSummary `json:"recent"`
}

// RouteCount is the number of routes decided to a region in a projection.
type RouteCount struct {
	Region     string `json:"region"`
	Projection string `json:"projection"`
	Count      int64  `json:"count"`
}

// PartitionLag is one input partition's lag.
type PartitionLag struct {
	Topic     string `json:"topic"`
	Partition int    `json:"partition"`
	Records   int64  `json:"records"`
}

// State gathers the page's data now; version is the ruleset in force.
func (u UI) State(version string) State {
	st := State{Time: time.Now().UTC(), Ruleset: version, Reloads: map[string]int64{}, Outcomes: map[string]int64{},
		Quarantine: map[string]int64{}, Routes: []RouteCount{}, Lag: []PartitionLag{}, Recent: []DecisionSummary{}}
	if u.Metrics != nil {
		if mfs, err := u.Metrics.Gather(); err == nil {
			for _, mf := range mfs {
				for _, m := range mf.GetMetric() {
					st.add(mf.GetName(), labelsOf(m), m)
				}
			}
		}
	}
	sort.Slice(st.Routes, func(i, j int) bool {
		a, b := st.Routes[i], st.Routes[j]
		return a.Region < b.Region || a.Region == b.Region && a.Projection < b.Projection
	})
	sort.Slice(st.Lag, func(i, j int) bool {
		a, b := st.Lag[i], st.Lag[j]
		return a.Topic < b.Topic || a.Topic == b.Topic && a.Partition < b.Partition
	})
	if u.Recent != nil {
		if r := u.Recent(); r != nil {
			st.Recent = r
		}
	}
	if u.ReloadError != nil {
		if err := u.ReloadError(); err != nil {
			st.ReloadError = err.Error()
		}
	}
	return st
}

func labelsOf(m *dto.Metric) map[string]string {
	l := make(map[string]string, len(m.GetLabel()))
	for _, lp := range m.GetLabel() {
		l[lp.GetName()] = lp.GetValue()
	}
	return l
}

func (st *State) add(name string, l map[string]string, m *dto.Metric) {
	c := int64(m.GetCounter().GetValue())
	switch name {
	case "classifier_routes_total":
		st.Routes = append(st.Routes, RouteCount{Region: l["region"], Projection: l["projection"], Count: c})
	case "classifier_decisions_total":
		st.Outcomes[l["outcome"]] = c
	case "classifier_rules_reloads_total":
		st.Reloads[l["result"]] = c
	case "classifier_ruleset_info":
		if l["role"] == "shadow" && m.GetGauge().GetValue() == 1 {
			st.Shadow = l["version"]
		}
	case "signup_classifier_consumed_records_total":
		st.Consumed += c
	case "signup_classifier_quarantined_records_total":
		st.Quarantine[l["reason"]] = c
	case "signup_classifier_write_retries_total":
		st.Retries += c
	case "signup_classifier_consumer_lag_records":
		p, _ := strconv.Atoi(l["partition"])
		st.Lag = append(st.Lag, PartitionLag{Topic: l["topic"], Partition: p, Records: int64(m.GetGauge().GetValue())})
	}
}
