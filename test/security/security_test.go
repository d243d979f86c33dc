package security

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/scram"
	"go.yaml.in/yaml/v3"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/cluster"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/settings"
)

// The environment the tests need: what `scripts/kafka-local start
// --sasl-tls` prints.
type saslEnv struct {
	Brokers  string // KAFKA_SASL_SSL_BROKERS
	CAFile   string // KAFKA_SASL_CA_FILE
	Username string // KAFKA_SASL_USERNAME
	Password string // KAFKA_SASL_PASSWORD
}

func needSASL(t *testing.T) saslEnv {
	t.Helper()
	e := saslEnv{
		Brokers:  os.Getenv("KAFKA_SASL_SSL_BROKERS"),
		CAFile:   os.Getenv("KAFKA_SASL_CA_FILE"),
		Username: os.Getenv("KAFKA_SASL_USERNAME"),
		Password: os.Getenv("KAFKA_SASL_PASSWORD"),
	}
	if e.Brokers == "" {
		t.Skip("KAFKA_SASL_SSL_BROKERS is not set (scripts/kafka-local start --sasl-tls prints it)")
	}
	if e.CAFile == "" || e.Username == "" || e.Password == "" {
		t.Fatal("KAFKA_SASL_SSL_BROKERS is set, but KAFKA_SASL_CA_FILE, KAFKA_SASL_USERNAME or KAFKA_SASL_PASSWORD is not")
	}
	if len(e.Password) < 8 {
		// The leak checks search outputs for the password: a short one
		// could match by accident.
		t.Fatalf("KAFKA_SASL_PASSWORD is too short (%d chars) for the leak checks", len(e.Password))
	}
	return e
}

// pwEnv is the variable the service config names for the password
// (password_env); the tests set it on the child process only.
const pwEnv = "SECURITY_TEST_KAFKA_PASSWORD"

const pseudonymKey = "security-test-pseudonym-key-0123456789"

// ---------------------------------------------------------------------------
// The binary

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

func repoRoot(t *testing.T) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no caller")
	}
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// binary builds cmd/classifier once per test process.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "security-classifier-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "classifier")
		gobin, err := exec.LookPath("go")
		if err != nil {
			t.Fatalf("the go command is not on PATH: %v", err)
		}
		cmd := exec.Command(gobin, "build", "-o", binPath, "./cmd/classifier")
		cmd.Dir = repoRoot(t)
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build ./cmd/classifier: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// ---------------------------------------------------------------------------
// Configs

// security says which parts of the kafka section a config gets.
type security struct {
	TLS       bool
	CA        bool // TLS trusts the test CA (else the system roots)
	SASL      bool
	Mechanism string // default SCRAM-SHA-512
}

// serviceConfig is the built-in config with unique topic names (so runs
// can share a broker), the SASL_SSL listener, and the given security.
func serviceConfig(t *testing.T, e saslEnv, sec security) *settings.Config {
	t.Helper()
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	p := fmt.Sprintf("sec%d-%d.", time.Now().UnixNano()%1e9, seq())
	cfg.Input.Topic = p + "signups"
	cfg.Input.Group = p + "group"
	for name, r := range cfg.Regions {
		r.Topic = p + r.Topic
		cfg.Regions[name] = r
	}
	cfg.Topics.Audit = p + "signups.audit"
	cfg.Topics.Quarantine = p + "signups.quarantine"
	cfg.Kafka.Brokers = strings.Split(e.Brokers, ",")
	cfg.Kafka.TLS, cfg.Kafka.SASL = nil, nil
	if sec.TLS {
		cfg.Kafka.TLS = &cluster.TLSConfig{}
		if sec.CA {
			cfg.Kafka.TLS.CAFile = e.CAFile
		}
	}
	if sec.SASL {
		mech := sec.Mechanism
		if mech == "" {
			mech = cluster.MechanismSCRAMSHA512
		}
		cfg.Kafka.SASL = &cluster.SASLConfig{Mechanism: mech, Username: e.Username, PasswordEnv: pwEnv}
	}
	cfg.Admin.Addr = "127.0.0.1:0"
	cfg.CreateTopics.Partitions = 3
	cfg.CreateTopics.ReplicationFactor = 1
	cfg.Pipeline.LingerMS = 2
	return cfg
}

var seqMu sync.Mutex
var seqN int

func seq() int {
	seqMu.Lock()
	defer seqMu.Unlock()
	seqN++
	return seqN
}

// writeConfig writes the config as YAML, the way an operator's file
// looks: the password is not in it, only the name of its variable.
func writeConfig(t *testing.T, cfg *settings.Config) string {
	t.Helper()
	b, err := yaml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "classifier.yaml")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	// It must read back as the same config (strict decoder).
	if _, err := settings.Load(path, nil); err != nil {
		t.Fatalf("generated config does not load: %v\n%s", err, b)
	}
	return path
}

func outputTopics(cfg *settings.Config) []string {
	var ts []string
	for _, r := range cfg.Regions {
		ts = append(ts, r.Topic)
	}
	ts = append(ts, cfg.Topics.Audit, cfg.Topics.Quarantine)
	sort.Strings(ts)
	return ts
}

// ---------------------------------------------------------------------------
// A kafka-go client of the SASL_SSL listener for the test itself, built
// straight from kafka-go (not from package cluster), with the right
// credentials.

func testTransport(t *testing.T, e saslEnv) *kafka.Transport {
	t.Helper()
	pem, err := os.ReadFile(e.CAFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		t.Fatalf("%s: no PEM certificate", e.CAFile)
	}
	mech, err := scram.Mechanism(scram.SHA512, e.Username, e.Password)
	if err != nil {
		t.Fatal(err)
	}
	tr := &kafka.Transport{
		TLS:         &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
		SASL:        mech,
		DialTimeout: 10 * time.Second,
		MetadataTTL: time.Second,
	}
	t.Cleanup(tr.CloseIdleConnections)
	return tr
}

func testClient(t *testing.T, e saslEnv) *kafka.Client {
	return &kafka.Client{Addr: kafka.TCP(strings.Split(e.Brokers, ",")...), Transport: testTransport(t, e), Timeout: 10 * time.Second}
}

// secureCluster is the same listener as a cluster.Config (topic creation).
func secureCluster(e saslEnv) cluster.Config {
	return cluster.Config{
		Brokers: strings.Split(e.Brokers, ","),
		TLS:     &cluster.TLSConfig{CAFile: e.CAFile},
		SASL:    &cluster.SASLConfig{Mechanism: cluster.MechanismSCRAMSHA512, Username: e.Username, Password: e.Password},
	}
}

func createTopics(t *testing.T, e saslEnv, names ...string) {
	t.Helper()
	var specs []cluster.TopicSpec
	for _, n := range names {
		specs = append(specs, cluster.TopicSpec{Name: n, Partitions: 3, ReplicationFactor: 1})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := cluster.EnsureTopics(ctx, secureCluster(e), specs, true); err != nil {
		t.Fatalf("create topics over SASL_SSL: %v", err)
	}
}

// produce writes the events over SASL_SSL with acks=all.
func produce(t *testing.T, e saslEnv, topic string, values [][]byte) {
	t.Helper()
	w := &kafka.Writer{
		Addr:         kafka.TCP(strings.Split(e.Brokers, ",")...),
		Topic:        topic,
		Transport:    testTransport(t, e),
		Balancer:     &kafka.Hash{},
		RequiredAcks: kafka.RequireAll,
		BatchTimeout: time.Millisecond,
	}
	defer w.Close()
	msgs := make([]kafka.Message, len(values))
	for i, v := range values {
		msgs[i] = kafka.Message{Key: fmt.Appendf(nil, "k%d", i), Value: v}
	}
	// Right after creation a real broker may still be electing leaders.
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := w.WriteMessages(ctx, msgs...)
		cancel()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("produce over SASL_SSL: %v", err)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

type record struct {
	Topic     string
	Partition int
	Offset    int64
	Key       []byte
	Value     []byte
	Headers   map[string]string
}

// endOffsets returns each partition's high watermark, or nil when the
// topic does not exist.
func endOffsets(t *testing.T, c *kafka.Client, topic string) map[int]int64 {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		out, exists, err := tryEndOffsets(c, topic)
		if err == nil {
			if !exists {
				return nil
			}
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("end offsets of %s: %v", topic, err)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

func tryEndOffsets(c *kafka.Client, topic string) (map[int]int64, bool, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	md, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return nil, false, err
	}
	if len(md.Topics) != 1 {
		return nil, false, fmt.Errorf("metadata: %d topics", len(md.Topics))
	}
	if err := md.Topics[0].Error; err != nil {
		if errors.Is(err, kafka.UnknownTopicOrPartition) {
			return nil, false, nil
		}
		return nil, false, err
	}
	var reqs []kafka.OffsetRequest
	for _, p := range md.Topics[0].Partitions {
		if p.Error != nil {
			return nil, false, p.Error
		}
		reqs = append(reqs, kafka.LastOffsetOf(p.ID))
	}
	lo, err := c.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		return nil, false, err
	}
	out := map[int]int64{}
	for _, po := range lo.Topics[topic] {
		if po.Error != nil {
			return nil, false, po.Error
		}
		out[po.Partition] = po.LastOffset
	}
	return out, true, nil
}

// readAll reads every record of the topic up to its current end offsets.
func readAll(t *testing.T, c *kafka.Client, topic string) []record {
	t.Helper()
	ends := endOffsets(t, c, topic)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out []record
	for p, end := range ends {
		for off := int64(0); off < end; {
			res, err := c.Fetch(ctx, &kafka.FetchRequest{Topic: topic, Partition: p, Offset: off, MinBytes: 1, MaxBytes: 8 << 20, MaxWait: 100 * time.Millisecond})
			if err != nil {
				t.Fatalf("fetch %s/%d@%d: %v", topic, p, off, err)
			}
			if res.Error != nil {
				t.Fatalf("fetch %s/%d@%d: %v", topic, p, off, res.Error)
			}
			n := 0
			for {
				r, err := res.Records.ReadRecord()
				if err != nil {
					break
				}
				if r.Offset >= off && r.Offset < end {
					rec := record{Topic: topic, Partition: p, Offset: r.Offset, Headers: map[string]string{}}
					if r.Key != nil {
						rec.Key, _ = io.ReadAll(r.Key)
					}
					if r.Value != nil {
						rec.Value, _ = io.ReadAll(r.Value)
					}
					for _, h := range r.Headers {
						rec.Headers[h.Key] = string(h.Value)
					}
					out = append(out, rec)
				}
				off = r.Offset + 1
				n++
			}
			if n == 0 && ctx.Err() != nil {
				t.Fatalf("read %s/%d: stuck at %d < %d", topic, p, off, end)
			}
		}
	}
	return out
}

func total(ends map[int]int64) int64 {
	var n int64
	for _, v := range ends {
		n += v
	}
	return n
}

// committed returns the group's committed offsets (-1 where none).
func committed(t *testing.T, c *kafka.Client, group, topic string) map[int]int64 {
	t.Helper()
	var parts []int
	for p := range endOffsets(t, c, topic) {
		parts = append(parts, p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := c.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: parts}})
	if err != nil {
		t.Fatalf("offset fetch: %v", err)
	}
	if res.Error != nil {
		t.Fatalf("offset fetch: %v", res.Error)
	}
	out := map[int]int64{}
	for _, p := range res.Topics[topic] {
		out[p.Partition] = p.CommittedOffset
	}
	return out
}

// ---------------------------------------------------------------------------
// Running the binary

type proc struct {
	cmd    *exec.Cmd
	stdout *syncBuffer
	stderr *syncBuffer
	done   chan struct{}
	err    error
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startBinary runs `classifier run --config FILE --create-topics` with
// the password (if any) in pwEnv. The child gets a minimal environment:
// nothing of the test's own (no KAFKA_BROKERS, no KAFKA_SASL_PASSWORD).
func startBinary(t *testing.T, config, password string, extra ...string) *proc {
	t.Helper()
	args := append([]string{"run", "--config", config, "--create-topics", "--log-format", "json", "--log-level", "debug"}, extra...)
	cmd := exec.Command(binary(t), args...)
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + os.Getenv("HOME"),
		"CLASSIFIER_PSEUDONYM_KEY=" + pseudonymKey,
		"CLASSIFIER_PSEUDONYM_KEY_ID=sec-k1",
	}
	if password != "" {
		cmd.Env = append(cmd.Env, pwEnv+"="+password)
	}
	p := &proc{cmd: cmd, stdout: &syncBuffer{}, stderr: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.stdout, p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			_ = cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// wait waits for the process to exit and returns its exit status.
func (p *proc) wait(t *testing.T, timeout time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(timeout):
		_ = p.cmd.Process.Kill()
		<-p.done
		t.Fatalf("classifier did not exit within %s\nstderr:\n%s", timeout, tail(p.stderr.String()))
	}
	var ee *exec.ExitError
	if errors.As(p.err, &ee) {
		return ee.ExitCode()
	}
	if p.err != nil {
		t.Fatalf("wait: %v", p.err)
	}
	return 0
}

// adminAddr waits for the "classifier running" log line and returns the
// admin address it names.
func (p *proc) adminAddr(t *testing.T, timeout time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		sc := bufio.NewScanner(strings.NewReader(p.stderr.String()))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var line struct {
				Msg   string `json:"msg"`
				Admin string `json:"admin"`
			}
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "classifier running" && line.Admin != "" {
				return line.Admin
			}
		}
		select {
		case <-p.done:
			t.Fatalf("classifier exited at start (%v)\nstderr:\n%s", p.err, tail(p.stderr.String()))
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("classifier did not start within %s\nstderr:\n%s", timeout, tail(p.stderr.String()))
	return ""
}

func tail(s string) string {
	if len(s) > 6000 {
		return "...\n" + s[len(s)-6000:]
	}
	return s
}

// lastLine is the binary's final message ("classifier: ..."), the one an
// operator reads.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func assertNoSecret(t *testing.T, where, text string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && strings.Contains(text, s) {
			t.Errorf("%s contains a password (%d chars)", where, len(s))
		}
	}
	if strings.Contains(text, pseudonymKey) {
		t.Errorf("%s contains the pseudonymization key", where)
	}
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// ---------------------------------------------------------------------------
// Tests

// TestSASLTLSEndToEnd: the binary, configured with tls.ca_file and SCRAM
// SASL (password from the variable the config names), connects to the
// SASL_SSL listener, creates its topics, consumes events produced over
// SASL_SSL and writes exactly the records the classifier decides, with an
// audit record per event; no log line, page or metric holds the password.
func TestSASLTLSEndToEnd(t *testing.T) {
	e := needSASL(t)
	cfg := serviceConfig(t, e, security{TLS: true, CA: true, SASL: true})
	path := writeConfig(t, cfg)
	raw, _ := os.ReadFile(path)
	assertNoSecret(t, "the config file", string(raw), e.Password)

	p := startBinary(t, path, e.Password)
	admin := p.adminAddr(t, 90*time.Second)

	// Ready: joined the group over SASL_SSL, outputs reachable, key set.
	var code int
	var body string
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if code, body = httpGet(t, "http://"+admin+"/readyz"); code == http.StatusOK {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if code != http.StatusOK {
		t.Fatalf("/readyz = %d: %s", code, body)
	}

	const n = 24
	const seed = 4242
	gen := demo.New(seed)
	var values [][]byte
	for i := 0; i < n; i++ {
		values = append(values, gen.Event(seed, i))
	}
	produce(t, e, cfg.Input.Topic, values)

	// What the classifier decides for each input record, at its
	// coordinates (events without an id of their own get one derived from
	// them).
	c := testClient(t, e)
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte(pseudonymKey)))
	if err != nil {
		t.Fatal(err)
	}
	inputs := readAll(t, c, cfg.Input.Topic)
	if len(inputs) != n {
		t.Fatalf("read back %d inputs, want %d", len(inputs), n)
	}
	ids := map[string]bool{}
	want := map[string][]string{}
	for _, in := range inputs {
		d := rs.Classify(classifier.Input{Value: in.Value, Key: in.Key, Source: fmt.Sprintf("%s/%d/%d", cfg.Input.Topic, in.Partition, in.Offset)})
		ids[d.EventID] = true
		for _, r := range d.Routes {
			want[d.EventID] = append(want[d.EventID], r.Topic+" "+r.Projection)
		}
		want[d.EventID] = append(want[d.EventID], cfg.Topics.Audit+" audit")
	}
	if len(ids) != n {
		t.Fatalf("%d distinct event ids for %d events", len(ids), n)
	}

	// Every event gets its audit record.
	deadline = time.Now().Add(120 * time.Second)
	var audits []record
	for {
		audits = readAll(t, c, cfg.Topics.Audit)
		if len(audits) >= n || time.Now().After(deadline) {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if len(audits) != n {
		t.Fatalf("%d audit records, want %d\nstderr:\n%s", len(audits), n, tail(p.stderr.String()))
	}
	for _, a := range audits {
		id := a.Headers[classifier.HeaderEventID]
		if !ids[id] {
			t.Errorf("audit record for unknown event %q", id)
		}
		delete(ids, id)
		if a.Headers[classifier.HeaderProjection] != "audit" {
			t.Errorf("audit record %s: projection %q", id, a.Headers[classifier.HeaderProjection])
		}
	}
	if len(ids) > 0 {
		t.Errorf("events without an audit record: %v", ids)
	}

	// The committed offsets reach the end of the input: the outputs were
	// acknowledged over SASL_SSL too.
	deadline = time.Now().Add(60 * time.Second)
	for {
		com := committed(t, c, cfg.Input.Group, cfg.Input.Topic)
		ends := endOffsets(t, c, cfg.Input.Topic)
		done := true
		for part, end := range ends {
			if com[part] != end {
				done = false
			}
		}
		if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("committed %v, want the end offsets %v", com, ends)
		}
		time.Sleep(300 * time.Millisecond)
	}

	// The outputs are what the classifier decides for each event: per
	// event id, the (topic, projection) of every record.
	got := map[string][]string{}
	totalRecords := 0
	for _, topic := range outputTopics(cfg) {
		for _, r := range readAll(t, c, topic) {
			id := r.Headers[classifier.HeaderEventID]
			got[id] = append(got[id], topic+" "+r.Headers[classifier.HeaderProjection])
			totalRecords++
			if r.Headers[classifier.HeaderProjection] == "pseudonymized" && r.Headers[classifier.HeaderKeyID] != "sec-k1" {
				t.Errorf("%s: pseudonymized record with key-id %q, want sec-k1", topic, r.Headers[classifier.HeaderKeyID])
			}
		}
	}
	for id, w := range want {
		sort.Strings(w)
		g := got[id]
		sort.Strings(g)
		if strings.Join(g, ",") != strings.Join(w, ",") {
			t.Errorf("event %s: records %v, want %v", id, g, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("records for %d events, want %d", len(got), len(want))
	}
	t.Logf("%d events in over SASL_SSL, %d records out on %d topics", n, totalRecords, len(outputTopics(cfg)))

	// Nothing the service shows holds the password.
	_, metrics := httpGet(t, "http://"+admin+"/metrics")
	_, ready := httpGet(t, "http://"+admin+"/readyz")
	assertNoSecret(t, "/metrics", metrics, e.Password)
	assertNoSecret(t, "/readyz", ready, e.Password)

	// A clean stop: exit status 0.
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := p.wait(t, 60*time.Second); code != 0 {
		t.Errorf("exit status %d after SIGTERM, want 0\nstderr:\n%s", code, tail(p.stderr.String()))
	}
	out := p.stdout.String() + p.stderr.String()
	assertNoSecret(t, "stdout/stderr (debug logs)", out, e.Password)
	if !strings.Contains(p.stderr.String(), "classifier stopped cleanly") {
		t.Errorf("no clean stop logged\nstderr:\n%s", tail(p.stderr.String()))
	}
}

// TestSASLPasswordFile: the password can come from a file the config
// names (password_file, e.g. a mounted secret) instead of a variable.
func TestSASLPasswordFile(t *testing.T) {
	e := needSASL(t)
	cfg := serviceConfig(t, e, security{TLS: true, CA: true, SASL: true})
	pwFile := filepath.Join(t.TempDir(), "kafka-password")
	if err := os.WriteFile(pwFile, []byte(e.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.Kafka.SASL.PasswordEnv = ""
	cfg.Kafka.SASL.PasswordFile = pwFile
	p := startBinary(t, writeConfig(t, cfg), "")
	admin := p.adminAddr(t, 90*time.Second)
	var code int
	var body string
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if code, body = httpGet(t, "http://"+admin+"/readyz"); code == http.StatusOK {
			break
		}
	}
	if code != http.StatusOK {
		t.Fatalf("/readyz = %d: %s", code, body)
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := p.wait(t, 60*time.Second); code != 0 {
		t.Errorf("exit status %d after SIGTERM, want 0\nstderr:\n%s", code, tail(p.stderr.String()))
	}
	assertNoSecret(t, "stdout/stderr (debug logs)", p.stdout.String()+p.stderr.String(), e.Password)
}

// failCase is a start that must fail: a clear message, the exit status,
// nothing consumed, nothing produced, no password anywhere.
type failCase struct {
	name     string
	sec      security
	password func(e saslEnv) string
	code     int
	// The final message must contain each of these (case-insensitive).
	mention []string
}

func TestSASLTLSFailsClosed(t *testing.T) {
	e := needSASL(t)
	wrong := "not-the-password-7781x"
	cases := []failCase{
		{
			name: "wrong password", sec: security{TLS: true, CA: true, SASL: true},
			password: func(saslEnv) string { return wrong }, code: 1,
			mention: []string{"SASL", "authentication"},
		},
		{
			name: "wrong password SCRAM-SHA-256", sec: security{TLS: true, CA: true, SASL: true, Mechanism: cluster.MechanismSCRAMSHA256},
			password: func(saslEnv) string { return wrong }, code: 1,
			mention: []string{"SASL", "authentication"},
		},
		{
			name: "no TLS against the TLS listener", sec: security{SASL: true},
			password: func(e saslEnv) string { return e.Password }, code: 1,
			mention: []string{"TLS"},
		},
		{
			name: "TLS without the CA", sec: security{TLS: true, SASL: true},
			password: func(e saslEnv) string { return e.Password }, code: 1,
			mention: []string{"certificate"},
		},
		{
			name: "password variable unset", sec: security{TLS: true, CA: true, SASL: true},
			password: func(saslEnv) string { return "" }, code: 2,
			mention: []string{"SASL", pwEnv, "password"},
		},
		{
			// kafka-go reports only "unexpected EOF" here: the broker
			// closes the connection of a client that skips the SASL
			// handshake. The exit status and "nothing passes" hold; the
			// message is not asserted (see the report).
			name: "TLS but no SASL", sec: security{TLS: true, CA: true}, code: 1,
			password: func(saslEnv) string { return "" },
		},
	}
	c := testClient(t, e)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := serviceConfig(t, e, tc.sec)
			// The topics exist and the input holds events, so "nothing
			// consumed, nothing produced" is observable.
			createTopics(t, e, append(outputTopics(cfg), cfg.Input.Topic)...)
			gen := demo.New(99)
			var values [][]byte
			for i := 0; i < 5; i++ {
				values = append(values, gen.Event(99, i))
			}
			produce(t, e, cfg.Input.Topic, values)

			pw := tc.password(e)
			start := time.Now()
			p := startBinary(t, writeConfig(t, cfg), pw)
			code := p.wait(t, 90*time.Second)
			msg := lastLine(p.stderr.String())
			t.Logf("exit %d after %s: %s", code, time.Since(start).Round(time.Millisecond), msg)
			if code != tc.code {
				t.Errorf("exit status %d, want %d\nstderr:\n%s", code, tc.code, tail(p.stderr.String()))
			}
			if !strings.HasPrefix(msg, "classifier: ") {
				t.Errorf("last stderr line %q is not the classifier's error", msg)
			}
			for _, m := range tc.mention {
				if !strings.Contains(strings.ToLower(msg), strings.ToLower(m)) {
					t.Errorf("error %q does not mention %q", msg, m)
				}
			}
			assertNoSecret(t, "stdout/stderr", p.stdout.String()+p.stderr.String(), e.Password, pw)
			if strings.Contains(p.stderr.String(), "classifier running") {
				t.Errorf("the service reported running")
			}
			for _, topic := range outputTopics(cfg) {
				if n := total(endOffsets(t, c, topic)); n != 0 {
					t.Errorf("%s holds %d records, want 0", topic, n)
				}
			}
			for part, off := range committed(t, c, cfg.Input.Group, cfg.Input.Topic) {
				if off >= 0 {
					t.Errorf("input partition %d committed at %d: something was consumed", part, off)
				}
			}
		})
	}
}
