package soak

import (
	"bytes"
	"context"
	"strconv"
	"strings"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/residency-labs/signup-classifier/demo"
)

// Input record headers the harness adds. The service ignores input headers
// (they reach no output), so they only help the checker name events.
const (
	HeaderSeq  = "soak-seq"
	HeaderKind = "soak-kind"
)

// Good returns the record of demo event seq: keyed by the user id (which,
// like the event's personal values, carries the event's marker) for two
// events in three, unkeyed otherwise (the service then keys by the event's
// own user id). With hostile > 0 the demo generator breaks that share of
// events.
func Good(g *demo.Generator, seed uint64, seq int) *kgo.Record {
	r := &kgo.Record{Value: g.Event(seed, seq)}
	if seq%3 != 0 {
		r.Key = []byte("u-" + demo.Marker(seq))
	}
	r.Headers = []kgo.RecordHeader{{Key: HeaderSeq, Value: []byte(strconv.Itoa(seq))}, {Key: HeaderKind, Value: []byte("demo")}}
	return r
}

// GenerateDemo generates demo events 0..n-1 with `workers` goroutines (the
// generator costs tens of microseconds per event) and delivers them in
// order, in chunks.
func GenerateDemo(ctx context.Context, seed uint64, n int, hostile float64, workers int) <-chan []*kgo.Record {
	const chunk = 1000
	workers = max(1, workers)
	out := make(chan []*kgo.Record, 2)
	ins := make([]chan []*kgo.Record, workers)
	for w := range ins {
		ins[w] = make(chan []*kgo.Record, 2)
		go func() {
			defer close(ins[w])
			g := demo.New(seed + uint64(w)*0x9e3779b9)
			g.Hostile = hostile
			for lo := w * chunk; lo < n; lo += workers * chunk {
				hi := min(lo+chunk, n)
				recs := make([]*kgo.Record, 0, hi-lo)
				for seq := lo; seq < hi; seq++ {
					recs = append(recs, Good(g, seed, seq))
				}
				select {
				case ins[w] <- recs:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			recs, ok := <-ins[i%workers]
			if !ok {
				return
			}
			select {
			case out <- recs:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// PoisonKinds are the deliberately broken inputs of the poison-pill test.
// Every one carries the event's marker, so a quarantined pill that leaks
// anywhere else (audit, logs, a region) is found.
var PoisonKinds = []string{
	"invalid_json", "truncated", "invalid_utf8", "deep_nesting", "duplicate_keys",
	"huge_string", "top_level_array", "nan", "null_bytes", "country_wrong_type", "email_wrong_type",
}

// HugeStringBytes is the size of the huge_string pill's string: above the
// service's max_event_bytes (256 KiB), below the broker's 1 MiB message size,
// so the raw event still fits the quarantine topic.
const HugeStringBytes = 900 << 10

// Poison returns pill seq of the given kind.
func Poison(kind string, seq int) *kgo.Record {
	mk := demo.Marker(seq)
	email := "user." + mk + "@example.com"
	var v []byte
	switch kind {
	case "invalid_json":
		v = []byte(`{"email":"` + email + `" "country":"RU"}`)
	case "truncated":
		v = []byte(`{"event_id":"p-` + strconv.Itoa(seq) + `","email":"` + email + `","country":"RU","note":"hel`)
	case "invalid_utf8":
		v = []byte("{\"email\":\"" + email + "\",\"name\":\"\xff\xfeName" + mk + "\",\"country\":\"RU\"}")
	case "deep_nesting":
		const depth = 10000
		var b bytes.Buffer
		b.WriteString(`{"email":"` + email + `","country":"DE","x":`)
		b.WriteString(strings.Repeat(`[`, depth))
		b.WriteString(`"` + mk + `"`)
		b.WriteString(strings.Repeat(`]`, depth))
		b.WriteString(`}`)
		v = b.Bytes()
	case "duplicate_keys":
		v = []byte(`{"email":"decoy@example.com","country":"DE","email":"` + email + `"}`)
	case "huge_string":
		var b bytes.Buffer
		b.WriteString(`{"email":"` + email + `","country":"DE","bio":"`)
		chunk := "Hi, I am Name" + mk + " and I like hiking. "
		for b.Len() < HugeStringBytes {
			b.WriteString(chunk)
		}
		b.WriteString(`"}`)
		v = b.Bytes()
	case "top_level_array":
		v = []byte(`[{"email":"` + email + `","country":"RU"}]`)
	case "nan":
		v = []byte(`{"email":"` + email + `","score":NaN,"country":"RU"}`)
	case "null_bytes":
		v = []byte("{\"email\":\"" + email + "\",\"name\":\"Name\x00" + mk + "\",\"country\":\"RU\"}")
	case "country_wrong_type":
		// A number or a bool where a country code belongs (an object holding
		// a code is a legitimate shape and is classified by its leaves).
		if seq%2 == 0 {
			v = []byte(`{"email":"` + email + `","country":643,"name":"Name` + mk + `"}`)
		} else {
			v = []byte(`{"email":"` + email + `","name":"Name` + mk + `","country":true}`)
		}
	case "email_wrong_type":
		if seq%2 == 0 {
			v = []byte(`{"email":42,"country":"RU","name":"Name` + mk + `"}`)
		} else {
			v = []byte(`{"name":"Name` + mk + `","email":-1.5,"country":"RU"}`) // a boolean is a switch, not a wrong type
		}
	default:
		panic("harness: unknown poison kind " + kind)
	}
	return &kgo.Record{Key: []byte("u-" + mk), Value: v,
		Headers: []kgo.RecordHeader{{Key: HeaderSeq, Value: []byte(strconv.Itoa(seq))}, {Key: HeaderKind, Value: []byte("poison:" + kind)}}}
}

// Kind returns the soak-kind header of an input record.
func Kind(r *kgo.Record) string { return string(Header(r, HeaderKind)) }
