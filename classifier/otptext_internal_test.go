package classifier

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// mayNameCode is a necessary condition of oneTimeCodeInText: every code's
// name, every code word a template ends with ("is your X code") and the
// verbs before a code ("use", "enter") must pass it, as written, in
// capitals and capitalized, or a code in that language would be missed.
func TestMayNameCodeCoversEveryName(t *testing.T) {
	var all []string
	all = append(all, otpNames...)
	for w := range codeWords {
		all = append(all, w)
	}
	all = append(all, "use ", "enter ")
	for _, w := range all {
		r, n := utf8.DecodeRuneInString(w)
		for _, form := range []string{w, strings.ToUpper(w), string(unicode.ToUpper(r)) + w[n:]} {
			if !mayNameCode("x " + form + " 482193") {
				t.Errorf("mayNameCode misses %q", form)
			}
		}
	}
	for _, v := range []string{"Order 482193 shipped", "Room 1204, floor 12", "2024-06-01T10:00:00Z"} {
		if mayNameCode(v) {
			t.Errorf("mayNameCode(%q) = true, want false (no code's word)", v)
		}
	}
}
