package classifier

import (
	"testing"
	"time"
)

// A subject's minor status is read from ages as numbers or strings, dates
// of birth in every common notation, and national identifiers that carry a
// birth date. Each event is judged on 2026-06-01 (the record time; the
// events carry no timestamp of their own).
func TestMinorNotations(t *testing.T) {
	rs := partsRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, event string
		minor       bool
	}{
		{"age number", `{"country":"DE","age":12}`, true},
		{"age string", `{"country":"DE","age":"12"}`, true},
		{"age string with unit", `{"country":"DE","age":"12 Jahre"}`, true},
		{"age range", `{"country":"DE","age":"13-17"}`, true},
		{"adult age string", `{"country":"DE","age":"30"}`, false},
		{"iso", `{"country":"DE","dob":"2014-06-01"}`, true},
		{"compact yyyymmdd", `{"country":"DE","dob":"20140601"}`, true},
		{"dotted", `{"country":"DE","dob":"01.06.2014"}`, true},
		{"year first dotted", `{"country":"DE","dob":"2014.06.01"}`, true},
		{"english", `{"country":"GB","dob":"1 June 2014"}`, true},
		{"english us", `{"country":"US","dob":"June 1, 2014"}`, true},
		{"german", `{"country":"DE","dob":"1. Juni 2014"}`, true},
		{"spanish", `{"country":"ES","dob":"1 de junio de 2014"}`, true},
		{"russian", `{"country":"RU","dob":"1 июня 2014 г."}`, true},
		{"polish", `{"country":"PL","dob":"1 czerwca 2014 r."}`, true},
		{"chinese", `{"country":"CN","dob":"2014年6月1日"}`, true},
		{"fullwidth chinese", `{"country":"CN","dob":"２０１４年６月１日"}`, true},
		{"korean", `{"country":"KR","dob":"2014년 6월 1일"}`, true},
		{"epoch seconds", `{"country":"DE","dob":1401580800}`, true},
		{"epoch milliseconds", `{"country":"DE","dob":1401580800000}`, true},
		// Avro's date logical type and Kafka Connect's Date: days since 1970.
		{"epoch days", `{"country":"DE","dob":16222}`, true},
		{"adult epoch days", `{"country":"DE","dob":7300}`, false},
		{"yyyymmdd as a number", `{"country":"DE","dob":20140601}`, true},
		{"a birth year stays a year", `{"country":"DE","birth_year":2015}`, true},
		// Partial dates are judged at the last day they allow.
		{"a year alone as a string", `{"country":"DE","dob":"2015"}`, true},
		{"year and month", `{"country":"DE","dob":"2015-03"}`, true},
		{"month and year", `{"country":"DE","dob":"03/2015"}`, true},
		{"an adult's year alone", `{"country":"DE","dob":"1990"}`, false},
		// The producer says so.
		{"a minor flag", `{"country":"DE","is_minor":true}`, true},
		{"an under-13 flag", `{"country":"DE","under_13":true}`, true},
		{"a minor flag false", `{"country":"DE","is_minor":false}`, false},
		{"a birth date in a custom field found by its value", `{"country":"DE","6b0de1359039d37c2e18f4b0fe207b03b5d83af9":"2015-01-27"}`, true},
		{"epoch seconds string", `{"country":"DE","dob":"1401580800"}`, true},
		{"adult dotted", `{"country":"DE","dob":"01.06.1990"}`, false},
		// 05/06/2010: 5 June (day first, 15 on the day) or 6 May (16).
		{"slashed day first", `{"country":"DE","dob":"02/06/2010"}`, true},
		// 05/06/2013 in the US is 6 May 2013: 13, not a minor under COPPA.
		{"slashed month first", `{"country":"US","dob":"05/06/2013"}`, false},
		{"cn resident id", `{"country":"CN","身份证号":"110101201406011235"}`, true},
		{"cn resident id adult", `{"country":"CN","身份证号":"110101199006011236"}`, false},
		{"kr rrn", `{"country":"KR","rrn":"140601-3123455"}`, true},
		{"kz iin", `{"country":"KZ","iin":"140601510005"}`, true},
		{"pesel", `{"country":"PL","pesel":"14260112346"}`, true},
		{"youngest source wins", `{"country":"DE","age":30,"dob":"2014-06-01"}`, true},
		{"an Indonesian age name", `{"country":"ID","umur":12}`, true},
		{"an Indonesian birth date name", `{"country":"ID","tgl_lahir":"04-03-2013"}`, true},
		{"an age in months", `{"country":"SG","age_months":140}`, true},
		{"an adult's age in months", `{"country":"SG","age_months":300}`, false},
		{"Arabic-Indic digits", `{"country":"SA","العمر":"١٢"}`, true},
		{"an upper bound", `{"country":"US","age_bracket":"under 13"}`, true},
		{"an upper bound with <", `{"country":"US","age":"<13"}`, true},
		// A form post carrying the submission as a JSON string (Jotform's
		// rawRequest): its members state ages as the event's own would.
		{"a date object inside a JSON string", `{"country":"DE","rawRequest":"{\"q7_birthDate\":{\"month\":\"06\",\"day\":\"01\",\"year\":\"2014\"}}"}`, true},
		{"an adult's date object inside a JSON string", `{"country":"DE","rawRequest":"{\"q7_birthDate\":{\"month\":\"06\",\"day\":\"01\",\"year\":\"1990\"}}"}`, false},
		{"a dob inside a JSON string", `{"country":"DE","payload":"{\"user\":{\"dob\":\"01.06.2014\"}}"}`, true},
		{"an age inside a JSON string", `{"country":"DE","payload":"{\"age\":\"12\",\"note\":\"x\"}"}`, true},
		{"a minor flag inside a JSON string", `{"country":"DE","payload":"{\"is_minor\":true,\"note\":\"x\"}"}`, true},
		{"an id's birth date inside a JSON string", `{"country":"KZ","payload":"{\"iin\":\"140601510005\"}"}`, true},
		{"a date not of birth inside a JSON string", `{"country":"DE","payload":"{\"order_date\":\"2014-06-01\"}"}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(Input{Value: []byte(tc.event), Time: at, IDFromValue: true})
			if d.Failed() {
				t.Fatalf("quarantined: %s", d.Detail)
			}
			if d.Minor != tc.minor {
				t.Errorf("minor = %v, want %v", d.Minor, tc.minor)
			}
		})
	}
}

// Age is taken at the event's own timestamp when it is plausible, else at
// the given (record) time: one rule for the service and offline commands.
// The subject turns 16 (DE's age of consent) on 2026-06-15.
func TestAgeTime(t *testing.T) {
	rs := partsRuleset(t)
	record := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC) // 16 by then
	for _, tc := range []struct {
		name, event string
		minor       bool
	}{
		{"event time wins", `{"country":"DE","timestamp":"2026-06-01T10:00:00Z","dob":"2010-06-15"}`, true},
		{"event epoch ms", `{"country":"DE","ts":1780308000000,"dob":"2010-06-15"}`, true},
		{"no event time", `{"country":"DE","dob":"2010-06-15"}`, false},
		{"implausible future", `{"country":"DE","timestamp":"2030-01-01T00:00:00Z","dob":"2010-06-15"}`, false},
		{"placeholder", `{"country":"DE","timestamp":"1970-01-01T00:00:00Z","dob":"2010-06-15"}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(Input{Value: []byte(tc.event), Time: record, IDFromValue: true})
			if d.Minor != tc.minor {
				t.Errorf("minor = %v, want %v", d.Minor, tc.minor)
			}
		})
	}
}

func TestAgeTimeRule(t *testing.T) {
	rec := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
	ev := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name        string
		event, want time.Time
	}{
		{"event", ev, ev},
		{"none", time.Time{}, rec},
		{"a little ahead", rec.Add(time.Hour), rec.Add(time.Hour)},
		{"far ahead", rec.Add(72 * time.Hour), rec},
		{"before 2000", time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC), rec},
	} {
		if got := ageTime(tc.event, rec); !got.Equal(tc.want) {
			t.Errorf("%s: ageTime = %v, want %v", tc.name, got, tc.want)
		}
	}
}
