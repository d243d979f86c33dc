package cluster

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"
	"go.uber.org/zap/zapcore"
)

// SASL mechanisms accepted in SASLConfig.Mechanism.
const (
	MechanismPlain        = "PLAIN"
	MechanismSCRAMSHA256  = "SCRAM-SHA-256"
	MechanismSCRAMSHA512  = "SCRAM-SHA-512"
	redacted              = "[REDACTED]"
	defaultDialTimeout    = 10 * time.Second
	defaultRequestTimeout = 10 * time.Second
)

// Config says how to reach one Kafka cluster.
//
// Config values are safe to print and log: the SASL password is redacted by
// String, GoString, MarshalJSON and the zap ObjectMarshaler. Errors returned by
// this package never contain the password.
type Config struct {
	// Brokers are the bootstrap addresses, host:port.
	Brokers []string `yaml:"brokers"`
	// ClientID is sent to the brokers; empty means "signup-classifier".
	ClientID string `yaml:"client_id"`
	// TLS enables TLS when non-nil.
	TLS *TLSConfig `yaml:"tls"`
	// SASL enables SASL authentication when non-nil.
	SASL *SASLConfig `yaml:"sasl"`
	// DialTimeout bounds connection set-up (TCP, TLS, SASL); 0 means 10s.
	DialTimeout time.Duration `yaml:"-"`
}

// TLSConfig names PEM files; an empty CAFile means the system roots.
type TLSConfig struct {
	CAFile             string `yaml:"ca_file"`
	CertFile           string `yaml:"cert_file"`
	KeyFile            string `yaml:"key_file"`
	ServerName         string `yaml:"server_name"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
}

// SASLConfig holds SASL credentials. A config file names where the
// password is (PasswordEnv, PasswordFile), never the password: the caller
// reads it into Password, which is never written to YAML, logs or errors.
type SASLConfig struct {
	Mechanism    string `yaml:"mechanism"` // PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512
	Username     string `yaml:"username"`
	PasswordEnv  string `yaml:"password_env"`
	PasswordFile string `yaml:"password_file"`
	Password     string `yaml:"-"`
}

// String redacts the password.
func (s SASLConfig) String() string {
	pw := ""
	if s.Password != "" {
		pw = redacted
	}
	return fmt.Sprintf("{Mechanism:%s Username:%s Password:%s}", s.Mechanism, s.Username, pw)
}

// GoString redacts the password (for %#v).
func (s SASLConfig) GoString() string { return "cluster.SASLConfig" + s.String() }

// MarshalJSON redacts the password.
func (s SASLConfig) MarshalJSON() ([]byte, error) {
	pw := ""
	if s.Password != "" {
		pw = redacted
	}
	return fmt.Appendf(nil, `{"mechanism":%s,"username":%s,"password":%s}`,
		strconv.Quote(s.Mechanism), strconv.Quote(s.Username), strconv.Quote(pw)), nil
}

// MarshalLogObject lets zap log the config without the password.
func (s SASLConfig) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("mechanism", s.Mechanism)
	enc.AddString("username", s.Username)
	enc.AddBool("password_set", s.Password != "")
	return nil
}

// MarshalLogObject lets zap log the config without the password.
func (c Config) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("brokers", strings.Join(c.Brokers, ","))
	enc.AddBool("tls", c.TLS != nil)
	if c.SASL != nil {
		if err := enc.AddObject("sasl", *c.SASL); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks the config without touching the network.
func (c Config) Validate() error {
	if len(c.Brokers) == 0 {
		return errors.New("cluster: no brokers configured")
	}
	for _, b := range c.Brokers {
		host, port, err := net.SplitHostPort(b)
		if err != nil {
			return fmt.Errorf("cluster: broker address %q: want host:port", b)
		}
		if host == "" {
			return fmt.Errorf("cluster: broker address %q: empty host", b)
		}
		if p, err := strconv.Atoi(port); err != nil || p <= 0 || p > 65535 {
			return fmt.Errorf("cluster: broker address %q: bad port", b)
		}
	}
	if t := c.TLS; t != nil {
		if (t.CertFile == "") != (t.KeyFile == "") {
			return errors.New("cluster: TLS: CertFile and KeyFile must be set together")
		}
	}
	if s := c.SASL; s != nil {
		switch s.Mechanism {
		case MechanismPlain, MechanismSCRAMSHA256, MechanismSCRAMSHA512:
		default:
			return fmt.Errorf("cluster: SASL mechanism %q: want %s, %s or %s",
				s.Mechanism, MechanismPlain, MechanismSCRAMSHA256, MechanismSCRAMSHA512)
		}
		if s.Username == "" {
			return errors.New("cluster: SASL username is empty")
		}
		if s.Password == "" {
			return errors.New("cluster: SASL password is empty")
		}
	}
	return nil
}

func (c Config) clientID() string {
	if c.ClientID != "" {
		return c.ClientID
	}
	return "signup-classifier"
}

func (c Config) dialTimeout() time.Duration {
	if c.DialTimeout > 0 {
		return c.DialTimeout
	}
	return defaultDialTimeout
}

// TLSConfig builds the *tls.Config, or nil when TLS is off.
func (c Config) TLSConfig() (*tls.Config, error) {
	t := c.TLS
	if t == nil {
		return nil, nil
	}
	cfg := &tls.Config{
		MinVersion:         tls.VersionTLS12,
		ServerName:         t.ServerName,
		InsecureSkipVerify: t.InsecureSkipVerify, //nolint:gosec // explicit operator choice
	}
	if t.CAFile != "" {
		pem, err := os.ReadFile(t.CAFile)
		if err != nil {
			return nil, fmt.Errorf("cluster: TLS CA file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("cluster: TLS CA file %s: no PEM certificates found", t.CAFile)
		}
		cfg.RootCAs = pool
	}
	if t.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(t.CertFile, t.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("cluster: TLS client certificate %s / key %s: %w", t.CertFile, t.KeyFile, err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

// Mechanism builds the SASL mechanism, or nil when SASL is off.
func (c Config) Mechanism() (sasl.Mechanism, error) {
	s := c.SASL
	if s == nil {
		return nil, nil
	}
	switch s.Mechanism {
	case MechanismPlain:
		return plain.Mechanism{Username: s.Username, Password: s.Password}, nil
	case MechanismSCRAMSHA256, MechanismSCRAMSHA512:
		algo := scram.SHA256
		if s.Mechanism == MechanismSCRAMSHA512 {
			algo = scram.SHA512
		}
		m, err := scram.Mechanism(algo, s.Username, s.Password)
		if err != nil {
			// scram errors name the failing step (e.g. SASLprep), never the secret.
			return nil, fmt.Errorf("cluster: SASL %s for user %q: %w", s.Mechanism, s.Username, err)
		}
		return m, nil
	default:
		return nil, fmt.Errorf("cluster: SASL mechanism %q is not supported", s.Mechanism)
	}
}

func (c Config) security() (*tls.Config, sasl.Mechanism, error) {
	if err := c.Validate(); err != nil {
		return nil, nil, err
	}
	tc, err := c.TLSConfig()
	if err != nil {
		return nil, nil, err
	}
	m, err := c.Mechanism()
	if err != nil {
		return nil, nil, err
	}
	return tc, m, nil
}

// Dialer returns a kafka-go Dialer (used by the group Reader) with TLS and
// SASL applied.
func (c Config) Dialer() (*kafka.Dialer, error) {
	tc, m, err := c.security()
	if err != nil {
		return nil, err
	}
	return &kafka.Dialer{
		ClientID:      c.clientID(),
		Timeout:       c.dialTimeout(),
		DualStack:     true,
		KeepAlive:     30 * time.Second,
		TLS:           tc,
		SASLMechanism: m,
	}, nil
}

// Transport returns a kafka-go Transport (used by Writers and Clients) with
// TLS and SASL applied. Each call returns a new Transport with its own
// connection pool and metadata cache.
func (c Config) Transport() (*kafka.Transport, error) {
	tc, m, err := c.security()
	if err != nil {
		return nil, err
	}
	return &kafka.Transport{
		ClientID:    c.clientID(),
		DialTimeout: c.dialTimeout(),
		IdleTimeout: 60 * time.Second,
		MetadataTTL: 5 * time.Second,
		TLS:         tc,
		SASL:        m,
	}, nil
}

// Client returns a kafka-go Client for admin operations (metadata, topic
// creation, offsets). Call CloseIdleConnections on its Transport when done.
func (c Config) Client() (*kafka.Client, error) {
	t, err := c.Transport()
	if err != nil {
		return nil, err
	}
	return &kafka.Client{
		Addr:      kafka.TCP(c.Brokers...),
		Transport: t,
		Timeout:   defaultRequestTimeout,
	}, nil
}

// Addr returns the bootstrap address set as a net.Addr for kafka-go.
func (c Config) Addr() net.Addr { return kafka.TCP(c.Brokers...) }
