package cluster

import (
	"fmt"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// KafkaLoggers returns what to give kafka-go's Reader and Writer as Logger
// and ErrorLogger: their lines go to l, named kafka-go, at debug and warn
// level. kafka-go logs topics, partitions, offsets, counts and errors, never
// message contents, so its lines are safe to keep.
func KafkaLoggers(l *zap.Logger) (logger, errorLogger kafka.Logger) {
	l = l.Named("kafka-go")
	return printfLogger{l, zapcore.DebugLevel}, printfLogger{l, zapcore.WarnLevel}
}

type printfLogger struct {
	l     *zap.Logger
	level zapcore.Level
}

// Printf formats only when the level is enabled: kafka-go logs a line per
// fetch and per write at debug level.
func (p printfLogger) Printf(format string, args ...any) {
	if ce := p.l.Check(p.level, "kafka-go"); ce != nil {
		ce.Message = fmt.Sprintf(format, args...)
		ce.Write()
	}
}
