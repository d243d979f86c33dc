// Package producer writes the pipeline's outputs with kafka-go, one Writer
// per destination cluster, and turns kafka-go's failure modes into three
// answers: all acknowledged (nil), all but some records that can never be
// written (record.WriteErrors: quarantine them), or not known to be
// acknowledged (*FatalError: do not commit, stop).
//
// # Requests per broker
//
// By default (Config.Requests = PerBroker) Write does not use the Writer:
// for each cluster it reads the partitions and their leaders from the
// transport's metadata cache (the one that routes produce requests),
// chooses each record's partition with the same Murmur2Balancer, and sends
// one produce request per leader broker carrying a record batch for every
// partition it leads (acks=all, the configured compression, WriteTimeout).
// The answer's error code per partition is classified as below and only
// the failed records are retried, within the same RetryBudget and backoff.
// A partition's records larger than BatchBytes together go in further
// requests, in order. kafka-go's Writer sends one request per partition
// batch, about 52 per 1,000 events for the service's ~30 topics x 6
// partitions (docs/kafka-notes.md). PerPartition keeps the Writer; the
// settings below are its.
//
// # Writer settings, and why
//
//   - RequiredAcks: RequireAll. A kafka.Writer{} literal defaults to acks=0.
//   - Async: false. Async mode drops errors (kafka-go #65, #119, #391).
//   - AllowAutoTopicCreation: false. A typo in a region topic must not
//     create a topic (data would land where no consumer or retention policy
//     expects it). A missing topic is reported, not created.
//   - Balancer: Murmur2Balancer, the Java client's default partitioner: a
//     key lands on the same partition number as it would from a Java or
//     librdkafka producer, so Kafka Streams / Connect jobs can co-partition
//     and join on it. (kafka.Hash is FNV-1a: just as stable for per-key
//     order, but incompatible.) Nil keys are spread randomly.
//   - BatchTimeout: 2ms. A synchronous write waits for every partition
//     batch to fill or time out, and the pipeline writes one batch at a
//     time, so this is paid on every write (the default 1s would cap a
//     replica at about one write per second; 1ms against 5ms measured
//     120k against 89k records/s, docs/kafka-notes.md).
//   - BatchSize: 100, measured. kafka-go preallocates BatchSize messages
//     (152 bytes each) for every partition batch. BenchmarkWrite, 1000
//     outputs of 600 bytes per Write on the embedded broker (client and
//     broker on the same 2 shared cores):
//     1 topic x 6 partitions: BatchSize 50 5.2-7.0ms, 100 5.2-6.2ms,
//     250 6.1-8.1ms per write; 8 topics x 6 partitions (about 21 outputs per
//     partition per write): 100 -> 3.6 MB/op, 250 -> 4.6-5.3 MB/op,
//     1000 -> 10-10.8 MB/op (the extra is the preallocation, about
//     48 x 1000 x 152 B), with no throughput gain from larger batches.
//   - BatchBytes: 1 MiB. It also caps one message (kafka-go rejects a
//     larger one before sending; Write checks the size first and reports
//     ReasonTooLarge). It must not exceed the topics' max.message.bytes
//     (Kafka default 1048588) or the broker rejects whole batches; if it
//     does, Write isolates the messages of a rejected batch and reports
//     only those too large on their own.
//   - MaxAttempts: 3 for kafka-go's own per-batch retries of errors it
//     deems temporary; Write retries on top with its own budget.
//
// # Retries
//
// Per partition (the Writer), Write groups outputs per (cluster, topic) and writes the groups in
// parallel (a missing topic then fails only its own group: kafka-go fails a
// whole WriteMessages call when one topic's metadata is missing). Failed
// messages are found through kafka.WriteErrors and only those are retried,
// with exponential backoff (jitter) within RetryBudget (default 2 minutes).
// Retriable: io.EOF (which kafka-go's Writer does not retry, #1352),
// io.ErrUnexpectedEOF, net errors, connection refused/reset, the attempt's
// own deadline, kafka errors marked Temporary (NOT_LEADER_FOR_PARTITION,
// LEADER_NOT_AVAILABLE, REQUEST_TIMED_OUT, NOT_ENOUGH_REPLICAS, ...) and
// any unrecognised error: a record is never quarantined on a guess.
// UNKNOWN_TOPIC_OR_PARTITION is retried for UnknownTopicWait (10s, longer
// than the transport's 5s metadata cache) and then reported; the topic is
// then remembered as missing for MissingTopicTTL so later writes do not
// wait again. Fatal at once: authorization and SASL errors, a closed
// writer, the caller's context ending.
//
// A retried message may already have been written: duplicates, never loss.
// Per-key order holds within a partition unless a partial failure is
// retried while a later batch of the same partition succeeded.
package producer
