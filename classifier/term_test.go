package classifier

import "testing"

// Special-category terms match whole words, and words that start with a
// term of five runes or more (inflected forms), in any case.
func TestFindTermPrefixes(t *testing.T) {
	rs := partsRuleset(t)
	health := rs.catIndex["sensitive.health"]
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"у меня диабет", true},                    // a term
		{"помогаю диабетику с питанием", true},     // an inflection not listed: starts with "диабетик"
		{"ДИАБЕТИЧЕСКИЙ центр", true},              // upper case, starts with "диабет"
		{"диаграмма продаж", false},                // shares four runes only
		{"Aa0bQz9+/dGlhYmV0aWs diabolical", false}, // base64 and a near miss (Romanian lists "diabet" itself)
		{"", false},
	} {
		s := &scratch{}
		got := rs.findTerm(s, tc.text)
		if (got >= 0) != tc.want {
			t.Errorf("findTerm(%q) = %d, want a match: %v", tc.text, got, tc.want)
		}
		if got >= 0 && got != health {
			t.Errorf("findTerm(%q) = category %s, want sensitive.health", tc.text, rs.cats[got].name)
		}
	}
}
