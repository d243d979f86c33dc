package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Load reads a rules directory (fields.yaml, rules/*.yaml, terms/*.yaml,
// tests/*/*.yaml) from fsys. It returns the set and every problem found;
// the set must not be used when problems has errors. Load only decodes;
// Check validates how the files fit together.
func Load(fsys fs.FS) (*Set, Problems) {
	var ps Problems
	set := &Set{}
	h := sha256.New()

	read := func(name string) []byte {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			ps = append(ps, Problem{Pos: Pos{File: name}, Msg: fmt.Sprintf("cannot read: %v", err)})
			return nil
		}
		return b
	}
	hashFile := func(name string, b []byte) {
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(b))
		h.Write(b)
	}

	if b := read("fields.yaml"); b != nil {
		hashFile("fields.yaml", b)
		decodeFile("fields.yaml", b, &set.Taxonomy, &ps)
		set.Taxonomy.Pos = Pos{File: "fields.yaml"}
	}
	packFiles := glob(fsys, "rules", &ps)
	if len(packFiles) == 0 {
		ps = append(ps, Problem{Pos: Pos{File: "rules/"}, Msg: "no rule packs (rules/*.yaml)"})
	}
	for _, name := range packFiles {
		b := read(name)
		if b == nil {
			continue
		}
		hashFile(name, b)
		p := &Pack{}
		decodeFile(name, b, p, &ps)
		p.Pos = Pos{File: name}
		set.Packs = append(set.Packs, p)
	}
	for _, name := range glob(fsys, "terms", &ps) {
		b := read(name)
		if b == nil {
			continue
		}
		hashFile(name, b)
		t := &Terms{}
		decodeFile(name, b, t, &ps)
		t.Pos = Pos{File: name}
		set.Terms = append(set.Terms, t)
	}
	dirs, _ := fs.ReadDir(fsys, "tests")
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		for _, name := range glob(fsys, path.Join("tests", d.Name()), &ps) {
			b := read(name)
			if b == nil {
				continue
			}
			tf := &TestFile{}
			decodeFile(name, b, tf, &ps)
			tf.Pos = Pos{File: name}
			set.Tests = append(set.Tests, tf)
		}
	}
	set.Version = "rs-" + hex.EncodeToString(h.Sum(nil))[:12]
	ps.sort()
	return set, ps
}

func glob(fsys fs.FS, dir string, ps *Problems) []string {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		n := e.Name()
		if strings.HasSuffix(n, ".yml") {
			*ps = append(*ps, Problem{Pos: Pos{File: path.Join(dir, n)}, Msg: "rule files end in .yaml; this one is ignored", Warning: true})
			continue
		}
		if strings.HasSuffix(n, ".yaml") {
			out = append(out, path.Join(dir, n))
		}
	}
	sort.Strings(out)
	return out
}

// TestFile is configs/tests/<code>/<name>.yaml: rule test cases.
type TestFile struct {
	Cases []TestCase `yaml:"cases"`
	Pos   Pos        `yaml:"-"`
}

// TestCase is one event and what its decision must say. Only what is
// written is checked, so a case can pin just the part it is about.
type TestCase struct {
	Name   string    `yaml:"name"`
	Event  yaml.Node `yaml:"event"`            // a mapping, or a string holding raw JSON
	Now    string    `yaml:"now"`              // RFC 3339 time the event is judged at (minors)
	NoKey  bool      `yaml:"no_pseudonym_key"` // judge as if no pseudonymization key were configured
	Expect Expect    `yaml:"expect"`
	Pos    Pos       `yaml:"-"`
}

// Expect is what a test case asserts.
type Expect struct {
	Countries []string               `yaml:"countries"`
	Laws      []string               `yaml:"laws"`
	Minor     *bool                  `yaml:"minor"`
	Error     string                 `yaml:"error"` // reason code the decision's error starts with
	Fields    map[string]FieldExpect `yaml:"fields"`
	Routes    map[string]string      `yaml:"routes"`     // region -> projection; exactly these routes
	NotRoutes []string               `yaml:"not_routes"` // regions that must get nothing
}

// FieldExpect pins one field of a decision.
type FieldExpect struct {
	Category   string `yaml:"category"`
	Personal   *bool  `yaml:"personal"`
	Sensitive  *bool  `yaml:"sensitive"`
	DetectedBy string `yaml:"detected_by"`
}

// NormalizeName folds a field name for matching: lower case, without the
// separators producers disagree on (emailAddress, email_address,
// e-mail.address and "Email Address" are one name).
func NormalizeName(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c == '_' || c == '-' || c == '.' || c == ' ' || c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		switch r {
		case '_', '-', '.', ' ':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
