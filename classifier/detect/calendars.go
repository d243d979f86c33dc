package detect

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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
	if y, m, d, ok = namedCalendarDate(s); ok {
		return y, m, d, true
	}
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
	return markedDate(s, bsMarks[:], BikramSambat)
}

// markedDate reads s as a date followed by one of a calendar's marks
// ("2067-10-20 BS", "2003-05-10 E.C."), day first when ambiguous, and
// returns the Gregorian date conv gives it.
func markedDate(s string, marks []string, conv func(y, m, d int) (time.Time, bool)) (y, m, d int, ok bool) {
	for _, mark := range marks {
		rest, found := strings.CutSuffix(s, mark)
		if !found {
			continue
		}
		cy, cm, cd, ok := ParseBirthDate(strings.TrimSpace(rest), DayFirst)
		if !ok {
			return 0, 0, 0, false
		}
		t, ok := conv(cy, cm, cd)
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

// twoDigitYearDate reads dd.mm.yy and, by order, dd/mm/yy or mm/dd/yy;
// and yy.mm.dd or yymmdd, as Korea, Japan, China and Taiwan write a birth
// date ("15.05.03", "150503": the first half of a Korean resident number).
// When a year-first and a year-last reading are both dates, the younger
// is taken, as for an ambiguous order: a possible minor is one.
func twoDigitYearDate(s string, order Order, nowYear int) (y, m, d int, ok bool) {
	if len(s) < 6 || len(s) > 8 {
		return 0, 0, 0, false
	}
	if len(s) == 6 && digits(s) {
		a, b, c := atoi(s[:2]), atoi(s[2:4]), atoi(s[4:])
		y, m, d = youngerDate(youngestYear(a, nowYear), b, c, youngestYear(c, nowYear), b, a)
		if order != DayFirst {
			y, m, d = youngerDate(y, m, d, youngestYear(c, nowYear), a, b)
		}
		return y, m, d, validDate(y, m, d)
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
	if sep == '.' || sep == '-' {
		// The year first ("15.05.03", "15-05-03"), when that reading is
		// a date and the younger one. A slash is written day or month
		// first only.
		y, m, d = youngerDate(y, m, d, youngestYear(f[0], nowYear), f[1], f[2])
	}
	return y, m, d, validDate(y, m, d)
}

// youngerDate returns the later of two readings of one date that are
// valid dates, either if only one is.
func youngerDate(y1, m1, d1, y2, m2, d2 int) (int, int, int) {
	switch {
	case !validDate(y2, m2, d2):
		return y1, m1, d1
	case !validDate(y1, m1, d1):
		return y2, m2, d2
	case y2 > y1 || y2 == y1 && (m2 > m1 || m2 == m1 && d2 > d1):
		return y2, m2, d2
	}
	return y1, m1, d1
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

// calendar is a calendar whose months a date of birth may name.
type calendar uint8

const (
	calIslamic    calendar = iota + 1 // Hijri, lunar (Saudi Arabia, the Gulf)
	calSolarHijri                     // Iran's and Afghanistan's solar year
	calEthiopian                      // Ethiopia's and Eritrea's
)

// calendarMonth is a month's name in one of the calendars: Arabic,
// Persian or Ge'ez script, or a Latin spelling forms use, lower-cased,
// without apostrophes and with hyphens as spaces ("rabi al awwal").
type calendarMonth struct {
	name  string
	month int
	cal   calendar
}

// calendarMonths are the month names ParseBirthDateAt reads, longest
// first so that "rabi ii" is tried before "rabi i". Short Latin names
// ("tir", "dey", "asad") are common words too: only a date's year in the
// calendar's range makes one a month (see namedCalendarDate).
var calendarMonths = func() []calendarMonth {
	var ms []calendarMonth
	add := func(cal calendar, names ...[]string) {
		for i, ns := range names {
			for _, n := range ns {
				ms = append(ms, calendarMonth{n, i + 1, cal})
			}
		}
	}
	add(calIslamic,
		[]string{"محرم", "muharram", "muharrem", "moharram"},
		[]string{"صفر", "safar", "safer"},
		[]string{"ربيع الأول", "ربيع الاول", "ربيع أول", "rabi al awwal", "rabi ul awwal", "rabiul awwal", "rabi al awal", "rabiul awal", "rabi ul awal", "rabi i", "rebiulevvel"},
		[]string{"ربيع الآخر", "ربيع الاخر", "ربيع الثاني", "ربيع ثاني", "rabi al thani", "rabi al akhir", "rabi ul akhir", "rabi ul thani", "rabiul akhir", "rabi us sani", "rabi al sani", "rabi ii", "rebiulahir"},
		[]string{"جمادى الأولى", "جمادى الاولى", "جمادي الأولى", "جمادي الاولى", "جمادى الأول", "jumada al ula", "jumada al awwal", "jumada al oula", "jumadil awal", "jumadal ula", "jumada i", "cemaziyelevvel"},
		[]string{"جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "جمادي الآخرة", "جمادي الاخرة", "جمادي الثانية", "jumada al thani", "jumada al akhirah", "jumada al akhira", "jumada al thaniyah", "jumadil akhir", "jumada ii", "cemaziyelahir"},
		[]string{"رجب", "rajab", "recep"},
		[]string{"شعبان", "shaban", "shaaban", "şaban"},
		[]string{"رمضان", "ramadan", "ramadhan", "ramazan", "ramzan"},
		[]string{"شوال", "shawwal", "shawal", "şevval"},
		[]string{"ذو القعدة", "ذي القعدة", "ذو القعده", "dhu al qadah", "dhul qadah", "dhu al qidah", "dhul qaidah", "dhu al qada", "zulkaidah", "zilkade"},
		[]string{"ذو الحجة", "ذي الحجة", "ذو الحجه", "dhu al hijjah", "dhul hijjah", "dhu al hijja", "dhul hijja", "zulhijjah", "zilhicce"},
	)
	add(calSolarHijri,
		[]string{"فروردین", "فروردين", "farvardin", "hamal", "حمل"},
		[]string{"اردیبهشت", "ارديبهشت", "ordibehesht", "sawr", "saur", "ثور"},
		[]string{"خرداد", "khordad", "jawza", "jauza", "جوزا"},
		[]string{"تیر", "تير", "tir", "saratan", "سرطان"},
		[]string{"مرداد", "امرداد", "mordad", "amordad", "asad", "اسد"},
		[]string{"شهریور", "شهريور", "shahrivar", "sunbula", "sonbola", "سنبله"},
		[]string{"مهر", "mehr", "mizan", "میزان", "ميزان"},
		[]string{"آبان", "ابان", "aban", "aqrab", "عقرب"},
		[]string{"آذر", "اذر", "azar", "qaws", "qaus", "قوس"},
		[]string{"دی", "دي", "dey", "jadi", "جدی", "جدي"},
		[]string{"بهمن", "bahman", "dalw", "dalv", "دلو"},
		[]string{"اسفند", "esfand", "hut", "hoot", "حوت"},
	)
	add(calEthiopian,
		[]string{"መስከረም", "meskerem"},
		[]string{"ጥቅምት", "tikimt", "tekemt", "tikemet"},
		[]string{"ኅዳር", "ህዳር", "hidar", "hedar"},
		[]string{"ታኅሣሥ", "ታህሳስ", "ታህሣሥ", "tahsas", "tahesas"},
		[]string{"ጥር", "ter"},
		[]string{"የካቲት", "yekatit"},
		[]string{"መጋቢት", "megabit"},
		[]string{"ሚያዝያ", "miyazya", "miazia"},
		[]string{"ግንቦት", "ginbot", "genbot"},
		[]string{"ሰኔ", "sene"},
		[]string{"ሐምሌ", "ሀምሌ", "hamle"},
		[]string{"ነሐሴ", "ነሀሴ", "nehase", "nehasse"},
		[]string{"ጳጉሜ", "ጳጉሜን", "pagume", "pagumen"},
	)
	slices.SortStableFunc(ms, func(a, b calendarMonth) int { return len(b.name) - len(a.name) })
	return ms
}()

// ethiopianMarks are the suffixes that say a date is Ethiopian: E.C.
// (Ethiopian calendar) and ዓ.ም. (ዓመተ ምሕረት, year of mercy).
var ethiopianMarks = [...]string{"E.C.", "E.C", "EC", "ዓ.ም.", "ዓ.ም", "ዓ/ም", "ዓ. ም."}

// EthiopianDate is the Gregorian date of Ethiopian date y-m-d (month 13
// is Pagume, five or six days): 1 Meskerem falls on 11 September of the
// Gregorian year y+7 (on the 12th before a Gregorian leap year, so a
// reading is off by a day at most). Years 1900 to 2200.
func EthiopianDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 13 || d < 1 || d > 30 || m == 13 && d > 6 {
		return time.Time{}, false
	}
	return time.Date(y+7, time.September, 11, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (m-1)*30+d-1), true
}

// namedCalendarDate reads a date of birth whose month is named in the
// Islamic ("1 ربيع الأول 1432", "1 Rabi' al-Awwal 1432"), Solar Hijri
// ("10 مرداد 1392") or Ethiopian ("ግንቦት 10, 2003") calendar, or whose
// numeric date carries the Ethiopian calendar's mark ("2003-05-10 E.C."),
// and returns its Gregorian date. The day and the year are the only
// numbers besides the month's name; the year must be one of the calendar
// for a living person (Hijri 1300 to 1500, Ethiopian 1900 to 2200).
func namedCalendarDate(s string) (y, m, d int, ok bool) {
	if len(s) >= 10 {
		if y, m, d, ok = markedDate(s, ethiopianMarks[:], EthiopianDate); ok {
			return y, m, d, true
		}
	}
	if len(s) < 6 || len(s) > 60 || isASCIIDigitsPunct(s) {
		return 0, 0, 0, false
	}
	n := calendarText(s)
	for _, cm := range calendarMonths {
		i := strings.Index(n, cm.name)
		if i < 0 || !wordEdge(n, i, i+len(cm.name)) {
			continue
		}
		day, year, ok := dayAndYear(n[:i] + " " + n[i+len(cm.name):])
		if !ok {
			return 0, 0, 0, false
		}
		var t time.Time
		switch cm.cal {
		case calIslamic, calSolarHijri:
			dates, k := OtherCalendars(year, cm.month, day)
			if k == 0 {
				return 0, 0, 0, false
			}
			t = dates[1]
			if cm.cal == calSolarHijri {
				t = dates[0]
			}
		case calEthiopian:
			if t, ok = EthiopianDate(year, cm.month, day); !ok {
				return 0, 0, 0, false
			}
		}
		return t.Year(), int(t.Month()), t.Day(), true
	}
	return 0, 0, 0, false
}

// calendarText is s lower-cased for month names: apostrophes and
// ʿayn/hamza marks dropped, hyphens and underscores between letters made
// spaces ("Rabi' al-Awwal" is "rabi al awwal").
func calendarText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prevLetter := false
	for i, r := range s {
		switch r {
		case '\'', '’', '‘', 'ʿ', 'ʾ', '`':
			continue
		case '-', '_':
			if prevLetter && i+1 < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsLetter(next) {
					b.WriteByte(' ')
					continue
				}
			}
		}
		prevLetter = unicode.IsLetter(r)
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// wordEdge reports whether s[i:j] stands alone: no letter touches it on
// either side.
func wordEdge(s string, i, j int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) {
			return false
		}
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// dayAndYear reads the two numbers left beside a month's name: a day of
// one or two digits and a year of four, in either order, with nothing
// but separators, era marks and a few filler words around them.
func dayAndYear(s string) (day, year int, ok bool) {
	var nums [2]int
	var digits [2]int
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			if n == 2 {
				return 0, 0, false
			}
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				nums[n] = nums[n]*10 + int(s[i]-'0')
				digits[n]++
				i++
			}
			n++
			continue
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += size2
			}
			switch s[i:j] {
			case "de", "of", "the", "st", "nd", "rd", "th", "ah", "sh", "h", "hijri", "ه", "هـ", "ش", "سنة", "عام", "ዓ", "ም":
			default:
				return 0, 0, false
			}
			i = j
			continue
		}
		i += size
	}
	switch {
	case n != 2:
		return 0, 0, false
	case digits[0] <= 2 && digits[1] == 4:
		return nums[0], nums[1], true
	case digits[0] == 4 && digits[1] <= 2:
		return nums[1], nums[0], true
	}
	return 0, 0, false
}

// isASCIIDigitsPunct reports whether s has no letter at all (most dates:
// "2014-06-01"), so that no month name need be looked for.
func isASCIIDigitsPunct(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z' {
			return false
		}
	}
	return true
}
