package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Order says how to read a slashed date whose first two fields could each
// be the day or the month (05/06/2014).
type Order uint8

const (
	// Younger reads an ambiguous date as the later of its two readings:
	// when the subject's country does not settle the order, the reading
	// that makes the subject younger is the one that fails safe (a
	// possible minor is treated as one).
	Younger Order = iota
	// DayFirst is dd/mm/yyyy, the order of most of the world.
	DayFirst
	// MonthFirst is mm/dd/yyyy, the order of the United States.
	MonthFirst
)

// ParseBirthDate reads a date of birth from a value that a field's name
// already says is one, so it accepts more notations than ParseDate, whose
// detector must not take arbitrary strings for dates:
//
//	2014-06-01, 2014/06/01, 2014.06.01     year first
//	01.06.2014, 1.6.2014                    day first
//	06/01/2014, 06-01-2014                  by order (see Order)
//	20140601                                compact yyyymmdd
//	1 June 2014, June 1, 2014, 1-Jun-2014   month names in the covered
//	1. Juni 2014, 1 de junio de 2014        languages, full, genitive or
//	1 июня 2014 г., 1 czerwca 2014 r.       abbreviated
//	1. června 2014, 2014. június 1.
//	2014年6月1日, 2014년 6월 1일              CJK
//
// Fullwidth digits are read as digits. A time of day after an ISO date is
// accepted as ParseDate accepts it.
func ParseBirthDate(s string, order Order) (y, m, d int, ok bool) {
	s = trim(s)
	if y, m, d, ok = ParseCompactDate(s); ok {
		return y, m, d, true
	}
	if len(s) >= 10 && digits(s[:4]) && (s[4] == '-' || s[4] == '/') {
		return ParseDate(s) // ISO, with an optional time of day
	}
	var f [3]int
	var nd [3]int // digits in each numeric field
	n, month, cjk := 0, 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			if n == len(f) {
				return 0, 0, 0, false
			}
			v, k := 0, 0
			for i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
				if r >= '０' && r <= '９' {
					r -= '０' - '0'
				}
				if r < '0' || r > '9' {
					break
				}
				v = v*10 + int(r-'0')
				k++
				i += size
			}
			if k > 4 {
				return 0, 0, 0, false
			}
			f[n], nd[n] = v, k
			n++
			// A CJK date says which field is which.
			if i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
				switch r {
				case '年', '년':
					cjk = true
					y = v
					i += size
				case '月', '월':
					cjk = true
					m = v
					i += size
				case '日', '일':
					cjk = true
					d = v
					i += size
				}
			}
		case unicode.IsLetter(r):
			var w string
			w, i = letterRun(s, i)
			if mo, ok := monthNames[w]; ok {
				if month != 0 {
					return 0, 0, 0, false
				}
				month = mo
				continue
			}
			if _, ok := dateFiller[w]; !ok {
				return 0, 0, 0, false
			}
		default:
			i += size
		}
	}
	switch {
	case cjk:
		if y == 0 || m == 0 || d == 0 {
			return 0, 0, 0, false
		}
	case month != 0 && n == 2:
		// "1 June 2014", "June 1, 2014", "2014 June 1": the four-digit
		// field is the year.
		m = month
		switch {
		case nd[1] == 4 && nd[0] <= 2:
			d, y = f[0], f[1]
		case nd[0] == 4 && nd[1] <= 2:
			y, d = f[0], f[1]
		default:
			return 0, 0, 0, false
		}
	case month == 0 && n == 3 && nd[0] == 4 && nd[1] <= 2 && nd[2] <= 2:
		y, m, d = f[0], f[1], f[2] // 2014.06.01
	case month == 0 && n == 3 && nd[0] <= 2 && nd[1] <= 2 && nd[2] == 4:
		a, b := f[0], f[1]
		y = f[2]
		switch {
		case !strings.ContainsAny(s, "/-") || a > 12:
			// Dotted dates are day first wherever they are used.
			d, m = a, b
		case b > 12:
			m, d = a, b
		case order == DayFirst:
			d, m = a, b
		case order == MonthFirst:
			m, d = a, b
		default:
			// Both readings are dates: the later one fails safe.
			d, m = a, b
			if a > b {
				m, d = a, b
			}
		}
	default:
		return 0, 0, 0, false
	}
	if !validDate(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// dateFiller holds the words that may stand between the parts of a written
// date: "1 de junio de 2014", "1 июня 2014 г.", "the 1st of June".
var dateFiller = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range []string{
		"de", "del", "of", "the", "st", "nd", "rd", "th", "er", "e", "le", "el", "am", "den", "der",
		"г", "года", "год", "р", "року", "рік", "roku", "r", "yil", "yılı", "年", "년", "월", "일",
		"di", "do", "da", "van", "z", "w",
		// Czech and Slovak "roku"; Hungarian day suffixes ("1-jén",
		// "2-án", "4-én").
		"jén", "én", "án",
	} {
		m[w] = struct{}{}
	}
	return m
}()

// monthNames maps month names of the covered languages, full, genitive and
// abbreviated, lower-cased, to the month's number.
var monthNames = func() map[string]int {
	m := map[string]int{}
	for _, lang := range [][12]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre", "oct", "nov", "dic"},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"janv", "févr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "déc"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
		{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
		{"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
		{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"},
		{"січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"},
		{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		// Czech, nominative and genitive ("1. června 2014").
		{"leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"},
		{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
		// Slovak, nominative and genitive ("1. júna 2014").
		{"január", "február", "marec", "apríl", "máj", "jún", "júl", "august", "september", "október", "november", "december"},
		{"januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"},
		// Hungarian, full and abbreviated ("2014. június 1.", "2014. jún. 1.").
		{"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"},
		{"jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept", "okt", "nov", "dec"},
	} {
		for i, name := range lang {
			if _, dup := m[name]; !dup {
				m[name] = i + 1
			}
		}
	}
	return m
}()

// ParseMonthYear reads a month and year written without a day: a month
// name and a four-digit year in either order ("June 2014", "Juni 2014",
// "juin 2014", "junio de 2014", "Jun-2014", "2014 June"), or CJK
// ("2014年6月", "2014년 6월"). The caller chooses the day.
func ParseMonthYear(s string) (y, m int, ok bool) {
	s = trim(s)
	if len(s) < 6 || len(s) > 40 {
		return 0, 0, false
	}
	year, num, cjkMonth := -1, -1, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			v, k := 0, 0
			for i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
				if r >= '０' && r <= '９' {
					r -= '０' - '0'
				}
				if r < '0' || r > '9' {
					break
				}
				v = v*10 + int(r-'0')
				k++
				i += size
			}
			switch {
			case k == 4 && year < 0:
				year = v
			case k <= 2 && num < 0 && m == 0:
				num = v // a CJK month, if a month mark follows
			default:
				return 0, 0, false
			}
			if i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
				switch {
				case (r == '年' || r == '년') && k == 4:
					i += size
				case (r == '月' || r == '월') && k <= 2:
					cjkMonth = true
					i += size
				}
			}
		case unicode.IsLetter(r):
			var w string
			w, i = letterRun(s, i)
			if mo, ok := monthNames[w]; ok && m == 0 {
				m = mo
				continue
			}
			if _, ok := dateFiller[w]; !ok {
				return 0, 0, false
			}
		case r == ' ' || r == ',' || r == '.' || r == '-' || r == '/':
			i += size
		default:
			return 0, 0, false
		}
	}
	switch {
	case year < 0:
		return 0, 0, false
	case m != 0 && num < 0:
	case m == 0 && cjkMonth && num >= 1 && num <= 12:
		m = num
	default:
		return 0, 0, false
	}
	return year, m, true
}

// letterRun is the run of letters starting at s[i], lower-cased, and the
// index just past it.
func letterRun(s string, i int) (string, int) {
	start := i
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return strings.ToLower(s[start:i]), i
}
