package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/cluster"
)

// endOffsets returns each partition's high watermark, retrying while a real
// broker is still electing the leaders of a fresh topic.
func endOffsets(ctx context.Context, cl cluster.Config, topic string) (map[int]int64, error) {
	deadline := time.Now().Add(30 * time.Second)
	for {
		out, err := endOffsetsOnce(ctx, cl, topic)
		if err == nil {
			return out, nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return nil, fmt.Errorf("end offsets of %s: %w", topic, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func endOffsetsOnce(ctx context.Context, cl cluster.Config, topic string) (map[int]int64, error) {
	c, err := cl.Client()
	if err != nil {
		return nil, err
	}
	defer c.Transport.(*kafka.Transport).CloseIdleConnections()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	md, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return nil, err
	}
	if len(md.Topics) != 1 || md.Topics[0].Error != nil {
		return nil, fmt.Errorf("metadata: %v", md.Topics)
	}
	var reqs []kafka.OffsetRequest
	for _, p := range md.Topics[0].Partitions {
		if p.Error != nil {
			return nil, fmt.Errorf("partition %d: %w", p.ID, p.Error)
		}
		reqs = append(reqs, kafka.LastOffsetOf(p.ID))
	}
	lo, err := c.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		return nil, err
	}
	out := make(map[int]int64)
	for _, po := range lo.Topics[topic] {
		if po.Error != nil {
			return nil, fmt.Errorf("partition %d: %w", po.Partition, po.Error)
		}
		out[po.Partition] = po.LastOffset
	}
	return out, nil
}

func sumOffsets(m map[int]int64) int64 {
	var n int64
	for _, v := range m {
		n += v
	}
	return n
}

// committedWatcher polls a group's committed offsets (OffsetFetch: what the
// coordinator has accepted, the commit-after-ack end of the pipe).
type committedWatcher struct {
	c     *kafka.Client
	group string
	topic string
	parts []int
}

func newCommittedWatcher(cl cluster.Config, group, topic string, ends map[int]int64) (*committedWatcher, error) {
	c, err := cl.Client()
	if err != nil {
		return nil, err
	}
	w := &committedWatcher{c: c, group: group, topic: topic}
	for p := range ends {
		w.parts = append(w.parts, p)
	}
	sort.Ints(w.parts)
	return w, nil
}

func (w *committedWatcher) close() { w.c.Transport.(*kafka.Transport).CloseIdleConnections() }

// committed returns the committed offset per partition (-1 where none).
func (w *committedWatcher) committed(ctx context.Context) (map[int]int64, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	res, err := w.c.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: w.group, Topics: map[string][]int{w.topic: w.parts}})
	if err != nil {
		return nil, err
	}
	if res.Error != nil {
		return nil, res.Error
	}
	out := make(map[int]int64, len(w.parts))
	for _, p := range res.Topics[w.topic] {
		out[p.Partition] = p.CommittedOffset
	}
	return out, nil
}

// drained reports whether every partition is committed up to its end.
func (w *committedWatcher) drained(ctx context.Context, ends map[int]int64) (bool, int64) {
	com, err := w.committed(ctx)
	if err != nil {
		return false, 0
	}
	all := true
	var done int64
	for p, end := range ends {
		c := max(com[p], 0) // -1: nothing committed, which drains an empty partition
		if c < end {
			all = false
		}
		if c > 0 {
			done += c
		}
	}
	return all, done
}

// scrape fetches the admin server's /metrics and returns, per metric name
// (with labels), its value.
func scrape(ctx context.Context, admin string) (map[string]float64, error) {
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
	return parseMetrics(resp.Body)
}

// parseMetrics reads the Prometheus text format: "name{labels} value".
func parseMetrics(r io.Reader) (map[string]float64, error) {
	out := map[string]float64{}
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

// sumMetric adds every series of a metric (any labels).
func sumMetric(m map[string]float64, name string) float64 {
	var s float64
	for k, v := range m {
		if k == name || strings.HasPrefix(k, name+"{") {
			s += v
		}
	}
	return s
}

// byLabel sums a metric's series per value of one label.
func byLabel(m map[string]float64, name, label string) map[string]float64 {
	out := map[string]float64{}
	for k, v := range m {
		if !strings.HasPrefix(k, name+"{") {
			continue
		}
		i := strings.Index(k, label+`="`)
		if i < 0 {
			continue
		}
		rest := k[i+len(label)+2:]
		j := strings.IndexByte(rest, '"')
		if j < 0 {
			continue
		}
		out[rest[:j]] += v
	}
	return out
}

// histQuantile estimates a quantile from a Prometheus histogram's
// cumulative buckets (linear inside a bucket, like histogram_quantile).
func histQuantile(m map[string]float64, name string, q float64) (float64, bool) {
	type bucket struct{ le, n float64 }
	var bs []bucket
	for k, v := range m {
		if !strings.HasPrefix(k, name+"_bucket{") {
			continue
		}
		i := strings.Index(k, `le="`)
		if i < 0 {
			continue
		}
		rest := k[i+4:]
		j := strings.IndexByte(rest, '"')
		if j < 0 {
			continue
		}
		le, err := strconv.ParseFloat(rest[:j], 64) // "+Inf" parses as +Inf
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

// percentile of sorted durations (nearest rank).
func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	i = min(max(i, 0), len(sorted)-1)
	return sorted[i]
}

// meanHist is a histogram's sum / count.
func meanHist(m map[string]float64, name string) float64 {
	c := m[name+"_count"]
	if c == 0 {
		return 0
	}
	return m[name+"_sum"] / c
}
