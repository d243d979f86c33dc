package soak

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/record"
)

// Projections as the checker numbers them.
const (
	projFull uint8 = iota
	projPseudonymized
	projRedacted
	projAudit
	projQuarantine
	projOther
)

var projNames = []string{"full", "pseudonymized", "redacted", "audit", "quarantine", "other"}

func projIndex(p string) uint8 {
	for i, n := range projNames {
		if n == p {
			return uint8(i)
		}
	}
	return projOther
}

// Checker is the oracle: it runs the classifier library on every input
// record (with the coordinates the service sees) to get the records the
// service must produce, then matches every output record against them.
//
// Each expected record is identified by its topic and a hash of its key,
// value and headers: the classifier is deterministic, so a correct replica
// produces byte-identical records, and a record that differs in any byte
// (a value from another event, a wrong projection) is counted as mismatched.
type Checker struct {
	rs         *classifier.Ruleset
	input      string
	prefix     []byte
	quarantine string
	audit      string
	topics     []string
	topicIdx   map[string]uint8
	seed       maphash.Seed

	index  [][]int32 // per input partition: offset -> event index (-1: none)
	events []event
	exp    []expected
	kinds  []string
	kindIx map[string]uint16

	mu  sync.Mutex
	res Result
	// ruleset seen in the outputs, for a clear message when the replicas
	// run other rules than the checker.
	seenRulesets map[string]int
}

type event struct {
	part   int32
	off    int64
	seq    int32 // soak-seq header, -1 when absent
	kind   uint16
	start  uint32 // first expected record
	n      uint8  // expected records
	failed bool   // the library quarantines it (decision error)
	reason string // decision error code, if failed
	ts     int64  // input record timestamp, ms
}

type expected struct {
	topic    uint8
	proj     uint8
	hash     uint64
	seen     uint32
	mismatch uint32
	replaced uint32
}

// Result is what the checker found.
type Result struct {
	Inputs          int            // input records (the acknowledged input set)
	InputsByKind    map[string]int // by soak-kind header
	Failed          int            // inputs the library quarantines (decision error)
	FailedByReason  map[string]int
	Expected        int // expected output records
	Observed        int // output records of this run
	Missing         int // expected records never seen
	MissingByTopic  map[string]int
	MissingEvents   int // inputs with at least one missing record
	MissingNoAudit  int // inputs without any audit record
	Misrouted       int // records in a topic no decision of their input names
	Mismatched      int // records in the right topic whose bytes differ from the oracle's
	Replaced        int // outputs replaced by a produce-stage quarantine record
	ReplacedAudit   int // ...of which audit records: the input's decision is not in the audit topic
	Unexpected      int // records naming a source coordinate that is not in the input
	Duplicates      int // records beyond the expected count
	DupEvents       int // inputs processed more than once (audit records beyond one)
	Leaks           int // records of a non-full route holding a marker
	LeakByTopic     map[string]int
	QuarantineBad   int // quarantine records without error and stage headers
	QuarantinedSrcs map[string]bool
	Examples        []string // a few of each problem, for the report
	RulesetMismatch string
	examplesBy      map[string]int
}

// NewChecker returns a checker for the records of input topic (the
// `source` header prefix "<input>/").
func NewChecker(rs *classifier.Ruleset, input string, outputTopics []string, quarantine, audit string) *Checker {
	c := &Checker{rs: rs, input: input, prefix: []byte(input + "/"), quarantine: quarantine, audit: audit,
		topics: outputTopics, topicIdx: map[string]uint8{}, seed: maphash.MakeSeed(), kindIx: map[string]uint16{},
		seenRulesets: map[string]int{}}
	for i, t := range outputTopics {
		c.topicIdx[t] = uint8(i)
	}
	c.res = Result{InputsByKind: map[string]int{}, FailedByReason: map[string]int{}, MissingByTopic: map[string]int{},
		LeakByTopic: map[string]int{}, QuarantinedSrcs: map[string]bool{}, examplesBy: map[string]int{}}
	return c
}

func (c *Checker) kind(k string) uint16 {
	i, ok := c.kindIx[k]
	if !ok {
		i = uint16(len(c.kinds))
		c.kinds = append(c.kinds, k)
		c.kindIx[k] = i
	}
	return i
}

func (c *Checker) example(class, format string, args ...any) {
	if c.res.examplesBy[class] >= 5 {
		return
	}
	c.res.examplesBy[class]++
	c.res.Examples = append(c.res.Examples, class+": "+fmt.Sprintf(format, args...))
}

type oracle struct {
	failed bool
	reason string
	recs   []expected
}

// AddInputs runs the oracle over input records (in any order) in parallel.
func (c *Checker) AddInputs(recs []*kgo.Record) error {
	outs := make([]oracle, len(recs))
	workers := max(1, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []classifier.Record
			for i := w; i < len(recs); i += workers {
				r := recs[i]
				in := classifier.Input{Value: r.Value, Key: r.Key, Time: r.Timestamp,
					Source: r.Topic + "/" + strconv.Itoa(int(r.Partition)) + "/" + strconv.FormatInt(r.Offset, 10)}
				d := &classifier.Decision{}
				buf, _ = c.rs.ProcessAppend(d, in, buf[:0], nil)
				o := oracle{failed: d.Failed(), reason: string(d.Reason)}
				for k := range buf {
					rec := &buf[k]
					ti, ok := c.topicIdx[rec.Topic]
					if !ok {
						o.recs = nil
						o.reason = "oracle routes to unknown topic " + rec.Topic
						break
					}
					o.recs = append(o.recs, expected{topic: ti, proj: projIndex(rec.Projection), hash: c.hashClassifier(rec)})
				}
				outs[i] = o
			}
		}()
	}
	wg.Wait()
	for i, r := range recs {
		o := &outs[i]
		if o.recs == nil {
			return fmt.Errorf("oracle: %s", o.reason)
		}
		p := int(r.Partition)
		for len(c.index) <= p {
			c.index = append(c.index, nil)
		}
		idx := c.index[p]
		for int64(len(idx)) <= r.Offset {
			idx = append(idx, -1)
		}
		if idx[r.Offset] >= 0 {
			return fmt.Errorf("input %s/%d/%d added twice", r.Topic, p, r.Offset)
		}
		idx[r.Offset] = int32(len(c.events))
		c.index[p] = idx
		seq := int32(-1)
		if s := Header(r, HeaderSeq); s != nil {
			if n, err := strconv.Atoi(string(s)); err == nil {
				seq = int32(n)
			}
		}
		k := Kind(r)
		if k == "" {
			k = "unlabelled"
		}
		c.res.InputsByKind[k]++
		ev := event{part: r.Partition, off: r.Offset, seq: seq, kind: c.kind(k), start: uint32(len(c.exp)),
			n: uint8(len(o.recs)), failed: o.failed, reason: o.reason, ts: r.Timestamp.UnixMilli()}
		if o.failed {
			c.res.Failed++
			c.res.FailedByReason[o.reason]++
		}
		c.events = append(c.events, ev)
		c.exp = append(c.exp, o.recs...)
		c.res.Expected += len(o.recs)
	}
	c.res.Inputs = len(c.events)
	return nil
}

func (c *Checker) hashClassifier(r *classifier.Record) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	writeField(&h, r.Key)
	writeField(&h, r.Value)
	for _, hd := range r.Headers {
		writeField(&h, []byte(hd.Key))
		writeField(&h, hd.Value)
	}
	return h.Sum64()
}

func (c *Checker) hashRecord(r *kgo.Record) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	writeField(&h, r.Key)
	writeField(&h, r.Value)
	for _, hd := range r.Headers {
		writeField(&h, []byte(hd.Key))
		writeField(&h, hd.Value)
	}
	return h.Sum64()
}

func writeField(h *maphash.Hash, b []byte) {
	var n [8]byte
	l := len(b)
	for i := range n {
		n[i] = byte(l >> (8 * i))
	}
	h.Write(n[:])
	h.Write(b)
}

// Mine reports whether an output record belongs to this run.
func (c *Checker) Mine(r *kgo.Record) bool {
	return bytes.HasPrefix(Header(r, classifier.HeaderSource), c.prefix)
}

// Lookup returns the input partition and offset named by an output
// record's source header.
func (c *Checker) lookup(src []byte) (int, bool) {
	rest := src[len(c.prefix):]
	i := bytes.IndexByte(rest, '/')
	if i < 0 {
		return -1, false
	}
	p, err1 := strconv.Atoi(string(rest[:i]))
	o, err2 := strconv.ParseInt(string(rest[i+1:]), 10, 64)
	if err1 != nil || err2 != nil || p < 0 || p >= len(c.index) || o < 0 || o >= int64(len(c.index[p])) {
		return -1, false
	}
	e := c.index[p][o]
	return int(e), e >= 0
}

// markers holds the markers found in each part of a record.
type markers struct {
	value, key []byte
	headers    []string
}

func markersOf(r *kgo.Record) markers {
	m := markers{value: FirstMarker(r.Value), key: FirstMarker(r.Key)}
	for _, h := range r.Headers {
		if mk := FirstMarker(h.Value); mk != nil {
			m.headers = append(m.headers, "header "+h.Key+"="+string(mk))
		}
	}
	return m
}

// Observe checks one output record read from topic. Records of other runs
// (another source prefix) are ignored. Safe for concurrent use.
func (c *Checker) Observe(topic string, r *kgo.Record) {
	src := Header(r, classifier.HeaderSource)
	if !bytes.HasPrefix(src, c.prefix) {
		return
	}
	h := c.hashRecord(r)
	mk := markersOf(r)
	coord := func() string { return fmt.Sprintf("%s %d/%d (source %s)", topic, r.Partition, r.Offset, src) }
	c.mu.Lock()
	defer c.mu.Unlock()
	c.res.Observed++
	c.seenRulesets[string(Header(r, classifier.HeaderRuleset))]++
	if topic == c.quarantine {
		c.res.QuarantinedSrcs[string(src)] = true
		if len(Header(r, classifier.HeaderError)) == 0 || len(Header(r, classifier.HeaderStage)) == 0 {
			c.res.QuarantineBad++
			c.example("quarantine record without error/stage headers", "%s", coord())
		}
	}
	ei, ok := c.lookup(src)
	ti, known := c.topicIdx[topic]
	if !ok || !known {
		c.res.Unexpected++
		c.example("unexpected", "%s: no such input record", coord())
		c.scan(topic, mk, false, false, coord)
		return
	}
	ev := &c.events[ei]
	slots := c.exp[ev.start : ev.start+uint32(ev.n)]
	same := -1
	for i := range slots {
		if slots[i].topic != ti {
			continue
		}
		if slots[i].hash == h {
			slots[i].seen++
			c.scanExpected(topic, mk, slots[i].proj, coord)
			return
		}
		if same < 0 {
			same = i
		}
	}
	// A produce-stage quarantine record replaces an output that could
	// never be written (too large, topic missing): it stands for that
	// output.
	if topic == c.quarantine && string(Header(r, classifier.HeaderStage)) == "produce" {
		if ft, ok := c.topicIdx[string(Header(r, record.HeaderFailedTopic))]; ok {
			for i := range slots {
				if slots[i].topic == ft {
					slots[i].seen++
					slots[i].replaced++
					c.res.Replaced++
					if slots[i].proj == projAudit {
						c.res.ReplacedAudit++
					}
					c.example("replaced by quarantine (produce stage)", "%s error=%q", coord(), Header(r, classifier.HeaderError))
					c.scan(topic, mk, true, false, coord)
					return
				}
			}
		}
	}
	if same >= 0 {
		slots[same].seen++
		slots[same].mismatch++
		c.res.Mismatched++
		c.example("mismatched", "%s: bytes differ from the oracle's %s record", coord(), projNames[slots[same].proj])
		c.scanExpected(topic, mk, slots[same].proj, coord)
		return
	}
	c.res.Misrouted++
	var want []string
	for _, s := range slots {
		want = append(want, c.topics[s.topic])
	}
	c.example("misrouted", "%s: its decision routes only to %s", coord(), strings.Join(want, ", "))
	c.scan(topic, mk, false, false, coord)
}

// scanExpected judges a record the oracle expects: a full record may carry
// personal values anywhere but its headers; a quarantine record only in its
// value (the raw event).
func (c *Checker) scanExpected(topic string, m markers, proj uint8, coord func() string) {
	switch proj {
	case projFull:
		c.scan(topic, m, true, true, coord)
	case projQuarantine:
		c.scan(topic, m, true, false, coord)
	default:
		c.scan(topic, m, false, false, coord)
	}
}

func (c *Checker) scan(topic string, m markers, valueOK, keyOK bool, coord func() string) {
	var where []string
	if !valueOK && m.value != nil {
		where = append(where, "value="+string(m.value))
	}
	if !keyOK && m.key != nil {
		where = append(where, "key="+string(m.key))
	}
	where = append(where, m.headers...)
	if len(where) > 0 {
		c.res.Leaks++
		c.res.LeakByTopic[topic]++
		c.example("leak", "%s: marker in %s", coord(), strings.Join(where, ", "))
	}
}

// Finish tallies missing records and duplicates.
func (c *Checker) Finish() Result {
	c.mu.Lock()
	defer c.mu.Unlock()
	res := c.res
	for ei := range c.events {
		ev := &c.events[ei]
		missing := false
		for _, s := range c.exp[ev.start : ev.start+uint32(ev.n)] {
			switch {
			case s.seen == 0:
				res.Missing++
				res.MissingByTopic[c.topics[s.topic]]++
				missing = true
				if s.proj == projAudit {
					res.MissingNoAudit++
				}
				c.example("missing", "%s/%d/%d (seq %d, %s): no record in %s (%s)", c.input, ev.part, ev.off, ev.seq, c.kinds[ev.kind], c.topics[s.topic], projNames[s.proj])
			case s.seen > 1:
				res.Duplicates += int(s.seen - 1)
				if s.proj == projAudit {
					res.DupEvents++
				}
			}
		}
		if missing {
			res.MissingEvents++
		}
	}
	if len(c.seenRulesets) > 0 {
		want := c.rs.Version()
		var other []string
		for v, n := range c.seenRulesets {
			if v != want {
				other = append(other, fmt.Sprintf("%s (%d records)", v, n))
			}
		}
		if len(other) > 0 {
			sort.Strings(other)
			res.RulesetMismatch = fmt.Sprintf("the replicas ran ruleset %s, the checker %s: build the binary from this tree", strings.Join(other, ", "), want)
		}
	}
	res.Examples = append([]string(nil), c.res.Examples...)
	return res
}

// PoisonQuarantined checks the poison-pill contract on the observed
// outputs: the sources in quarantine are exactly the inputs whose kind has
// prefix "poison:" (plus those the library itself quarantines), and every
// poison input's decision failed. It returns problems, empty when fine.
func (c *Checker) PoisonQuarantined() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var probs []string
	want := map[string]bool{}
	for _, ev := range c.events {
		src := fmt.Sprintf("%s%d/%d", c.prefix, ev.part, ev.off)
		poison := strings.HasPrefix(c.kinds[ev.kind], "poison:")
		if poison && !ev.failed {
			probs = append(probs, fmt.Sprintf("%s (%s): the classifier accepts it (not quarantined)", src, c.kinds[ev.kind]))
		}
		if !poison && ev.failed {
			probs = append(probs, fmt.Sprintf("%s (%s): a good event quarantined by the classifier: %s", src, c.kinds[ev.kind], ev.reason))
		}
		if poison || ev.failed {
			want[src] = true
		}
	}
	for src := range want {
		if !c.res.QuarantinedSrcs[src] {
			probs = append(probs, src+": expected in quarantine, not there")
		}
	}
	for src := range c.res.QuarantinedSrcs {
		if !want[src] {
			probs = append(probs, src+": in quarantine, but it is not a poison pill")
		}
	}
	sort.Strings(probs)
	return probs
}

// InputTime returns the input record timestamp of partition p offset o.
func (c *Checker) InputTime(p int, o int64) (time.Time, bool) {
	if p < 0 || p >= len(c.index) || o < 0 || o >= int64(len(c.index[p])) || c.index[p][o] < 0 {
		return time.Time{}, false
	}
	return time.UnixMilli(c.events[c.index[p][o]].ts), true
}

// MaxFanout is the most records one input yields (audit included).
func (c *Checker) MaxFanout() int {
	m := 0
	for _, ev := range c.events {
		m = max(m, int(ev.n))
	}
	return m
}

// FirstMarker returns the first event marker ("mk<digits>x", any case) in
// b, skipping keyed pseudonyms ("tok_" + 24 base64url characters, which can
// spell a marker by chance), or nil.
func FirstMarker(b []byte) []byte {
	var found []byte
	eachMarker(b, func(m []byte) bool { found = m; return false })
	return found
}

// CountMarkers counts the markers in b.
func CountMarkers(b []byte) int {
	n := 0
	eachMarker(b, func([]byte) bool { n++; return true })
	return n
}

func eachMarker(b []byte, fn func([]byte) bool) {
	for i := 0; i+3 <= len(b); i++ {
		c := b[i]
		if c == 't' && i+28 <= len(b) && b[i+1] == 'o' && b[i+2] == 'k' && b[i+3] == '_' && allB64(b[i+4:i+28]) {
			i += 27
			continue
		}
		if (c != 'm' && c != 'M') || (b[i+1] != 'k' && b[i+1] != 'K') {
			continue
		}
		j := i + 2
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		if j > i+2 && j < len(b) && (b[j] == 'x' || b[j] == 'X') {
			if !fn(b[i : j+1]) {
				return
			}
			i = j
		}
	}
}

func allB64(b []byte) bool {
	for _, c := range b {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
