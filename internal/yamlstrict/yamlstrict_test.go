package yamlstrict

import (
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

type inner struct {
	Name string `yaml:"name"`
	N    int    `yaml:"n"`
}

type doc struct {
	Title  string            `yaml:"title"`
	On     bool              `yaml:"on"`
	Count  int               `yaml:"count"`
	Items  []inner           `yaml:"items"`
	Labels map[string]string `yaml:"labels"`
	Ptr    *inner            `yaml:"ptr"`
	Float  float64           `yaml:"float"`
	hidden string            `yaml:"hidden"` // unexported: never a key
}

func TestDecodeProblems(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // Error() of each problem, in order
	}{
		{"clean", "title: x\non: true\ncount: 3\nitems:\n  - name: a\n    n: 1\nlabels: {a: b}\nptr: {name: p}\n", nil},
		{"empty", "# only a comment\n", []string{"f.yaml:1:1: file is empty"}},
		{"syntax", "title: [x\n", []string{"f.yaml:1:1: invalid YAML: did not find expected ',' or ']'"}},
		{"second document", "title: x\n---\ntitle: y\n", []string{"f.yaml:2:1: a file holds one YAML document; another one starts here"}},
		{"unknown key", "title: x\ntitel: y\n", []string{`f.yaml:2:1: unknown key "titel" (known: title, on, count, items, labels, ptr, float)`}},
		{"unexported is unknown", "hidden: x\n", []string{`f.yaml:1:1: unknown key "hidden" (known: title, on, count, items, labels, ptr, float)`}},
		{"duplicate key", "title: x\ntitle: y\n", []string{`f.yaml:2:1: key "title" appears twice`}},
		{"duplicate map key", "labels:\n  a: b\n  a: c\n", []string{`f.yaml:3:3: key "a" appears twice`}},
		{"wrong types", "title: [a]\non: yes\ncount: 1.5\nitems: {}\nlabels: []\n", []string{
			"f.yaml:1:8: expected a string, found a list",
			"f.yaml:2:5: expected true or false, found a string",
			"f.yaml:3:8: expected a whole number, found a decimal number",
			"f.yaml:4:8: expected a list, found a mapping",
			"f.yaml:5:9: expected a mapping, found a list",
		}},
		{"nested", "items:\n  - name: a\n    n: x\n", []string{"f.yaml:3:8: expected a whole number, found a string"}},
		{"alias", "title: &t x\nlabels:\n  a: *t\n", []string{"f.yaml:3:6: YAML aliases are not allowed"}},
		{"unsupported", "float: 1.5\n", []string{"f.yaml:1:8: internal: cannot decode into float64"}},
		{"nulls leave zero values", "title: ~\ncount: ~\nitems: ~\nptr: ~\nlabels: ~\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var d doc
			_, ps := Decode("f.yaml", []byte(tc.in), &d, nil)
			var got []string
			for _, p := range ps {
				got = append(got, p.Error())
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestDecodeValuesAndPositions(t *testing.T) {
	var d doc
	pos, ps := Decode("f.yaml", []byte("title: x\nitems:\n  - name: a\n    n: 2\nlabels:\n  k: v\nptr:\n  n: 7\n"), &d, nil)
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	want := doc{Title: "x", Items: []inner{{Name: "a", N: 2}}, Labels: map[string]string{"k": "v"}, Ptr: &inner{N: 7}}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("decoded %+v, want %+v", d, want)
	}
	for path, at := range map[string]string{"title": "f.yaml:1:8", "items[0].n": "f.yaml:4:8", "labels.k": "f.yaml:6:6", "ptr.n": "f.yaml:8:6"} {
		if got := pos[path].String(); got != at {
			t.Errorf("pos[%s] = %s, want %s", path, got, at)
		}
	}
}

func TestProblemParts(t *testing.T) {
	var d doc
	_, ps := Decode("f.yaml", []byte("labels:\n  a: b\n  a: c\nitems:\n  - nam: x\n"), &d, nil)
	if len(ps) != 2 {
		t.Fatal(ps)
	}
	if p := ps[0]; p.Kind != DuplicateKey || !p.InMap || p.Path != "labels.a" || p.Key != "a" {
		t.Errorf("map duplicate = %+v", p)
	}
	if p := ps[1]; p.Kind != UnknownKey || p.Path != "items[0].nam" || len(p.Known) != 2 {
		t.Errorf("unknown key = %+v", p)
	}
}

func TestHook(t *testing.T) {
	type tagged struct {
		V  string
		At Pos
	}
	type withTagged struct {
		A tagged   `yaml:"a"`
		B []tagged `yaml:"b"`
	}
	taggedType := reflect.TypeOf(tagged{})
	hook := func(n *yaml.Node, at Pos, path string, v reflect.Value) (bool, *Problem) {
		if v.Type() != taggedType {
			return false, nil
		}
		if n.Kind != yaml.ScalarNode {
			return true, &Problem{Pos: at, Kind: WrongType, Path: path, Want: "a string", Found: KindName(n)}
		}
		v.Set(reflect.ValueOf(tagged{V: n.Value, At: at}))
		return true, nil
	}
	var w withTagged
	_, ps := Decode("h.yaml", []byte("a: x\nb: [y, {}]\n"), &w, hook)
	if w.A.V != "x" || w.A.At.String() != "h.yaml:1:4" || len(w.B) != 2 || w.B[0].V != "y" {
		t.Errorf("decoded %+v", w)
	}
	if len(ps) != 1 || ps[0].Error() != "h.yaml:2:8: expected a string, found a mapping" || ps[0].Path != "b[1]" {
		t.Errorf("problems %v", ps)
	}
}

// FuzzDecode: no input panics the decoder, every problem has a position in
// the file, and a clean decode means the text really is one document.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "title: x\n", "items:\n  - name: a\n    n: 1\n", "a: &x 1\nb: *x\n", "---\n---\n",
		"labels: {a: b, a: c}\n", "title: [x\n", "ptr: {n: 99999999999999999999}\n", "\t: :\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var d doc
		_, ps := Decode("fz.yaml", []byte(in), &d, nil)
		for _, p := range ps {
			if p.Pos.File != "fz.yaml" || p.Kind == 0 || p.Message() == "" {
				t.Fatalf("problem without a place or kind: %+v", p)
			}
			if p.Kind != Syntax && p.Pos.Line == 0 {
				t.Fatalf("problem without a line: %+v", p)
			}
		}
		if len(ps) == 0 && strings.TrimSpace(in) == "" {
			t.Fatalf("empty input decoded without a problem")
		}
	})
}
