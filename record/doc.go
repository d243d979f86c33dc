// Package record is the record contract shared by the consumer, the
// pipeline, the producer and the classifier's adapter: the consumed Input,
// the Output to produce, the header names and their lookup, partitions,
// the sizes used for in-flight accounting, the errors a fetch and a write
// return (ErrClosed, WriteErrors), and the Arena outputs can be rendered
// into.
//
// It imports only the standard library. The classifier takes its header
// names from here and must know nothing of Kafka, and the pipeline speaks
// only in these types, so the consumer and the producer are its seams: each
// imports this package, none imports another. Header mirrors kafka-go's
// kafka.Header so that the consumer and the producer convert header slices
// without copying; each asserts the layout in a test.
package record
