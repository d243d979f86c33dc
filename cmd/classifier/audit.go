package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/settings"
)

// cmdAudit dispatches the audit subcommands.
func cmdAudit(ctx context.Context, env *cliEnv, args []string) error {
	if len(args) < 1 || args[0] != "expand" {
		return usageErr("audit: want expand")
	}
	return cmdAuditExpand(ctx, env, args[1:])
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// cmdAuditExpand prints the full decision of every audit record of its
// input, in input order. Input lines are `classify --records` lines or
// record values (compact audit records, full decisions, templates); the
// templates come from the input itself, from --templates files and from
// the templates topic (--brokers).
func cmdAuditExpand(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlags("audit expand", "audit expand [--templates FILE]... [--brokers LIST [--topic T]] [--config FILE] [AUDIT.jsonl|-]", env)
	var tplFiles multiFlag
	fs.Var(&tplFiles, "templates", "a file of audit templates (record lines or template values, one a line); repeatable")
	brokers := fs.String("brokers", "", "read the templates topic too (comma-separated bootstrap brokers; nothing is committed)")
	topic := fs.String("topic", "", "the templates topic (with --brokers; default: the config's topics.audit_templates)")
	config := fs.String("config", "", "service config (connection settings, the templates topic); default: the built-in one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageErr("audit expand: want at most one input, got %d", fs.NArg())
	}
	exp := classifier.NewExpander()
	for _, f := range tplFiles {
		r, err := os.Open(f)
		if err != nil {
			return workErr(err)
		}
		err = eachLine(r, func(num int, line []byte) error {
			v, ok := recordValue(line)
			if !ok || !classifier.IsAuditTemplate(v) {
				return nil
			}
			if err := exp.Add(v); err != nil {
				return fmt.Errorf("%s:%d: %w", f, num, err)
			}
			return nil
		})
		r.Close()
		if err != nil {
			return workErr(err)
		}
	}
	if *brokers != "" {
		cfg, err := loadConfig(*config, env)
		if err != nil {
			return err
		}
		t := *topic
		if t == "" {
			t = cfg.AuditTemplatesTopic()
		}
		if t == "" {
			return usageErr("audit expand: the config's audit format is full: give --topic")
		}
		if err := readTopic(ctx, env, cfg, strings.Split(*brokers, ","), t, func(v []byte) error { return exp.Add(v) }); err != nil {
			return workErr(err)
		}
	}
	in, name, closeIn, err := openInput(fs.Args(), env)
	if err != nil {
		return err
	}
	defer closeIn()
	// The input is held whole (audit records are small): a template may
	// come after the first record that names it, as on the topics.
	type line struct {
		num int
		v   []byte
	}
	var audits []line
	err = eachLine(in, func(num int, raw []byte) error {
		v, ok := recordValue(raw)
		if !ok {
			return nil
		}
		if classifier.IsAuditTemplate(v) {
			if err := exp.Add(v); err != nil {
				return fmt.Errorf("%s:%d: %w", name, num, err)
			}
			return nil
		}
		audits = append(audits, line{num, bytes.Clone(v)})
		return nil
	})
	if err != nil {
		return workErr(err)
	}
	out := bufio.NewWriter(env.stdout)
	var buf []byte
	failed := 0
	for _, a := range audits {
		buf, err = exp.Expand(buf[:0], a.v)
		if err != nil {
			failed++
			fmt.Fprintf(env.stderr, "classifier: %s:%d: %v\n", name, a.num, err)
			continue
		}
		out.Write(append(buf, '\n'))
	}
	if err := out.Flush(); err != nil {
		return workErr(err)
	}
	if failed > 0 {
		return workErr(fmt.Errorf("audit expand: %d of %d audit records could not be expanded", failed, len(audits)))
	}
	return nil
}

// recordValue returns the audit-related value of an input line: the value
// of a `classify --records` line on an audit or template topic (by its
// projection header), or the line itself when it is a bare value. ok is
// false for lines that are neither (other records, blank lines).
func recordValue(line []byte) ([]byte, bool) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil, false
	}
	if !bytes.HasPrefix(line, []byte(`{"topic":`)) {
		return line, true
	}
	var r struct {
		Headers map[string]string `json:"headers"`
		Value   json.RawMessage   `json:"value"`
	}
	if json.Unmarshal(line, &r) != nil {
		return nil, false
	}
	switch r.Headers[classifier.HeaderProjection] {
	case "audit", classifier.ProjectionAuditTemplate:
		return r.Value, true
	}
	return nil, false
}

// topicPartitions dials the cluster at brokers with the config's
// connection settings and lists topic's partitions.
func topicPartitions(ctx context.Context, env *cliEnv, cfg *settings.Config, brokers []string, topic string) (*kafka.Dialer, []kafka.Partition, error) {
	cc := cfg.Kafka
	cc.Brokers = brokers
	cc, err := settings.Connection(cc, env.getenv)
	if err != nil {
		return nil, nil, err
	}
	dialer, err := cc.Dialer()
	if err != nil {
		return nil, nil, err
	}
	conn, err := dialer.DialContext(ctx, "tcp", brokers[0])
	if err != nil {
		return nil, nil, fmt.Errorf("connect to %s: %w", brokers[0], err)
	}
	parts, err := conn.ReadPartitions(topic)
	conn.Close()
	if err != nil {
		return nil, nil, fmt.Errorf("partitions of %s: %w", topic, err)
	}
	return dialer, parts, nil
}

// readTopic reads every record of topic (a compacted topic has gaps in its
// offsets), from the oldest to the end at the time of the call, with
// partition readers: no group, nothing committed.
func readTopic(ctx context.Context, env *cliEnv, cfg *settings.Config, brokers []string, topic string, fn func([]byte) error) error {
	dialer, parts, err := topicPartitions(ctx, env, cfg, brokers, topic)
	if err != nil {
		return err
	}
	for _, part := range parts {
		pc, err := dialer.DialLeader(ctx, "tcp", brokers[0], topic, part.ID)
		if err != nil {
			return fmt.Errorf("partition %d: %w", part.ID, err)
		}
		first, last, err := pc.ReadOffsets()
		pc.Close()
		if err != nil {
			return fmt.Errorf("partition %d offsets: %w", part.ID, err)
		}
		if last <= first {
			continue
		}
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: brokers, Topic: topic, Partition: part.ID, Dialer: dialer, MaxWait: time.Second})
		if err := r.SetOffset(first); err != nil {
			r.Close()
			return err
		}
		for {
			rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			m, err := r.ReadMessage(rctx)
			cancel()
			if err != nil {
				r.Close()
				return fmt.Errorf("%s partition %d: %w", topic, part.ID, err)
			}
			if err := fn(m.Value); err != nil {
				r.Close()
				return fmt.Errorf("%s partition %d offset %d: %w", topic, part.ID, m.Offset, err)
			}
			if m.Offset+1 >= last {
				break
			}
		}
		r.Close()
	}
	return nil
}
