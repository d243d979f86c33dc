package ruletest_test

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/ruletest"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

func config(t testing.TB) func([]byte) classifier.Config {
	t.Helper()
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	return cfg.ClassifierConfig
}

// TestShippedCases runs every case in configs/tests, as `classifier rules
// test` does: go test fails when a rule change breaks one.
func TestShippedCases(t *testing.T) {
	suite, ps, err := ruletest.Load(configs.Rules(), config(t))
	if err != nil || suite == nil {
		t.Fatalf("rules do not load: %v %v", err, ps.Errors())
	}
	res := suite.Run(ruletest.Options{})
	if res.Pass < 100 {
		t.Errorf("only %d cases ran: the shipped suite has hundreds", res.Pass+res.Fail)
	}
	for _, l := range res.Lines {
		if !l.OK {
			t.Error(l.Text)
		}
	}
	t.Logf("%d passed, %d failed", res.Pass, res.Fail)
}

// TestWrongExpectationFails proves a case can fail: the same shipped rules
// with one case whose expected country is wrong.
func TestWrongExpectationFails(t *testing.T) {
	fsys := fstest.MapFS{}
	src := configs.Rules()
	for _, dir := range []string{".", "rules", "terms"} {
		entries, err := fsReadDir(src, dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range entries {
			fsys[name] = &fstest.MapFile{Data: mustRead(t, src, name)}
		}
	}
	fsys["tests/ru/wrong.yaml"] = &fstest.MapFile{Data: []byte(`cases:
  - name: a Russian citizen is said to be Brazilian
    event: {event_id: w1, citizenship: RU, email: a@b.ru}
    expect:
      countries: [BR]
`)}
	suite, ps, err := ruletest.Load(fsys, config(t))
	if err != nil || suite == nil {
		t.Fatalf("rules do not load: %v %v", err, ps.Errors())
	}
	res := suite.Run(ruletest.Options{})
	if res.Pass != 0 || res.Fail != 1 {
		t.Fatalf("pass %d fail %d, want 0 and 1", res.Pass, res.Fail)
	}
	text := res.Lines[0].Text
	for _, want := range []string{"FAIL configs/tests/ru/wrong.yaml:2", "countries: got [RU], want [BR]"} {
		if !strings.Contains(text, want) {
			t.Errorf("failure text %q lacks %q", text, want)
		}
	}
}

func ExampleSuite_Run() {
	cfg, err := settings.Load("", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	suite, _, err := ruletest.Load(configs.Rules(), cfg.ClassifierConfig)
	if err != nil || suite == nil {
		fmt.Println("rules do not load")
		return
	}
	res := suite.Run(ruletest.Options{Filter: "tests/ru/basics.yaml"})
	fmt.Println(res.Fail, "failed")
	// Output: 0 failed
}

func fsReadDir(fsys fs.FS, dir string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() {
			out = append(out, path.Join(dir, e.Name()))
		}
	}
	return out, nil
}

func mustRead(t *testing.T, fsys fs.FS, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
