package cluster

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/record"
)

// TestHeaderLayout guards the unsafe conversions of RecordHeaders and
// KafkaHeaders: a kafka-go
// upgrade that changes kafka.Header's layout must fail here, not corrupt
// headers at run time.
func TestHeaderLayout(t *testing.T) {
	k, r := reflect.TypeFor[kafka.Header](), reflect.TypeFor[record.Header]()
	if k.Size() != r.Size() || k.Align() != r.Align() || k.NumField() != r.NumField() {
		t.Fatalf("kafka.Header: size %d, align %d, %d fields; record.Header: size %d, align %d, %d fields",
			k.Size(), k.Align(), k.NumField(), r.Size(), r.Align(), r.NumField())
	}
	for i := range k.NumField() {
		kf, rf := k.Field(i), r.Field(i)
		if kf.Name != rf.Name || kf.Offset != rf.Offset || kf.Type != rf.Type {
			t.Errorf("field %d: kafka.Header has %s %v at %d, record.Header %s %v at %d",
				i, kf.Name, kf.Type, kf.Offset, rf.Name, rf.Type, rf.Offset)
		}
	}
}

func TestRecordHeaders(t *testing.T) {
	for _, tc := range []struct {
		name string
		hs   []kafka.Header
	}{
		{"nil", nil},
		{"empty", []kafka.Header{}},
		{"two", append(make([]kafka.Header, 0, 3), kafka.Header{Key: "a", Value: []byte("1")}, kafka.Header{Key: "b"})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := RecordHeaders(tc.hs)
			if (got == nil) != (tc.hs == nil) || len(got) != len(tc.hs) || cap(got) != cap(tc.hs) {
				t.Fatalf("got len %d cap %d (nil %v), want len %d cap %d (nil %v)",
					len(got), cap(got), got == nil, len(tc.hs), cap(tc.hs), tc.hs == nil)
			}
			for i := range got {
				if unsafe.Pointer(&got[i]) != unsafe.Pointer(&tc.hs[i]) || got[i].Key != tc.hs[i].Key || string(got[i].Value) != string(tc.hs[i].Value) {
					t.Fatalf("header %d: %+v is not a view of %+v", i, got[i], tc.hs[i])
				}
			}
		})
	}
}

func TestKafkaHeaders(t *testing.T) {
	for _, tc := range []struct {
		name string
		hs   []record.Header
	}{
		{"nil", nil},
		{"empty", []record.Header{}},
		{"two", append(make([]record.Header, 0, 3), record.Header{Key: "a", Value: []byte("1")}, record.Header{Key: "b"})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := KafkaHeaders(tc.hs)
			if (got == nil) != (tc.hs == nil) || len(got) != len(tc.hs) || cap(got) != cap(tc.hs) {
				t.Fatalf("got len %d cap %d (nil %v), want len %d cap %d (nil %v)",
					len(got), cap(got), got == nil, len(tc.hs), cap(tc.hs), tc.hs == nil)
			}
			for i := range got {
				if unsafe.Pointer(&got[i]) != unsafe.Pointer(&tc.hs[i]) || got[i].Key != tc.hs[i].Key || string(got[i].Value) != string(tc.hs[i].Value) {
					t.Fatalf("header %d: %+v is not a view of %+v", i, got[i], tc.hs[i])
				}
			}
		})
	}
}
