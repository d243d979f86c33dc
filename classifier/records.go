package classifier

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/record"
)

// Header is one record header.
type Header struct {
	Key   string
	Value []byte
}

// Record is one output record: exactly what the stream service produces.
type Record struct {
	Region     string // the route's region; "audit" or "quarantine" for those
	Topic      string
	Projection string // full, pseudonymized, redacted, audit, quarantine
	Key        []byte
	// Value is valid JSON in every projection but quarantine, which
	// carries the input as received.
	Value   []byte
	Headers []Header
}

// Header names: the contract is package record's.
const (
	HeaderEventID       = record.HeaderEventID
	HeaderSource        = record.HeaderSource
	HeaderRuleset       = record.HeaderRuleset
	HeaderProjection    = record.HeaderProjection
	HeaderJurisdictions = record.HeaderJurisdictions
	HeaderKeyID         = record.HeaderKeyID
	HeaderError         = record.HeaderError
	HeaderStage         = record.HeaderStage
)

// records renders the event's output records. Every byte they own (values,
// keys, header values) is appended to out, which is returned: the records
// alias it, and those forwarded as received (full, quarantine) alias the
// input.
func (rs *Ruleset) records(s *scratch, in Input, d *Decision, dst []Record, out []byte) ([]Record, []byte) {
	out, p := rs.renderParts(s, in, d, out)
	reason, audit := p.reason, p.audit
	vals := s.spans
	at := func(sp span) []byte { return out[sp.start:sp.end:sp.end] }
	jurisB, eidB, srcB := at(p.juris), at(p.eid), at(p.src)
	shownB := at(p.jurisShown)
	var subjectB []byte
	switch {
	case p.subjectIn:
		subjectB = in.Key
	case !d.Failed():
		subjectB = at(p.subject)
	}
	pseudoKeyB := at(p.pseudoKey)
	// Header values are shared, read-only, by every record of the event;
	// all its headers live in one slice.
	var pool []Header
	if cap(d.hdrs) >= 6*len(d.Routes)+11 {
		pool = d.hdrs[:0] // the caller reuses d, and with it this memory
	} else {
		pool = make([]Header, 0, 6*len(d.Routes)+11)
	}
	base := func(proj string, extra ...Header) []Header {
		start := len(pool)
		j := jurisB
		if proj == "pseudonymized" || proj == "redacted" {
			j = shownB
		}
		pool = append(pool,
			Header{HeaderEventID, eidB},
			Header{HeaderSource, srcB},
			Header{HeaderRuleset, rs.versionBytes},
			Header{HeaderProjection, projectionBytes(proj)},
			Header{HeaderJurisdictions, j})
		pool = append(pool, extra...)
		return pool[start:len(pool):len(pool)]
	}
	for k, r := range d.Routes {
		rec := Record{Region: r.Region, Topic: r.Topic, Projection: r.Projection}
		v := at(vals[k])
		switch r.Projection {
		case "quarantine":
			rec.Key = eidB
			rec.Value = in.Value
			if q := at(p.quarantine); len(q) > 0 {
				rec.Value = q
			}
			rec.Headers = base("quarantine", Header{HeaderError, v}, Header{HeaderStage, stageBytes(d.Stage)})
		case "full":
			rec.Key = subjectB
			rec.Value = in.Value
			if len(v) > 0 {
				rec.Value = v
			}
			rec.Headers = base("full")
		case "pseudonymized":
			rec.Key = pseudoKeyB
			rec.Value = v
			rec.Headers = base("pseudonymized", Header{HeaderKeyID, rs.keyIDBytes})
		case "redacted":
			// The event id, not the subject's token: a redacted copy
			// holds nothing of the person, and a stable token would
			// make a CN or RW export linkable as pseudonymized data is
			// (red team 13: F6).
			rec.Key = eidB
			rec.Value = v
			rec.Headers = base("redacted")
		}
		dst = append(dst, rec)
	}
	// Templates the audit record references and this scope has not seen
	// go first: in the same batch as the record, never after it.
	for _, sp := range [2]span{p.tpl.fields, p.tpl.context} {
		if sp.end == sp.start {
			continue
		}
		v := at(sp)
		start := len(pool)
		pool = append(pool, Header{HeaderRuleset, rs.versionBytes}, Header{HeaderProjection, hvAuditTemplate})
		dst = append(dst, Record{Region: "audit", Topic: rs.cfg.Topics.AuditTemplates, Projection: ProjectionAuditTemplate,
			Key: v[tplIDAt : tplIDAt+tplIDLen : tplIDAt+tplIDLen], Value: v, Headers: pool[start:len(pool):len(pool)]})
	}
	var extra []Header
	if d.Failed() {
		extra = []Header{{HeaderError, at(reason)}, {HeaderStage, stageBytes(d.Stage)}}
	}
	dst = append(dst, Record{Region: "audit", Topic: rs.cfg.Topics.Audit, Projection: "audit", Key: eidB,
		Value: at(audit), Headers: base("audit", extra...)})
	d.hdrs = pool
	return dst, out
}

// shownBasis reports whether a jurisdiction found by evidence b may be
// named on a pseudonymized or redacted copy: a country of residence or
// an IP's country, which those copies keep in clear (a country member is
// no personal data). A country known only from a value the copies hide
// is not: a citizenship (naming it beside the citizenship's token would
// decode that token in every record: red team 24, F6), an address line,
// a street and city, a location in words, a subdivision read from an
// address, an identifier's scheme, a phone, a card, a city, a locale or
// a time zone (red team 25, F8).
func shownBasis(b string) bool {
	switch b {
	case "residence", "ip":
		return true
	}
	return false
}

// parts are where the bytes an event's records share lie in the buffer
// records renders into; the values of its routes are the scratch's spans.
type parts struct {
	juris, eid, src, subject, pseudoKey, reason, audit span
	// jurisShown: the jurisdictions a pseudonymized or redacted copy
	// may name (shownBasis).
	jurisShown span
	// quarantine: the event without the credentials the walk found, or
	// empty for the event as received.
	quarantine span
	subjectIn  bool // the subject key is the input's own key
	tpl        compactAudit
}

// renderParts appends to out the bytes the event's records own: header
// values, keys, each route's value in route order (into s.spans), and the
// audit record last.
func (rs *Ruleset) renderParts(s *scratch, in Input, d *Decision, out []byte) ([]byte, parts) {
	var p parts
	mark := func(start int) span { return span{int32(start), int32(len(out))} }
	start := len(out)
	for i, j := range d.Jurisdictions {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, j.Country...)
	}
	p.juris = mark(start)
	start = len(out)
	n := 0
	for _, j := range d.Jurisdictions {
		if !slices.ContainsFunc(j.Basis, shownBasis) {
			continue
		}
		if n > 0 {
			out = append(out, ',')
		}
		out = append(out, j.Country...)
		n++
	}
	p.jurisShown = mark(start)
	start = len(out)
	out = append(out, d.EventID...)
	p.eid = mark(start)
	start = len(out)
	out = append(out, in.Source...)
	p.src = mark(start)
	if !d.Failed() {
		k := rs.subjectKey(s, in, d)
		if rs.inputKeyFor(s, in.Key) {
			p.subjectIn = true
		} else {
			start = len(out)
			out = append(out, k...)
			p.subject = mark(start)
		}
		start = len(out)
		if len(rs.cfg.Key) > 0 {
			s.tmp = append(append(s.tmp[:0], "subject\x00"...), k...)
			out = s.mac256(rs.cfg.Key, s.tmp, out)
		} else {
			out = append(out, d.EventID...)
		}
		p.pseudoKey = mark(start)
	} else {
		start = len(out)
		out = append(out, d.Reason...)
		p.reason = mark(start)
	}
	if slices.ContainsFunc(d.Routes, func(r Route) bool { return r.Projection == "quarantine" }) {
		// Quarantine keeps the event as received for replay, but no
		// credential: they leave in no record (docs/contract.md). The
		// walk's verdicts drop the credentials it found; a walk that
		// failed stopped early, and the parser may have refused the
		// event, so the lexical reading runs over what is left either
		// way.
		src := in.Value
		if s.walked && s.hasCredentials(rs) {
			s.qbuf = rs.project(s, projFull, s.qbuf[:0])
			src = s.qbuf
		}
		start = len(out)
		var changed bool
		if out, changed = rs.scrubAny(s, src, out); changed || s.walked && s.hasCredentials(rs) {
			p.quarantine = mark(start)
		} else {
			out = out[:start]
		}
	}
	vals := s.spans[:0]
	for _, r := range d.Routes {
		start = len(out)
		switch r.Projection {
		case "quarantine":
			if d.Failed() {
				out = append(out, d.Reason...)
				out = appendDetail(out, d.Detail)
			} else {
				out = append(out, r.Reason...)
				out = appendDetail(out, r.Detail)
			}
		case "full":
			// Forwarded as received, never re-encoded, unless it holds
			// credentials: those leave in no projection, full included.
			if s.hasCredentials(rs) {
				out = rs.project(s, projFull, out)
			}
		case "pseudonymized":
			out = rs.project(s, projPseudonymized, out)
		case "redacted":
			out = rs.project(s, projRedacted, out)
		}
		vals = append(vals, mark(start))
	}
	if rs.cfg.Topics.AuditTemplates == "" {
		start = len(out)
		out = d.AppendJSON(out)
		p.audit = mark(start)
	} else {
		out, p.tpl, p.audit = rs.appendCompactAudit(in, d, out)
	}
	s.spans = vals
	return out, p
}

// appendDetail appends a failure's detail after its reason code, as in
// the decision's "error".
func appendDetail(out []byte, detail string) []byte {
	if detail == "" {
		return out
	}
	return append(append(out, ": "...), detail...)
}

// AppendJSON renders the record as `classifier classify --records` prints
// it: {"topic","key","headers":{},"value":...}, the value as JSON when it
// is JSON (every projection, the audit record, most quarantined events),
// byte for byte what the topic receives, else as a string.
func (r *Record) AppendJSON(b []byte) []byte {
	b = append(b, `{"topic":`...)
	b = appendString(b, r.Topic)
	b = append(b, `,"key":`...)
	b = appendString(b, unsafeString(r.Key))
	b = append(b, `,"headers":{`...)
	for i, h := range r.Headers {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, h.Key)
		b = append(b, ':')
		b = appendString(b, unsafeString(h.Value))
	}
	b = append(b, `},"value":`...)
	if r.Projection != "quarantine" || utf8.Valid(r.Value) && json.Valid(r.Value) && bytes.IndexByte(r.Value, '\n') < 0 {
		b = append(b, r.Value...)
	} else {
		b = appendString(b, unsafeString(r.Value))
	}
	return append(b, '}')
}

// unsafeString views b as a string for reading only, while b is not
// modified: appendString copies what it reads.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// span is a part of the buffer records renders into, by offsets: the
// buffer may still move while it grows.
type span struct{ start, end int32 }

// stageBytes returns a shared read-only header value for a stage.
func stageBytes(stage string) []byte {
	switch stage {
	case "parse":
		return hvParse
	case "classify":
		return hvClassify
	case "route":
		return hvRoute
	}
	return []byte(stage)
}

// subjectKey keeps one subject's events in order: the record key when the
// producer set one, else the event's user id from a field the rules name
// as the subject key (subject_key in fields.yaml), else the event id. No
// other field becomes a key: an unknown member of "user" could be a
// password.
func (rs *Ruleset) subjectKey(s *scratch, in Input, d *Decision) string {
	if rs.inputKeyFor(s, in.Key) {
		return unsafeString(in.Key) // read only, as the input is
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &s.doc.Nodes[l.node]
		if l.cat == rs.idUser && (n.Kind == event.String || n.Kind == event.Number) && n.Str != "" && usableKey(n.Str) && rs.findTerm(s, n.Str) < 0 && rs.subjectKeyLeaf(s, l.node) && !rs.heldAsCredential(s, n.Str) {
			return n.Str
		}
	}
	return d.EventID
}

// inputKeyFor reports whether the input record's key may key a routed
// event's records: usable (usableInputKey), and nothing a field holding
// it would be found to be: no special-category term ("muslim-signup-42"),
// no e-mail, phone or identifier, and no short random token, which is a
// password as often as an id. The records then go by the subject key or
// the event id, and keep their order all the same.
func (rs *Ruleset) inputKeyFor(s *scratch, k []byte) bool {
	if !rs.usableInputKey(k) {
		return false
	}
	v := unsafeString(k)
	if rs.findTerm(s, v) >= 0 {
		return false
	}
	if cat, ok := rs.detectValue(s, v); ok && cat >= 0 && rs.cats[cat].personal {
		return false
	}
	if bv, ok := base64Contact(v); ok {
		if cat, ok := rs.detectValue(s, bv); ok && rs.cats[cat].personal {
			return false // an e-mail address in base64
		}
	}
	return !shortRandomToken(v) && !totpSeed(v) && !rs.heldAsCredential(s, v)
}

// heldAsCredential reports whether v is, or holds, or is held in, the
// value of a leaf the event's decision found to be a credential: a key
// whose shape says nothing is still the password or the token when the
// event says so ({"password": "anna1990"} with the key "anna1990", a
// session id keyed by itself). Credentials never become a key (red team
// 31).
func (rs *Ruleset) heldAsCredential(s *scratch, v string) bool {
	v = strings.TrimSpace(v)
	if v == "" {
		return false
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		if l.cat < 0 || !rs.cats[l.cat].credential {
			continue
		}
		n := &s.doc.Nodes[l.node]
		if n.Kind != event.String && n.Kind != event.Number {
			continue
		}
		c := strings.TrimSpace(n.Str)
		if c == "" {
			continue
		}
		if c == v || len(v) >= 6 && strings.Contains(c, v) || len(c) >= 6 && strings.Contains(v, c) {
			return true
		}
	}
	return false
}

// totpSeed reports whether v has an authenticator seed's shape: 16 or 32
// characters of base32's upper-case alphabet (A-Z, 2-7), digits among
// them (JBSWY3DPEHPK3PXP). Whoever holds it makes the subject's codes.
func totpSeed(v string) bool {
	if len(v) != 16 && len(v) != 32 {
		return false
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'A' && c <= 'Z':
		case c >= '2' && c <= '7':
			digits++
		default:
			return false
		}
	}
	return digits >= 2
}

// shortRandomToken reports whether v is 10 to 31 letters and digits with
// upper case, lower case and digits mixed and no separator: a generated
// password or an API key's shape as much as an id's (a Firebase uid has
// it too, and then the record is keyed by the subject key instead; ids
// are otherwise UUIDs, numbers or prefixed, and usableKey judges the
// longer ones by their entropy).
func shortRandomToken(v string) bool {
	if len(v) < 10 || len(v) > 31 {
		return false
	}
	up, low, dig := false, false, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'A' && c <= 'Z':
			up = true
		case c >= 'a' && c <= 'z':
			low = true
		case c >= '0' && c <= '9':
			dig = true
		default:
			return false
		}
	}
	return up && low && dig
}

// MaxKeyBytes bounds a key the records take from the event: the input
// record's key, or a user id named by subject_key. A longer one is no id
// (ids are UUIDs, numbers, prefixed tokens or digests, far shorter; the
// event id itself is at most 128 bytes) and is not copied to any record:
// the records are keyed as for an event without one (docs/contract.md,
// Record keys). Copied, a producer-chosen key of ~1 MiB would make every
// record that carries it larger than a broker accepts.
const MaxKeyBytes = 256

// usableInputKey reports whether the input record's key may key the full
// record: it is there, at most MaxKeyBytes long, and is no credential (a
// JWT or an API key a producer used as its key must leave in no record).
func (rs *Ruleset) usableInputKey(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	return usableKey(unsafeString(k))
}

// usableKey reports whether v reads as an id a record may be keyed by:
// at most MaxKeyBytes long, and not a credential (see usableInputKey).
func usableKey(v string) bool {
	if len(v) > MaxKeyBytes {
		return false
	}
	if secretShaped(v) || secretInText(v) || chosenPassword(v) {
		return false
	}
	// A key is an id, not a document: a cookie or a form pair
	// ("PHPSESSID=…", "refresh_token=…"), a URI ("otpauth://…"), a login
	// and its password ("anna:hunter2") or a session id ("sess_…") could
	// each be a credential, and the record keeps its order by the subject
	// key or the event id instead. So could a long random token that is
	// no UUID and no hex digest, or anything URL-encoded (a cookie's
	// "s%3A…" signed session id).
	if strings.ContainsAny(v, "= \t%") || strings.Contains(v, "://") {
		return false
	}
	if i := strings.IndexByte(v, ':'); i >= 0 && strings.Trim(v[i+1:], "0123456789:") != "" {
		return false
	}
	if len(v) >= 4 && strings.EqualFold(v[:4], "sess") || containsFold(v, "token") || containsFold(v, "secret") {
		return false
	}
	return len(v) < 32 || isUUID(v) || strings.Trim(v, "0123456789abcdefABCDEF-") == "" || !highEntropy(v)
}

// chosenPassword reports whether v reads as a password a person chose
// ("Passw0rd!", "Hunter2Pass!"): punctuation ids do not use, beside
// letters or digits. Ids join their parts with '-', '_', '.', ':', '/' or
// '|' (auth0|5f7c…), and base64 ids hold '+'.
func chosenPassword(v string) bool {
	if len(v) < 6 || len(v) > 64 || !strings.ContainsAny(v, "!#$%^&*?~<>{}[]()'\"`,;") {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		}
	}
	return letters > 0 && letters+digits >= 4
}

// project renders the pseudonymized or redacted form of the parsed event,
// copying what it keeps byte for byte from the input.
// It appends to out.
func (rs *Ruleset) project(s *scratch, level uint8, out []byte) []byte {
	// Map node -> leaf verdict for the leaves; containers are walked.
	acts := s.actsFor(level, rs)
	s.level = level
	return rs.emit(s, out, 0, acts)
}

// leaf output actions for one projection, indexed by node.
const (
	outKeep byte = iota
	outDrop
	outToken
	outYear
)

func (s *scratch) hasCredentials(rs *Ruleset) bool {
	for k := range s.leaves {
		if c := s.leaves[k].cat; c >= 0 && rs.cats[c].credential {
			return true
		}
	}
	return false
}

func (s *scratch) actsFor(level uint8, rs *Ruleset) []byte {
	if cap(s.acts) < len(s.doc.Nodes) {
		s.acts = make([]byte, len(s.doc.Nodes))
	}
	acts := s.acts[:len(s.doc.Nodes)]
	clear(acts)
	if cap(s.leafCat) < len(s.doc.Nodes) {
		s.leafCat = make([]int32, len(s.doc.Nodes))
	}
	s.leafCat = s.leafCat[:len(s.doc.Nodes)]
	for k := range s.leaves {
		l := &s.leaves[k]
		a := outKeep
		switch {
		case l.cat >= 0 && rs.cats[l.cat].credential:
			a = outDrop // credentials never leave, whatever the projection
		case level == projFull:
			a = outKeep
		case !l.personal && !l.sensitive:
			a = outKeep
		case level == projRedacted || l.sensitive || l.localized:
			a = outDrop
		case l.act == actRemove:
			a = outDrop
		case l.act == actYear:
			a = outYear
		case l.act == actKeep:
			a = outKeep
		case s.doc.Nodes[l.node].Kind <= event.Bool:
			// A personal yes/no (or null) has two values: its token
			// would be one of two constants, the same in every record,
			// and one record whose answer is known reads them all. It
			// leaves as redaction leaves it.
			a = outDrop
		case s.doc.Nodes[l.node].Kind == event.String && answerWord(s.doc.Nodes[l.node].Str):
			// The same as a yes/no written as a word ("да", "Yes",
			// "是", "0"): one of a few constants (red team 21, F12).
			a = outDrop
		default:
			a = outToken
		}
		acts[l.node] = a
		s.leafCat[l.node] = int32(l.cat)
	}
	return acts
}

func (rs *Ruleset) emit(s *scratch, out []byte, i int32, acts []byte) []byte {
	doc := &s.doc
	n := &doc.Nodes[i]
	switch n.Kind {
	case event.Object, event.Array:
		open, close := byte('{'), byte('}')
		if n.Kind == event.Array {
			open, close = '[', ']'
		}
		out = append(out, open)
		first := true
		for c := n.First; c >= 0; c = doc.Nodes[c].Next {
			cn := &doc.Nodes[c]
			if cn.Kind < event.Object && acts[c] == outDrop {
				continue
			}
			if cn.Kind >= event.Object && s.level != projFull && (s.nodeCat[c] >= 0 && rs.cats[s.nodeCat[c]].special || rs.emptiedSpecial(s, c, acts)) {
				// A special category's container leaves whole: its
				// members are removed, and an empty {"criminal_record":
				// {}} would still say the subject has one.
				continue
			}
			keyData := n.Kind == event.Object && s.nodeFlags[c]&flagKeyData != 0
			if keyData && s.level == projRedacted {
				continue // a key that is data leaves with nothing of it
			}
			if !first {
				out = append(out, ',')
			}
			first = false
			switch {
			case keyData && s.level == projPseudonymized:
				out = append(out, '"')
				out = rs.appendKeyToken(s, out, c)
				out = append(out, '"', ':')
			case n.Kind == event.Object:
				out = appendString(out, cn.Key)
				out = append(out, ':')
			}
			out = rs.emit(s, out, c, acts)
		}
		return append(out, close)
	}
	switch acts[i] {
	case outToken:
		cat := "unknown"
		if c := s.leafCat[i]; c >= 0 {
			cat = rs.cats[c].name
		}
		s.tmp = appendCanonical(append(append(s.tmp[:0], cat...), 0), cat, n.Str)
		out = append(out, '"')
		out = s.mac256(rs.cfg.Key, s.tmp, out)
		return append(out, '"')
	case outYear:
		if n.Kind == event.String {
			if y, _, _, ok := detect.ParseDate(n.Str); ok {
				out = strconv.AppendInt(append(out, '"'), int64(y), 10)
				return append(out, '"')
			}
			return append(out, "null"...)
		}
		if n.Kind == event.Number && strings.EqualFold(n.Key, "year") {
			return append(out, doc.Raw(i)...)
		}
		return append(out, "null"...)
	}
	return append(out, doc.Raw(i)...)
}

// emptiedSpecial reports whether container i leaves a projection empty
// because of a special category: every leaf under it is removed, one of
// them special ({"religion_info": [{"faith": "Islam"}]} would leave as
// [{}], saying the subject answered).
func (rs *Ruleset) emptiedSpecial(s *scratch, i int32, acts []byte) bool {
	empty, special := rs.allDropped(s, i, acts, 0)
	return empty && special
}

// allDropped reports whether every leaf under container i is removed,
// and whether one of them is special.
func (rs *Ruleset) allDropped(s *scratch, i int32, acts []byte, depth int) (empty, special bool) {
	if depth > 64 {
		return false, false
	}
	nodes := s.doc.Nodes
	for c := nodes[i].First; c >= 0; c = nodes[c].Next {
		if nodes[c].Kind >= event.Object {
			e, sp := rs.allDropped(s, c, acts, depth+1)
			if !e {
				return false, false
			}
			special = special || sp
			continue
		}
		if acts[c] != outDrop {
			return false, false
		}
		if lc := s.leafCat[c]; lc >= 0 && rs.cats[lc].special {
			special = true
		}
	}
	return true, special
}

// appendCanonical appends v with its spellings folded, so its token
// joins: e-mail addresses are case-insensitive in practice; phone numbers
// are compared by digits.
func appendCanonical(dst []byte, cat, v string) []byte {
	switch cat {
	case "contact.email":
		v = strings.TrimSpace(v)
		if !isASCII(v) {
			// Unicode lower-casing, rare enough to allocate.
			return append(dst, strings.ToLower(v)...)
		}
		return appendLowerASCII(dst, v)
	case "contact.phone":
		for i := 0; i < len(v); i++ {
			if c := v[i]; c >= '0' && c <= '9' {
				dst = append(dst, c)
			}
		}
		return dst
	}
	return append(dst, v...)
}

// projectionBytes returns a shared read-only header value for a projection
// name.
func projectionBytes(p string) []byte {
	switch p {
	case "full":
		return hvFull
	case "pseudonymized":
		return hvPseudonymized
	case "redacted":
		return hvRedacted
	case "audit":
		return hvAudit
	case "quarantine":
		return hvQuarantine
	case ProjectionAuditTemplate:
		return hvAuditTemplate
	}
	return []byte(p)
}

var (
	hvFull          = []byte("full")
	hvPseudonymized = []byte("pseudonymized")
	hvRedacted      = []byte("redacted")
	hvAudit         = []byte("audit")
	hvQuarantine    = []byte("quarantine")
	hvAuditTemplate = []byte(ProjectionAuditTemplate)
	hvParse         = []byte("parse")
	hvClassify      = []byte("classify")
	hvRoute         = []byte("route")
)

// containsFold reports whether sub (lower-case ASCII) occurs in v in any
// case, without lower-casing v.
func containsFold(v, sub string) bool {
	for i := 0; i+len(sub) <= len(v); i++ {
		if strings.EqualFold(v[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// answerWord reports whether v is a yes or a no written as a word (in the
// languages of the term files), a letter (Y, N, J) or a digit (1, 0):
// an answer of two values, whose token would say which.
func answerWord(v string) bool {
	if len(v) == 0 || len(v) > 16 {
		return false
	}
	v = strings.TrimRight(strings.TrimSpace(v), ".!。！")
	if len(v) <= 5 && isASCIIString(v) {
		var b [5]byte
		for k := 0; k < len(v); k++ {
			b[k] = v[k] | 0x20
		}
		_, ok := yesNoWords[string(b[:len(v)])]
		return ok
	}
	if _, ok := yesNoWords[v]; ok {
		return true
	}
	// Lower-cased on the stack ("Да", "Нет", "Ναι"): no copy of every
	// short personal value.
	var b [16]byte
	lb := b[:0]
	for _, r := range v {
		lb = utf8.AppendRune(lb, unicode.ToLower(r))
		if len(lb) > len(b) {
			return false
		}
	}
	_, ok := yesNoWords[string(lb)]
	return ok
}

var yesNoWords = map[string]struct{}{
	"y": {}, "n": {}, "j": {}, "1": {}, "0": {}, "yes": {}, "no": {}, "true": {}, "false": {},
	"ja": {}, "nein": {}, "oui": {}, "non": {}, "si": {}, "sí": {}, "não": {}, "nao": {}, "sim": {},
	"tak": {}, "nie": {}, "evet": {}, "hayır": {}, "hayir": {}, "ya": {}, "tidak": {}, "nee": {},
	"nej": {}, "igen": {}, "nem": {}, "ano": {}, "ne": {}, "da": {}, "nu": {}, "có": {}, "không": {},
	"да": {}, "нет": {}, "так": {}, "ні": {}, "是": {}, "否": {}, "有": {}, "没有": {}, "沒有": {},
	"はい": {}, "いいえ": {}, "네": {}, "예": {}, "아니요": {}, "아니오": {}, "نعم": {}, "لا": {},
	"כן": {}, "לא": {}, "हाँ": {}, "हां": {}, "नहीं": {}, "ใช่": {}, "ไม่": {}, "ναι": {}, "όχι": {},
	"ndiyo": {}, "hapana": {}, "ha": {}, "yo'q": {}, "oo": {}, "hindi": {}, "بله": {}, "خیر": {},
	"نہیں": {}, "جی": {}, "হ্যাঁ": {}, "না": {}, "አዎ": {}, "አይ": {},
	// Checkboxes and switches as forms write them (red team 23, F13).
	"x": {}, "on": {}, "off": {}, "checked": {}, "unchecked": {}, "selected": {}, "✓": {}, "✔": {}, "✔️": {}, "✗": {}, "✘": {},
	"☑": {}, "☐": {}, "☒": {}, "👍": {}, "👎": {}, "kyllä": {}, "ei": {}, "jah": {}, "taip": {}, "ne.": {}, "yes, i am": {},
	"no, i am not": {}, "no, i'm not": {}, "no, i’m not": {}, "yes, i do": {}, "no, i don't": {}, "no, i do not": {}, "sí, soy": {}, "agree": {}, "disagree": {},
}
