package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/residency-labs/signup-classifier/internal/benchkit"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden with the current output")

// tableReport fills every part of a report the table prints, so that a
// change to its layout shows in the golden file.
func tableReport() *report {
	drained := func(phase string, eps, cpu, bro, rss, out, other float64) *phaseResult {
		return &phaseResult{Phase: phase, Events: 3000, EventsPerSec: eps, CPUPer1k: cpu, BrokerCPUPer1k: bro,
			PeakRSSMiB: rss, OutPerEvent: out, Drain: benchkit.Window{OtherCPUCores: other},
			BrokerRequestsPer1k: map[string]float64{"Fetch": 2, "ProducePartitions": 55, "Metadata": 0.7, "Heartbeat": 0.01}}
	}
	fan := drained("fanout", 37140, 0.016, 0.0067, 80, 3.19, 1.14)
	fan.OutBytesPerEvent, fan.PrecomputeSeconds, fan.PrecomputedMiB = 3170, 1.3, 9
	svc := drained("service", 7667, 0.0713, 0, 50, 3.19, 1.4)
	svc.Produced = map[string]float64{"full": 3000, "audit": 3000, "redacted": 148, "pseudonymized": 2789}
	svc.Profile = "service.prof"
	return &report{
		RunID: "bench-1-0001", N: 3000, Partitions: 6, Broker: "embedded kfake (child process)", BrokerAddr: "127.0.0.1:1",
		CPUs: 2, CPUModel: "AMD EPYC", GoVersion: "go1.26", LoadBefore: 2.71, LoadAfter: 4.09, Build: "abc123", BrokerRSS: 438,
		Preload: &phaseResult{Preload: &preloadResult{AvgEventBytes: 1022}},
		Floor: &phaseResult{PeakRSSMiB: 46, Floor: &floorResult{ParsePerSec: 395831, ParseNsPerEvent: 2526, ClassifyPerSec: 31390,
			ClassifyNsPerEvent: 31857, ProcessPerSec: 24743, ProcessNsPerEvent: 40415, RecordsPerEvent: 2.98, RecordsPerSec: 26853,
			RecordsNsPerEvent: 37240, AvgEventBytes: 1022, OutBytesPerEvent: map[string]float64{"full": 1156, "audit": 282, "redacted": 34}}},
		Pipe:    []*phaseResult{drained("pipe", 34565, 0.0088, 0.0067, 30, 1, 1.54), drained("pipe", 34000, 0.009, 0, 31, 1, 1.5)},
		Fanout:  []*phaseResult{fan},
		Service: []*phaseResult{svc},
		Latency: &phaseResult{PeakRSSMiB: 68, Latency: &latencyResult{AchievedRate: 3833, TargetRate: 3833, Produced: 76660, Samples: 69015,
			P50ms: 12.5, P90ms: 25.1, P99ms: 59.6, P999ms: 103, MaxMs: 109.5, CPUCores: 0.43, MeanBatch: 41, BrokerCPUCores: 0.17,
			LoadGenCPUCores: 0.14, LoadGenRequestsPerSec: 580, ServiceProducePerSec: 91, OtherCPUCores: 1.2, Timestamps: "input: x; output: y",
			AckP50ms: 12.6, AckP99ms: 80, Series: []latPoint{{Second: 2, N: 10, P50ms: 12, P99ms: 30}, {Second: 3, N: 9, P50ms: 13, P99ms: 22}}}},
		Summary: summary{PipeEventsPerSec: 34282, ServiceEventsPerSec: 7667, Ratio: 0.222, PipeCPUPer1k: 0.0089, ServiceCPUPer1k: 0.0713,
			FanoutEventsPerSec: 37140, FanoutRatio: 0.206, FanoutOverPipe: 1.075, FanoutCPUPer1k: 0.016, FanoutOutBytesPerEvent: 3170},
	}
}

func TestPrintTable(t *testing.T) {
	for _, tc := range []struct {
		name string
		rep  *report
	}{
		{"full", tableReport()},
		{"empty", &report{RunID: "bench-1-0002", N: 10}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			printTable(&b, tc.rep)
			golden := filepath.Join("testdata", "table-"+tc.name+".golden")
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("printTable:\n%s\nwant:\n%s", b.Bytes(), want)
			}
		})
	}
}
