// Package embedded starts an in-process Kafka-protocol broker (franz-go's
// kfake) on 127.0.0.1, so `classifier run` without brokers, and the tests,
// need no external Kafka. kafka-go's writer, group reader and offset
// commits work against it (TestKafkaGoGroupCommit); so does kcat, with the
// address from Addr. It is a fake: a pass on it is evidence about our
// client logic, not about Kafka. Data is in memory unless a DataDir is set.
//
// Package kafkatest (below this one) gives tests a cluster: KAFKA_BROKERS
// when set (for example from scripts/kafka-local), else an embedded broker.
package embedded
