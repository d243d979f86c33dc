package pipeline

import (
	"context"
	"time"

	"go.uber.org/zap"
)

// The committer makes acknowledged work durable in the group as soon as the
// watermark moves, because whatever is acknowledged but not committed is
// written again by whoever processes the partition after a crash: the time
// from acknowledgement to commit is what a SIGKILL turns into duplicates.
//
//   - Event-driven: the writer pokes the committer after every acknowledged
//     batch (no ticker, no waiting for the next batch).
//   - At most one commit request in flight: the committer is one goroutine
//     and CommitOffsets is synchronous, so commits never race each other
//     and the group's offset never moves backwards through us.
//   - Coalescing: the poke channel holds one token, so any number of acks
//     during a slow commit yield exactly one follow-up commit, which reads
//     the watermarks afresh and so covers all of them (the watermark is
//     cumulative).
//   - Retried: a failed commit (a coordinator moving, a rebalance) is tried
//     again after a short backoff even if no further batch is acknowledged,
//     so a quiet partition does not keep its acknowledged tail uncommitted
//     until the next record or the drain.
//
// Safety stays in Tracker.Committable: only the low watermark (every
// output of the offset and of all earlier ones acknowledged), only
// partitions fetched in the current epoch, never below the epoch's base
// nor the last commit. After a fail-stop nothing more is committed.

// pokeCommitter asks for a commit without blocking; a token already waiting
// covers this request too.
func pokeCommitter(req chan<- struct{}) {
	select {
	case req <- struct{}{}:
	default:
	}
}

// commitRetryBase and commitRetryMax bound the backoff between retries of
// a failed commit (base x failures in a row, at most max).
const (
	commitRetryBase = 100 * time.Millisecond
	commitRetryMax  = 2 * time.Second
)

// commitLoop commits once per token, and again after a failure, until req
// is closed. The final commit on drain is Run's, after this loop returned.
func (p *Pipeline) commitLoop(req <-chan struct{}) {
	var retry <-chan time.Time
	failures := 0
	for {
		select {
		case _, ok := <-req:
			if !ok {
				return
			}
		case <-retry:
		}
		retry = nil
		if err := p.commit(false); err != nil {
			failures++
			retry = time.After(min(time.Duration(failures)*commitRetryBase, commitRetryMax))
			continue
		}
		failures = 0
	}
}

// commit commits every committable watermark on a fresh context (never the
// run's context: a cancelled context would make the commit fail).
func (p *Pipeline) commit(final bool) error {
	if p.failure() != nil {
		return nil
	}
	var ackedSince int64
	if p.m != nil {
		// Before reading the watermarks: every batch acknowledged until now
		// is covered by this commit.
		ackedSince = p.m.takeAcked()
	}
	epoch := p.cfg.Source.Epoch()
	offs := p.tracker.Committable(epoch)
	if len(offs) == 0 {
		// Acknowledged work that cannot be committed now (fetched in an
		// older epoch) is not counted as waiting.
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), p.cfg.CommitTimeout)
	defer cancel()
	start := time.Now()
	var err error
	if ec, ok := p.cfg.Source.(EpochCommitter); ok {
		err = ec.CommitOffsetsEpoch(ctx, epoch, offs)
	} else {
		err = p.cfg.Source.CommitOffsets(ctx, offs)
	}
	done := time.Now()
	if p.m != nil {
		p.m.CommitLatency.Observe(done.Sub(start).Seconds())
	}
	if err != nil {
		if p.m != nil {
			p.m.CommitFailures.Inc()
			p.m.restoreAcked(ackedSince)
		}
		if !final {
			p.log.Warn("commit failed; the next commit covers it", zap.Int("partitions", len(offs)), zap.Error(err))
		}
		return err
	}
	p.tracker.MarkCommitted(offs)
	if p.m != nil {
		p.m.Commits.Inc()
		if ackedSince != 0 {
			p.m.AckToCommit.Observe(max(0, done.Sub(time.Unix(0, ackedSince)).Seconds()))
		}
	}
	if final {
		p.log.Info("final commit", zap.Int("partitions", len(offs)), zap.Int64("epoch", epoch))
	}
	return nil
}
