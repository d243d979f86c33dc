package service_test

import (
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/service"
)

func TestConfigPipelineValidation(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*service.Config)
		want string // "" = valid
	}{
		{"shipped", func(*service.Config) {}, ""},
		{"producer batch set", func(c *service.Config) {
			c.Pipeline.ProducerBatchSize, c.Pipeline.ProducerBatchBytes = 400, 4<<20
		}, ""},
		{"negative producer batch", func(c *service.Config) { c.Pipeline.ProducerBatchSize = -1 }, "must not be negative"},
		{"tiny producer batch bytes", func(c *service.Config) { c.Pipeline.ProducerBatchBytes = 512 }, "under 1024"},
		{"unknown compression", func(c *service.Config) { c.Pipeline.Compression = "brotli" }, `"brotli" is not one of`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := service.LoadConfig("classifier.yaml", configs.ServiceConfig())
			if err != nil {
				t.Fatal(err)
			}
			tc.edit(cfg)
			err = cfg.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("Validate: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("Validate = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestConfigProducerBatchFromYAML(t *testing.T) {
	yml := strings.Replace(string(configs.ServiceConfig()), "producer_batch_size: 0", "producer_batch_size: 250", 1)
	cfg, err := service.LoadConfig("classifier.yaml", []byte(yml))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Pipeline.ProducerBatchSize != 250 {
		t.Fatalf("producer_batch_size = %d, want 250", cfg.Pipeline.ProducerBatchSize)
	}
}

// kafka-go's queue of fetched messages is outside the pipeline's in-flight
// bound, so its length follows the configured bytes and event size.
func TestConsumerQueueCapacity(t *testing.T) {
	for _, tc := range []struct {
		inflight, event, want int
	}{
		{64 << 20, 256 << 10, 64}, // the shipped defaults: 16 MiB of the largest events
		{1 << 30, 1 << 10, 1000},  // small events, much memory: capped
		{8 << 20, 1 << 20, 16},    // large events, little memory: the floor
		{0, 0, 64},                // unset: the pipeline's and the parser's defaults
	} {
		cfg, err := service.LoadConfig("classifier.yaml", configs.ServiceConfig())
		if err != nil {
			t.Fatal(err)
		}
		cfg.Pipeline.MaxInFlightBytes, cfg.Limits.MaxEventBytes = tc.inflight, tc.event
		if got := cfg.ConsumerQueueCapacity(); got != tc.want {
			t.Errorf("in flight %d, events %d: queue %d, want %d", tc.inflight, tc.event, got, tc.want)
		}
	}
}
