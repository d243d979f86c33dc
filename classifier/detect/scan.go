package detect

import (
	"strings"
	"unicode/utf8"
)

// Match is one identifier found inside free text.
type Match struct {
	Detector   string
	Start, End int
}

// namedFunc pairs a detector name with its validator for the scanner's
// dispatch tables.
type namedFunc struct {
	name string
	fn   Func
}

// Free-text detectors are the personal identifiers only. Company numbers
// (br_cnpj, ru_inn_company, ru_ogrn, eu_vat) are not personal data, and
// ru_inn_company and ru_ogrn, with one check digit each, would match about
// one in ten order numbers or Unix timestamps of their length. Within a
// length, schemes are tried in the order listed (two check digits before
// one) and the first that validates names the match; a value valid under two
// schemes is rare because each has its own check.
var (
	scanByDigits = [20][]namedFunc{
		9:  {{"us_ssn", ssnDashed}},
		11: {{"br_cpf", brCPF}, {"ru_snils", ruSNILS}, {"pl_pesel", plPESEL}, {"tr_tckn", trTCKN}, {"de_idnr", deIdNr}},
		12: {{"ru_inn", ruINN}, {"kz_iin", kzIIN}, {"in_aadhaar", inAadhaar}, {"payment_card", PaymentCard}},
		13: {{"kr_rrn", krRRN}, {"payment_card", PaymentCard}},
		14: {{"payment_card", PaymentCard}},
		15: {{"fr_nir", frNIR}, {"payment_card", PaymentCard}},
		16: {{"payment_card", PaymentCard}},
		17: {{"payment_card", PaymentCard}},
		18: {{"cn_ric", cnRIC}, {"payment_card", PaymentCard}},
		19: {{"payment_card", PaymentCard}},
	}
	scanByChars = [19][]namedFunc{
		9:  {{"gb_nino", gbNINO}, {"es_dni", esDNI}},
		10: {{"in_pan", inPAN}, {"tw_id", twID}},
		15: {{"fr_nir", frNIR}},
		16: {{"it_codice_fiscale", itCodiceFiscale}},
		18: {{"cn_ric", cnRIC}},
	}
)

// ssnDashed is us_ssn restricted to AAA-GG-SSSS: in prose nine bare digits
// are far more often something else.
func ssnDashed(s string) bool {
	return len(s) == 11 && s[3] == '-' && s[6] == '-' && usSSN(s)
}

// Scanner limits. An IBAN (34 characters, nine groups of four) is the
// longest identifier and the one with most groups, bar phone numbers written
// in pairs. Bounding both keeps the work per group constant, hence the scan
// linear.
const (
	maxSpanChars  = 34
	maxSpanGroups = 12
	winSize       = 16 // ring capacity: a power of two ≥ maxSpanGroups
)

// ScanText finds e-mails, international phone numbers, payment cards, IBANs
// and national identifiers embedded in free text (bios, notes, a JSON
// document inside a string). It calls fn for each match (byte offsets into
// s). Candidates are tokens: e-mail-shaped tokens around '@', runs of digits
// with single separators (space, '-', '.', '/'), letter+digit tokens for
// IBAN/NINO/PAN/DNI/codice fiscale.
//
// Matches are reported in ascending order and never overlap. A candidate
// must sit on ASCII word boundaries ("x4111111111111111" is not a card). In
// a run of groups the longest valid span starting at the leftmost group
// wins, so "4111 1111 1111 1111 12/29" reports the card. Phone numbers need
// a '+' or "00" prefix and may use parentheses ("+1 (415) 555-2671"); a
// US SSN needs its dashes. Company identifiers and dates are not reported.
func ScanText(s string, fn func(Match)) {
	if !atOrDigit(s) {
		return
	}
	scanText(s, fn)
}

// scanText is ScanText without its prefilter.
func scanText(s string, fn func(Match)) {
	pos, from := 0, 0
	for from < len(s) {
		i := strings.IndexByte(s[from:], '@')
		if i < 0 {
			break
		}
		at := from + i
		if a, b, ok := emailAround(s, at, pos); ok {
			scanRuns(s, pos, a, fn)
			fn(Match{Detector: "email", Start: a, End: b})
			pos, from = b, b
		} else {
			from = at + 1
		}
	}
	scanRuns(s, pos, len(s), fn)
}

// atOrDigit reports whether s holds an '@' or an ASCII digit. Every match
// does: an e-mail its '@', and classify takes no span without a digit (a
// phone's run starts at one, or at a '+' before one). Labels, words and
// most prose have neither and are not scanned.
func atOrDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '@' || c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// isScanLocal is the local-part alphabet used when expanding around '@' in
// prose. It is narrower than RFC atext on purpose: quotes, braces and
// slashes in text delimit an address far more often than they belong to it.
func isScanLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// emailAround expands from the '@' at index at to the surrounding address,
// not looking left of lo, and validates it. Expansion is bounded by the RFC
// 5321 part lengths, which keeps the scan linear even for "@@@@…".
func emailAround(s string, at, lo int) (start, end int, ok bool) {
	a := at
	for a > lo && at-a <= maxLocal {
		c := s[a-1]
		if c < utf8.RuneSelf {
			if !isScanLocal(c) {
				break
			}
			a--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[lo:a])
		if !isIDNRune(r) {
			break
		}
		a -= size
	}
	if at-a > maxLocal {
		return 0, 0, false // part of a longer token
	}
	for a < at && s[a] == '.' {
		a++
	}
	b := at + 1
	for b < len(s) && b-at <= maxDomain {
		c := s[b]
		if c < utf8.RuneSelf {
			if !isAlnum(c) && c != '-' && c != '.' {
				break
			}
			b++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[b:])
		if !isIDNRune(r) {
			break
		}
		b += size
	}
	for b > at+1 && (s[b-1] == '.' || s[b-1] == '-') {
		b-- // sentence punctuation, not part of the domain
	}
	if a == at || !Email(s[a:b]) {
		return 0, 0, false
	}
	return a, b, true
}

func isWordByte(c byte) bool { return isAlnum(c) || c == '_' }

// scanRuns scans s[lo:hi], which holds no e-mail address, for runs.
func scanRuns(s string, lo, hi int, fn func(Match)) {
	// One scanner for every run: zeroing its window for each word of a
	// long text cost more than reading the word.
	var r runScanner
	for p := lo; p < hi; {
		c := s[p]
		start := isWordByte(c) || c == '+' && p+1 < hi && isDigit(s[p+1])
		if start && (p == 0 || !isWordByte(s[p-1])) {
			if isDigit(c) && afterTimeColon(s, p) {
				p = skipSeconds(s, p, hi)
				continue
			}
			p = r.scanRun(s, p, hi, fn)
			continue
		}
		p++
	}
}

// afterTimeColon reports whether the digits at p follow "<digit>:", as the
// minutes and seconds of a time of day do. Read as a run, the seconds and
// their fraction ("…T10:15:30.123456Z") join into "30123456Z", a Spanish
// DNI for one time in 23; an identifier written in text never follows a
// digit and a colon.
func afterTimeColon(s string, p int) bool {
	return p >= 2 && s[p-1] == ':' && isDigit(s[p-2])
}

// skipSeconds returns the end of the time component at p: its digits, and a
// fraction of a second after '.' or ','.
func skipSeconds(s string, p, hi int) int {
	for p < hi && isWordByte(s[p]) {
		p++
	}
	if p+1 < hi && (s[p] == '.' || s[p] == ',') && isDigit(s[p+1]) {
		for p++; p < hi && isWordByte(s[p]); p++ {
		}
	}
	return p
}

// group is a maximal run of word bytes inside a run.
type group struct {
	start, end      int
	digits, letters int
	paren           bool // the gap before this group held a parenthesis
	bad             bool // holds '_' or is longer than any identifier
	afterNumber     bool // the previous group of the run is all digits
}

// runScanner slides a window of groups over one run: groups joined by gaps
// of a single separator, optionally with a parenthesis on either side.
type runScanner struct {
	s        string
	hi       int
	next     int // start of the next unread group; -1 once the run has ended
	nextPar  bool
	lastNum  bool // the last group read is all digits
	end      int  // end of the last group read
	head, n  int  // the window is win[head], …, win[head+n-1] (mod winSize)
	win      [winSize]group
	plus     int // index of a '+' before the run's first group, or -1
	firstIdx int // how many groups have been dropped from the window
}

// at returns the i-th group of the window. A ring rather than a shifted
// array, because the window slides by one group per word of prose.
func (r *runScanner) at(i int) *group { return &r.win[(r.head+i)&(winSize-1)] }

func isGapSep(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == '/' }

// read appends the next group of the run to the window.
func (r *runScanner) read() bool {
	if r.next < 0 || r.n == maxSpanGroups {
		return false
	}
	g := r.at(r.n)
	*g = group{start: r.next, paren: r.nextPar, afterNumber: r.lastNum}
	q := r.next
	for q < r.hi && isWordByte(r.s[q]) {
		switch c := r.s[q]; {
		case isDigit(c):
			g.digits++
		case c == '_':
			g.bad = true
		default:
			g.letters++
		}
		q++
	}
	g.end = q
	g.bad = g.bad || q-g.start > maxSpanChars
	r.lastNum = g.letters == 0 && !g.bad
	r.n++
	r.end = q

	k, paren := q, false
	if k < r.hi && r.s[k] == ')' {
		k, paren = k+1, true
	}
	if k < r.hi && isGapSep(r.s[k]) {
		k++
	}
	if k < r.hi && r.s[k] == '(' {
		k, paren = k+1, true
	}
	r.next = -1
	if k > q && k < r.hi && isWordByte(r.s[k]) {
		r.next, r.nextPar = k, paren
	}
	return true
}

func (r *runScanner) drop(k int) {
	r.head = (r.head + k) & (winSize - 1)
	r.n -= k
	r.firstIdx += k
}

// scanRun scans the run starting at p and returns where it ends.
func (r *runScanner) scanRun(s string, p, hi int, fn func(Match)) int {
	// Every field but the window, whose groups read writes before use.
	r.s, r.hi, r.next, r.nextPar, r.lastNum, r.end = s, hi, p, false, false, 0
	r.head, r.n, r.plus, r.firstIdx = 0, 0, -1, 0
	if s[p] == '+' {
		r.plus = p
		r.next = p + 1
	}
	for r.read() {
	}
	for r.n > 0 {
		if m, j, ok := r.best(); ok {
			fn(m)
			r.drop(j + 1)
		} else {
			r.drop(1)
		}
		for r.read() {
		}
	}
	return r.end
}

// best finds the longest span of groups starting at the window's first
// group that some detector accepts, and returns it with its last group's
// index in the window.
func (r *runScanner) best() (Match, int, bool) {
	first := r.at(0)
	intl := r.plus >= 0 && r.firstIdx == 0
	// Words do not start identifiers; the letter prefixes that do are at
	// most two letters long when written apart ("AB 12 34 56 C", "X-1234567-L").
	if first.bad || first.digits == 0 && first.end-first.start > 2 {
		return Match{}, 0, false
	}
	// Extend the span as far as the limits allow, then shrink it from the
	// right, so the longest acceptable span wins.
	last, d, l, singles, parenFrom := -1, 0, 0, 0, maxSpanGroups
	for j := 0; j < r.n; j++ {
		g := r.at(j)
		if g.end-g.start == 1 {
			singles++
		}
		// No written form of any identifier here has more than two
		// one-character groups ("X-2482300-W", "+7 8 916 …"); stopping
		// there keeps "1 2 3 4 5 …" from reaching the validators.
		if g.bad || d+l+g.digits+g.letters > maxSpanChars || singles > 2 {
			break
		}
		d, l = d+g.digits, l+g.letters
		if j > 0 && g.paren && parenFrom == maxSpanGroups {
			parenFrom = j
		}
		last = j
	}
	start := first.start
	if intl {
		start = r.plus
	}
	// A "00" international prefix must open a number, not sit inside a
	// longer digit sequence ("tel 0049 30 …" but not "1234 0049 …").
	idd := !first.afterNumber
	for j := last; j >= 0; j-- {
		g := r.at(j)
		if name := classify(r.s[start:g.end], d, l, j >= parenFrom, intl, idd); name != "" {
			return Match{Detector: name, Start: start, End: g.end}, j, true
		}
		d, l = d-g.digits, l-g.letters
	}
	return Match{}, 0, false
}

// classify names the detector that accepts span, given its digit and letter
// counts, or returns "".
func classify(span string, digits, letters int, paren, intl, idd bool) string {
	if intl || idd && letters == 0 && len(span) > 2 && span[0] == '0' && span[1] == '0' {
		if letters == 0 && Phone(span) {
			return "phone"
		}
		if intl {
			return ""
		}
	}
	if paren || digits == 0 {
		return ""
	}
	var cands []namedFunc
	switch n := digits + letters; {
	case letters == 0 && digits < len(scanByDigits):
		cands = scanByDigits[digits]
	case letters > 0 && n < len(scanByChars):
		cands = scanByChars[n]
	}
	for _, c := range cands {
		if c.fn(span) {
			return c.name
		}
	}
	if n := digits + letters; letters > 0 && n >= 15 && n <= maxSpanChars && IBAN(span) {
		return "iban"
	}
	return ""
}
