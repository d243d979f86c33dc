package classifier

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"iter"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
)

// settleEventID makes the one decision on the producer's event id once
// every value and text detector has read the event: the id may travel in
// the event-id header, the audit record's key and the full record's key
// only when its value passed the id check (eventID) and its field is
// still an event id that no applicable law calls personal or sensitive.
// "muslim-signup-42" passes the id check but is a religion by its text,
// so the event gets a derived id (UUIDv5 of where it was read) and the
// field stays what the detectors found. The other way round, a field
// whose value the id check rejects ("Иван.Петров", a phone, a name) is
// no envelope label: when nothing found it personal it is unknown, so
// every projection but full tokenizes or drops it.
func (rs *Ruleset) settleEventID(s *scratch, d *Decision, in Input) {
	if rs.idEventID < 0 {
		return
	}
	doc := &s.doc
	for c := doc.Nodes[0].First; c >= 0; c = doc.Nodes[c].Next {
		n := &doc.Nodes[c]
		if n.Kind != event.String || len(n.Str) == 0 {
			continue
		}
		if ki := rs.keyInfo(s, n.Key); ki.cat != rs.idEventID || !ki.whole {
			continue
		}
		l := s.leafOf(c)
		chosen := d.EventID == n.Str
		if chosen && l != nil && l.cat == rs.idEventID && !rs.personalUnderAny(s, l.cat) {
			continue // the producer's id, and an envelope label
		}
		if chosen {
			d.EventID = s.deriveID(in)
		} else if l == nil || l.cat != rs.idEventID || rs.eventIDCheck(s, n.Str) {
			continue // another candidate, not taken but no person's
		}
		if l != nil && (l.cat < 0 || !rs.cats[l.cat].personal) {
			l.cat, l.by, l.weak = -1, byDefault, false
		}
	}
}

// screenFailedEventID is settleEventID for an event that failed before
// its values were read (no jurisdiction, a walk that stopped): its id
// still keys the audit and quarantine records, so its value is read
// here as the value pass would read it under an event id's name.
func (rs *Ruleset) screenFailedEventID(s *scratch, d *Decision, in Input) {
	if rs.idEventID < 0 {
		return
	}
	doc := &s.doc
	for c := doc.Nodes[0].First; c >= 0; c = doc.Nodes[c].Next {
		n := &doc.Nodes[c]
		if n.Kind != event.String || n.Str != d.EventID {
			continue
		}
		if ki := rs.keyInfo(s, n.Key); ki.cat != rs.idEventID || !ki.whole {
			continue
		}
		l := leaf{node: c, cat: rs.idEventID, by: byName}
		rs.scanNonPersonal(s, &l, n.Str)
		if l.cat != rs.idEventID {
			d.EventID = s.deriveID(in)
		}
		return
	}
}

// eventIDCheck is eventID's check of a value (walk.go): a plain token, no
// credential, and what eventIDUsable accepts.
func (rs *Ruleset) eventIDCheck(s *scratch, v string) bool {
	return len(v) <= 128 && plainToken(v) && !secretShaped(v) && rs.eventIDUsable(s, v)
}

// personalUnderAny reports whether category cat is personal or sensitive
// under the taxonomy or any applicable law.
func (rs *Ruleset) personalUnderAny(s *scratch, cat int) bool {
	if rs.cats[cat].personal || rs.cats[cat].sensitive {
		return true
	}
	for _, j := range s.juris {
		if j.personal[cat] || j.sensitive[cat] {
			return true
		}
	}
	return false
}

// leafOf is the leaf of node i, or nil. Top-level members come first in
// the walk's order, so the search is short.
func (s *scratch) leafOf(i int32) *leaf {
	for k := range s.leaves {
		if s.leaves[k].node == i {
			return &s.leaves[k]
		}
	}
	return nil
}

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
//
// Generated ids are ASCII: letters of another script ("Иван.Петров") were
// written by a person. A word next to a birth year ("ivanov-1987") is a
// login, as "ivanov1987" is; a hex segment that decodes to text
// ("616e6e61406578616d706c652e6465" is anna@example.de) is that text.
func (rs *Ruleset) opaqueEventID(v string) bool {
	if isUUID(v) {
		return true
	}
	if !isASCII(v) {
		return false
	}
	if secretShaped(v) || ipInID(v) || macInID(v) || coordinatesInID(v) || mailInID(v) || groupedDigitsInID(v) {
		return false // ip-203-0-113-77, a MAC address, a GPS fix, ivanov.mail.ru
	}
	if shortWordID(v) {
		return false // "jsmith", "C01X00T47": a login or a document's number
	}
	if wordsOnlyID(v) {
		return false // "evt.garcia.lopez", "CUST-PETROV": words, not a generated id
	}
	if encodedTextID(v) {
		return false // base64url of "Иван Петров", its '_' and '-' splitting no segments
	}
	prev := segOther // the kind of the segment before, for a login and a year
	prevSeg := ""
	for seg := range alnumSegments(v) {
		if !opaqueSegment(seg) || rs.givenName(seg) || handleSegment(seg) || camelName(seg) {
			return false // a digit run, a word or a given name ("evt-ANNA-SCHMIDT")
		}
		kind := segmentKind(seg)
		if kind != segOther && prev != segOther && kind != prev {
			return false // "ivanov-1987", "1987_ivanov": a login and a birth year
		}
		if prevSeg != "" && (nameWord(prevSeg) && initials(seg) || initials(prevSeg) && nameWord(seg)) {
			return false // "Smith_J_1987", "Ivanov.I.I", "evt-Kim-JS": a surname and initials
		}
		prev = kind
		prevSeg = seg
	}
	return true
}

// encodedTextID reports whether v, less a short prefix ("evt_"), is
// base64 or base64url, '-' and '_' included, of text: the segments alone
// would not decode, being cut at those characters.
func encodedTextID(v string) bool {
	for range 2 {
		// A short prefix or two ("evt_", "urn:evt:").
		if i := strings.IndexAny(v, "_-.:"); i > 0 && i <= 5 {
			v = v[i+1:]
		}
	}
	if _, ok := base32Text(v); ok || encodedTextPart(v) {
		return true // "KNRWQ3LJMR2CYQLONZQSYMRQGEZS2MBSFUYDG": "Schmidt,Anna,2013-02-03"
	}
	// A short suffix ("_01", ".v1") after the encoded part.
	if i := strings.LastIndexAny(v, "_-."); i > 0 && len(v)-i <= 4 {
		_, ok := base32Text(v[:i])
		return ok || encodedTextPart(v[:i])
	}
	return false
}

func encodedTextPart(v string) bool {
	if len(v) < 12 || len(v) > 128 || !strings.ContainsAny(v, "-_") {
		return false // without them, the segments were decoded already
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !asciiAlnum(c) && c != '-' && c != '_' && c != '=' {
			return false
		}
	}
	var buf [96]byte
	for _, enc := range [...]*base64.Encoding{base64.URLEncoding, base64.RawURLEncoding} {
		if n, err := enc.Decode(buf[:], []byte(v)); err == nil {
			return !opaqueBytes(buf[:n])
		}
	}
	return false
}

// shortWordID reports whether v is one run of ASCII letters, or of
// letters and digits, shorter than twelve bytes: generators write longer
// ids (UUIDs, ULIDs, prefixed base-62), while a login ("jsmith") and a
// passport or a licence number ("C01X00T47") fit in fewer.
func shortWordID(v string) bool {
	if len(v) >= 12 {
		return false
	}
	letters, digits, nonHex := 0, 0, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
			nonHex = nonHex || c > 'f' || c < 'a'
		case c >= '0' && c <= '9':
			digits++
		default:
			return false
		}
	}
	// Lower-case hex with digits ("8a1c7e") is a program's short id.
	return letters > 0 && (nonHex || digits == 0)
}

// alnumSegments yields v's runs of ASCII letters and digits, the
// segments an id is made of ("evt", "2024", "Zk3Jq" in "evt-2024.Zk3Jq").
func alnumSegments(v string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(v); {
			if !asciiAlnum(v[i]) {
				i++
				continue
			}
			j := i
			for j < len(v) && asciiAlnum(v[j]) {
				j++
			}
			if !yield(v[i:j]) {
				return
			}
			i = j
		}
	}
}

// wordsOnlyID reports whether v has no digit and no segment in mixed case
// (base62's): no generator wrote it. Without randomness an id is words
// ("evt.garcia.lopez", "CUST-PETROV", "sig-ivanov"), and a surname is a
// word no list of given names knows.
func wordsOnlyID(v string) bool {
	words := 0
	for seg := range alnumSegments(v) {
		if allDigits(seg) {
			if len(seg) > 1 {
				return false // a counter ("evt-signup-77") or a time: generated
			}
			continue // "evt.garcia.lopez.7": one digit beside words adds nothing
		}
		if strings.ContainsAny(seg, "0123456789") {
			return false
		}
		if upper, lower, _ := letterCases(seg[1:]); upper > 0 && lower > 0 {
			return false // "evt_ZkqJWmX": base62
		}
		words++
	}
	return words > 0
}

// camelName reports whether an id's segment is a person's name written
// as a program joins words, with a short number after it: capitalized
// words ("AnnaSchmidt1", "TanvirRahman2024"), a lower-case first one
// ("annaSchmidt90"), or a family name and an initial ("KowalczykZ84").
// Base 62 of this length rarely falls into words of a capital and two
// small letters or more.
func camelName(seg string) bool {
	end := len(seg)
	for end > 0 && seg[end-1] >= '0' && seg[end-1] <= '9' {
		end--
	}
	if len(seg)-end > 4 || end < 6 {
		return false
	}
	words, initial := 0, false
	for i := 0; i < end; {
		j := i + 1
		for j < end && seg[j] >= 'a' && seg[j] <= 'z' {
			j++
		}
		first := seg[i]
		switch {
		case j-i == 1 && first >= 'A' && first <= 'Z' && j == end && words > 0:
			initial = true // the initial closing "KowalczykZ"
		case j-i >= 3 && (first >= 'A' && first <= 'Z' || i == 0 && first >= 'a' && first <= 'z'):
			words++
		default:
			return false
		}
		i = j
	}
	return words >= 2 || words == 1 && initial
}

// nameWord reports whether an id's segment reads as a surname: letters
// in lower case or in capitals ("ivanov", "SMITH") or Capitalized ("Kim"),
// where generated segments mix cases and digits.
func nameWord(seg string) bool {
	if len(seg) < 3 || len(seg) > 20 {
		return false
	}
	upper, lower, ok := letterCases(seg)
	if !ok {
		return false
	}
	// Prefixes are short and lower case (evt, msg, ord, req): a word in
	// one case counts from five letters, a Capitalized one from three.
	return upper == 0 && lower >= 5 || lower == 0 && upper >= 5 || upper == 1 && lower >= 2 && seg[0] >= 'A' && seg[0] <= 'Z'
}

// initials reports whether an id's segment is one or two letters of one
// case ("J", "JS", "i"): a person's initials beside a surname.
func initials(seg string) bool {
	if len(seg) > 2 {
		return false
	}
	upper, lower, ok := letterCases(seg)
	return ok && (lower == 0 || upper == 0)
}

// letterCases counts the capitals and the lower-case letters of an id's
// segment, and reports whether it is ASCII letters only.
func letterCases(seg string) (upper, lower int, ok bool) {
	for k := 0; k < len(seg); k++ {
		switch c := seg[k]; {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			upper++
		default:
			return 0, 0, false
		}
	}
	return upper, lower, true
}

// Kinds of an id's segment, for a login written beside a birth year.
const (
	segOther = iota
	segWord  // five letters or more in one case, or Capitalized: "ivanov", "Ivanov"
	segYear  // four digits from 1900 to 2014: a birth year, not when the event happened
)

func segmentKind(seg string) int {
	if len(seg) == 4 && allDigits(seg) {
		if y, _ := strconv.Atoi(seg); y >= 1900 && y < 2015 {
			return segYear
		}
		return segOther
	}
	if len(seg) < 5 {
		return segOther
	}
	upper, lower := 0, 0
	for k := 0; k < len(seg); k++ {
		switch c := seg[k]; {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			if k > 0 {
				upper++
			}
		default:
			return segOther
		}
	}
	if upper > 0 && lower > 0 {
		return segOther // base62's mixed case
	}
	return segWord
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
	if len(seg) >= 8 && len(seg) <= 128 {
		// Decoded on the stack: the event id is read for every event.
		var src [128]byte
		var buf [96]byte
		copy(src[:], seg)
		if len(seg)%2 == 0 && hexSegment(seg) {
			// Hex is decoded as base64 is: a digest's bytes are random,
			// an encoded e-mail, phone or login is text.
			if n, err := hex.Decode(buf[:], src[:len(seg)]); err == nil && !opaqueBytes(buf[:n]) {
				return false
			}
		}
		for _, enc := range [...]*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			if n, err := enc.Decode(buf[:], src[:len(seg)]); err == nil {
				return opaqueBytes(buf[:n]) && !bytes.ContainsRune(buf[:n], '@')
			}
		}
	}
	return true
}

// opaqueBytes reports whether the bytes a segment decodes to say nothing
// about a person: no run of seven digits (a phone, a national number) and
// not text. Random bytes are printable text one time in 2,000 for eight
// of them and in 10^7 for sixteen, and all letters one time in 20,000 for
// five, so a decoded id that is text was encoded from text
// ("anna@example.de", "Schmidt,Anna,2013-02-03", "Иван Петров",
// "muslim").
func opaqueBytes(b []byte) bool {
	if hasLongDigitRun(b) {
		return false
	}
	if len(b) < 5 || !utf8.Valid(b) {
		return true
	}
	letters, digits, other := 0, 0, 0
	for _, r := range string(b) {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r >= '0' && r <= '9':
			digits++
		case r >= 0x20 && r < 0x7f, unicode.IsSpace(r), unicode.IsPunct(r):
			other++
		default:
			return true // a control byte, a replacement: binary
		}
	}
	if len(b) < 8 {
		return other > 0 || digits > 0 // short text only when it is a word
	}
	// Text: words, or a number written with its separators (a SNILS
	// "112-233-445 95", a date "2014-06-01").
	return letters < 3 && digits < 6
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
		// Up to 2030 only: ten digits from 2,0 billion on are a North
		// American phone (area codes 201 and up) as often as a time.
		lo, hi := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
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
