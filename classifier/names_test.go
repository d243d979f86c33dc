package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// TestNamesByValue: a person's name under a label's or an enum's name is
// found by its shape: Chinese and Korean names (no spaces, so the
// given-name test never saw them), and given names written with or
// without diacritics. Each reached pseudonymized records in clear before.
func TestNamesByValue(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		value, cat string
	}{
		{"王伟", "identity.name"},
		{"欧阳娜娜", "identity.name"},
		{"김민준", "identity.name"},
		{"Nguyễn Văn An", "identity.name"},
		{"Jurgen Weber", "identity.name"},
		{"Ahmad Karimi", "identity.name"},
		{"Roman Catholic", "sensitive.religion"},
		// labels stay labels
		{"会员", "event.type"},
		{"普通用户", "event.type"},
		{"Spring Sale", "event.type"},
		{"newsletter", "event.type"},
	} {
		d := rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","type":"` + tc.value + `"}`)})
		f := field(d, "/type")
		if f == nil || f.Category != tc.cat {
			t.Errorf("type %q: %+v, want %s", tc.value, f, tc.cat)
		}
	}
}

// TestPersonalTextUnderLabels: a profile's link, a birth date written in
// a sentence and a street address, under names a rule calls non-personal, are personal
// (both reached pseudonymized records in clear).
func TestPersonalTextUnderLabels(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		member, value string
		personal      bool
	}{
		{"referrer", "https://vk.com/id12345678", true},
		{"source", "t.me/ivanpetrov", true},
		{"referrer", "https://www.linkedin.com/in/olga-smirnova-42/", true},
		{"utm_content", "born 12.03.2011", true},
		{"source", "geb. 1. Juni 2014 in Berlin", true},
		{"type", "Дата рождения: 01.06.2014", true},
		{"channel", "ул. Ленина 1, Москва", true},
		{"source", "Hauptstraße 5, 10115 Berlin", true},
		{"type", "12 rue de Rivoli", true},
		{"plan", "221B Baker Street", true},
		// not a person's
		{"referrer", "https://www.google.com/search?q=shoes", false},
		{"referrer", "https://facebook.com/", false},
		{"campaign", "birthday promo 2024", false},
		{"plan", "Premium Plus 2", false},
	} {
		d := rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","` + tc.member + `":"` + tc.value + `"}`)})
		f := field(d, "/"+tc.member)
		if f == nil || f.Personal != tc.personal {
			t.Errorf("%s %q: %+v, want personal=%v", tc.member, tc.value, f, tc.personal)
		}
	}
}

func TestPersonShaped(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"Tanvir Rahman", true},
		{"Wiktoria Zielińska", true},
		{"João da Silva", true},
		{"O'Neil Smith-Jones", true},
		{"Sean McDonald", true},
		{"IVAN PETROV", true},
		{"محمد رحمن", true},
		{"Tanvir", false},                    // one word: no whole name
		{"RudderLabs JavaScript SDK", false}, // capitals inside a word
		{"Acme Mobile", false},               // a thing's word
		{"Standard Shipping", false},
		{"Google SDK", false},
		{"Anna API", false},
		{"google-oauth2", false},
		{"Ward 7 North", false},
		{"A B", false},
		{"Dr Who Is Back Again", false}, // five words
	} {
		if got := classifier.PersonShaped(tc.v); got != tc.want {
			t.Errorf("personShaped(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}
