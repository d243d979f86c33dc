package classifier

import "testing"

// Free text is normalized before terms are matched (format characters,
// NFKC, stress accents, look-alike letters), unsegmented scripts are
// matched as substrings, and a clearly denied term does not count.
func TestFindTermNormalizedAndNegated(t *testing.T) {
	rs := partsRuleset(t)
	for _, tc := range []struct {
		text string
		want string // category, "" for none
	}{
		{"Type 1 dia\u200dbetic, runner", "sensitive.health"},   // zero-width joiner
		{"Dia\u200bbetikerin, Läuferin", "sensitive.health"},    // zero-width space
		{"\u202ediabetic\u202c runner", "sensitive.health"},     // bidi controls
		{"Ｇａｙ dad of two", "sensitive.sexual_orientation"},      // fullwidth
		{"Правосла́вна, співаю в хорі", "sensitive.religion"},   // combining stress accent
		{"Enceinte et e\u0301pileptique", "sensitive.health"},   // decomposed é
		{"proud diаbetic (Cyrillic а)", "sensitive.health"},     // Cyrillic look-alike in a Latin word
		{"男同，34岁，和老公住在成都。糖尿病患者", "sensitive.health"},            // Chinese, no spaces
		{"독실한 무슬림이고 엔지니어", "sensitive.religion"},                // Korean particle glued
		{"والسكري لم يمنعني من الجري", "sensitive.health"},      // Arabic clitic
		{"I am not religious", ""},                              // negation
		{"kein Diabetes, nur Sport", ""},                        // negation
		{"no tengo diabetes", ""},                               // negation with a linking verb
		{"Dindar değilim", ""},                                  // Turkish negation after the word
		{"not sure why, but I am diabetic", "sensitive.health"}, // not attached
	} {
		s := &scratch{}
		got := rs.findTerm(s, tc.text)
		name := ""
		if got >= 0 {
			name = rs.cats[got].name
		}
		if name != tc.want {
			t.Errorf("findTerm(%q) = %q, want %q", tc.text, name, tc.want)
		}
	}
}
