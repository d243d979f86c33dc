package pipeline

import (
	"fmt"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

func TestMetricsLabelGuard(t *testing.T) {
	reg := prometheus.NewRegistry()
	m, err := NewMetrics(reg, MetricsOptions{MaxReasons: 3, MaxTopics: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewMetrics(reg, MetricsOptions{}); err == nil {
		t.Fatal("registering twice on one registry must fail")
	}
	g := &m.labels
	for in, want := range map[string]string{"full": "full", "pseudonymized": "pseudonymized", "redacted": "redacted",
		"alice@example.com": "other", "": "other"} {
		if got := g.projection([]byte(in)); got != want {
			t.Errorf("projection(%q) = %q, want %q", in, got, want)
		}
	}
	if got := g.projection(nil); got != "none" {
		t.Errorf("projection(nil) = %q", got)
	}
	for in, want := range map[string]string{
		"parse_error: unexpected token at 3": "parse_error",
		"produce_too_large: 2000000 bytes":   "produce_too_large",
		"alice@example.com: bad":             "other", // '@' is not a code character
		"no colon here but spaces":           "other",
		"":                                   "other",
	} {
		if got := g.reason([]byte(in)); got != want {
			t.Errorf("reason(%q) = %q, want %q", in, got, want)
		}
	}
	// Cap: after MaxReasons distinct codes, new ones become "other".
	g.reason([]byte("third: x"))
	if got := g.reason([]byte("fourth: x")); got != "other" {
		t.Errorf("reason beyond the cap = %q", got)
	}
	if got := g.reason([]byte("parse_error: again")); got != "parse_error" {
		t.Errorf("known reason after the cap = %q", got)
	}
	for i := range 3 {
		g.topic(fmt.Sprintf("signups.r%d", i))
	}
	if got := g.topic("signups.r2"); got != "other" {
		t.Errorf("topic beyond the cap = %q", got)
	}
	if got := g.topic("signups.r0"); got != "signups.r0" {
		t.Errorf("known topic = %q", got)
	}
}
