package benchkit

import (
	"os"
	"testing"
	"time"
)

func TestProcReaders(t *testing.T) {
	if SelfCPU() <= 0 {
		t.Error("SelfCPU is 0")
	}
	if PIDCPU(os.Getpid()) < 0 {
		t.Error("PIDCPU negative")
	}
	if PIDCPU(0) != 0 {
		t.Error("PIDCPU(0) should be 0 (unknown broker)")
	}
	if PeakRSSMiB() <= 0 {
		t.Error("VmHWM not read")
	}
	if busy, total := MachineCPU(); total <= 0 || busy > total {
		t.Errorf("MachineCPU = %v, %v", busy, total)
	}
}

func TestBetween(t *testing.T) {
	t0 := time.Unix(1000, 0)
	a := Sample{At: t0, Self: time.Second, Broker: time.Second, MachineBusy: 10 * time.Second,
		Requests: map[string]int64{"fetch": 5, "produce": 2}}
	b := Sample{At: t0.Add(2 * time.Second), Self: 2 * time.Second, Broker: 1500 * time.Millisecond, MachineBusy: 13 * time.Second,
		Requests: map[string]int64{"fetch": 9, "produce": 2, "metadata": 1}}
	for _, tc := range []struct {
		name        string
		brokerKnown bool
		want        Window
	}{
		{"broker known", true, Window{Seconds: 2, CPUSeconds: 1, BrokerCPU: 0.5, OtherCPUCores: 0.75,
			Requests: map[string]int64{"fetch": 4, "metadata": 1}}},
		{"broker unknown", false, Window{Seconds: 2, CPUSeconds: 1, OtherCPUCores: 1,
			Requests: map[string]int64{"fetch": 4, "metadata": 1}}},
	} {
		got := Between(a, b, tc.brokerKnown)
		if got.Seconds != tc.want.Seconds || got.CPUSeconds != tc.want.CPUSeconds || got.BrokerCPU != tc.want.BrokerCPU ||
			got.OtherCPUCores != tc.want.OtherCPUCores || len(got.Requests) != len(tc.want.Requests) ||
			got.Requests["fetch"] != 4 || got.Requests["metadata"] != 1 {
			t.Errorf("%s: Between = %+v, want %+v", tc.name, got, tc.want)
		}
	}
	if w := Between(Sample{At: t0}, Sample{At: t0}, false); w.Requests != nil || w.OtherCPUCores != 0 {
		t.Errorf("empty window = %+v", w)
	}
}
