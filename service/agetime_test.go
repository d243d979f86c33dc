package service_test

import (
	"bytes"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/record"
	"github.com/residency-labs/signup-classifier/service"
	"github.com/residency-labs/signup-classifier/settings"
)

// The service and the offline commands judge a subject's age at the same
// time for the same event and record time (the event's own timestamp when
// plausible): the offline command given the record time as --now and the
// router given the record decide alike.
func TestRouterAgreesWithClassifyOnAge(t *testing.T) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte("agetime-test-key-0123456789")))
	if err != nil {
		t.Fatal(err)
	}
	router := service.NewRouter(rs, nil, zap.NewNop(), nil)
	// The router writes each audit template once: its audit records are
	// read through what it wrote before.
	exp := classifier.NewExpander()
	rec := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
	// The subject turns 16, DE's age of consent, on 2026-06-15.
	for _, tc := range []struct {
		ev    string
		minor bool
	}{
		{`{"country":"DE","timestamp":"2026-06-01T10:00:00Z","dob":"2010-06-15","email":"a@example.de"}`, true},
		{`{"country":"DE","dob":"2010-06-15","email":"a@example.de"}`, false},
		{`{"country":"DE","timestamp":"2031-06-01T10:00:00Z","dob":"2010-06-15","email":"a@example.de"}`, false},
	} {
		ev := tc.ev
		d := rs.Classify(classifier.Input{Value: []byte(ev), Time: rec})
		outs := router.Route(&record.Input{Value: []byte(ev), Time: rec}, nil)
		var audit []byte
		for _, o := range outs {
			switch string(record.HeaderValue(o.Headers, record.HeaderProjection)) {
			case classifier.ProjectionAuditTemplate:
				if err := exp.Add(o.Value); err != nil {
					t.Fatal(err)
				}
			case "audit":
				if audit, err = exp.Expand(nil, o.Value); err != nil {
					t.Fatal(err)
				}
			}
		}
		if audit == nil {
			t.Fatalf("%s: no record carries the decision", ev)
		}
		if d.Minor != tc.minor {
			t.Errorf("%s: minor = %v, want %v", ev, d.Minor, tc.minor)
		}
		want := []byte(`"minor":false`)
		if d.Minor {
			want = []byte(`"minor":true`)
		}
		if !bytes.Contains(audit, want) {
			t.Errorf("%s: classify says minor=%v, the router's audit record says otherwise: %s", ev, d.Minor, audit)
		}
	}
}
