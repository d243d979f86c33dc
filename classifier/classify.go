package classifier

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/geo"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// Input is one event and where it came from.
type Input struct {
	Value []byte
	// Key is the Kafka record key, if any: the subject key that keeps a
	// subject's events in order. Without one the event's user id is used.
	Key []byte
	// Source names the event's coordinates: "topic/partition/offset" for a
	// record, or "" for a line of a file, whose id then derives from its
	// bytes.
	Source string
	// Time is when the event happened, for the age of minors, used when
	// the event carries no timestamp of its own. Zero means now.
	Time time.Time
	// IDFromValue derives a missing event id from the event's bytes (a
	// line of a file) instead of from Source (a record's coordinates).
	IDFromValue bool
}

// idNamespace makes derived event ids (UUIDv5) ours alone.
var idNamespace = uuid.MustParse("6f1c3a52-3c0e-4a7e-9a63-0c3f1f7e2b10")

// leaf is the working state of one leaf while deciding.
type leaf struct {
	node      int32
	cat       int // -1 = none yet
	by        uint8
	personal  bool
	sensitive bool
	act       action
	localized bool   // sectoral data: leaves only in full records
	weak      bool   // non-personal by pattern or inheritance: check the value
	laws      uint64 // bit per applicable jurisdiction
}

const (
	byDefault uint8 = iota
	byName
	byValue
	byText
)

var byNames = [...]string{"default", "name", "value", "text"}

type evidence struct {
	country string
	base    int
}

// scratch is per-call working memory, pooled so the hot path does not
// allocate it again for every event.
type scratch struct {
	doc        event.Doc
	leaves     []leaf
	nodeCat    []int   // name category per node (containers too), -1 none
	nodeFlags  []uint8 // per node: named exactly, inside a GeoIP block
	jcountries []string
	ev         []evidence
	subVals    []string
	phones     []int32 // phone leaves that need a region hint
	juris      []*jurisdiction
	mac        hash.Hash
	sha1       hash.Hash
	macKey     []byte
	buf        []byte
	words      []string
	tmp        []byte
	leafCat    []int32 // final category per leaf node, for projections
	ptr        []byte  // JSON Pointers of all nodes
	ptrStart   []int32 // per node: its pointer in ptr
	ptrEnd     []int32
	acts       []byte // per node output action of the projection being rendered
	out        []byte // the event's rendered record bytes, before the final copy
	lower      []byte // asciiLower's
	spans      []span
}

func newScratch() any { return &scratch{} }

func (rs *Ruleset) getScratch() *scratch {
	s := rs.pool.Get().(*scratch)
	s.leaves, s.nodeCat, s.ev, s.subVals, s.phones, s.juris, s.jcountries = s.leaves[:0], s.nodeCat[:0], s.ev[:0], s.subVals[:0], s.phones[:0], s.juris[:0], s.jcountries[:0]
	return s
}

// Classify decides one event. It never fails: what cannot be classified
// gets a decision with Error set and a single quarantine route.
func (rs *Ruleset) Classify(in Input) *Decision {
	s := rs.getScratch()
	d := rs.classify(s, in)
	rs.pool.Put(s)
	return d
}

// ClassifyInto is Classify writing the decision into d, reusing d's
// memory: for callers that classify a stream and let go of each decision
// before the next. d's previous contents are overwritten.
func (rs *Ruleset) ClassifyInto(d *Decision, in Input) {
	s := rs.getScratch()
	d.reset()
	rs.classifyInto(s, in, d)
	rs.pool.Put(s)
}

// Process decides one event and renders its output records (appended to
// dst): one per route, plus the audit record.
func (rs *Ruleset) Process(in Input, dst []Record) (*Decision, []Record) {
	s := rs.getScratch()
	d := rs.classify(s, in)
	dst, _ = rs.records(s, in, d, dst, nil)
	rs.pool.Put(s)
	return d, dst
}

// ProcessInto is Process writing the decision into d, reusing d's memory:
// for callers that classify a stream and let go of each decision before
// the next (the service's router). d's previous contents are overwritten.
func (rs *Ruleset) ProcessInto(d *Decision, in Input, dst []Record) []Record {
	s := rs.getScratch()
	d.reset()
	rs.classifyInto(s, in, d)
	dst, _ = rs.records(s, in, d, dst, nil)
	rs.pool.Put(s)
	return dst
}

// ProcessAppend is ProcessInto rendering every byte the records own into
// buf (appended; the grown buf is returned) instead of a fresh allocation:
// for callers that manage that memory themselves, such as a command that
// prints each event's records before reading the next and then reuses buf
// from the start. The records alias buf and the input, and their headers
// live in d: they are valid until d is used again.
func (rs *Ruleset) ProcessAppend(d *Decision, in Input, dst []Record, buf []byte) ([]Record, []byte) {
	s := rs.getScratch()
	d.reset()
	rs.classifyInto(s, in, d)
	if buf == nil {
		buf = make([]byte, 0, 4096)
	}
	dst, buf = rs.records(s, in, d, dst, buf)
	rs.pool.Put(s)
	return dst, buf
}

func (d *Decision) reset() {
	fields := d.Fields[:0]
	clear(d.Fields[:cap(d.Fields)])
	clear(d.hdrs)
	*d = Decision{Jurisdictions: d.Jurisdictions[:0], Fields: fields, Routes: d.Routes[:0], hdrs: d.hdrs[:0]}
}

func (rs *Ruleset) classify(s *scratch, in Input) *Decision {
	d := &Decision{}
	rs.classifyInto(s, in, d)
	return d
}

func (rs *Ruleset) classifyInto(s *scratch, in Input, d *Decision) {
	d.Ruleset = rs.version
	if err := s.doc.Parse(in.Value, rs.cfg.Limits); err != nil {
		d.EventID = s.deriveID(in)
		rs.fail(d, "parse", err.Error())
		return
	}
	doc := &s.doc
	d.EventID = rs.eventID(s, doc, in)
	if errMsg := rs.walk(s); errMsg != "" {
		rs.fail(d, "classify", errMsg)
		return
	}
	if errMsg := rs.attribute(s, d); errMsg != "" {
		rs.fail(d, "classify", errMsg)
		return
	}
	rs.valuePass(s, d)
	rs.lawPass(s, d, in)
	if n := auditSize(d); n > rs.maxAudit {
		// Every routed event has its decision on the audit topic; one
		// too large to write there is not routed at all.
		rs.fail(d, "classify", fmt.Sprintf("decision_too_large: the decision for %d fields would take %d bytes, over the %d-byte audit record limit", len(d.Fields), n, rs.maxAudit))
		return
	}
	rs.route(s, d)
}

// auditSize is an upper bound of the audit record's size: fields dominate
// it, each with its path, category and laws.
func auditSize(d *Decision) int {
	n := 1024
	var prev []string
	lawBytes := 0
	for i := range d.Fields {
		f := &d.Fields[i]
		if len(f.Laws) > 0 && (len(prev) != len(f.Laws) || &prev[0] != &f.Laws[0]) {
			prev, lawBytes = f.Laws, 2
			for _, l := range f.Laws {
				lawBytes += len(l) + 3
			}
		}
		if len(f.Laws) == 0 {
			n += 100 + 2*len(f.Path) + len(f.Category)
		} else {
			n += 100 + 2*len(f.Path) + len(f.Category) + lawBytes
		}
	}
	return n
}

func (rs *Ruleset) fail(d *Decision, stage, msg string) {
	d.Error, d.Stage = msg, stage
	d.Jurisdictions, d.Fields, d.HomeRegion = nil, nil, ""
	d.Routes = []Route{{Region: "quarantine", Topic: rs.cfg.Topics.Quarantine, Projection: "quarantine", Reason: Reason(msg)}}
}

// deriveID is the UUIDv5 of the event's source coordinates (or of its
// bytes), so a reprocessed event keeps its id. It is uuid.NewSHA1 with the
// scratch's hash, which the hot path would otherwise allocate per event.
func (s *scratch) deriveID(in Input) string {
	if s.sha1 == nil {
		s.sha1 = sha1.New()
	}
	h := s.sha1
	h.Reset()
	h.Write(idNamespace[:])
	if !in.IDFromValue && in.Source != "" {
		s.tmp = append(s.tmp[:0], in.Source...)
		h.Write(s.tmp)
	} else {
		h.Write(in.Value)
	}
	s.buf = h.Sum(s.buf[:0])
	var u uuid.UUID
	copy(u[:], s.buf)
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	return u.String()
}

// eventID takes the event's own id (a top-level event.id field) when it
// is a plain token, so a reprocessed event keeps its id.
func (rs *Ruleset) eventID(s *scratch, doc *event.Doc, in Input) string {
	for c := doc.Nodes[0].First; c >= 0; c = doc.Nodes[c].Next {
		n := &doc.Nodes[c]
		if n.Kind != event.String || len(n.Str) == 0 || len(n.Str) > 128 {
			continue
		}
		if ki := rs.keyInfo(s, n.Key); ki.cat == rs.idEventID && ki.whole && plainToken(n.Str) {
			// Cloned: the decision outlives the input, which the
			// document aliases.
			if isUUID(n.Str) {
				return strings.Clone(n.Str) // no identifier scheme has this shape
			}
			if cat, ok := rs.detectValue(s, n.Str); ok && rs.cats[cat].personal {
				break // an "id" that is an IBAN or a national id must not travel in headers
			}
			return strings.Clone(n.Str)
		}
	}
	return s.deriveID(in)
}

// isUUID reports whether s is a UUID in its canonical text form.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if c != '-' {
				return false
			}
			continue
		}
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func plainToken(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

// keyInfo is what a member name says, computed once per distinct name.
type keyInfo struct {
	cat     int  // category the name claims, -1 none
	exact   bool // claimed by an exact name, not a * pattern
	generic bool // too vague to classify by ("value", "id")
	context bool // means what its parent means ("name" under "app")
	geoIP   bool // a block of IP geolocation ("geoip", "ipinfo")
	// personal: the name itself is personal data ({"ivan@x.ru": true}).
	personal bool
	// whole: the whole name, not only its last dotted part, is an exact
	// name of cat ("event_id", but not "customer.uuid" for an event id).
	whole bool
}

// keyInfo looks a member name up. Producers repeat the same names in every
// event, so answers are cached per rule set.
func (rs *Ruleset) keyInfo(s *scratch, key string) keyInfo {
	if v, ok := rs.keyCache.get(key); ok {
		return v
	}
	k := rules.NormalizeName(key)
	ki := keyInfo{generic: rs.generic[k], context: rs.context[k]}
	ki.cat, ki.exact = rs.nameCategory(key)
	ki.geoIP = strings.Contains(k, "geoip") || strings.Contains(k, "ipgeo") || k == "ipinfo" || k == "iplocation" || k == "maxmind"
	ki.personal = rs.keyLooksPersonal(s, key)
	if id, ok := rs.exact[k]; ok && id == ki.cat {
		ki.whole = true
	}
	rs.keyCache.put(key, ki)
	return ki
}

// maxKeyCache bounds the caches: hostile events with random keys must not
// grow memory without limit.
const maxKeyCache = 100000

// nameCategory finds the category a key names, or -1, and whether an exact
// name (rather than a * pattern) said so.
func (rs *Ruleset) nameCategory(key string) (int, bool) {
	k := rules.NormalizeName(key)
	if k == "" {
		return -1, false
	}
	if id, ok := rs.exact[k]; ok {
		return id, true
	}
	if rs.generic[k] {
		return -1, false
	}
	// Prefixes first: they are few and deliberate ("verified*" makes
	// verified_email a flag before "*email" makes it an address).
	for _, g := range rs.prefixes {
		if len(k) > len(g.s) && strings.HasPrefix(k, g.s) {
			return g.cat, false
		}
	}
	for i := 1; i < len(k); i++ { // longest suffix first
		if cat, ok := rs.suffixMap[k[i:]]; ok {
			return cat, false
		}
	}
	// A dotted key ("contact.email") names its last part.
	if i := strings.LastIndexByte(key, '.'); i >= 0 && i < len(key)-1 {
		return rs.nameCategory(key[i+1:])
	}
	return -1, false
}

// walk gives every leaf its name category and collects evidence.
//
// A leaf's category comes from its own name; a generic name ("value") or
// an array element takes its container's; a context name ("name",
// "title") takes its container's when the container was named exactly
// ({"app":{"name":...}} is an app name, not a person's). An unknown name
// inherits a personal container's category (/address/line9 is part of an
// address) but a non-personal one only where the category allows it
// (inherit: true), because that would be failing open. Non-personal
// verdicts that rest on a * pattern or on inheritance are weak: the value
// is still checked, so an SSN under "candidate" (which ends in "date") is
// found.
func (rs *Ruleset) walk(s *scratch) string {
	doc := &s.doc
	nodes := doc.Nodes
	if cap(s.nodeCat) < len(nodes) {
		s.nodeCat = make([]int, len(nodes))
		s.nodeFlags = make([]uint8, len(nodes))
	}
	s.nodeCat = s.nodeCat[:len(nodes)]
	s.nodeFlags = s.nodeFlags[:len(nodes)]
	if cap(s.ptrEnd) < len(nodes) {
		s.ptrStart = make([]int32, len(nodes))
		s.ptrEnd = make([]int32, len(nodes))
	}
	s.ptrStart, s.ptrEnd = s.ptrStart[:len(nodes)], s.ptrEnd[:len(nodes)]
	s.ptr = s.ptr[:0]
	const (
		flagExact = 1 << iota
		flagGeoIP
	)
	for i := range nodes {
		n := &nodes[i]
		cat := -1
		var flags uint8
		own := false
		if n.Parent >= 0 {
			pc, pflags := s.nodeCat[n.Parent], s.nodeFlags[n.Parent]
			flags = pflags & flagGeoIP
			var ki keyInfo
			parentArray := nodes[n.Parent].Kind == event.Array
			if !parentArray {
				ki = rs.keyInfo(s, n.Key)
				if ki.personal {
					// Name the parent, not the member: its name is the
					// personal data. Ancestors were checked before it.
					return "personal_data_in_key: a member name under " + parentPointer(doc, n.Parent) + " holds personal data"
				}
				if ki.geoIP {
					flags |= flagGeoIP
				}
			}
			switch {
			case parentArray || ki.generic && ki.cat < 0:
				cat = pc
				flags |= pflags & flagExact
			case ki.context && pc >= 0 && pflags&flagExact != 0:
				cat = pc
				flags |= flagExact
			case ki.cat >= 0 && (n.Kind >= event.Object || rs.fits(ki.cat, n.Kind) || ki.exact && rs.strictType(ki.cat)):
				// A name whose type does not fit is no match
				// ("verified_email": true is a flag, not an address),
				// except for an exact name of a personal or evidence
				// category: {"email": 42} is a broken event.
				cat, own = ki.cat, true
				if ki.exact {
					flags |= flagExact
				}
			case pc >= 0 && (rs.cats[pc].personal || rs.cats[pc].inherit):
				cat = pc
			}
		}
		s.nodeCat[i] = cat
		s.nodeFlags[i] = flags
		if n.Parent >= 0 {
			// JSON Pointers built once, in pre-order, each from its
			// parent's: every path of the event lives in one buffer.
			start := len(s.ptr)
			s.ptr = append(s.ptr, s.ptr[s.ptrStart[n.Parent]:s.ptrEnd[n.Parent]]...)
			s.ptr = append(s.ptr, '/')
			if nodes[n.Parent].Kind == event.Array {
				s.ptr = strconv.AppendInt(s.ptr, int64(n.Index), 10)
			} else {
				s.ptr = appendPointerToken(s.ptr, n.Key)
			}
			s.ptrStart[i], s.ptrEnd[i] = int32(start), int32(len(s.ptr))
		}
		if n.Kind >= event.Object {
			continue
		}
		l := leaf{node: int32(i), cat: cat}
		if cat >= 0 {
			l.by = byName
			c := &rs.cats[cat]
			l.weak = !c.personal && flags&flagExact == 0
			if own && flags&flagExact != 0 && !rs.fits(cat, n.Kind) {
				return "invalid_field_type: " + doc.Pointer(int32(i)) + " is a " + n.Kind.String() + ", but " + c.name + " must be " + typeList(c.types)
			}
			if c.evidence >= 0 && n.Kind == event.String {
				base := c.evidence
				if flags&flagGeoIP != 0 {
					// A country inside a GeoIP block says where the
					// request came from, not where the subject lives;
					// its region names no subdivision of residence.
					base = baseIP
					if c.evidence == baseSubdivision {
						base = -1
					}
				}
				if base >= 0 {
					rs.evidenceOf(s, base, int32(i))
				}
			}
		}
		s.leaves = append(s.leaves, l)
	}
	return ""
}

// strictType reports whether a wrong type under this category's exact name
// makes the event invalid rather than the name a non-match.
func (rs *Ruleset) strictType(c int) bool { return rs.cats[c].personal || rs.cats[c].evidence >= 0 }

// appendPointerToken appends a member name escaped for a JSON Pointer
// (RFC 6901: "~" is "~0", "/" is "~1").
func appendPointerToken(dst []byte, key string) []byte {
	if strings.IndexByte(key, '~') < 0 && strings.IndexByte(key, '/') < 0 {
		return append(dst, key...)
	}
	for i := 0; i < len(key); i++ {
		switch key[i] {
		case '~':
			dst = append(dst, '~', '0')
		case '/':
			dst = append(dst, '~', '1')
		default:
			dst = append(dst, key[i])
		}
	}
	return dst
}

// fits reports whether a leaf of kind k may hold category c (null always
// may).
func (rs *Ruleset) fits(c int, k event.Kind) bool {
	t := rs.cats[c].types
	return t == 0 || k == event.Null || t&(1<<k) != 0
}

func typeList(mask uint8) string {
	var parts []string
	for _, k := range []event.Kind{event.String, event.Number, event.Bool} {
		if mask&(1<<k) != 0 {
			parts = append(parts, k.String())
		}
	}
	return strings.Join(parts, " or ")
}

// keyLooksPersonal catches events that put personal data in member names
// ({"contacts":{"ivan@x.ru":true}}, {"4364015031760945":true}): names
// travel into paths, audit records and projections, so such an event
// cannot be routed safely. It runs once per distinct name (keyInfo
// caches it), and detectValue's prefilter skips ordinary names at once.
func (rs *Ruleset) keyLooksPersonal(s *scratch, k string) bool {
	if len(k) < 5 {
		return false
	}
	if cat, ok := rs.detectValue(s, strings.TrimSpace(k)); ok && rs.cats[cat].personal {
		return true
	}
	personal := false
	if strings.ContainsAny(k, "@+0123456789") {
		detect.ScanText(k, func(detect.Match) { personal = true })
	}
	return personal
}

func parentPointer(doc *event.Doc, i int32) string {
	if i <= 0 {
		return "the top level"
	}
	return doc.Pointer(i)
}

func (rs *Ruleset) phoneRegion(v string) (string, bool) {
	var d [16]byte
	n := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			if n == len(d) {
				return "", false
			}
			d[n] = c
			n++
		case c == '+' && n == 0, c == ' ', c == '-', c == '(', c == ')', c == '.':
		default:
			return detect.PhoneRegion(v, "")
		}
	}
	if len(v) == 0 || v[0] != '+' || n < 8 || n > 15 {
		return detect.PhoneRegion(v, "")
	}
	if r, ok := rs.phoneCache.getBytes(d[:6]); ok {
		return r, true
	}
	r, ok := detect.PhoneRegion(v, "")
	if ok {
		rs.phoneCache.put(string(d[:6]), r)
	}
	return r, ok
}

// evAnswer is a cached evidence lookup.
type evAnswer struct {
	cc string
	ok bool
}

// cached memoizes a country lookup. Locale tags and country names repeat
// across events, and parsing them (x/text, case folding) allocates.
func (rs *Ruleset) cached(m *memo[evAnswer], v string, f func(string) (string, bool)) (string, bool) {
	if e, ok := m.get(v); ok {
		return e.cc, e.ok
	}
	cc, ok := f(v)
	m.put(v, evAnswer{cc, ok})
	return cc, ok
}

func (rs *Ruleset) evidenceOf(s *scratch, base int, i int32) {
	v := strings.TrimSpace(s.doc.Nodes[i].Str)
	if v == "" {
		return
	}
	var cc string
	var ok bool
	switch base {
	case baseResidence, baseCitizenship, baseIP:
		cc, ok = rs.cached(rs.countryCache, v, rs.geo.Country)
		if !ok && base == baseIP {
			return // an IP address itself: no GeoIP database is configured
		}
	case basePhone:
		cc, ok = rs.phoneRegion(v)
		if !ok {
			s.phones = append(s.phones, i)
			return
		}
	case baseLocale:
		cc, ok = rs.cached(rs.localeCache, v, geo.Locale)
	case baseTimezone:
		cc, ok = geo.TimeZone(v)
	case baseSubdivision:
		s.subVals = append(s.subVals, geo.Fold(v))
		return
	}
	if ok && cc != "" && cc != "ZZ" {
		s.ev = append(s.ev, evidence{country: cc, base: base})
	}
}

// attribute turns evidence into jurisdictions.
func (rs *Ruleset) attribute(s *scratch, d *Decision) string {
	strong := false
	for _, e := range s.ev {
		if !weakBase(e.base) {
			strong = true
		}
	}
	// National-format phones: parse with the country the other evidence
	// names, when it names exactly one.
	if len(s.phones) > 0 {
		hint := ""
		for _, e := range s.ev {
			if weakBase(e.base) && strong {
				continue
			}
			if hint == "" {
				hint = e.country
			} else if hint != e.country {
				hint = ""
				break
			}
		}
		if hint != "" {
			for _, i := range s.phones {
				if cc, ok := detect.PhoneRegion(s.doc.Nodes[i].Str, hint); ok {
					s.ev = append(s.ev, evidence{country: cc, base: basePhone})
					strong = true
				}
			}
		}
	}
	type acc struct {
		country string
		bases   uint16
		best    int
	}
	var accBuf [8]acc
	countries := accBuf[:0]
	var unknown []string
	for _, e := range s.ev {
		if strong && weakBase(e.base) {
			continue
		}
		found := false
		for k := range countries {
			if countries[k].country == e.country {
				countries[k].bases |= 1 << e.base
				countries[k].best = min(countries[k].best, e.base)
				found = true
			}
		}
		if !found {
			countries = append(countries, acc{country: e.country, bases: 1 << e.base, best: e.base})
		}
	}
	// Weak evidence agreeing with a strong country is still worth showing
	// as a basis.
	if strong {
		for _, e := range s.ev {
			if weakBase(e.base) {
				for k := range countries {
					if countries[k].country == e.country {
						countries[k].bases |= 1 << e.base
					}
				}
			}
		}
	}
	if len(countries) == 0 {
		return "no_jurisdiction: no usable evidence of the subject's country (country, citizenship, phone, locale or time zone)"
	}
	slices.SortStableFunc(countries, func(a, b acc) int {
		if a.best != b.best {
			return a.best - b.best
		}
		return strings.Compare(a.country, b.country)
	})
	// A phone or IP from a country no pack covers does not stop an event
	// whose subject's residence or citizenship names a covered country: a
	// foreign SIM or a trip abroad is not a second home. Unknown residence
	// or citizenship still quarantines (fail closed).
	anchored := false
	for _, c := range countries {
		if len(rs.byCountry[c.country]) > 0 && c.bases&(1<<baseResidence|1<<baseCitizenship) != 0 {
			anchored = true
		}
	}
	for _, c := range countries {
		js := rs.byCountry[c.country]
		if len(js) == 0 {
			if anchored && c.bases&^(1<<basePhone|1<<baseIP) == 0 {
				continue
			}
			unknown = append(unknown, c.country)
			continue
		}
		for _, j := range js {
			if j.bases&c.bases == 0 {
				continue // this law does not count that kind of evidence
			}
			s.addJuris(d, j, c.country, c.bases&j.bases)
			for _, sub := range rs.subdivs {
				if sub.parent == c.country && sub.bases&c.bases != 0 && matchesAny(sub.subNames, s.subVals) {
					s.addJuris(d, sub, sub.code, c.bases&j.bases|1<<baseSubdivision)
				}
			}
		}
	}
	if len(unknown) > 0 {
		return "unknown_jurisdiction: no rule pack covers " + strings.Join(unknown, ",")
	}
	if len(d.Jurisdictions) == 0 {
		return "no_jurisdiction: the evidence found is not evidence any applicable law counts"
	}
	d.HomeRegion = s.juris[0].region
	return ""
}

func matchesAny(names map[string]bool, vals []string) bool {
	for _, v := range vals {
		if names[v] {
			return true
		}
	}
	return false
}

func (s *scratch) addJuris(d *Decision, j *jurisdiction, country string, bases uint16) {
	for k, have := range s.juris {
		if have == j && d.Jurisdictions[k].Country == country {
			return
		}
	}
	s.juris = append(s.juris, j)
	basis := basisNames[bases&(1<<numBases-1)]
	s.jcountries = append(s.jcountries, country)
	d.Jurisdictions = append(d.Jurisdictions, Jurisdiction{Country: country, Laws: j.laws, Basis: basis})
}

// valuePass looks at the values of leaves that no specific name claimed.
func (rs *Ruleset) valuePass(s *scratch, d *Decision) {
	doc := &s.doc
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		if n.Kind != event.String {
			continue
		}
		probe := l.cat < 0 || rs.cats[l.cat].probe || l.weak
		if !probe && rs.cats[l.cat].verify && !rs.ownDetector(l.cat, n.Str) {
			// Named like a national identifier, but the value is not one:
			// let the value say what it is (a company's INN under "inn").
			if cat, ok := rs.detectValue(s, n.Str); ok {
				l.cat, l.by = cat, byValue
			}
			continue
		}
		if !probe {
			// Declared non-personal by name, yet the value is an identifier
			// with valid check digits, a phone or an e-mail address
			// ({"plan":"+79161234567"}, a referrer URL with ?email=...):
			// the value wins. Dates are left alone here: under a
			// timestamp's name a date is a timestamp.
			if l.cat >= 0 && !rs.cats[l.cat].personal {
				if cat, ok := rs.detectValue(s, n.Str); ok && cat != rs.idDate && rs.cats[cat].personal {
					l.cat, l.by = cat, byValue
				} else if strings.IndexByte(n.Str, '@') >= 0 {
					rs.scanText(s, l, n.Str)
				}
			}
			continue
		}
		if cat, ok := rs.detectValue(s, n.Str); ok {
			if cat == rs.idDate && strings.ContainsAny(n.Str, "T:") {
				// A date with a time of day is when something happened,
				// not when someone was born.
				if l.cat < 0 || l.cat == rs.idText {
					rs.scanText(s, l, n.Str)
				}
				continue
			}
			if l.cat >= 0 && strings.HasPrefix(rs.cats[l.cat].name, "gov_id.") && strings.HasPrefix(rs.cats[cat].name, "gov_id.") && !rs.ofEventCountry(s, cat) {
				// Named a national id, and the value fits only another
				// country's scheme: a 9-digit Teudat Zehut is not an SSN.
				continue
			}
			l.cat, l.by = cat, byValue
			l.weak = false
			continue
		}
		if l.cat < 0 || l.cat == rs.idText || l.weak {
			rs.scanText(s, l, n.Str)
		}
	}
}

func (rs *Ruleset) ownDetector(cat int, v string) bool {
	for i := range rs.detectors {
		if rs.detectors[i].cat == cat && rs.detectors[i].fn(v) {
			return true
		}
	}
	return false
}

// detectValue runs the value detectors. When several national schemes fit
// one value, a scheme of one of the event's countries wins.
func (rs *Ruleset) detectValue(s *scratch, v string) (int, bool) {
	if len(v) < 5 || len(v) > 256 {
		return 0, false
	}
	// Every value detector needs an '@' (e-mail), a ':' (IPv6) or at
	// least four digits (the shortest scheme, a PAN, has four): most
	// strings have none and skip all of them.
	digits, letters, mark := 0, 0, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c == '@' || c == ':':
			mark = true
		}
	}
	if digits < 4 && !mark {
		return 0, false
	}
	first := -1
	for i := range rs.detectors {
		vd := &rs.detectors[i]
		// A validator the value's shape cannot pass is skipped: the shapes
		// are held true of every validator by detect.FuzzDetectors.
		if vd.shape != nil && !vd.shape(digits, letters) || !vd.fn(v) {
			continue
		}
		if len(vd.countries) == 0 {
			if first >= 0 && !rs.cats[vd.cat].personal {
				// A personal scheme fits too (a 15-digit NIR is also an
				// OGRNIP shape): when in doubt, personal.
				continue
			}
			return vd.cat, true
		}
		for _, c := range vd.countries {
			if s.hasCountry(c) {
				return vd.cat, true
			}
		}
		if first < 0 {
			first = vd.cat
		}
	}
	return first, first >= 0
}

// ofEventCountry reports whether a category's issuing countries include
// one of the event's countries (for the EU, the member state itself, not
// every member).
func (rs *Ruleset) ofEventCountry(s *scratch, cat int) bool {
	for _, c := range rs.cats[cat].countries {
		if s.hasCountry(c) {
			return true
		}
	}
	return false
}

func (s *scratch) hasCountry(cc string) bool {
	for _, c := range s.jcountries {
		if c == cc {
			return true
		}
	}
	return false
}

// scanText looks inside free text for identifiers and special-category
// terms. A term wins over an identifier: it makes the field sensitive.
func (rs *Ruleset) scanText(s *scratch, l *leaf, v string) {
	found := -1
	detect.ScanText(v, func(m detect.Match) {
		if found >= 0 {
			return
		}
		for i := range rs.detectors {
			if rs.detectors[i].name == m.Detector {
				if rs.cats[rs.detectors[i].cat].personal {
					found = rs.detectors[i].cat
				}
				return
			}
		}
	})
	if term := rs.findTerm(s, v); term >= 0 {
		found = term
	}
	if found >= 0 {
		l.cat, l.by = found, byText
	}
}

// findTerm matches special-category terms on word boundaries, and words
// that start with a term of five letters or more (inflected forms:
// "беременна" finds "беременная").
func (rs *Ruleset) findTerm(s *scratch, v string) int {
	if len(rs.terms) == 0 && len(rs.termPhrases) == 0 {
		return -1
	}
	s.words = appendWords(s.words[:0], s.asciiLower(v))
	for wi, w := range s.words {
		if id, ok := rs.terms[w]; ok {
			return id
		}
		if stem, ok := runePrefix(w, 5); ok && len(stem) < len(w) && rs.hasStem(stem) {
			// The word's prefixes of five runes or more, longest first.
			runes := utf8.RuneCountInString(w)
			for end := len(w) - 1; end > 0 && runes > 5; end-- {
				if !utf8.RuneStart(w[end]) {
					continue
				}
				runes-- // w[:end] holds this many runes
				if id, ok := rs.terms[w[:end]]; ok {
					return id
				}
			}
		}
		for _, p := range rs.termPhrases[w] {
			if wi+len(p.words) <= len(s.words) {
				match := true
				for k := 1; k < len(p.words); k++ {
					if s.words[wi+k] != p.words[k] {
						match = false
						break
					}
				}
				if match {
					return p.cat
				}
			}
		}
	}
	return -1
}

func splitWords(s string) []string { return appendWords(nil, s) }

func appendWords(dst []string, s string) []string {
	start := -1
	lowered := false
	flush := func(end int) {
		w := s[start:end]
		if lowered {
			w = strings.ToLower(w)
		}
		dst = append(dst, w)
	}
	for i := 0; i < len(s); {
		c := s[i]
		var letter, upper bool
		size := 1
		if c < utf8.RuneSelf {
			// Most text is ASCII: no rune decoding or Unicode tables.
			letter = asciiWord[c]
			upper = c >= 'A' && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r) || unicode.IsDigit(r)
			upper = unicode.IsUpper(r)
		}
		if letter {
			if start < 0 {
				start, lowered = i, false
			}
			if upper {
				lowered = true
			}
		} else if start >= 0 {
			flush(i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		flush(len(s))
	}
	return dst
}

// asciiLower returns v lower-cased in the scratch's memory when it is
// ASCII, so splitting it into words allocates no lower-cased copy per word
// (a long free text has hundreds); other text is returned as it is, and
// its words are lower-cased one by one. The result is valid until the
// next call.
func (s *scratch) asciiLower(v string) string {
	if !isASCII(v) {
		return v
	}
	s.lower = appendLowerASCII(s.lower[:0], v)
	return unsafeString(s.lower)
}

func isASCII(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLowerASCII appends ASCII v lower-cased.
func appendLowerASCII(dst []byte, v string) []byte {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// runePrefix returns the first n runes of s, if it has that many.
func runePrefix(s string, n int) (string, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return "", false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], true
}

func (rs *Ruleset) hasStem(stem string) bool {
	_, ok := rs.termStems[stem]
	return ok
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// lawPass settles each leaf's personal and sensitive flags under the
// applicable laws, and the subject's age.
func (rs *Ruleset) lawPass(s *scratch, d *Decision, in Input) {
	doc := &s.doc
	now := in.Time
	var y, m, dd int
	haveDOB := false
	age := -1
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		switch {
		case l.cat == rs.idTime && n.Parent == 0 && now.IsZero():
			now = parseTime(n)
		case l.cat == rs.idDate && l.by == byName && !haveDOB:
			switch n.Kind {
			case event.String:
				y, m, dd, haveDOB = detect.ParseDate(n.Str)
			case event.Number:
				// Epoch milliseconds; small numbers are parts of a
				// {year, month, day} object, handled below.
				if f, err := strconv.ParseFloat(n.Str, 64); err == nil && (f > 1e9 || f < -1e9) {
					y, m, dd, haveDOB = detect.EpochMillisDate(f)
				}
			}
			if !haveDOB && n.Kind == event.Number && doc.Nodes[n.Parent].Kind == event.Object {
				y, m, dd, haveDOB = dateObject(doc, n.Parent)
			}
			if !haveDOB && strings.Contains(rules.NormalizeName(n.Key), "year") {
				// A birth year alone: judged as if born on 31 December, the
				// youngest the subject can be, so a possible minor is one.
				if v, err := strconv.Atoi(strings.TrimSpace(n.Str)); err == nil && v >= 1900 && v <= 2100 {
					y, m, dd, haveDOB = v, 12, 31, true
				}
			}
		case l.cat == rs.idAge && n.Kind == event.Number && age < 0:
			if a, err := strconv.Atoi(n.Str); err == nil && a >= 0 && a < 130 {
				age = a
			}
		}
	}
	if now.IsZero() {
		now = time.Now()
	}
	if haveDOB {
		age = now.Year() - y
		if int(now.Month()) < m || int(now.Month()) == m && now.Day() < dd {
			age--
		}
	}
	minorSens := false
	if age >= 0 {
		for k, j := range s.juris {
			limit := j.minorAge
			if a, ok := j.memberAges[d.Jurisdictions[k].Country]; ok {
				limit = a
			}
			if limit > 0 && age < limit {
				d.Minor = true
				if j.minorSens {
					minorSens = true
				}
			}
		}
	}
	if cap(d.Fields) >= len(s.leaves) {
		d.Fields = d.Fields[:len(s.leaves)]
	} else {
		d.Fields = make([]Field, len(s.leaves))
	}
	// All paths are in one string: one allocation per event, not per field.
	paths := string(s.ptr)
	// Most fields are personal under every applicable law: they share one
	// read-only slice of law ids.
	var allLaws []string
	if len(s.juris) == 1 {
		allLaws = s.juris[0].laws
	} else {
		for _, j := range s.juris {
			allLaws = appendLaws(allLaws, j.laws)
		}
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		f := &d.Fields[k]
		f.Path = paths[s.ptrStart[l.node]:s.ptrEnd[l.node]]
		f.DetectedBy = byNames[l.by]
		if l.cat < 0 {
			f.Category = "unknown"
		} else {
			f.Category = rs.cats[l.cat].name
		}
		if n.Kind == event.Null || n.Kind == event.String && n.Str == "" {
			l.act = actKeep
			continue // nothing in it
		}
		if l.cat < 0 {
			// Fail closed: unknown is personal under every applicable law.
			l.personal = true
			l.laws = 1<<len(s.juris) - 1
			f.Laws = allLaws
			l.act = actToken
		} else {
			c := &rs.cats[l.cat]
			l.act = c.act
			for ji, j := range s.juris {
				if j.personal[l.cat] {
					l.personal = true
					l.laws |= 1 << ji
				}
				if j.sensitive[l.cat] {
					l.sensitive = true
				}
				if j.sectoral[l.cat] {
					l.localized = true
				}
			}
			if c.sensitive {
				l.sensitive = true
			}
			if l.laws == 1<<len(s.juris)-1 {
				f.Laws = allLaws
			} else {
				for ji, j := range s.juris {
					if l.laws&(1<<ji) != 0 {
						f.Laws = appendLaws(f.Laws, j.laws)
					}
				}
			}
			if !l.personal {
				l.act = actKeep
			}
		}
		if minorSens && l.personal {
			l.sensitive = true
		}
		f.Personal, f.Sensitive = l.personal, l.sensitive
	}
}

func appendLaws(dst, laws []string) []string {
	for _, l := range laws {
		dup := false
		for _, have := range dst {
			if have == l {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, l)
		}
	}
	return dst
}

func dateObject(doc *event.Doc, obj int32) (y, m, d int, ok bool) {
	for c := doc.Nodes[obj].First; c >= 0; c = doc.Nodes[c].Next {
		n := &doc.Nodes[c]
		v, err := strconv.Atoi(n.Str)
		if n.Kind != event.Number || err != nil {
			continue
		}
		switch rules.NormalizeName(n.Key) {
		case "year", "y", "yyyy":
			y = v
		case "month", "m", "mm":
			m = v
		case "day", "d", "dd":
			d = v
		}
	}
	ok = y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
	return
}

func parseTime(n *event.Node) time.Time {
	switch n.Kind {
	case event.String:
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02"} {
			if t, err := time.Parse(layout, n.Str); err == nil {
				return t
			}
		}
	case event.Number:
		if f, err := strconv.ParseFloat(n.Str, 64); err == nil {
			switch {
			case f > 1e14: // microseconds
				return time.UnixMicro(int64(f))
			case f > 1e11: // milliseconds
				return time.UnixMilli(int64(f))
			case f > 1e8:
				return time.Unix(int64(f), 0)
			}
		}
	}
	return time.Time{}
}

// route decides the destinations.
//
// Every destination (the home region of each applicable law, and global
// analytics) gets the most restrictive projection any applicable law
// allows it: a law's own region is full for it, other regions get what
// its exports say. Laws that require in-country storage then force full
// on their own region, and if no destination is left with the full record
// the primary jurisdiction's home gets it: every classified event is
// stored whole somewhere its subject's law allows.
func (rs *Ruleset) route(s *scratch, d *Decision) {
	type dest struct {
		region string
		proj   uint8
	}
	var destBuf [8]dest
	dests := destBuf[:0]
	for k := 0; k <= len(s.juris); k++ {
		r := "global"
		if k < len(s.juris) {
			r = s.juris[k].region
		}
		if !slices.ContainsFunc(dests, func(x dest) bool { return x.region == r }) {
			dests = append(dests, dest{region: r, proj: projFull})
		}
	}
	for k := range dests {
		x := &dests[k]
		for ji, j := range s.juris {
			p := j.allowed(x.region)
			if j.mode == "sectoral" && x.region != j.region && s.hasSectoral(ji) && p > projPseudonymized {
				p = projPseudonymized
			}
			x.proj = min(x.proj, p)
		}
	}
	for ji, j := range s.juris {
		if j.mode == "none" || j.mode == "sectoral" && !s.hasSectoral(ji) {
			continue
		}
		for k := range dests {
			if dests[k].region == j.region {
				dests[k].proj = projFull
			}
		}
	}
	// The primary jurisdiction (strongest evidence: citizenship, then
	// residence, then phone) keeps its subject's full record at home,
	// unless a law that keeps data in its own country alone forbids it.
	primary := s.juris[0]
	for k := range dests {
		if dests[k].region != primary.region {
			continue
		}
		p := projFull
		for _, j := range s.juris {
			if j.mode == "in_country_only" && j.region != primary.region {
				p = min(p, j.allowed(primary.region))
			}
		}
		dests[k].proj = max(dests[k].proj, p)
	}
	hasFull := false
	for _, x := range dests {
		hasFull = hasFull || x.proj == projFull
	}
	if !hasFull {
		for k := range dests {
			if dests[k].region == s.juris[0].region {
				dests[k].proj = projFull
			}
		}
	}
	var needKey []string
	for _, x := range dests {
		if x.proj == projNone {
			continue
		}
		if x.proj == projPseudonymized && len(rs.cfg.Key) == 0 {
			needKey = append(needKey, x.region)
			continue
		}
		d.Routes = append(d.Routes, Route{Region: x.region, Topic: rs.cfg.Regions[x.region], Projection: projNames[x.proj]})
	}
	if len(needKey) > 0 {
		d.Routes = append(d.Routes, Route{Region: "quarantine", Topic: rs.cfg.Topics.Quarantine, Projection: "quarantine",
			Reason: "no_pseudonym_key: no pseudonymization key is configured for " + strings.Join(needKey, ",")})
		d.Stage = "route"
	}
}

func (s *scratch) hasSectoral(ji int) bool {
	j := s.juris[ji]
	for k := range s.leaves {
		if c := s.leaves[k].cat; c >= 0 && j.sectoral[c] && s.leaves[k].personal {
			return true
		}
	}
	return false
}

// mac256 appends the token of msg ("category NUL value"): the keyed
// pseudonym of a value, HMAC-SHA-256 under the configured key, with the
// category as a domain separator so equal values of different kinds do not
// join. Unkeyed hashes of e-mails and phones can be reversed by
// enumeration, so there is no fallback without a key.
func (s *scratch) mac256(key, msg, dst []byte) []byte {
	if s.mac == nil || string(s.macKey) != string(key) {
		s.mac = hmac.New(sha256.New, key)
		s.macKey = append(s.macKey[:0], key...)
	}
	s.mac.Reset()
	s.mac.Write(msg)
	s.buf = s.mac.Sum(s.buf[:0])
	dst = append(dst, "tok_"...)
	return appendB64(dst, s.buf[:18])
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

func appendB64(dst, src []byte) []byte {
	for i := 0; i+3 <= len(src); i += 3 {
		v := uint(src[i])<<16 | uint(src[i+1])<<8 | uint(src[i+2])
		dst = append(dst, b64[v>>18&63], b64[v>>12&63], b64[v>>6&63], b64[v&63])
	}
	return dst
}
