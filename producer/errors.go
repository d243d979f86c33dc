package producer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"

	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/record"
)

// FatalError means some outputs may not have been acknowledged: the retry
// budget was spent, the context ended, or the error cannot be retried
// (authorization, closed writer). The caller must not commit the inputs of
// this write and should stop.
type FatalError struct {
	Cluster string
	Topic   string
	Unacked int // outputs of this group not acknowledged
	Err     error
}

func (e *FatalError) Error() string {
	return fmt.Sprintf("producer: %d outputs to %s (cluster %q) not acknowledged: %v", e.Unacked, e.Topic, e.Cluster, e.Err)
}

func (e *FatalError) Unwrap() error { return e.Err }

// ErrBudgetExhausted wraps the last error when the retry budget is spent.
var ErrBudgetExhausted = errors.New("retry budget exhausted")

type class int

const (
	classOK           class = iota
	classRetriable          // retry with backoff within the budget
	classUnknownTopic       // retriable for a while (metadata propagation), then permanent
	classPermanent          // this record can never be written: quarantine
	classFatal              // stop now: retrying cannot help and quarantining would be wrong
)

// classify decides what to do with an error of one attempt. parent is the
// caller's context (its end is fatal); an attempt's own deadline is
// retriable. Unknown errors are retriable: the budget bounds them, and a
// record is never quarantined on a guess.
func classify(parent context.Context, err error) (class, record.Reason) {
	if err == nil {
		return classOK, ""
	}
	if parent.Err() != nil {
		return classFatal, ""
	}
	if errors.Is(err, io.ErrClosedPipe) {
		return classFatal, "" // the writer was closed
	}
	var mtl kafka.MessageTooLargeError
	if errors.As(err, &mtl) {
		return classPermanent, record.ReasonTooLarge
	}
	var ke kafka.Error
	if errors.As(err, &ke) {
		switch ke {
		case kafka.MessageSizeTooLarge, kafka.RecordListTooLarge:
			return classPermanent, record.ReasonTooLarge
		case kafka.InvalidTopic:
			return classPermanent, record.ReasonInvalidTopic
		case kafka.InvalidRecord, kafka.InvalidTimestamp:
			return classPermanent, record.ReasonInvalidRecord
		case kafka.UnknownTopicOrPartition, kafka.UnknownTopicID:
			return classUnknownTopic, record.ReasonUnknownTopic
		case kafka.TopicAuthorizationFailed, kafka.ClusterAuthorizationFailed,
			kafka.SASLAuthenticationFailed, kafka.IllegalSASLState, kafka.UnsupportedSASLMechanism,
			kafka.InvalidRequiredAcks, kafka.TransactionalIDAuthorizationFailed:
			return classFatal, ""
		default:
			// Temporary() ones (NotLeaderForPartition, LeaderNotAvailable,
			// RequestTimedOut, NotEnoughReplicas, ...) and anything else:
			// retry within the budget.
			return classRetriable, ""
		}
	}
	// io.EOF (not retried by kafka-go's Writer, #1352), io.ErrUnexpectedEOF,
	// net errors, connection refused/reset, the attempt's deadline: retry.
	var ne net.Error
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.As(err, &ne), errors.Is(err, syscall.ECONNREFUSED),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return classRetriable, ""
	}
	return classRetriable, ""
}

// Retriable reports whether err (from kafka-go's Writer) is worth retrying.
func Retriable(err error) bool {
	c, _ := classify(context.Background(), err)
	return c == classRetriable || c == classUnknownTopic
}
