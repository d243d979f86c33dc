package ruletest

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// TestKey is the pseudonymization key rule tests run with: tokens in
// expectations are stable across runs and machines.
const TestKey = "rules-test-pseudonymization-key"

// Suite is a loaded rule set compiled twice: with the test key, and
// without a key (for cases marked no_pseudonym_key).
type Suite struct {
	Set     *rules.Set
	WithKey *classifier.Ruleset
	NoKey   *classifier.Ruleset
}

// Load reads the rules in fsys, checks them against the service config that
// config builds for a key, and compiles them. Problems are the loader's and
// the checker's (warnings included); a nil Suite means they hold errors, or
// compiling failed (err).
func Load(fsys fs.FS, config func(key []byte) classifier.Config) (*Suite, rules.Problems, error) {
	set, ps := rules.Load(fsys)
	ps = append(ps, rules.Check(set, classifier.Env(config(nil)))...)
	if len(ps.Errors()) > 0 {
		return nil, ps, nil
	}
	withKey, err := classifier.Compile(set, config([]byte(TestKey)))
	if err != nil {
		return nil, ps, fmt.Errorf("compile rules: %w", err)
	}
	noKey, err := classifier.Compile(set, config(nil))
	if err != nil {
		return nil, ps, fmt.Errorf("compile rules: %w", err)
	}
	return &Suite{Set: set, WithKey: withKey, NoKey: noKey}, ps, nil
}

// Run runs every case of the suite (see the package Run).
func (s *Suite) Run(o Options) Results { return Run(s.Set, s.WithKey, s.NoKey, o) }

func label(dir string) string {
	if dir == "" {
		return "configs/"
	}
	return dir + "/"
}

// Line is one case's outcome as the command prints it.
type Line struct {
	OK   bool
	Text string
}

// Results are every case's outcome and the counts.
type Results struct {
	Lines      []Line
	Pass, Fail int
	Rewritten  int // files rewritten by Update
}

// Options say which cases to run and whether to rewrite expectations.
type Options struct {
	Filter string // only cases whose file or name contains it
	Update bool   // rewrite each failing case's expectations with what the rules decide now
	Dir    string // the rules directory on disk ("" = built in: labels say configs/, nothing is rewritten)
}

// Run classifies every test case of set and compares the decision with the
// case's expectations. withKey has a pseudonymization key (TestKey), noKey
// none (for cases marked no_pseudonym_key).
func Run(set *rules.Set, withKey, noKey *classifier.Ruleset, o Options) Results {
	filter, update, dir := o.Filter, o.Update, o.Dir
	var res Results
	for _, tf := range set.Tests {
		changed := false
		for i := range tf.Cases {
			tc := &tf.Cases[i]
			if filter != "" && !strings.Contains(tf.Pos.File+" "+tc.Name, filter) {
				continue
			}
			label := fmt.Sprintf("%s%s: %s", label(dir), tc.Pos, tc.Name)
			ev, err := eventJSON(&tc.Event)
			if err != nil {
				res.Fail++
				res.Lines = append(res.Lines, Line{false, "FAIL " + label + "\n    event: " + err.Error()})
				continue
			}
			now, _ := time.Parse(time.RFC3339, tc.Now) // checked by the loader; "" is the zero time
			rs := withKey
			if tc.NoKey {
				rs = noKey
			}
			d := rs.Classify(classifier.Input{Value: ev, Source: tc.Pos.String(), Time: now, IDFromValue: true})
			diffs := compareExpect(&tc.Expect, d)
			if len(diffs) == 0 {
				res.Pass++
				res.Lines = append(res.Lines, Line{true, "ok   " + label})
				continue
			}
			if update {
				fillExpect(&tc.Expect, d)
				changed = true
				res.Pass++
				res.Lines = append(res.Lines, Line{false, "UPDATED " + label})
				continue
			}
			res.Fail++
			res.Lines = append(res.Lines, Line{false, "FAIL " + label + "\n    " + strings.Join(diffs, "\n    ")})
		}
		if changed && dir != "" {
			if err := rewriteTestFile(dir, tf); err != nil {
				res.Lines = append(res.Lines, Line{false, "cannot update " + tf.Pos.File + ": " + err.Error()})
			} else {
				res.Rewritten++
			}
		}
	}
	return res
}

// eventJSON turns a case's event (a YAML mapping, or a string of raw
// JSON) into JSON bytes, keeping member order.
func eventJSON(n *yaml.Node) ([]byte, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
		return []byte(strings.TrimSpace(n.Value)), nil
	}
	var b []byte
	var walk func(n *yaml.Node) error
	walk = func(n *yaml.Node) error {
		switch n.Kind {
		case yaml.DocumentNode:
			return walk(n.Content[0])
		case yaml.MappingNode:
			b = append(b, '{')
			for i := 0; i+1 < len(n.Content); i += 2 {
				if i > 0 {
					b = append(b, ',')
				}
				b = classifier.AppendJSONString(b, n.Content[i].Value)
				b = append(b, ':')
				if err := walk(n.Content[i+1]); err != nil {
					return err
				}
			}
			b = append(b, '}')
		case yaml.SequenceNode:
			b = append(b, '[')
			for i, c := range n.Content {
				if i > 0 {
					b = append(b, ',')
				}
				if err := walk(c); err != nil {
					return err
				}
			}
			b = append(b, ']')
		case yaml.ScalarNode:
			switch n.Tag {
			case "!!null":
				b = append(b, "null"...)
			case "!!bool":
				b = append(b, n.Value...)
			case "!!int", "!!float":
				if _, err := strconv.ParseFloat(n.Value, 64); err != nil {
					return fmt.Errorf("line %d: %q is not a JSON number", n.Line, n.Value)
				}
				b = append(b, n.Value...)
			default:
				b = classifier.AppendJSONString(b, n.Value)
			}
		default:
			return fmt.Errorf("line %d: YAML aliases are not allowed in events", n.Line)
		}
		return nil
	}
	if err := walk(n); err != nil {
		return nil, err
	}
	return b, nil
}

func compareExpect(e *rules.Expect, d *classifier.Decision) []string {
	var diffs []string
	// The expected error is the reason, or the reason and the start of
	// its detail.
	if got := d.ErrorText(); e.Error != "" || got != "" {
		if e.Error == "" || !strings.HasPrefix(got, e.Error) {
			diffs = append(diffs, fmt.Sprintf("error: got %q, want %q", got, e.Error))
		}
	}
	if e.Countries != nil {
		var got []string
		for _, j := range d.Jurisdictions {
			got = append(got, j.Country)
		}
		if !sameSet(got, e.Countries) {
			diffs = append(diffs, fmt.Sprintf("countries: got %v, want %v", sorted(got), sorted(e.Countries)))
		}
	}
	if len(e.Laws) > 0 {
		have := map[string]bool{}
		for _, j := range d.Jurisdictions {
			for _, l := range j.Laws {
				have[l] = true
			}
		}
		for _, l := range e.Laws {
			if !have[l] {
				diffs = append(diffs, fmt.Sprintf("laws: %s does not apply", l))
			}
		}
	}
	if e.Minor != nil && *e.Minor != d.Minor {
		diffs = append(diffs, fmt.Sprintf("minor: got %v, want %v", d.Minor, *e.Minor))
	}
	fields := map[string]*classifier.Field{}
	for i := range d.Fields {
		fields[d.Fields[i].Path] = &d.Fields[i]
	}
	for _, path := range sortedKeys(e.Fields) {
		want := e.Fields[path]
		got, ok := fields[path]
		if !ok {
			diffs = append(diffs, fmt.Sprintf("field %s: not in the decision", path))
			continue
		}
		if want.Category != "" && want.Category != got.Category {
			diffs = append(diffs, fmt.Sprintf("field %s category: got %s, want %s", path, got.Category, want.Category))
		}
		if want.Personal != nil && *want.Personal != got.Personal {
			diffs = append(diffs, fmt.Sprintf("field %s personal: got %v, want %v", path, got.Personal, *want.Personal))
		}
		if want.Sensitive != nil && *want.Sensitive != got.Sensitive {
			diffs = append(diffs, fmt.Sprintf("field %s sensitive: got %v, want %v", path, got.Sensitive, *want.Sensitive))
		}
		if want.DetectedBy != "" && want.DetectedBy != got.DetectedBy {
			diffs = append(diffs, fmt.Sprintf("field %s detected_by: got %s, want %s", path, got.DetectedBy, want.DetectedBy))
		}
	}
	routes := Routes(d)
	if e.Routes != nil {
		for _, r := range sortedKeys(e.Routes) {
			if routes[r] != e.Routes[r] {
				got := routes[r]
				if got == "" {
					got = "nothing"
				}
				diffs = append(diffs, fmt.Sprintf("route %s: got %s, want %s", r, got, e.Routes[r]))
			}
		}
		for _, r := range sortedKeys(routes) {
			if _, ok := e.Routes[r]; !ok {
				diffs = append(diffs, fmt.Sprintf("route %s: got %s, want no route", r, routes[r]))
			}
		}
	}
	for _, r := range e.NotRoutes {
		if p, ok := routes[r]; ok {
			diffs = append(diffs, fmt.Sprintf("route %s: got %s, want nothing", r, p))
		}
	}
	return diffs
}

// Routes maps each destination of d to its projection.
func Routes(d *classifier.Decision) map[string]string {
	m := map[string]string{}
	for _, r := range d.Routes {
		m[r.Region] = r.Projection
	}
	return m
}

func fillExpect(e *rules.Expect, d *classifier.Decision) {
	e.Countries = nil
	for _, j := range d.Jurisdictions {
		e.Countries = append(e.Countries, j.Country)
	}
	minor := d.Minor
	e.Minor = &minor
	e.Error = string(d.Reason)
	e.Routes = Routes(d)
	for path, f := range e.Fields {
		for _, got := range d.Fields {
			if got.Path == path {
				p, s := got.Personal, got.Sensitive
				f.Category, f.Personal, f.Sensitive = got.Category, &p, &s
				if f.DetectedBy != "" {
					f.DetectedBy = got.DetectedBy
				}
				e.Fields[path] = f
			}
		}
	}
}

// rewriteTestFile writes the updated expectations back: each case's
// expect block is replaced in the YAML tree, so comments elsewhere stay.
func rewriteTestFile(dir string, tf *rules.TestFile) error {
	path := dir + "/" + tf.Pos.File
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return err
	}
	doc := root.Content[0]
	var cases *yaml.Node
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if doc.Content[i].Value == "cases" {
			cases = doc.Content[i+1]
		}
	}
	if cases == nil || len(cases.Content) != len(tf.Cases) {
		return fmt.Errorf("unexpected layout")
	}
	for i, cn := range cases.Content {
		var enc yaml.Node
		if err := enc.Encode(expectYAML(&tf.Cases[i].Expect)); err != nil {
			return err
		}
		found := false
		for k := 0; k+1 < len(cn.Content); k += 2 {
			if cn.Content[k].Value == "expect" {
				cn.Content[k+1] = &enc
				found = true
			}
		}
		if !found {
			cn.Content = append(cn.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: "expect"}, &enc)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&root); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func expectYAML(e *rules.Expect) map[string]any {
	m := map[string]any{"countries": e.Countries, "routes": e.Routes}
	if e.Minor != nil {
		m["minor"] = *e.Minor
	}
	if e.Error != "" {
		m["error"] = e.Error
	}
	if len(e.Laws) > 0 {
		m["laws"] = e.Laws
	}
	if len(e.NotRoutes) > 0 {
		m["not_routes"] = e.NotRoutes
	}
	if len(e.Fields) > 0 {
		fields := map[string]any{}
		for p, f := range e.Fields {
			fm := map[string]any{"category": f.Category}
			if f.Personal != nil {
				fm["personal"] = *f.Personal
			}
			if f.Sensitive != nil {
				fm["sensitive"] = *f.Sensitive
			}
			if f.DetectedBy != "" {
				fm["detected_by"] = f.DetectedBy
			}
			fields[p] = fm
		}
		m["fields"] = fields
	}
	return m
}

func sameSet(a, b []string) bool {
	return strings.Join(sorted(a), ",") == strings.Join(sorted(b), ",")
}

func sorted(a []string) []string {
	out := append([]string(nil), a...)
	sort.Strings(out)
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
