package classifier

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier/detect"
)

// The prefilter in detectValue skips values with fewer than four digits
// and no '@' or ':'. That is only safe if no detector accepts such a
// value: check every detector on short-digit shapes of every scheme.
func TestDetectorPrefilterIsSafe(t *testing.T) {
	samples := []string{"ABCDE1234F", "AB12C", "abcd@e", "fe80::a", "RSSMRA", "X1234", "ABC12", "nine", "A-B-C-1", "GB123"}
	for _, name := range detect.Names() {
		fn, _ := detect.Lookup(name)
		for _, v := range samples {
			digits, special := 0, false
			for i := 0; i < len(v); i++ {
				if v[i] >= '0' && v[i] <= '9' {
					digits++
				}
				if v[i] == '@' || v[i] == ':' {
					special = true
				}
			}
			if fn(v) && digits < 4 && !special {
				t.Errorf("detector %s accepts %q, which the prefilter skips", name, v)
			}
		}
	}
}
