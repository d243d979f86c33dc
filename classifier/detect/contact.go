package detect

import (
	"net/netip"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
)

// RFC 5321 limits, in octets. Internationalised addresses (RFC 6531) are
// measured in UTF-8 octets too, which is what a mail server would enforce.
const (
	maxLocal  = 64
	maxDomain = 255
	maxLabel  = 63
)

// Email reports whether s is a practical e-mail address: a dot-atom local
// part, one '@', and a domain of at least two labels whose last label (the
// TLD) has two or more letters. Unicode is accepted in both halves (EAI and
// IDN). A quoted local part ("anna schmidt"@example.de, RFC 5322) is
// accepted as the whole value, with no quote or backslash inside: it names
// a mailbox as surely, and hiding a name in quotes must not hide it from
// the rules. Address literals ("user@[10.0.0.1]") are rejected.
func Email(s string) bool {
	s = trim(s)
	if len(s) > 4 && s[0] == '"' {
		end := strings.IndexByte(s[1:], '"') + 1
		if end < 2 || end > maxLocal+1 || end+1 >= len(s) || s[end+1] != '@' || strings.IndexByte(s[1:end], '\\') >= 0 {
			return false
		}
		return validDomain(s[end+2:])
	}
	at := strings.IndexByte(s, '@')
	if at <= 0 || at > maxLocal || at != strings.LastIndexByte(s, '@') {
		return false
	}
	return validLocal(s[:at]) && validDomain(s[at+1:])
}

// isAtext is RFC 5322 atext for ASCII.
func isAtext(c byte) bool {
	if isAlnum(c) {
		return true
	}
	switch c {
	case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '/', '=', '?', '^', '_', '`', '{', '|', '}', '~':
		return true
	}
	return false
}

func validLocal(l string) bool {
	if len(l) == 0 || len(l) > maxLocal || l[0] == '.' || l[len(l)-1] == '.' {
		return false
	}
	for i := 0; i < len(l); {
		c := l[i]
		if c < utf8.RuneSelf {
			if c == '.' {
				if l[i-1] == '.' {
					return false
				}
			} else if !isAtext(c) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(l[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) {
			return false
		}
		i += size
	}
	return true
}

func validDomain(d string) bool {
	if len(d) < 4 || len(d) > maxDomain {
		return false
	}
	labels := 0
	for len(d) > 0 {
		i := strings.IndexByte(d, '.')
		label := d
		if i >= 0 {
			label, d = d[:i], d[i+1:]
			if len(d) == 0 { // trailing dot: a FQDN, not an address
				return false
			}
		} else {
			d = ""
		}
		if !validLabel(label) {
			return false
		}
		labels++
		if len(d) == 0 {
			return labels >= 2 && validTLD(label)
		}
	}
	return false
}

// validLabel accepts LDH labels and Unicode labels (U-labels) made of
// letters, marks and digits; hyphens may not start or end a label.
func validLabel(l string) bool {
	if len(l) == 0 || len(l) > maxLabel || l[0] == '-' || l[len(l)-1] == '-' {
		return false
	}
	for i := 0; i < len(l); {
		c := l[i]
		if c < utf8.RuneSelf {
			if !isAlnum(c) && c != '-' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(l[i:])
		if !isIDNRune(r) {
			return false
		}
		i += size
	}
	return true
}

func isIDNRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r))
}

// validTLD wants letters only (".рф", ".com") or a punycode A-label
// ("xn--p1ai"): every delegated TLD is one of those, and requiring it
// separates e-mail addresses from things like "v1.2@3.4".
func validTLD(l string) bool {
	if len(l) < 2 {
		return false
	}
	if len(l) > 4 && (l[:4] == "xn--" || l[:4] == "XN--") {
		return true // validLabel already checked the LDH characters
	}
	for i := 0; i < len(l); {
		c := l[i]
		if c < utf8.RuneSelf {
			if !isUpper(c) && !isLower(c) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(l[i:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
		i += size
	}
	return true
}

// phoneShape is the cheap filter run before libphonenumber, which allocates
// on every call. It accepts digits and the punctuation people put in phone
// numbers, an optional leading '+', and returns the number of digits after
// any international prefix ('+' or "00") and whether there was one.
func phoneShape(s string) (digits int, intl bool, ok bool) {
	if len(s) < 4 || len(s) > 40 {
		return 0, false, false
	}
	i := 0
	switch {
	case s[0] == '+':
		intl, i = true, 1
	case len(s) > 2 && s[0] == '0' && s[1] == '0':
		intl, i = true, 2
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/':
		default:
			return 0, false, false
		}
	}
	// E.164 caps a number at 15 digits, libphonenumber tolerates 17 national
	// digits after a 3-digit country code; nothing real is shorter than 7
	// once the country code is included.
	return digits, intl, digits >= 7 && digits <= 20
}

// Phone reports whether s is a valid international phone number: it must
// carry a '+' or "00" prefix, because a bare digit string could be anything
// (and would then collide with every numeric identifier).
func Phone(s string) bool {
	s = trim(s)
	if _, intl, ok := phoneShape(s); !ok || !intl {
		return false
	}
	return intlNumber(s) != nil
}

// intlNumber parses and validates an international number without
// phonenumbers.Parse. Once phoneShape has ruled out letters (hence
// extensions and vanity numbers), Parse does little for a '+' number beyond
// splitting off the country code and dropping a misplaced trunk prefix, yet
// it costs more than the validation itself (its extension regexp backtracks
// over the whole input). So the number is built from its digits: country
// code first, then the national number as written or, failing that, without
// the country's trunk prefix ("+44 (0)20 7946 0958", "+49 (0)30 …").
// It returns nil for an invalid number.
func intlNumber(s string) *phonenumbers.PhoneNumber {
	var d [20]byte
	n := 0
	i := 1
	if s[0] == '0' {
		i = 2
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			d[n] = s[i] // phoneShape capped the count at 20
			n++
		}
	}
	// Country calling codes are a prefix code, so the first known prefix
	// is the country code.
	for l := 1; l <= 3 && l < n; l++ {
		cc := num(d[:l])
		region := phonenumbers.GetRegionCodeForCountryCode(cc)
		if region == phonenumbers.UNKNOWN_REGION {
			continue
		}
		nsn := d[l:n]
		if num := validNSN(cc, nsn); num != nil {
			return num
		}
		ndd := phonenumbers.GetNddPrefixForRegion(region, true)
		if ndd != "" && len(nsn) > len(ndd) && string(nsn[:len(ndd)]) == ndd {
			return validNSN(cc, nsn[len(ndd):])
		}
		return nil
	}
	return nil
}

// validNSN checks a national significant number for a country code. The
// length check (IsPossibleNumber) runs first because it needs no regular
// expressions and rejects most wrong spans in ScanText.
func validNSN(cc int, nsn []byte) *phonenumbers.PhoneNumber {
	if len(nsn) < phonenumbers.MIN_LENGTH_FOR_NSN || len(nsn) > phonenumbers.MAX_LENGTH_FOR_NSN {
		return nil
	}
	// One allocation for the number and the fields its pointers name,
	// not one each: a phone is validated in most events.
	b := &phoneBox{cc: int32(cc)}
	for _, c := range nsn {
		b.nn = b.nn*10 + uint64(c-'0')
	}
	num := &b.num
	num.CountryCode, num.NationalNumber = &b.cc, &b.nn
	// Mirror Parse: leading zeros of the national number are kept in
	// separate fields (Italy, Côte d'Ivoire, …).
	if len(nsn) > 1 && nsn[0] == '0' {
		b.italian = true
		b.zeros = 1
		for int(b.zeros) < len(nsn)-1 && nsn[b.zeros] == '0' {
			b.zeros++
		}
		num.ItalianLeadingZero = &b.italian
		if b.zeros > 1 {
			num.NumberOfLeadingZeros = &b.zeros
		}
	}
	if !phonenumbers.IsPossibleNumber(num) || !phonenumbers.IsValidNumber(num) {
		return nil
	}
	return num
}

// phoneBox holds a number built by validNSN with its fields.
type phoneBox struct {
	num     phonenumbers.PhoneNumber
	cc      int32
	nn      uint64
	italian bool
	zeros   int32
}

// PhoneRegion parses s, using defaultRegion (an ISO 3166-1 alpha-2 code, may
// be empty) for numbers written in national format such as
// "8 916 123-45-67" with "RU", validates it and returns the region the number
// belongs to according to libphonenumber: "+7 7xx…" is KZ and "+7 9xx…" RU,
// "+1 …" resolves to US, CA or a Caribbean country. Non-geographic numbers
// (+800, +882…) return "001". Without defaultRegion the number must be
// international.
func PhoneRegion(s string, defaultRegion string) (region string, ok bool) {
	s = trim(s)
	_, intl, ok := phoneShape(s)
	if !ok || !intl && defaultRegion == "" {
		return "", false
	}
	var num *phonenumbers.PhoneNumber
	if intl {
		num = intlNumber(s)
	} else {
		num = parsePhone(s, strings.ToUpper(defaultRegion))
	}
	if num == nil {
		return "", false
	}
	region = phonenumbers.GetRegionCodeForNumber(num)
	return region, region != ""
}

// parsePhone parses a number in the national format of region (which
// libphonenumber needs to strip trunk prefixes such as the Russian 8) and
// validates it; it returns nil for an invalid number.
func parsePhone(s, region string) *phonenumbers.PhoneNumber {
	num, err := phonenumbers.Parse(s, region)
	if err != nil || !phonenumbers.IsValidNumber(num) {
		return nil
	}
	return num
}

// CallingCodeRegion returns the main country of an international calling
// code written alone ("+250": RW, "+7": RU, "+1": US).
func CallingCodeRegion(v string) (string, bool) {
	v = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), "+"))
	if len(v) == 0 || len(v) > 3 || strings.Trim(v, "0123456789") != "" {
		return "", false
	}
	cc, _ := strconv.Atoi(v)
	r := phonenumbers.GetRegionCodeForCountryCode(cc)
	if r == phonenumbers.UNKNOWN_REGION || r == "001" {
		return "", false
	}
	return r, true
}

// MACAddress reports whether s is a hardware (MAC) address: six pairs of
// hex digits joined by ':' or '-' (3e:22:fb:b9:5b:75), or three groups of
// four joined by '.' (Cisco's 3e22.fbb9.5b75). A device's, so a person's.
func MACAddress(s string) bool {
	s = trim(s)
	switch len(s) {
	case 17:
		sep := s[2]
		if sep != ':' && sep != '-' {
			return false
		}
		for i := 0; i < 17; i++ {
			if i%3 == 2 {
				if s[i] != sep {
					return false
				}
			} else if !isHex(s[i]) {
				return false
			}
		}
		return s != "00:00:00:00:00:00" && !strings.EqualFold(s, "ff:ff:ff:ff:ff:ff")
	case 14:
		for i := 0; i < 14; i++ {
			if i == 4 || i == 9 {
				if s[i] != '.' {
					return false
				}
			} else if !isHex(s[i]) {
				return false
			}
		}
		return true
	}
	return false
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f' }

// Coordinates reports whether s is a place to about ten metres: a
// latitude and a longitude in decimal degrees, each with four decimals or
// more ("52.520008,13.404954", "-33.8688 151.2093"), also as a geo: URI
// (RFC 5870) or a WKT point ("POINT(13.404954 52.520008)"); in degrees,
// minutes and seconds (52°31'12.0"N 13°24'17.8"E); an Open Location Code
// ("9F4MGCGV+2Q"); or a what3words address ("///filled.count.soap").
func Coordinates(s string) bool {
	s = trim(s)
	if len(s) < 10 || len(s) > 64 {
		return false
	}
	if plusCode(s) || what3words(s) || dmsPair(s) {
		return true
	}
	switch {
	case len(s) > 4 && strings.EqualFold(s[:4], "geo:"):
		s = s[4:]
		if k := strings.IndexByte(s, ';'); k >= 0 {
			s = s[:k]
		}
		if k := strings.IndexByte(s, ','); k >= 0 {
			if k2 := strings.IndexByte(s[k+1:], ','); k2 >= 0 {
				s = s[:k+1+k2] // an altitude after the longitude
			}
		}
	case len(s) > 6 && strings.EqualFold(s[:5], "point") && strings.HasSuffix(s, ")"):
		in := strings.TrimSpace(s[5:])
		if !strings.HasPrefix(in, "(") {
			return false
		}
		f := strings.Fields(in[1 : len(in)-1])
		if len(f) != 2 {
			return false
		}
		s = f[1] + "," + f[0] // WKT is longitude first
	}
	if len(s) < 13 {
		return false
	}
	i := strings.IndexAny(s, ", ;")
	if i <= 0 {
		return false
	}
	lat, lon := s[:i], strings.TrimLeft(s[i+1:], " ")
	la, ok1 := degrees(lat)
	lo, ok2 := degrees(lon)
	return ok1 && ok2 && la >= -90 && la <= 90 && lo >= -180 && lo <= 180
}

// plusCode reports whether s is a full Open Location Code: eight digits of
// its alphabet, "+", two or three more (about 14 m or 3 m).
func plusCode(s string) bool {
	const alphabet = "23456789CFGHJMPQRVWXcfghjmpqrvwx"
	if len(s) != 11 && len(s) != 12 || s[8] != '+' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 8 && strings.IndexByte(alphabet, s[i]) < 0 {
			return false
		}
	}
	return true
}

// what3words reports whether s is a what3words address: "///" and three
// lower-case words joined by dots (the slashes are the service's mark).
func what3words(s string) bool {
	rest, ok := strings.CutPrefix(s, "///")
	if !ok {
		return false
	}
	parts := strings.Split(rest, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 {
			return false
		}
		for _, r := range p {
			if !unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// dmsPair reports whether s is a latitude and a longitude in degrees,
// minutes and seconds with their hemispheres (52°31'12.0"N 13°24'17.8"E).
func dmsPair(s string) bool {
	if strings.Count(s, "°") != 2 {
		return false
	}
	hemis := 0
	for _, r := range s {
		switch r {
		case 'N', 'S', 'E', 'W':
			hemis++
		}
	}
	return hemis == 2 && strings.ContainsAny(s, "'′") && strings.ContainsAny(s, "\"″")
}

// degrees reads a decimal number with four decimals or more.
func degrees(v string) (float64, bool) {
	dot := strings.IndexByte(v, '.')
	if dot < 1 || len(v)-dot-1 < 4 || len(v)-dot-1 > 10 {
		return 0, false
	}
	f, err := strconv.ParseFloat(v, 64)
	return f, err == nil
}

// EmailCountry returns the country of an e-mail address's country-code
// top-level domain (orange.fr: FR, btinternet.co.uk: GB), or "" for a
// generic domain or a country code sold worldwide as a vanity domain
// (.io, .co, .me, .tv): a hint of where its owner lives, never evidence
// alone.
func EmailCountry(s string) string {
	s = trim(s)
	at := strings.LastIndexByte(s, '@')
	dot := strings.LastIndexByte(s, '.')
	if at < 0 || dot < at || len(s)-dot != 3 {
		return ""
	}
	a, b := s[dot+1]|0x20, s[dot+2]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return ""
	}
	tld := string([]byte{a - 0x20, b - 0x20})
	switch {
	case tld == "UK":
		return "GB"
	case strings.Contains(vanityTLDs, tld):
		return ""
	}
	return tld
}

// vanityTLDs are country codes mostly registered by people and firms
// elsewhere, as pairs.
const vanityTLDs = "IO CO ME TV LY AI FM GG TO WS CC SH AC NU TK MS LA GL SC ST VC BZ CX DJ ML GA CF GQ IM AS CD SU EU"

// IP reports whether s is an IPv4 or IPv6 address in a textual form
// net/netip accepts (dotted-decimal IPv4 without leading zeros, which some
// parsers read as octal). Zoned addresses ("fe80::1%eth0") are rejected:
// they are link-local interface references, not a person's address.
func IP(s string) bool {
	s = trim(s)
	if i := strings.IndexByte(s, ':'); i > 6 && strings.Count(s, ":") == 1 && strings.Count(s[:i], ".") == 3 && len(s)-i-1 <= 5 && strings.Trim(s[i+1:], "0123456789") == "" && i < len(s)-1 {
		s = s[:i] // an IPv4 address with its port ("93.184.216.34:51234")
	}
	if len(s) < 2 || len(s) > 45 || !ipShape(s) {
		return false
	}
	_, err := netip.ParseAddr(s)
	return err == nil
}

// ipShape keeps ParseAddr, whose errors allocate, away from the numbers,
// dates and words that make up most rejected values.
func ipShape(s string) bool {
	colons, dots, letters := 0, 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ':':
			colons++
		case c == '.':
			dots++
		case isDigit(c):
		case 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F':
			// An IPv6 group has at most four hex digits before its colon.
			if colons == 0 && i > 3 {
				return false
			}
			letters = true
		default:
			return false
		}
	}
	if colons == 0 {
		return dots == 3 && !letters
	}
	return colons >= 2 && (dots == 0 || dots == 3)
}

// MaskedPhoneRegion reads the country of an international number whose
// middle is masked ("2547 ***** 011", "+7 916 ***-**-67", as payment
// providers show a payer's MSISDN): the calling code survives the mask.
// It needs three mask characters, three leading digits or more with no
// trunk 0, and nine to fifteen places in all; calling codes are a prefix
// code, so the first that names a region is the one.
func MaskedPhoneRegion(s string) (string, bool) {
	var lead []byte
	places, masks, inLead := 0, 0, true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			places++
			if inLead {
				lead = append(lead, c)
			}
		case c == '*' || c == 'x' || c == 'X' || c == '#':
			places++
			masks++
			inLead = false
		case c == '+' && i == 0, c == ' ', c == '-', c == '(', c == ')', c == '.':
		default:
			if strings.HasPrefix(s[i:], "•") {
				places++
				masks++
				inLead = false
				i += len("•") - 1
				continue
			}
			return "", false
		}
	}
	if masks < 3 || len(lead) < 3 || lead[0] == '0' || places < 9 || places > 15 {
		return "", false
	}
	for l := 1; l <= 3; l++ {
		cc, _ := strconv.Atoi(string(lead[:l]))
		if r := phonenumbers.GetRegionCodeForCountryCode(cc); r != phonenumbers.UNKNOWN_REGION && r != "001" {
			return r, true
		}
	}
	return "", false
}
