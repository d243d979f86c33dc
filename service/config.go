package service

import (
	"errors"
	"fmt"
	"github.com/segmentio/kafka-go"
	"os"
	"sort"
	"strings"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/pipeline"
)

// Config is configs/classifier.yaml.
type Config struct {
	Kafka        ClusterConfig            `yaml:"kafka"`
	Input        InputConfig              `yaml:"input"`
	Regions      map[string]RegionConfig  `yaml:"regions"`
	Topics       TopicsConfig             `yaml:"topics"`
	Clusters     map[string]ClusterConfig `yaml:"clusters"`
	CreateTopics CreateTopicsConfig       `yaml:"create_topics"`
	Pseudonym    PseudonymConfig          `yaml:"pseudonym"`
	Admin        AdminConfig              `yaml:"admin"`
	Limits       LimitsConfig             `yaml:"limits"`
	Pipeline     PipelineConfig           `yaml:"pipeline"`

	File string `yaml:"-"`
}

// ClusterConfig is how to reach one Kafka cluster.
type ClusterConfig struct {
	Brokers  []string    `yaml:"brokers"`
	ClientID string      `yaml:"client_id"`
	TLS      *TLSConfig  `yaml:"tls"`
	SASL     *SASLConfig `yaml:"sasl"`
}

// TLSConfig names certificate files.
type TLSConfig struct {
	CAFile             string `yaml:"ca_file"`
	CertFile           string `yaml:"cert_file"`
	KeyFile            string `yaml:"key_file"`
	ServerName         string `yaml:"server_name"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
}

// SASLConfig names where the password is; it is never in the file.
type SASLConfig struct {
	Mechanism    string `yaml:"mechanism"`
	Username     string `yaml:"username"`
	PasswordEnv  string `yaml:"password_env"`
	PasswordFile string `yaml:"password_file"`
}

// InputConfig is the consumed topic and group.
type InputConfig struct {
	Topic string `yaml:"topic"`
	Group string `yaml:"group"`
}

// RegionConfig is one data-center region.
type RegionConfig struct {
	Topic   string `yaml:"topic"`
	Cluster string `yaml:"cluster"`
}

// TopicsConfig names the audit and quarantine topics.
type TopicsConfig struct {
	Audit             string `yaml:"audit"`
	Quarantine        string `yaml:"quarantine"`
	QuarantineCluster string `yaml:"quarantine_cluster"`
}

// CreateTopicsConfig is used by --create-topics.
type CreateTopicsConfig struct {
	Partitions        int `yaml:"partitions"`
	ReplicationFactor int `yaml:"replication_factor"`
}

// PseudonymConfig says where the key is; never the key itself.
type PseudonymConfig struct {
	KeyID   string `yaml:"key_id"`
	KeyEnv  string `yaml:"key_env"`
	KeyFile string `yaml:"key_file"`
}

// AdminConfig is the admin HTTP listener.
type AdminConfig struct {
	Addr string `yaml:"addr"`
}

// LimitsConfig bounds events.
type LimitsConfig struct {
	MaxEventBytes  int `yaml:"max_event_bytes"`
	MaxDepth       int `yaml:"max_depth"`
	MaxStringBytes int `yaml:"max_string_bytes"`
	MaxFields      int `yaml:"max_fields"`
}

// PipelineConfig tunes batching and memory.
type PipelineConfig struct {
	BatchSize          int `yaml:"batch_size"`
	LingerMS           int `yaml:"linger_ms"`
	MaxInFlightBytes   int `yaml:"max_in_flight_bytes"`
	MaxInFlightBatches int `yaml:"max_in_flight_batches"`
	WriteBudgetSeconds int `yaml:"write_budget_seconds"`
	// Compression of produced batches: none, gzip, snappy, lz4 or zstd.
	// Outputs are several times the input (audit records especially) and
	// compress well.
	Compression string `yaml:"compression"`
	// ProducerBatchSize and ProducerBatchBytes size kafka-go's partition
	// batches (Writer.BatchSize, Writer.BatchBytes); 0 takes the producer's
	// measured defaults (producer.DefaultBatchSize, DefaultBatchBytes).
	ProducerBatchSize  int `yaml:"producer_batch_size"`
	ProducerBatchBytes int `yaml:"producer_batch_bytes"`
}

// LoadConfig decodes and validates a service config. Problems name
// file:line:col.
func LoadConfig(file string, data []byte) (*Config, error) {
	cfg := &Config{File: file}
	ps := rules.DecodeYAML(file, data, cfg)
	if errs := ps.Errors(); len(errs) > 0 {
		return nil, errs
	}
	return cfg, nil
}

// ApplyEnv applies the per-deployment environment overrides.
func (c *Config) ApplyEnv(getenv func(string) string) {
	if v := getenv("KAFKA_BROKERS"); v != "" {
		c.Kafka.Brokers = splitList(v)
	}
	if v := getenv("CLASSIFIER_GROUP"); v != "" {
		c.Input.Group = v
	}
	if v := getenv("CLASSIFIER_INPUT_TOPIC"); v != "" {
		c.Input.Topic = v
	}
	if v := getenv("CLASSIFIER_PSEUDONYM_KEY_ID"); v != "" {
		c.Pseudonym.KeyID = v
	}
	if v := getenv("CLASSIFIER_PSEUDONYM_KEY_FILE"); v != "" {
		c.Pseudonym.KeyFile = v
	}
	if v := getenv("CLASSIFIER_ADMIN_ADDR"); v != "" {
		c.Admin.Addr = v
	}
}

func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Validate checks the config as a whole.
func (c *Config) Validate() error {
	var errs []string
	add := func(format string, args ...any) { errs = append(errs, c.File+": "+fmt.Sprintf(format, args...)) }
	if c.Input.Topic == "" {
		add("input.topic is required")
	}
	if c.Input.Group == "" {
		add("input.group is required")
	}
	if _, ok := c.Regions["global"]; !ok {
		add(`regions must include "global" (the pseudonymized analytics topic)`)
	}
	topics := map[string]string{}
	for _, name := range sortedKeys(c.Regions) {
		r := c.Regions[name]
		if r.Topic == "" {
			add("regions.%s.topic is required", name)
		}
		if r.Cluster != "" {
			if _, ok := c.Clusters[r.Cluster]; !ok {
				add("regions.%s.cluster %q is not defined under clusters", name, r.Cluster)
			}
		}
		if prev, dup := topics[r.Topic]; dup && r.Topic != "" {
			add("regions %s and %s both use topic %s", prev, name, r.Topic)
		}
		topics[r.Topic] = name
	}
	if c.Topics.Audit == "" || c.Topics.Quarantine == "" {
		add("topics.audit and topics.quarantine are required")
	}
	if q := c.Topics.QuarantineCluster; q != "" {
		if _, ok := c.Clusters[q]; !ok {
			add("topics.quarantine_cluster %q is not defined under clusters", q)
		}
	}
	for _, name := range sortedKeys(c.Clusters) {
		if len(c.Clusters[name].Brokers) == 0 {
			add("clusters.%s.brokers is required", name)
		}
	}
	switch c.Pipeline.Compression {
	case "", "none", "gzip", "snappy", "lz4", "zstd":
	default:
		add("pipeline.compression %q is not one of none, gzip, snappy, lz4, zstd", c.Pipeline.Compression)
	}
	if c.Pipeline.ProducerBatchSize < 0 || c.Pipeline.ProducerBatchBytes < 0 {
		add("pipeline.producer_batch_size and producer_batch_bytes must not be negative")
	}
	if b := c.Pipeline.ProducerBatchBytes; b > 0 && b < minProducerBatchBytes(c.Limits.MaxEventBytes) {
		add("pipeline.producer_batch_bytes %d is under %d: it also caps one record, and the service writes records as large as an event (limits.max_event_bytes) or an audit record (up to 900 KiB), plus headers", b, minProducerBatchBytes(c.Limits.MaxEventBytes))
	}
	if c.CreateTopics.Partitions < 0 || c.CreateTopics.ReplicationFactor < 0 {
		add("create_topics values must not be negative")
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "\n"))
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

// Key reads the pseudonymization key from the environment or the key
// file. A missing key is not an error here: the classifier then sends
// routes that need it to quarantine, and the caller says so.
func (c *Config) Key(getenv func(string) string) ([]byte, error) {
	env := c.Pseudonym.KeyEnv
	if env == "" {
		env = "CLASSIFIER_PSEUDONYM_KEY"
	}
	if v := getenv(env); v != "" {
		if len(v) < 16 {
			return nil, fmt.Errorf("pseudonymization key in $%s is shorter than 16 bytes", env)
		}
		return []byte(v), nil
	}
	if c.Pseudonym.KeyFile != "" {
		b, err := os.ReadFile(c.Pseudonym.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("read pseudonymization key file: %w", err)
		}
		k := []byte(strings.TrimSpace(string(b)))
		if len(k) < 16 {
			return nil, fmt.Errorf("pseudonymization key file %s holds fewer than 16 bytes", c.Pseudonym.KeyFile)
		}
		return k, nil
	}
	return nil, nil
}

// ClassifierConfig is the part of the config the classifier needs.
func (c *Config) ClassifierConfig(key []byte) classifier.Config {
	regions := map[string]string{}
	for name, r := range c.Regions {
		regions[name] = r.Topic
	}
	keyID := c.Pseudonym.KeyID
	if keyID == "" && len(key) > 0 {
		keyID = "default"
	}
	return classifier.Config{
		Regions: regions,
		Topics:  classifier.Topics{Audit: c.Topics.Audit, Quarantine: c.Topics.Quarantine},
		Key:     key,
		KeyID:   keyID,
		Limits: event.Limits{MaxBytes: c.Limits.MaxEventBytes, MaxDepth: c.Limits.MaxDepth,
			MaxString: c.Limits.MaxStringBytes, MaxNodes: c.Limits.MaxFields},
	}
}

// Cluster converts a cluster config, reading secrets from env or files.
func (cc ClusterConfig) Cluster(getenv func(string) string) (cluster.Config, error) {
	out := cluster.Config{Brokers: cc.Brokers, ClientID: cc.ClientID}
	if cc.TLS != nil {
		out.TLS = &cluster.TLSConfig{CAFile: cc.TLS.CAFile, CertFile: cc.TLS.CertFile, KeyFile: cc.TLS.KeyFile,
			ServerName: cc.TLS.ServerName, InsecureSkipVerify: cc.TLS.InsecureSkipVerify}
	}
	if cc.SASL != nil {
		pw := ""
		if cc.SASL.PasswordEnv != "" {
			pw = getenv(cc.SASL.PasswordEnv)
		}
		if pw == "" && cc.SASL.PasswordFile != "" {
			b, err := os.ReadFile(cc.SASL.PasswordFile)
			if err != nil {
				return out, fmt.Errorf("read SASL password file: %w", err)
			}
			pw = strings.TrimSpace(string(b))
		}
		if pw == "" {
			return out, fmt.Errorf("SASL user %s: no password (set $%s or password_file)", cc.SASL.Username, cc.SASL.PasswordEnv)
		}
		out.SASL = &cluster.SASLConfig{Mechanism: cc.SASL.Mechanism, Username: cc.SASL.Username, Password: pw}
	}
	return out, nil
}

// Compression maps the config's name to kafka-go's codec.
func (c *Config) Compression() kafka.Compression {
	switch c.Pipeline.Compression {
	case "gzip":
		return kafka.Gzip
	case "snappy":
		return kafka.Snappy
	case "lz4":
		return kafka.Lz4
	case "zstd":
		return kafka.Zstd
	}
	return 0
}

// ConsumerQueueCapacity sizes kafka-go's queue of fetched messages: one
// batch (batch_size, at most 1,000). A shorter queue saves memory only
// under very large events and costs throughput always: with 64 places the
// reader stopped prefetching, batches came in short and a drain of 1 KB
// events cost 15% more CPU per event. What waits there is bounded by
// batch_size x max_event_bytes (docs/performance.md, memory per replica).
func (c *Config) ConsumerQueueCapacity() int {
	n := c.Pipeline.BatchSize
	if n <= 0 {
		n = pipeline.DefaultBatchMax
	}
	return min(max(n, 16), 1000)
}

// minProducerBatchBytes is the smallest kafka-go BatchBytes that fits every
// record the service writes: a full or quarantined copy of the largest
// event, or the largest audit record, with headers and framing.
func minProducerBatchBytes(maxEvent int) int {
	if maxEvent <= 0 {
		maxEvent = event.DefaultLimits.MaxBytes
	}
	return max(maxEvent, classifier.DefaultMaxAuditBytes) + 64<<10
}
