package classifier_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// jcardRU is the contact of the issue: a Russian subject as jCard (RFC
// 7095), nothing outside it names a country.
const jcardRU = `["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Иван Петров"], ["n", {}, "text", ["Петров", "Иван", "", "", ""]], ["bday", {}, "date", "1990-02-03"], ["gender", {}, "text", "M"], ["adr", {"type": "home"}, "text", ["", "", "ул. Ленина 1", "Москва", "", "101000", "Russia"]], ["tel", {"type": ["voice", "cell"]}, "uri", "tel:+7-916-123-45-67"], ["email", {}, "text", "ivan@example.ru"], ["lang", {"pref": "1"}, "language-tag", "ru"], ["tz", {}, "utc-offset", "+03:00"], ["geo", {}, "uri", "geo:55.75,37.61"], ["key", {}, "uri", "..."], ["x-citizenship", {}, "text", "RU"]]]`

// jcardB1 is RFC 7095's Appendix B.1, the jCard of RFC 6350's example.
const jcardB1 = `["vcard", [
  ["version", {}, "text", "4.0"],
  ["fn", {}, "text", "Simon Perreault"],
  ["n", {}, "text", ["Perreault", "Simon", "", "", ["ing. jr", "M.Sc."]]],
  ["bday", {}, "date-and-or-time", "--02-03"],
  ["anniversary", {}, "date-and-or-time", "2009-08-08T14:30:00-05:00"],
  ["gender", {}, "text", "M"],
  ["lang", {"pref": "1"}, "language-tag", "fr"],
  ["lang", {"pref": "2"}, "language-tag", "en"],
  ["org", {"type": "work"}, "text", "Viagenie"],
  ["adr", {"type": "work"}, "text", ["", "Suite D2-630", "2875 Laurier", "Quebec", "QC", "G1V 2M2", "Canada"]],
  ["tel", {"type": ["work", "voice"], "pref": "1"}, "uri", "tel:+1-418-656-9254;ext=102"],
  ["tel", {"type": ["work", "cell", "voice", "video", "text"]}, "uri", "tel:+1-418-262-6501"],
  ["email", {"type": "work"}, "text", "simon.perreault@viagenie.ca"],
  ["geo", {"type": "work"}, "uri", "geo:46.772673,-71.282945"],
  ["key", {"type": "work"}, "uri", "http://www.viagenie.ca/simon.perreault/simon.asc"],
  ["tz", {}, "utc-offset", "-05:00"],
  ["url", {"type": "home"}, "uri", "http://nomis80.org"]]]`

// jcardSection3 gathers the property examples of RFC 7095 section 3
// (groups, multi-valued and structured values, value types, extensions)
// in one card, with a German address.
const jcardSection3 = `["vcard", [
  ["version", {}, "text", "4.0"],
  ["fn", {"group": "contact"}, "text", "Mr. John Q. Public, Esq."],
  ["n", {"sort-as": ["Public", "John"]}, "text", ["Public", "John", ["Quinlan", "Q."], "Mr.", "Esq."]],
  ["categories", {}, "text", "computers", "cameras"],
  ["adr", {}, "text", ["", "", "Hauptstraße 5", "Berlin", "", "10115", "Deutschland"]],
  ["tel", {}, "uri", "tel:+49-30-1234567"],
  ["bday", {}, "date", "1985-04-12"],
  ["lang", {}, "language-tag", "de"],
  ["tz", {}, "utc-offset", "+01:00"],
  ["x-karma-points", {}, "integer", 42],
  ["x-grade", {}, "float", 1.3],
  ["x-non-smoking", {}, "boolean", true],
  ["x-time-local", {}, "time", "12:30:00"]]]`

// jcalDE is a jCal (RFC 7265) event with an attendee, from a German
// producer.
const jcalDE = `{"country": "DE", "calendar": ["vcalendar",
  [["calscale", {}, "text", "GREGORIAN"], ["prodid", {}, "text", "-//Example Inc.//Example Calendar//EN"], ["version", {}, "text", "2.0"]],
  [["vevent",
    [["dtstamp", {}, "date-time", "2008-02-05T19:12:24Z"],
     ["summary", {}, "text", "Planning meeting"],
     ["attendee", {"cn": "Anna Schmidt", "partstat": "ACCEPTED"}, "cal-address", "mailto:anna.schmidt@example.de"]],
    []]]]}`

var tupleTime = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

// A jCard's properties are named by their names, which are values:
// jurisdictions come from its address, names, phones and e-mail
// addresses are recognised, and the names are labels.
func TestJCardJurisdictions(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct {
		name, event, country string
		basis                string // one basis the country must rest on
	}{
		{"issue example, alone", `{"contact": ` + jcardRU + `}`, "RU", "citizenship"},
		{"without the citizenship, the address", `{"contact": ` + strings.Replace(jcardRU, `, ["x-citizenship", {}, "text", "RU"]`, "", 1) + `}`, "RU", "address"},
		{"an array of cards", `{"contacts": [` + jcardB1 + `, ` + jcardRU + `]}`, "RU", "citizenship"},
		{"RFC 7095 B.1", `{"card": ` + jcardB1 + `}`, "CA", "address"},
		{"RFC 7095 section 3, German address", `{"contact": ` + jcardSection3 + `}`, "DE", "address"},
		{"jCal", jcalDE, "DE", "residence"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(c.event), Source: "t/0/1", Time: tupleTime})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			for _, j := range d.Jurisdictions {
				if j.Country == c.country {
					for _, b := range j.Basis {
						if b == c.basis {
							return
						}
					}
					t.Fatalf("%s rests on %v, want %s among them", c.country, j.Basis, c.basis)
				}
			}
			t.Fatalf("no %s among %+v", c.country, d.Jurisdictions)
		})
	}
}

func TestJCardLeafCategories(t *testing.T) {
	rs := benchRuleset(t)
	events := map[string]string{
		"ru":  `{"contact": ` + jcardRU + `}`,
		"b1":  `{"card": ` + jcardB1 + `}`,
		"s3":  `{"contact": ` + jcardSection3 + `}`,
		"cal": jcalDE,
	}
	cases := []struct{ event, path, cat string }{
		{"ru", "/contact/0", "event.type"},          // "vcard"
		{"ru", "/contact/1/1/0", "event.type"},      // "fn"
		{"ru", "/contact/1/1/2", "event.type"},      // "text"
		{"ru", "/contact/1/1/3", "identity.name"},   // fn
		{"ru", "/contact/1/2/3/0", "identity.name"}, // n: family
		{"ru", "/contact/1/2/3/1", "identity.name"}, // n: given
		{"ru", "/contact/1/3/3", "identity.dob"},
		{"ru", "/contact/1/4/3", "identity.gender"},
		{"ru", "/contact/1/5/1/type", "event.type"},
		{"ru", "/contact/1/5/3/2", "contact.address"}, // street
		{"ru", "/contact/1/5/3/3", "geo.city"},        // locality
		{"ru", "/contact/1/5/3/5", "contact.postcode"},
		{"ru", "/contact/1/5/3/6", "geo.country"},
		{"ru", "/contact/1/6/1/type/1", "event.type"}, // "cell"
		{"ru", "/contact/1/6/3", "contact.phone"},
		{"ru", "/contact/1/7/3", "contact.email"},
		{"ru", "/contact/1/8/1/pref", "event.type"},
		{"ru", "/contact/1/8/3", "device.locale"},
		{"ru", "/contact/1/9/3", "device.timezone"},
		{"ru", "/contact/1/10/3", "geo.precise"},
		{"ru", "/contact/1/12/3", "identity.citizenship"}, // x-citizenship
		{"b1", "/card/1/2/3/4/0", "identity.name"},        // a multi-valued suffix
		{"b1", "/card/1/8/3", "identity.employer"},        // org: the subject's employer
		{"b1", "/card/1/9/3/1", "contact.address"},        // extended address
		{"b1", "/card/1/10/3", "contact.phone"},
		{"b1", "/card/1/12/3", "contact.email"},
		{"s3", "/contact/1/1/1/group", "event.type"},
		{"s3", "/contact/1/2/1/sort-as/0", "identity.name"},
		{"s3", "/contact/1/2/3/2/0", "identity.name"}, // additional names: "Quinlan"
		{"s3", "/contact/1/2/3/3", "identity.name"},   // prefix
		{"cal", "/calendar/2/0/0", "event.type"},      // "vevent"
		{"cal", "/calendar/2/0/1/2/1/cn", "identity.name"},
		{"cal", "/calendar/2/0/1/2/1/partstat", "event.type"},
		{"cal", "/calendar/2/0/1/2/3", "contact.email"},
	}
	decisions := map[string]*classifier.Decision{}
	for k, ev := range events {
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1", Time: tupleTime})
		if d.Failed() {
			t.Fatalf("%s failed: %s %s", k, d.Reason, d.Detail)
		}
		decisions[k] = d
	}
	for _, c := range cases {
		f := field(decisions[c.event], c.path)
		if f == nil {
			t.Errorf("%s: no field %s", c.event, c.path)
			continue
		}
		if f.Category != c.cat {
			t.Errorf("%s %s: %s by %s, want %s", c.event, c.path, f.Category, f.DetectedBy, c.cat)
		}
	}
}

// A jCard's bday makes a minor a minor; a birthday without a year
// (RFC 6350's --02-03) makes nobody one.
func TestJCardBirthdaySetsMinor(t *testing.T) {
	rs := benchRuleset(t)
	minor := strings.Replace(jcardRU, "1990-02-03", "2012-02-03", 1)
	d, _ := process(rs, classifier.Input{Value: []byte(`{"contact": ` + minor + `}`), Source: "t/0/1", Time: tupleTime})
	if d.Failed() || !d.Minor {
		t.Errorf("a subject born in 2012 is not a minor in 2024: minor %v, %s %s", d.Minor, d.Reason, d.Detail)
	}
	d, _ = process(rs, classifier.Input{Value: []byte(`{"card": ` + jcardB1 + `}`), Source: "t/0/1", Time: tupleTime})
	if d.Failed() || d.Minor {
		t.Errorf("a birthday without a year made a minor: minor %v, %s %s", d.Minor, d.Reason, d.Detail)
	}
}

// No value of a jCard's names, phones, e-mail addresses or addresses
// reaches a non-full record, a key, a header or a path.
func TestJCardProjections(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct {
		event  string
		values []string
	}{
		{`{"contact": ` + jcardRU + `}`, []string{"Иван", "Петров", "Ленина", "Москва", "101000", "916-123-45-67", "ivan@example.ru", "55.75"}},
		{`{"card": ` + jcardB1 + `}`, []string{"Simon", "Perreault", "2875 Laurier", "G1V 2M2", "418-656-9254", "418-262-6501", "simon.perreault@viagenie.ca", "46.772673", "Suite D2-630"}},
		{`{"contact": ` + jcardSection3 + `}`, []string{"John", "Public", "Quinlan", "Hauptstraße", "10115", "30-1234567"}},
		{jcalDE, []string{"Anna Schmidt", "anna.schmidt@example.de"}},
	}
	for k, c := range cases {
		d, recs := process(rs, classifier.Input{Value: []byte(c.event), Source: "t/0/1", Time: tupleTime})
		if d.Failed() {
			t.Fatalf("%d failed: %s %s", k, d.Reason, d.Detail)
		}
		nonFull := 0
		for _, rec := range recs {
			if rec.Projection != "full" {
				nonFull++
			}
		}
		if nonFull < 2 { // the audit record and a projection at least
			t.Fatalf("%d: only %d non-full records", k, nonFull)
		}
		for _, v := range c.values {
			for _, rec := range recs {
				if rec.Projection != "full" && bytes.Contains(rec.Value, []byte(v)) {
					t.Errorf("%d: %q in the %s record %s", k, v, rec.Projection, rec.Value)
				}
				if bytes.Contains(rec.Key, []byte(v)) {
					t.Errorf("%d: %q in a %s key", k, v, rec.Projection)
				}
				for _, h := range rec.Headers {
					if bytes.Contains(h.Value, []byte(v)) {
						t.Errorf("%d: %q in header %s", k, v, h.Key)
					}
				}
			}
			for _, f := range d.Fields {
				if strings.Contains(f.Path, v) {
					t.Errorf("%d: %q in path %s", k, v, f.Path)
				}
			}
		}
	}
}

// tupleJunk builds a random value that looks more or less like a jCard
// or jCal: component names, tuples of any length and kinds, structured
// values nested to any depth, params of any kind.
func tupleJunk(r *rand.Rand, depth int) any {
	names := []string{"vcard", "vcalendar", "vevent", "fn", "n", "adr", "gender", "tel", "email", "x-citizenship", "x-", "", "VCARD", "sort-as", "Ivan Petrov"}
	leaf := func() any {
		switch r.IntN(6) {
		case 0:
			return names[r.IntN(len(names))]
		case 1:
			return r.IntN(100)
		case 2:
			return r.IntN(2) == 0
		case 3:
			return nil
		case 4:
			return "ivan@example.ru"
		}
		return "Deutschland"
	}
	if depth <= 0 || r.IntN(4) == 0 {
		return leaf()
	}
	switch r.IntN(5) {
	case 0:
		m := map[string]any{}
		for range r.IntN(3) {
			m[[]string{"type", "pref", "sort-as", "label", "cc", "x"}[r.IntN(6)]] = tupleJunk(r, depth-1)
		}
		return m
	case 1: // a tuple's shape
		a := []any{names[r.IntN(len(names))], map[string]any{}, "text"}
		for range r.IntN(4) {
			a = append(a, tupleJunk(r, depth-1))
		}
		return a
	case 2: // a component's shape
		a := []any{names[r.IntN(3)], []any{}}
		for range r.IntN(4) {
			a[1] = append(a[1].([]any), tupleJunk(r, depth-1))
		}
		if r.IntN(2) == 0 {
			a = append(a, []any{tupleJunk(r, depth-1)})
		}
		return a
	}
	var a []any
	for range r.IntN(5) {
		a = append(a, tupleJunk(r, depth-1))
	}
	return a
}

// Arrays that merely look like tuples neither panic nor decide
// otherwise through the plan cache than through the full walk.
func TestJCardLookalikes(t *testing.T) {
	planned := benchRuleset(t)
	full := benchRuleset(t)
	classifier.WithoutPlans(full)
	r := rand.New(rand.NewPCG(7095, 7265))
	n := 3000
	if testing.Short() {
		n = 500
	}
	for i := range n {
		ev, err := json.Marshal(map[string]any{"country": "DE", "contact": tupleJunk(r, 6)})
		if err != nil {
			t.Fatal(err)
		}
		in := classifier.Input{Value: ev, Source: fmt.Sprintf("t/0/%d", i), Time: tupleTime}
		for range 2 { // cold, then warm
			a, _ := process(planned, in)
			b, _ := process(full, in)
			if x, y := string(a.AppendJSON(nil)), string(b.AppendJSON(nil)); x != y {
				t.Fatalf("event %d: planned and full walk differ\n  %s\n  %s\n  %s", i, ev, x, y)
			}
		}
	}
}

func FuzzJCard(f *testing.F) {
	for _, s := range []string{jcardRU, jcardB1, jcardSection3, `["vcard"]`, `["vcard", [[]]]`, `["vcard", [["n", {}, "text", [[[]]]]]]`, `["vcalendar", [], [["vevent", [], [["x", [["fn", {}, "text", "a"]]]]]]]`} {
		f.Add(`{"country": "DE", "contact": ` + s + `}`)
	}
	rs := benchRuleset(f)
	f.Fuzz(func(t *testing.T, ev string) {
		process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1", Time: tupleTime})
	})
}
