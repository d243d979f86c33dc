package benchkit

import (
	"bufio"
	"context"
	"io"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Metrics maps a Prometheus series, written as in the text format
// ("name{label="v",...}"), to its value.
type Metrics map[string]float64

// Scrape fetches the admin server's /metrics (admin is host:port).
func Scrape(ctx context.Context, admin string) (Metrics, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+admin+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return ParseMetrics(resp.Body)
}

// ParseMetrics reads the Prometheus text format: "name{labels} value" lines;
// comments, blank lines and lines whose value does not parse are skipped.
func ParseMetrics(r io.Reader) (Metrics, error) {
	out := Metrics{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			continue
		}
		out[line[:i]] = v
	}
	return out, sc.Err()
}

// Sum adds every series of a metric (any labels).
func (m Metrics) Sum(name string) float64 {
	var s float64
	for k, v := range m {
		if k == name || strings.HasPrefix(k, name+"{") {
			s += v
		}
	}
	return s
}

// ByLabel sums a metric's series per value of one label; series without
// the label are left out.
func (m Metrics) ByLabel(name, label string) map[string]float64 {
	out := map[string]float64{}
	for k, v := range m {
		if !strings.HasPrefix(k, name+"{") {
			continue
		}
		if lv, ok := labelValue(k, label); ok {
			out[lv] += v
		}
	}
	return out
}

// labelValue finds label="value" in a series name. Label values of this
// service's metrics hold no quotes, so no unescaping is needed.
func labelValue(series, label string) (string, bool) {
	i := strings.Index(series, label+`="`)
	if i < 0 {
		return "", false
	}
	rest := series[i+len(label)+2:]
	j := strings.IndexByte(rest, '"')
	if j < 0 {
		return "", false
	}
	return rest[:j], true
}

// HistQuantile estimates quantile q of a histogram from its cumulative
// buckets, linear inside a bucket like PromQL's histogram_quantile; ok is
// false when the histogram is absent or empty.
func (m Metrics) HistQuantile(name string, q float64) (v float64, ok bool) {
	type bucket struct{ le, n float64 }
	var bs []bucket
	for k, v := range m {
		if !strings.HasPrefix(k, name+"_bucket{") {
			continue
		}
		s, ok := labelValue(k, "le")
		if !ok {
			continue
		}
		le, err := strconv.ParseFloat(s, 64) // "+Inf" parses as +Inf
		if err != nil {
			continue
		}
		bs = append(bs, bucket{le, v})
	}
	if len(bs) == 0 {
		return 0, false
	}
	sort.Slice(bs, func(a, b int) bool { return bs[a].le < bs[b].le })
	total := bs[len(bs)-1].n
	if total == 0 {
		return 0, false
	}
	rank := q * total
	prevLe, prevN := 0.0, 0.0
	for _, b := range bs {
		if b.n >= rank {
			if b.le > 1e300 { // +Inf: the best answer is the last finite bound
				return prevLe, true
			}
			if b.n == prevN {
				return b.le, true
			}
			return prevLe + (b.le-prevLe)*(rank-prevN)/(b.n-prevN), true
		}
		prevLe, prevN = b.le, b.n
	}
	return prevLe, true
}

// HistMean is a histogram's sum / count (0 when it counted nothing).
func (m Metrics) HistMean(name string) float64 {
	c := m[name+"_count"]
	if c == 0 {
		return 0
	}
	return m[name+"_sum"] / c
}

// Percentile is the nearest-rank quantile q of sorted durations (0 for
// none).
func Percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	i = min(max(i, 0), len(sorted)-1)
	return sorted[i]
}
