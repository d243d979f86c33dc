package cluster_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/consumer"
	"github.com/residency-labs/signup-classifier/embedded"
	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
	"github.com/residency-labs/signup-classifier/record"
)

const secret = "s3cr3t-PASSWORD-canary"

func TestValidate(t *testing.T) {
	ok := cluster.Config{Brokers: []string{"127.0.0.1:9092", "kafka-1.internal:9093"}}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		name string
		cfg  cluster.Config
		want string
	}{
		{"no brokers", cluster.Config{}, "no brokers"},
		{"no port", cluster.Config{Brokers: []string{"localhost"}}, "host:port"},
		{"bad port", cluster.Config{Brokers: []string{"localhost:99999"}}, "bad port"},
		{"cert without key", cluster.Config{Brokers: []string{"a:1"}, TLS: &cluster.TLSConfig{CertFile: "c.pem"}}, "together"},
		{"mechanism", cluster.Config{Brokers: []string{"a:1"}, SASL: &cluster.SASLConfig{Mechanism: "GSSAPI", Username: "u", Password: secret}}, "GSSAPI"},
		{"no user", cluster.Config{Brokers: []string{"a:1"}, SASL: &cluster.SASLConfig{Mechanism: "PLAIN", Password: secret}}, "username"},
		{"no password", cluster.Config{Brokers: []string{"a:1"}, SASL: &cluster.SASLConfig{Mechanism: "PLAIN", Username: "u"}}, "password is empty"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate() = %v, want %q", err, tc.want)
			}
			if strings.Contains(err.Error(), secret) {
				t.Fatal("error contains the password")
			}
			if _, err := tc.cfg.Transport(); err == nil {
				t.Fatal("Transport() accepted an invalid config")
			}
		})
	}
}

func TestPasswordNeverPrinted(t *testing.T) {
	cfg := cluster.Config{Brokers: []string{"a:1"}, SASL: &cluster.SASLConfig{Mechanism: "SCRAM-SHA-512", Username: "svc", Password: secret}}
	js, _ := json.Marshal(cfg)
	core, logs := observer.New(zapcore.DebugLevel)
	zap.New(core).Info("cfg", zap.Any("cluster", cfg), zap.Object("obj", cfg), zap.Any("sasl", cfg.SASL))
	var logged strings.Builder
	for _, e := range logs.All() {
		enc := zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig())
		buf, _ := enc.EncodeEntry(e.Entry, e.Context)
		logged.Write(buf.Bytes())
	}
	for _, s := range []string{fmt.Sprint(cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", cfg), fmt.Sprintf("%v", *cfg.SASL),
		fmt.Sprintf("%+v", cfg.SASL), fmt.Sprintf("%#v", *cfg.SASL), string(js), logged.String()} {
		if strings.Contains(s, secret) {
			t.Fatalf("password printed: %s", s)
		}
	}
	if !strings.Contains(logged.String(), "svc") {
		t.Fatalf("zap output lacks the username: %s", logged.String())
	}
}

// writeCA creates a self-signed certificate for 127.0.0.1 and returns the
// server TLS config and the CA file path.
func writeCA(t *testing.T) (*tls.Config, string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "kfake-test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:              []string{"localhost"},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	kb, _ := x509.MarshalECPrivateKey(key)
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb})
	pair, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(path, certPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	return &tls.Config{Certificates: []tls.Certificate{pair}, MinVersion: tls.VersionTLS12}, path
}

// TestTLSAndSASL runs EnsureTopics, a write and a group read over TLS with
// each SASL mechanism against the embedded broker, and checks that a wrong
// password fails without the password in the error.
func TestTLSAndSASL(t *testing.T) {
	serverTLS, caFile := writeCA(t)
	for _, mech := range []string{cluster.MechanismPlain, cluster.MechanismSCRAMSHA256, cluster.MechanismSCRAMSHA512} {
		t.Run(mech, func(t *testing.T) {
			b, err := embedded.Start(context.Background(), zap.NewNop(), nil, embedded.Options{Extra: []kfake.Opt{
				kfake.TLS(serverTLS), kfake.EnableSASL(), kfake.Superuser(mech, "svc", secret)}})
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			cfg := cluster.Config{Brokers: []string{b.Addr()}, TLS: &cluster.TLSConfig{CAFile: caFile},
				SASL: &cluster.SASLConfig{Mechanism: mech, Username: "svc", Password: secret}}
			roundTrip(t, cfg)

			wrong := cfg
			wrong.SASL = &cluster.SASLConfig{Mechanism: mech, Username: "svc", Password: "wrong-" + secret}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			err = cluster.EnsureTopics(ctx, wrong, []cluster.TopicSpec{{Name: "x"}}, false)
			if err == nil {
				t.Fatal("wrong password accepted")
			}
			if strings.Contains(err.Error(), secret) {
				t.Fatalf("error contains the password: %v", err)
			}
			noTLS := cfg
			noTLS.TLS = &cluster.TLSConfig{} // system roots: the self-signed cert is not trusted
			if err := cluster.EnsureTopics(ctx, noTLS, []cluster.TopicSpec{{Name: "x"}}, false); err == nil {
				t.Fatal("untrusted certificate accepted")
			}
		})
	}
}

// TestSASLRealBroker uses scripts/kafka-local's SASL_SSL listener when its
// variables are set (KAFKA_SASL_SSL_BROKERS, KAFKA_SASL_CA_FILE,
// KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD).
func TestSASLRealBroker(t *testing.T) {
	addr := os.Getenv("KAFKA_SASL_SSL_BROKERS")
	if addr == "" {
		t.Skip("KAFKA_SASL_SSL_BROKERS not set")
	}
	for _, mech := range []string{cluster.MechanismSCRAMSHA256, cluster.MechanismSCRAMSHA512} {
		t.Run(mech, func(t *testing.T) {
			roundTrip(t, cluster.Config{Brokers: strings.Split(addr, ","), TLS: &cluster.TLSConfig{CAFile: os.Getenv("KAFKA_SASL_CA_FILE")},
				SASL: &cluster.SASLConfig{Mechanism: mech, Username: os.Getenv("KAFKA_SASL_USERNAME"), Password: os.Getenv("KAFKA_SASL_PASSWORD")}})
		})
	}
}

func roundTrip(t *testing.T, cfg cluster.Config) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	topic := kafkatest.Name("secure")
	if err := cluster.EnsureTopics(ctx, cfg, []cluster.TopicSpec{{Name: topic, Partitions: 2, ReplicationFactor: 1}}, true); err != nil {
		t.Fatalf("EnsureTopics: %v", err)
	}
	tr, err := cfg.Transport()
	if err != nil {
		t.Fatal(err)
	}
	w := &kafka.Writer{Addr: cfg.Addr(), Transport: tr, RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond}
	if err := w.WriteMessages(ctx, kafka.Message{Topic: topic, Value: []byte("hello")}); err != nil {
		t.Fatalf("write: %v", err)
	}
	_ = w.Close()
	c, err := consumer.New(consumer.Config{Cluster: cfg, GroupID: kafkatest.Name("g"), Topics: []string{topic}, SessionTimeout: 6 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	msgs, err := c.FetchBatch(ctx, 10, time.Millisecond)
	if err != nil || len(msgs) != 1 || !bytes.Equal(msgs[0].Value, []byte("hello")) {
		t.Fatalf("fetch: %v %v", msgs, err)
	}
	if err := c.Commit(ctx, msgs...); err != nil {
		t.Fatalf("commit: %v", err)
	}
	// The generation-aware consumer dials the coordinator and each
	// partition's leader with the same Dialer.
	g, err := consumer.NewGenerational(consumer.Config{Cluster: cfg, GroupID: kafkatest.Name("g"), Topics: []string{topic}, SessionTimeout: 6 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	msgs, epoch, err := g.FetchBatchEpoch(ctx, 10, 0, time.Millisecond)
	if err != nil || len(msgs) != 1 || !bytes.Equal(msgs[0].Value, []byte("hello")) {
		t.Fatalf("generational fetch: %v %v", msgs, err)
	}
	tp := record.TopicPartition{Topic: msgs[0].Topic, Partition: msgs[0].Partition}
	if err := g.CommitOffsetsEpoch(ctx, epoch, map[record.TopicPartition]int64{tp: msgs[0].Offset + 1}); err != nil {
		t.Fatalf("generational commit: %v", err)
	}
}

func TestEnsureTopics(t *testing.T) {
	env := kafkatest.Start(t)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	a, b := kafkatest.Name("ens-a"), kafkatest.Name("ens-b")
	specs := []cluster.TopicSpec{{Name: a, Partitions: 3, ReplicationFactor: 1}, {Name: b, Partitions: 1, ReplicationFactor: 1}}
	err := cluster.EnsureTopics(ctx, env.Cluster, specs, false)
	var missing *cluster.MissingTopicsError
	if !errors.As(err, &missing) || len(missing.Topics) != 2 || !strings.Contains(err.Error(), a) || !strings.Contains(err.Error(), b) {
		t.Fatalf("check without create = %v", err)
	}
	if err := cluster.EnsureTopics(ctx, env.Cluster, specs[:1], true); err != nil {
		t.Fatal(err)
	}
	err = cluster.EnsureTopics(ctx, env.Cluster, specs, false)
	if !errors.As(err, &missing) || len(missing.Topics) != 1 || missing.Topics[0] != b {
		t.Fatalf("after creating %s: %v", a, err)
	}
	if err := cluster.EnsureTopics(ctx, env.Cluster, specs, true); err != nil {
		t.Fatal(err)
	}
	parts, err := cluster.TopicPartitions(ctx, env.Cluster, []string{a, b})
	if err != nil || parts[a] != 3 || parts[b] != 1 {
		t.Fatalf("partitions %v %v", parts, err)
	}
}

func TestEndOffsets(t *testing.T) {
	env := kafkatest.Start(t)
	topic := env.Topic("ends", 3)
	env.Produce(kafka.Message{Topic: topic, Partition: 0, Key: []byte("a"), Value: []byte("1")},
		kafka.Message{Topic: topic, Key: []byte("b"), Value: []byte("2")},
		kafka.Message{Topic: topic, Key: []byte("c"), Value: []byte("3")})
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	ends, err := cluster.EndOffsets(ctx, env.Cluster, topic)
	if err != nil {
		t.Fatal(err)
	}
	var sum int64
	for _, v := range ends {
		sum += v
	}
	if len(ends) != 3 || sum != 3 {
		t.Fatalf("end offsets = %v, want 3 partitions holding 3 records", ends)
	}
	if _, err := cluster.EndOffsets(ctx, env.Cluster, kafkatest.Name("absent")); !errors.Is(err, kafka.UnknownTopicOrPartition) {
		t.Fatalf("absent topic: %v, want UnknownTopicOrPartition", err)
	}
}
