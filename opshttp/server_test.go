package opshttp_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/opshttp"
	"github.com/residency-labs/signup-classifier/pipeline"
)

func get(t *testing.T, h http.Handler, method, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	b, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(b)
}

func TestEndpoints(t *testing.T) {
	reg := prometheus.NewRegistry()
	m, err := pipeline.NewMetrics(reg, pipeline.MetricsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m.Consumed.WithLabelValues("signups").Add(3)
	s := opshttp.New("127.0.0.1:0", zap.NewNop(), reg)
	s.SetRulesetVersion("rs-abc123")
	s.Require("group")
	s.AddCheck("outputs", func(context.Context) error { return nil })
	s.HandleFunc("POST /v1/classify", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("decision")) })
	h := s.Handler()

	if code, body := get(t, h, "GET", "/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Fatalf("healthz %d %q", code, body)
	}
	code, body := get(t, h, "GET", "/metrics")
	if code != 200 || !strings.Contains(body, `signup_classifier_consumed_records_total{topic="signups"} 3`) {
		t.Fatalf("metrics %d %s", code, body)
	}
	if strings.Contains(body, "go_goroutines") {
		t.Fatal("/metrics serves the global default registry")
	}

	// Not ready: "group" not reported yet.
	code, body = get(t, h, "GET", "/readyz")
	var rb struct {
		Status  string
		Ruleset string
		Failing []struct{ Name, Error string }
	}
	if err := json.Unmarshal([]byte(body), &rb); err != nil {
		t.Fatal(err, body)
	}
	if code != 503 || rb.Ruleset != "rs-abc123" || len(rb.Failing) != 1 || rb.Failing[0].Name != "group" {
		t.Fatalf("readyz %d %s", code, body)
	}
	s.SetStatus("group", nil)
	if code, body = get(t, h, "GET", "/readyz"); code != 200 || !strings.Contains(body, `"status":"ready"`) {
		t.Fatalf("readyz %d %s", code, body)
	}
	// A failing, a panicking and a hanging check are all reported.
	s.SetStatus("rules", errors.New("rules not loaded"))
	s.AddCheck("panics", func(context.Context) error { panic("boom") })
	s.AddCheck("hangs", func(context.Context) error { time.Sleep(time.Hour); return nil })
	s.CheckTimeout = 100 * time.Millisecond
	code, body = get(t, h, "GET", "/readyz")
	if code != 503 || !strings.Contains(body, "rules not loaded") || !strings.Contains(body, "check panicked") || !strings.Contains(body, "check timed out") {
		t.Fatalf("readyz %d %s", code, body)
	}
	if code, body := get(t, h, "POST", "/v1/classify"); code != 200 || body != "decision" {
		t.Fatalf("mounted handler %d %q", code, body)
	}
	if code, _ := get(t, h, "GET", "/v1/classify"); code != http.StatusMethodNotAllowed {
		t.Fatalf("GET on POST route = %d", code)
	}
}

func TestRun(t *testing.T) {
	s := opshttp.New("127.0.0.1:0", zap.NewNop(), nil)
	if err := s.Listen(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	resp, err := http.Get("http://" + s.Addr() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatal(resp.Status)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
