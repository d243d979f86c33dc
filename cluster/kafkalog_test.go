package cluster_test

import (
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/residency-labs/signup-classifier/cluster"
)

func TestKafkaLoggers(t *testing.T) {
	for _, tc := range []struct {
		name    string
		enabled zapcore.Level
		want    []string // messages logged: the Logger's line, then the ErrorLogger's
	}{
		{"debug", zapcore.DebugLevel, []string{"fetched 3 from t/0", "write t/0: EOF"}},
		{"info", zapcore.InfoLevel, []string{"write t/0: EOF"}},
		{"error", zapcore.ErrorLevel, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			core, logs := observer.New(tc.enabled)
			logger, errorLogger := cluster.KafkaLoggers(zap.New(core).With(zap.String("cluster", "dr")))
			logger.Printf("fetched %d from %s/%d", 3, "t", 0)
			errorLogger.Printf("write %s/%d: %v", "t", 0, "EOF")
			got := logs.All()
			if len(got) != len(tc.want) {
				t.Fatalf("%d lines logged, want %d", len(got), len(tc.want))
			}
			for i, e := range got {
				if e.Message != tc.want[i] || e.LoggerName != "kafka-go" || e.ContextMap()["cluster"] != "dr" {
					t.Errorf("line %d: %q from %q with %v", i, e.Message, e.LoggerName, e.ContextMap())
				}
			}
			if len(got) == 2 && (got[0].Level != zapcore.DebugLevel || got[1].Level != zapcore.WarnLevel) {
				t.Errorf("levels %v, %v; want debug, warn", got[0].Level, got[1].Level)
			}
		})
	}
}
