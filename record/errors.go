package record

import (
	"fmt"
	"strings"
)

// Reason classifies why one output cannot be written, whatever the retries.
// The values are fixed (they become metric labels and the code of a
// quarantine record's error header).
type Reason string

const (
	ReasonTooLarge       Reason = "produce_too_large"
	ReasonUnknownTopic   Reason = "produce_unknown_topic"
	ReasonInvalidTopic   Reason = "produce_invalid_topic"
	ReasonInvalidRecord  Reason = "produce_invalid_record"
	ReasonUnknownCluster Reason = "produce_unknown_cluster"
)

// WriteError is one output that was not written for a reason retrying does
// not fix. Index is the output's position in the slice given to the write.
type WriteError struct {
	Index   int
	Cluster string
	Topic   string
	Reason  Reason
	Err     error
}

func (e WriteError) Error() string {
	return fmt.Sprintf("output %d to %s (cluster %q): %s: %v", e.Index, e.Topic, e.Cluster, e.Reason, e.Err)
}

func (e WriteError) Unwrap() error { return e.Err }

// WriteErrors is what a write returns when every output was acknowledged
// except these: the caller must quarantine them (or fail-stop). It is never
// returned together with unacknowledged retriable work. (Its text names the
// producer, the only writer that returns it.)
type WriteErrors []WriteError

func (e WriteErrors) Error() string {
	type group struct {
		topic, cluster string
		reason         Reason
	}
	var order []group
	count := map[group]int{}
	first := map[group]error{}
	for _, r := range e {
		g := group{r.Topic, r.Cluster, r.Reason}
		if count[g] == 0 {
			order = append(order, g)
			first[g] = r.Err
		}
		count[g]++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "producer: %d outputs cannot be written", len(e))
	for _, g := range order {
		fmt.Fprintf(&b, "; %d to topic %s", count[g], g.topic)
		if g.cluster != "" {
			fmt.Fprintf(&b, " (cluster %q)", g.cluster)
		}
		fmt.Fprintf(&b, ": %s: %v", g.reason, first[g])
	}
	return b.String()
}
