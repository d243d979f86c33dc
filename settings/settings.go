package settings

import (
	"fmt"
	"os"
	"strings"

	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/pipeline"
)

// Config is configs/classifier.yaml with the environment applied.
type Config struct {
	Kafka   cluster.Config          `yaml:"kafka"`
	Input   InputConfig             `yaml:"input"`
	Regions map[string]RegionConfig `yaml:"regions"`
	// CountryRegions maps a rule pack's code to the region storing its
	// subjects, over the pack's own; DefaultRegion takes packs whose
	// region has no topic. Adding a country never needs a new topic.
	CountryRegions map[string]string         `yaml:"country_regions"`
	DefaultRegion  string                    `yaml:"default_region"`
	Topics         TopicsConfig              `yaml:"topics"`
	Clusters       map[string]cluster.Config `yaml:"clusters"`
	CreateTopics   CreateTopicsConfig        `yaml:"create_topics"`
	Pseudonym      PseudonymConfig           `yaml:"pseudonym"`
	Admin          AdminConfig               `yaml:"admin"`
	Limits         LimitsConfig              `yaml:"limits"`
	Pipeline       PipelineConfig            `yaml:"pipeline"`

	File string `yaml:"-"` // the name problems carry

	pos map[string]Pos // where each key's value came from (file or environment)
}

// InputConfig is the consumed topic and group.
type InputConfig struct {
	Topic string `yaml:"topic"`
	Group string `yaml:"group"`
	// Consumer: generation ("" too) reads each partition per group
	// generation and drops what a generation fetched but did not hand over
	// when it ends; reader is kafka-go's group Reader (the fallback).
	Consumer string `yaml:"consumer"`
}

// RegionConfig is one data-center region.
type RegionConfig struct {
	Topic   string `yaml:"topic"`
	Cluster string `yaml:"cluster"`
}

// TopicsConfig names the audit and quarantine topics.
type TopicsConfig struct {
	Audit string `yaml:"audit"`
	// AuditFormat is compact (the default: per-event records naming
	// templates on AuditTemplates) or full (the whole decision per event).
	AuditFormat string `yaml:"audit_format"`
	// AuditTemplates is the compacted topic of the audit templates;
	// default "<audit>.templates".
	AuditTemplates    string `yaml:"audit_templates"`
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

// AdminConfig is the ops HTTP listener.
type AdminConfig struct {
	Addr string `yaml:"addr"`
	// MaxRequestBytes bounds a POST /v1/classify body; a larger one is
	// refused with 413. 0 = DefaultMaxRequestBytes.
	MaxRequestBytes int `yaml:"max_request_bytes"`
	// Auth protects /v1/classify and /ui (metrics and probes stay open).
	Auth AdminAuthConfig `yaml:"auth"`
	// TLS serves the listener over HTTPS, and with client_ca_file asks
	// for client certificates (mTLS).
	TLS AdminTLSConfig `yaml:"tls"`
}

// AdminAuthConfig names where the bearer token is; never the token itself.
type AdminAuthConfig struct {
	TokenEnv  string `yaml:"token_env"`
	TokenFile string `yaml:"token_file"`
}

// AdminTLSConfig is the ops listener's certificate and, for mTLS, the CA
// that signs the clients allowed on the protected routes.
type AdminTLSConfig struct {
	CertFile     string `yaml:"cert_file"`
	KeyFile      string `yaml:"key_file"`
	ClientCAFile string `yaml:"client_ca_file"`
}

// DefaultMaxRequestBytes is admin.max_request_bytes when unset: four
// times the largest event the built-in limits let through.
const DefaultMaxRequestBytes = 1 << 20

// MaxRequestBytes is the admin request body limit in force.
func (c *Config) MaxRequestBytes() int64 {
	if c.Admin.MaxRequestBytes > 0 {
		return int64(c.Admin.MaxRequestBytes)
	}
	return DefaultMaxRequestBytes
}

// minTokenBytes keeps guessable tokens out.
const minTokenBytes = 16

// AdminToken reads the bearer token from $token_env or, when that is
// empty, token_file; "" when no token is configured. A token that is
// configured but missing or short is an error: protection asked for and
// not in force must stop the service (fail closed).
func (c *Config) AdminToken(getenv func(string) string) (string, error) {
	a := c.Admin.Auth
	if a.TokenEnv == "" && a.TokenFile == "" {
		return "", nil
	}
	var tok, from string
	if a.TokenEnv != "" {
		tok, from = strings.TrimSpace(getenv(a.TokenEnv)), "$"+a.TokenEnv
	}
	if tok == "" && a.TokenFile != "" {
		b, err := os.ReadFile(a.TokenFile)
		if err != nil {
			return "", fmt.Errorf("read admin token file: %w", err)
		}
		tok, from = strings.TrimSpace(string(b)), a.TokenFile
	}
	if tok == "" {
		return "", fmt.Errorf("admin.auth: no token (set $%s or token_file)", a.TokenEnv)
	}
	if len(tok) < minTokenBytes {
		return "", fmt.Errorf("admin.auth: the token in %s is shorter than %d bytes", from, minTokenBytes)
	}
	return tok, nil
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
	// ProduceRequests: per_broker ("" too) sends one produce request per
	// leader broker per write; per_partition leaves batching to kafka-go's
	// Writer, one request per partition batch (the fallback).
	ProduceRequests string `yaml:"produce_requests"`
}

// DefaultKeyEnv holds the pseudonymization key unless pseudonym.key_env
// names another variable.
const DefaultKeyEnv = "CLASSIFIER_PSEUDONYM_KEY"

// KeyEnv is the variable the pseudonymization key is read from.
func (c *Config) KeyEnv() string {
	if c.Pseudonym.KeyEnv != "" {
		return c.Pseudonym.KeyEnv
	}
	return DefaultKeyEnv
}

// Key reads the pseudonymization key from the environment or the key
// file. A missing key is not an error here: the classifier then sends
// routes that need it to quarantine, and the caller says so.
func (c *Config) Key(getenv func(string) string) ([]byte, error) {
	env := c.KeyEnv()
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
		Regions:        regions,
		CountryRegions: c.CountryRegions,
		DefaultRegion:  c.DefaultRegion,
		Topics:         classifier.Topics{Audit: c.Topics.Audit, Quarantine: c.Topics.Quarantine, AuditTemplates: c.AuditTemplatesTopic()},
		Key:            key,
		KeyID:          keyID,
		Limits: event.Limits{MaxBytes: c.Limits.MaxEventBytes, MaxDepth: c.Limits.MaxDepth,
			MaxString: c.Limits.MaxStringBytes, MaxNodes: c.Limits.MaxFields},
	}
}

// Connections are the input cluster (under "") and every named cluster,
// with SASL passwords read from their variables or files.
func (c *Config) Connections(getenv func(string) string) (map[string]cluster.Config, error) {
	input, err := Connection(c.Kafka, getenv)
	if err != nil {
		return nil, fmt.Errorf("kafka: %w", err)
	}
	out := map[string]cluster.Config{"": input}
	for _, name := range sortedKeys(c.Clusters) {
		cc, err := Connection(c.Clusters[name], getenv)
		if err != nil {
			return nil, fmt.Errorf("clusters.%s: %w", name, err)
		}
		out[name] = cc
	}
	return out, nil
}

// Connection is cc with its SASL password read from $password_env or,
// when that is empty, password_file. cc itself is not changed.
func Connection(cc cluster.Config, getenv func(string) string) (cluster.Config, error) {
	if cc.SASL == nil {
		return cc, nil
	}
	s := *cc.SASL
	if s.PasswordEnv != "" {
		s.Password = getenv(s.PasswordEnv)
	}
	if s.Password == "" && s.PasswordFile != "" {
		b, err := os.ReadFile(s.PasswordFile)
		if err != nil {
			return cc, fmt.Errorf("read SASL password file: %w", err)
		}
		s.Password = strings.TrimSpace(string(b))
	}
	if s.Password == "" {
		return cc, fmt.Errorf("SASL user %s: no password (set $%s or password_file)", s.Username, s.PasswordEnv)
	}
	cc.SASL = &s
	return cc, nil
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

// Audit formats (topics.audit_format).
const (
	AuditCompact = "compact"
	AuditFull    = "full"
)

// AuditTemplatesTopic is the topic of the audit templates, or "" when the
// audit format is full and there are none.
func (c *Config) AuditTemplatesTopic() string {
	if c.Topics.AuditFormat == AuditFull {
		return ""
	}
	if c.Topics.AuditTemplates != "" {
		return c.Topics.AuditTemplates
	}
	return c.Topics.Audit + ".templates"
}
