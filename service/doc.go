// Package service wires the stream service together from its parts: the
// rules (compiled once, reloaded without a restart by Reloader), the
// adapter of the pure classifier to the pipeline's Router, the consumer
// that feeds the pipeline, the producer that writes its records, and the
// ops HTTP server (opshttp). Data flows one way: consumer -> pipeline ->
// classifier -> producer. The configuration itself is package settings.
package service
