// Package routing holds the data types shared by the stream machinery and the
// Router that the classifier implements: Input, Output and Router.
//
// It is a leaf package (it imports only kafka-go for the Header type), so the
// classifier can implement Router without importing the consumer, producer or
// pipeline packages: data flows one way, consumer -> pipeline -> Router ->
// producer. Package pipeline re-exports these types under the same names.
package routing

import (
	"time"

	"github.com/segmentio/kafka-go"
)

// Input is one consumed record, as the Router sees it. Key, Value and
// Headers alias the fetched message: the Router must not modify them.
type Input struct {
	Topic     string
	Partition int
	Offset    int64
	Key       []byte
	Value     []byte
	Time      time.Time
	Headers   []kafka.Header
}

// Output is one record to produce. Cluster "" means the default (input)
// cluster.
type Output struct {
	Cluster string
	Topic   string
	Key     []byte
	Value   []byte
	Headers []kafka.Header
}

// Router maps an input to its outputs. It is pure, safe for concurrent use,
// and never fails: what cannot be routed becomes a quarantine Output. It
// appends to dst and returns it.
type Router interface {
	Route(in *Input, dst []Output) []Output
}

// RouterFunc adapts a function to Router.
type RouterFunc func(in *Input, dst []Output) []Output

// Route calls f.
func (f RouterFunc) Route(in *Input, dst []Output) []Output { return f(in, dst) }

// Header names used by the machinery (see DESIGN.md, stream service).
const (
	HeaderEventID       = "event-id"
	HeaderSource        = "source"
	HeaderRuleset       = "ruleset"
	HeaderProjection    = "projection"
	HeaderJurisdictions = "jurisdictions"
	HeaderError         = "error"
	HeaderStage         = "stage"
)

// Header returns the value of the first header named key, or nil.
func Header(hs []kafka.Header, key string) []byte {
	for i := range hs {
		if hs[i].Key == key {
			return hs[i].Value
		}
	}
	return nil
}

// Size is the number of bytes an Output carries (key, value, headers), the
// figure used for in-flight accounting.
func (o *Output) Size() int {
	n := len(o.Key) + len(o.Value) + len(o.Topic)
	for i := range o.Headers {
		n += len(o.Headers[i].Key) + len(o.Headers[i].Value)
	}
	return n
}
