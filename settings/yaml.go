package settings

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// decoder fills Go values from a yaml.Node tree strictly (every key must
// name a field, appear once, and its value fit the field's type), keeps
// every problem with its position instead of stopping at the first, and
// records where each key's value is so validation can point at it.
type decoder struct {
	file     string
	problems Problems
	pos      map[string]Pos // dotted key path -> position of its value
}

// decodeYAML decodes one YAML document into out (a pointer to a struct).
func decodeYAML(file string, data []byte, out any) (map[string]Pos, Problems) {
	d := &decoder{file: file, pos: map[string]Pos{}}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil && !errors.Is(err, io.EOF) {
		return d.pos, Problems{syntaxProblem(file, err)}
	}
	// A second document would be ignored without a word: it is an error.
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		d.errorf(&next, "", "a config file holds one YAML document; another one starts here")
		return d.pos, d.problems
	} else if !errors.Is(err, io.EOF) {
		return d.pos, Problems{syntaxProblem(file, err)}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return d.pos, Problems{{Pos: Pos{File: file, Line: 1, Col: 1}, Msg: "file is empty"}}
	}
	d.decode(root.Content[0], "", reflect.ValueOf(out).Elem())
	return d.pos, d.problems
}

func (d *decoder) at(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func (d *decoder) errorf(n *yaml.Node, path, format string, args ...any) {
	d.problems = append(d.problems, Problem{Pos: d.at(n), Path: path, Msg: fmt.Sprintf(format, args...)})
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
		d.errorf(n, path, "%s: YAML aliases are not allowed in the config", path)
		return
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
		d.errorf(n, path, "%s: expected %s, found %s", path, name, kindName(n))
		return false
	}
	return true
}

func (d *decoder) decodeScalar(n *yaml.Node, path string, v reflect.Value, null bool) {
	wrong := func(want string) { d.errorf(n, path, "%s: expected %s, found %s", path, want, kindName(n)) }
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
		d.errorf(n, path, "%s: internal: cannot decode into %s", path, v.Type())
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, path string, v reflect.Value) {
	t := v.Type()
	fields := map[string]int{}
	var known []string
	for i := range t.NumField() {
		tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
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
			d.errorf(k, p, "unknown key %s (known: %s)", p, strings.Join(known, ", "))
		case seen[k.Value]:
			d.errorf(k, p, "key %s appears twice", p)
		default:
			seen[k.Value] = true
			d.decode(val, p, v.Field(idx))
		}
	}
}

func (d *decoder) decodeMap(n *yaml.Node, path string, v reflect.Value) {
	t := v.Type()
	m := reflect.MakeMapWithSize(t, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		p := join(path, k.Value)
		if m.MapIndex(reflect.ValueOf(k.Value)).IsValid() {
			d.errorf(k, p, "key %s appears twice", p)
			continue
		}
		ev := reflect.New(t.Elem()).Elem()
		d.decode(val, p, ev)
		m.SetMapIndex(reflect.ValueOf(k.Value), ev)
	}
	v.Set(m)
}

func kindName(n *yaml.Node) string {
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
	return Problem{Pos: pos, Msg: "invalid YAML: " + msg}
}
