package classifier_test

import (
	"slices"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// redTeam30Countries decides ev and returns its countries.
func redTeam30Countries(t *testing.T, rs *classifier.Ruleset, ev string) []string {
	t.Helper()
	d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if d.Failed() {
		t.Fatalf("%s: reason %q", ev, d.Reason)
	}
	return countriesOf(d)
}

// Red team 30 (F1): a list of [name, value] pairs read as Sentry's tags
// as soon as one pair's name was a name the rules know, and every pair's
// name was then a label in clear. A list of guests' names with one
// first name that is also a field's name ("Faith", "Price", "Page") put
// every other first name in clear in the pseudonymized record; a value
// took a numeric name's category whatever its type ("Price": "Anna" was
// an amount) and a chance name's label ("Page": "Boris" a referrer).
func TestRedTeam30PairListOfPeople(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, list string
		clear      []string // must not be in clear
	}{
		{"first names", `[["Faith","Hill"],["Anna","Smith"],["Boris","Ivanov"]]`, []string{`"Anna"`, `"Boris"`, `"Smith"`, `"Ivanov"`}},
		{"surname first", `[["Price","Anna"],["Page","Boris"],["Lopez","Maria"],["Ivanova","Olga"]]`, []string{`"Anna"`, `"Boris"`, `"Lopez"`, `"Maria"`, `"Ivanova"`, `"Olga"`}},
		{"a sentry tag named by a person", `[["browser","Firefox"],["Kovalchuk","Zhenya"]]`, []string{`"Kovalchuk"`, `"Zhenya"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := `{"citizenship":"RU","user":{"email":"a@example.ru"},"guests":` + tc.list + `}`
			_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			for _, v := range tc.clear {
				if where := notInClear(recs, v); where != "" {
					t.Errorf("%s is in clear in the %s record", v, where)
				}
			}
		})
	}
	// Sentry's tags still read: the user tag's value is named by "user",
	// a known name stays a label.
	ev := `{"citizenship":"RU","user":{"email":"a@example.ru"},"tags":[["browser","Firefox 127.0"],["user","id:1314692"]]}`
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if where := notInClear(recs, "1314692"); where != "" {
		t.Errorf("the user tag's id is in clear in the %s record", where)
	}
	if f := field(d, "/tags/0/0"); f == nil || f.Personal {
		t.Errorf("/tags/0/0: %+v, want a label", f)
	}
}

// Red team 30 (F2): a postal code's notation was read in every address
// field, and Malta's ("VLT 1117": three letters, four digits) matches an
// address line's "Apt 1234" or "Ste 1200", and an Australian "NSW 2000":
// a US or Australian subject got Malta's GDPR and a full copy in the EU
// region.
func TestRedTeam30PostcodeNotationOnlyInPostcodes(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev string
		want     []string
	}{
		{"apartment in line 2", `{"email":"j@example.com","locale":"en-US","address":{"line1":"12 Main St","line2":"Apt 1234","city":"Austin"}}`, []string{"US"}},
		{"suite", `{"email":"j@example.com","locale":"en-US","address":{"street":"500 Howard St","suite":"STE 1200"}}`, []string{"US"}},
		{"australian state and postcode", `{"email":"j@example.com","locale":"en-AU","address":{"line1":"1 George St","postcode":"NSW 2000"}}`, []string{"AU"}},
		// A postcode's own field still names its country.
		{"british postcode", `{"email":"j@example.com","address":{"line1":"1 High St","postcode":"NR21 0HX"}}`, []string{"GB"}},
		{"maltese postcode", `{"email":"j@example.com","address":{"line1":"12 Triq il-Kbira","postcode":"VLT 1117"}}`, []string{"MT"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := redTeam30Countries(t, rs, tc.ev); !slices.Equal(got, tc.want) {
				t.Errorf("countries %v, want %v", got, tc.want)
			}
		})
	}
}

// Red team 30 (F3): an address in chat text was read with its street's
// number "a few place names back", but any number did: a count, a
// version or a time before a city and its country ("thanks for the 5
// stars, Berlin, Germany") made that country the subject's address and
// outweighed the locale, sending the full record to another region.
func TestRedTeam30NumberBeforePlacesIsNoAddress(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		msg  string
		want []string
	}{
		{"Thanks for the 5 stars, Berlin, Germany", []string{"GB"}},
		{"Version 2.1 released today, Moscow, Russia", []string{"GB"}},
		{"Meeting at 10am, Tokyo, Japan", []string{"GB"}},
		{"We sold 300 units last quarter, Great job team, United States", []string{"GB"}},
		// A house number before its street still reads.
		{"my new address is 742 Evergreen Terrace, Chicago, United States", []string{"US"}},
		{"Blk 7 Lot 12 Sampaguita St., Brgy. Commonwealth, Davao City, Pilipinas", []string{"PH"}},
	} {
		t.Run(tc.msg, func(t *testing.T) {
			ev := `{"user":{"email":"j@example.com","locale":"en-GB"},"message":"` + tc.msg + `"}`
			if got := redTeam30Countries(t, rs, ev); !slices.Equal(got, tc.want) {
				t.Errorf("countries %v, want %v", got, tc.want)
			}
		})
	}
}

// Red team 30 (F4): a subject record's name under a thing's context
// shielded its places from that context, but a seller's "user", a
// merchant's "profile", an employer's "contact_person" are the thing's
// own people, not the subject: the seller's Moscow address made the
// buyer Russian (a full copy in the ru region, the US one dropped). A
// customer or a guest of the thing is still the subject's.
func TestRedTeam30ThingsOwnPeopleAreNoSubject(t *testing.T) {
	rs := benchRuleset(t)
	place := `{"address":{"city":"Moscow","country":"RU"}}`
	for _, path := range []string{`"seller":{"user":`, `"merchant":{"profile":`, `"employer":{"contact_person":`, `"hotel":{"user":`, `"company":{"employee":`} {
		t.Run(path, func(t *testing.T) {
			ev := `{"email":"j@example.com","locale":"en-US",` + path + place + `}}`
			if got := redTeam30Countries(t, rs, ev); !slices.Equal(got, []string{"US"}) {
				t.Errorf("countries %v, want [US]", got)
			}
		})
	}
	for _, path := range []string{`"hotel_reservation":{"customer":`, `"merchant":{"customer":`} {
		t.Run(path, func(t *testing.T) {
			ev := `{"email":"j@example.com",` + path + place + `}}`
			if got := redTeam30Countries(t, rs, ev); !slices.Contains(got, "RU") {
				t.Errorf("countries %v, want RU", got)
			}
		})
	}
}
