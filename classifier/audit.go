package classifier

import (
	"container/list"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// The compact audit record (docs/contract.md, "The audit record"): a
// decision is split into what its event shares with many others and what
// is its own. Two content-addressed templates carry the shared parts, and
// the per-event record names them:
//
//   - a fields template: every leaf's path, category, personal, sensitive,
//     detected_by and laws ("*" for every applicable law), in order;
//   - a context template: jurisdictions (with laws and basis), home region,
//     minor and routes;
//   - the audit record: {"event_id","fields","context"[,"error"]}.
//
// A template's id is a hash of its content and its ruleset, so the same
// decision parts give the same id on every replica and offline, whichever
// event came first; expanding is exact (byte for byte the full decision).

// ProjectionAuditTemplate is the projection header of a template record.
const ProjectionAuditTemplate = "audit-template"

// DefaultTemplateSetSize bounds a TemplateSet: templates are about 3 KB,
// and a stream of a few producers has tens to hundreds of them.
const DefaultTemplateSetSize = 16384

// TemplateSet remembers which audit templates were already emitted, per
// scope (the input partition: "topic/partition" of Input.Source; one scope
// for offline input), so each is emitted the first time a scope needs it
// and rarely again. It is bounded (least recently used ids are forgotten,
// then emitted again: a template emitted twice is harmless on a compacted
// topic). Safe for concurrent use.
type TemplateSet struct {
	mu    sync.Mutex
	size  int
	m     map[tplKey]*list.Element
	order list.List
}

type tplKey struct {
	scope string
	id    uint64
	kind  byte
}

// NewTemplateSet returns a set remembering up to size templates; with
// size <= 0 it remembers none, and every event emits its templates.
func NewTemplateSet(size int) *TemplateSet {
	return &TemplateSet{size: size, m: map[tplKey]*list.Element{}}
}

// claim reports whether the template is new to the scope, and remembers
// it: exactly one caller gets true for an id until it is forgotten.
func (t *TemplateSet) claim(scope string, kind byte, id uint64) bool {
	if t.size <= 0 {
		return true
	}
	k := tplKey{scope, id, kind}
	t.mu.Lock()
	defer t.mu.Unlock()
	if e, ok := t.m[k]; ok {
		t.order.MoveToFront(e)
		return false
	}
	// The scope is a substring of the event's source: keep a copy of its
	// own, not the source.
	k.scope = strings.Clone(scope)
	t.m[k] = t.order.PushFront(k)
	if t.order.Len() > t.size {
		old := t.order.Back()
		t.order.Remove(old)
		delete(t.m, old.Value.(tplKey))
	}
	return true
}

// templateScope is the scope of an input in a TemplateSet: its partition
// ("topic/partition" of "topic/partition/offset"), or one scope for lines
// of a file. Within a partition the service writes in offset order and
// commits only what every earlier offset's outputs were acknowledged for.
func templateScope(in Input) string {
	if in.IDFromValue {
		return ""
	}
	if i := strings.LastIndexByte(in.Source, '/'); i >= 0 {
		return in.Source[:i]
	}
	return in.Source
}

const (
	tplFields  byte = 'f'
	tplContext byte = 'c'
	// tplIDLen is the length of a template id: a kind letter, '-', 16 hex
	// digits (64 bits of SHA-256).
	tplIDLen = 18
	// tplIDAt is where the id starts in a template value:
	// {"template":"<id>",...
	tplIDAt = len(`{"template":"`)
)

// compactAudit says what renderParts rendered for the compact audit:
// the templates the event must emit (zero spans when none).
type compactAudit struct {
	fields, context span
}

// appendTemplate renders a template of the decision at the end of out and
// returns out with it, its span, and its id hash.
func (rs *Ruleset) appendTemplate(kind byte, d *Decision, out []byte) ([]byte, span, uint64) {
	start := len(out)
	out = append(out, `{"template":"`...)
	out = append(out, kind, '-')
	out = append(out, "0000000000000000"...) // the id, once known
	out = append(out, `","ruleset":`...)
	body := len(out) - len(`,"ruleset":`)
	out = appendString(out, d.Ruleset)
	if kind == tplFields {
		out = appendFieldsTemplate(out, d)
	} else {
		out = appendContextTemplate(out, d)
	}
	out = append(out, '}')
	sum := rs.tplSums.sum(out[body:])
	id := uint64(0)
	for _, c := range sum[:8] {
		id = id<<8 | uint64(c)
	}
	hex := out[start+tplIDAt+2 : start+tplIDAt+tplIDLen]
	for i := range 8 {
		hex[2*i], hex[2*i+1] = hexDigits[sum[i]>>4], hexDigits[sum[i]&0xf]
	}
	return out, span{int32(start), int32(len(out))}, id
}

func appendFieldsTemplate(b []byte, d *Decision) []byte {
	all := unionLaws(d.Jurisdictions)
	b = append(b, `,"fields":[`...)
	for i := range d.Fields {
		f := &d.Fields[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFieldHead(b, f)
		if len(f.Laws) > 0 && slices.Equal(f.Laws, all) {
			b = append(b, `"*"`...)
		} else {
			b = appendStrings(b, f.Laws)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendContextTemplate renders the decision's parts other than its id,
// fields and error, as the decision JSON has them.
func appendContextTemplate(b []byte, d *Decision) []byte {
	b = appendJurisdictions(b, d)
	b = append(b, `,"routes":`...)
	return appendRoutes(b, d.Routes)
}

// unionLaws is the law list of a field personal under every applicable
// law, as the law pass builds it: the one jurisdiction's list as is, or
// every jurisdiction's laws once, in order.
func unionLaws(js []Jurisdiction) []string {
	switch len(js) {
	case 0:
		return nil
	case 1:
		return js[0].Laws
	}
	var all []string
	for _, j := range js {
		all = appendLaws(all, j.Laws)
	}
	return all
}

// appendCompactAudit renders the compact audit record of d at the end of
// out, after the templates it references; those the event must emit (new
// to in.Templates in its scope) are kept in out, the others dropped again.
func (rs *Ruleset) appendCompactAudit(in Input, d *Decision, out []byte) ([]byte, compactAudit, span) {
	var ca compactAudit
	var ids [2][]byte
	scope := templateScope(in)
	for k, kind := range [2]byte{tplFields, tplContext} {
		var sp span
		var id uint64
		start := len(out)
		out, sp, id = rs.appendTemplate(kind, d, out)
		ids[k] = out[start+tplIDAt : start+tplIDAt+tplIDLen]
		if in.Templates != nil && in.Templates.claim(scope, kind, id) {
			if kind == tplFields {
				ca.fields = sp
			} else {
				ca.context = sp
			}
			continue
		}
		// Not emitted: keep only the id, where the template began.
		copy(out[start:], ids[k])
		ids[k] = out[start : start+tplIDLen]
		out = out[:start+tplIDLen]
	}
	start := len(out)
	out = append(out, `{"event_id":`...)
	out = appendString(out, d.EventID)
	out = append(out, `,"fields":"`...)
	out = append(out, ids[0]...)
	out = append(out, `","context":"`...)
	out = append(out, ids[1]...)
	out = append(out, '"')
	if d.Failed() {
		out = append(out, `,"error":`...)
		out = appendString(out, d.ErrorText())
	}
	out = append(out, '}')
	return out, ca, span{int32(start), int32(len(out))}
}

// Expander turns compact audit records back into full decisions, from the
// templates it was given. Not safe for concurrent use.
type Expander struct {
	fields   map[string]*fieldsTemplate
	contexts map[string]*contextTemplate
}

type fieldsTemplate struct {
	Ruleset string `json:"ruleset"`
	Fields  []struct {
		Path       string          `json:"path"`
		Category   string          `json:"category"`
		Personal   bool            `json:"personal"`
		Sensitive  bool            `json:"sensitive"`
		DetectedBy string          `json:"detected_by"`
		Laws       json.RawMessage `json:"laws"`
	} `json:"fields"`
}

type contextTemplate struct {
	Ruleset       string `json:"ruleset"`
	Jurisdictions []struct {
		Country string   `json:"country"`
		Laws    []string `json:"laws"`
		Basis   []string `json:"basis"`
	} `json:"jurisdictions"`
	HomeRegion string `json:"home_region"`
	Minor      bool   `json:"minor"`
	Routes     []struct {
		Region     string `json:"region"`
		Topic      string `json:"topic"`
		Projection string `json:"projection"`
		Reason     string `json:"reason"`
	} `json:"routes"`
}

// NewExpander returns an expander with no templates.
func NewExpander() *Expander {
	return &Expander{fields: map[string]*fieldsTemplate{}, contexts: map[string]*contextTemplate{}}
}

// IsAuditTemplate reports whether a record value is an audit template.
func IsAuditTemplate(v []byte) bool {
	return len(v) >= tplIDAt+tplIDLen && string(v[:tplIDAt]) == `{"template":"`
}

// Add learns one template record's value. Its id must match its content:
// a template that does not is refused, not trusted.
func (e *Expander) Add(v []byte) error {
	if !IsAuditTemplate(v) {
		return errors.New("not an audit template")
	}
	id := string(v[tplIDAt : tplIDAt+tplIDLen])
	body := v[tplIDAt+tplIDLen+1:]
	sum := sha256.Sum256(body)
	want := make([]byte, 0, 16)
	for _, c := range sum[:8] {
		want = append(want, hexDigits[c>>4], hexDigits[c&0xf])
	}
	if id[2:] != string(want) {
		return fmt.Errorf("audit template %s: its id does not match its content", id)
	}
	switch id[0] {
	case tplFields:
		var t fieldsTemplate
		if err := json.Unmarshal(v, &t); err != nil {
			return fmt.Errorf("audit template %s: %w", id, err)
		}
		e.fields[id] = &t
	case tplContext:
		var t contextTemplate
		if err := json.Unmarshal(v, &t); err != nil {
			return fmt.Errorf("audit template %s: %w", id, err)
		}
		e.contexts[id] = &t
	default:
		return fmt.Errorf("audit template %s: unknown kind", id)
	}
	return nil
}

// Templates is the number of templates the expander knows.
func (e *Expander) Templates() int { return len(e.fields) + len(e.contexts) }

// ErrMissingTemplate is returned (wrapped) when an audit record names a
// template the expander has not been given (yet).
var ErrMissingTemplate = errors.New("audit template not known")

// Expand appends to dst the full decision JSON of an audit record's value:
// a compact record expanded from its templates, or a full decision (the
// full audit format) as it is.
func (e *Expander) Expand(dst, audit []byte) ([]byte, error) {
	var c struct {
		EventID string  `json:"event_id"`
		Fields  *string `json:"fields"`
		Context string  `json:"context"`
		Error   string  `json:"error"`
	}
	if err := json.Unmarshal(audit, &c); err != nil {
		return dst, fmt.Errorf("audit record: %w", err)
	}
	if c.Fields == nil {
		// {"event_id":..,"jurisdictions":..,...}: already a full decision.
		return append(dst, audit...), nil
	}
	ft, ok := e.fields[*c.Fields]
	if !ok {
		return dst, fmt.Errorf("event %s: fields %s: %w", c.EventID, *c.Fields, ErrMissingTemplate)
	}
	ct, ok := e.contexts[c.Context]
	if !ok {
		return dst, fmt.Errorf("event %s: context %s: %w", c.EventID, c.Context, ErrMissingTemplate)
	}
	if ft.Ruleset != ct.Ruleset {
		return dst, fmt.Errorf("event %s: its templates name different rulesets", c.EventID)
	}
	d := Decision{EventID: c.EventID, HomeRegion: ct.HomeRegion, Minor: ct.Minor, Ruleset: ct.Ruleset, Reason: Reason(c.Error)}
	for _, j := range ct.Jurisdictions {
		d.Jurisdictions = append(d.Jurisdictions, Jurisdiction{Country: j.Country, Laws: j.Laws, Basis: j.Basis})
	}
	all := unionLaws(d.Jurisdictions)
	d.Fields = make([]Field, len(ft.Fields))
	for i, f := range ft.Fields {
		d.Fields[i] = Field{Path: f.Path, Category: f.Category, Personal: f.Personal, Sensitive: f.Sensitive, DetectedBy: f.DetectedBy}
		if string(f.Laws) == `"*"` {
			d.Fields[i].Laws = all
		} else if err := json.Unmarshal(f.Laws, &d.Fields[i].Laws); err != nil {
			return dst, fmt.Errorf("event %s: fields %s: laws of %s: %w", c.EventID, *c.Fields, f.Path, err)
		}
	}
	for _, r := range ct.Routes {
		d.Routes = append(d.Routes, Route{Region: r.Region, Topic: r.Topic, Projection: r.Projection, Reason: Reason(r.Reason)})
	}
	return d.AppendJSON(dst), nil
}
