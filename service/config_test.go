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
		{"producer batch bytes under the largest record", func(c *service.Config) { c.Pipeline.ProducerBatchBytes = 256 << 10 }, "it also caps one record"},
		{"producer batch bytes under a large event", func(c *service.Config) {
			c.Limits.MaxEventBytes, c.Pipeline.ProducerBatchBytes = 2<<20, 1<<20
		}, "it also caps one record"},
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

// kafka-go's queue of fetched messages holds one batch.
func TestConsumerQueueCapacity(t *testing.T) {
	for _, tc := range []struct {
		batch, want int
	}{
		{1000, 1000}, // the shipped default
		{250, 250},
		{5000, 1000}, // capped
		{4, 16},      // a floor
		{0, 1000},    // unset: the pipeline's default batch
	} {
		cfg, err := service.LoadConfig("classifier.yaml", configs.ServiceConfig())
		if err != nil {
			t.Fatal(err)
		}
		cfg.Pipeline.BatchSize = tc.batch
		if got := cfg.ConsumerQueueCapacity(); got != tc.want {
			t.Errorf("batch_size %d: queue %d, want %d", tc.batch, got, tc.want)
		}
	}
}
