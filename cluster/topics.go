package cluster

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
)

// TopicSpec describes a topic the service reads or writes.
type TopicSpec struct {
	Name       string
	Partitions int // used only when creating; <= 0 means the broker default
	// ReplicationFactor is used only when creating; <= 0 means the broker
	// default. Production: 3 (with min.insync.replicas=2 on the topic).
	ReplicationFactor int
	// Configs are topic configs applied only when creating (e.g.
	// "min.insync.replicas": "2").
	Configs map[string]string
}

// MissingTopicsError is returned by EnsureTopics when topics do not exist and
// creation was not requested (or failed).
type MissingTopicsError struct {
	Topics []string
}

func (e *MissingTopicsError) Error() string {
	return "cluster: missing topics: " + strings.Join(e.Topics, ", ") +
		" (create them, or enable topic creation)"
}

// TopicPartitions returns the partition count of each topic that exists; a
// topic that does not exist is absent from the map.
func TopicPartitions(ctx context.Context, cfg Config, topics []string) (map[string]int, error) {
	client, err := cfg.Client()
	if err != nil {
		return nil, err
	}
	defer client.Transport.(*kafka.Transport).CloseIdleConnections()
	return topicPartitions(ctx, client, topics)
}

func topicPartitions(ctx context.Context, client *kafka.Client, topics []string) (map[string]int, error) {
	resp, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: topics})
	if err != nil {
		return nil, fmt.Errorf("cluster: metadata from %s: %w", client.Addr, err)
	}
	out := make(map[string]int, len(topics))
	for _, t := range resp.Topics {
		if t.Error != nil {
			if errors.Is(t.Error, kafka.UnknownTopicOrPartition) {
				continue
			}
			return nil, fmt.Errorf("cluster: metadata for topic %s: %w", t.Name, t.Error)
		}
		out[t.Name] = len(t.Partitions)
	}
	return out, nil
}

// EnsureTopics checks that every topic exists (by metadata). When create is
// true, missing topics are created and the call waits until the brokers report
// them; otherwise it returns a *MissingTopicsError naming the missing topics.
// Metadata requests never ask the broker to auto-create topics.
func EnsureTopics(ctx context.Context, cfg Config, topics []TopicSpec, create bool) error {
	if len(topics) == 0 {
		return nil
	}
	names := make([]string, 0, len(topics))
	for _, t := range topics {
		if t.Name == "" {
			return errors.New("cluster: EnsureTopics: empty topic name")
		}
		names = append(names, t.Name)
	}
	have, err := TopicPartitions(ctx, cfg, names)
	if err != nil {
		return err
	}
	var missing []TopicSpec
	for _, t := range topics {
		if _, ok := have[t.Name]; !ok {
			missing = append(missing, t)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if !create {
		return &MissingTopicsError{Topics: specNames(missing)}
	}

	client, err := cfg.Client()
	if err != nil {
		return err
	}
	defer client.Transport.(*kafka.Transport).CloseIdleConnections()
	req := &kafka.CreateTopicsRequest{}
	for _, t := range missing {
		tc := kafka.TopicConfig{Topic: t.Name, NumPartitions: t.Partitions, ReplicationFactor: t.ReplicationFactor}
		if tc.NumPartitions <= 0 {
			tc.NumPartitions = -1
		}
		if tc.ReplicationFactor <= 0 {
			tc.ReplicationFactor = -1
		}
		keys := make([]string, 0, len(t.Configs))
		for k := range t.Configs {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			tc.ConfigEntries = append(tc.ConfigEntries, kafka.ConfigEntry{ConfigName: k, ConfigValue: t.Configs[k]})
		}
		req.Topics = append(req.Topics, tc)
	}
	resp, err := client.CreateTopics(ctx, req)
	if err != nil {
		return fmt.Errorf("cluster: create topics %s: %w", strings.Join(specNames(missing), ", "), err)
	}
	var errs []error
	for name, terr := range resp.Errors {
		if terr != nil && !errors.Is(terr, kafka.TopicAlreadyExists) {
			errs = append(errs, fmt.Errorf("cluster: create topic %s: %w", name, terr))
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}

	// Wait until the metadata shows every topic. A fresh client per probe
	// avoids kafka-go's transport metadata cache.
	for delay := 50 * time.Millisecond; ; delay = min(delay*2, time.Second) {
		have, err := TopicPartitions(ctx, cfg, specNames(missing))
		if err == nil && len(have) == len(missing) {
			return nil
		}
		select {
		case <-ctx.Done():
			var still []string
			for _, t := range missing {
				if _, ok := have[t.Name]; !ok {
					still = append(still, t.Name)
				}
			}
			if len(still) == 0 {
				still = specNames(missing)
			}
			return fmt.Errorf("cluster: created topics not visible yet: %w", errors.Join(&MissingTopicsError{Topics: still}, ctx.Err()))
		case <-time.After(delay):
		}
	}
}

func specNames(ts []TopicSpec) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Name
	}
	return out
}
