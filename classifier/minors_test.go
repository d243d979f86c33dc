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
		checkMinor(t, rs, at, tc.name, tc.event, tc.minor)
	}
}

// National identifiers with no category of their own that carry a birth
// date, and the notations of dates, ages and flags a red team found
// missed. Judged on 2026-12-05: born 2014-06-01, the subject is 12.
func TestMinorIDsAndNotations(t *testing.T) {
	rs := partsRuleset(t)
	at := time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, event string
		minor       bool
	}{
		// By its check digits under a generic name.
		{"za id under id_number", `{"country":"ZA","email":"thandi@example.co.za","id_number":"1406015800087"}`, true},
		{"za id with a wrong check digit", `{"country":"ZA","id_number":"1406015800088"}`, false},
		{"za id of an adult", `{"country":"ZA","id_number":"8001015009087"}`, false},
		{"se personnummer, 12 digits", `{"country":"SE","personnummer":"20140601-2383"}`, true},
		{"se personnummer, 10 digits", `{"country":"SE","personnummer":"140601-2383"}`, true},
		{"se personnummer with + is 100 or older", `{"country":"SE","personnummer":"140601+2383"}`, false},
		{"se personnummer by its label", `{"country":"SE","documents":[{"type":"personnummer","number":"140601-2383"}]}`, true},
		{"se personnummer under id_number", `{"country":"SE","id_number":"140601-2383"}`, true},
		{"no fodselsnummer", `{"country":"NO","fodselsnummer":"01061450005"}`, true},
		{"no fodselsnummer of an adult", `{"country":"NO","id_number":"01069010187"}`, false},
		{"fi hetu", `{"country":"FI","hetu":"010614A1232"}`, true},
		{"fi hetu with a wrong check character", `{"country":"FI","hetu":"010614A1233"}`, false},
		{"mx curp, a letter before the check digit: 2000s", `{"country":"MX","curp":"GAPA140601HDFRRNA7"}`, true},
		{"mx curp under id_number", `{"country":"MX","id_number":"GAPA140601HDFRRNA7"}`, true},
		// The red team's GAPA140601HDFRRN09: its check digit is 7, and a
		// digit before it says 1914.
		{"mx curp with a wrong check digit", `{"country":"MX","curp":"GAPA140601HDFRRN09"}`, false},
		// No check digit: by name, label or the event's country only.
		{"dk cpr", `{"country":"DK","cpr":"010614-4123"}`, true},
		{"dk cpr, 1900s by its seventh digit", `{"country":"DK","cpr":"010614-1123"}`, false},
		{"dk cpr under id_number in a Danish event", `{"country":"DK","id_number":"010614-4123"}`, true},
		{"a cpr-shaped number under id_number elsewhere", `{"country":"DE","id_number":"010614-4123"}`, false},
		{"my mykad", `{"country":"MY","mykad":"140601-14-5678"}`, true},
		{"my mykad under id_number", `{"country":"MY","id_number":"140601-14-5678"}`, true},
		{"id nik, a woman's day + 40", `{"country":"ID","nik":"3171014106140001"}`, true},
		{"eg national id", `{"country":"EG","national_id":"31406010123456"}`, true},
		{"eg national id of an adult", `{"country":"EG","national_id":"29006010123456"}`, false},
		{"eg national id inside a JSON string", `{"country":"EG","payload":"{\"national_id\":\"31406010123456\"}"}`, true},
		// Month and year: the month's last day, as "2014-06" is.
		{"month name and year", `{"country":"DE","dob":"June 2014"}`, true},
		{"german month name and year", `{"country":"DE","dob":"Juni 2014"}`, true},
		{"cjk year and month", `{"country":"CN","dob":"2014年6月"}`, true},
		{"an adult's month and year", `{"country":"DE","dob":"June 2008"}`, false},
		// 2010-12 is 16 on 2026-12-05 only if born by the 5th: judged at the 31st.
		{"month and year at the month's last day", `{"country":"DE","dob":"December 2010"}`, true},
		{".NET JSON date", `{"country":"DE","dob":"/Date(1401580800000)/"}`, true},
		{".NET JSON date with an offset", `{"country":"DE","dob":"/Date(1401573600000+0200)/"}`, true},
		{".NET JSON date of an adult", `{"country":"DE","dob":"/Date(631152000000)/"}`, false},
		{"a [y, m, d] array", `{"country":"DE","dob":[2014,6,1]}`, true},
		{"an adult's [y, m, d] array", `{"country":"DE","dob":[1990,6,1]}`, false},
		{"a [y, m, d] array inside a JSON string", `{"country":"DE","payload":"{\"dob\":[2014,6,1]}"}`, true},
		// Adulthood flags answered false.
		{"is_adult false", `{"country":"DE","is_adult":false}`, true},
		{"adult false", `{"country":"US","adult":false}`, true},
		{"adult true", `{"country":"DE","adult":true}`, false},
		{"over_16 false under the GDPR's 16", `{"country":"DE","over_16":false}`, true},
		{"over_16 false under COPPA's 13", `{"country":"US","over_16":false}`, false},
		{"over_13 false under COPPA", `{"country":"US","over_13":false}`, true},
		{"over18 false where 18 is the age", `{"country":"IN","over18":false}`, true},
		{"over18 false under Germany's 16", `{"country":"DE","over18":false}`, false},
		{"over18 true", `{"country":"IN","over18":true}`, false},
		{"an adulthood flag inside a JSON string", `{"country":"DE","payload":"{\"is_adult\":false,\"note\":\"x\"}"}`, true},
		// Chinese numerals.
		{"chinese numeral age", `{"country":"CN","age":"十二岁"}`, true},
		{"traditional chinese numeral age", `{"country":"TW","age":"十二歲"}`, true},
		{"chinese numeral adult age", `{"country":"CN","age":"二十岁"}`, false},
		{"chinese numeral age with 满 and 周岁", `{"country":"CN","age":"满十二周岁"}`, true},
	} {
		checkMinor(t, rs, at, tc.name, tc.event, tc.minor)
	}
}

// checkMinor runs one minor case: event, classified at at, is routed and
// its minor flag is minor.
func checkMinor(t *testing.T, rs *Ruleset, at time.Time, name, event string, minor bool) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		d := rs.Classify(Input{Value: []byte(event), Time: at, IDFromValue: true})
		if d.Failed() {
			t.Fatalf("quarantined: %s", d.Detail)
		}
		if d.Minor != minor {
			t.Errorf("minor = %v, want %v", d.Minor, minor)
		}
	})
}

func TestCJKAge(t *testing.T) {
	for in, want := range map[string]int{"十": 10, "十二": 12, "二十": 20, "二十一": 21, "九十九": 99, "七岁": 7, "两岁": 2, "十二歳": 12, "十二才": 12, "一二": -1, "十十": -1, "十二个": -1, "岁": -1, "": -1} {
		if got := cjkAge(in); got != want {
			t.Errorf("cjkAge(%q) = %d, want %d", in, got, want)
		}
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

// Age brackets as enums and forms write them (red team 11: F11). TX's
// COPPA age is 13, DE's 16. A bracket of minors (an upper bound at or
// below 18) is a minor under every law, as the age group "minor" is.
func TestMinorAgeBrackets(t *testing.T) {
	rs := partsRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, event string
		minor       bool
	}{
		{"an enum's UNDER_13", `{"state":"TX","country":"US","email":"a@b.com","age_range":"UNDER_13"}`, true},
		{"an enum's AGE_UNDER_13", `{"state":"TX","country":"US","email":"a@b.com","age_range":"AGE_UNDER_13"}`, true},
		{"under-13", `{"state":"TX","country":"US","email":"a@b.com","age_range":"under-13"}`, true},
		{"<=12", `{"state":"TX","country":"US","email":"a@b.com","age_range":"<=12"}`, true},
		{"≤12", `{"state":"TX","country":"US","email":"a@b.com","age_range":"≤12"}`, true},
		{"a team's U13", `{"state":"TX","country":"US","email":"a@b.com","ageGroup":"U13"}`, true},
		{"17 and under under Germany's 16", `{"country":"DE","email":"a@b.de","age_range":"17_AND_UNDER"}`, true},
		{"UNDER_18 under Germany's 16", `{"country":"DE","email":"a@b.de","age_bracket":"UNDER_18"}`, true},
		{"an enum's AGE_13_17 is 13 at least", `{"state":"TX","country":"US","email":"a@b.com","age_range":"AGE_13_17"}`, false},
		{"an enum's AGE_18_24", `{"country":"DE","email":"a@b.de","age_range":"AGE_18_24"}`, false},
		{"under 65 is no minor's bracket", `{"country":"DE","email":"a@b.de","age_range":"UNDER_65"}`, false},
		{"a German upper bound still read", `{"country":"DE","email":"a@b.de","alter":"unter 14"}`, true},
		{"a product's U13 is no age", `{"state":"TX","country":"US","email":"a@b.com","product_name":"U13 football boots"}`, false},
	} {
		checkMinor(t, rs, at, tc.name, tc.event, tc.minor)
	}
}

// One-line records under a label's name (red team 11: F11): a pair named
// as a date of birth, or the one date beside a name or a place, is a
// birth date; a label's list, a timestamp or a pair named otherwise is
// not.
func TestMinorOneLineRecords(t *testing.T) {
	rs := partsRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, event string
		minor       bool
	}{
		{"surname, initial, date", `{"country":"DE","email":"a@b.de","source":"Schmidt,A.,2014-06-01"}`, true},
		{"pipes with a city", `{"country":"DE","email":"a@b.de","source":"Kowalczyk|Z|2014-06-01|Warszawa"}`, true},
		{"lower case given name and city", `{"country":"DE","email":"a@b.de","source":"anna;2014-06-01;berlin"}`, true},
		{"date, city, sex", `{"country":"DE","email":"a@b.de","source":"2014-06-01,Berlin,female"}`, true},
		{"dob pair", `{"country":"DE","email":"a@b.de","source":"dob=2014-06-01"}`, true},
		{"birth pair", `{"country":"DE","email":"a@b.de","source":"birth=2014-06-01"}`, true},
		{"an adult's record", `{"country":"DE","email":"a@b.de","source":"Obi,Chukwuemeka,1990-01-01"}`, false},
		{"a label's list", `{"country":"DE","email":"a@b.de","source":"web,2024-06-01,campaign"}`, false},
		{"a timestamp", `{"country":"DE","email":"a@b.de","source":"Import,2024-06-01T10:00:00Z,Berlin"}`, false},
		{"a pair named otherwise", `{"country":"DE","email":"a@b.de","source":"created=2024-06-01"}`, false},
		{"two dates", `{"country":"DE","email":"a@b.de","source":"Schmidt,A.,1990-01-01,2024-06-01"}`, false},
		{"a spouse's record", `{"country":"DE","email":"a@b.de","spouse":{"source":"Schmidt,A.,2014-06-01"}}`, false},
	} {
		checkMinor(t, rs, at, tc.name, tc.event, tc.minor)
	}
	for _, v := range []string{"Schmidt,A.,2014-06-01", "Obi,Chukwuemeka,1990-01-01", "Kowalczyk|Z|2014-06-01|Warszawa", "anna;2014-06-01;berlin", "2014-06-01,Berlin,female", "dob=2014-06-01", "Schmidt,A.,1990-01-01,2024-06-01"} {
		if c := rs.delimitedPersonal(&scratch{}, v); c < 0 || !rs.cats[c].personal {
			t.Errorf("delimitedPersonal(%q) = %d, want a personal category", v, c)
		}
	}
	for _, v := range []string{"web,2024-06-01,campaign", "import,2024-06-01T10:00:00Z,crm", "new,2024-06-01,promo", "created=2024-06-01", "read,write,admin"} {
		if c := rs.delimitedPersonal(&scratch{}, v); c >= 0 {
			t.Errorf("delimitedPersonal(%q) = %s, want none", v, rs.cats[c].name)
		}
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

// Red team 18 (F14): a birth date whose day or month is a placeholder or
// impossible still says its year; a two-digit year's date in an order the
// country cannot have is read in the other; an airline's run-together date
// and its passenger type codes (CHD, INF, UNN) say a child. US age 13.
func TestMinorMalformedBirthDates(t *testing.T) {
	rs := partsRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, event string
		minor       bool
	}{
		{"placeholder day and month", `{"country":"US","dob":"00.00.2015"}`, true},
		{"no such day", `{"country":"US","dob":"29.02.2015"}`, true},
		{"a remark after the date", `{"country":"US","dob":"2015-03-01 (approx)"}`, true},
		{"day first in the US by its fields", `{"country":"US","dob":"15/3/15"}`, true},
		{"airline date", `{"country":"US","passengers":[{"nm":"MILLER/LUKAS","dob":"01MAR16"}]}`, true},
		{"child's fare code", `{"country":"US","passengers":[{"ptc":"CHD","nm":"MILLER/LUKAS"}]}`, true},
		{"infant's fare code", `{"country":"US","pax":[{"type":"INF"}]}`, true},
		{"unaccompanied minor", `{"country":"US","passenger_type":"UNN"}`, true},
		{"year alone, control", `{"country":"US","dob":"2015"}`, true},
		{"oracle date, control", `{"country":"US","dob":"01-MAR-16"}`, true},
		// Adults stay adults.
		{"adult placeholder", `{"country":"US","dob":"00.00.1980"}`, false},
		{"adult no such day", `{"country":"US","dob":"31.04.1985"}`, false},
		{"adult two-digit year", `{"country":"US","dob":"15/3/85"}`, false},
		{"adult airline date", `{"country":"US","passengers":[{"dob":"01MAR85"}]}`, false},
		{"adult fare code", `{"country":"US","passengers":[{"ptc":"ADT","dob":"01MAR85"}]}`, false},
		{"a type code elsewhere", `{"country":"US","dob":"1980-01-01","setting":{"type":"INF"}}`, false},
		{"no year", `{"country":"US","dob":"unknown"}`, false},
	} {
		checkMinor(t, rs, at, tc.name, tc.event, tc.minor)
	}
}

// Red team 18 (F15): national numbers that encode a birth date under their
// check digits: Estonia's isikukood, Lithuania's asmens kodas, Romania's
// CNP, Bulgaria's EGN (born 1 March 2015), and a CURP whose seventeenth
// character, a letter, says a birth from 2000 on. A US residence does not
// stop a Romanian child's CNP from making the subject a minor.
func TestMinorNationalNumbersRound18(t *testing.T) {
	rs := partsRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, event string
		minor       bool
	}{
		{"isikukood", `{"country":"EE","isikukood":"51503011237"}`, true},
		{"asmens kodas", `{"country":"LT","asmens_kodas":"51503010000"}`, true},
		{"CNP", `{"country":"RO","cnp":"6150301123453"}`, true},
		{"CNP in a US event", `{"country":"US","cnp":"6150301123453"}`, true},
		{"EGN", `{"country":"BG","egn":"1543011230"}`, true},
		{"CURP of the 2000s", `{"country":"US","curp":"GOML150301HDFNRSA8"}`, true},
		{"isikukood by its check digit under a national id's name", `{"country":"DE","national_id":"51503011237"}`, true},
		// Adults, and values that fail their check digits.
		{"adult isikukood", `{"country":"EE","isikukood":"38001010009"}`, false},
		{"adult CNP", `{"country":"RO","cnp":"1800101221144"}`, false},
		{"adult EGN", `{"country":"BG","egn":"8001010008"}`, false},
		{"CURP of the 1900s", `{"country":"US","curp":"GOML150301HDFNRS08"}`, false},
		{"isikukood, wrong check digit", `{"country":"EE","isikukood":"51503011238"}`, false},
		{"CNP, wrong check digit", `{"country":"RO","cnp":"6150301123454"}`, false},
		{"EGN, wrong check digit", `{"country":"BG","egn":"1543011231"}`, false},
	} {
		checkMinor(t, rs, at, tc.name, tc.event, tc.minor)
	}
}

// Red team 23 (F2): dates of birth in the Islamic, Solar Hijri and
// Ethiopian calendars, by their months' names, the Ethiopian calendar's
// mark or a member name's _ec suffix.
func TestMinorOtherCalendarsNamed(t *testing.T) {
	rs := partsRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, event string
		minor       bool
	}{
		{"hijri month in arabic", `{"country":"SA","birthDate":"1 ربيع الأول 1432"}`, true},
		{"hijri month in latin", `{"country":"SA","birthDate":"1 Rabi' al-Awwal 1432"}`, true},
		{"an adult's hijri date", `{"country":"SA","birthDate":"1 ربيع الأول 1400"}`, false},
		{"solar hijri month", `{"country":"IR","birthdate":"10 مرداد 1392"}`, true},
		{"solar hijri month in persian digits", `{"country":"IR","birthdate":"۱۰ مرداد ۱۳۹۲"}`, true},
		{"afghan solar month", `{"country":"AF","birthdate":"10 Asad 1392"}`, true},
		{"ethiopian month in ge'ez", `{"country":"ET","birthdate":"ግንቦት 10, 2003"}`, true},
		{"ethiopian mark", `{"country":"ET","birthdate":"2003-05-10 E.C."}`, true},
		{"an adult's ethiopian date", `{"country":"ET","birthdate":"ግንቦት 10, 1990"}`, false},
		{"ethiopian by the member's name", `{"country":"ET","dob_ec":"2003-05-10","dob_gc":null}`, true},
		{"an adult's date under _ec", `{"country":"ET","dob_ec":"1980-05-10"}`, false},
		{"a gregorian date under its own name", `{"country":"ET","dob":"2003-05-10"}`, false},
	} {
		checkMinor(t, rs, at, tc.name, tc.event, tc.minor)
	}
}
