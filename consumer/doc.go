// Package consumer reads the input topic as a member of a consumer group
// for an at-least-once pipeline: it fetches, and commits only what the
// caller says is safe. Two kinds (settings: input.consumer), one API
// (Group, FetchBatchEpoch):
//
//   - generation (Generational, the default): kafka-go's explicit group
//     API. Per generation (ConsumerGroup.Next), one partition reader per
//     assigned partition, started with Generation.Start at the group's
//     committed offset (FirstOffset when none). The epoch is the generation
//     id. When the generation ends, its readers stop, and what they fetched
//     but the pipeline did not take is dropped (counted in Stats.Dropped):
//     the partitions' new owners read it. Every hand-off checks the
//     generation's context, so a batch whose generation ended before it was
//     handed over is dropped whole; a batch never mixes generations.
//     Commits go through the generation that fetched the offsets
//     (CommitOffsetsEpoch, which the pipeline uses); a generation that ended,
//     or that the coordinator refuses (IllegalGeneration,
//     RebalanceInProgress, UnknownMemberId), commits nothing and reports
//     ErrStaleGeneration; partitions the generation does not own are never
//     sent. Each partition reader's queue is QueueCapacity divided among
//     the assigned partitions (at least 16). Readers hand messages over an
//     unbuffered channel: a receive takes a message or does not, so an
//     expired linger loses nothing (TestFetchBatchLingerLosesNothing runs
//     over both kinds).
//   - reader (Consumer, the fallback): kafka-go's group Reader. It keeps
//     delivering what its queue fetched in the old generation after a
//     rebalance and hides the generation (kafka-go #1398), which the
//     pipeline's epoch guards make safe but which the new owners redo:
//     that was the large duplicate figure after a crash
//     (docs/performance.md, "Duplicates after a crash").
//
// Settings of both, and why:
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
// The rest of this comment is about the reader kind.
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
