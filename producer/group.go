package producer

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/record"
)

// groupWrite is the state of writing one (cluster, topic) group of a Write.
// Write runs the groups in parallel, one goroutine each, so nothing in it is
// shared.
type groupWrite struct {
	p        *Producer
	k        topicKey
	w        *kafka.Writer
	outs     []record.Output
	now      time.Time // the messages' timestamp, the same on every attempt
	deadline time.Time // end of the Write's retry budget

	todo         []int           // indexes into outs not acknowledged yet
	msgs         []kafka.Message // from p.msgPool, refilled from todo per attempt
	unknownSince time.Time       // start of the current run of unknown-topic errors
	lastErr      error
	res          groupResult
}

// writeGroup writes one group, retrying the messages that failed with a
// retriable error, and only those, until every message is acknowledged,
// reported permanent (res.recErrs) or the group fails (res.fatal).
func (p *Producer) writeGroup(ctx context.Context, k topicKey, idx []int, outs []record.Output, now, deadline time.Time) groupResult {
	g := &groupWrite{p: p, k: k, outs: outs, now: now, deadline: deadline, todo: idx}
	if p.topicMissing(k) {
		g.permanent(idx, record.ReasonUnknownTopic, fmt.Errorf("topic %s does not exist (found missing less than %s ago; auto-creation is off) (%w)", k.topic, p.cfg.MissingTopicTTL, kafka.UnknownTopicOrPartition))
		return g.res
	}
	g.w = p.writers[k.cluster]
	mp := p.msgPool.Get().(*[]kafka.Message)
	g.msgs = (*mp)[:0]
	defer func() {
		// kafka-go copies the messages it queues: the slice is ours again
		// (cleared, so that it holds no output alive).
		clear(g.msgs[:cap(g.msgs)])
		*mp = g.msgs[:0]
		p.msgPool.Put(mp)
	}()
	for attempt := 0; ; attempt++ {
		err := g.attempt(ctx)
		if err == nil {
			return g.res
		}
		if re := representative(err); !(errors.Is(re, context.DeadlineExceeded) && g.lastErr != nil) {
			g.lastErr = re // a deadline cut keeps the broker's last answer as the cause
		}
		next, ok := g.triage(ctx, err)
		if !ok || len(next) == 0 {
			return g.res
		}
		g.todo = next
		if !g.wait(ctx, attempt) {
			return g.res
		}
	}
}

// attempt sends the messages of todo once. The messages are rebuilt each
// time because todo shrinks to the ones that failed.
func (g *groupWrite) attempt(ctx context.Context) error {
	g.msgs = g.msgs[:0]
	for _, i := range g.todo {
		o := &g.outs[i]
		g.msgs = append(g.msgs, kafka.Message{Topic: o.Topic, Key: o.Key, Value: o.Value, Headers: cluster.KafkaHeaders(o.Headers), Time: g.now})
	}
	actx, cancel := context.WithDeadline(ctx, minTime(time.Now().Add(g.p.cfg.AttemptTimeout), g.deadline))
	err := g.p.writeMessages(actx, g.w, g.msgs...)
	cancel()
	return err
}

// triage decides what becomes of each message of a failed attempt and
// returns the ones to retry; false means the group failed (res.fatal).
func (g *groupWrite) triage(ctx context.Context, err error) ([]int, bool) {
	next, unknown, tooLarge, fatalErr := g.classifyFailures(ctx, err)
	if fatalErr != nil {
		g.fail(fatalErr)
		return nil, false
	}
	if len(tooLarge) > 0 {
		// The broker rejects a whole partition batch when it exceeds the
		// topic's max.message.bytes: isolate each message so that only a
		// message too large on its own is reported.
		retry, fatal := g.isolate(ctx, tooLarge)
		if fatal != nil {
			g.res.fatal = fatal
			return nil, false
		}
		next = append(next, retry...)
		sort.Ints(next)
	}
	return g.settleUnknown(next, unknown), true
}

// classifyFailures sorts the messages of todo by their error: next to retry
// (unknown-topic ones included, and listed in unknown too), tooLarge to
// isolate, other permanent ones recorded at once; fatalErr is the first
// error that must end the group.
func (g *groupWrite) classifyFailures(ctx context.Context, err error) (next, unknown, tooLarge []int, fatalErr error) {
	var f failures
	handle := func(i int, e error) {
		if f.add(ctx, i, e, g.permanent) == classUnknownTopic {
			unknown = append(unknown, i)
		}
	}
	// kafka-go reports one error per message when batches failed
	// differently; otherwise one error stands for all of them.
	var werrs kafka.WriteErrors
	if errors.As(err, &werrs) && len(werrs) == len(g.todo) {
		for j, e := range werrs {
			handle(g.todo[j], e)
		}
	} else {
		for _, i := range g.todo {
			handle(i, err)
		}
	}
	return f.next, unknown, f.tooLarge, f.fatal
}

// settleUnknown retries UNKNOWN_TOPIC_OR_PARTITION while the metadata may
// still be propagating (a topic just created); once it has lasted
// UnknownTopicWait, the unknown messages are reported permanent, dropped
// from next, and the topic is remembered as missing so that the next Writes
// fail at once instead of waiting again.
func (g *groupWrite) settleUnknown(next, unknown []int) []int {
	switch {
	case len(unknown) == 0:
		g.unknownSince = time.Time{}
	case g.unknownSince.IsZero():
		g.unknownSince = time.Now()
	case time.Since(g.unknownSince) >= g.p.cfg.UnknownTopicWait:
		g.p.markMissing(g.k, true)
		g.permanent(unknown, record.ReasonUnknownTopic, fmt.Errorf("topic %s does not exist and auto-creation is off (%w)", g.k.topic, kafka.UnknownTopicOrPartition))
		next = without(next, unknown)
		g.unknownSince = time.Time{}
	}
	return next
}

// wait backs off before the next attempt; false means the group failed
// instead (res.fatal): the context ended, or the backoff would end after
// the retry budget.
func (g *groupWrite) wait(ctx context.Context, attempt int) bool {
	p := g.p
	delay, err := p.retryDelay(ctx, attempt, g.deadline, g.lastErr)
	if err != nil {
		g.fail(err)
		return false
	}
	p.log.Warn("retrying write",
		zap.String("cluster", g.k.cluster), zap.String("topic", g.k.topic),
		zap.Int("messages", len(g.todo)), zap.Int("attempt", attempt+1),
		zap.Duration("backoff", delay), zap.Error(g.lastErr))
	if p.cfg.OnRetry != nil {
		p.cfg.OnRetry(g.k.cluster, g.k.topic, len(g.todo), g.lastErr)
	}
	if err := sleep(ctx, delay, g.lastErr); err != nil {
		g.fail(err)
		return false
	}
	return true
}

// isolate writes each message alone; it returns the ones to retry.
func (g *groupWrite) isolate(ctx context.Context, ids []int) ([]int, *FatalError) {
	if len(ids) == 1 {
		g.permanent(ids, record.ReasonTooLarge, kafka.MessageSizeTooLarge)
		return nil, nil
	}
	var retry []int
	for _, i := range ids {
		o := &g.outs[i]
		actx, cancel := context.WithDeadline(ctx, minTime(time.Now().Add(g.p.cfg.AttemptTimeout), g.deadline))
		err := g.p.writeMessages(actx, g.w, kafka.Message{Topic: o.Topic, Key: o.Key, Value: o.Value, Headers: cluster.KafkaHeaders(o.Headers), Time: g.now})
		cancel()
		c, reason := classify(ctx, unwrapSingle(err))
		switch c {
		case classOK:
		case classPermanent:
			g.permanent([]int{i}, reason, unwrapSingle(err))
		case classFatal:
			return nil, &FatalError{Cluster: g.k.cluster, Topic: g.k.topic, Unacked: 1, Err: err}
		default:
			retry = append(retry, i)
		}
	}
	return retry, nil
}

// permanent reports outputs that no retry can write (record.WriteErrors).
func (g *groupWrite) permanent(ids []int, reason record.Reason, err error) {
	for _, i := range ids {
		g.res.recErrs = append(g.res.recErrs, record.WriteError{Index: i, Cluster: g.k.cluster, Topic: g.k.topic, Reason: reason, Err: err})
	}
}

// fail ends the group: the messages of todo may not be acknowledged.
func (g *groupWrite) fail(err error) {
	g.res.fatal = &FatalError{Cluster: g.k.cluster, Topic: g.k.topic, Unacked: len(g.todo), Err: err}
}
