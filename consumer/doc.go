// Package consumer wraps kafka-go's consumer-group Reader for an
// at-least-once pipeline: it fetches, and commits only what the caller says
// is safe.
//
// Settings, and why:
//   - GroupID set, StartOffset FirstOffset: a partition without a committed
//     offset is read from the start (duplicates rather than loss; with
//     LastOffset a replica killed before its first commit skips data,
//     kafka-go #711, #904).
//   - CommitInterval 0: CommitMessages is synchronous and returns after the
//     coordinator accepted the commit. (ReadMessage is never used: it
//     commits before processing, #626.)
//   - SessionTimeout 10s, HeartbeatInterval 1s, RebalanceTimeout 10s
//     (kafka-go defaults 30s/3s/30s): a dead replica's partitions move
//     within seconds, not half a minute. JoinGroupBackoff 1s.
//   - MaxBytes 10 MiB (>= the topics' max.message.bytes), MaxWait 500ms,
//     QueueCapacity 1000 messages (kafka-go's internal buffer; memory is
//     about QueueCapacity x record size plus MaxBytes per partition fetch).
//   - WatchPartitionChanges: new partitions are picked up by a rebalance.
//   - The Dialer comes from cluster.Config (TLS, SASL).
//
// Fetched messages are handed out as record.Inputs that alias their bytes
// and headers (record.Header has kafka.Header's layout; no copy is made).
//
// FetchBatch blocks for a first message, then collects more for up to
// linger. kafka-go's FetchMessage selects between its context and its
// message channel: when the linger deadline wins, no message was taken off
// the queue, so an expired linger never loses a message (verified in
// kafka-go v0.4.51 reader.go, and by TestFetchBatchLingerLosesNothing).
//
// kafka-go's Reader.Stats resets its counters on every call, so the
// Consumer is the only caller and accumulates them. The number of
// rebalances seen is the "epoch" the pipeline uses to tell batches fetched
// before and after a rebalance apart (kafka-go hides the generation).
// Per-partition lag comes from each fetched message's HighWaterMark
// (Reader.Lag is not available with groups).
package consumer
