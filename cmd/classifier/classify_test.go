package main

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/demo"
)

// Classifying in parallel prints exactly what one worker prints, in input
// order: decisions and records, broken and blank lines included, chunks
// cut by line count and by size.
func TestClassifyWorkersSameOutput(t *testing.T) {
	g := demo.New(5)
	var in strings.Builder
	for i := range 1500 {
		in.Write(g.Event(5, i))
		in.WriteByte('\n')
		switch i % 97 {
		case 0:
			in.WriteString("\n   \n") // blank lines: skipped, but counted in line numbers
		case 1:
			in.WriteString(`{"broken` + "\n")
		case 2:
			// Over a megabyte: ends a chunk by size.
			fmt.Fprintf(&in, `{"event_id":"big-%d","country":"DE","note":"%s"}`+"\n", i, strings.Repeat("x", 1<<20))
		}
	}
	env := map[string]string{"CLASSIFIER_PSEUDONYM_KEY": "0123456789abcdef0123"}
	for _, mode := range [][]string{{"classify"}, {"classify", "--records"}} {
		want, errOut, code := runCLI(t, in.String(), env, append(mode, "--workers", "1")...)
		if code != 0 {
			t.Fatalf("%v --workers 1: exit %d: %s", mode, code, errOut)
		}
		if n := strings.Count(want, "\n"); n < 1500 {
			t.Fatalf("%v: %d output lines for 1500 events", mode, n)
		}
		for _, w := range []string{"2", "3", "8"} {
			got, errOut, code := runCLI(t, in.String(), env, append(mode, "--workers", w)...)
			if code != 0 {
				t.Fatalf("%v --workers %s: exit %d: %s", mode, w, code, errOut)
			}
			if got != want {
				t.Fatalf("%v --workers %s: output differs from one worker's (%d vs %d bytes)", mode, w, len(got), len(want))
			}
		}
	}
	if _, _, code := runCLI(t, "", nil, "classify", "--workers", "-1"); code != 2 {
		t.Fatalf("--workers -1: exit %d, want 2", code)
	}
}

// failingWriter fails after n bytes, as a closed pipe does.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("broken pipe")
	}
	return len(p), nil
}

// A failing output stops a parallel run with an error, without hanging.
func TestClassifyWorkersOutputError(t *testing.T) {
	e := &cliEnv{stdin: strings.NewReader(demoLines(6, 3000)), stdout: &failingWriter{n: 200 << 10}, stderr: &strings.Builder{},
		getenv: func(string) string { return "0123456789abcdef0123" }}
	err := cmdClassify(e, []string{"--records", "--workers", "4"})
	if err == nil || !strings.Contains(err.Error(), "broken pipe") {
		t.Fatalf("err = %v, want the write error", err)
	}
}

// failingReader returns its data, then an error instead of EOF.
type failingReader struct {
	data []byte
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// A read error ends the run with that error, after printing what was read,
// the same with any number of workers.
func TestClassifyWorkersReadError(t *testing.T) {
	in := demoLines(8, 700)
	var outs []string
	for _, w := range []string{"1", "3"} {
		var out strings.Builder
		e := &cliEnv{stdin: &failingReader{data: []byte(in)}, stdout: &out, stderr: &strings.Builder{},
			getenv: func(string) string { return "0123456789abcdef0123" }}
		err := cmdClassify(e, []string{"--workers", w})
		if err == nil || !strings.Contains(err.Error(), "disk on fire") {
			t.Fatalf("--workers %s: err = %v, want the read error", w, err)
		}
		if n := strings.Count(out.String(), "\n"); n != 700 {
			t.Fatalf("--workers %s: %d decisions printed before the error, want 700", w, n)
		}
		outs = append(outs, out.String())
	}
	if outs[0] != outs[1] {
		t.Fatal("one and three workers printed different decisions before the read error")
	}
}

// demoLines is n demo signups, one per line.
func demoLines(seed uint64, n int) string {
	g := demo.New(seed)
	var b strings.Builder
	for i := range n {
		b.Write(g.Event(seed, i))
		b.WriteByte('\n')
	}
	return b.String()
}
