package event

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestParseAcceptsAndPointers(t *testing.T) {
	var d Doc
	src := `{"a":{"b~c":[1,"x\u00e9",{"d/e":null}]},"t":true,"n":-1.5e3}`
	if err := d.Parse([]byte(src), Limits{}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range d.Nodes {
		if d.IsLeaf(int32(i)) {
			got = append(got, d.Pointer(int32(i))+"="+d.Nodes[i].Str)
		}
	}
	want := []string{"/a/b~0c/0=1", "/a/b~0c/1=xé", "/a/b~0c/2/d~1e=null", "/t=true", "/n=-1.5e3"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("leaves:\n got %q\nwant %q", got, want)
	}
	if raw := d.Raw(1); raw != `{"b~c":[1,"x\u00e9",{"d/e":null}]}` {
		t.Fatalf("raw of /a = %q", raw)
	}
}

func TestParseRejects(t *testing.T) {
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	cases := []struct {
		name, in, code string
	}{
		{"empty", ``, "invalid_json"},
		{"array top", `[1,2]`, "not_object"},
		{"string top", `"x"`, "not_object"},
		{"truncated", `{"a":"b`, "invalid_json"},
		{"truncated object", `{"a":1,`, "invalid_json"},
		{"trailing", `{"a":1} x`, "invalid_json"},
		{"two objects", `{"a":1}{"b":2}`, "invalid_json"},
		{"duplicate key", `{"email":"a@x","email":"b@y"}`, "duplicate_key"},
		{"duplicate escaped key", `{"email":"a@x","em\u0061il":"b@y"}`, "duplicate_key"},
		{"nan", `{"a":NaN}`, "invalid_json"},
		{"infinity", `{"a":Infinity}`, "invalid_json"},
		{"leading zero", `{"a":01}`, "invalid_json"},
		{"bare dot", `{"a":1.}`, "invalid_json"},
		{"raw control", "{\"a\":\"x\x00y\"}", "invalid_json"},
		{"bad utf8", "{\"a\":\"\xff\"}", "invalid_utf8"},
		{"lone surrogate", `{"a":"\ud800"}`, "invalid_json"},
		{"bad escape", `{"a":"\q"}`, "invalid_json"},
		{"deep", `{"a":` + deep + `}`, "too_deep"},
		{"single quotes", `{'a':1}`, "invalid_json"},
		{"comment", `{"a":1 /* x */}`, "invalid_json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var d Doc
			err := d.Parse([]byte(c.in), Limits{})
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) = %v, want error %s", c.in, err, c.code)
			}
			if pe.Code != c.code {
				t.Fatalf("Parse(%q) code %s, want %s (%v)", c.in, pe.Code, c.code, err)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	var d Doc
	big := `{"a":"` + strings.Repeat("x", 900<<10) + `"}`
	if err := d.Parse([]byte(big), Limits{}); err == nil || !strings.HasPrefix(err.Error(), "too_large") {
		t.Fatalf("900 KB event: %v", err)
	}
	long := `{"a":"` + strings.Repeat("x", 100) + `"}`
	if err := d.Parse([]byte(long), Limits{MaxString: 50}); err == nil || !strings.HasPrefix(err.Error(), "string_too_long") {
		t.Fatalf("long string: %v", err)
	}
	wide := `{"a":[` + strings.Repeat("1,", 50) + `1]}`
	if err := d.Parse([]byte(wide), Limits{MaxNodes: 20}); err == nil || !strings.HasPrefix(err.Error(), "too_many_fields") {
		t.Fatalf("wide: %v", err)
	}
}

func TestErrorsNeverQuoteInput(t *testing.T) {
	var d Doc
	for _, in := range []string{`{"email":"secret@x.org"`, `{"email":"secret@x.org","email":"secret@x.org"}`, `{"email":secret@x.org}`} {
		err := d.Parse([]byte(in), Limits{})
		if err == nil || strings.Contains(err.Error(), "secret") {
			t.Fatalf("error for %q leaks or is nil: %v", in, err)
		}
	}
}

// FuzzParse checks the parser never panics, that everything it accepts
// encoding/json accepts too (so a disagreement can only quarantine), and
// that every leaf's raw bytes decode with encoding/json to the same string.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":1}`, `{"a":{"b":[1,2,{"c":"d"}]}}`, `{"email":"x@y.z","n":null,"t":true}`,
		`{"a":"\u00e9\n"}`, `{"a":"\ud83d\ude00"}`, `[]`, `{"a":1,"a":2}`, `{"a":-0.5e-7}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d Doc
		if err := d.Parse(data, Limits{}); err != nil {
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted input that encoding/json rejects: %q", data)
		}
		for i := range d.Nodes {
			n := &d.Nodes[i]
			if n.Kind != String {
				continue
			}
			var s string
			if err := json.Unmarshal([]byte(d.Raw(int32(i))), &s); err != nil || s != n.Str {
				t.Fatalf("string %q decoded as %q, encoding/json says %q (%v)", d.Raw(int32(i)), n.Str, s, err)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	src := []byte(`{"event_id":"7d0b6c38-8a2b-4bd9-9c41-1f0f2f7d9b11","type":"signup","ts":"2026-11-29T10:00:00Z","user":{"id":"u-123","email":"ivan.petrov@example.ru","phone":"+7 916 123-45-67","name":{"first":"Ivan","last":"Petrov"},"dob":"1990-05-06","citizenship":"RU","address":{"country":"RU","city":"Moscow","street":"Tverskaya 1","zip":"125009"}},"device":{"ip":"95.165.1.1","ua":"Mozilla/5.0","locale":"ru-RU","tz":"Europe/Moscow"},"consent":{"marketing":true}}`)
	var d Doc
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if err := d.Parse(src, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWideAndNestedWideObjects(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{`)
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&b, `"k%d":{"a":1,"b":{"x%d":2}},`, i, i)
	}
	b.WriteString(`"k7":0}`)
	var d Doc
	err := d.Parse([]byte(b.String()), Limits{})
	if err == nil || !strings.HasPrefix(err.Error(), "duplicate_key") {
		t.Fatalf("duplicate in a wide object: %v", err)
	}
	ok := strings.Replace(b.String(), `"k7":0}`, `"k200":0}`, 1)
	if err := d.Parse([]byte(ok), Limits{}); err != nil {
		t.Fatalf("wide object without duplicates: %v", err)
	}
}
