package rules

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Problem is one thing wrong with the rule files.
type Problem struct {
	Pos     Pos
	Msg     string
	Warning bool // printed, but does not fail lint or loading
}

func (p Problem) String() string {
	if p.Warning {
		return p.Pos.String() + ": warning: " + p.Msg
	}
	return p.Pos.String() + ": " + p.Msg
}

// Problems is every problem found in one load; as an error it lists the
// errors (not the warnings), one per line.
type Problems []Problem

// Errors returns only the problems that are not warnings.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

func (ps Problems) Error() string {
	errs := ps.Errors()
	lines := make([]string, len(errs))
	for i, p := range errs {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

func (ps Problems) sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// decoder fills Go values from a yaml.Node tree, strictly: every key must
// name a field, every scalar must fit its type, and every problem is kept
// with its position instead of stopping at the first.
type decoder struct {
	file     string
	problems *Problems
}

var (
	strType  = reflect.TypeOf(Str{})
	posType  = reflect.TypeOf(Pos{})
	nodeType = reflect.TypeOf(yaml.Node{})
)

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	*d.problems = append(*d.problems, Problem{Pos: d.pos(n), Msg: fmt.Sprintf(format, args...)})
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value) {
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return
		}
		n = n.Content[0]
	}
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "YAML aliases are not allowed in rule files")
		return
	}
	t := v.Type()
	switch {
	case t == nodeType:
		v.Set(reflect.ValueOf(*n))
		return
	case t == strType:
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			if n.Kind != yaml.ScalarNode {
				d.errorf(n, "expected a string, found %s", kindName(n))
			}
			return
		}
		v.Set(reflect.ValueOf(Str{V: n.Value, Pos: d.pos(n)}))
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if n.Tag == "!!null" {
			return
		}
		nv := reflect.New(t.Elem())
		d.decode(n, nv.Elem())
		v.Set(nv)
	case reflect.Struct:
		d.decodeStruct(n, v)
	case reflect.Slice:
		if n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.SequenceNode {
			d.errorf(n, "expected a list, found %s", kindName(n))
			return
		}
		s := reflect.MakeSlice(t, len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.decode(c, s.Index(i))
		}
		v.Set(s)
	case reflect.Map:
		if n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.MappingNode {
			d.errorf(n, "expected a mapping, found %s", kindName(n))
			return
		}
		m := reflect.MakeMapWithSize(t, len(n.Content)/2)
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if seen[k.Value] {
				d.errorf(k, "%q appears twice", k.Value)
				continue
			}
			seen[k.Value] = true
			ev := reflect.New(t.Elem()).Elem()
			d.decode(val, ev)
			m.SetMapIndex(reflect.ValueOf(k.Value).Convert(t.Key()), ev)
		}
		v.Set(m)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, "expected a string, found %s", kindName(n))
			return
		}
		if n.Tag != "!!null" {
			v.SetString(n.Value)
		}
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.errorf(n, "expected true or false, found %s", kindName(n))
			return
		}
		v.SetBool(n.Value == "true")
	case reflect.Int:
		if n.Tag == "!!null" {
			return
		}
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil {
			d.errorf(n, "expected a whole number, found %s", kindName(n))
			return
		}
		v.SetInt(int64(i))
	default:
		d.errorf(n, "internal: cannot decode into %s", t)
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value) {
	t := v.Type()
	if n.Tag == "!!null" {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "expected a mapping, found %s", kindName(n))
		return
	}
	fields := map[string]int{}
	var known []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == posType {
			v.Field(i).Set(reflect.ValueOf(d.pos(n)))
			continue
		}
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		fields[tag] = i
		known = append(known, tag)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		idx, ok := fields[k.Value]
		if !ok {
			d.errorf(k, "unknown key %q (known: %s)", k.Value, strings.Join(known, ", "))
			continue
		}
		if seen[k.Value] {
			d.errorf(k, "key %q appears twice", k.Value)
			continue
		}
		seen[k.Value] = true
		d.decode(val, v.Field(idx))
	}
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

// decodeFile parses one YAML document into out.
func decodeFile(file string, data []byte, out any, problems *Problems) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil && err != io.EOF {
		*problems = append(*problems, Problem{Pos: yamlErrPos(file, err), Msg: yamlErrMsg(err)})
		return
	}
	// yaml.Unmarshal would read the first document and ignore the rest
	// without a word: a second document is an error, not a no-op.
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		*problems = append(*problems, Problem{Pos: Pos{File: file, Line: next.Line, Col: next.Column},
			Msg: "a rule file holds one YAML document; another one starts here"})
		return
	} else if err != io.EOF {
		*problems = append(*problems, Problem{Pos: yamlErrPos(file, err), Msg: yamlErrMsg(err)})
		return
	}
	if root.Kind == 0 {
		*problems = append(*problems, Problem{Pos: Pos{File: file, Line: 1, Col: 1}, Msg: "file is empty"})
		return
	}
	d := decoder{file: file, problems: problems}
	d.decode(&root, reflect.ValueOf(out).Elem())
}

// yaml.v3 syntax errors read "yaml: line N: message"; turn that into a
// position so every problem has the same shape.
func yamlErrPos(file string, err error) Pos {
	msg := err.Error()
	if i := strings.Index(msg, "line "); i >= 0 {
		rest := msg[i+5:]
		j := strings.IndexByte(rest, ':')
		if j > 0 {
			if line, e := strconv.Atoi(rest[:j]); e == nil {
				return Pos{File: file, Line: line, Col: 1}
			}
		}
	}
	return Pos{File: file}
}

func yamlErrMsg(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.Index(msg, "line "); i == 0 {
		if j := strings.IndexByte(msg, ':'); j > 0 {
			msg = strings.TrimSpace(msg[j+1:])
		}
	}
	return "invalid YAML: " + msg
}

// DecodeYAML decodes one YAML file strictly into out (a pointer to a
// struct), with the same rules and positioned problems as rule files. The
// service config uses it so every config error names file:line:col.
func DecodeYAML(file string, data []byte, out any) Problems {
	var ps Problems
	decodeFile(file, data, out, &ps)
	ps.sort()
	return ps
}
