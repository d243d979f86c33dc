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

// A provider hint must be one word long enough not to sit inside others,
// listed once, with an assigned country: lint says where it is not.
func TestLintProviderCountries(t *testing.T) {
	m := fstest.MapFS{}
	err := fs.WalkDir(configs.Rules(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(configs.Rules(), p)
		if p == "fields.yaml" {
			b = []byte(strings.Replace(string(b), "provider_countries:\n",
				"provider_countries:\n  - {provider: pix, country: BR}\n  - {provider: fawry, country: ZZ}\n", 1))
		}
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	set, ps := rules.Load(m)
	errs := append(ps, rules.Check(set, classifier.Env(fuzzConfig()))...).Errors()
	for _, want := range []string{`provider "pix" must be one lower-case word`, `provider "fawry": "ZZ" is not an assigned`, `provider "fawry" is listed twice`} {
		found := false
		for _, p := range errs {
			if p.Pos.File == "fields.yaml" && p.Pos.Line > 0 && strings.Contains(p.Msg, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no error %q in %v", want, errs)
		}
	}
}
