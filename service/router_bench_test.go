package service_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/record"
	"github.com/residency-labs/signup-classifier/service"
	"github.com/residency-labs/signup-classifier/settings"
)

// BenchmarkRoute is the service's whole per-event work outside Kafka:
// classify, render every record and convert them to outputs. Outputs are
// dropped after each batch of 1,000 events, as the pipeline drops them once
// written. "arena" is the path the pipeline takes: records rendered into
// an arena that is reset once its batch is written; "alloc" renders each
// event's records into memory of their own.
func BenchmarkRoute(b *testing.B) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		b.Fatal(err)
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte("bench-key-0123456789abcdef")))
	if err != nil {
		b.Fatal(err)
	}
	r := service.NewRouter(rs, nil, nil, nil)
	g := demo.New(3)
	ins := make([]record.Input, 1024)
	for i := range ins {
		ins[i] = record.Input{Topic: "signups", Partition: i % 6, Offset: int64(i), Value: g.Event(3, i)}
	}
	for _, arena := range []bool{true, false} {
		name := "alloc"
		if arena {
			name = "arena"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var (
				outs []record.Output
				a    record.Arena
			)
			i := 0
			for b.Loop() {
				if i%1000 == 0 {
					clear(outs)
					outs = outs[:0]
					a.Reset()
				}
				if arena {
					outs = r.RouteArena(&ins[i%len(ins)], outs, &a)
				} else {
					outs = r.Route(&ins[i%len(ins)], outs)
				}
				i++
			}
		})
	}
}
