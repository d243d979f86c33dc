package benchkit

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// clkTck is USER_HZ, the unit of /proc/*/stat times. It is 100 on every
// Linux architecture Go supports.
const clkTck = 100

// SelfCPU is the CPU time (user + system) of this whole process.
func SelfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// PIDCPU is the CPU time (user + system, all threads) of another process,
// from /proc/PID/stat; 0 if it cannot be read.
func PIDCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces; fields after its ')'.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	// f[0] is field 3 (state); utime is field 14, stime field 15.
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / clkTck
}

// statusKiB reads a "Key:   N kB" line of /proc/PID/status ("self" for
// this process).
func statusKiB(pid, key string) int64 {
	f, err := os.Open("/proc/" + pid + "/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, key+":") {
			fs := strings.Fields(line[len(key)+1:])
			if len(fs) > 0 {
				n, _ := strconv.ParseInt(fs[0], 10, 64)
				return n
			}
		}
	}
	return 0
}

// PeakRSSMiB is VmHWM (peak resident set) of this process.
func PeakRSSMiB() float64 { return float64(statusKiB("self", "VmHWM")) / 1024 }

// MachineCPU returns the machine's busy and total CPU time from /proc/stat
// (all cores together).
func MachineCPU() (busy, total time.Duration) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 5 || f[0] != "cpu" {
		return 0, 0
	}
	var sum, idle int64
	for i, v := range f[1:] {
		n, _ := strconv.ParseInt(v, 10, 64)
		if i >= 8 { // guest and guest_nice are already counted in user and nice
			break
		}
		sum += n
		if i == 3 || i == 4 { // idle, iowait
			idle += n
		}
	}
	return time.Duration(sum-idle) * time.Second / clkTck, time.Duration(sum) * time.Second / clkTck
}

// LoadAvg is the one-minute load average, the first field of
// /proc/loadavg: how busy the machine was around a run.
func LoadAvg() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

// CPUModel names the machine's CPU ("" if unknown).
func CPUModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Sample is a point-in-time reading of the clocks a phase reports.
type Sample struct {
	At          time.Time
	Self        time.Duration // CPU of this process
	Broker      time.Duration // CPU of the broker process (0 when unknown)
	MachineBusy time.Duration
	Requests    map[string]int64 // embedded broker's request counters, if the caller reads them
}

// TakeSample reads the clocks now; brokerPID <= 0 means the broker's CPU
// is not known (a remote broker, or one inside this process).
func TakeSample(brokerPID int) Sample {
	busy, _ := MachineCPU()
	return Sample{At: time.Now(), Self: SelfCPU(), Broker: PIDCPU(brokerPID), MachineBusy: busy}
}

// Window is what happened between two samples, as the bench report shows it.
type Window struct {
	Seconds       float64          `json:"seconds"`
	CPUSeconds    float64          `json:"cpu_seconds"`
	BrokerCPU     float64          `json:"broker_cpu_seconds,omitempty"`
	OtherCPUCores float64          `json:"other_cpu_cores"` // machine busy time not ours nor the broker's, per wall second
	Requests      map[string]int64 `json:"broker_requests,omitempty"`
}

// Between is the window from a to b. The broker's CPU counts only when
// brokerKnown; what the machine spent beyond this process and the broker is
// other load, which makes a run's figures suspect when it is high.
func Between(a, b Sample, brokerKnown bool) Window {
	w := Window{
		Seconds:    b.At.Sub(a.At).Seconds(),
		CPUSeconds: (b.Self - a.Self).Seconds(),
	}
	if brokerKnown {
		w.BrokerCPU = (b.Broker - a.Broker).Seconds()
	}
	if a.Requests != nil && b.Requests != nil {
		w.Requests = map[string]int64{}
		for k, v := range b.Requests {
			if d := v - a.Requests[k]; d > 0 {
				w.Requests[k] = d
			}
		}
	}
	if w.Seconds > 0 {
		other := (b.MachineBusy - a.MachineBusy).Seconds() - w.CPUSeconds - w.BrokerCPU
		w.OtherCPUCores = max(other, 0) / w.Seconds
	}
	return w
}
