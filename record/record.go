package record

import (
	"errors"
	"time"
)

// Header is one record header. Its layout is kafka-go's kafka.Header, field
// for field, so that the consumer and the producer can hand header slices
// to and from kafka-go without copying them (each checks the layout in a
// test); this package itself must not import kafka-go.
type Header struct {
	Key   string
	Value []byte
}

// Header names: the contract between the classifier, which sets them, the
// pipeline, which reads and adds some, and downstream consumers.
const (
	HeaderEventID       = "event-id"
	HeaderSource        = "source" // input topic/partition/offset
	HeaderRuleset       = "ruleset"
	HeaderProjection    = "projection"
	HeaderJurisdictions = "jurisdictions"
	HeaderKeyID         = "key-id" // pseudonymization key of a pseudonymized record
	HeaderError         = "error"  // "<reason>: <detail>" of a quarantined or failed event
	HeaderStage         = "stage"  // where an event failed: parse, classify, route or produce
	// HeaderFailedTopic is the topic a quarantine record's output could not
	// be written to.
	HeaderFailedTopic = "failed-topic"
	// HeaderValueDropped marks a quarantine record written without the raw
	// input, because the record with it could not be written either.
	HeaderValueDropped = "quarantine-value-dropped"
)

// ProjectionQuarantine is the projection header's value on every
// quarantine record, including one that replaces an output the writer
// could not write.
const ProjectionQuarantine = "quarantine"

// HeaderValue returns the value of the first header named key, or nil.
func HeaderValue(hs []Header, key string) []byte {
	for i := range hs {
		if hs[i].Key == key {
			return hs[i].Value
		}
	}
	return nil
}

// TopicPartition names one partition.
type TopicPartition struct {
	Topic     string
	Partition int
}

// Input is one consumed record. Key, Value and Headers alias the fetched
// message: whoever handles an Input must not modify them.
type Input struct {
	Topic     string
	Partition int
	Offset    int64
	Key       []byte
	Value     []byte
	Time      time.Time
	Headers   []Header
}

// Size is the number of bytes of an input held while it is in flight (key,
// value and headers), the figure used for in-flight accounting.
func (in *Input) Size() int64 {
	n := len(in.Key) + len(in.Value)
	for i := range in.Headers {
		n += len(in.Headers[i].Key) + len(in.Headers[i].Value)
	}
	return int64(n)
}

// Output is one record to produce. Cluster "" means the default (input)
// cluster.
type Output struct {
	Cluster string
	Topic   string
	Key     []byte
	Value   []byte
	Headers []Header
}

// Size is the number of bytes an Output carries (topic, key, value,
// headers), the figure used for in-flight accounting.
func (o *Output) Size() int {
	n := len(o.Key) + len(o.Value) + len(o.Topic)
	for i := range o.Headers {
		n += len(o.Headers[i].Key) + len(o.Headers[i].Value)
	}
	return n
}

// ErrClosed is returned by a fetch once the consumer is closed. (Its text
// names the consumer, the only source that returns it.)
var ErrClosed = errors.New("consumer: closed")
