package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, env map[string]string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &cliEnv{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return env[k] }}
	err := func() error {
		// dispatch builds its own env from the process; reuse its switch
		// with ours by calling the commands directly.
		switch args[0] {
		case "classify":
			return cmdClassify(e, args[1:])
		case "explain":
			return cmdExplain(e, args[1:])
		case "profile":
			return cmdProfile(context.Background(), e, args[1:])
		case "rules":
			switch args[1] {
			case "lint":
				return cmdLint(e, args[2:])
			case "test":
				return cmdRulesTest(e, args[2:])
			case "diff":
				return cmdRulesDiff(e, args[2:])
			}
		}
		return dispatch(context.Background(), args, e.stdin, e.stdout, e.stderr)
	}()
	return out.String(), errb.String(), exitCode(err, &errb)
}

// The shipped rules must lint clean and pass their own tests: CI runs
// this with go test ./...
func TestShippedRulesLintAndPass(t *testing.T) {
	out, errOut, code := runCLI(t, "", nil, "rules", "lint")
	if code != 0 {
		t.Fatalf("rules lint exit %d:\n%s%s", code, out, errOut)
	}
	out, errOut, code = runCLI(t, "", nil, "rules", "test")
	if code != 0 {
		t.Fatalf("rules test exit %d:\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, " passed, 0 failed") {
		t.Fatalf("rules test output: %s", out)
	}
}

// A rule file with an unknown key appended fails lint with exit 2 and
// names its file and line.
func TestLintUnknownKeyNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, "../../configs", dir)
	f := filepath.Join(dir, "rules", "ru.yaml")
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(b), "\n")
	if err := os.WriteFile(f, append(b, []byte("localisation: strict\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := runCLI(t, "", nil, "rules", "lint", dir)
	if code != 2 {
		t.Fatalf("exit %d, want 2:\n%s", code, out)
	}
	want := "rules/ru.yaml:" + itoa(lines+1) + ":1: unknown key \"localisation\""
	if !strings.Contains(out, want) {
		t.Fatalf("lint output lacks %q:\n%s", want, out)
	}
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(n)) }

func fmtInt(n int) string {
	var b []byte
	if n == 0 {
		return "0"
	}
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.Walk(from, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if info.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestClassifyRecordsAndExitCodes(t *testing.T) {
	ev := `{"event_id":"e1","email":"a@b.ru","phone":"+79161234567","password":"hunter2hunter2"}` + "\n" + `{"a":` + "\n"
	out, _, code := runCLI(t, ev, map[string]string{"CLASSIFIER_PSEUDONYM_KEY": "0123456789abcdef0123"}, "classify", "--records")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, `"topic":"signups.ru"`) || !strings.Contains(out, `"topic":"signups.quarantine"`) {
		t.Fatalf("records:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, `"projection":"pseudonymized"`) && (strings.Contains(line, "a@b.ru") || strings.Contains(line, "hunter2")) {
			t.Fatalf("personal value or credential in a pseudonymized record: %s", line)
		}
	}
	if _, _, code := runCLI(t, "", nil, "classify", "--no-such-flag"); code != 2 {
		t.Fatalf("bad flag: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "", nil, "nonsense"); code != 2 {
		t.Fatalf("unknown command: exit %d, want 2", code)
	}
}

// explain shows no character of a credential or a special category, and
// the shape of other personal values only.
func TestExplainMasksSecrets(t *testing.T) {
	in := `{"country":"DE","email":"anna.schmidt@example.de","password":"hunter2secret","health_note":"I have diabetes type 2"}`
	out, errOut, code := runCLI(t, in, map[string]string{"CLASSIFIER_PSEUDONYM_KEY": "0123456789abcdef0123456789abcdef"}, "explain", "--color", "never", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	for _, leak := range []string{"h••", "•t ", "I••", "hunter", "diabetes", "anna.schmidt"} {
		if strings.Contains(out, leak) {
			t.Errorf("explain shows %q:\n%s", leak, out)
		}
	}
	if !strings.Contains(out, "a••••••••e") {
		t.Errorf("explain lost the e-mail's shape:\n%s", out)
	}
	// The event given as the argument itself is read, not opened as a
	// file whose error quotes it whole (red team, round 8: F16).
	out, errOut, code = runCLI(t, "", map[string]string{"CLASSIFIER_PSEUDONYM_KEY": "0123456789abcdef0123456789abcdef"}, "explain", "--color", "never", in)
	if code != 0 {
		t.Fatalf("explain EVENT: exit %d: %s%s", code, out, errOut)
	}
	if strings.Contains(out+errOut, "hunter2secret") {
		t.Errorf("explain EVENT shows the password:\n%s%s", out, errOut)
	}
	if !strings.Contains(out, "credentials.password") {
		t.Errorf("explain EVENT did not classify the event:\n%s", out)
	}
}
