package main

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestHistQuantile(t *testing.T) {
	m, err := parseMetrics(strings.NewReader(`# HELP x_seconds help
# TYPE x_seconds histogram
x_seconds_bucket{le="0.001"} 0
x_seconds_bucket{le="0.01"} 50
x_seconds_bucket{le="0.1"} 100
x_seconds_bucket{le="+Inf"} 100
x_seconds_sum 3
x_seconds_count 100
y_total{topic="a",projection="full"} 3
y_total{topic="b",projection="full"} 4
y_total{topic="b",projection="audit"} 5
`))
	if err != nil {
		t.Fatal(err)
	}
	if q, ok := histQuantile(m, "x_seconds", 0.5); !ok || math.Abs(q-0.01) > 1e-9 {
		t.Errorf("p50 = %v %v, want 0.01", q, ok)
	}
	if q, _ := histQuantile(m, "x_seconds", 0.75); math.Abs(q-0.055) > 1e-9 {
		t.Errorf("p75 = %v, want 0.055 (linear inside the bucket)", q)
	}
	if s := sumMetric(m, "y_total"); s != 12 {
		t.Errorf("sum = %v", s)
	}
	if b := byLabel(m, "y_total", "projection"); b["full"] != 7 || b["audit"] != 5 {
		t.Errorf("byLabel = %v", b)
	}
}

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	if p := percentile(d, 0.5); p != 50*time.Millisecond {
		t.Errorf("p50 = %v", p)
	}
	if p := percentile(d, 0.99); p != 99*time.Millisecond {
		t.Errorf("p99 = %v", p)
	}
	if p := percentile(d[:1], 0.99); p != time.Millisecond {
		t.Errorf("p99 of one = %v", p)
	}
}

func TestProcReaders(t *testing.T) {
	if selfCPU() <= 0 {
		t.Error("selfCPU is 0")
	}
	if pidCPU(os.Getpid()) < 0 {
		t.Error("pidCPU negative")
	}
	if peakRSSMiB() <= 0 {
		t.Error("VmHWM not read")
	}
	if busy, total := machineCPU(); total <= 0 || busy > total {
		t.Errorf("machineCPU = %v, %v", busy, total)
	}
}

// TestBenchSmoke runs the whole tool, every phase in its own process, on
// a few thousand events against the embedded broker (or KAFKA_BROKERS).
func TestBenchSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the tool")
	}
	bin := filepath.Join(t.TempDir(), "bench")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-n", "2000", "-latency-duration", "2s", "-latency-warmup", "500ms", "-json")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("bench: %v", err)
	}
	var rep report
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	if rep.Floor == nil || rep.Floor.Floor.ProcessPerSec <= 0 || rep.Floor.Floor.ParsePerSec <= rep.Floor.Floor.ProcessPerSec {
		t.Errorf("floor: %+v", rep.Floor)
	}
	if len(rep.Pipe) != 1 || rep.Pipe[0].Events != 2000 || rep.Pipe[0].OutRecords != 2000 || rep.Pipe[0].PeakRSSMiB <= 0 {
		t.Errorf("pipe: %+v", rep.Pipe)
	}
	if len(rep.Service) != 1 || rep.Service[0].Events != 2000 || rep.Service[0].Produced["audit"] != 2000 {
		t.Errorf("service: %+v", rep.Service)
	}
	if rep.Summary.Ratio <= 0 {
		t.Errorf("summary: %+v", rep.Summary)
	}
	if l := rep.Latency; l == nil || l.Latency.Samples == 0 || l.Latency.Missing != 0 || l.Latency.P99ms < l.Latency.P50ms {
		t.Errorf("latency: %+v", rep.Latency)
	}
}

func TestPadEventIsValidJSON(t *testing.T) {
	ev := []byte(`{"a":1}`)
	got := padEvent(ev, 1000)
	var v map[string]any
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatalf("padded event is not JSON: %v", err)
	}
	if len(got) < 1000 || v["attachment"] == nil {
		t.Fatalf("padded event %d bytes: %.80s", len(got), got)
	}
	if err := json.Unmarshal(padEvent([]byte(`{ }`), 10), &v); err != nil {
		t.Fatalf("padded empty event is not JSON: %v", err)
	}
	if string(padEvent(ev, 0)) != string(ev) {
		t.Fatal("pad 0 changed the event")
	}
}
