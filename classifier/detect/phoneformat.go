package detect

import (
	"strings"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// A phone written without its country code is valid in many countries
// ("06 12 34 08 76" in 29), but the way it is written is not: each country
// groups its numbers its own way, and people copy the grouping they see.
// "(11) 96123-9146" is Brazil's notation, "090-1234-5752" Japan's and
// "8 (916) 123-45-67" Russia's. A number valid in a country and written
// exactly as that country's national notation, in one country only, names
// it about as well as a calling code would: weak phone evidence.

// layoutOf is a phone's notation with its digits folded to 'd', all but
// the first when keepFirst: a trunk prefix ("0", Russia's "8") is part of
// a notation, other digits are not. "090-1234-5752" is "0dd-dddd-dddd",
// "(11) 96123-9146" "(dd) ddddd-dddd".
func layoutOf(s string, keepFirst bool) string {
	b := []byte(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			if keepFirst {
				keepFirst = false
				continue
			}
			b[i] = 'd'
		}
	}
	return string(b)
}

var (
	layoutsOnce sync.Once
	layouts     map[string][]string // notation layout -> regions that write numbers so
)

// regionLayouts indexes the national notation of every region's example
// numbers (mobile, fixed line) by layout, once: the candidates a written
// number is checked against, instead of all 245 regions.
func regionLayouts() map[string][]string {
	layoutsOnce.Do(func() {
		layouts = map[string][]string{}
		for r := range phonenumbers.GetSupportedRegions() {
			for _, t := range []phonenumbers.PhoneNumberType{phonenumbers.MOBILE, phonenumbers.FIXED_LINE} {
				n := phonenumbers.GetExampleNumberForType(r, t)
				if n == nil {
					continue
				}
				f := phonenumbers.Format(n, phonenumbers.NATIONAL)
				p := phonenumbers.GetNddPrefixForRegion(r, true)
				l := layoutOf(f, p != "" && strings.HasPrefix(strings.TrimLeft(f, "("), p))
				if !strings.ContainsRune(l, 'd') {
					continue
				}
				rs := layouts[l]
				found := false
				for _, x := range rs {
					found = found || x == r
				}
				if !found {
					layouts[l] = append(rs, r)
				}
			}
		}
	})
	return layouts
}

// NationalNotationRegion returns the one region in which s, a phone
// written without a country code, is a valid number written exactly in
// that region's national notation ("(11) 96123-9146": BR,
// "090-1234-5752": JP); false when none or several are ("06 12 34 08 76"
// is written so in France, Monaco and Morocco).
func NationalNotationRegion(s string) (string, bool) {
	s = trim(s)
	if len(s) < 6 || len(s) > 24 || s[0] == '+' {
		return "", false
	}
	ls := regionLayouts()
	a, b := ls[layoutOf(s, true)], ls[layoutOf(s, false)]
	found := ""
	for _, r := range append(a[:len(a):len(a)], b...) {
		n, err := phonenumbers.Parse(s, r)
		if err != nil || !phonenumbers.IsValidNumberForRegion(n, r) || phonenumbers.Format(n, phonenumbers.NATIONAL) != s {
			continue
		}
		if found != "" {
			return "", false
		}
		found = r
	}
	return found, found != ""
}
