package cluster

import (
	"unsafe"

	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/record"
)

// The record contract has its own Header type so that the classifier and
// the pipeline never import kafka-go. The two types have the same layout
// (TestHeaderLayout guards it across kafka-go upgrades), so the consumer
// and the producer view one as the other instead of copying: a copy would
// cost an allocation per consumed message and per output written.

// RecordHeaders views kafka-go headers as record headers (same memory).
func RecordHeaders(hs []kafka.Header) []record.Header {
	return unsafe.Slice((*record.Header)(unsafe.Pointer(unsafe.SliceData(hs))), cap(hs))[:len(hs)]
}

// KafkaHeaders views record headers as kafka-go headers (same memory);
// kafka-go only reads them.
func KafkaHeaders(hs []record.Header) []kafka.Header {
	return unsafe.Slice((*kafka.Header)(unsafe.Pointer(unsafe.SliceData(hs))), cap(hs))[:len(hs)]
}
