package classifier

import (
	"strconv"
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
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
	Value      []byte
	Headers    []Header
}

// Header names (contract).
const (
	HeaderEventID       = "event-id"
	HeaderSource        = "source"
	HeaderRuleset       = "ruleset"
	HeaderProjection    = "projection"
	HeaderJurisdictions = "jurisdictions"
	HeaderKeyID         = "key-id"
	HeaderError         = "error"
	HeaderStage         = "stage"
)

func (rs *Ruleset) records(s *scratch, in Input, d *Decision, dst []Record) []Record {
	var countries []string
	for _, j := range d.Jurisdictions {
		countries = append(countries, j.Country)
	}
	juris := []byte(strings.Join(countries, ","))
	// Header values are shared, read-only, by every record of the event;
	// all its headers live in one slice.
	eid, src, rsv := []byte(d.EventID), []byte(in.Source), rs.versionBytes
	pool := make([]Header, 0, 8*(len(d.Routes)+1))
	base := func(proj string, extra ...Header) []Header {
		start := len(pool)
		pool = append(pool,
			Header{HeaderEventID, eid},
			Header{HeaderSource, src},
			Header{HeaderRuleset, rsv},
			Header{HeaderProjection, projectionBytes(proj)},
			Header{HeaderJurisdictions, juris})
		pool = append(pool, extra...)
		return pool[start:len(pool):len(pool)]
	}
	eventKey := []byte(d.EventID)
	var subject, pseudoKey []byte
	if d.Error == "" {
		subject = rs.subjectKey(s, in, d)
		if len(rs.cfg.Key) > 0 {
			pseudoKey = s.token(rs.cfg.Key, "subject", string(subject), nil)
		} else {
			pseudoKey = eventKey
		}
	}
	for _, r := range d.Routes {
		rec := Record{Region: r.Region, Topic: r.Topic, Projection: r.Projection}
		switch r.Projection {
		case "quarantine":
			rec.Key = eventKey
			rec.Value = in.Value
			msg := d.Error
			stage := d.Stage
			if msg == "" {
				msg = r.Reason
			}
			rec.Headers = base("quarantine", Header{HeaderError, []byte(msg)}, Header{HeaderStage, []byte(stage)})
		case "full":
			rec.Key = subject
			// Forwarded as received, never re-encoded, unless it holds
			// credentials: those leave in no projection, full included.
			rec.Value = in.Value
			if s.hasCredentials(rs) {
				rec.Value = rs.project(s, projFull)
			}
			rec.Headers = base("full")
		case "pseudonymized":
			rec.Key = pseudoKey
			rec.Value = rs.project(s, projPseudonymized)
			rec.Headers = base("pseudonymized", Header{HeaderKeyID, rs.keyIDBytes})
		case "redacted":
			rec.Key = pseudoKey
			rec.Value = rs.project(s, projRedacted)
			rec.Headers = base("redacted")
		}
		dst = append(dst, rec)
	}
	var extra []Header
	if d.Error != "" {
		extra = []Header{{HeaderError, []byte(Reason(d.Error))}, {HeaderStage, []byte(d.Stage)}}
	}
	audit := Record{Region: "audit", Topic: rs.cfg.Topics.Audit, Projection: "audit", Key: eventKey,
		Value: d.AppendJSON(make([]byte, 0, 256+len(d.Fields)*128)), Headers: base("audit", extra...)}
	return append(dst, audit)
}

// subjectKey keeps one subject's events in order: the record key when the
// producer set one, else the event's user id, else the event id.
func (rs *Ruleset) subjectKey(s *scratch, in Input, d *Decision) []byte {
	if len(in.Key) > 0 {
		return in.Key
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &s.doc.Nodes[l.node]
		if l.cat == rs.idUser && (n.Kind == event.String || n.Kind == event.Number) && n.Str != "" {
			return []byte(n.Str)
		}
	}
	return []byte(d.EventID)
}

// project renders the pseudonymized or redacted form of the parsed event,
// copying what it keeps byte for byte from the input.
func (rs *Ruleset) project(s *scratch, level uint8) []byte {
	doc := &s.doc
	// Map node -> leaf verdict for the leaves; containers are walked.
	acts := s.actsFor(level, rs)
	out := make([]byte, 0, len(doc.Src))
	out = rs.emit(s, out, 0, acts)
	return out
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
			if !first {
				out = append(out, ',')
			}
			first = false
			if n.Kind == event.Object {
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
		v := canonical(cat, n.Str)
		out = append(out, '"')
		out = s.token(rs.cfg.Key, cat, v, out)
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

// canonical folds the spellings of one value so its token joins:
// e-mail addresses are case-insensitive in practice; phone numbers are
// compared by digits.
func canonical(cat, v string) string {
	switch cat {
	case "contact.email":
		return strings.ToLower(strings.TrimSpace(v))
	case "contact.phone":
		var b strings.Builder
		for _, r := range v {
			if r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	return v
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
	}
	return []byte(p)
}

var (
	hvFull          = []byte("full")
	hvPseudonymized = []byte("pseudonymized")
	hvRedacted      = []byte("redacted")
	hvAudit         = []byte("audit")
	hvQuarantine    = []byte("quarantine")
)
