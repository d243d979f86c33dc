package producer

import (
	"context"
	"net"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol/metadata"
	"github.com/segmentio/kafka-go/protocol/produce"
)

type countingTransport struct {
	calls int
	code  int16
}

func (t *countingTransport) RoundTrip(_ context.Context, _ net.Addr, req kafka.Request) (kafka.Response, error) {
	t.calls++
	if mr, ok := req.(*metadata.Request); ok {
		res := &metadata.Response{}
		for _, n := range mr.TopicNames {
			res.Topics = append(res.Topics, metadata.ResponseTopic{Name: n, ErrorCode: t.code,
				Partitions: make([]metadata.ResponsePartition, 6)})
		}
		return res, nil
	}
	return &produce.Response{}, nil
}

func TestPartitionCountCache(t *testing.T) {
	inner := &countingTransport{}
	c := &partitionCountCache{RoundTripper: inner, ttl: 50 * time.Millisecond}
	ctx := context.Background()
	ask := func(topics ...string) *metadata.Response {
		t.Helper()
		res, err := c.RoundTrip(ctx, nil, &metadata.Request{TopicNames: topics})
		if err != nil {
			t.Fatal(err)
		}
		return res.(*metadata.Response)
	}
	if r := ask("a"); len(r.Topics) != 1 || len(r.Topics[0].Partitions) != 6 {
		t.Fatalf("answer %+v", r)
	}
	ask("a")
	ask("a")
	if inner.calls != 1 {
		t.Fatalf("%d transport calls for three questions within the TTL, want 1", inner.calls)
	}
	ask("b")
	ask("a", "b") // several topics: not cached
	if inner.calls != 3 {
		t.Fatalf("%d transport calls, want 3", inner.calls)
	}
	if _, err := c.RoundTrip(ctx, nil, &produce.Request{}); err != nil || inner.calls != 4 {
		t.Fatalf("a produce request did not pass through (calls %d, err %v)", inner.calls, err)
	}
	time.Sleep(60 * time.Millisecond)
	ask("a")
	if inner.calls != 5 {
		t.Fatalf("%d transport calls, want 5: the TTL expired", inner.calls)
	}
	// Errors (an unknown topic) are never cached.
	inner.code = int16(kafka.UnknownTopicOrPartition)
	ask("missing")
	ask("missing")
	if inner.calls != 7 {
		t.Fatalf("%d transport calls, want 7: error answers must not be cached", inner.calls)
	}
}
