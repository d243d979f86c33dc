package evalcorpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Kind is the verdict a label gives one leaf.
type Kind uint8

const (
	// NonPersonal leaves say nothing about a person: envelope ids, event
	// types, timestamps of the event, flags, locales, country codes.
	NonPersonal Kind = iota
	// Personal leaves identify or describe the subject.
	Personal
	// Sensitive leaves hold a special category (health, religion, ...),
	// named in Leaf.Category.
	Sensitive
	// Credential leaves hold a password (hash), token or secret answer:
	// they must leave in no output at all.
	Credential
)

var kindNames = [...]string{"nonpersonal", "personal", "sensitive", "credential"}

func (k Kind) String() string { return kindNames[k] }

// MarshalText writes the kind by name in JSON labels.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Leaf is the label of one leaf of an event.
type Leaf struct {
	Kind Kind `json:"kind"`
	// Category names the special category of a Sensitive leaf (health,
	// religion, sexual_orientation, political, trade_union, ethnicity).
	Category string `json:"category,omitempty"`
}

// node is one JSON value under construction, with the label of every leaf
// it holds. Objects keep their member order.
type node struct {
	obj  []member
	arr  []*node
	kind int // nodeObj, nodeArr, nodeLeaf
	raw  string
	leaf Leaf
	str  bool // raw is a string value (not yet quoted)
}

type member struct {
	key string
	val *node
}

const (
	nodeLeaf = iota
	nodeObj
	nodeArr
)

// O builds an object from key, value pairs; a nil value drops the member,
// so optional members read inline.
func O(kv ...any) *node {
	n := &node{kind: nodeObj}
	for i := 0; i+1 < len(kv); i += 2 {
		v, _ := kv[i+1].(*node)
		if v == nil {
			continue
		}
		n.obj = append(n.obj, member{kv[i].(string), v})
	}
	return n
}

// A builds an array; nil elements are dropped.
func A(vs ...*node) *node {
	n := &node{kind: nodeArr}
	for _, v := range vs {
		if v != nil {
			n.arr = append(n.arr, v)
		}
	}
	return n
}

// set adds or replaces a member of an object.
func (n *node) set(key string, v *node) *node {
	if v == nil {
		return n
	}
	for i := range n.obj {
		if n.obj[i].key == key {
			n.obj[i].val = v
			return n
		}
	}
	n.obj = append(n.obj, member{key, v})
	return n
}

func leafOf(v any, l Leaf) *node {
	n := &node{kind: nodeLeaf, leaf: l}
	switch x := v.(type) {
	case string:
		n.raw, n.str = x, true
	case int:
		n.raw = strconv.Itoa(x)
	case int64:
		n.raw = strconv.FormatInt(x, 10)
	case float64:
		n.raw = strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		n.raw = strconv.FormatBool(x)
	case nil:
		n.raw = "null"
	case json.Number:
		n.raw = string(x)
	default:
		n.raw, n.str = fmt.Sprint(x), true
	}
	return n
}

// P is a personal leaf, N a non-personal one, C a credential, S a
// sensitive one of a category.
func P(v any) *node             { return leafOf(v, Leaf{Kind: Personal}) }
func N(v any) *node             { return leafOf(v, Leaf{Kind: NonPersonal}) }
func C(v any) *node             { return leafOf(v, Leaf{Kind: Credential}) }
func S(v any, cat string) *node { return leafOf(v, Leaf{Kind: Sensitive, Category: cat}) }

// Pif is P(v) when v is not empty, else nil (the member is left out).
func Pif(v string) *node {
	if v == "" {
		return nil
	}
	return P(v)
}

// Nif is N(v) when v is not empty, else nil.
func Nif(v string) *node {
	if v == "" {
		return nil
	}
	return N(v)
}

// render writes n as JSON and records every leaf's label by JSON Pointer,
// with the personal values and credentials it holds.
func render(n *node, lab *Label) []byte {
	var b bytes.Buffer
	lab.Leaves = map[string]Leaf{}
	var walk func(n *node, ptr string)
	walk = func(n *node, ptr string) {
		switch n.kind {
		case nodeObj:
			b.WriteByte('{')
			for i, m := range n.obj {
				if i > 0 {
					b.WriteByte(',')
				}
				writeString(&b, m.key)
				b.WriteByte(':')
				walk(m.val, ptr+"/"+escapePointer(m.key))
			}
			b.WriteByte('}')
		case nodeArr:
			b.WriteByte('[')
			for i, c := range n.arr {
				if i > 0 {
					b.WriteByte(',')
				}
				walk(c, ptr+"/"+strconv.Itoa(i))
			}
			b.WriteByte(']')
		default:
			if n.str {
				writeString(&b, n.raw)
			} else {
				b.WriteString(n.raw)
			}
			lab.Leaves[ptr] = n.leaf
			switch n.leaf.Kind {
			case Personal, Sensitive:
				if n.raw != "null" || n.str {
					lab.PersonalValues = appendUnique(lab.PersonalValues, n.raw)
				}
			case Credential:
				lab.Credentials = appendUnique(lab.Credentials, n.raw)
			}
		}
	}
	walk(n, "")
	return b.Bytes()
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// writeString writes s as a JSON string without HTML escapes, as most
// producers do, so values appear in the event byte for byte.
func writeString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)       // a string always encodes
	b.Truncate(b.Len() - 1) // Encode's newline
}

// escapePointer escapes a member name as an RFC 6901 reference token.
func escapePointer(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}
