package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/demo"
)

// audit expand gives back exactly the decisions `classify` prints, from
// the records `classify --records` prints: templates inline, or from a
// file of their own with the audit values alone.
func TestAuditExpandMatchesClassify(t *testing.T) {
	g := demo.New(9)
	g.Hostile = 0.05
	var in strings.Builder
	for i := range 400 {
		in.Write(g.Event(9, i))
		in.WriteByte('\n')
	}
	env := map[string]string{"CLASSIFIER_PSEUDONYM_KEY": "0123456789abcdef0123"}
	want, errOut, code := runCLI(t, in.String(), env, "classify")
	if code != 0 {
		t.Fatalf("classify: exit %d: %s", code, errOut)
	}
	recs, errOut, code := runCLI(t, in.String(), env, "classify", "--records")
	if code != 0 {
		t.Fatalf("classify --records: exit %d: %s", code, errOut)
	}
	got, errOut, code := runCLI(t, recs, nil, "audit", "expand")
	if code != 0 {
		t.Fatalf("audit expand: exit %d: %s", code, errOut)
	}
	if got != want {
		t.Fatalf("audit expand of the records differs from classify (%d vs %d bytes)", len(got), len(want))
	}

	// Templates in a file, audit values alone on the input.
	var tpls, audits strings.Builder
	for _, l := range strings.Split(recs, "\n") {
		switch {
		case strings.Contains(l, `"projection":"audit-template"`):
			tpls.WriteString(l + "\n")
		case strings.Contains(l, `"projection":"audit"`):
			audits.WriteString(l[strings.Index(l, `"value":`)+len(`"value":`):len(l)-1] + "\n")
		}
	}
	f := filepath.Join(t.TempDir(), "templates.jsonl")
	if err := os.WriteFile(f, []byte(tpls.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	got, errOut, code = runCLI(t, audits.String(), nil, "audit", "expand", "--templates", f)
	if code != 0 || got != want {
		t.Fatalf("audit expand --templates: exit %d, same output %v: %s", code, got == want, errOut)
	}
	// Without the templates: fails, and says which event.
	_, errOut, code = runCLI(t, audits.String(), nil, "audit", "expand")
	if code != 1 || !strings.Contains(errOut, "audit template not known") {
		t.Fatalf("audit expand without templates: exit %d: %s", code, errOut)
	}
	if _, _, code := runCLI(t, "", nil, "audit", "compress"); code != 2 {
		t.Fatalf("audit compress: exit %d, want 2", code)
	}
}
