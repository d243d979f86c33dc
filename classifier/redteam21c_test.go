package classifier_test

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// rt21Now is the red team's clock: every subject below is 15 then.
var rt21Now = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// Red team 21 (F7): birth dates in the calendars people are registered
// in: Taiwan's Minguo (ROC) years, Saudi Hijri dates under Nafath's and
// Yakeen's names, Thai abbreviated months with a Buddhist-era year, and
// Nepal's Bikram Sambat.
func TestRedTeam21OtherCalendarsBirthDates(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev string
		minor    bool
	}{
		{"ROC era, 民國", `{"user":{"email":"k@example.tw","country":"TW","birthday":"民國100年2月3日"}}`, true},
		{"ROC era, 民国 and spaces", `{"user":{"email":"k@example.tw","country":"TW","birthday":"民国 100 年 2 月 3 日"}}`, true},
		{"ROC year, slashed, in TW", `{"user":{"email":"k@example.tw","country":"TW","birthday":"100/02/03"}}`, true},
		{"ROC year, seven digits, in TW", `{"user":{"email":"k@example.tw","country":"TW","birthday":"1000203"}}`, true},
		{"ROC year of an adult", `{"user":{"email":"k@example.tw","country":"TW","birthday":"79/02/03"}}`, false},
		{"ROC era of an adult", `{"user":{"email":"k@example.tw","country":"TW","birthday":"民國79年2月3日"}}`, false},
		{"Hijri under Nafath's dateOfBirthH", `{"user":{"email":"k@example.sa","country":"SA","nationalId":"1012345678","dateOfBirthH":"1432/03/01","dateOfBirthG":null}}`, true},
		{"Hijri under birthDateHijri, day first", `{"user":{"email":"k@example.sa","country":"SA","birthDateHijri":"01/03/1432"}}`, true},
		{"Hijri of an adult", `{"user":{"email":"k@example.sa","country":"SA","dateOfBirthH":"1410/03/01"}}`, false},
		{"Thai abbreviated February, BE year", `{"user":{"email":"k@example.co.th","country":"TH","วันเกิด":"3 ก.พ. 2553"}}`, true},
		{"Thai abbreviated February, พ.ศ.", `{"user":{"email":"k@example.co.th","country":"TH","birthday":"3 ก.พ. พ.ศ. 2553"}}`, true},
		{"Thai abbreviated, adult", `{"user":{"email":"k@example.co.th","country":"TH","birthday":"3 ก.พ. 2530"}}`, false},
		{"Nepal BS, marked", `{"user":{"email":"k@example.com.np","country":"NP","dob":"2067-10-20 BS"}}`, true},
		{"Nepal BS, in NP unmarked", `{"user":{"email":"k@example.com.np","country":"NP","dob":"2067-10-20"}}`, true},
		{"Nepal BS, Devanagari era mark", `{"user":{"email":"k@example.com.np","country":"NP","dob":"२०६७/१०/२० वि.सं."}}`, true},
		{"Nepal BS of an adult", `{"user":{"email":"k@example.com.np","country":"NP","dob":"2040-10-20 BS"}}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: rt21Now})
			if d.Failed() || d.Minor != tc.minor {
				t.Errorf("%s: reason %q minor %v, want %v", tc.ev, d.Reason, d.Minor, tc.minor)
			}
		})
	}
}

// rt21Special runs events whose field at path must be a special category
// (sensitive, removed from every copy but the full one), and whose value
// must not survive, in clear or as a token, in the pseudonymized record.
func rt21Special(t *testing.T, cases []struct{ name, ev, path, cat string }) {
	t.Helper()
	rs := benchRuleset(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: rt21Now})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			f := field(d, tc.path)
			if f == nil || f.Category != tc.cat {
				t.Fatalf("%s: got %+v, want %s", tc.path, f, tc.cat)
			}
			if strings.HasPrefix(tc.cat, "sensitive.") && !f.Sensitive {
				t.Fatalf("%s: %s yet not sensitive", tc.path, tc.cat)
			}
			if !strings.HasPrefix(tc.cat, "sensitive.") {
				return
			}
			val := rt21Value(t, tc.ev, tc.path)
			for _, r := range recs {
				if r.Projection != "pseudonymized" && r.Projection != "redacted" {
					continue
				}
				if got := rt21Value(t, string(r.Value), tc.path); got != nil {
					t.Errorf("%s record keeps %s (%v): %s", r.Projection, tc.path, got, r.Value)
				}
				if v, ok := val.(string); ok && bytes.Contains(r.Value, []byte(v)) {
					t.Errorf("%s record keeps %q: %s", r.Projection, v, r.Value)
				}
			}
		})
	}
}

// rt21Value is the value at path (a JSON pointer without escapes) in
// document doc, or nil.
func rt21Value(t *testing.T, doc, path string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatalf("%s: %v", doc, err)
	}
	for _, k := range strings.Split(path, "/")[1:] {
		switch c := v.(type) {
		case map[string]any:
			v = c[k]
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i >= len(c) {
				return nil
			}
			v = c[i]
		default:
			return nil
		}
	}
	return v
}

// Red team 21 (F8): a leave's or an absence's type that says sickness or
// maternity is health data, under a type's, a category's or a status's
// name, as words, as a code, in several languages.
func TestRedTeam21AbsenceTypes(t *testing.T) {
	emp := `"employee":{"id":"E1","name":"Anna Schmidt","email":"anna@firma.de","country":"DE"}`
	abs := func(v string) string {
		return `{"type":"absence.created",` + emp + `,"absence":{"type":"` + v + `","start":"2026-06-01","end":"2026-06-05"}}`
	}
	cases := []struct{ name, ev, path, cat string }{
		{"Maternity leave", abs("Maternity leave"), "/absence/type", "sensitive.health"},
		{"Sick leave", abs("Sick leave"), "/absence/type", "sensitive.health"},
		{"Sickness", abs("Sickness"), "/absence/type", "sensitive.health"},
		{"Krankheit mit AU", abs("Krankheit mit AU"), "/absence/type", "sensitive.health"},
		{"Krank", abs("Krank"), "/absence/type", "sensitive.health"},
		{"Arbeitsunfähigkeit", abs("Arbeitsunfähigkeit"), "/absence/type", "sensitive.health"},
		{"Mutterschutz", abs("Mutterschutz"), "/absence/type", "sensitive.health"},
		{"congé maladie", abs("Congé maladie"), "/absence/type", "sensitive.health"},
		{"congé maternité", abs("Congé maternité"), "/absence/type", "sensitive.health"},
		{"baja por enfermedad", abs("Baja por enfermedad"), "/absence/type", "sensitive.health"},
		{"baja por maternidad", abs("Baja por maternidad"), "/absence/type", "sensitive.health"},
		{"licença médica", abs("Licença médica"), "/absence/type", "sensitive.health"},
		{"zwolnienie lekarskie (L4)", abs("Zwolnienie lekarskie (L4)"), "/absence/type", "sensitive.health"},
		{"больничный", abs("Больничный"), "/absence/type", "sensitive.health"},
		{"病假", abs("病假"), "/absence/type", "sensitive.health"},
		{"産休", abs("産休"), "/absence/type", "sensitive.health"},
		{"병가", abs("병가"), "/absence/type", "sensitive.health"},
		{"ziekteverlof", abs("Ziekteverlof"), "/absence/type", "sensitive.health"},
		{"sjukfrånvaro", abs("Sjukfrånvaro"), "/absence/type", "sensitive.health"},
		{"Medical appointment", abs("Medical appointment"), "/absence/type", "sensitive.health"},
		{"Personio's category code", `{"type":"absence.created",` + emp + `,"attributes":{"status":"approved","time_off_type":{"type":"TimeOffType","attributes":{"id":3,"name":"Sick leave","category":"sick_leave"}}}}`, "/attributes/time_off_type/attributes/category", "sensitive.health"},
		{"Personio's type name", `{"type":"absence.created",` + emp + `,"attributes":{"status":"approved","time_off_type":{"type":"TimeOffType","attributes":{"id":3,"name":"Sick leave","category":"sick_leave"}}}}`, "/attributes/time_off_type/attributes/name", "sensitive.health"},
		{"a leave type code", `{"type":"leave.created",` + emp + `,"leave":{"leave_type":"MATERNITY_LEAVE"}}`, "/leave/leave_type", "sensitive.health"},
		{"a status", `{"type":"leave.created",` + emp + `,"status":"on_sick_leave"}`, "/status", "sensitive.health"},
		// Not every leave is health: a holiday, a parental leave, a
		// state of a request stay labels.
		{"Vacation", abs("Vacation"), "/absence/type", "event.type"},
		{"Urlaub", abs("Urlaub"), "/absence/type", "event.type"},
		{"Parental leave", abs("Parental leave"), "/absence/type", "event.type"},
		{"a plan's code", `{"type":"x",` + emp + `,"plan":"pro_monthly"}`, "/plan", "meta.plan"},
	}
	rt21Special(t, cases)
}

// Red team 21 (F9): what a booking is for (addiction, STIs, psychiatry,
// fertility, sexology, mental health), and a doctor's name with their
// specialty, are health data, not a name to tokenize.
func TestRedTeam21BookingMotives(t *testing.T) {
	motive := func(v string) string {
		return `{"type":"booking.created","patient":{"email":"p@example.de","country":"DE"},"booking":{"id":"b1","start":"2026-06-10T10:00:00Z","visit_motive":{"id":123,"name":"` + v + `"}}}`
	}
	doctor := func(v string) string {
		return `{"type":"booking.created","patient":{"email":"p@example.de","country":"DE"},"booking":{"id":"b1","doctor":{"id":77,"name":"` + v + `"}}}`
	}
	var cases []struct{ name, ev, path, cat string }
	for _, m := range []string{
		"Erstgespräch Suchtberatung", "Substitutionsambulanz", "Poradnia leczenia uzależnień",
		"Unidad de conductas adictivas", "Dépistage IST", "Приём венеролога", "Visita psichiatrica",
		"心療内科 初診", "精神科 再診", "정신건강의학과", "מרפאה לבריאות הנפש", "จิตแพทย์", "मनोचिकित्सक",
		"Suivi PMA", "Consultorio IVG", "Wizyta u seksuologa", "Intake GGZ",
	} {
		cases = append(cases, struct{ name, ev, path, cat string }{m, motive(m), "/booking/visit_motive/name", "sensitive.health"})
	}
	for _, n := range []string{
		"Dr. Carlos Garcia - Psiquiatra", "Dr. Anna Weber - Psychiaterin", "Dr. Maria Rossi (ginecologa)",
		"Dr. John Smith, Oncologist", "Anna Weber, LCSW (therapist)",
	} {
		cases = append(cases, struct{ name, ev, path, cat string }{n, doctor(n), "/booking/doctor/name", "sensitive.health"})
	}
	// A doctor's or a patient's name alone stays a name.
	for _, n := range []string{"Dr. Carlos Garcia", "Anna Weber", "John Baptist Moreno", "Moses Baptist", "Anna Weber - Berlin"} {
		cases = append(cases, struct{ name, ev, path, cat string }{n, doctor(n), "/booking/doctor/name", "identity.name"})
	}
	rt21Special(t, cases)
}

// Red team 21 (F12): a yes/no string under a personal name is a two-valued
// answer: its token would be one of two constants, read back from one
// known answer, as a JSON boolean's was (dfc6e78). And questions about
// pregnancy, smoking and party membership are special categories.
func TestRedTeam21YesNoStrings(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev string
		gone     []string // values that must not reach the pseudonymized record, in clear or as a token
	}{
		{"ru answers", `{"user":{"email":"a@example.de","country":"DE"},"answers":{"Вы беременны?":"да","Вы курите?":"нет"}}`, []string{"беременны", "курите"}},
		{"en survey", `{"user":{"email":"b@example.de","country":"DE"},"survey":[{"q":"Are you pregnant?","a":"Yes"},{"q":"Do you smoke?","a":"No"}]}`, []string{"pregnant", "smoke"}},
		{"zh party member", `{"user":{"email":"c@example.de","country":"DE"},"answers":{"你是党员吗？":"是"}}`, []string{"党员"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: rt21Now})
			if d.Failed() {
				t.Fatalf("failed: %s", d.Reason)
			}
			for _, r := range recs {
				if r.Projection != "pseudonymized" {
					continue
				}
				for _, g := range tc.gone {
					if bytes.Contains(r.Value, []byte(g)) {
						t.Errorf("pseudonymized keeps %q: %s", g, r.Value)
					}
				}
				if bytes.Count(r.Value, []byte("tok_")) > 2 {
					t.Errorf("pseudonymized keeps answers' tokens: %s", r.Value)
				}
			}
		})
	}
	// Yes/no strings under unknown personal names leave the pseudonymized
	// record; other short values keep their tokens.
	ev := `{"email":"a@b.de","country":"DE","custom":{"q_17":"да","q_18":"Yes","q_19":"no","q_20":"Nein","q_21":"是","q_22":"否","q_23":"N","q_24":"Sí","q_30":"Berlin-Mitte","q_31":"7"}}`
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1", Time: rt21Now})
	if d.Failed() {
		t.Fatalf("failed: %s", d.Reason)
	}
	seen := false
	for _, r := range recs {
		if r.Projection != "pseudonymized" {
			continue
		}
		seen = true
		for _, k := range []string{"q_17", "q_18", "q_19", "q_20", "q_21", "q_22", "q_23", "q_24"} {
			if bytes.Contains(r.Value, []byte(`"`+k+`"`)) {
				t.Errorf("pseudonymized keeps the yes/no answer %s: %s", k, r.Value)
			}
		}
		for _, k := range []string{`"q_30":"tok_`, `"q_31":"tok_`, `"email":"tok_`} {
			if !bytes.Contains(r.Value, []byte(k)) {
				t.Errorf("pseudonymized lost %s: %s", k, r.Value)
			}
		}
	}
	if !seen {
		t.Fatal("no pseudonymized record")
	}
	for _, tc := range []struct{ name, ev, path, cat string }{
		{"ru pregnancy question", `{"email":"a@b.de","country":"DE","form":[{"question":"Вы беременны?","answer":"да"}]}`, "/form/0/question", "sensitive.health"},
		{"ru smoking question", `{"email":"a@b.de","country":"DE","form":[{"question":"Вы курите?","answer":"нет"}]}`, "/form/0/question", "sensitive.health"},
		{"en smoking question", `{"email":"a@b.de","country":"DE","form":[{"question":"Do you smoke?","answer":"No"}]}`, "/form/0/question", "sensitive.health"},
		{"de smoking question", `{"email":"a@b.de","country":"DE","form":[{"question":"Rauchen Sie?","answer":"Nein"}]}`, "/form/0/question", "sensitive.health"},
		{"zh party member question", `{"email":"a@b.de","country":"DE","form":[{"question":"你是党员吗？","answer":"是"}]}`, "/form/0/question", "sensitive.political"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: rt21Now})
			if f := field(d, tc.path); f == nil || f.Category != tc.cat {
				t.Fatalf("%s: got %+v, want %s", tc.path, f, tc.cat)
			}
		})
	}
}

// Red team 21 (F14): what a pharmacy sells is health data: drugs by name
// (insulin, lithium, the morning-after pill, testosterone), glucose test
// strips, and any line of an order whose article number is a pharmacy's
// (a German PZN).
func TestRedTeam21PharmacyLines(t *testing.T) {
	line := func(country, sku, name string) string {
		return `{"type":"order.paid","customer":{"email":"a@example.de","country":"` + country + `"},"line_items":[{"sku":"` + sku + `","name":"` + name + `","quantity":1,"price":"19.99"}]}`
	}
	var cases []struct{ name, ev, path, cat string }
	for _, n := range []string{"Lithiumcarbonat 400", "PiDaNa 1,5 mg (Pille danach)", "Insulin glargin", "Accu-Chek Teststreifen", "Testosteron Enantat 250", "Lithium carbonate 300mg", "Lantus insulin pen"} {
		cases = append(cases, struct{ name, ev, path, cat string }{n, line("DE", "A-1", n), "/line_items/0/name", "sensitive.health"})
	}
	// A pharmacy's article number says what shop sold it.
	cases = append(cases, struct{ name, ev, path, cat string }{"a PZN's line", line("DE", "PZN-00001099", "Mucosolvan Saft"), "/line_items/0/name", "sensitive.health"})
	cases = append(cases, struct{ name, ev, path, cat string }{"a PZN's line, pzn member", `{"type":"order.paid","customer":{"email":"a@example.de","country":"DE"},"line_items":[{"pzn":"04114918","title":"Ibu 400","qty":1}]}`, "/line_items/0/title", "sensitive.health"})
	// A lithium battery, a shop's goods stay the shop's.
	cases = append(cases, struct{ name, ev, path, cat string }{"a lithium battery", line("DE", "B-7", "Lithium battery CR2032"), "/line_items/0/name", "meta.technical"})
	cases = append(cases, struct{ name, ev, path, cat string }{"pool test strips", line("DE", "B-8", "Pool Teststreifen"), "/line_items/0/name", "meta.technical"})
	rt21Special(t, cases)
}
