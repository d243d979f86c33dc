package event

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// Kind is the JSON type of a node.
type Kind uint8

// The JSON kinds.
const (
	Null Kind = iota
	Bool
	Number
	String
	Object
	Array
)

var kindNames = [...]string{"null", "bool", "number", "string", "object", "array"}

func (k Kind) String() string { return kindNames[k] }

// Limits bound what Parse accepts. Zero fields take the defaults.
type Limits struct {
	MaxBytes  int // whole event
	MaxDepth  int // nesting of objects and arrays
	MaxString int // one decoded string (key or value)
	MaxNodes  int // objects, arrays and leaves together
}

// DefaultLimits fit signup events (0.5-2 KB) with wide margins, and stop
// hostile ones (deep nesting, megabyte strings) before they cost much.
var DefaultLimits = Limits{MaxBytes: 256 << 10, MaxDepth: 32, MaxString: 64 << 10, MaxNodes: 10000}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultLimits.MaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultLimits.MaxDepth
	}
	if l.MaxString <= 0 {
		l.MaxString = DefaultLimits.MaxString
	}
	if l.MaxNodes <= 0 {
		l.MaxNodes = DefaultLimits.MaxNodes
	}
	return l
}

// Error is a parse failure. Code is a stable reason (for quarantine headers
// and metrics); the message never quotes the input, only offsets.
type Error struct {
	Code   string // invalid_json, invalid_utf8, not_object, too_large, too_deep, string_too_long, too_many_fields, duplicate_key
	Offset int
	Msg    string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s at byte %d", e.Code, e.Msg, e.Offset) }

// Node is one value in the tree. Children of objects and arrays are linked
// through Next; keys and strings are stored decoded.
type Node struct {
	Kind   Kind
	Parent int32 // -1 for the root
	First  int32 // first child, -1 if none
	Next   int32 // next sibling, -1 if none
	Index  int32 // position in the parent array (or object)
	Depth  int32
	Key    string // object member name, decoded; "" in arrays and at the root
	Str    string // decoded string value, or the literal text of numbers and bools
	Start  int32  // byte offsets of the raw value in the input
	End    int32
}

// Doc is a parsed event. It is reused across Parse calls to avoid
// allocation; the nodes are valid until the next Parse. The Doc does not
// copy its input: Src, and the keys and strings that need no unescaping,
// alias the bytes given to Parse, which must not change while the Doc is
// in use. (Consumed records and read lines are not changed while their
// event is processed; copying each 1 KB event cost an allocation per
// event.) Strings that outlive the event must be cloned.
type Doc struct {
	Nodes []Node
	Src   string // the input, aliased as a string so keys and values slice it for free
	buf   []byte // scratch for unescaping
	lim   Limits
}

// IsLeaf reports whether node i is a scalar.
func (d *Doc) IsLeaf(i int32) bool { return d.Nodes[i].Kind < Object }

// Raw returns the input bytes of node i.
func (d *Doc) Raw(i int32) string { n := &d.Nodes[i]; return d.Src[n.Start:n.End] }

// Parse parses data as one event: a JSON object within lim. On success the
// root is node 0.
func (d *Doc) Parse(data []byte, lim Limits) error {
	d.lim = lim.withDefaults()
	d.Nodes = d.Nodes[:0]
	if len(data) > d.lim.MaxBytes {
		return &Error{Code: "too_large", Offset: d.lim.MaxBytes, Msg: fmt.Sprintf("event of %d bytes exceeds the limit of %d", len(data), d.lim.MaxBytes)}
	}
	if !utf8.Valid(data) {
		return &Error{Code: "invalid_utf8", Offset: invalidUTF8At(data), Msg: "event is not valid UTF-8"}
	}
	d.Src = unsafe.String(unsafe.SliceData(data), len(data))
	p := parser{d: d, s: d.Src}
	p.skipWS()
	if p.i >= len(p.s) {
		return p.fail("invalid_json", "empty input")
	}
	if p.s[p.i] != '{' {
		return p.fail("not_object", "event must be a JSON object")
	}
	if _, err := p.value(-1, "", 0, 0); err != nil {
		return err
	}
	p.skipWS()
	if p.i != len(p.s) {
		return p.fail("invalid_json", "data after the event")
	}
	return nil
}

func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

type parser struct {
	d *Doc
	s string
	i int
	// wide is the member set of the widest object being parsed; nested
	// wide objects rebuild it when their turn comes back (rare, hostile).
	wide    map[string]struct{}
	wideObj int32
}

func (p *parser) fail(code, msg string) error { return &Error{Code: code, Offset: p.i, Msg: msg} }

func (p *parser) skipWS() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) add(n Node) (int32, error) {
	if len(p.d.Nodes) >= p.d.lim.MaxNodes {
		return 0, p.fail("too_many_fields", fmt.Sprintf("more than %d values", p.d.lim.MaxNodes))
	}
	p.d.Nodes = append(p.d.Nodes, n)
	return int32(len(p.d.Nodes) - 1), nil
}

// value parses one value at p.i and returns its node index.
func (p *parser) value(parent int32, key string, index, depth int32) (int32, error) {
	if p.i >= len(p.s) {
		return 0, p.fail("invalid_json", "unexpected end of input")
	}
	start := p.i
	n := Node{Parent: parent, First: -1, Next: -1, Index: index, Depth: depth, Key: key, Start: int32(start)}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(n)
	case c == '[':
		return p.array(n)
	case c == '"':
		s, err := p.str()
		if err != nil {
			return 0, err
		}
		n.Kind, n.Str = String, s
	case c == 't' || c == 'f' || c == 'n':
		var lit string
		switch c {
		case 't':
			lit, n.Kind = "true", Bool
		case 'f':
			lit, n.Kind = "false", Bool
		default:
			lit, n.Kind = "null", Null
		}
		if len(p.s)-p.i < len(lit) || p.s[p.i:p.i+len(lit)] != lit {
			return 0, p.fail("invalid_json", "invalid literal")
		}
		p.i += len(lit)
		n.Str = lit
	case c == '-' || (c >= '0' && c <= '9'):
		if err := p.number(); err != nil {
			return 0, err
		}
		n.Kind, n.Str = Number, p.s[start:p.i]
	default:
		return 0, p.fail("invalid_json", "unexpected character")
	}
	n.End = int32(p.i)
	return p.add(n)
}

func (p *parser) object(n Node) (int32, error) {
	if int(n.Depth) >= p.d.lim.MaxDepth {
		return 0, p.fail("too_deep", fmt.Sprintf("nesting deeper than %d", p.d.lim.MaxDepth))
	}
	n.Kind = Object
	self, err := p.add(n)
	if err != nil {
		return 0, err
	}
	p.i++ // {
	p.skipWS()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		p.d.Nodes[self].End = int32(p.i)
		return self, nil
	}
	last := int32(-1)
	for idx := int32(0); ; idx++ {
		p.skipWS()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return 0, p.fail("invalid_json", "expected a member name")
		}
		key, err := p.str()
		if err != nil {
			return 0, err
		}
		if p.dupKey(self, idx, key) {
			return 0, p.fail("duplicate_key", "a member name occurs twice in one object")
		}
		p.skipWS()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return 0, p.fail("invalid_json", "expected ':'")
		}
		p.i++
		p.skipWS()
		child, err := p.value(self, key, idx, n.Depth+1)
		if err != nil {
			return 0, err
		}
		p.link(self, &last, child)
		p.skipWS()
		if p.i >= len(p.s) {
			return 0, p.fail("invalid_json", "unexpected end of input in object")
		}
		if p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.s[p.i] == '}' {
			p.i++
			p.d.Nodes[self].End = int32(p.i)
			return self, nil
		}
		return 0, p.fail("invalid_json", "expected ',' or '}'")
	}
}

// dupKey checks the members parsed so far. Signup objects are small, so a
// linear scan beats building a set; an object wider than wideObject gets a
// set, so a hostile 10,000-member object costs linear time, not quadratic.
func (p *parser) dupKey(obj int32, idx int32, key string) bool {
	if idx < wideObject {
		for c := p.d.Nodes[obj].First; c >= 0; c = p.d.Nodes[c].Next {
			if p.d.Nodes[c].Key == key {
				return true
			}
		}
		return false
	}
	if idx == wideObject || p.wide == nil || p.wideObj != obj {
		if p.wide == nil {
			p.wide = make(map[string]struct{}, 2*wideObject)
		}
		clear(p.wide)
		p.wideObj = obj
		for c := p.d.Nodes[obj].First; c >= 0; c = p.d.Nodes[c].Next {
			p.wide[p.d.Nodes[c].Key] = struct{}{}
		}
	}
	if _, dup := p.wide[key]; dup {
		return true
	}
	p.wide[key] = struct{}{}
	return false
}

const wideObject = 64

func (p *parser) link(parent int32, last *int32, child int32) {
	if *last < 0 {
		p.d.Nodes[parent].First = child
	} else {
		p.d.Nodes[*last].Next = child
	}
	*last = child
}

func (p *parser) array(n Node) (int32, error) {
	if int(n.Depth) >= p.d.lim.MaxDepth {
		return 0, p.fail("too_deep", fmt.Sprintf("nesting deeper than %d", p.d.lim.MaxDepth))
	}
	n.Kind = Array
	self, err := p.add(n)
	if err != nil {
		return 0, err
	}
	p.i++ // [
	p.skipWS()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		p.d.Nodes[self].End = int32(p.i)
		return self, nil
	}
	last := int32(-1)
	for idx := int32(0); ; idx++ {
		p.skipWS()
		child, err := p.value(self, "", idx, n.Depth+1)
		if err != nil {
			return 0, err
		}
		p.link(self, &last, child)
		p.skipWS()
		if p.i >= len(p.s) {
			return 0, p.fail("invalid_json", "unexpected end of input in array")
		}
		if p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.s[p.i] == ']' {
			p.i++
			p.d.Nodes[self].End = int32(p.i)
			return self, nil
		}
		return 0, p.fail("invalid_json", "expected ',' or ']'")
	}
}

// number checks the RFC 8259 grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
// NaN and Infinity are not JSON and are refused here.
func (p *parser) number() error {
	s, i := p.s, p.i
	if s[i] == '-' {
		i++
	}
	if i >= len(s) {
		p.i = i
		return p.fail("invalid_json", "invalid number")
	}
	if s[i] == '0' {
		i++
	} else if s[i] >= '1' && s[i] <= '9' {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	} else {
		p.i = i
		return p.fail("invalid_json", "invalid number")
	}
	if i < len(s) && s[i] == '.' {
		i++
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == j {
			p.i = i
			return p.fail("invalid_json", "invalid number")
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == j {
			p.i = i
			return p.fail("invalid_json", "invalid number")
		}
	}
	p.i = i
	return nil
}

// str parses a string at p.i (on the opening quote) and returns it decoded.
// Strings without escapes are substrings of the input: no allocation.
func (p *parser) str() (string, error) {
	s := p.s
	p.i++
	start := p.i
	for p.i < len(s) {
		c := s[p.i]
		if c == '"' {
			out := s[start:p.i]
			p.i++
			if len(out) > p.d.lim.MaxString {
				return "", p.fail("string_too_long", fmt.Sprintf("string longer than %d bytes", p.d.lim.MaxString))
			}
			return out, nil
		}
		if c == '\\' {
			return p.strEscaped(start)
		}
		if c < 0x20 {
			return "", p.fail("invalid_json", "control character in string")
		}
		p.i++
	}
	return "", p.fail("invalid_json", "unterminated string")
}

func (p *parser) strEscaped(start int) (string, error) {
	s := p.s
	b := append(p.d.buf[:0], s[start:p.i]...)
	for p.i < len(s) {
		c := s[p.i]
		switch {
		case c == '"':
			p.i++
			p.d.buf = b
			if len(b) > p.d.lim.MaxString {
				return "", p.fail("string_too_long", fmt.Sprintf("string longer than %d bytes", p.d.lim.MaxString))
			}
			return string(b), nil
		case c < 0x20:
			return "", p.fail("invalid_json", "control character in string")
		case c != '\\':
			b = append(b, c)
			p.i++
			continue
		}
		if p.i+1 >= len(s) {
			return "", p.fail("invalid_json", "unterminated escape")
		}
		e := s[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", p.fail("invalid_json", "invalid \\u escape")
			}
			if utf16.IsSurrogate(r) {
				// A lone surrogate is not a character. encoding/json turns it
				// into U+FFFD; refusing it keeps us strictly inside what it
				// accepts while never guessing at a value.
				if p.i+1 >= len(s) || s[p.i] != '\\' || s[p.i+1] != 'u' {
					return "", p.fail("invalid_json", "lone surrogate in \\u escape")
				}
				p.i += 2
				r2, ok := p.hex4()
				if !ok {
					return "", p.fail("invalid_json", "invalid \\u escape")
				}
				r = utf16.DecodeRune(r, r2)
				if r == utf8.RuneError {
					return "", p.fail("invalid_json", "invalid surrogate pair")
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", p.fail("invalid_json", "invalid escape")
		}
	}
	return "", p.fail("invalid_json", "unterminated string")
}

func (p *parser) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		return 0, false
	}
	v, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(v), true
}

// AppendPointer appends the RFC 6901 JSON Pointer of node i to dst.
func (d *Doc) AppendPointer(dst []byte, i int32) []byte {
	var stack [64]int32
	chain := stack[:0]
	for j := i; j > 0; j = d.Nodes[j].Parent {
		chain = append(chain, j)
	}
	for k := len(chain) - 1; k >= 0; k-- {
		n := &d.Nodes[chain[k]]
		dst = append(dst, '/')
		if d.Nodes[n.Parent].Kind == Array {
			dst = strconv.AppendInt(dst, int64(n.Index), 10)
			continue
		}
		for j := 0; j < len(n.Key); j++ {
			switch n.Key[j] {
			case '~':
				dst = append(dst, '~', '0')
			case '/':
				dst = append(dst, '~', '1')
			default:
				dst = append(dst, n.Key[j])
			}
		}
	}
	return dst
}

// Pointer returns the JSON Pointer of node i.
func (d *Doc) Pointer(i int32) string { return string(d.AppendPointer(nil, i)) }
