package rules_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/configs"
)

// Red team 22 (F3): a rules directory without term files passed lint, so
// a directory copied part way (terms/ not there yet) was taken on reload
// and special categories in free text went undetected. Lint now reports
// it as an error; a directory with some term files is not flagged (lint
// cannot know which languages a directory means to have: the reload
// refuses losing one, and the rule tests catch what they cover).
func TestRedTeam22LintNoTermFiles(t *testing.T) {
	lint := func(drop func(string) bool) rules.Problems {
		m := fstest.MapFS{}
		err := fs.WalkDir(configs.Rules(), ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || drop(p) {
				return err
			}
			b, err := fs.ReadFile(configs.Rules(), p)
			m[p] = &fstest.MapFile{Data: b}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		set, ps := rules.Load(m)
		return append(ps, rules.Check(set, classifier.Env(fuzzConfig()))...).Errors()
	}
	errs := lint(func(p string) bool { return strings.HasPrefix(p, "terms/") })
	found := false
	for _, p := range errs {
		if p.Pos.File == "terms/" && strings.Contains(p.Msg, "no term files") {
			found = true
		}
	}
	if !found {
		t.Fatalf("no error for a directory without term files: %v", errs)
	}
	for _, p := range lint(func(p string) bool { return p == "terms/en.yaml" }) {
		if strings.HasPrefix(p.Pos.File, "terms/") {
			t.Errorf("without terms/en.yaml only: %v", p)
		}
	}
}
