package pipeline

import (
	"go/build"
	"strings"
	"testing"
)

// TestSeams: the pipeline reaches the consumer, the producer and the
// classifier only through its interfaces and package record's types.
func TestSeams(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		for _, banned := range []string{"/consumer", "/producer", "/classifier", "/service", "segmentio/kafka-go"} {
			if strings.Contains(imp, banned) {
				t.Errorf("pipeline imports %s", imp)
			}
		}
	}
}
