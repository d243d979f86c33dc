package classifier

import (
	"encoding/binary"
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// Signup streams come from a few producers whose events share a shape: the
// same member names, nesting and kinds, with different values. What the
// walk works out depends on the shape alone (each node's name category and
// flags, its JSON Pointer, which leaves are evidence of which kind), except
// where a sibling type key's value gives a member its meaning ({"type":
// "email", "value": ...}). A plan is that work done once per shape and
// type-key values; an event of a known shape copies it and runs only the
// work that looks at values (evidence, identifiers with check digits), so
// its decision is byte for byte the one of the full walk (TestPlanEquality).
//
// The shape is a signature of every node below the root in pre-order: its
// kind, its depth and its member name. Pre-order and depth determine the
// tree; the member names are the text every name rule reads. A plan is found
// by the signature's hash and taken only when the signature and the
// type-key values are equal to its own, so a hash collision costs a miss,
// never a wrong decision.

// evOp is a value-dependent step of the walk, replayed in the walk's order
// for every event of a plan's shape.
type evOp struct {
	node  int32
	base  int  // evidenceOf's base; with id, unused
	cat   int  // with id: the national identifier's category
	named bool // evidenceOf's named
	id    bool // an identifier whose valid check digits name its country
	// key: the member's name is the value, when the member is answered
	// yes ({"citizenship": {"RU": true}}, a multiple-choice answer).
	key bool
	// party: the leaf is in a party's record the event's type names
	// (its evidence counts only without the event's own).
	party bool
	// goods: an address under a billing, shipping or delivery context.
	goods bool
	// line: an address's line, which says nothing when it holds three
	// characters or fewer (a flat's "4B", a FHIR Quantity's unit "kg").
	// Read per event: a value is no part of the shape a plan is cached by.
	line bool
	// typed: the leaf's record has a member that says what kind of place
	// it is or when it ended (kindBeside); what it says is read per
	// event (recordKind).
	typed bool
}

// plan is the walk's outcome for one shape and type-key values. It owns
// all its memory (the parser's strings alias the event's bytes) and is
// never changed once cached.
type plan struct {
	keys      []typeKey // what the walk read of the shape's type keys
	nodeCat   []int32
	nodeFlags []uint8
	ptr       []byte
	paths     string // ptr as the string decisions' paths slice
	ptrStart  []int32
	ptrEnd    []int32
	leaves    []leaf
	ops       []evOp
	size      int // bytes, for the cache's budget
}

// shapeEntry is one shape in the cache with its plans, one per set of
// type-key values seen (at most maxPlanVariants).
type shapeEntry struct {
	hash     uint64
	sig      string
	sens     []sensNode // type keys whose values select the plan
	variants []*plan
	vhand    int // the variant the next one replaces once full
	size     int
	ref      atomic.Bool // the clock's bit: used since the hand passed
	next     *shapeEntry // another shape with the same hash
}

const (
	planShards      = 16
	maxPlans        = 4096     // plans in the whole cache
	maxPlanBytes    = 32 << 20 // and the memory they may hold
	maxPlanVariants = 8        // plans per shape
	// maxPlanNodes: larger events take the full walk every time; they are
	// rare, and their plans would crowd out the common shapes.
	maxPlanNodes = 512
)

// planCache holds plans per shape, bounded in count and bytes: hostile
// events with ever new shapes must not grow memory without limit. Each
// shard evicts by a clock over its shapes.
type planCache struct {
	seed   maphash.Seed
	shards [planShards]planShard
}

type planShard struct {
	mu    sync.RWMutex
	m     map[uint64]*shapeEntry
	ring  []*shapeEntry
	hand  int
	plans int
	bytes int
}

func newPlanCache() *planCache {
	c := &planCache{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = map[uint64]*shapeEntry{}
	}
	return c
}

// appendSignature appends the shape of doc: kind, depth and member name of
// every node below the root, in pre-order.
func appendSignature(dst []byte, doc *event.Doc) []byte {
	nodes := doc.Nodes
	for i := 1; i < len(nodes); i++ {
		n := &nodes[i]
		dst = append(dst, byte(n.Kind))
		dst = binary.AppendUvarint(dst, uint64(n.Depth))
		dst = binary.AppendUvarint(dst, uint64(len(n.Key)))
		dst = append(dst, n.Key...)
	}
	return dst
}

// lookup finds the plan of the event in s.doc, whose signature is s.sig
// with hash h, or nil.
func (c *planCache) lookup(rs *Ruleset, s *scratch, h uint64) *plan {
	sh := &c.shards[h%planShards]
	sh.mu.RLock()
	defer sh.mu.RUnlock()
	for e := sh.m[h]; e != nil; e = e.next {
		if e.sig != unsafeString(s.sig) {
			continue
		}
		if !e.ref.Load() {
			e.ref.Store(true)
		}
		s.keys = rs.appendTypeKeys(s, s.keys[:0], e.sens, false)
		for _, p := range e.variants {
			if slices.Equal(p.keys, s.keys) {
				return p
			}
		}
		return nil
	}
	return nil
}

// typeKey is what the walk reads of a type key's value (contextCategory):
// whether it is short enough to be read, the type rules its fold names
// and, in a name/value pair, the category it names as a field name. Two
// values that agree on these give every node the same category: {"name":
// "Ivan Petrov", "id": 7} and {"name": "Anna Smirnova", "id": 9} share a
// plan, {"type": "email", ...} and {"type": "phone", ...} do not.
type typeKey struct {
	typ     *typeRule // the first type rule the value's fold names, or nil
	nameCat int       // with pair, the category the value names, or -1
	asks    bool      // with pair, the value is a question (namePairLabel)
	evCtx   int       // with pair and an evidence category, the label's evidence context
	short   bool      // at most 64 bytes: longer values are not read
	// prop is what the walk reads of a jCard's names (tuples.go): a
	// property's name as written, or whether a component is a vcard.
	prop string
}

// sensNode is a type key whose value the walk reads: pair says a sibling
// makes it the name half of a name/value pair; tuple, that it is instead
// the name of what may be a jCard component or property (tuples.go).
type sensNode struct {
	node  int32
	pair  bool
	data  bool // a "data" member beside it: whether it names a credential
	tuple uint8
}

// sensNode.tuple: a type key, or the name of a jCard piece.
const (
	sensTypeKey uint8 = iota
	sensComponent
	sensProperty
	// sensIdentifier: the node is a FHIR Identifier object whose type
	// object or system URI says what its value is (fhir.go).
	sensIdentifier
	// sensAnswerRef: the id or ref of the field a form's answer answers
	// ({"choice": …, "field": {"id": "password"}}): whether it names a
	// credential (answerRefCredential).
	sensAnswerRef
	// sensSegment: the segmentId of an HL7 v2 segment written by
	// position (hl7fields.go), which says what its fields hold.
	sensSegment
	// sensPairName: the name of a [name, value] pair in a list of
	// pairs (Sentry's tags, headers and cookies; pairs.go).
	sensPairName
)

// appendTypeKeys appends what the walk reads of each type key in sens;
// own says the keys outlive the event (a plan's) and must own their
// memory.
func (rs *Ruleset) appendTypeKeys(s *scratch, dst []typeKey, sens []sensNode, own bool) []typeKey {
	for _, sn := range sens {
		v := s.doc.Nodes[sn.node].Str
		if sn.tuple == sensAnswerRef {
			dst = append(dst, typeKey{nameCat: rs.refCredential(v)})
			continue
		}
		if sn.tuple == sensSegment {
			dst = append(dst, typeKey{nameCat: -1, prop: hl7SegmentID(v)})
			continue
		}
		if sn.tuple == sensIdentifier {
			k := typeKey{nameCat: -1, short: true}
			if r := rs.ctxType[rs.identifierTypeLabel(s, sn.node)]; len(r) > 0 {
				k.typ = &r[0]
			}
			dst = append(dst, k)
			continue
		}
		if sn.tuple != sensTypeKey {
			dst = append(dst, tupleTypeKey(s, sn.tuple, v, own))
			continue
		}
		k := typeKey{nameCat: -1}
		if len(v) <= 64 {
			k.short = true
			if r := rs.ctxType[s.foldValue(v)]; len(r) > 0 {
				k.typ = &r[0] // one slice per fold: the pointer names the fold
			}
			if sn.data {
				k.nameCat = rs.credentialLabel(s, v)
			}
		}
		if sn.pair && len(v) <= pairLabelMax {
			k.nameCat = rs.pairNameCategory(v)
			k.asks = asks(v)
			// The label's evidence context (memberContext):
			// billing_country is an address, merchant_country none.
			k.evCtx = pairLabelContext(rs, s, v)
		}
		dst = append(dst, k)
	}
	return dst
}

// add caches p for the shape s.sig (hash h) whose type-key nodes are sens.
func (c *planCache) add(s *scratch, h uint64, sens []sensNode, p *plan) {
	sh := &c.shards[h%planShards]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	var e *shapeEntry
	for e = sh.m[h]; e != nil; e = e.next {
		if e.sig == unsafeString(s.sig) {
			break
		}
	}
	if e == nil {
		e = &shapeEntry{hash: h, sig: string(s.sig), sens: sens, next: sh.m[h]}
		e.size = len(e.sig) + 8*len(sens)
		sh.makeRoom(1, e.size+p.size, nil)
		sh.m[h] = e
		sh.ring = append(sh.ring, e)
		sh.bytes += e.size
	} else {
		for _, q := range e.variants {
			if slices.Equal(q.keys, p.keys) {
				return // another goroutine taught it first
			}
		}
		sh.makeRoom(1, p.size, e)
	}
	e.ref.Store(true)
	if len(e.variants) < maxPlanVariants {
		// A new slice: readers may hold the old one.
		e.variants = append(e.variants[:len(e.variants):len(e.variants)], p)
	} else {
		vs := append([]*plan(nil), e.variants...)
		old := vs[e.vhand]
		vs[e.vhand] = p
		e.vhand = (e.vhand + 1) % maxPlanVariants
		e.variants = vs
		sh.plans--
		sh.bytes -= old.size
		e.size -= old.size
	}
	sh.plans++
	sh.bytes += p.size
	e.size += p.size
}

// makeRoom evicts shapes other than keep until plans more plans and bytes
// more bytes fit.
func (sh *planShard) makeRoom(plans, bytes int, keep *shapeEntry) {
	for len(sh.ring) > 0 && (sh.plans+plans > maxPlans/planShards || sh.bytes+bytes > maxPlanBytes/planShards) {
		if sh.hand >= len(sh.ring) {
			sh.hand = 0
		}
		e := sh.ring[sh.hand]
		if e == keep {
			if len(sh.ring) == 1 {
				return // it alone is cached: it grows up to maxPlanVariants
			}
			sh.hand++
			continue
		}
		if e.ref.Load() {
			e.ref.Store(false)
			sh.hand++
			continue
		}
		sh.evict(e)
		last := len(sh.ring) - 1
		sh.ring[sh.hand] = sh.ring[last]
		sh.ring[last] = nil
		sh.ring = sh.ring[:last]
	}
}

func (sh *planShard) evict(e *shapeEntry) {
	if head := sh.m[e.hash]; head == e {
		if e.next == nil {
			delete(sh.m, e.hash)
		} else {
			sh.m[e.hash] = e.next
		}
	} else {
		for q := head; q != nil; q = q.next {
			if q.next == e {
				q.next = e.next
				break
			}
		}
	}
	sh.plans -= len(e.variants)
	sh.bytes -= e.size
}

// walkPlanned is walk through the plan cache: an event of a known shape
// copies its plan and replays the value-dependent steps; a new shape takes
// the full walk and teaches the cache.
func (rs *Ruleset) walkPlanned(s *scratch) failure {
	if rs.plans == nil || len(s.doc.Nodes) > maxPlanNodes {
		return rs.walk(s)
	}
	s.sig = appendSignature(s.sig[:0], &s.doc)
	// Which parties the event's type names changes whose places are
	// evidence (walk.go's contextBase): part of the shape.
	s.sig = append(s.sig, byte(s.parties), byte(s.parties>>8), byte(s.parties>>16), byte(s.parties>>24))
	h := maphash.Bytes(rs.plans.seed, s.sig)
	if p := rs.plans.lookup(rs, s, h); p != nil {
		rs.replay(s, p)
		return failure{}
	}
	s.ops, s.recording = s.ops[:0], true
	f := rs.walk(s)
	s.recording = false
	if f.failed() {
		return f // not cached: the full walk says why every time
	}
	sens := rs.typeKeyNodes(s)
	p := s.newPlan()
	p.keys = rs.appendTypeKeys(s, nil, sens, true)
	p.size += len(p.keys) * int(typeKeySize)
	for _, k := range p.keys {
		p.size += len(k.prop)
	}
	rs.plans.add(s, h, sens, p)
	return failure{}
}

// typeKeyNodes lists the nodes whose values the walk read: string type
// keys of an object with a member a type rule or a name/value pair reads
// (contextCategory), and the names of what has the shape of a jCard's
// component or property (tuples.go), by shape alone. Other values never
// change what the walk decides.
func (rs *Ruleset) typeKeyNodes(s *scratch) []sensNode {
	doc := &s.doc
	var sens []sensNode
	for i := 1; i < len(doc.Nodes); i++ {
		n := &doc.Nodes[i]
		if n.Kind == event.Object && fhirIdentifierShaped(doc, int32(i)) {
			sens = append(sens, sensNode{node: int32(i), tuple: sensIdentifier})
		}
		if n.Kind == event.String && n.Parent > 0 && doc.Nodes[doc.Nodes[n.Parent].Parent].Kind == event.Object &&
			answerRefObjects[rs.keyInfo(s, doc.Nodes[n.Parent].Key).fold] && formIDKeys[rs.keyInfo(s, n.Key).fold] {
			sens = append(sens, sensNode{node: int32(i), tuple: sensAnswerRef})
		}
		if n.Kind == event.String && (n.Key == "segmentId" || n.Key == "segment_id") && hasMember(doc, n.Parent, "fields") {
			sens = append(sens, sensNode{node: int32(i), tuple: sensSegment})
		}
		if doc.Nodes[n.Parent].Kind == event.Array {
			if sn, ok := tupleSens(doc.Nodes, i); ok {
				sens = append(sens, sn)
			}
			continue
		}
		fold := rs.keyInfo(s, n.Key).fold
		if n.Kind != event.String || !rs.typeKeys[fold] && fold != "id" {
			// An "id" beside a pair's value is read too: one that names
			// a credential makes the value one (contextCategory).
			continue
		}
		sn := sensNode{node: int32(i)}
		read := false
		for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
			if f := rs.keyInfo(s, doc.Nodes[c].Key).fold; c != int32(i) {
				read = read || rs.ctxValue[f] || pairValueNames[f] || f == "data" || ownTypeKey(fold, f)
				sn.pair = sn.pair || pairValueNames[f]
				sn.data = sn.data || f == "data" // contextCategory's credential pairs
			}
		}
		if read {
			sens = append(sens, sn)
		}
	}
	return sens
}

// newPlan copies the walk's outcome out of the scratch.
func (s *scratch) newPlan() *plan {
	n := len(s.doc.Nodes)
	p := &plan{
		nodeCat:   make([]int32, n),
		nodeFlags: append([]uint8(nil), s.nodeFlags...),
		ptr:       append([]byte(nil), s.ptr...),
		ptrStart:  append([]int32(nil), s.ptrStart...),
		ptrEnd:    append([]int32(nil), s.ptrEnd...),
		leaves:    append([]leaf(nil), s.leaves...),
		ops:       append([]evOp(nil), s.ops...),
	}
	for i, c := range s.nodeCat {
		p.nodeCat[i] = int32(c)
	}
	p.paths = string(p.ptr)
	p.size = 128 + n*(4+1+8) + 2*len(p.ptr) + len(p.leaves)*int(leafSize) + len(p.ops)*int(evOpSize)
	return p
}

// replay gives the scratch the walk's outcome from plan p, and runs the
// steps that look at values in the walk's order.
func (rs *Ruleset) replay(s *scratch, p *plan) {
	n := len(p.nodeCat)
	s.sizeNodes(n)
	for i, c := range p.nodeCat {
		s.nodeCat[i] = int(c)
	}
	copy(s.nodeFlags, p.nodeFlags)
	copy(s.ptrStart, p.ptrStart)
	copy(s.ptrEnd, p.ptrEnd)
	s.ptr = append(s.ptr[:0], p.ptr...)
	s.paths = p.paths
	s.leaves = append(s.leaves[:0], p.leaves...)
	for k := range p.ops {
		rs.runOp(s, &p.ops[k])
	}
}

// evidenceStep is one value-dependent step of the walk: it runs it, and
// records it when the walk is teaching a plan.
func (rs *Ruleset) evidenceStep(s *scratch, op evOp) {
	if s.recording {
		s.ops = append(s.ops, op)
	}
	rs.runOp(s, &op)
}

func (rs *Ruleset) runOp(s *scratch, op *evOp) {
	if op.typed {
		switch rs.recordKind(s, op.node) {
		case kindNone:
			return
		case kindGoods:
			switch op.base {
			case baseSubdivision:
				return // a billing address's state names no law of residence
			case baseResidence, baseAddress:
				if !op.goods {
					o := *op
					o.typed, o.base, o.goods = false, baseAddress, true
					rs.runOp(s, &o)
					return
				}
			}
		}
	}
	if op.party || op.goods {
		n0 := len(s.ev)
		defer func() {
			for i := n0; i < len(s.ev); i++ {
				s.ev[i].party = s.ev[i].party || op.party
				s.ev[i].goods = s.ev[i].goods || op.goods
			}
		}()
	}
	if op.key {
		n := &s.doc.Nodes[op.node]
		if set, ok := flagValue(n); ok && set {
			rs.evidenceValue(s, op.base, op.node, n.Key, op.named, false)
		}
		return
	}
	if op.line && len(strings.TrimSpace(s.doc.Nodes[op.node].Str)) <= 3 {
		return
	}
	if !op.id {
		rs.evidenceOf(s, op.base, op.node, op.named)
		return
	}
	if rs.ownDetector(op.cat, s.doc.Nodes[op.node].Str) {
		s.ev = append(s.ev, evidence{country: rs.cats[op.cat].idCountry, base: baseIdentifier})
	}
}

// Sizes for the cache's memory budget.
const (
	leafSize    = unsafe.Sizeof(leaf{})
	evOpSize    = unsafe.Sizeof(evOp{})
	typeKeySize = unsafe.Sizeof(typeKey{})
)
