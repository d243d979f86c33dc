package detect

// Separator sets are bit masks over ASCII codes below 64, so the inner loop
// of compact tests membership with one shift instead of a string search.
const (
	sepSpace uint64 = 1 << ' '
	sepDash  uint64 = 1 << '-'
	sepDot   uint64 = 1 << '.'
	sepSlash uint64 = 1 << '/'
)

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

func isAlnum(c byte) bool { return isDigit(c) || isUpper(c) || isLower(c) }

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// trim drops surrounding ASCII whitespace. Values come from JSON where a
// stray space around an identifier does not make it any less personal.
func trim(s string) string {
	for len(s) > 0 && isASCIISpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isASCIISpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// compact copies the ASCII letters (upper-cased) and digits of s into dst and
// reports how many it copied. A separator from seps is accepted only between
// two alphanumerics, so "12--34", "-1234" and "1234 " are rejected: the
// written forms of every scheme here use single separators between groups,
// and being strict keeps prose like "1990 - 2001" from compacting into a
// candidate. Any other byte, or more alphanumerics than dst holds, fails.
func compact(dst []byte, s string, seps uint64) (int, bool) {
	n := 0
	afterSep := true // a leading separator is as wrong as a doubled one
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c) || isUpper(c):
		case isLower(c):
			c -= 'a' - 'A'
		default:
			if c < 64 && seps&(1<<c) != 0 && !afterSep {
				afterSep = true
				continue
			}
			return 0, false
		}
		if n == len(dst) {
			return 0, false
		}
		dst[n] = c
		n++
		afterSep = false
	}
	return n, n > 0 && !afterSep
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// allSame catches 000…0 and 111…1 style fillers, which satisfy several
// weighted-sum checksums by accident and are never issued.
func allSame(b []byte) bool {
	for _, c := range b[1:] {
		if c != b[0] {
			return false
		}
	}
	return true
}

// num parses a short run of ASCII digits; callers have checked them.
func num(b []byte) int {
	v := 0
	for _, c := range b {
		v = v*10 + int(c-'0')
	}
	return v
}

// weighted returns sum(w[i]*digit[i]) over the shorter of the two.
func weighted(b []byte, w []int) int {
	s := 0
	for i, c := range b {
		if i == len(w) {
			break
		}
		s += w[i] * int(c-'0')
	}
	return s
}

// luhnValid is the ISO/IEC 7812 mod-10 check used by cards, SIREN, Italian
// partita IVA and Swedish organisation numbers.
func luhnValid(b []byte) bool {
	return luhnSum(b)%10 == 0
}

// luhnSum doubles every second digit counting from the right, leaving the
// rightmost digit undoubled (python-stdnum's luhn.checksum).
func luhnSum(b []byte) int { return luhnDigits(b, false) }

// luhnDigits is the Luhn sum of b, doubling the rightmost digit when
// doubleLast is set (as when b still lacks its check digit).
func luhnDigits(b []byte, doubleLast bool) int {
	sum := 0
	double := doubleLast
	for i := len(b) - 1; i >= 0; i-- {
		d := int(b[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum
}

// mod1110Valid checks ISO 7064 MOD 11,10 with the check digit last (German
// Steuer-IdNr and USt-IdNr, Croatian OIB).
func mod1110Valid(b []byte) bool {
	p := 10
	for _, c := range b[:len(b)-1] {
		s := (int(c-'0') + p) % 10
		if s == 0 {
			s = 10
		}
		p = 2 * s % 11
	}
	return int(b[len(b)-1]-'0') == (11-p)%10
}

var verhoeffD = [10][10]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
	{1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
	{2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
	{3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
	{4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
	{5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
	{6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
	{7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
	{8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
	{9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
}

var verhoeffP = [8][10]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
	{1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
	{5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
	{8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
	{9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
	{4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
	{2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
	{7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
}

// verhoeffValid runs the dihedral-group check used by Aadhaar; unlike Luhn
// it catches every adjacent transposition.
func verhoeffValid(b []byte) bool {
	c := uint8(0)
	for i := 0; i < len(b); i++ {
		d := b[len(b)-1-i] - '0'
		c = verhoeffD[c][verhoeffP[i%8][d]]
	}
	return c == 0
}

// mod97 folds an alphanumeric string into its ISO 7064 MOD 97-10 remainder,
// letters counting as 10..35 (IBAN, Dutch btw-id).
func mod97(r int, b []byte) int {
	for _, c := range b {
		if isDigit(c) {
			r = (r*10 + int(c-'0')) % 97
		} else {
			r = (r*100 + int(c-'A') + 10) % 97
		}
	}
	return r
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}
