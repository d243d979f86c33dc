package detect

import (
	"math"
	"time"
)

// ParseDate parses the date forms found in sign-up payloads and returns a
// valid calendar date:
//
//	2007-06-05                   ISO 8601 calendar date
//	2007-06-05T10:00:00Z         ISO 8601 / RFC 3339 date-time (also with a
//	2007-06-05 10:00:00.123+03:00  space, fractions, offsets; time is checked)
//	2007/06/05                   yyyy/mm/dd
//	05.06.2007                   dd.mm.yyyy (day and month may be 1 digit)
//	05/06/2007                   dd/mm/yyyy, or mm/dd/yyyy when forced
//
// Slashed dates are ambiguous between the European dd/mm/yyyy and the US
// mm/dd/yyyy. They are read as dd/mm/yyyy — the more common form across the
// jurisdictions this classifier serves — unless the second field is above 12
// and the first is not, which only mm/dd/yyyy can explain: 05/06/2007 is
// 5 June, 06/13/2007 is 13 June. Either way the value is a date, so the
// choice only matters to callers that use the returned fields.
//
// The year must have four digits; ParseDate does not restrict its range (the
// date_of_birth detector does). Compact yyyymmdd is not accepted here
// because any 8-digit number would then be a date; see ParseCompactDate.
func ParseDate(s string) (y, m, d int, ok bool) {
	s = trim(s)
	if len(s) < 8 {
		return 0, 0, 0, false
	}
	if len(s) >= 10 && digits(s[:4]) && (s[4] == '-' || s[4] == '/') {
		if s[7] != s[4] || !digits(s[5:7]) || !digits(s[8:10]) {
			return 0, 0, 0, false
		}
		y, m, d = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10])
		if s[4] == '/' && len(s) != 10 || s[4] == '-' && !validTimeSuffix(s[10:]) {
			return 0, 0, 0, false
		}
	} else {
		var sep byte
		var a, b int
		if a, sep, s, ok = field12(s); !ok || (sep != '.' && sep != '/') {
			return 0, 0, 0, false
		}
		var sep2 byte
		if b, sep2, s, ok = field12(s); !ok || sep2 != sep || len(s) != 4 || !digits(s) {
			return 0, 0, 0, false
		}
		y, d, m = atoi(s), a, b
		if sep == '/' && b > 12 && a <= 12 {
			d, m = b, a
		}
	}
	if !validDate(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// field12 reads a 1- or 2-digit field followed by a separator.
func field12(s string) (v int, sep byte, rest string, ok bool) {
	i := 0
	for i < len(s) && i < 3 && isDigit(s[i]) {
		v = v*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i > 2 || i >= len(s) {
		return 0, 0, "", false
	}
	return v, s[i], s[i+1:], true
}

// validTimeSuffix accepts "" or an ISO 8601 time part: [T ]hh:mm[:ss[.f+]]
// followed by an optional Z or ±hh[:mm] offset.
func validTimeSuffix(s string) bool {
	if s == "" {
		return true
	}
	if s[0] != 'T' && s[0] != 't' && s[0] != ' ' {
		return false
	}
	s = s[1:]
	if len(s) < 5 || !digits(s[:2]) || s[2] != ':' || !digits(s[3:5]) ||
		atoi(s[:2]) > 23 || atoi(s[3:5]) > 59 {
		return false
	}
	s = s[5:]
	if len(s) >= 3 && s[0] == ':' {
		if !digits(s[1:3]) || atoi(s[1:3]) > 60 { // 60: leap second
			return false
		}
		s = s[3:]
		if len(s) > 1 && (s[0] == '.' || s[0] == ',') {
			i := 1
			for i < len(s) && i <= 9 && isDigit(s[i]) {
				i++
			}
			if i == 1 {
				return false
			}
			s = s[i:]
		}
	}
	switch {
	case s == "" || s == "Z" || s == "z":
		return true
	case s[0] == '+' || s[0] == '-':
		s = s[1:]
		switch len(s) {
		case 2:
			return digits(s) && atoi(s) <= 14
		case 4:
			return digits(s) && atoi(s[:2]) <= 14 && atoi(s[2:]) <= 59
		case 5:
			return s[2] == ':' && digits(s[:2]) && digits(s[3:]) && atoi(s[:2]) <= 14 && atoi(s[3:]) <= 59
		}
	}
	return false
}

// ParseCompactDate parses yyyymmdd. It is separate from ParseDate because an
// 8-digit number is a date only when the field name says so (birthDate,
// dob); the date_of_birth detector does not use it.
func ParseCompactDate(s string) (y, m, d int, ok bool) {
	s = trim(s)
	if len(s) != 8 || !digits(s) {
		return 0, 0, 0, false
	}
	y, m, d = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:])
	if !validDate(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// DateOfBirth is the date_of_birth detector: a string ParseDate accepts with
// a year in 1900..2100. The range excludes version-like strings such as
// 0001-01-01 (a zero time.Time) and far-future sentinels like 9999-12-31.
func DateOfBirth(s string) bool {
	y, _, _, ok := ParseDate(s)
	return ok && y >= 1900 && y <= 2100
}

// Epoch-millisecond bounds of [1900-01-01, 2101-01-01) in UTC.
const (
	minDOBMillis = -2208988800000
	maxDOBMillis = 4133980800000
)

// EpochMillisDate converts a JSON number holding milliseconds since the Unix
// epoch into a UTC calendar date, accepting only 1900-01-01 through
// 2100-12-31 so that counters and small integers are not taken for dates
// (values in 1970 ± a few weeks still are; callers need a name hint).
func EpochMillisDate(v float64) (y, m, d int, ok bool) {
	if math.IsNaN(v) || v < minDOBMillis || v >= maxDOBMillis {
		return 0, 0, 0, false
	}
	t := time.UnixMilli(int64(math.Floor(v))).UTC()
	y, mon, d := t.Date()
	return y, int(mon), d, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}
