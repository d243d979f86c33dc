package embedded

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/cluster"
)

// Options tunes the embedded broker. The zero value listens on a random
// loopback port.
type Options struct {
	// Port to listen on (127.0.0.1 only); 0 picks a free port.
	Port int
	// GroupMinSessionTimeout lowers the broker's minimum consumer-group
	// session timeout (kfake's default is 6s); 0 keeps the default.
	GroupMinSessionTimeout time.Duration
	// DataDir, when set, persists the log and group offsets across restarts.
	DataDir string
	// Extra kfake options (fault injection in tests, TLS, SASL).
	Extra []kfake.Opt
}

// Broker is an in-process Kafka-protocol broker (kfake).
type Broker struct {
	c      *kfake.Cluster
	addr   string
	log    *zap.Logger
	once   sync.Once
	stopCh chan struct{}
}

// Start starts a single-node kfake cluster on 127.0.0.1 with the given topics
// created, and returns when it accepts connections. The broker stops when ctx
// is done or Close is called.
func Start(ctx context.Context, log *zap.Logger, topics []cluster.TopicSpec, opts ...Options) (*Broker, error) {
	if log == nil {
		log = zap.NewNop()
	}
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	kopts := []kfake.Opt{
		kfake.NumBrokers(1),
		kfake.WithLogger(zapLogger{log.Named("kfake")}),
		kfake.ClusterID("signup-classifier-embedded"),
	}
	if o.Port > 0 {
		kopts = append(kopts, kfake.Ports(o.Port))
	}
	if o.GroupMinSessionTimeout > 0 {
		kopts = append(kopts, kfake.GroupMinSessionTimeout(o.GroupMinSessionTimeout))
	}
	if o.DataDir != "" {
		kopts = append(kopts, kfake.DataDir(o.DataDir))
	}
	kopts = append(kopts, o.Extra...)
	c, err := kfake.NewCluster(kopts...)
	if err != nil {
		return nil, fmt.Errorf("embedded: start kfake: %w", err)
	}
	addrs := c.ListenAddrs()
	if len(addrs) == 0 {
		c.Close()
		return nil, errors.New("embedded: kfake reports no listen address")
	}
	b := &Broker{c: c, addr: addrs[0], log: log, stopCh: make(chan struct{})}
	for _, t := range topics {
		if err := b.CreateTopic(t); err != nil {
			b.Close()
			return nil, err
		}
	}
	// Wait until the listener accepts (it is started in a goroutine).
	deadline := time.Now().Add(5 * time.Second)
	for {
		conn, err := net.DialTimeout("tcp", b.addr, time.Second)
		if err == nil {
			_ = conn.Close()
			break
		}
		if time.Now().After(deadline) {
			b.Close()
			return nil, fmt.Errorf("embedded: broker at %s not accepting: %w", b.addr, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if ctx != nil && ctx.Done() != nil {
		go func() {
			select {
			case <-ctx.Done():
				b.Close()
			case <-b.stopCh:
			}
		}()
	}
	log.Info("embedded Kafka-protocol broker (kfake) started: data is in memory only unless a data dir is set",
		zap.String("addr", b.addr), zap.Int("topics", len(topics)))
	return b, nil
}

// CreateTopic creates a topic; an existing topic is left as it is.
func (b *Broker) CreateTopic(t cluster.TopicSpec) error {
	if b.c.TopicInfo(t.Name) != nil {
		return nil
	}
	parts := t.Partitions
	if parts <= 0 {
		parts = 1
	}
	var cfg map[string]string
	if len(t.Configs) > 0 {
		cfg = make(map[string]string, len(t.Configs))
		for k, v := range t.Configs {
			cfg[k] = v
		}
	}
	if err := b.c.CreateTopic(t.Name, int32(parts), cfg); err != nil {
		return fmt.Errorf("embedded: create topic %s: %w", t.Name, err)
	}
	return nil
}

// Addr is the bootstrap address (127.0.0.1:port), usable by kafka-go and by
// kcat (-b).
func (b *Broker) Addr() string { return b.addr }

// Port is the listening port.
func (b *Broker) Port() int {
	_, p, _ := net.SplitHostPort(b.addr)
	n, _ := strconv.Atoi(p)
	return n
}

// Config returns a cluster.Config pointing at the broker (no TLS, no SASL).
func (b *Broker) Config() cluster.Config { return cluster.Config{Brokers: []string{b.addr}} }

// Cluster exposes the kfake cluster for tests (fault injection, group info).
func (b *Broker) Cluster() *kfake.Cluster { return b.c }

// Close stops the broker. It is safe to call more than once.
func (b *Broker) Close() {
	b.once.Do(func() {
		close(b.stopCh)
		b.c.Close()
		b.log.Info("embedded broker stopped", zap.String("addr", b.addr))
	})
}

type zapLogger struct{ l *zap.Logger }

// Logf maps kfake levels to zap. kfake logs request kinds and coordinates,
// never record contents.
func (z zapLogger) Logf(level kfake.LogLevel, msg string, args ...any) {
	switch level {
	case kfake.LogLevelError:
		z.l.Error(fmt.Sprintf(msg, args...))
	case kfake.LogLevelWarn:
		z.l.Warn(fmt.Sprintf(msg, args...))
	case kfake.LogLevelInfo:
		if ce := z.l.Check(zap.DebugLevel, "kfake"); ce != nil {
			ce.Message = fmt.Sprintf(msg, args...)
			ce.Write()
		}
	default:
		// debug: too chatty and may echo request bodies; dropped.
	}
}
