// Package service wires the stream service together: it loads the service
// config, compiles the rules (and reloads them without a restart), and
// adapts the pure classifier to the pipeline's Router, which the consumer
// feeds and whose records the producer writes. Data flows one way:
// consumer -> pipeline -> classifier -> producer.
package service
