package cluster

import (
	"context"
	"fmt"

	"github.com/segmentio/kafka-go"
)

// EndOffsets returns the log-end offset (high watermark) of every partition
// of topic, in one attempt. A topic created a moment ago may still be
// electing its partition leaders (LEADER_NOT_AVAILABLE,
// NOT_LEADER_FOR_PARTITION): callers that create topics retry.
func EndOffsets(ctx context.Context, cfg Config, topic string) (map[int]int64, error) {
	client, err := cfg.Client()
	if err != nil {
		return nil, err
	}
	defer client.Transport.(*kafka.Transport).CloseIdleConnections()
	md, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return nil, fmt.Errorf("cluster: metadata from %s: %w", client.Addr, err)
	}
	if len(md.Topics) != 1 {
		return nil, fmt.Errorf("cluster: metadata for topic %s: %d topics in the answer", topic, len(md.Topics))
	}
	if err := md.Topics[0].Error; err != nil {
		return nil, fmt.Errorf("cluster: metadata for topic %s: %w", topic, err)
	}
	var reqs []kafka.OffsetRequest
	for _, p := range md.Topics[0].Partitions {
		if p.Error != nil {
			return nil, fmt.Errorf("cluster: partition %s/%d: %w", topic, p.ID, p.Error)
		}
		reqs = append(reqs, kafka.LastOffsetOf(p.ID))
	}
	lo, err := client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		return nil, fmt.Errorf("cluster: list offsets of %s: %w", topic, err)
	}
	out := make(map[int]int64, len(reqs))
	for _, po := range lo.Topics[topic] {
		if po.Error != nil {
			return nil, fmt.Errorf("cluster: list offsets of %s/%d: %w", topic, po.Partition, po.Error)
		}
		out[po.Partition] = po.LastOffset
	}
	return out, nil
}
