package producer_test

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"testing"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/record"
)

// BenchmarkWrite measures one synchronous Write of a 1000-output batch
// spread over topics x 6 partitions, for several kafka-go BatchSize values.
// kafka-go preallocates BatchSize messages per partition batch, so B/op
// grows with BatchSize x partitions touched; ns/op is dominated by
// BatchTimeout whenever a partition's share does not fill a batch.
//
//	go test -run '^$' -bench Write -benchmem ./producer/
func BenchmarkWrite(b *testing.B) {
	for _, topics := range []int{1, 8} {
		for _, bs := range []int{25, 50, 100, 250, 1000} {
			b.Run(fmt.Sprintf("topics=%d/BatchSize=%d", topics, bs), func(b *testing.B) {
				env := kafkatest.Start(b)
				names := make([]string, topics)
				for i := range names {
					names[i] = env.Topic("bw", 6)
				}
				p := newProducerB(b, map[string]cluster.Config{"": env.Cluster}, bs)
				value := bytes.Repeat([]byte("x"), 600)
				outs := make([]record.Output, 1000)
				for i := range outs {
					outs[i] = record.Output{Topic: names[i%topics], Key: []byte("user-" + strconv.Itoa(i)), Value: value}
				}
				ctx := context.Background()
				if err := p.Write(ctx, outs); err != nil { // warm metadata and connections
					b.Fatal(err)
				}
				b.ReportAllocs()
				b.ResetTimer()
				for range b.N {
					if err := p.Write(ctx, outs); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N*len(outs))/b.Elapsed().Seconds(), "rec/s")
			})
		}
	}
}
