// Package benchkit holds the measuring instruments of the benchmark tool
// (cmd/bench): Kafka end and committed offsets (when is a drain done), the
// service's Prometheus text (what did it produce, how long did it take),
// nearest-rank percentiles, and the CPU, memory and load clocks of this
// process, another process (the broker) and the machine, read from /proc.
//
// It is internal because its numbers mean something only next to the bench
// report that explains them (docs/performance.md); the /proc readers are
// Linux-only and return 0 where a figure cannot be read, so a report shows
// a missing figure rather than failing a run.
package benchkit
