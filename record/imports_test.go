package record

import (
	"go/build"
	"strings"
	"testing"
)

// TestImportsOnlyStandardLibrary: the classifier imports this package for
// the header names, and must not pull in Kafka code through it.
func TestImportsOnlyStandardLibrary(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		if first, _, _ := strings.Cut(imp, "/"); strings.Contains(first, ".") {
			t.Errorf("record imports %s: only the standard library is allowed", imp)
		}
	}
}
