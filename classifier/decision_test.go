package classifier

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// FuzzAppendString checks the hand-written JSON string encoder against
// encoding/json: the output is valid JSON and decodes to the input (with
// invalid UTF-8 replaced by U+FFFD, as encoding/json does).
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain", `quo"te`, "back\\slash", "<html>&", "tab\there", "\x00\x1f", "é日本", "\u2028\u2029", "\xff\xfe", "\b\f", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enc := appendString(nil, s)
		var got string
		if err := json.Unmarshal(enc, &got); err != nil {
			t.Fatalf("appendString(%q) = %s: not JSON: %v", s, enc, err)
		}
		want := s
		if !utf8.ValidString(s) {
			want = string([]rune(s)) // invalid bytes become U+FFFD
		}
		if got != want {
			t.Fatalf("appendString(%q) decodes to %q", s, got)
		}
		// Byte for byte what encoding/json writes: the command's output
		// and the records stay comparable with tools that use it.
		if std, _ := json.Marshal(s); string(enc) != string(std) {
			t.Fatalf("appendString(%q) = %s, encoding/json writes %s", s, enc, std)
		}
	})
}
