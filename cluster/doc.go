// Package cluster describes how to reach a Kafka cluster (brokers, TLS,
// SASL PLAIN / SCRAM-SHA-256 / SCRAM-SHA-512) and builds the kafka-go
// Dialer (for the group Reader), Transport (for Writers) and Client (for
// admin requests) from it, plus topic checks: EnsureTopics verifies by
// metadata that every topic exists (metadata requests never ask for
// auto-creation) and creates missing ones only when asked.
//
// The SASL password is read by the caller (environment or file) and never
// appears in errors, fmt output, JSON or zap logs of a Config. A TLS
// mismatch shows up in kafka-go as an opaque io.ErrUnexpectedEOF (kafka-go
// README); check the CA and server name first.
package cluster
