package producer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"
	"github.com/segmentio/kafka-go/protocol/metadata"
	"github.com/segmentio/kafka-go/protocol/produce"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/record"
)

// Requests says how Write turns outputs into produce requests.
type Requests string

const (
	// PerBroker sends one produce request per leader broker per Write,
	// carrying every partition that broker leads (the default).
	PerBroker Requests = "per_broker"
	// PerPartition leaves the requests to kafka-go's Writer: one per
	// partition batch (the fallback).
	PerPartition Requests = "per_partition"
)

// errNotSent marks the records of a partition chunk that was not sent
// because an earlier chunk of the same partition failed in this attempt:
// sending it would put its records before the failed ones. Retriable.
var errNotSent = errors.New("not sent: an earlier batch of its partition failed")

// errNoAnswer marks a partition the broker's response did not mention.
var errNoAnswer = errors.New("the produce response has no answer for this partition")

// clusterWrite is the state of writing the outputs of one cluster in one
// Write, on the per-broker path. Write runs the clusters in parallel, one
// goroutine each; within one, the brokers' requests of an attempt are sent
// in parallel and write only their own records' slots of errs.
type clusterWrite struct {
	p        *Producer
	name     string
	rt       kafka.RoundTripper
	addr     net.Addr
	outs     []record.Output
	now      time.Time
	deadline time.Time

	todo         []int
	errs         []error // by index into outs: the current attempt's outcome
	unknownSince map[string]time.Time
	lastErr      error
	res          groupResult
}

// partChunk is the records of one partition sent in one request.
type partChunk struct {
	topic     string
	partition int32
	idx       []int
}

// writeBrokers is Write's per-broker path: groups (all valid, per
// (cluster, topic)) are merged per cluster, and each cluster is written by
// writeCluster.
func (p *Producer) writeBrokers(ctx context.Context, groups map[topicKey][]int, order []topicKey, outs []record.Output, now, deadline time.Time) []groupResult {
	perCluster := map[string][]int{}
	var clusters []string
	var results []groupResult
	for _, k := range order {
		if p.topicMissing(k) {
			results = append(results, missingResult(k, groups[k], p.cfg.MissingTopicTTL))
			continue
		}
		if _, ok := perCluster[k.cluster]; !ok {
			clusters = append(clusters, k.cluster)
		}
		perCluster[k.cluster] = append(perCluster[k.cluster], groups[k]...)
	}
	out := make([]groupResult, len(clusters))
	var wg sync.WaitGroup
	for ci, name := range clusters {
		idx := perCluster[name]
		sort.Ints(idx) // the outputs' order, so each partition keeps it
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[ci] = p.writeCluster(ctx, name, idx, outs, now, deadline)
		}()
	}
	wg.Wait()
	return append(results, out...)
}

func missingResult(k topicKey, idx []int, ttl time.Duration) groupResult {
	var r groupResult
	err := fmt.Errorf("topic %s does not exist (found missing less than %s ago; auto-creation is off) (%w)", k.topic, ttl, kafka.UnknownTopicOrPartition)
	for _, i := range idx {
		r.recErrs = append(r.recErrs, record.WriteError{Index: i, Cluster: k.cluster, Topic: k.topic, Reason: record.ReasonUnknownTopic, Err: err})
	}
	return r
}

// writeCluster writes one cluster's outputs, retrying the records that
// failed with a retriable error, and only those, until every record is
// acknowledged, reported permanent (res.recErrs) or the write fails
// (res.fatal). The retry rules are writeGroup's.
func (p *Producer) writeCluster(ctx context.Context, name string, idx []int, outs []record.Output, now, deadline time.Time) groupResult {
	g := &clusterWrite{p: p, name: name, rt: p.transports[name], addr: p.addrs[name], outs: outs, now: now, deadline: deadline,
		todo: idx, errs: make([]error, len(outs)), unknownSince: map[string]time.Time{}}
	for attempt := 0; ; attempt++ {
		g.attempt(ctx, g.todo)
		next, ok := g.triage(ctx)
		if !ok || len(next) == 0 {
			return g.res
		}
		g.todo = next
		if !g.wait(ctx, attempt) {
			return g.res
		}
	}
}

// attempt sends the records of ids once: it reads the partitions and their
// leaders from the transport (whose cached layout is what routes produce
// requests; it refreshes it every MetadataTTL, so a leader that moved is
// seen by a later attempt), chooses each record's partition with the
// Writer's balancer, and sends one request per leader broker, in parallel.
// It sets errs[i] for every i of ids.
func (g *clusterWrite) attempt(ctx context.Context, ids []int) {
	for _, i := range ids {
		g.errs[i] = nil
	}
	actx, cancel := context.WithDeadline(ctx, minTime(time.Now().Add(g.p.cfg.AttemptTimeout), g.deadline))
	defer cancel()
	var topics []string
	for _, i := range ids {
		if t := g.outs[i].Topic; !slices.Contains(topics, t) {
			topics = append(topics, t)
		}
	}
	res, err := g.rt.RoundTrip(actx, g.addr, &metadata.Request{TopicNames: topics})
	if err != nil {
		for _, i := range ids {
			g.errs[i] = fmt.Errorf("metadata: %w", err)
		}
		return
	}
	brokers := g.route(res.(*metadata.Response), ids)
	var wg sync.WaitGroup
	for _, chunks := range brokers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.sendBroker(actx, chunks)
		}()
	}
	wg.Wait()
}

// route assigns each record a partition and groups the partitions by
// leader; a record whose topic or leader is unknown gets its error in errs.
// Each broker's list holds one chunk per partition in the records' order,
// a partition's records split into chunks of at most BatchBytes.
func (g *clusterWrite) route(md *metadata.Response, ids []int) map[int32][]partChunk {
	brokers := make(map[int32]bool, len(md.Brokers))
	for _, b := range md.Brokers {
		brokers[b.NodeID] = true
	}
	topics := make(map[string]*metadata.ResponseTopic, len(md.Topics))
	for i := range md.Topics {
		topics[md.Topics[i].Name] = &md.Topics[i]
	}
	type tp struct {
		topic string
		part  int32
	}
	byPart := map[tp][]int{}
	var parts []tp
	leaders := map[tp]int32{}
	balancer := kafka.Murmur2Balancer{}
	var numbers []int
	for _, i := range ids {
		o := &g.outs[i]
		t := topics[o.Topic]
		switch {
		case t == nil:
			g.errs[i] = kafka.UnknownTopicOrPartition
			continue
		case t.ErrorCode != 0:
			g.errs[i] = kafka.Error(t.ErrorCode)
			continue
		case len(t.Partitions) == 0:
			g.errs[i] = kafka.UnknownTopicOrPartition
			continue
		}
		// The Writer's choice: the balancer over partition numbers
		// 0..n-1, n the count in the metadata.
		numbers = numbers[:0]
		for n := range len(t.Partitions) {
			numbers = append(numbers, n)
		}
		part := int32(balancer.Balance(kafka.Message{Key: o.Key}, numbers...))
		k := tp{o.Topic, part}
		if _, ok := leaders[k]; !ok {
			leaders[k] = -1
			for j := range t.Partitions {
				if pm := &t.Partitions[j]; pm.PartitionIndex == part && brokers[pm.LeaderID] {
					leaders[k] = pm.LeaderID
				}
			}
		}
		if leaders[k] < 0 {
			g.errs[i] = kafka.LeaderNotAvailable
			continue
		}
		if _, ok := byPart[k]; !ok {
			parts = append(parts, k)
		}
		byPart[k] = append(byPart[k], i)
	}
	out := map[int32][]partChunk{}
	for _, k := range parts {
		leader := leaders[k]
		var size int64
		start := 0
		idx := byPart[k]
		for j, i := range idx {
			n := messageSize(&g.outs[i])
			if j > start && size+n > g.p.cfg.BatchBytes {
				out[leader] = append(out[leader], partChunk{k.topic, k.part, idx[start:j]})
				start, size = j, 0
			}
			size += n
		}
		out[leader] = append(out[leader], partChunk{k.topic, k.part, idx[start:]})
	}
	return out
}

// sendBroker sends one broker's chunks: one request carrying the first
// chunk of every partition, then, only when a partition's records exceed
// BatchBytes, further requests for the next chunks (Kafka takes one record
// batch per partition per request). A partition whose chunk failed sends
// no later chunk in this attempt.
func (g *clusterWrite) sendBroker(ctx context.Context, chunks []partChunk) {
	type tp struct {
		topic string
		part  int32
	}
	failed := map[tp]bool{}
	for len(chunks) > 0 {
		var round, rest []partChunk
		in := map[tp]bool{}
		for _, c := range chunks {
			k := tp{c.topic, c.partition}
			switch {
			case failed[k]:
				for _, i := range c.idx {
					g.errs[i] = errNotSent
				}
			case in[k]:
				rest = append(rest, c)
			default:
				in[k] = true
				round = append(round, c)
			}
		}
		g.send(ctx, round)
		for _, c := range round {
			if g.errs[c.idx[0]] != nil {
				failed[tp{c.topic, c.partition}] = true
			}
		}
		chunks = rest
	}
}

// send sends one produce request and maps its answer, partition by
// partition, onto the records' errs.
func (g *clusterWrite) send(ctx context.Context, chunks []partChunk) {
	req := &produce.Request{Acks: int16(kafka.RequireAll), Timeout: int32(g.p.cfg.WriteTimeout / time.Millisecond)}
	attrs := protocol.Attributes(g.p.cfg.Compression) & 0x7
	for _, c := range chunks {
		if n := len(req.Topics); n == 0 || req.Topics[n-1].Topic != c.topic {
			// Chunks of one topic are not always adjacent: look it up.
			found := false
			for j := range req.Topics {
				if req.Topics[j].Topic == c.topic {
					req.Topics[j].Partitions = append(req.Topics[j].Partitions, produce.RequestPartition{Partition: c.partition,
						RecordSet: protocol.RecordSet{Attributes: attrs, Records: &outputRecords{outs: g.outs, idx: c.idx, now: g.now}}})
					found = true
					break
				}
			}
			if found {
				continue
			}
			req.Topics = append(req.Topics, produce.RequestTopic{Topic: c.topic})
		}
		t := &req.Topics[len(req.Topics)-1]
		t.Partitions = append(t.Partitions, produce.RequestPartition{Partition: c.partition,
			RecordSet: protocol.RecordSet{Attributes: attrs, Records: &outputRecords{outs: g.outs, idx: c.idx, now: g.now}}})
	}
	res, err := g.rt.RoundTrip(ctx, g.addr, req)
	if err != nil {
		var ne net.Error
		if ctx.Err() != nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
			// The request may still be queued on a connection, holding the
			// outputs' bytes: see Unsettled. kafka-go reports a deadline
			// that fell during the write or the read as a net timeout (a
			// hair before the context's own timer fires), and does not say
			// which: any attempt cut short by time counts.
			g.p.unsettled.Add(1)
		}
		for _, c := range chunks {
			for _, i := range c.idx {
				g.errs[i] = err
			}
		}
		return
	}
	type tp struct {
		topic string
		part  int32
	}
	answers := map[tp]error{}
	for _, t := range res.(*produce.Response).Topics {
		for _, pa := range t.Partitions {
			var e error
			if pa.ErrorCode != 0 {
				// The code only: the broker's message may quote the record.
				e = kafka.Error(pa.ErrorCode)
			}
			answers[tp{t.Topic, pa.Partition}] = e
		}
	}
	for _, c := range chunks {
		e, ok := answers[tp{c.topic, c.partition}]
		if !ok {
			e = errNoAnswer
		}
		for _, i := range c.idx {
			g.errs[i] = e
		}
	}
}

// triage decides what becomes of each record of todo after an attempt and
// returns the ones to retry; false means the write failed (res.fatal).
func (g *clusterWrite) triage(ctx context.Context) ([]int, bool) {
	var f failures
	unknown := map[string][]int{}
	var last error
	for _, i := range g.todo {
		e := g.errs[i]
		switch f.add(ctx, i, e, g.permanent) {
		case classOK:
			continue
		case classUnknownTopic:
			t := g.outs[i].Topic
			unknown[t] = append(unknown[t], i)
		}
		if last == nil || errors.Is(last, errNotSent) {
			last = e // the cause, rather than errNotSent, when there is one
		}
	}
	if last != nil && !(errors.Is(last, context.DeadlineExceeded) && g.lastErr != nil) {
		// An attempt cut short by the retry budget's deadline says
		// nothing new: the broker's last answer stays the cause.
		g.lastErr = last
	}
	if f.fatal != nil {
		g.fail(f.fatal)
		return nil, false
	}
	next := f.next
	if len(f.tooLarge) > 0 {
		// The broker rejects a whole partition batch when it exceeds the
		// topic's max.message.bytes: send each record alone so that only a
		// record too large on its own is reported.
		retry, ok := g.isolate(ctx, f.tooLarge)
		if !ok {
			return nil, false
		}
		next = append(next, retry...)
		sort.Ints(next)
	}
	return g.settleUnknown(next, unknown), true
}

// settleUnknown is groupWrite.settleUnknown per topic.
func (g *clusterWrite) settleUnknown(next []int, unknown map[string][]int) []int {
	for t, since := range g.unknownSince {
		if _, ok := unknown[t]; !ok && !since.IsZero() {
			delete(g.unknownSince, t)
		}
	}
	for t, ids := range unknown {
		since, ok := g.unknownSince[t]
		switch {
		case !ok:
			g.unknownSince[t] = time.Now()
		case time.Since(since) >= g.p.cfg.UnknownTopicWait:
			g.p.markMissing(topicKey{g.name, t}, true)
			g.permanent(ids, record.ReasonUnknownTopic, fmt.Errorf("topic %s does not exist and auto-creation is off (%w)", t, kafka.UnknownTopicOrPartition))
			next = without(next, ids)
			delete(g.unknownSince, t)
		}
	}
	return next
}

// isolate sends each record alone; it returns the ones to retry, false if
// the write failed.
func (g *clusterWrite) isolate(ctx context.Context, ids []int) ([]int, bool) {
	if len(ids) == 1 {
		g.permanent(ids, record.ReasonTooLarge, kafka.MessageSizeTooLarge)
		return nil, true
	}
	var retry []int
	for _, i := range ids {
		g.attempt(ctx, []int{i})
		e := g.errs[i]
		c, reason := classify(ctx, e)
		switch c {
		case classOK:
		case classPermanent:
			g.permanent([]int{i}, reason, e)
		case classFatal:
			g.todo = []int{i}
			g.fail(e)
			return nil, false
		default:
			retry = append(retry, i)
		}
	}
	return retry, true
}

// wait is groupWrite.wait for the cluster's records.
func (g *clusterWrite) wait(ctx context.Context, attempt int) bool {
	p := g.p
	delay, err := p.retryDelay(ctx, attempt, g.deadline, g.lastErr)
	if err != nil {
		g.fail(err)
		return false
	}
	topics := g.topics()
	p.log.Warn("retrying write",
		zap.String("cluster", g.name), zap.String("topic", topics),
		zap.Int("messages", len(g.todo)), zap.Int("attempt", attempt+1),
		zap.Duration("backoff", delay), zap.Error(g.lastErr))
	if p.cfg.OnRetry != nil {
		p.cfg.OnRetry(g.name, topics, len(g.todo), g.lastErr)
	}
	if err := sleep(ctx, delay, g.lastErr); err != nil {
		g.fail(err)
		return false
	}
	return true
}

// topics names the topics of todo, sorted, comma-separated.
func (g *clusterWrite) topics() string {
	var ts []string
	for _, i := range g.todo {
		if t := g.outs[i].Topic; !slices.Contains(ts, t) {
			ts = append(ts, t)
		}
	}
	sort.Strings(ts)
	return strings.Join(ts, ",")
}

func (g *clusterWrite) permanent(ids []int, reason record.Reason, err error) {
	for _, i := range ids {
		g.res.recErrs = append(g.res.recErrs, record.WriteError{Index: i, Cluster: g.name, Topic: g.outs[i].Topic, Reason: reason, Err: err})
	}
}

// fail ends the write: the records of todo may not be acknowledged.
func (g *clusterWrite) fail(err error) {
	g.res.fatal = &FatalError{Cluster: g.name, Topic: g.topics(), Unacked: len(g.todo), Err: err}
}

// outputRecords reads outputs as protocol records, reusing one record and
// two byte readers (kafka-go's writerRecords does the same).
type outputRecords struct {
	outs       []record.Output
	idx        []int
	now        time.Time
	next       int
	rec        protocol.Record
	key, value bytesReader
}

func (r *outputRecords) ReadRecord() (*protocol.Record, error) {
	if r.next >= len(r.idx) {
		return nil, io.EOF
	}
	o := &r.outs[r.idx[r.next]]
	r.next++
	r.rec = protocol.Record{Time: r.now, Headers: cluster.KafkaHeaders(o.Headers)}
	if o.Key != nil {
		r.key.Reset(o.Key)
		r.rec.Key = &r.key
	}
	if o.Value != nil {
		r.value.Reset(o.Value)
		r.rec.Value = &r.value
	}
	return &r.rec, nil
}

type bytesReader struct{ bytes.Reader }

func (*bytesReader) Close() error { return nil }
