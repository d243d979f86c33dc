package classifier

import (
	"strconv"
	"unicode/utf8"
)

// Decision is what the classifier decided for one event. Its JSON form is
// a contract (docs/contract.md, "The decision JSON"): field names and
// meaning do not change.
type Decision struct {
	EventID       string
	Jurisdictions []Jurisdiction
	HomeRegion    string
	Minor         bool
	Fields        []Field
	Routes        []Route
	Ruleset       string
	// Reason is set exactly when the event could not be classified: the
	// stable code of why. Detail says more, never quoting the event's
	// values; the JSON form's "error" is "reason: detail".
	Reason Reason
	Detail string
	// Stage says where a failure arose: parse, classify or route.
	Stage string

	// hdrs is the header memory of the records ProcessAppend renders for
	// this decision, reused with it.
	hdrs []Header
}

// Jurisdiction is one country whose law applies, and why.
type Jurisdiction struct {
	Country string   // ISO 3166-1 alpha-2, or a subdivision such as US-CA
	Laws    []string // law ids from the rule pack
	Basis   []string // the evidence: citizenship, residence, phone, locale, timezone, subdivision
}

// Field is the verdict on one leaf of the event.
type Field struct {
	Path       string // RFC 6901 JSON Pointer
	Category   string
	Personal   bool
	Sensitive  bool
	DetectedBy string   // name, value, text or default
	Laws       []string // laws under which it is personal
}

// Route is one destination of the event.
type Route struct {
	Region     string
	Topic      string
	Projection string // full, pseudonymized, redacted; quarantine for a quarantine route
	// Reason is why the event is quarantined (quarantine routes only).
	// Detail is set when the decision itself has none: the event was
	// classified, but this part of it cannot go where it should.
	Reason Reason
	Detail string
}

// Reason is the stable code of why an event, or a part of it, is
// quarantined: what the audit record's error header, the metrics and the
// rule tests name. The codes are a contract.
type Reason string

// The reasons. The parse reasons are the codes of event.Error.
const (
	ReasonInvalidJSON   Reason = "invalid_json"
	ReasonInvalidUTF8   Reason = "invalid_utf8"
	ReasonNotObject     Reason = "not_object"
	ReasonTooLarge      Reason = "too_large"
	ReasonTooDeep       Reason = "too_deep"
	ReasonStringTooLong Reason = "string_too_long"
	ReasonTooManyFields Reason = "too_many_fields"
	ReasonDuplicateKey  Reason = "duplicate_key"

	ReasonPersonalDataInKey   Reason = "personal_data_in_key"
	ReasonInvalidFieldType    Reason = "invalid_field_type"
	ReasonNoJurisdiction      Reason = "no_jurisdiction"
	ReasonUnknownJurisdiction Reason = "unknown_jurisdiction"
	ReasonDecisionTooLarge    Reason = "decision_too_large"
	// ReasonUnrecognisedCitizenship: a citizenship value names no country
	// (fail closed: the law that protects it must not silently drop).
	ReasonUnrecognisedCitizenship Reason = "unrecognised_citizenship"
	// ReasonLocalizationConflict: two applicable laws demand the same
	// data in different countries, or one's transfer rule forbids what
	// another's localization demands (docs/rules.md, conflict policy).
	ReasonLocalizationConflict Reason = "localization_conflict"
	// ReasonLocalizationUnavailable: a law demands in-country storage, but
	// the service config maps its country to another region.
	ReasonLocalizationUnavailable Reason = "localization_unavailable"

	ReasonNoPseudonymKey Reason = "no_pseudonym_key"
)

// Failed reports whether the event could not be classified.
func (d *Decision) Failed() bool { return d.Reason != "" }

// ErrorText is the decision's "error" as its JSON form and its quarantine
// record carry it: "reason: detail", or "" when the event was classified.
func (d *Decision) ErrorText() string { return reasonText(d.Reason, d.Detail) }

// ReasonText is the route's "reason" as the decision's JSON form carries
// it: the code, with its detail when the route has one.
func (r *Route) ReasonText() string { return reasonText(r.Reason, r.Detail) }

func reasonText(r Reason, detail string) string {
	if detail == "" {
		return string(r)
	}
	return string(r) + ": " + detail
}

// AppendJSON appends the decision as one JSON object (no newline).
func (d *Decision) AppendJSON(b []byte) []byte {
	b = append(b, `{"event_id":`...)
	b = appendString(b, d.EventID)
	b = appendJurisdictions(b, d)
	b = append(b, `,"fields":[`...)
	// Most fields share one law list (the same slice): encode it once and
	// copy the bytes for the others.
	var prevLaws []string
	lawsStart, lawsEnd := 0, 0
	for i := range d.Fields {
		f := &d.Fields[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFieldHead(b, f)
		if len(f.Laws) > 0 && len(f.Laws) == len(prevLaws) && &f.Laws[0] == &prevLaws[0] {
			b = append(b, b[lawsStart:lawsEnd]...)
		} else {
			lawsStart = len(b)
			b = appendStrings(b, f.Laws)
			lawsEnd = len(b)
			prevLaws = f.Laws
		}
		b = append(b, '}')
	}
	b = append(b, `],"routes":`...)
	b = appendRoutes(b, d.Routes)
	b = append(b, `,"ruleset":`...)
	b = appendString(b, d.Ruleset)
	b = append(b, `,"error":`...)
	b = appendString(b, d.ErrorText())
	return append(b, '}')
}

// appendJurisdictions renders the decision's "jurisdictions",
// "home_region" and "minor" members (with their leading comma); the
// audit's context template carries the same bytes.
func appendJurisdictions(b []byte, d *Decision) []byte {
	b = append(b, `,"jurisdictions":[`...)
	for i, j := range d.Jurisdictions {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"country":`...)
		b = appendString(b, j.Country)
		b = append(b, `,"laws":`...)
		b = appendStrings(b, j.Laws)
		b = append(b, `,"basis":`...)
		b = appendStrings(b, j.Basis)
		b = append(b, '}')
	}
	b = append(b, `],"home_region":`...)
	b = appendString(b, d.HomeRegion)
	b = append(b, `,"minor":`...)
	return strconv.AppendBool(b, d.Minor)
}

// appendFieldHead renders one field object up to its law list, which the
// caller appends (the decision and the audit template encode it
// differently) before closing the object.
func appendFieldHead(b []byte, f *Field) []byte {
	b = append(b, `{"path":`...)
	b = appendString(b, f.Path)
	b = append(b, `,"category":`...)
	b = appendString(b, f.Category)
	b = append(b, `,"personal":`...)
	b = strconv.AppendBool(b, f.Personal)
	b = append(b, `,"sensitive":`...)
	b = strconv.AppendBool(b, f.Sensitive)
	b = append(b, `,"detected_by":`...)
	b = appendString(b, f.DetectedBy)
	return append(b, `,"laws":`...)
}

// appendRoutes renders the decision's "routes" array; the audit's context
// template carries the same bytes.
func appendRoutes(b []byte, rs []Route) []byte {
	b = append(b, '[')
	for i, r := range rs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"region":`...)
		b = appendString(b, r.Region)
		b = append(b, `,"topic":`...)
		b = appendString(b, r.Topic)
		b = append(b, `,"projection":`...)
		b = appendString(b, r.Projection)
		if r.Reason != "" {
			b = append(b, `,"reason":`...)
			b = appendString(b, r.ReasonText())
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes a JSON string holds as they are (HTML
// characters are escaped too, as encoding/json does).
var jsonSafe = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// AppendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it (HTML characters, U+2028 and U+2029; invalid UTF-8 becomes
// U+FFFD), so the output is always valid JSON.
func AppendJSONString(b []byte, s string) []byte { return appendString(b, s) }

// appendString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD,
// so the output is always valid JSON.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	// Fast path: most strings (paths, categories, law ids) need no escape.
	i := 0
	for i < len(s) && jsonSafe[s[i]] {
		i++
	}
	if i == len(s) {
		b = append(b, s...)
		return append(b, '"')
	}
	start := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
