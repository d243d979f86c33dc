package layering

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// outside names documents that live outside this repository (the research
// notes and design document it was built from). Users of the repo do not
// have them, so nothing here may cite them. The names are split so this
// file does not match itself.
var outside = regexp.MustCompile(`(?i)` + strings.Join([]string{
	`\.\./` + `shared`,
	`shared/` + `reference`,
	`DESIGN` + `\.md`,
	`notes-` + `perf`,
	`notes-` + `reliability`,
	`notes-` + `style`,
}, "|"))

// mdLink is a relative Markdown link target: [text](path#anchor).
var mdLink = regexp.MustCompile(`\]\(([^)#:\s]+)(#[^)]*)?\)`)

// TestSelfContained fails when a file cites a document outside the repo, or
// a Markdown link points at a file that does not exist.
func TestSelfContained(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") && name != ".ci" || name == "bin") {
				return filepath.SkipDir
			}
			return nil
		}
		info, err := d.Info()
		if err != nil || info.Size() > 4<<20 {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		for i, line := range strings.Split(string(data), "\n") {
			if m := outside.FindString(line); m != "" {
				t.Errorf("%s:%d cites %q, a document outside this repo", rel, i+1, m)
			}
			if strings.HasSuffix(name, ".md") {
				for _, sm := range mdLink.FindAllStringSubmatch(line, -1) {
					target := filepath.Join(filepath.Dir(path), sm[1])
					if _, err := os.Stat(target); err != nil {
						t.Errorf("%s:%d links to %s, which does not exist", rel, i+1, sm[1])
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
