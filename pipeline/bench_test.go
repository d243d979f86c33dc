package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/pipeline"
	"github.com/residency-labs/signup-classifier/producer"
	"github.com/residency-labs/signup-classifier/record"
)

// BenchmarkPipeline measures copy-through (consume -> route -> produce with
// acks=all -> commit) on the embedded broker, client and broker sharing the
// machine. Run with a fixed count, e.g.
//
//	go test -run '^$' -bench Pipeline -benchtime 100000x ./pipeline/
//
// It reports records/s from the first routed record to the last commit (so
// the group join is excluded) and bytes allocated per record (client and
// in-process broker together).
func BenchmarkPipeline(b *testing.B) {
	for _, fan := range []int{1, 8} {
		for _, bs := range []int{50, 100, 250, 1000} {
			b.Run(fmt.Sprintf("topics=%d/BatchSize=%d", fan, bs), func(b *testing.B) { benchPipeline(b, fan, bs) })
		}
	}
}

func benchPipeline(b *testing.B, fan, batchSize int) {
	env := kafkatest.Start(b)
	in := env.Topic("bench-in", 6)
	outs := make([]string, fan)
	for i := range outs {
		outs[i] = env.Topic("bench-out", 6)
	}
	n := b.N
	value := bytes.Repeat([]byte("x"), 600) // ~ a signup event
	msgs := make([]kafka.Message, n)
	for i := range msgs {
		msgs[i] = kafka.Message{Topic: in, Key: []byte("user-" + strconv.Itoa(i%5000)), Value: value}
	}
	env.Produce(msgs...)
	msgs = nil

	var first atomic.Int64
	router := pipeline.RouteFunc(func(in *record.Input, dst []record.Output) []record.Output {
		if first.Load() == 0 {
			first.CompareAndSwap(0, time.Now().UnixNano())
		}
		// Each record goes to one of the output topics (like region routing).
		t := outs[int(in.Offset)%len(outs)]
		return append(dst, record.Output{Topic: t, Key: in.Key, Value: in.Value,
			Headers: []record.Header{{Key: "projection", Value: []byte("full")}}})
	})
	group := kafkatest.Name("bench")
	c, err := consumer.New(consumer.Config{Cluster: env.Cluster, GroupID: group, Topics: []string{in}, SessionTimeout: 6 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	prod, err := producer.New(producer.Config{Clusters: map[string]cluster.Config{"": env.Cluster}, BatchSize: batchSize})
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{Source: c, Sink: prod, Router: router, Log: zap.NewNop()})
	if err != nil {
		b.Fatal(err)
	}
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	b.ResetTimer()
	go func() { done <- p.Run(ctx) }()
	// Wait until everything is committed (the tracker's view).
	ends := env.EndOffsets(in)
	for {
		com := p.Tracker().Committed()
		all := true
		for part, end := range ends {
			if com[record.TopicPartition{Topic: in, Partition: part}] < end {
				all = false
			}
		}
		if all {
			break
		}
		time.Sleep(2 * time.Millisecond)
	}
	elapsed := time.Since(time.Unix(0, first.Load()))
	b.StopTimer()
	runtime.ReadMemStats(&ms1)
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(n)/elapsed.Seconds(), "rec/s")
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(n), "B/rec")
}
