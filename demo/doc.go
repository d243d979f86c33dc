// Package demo generates realistic signup events from many countries and
// producers: for `classifier run --demo`, the soak test and the benchmark
// tool. Each event carries a unique event_id and, in its free-text and
// identity fields, a unique marker ("mk<seq>x") so a checker can search
// every output for personal values that should not be there. Drive feeds
// them into a running service's input topic and prints a live per-region
// summary of its metrics (`classifier run --demo`).
package demo
