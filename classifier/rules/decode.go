package rules

import (
	"reflect"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/residency-labs/signup-classifier/internal/yamlstrict"
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

var (
	strType  = reflect.TypeOf(Str{})
	posType  = reflect.TypeOf(Pos{})
	nodeType = reflect.TypeOf(yaml.Node{})
)

// decodeFile parses one YAML document into out, strictly: every key must
// name a field, every scalar must fit its type, and every problem is kept
// with its position instead of stopping at the first.
func decodeFile(file string, data []byte, out any, problems *Problems) {
	_, yps := yamlstrict.Decode(file, data, out, ruleTypes)
	for _, yp := range yps {
		*problems = append(*problems, Problem{Pos: Pos(yp.Pos), Msg: ruleMessage(yp)})
	}
}

// ruleTypes decodes the rule files' own types: a raw node, a Str that
// remembers where it was written, and the Pos field of a struct, which
// receives the position of its mapping.
func ruleTypes(n *yaml.Node, at yamlstrict.Pos, _ string, v reflect.Value) (bool, *yamlstrict.Problem) {
	switch t := v.Type(); {
	case t == nodeType:
		v.Set(reflect.ValueOf(*n))
		return true, nil
	case t == strType:
		if n.Kind != yaml.ScalarNode {
			return true, &yamlstrict.Problem{Pos: at, Kind: yamlstrict.WrongType, Want: "a string", Found: yamlstrict.KindName(n)}
		}
		if n.Tag != "!!null" {
			v.Set(reflect.ValueOf(Str{V: n.Value, Pos: Pos(at)}))
		}
		return true, nil
	case t.Kind() == reflect.Struct && n.Kind == yaml.MappingNode:
		for i := range t.NumField() {
			if t.Field(i).Type == posType {
				v.Field(i).Set(reflect.ValueOf(Pos(at)))
			}
		}
	}
	return false, nil
}

// ruleMessage words a YAML problem for a rule file.
func ruleMessage(p yamlstrict.Problem) string {
	switch p.Kind {
	case yamlstrict.ExtraDocument:
		return "a rule file holds one YAML document; another one starts here"
	case yamlstrict.Alias:
		return "YAML aliases are not allowed in rule files"
	case yamlstrict.DuplicateKey:
		if p.InMap {
			return strconv.Quote(p.Key) + " appears twice"
		}
	}
	return p.Message()
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
