package layering

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/residency-labs/signup-classifier"

// rule says what a package (and, with a trailing "/...", the packages below
// it) may import from this module, and which outside import prefixes it must
// never reach, directly or through other packages of this module.
type rule struct {
	pkg      string   // module-relative, "classifier/..." for a tree
	may      []string // module packages it may import directly ("x/..." for a tree)
	never    []string // outside import-path prefixes forbidden in its whole closure
	noModule bool     // a leaf: it imports no package of this module
}

var kafkaClients = []string{
	"github.com/segmentio/kafka-go",
	"github.com/twmb/franz-go",
}

// rules is the architecture (docs/architecture.md). Data flows one way:
// consumer -> pipeline -> (router: classifier) -> producer. The engine
// (pipeline) sees only its own interfaces and the record contract; the
// classifier is pure and knows nothing of Kafka, HTTP or logging.
var rules = []rule{
	{pkg: "record", noModule: true, never: append(kafkaClients, "go.uber.org/zap", "github.com/prometheus")},
	{pkg: "internal/yamlstrict", noModule: true, never: append(kafkaClients, "go.uber.org/zap", "github.com/prometheus")},
	{pkg: "classifier/...", may: []string{"classifier/...", "record", "internal/yamlstrict"},
		never: append(kafkaClients, "go.uber.org/zap", "github.com/prometheus", "net/http")},
	{pkg: "pipeline", may: []string{"record"}, never: kafkaClients},
	{pkg: "consumer", may: []string{"record", "cluster"}},
	{pkg: "producer", may: []string{"record", "cluster"}},
	{pkg: "cluster", may: []string{"record"}},
	{pkg: "settings", may: []string{"cluster", "configs", "classifier", "classifier/event", "pipeline", "internal/yamlstrict"}},
	{pkg: "configs", noModule: true},
	{pkg: "embedded", may: []string{"cluster"}},
	{pkg: "internal/benchkit", may: []string{"cluster"}},
	{pkg: "opshttp", may: []string{"classifier/...", "record"}, never: kafkaClients},
	{pkg: "demo", may: []string{"classifier/...", "record", "cluster", "producer"}},
}

// forbidden lists module packages that production code may not import at
// all: commands are entry points, and test support stays out of binaries
// other than the test tools that exist for it.
var forbidden = []struct {
	target  string
	allowed []string // importers allowed anyway ("x/..." for a tree)
}{
	{target: "cmd/...", allowed: nil},
	{target: "internal/soak/...", allowed: []string{"cmd/soak", "test/..."}},
	{target: "internal/benchkit", allowed: []string{"cmd/bench"}},
}

type pkgInfo struct {
	imports []string // every import path of its non-test files
}

// load parses the imports of every package in the module (non-test files).
func load(t *testing.T) map[string]*pkgInfo {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	pkgs := map[string]*pkgInfo{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor" || name == "deploy") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		rel = filepath.ToSlash(rel)
		p := pkgs[rel]
		if p == nil {
			p = &pkgInfo{}
			pkgs[rel] = p
		}
		for _, s := range f.Imports {
			ip, _ := strconv.Unquote(s.Path.Value)
			if !slices.Contains(p.imports, ip) {
				p.imports = append(p.imports, ip)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

func matches(pattern, pkg string) bool {
	if tree, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkg == tree || strings.HasPrefix(pkg, tree+"/")
	}
	return pkg == pattern
}

func matchesAny(patterns []string, pkg string) bool {
	for _, p := range patterns {
		if matches(p, pkg) {
			return true
		}
	}
	return false
}

func local(ip string) (string, bool) {
	return strings.CutPrefix(ip, module+"/")
}

// closure returns every import path reachable from pkg through module packages.
func closure(pkgs map[string]*pkgInfo, pkg string) []string {
	seen := map[string]bool{}
	var out []string
	var visit func(string)
	visit = func(p string) {
		info := pkgs[p]
		if info == nil {
			return
		}
		for _, ip := range info.imports {
			if seen[ip] {
				continue
			}
			seen[ip] = true
			out = append(out, ip)
			if l, ok := local(ip); ok {
				visit(l)
			}
		}
	}
	visit(pkg)
	sort.Strings(out)
	return out
}

func TestImportRules(t *testing.T) {
	pkgs := load(t)
	for _, r := range rules {
		found := false
		for name, info := range pkgs {
			if !matches(r.pkg, name) {
				continue
			}
			found = true
			for _, ip := range info.imports {
				l, ok := local(ip)
				if !ok {
					continue
				}
				if r.noModule {
					t.Errorf("%s is a leaf and may not import %s", name, l)
				} else if !matchesAny(r.may, l) {
					t.Errorf("%s may not import %s (allowed: %s)", name, l, strings.Join(r.may, ", "))
				}
			}
			for _, ip := range closure(pkgs, name) {
				for _, bad := range r.never {
					if ip == bad || strings.HasPrefix(ip, bad+"/") {
						t.Errorf("%s reaches %s, which it must never import (directly or not)", name, ip)
					}
				}
			}
		}
		if !found {
			t.Errorf("rule for %s matches no package: update the rules with the layout", r.pkg)
		}
	}
	for name, info := range pkgs {
		for _, ip := range info.imports {
			l, ok := local(ip)
			if !ok {
				continue
			}
			for _, f := range forbidden {
				if matches(f.target, l) && !matchesAny(f.allowed, name) {
					t.Errorf("%s may not import %s", name, l)
				}
			}
		}
	}
}

// TestRulesCatchViolations proves the check is not vacuous: a made-up
// classifier that imports kafka-go, and a pipeline that imports the
// producer, are both reported.
func TestRulesCatchViolations(t *testing.T) {
	pkgs := map[string]*pkgInfo{
		"classifier":       {imports: []string{module + "/classifier/event"}},
		"classifier/event": {imports: []string{"github.com/segmentio/kafka-go"}},
		"pipeline":         {imports: []string{module + "/producer"}},
	}
	var got []string
	for _, r := range rules {
		for name, info := range pkgs {
			if !matches(r.pkg, name) {
				continue
			}
			for _, ip := range info.imports {
				if l, ok := local(ip); ok && !r.noModule && !matchesAny(r.may, l) {
					got = append(got, name+" -> "+l)
				}
			}
			for _, ip := range closure(pkgs, name) {
				for _, bad := range r.never {
					if strings.HasPrefix(ip, bad) {
						got = append(got, name+" ~> "+ip)
					}
				}
			}
		}
	}
	sort.Strings(got)
	want := []string{
		"classifier ~> github.com/segmentio/kafka-go",
		"classifier/event ~> github.com/segmentio/kafka-go",
		"pipeline -> producer",
	}
	if !slices.Equal(got, want) {
		t.Errorf("violations found = %q, want %q", got, want)
	}
}
