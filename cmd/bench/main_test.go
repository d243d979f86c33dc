package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

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
	// The fan-out pipe writes what the service writes: as many records.
	if len(rep.Fanout) != 1 || rep.Fanout[0].Events != 2000 || rep.Fanout[0].OutBytesPerEvent <= 0 || rep.Fanout[0].Produced["audit"] != 2000 {
		t.Errorf("fanout: %+v", rep.Fanout)
	} else if len(rep.Service) == 1 && float64(rep.Fanout[0].OutRecords) != sum(rep.Service[0].Produced) {
		t.Errorf("fanout wrote %d records, the service %v", rep.Fanout[0].OutRecords, rep.Service[0].Produced)
	}
	if rep.Summary.Ratio <= 0 || rep.Summary.FanoutRatio <= 0 || rep.Summary.FanoutOverPipe <= 0 {
		t.Errorf("summary: %+v", rep.Summary)
	}
	if l := rep.Latency; l == nil || l.Latency.Samples == 0 || l.Latency.Missing != 0 || l.Latency.P99ms < l.Latency.P50ms {
		t.Errorf("latency: %+v", rep.Latency)
	}
}

func sum(m map[string]float64) float64 {
	var s float64
	for _, v := range m {
		s += v
	}
	return s
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
