package benchkit

import (
	"math"
	"strings"
	"testing"
	"time"
)

const exposition = `# HELP x_seconds help
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
z_total 2
not a number
`

func TestMetrics(t *testing.T) {
	m, err := ParseMetrics(strings.NewReader(exposition))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		q      float64
		want   float64
		wantOK bool
	}{
		{"x_seconds", 0.5, 0.01, true},
		{"x_seconds", 0.75, 0.055, true}, // linear inside the bucket
		{"x_seconds", 1, 0.1, true},      // the last finite bound, not +Inf
		{"absent", 0.5, 0, false},
	} {
		q, ok := m.HistQuantile(tc.name, tc.q)
		if ok != tc.wantOK || math.Abs(q-tc.want) > 1e-9 {
			t.Errorf("HistQuantile(%s, %v) = %v %v, want %v %v", tc.name, tc.q, q, ok, tc.want, tc.wantOK)
		}
	}
	for _, tc := range []struct {
		name string
		want float64
	}{{"y_total", 12}, {"z_total", 2}, {"y", 0}, {"absent", 0}} {
		if s := m.Sum(tc.name); s != tc.want {
			t.Errorf("Sum(%s) = %v, want %v", tc.name, s, tc.want)
		}
	}
	if b := m.ByLabel("y_total", "projection"); len(b) != 2 || b["full"] != 7 || b["audit"] != 5 {
		t.Errorf("ByLabel = %v", b)
	}
	if mean := m.HistMean("x_seconds"); mean != 0.03 {
		t.Errorf("HistMean = %v, want 0.03", mean)
	}
	if mean := m.HistMean("absent"); mean != 0 {
		t.Errorf("HistMean of nothing = %v", mean)
	}
}

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	for _, tc := range []struct {
		in   []time.Duration
		q    float64
		want time.Duration
	}{
		{d, 0.5, 50 * time.Millisecond},
		{d, 0.99, 99 * time.Millisecond},
		{d, 0.999, 100 * time.Millisecond},
		{d, 0, time.Millisecond},
		{d[:1], 0.99, time.Millisecond},
		{nil, 0.5, 0},
	} {
		if p := Percentile(tc.in, tc.q); p != tc.want {
			t.Errorf("Percentile(%d values, %v) = %v, want %v", len(tc.in), tc.q, p, tc.want)
		}
	}
}

func TestSumOffsets(t *testing.T) {
	if n := SumOffsets(map[int]int64{0: 3, 1: 0, 2: 4}); n != 7 {
		t.Errorf("SumOffsets = %d", n)
	}
}
