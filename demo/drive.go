package demo

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
)

// Drive is what `classifier run --demo` feeds and shows.
type Drive struct {
	Cluster cluster.Config      // the input cluster
	Topic   string              // the input topic
	Rate    int                 // events per second; 0 = 200
	Metrics prometheus.Gatherer // the service's registry, summarized every 3s
	Stdout  io.Writer           // where the summary goes
	Log     *zap.Logger
}

// Run feeds generated signups (2% deliberately broken) into the input
// topic and prints a live per-region summary until ctx ends: what a
// newcomer sees of the service.
func (d Drive) Run(ctx context.Context) {
	log := d.Log
	tr, err := d.Cluster.Transport()
	if err != nil {
		log.Error("demo: transport", zap.Error(err))
		return
	}
	w := &kafka.Writer{Addr: kafka.TCP(d.Cluster.Brokers...), Topic: d.Topic, Transport: tr,
		RequiredAcks: kafka.RequireAll, Balancer: &kafka.Hash{}, BatchTimeout: 5 * time.Millisecond}
	defer w.Close()
	rate := d.Rate
	if rate <= 0 {
		rate = 200
	}
	gen := New(uint64(time.Now().UnixNano()))
	gen.Hostile = 0.02
	seed := uint64(time.Now().Unix())
	go printSummary(ctx, d.Stdout, d.Metrics)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	seq := 0
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		n := rate / 10
		msgs := make([]kafka.Message, 0, n)
		for i := 0; i < n; i++ {
			msgs = append(msgs, kafka.Message{Key: []byte(EventID(seed, seq)), Value: gen.Event(seed, seq)})
			seq++
		}
		if err := w.WriteMessages(ctx, msgs...); err != nil && ctx.Err() == nil {
			log.Warn("demo: produce failed", zap.Error(err))
		}
	}
}

func printSummary(ctx context.Context, out io.Writer, reg prometheus.Gatherer) {
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		mfs, err := reg.Gather()
		if err != nil {
			continue
		}
		routes := map[string]float64{}
		outcomes := map[string]float64{}
		for _, mf := range mfs {
			for _, m := range mf.GetMetric() {
				labels := map[string]string{}
				for _, l := range m.GetLabel() {
					labels[l.GetName()] = l.GetValue()
				}
				switch mf.GetName() {
				case "classifier_routes_total":
					routes[labels["region"]+" "+labels["projection"]] = m.GetCounter().GetValue()
				case "classifier_decisions_total":
					outcomes[labels["outcome"]] = m.GetCounter().GetValue()
				}
			}
		}
		var b strings.Builder
		fmt.Fprintf(&b, "\n--- %s  events: %s\n", time.Now().Format("15:04:05"), summarize(outcomes))
		keys := make([]string, 0, len(routes))
		for k := range routes {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			parts := strings.SplitN(k, " ", 2)
			fmt.Fprintf(&b, "  %-12s %-14s %8.0f\n", parts[0], parts[1], routes[k])
		}
		fmt.Fprint(out, b.String())
	}
}

func summarize(m map[string]float64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%.0f", k, m[k]))
	}
	return strings.Join(parts, " ")
}
