package classifier_test

// Red team 37: this session's own changes (a date nobody names as a
// guessed birth date, numeric ids inside longer values, citizenship and
// birth records, "none" evidence prefixes).

import (
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 37 (F1): 9df1c8a let any other age source silence a date
// under a name nothing claims: a placeholder birth date by its name
// (1900-01-01, 1970-01-01), a limit's or a parent's age the classifier
// reads as the subject's (min_age, legal_age, guardian_age,
// account_holder.age, age_range), an adult's age in a bio: the child's
// birth date under a CRM's custom field made no minor. Only a birth date
// of the subject's stated as one, and no placeholder, explains the
// other date away.
func TestRedTeam37GuessedBirthDateSilencedByAnyAge(t *testing.T) {
	rs := benchRuleset(t)
	now := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		extra string
		minor bool
	}{
		{`"dob":"1900-01-01"`, true},
		{`"dob":"01/01/1900"`, true},
		{`"dob":"1901-01-01"`, true},
		{`"dob":"1970-01-01"`, true},
		{`"min_age":18`, true},
		{`"legal_age":18`, true},
		{`"guardian_age":44`, true},
		{`"account_holder":{"age":44}`, true},
		{`"age_range":"18-24"`, true},
		{`"age":99`, true},
		{`"bio":"Mum of two, 41 years old"`, true},
		// A real birth date by its name still explains the other date away.
		{`"birth_date":"1985-04-02"`, false},
	} {
		ev := `{"email":"a@example.de","country":"DE",` + tc.extra + `,"custom_7f3a":"2014-03-02"}`
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1", Time: now}); d.Minor != tc.minor {
			t.Errorf("%s: minor %v, want %v", ev, d.Minor, tc.minor)
		}
	}
}

// Red team 37 (F6): 969d783 found a member's id of six digits or more
// inside any longer value as a whole word, and a dot or a comma counts as
// a word's end: a build's version "v2.202612.1" beside user_id 202612
// was the user's id (tokenized in every pseudonymized copy). A number is
// found only as a number of its own, not a part of a longer one; a path's
// id still is.
func TestRedTeam37NumericIDInsideALongerNumber(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		ev, path, cat string
	}{
		{`{"country":"DE","email":"a@b.de","user_id":202612,"build":"v2.202612.1"}`, "/build", "app.version"},
		{`{"country":"DE","email":"a@b.de","member_id":971202,"path":"/members_2026/_doc/971202"}`, "/path", "identity.user_id"},
		{`{"country":"DE","email":"a@b.de","member_id":971202,"path":"/members_2026/_doc/971202.json"}`, "/path", "identity.user_id"},
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		found := false
		for _, f := range d.Fields {
			if f.Path == tc.path {
				found = true
				if f.Category != tc.cat {
					t.Errorf("%s: %s is %s, want %s", tc.ev, tc.path, f.Category, tc.cat)
				}
			}
		}
		if !found {
			t.Errorf("%s: no field %s", tc.ev, tc.path)
		}
	}
}
