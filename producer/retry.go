package producer

import (
	"context"
	"fmt"
	"time"

	"github.com/residency-labs/signup-classifier/record"
)

// failures sorts the outputs of a failed attempt by their error, as one
// group's write and one cluster's write both do.
type failures struct {
	next     []int // to retry, unknown-topic ones included
	tooLarge []int // to isolate: the broker may have rejected a whole batch
	fatal    error // the first error that must end the write
}

// add files output i, whose attempt ended with e, and returns e's class;
// a permanent failure other than too-large is reported at once.
func (f *failures) add(ctx context.Context, i int, e error, permanent func([]int, record.Reason, error)) class {
	c, reason := classify(ctx, e)
	switch c {
	case classOK:
	case classRetriable, classUnknownTopic:
		f.next = append(f.next, i)
	case classPermanent:
		if reason == record.ReasonTooLarge {
			f.tooLarge = append(f.tooLarge, i)
		} else {
			permanent([]int{i}, reason, e)
		}
	default:
		if f.fatal == nil {
			f.fatal = e
		}
	}
	return c
}

// retryDelay is the backoff before retry attempt+1, or the error that ends
// the write instead: the context ended, or the backoff would end after the
// retry budget (deadline).
func (p *Producer) retryDelay(ctx context.Context, attempt int, deadline time.Time, lastErr error) (time.Duration, error) {
	if ctx.Err() != nil {
		return 0, fmt.Errorf("%w (last write error: %v)", ctx.Err(), lastErr)
	}
	delay := backoff(attempt, p.cfg.BackoffMin, p.cfg.BackoffMax)
	if time.Now().Add(delay).After(deadline) {
		return 0, fmt.Errorf("%w after %d attempts: %w", ErrBudgetExhausted, attempt+1, lastErr)
	}
	return delay, nil
}

// sleep waits delay, or returns the error that ends the write if ctx ends
// first.
func sleep(ctx context.Context, delay time.Duration, lastErr error) error {
	t := time.NewTimer(delay)
	select {
	case <-ctx.Done():
		t.Stop()
		return fmt.Errorf("%w (last write error: %v)", ctx.Err(), lastErr)
	case <-t.C:
		return nil
	}
}
