package main

import (
	"strings"
	"testing"
)

// A long run ends with a summary on stderr; off a terminal there is no
// progress bar (no carriage returns, no escape codes) whatever the workers.
func TestClassifySummary(t *testing.T) {
	in := `{"email":"a@b.ru","phone":"+79161234567","country":"RU"}
{"email":"c@d.de","country":"DE"}
not json
`
	for _, workers := range []string{"1", "4"} {
		t.Run("workers "+workers, func(t *testing.T) {
			_, errOut, code := runCLI(t, in, map[string]string{"CLASSIFIER_PSEUDONYM_KEY": "progress-test-key-0123456789"}, "classify", "--workers", workers)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, want := range []string{"classified 3 event(s)", "2 ok, 1 quarantined (not_object 1)", "per country:", "RU 1", "DE 1"} {
				if !strings.Contains(errOut, want) {
					t.Errorf("no %q in %q", want, errOut)
				}
			}
			if strings.ContainsAny(errOut, "\r\x1b") {
				t.Errorf("progress drawn off a terminal: %q", errOut)
			}
		})
	}
}
