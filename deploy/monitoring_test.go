package deploy

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/prometheus/promql/parser"
	"sigs.k8s.io/yaml"

	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/service"
)

// external are series that do not come from the service but that the alert
// rules use: Prometheus's own scrape health, and the pods' readiness from
// kube-state-metrics (the service exports no readiness metric).
var external = map[string][]string{
	"up":                    nil,
	"kube_pod_status_ready": {"namespace", "pod", "uid", "condition"},
}

// targetLabels are attached by Prometheus (and the Prometheus Operator) to
// every scraped series.
var targetLabels = []string{"job", "instance", "namespace", "pod", "service", "container", "endpoint"}

var descRE = regexp.MustCompile(`fqName: "([^"]+)".*variableLabels: \{([^}]*)\}`)

// exportedMetrics registers the service's metrics as service.Run does and
// returns each metric name with its label names.
func exportedMetrics(t *testing.T) map[string]map[string]bool {
	t.Helper()
	reg := prometheus.NewRegistry()
	rec := &recorder{Registerer: reg}
	rec.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	service.NewMetrics(rec)
	pm, err := pipeline.NewMetrics(reg, pipeline.MetricsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// pipeline.NewMetrics takes a *Registry; its collectors are its exported
	// fields.
	v := reflect.ValueOf(pm).Elem()
	for i := 0; i < v.NumField(); i++ {
		if !v.Type().Field(i).IsExported() {
			continue
		}
		if c, ok := v.Field(i).Interface().(prometheus.Collector); ok {
			rec.collectors = append(rec.collectors, c)
		}
	}
	out := map[string]map[string]bool{}
	ch := make(chan *prometheus.Desc, 1024)
	go func() {
		for _, c := range rec.collectors {
			c.Describe(ch)
		}
		close(ch)
	}()
	for d := range ch {
		m := descRE.FindStringSubmatch(d.String())
		if m == nil {
			t.Fatalf("cannot read %s", d)
		}
		labels := map[string]bool{}
		for _, l := range strings.Split(m[2], ",") {
			if l = strings.TrimSuffix(strings.TrimPrefix(l, "c("), ")"); l != "" {
				labels[l] = true
			}
		}
		out[m[1]] = labels
	}
	// Families the Go collector describes only when gathered.
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if _, ok := out[mf.GetName()]; !ok {
			out[mf.GetName()] = map[string]bool{}
		}
	}
	for _, want := range []string{"signup_classifier_consumed_records_total", "classifier_ruleset_info", "process_resident_memory_bytes"} {
		if out[want] == nil {
			t.Fatalf("the registry lacks %s: exportedMetrics no longer builds what service.Run registers", want)
		}
	}
	return out
}

// recorder remembers what is registered through it.
type recorder struct {
	prometheus.Registerer
	collectors []prometheus.Collector
}

func (r *recorder) Register(c prometheus.Collector) error {
	r.collectors = append(r.collectors, c)
	return r.Registerer.Register(c)
}

func (r *recorder) MustRegister(cs ...prometheus.Collector) {
	for _, c := range cs {
		if err := r.Register(c); err != nil {
			panic(err)
		}
	}
}

// grafanaVars are replaced before parsing, as Grafana does.
var grafanaVars = strings.NewReplacer("$__rate_interval", "5m", "$__interval", "1m", "$__range", "1h")

type promExpr struct{ where, expr string }

func dashboardExprs(t *testing.T, file string) []promExpr {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	type panel struct {
		Title   string `json:"title"`
		Type    string `json:"type"`
		Targets []struct {
			Expr string `json:"expr"`
		} `json:"targets"`
		Panels []json.RawMessage `json:"panels"`
	}
	var d struct {
		Panels []json.RawMessage `json:"panels"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var out []promExpr
	var walk func([]json.RawMessage)
	walk = func(ps []json.RawMessage) {
		for _, raw := range ps {
			var p panel
			if err := json.Unmarshal(raw, &p); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			walk(p.Panels)
			if p.Type == "row" {
				continue
			}
			if len(p.Targets) == 0 {
				t.Errorf("%s: panel %q has no query", file, p.Title)
			}
			for _, tg := range p.Targets {
				out = append(out, promExpr{fmt.Sprintf("%s: panel %q", file, p.Title), grafanaVars.Replace(tg.Expr)})
			}
		}
	}
	walk(d.Panels)
	return out
}

func ruleExprs(t *testing.T, file string) []promExpr {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Groups []struct {
			Name  string `json:"name"`
			Rules []struct {
				Alert       string            `json:"alert"`
				Record      string            `json:"record"`
				Expr        string            `json:"expr"`
				For         string            `json:"for"`
				Labels      map[string]string `json:"labels"`
				Annotations map[string]string `json:"annotations"`
			} `json:"rules"`
		} `json:"groups"`
	}
	if err := yaml.UnmarshalStrict(b, &f); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var out []promExpr
	for _, g := range f.Groups {
		for _, r := range g.Rules {
			if r.Alert != "" && (r.Labels["severity"] == "" || r.Annotations["summary"] == "" || r.Annotations["runbook"] == "") {
				t.Errorf("%s: alert %s needs a severity label and summary and runbook annotations", file, r.Alert)
			}
			out = append(out, promExpr{fmt.Sprintf("%s: rule %s%s", file, r.Alert, r.Record), r.Expr})
		}
	}
	return out
}

// TestPromQLSelectsExportedMetrics: every expression parses, and every
// series it selects is one the service exports (histogram suffixes
// allowed), with label matchers on labels the metric has.
func TestPromQLSelectsExportedMetrics(t *testing.T) {
	exported := exportedMetrics(t)
	for name, labels := range external {
		m := map[string]bool{}
		for _, l := range labels {
			m[l] = true
		}
		exported[name] = m
	}
	var exprs []promExpr
	exprs = append(exprs, dashboardExprs(t, "monitoring/dashboard.json")...)
	exprs = append(exprs, ruleExprs(t, "monitoring/alerts.yaml")...)
	if len(exprs) < 10 {
		t.Fatalf("only %d expressions found", len(exprs))
	}
	p := parser.NewParser(parser.Options{})
	for _, e := range exprs {
		ast, err := p.ParseExpr(e.expr)
		if err != nil {
			t.Errorf("%s: %v", e.where, err)
			continue
		}
		parser.Inspect(ast, func(n parser.Node, _ []parser.Node) error {
			vs, ok := n.(*parser.VectorSelector)
			if !ok {
				return nil
			}
			labels, name := lookup(exported, vs.Name)
			if labels == nil {
				t.Errorf("%s: selects %s, which the service does not export", e.where, vs.Name)
				return nil
			}
			for _, m := range vs.LabelMatchers {
				if m.Name == "__name__" || labels[m.Name] || contains(targetLabels, m.Name) || name != vs.Name && m.Name == "le" {
					continue
				}
				t.Errorf("%s: %s has no label %q", e.where, vs.Name, m.Name)
			}
			return nil
		})
	}
}

// lookup finds a metric, allowing a histogram's series suffixes.
func lookup(exported map[string]map[string]bool, name string) (map[string]bool, string) {
	if l, ok := exported[name]; ok {
		return l, name
	}
	for _, suf := range []string{"_bucket", "_sum", "_count"} {
		if base, ok := strings.CutSuffix(name, suf); ok {
			if l, ok := exported[base]; ok {
				return l, base
			}
		}
	}
	return nil, ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestPromQLCheckCatchesUnknownMetrics keeps the check honest.
func TestPromQLCheckCatchesUnknownMetrics(t *testing.T) {
	exported := exportedMetrics(t)
	for _, c := range []struct {
		name string
		want bool
	}{
		{"signup_classifier_end_to_end_seconds_bucket", true},
		{"signup_classifier_end_to_end_seconds_count", true},
		{"signup_classifier_commit_duration_seconds_bucket", true},
		{"signup_classifier_commit_latency_seconds_bucket", false},
		{"signup_classifier_consumed_records", false},
		{"classifier_rules_reloads_total", true},
	} {
		l, _ := lookup(exported, c.name)
		if got := l != nil; got != c.want {
			t.Errorf("lookup(%s) found = %v, want %v", c.name, got, c.want)
		}
	}
	if !exported["signup_classifier_consumer_lag_records"]["partition"] {
		t.Error("consumer_lag_records: the partition label was not read")
	}
}
