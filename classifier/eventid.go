package classifier

import (
	"bytes"
	"encoding/base64"
	"strconv"
	"time"

	"github.com/residency-labs/signup-classifier/classifier/detect"
)

// opaqueEventID reports whether a producer's event id can travel in the
// event-id header and the audit record's key of every output, pseudonymized
// and redacted ones included: whether it reads as generated rather than as
// something about the person. Ids are made of segments (letters and digits
// between separators, and runs of digits inside them); an id is opaque when
// every digit run is short (≤ 6), a plausible Unix time in seconds or
// milliseconds (evt-1782376286591), or too long for any phone or national
// number (≥ 20); when every segment of letters alone is short (evt, msg,
// next) or mixed-case like base62; and when a segment that is base64 does
// not decode to such a digit run (WhatsApp's wamid.HBgLMTY1… carries the
// phone number). "79161234567", "reg-44051401359", "Zbigniew.Kowalczyk.2024"
// and "signup:kowalczyk_z:1700000000" are not: the event gets an id derived
// from where it was read.
func (rs *Ruleset) opaqueEventID(v string) bool {
	if isUUID(v) {
		return true
	}
	if secretShaped(v) || ipInID(v) || macInID(v) || coordinatesInID(v) || mailInID(v) || groupedDigitsInID(v) {
		return false // ip-203-0-113-77, a MAC address, a GPS fix, ivanov.mail.ru
	}
	for i := 0; i < len(v); {
		if !asciiAlnum(v[i]) {
			i++
			continue
		}
		j := i
		for j < len(v) && asciiAlnum(v[j]) {
			j++
		}
		if !opaqueSegment(v[i:j]) || rs.givenName(v[i:j]) || handleSegment(v[i:j]) {
			return false // a digit run, a word or a given name ("evt-ANNA-SCHMIDT")
		}
		i = j
	}
	return true
}

// handleSegment reports whether an id's segment reads as a login: five
// lower-case letters or more and at most four digits after them
// ("ivanov77", "anna1987"), where generated ids mix cases or digits.
func handleSegment(seg string) bool {
	k := 0
	for k < len(seg) && seg[k] >= 'a' && seg[k] <= 'z' {
		k++
	}
	if k < 5 || k == len(seg) || len(seg)-k > 4 {
		return false
	}
	for _, c := range []byte(seg[k:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// groupedDigitsInID reports whether v holds a number written in groups
// ("5500-0000-0000-0004", "ssn-123-45-6789", "943-476-5919",
// "loc_52_5200_13_4050", "1985-03-12_signup"): 7 to 19 digits in two or
// more short groups joined by '-', '_', '.' or ':' — a card, a national
// number, a phone, a place or a birth date. A date from 2015 on is when
// the event happened ("evt_2024_06_01_000123"), and a group of eight
// digits or more is judged alone (a Unix time).
func groupedDigitsInID(v string) bool {
	for i := 0; i < len(v); {
		if v[i] < '0' || v[i] > '9' || i > 0 && asciiAlnum(v[i-1]) {
			i++
			continue
		}
		digits, groups, long, first := 0, 0, false, 0
		j := i
		for j < len(v) {
			k := j
			for k < len(v) && v[k] >= '0' && v[k] <= '9' {
				k++
			}
			if k == j {
				break
			}
			if groups == 0 {
				first = k - j
			}
			groups++
			digits += k - j
			long = long || k-j >= 8
			j = k
			if j+1 < len(v) && (v[j] == '-' || v[j] == '_' || v[j] == '.' || v[j] == ':') && v[j+1] >= '0' && v[j+1] <= '9' {
				j++
				continue
			}
			break
		}
		if j < len(v) && (v[j] >= 'A' && v[j] <= 'Z' || v[j] >= 'a' && v[j] <= 'z') {
			i = j + 1 // digits glued to letters: a token's, not a number's
			continue
		}
		if groups >= 2 && !long && digits >= 7 && digits <= 19 {
			if first == 4 && v[i] == '2' && v[i+1] == '0' && (v[i+2] > '1' || v[i+2] == '1' && v[i+3] >= '5') {
				i = j // an event's date
				continue
			}
			return true
		}
		i = j
	}
	return false
}

// macInID reports whether v holds a MAC address (six hex pairs joined by
// ':' or '-').
func macInID(v string) bool {
	for i := 0; i+17 <= len(v); i++ {
		if detect.MACAddress(v[i : i+17]) {
			return true
		}
	}
	return false
}

// coordinatesInID reports whether v holds two decimal degrees with four
// decimals or more ("52.520008:13.404954"): a place to a few metres.
func coordinatesInID(v string) bool {
	n := 0
	for i := 0; i < len(v); i++ {
		if v[i] != '.' || i == 0 || v[i-1] < '0' || v[i-1] > '9' {
			continue
		}
		d := 0
		for k := i + 1; k < len(v) && v[k] >= '0' && v[k] <= '9'; k++ {
			d++
		}
		if d >= 4 {
			n++
		}
	}
	return n >= 2
}

// mailInID reports whether v names a mail provider's domain
// ("ivanov.mail.ru", "anna-gmail-com"): an address, not a token.
func mailInID(v string) bool {
	for _, d := range [...]string{"gmail", "mail.ru", "mail-ru", "yandex", "outlook", "hotmail", "yahoo", "proton", "icloud", "gmx", "web.de", "qq.com", "163.com"} {
		if containsFold(v, d) {
			return true
		}
	}
	return false
}

func opaqueSegment(seg string) bool {
	letters, digits, upper, lower := 0, 0, false, false
	for k := 0; k < len(seg); k++ {
		switch c := seg[k]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z':
			letters++
			upper = upper || k > 0
		default:
			letters++
			lower = true
		}
	}
	switch {
	case digits == 0 && letters > 6 && !(upper && lower):
		return false // a word or a name, not base62
	case letters > 0 && len(seg) >= 8 && hexSegment(seg):
		// Hex (a digest, a UUID's parts): its digit runs are chance.
	case letters <= 5:
		// Digits with at most a short prefix ("reg44051401359",
		// "id79161234567"): each run of digits must say nothing. In a
		// random token (hex, base62) letters are many and digit runs
		// are chance.
		for k := 0; k < len(seg); {
			if seg[k] < '0' || seg[k] > '9' {
				k++
				continue
			}
			e := k
			for e < len(seg) && seg[e] >= '0' && seg[e] <= '9' {
				e++
			}
			if !opaqueDigits(seg[k:e]) {
				return false
			}
			k = e
		}
	}
	if len(seg) >= 16 && len(seg) <= 128 {
		// Decoded on the stack: the event id is read for every event.
		var src [128]byte
		var buf [96]byte
		copy(src[:], seg)
		for _, enc := range [...]*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			if n, err := enc.Decode(buf[:], src[:len(seg)]); err == nil {
				return !hasLongDigitRun(buf[:n]) && !bytes.ContainsRune(buf[:n], '@')
			}
		}
	}
	return true
}

// opaqueDigits reports whether a run of digits says nothing about a
// person: short, a Unix time from 2001 to 2100, or longer than any phone
// or national number.
func opaqueDigits(run string) bool {
	switch n := len(run); {
	case n <= 6 || n >= 20:
		return true
	case n == 10 || n == 13:
		v, err := strconv.ParseInt(run, 10, 64)
		if err != nil {
			return false
		}
		if n == 13 {
			v /= 1000
		}
		lo, hi := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
		return v >= lo && v < hi
	}
	return false
}

// hasLongDigitRun reports whether decoded bytes hold seven digits in a
// row: a phone or a national number inside an encoded id.
func hasLongDigitRun(b []byte) bool {
	run := 0
	for _, c := range b {
		if c >= '0' && c <= '9' {
			run++
			if run >= 7 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func hexSegment(seg string) bool {
	for i := 0; i < len(seg); i++ {
		if c := seg[i] | 0x20; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// ipInID reports whether an id spells an IPv4 address with '-', '.' or
// '_' between its four numbers.
func ipInID(v string) bool {
	n, run, nums := 0, 0, 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && v[i] >= '0' && v[i] <= '9' {
			n, run = n*10+int(v[i]-'0'), run+1
			continue
		}
		if run > 0 && run <= 3 && n <= 255 {
			nums++
			if nums == 4 {
				return true
			}
		} else {
			nums = 0
		}
		if i < len(v) && v[i] != '-' && v[i] != '.' && v[i] != '_' {
			nums = 0
		}
		n, run = 0, 0
	}
	return false
}
