package opshttp_test

import (
	"encoding/json"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/opshttp"
	"github.com/residency-labs/signup-classifier/pipeline"
)

func TestUIState(t *testing.T) {
	reg := prometheus.NewRegistry()
	pm, err := pipeline.NewMetrics(reg, pipeline.MetricsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pm.Consumed.WithLabelValues("signups").Add(7)
	pm.Lag.WithLabelValues("signups", "2").Set(40)
	routes := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "classifier_routes_total"}, []string{"region", "projection"})
	reg.MustRegister(routes)
	routes.WithLabelValues("eu", "full").Add(5)
	routes.WithLabelValues("global", "pseudonymized").Add(6)

	s := opshttp.New("127.0.0.1:0", zap.NewNop(), reg)
	s.SetRulesetVersion("rs-abc")
	ui := opshttp.UI{Metrics: reg,
		Recent: func() []opshttp.DecisionSummary {
			return []opshttp.DecisionSummary{{Outcome: "ok", Countries: []string{"DE"}, Fields: []opshttp.FieldSummary{{Path: "/email", Category: "email", Personal: true}}}}
		},
		ReloadError: func() error { return errors.New("rules/eu.yaml:3:1: bad") }}
	ui.Mount(s, opshttp.Guard{})
	h := s.Handler()

	for _, tc := range []struct{ path, want string }{
		{"/ui", "<svg id=\"sankey\""},
		{"/ui/app.js", "state.json"},
		{"/ui/app.css", "--full"},
	} {
		code, body := get(t, h, "GET", tc.path)
		if code != 200 || !strings.Contains(body, tc.want) {
			t.Errorf("%s: %d, no %q", tc.path, code, tc.want)
		}
	}
	code, body := get(t, h, "GET", "/ui/state.json")
	if code != 200 {
		t.Fatalf("state.json %d", code)
	}
	var st opshttp.State
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		t.Fatal(err)
	}
	if st.Ruleset != "rs-abc" || st.Consumed != 7 || len(st.Routes) != 2 || st.Routes[0].Region != "eu" || st.Routes[0].Count != 5 ||
		len(st.Lag) != 1 || st.Lag[0].Partition != 2 || st.Lag[0].Records != 40 || len(st.Recent) != 1 || st.ReloadError == "" {
		t.Fatalf("state: %s", body)
	}
}

// The page and its data sit behind the guard like /v1/classify.
func TestUIGuarded(t *testing.T) {
	s := opshttp.New("127.0.0.1:0", zap.NewNop(), nil)
	opshttp.UI{}.Mount(s, opshttp.Guard{Token: "ui-token-0123456789abcdef"})
	for _, p := range []string{"/ui", "/ui/state.json", "/ui/app.js"} {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		if rec.Code != 401 {
			t.Errorf("%s without token: %d", p, rec.Code)
		}
		req := httptest.NewRequest("GET", p, nil)
		req.Header.Set("Authorization", "Bearer ui-token-0123456789abcdef")
		rec = httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		if rec.Code != 200 {
			t.Errorf("%s with token: %d", p, rec.Code)
		}
	}
}
