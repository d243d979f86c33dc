package service

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/settings"
)

// topicSpecs lists every topic the service reads or writes on the input
// cluster, with the configured partitions.
func topicSpecs(c *settings.Config) []cluster.TopicSpec {
	parts, rf := c.CreateTopics.Partitions, c.CreateTopics.ReplicationFactor
	if parts <= 0 {
		parts = 6
	}
	if rf <= 0 {
		rf = 1
	}
	var out []cluster.TopicSpec
	seen := map[string]bool{}
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, cluster.TopicSpec{Name: t, Partitions: parts, ReplicationFactor: rf})
		}
	}
	add(c.Input.Topic)
	for _, name := range sortedKeys(c.Regions) {
		if c.Regions[name].Cluster == "" {
			add(c.Regions[name].Topic)
		}
	}
	add(c.Topics.Audit)
	if t := c.AuditTemplatesTopic(); t != "" {
		// Templates are looked up by id for as long as any audit record
		// names them: compacted (the latest per id), never deleted by age.
		out = append(out, cluster.TopicSpec{Name: t, Partitions: parts, ReplicationFactor: rf,
			Configs: map[string]string{"cleanup.policy": "compact"}})
	}
	if c.Topics.QuarantineCluster == "" {
		add(c.Topics.Quarantine)
	}
	return out
}

// TopicClusters maps each output topic to the named cluster it is written
// to ("" for the input cluster), as the service's router sends it.
func TopicClusters(c *settings.Config) map[string]string {
	m := map[string]string{}
	for _, r := range c.Regions {
		m[r.Topic] = r.Cluster
	}
	m[c.Topics.Quarantine] = c.Topics.QuarantineCluster
	m[c.Topics.Audit] = ""
	if t := c.AuditTemplatesTopic(); t != "" {
		m[t] = ""
	}
	return m
}

// ensureTopics checks (or creates) every topic on every cluster at start:
// a typo in a region topic is a start-up error, not a lost record.
func ensureTopics(ctx context.Context, c *settings.Config, clusters map[string]cluster.Config, create bool) error {
	byCluster := map[string][]cluster.TopicSpec{"": topicSpecs(c)}
	parts, rf := max(c.CreateTopics.Partitions, 1), max(c.CreateTopics.ReplicationFactor, 1)
	for _, r := range c.Regions {
		if r.Cluster != "" {
			byCluster[r.Cluster] = append(byCluster[r.Cluster], cluster.TopicSpec{Name: r.Topic, Partitions: parts, ReplicationFactor: rf})
		}
	}
	if q := c.Topics.QuarantineCluster; q != "" {
		byCluster[q] = append(byCluster[q], cluster.TopicSpec{Name: c.Topics.Quarantine, Partitions: parts, ReplicationFactor: rf})
	}
	for _, name := range sortedKeys(byCluster) {
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := cluster.EnsureTopics(cctx, clusters[name], byCluster[name], create)
		cancel()
		if err != nil {
			label := "input cluster"
			if name != "" {
				label = "cluster " + name
			}
			var missing *cluster.MissingTopicsError
			if errors.As(err, &missing) {
				return configErr("%s: %v (start with --create-topics to create them)", label, err)
			}
			return fmt.Errorf("%s: %w", label, err)
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
