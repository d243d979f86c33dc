package yamlstrict

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Pos is a place in a YAML file; Line 0 means the file as a whole.
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
}

// Kind says what is wrong.
type Kind uint8

const (
	Syntax        Kind = iota + 1 // not YAML; Msg is yaml.v3's message
	ExtraDocument                 // a second document starts at Pos
	Empty                         // no document at all
	Alias                         // an alias (*name) where a value belongs
	WrongType                     // Want and Found say what the field takes and what is there
	UnknownKey                    // Key names no field; Known lists the ones that exist
	DuplicateKey                  // Key appears twice in one mapping (InMap: a map, not a struct)
	Unsupported                   // the Go type cannot be decoded into; Msg names it
)

// Problem is one thing wrong with a document.
type Problem struct {
	Pos   Pos
	Kind  Kind
	Path  string   // dotted path of the value, "laws[0].name"; "" for the document
	Key   string   // UnknownKey, DuplicateKey: the key as written
	InMap bool     // DuplicateKey: inside a map (free keys) rather than a struct
	Want  string   // WrongType: "a string", "a whole number", "true or false", "a list", "a mapping"
	Found string   // WrongType: what the value is, as KindName words it
	Known []string // UnknownKey: the struct's keys, in field order
	Msg   string   // Syntax, Unsupported: the detail
}

// Message is a neutral wording of the problem, without its position.
func (p Problem) Message() string {
	switch p.Kind {
	case Syntax:
		return "invalid YAML: " + p.Msg
	case ExtraDocument:
		return "a file holds one YAML document; another one starts here"
	case Empty:
		return "file is empty"
	case Alias:
		return "YAML aliases are not allowed"
	case WrongType:
		return "expected " + p.Want + ", found " + p.Found
	case UnknownKey:
		return "unknown key " + strconv.Quote(p.Key) + " (known: " + strings.Join(p.Known, ", ") + ")"
	case DuplicateKey:
		return "key " + strconv.Quote(p.Key) + " appears twice"
	case Unsupported:
		return "internal: cannot decode into " + p.Msg
	}
	return "unknown problem"
}

// Error is the problem with its position, "file:line:col: message".
func (p Problem) Error() string { return p.Pos.String() + ": " + p.Message() }

// Hook decodes values of the caller's own types (a string that keeps its
// position, a raw node). It sees every value after the alias check; it
// returns handled when it has filled v itself, and a problem, if any, to
// keep. A hook that fills only part of v (say, a position field of a
// struct) returns handled false and the decoder goes on.
type Hook func(n *yaml.Node, at Pos, path string, v reflect.Value) (handled bool, p *Problem)

// Decode decodes the one YAML document of data into out (a pointer to a
// struct). It returns the position of every value by its dotted path (for
// pointing at a value that later fails validation) and every problem, in
// the order met. hook may be nil.
func Decode(file string, data []byte, out any, hook Hook) (map[string]Pos, []Problem) {
	d := &decoder{file: file, hook: hook, pos: map[string]Pos{}}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil && !errors.Is(err, io.EOF) {
		return d.pos, []Problem{syntaxProblem(file, err)}
	}
	// yaml.Unmarshal would read the first document and ignore the rest
	// without a word: a second document is an error, not a no-op.
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		return d.pos, []Problem{{Pos: d.at(&next), Kind: ExtraDocument}}
	} else if !errors.Is(err, io.EOF) {
		return d.pos, []Problem{syntaxProblem(file, err)}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return d.pos, []Problem{{Pos: Pos{File: file, Line: 1, Col: 1}, Kind: Empty}}
	}
	d.decode(root.Content[0], "", reflect.ValueOf(out).Elem())
	return d.pos, d.problems
}

// KindName words what a node is, for "expected X, found Y".
func KindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!null":
		return "nothing"
	case "!!str":
		return "a string"
	case "!!int":
		return "a number"
	case "!!float":
		return "a decimal number"
	case "!!bool":
		return "a boolean"
	}
	return "a scalar"
}

type decoder struct {
	file     string
	hook     Hook
	problems []Problem
	pos      map[string]Pos
}

func (d *decoder) at(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func (d *decoder) add(n *yaml.Node, p Problem) {
	p.Pos = d.at(n)
	d.problems = append(d.problems, p)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (d *decoder) decode(n *yaml.Node, path string, v reflect.Value) {
	if path != "" {
		d.pos[path] = d.at(n)
	}
	if n.Kind == yaml.AliasNode {
		d.add(n, Problem{Kind: Alias, Path: path})
		return
	}
	if d.hook != nil {
		handled, p := d.hook(n, d.at(n), path, v)
		if p != nil {
			d.problems = append(d.problems, *p)
		}
		if handled {
			return
		}
	}
	null := n.Kind == yaml.ScalarNode && n.Tag == "!!null"
	switch v.Kind() {
	case reflect.Pointer:
		if null {
			return
		}
		nv := reflect.New(v.Type().Elem())
		d.decode(n, path, nv.Elem())
		v.Set(nv)
	case reflect.Struct:
		if !null && d.want(n, path, yaml.MappingNode, "a mapping") {
			d.decodeStruct(n, path, v)
		}
	case reflect.Map:
		if !null && d.want(n, path, yaml.MappingNode, "a mapping") {
			d.decodeMap(n, path, v)
		}
	case reflect.Slice:
		if null || !d.want(n, path, yaml.SequenceNode, "a list") {
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.decode(c, path+"["+strconv.Itoa(i)+"]", s.Index(i))
		}
		v.Set(s)
	default:
		d.decodeScalar(n, path, v, null)
	}
}

func (d *decoder) want(n *yaml.Node, path string, kind yaml.Kind, name string) bool {
	if n.Kind != kind {
		d.add(n, Problem{Kind: WrongType, Path: path, Want: name, Found: KindName(n)})
		return false
	}
	return true
}

func (d *decoder) decodeScalar(n *yaml.Node, path string, v reflect.Value, null bool) {
	wrong := func(want string) { d.add(n, Problem{Kind: WrongType, Path: path, Want: want, Found: KindName(n)}) }
	switch v.Kind() {
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			wrong("a string")
		} else if !null {
			v.SetString(n.Value)
		}
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			wrong("true or false")
			return
		}
		v.SetBool(n.Value == "true")
	case reflect.Int:
		if null {
			return
		}
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil {
			wrong("a whole number")
			return
		}
		v.SetInt(int64(i))
	default:
		d.add(n, Problem{Kind: Unsupported, Path: path, Msg: v.Type().String()})
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, path string, v reflect.Value) {
	t := v.Type()
	fields := map[string]int{}
	var known []string
	for i := range t.NumField() {
		tag, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if tag == "" || tag == "-" || !t.Field(i).IsExported() {
			continue
		}
		fields[tag] = i
		known = append(known, tag)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		p := join(path, k.Value)
		idx, ok := fields[k.Value]
		switch {
		case !ok:
			d.add(k, Problem{Kind: UnknownKey, Path: p, Key: k.Value, Known: known})
		case seen[k.Value]:
			d.add(k, Problem{Kind: DuplicateKey, Path: p, Key: k.Value})
		default:
			seen[k.Value] = true
			d.decode(val, p, v.Field(idx))
		}
	}
}

func (d *decoder) decodeMap(n *yaml.Node, path string, v reflect.Value) {
	t := v.Type()
	if t.Key().Kind() != reflect.String {
		d.add(n, Problem{Kind: Unsupported, Path: path, Msg: t.String()})
		return
	}
	m := reflect.MakeMapWithSize(t, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		p := join(path, k.Value)
		key := reflect.ValueOf(k.Value).Convert(t.Key())
		if m.MapIndex(key).IsValid() {
			d.add(k, Problem{Kind: DuplicateKey, Path: p, Key: k.Value, InMap: true})
			continue
		}
		ev := reflect.New(t.Elem()).Elem()
		d.decode(val, p, ev)
		m.SetMapIndex(key, ev)
	}
	v.Set(m)
}

// syntaxProblem turns yaml.v3's "yaml: line N: message" into a position
// so every problem has the same shape.
func syntaxProblem(file string, err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	pos := Pos{File: file}
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, text, ok := strings.Cut(rest, ":"); ok {
			if line, e := strconv.Atoi(num); e == nil {
				pos.Line, pos.Col = line, 1
				msg = strings.TrimSpace(text)
			}
		}
	}
	return Problem{Pos: pos, Kind: Syntax, Msg: msg}
}
