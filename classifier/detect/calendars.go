package detect

import (
	"strings"
	"time"
)

// Dates of birth in the calendars people write them in besides the
// Gregorian one: Japan's era years (平成26年6月1日, H26.6.1), Thailand's
// Buddhist Era (1 มิถุนายน 2557, 01/06/2557), and the Islamic (Hijri)
// and Iranian (Solar Hijri) years of the Middle East (1435/08/03,
// ۱۳۹۳/۰۳/۱۱).

// ParseBirthDateAt reads a date of birth as ParseBirthDate does, and
// also: a Japanese era date, a Thai Buddhist Era year (converted), and a
// two-digit year ("01.06.16", "6/1/16") placed in the latest century not
// after nowYear, the youngest the subject can be. A year of 1300 to 1500
// is returned as written: OtherCalendars gives its readings.
func ParseBirthDateAt(s string, order Order, nowYear int) (y, m, d int, ok bool) {
	s = trim(s)
	// An Islamic or Solar Hijri date often ends with its era's mark
	// (1434-05-20 هـ, 1393/03/11 ش): the year range says the rest.
	for _, mark := range [...]string{"هـ", "ه", "ش", "AH", "SH", "H"} {
		if t, ok := strings.CutSuffix(s, mark); ok {
			s = strings.TrimSpace(t)
			break
		}
	}
	if y, m, d, ok = japaneseEraDate(s); ok {
		return y, m, d, true
	}
	if y, m, d, ok = bikramSambatDate(s); ok {
		return y, m, d, true
	}
	if y, m, d, ok = romanMonthDate(s); ok {
		return y, m, d, true
	}
	if y, m, d, ok = ParseBirthDate(thaiMonths(s), order); ok {
		if y >= 2400 && y <= 2700 {
			y -= 543 // Buddhist Era
			if !validDate(y, m, d) {
				return 0, 0, 0, false
			}
		}
		return y, m, d, true
	}
	if y, m, d, ok = airlineDate(s, nowYear); ok {
		return y, m, d, true
	}
	return twoDigitYearDate(s, order, nowYear)
}

// airlineDate reads the date notation of reservations and tickets (IATA,
// a PNR's SSR DOCS, a passenger list): day, English month abbreviation and
// year run together, "01MAR16" or "01MAR2016" (any case). A two-digit
// year takes the latest century not after nowYear.
func airlineDate(s string, nowYear int) (y, m, d int, ok bool) {
	if len(s) < 6 || len(s) > 9 {
		return 0, 0, 0, false
	}
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		d = d*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i+3 > len(s) {
		return 0, 0, 0, false
	}
	m = shortMonth(s[i : i+3])
	rest := s[i+3:]
	if m == 0 || (len(rest) != 2 && len(rest) != 4) || !digits(rest) {
		return 0, 0, 0, false
	}
	y = atoi(rest)
	if len(rest) == 2 {
		y = youngestYear(y, nowYear)
	}
	return y, m, d, validDate(y, m, d)
}

// shortMonth is the month an English three-letter abbreviation names, in
// any case ("MAR", "mar", "Mar"), or 0.
func shortMonth(w string) int {
	if len(w) != 3 {
		return 0
	}
	var b [3]byte
	for i := 0; i < 3; i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return 0
		}
		b[i] = c
	}
	for i, name := range [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if string(b[:]) == name {
			return i + 1
		}
	}
	return 0
}

// BirthYear reads the year of a birth date no notation reads whole: a
// placeholder day or month ("00.00.2015", "2015-00-00", "XX/XX/2015"), a
// day the month has not ("29.02.2015", "31/04/2015"), words around it
// ("2015-03-01 (approx)", "ca. 2015"). The year is the one thing such a
// value still says, and the caller judges the subject as born on its last
// day, the youngest possible, so a possible minor is one. The year is a
// run of exactly four digits from 1900 to 2100; with more than one, the
// latest. Values longer than 40 bytes are text, not a date.
func BirthYear(s string) (y int, ok bool) {
	if len(s) > 40 {
		return 0, false
	}
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i == 4 {
			if v := atoi(s[i:j]); v >= 1900 && v <= 2100 && v > y {
				y, ok = v, true
			}
		}
		i = j
	}
	return y, ok
}

// romanMonthDate reads a date with its month in Roman numerals, as
// Polish, Czech, Hungarian and Romanian forms write it: "1 VI 2014",
// "01.VI.2014", "1-vi-2014 r.", day first (Hungarian puts the year
// first: "2014. VI. 1.").
func romanMonthDate(s string) (y, m, d int, ok bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "r."), "г."))
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == '-' || r == '/' })
	if len(parts) != 3 {
		return 0, 0, 0, false
	}
	m = romanMonth(parts[1])
	if m == 0 {
		return 0, 0, 0, false
	}
	a, b := atoiDigits(parts[0]), atoiDigits(parts[2])
	switch {
	case a >= 1 && a <= 31 && b >= 1900 && b <= 2100:
		d, y = a, b
	case a >= 1900 && a <= 2100 && b >= 1 && b <= 31:
		y, d = a, b
	default:
		return 0, 0, 0, false
	}
	if !validDate(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// romanMonth is month numeral v (I to XII, either case), or 0.
func romanMonth(v string) int {
	for i, r := range [...]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"} {
		if strings.EqualFold(v, r) {
			return i + 1
		}
	}
	return 0
}

// atoiDigits is the value of v when it is 1 to 4 ASCII digits, else -1.
func atoiDigits(v string) int {
	if len(v) == 0 || len(v) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return -1
		}
		n = n*10 + int(v[i]-'0')
	}
	return n
}

// eras are the Japanese eras of living people's births: their kanji, the
// initial forms write them with, and the Gregorian year before their
// first.
var eras = []struct {
	kanji   string
	initial byte
	base    int
}{{"令和", 'R', 2018}, {"平成", 'H', 1988}, {"昭和", 'S', 1925}, {"大正", 'T', 1911}}

// japaneseEraDate reads 平成26年6月1日, 令和元年5月1日 and H26.6.1, and
// Taiwan's Minguo (Republic of China) era, 民國100年2月3日 (民国 in
// simplified characters): year 1 is 1912.
func japaneseEraDate(s string) (y, m, d int, ok bool) {
	// The era's name in full, its first character (民100.2.3) or in
	// Latin letters (ROC 100/02/03).
	for _, roc := range [...]string{"中華民國", "中华民国", "民國", "民国", "民", "ROC", "R.O.C."} {
		if rest, found := strings.CutPrefix(s, roc); found {
			f, ok := eraFields(strings.TrimSpace(rest), 3)
			if !ok || f[0] < 1 || f[0] > 200 {
				return 0, 0, 0, false
			}
			y, m, d = 1911+f[0], f[1], f[2]
			return y, m, d, validDate(y, m, d)
		}
	}
	for _, e := range eras {
		var rest string
		switch {
		case strings.HasPrefix(s, e.kanji):
			rest = strings.TrimSpace(s[len(e.kanji):])
		case len(s) > len(e.kanji)/2 && strings.HasPrefix(s, e.kanji[:len(e.kanji)/2]) && s[len(e.kanji)/2] >= '0' && s[len(e.kanji)/2] <= '9':
			rest = s[len(e.kanji)/2:] // 平24.4.1: the era's first character
		case len(s) > 2 && s[0]|0x20 == e.initial|0x20 && s[1] >= '0' && s[1] <= '9':
			rest = s[1:]
		default:
			continue
		}
		f, ok := eraFields(rest, 2)
		if !ok || f[0] < 1 || f[0] > 64 {
			return 0, 0, 0, false
		}
		y, m, d = e.base+f[0], f[1], f[2]
		return y, m, d, validDate(y, m, d)
	}
	return 0, 0, 0, false
}

// eraFields reads an era's year, month and day, each of at most
// yearDigits (the year) or two digits, separated by anything that is no
// digit (年, 月, a dot, a space); fullwidth digits count and 元 is the
// era's first year.
func eraFields(rest string, yearDigits int) (f [3]int, ok bool) {
	rest = strings.Replace(rest, "元", "1", 1) // the era's first year
	n, digits := 0, 0
	for _, r := range rest {
		if r >= '０' && r <= '９' {
			r -= '０' - '0'
		}
		switch {
		case r >= '0' && r <= '9':
			if n == len(f) || digits == 2 && (n > 0 || yearDigits == 2) || digits == yearDigits {
				return f, false
			}
			f[n] = f[n]*10 + int(r-'0')
			digits++
		case digits > 0:
			n++
			digits = 0
		}
	}
	if digits > 0 {
		n++
	}
	return f, n == 3
}

// ROCDate reads a date written with Taiwan's Minguo (ROC) year in
// digits, as Taiwanese forms and ID records write it without the era's
// name: yyy/mm/dd, yyy-mm-dd, yyy.mm.dd or yyymmdd (three-digit years
// from 100, 2011), and yy/mm/dd (years 1 to 99, 1912 to 2010). Only the
// caller knows the date is Taiwanese: a Gregorian reading of the same
// digits may exist, and the caller keeps the younger.
func ROCDate(s string) (y, m, d int, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 10 {
		return 0, 0, 0, false
	}
	var f [3]int
	if len(s) == 7 && strings.Trim(s, "0123456789") == "" {
		f[0], f[1], f[2] = atoiDigits(s[:3]), atoiDigits(s[3:5]), atoiDigits(s[5:])
	} else {
		n, digits, sep := 0, 0, byte(0)
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= '0' && c <= '9':
				if digits == 3 || digits == 2 && n > 0 {
					return 0, 0, 0, false
				}
				f[n] = f[n]*10 + int(c-'0')
				digits++
			case (c == '/' || c == '-' || c == '.') && digits > 0 && n < 2 && (sep == 0 || sep == c):
				sep, n, digits = c, n+1, 0
			default:
				return 0, 0, 0, false
			}
		}
		if n != 2 || digits == 0 {
			return 0, 0, 0, false
		}
	}
	if f[0] < 1 || f[0] > 200 {
		return 0, 0, 0, false
	}
	y, m, d = 1911+f[0], f[1], f[2]
	return y, m, d, validDate(y, m, d)
}

// bsMonthDays are the usual lengths of Bikram Sambat's months (Baisakh
// to Chaitra), 365 days. The real lengths (29 to 32 days) are fixed
// year by year by Nepal's calendar committee from astronomical
// reckoning: no arithmetic rule gives them, so a reading from these is
// off by up to about three days.
var bsMonthDays = [12]int{31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}

// BikramSambat is the Gregorian date of Nepal's Bikram Sambat (BS) date
// y-m-d, within about three days (see bsMonthDays): 1 Baisakh falls on
// 13 or 14 April of the Gregorian year y-57. Years 1970 to 2200 BS.
func BikramSambat(y, m, d int) (time.Time, bool) {
	if y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 32 {
		return time.Time{}, false
	}
	doy := d - 1
	for k := 0; k < m-1; k++ {
		doy += bsMonthDays[k]
	}
	return time.Date(y-57, time.April, 13, 0, 0, 0, 0, time.UTC).AddDate(0, 0, doy), true
}

// bsMarks are the suffixes that say a date is Bikram Sambat: BS, B.S.,
// and वि.सं./बि.सं. (Vikram Samvat) in Devanagari.
var bsMarks = [...]string{"B.S.", "B.S", "BS", "वि.सं.", "बि.सं.", "वि. सं.", "बि. सं.", "विसं", "बिसं"}

// bikramSambatDate reads a date marked as Bikram Sambat ("2067-10-20
// BS", "२०६७/१०/२० वि.सं." once its digits are ASCII) as its Gregorian
// date.
func bikramSambatDate(s string) (y, m, d int, ok bool) {
	if len(s) < 10 {
		return 0, 0, 0, false
	}
	for _, mark := range bsMarks {
		rest, found := strings.CutSuffix(s, mark)
		if !found {
			continue
		}
		by, bm, bd, ok := ParseBirthDate(strings.TrimSpace(rest), DayFirst)
		if !ok {
			return 0, 0, 0, false
		}
		t, ok := BikramSambat(by, bm, bd)
		if !ok {
			return 0, 0, 0, false
		}
		return t.Year(), int(t.Month()), t.Day(), true
	}
	return 0, 0, 0, false
}

// thaiMonthNames are the Thai months, full and abbreviated without dots.
var thaiMonthNames = [12][2]string{
	{"มกราคม", "ม.ค."}, {"กุมภาพันธ์", "ก.พ."}, {"มีนาคม", "มี.ค."}, {"เมษายน", "เม.ย."},
	{"พฤษภาคม", "พ.ค."}, {"มิถุนายน", "มิ.ย."}, {"กรกฎาคม", "ก.ค."}, {"สิงหาคม", "ส.ค."},
	{"กันยายน", "ก.ย."}, {"ตุลาคม", "ต.ค."}, {"พฤศจิกายน", "พ.ย."}, {"ธันวาคม", "ธ.ค."},
}

// thaiMonths rewrites a Thai date's month name as its number between
// slashes and drops the era's marks (พ.ศ., ค.ศ.), so that "1 มิถุนายน 2557"
// reads as 1/6/2557.
func thaiMonths(s string) string {
	if !strings.ContainsRune(s, 'ม') && !strings.ContainsRune(s, 'ย') && !strings.ContainsRune(s, 'ค') && !strings.ContainsRune(s, 'พ') {
		// (Every month's name holds one of these: ก.พ., February's
		// abbreviation, only พ.)
		return s
	}
	s = strings.NewReplacer("พ.ศ.", "", "ค.ศ.", "", "พ.ศ", "").Replace(s)
	for i, names := range thaiMonthNames {
		for _, name := range names {
			if strings.Contains(s, name) {
				num := string(rune('0'+(i+1)/10)) + string(rune('0'+(i+1)%10))
				fs := strings.Fields(strings.Replace(s, name, " "+num+" ", 1))
				return strings.Join(fs, ".")
			}
		}
	}
	return s
}

// twoDigitYearDate reads dd.mm.yy and, by order, dd/mm/yy or mm/dd/yy.
func twoDigitYearDate(s string, order Order, nowYear int) (y, m, d int, ok bool) {
	if len(s) < 6 || len(s) > 8 {
		return 0, 0, 0, false
	}
	var f [3]int
	n, digits, sep := 0, 0, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if digits == 2 {
				return 0, 0, 0, false
			}
			f[n] = f[n]*10 + int(c-'0')
			digits++
		case (c == '.' || c == '/' || c == '-') && digits > 0 && n < 2 && (sep == 0 || sep == c):
			sep, n, digits = c, n+1, 0
		default:
			return 0, 0, 0, false
		}
	}
	if n != 2 || digits != 2 {
		return 0, 0, 0, false // the year has two digits
	}
	y = youngestYear(f[2], nowYear)
	d, m = f[0], f[1]
	if sep != '.' && (order == MonthFirst || order == Younger && f[1] > 12) {
		m, d = f[0], f[1]
	}
	if !validDate(y, m, d) && sep != '.' && validDate(y, d, m) {
		// A country's order that the fields cannot have: "15/3/15" in
		// the US is no fifteenth month, so it is day first, as a
		// four-digit year's date is read (ParseBirthDate).
		m, d = d, m
	}
	return y, m, d, validDate(y, m, d)
}

// OtherCalendars returns the Gregorian dates a birth date written with a
// year of 1300 to 1500 may stand for: no Gregorian birth year, but a
// Solar Hijri (Iran, Afghanistan: 1393 is 2014) or an Islamic Hijri one
// (1435 is 2014 too, 1420 is 1999). The caller takes the reading that
// makes the subject youngest without a birth in the future, so a possible
// minor is one. n is 0 for any other year.
func OtherCalendars(y, m, d int) (dates [2]time.Time, n int) {
	if y < 1300 || y > 1500 || m < 1 || m > 12 || d < 1 || d > 31 {
		return dates, 0
	}
	// Solar Hijri: Farvardin 1 is about 21 March; six months of 31 days,
	// five of 30, then Esfand.
	doy := (m-1)*31 + d - 1
	if m > 6 {
		doy = 186 + (m-7)*30 + d - 1
	}
	dates[0] = time.Date(y+621, time.March, 21, 0, 0, 0, 0, time.UTC).AddDate(0, 0, doy)
	// Islamic, tabular: the Julian day number of the date, then the
	// Gregorian date of that day.
	jd := d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + 1948439
	dates[1] = time.Unix(int64(jd-2440588)*86400, 0).UTC()
	return dates, 2
}
