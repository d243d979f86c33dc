package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

func cmdLint(env *cliEnv, args []string) error {
	fs := newFlags("rules lint", "rules lint [--config FILE] [DIR]", env)
	config := fs.String("config", "", "service config file (default: built in); its regions are checked against the rules")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageErr("rules lint takes at most one directory")
	}
	dir := fs.Arg(0)
	cfg, err := loadConfig(*config, env)
	if err != nil {
		return err
	}
	set, ps := rules.Load(rulesFS(dir))
	ps = append(ps, rules.Check(set, classifier.Env(cfg.ClassifierConfig(nil)))...)
	printProblems(env.stdout, ps, rulesLabel(dir))
	errs, warns := len(ps.Errors()), len(ps)-len(ps.Errors())
	if errs == 0 {
		// Compiling catches what only shows when the pieces meet.
		if _, err := classifier.Compile(set, cfg.ClassifierConfig(nil)); err != nil {
			fmt.Fprintln(env.stdout, err)
			errs++
		}
	}
	fmt.Fprintf(env.stdout, "%d pack(s), %d categories, %d error(s), %d warning(s); ruleset %s\n", len(set.Packs), len(set.Taxonomy.Categories), errs, warns, set.Version)
	if errs > 0 {
		return &exitError{2, fmt.Errorf("rules lint: %d error(s)", errs)}
	}
	return nil
}

const testKey = "rules-test-pseudonymization-key"

func cmdRulesTest(env *cliEnv, args []string) error {
	fs := newFlags("rules test", "rules test [--config FILE] [-update] [-run SUBSTR] [DIR]", env)
	config := fs.String("config", "", "service config file (default: built in)")
	update := fs.Bool("update", false, "rewrite each case's expectations with what the rules decide now")
	run := fs.String("run", "", "only cases whose file or name contains this")
	verbose := fs.Bool("v", false, "print passing cases too")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir := fs.Arg(0)
	cfg, err := loadConfig(*config, env)
	if err != nil {
		return err
	}
	set, ps := rules.Load(rulesFS(dir))
	ps = append(ps, rules.Check(set, classifier.Env(cfg.ClassifierConfig(nil)))...)
	if errs := ps.Errors(); len(errs) > 0 {
		printProblems(env.stderr, errs, rulesLabel(dir))
		return usageErr("rules do not load: %d error(s)", len(errs))
	}
	withKey, err := classifier.Compile(set, cfg.ClassifierConfig([]byte(testKey)))
	if err != nil {
		return usageErr("%w", err)
	}
	noKey, err := classifier.Compile(set, cfg.ClassifierConfig(nil))
	if err != nil {
		return usageErr("%w", err)
	}
	res := runRuleTests(set, withKey, noKey, *run, *update, dir)
	for _, r := range res.lines {
		if r.ok && !*verbose {
			continue
		}
		fmt.Fprintln(env.stdout, r.text)
	}
	if *update && res.rewritten > 0 {
		fmt.Fprintf(env.stdout, "updated %d file(s)\n", res.rewritten)
	}
	fmt.Fprintf(env.stdout, "%d passed, %d failed\n", res.pass, res.fail)
	if res.fail > 0 && !*update {
		return workErr(fmt.Errorf("rules test: %d case(s) failed", res.fail))
	}
	return nil
}

type testLine struct {
	ok   bool
	text string
}

type testResults struct {
	lines      []testLine
	pass, fail int
	rewritten  int
}

func runRuleTests(set *rules.Set, withKey, noKey *classifier.Ruleset, filter string, update bool, dir string) testResults {
	var res testResults
	for _, tf := range set.Tests {
		changed := false
		for i := range tf.Cases {
			tc := &tf.Cases[i]
			if filter != "" && !strings.Contains(tf.Pos.File+" "+tc.Name, filter) {
				continue
			}
			label := fmt.Sprintf("%s%s: %s", rulesLabel(dir), tc.Pos, tc.Name)
			ev, err := eventJSON(&tc.Event)
			if err != nil {
				res.fail++
				res.lines = append(res.lines, testLine{false, "FAIL " + label + "\n    event: " + err.Error()})
				continue
			}
			now, _ := parseNow(tc.Now)
			rs := withKey
			if tc.NoKey {
				rs = noKey
			}
			d := rs.Classify(classifier.Input{Value: ev, Source: tc.Pos.String(), Time: now, IDFromValue: true})
			diffs := compareExpect(&tc.Expect, d)
			if len(diffs) == 0 {
				res.pass++
				res.lines = append(res.lines, testLine{true, "ok   " + label})
				continue
			}
			if update {
				fillExpect(&tc.Expect, d)
				changed = true
				res.pass++
				res.lines = append(res.lines, testLine{false, "UPDATED " + label})
				continue
			}
			res.fail++
			res.lines = append(res.lines, testLine{false, "FAIL " + label + "\n    " + strings.Join(diffs, "\n    ")})
		}
		if changed && dir != "" {
			if err := rewriteTestFile(dir, tf); err != nil {
				res.lines = append(res.lines, testLine{false, "cannot update " + tf.Pos.File + ": " + err.Error()})
			} else {
				res.rewritten++
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
				b = appendJSONString(b, n.Content[i].Value)
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
				b = appendJSONString(b, n.Value)
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
	routes := routeMap(d)
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

func routeMap(d *classifier.Decision) map[string]string {
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
	e.Routes = routeMap(d)
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

func cmdRulesDiff(env *cliEnv, args []string) error {
	fs := newFlags("rules diff", "rules diff --from DIR --to DIR [--config FILE] EVENTS.jsonl", env)
	from := fs.String("from", "", "the rules in force (directory)")
	to := fs.String("to", "", "the candidate rules (directory)")
	config := fs.String("config", "", "service config file (default: built in)")
	examples := fs.Int("examples", 5, "changed fields to list per kind of change")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return usageErr("rules diff needs --from and --to")
	}
	cfg, err := loadConfig(*config, env)
	if err != nil {
		return err
	}
	key := []byte(testKey)
	load := func(dir string) (*classifier.Ruleset, error) {
		rs, ps, err := classifier.LoadFS(rulesFS(dir), cfg.ClassifierConfig(key))
		if err != nil {
			printProblems(env.stderr, ps.Errors(), rulesLabel(dir))
			return nil, usageErr("rules in %s do not load", dir)
		}
		return rs, nil
	}
	a, err := load(*from)
	if err != nil {
		return err
	}
	b, err := load(*to)
	if err != nil {
		return err
	}
	in, name, closeIn, err := openInput(fs.Args(), env)
	if err != nil {
		return err
	}
	defer closeIn()
	sum := newDiffSummary()
	err = eachLine(in, func(n int, line []byte) error {
		input := classifier.Input{Value: line, Source: fmt.Sprintf("%s:%d", name, n), IDFromValue: true}
		sum.add(a.Classify(input), b.Classify(input))
		return nil
	})
	if err != nil {
		return err
	}
	sum.print(env.stdout, a.Version(), b.Version(), *examples)
	return nil
}

type diffSummary struct {
	events, changed int
	byCountry       map[string]*countryDiff
}

type countryDiff struct {
	events                        int
	changedEvents                 int
	categoryChanges, personalFlip int
	sensitiveFlip                 int
	routesAdded, routesRemoved    map[string]int
	examples                      map[string][]string
	errorChanges                  int
}
