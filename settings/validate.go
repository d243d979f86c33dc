package settings

import (
	"fmt"
	"sort"
	"strings"
)

// Validate checks the config as a whole, as Load does; callers that change
// a loaded config (the benchmark's overrides) check it again with it.
// Problems name where the offending value came from.
func (c *Config) Validate() error { return c.problems().err() }

// at is where the value at path came from: its own position, else the
// nearest enclosing key's (a missing key is reported at its parent), else
// the file.
func (c *Config) at(path string) Pos {
	for p := path; p != ""; {
		if pos, ok := c.pos[p]; ok {
			return pos
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return Pos{File: c.File}
}

func (c *Config) problems() Problems {
	var ps Problems
	add := func(path, format string, args ...any) {
		ps = append(ps, Problem{Pos: c.at(path), Path: path, Msg: fmt.Sprintf(format, args...)})
	}
	if c.Input.Topic == "" {
		add("input.topic", "input.topic is required")
	}
	if c.Input.Group == "" {
		add("input.group", "input.group is required")
	}
	switch c.Input.Consumer {
	case "", "generation", "reader":
	default:
		add("input.consumer", "input.consumer %q is not one of generation, reader", c.Input.Consumer)
	}
	c.checkRegions(add)
	c.checkCountryRegions(add)
	if c.Topics.Audit == "" {
		add("topics.audit", "topics.audit is required")
	}
	if c.Topics.Quarantine == "" {
		add("topics.quarantine", "topics.quarantine is required")
	}
	switch c.Topics.AuditFormat {
	case "", AuditCompact, AuditFull:
	default:
		add("topics.audit_format", "topics.audit_format %q is not one of compact, full", c.Topics.AuditFormat)
	}
	if t := c.AuditTemplatesTopic(); t != "" && c.Topics.Audit != "" {
		if t == c.Topics.Audit || t == c.Topics.Quarantine || t == c.Input.Topic || c.isRegionTopic(t) {
			add("topics.audit_templates", "topics.audit_templates %q is another topic of the config: the templates need a compacted topic of their own", t)
		}
	}
	if q := c.Topics.QuarantineCluster; q != "" {
		if _, ok := c.Clusters[q]; !ok {
			add("topics.quarantine_cluster", "topics.quarantine_cluster %q is not defined under clusters", q)
		}
	}
	for _, name := range sortedKeys(c.Clusters) {
		if len(c.Clusters[name].Brokers) == 0 {
			add("clusters."+name+".brokers", "clusters.%s.brokers is required", name)
		}
	}
	c.checkPipeline(add)
	c.checkAdmin(add)
	if c.CreateTopics.Partitions < 0 {
		add("create_topics.partitions", "create_topics.partitions must not be negative")
	}
	if c.CreateTopics.ReplicationFactor < 0 {
		add("create_topics.replication_factor", "create_topics.replication_factor must not be negative")
	}
	return ps
}

func (c *Config) checkRegions(add func(path, format string, args ...any)) {
	if _, ok := c.Regions["global"]; !ok {
		add("regions", `regions must include "global" (the pseudonymized analytics topic)`)
	}
	topics := map[string]string{}
	for _, name := range sortedKeys(c.Regions) {
		r, path := c.Regions[name], "regions."+name
		if r.Topic == "" {
			add(path+".topic", "regions.%s.topic is required", name)
		}
		if r.Cluster != "" {
			if _, ok := c.Clusters[r.Cluster]; !ok {
				add(path+".cluster", "regions.%s.cluster %q is not defined under clusters", name, r.Cluster)
			}
		}
		if prev, dup := topics[r.Topic]; dup && r.Topic != "" {
			add(path+".topic", "regions %s and %s both use topic %s", prev, name, r.Topic)
		}
		topics[r.Topic] = name
	}
}

func (c *Config) checkPipeline(add func(path, format string, args ...any)) {
	p := c.Pipeline
	switch p.Compression {
	case "", "none", "gzip", "snappy", "lz4", "zstd":
	default:
		add("pipeline.compression", "pipeline.compression %q is not one of none, gzip, snappy, lz4, zstd", p.Compression)
	}
	switch p.ProduceRequests {
	case "", "per_broker", "per_partition":
	default:
		add("pipeline.produce_requests", "pipeline.produce_requests %q is not one of per_broker, per_partition", p.ProduceRequests)
	}
	if p.ProducerBatchSize < 0 {
		add("pipeline.producer_batch_size", "pipeline.producer_batch_size must not be negative")
	}
	if p.ProducerBatchBytes < 0 {
		add("pipeline.producer_batch_bytes", "pipeline.producer_batch_bytes must not be negative")
	}
	if b, least := p.ProducerBatchBytes, minProducerBatchBytes(c.Limits.MaxEventBytes); b > 0 && b < least {
		add("pipeline.producer_batch_bytes", "pipeline.producer_batch_bytes %d is under %d: it also caps one record, and the service writes records as large as an event (limits.max_event_bytes) or an audit record (up to 900 KiB), plus headers", b, least)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (c *Config) checkAdmin(add func(path, format string, args ...any)) {
	a := c.Admin
	if a.MaxRequestBytes < 0 {
		add("admin.max_request_bytes", "admin.max_request_bytes must not be negative")
	}
	t := a.TLS
	if (t.CertFile == "") != (t.KeyFile == "") {
		add("admin.tls", "admin.tls needs both cert_file and key_file, or neither")
	}
	if t.ClientCAFile != "" && t.CertFile == "" {
		add("admin.tls.client_ca_file", "admin.tls.client_ca_file needs cert_file and key_file: client certificates are asked for over TLS only")
	}
}

// checkCountryRegions checks that the country -> region map and the
// default region name regions that have topics.
func (c *Config) checkCountryRegions(add func(path, format string, args ...any)) {
	for _, code := range sortedKeys(c.CountryRegions) {
		if _, ok := c.Regions[c.CountryRegions[code]]; !ok {
			add("country_regions."+code, "country_regions.%s names region %q, which is not under regions", code, c.CountryRegions[code])
		}
	}
	if c.DefaultRegion == "global" {
		add("default_region", "default_region must not be global: the default region receives full records, global only pseudonymized ones")
	} else if c.DefaultRegion != "" {
		if _, ok := c.Regions[c.DefaultRegion]; !ok {
			add("default_region", "default_region %q is not under regions", c.DefaultRegion)
		}
	}
}

func (c *Config) isRegionTopic(t string) bool {
	for _, r := range c.Regions {
		if r.Topic == t {
			return true
		}
	}
	return false
}
