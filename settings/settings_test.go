package settings_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// Every config in testdata/ loads to its golden problem list (empty: the
// config is good).
func TestLoadGolden(t *testing.T) {
	for _, tc := range []struct {
		file string
		env  map[string]string
	}{
		{"good.yaml", nil},
		{"unknown_keys.yaml", nil},
		{"wrong_types.yaml", nil},
		{"duplicate_keys.yaml", nil},
		{"syntax.yaml", nil},
		{"two_documents.yaml", nil},
		{"empty.yaml", nil},
		{"invalid_values.yaml", nil},
		{"audit_templates.yaml", nil},
		{"env_overrides.yaml", map[string]string{"CLASSIFIER_INPUT_TOPIC": "signups", "CLASSIFIER_GROUP": "g"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			_, err := settings.Load(filepath.Join("testdata", tc.file), envOf(tc.env))
			got := ""
			if err != nil {
				var ps settings.Problems
				if !errors.As(err, &ps) {
					t.Fatalf("Load: %v is not Problems", err)
				}
				got = err.Error() + "\n"
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(tc.file, ".yaml")+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("problems:\n%s\nwant (%s):\n%s", got, golden, want)
			}
		})
	}
}

func TestLoadBuiltIn(t *testing.T) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.File != settings.BuiltIn || cfg.Input.Topic != "signups" || cfg.Regions["global"].Topic != "signups.global" {
		t.Fatalf("built-in config: %+v", cfg)
	}
}

func TestLoadEnvOverrides(t *testing.T) {
	cfg, err := settings.Load("", envOf(map[string]string{
		"KAFKA_BROKERS":                 " a:9092, ,b:9092 ",
		"CLASSIFIER_GROUP":              "grp",
		"CLASSIFIER_INPUT_TOPIC":        "in",
		"CLASSIFIER_PSEUDONYM_KEY_ID":   "kid",
		"CLASSIFIER_PSEUDONYM_KEY_FILE": "/run/key",
		"CLASSIFIER_ADMIN_ADDR":         "0.0.0.0:1",
	}))
	if err != nil {
		t.Fatal(err)
	}
	got := []any{cfg.Kafka.Brokers, cfg.Input.Group, cfg.Input.Topic, cfg.Pseudonym.KeyID, cfg.Pseudonym.KeyFile, cfg.Admin.Addr}
	want := []any{[]string{"a:9092", "b:9092"}, "grp", "in", "kid", "/run/key", "0.0.0.0:1"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("overrides: got %v, want %v", got, want)
	}
}

func TestLoadUnreadable(t *testing.T) {
	_, err := settings.Load(filepath.Join("testdata", "no-such.yaml"), nil)
	var ps settings.Problems
	if err == nil || errors.As(err, &ps) || !strings.HasPrefix(err.Error(), "read config: ") {
		t.Fatalf("Load of a missing file = %v, want a read error", err)
	}
}

// builtInPos is "line:col" of the value after key in the shipped config, so
// the test follows edits to configs/classifier.yaml.
func builtInPos(t *testing.T, key string) string {
	t.Helper()
	for i, line := range strings.Split(string(configs.ServiceConfig()), "\n") {
		trimmed := strings.TrimLeft(line, " ")
		if strings.HasPrefix(trimmed, key) {
			col := len(line) - len(trimmed) + len(key) + 2
			return fmt.Sprintf("%d:%d", i+1, col)
		}
	}
	t.Fatalf("%s not in the shipped config", key)
	return ""
}

// Changes to a loaded config are checked again by Validate, at the
// position of the value they replaced.
func TestValidateAfterEdits(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*settings.Config)
		want string // "" = valid
	}{
		{"shipped", func(*settings.Config) {}, ""},
		{"producer batch set", func(c *settings.Config) {
			c.Pipeline.ProducerBatchSize, c.Pipeline.ProducerBatchBytes = 400, 4<<20
		}, ""},
		{"negative producer batch", func(c *settings.Config) { c.Pipeline.ProducerBatchSize = -1 },
			"(built in):" + builtInPos(t, "producer_batch_size:") + ": pipeline.producer_batch_size must not be negative"},
		{"producer batch bytes under the largest record", func(c *settings.Config) { c.Pipeline.ProducerBatchBytes = 256 << 10 },
			"it also caps one record"},
		{"producer batch bytes under a large event", func(c *settings.Config) {
			c.Limits.MaxEventBytes, c.Pipeline.ProducerBatchBytes = 2<<20, 1<<20
		}, "it also caps one record"},
		{"per-partition requests", func(c *settings.Config) { c.Pipeline.ProduceRequests = "per_partition" }, ""},
		{"unknown produce requests", func(c *settings.Config) { c.Pipeline.ProduceRequests = "per_topic" },
			"(built in):" + builtInPos(t, "produce_requests:") + `: pipeline.produce_requests "per_topic" is not one of per_broker, per_partition`},
		{"reader consumer", func(c *settings.Config) { c.Input.Consumer = "reader" }, ""},
		{"unknown consumer", func(c *settings.Config) { c.Input.Consumer = "sarama" },
			"(built in):" + builtInPos(t, "consumer:") + `: input.consumer "sarama" is not one of generation, reader`},
		{"unknown compression", func(c *settings.Config) { c.Pipeline.Compression = "brotli" }, "(built in):" + builtInPos(t, "compression:") + `: pipeline.compression "brotli" is not one of`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := settings.Load("", nil)
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

// A value the environment set is reported under the variable's name.
func TestValidateNamesTheVariable(t *testing.T) {
	cfg, err := settings.Load("", envOf(map[string]string{"CLASSIFIER_INPUT_TOPIC": "in"}))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Input.Topic = ""
	if err := cfg.Validate(); err == nil || err.Error() != "$CLASSIFIER_INPUT_TOPIC: input.topic is required" {
		t.Fatalf("Validate = %v", err)
	}
}

func TestProducerBatchFromYAML(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile("../configs/classifier.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "c.yaml")
	yml := strings.Replace(string(b), "producer_batch_size: 0", "producer_batch_size: 250", 1)
	if err := os.WriteFile(path, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := settings.Load(path, nil)
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
		cfg, err := settings.Load("", nil)
		if err != nil {
			t.Fatal(err)
		}
		cfg.Pipeline.BatchSize = tc.batch
		if got := cfg.ConsumerQueueCapacity(); got != tc.want {
			t.Errorf("batch_size %d: queue %d, want %d", tc.batch, got, tc.want)
		}
	}
}

func ExampleLoad() {
	_, err := settings.Load("testdata/env_overrides.yaml", nil)
	fmt.Println(err)
	// Output:
	// testdata/env_overrides.yaml:2:8: input.topic is required
	// testdata/env_overrides.yaml:2:8: input.group is required
	// testdata/env_overrides.yaml:6:25: pipeline.compression "brotli" is not one of none, gzip, snappy, lz4, zstd
}

func TestAdminToken(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "token")
	if err := os.WriteFile(good, []byte("file-token-0123456789abcdef\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short")
	if err := os.WriteFile(short, []byte("abc"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		auth       settings.AdminAuthConfig
		env        map[string]string
		want, fail string
	}{
		{name: "none configured", want: ""},
		{name: "from env", auth: settings.AdminAuthConfig{TokenEnv: "T"}, env: map[string]string{"T": "env-token-0123456789abcdef"}, want: "env-token-0123456789abcdef"},
		{name: "env empty: file", auth: settings.AdminAuthConfig{TokenEnv: "T", TokenFile: good}, want: "file-token-0123456789abcdef"},
		{name: "configured, missing", auth: settings.AdminAuthConfig{TokenEnv: "T"}, fail: "no token"},
		{name: "short", auth: settings.AdminAuthConfig{TokenFile: short}, fail: "shorter than 16 bytes"},
		{name: "unreadable file", auth: settings.AdminAuthConfig{TokenFile: filepath.Join(dir, "nope")}, fail: "read admin token file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := &settings.Config{Admin: settings.AdminConfig{Auth: tc.auth}}
			got, err := cfg.AdminToken(envOf(tc.env))
			if tc.fail != "" {
				if err == nil || !strings.Contains(err.Error(), tc.fail) {
					t.Fatalf("err %v, want %q", err, tc.fail)
				}
				if strings.Contains(err.Error(), "abc") {
					t.Fatalf("error quotes the token: %v", err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}
