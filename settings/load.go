package settings

import (
	"fmt"
	"os"
	"strings"

	"github.com/residency-labs/signup-classifier/configs"
)

// BuiltIn is the name problems in the embedded config carry.
const BuiltIn = "configs/classifier.yaml (built in)"

// Load reads the service config at path ("" = the built-in
// configs/classifier.yaml), decodes it strictly, applies the environment
// overrides read through env (nil = none) and validates the whole config.
// A config with problems returns them all as Problems; a file that cannot
// be read returns that error.
func Load(path string, env func(string) string) (*Config, error) {
	data, name := configs.ServiceConfig(), BuiltIn
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read config: %w", err)
		}
		data, name = b, path
	}
	cfg := &Config{File: name}
	pos, ps := decodeYAML(name, data, cfg)
	cfg.pos = pos
	if len(ps) == 1 && ps[0].Path == "" {
		return nil, ps // the file does not parse: nothing to validate
	}
	if env != nil {
		cfg.applyEnv(env)
	}
	// Checks of a value the decoder already refused would only repeat it.
	refused := map[string]bool{}
	for _, p := range ps {
		refused[p.Path] = true
	}
	for _, p := range cfg.problems() {
		if !refused[p.Path] {
			ps = append(ps, p)
		}
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// The per-deployment overrides: variable, key path, and how it applies.
var overrides = []struct {
	env, path string
	set       func(c *Config, v string)
}{
	{"KAFKA_BROKERS", "kafka.brokers", func(c *Config, v string) { c.Kafka.Brokers = splitList(v) }},
	{"CLASSIFIER_GROUP", "input.group", func(c *Config, v string) { c.Input.Group = v }},
	{"CLASSIFIER_INPUT_TOPIC", "input.topic", func(c *Config, v string) { c.Input.Topic = v }},
	{"CLASSIFIER_PSEUDONYM_KEY_ID", "pseudonym.key_id", func(c *Config, v string) { c.Pseudonym.KeyID = v }},
	{"CLASSIFIER_PSEUDONYM_KEY_FILE", "pseudonym.key_file", func(c *Config, v string) { c.Pseudonym.KeyFile = v }},
	{"CLASSIFIER_ADMIN_ADDR", "admin.addr", func(c *Config, v string) { c.Admin.Addr = v }},
}

// applyEnv applies the set (non-empty) override variables and records
// them as where those values came from.
func (c *Config) applyEnv(getenv func(string) string) {
	for _, o := range overrides {
		if v := getenv(o.env); v != "" {
			o.set(c, v)
			c.pos[o.path] = Pos{Env: o.env}
		}
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
