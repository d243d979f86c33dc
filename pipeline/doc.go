// Package pipeline runs the stream service: fetch a batch from the
// consumer group, route it through the pure Router across GOMAXPROCS
// workers, write every output with acks=all, then commit.
//
// # Seams
//
// The pipeline speaks only in package record's types. Source (the group
// consumer), Sink (the producer) and Router (the classifier's adapter) are
// interfaces declared here; the pipeline imports none of their packages,
// and none of them imports the pipeline.
//
// # At-least-once, never loss
//
// kafka-go has no idempotent or transactional producer, so exactly-once is
// out of reach; the guarantee is at-least-once: duplicates are possible
// (after a crash, a rebalance, or a retried write that had in fact landed,
// kafka-go #1427), loss is not. Downstream de-duplicates on the event-id
// header.
//
// The rule that makes loss impossible: an input offset is committed only
// after every output derived from it, and from every earlier offset of its
// partition, was acknowledged. Tracker is the per-partition low-watermark
// that enforces it: offsets are added at fetch time, acknowledged (in any
// order) when their batch's outputs are all acked, and the committable
// offset is the first unacknowledged one. Because the watermark is
// cumulative, commits of several batches coalesce into one request.
//
// What is acknowledged but not yet committed is written again after a
// crash, so the committer (committer.go) commits as soon as the watermark
// moves: the writer pokes it after every acknowledged batch, one commit is
// in flight at a time, acks during a commit coalesce into the next one, and
// a failed commit is retried after a short backoff.
//
// # Pipelining and bounds
//
// Three goroutines overlap: fetch+route, write, commit. The next batch is
// fetched and routed while the previous one is written. Writes run one
// batch at a time, in fetch order, so a key's outputs reach each output
// partition in input order (kafka-go keeps per-partition order within a
// write; retries of a partial failure may reorder, see producer). In-flight
// work (fetched, not yet acknowledged) is bounded by MaxInFlightBatches and
// MaxInFlightBytes (input plus output bytes): no batch is fetched while a
// bound is reached, so memory is bounded by configuration, not by input.
//
// # Fail-stop
//
// A write that cannot be acknowledged (retry budget spent, authorization
// failure, drain timeout) stops the pipeline: Run returns an error wrapping
// ErrStopped, no further commit is made, writers and reader are closed. The
// uncommitted inputs are redelivered to whichever replica gets the
// partitions next. Outputs that can never be written (too large, missing or
// invalid topic) are, by default, replaced by quarantine records naming the
// reason (the other outputs of the input stand); FailStopOnPermanent stops
// instead. Quarantine records are ordinary outputs: written with acks=all
// and acknowledged before the offset moves.
//
// # Shutdown
//
// Cancelling Run's context stops fetching; in-flight batches are written
// (for up to DrainTimeout) and acknowledged; the final commit runs on a
// fresh context (CommitTimeout), because a cancelled one would fail it;
// then the producer and the consumer are closed (LeaveGroup, so the
// rebalance is immediate).
//
// # Rebalances (kafka-go #1398)
//
// kafka-go's Reader does not drain its queue on a rebalance and hides the
// generation, so after a rebalance it can deliver messages older than the
// committed offset, and a commit of work fetched in an older generation is
// sent with the new generation's id. Three guards:
//   - de-duplication: an offset at or below one this replica already holds
//     for the partition is dropped (it is acknowledged or still in flight,
//     and an in-flight one is either acknowledged or the pipeline stops);
//   - rebalance epochs: each batch is labelled with the number of
//     assignments seen before it was fetched; a partition is committed
//     only if it was fetched in the current epoch (this member owns it);
//   - no commit below the first offset fetched in the epoch (the group's
//     committed offset at assignment), and never below our own last commit.
//
// With the generation-aware consumer (consumer.Generational, the
// default) the epoch is the group generation id, nothing fetched in an
// ended generation is handed over, and the commit names the epoch its
// offsets belong to (EpochCommitter), so it goes through that generation
// or not at all; the three guards stay, and cost nothing there.
//
// A partition that stays idle after a rebalance is not committed until it
// receives a record; its acknowledged tail may then be processed again
// (duplicates only).
//
// # Logs and metrics
//
// Logs carry topics, partitions, offsets, counts and error codes, never keys
// or values. Metrics label values come from topic names and fixed enums;
// values read from headers (projection, quarantine reason) are validated
// and capped (see Metrics).
package pipeline
