package settings

import (
	"strings"

	"github.com/residency-labs/signup-classifier/internal/yamlstrict"
)

// decodeYAML decodes one YAML document into out (a pointer to a struct)
// strictly (every key must name a field, appear once, and its value fit the
// field's type), keeps every problem with its position, and returns where
// each key's value is so validation can point at it.
func decodeYAML(file string, data []byte, out any) (map[string]Pos, Problems) {
	at, yps := yamlstrict.Decode(file, data, out, nil)
	pos := make(map[string]Pos, len(at))
	for k, p := range at {
		pos[k] = Pos{File: p.File, Line: p.Line, Col: p.Col}
	}
	var ps Problems
	for _, yp := range yps {
		ps = append(ps, Problem{Pos: Pos{File: yp.Pos.File, Line: yp.Pos.Line, Col: yp.Pos.Col}, Path: yp.Path, Msg: configMessage(yp)})
	}
	return pos, ps
}

// configMessage words a YAML problem for the config file; the key path
// leads, so the reader knows which setting without opening the file.
func configMessage(p yamlstrict.Problem) string {
	switch p.Kind {
	case yamlstrict.ExtraDocument:
		return "a config file holds one YAML document; another one starts here"
	case yamlstrict.Alias:
		return p.Path + ": YAML aliases are not allowed in the config"
	case yamlstrict.WrongType, yamlstrict.Unsupported:
		return p.Path + ": " + p.Message()
	case yamlstrict.UnknownKey:
		return "unknown key " + p.Path + " (known: " + strings.Join(p.Known, ", ") + ")"
	case yamlstrict.DuplicateKey:
		return "key " + p.Path + " appears twice"
	}
	return p.Message()
}
