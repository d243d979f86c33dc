package detect

import (
	"testing"
	"time"
)

func TestParseBirthDateAt(t *testing.T) {
	for _, c := range []struct {
		in    string
		order Order
		want  string
	}{
		{"平成26年6月1日", Younger, "2014-06-01"},
		{"令和元年5月1日", Younger, "2019-05-01"},
		{"H26.6.1", Younger, "2014-06-01"},
		{"昭和60年１２月３日", Younger, "1985-12-03"},
		{"1 มิถุนายน 2557", Younger, "2014-06-01"},
		{"1 มิ.ย. 2557", Younger, "2014-06-01"},
		{"01/06/2557", DayFirst, "2014-06-01"},
		{"01.06.16", Younger, "2016-06-01"},
		{"01.06.98", Younger, "1998-06-01"},
		{"6/1/16", MonthFirst, "2016-06-01"},
		{"2014-06-01", Younger, "2014-06-01"},
		// Red team 18 (F14): a country's order the fields cannot have
		// is the other one; an airline's run-together date.
		{"15/3/15", MonthFirst, "2015-03-15"},
		{"3/15/15", DayFirst, "2015-03-15"},
		{"01MAR16", Younger, "2016-03-01"},
		{"01mar2016", Younger, "2016-03-01"},
		{"1MAR16", MonthFirst, "2016-03-01"},
		{"01DEC98", Younger, "1998-12-01"},
	} {
		y, m, d, ok := ParseBirthDateAt(c.in, c.order, 2026)
		if got := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02"); !ok || got != c.want {
			t.Errorf("ParseBirthDateAt(%q) = %s, %v; want %s", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{"H99.1.1", "平成26年13月1日", "01.06.2", "1.2.3.4", "Heisei", "15/15/15", "31FEB16", "01XYZ16", "01MAR1", "01MAR016", "MAR16"} {
		if y, m, d, ok := ParseBirthDateAt(in, Younger, 2026); ok {
			t.Errorf("ParseBirthDateAt(%q) = %d-%d-%d, want none", in, y, m, d)
		}
	}
}

func TestOtherCalendars(t *testing.T) {
	dates, n := OtherCalendars(1393, 3, 11)
	if n != 2 || dates[0].Format("2006-01-02") != "2014-06-01" {
		t.Errorf("Solar Hijri 1393-03-11 = %v, want 2014-06-01", dates[0])
	}
	dates, _ = OtherCalendars(1435, 1, 1)
	if got := dates[1].Format("2006-01-02"); got != "2013-11-04" && got != "2013-11-05" {
		t.Errorf("Hijri 1435-01-01 = %s, want 2013-11-04 or 05", got)
	}
	dates, _ = OtherCalendars(1420, 9, 1)
	if got := dates[1].Year(); got != 1999 {
		t.Errorf("Hijri 1420-09-01 in %d, want 1999", got)
	}
	if _, n := OtherCalendars(2014, 6, 1); n != 0 {
		t.Errorf("a Gregorian year has other readings")
	}
}

// Red team 18 (F14): the year of a birth date no notation reads whole.
func TestBirthYear(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"00.00.2015", 2015}, {"29.02.2015", 2015}, {"2015-03-01 (approx)", 2015}, {"XX/XX/2015", 2015},
		{"ca. 2015", 2015}, {"1980 or 2015", 2015}, {"2015-00-00", 2015},
	} {
		if y, ok := BirthYear(c.in); !ok || y != c.want {
			t.Errorf("BirthYear(%q) = %d, %v; want %d", c.in, y, ok, c.want)
		}
	}
	for _, in := range []string{"", "unknown", "20150301", "1401580800", "1899", "2101", "15/3/15", "a date of birth that is far too long to be one 2015"} {
		if y, ok := BirthYear(in); ok {
			t.Errorf("BirthYear(%q) = %d, want none", in, y)
		}
	}
}

// Red team 23 (F2): months named in the Islamic, Solar Hijri and
// Ethiopian calendars, and the Ethiopian calendar's mark. The tabular
// and fixed-start conversions may be a day off the civil calendar.
func TestNamedCalendarDates(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1 ربيع الأول 1432", "2011-02-04"},
		{"1 ربيع الأول 1432 هـ", "2011-02-04"},
		{"1 Rabi' al-Awwal 1432", "2011-02-04"},
		{"1 Rabi al-Awwal 1432H", "2011-02-04"},
		{"Ramadan 1, 1420", "1999-12-09"},
		{"15 ذو الحجة 1430", "2009-12-02"},
		{"10 مرداد 1392", "2013-08-01"},
		{"۱۰ مرداد ۱۳۹۲", ""}, // digits are folded by the caller
		{"10 Asad 1392", "2013-08-01"},
		{"1 فروردین 1400", "2021-03-21"},
		{"ግንቦት 10, 2003", "2011-05-18"},
		{"10 ግንቦት 2003", "2011-05-18"},
		{"Ginbot 10, 2003", "2011-05-18"},
		{"2003-05-10 E.C.", "2011-01-18"},
		{"10/05/2003 ዓ.ም.", "2011-01-18"},
		{"1 Meskerem 2010", "2017-09-11"},
	} {
		y, m, d, ok := ParseBirthDateAt(c.in, DayFirst, 2026)
		if c.want == "" {
			if ok {
				t.Errorf("ParseBirthDateAt(%q) = %d-%d-%d, want none", c.in, y, m, d)
			}
			continue
		}
		want, _ := time.Parse("2006-01-02", c.want)
		got := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if diff := got.Sub(want); !ok || diff > 24*time.Hour || diff < -24*time.Hour {
			t.Errorf("ParseBirthDateAt(%q) = %s, %v; want %s (a day either way)", c.in, got.Format("2006-01-02"), ok, c.want)
		}
	}
	// A month's name with a year outside its calendar, a given name
	// that spells a month, more numbers than a date has: none.
	for _, in := range []string{"Asad 12 2010", "Recep Yılmaz 1990", "1 Ramadan 2014", "10 مرداد 1392 12", "ግንቦት 40, 2003", "Mehr als 10 1400x", "tir 1 1399 abc"} {
		if y, m, d, ok := ParseBirthDateAt(in, DayFirst, 2026); ok {
			t.Errorf("ParseBirthDateAt(%q) = %d-%d-%d, want none", in, y, m, d)
		}
	}
}
