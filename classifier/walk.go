package classifier

import (
	"crypto/sha1"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/google/uuid"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// idNamespace makes derived event ids (UUIDv5) ours alone.
var idNamespace = uuid.MustParse("6f1c3a52-3c0e-4a7e-9a63-0c3f1f7e2b10")

// deriveID is the UUIDv5 of the event's source coordinates (or of its
// bytes), so a reprocessed event keeps its id. It is uuid.NewSHA1 with the
// scratch's hash, which the hot path would otherwise allocate per event.
func (s *scratch) deriveID(in Input) string {
	if s.sha1 == nil {
		s.sha1 = sha1.New()
	}
	h := s.sha1
	h.Reset()
	h.Write(idNamespace[:])
	if !in.IDFromValue && in.Source != "" {
		s.tmp = append(s.tmp[:0], in.Source...)
		h.Write(s.tmp)
	} else {
		h.Write(in.Value)
	}
	s.buf = h.Sum(s.buf[:0])
	var u uuid.UUID
	copy(u[:], s.buf)
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	return u.String()
}

// eventID takes the event's own id (a top-level event.id field) when it
// is a plain token, so a reprocessed event keeps its id.
func (rs *Ruleset) eventID(s *scratch, doc *event.Doc, in Input) string {
	for c := doc.Nodes[0].First; c >= 0; c = doc.Nodes[c].Next {
		n := &doc.Nodes[c]
		if n.Kind != event.String || len(n.Str) == 0 || len(n.Str) > 128 {
			continue
		}
		if ki := rs.keyInfo(s, n.Key); ki.cat == rs.idEventID && ki.whole {
			if !rs.eventIDCheck(s, n.Str) {
				break
			}
			// Cloned: the decision outlives the input, which the
			// document aliases.
			return strings.Clone(n.Str)
		}
	}
	return s.deriveID(in)
}

// eventIDUsable is the one decision on what a producer's event id says:
// it may travel in the event-id header and the audit record's key of
// every output (when it is also a plain token and no credential: eventID)
// only when it is nothing a value detector calls personal (an IBAN, a national id), no special-category
// term ("muslim-signup-42"), no hex-encoded e-mail or phone, and opaque
// (opaqueEventID). The walk takes the id by it, and the value pass keeps
// the field an envelope label by it: a rejected id is personal by
// default in every projection.
func (rs *Ruleset) eventIDUsable(s *scratch, v string) bool {
	if !isASCII(v) {
		return false // "Иван.Петров": generated ids are ASCII
	}
	if isUUID(v) {
		return true // no identifier scheme has this shape
	}
	if cat, ok := rs.detectValue(s, v); ok && rs.cats[cat].personal {
		return false
	}
	if rs.findTerm(s, v) >= 0 {
		return false
	}
	if rs.encodedPersonal(s, v) {
		return false // hex, base32 or base58 of "anna@example.de"
	}
	return rs.opaqueEventID(v)
}

// encodedPersonal reports whether v, or a segment of it ("evt_" + base58),
// is hex, base32 (RFC 4648, either case, padded or not) or base58 of text
// that is personal: an e-mail address, a phone, a name, an identifier. A
// random id decodes to bytes, not text.
func (rs *Ruleset) encodedPersonal(s *scratch, v string) bool {
	if len(v) < 16 || len(v) > 256 {
		return false
	}
	personal := func(d string) bool {
		if strings.IndexByte(d, '@') > 0 || rs.personName(d) {
			return true
		}
		cat, ok := rs.detectValue(s, d)
		return ok && rs.cats[cat].personal
	}
	if d, ok := hexText(v); ok && personal(d) {
		return true
	}
	for i := 0; i < len(v); {
		j := i
		for j < len(v) && v[j] != '_' && v[j] != '-' && v[j] != '.' && v[j] != ':' {
			j++
		}
		if seg := v[i:j]; len(seg) >= 16 {
			if d, ok := base32Text(seg); ok && personal(d) {
				return true
			}
			if d, ok := base58Text(seg); ok && personal(d) {
				return true
			}
		}
		i = j + 1
	}
	return false
}

// base32Text decodes v when it is RFC 4648 base32 (upper or lower case,
// padding optional) of printable ASCII text.
func base32Text(v string) (string, bool) {
	t := strings.TrimRight(v, "=")
	if len(t) < 16 || len(t) > 200 {
		return "", false
	}
	var bits, n uint
	var buf [128]byte // on the stack: most candidates are random ids
	out := buf[:0]
	for i := 0; i < len(t); i++ {
		c := t[i]
		var d byte
		switch {
		case c >= 'A' && c <= 'Z':
			d = c - 'A'
		case c >= 'a' && c <= 'z':
			d = c - 'a'
		case c >= '2' && c <= '7':
			d = c - '2' + 26
		default:
			return "", false
		}
		bits = bits<<5 | uint(d)
		n += 5
		if n >= 8 {
			n -= 8
			b := byte(bits >> n)
			if b < 0x20 || b > 0x7e {
				return "", false
			}
			out = append(out, b)
			bits &= 1<<n - 1
		}
	}
	return string(out), len(out) >= 8
}

// base58Text decodes v when it is base58 (Bitcoin's alphabet) of
// printable ASCII text.
func base58Text(v string) (string, bool) {
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	if len(v) < 16 || len(v) > 64 {
		return "", false
	}
	var num [64]byte // big-endian, base 256
	size := 0
	for i := 0; i < len(v); i++ {
		d := strings.IndexByte(alphabet, v[i])
		if d < 0 {
			return "", false
		}
		carry := d
		for k := len(num) - 1; k >= len(num)-size || carry != 0; k-- {
			if k < 0 {
				return "", false
			}
			carry += 58 * int(num[k])
			num[k] = byte(carry)
			carry >>= 8
			if len(num)-k > size {
				size = len(num) - k
			}
		}
	}
	out := num[len(num)-size:]
	for _, b := range out {
		if b < 0x20 || b > 0x7e {
			return "", false
		}
	}
	return string(out), len(out) >= 8
}

// hexText decodes v when it is hex (an even number of 16 or more hex
// digits) of printable ASCII text; a digest decodes to bytes, not text.
func hexText(v string) (string, bool) {
	if len(v) < 16 || len(v)%2 != 0 || len(v) > 256 {
		return "", false
	}
	var buf [128]byte // on the stack: a digest or a trace id decodes to bytes, not text
	b := buf[:len(v)/2]
	for i := 0; i < len(b); i++ {
		hi, lo := unhex(v[2*i]), unhex(v[2*i+1])
		if hi < 0 || lo < 0 {
			return "", false
		}
		c := byte(hi<<4 | lo)
		if c < 0x20 || c > 0x7e {
			return "", false
		}
		b[i] = c
	}
	return string(b), true
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// isUUID reports whether s is a UUID in its canonical text form.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if c != '-' {
				return false
			}
			continue
		}
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func plainToken(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

// keyInfo is what a member name says, computed once per distinct name.
type keyInfo struct {
	cat     int  // category the name claims, -1 none
	exact   bool // claimed by an exact name, not a * pattern
	generic bool // too vague to classify by ("value", "id")
	context bool // means what its parent means ("name" under "app")
	geoIP   bool // a block of IP geolocation ("geoip", "ipinfo")
	// shapeCat: the name itself is an identifier by its shape ({"ivan@x.ru":
	// true}, a UUID): the category it is as data, or -1 (keys.go).
	shapeCat int
	// natCC: a yes/no flag about the subject's country ("is_korean"):
	// the country and its base when true (idvalues.go), "" for none.
	natCC   string
	natBase int
	// secret: the name itself is a credential: no projection can keep it.
	secret bool
	// whole: the whole name, not only its last dotted part, is an exact
	// name of cat ("event_id", but not "customer.uuid" for an event id).
	whole bool
	fold  string // the name folded (rules.NormalizeName)
	// credLike: the name hints at a secret (…pass…, …secret…, …token…):
	// a high-entropy value under it is taken for one.
	credLike bool
	dataCat  int // as data (keys.go): a term's category, a name's, or -1
	// meta: every word of the name is a metadata word (metadata.go).
	meta bool
	// evCtx is what a country field so named, or inside a member so
	// named, is evidence of: ctxNone for no rule, -1 for nothing.
	evCtx int
}

// odataAnnotation splits an OData instance annotation's member name,
// "field@Namespace.Term" or "@odata.term", into the field's name and
// whether the term is a formatted value. Only the OData vocabularies'
// namespaces count (odata, OData, Microsoft, Org, Core, ...), so an
// e-mail address as a member name ("ivan@mail.ru") is never one.
func odataAnnotation(key string) (base string, formatted, ok bool) {
	at := strings.LastIndexByte(key, '@')
	if at < 0 {
		return "", false, false
	}
	term := key[at+1:]
	dot := strings.IndexByte(term, '.')
	if dot <= 0 || dot == len(term)-1 {
		return "", false, false
	}
	switch term[:dot] {
	case "odata", "OData", "Microsoft", "Org", "Core", "Capabilities", "Validation", "Measures", "Aggregation", "Communication", "Display":
	default:
		return "", false, false
	}
	return key[:at], strings.HasSuffix(term, ".FormattedValue"), true
}

// b2cExtension is the attribute's name of an Azure AD B2C custom
// attribute's member name: "extension_", the application's id (32 hex
// digits, no dashes), "_", the name.
func b2cExtension(key string) (string, bool) {
	rest, ok := strings.CutPrefix(key, "extension_")
	if !ok || len(rest) < 34 || rest[32] != '_' {
		return "", false
	}
	for i := 0; i < 32; i++ {
		if c := rest[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return "", false
		}
	}
	return rest[33:], true
}

// ctxNone: no evidence context rule names the key. ctxOther: the key
// holds another person's record (a guardian's, a spouse's): no evidence of
// the subject's at all, a country field's as with "none" and also a
// citizenship, a phone, a locale or a national id's.
//
// ctxPast: the key holds a former or a wished-for state of the subject
// (previous_address, former_citizenship, desired_nationality): nothing
// under it is evidence of where the subject lives or which state they
// belong to now. ctxOthers: the key holds a collection of other people
// (guests, contacts, team_members): their record, not the subject's, when
// the event names its subject elsewhere (othersRecord); else it names no
// context (a users list that is the subject's own record).
const (
	ctxNone   = -2
	ctxOther  = -3
	ctxPast   = -4
	ctxOthers = -5
)

// keyInfo looks a member name up. Producers repeat the same names in every
// event, so answers are cached per rule set.
func (rs *Ruleset) keyInfo(s *scratch, key string) keyInfo {
	if v, ok := rs.keyCache.get(key); ok {
		return v
	}
	if attr, ok := b2cExtension(key); ok {
		// Azure AD B2C's and Entra External ID's custom attributes
		// ("extension_<app id>_PassportCountry"): the attribute's own
		// name says what it holds.
		ki := rs.keyInfo(s, attr)
		rs.keyCache.put(strings.Clone(key), ki)
		return ki
	}
	if len(key) > 8 && strings.EqualFold(key[:8], "urn:oid:") {
		if attr, ok := samlOIDs[key[8:]]; ok {
			// An X.500 or RFC 3739 attribute by its OID, as SAML
			// identity providers name them and their JSON exports keep
			// them ({"urn:oid:1.3.6.1.5.5.7.9.4": "RU"} is the
			// countryOfCitizenship): what xmldoc.go reads a SAML
			// Attribute's Name as (red team 29).
			ki := rs.keyInfo(s, attr)
			rs.keyCache.put(strings.Clone(key), ki)
			return ki
		}
	}
	if ki, ok := rs.dicomKey(s, key); ok {
		// A DICOM attribute's tag ("00100030"): what the standard says
		// it holds (dicom.go).
		rs.keyCache.put(strings.Clone(key), ki)
		return ki
	}
	if base, formatted, ok := odataAnnotation(key); ok {
		// OData's instance annotations name a field and what is said of
		// it ("birthdate@OData.Community.Display.V1.FormattedValue"): the
		// formatted value is the field's own value, written for display;
		// the rest (@odata.etag, lookuplogicalname) are labels.
		var ki keyInfo
		if formatted && base != "" {
			ki = rs.keyInfo(s, base)
		} else {
			label := rs.idTechnical
			if label < 0 {
				label = rs.idType
			}
			ki = keyInfo{cat: label, exact: label >= 0, fold: "odataannotation", dataCat: -1, shapeCat: -1, evCtx: ctxNone}
		}
		rs.keyCache.put(strings.Clone(key), ki)
		return ki
	}
	// The cache outlives the event: NormalizeName may return key itself,
	// which aliases the event's bytes (the parser does not copy), so the
	// cached fold must own its memory.
	k := strings.Clone(rules.NormalizeName(key))
	ki := keyInfo{generic: rs.generic[k], context: rs.context[k], fold: k, credLike: credentialLikeName(k)}
	ki.cat, ki.exact = rs.nameCategory(key)
	ki.geoIP = strings.Contains(k, "geoip") || strings.Contains(k, "ipgeo") || k == "ipinfo" || k == "iplocation" || k == "maxmind"
	ki.shapeCat, ki.secret = rs.keyShape(s, key)
	ki.natCC, ki.natBase = rs.nationalityFlag(k)
	ki.dataCat = rs.keyDataCat(s, key)
	ki.meta = rs.metadataName(key)
	if id, ok := rs.exact[k]; ok && id == ki.cat {
		ki.whole = true
	}
	ki.evCtx = rs.evidenceContext(key, k)
	if ki.cat < 0 && !ki.secret && isASCII(key) && strings.ContainsAny(key, "0134@$") {
		// Leetspeak ("passw0rd", "p@ssword", "pa$$word") hides a
		// credential's name from the rules, not from a reader: only a
		// credential is taken.
		if l := unleet(key); l != key {
			if lk := rs.keyInfo(s, l); lk.cat >= 0 && rs.cats[lk.cat].credential {
				ki = lk
			}
		}
	}
	if ki.cat < 0 && !ki.secret && !isASCII(key) {
		// A name in another normal form: decomposed (macOS writes パ as
		// ハ and a combining mark), halfwidth katakana, compatibility
		// forms. NFKC reads it as its rule is written.
		if nk := norm.NFKC.String(key); nk != key {
			if fk := rs.keyInfo(s, nk); fk.cat >= 0 || fk.secret {
				ki = fk
			}
		}
	}
	if ki.cat < 0 && !ki.secret && (!isASCII(key) || hasControl(key)) {
		// A name written with look-alikes ("pаssword" with a Cyrillic
		// а, fullwidth "ｐａｓｓｗｏｒｄ", "pass\u200bword", "passẃord")
		// means what it looks like: a form builder's label typed in
		// another keyboard, or someone hiding a field from the rules.
		// Only a name nothing claims is folded, so a name of its own
		// script ("contraseña", "пароль") keeps its own reading.
		if f := foldName(key); f != key && f != "" {
			if fk := rs.keyInfo(s, f); fk.cat >= 0 || fk.secret {
				ki = fk
			}
		}
	}
	if ki.cat < 0 && !ki.secret && !isASCII(key) {
		// A name half in one language, half in another ("otp_รหัส",
		// "пароль_x", "PIN-Code_暗証"): a part that alone names a
		// credential makes the whole one, since a credential may leave
		// in no projection.
		if ck, ok := rs.credentialPart(s, key); ok {
			ki = ck
		}
	}
	rs.keyCache.put(key, ki)
	return ki
}

// credentialPart looks up the parts of a member name written in more than
// one script, split at separators and where ASCII meets other letters,
// and returns the first that names a credential.
func (rs *Ruleset) credentialPart(s *scratch, key string) (keyInfo, bool) {
	start, ascii := 0, key != "" && key[0] < utf8.RuneSelf
	check := func(part string) (keyInfo, bool) {
		part = strings.Trim(part, "_-. ")
		if len(part) < 2 || part == key {
			return keyInfo{}, false
		}
		pk := rs.keyInfo(s, part)
		return pk, pk.secret || pk.cat >= 0 && rs.cats[pk.cat].credential
	}
	for i, r := range key {
		sep := r == '_' || r == '-' || r == '.' || r == ' '
		if isASCII := r < utf8.RuneSelf; sep || isASCII != ascii {
			if pk, ok := check(key[start:i]); ok {
				return pk, true
			}
			start, ascii = i, r < utf8.RuneSelf
		}
	}
	return check(key[start:])
}

// evidenceContext is what a country under member name key (folded k)
// is evidence of, by the first evidence context whose name starts k at a
// word's end: "shipping_address" is an address, "similar_country" no
// SIM card's. A context that makes a country no evidence of the subject
// (a device's, a store's, a target's) stands aside when a later word of
// the name is the subject (device_owner, storeCustomer, targetUser,
// preferred_address): the thing's owner is the person.
func (rs *Ruleset) evidenceContext(key, k string) int {
	if rs.subjectRecord(k) {
		// The subject's own record: "traveler" is no "travel".
		return ctxNone
	}
	for _, c := range rs.evContexts {
		if !strings.HasPrefix(k, c.prefix) {
			continue
		}
		if len(c.prefix) <= 4 && len(k) > len(c.prefix) && isASCII(key) && !wordStartsAt(key, len(c.prefix)) && k[len(c.prefix):] != "s" {
			// A short context inside a longer word: "sim" in similar,
			// "job" in jobseeker (but "jobs" is jobs). Longer ones
			// head compounds written as one word (postaladdress).
			continue
		}
		if c.base == ctxOthers && len(k) > len(c.prefix) && k[len(c.prefix):] != "s" && (!isASCII(key) || !wordStartsAt(key, len(c.prefix))) {
			// A collection of people by its whole name, or its first
			// word: "members" is no "membership".
			continue
		}
		if (c.base < 0 && c.base != ctxPast || c.base == baseIP) && subjectWordAfter(key, len(c.prefix)) {
			// previous_address is still a former one; geo_residence
			// and geo_home are the subject's place, no IP's.
			continue
		}
		return c.base
	}
	if isASCII(key) {
		// A phone's or a locale's word later in the name
		// (contact_phone_country, userLocaleCountry, billing_msisdn_country
		// aside, which its first word names): the country of a number or
		// a setting, weak evidence, never a residence that localizes.
		for i := 1; i < len(k); i++ {
			if !wordStartsAt(key, i) {
				continue
			}
			for _, c := range rs.evContexts {
				if c.base != basePhone && c.base != baseLocale || !strings.HasPrefix(k[i:], c.prefix) {
					continue
				}
				if end := i + len(c.prefix); len(c.prefix) <= 4 && end < len(k) && !wordStartsAt(key, end) && k[end:] != "s" {
					continue
				}
				return c.base
			}
		}
	}
	return ctxNone
}

// subjectWordAfter reports whether a word of ASCII name key after its
// first n folded letters names the subject or their own place.
func subjectWordAfter(key string, n int) bool {
	ws := words{s: key}
	seen := 0
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		seen += len(w)
		if seen <= n {
			continue
		}
		switch string(w) {
		case "owner", "customer", "user", "holder", "self", "member", "account", "address", "home",
			"residence", "resident", "applicant", "patient", "client", "subscriber", "person", "profile":
			return true
		}
	}
	return false
}

// unleet reads leetspeak's digits and symbols as the letters they stand
// for (0 o, 1 i, 3 e, 4 a, @ a, $ s).
func unleet(k string) string { return leet.Replace(k) }

var leet = strings.NewReplacer("0", "o", "1", "i", "3", "e", "4", "a", "@", "a", "$", "s")

// foldName folds a member name's look-alikes: format characters removed,
// NFKC (fullwidth letters become ASCII), combining marks dropped, and
// Cyrillic or Greek letters inside a Latin word made Latin. It allocates:
// keyInfo caches its answer per name.
func foldName(key string) string {
	var b []byte
	for _, r := range key {
		switch {
		case r >= 0x249c && r <= 0x24b5:
			// Parenthesized letters (⒜): NFKD would write "(a)".
			b = append(b, byte('a'+r-0x249c))
		case r >= 0x1f110 && r <= 0x1f129:
			b = append(b, byte('A'+r-0x1f110)) // 🄐: parenthesized capitals
		case r >= 0x1f130 && r <= 0x1f149, r >= 0x1f150 && r <= 0x1f169, r >= 0x1f170 && r <= 0x1f189:
			// Squared and negative circled or squared capitals
			// (🄰, 🅐, 🅰), which NFKD leaves as they are.
			b = append(b, byte('A'+(r-0x1f130)%0x20))
		case smallCaps[r] != 0:
			b = append(b, smallCaps[r]) // ᴀɴɴᴀ: small capitals, which NFKD leaves as they are
		case !unicode.Is(unicode.Cf, r) && !unicode.Is(unicode.Cc, r) && !invisibleLetter(r) && r != 0x180e:
			b = utf8.AppendRune(b, r)
		}
	}
	b = norm.NFKD.Bytes(b)
	n := b[:0]
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if !unicode.Is(unicode.Mn, r) {
			n = append(n, b[i:i+size]...)
		}
		i += size
	}
	return strings.ReplaceAll(string(foldConfusables(nil, norm.NFC.Bytes(n))), "ς", "σ")
}

// smallCaps maps the Latin small capitals to the letters they draw.
var smallCaps = map[rune]byte{
	'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j', 'ᴋ': 'k',
	'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v',
	'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
}

// invisibleLetter reports whether r is a default-ignorable code point
// that Unicode files as a letter or a mark and so outside Cf: the Hangul
// fillers (U+115F, U+1160, U+3164, U+FFA0), the combining grapheme joiner,
// Khmer's inherent vowels and Mongolian's variation selectors. They draw
// nothing, so "pass\u3164word" reads as password.
func invisibleLetter(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F,
		0xFFFD, 0xFFFE, 0xFFFF: // what a decoder makes of an invalid byte ("pass\xffword")
		return true
	}
	return false
}

// hasControl reports whether ASCII name k holds a control character (a
// NUL or a tab inside "pass\x00word").
func hasControl(k string) bool {
	for i := 0; i < len(k); i++ {
		if k[i] < 0x20 || k[i] == 0x7f {
			return true
		}
	}
	return false
}

// maxKeyCache bounds the caches: hostile events with random keys must not
// grow memory without limit.
const maxKeyCache = 100000

// nameCategory finds the category a key names, or -1, and whether an exact
// name (rather than a * pattern) said so.
func (rs *Ruleset) nameCategory(key string) (int, bool) {
	k := rules.NormalizeName(key)
	if k == "" {
		return -1, false
	}
	if id, ok := rs.exact[k]; ok {
		return id, true
	}
	if rs.generic[k] {
		return -1, false
	}
	if rs.idSecret >= 0 && hashedSecretName(key, k) {
		// A PIN's or a security answer's digest (pin_sha256,
		// security_answer_md5): the secret is found from it by trying,
		// so it is the credential (secrets.go). Before the patterns,
		// which may claim the digest's word for something else.
		return rs.idSecret, false
	}
	if len(key) > 2 && key[0] == '$' && key[1] != '$' {
		// PostHog's and Mixpanel's reserved properties ("$window_id",
		// "$os", "$insert_id") name what the name after "$" does.
		if c, _ := rs.nameCategory(key[1:]); c >= 0 {
			return c, false
		}
		if rest, ok := strings.CutPrefix(key[1:], "initial_"); ok && len(rest) > 1 {
			// "$initial_os", "$initial_referring_domain": the first
			// value PostHog saw of the property named after it.
			if c, _ := rs.nameCategory(rest); c >= 0 {
				return c, false
			}
		}
	}
	if pk := strings.TrimLeft(key, "/"); strings.IndexByte(pk, '/') > 0 && len(key) <= 512 && strings.Count(key, "/") <= maxPathKeySegments {
		// A bound on the segments read: each is looked up as a name
		// and by the patterns, and 480 keys of 250 segments doubled an
		// event's time (red team 35); a longer path is read as before.
		// A JSON Pointer's leading slash opens the same path
		// ("/token/device/model" was device.model, in clear).
		if c := rs.pathKeyCategory(pk); c >= 0 {
			return c, false
		}
	}
	if i := strings.LastIndexByte(key, '.'); i > 0 && i < len(key)-1 {
		// A namespaced name whose last part is an exact name
		// ("ext.lunchStatus", OneRoster's metadata extensions) names
		// that, before a pattern of the whole ("*status") does.
		if id, ok := rs.exact[rules.NormalizeName(key[i+1:])]; ok {
			if !rs.cats[id].personal && !rs.cats[id].credential {
				// Not when a pattern of the whole names personal data
				// or a credential: "cancer.stage" is a health record
				// (*cancer*), "religious.type" a religion, whatever
				// "stage" or "type" alone names (red team 32).
				if cat := rs.patternCategory(key, k); cat >= 0 && (rs.cats[cat].personal || rs.cats[cat].credential) {
					return cat, false
				}
			}
			return id, false // the last part's, not the whole name's
		}
	}
	if cat := rs.patternCategory(key, k); cat >= 0 {
		return cat, false
	}
	// A plural names what its singular does when that is personal data
	// or a credential ("phone_numbers" holds phone numbers, "api_tokens"
	// tokens). A non-personal singular is not taken: the fallback only
	// ever fails closed. Nor is free text's: "answers" and "messages" are
	// lists of records (a form's, a chat's), not one person's text.
	if len(k) >= 5 && k[len(k)-1] == 's' && len(key) > 1 {
		for n := 1; n <= 2; n++ {
			sing := k[:len(k)-n]
			if n == 2 && !strings.HasSuffix(k, "es") {
				break
			}
			cat, ok := rs.exact[sing]
			if !ok {
				cat = rs.patternCategory(key[:len(key)-n], sing)
			}
			if cat >= 0 && !rs.cats[cat].probe && (rs.cats[cat].personal || rs.cats[cat].credential) {
				return cat, false
			}
		}
	}
	// A dotted key ("contact.email") names its last part; so do a
	// namespaced one (Cognito's "custom:blood_type") and a claim's URI
	// ("http://itsme.services/v2/claim/claim_citizenship").
	if i := strings.LastIndexByte(key, '.'); i >= 0 && i < len(key)-1 {
		if c, exact := rs.nameCategory(key[i+1:]); c >= 0 {
			return c, exact
		}
		// A namespaced attribute whose last part says too little alone
		// (OpenTelemetry's "geo.country.iso_code", "app.otp.code"):
		// its last two parts name it together.
		if j := strings.LastIndexByte(key[:i], '.'); j >= 0 && i-j > 2 {
			// (Folded, "country.iso_code" is "countryisocode": no
			// string is built on the per-event path of pair labels.)
			return rs.nameCategory(key[j+1:])
		}
		return -1, false
	}
	if i := strings.LastIndexAny(key, ":/"); i >= 0 && i < len(key)-1 {
		return rs.nameCategory(key[i+1:])
	}
	// A Salesforce custom field ("Citizenship__c", a person account's
	// "Nationality__pc") names what its name does; so does a numbered
	// one ("citizenship1"). Only a personal or evidence category is
	// taken, so the fallback only ever fails closed.
	// (Trimmed on the folded name too, so that nothing is folded again:
	// this runs on a name/value pair's name for every event.)
	base, kb := strings.TrimRight(key, "0123456789"), strings.TrimRight(k, "0123456789")
	for _, suf := range [...]string{"__c", "__pc", "__C"} {
		if b, ok := strings.CutSuffix(base, suf); ok {
			base, kb = b, kb[:len(kb)-len(strings.TrimLeft(suf, "_"))]
		}
	}
	if base != key && len(kb) >= 2 {
		cat, exact := rs.exact[kb]
		if !exact {
			cat = rs.patternCategory(base, kb)
		}
		if cat >= 0 && (rs.cats[cat].personal || rs.cats[cat].evidence >= 0 || rs.cats[cat].credential) {
			return cat, exact
		}
	}
	// A name with its language or script after it (Diia's
	// "nationalityUA", "firstNameEN", "last_name_ru", "name_lat") names
	// what its name does, in that language. Only a personal or evidence
	// category is taken, as above.
	if n := langSuffix(key); n > 0 && len(k) > n+2 {
		kb := k[:len(k)-n]
		cat, exact := rs.exact[kb]
		if !exact {
			cat = rs.patternCategory(key[:len(key)-n], kb)
		}
		if cat >= 0 && (rs.cats[cat].personal || rs.cats[cat].evidence >= 0 || rs.cats[cat].credential) {
			return cat, exact
		}
	}
	// A credential's name with a word that says only "the value of"
	// after it (tokenValue, secretString, otpInput, auth_header,
	// cvvCode): the credential still. Only a credential is taken, so the
	// fallback only ever fails closed.
	for _, f := range credentialFillers {
		if rest, ok := strings.CutSuffix(k, f); ok && len(rest) >= 2 {
			if cat, _ := rs.nameCategory(rest); cat >= 0 && rs.cats[cat].credential {
				return cat, false
			}
		}
	}
	return -1, false
}

// langSuffix is the length, in the folded name, of a language or script
// code key ends with: two capitals after a lower-case letter
// ("nationalityUA"), or a separated code ("first_name_en", "name-lat",
// "nameLat"); 0 for none.
func langSuffix(key string) int {
	n := len(key)
	if n >= 4 && key[n-1] >= 'A' && key[n-1] <= 'Z' && key[n-2] >= 'A' && key[n-2] <= 'Z' && key[n-3] >= 'a' && key[n-3] <= 'z' {
		return 2
	}
	for _, c := range langCodes {
		if len(key) > len(c)+2 && strings.EqualFold(key[n-len(c):], c) {
			sep := key[n-len(c)-1]
			first := key[n-len(c)]
			if sep == '_' || sep == '-' || sep == '.' || first >= 'A' && first <= 'Z' && sep >= 'a' && sep <= 'z' {
				return len(c)
			}
		}
	}
	return 0
}

// langCodes are the language and script codes producers put after a
// field's name for its spelling in that language or script.
var langCodes = []string{"en", "ru", "uk", "ua", "kk", "kz", "ar", "zh", "ja", "ko", "de", "fr", "es", "pt", "tr", "vi", "th", "hi", "lat", "cyr", "latin", "native", "local"}

// credentialFillers are the words that, after a credential's name, name
// the credential itself.
var credentialFillers = []string{"value", "string", "input", "header", "field", "data", "text", "code", "str", "val"}

// besidePersonRecord reports whether leaf i has a sibling that holds a
// person's record (registrant, attendee, customer...): the object leaf i
// belongs to is then something else, a meeting or an order.
func (rs *Ruleset) besidePersonRecord(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p <= 0 || nodes[p].Kind != event.Object {
		return false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		if c != i && nodes[c].Kind == event.Object && personRecords[rs.keyInfo(s, nodes[c].Key).fold] {
			return true
		}
	}
	return false
}

// personRecords are member names that hold one person's record.
var personRecords = map[string]bool{
	"registrant": true, "attendee": true, "participant": true, "invitee": true, "guest": true,
	"customer": true, "buyer": true, "payer": true, "candidate": true, "applicant": true,
	"patient": true, "member": true, "subscriber": true, "recipient": true, "student": true,
}

// patternCategory is the category the prefix and suffix patterns give k,
// the folded form of key, or -1.
func (rs *Ruleset) patternCategory(key, k string) int {
	// Prefixes first: they are few and deliberate ("verified*" makes
	// verified_email a flag before "*email" makes it an address).
	for _, g := range rs.prefixes {
		if len(k) > len(g.s) && strings.HasPrefix(k, g.s) {
			return g.cat
		}
	}
	suffix := -1
	for i := 0; i < len(k); i++ { // longest suffix first: "*healthstatus" matches healthstatus itself
		cat, ok := rs.suffixMap[k[i:]]
		if !ok {
			continue
		}
		if i > 0 && i < 3 && !rs.cats[cat].personal && !wordStartsAt(key, i) {
			// A pattern that would call a name non-personal must not
			// match inside a word: "*source" names signupSource and
			// lead_source, not resource; "*date" names birth_date, not
			// update. Personal patterns keep matching ("*hiv" in
			// ishiv), which fails closed.
			continue
		}
		if i > 0 && rs.cats[cat].personal && !wordStartsAt(key, i) && rs.suffixException(k, i) {
			// "*ip" inside membership, "*race" inside trace: another
			// word that ends so. A shorter pattern may still match.
			continue
		}
		suffix = cat
		break
	}
	for _, g := range rs.infixes {
		if !strings.Contains(k, g.s) {
			continue
		}
		// An infix names what no suffix does ("password1"), or
		// personal data a non-personal suffix would hide:
		// cancer_stage is health and marital_state a household's, not a
		// stage or a state. Not a credential's: password_changed_at
		// stays a time.
		if suffix < 0 || (rs.cats[g.cat].special || rs.cats[g.cat].personal && !rs.cats[g.cat].credential) && !rs.cats[suffix].personal {
			return g.cat
		}
	}
	return suffix
}

// suffixException reports whether folded name k ends in a suffix
// exception longer than the pattern matched at k[i:]: the pattern sits
// inside another word (membersh|ip is membership).
func (rs *Ruleset) suffixException(k string, i int) bool {
	for _, w := range rs.notSuffix {
		if len(w) > len(k)-i && strings.HasSuffix(k, w) {
			return true
		}
	}
	return false
}

// walk gives every leaf its name category and collects evidence.
//
// A leaf's category comes from its own name; a generic name ("value") or
// an array element takes its container's; a context name ("name",
// "title") takes its container's when the container was named exactly
// ({"app":{"name":...}} is an app name, not a person's). An unknown name
// inherits a personal container's category (/address/line9 is part of an
// address) but a non-personal one only where the category allows it
// (inherit: true), because that would be failing open. Non-personal
// verdicts that rest on a * pattern or on inheritance are weak: the value
// is still checked, so an SSN under "candidate" (which ends in "date") is
// found.
func (rs *Ruleset) walk(s *scratch) failure {
	nodes := s.doc.Nodes
	s.sizeNodes(len(nodes))
	for i := range nodes {
		n := &nodes[i]
		cat, flags, own := -1, uint8(0), false
		s.cur = int32(i)
		if n.Parent >= 0 {
			var f failure
			if cat, flags, own, f = rs.nodeCategory(s, n); f.failed() {
				return f
			}
		}
		s.nodeCat[i] = cat
		s.nodeFlags[i] = flags
		if n.Parent >= 0 {
			s.appendPointer(rs, int32(i))
		}
		if n.Kind >= event.Object {
			continue
		}
		if f := rs.addLeaf(s, int32(i), cat, flags, own); f.failed() {
			return f
		}
	}
	return failure{}
}

// Per node flags of the walk.
const (
	flagExact     uint8 = 1 << iota // its category comes from an exact name
	flagGeoIP                       // it is inside a block of IP geolocation
	flagContext                     // its category comes from a context rule
	flagKeyData                     // its member name is data, not schema (keys.go)
	flagVProps                      // the properties of a jCard or jCal component (tuples.go)
	flagVTuple                      // a property tuple [name, {params}, type, value...] (tuples.go)
	flagSchema                      // it is, or is inside, a schema's description (meta.technical by name)
	flagLabelName                   // a context name ("name") that took a non-personal container's category
)

// sizeNodes readies the scratch's per-node memory for n nodes.
func (s *scratch) sizeNodes(n int) {
	if cap(s.nodeCat) < n {
		s.nodeCat = make([]int, n)
		s.nodeFlags = make([]uint8, n)
	}
	s.nodeCat = s.nodeCat[:n]
	s.nodeFlags = s.nodeFlags[:n]
	if cap(s.ptrEnd) < n {
		s.ptrStart = make([]int32, n)
		s.ptrEnd = make([]int32, n)
	}
	s.ptrStart, s.ptrEnd = s.ptrStart[:n], s.ptrEnd[:n]
	s.ptr, s.paths = s.ptr[:0], ""
	s.kvMemo.list = -1
}

// schemaValueKeys are a schema's members that hold values of the data it
// describes (JSON Schema's default, examples, const, enum; Avro's
// default), not labels.
var schemaValueKeys = map[string]bool{"default": true, "example": true, "examples": true, "const": true, "enum": true, "symbols": true}

// schemaShaped reports whether object n reads as a schema: it holds one of
// the members a Kafka Connect, Avro or JSON Schema document has (type,
// fields, properties, $schema, items). A member merely named schema that
// holds a person's fields is no description of anything.
func (rs *Ruleset) schemaShaped(s *scratch, n *event.Node) bool {
	nodes := s.doc.Nodes
	for c := n.First; c >= 0; c = nodes[c].Next {
		switch nodes[c].Key {
		case "type", "fields", "properties", "$schema", "items", "definitions", "$defs", "namespace", "optional":
			return true
		}
	}
	return false
}

// sessionMap reports whether object p is a map of sessions or tokens
// keyed by them ({"sessions": {"Zk3Jq9…": {"last_seen": …}}}): a
// session's id is the bearer's key to the account, a credential as a
// member name too.
func (rs *Ruleset) sessionMap(s *scratch, p int32) bool {
	nodes := s.doc.Nodes
	if p <= 0 || nodes[p].Kind != event.Object || nodes[nodes[p].Parent].Kind != event.Object {
		return false
	}
	return sessionMapNames[rs.keyInfo(s, nodes[p].Key).fold]
}

// sessionMapNames are the folded names of maps keyed by sessions or
// tokens.
var sessionMapNames = map[string]bool{
	"sessions": true, "session": true, "sessionids": true, "activesessions": true, "usersessions": true, "devicesessions": true,
	"tokens": true, "accesstokens": true, "refreshtokens": true, "apikeys": true, "apitokens": true, "authtokens": true, "cookies": true,
}

// sessionKey reports whether member name k, under a map of sessions or
// tokens, is one: a random token (an express-session cookie's "s:" or
// "s%3A" before it) or a secret by its shape.
func sessionKey(k string) bool {
	return randomToken(strings.TrimPrefix(strings.TrimPrefix(k, "s%3A"), "s:")) || secretLikeKey(k)
}

// nodeCategory is the name category of a node below the root, from its
// own name or its container's, with its flags; own says its own name
// gave it.
func (rs *Ruleset) nodeCategory(s *scratch, n *event.Node) (cat int, flags uint8, own bool, f failure) {
	nodes := s.doc.Nodes
	cat = -1
	pc, pflags := s.nodeCat[n.Parent], s.nodeFlags[n.Parent]
	flags = pflags & flagGeoIP
	var ki keyInfo
	parentArray := nodes[n.Parent].Kind == event.Array
	if !parentArray {
		ki = rs.keyInfo(s, n.Key)
		if ki.fold == dicomLabelFold && !dicomAttribute(&s.doc, n) {
			// Eight digits that spell a label's tag outside a DICOM
			// attribute (an employee number keying a map): the
			// table does not speak for it (dicom.go).
			ki = keyInfo{cat: -1, dataCat: -1, shapeCat: -1, evCtx: ctxNone}
		}
		if typeBranch(&s.doc, n) {
			// {"age": {"long": 12}}: Avro's union branch, Firestore's
			// and protobuf's typed values, DynamoDB's attribute value
			// name the value's type, not what it is; the member goes by
			// its container, as a generic name does.
			ki = keyInfo{generic: true, cat: -1, dataCat: -1, shapeCat: -1, fold: ki.fold, evCtx: ctxNone}
		}
		if ki.secret || pc >= 0 && rs.cats[pc].credential && ki.cat < 0 && !ki.generic && !ki.context && !ki.meta && (codeLike(n.Key) || secretLikeKey(n.Key)) ||
			ki.cat < 0 && !ki.generic && !ki.meta && rs.sessionMap(s, n.Parent) && sessionKey(n.Key) {
			// Name the parent, not the member: its name is the
			// credential ({"password": {"Zq8wTr5x": …}}, {"otp":
			// {"834921": "sent"}}: a credential's container keyed by a
			// code). Ancestors were checked before it.
			return -1, 0, false, failure{ReasonPersonalDataInKey, "a member name under " + rs.errParentPath(s, n.Parent) + " holds a credential"}
		}
	}
	if pflags&flagSchema != 0 && !parentArray && schemaValueKeys[ki.fold] {
		// A schema's sample or default value ({"field": "pw",
		// "default": "…"}) is a value, not a label: read as any
		// member is, so a credential field's default is a credential
		// and anything else unknown, personal by default.
		pflags &^= flagSchema | flagExact
		pc = -1
		for c := nodes[n.Parent].First; c >= 0; c = nodes[c].Next {
			if sib := &nodes[c]; sib.Kind == event.String && len(sib.Str) <= 64 && rs.typeKeys[rs.keyInfo(s, sib.Key).fold] {
				if cat := rs.pairNameCategory(sib.Str); cat >= 0 && (rs.cats[cat].personal || rs.cats[cat].credential) {
					return cat, flagExact, false, failure{} // {"field": "email", "default": …}
				}
			}
		}
	}
	if pflags&flagSchema != 0 {
		if !parentArray && ki.cat >= 0 && rs.cats[ki.cat].credential && n.Kind < event.Object {
			// {"schema": {"password": "…"}} is no description: a
			// credential's name with a value is one, wherever it is.
			return ki.cat, flags | flagExact, true, failure{}
		}
		// A schema describes the payload beside it (Kafka Connect's
		// {"schema": {"fields": [{"field": "email", "optional": false}]},
		// "payload": ...}): its names and types are labels, whatever they
		// are called. Values are still scanned: a finding wins.
		return pc, flags | flagSchema | flagExact, false, failure{}
	}
	if !parentArray && n.Kind == event.Object && ki.cat >= 0 && ki.cat == rs.idTechnical && ki.exact && rs.schemaShaped(s, n) {
		return ki.cat, flags | flagSchema | flagExact, true, failure{}
	}
	if !parentArray {
		if ki.geoIP {
			flags |= flagGeoIP
		}
	}
	if parentArray {
		// A value whose name is a value beside it: a jCard's property.
		if c, fl, own, ok := rs.tupleCategory(s, n, pc); ok {
			return c, flags | fl, own, failure{}
		}
	} else {
		if dicomVR(&s.doc, n) && rs.idTechnical >= 0 {
			// A DICOM attribute's value representation ("DA", "PN").
			return rs.idTechnical, flags | flagExact | flagContext, false, failure{}
		}
		if c, ok := rs.hl7Category(s, n); ok {
			// An HL7 v2 field written by its position ({"segmentId":
			// "PID", "fields": {"7": …}}, "PID.7"): the standard says
			// what it holds (hl7fields.go).
			return c, flags | flagExact | flagContext, false, failure{}
		}
		if c := rs.keyDataCategory(s, n, ki); c >= 0 {
			return c, flags | flagExact | flagKeyData, false, failure{}
		}
		if c, fl, ok := rs.paramCategory(s, n, ki); ok {
			return c, flags | fl, false, failure{}
		}
		if rs.dataShapedKey(s, n, ki) {
			// No rule knows the name, and it reads as data, not as a
			// field's name: it leaves no non-full record, no audit
			// path and no error text in clear.
			flags |= flagKeyData
		}
	}
	scalarParent := pc >= 0 && rs.cats[pc].scalar && !parentArray
	if !parentArray {
		if c := rs.contextCategory(s, n, s.cur, ki); c >= 0 && !(c == rs.idAmount && (rs.amountOfPerson(s, s.cur) || !rs.goodsLine(s, s.cur))) {
			// Where it sits says what it is ({"birth": {"date": ...}}):
			// exact, but a wrong type is no match rather than invalid.
			if rs.cats[c].name == "identity.document_country" {
				if cc := rs.documentCitizenship(s, n.Parent); cc >= 0 {
					// A document's country in a nationality's record
					// (Open Finance's {"nationality": [{"documents":
					// [{"type": "PASSAPORTE", "country": "RUS"}]}]}) is
					// that nationality's: the documents are no
					// nationalities, but the country that issued them
					// is (red team 35: an RU citizen had no ru route).
					c = cc
				}
			}
			return c, flags | flagExact | flagContext, false, failure{}
		}
		if rs.lineMoney(s, s.cur, ki) && !rs.amountOfPerson(s, s.cur) {
			return rs.idAmount, flags | flagExact | flagContext, false, failure{}
		}
	}
	switch {
	case parentArray || ki.generic && ki.cat < 0:
		cat = pc
		flags |= pflags & flagExact
	case ki.fold == "display" && inCoding(&s.doc, n.Parent):
		// A FHIR Coding's display is the concept's words, not a
		// screen: its container's category, unknown (personal by
		// default) when nothing names the concept.
		cat = pc
		flags |= pflags & flagExact
	case ki.fold == "display" && pc >= 0 && !scalarParent && hasMember(&s.doc, n.Parent, "code"):
		// A Coding's display text ({"code": "M", "display":
		// "Married"}) says what its code says: the container's
		// category, as the generic code takes it.
		cat = pc
		flags |= pflags & flagExact
	case ki.context && pc >= 0 && pflags&flagExact != 0 && !scalarParent:
		cat = pc
		flags |= flagExact
		if !rs.cats[pc].personal {
			flags |= flagLabelName
		}
	case ki.cat >= 0 && n.Kind >= event.Object && !rs.cats[ki.cat].personal && !rs.cats[ki.cat].credential && personMaps[ki.fold]:
		// A count's name holding people ({"employees": 250} is a
		// company's size, {"employees": [{"name": "Schmidt"}]} its
		// staff): a container of records, unknown, personal by default.
	case ki.cat >= 0 && n.Kind >= event.Object && !rs.cats[ki.cat].personal && !rs.cats[ki.cat].inherit && recordWrapper(n.Key):
		// {"object": "customer"} is a type label, but {"data":
		// {"object": {...}}} holds the record itself (Stripe's
		// events): its ids and values are the person's, not labels.
	case ki.cat >= 0 && n.Kind == event.Bool && rs.idFlag >= 0 && !rs.fits(ki.cat, n.Kind) && rs.cats[ki.cat].personal && !rs.cats[ki.cat].special && !rs.cats[ki.cat].credential:
		// A switch named for a channel or an attribute
		// ({"notifications": {"email": true}}, Paystack's log
		// {"mobile": true}) says whether it is on; it holds no e-mail
		// address or phone, and the event is not broken.
		cat = rs.idFlag
		flags |= flagExact
	case ki.cat >= 0 && n.Kind == event.Object && !ki.exact && !rs.cats[ki.cat].personal && !rs.cats[ki.cat].inherit &&
		!(rs.cats[ki.cat].evidence >= 0 && hasMember(&s.doc, s.cur, "value")):
		// A container matched only by a non-personal pattern is no such
		// thing: "*date" names expiry_date, but {"candidate": {...}} is
		// a record, and its id must not pass for a timestamp. A
		// property wrapper of an evidence pattern stays what its name
		// says (HubSpot's {"hs_timezone": {"value": …}}): its value is
		// where the subject lives, or their zone.
		if pc >= 0 && (rs.cats[pc].personal || rs.cats[pc].inherit) && !scalarParent {
			cat = pc
		}
	case ki.cat >= 0 && pc >= 0 && rs.cats[pc].special && !rs.cats[ki.cat].personal && !rs.cats[ki.cat].credential && !scalarParent &&
		ki.cat != rs.idTime && ki.cat != rs.idEventID && rs.cats[ki.cat].name != "trace.id":
		// A label's or a flag's name inside a special category
		// ({"hiv": {"status": "positive"}}, {"pregnancy": {"active":
		// true, "stage": "third_trimester"}}, {"trade_union":
		// {"status": "member"}}): the member name and the value
		// together say what the category is about, so it is the
		// container's category, not a label left in clear. When
		// it happened and the record's id say nothing about it.
		cat = pc
		flags |= pflags & flagExact
	case ki.cat >= 0 && ki.cat == rs.idAmount && pc >= 0 && (rs.cats[pc].personal || rs.cats[pc].credential):
		// An amount inside a person's finances or any other personal
		// container ({"salary": {"amount": 5000}}, {"balance":
		// {"total": ...}}) is that container's: what this person earns
		// or owns, not what an order costs.
		cat = pc
		flags |= pflags & flagExact
	case ki.cat >= 0 && (ki.fold == "total" || ki.fold == "totals") && n.Kind != event.Object && rs.purchaseContainer(s, s.cur):
		// {"order": {"total": 1234.56}}: what the person paid in all, not
		// a list's count ({"results": [...], "total": 50}).
	case ki.cat >= 0 && ki.cat == rs.idAmount && (rs.chargeContainer(s, s.cur) || rs.amountOfPerson(s, s.cur) || !rs.goodsLine(s, s.cur)):
		// A price of shipping, a fee, a tip or a donation is a charge
		// the person paid, not a thing's price: personal by default,
		// as what a person paid is.
	case ki.cat >= 0 && n.Kind >= event.Object && rs.cats[ki.cat].types == 1<<event.Bool && pc >= 0 && rs.cats[pc].evidence >= 0 && !scalarParent:
		// A switch's name on a record inside an evidence's
		// ({"citizenship": {"primary": {"code": "RU"}}}): no switch
		// holds a record, so it is the container's, and the code in it
		// a citizenship still.
		cat = pc
		flags |= pflags & flagExact
	case ki.cat >= 0 && (n.Kind >= event.Object || rs.fits(ki.cat, n.Kind) || ki.exact && rs.strictType(ki.cat)):
		// A name whose type does not fit is no match
		// ("verified_email": true is a flag, not an address),
		// except for an exact name of a personal or evidence
		// category: {"email": 42} is a broken event.
		cat, own = ki.cat, true
		if ki.exact {
			flags |= flagExact
		}
	case pc >= 0 && (rs.cats[pc].personal || rs.cats[pc].inherit) && !scalarParent:
		if !rs.cats[pc].personal && n.Kind == event.String && !parentArray {
			// A non-personal container passes its verdict to flags and
			// numbers, not to a string nothing names (a plugin's
			// "author", an experiment's "bind_pw"): that one stays
			// unknown, personal by default.
			break
		}
		if n.Kind == event.Bool && rs.idFlag >= 0 && ki.cat < 0 && !ki.generic && pflags&flagKeyData == 0 && rs.cats[pc].personal && !rs.cats[pc].special &&
			(!rs.fits(pc, n.Kind) || rs.cats[pc].credential) {
			// A switch of its own name inside an address, a phone or a
			// password ({"email_addresses": [{"reserved": false}]},
			// {"password": {"forceChange": true}}) says how that thing
			// is handled; a flag holds no address, number or secret.
			// (A map keyed by e-mails keeps the key's category: the
			// key is the data.) Inside a special category it is the person's answer
			// ({"health": {"diabetic": true}}) and stays so.
			cat = rs.idFlag
			flags |= flagExact
			break
		}
		if n.Kind >= event.Object && ki.cat < 0 && !ki.generic && rs.cats[pc].evidence == baseCitizenship && documentsName(ki.fold) {
			// A record of its own inside a citizenship's (Open Finance's
			// {"nationality": [{"otherNationalitiesInfo": "UKR",
			// "documents": [{"number": …, "additionalInfo": "NA"}]}]}):
			// its members are the document's, not nationalities, and
			// "NA" there is no Namibian. Unknown, personal by default.
			break
		}
		cat = pc
	}
	return cat, flags, own, failure{}
}

// maxPathKeySegments bounds the slashes of a member name pathKeyCategory
// reads: openEHR's deepest FLAT paths have about a dozen.
const maxPathKeySegments = 24

// pathKeyCategory reads a member name that is a path (openEHR's FLAT
// format, "vital_signs/body_weight/any_event:0/weight|magnitude"; a flat
// export's "user/email"): its segments, each without a list index (":0")
// or an attribute ("|magnitude"), name it as a record's members would. A
// special category or a credential any segment names wins (the vital
// signs' "rate" is no program's rate), then the last segment's, then a
// personal category another segment names ("patient/x": the patient's).
func (rs *Ruleset) pathKeyCategory(key string) int {
	joined := -1
	if i := strings.LastIndexByte(key, '/'); i > 0 {
		// The last two segments as one name ("ctx/territory" is
		// ctxterritory), when the rules name them so; a special
		// category or a credential another segment names still wins
		// ("password/first/name", "token/device/model": red team 35).
		prev := key[:i]
		if j := strings.LastIndexByte(prev, '/'); j >= 0 {
			prev = prev[j+1:]
		}
		if c, ok := rs.exact[rules.NormalizeName(prev+key[i+1:])]; ok {
			joined = c
		}
	}
	best, lastCat, last := -1, -1, true
	for rest := key; rest != ""; {
		seg := rest
		if i := strings.LastIndexByte(rest, '/'); i >= 0 {
			seg, rest = rest[i+1:], rest[:i]
		} else {
			rest = ""
		}
		if i := strings.IndexByte(seg, '|'); i >= 0 {
			seg = seg[:i]
		}
		if i := strings.LastIndexByte(seg, ':'); i > 0 && allDigits(seg[i+1:]) {
			seg = seg[:i]
		}
		f := rules.NormalizeName(seg)
		if f == "" || rs.generic[f] {
			last = false
			continue
		}
		c, ok := rs.exact[f]
		if !ok {
			c = rs.patternCategory(seg, f)
		}
		if c >= 0 {
			switch {
			case rs.cats[c].special || rs.cats[c].credential:
				return c
			case last:
				lastCat = c
			case best < 0 && rs.cats[c].personal:
				best = c
			}
		}
		last = false
	}
	if joined >= 0 {
		return joined
	}
	if lastCat >= 0 {
		return lastCat
	}
	return best
}

// documentCitizenship is the citizenship's category when node i sits in a
// record of documents (documentsName) directly inside a citizenship's, or
// -1.
func (rs *Ruleset) documentCitizenship(s *scratch, i int32) int {
	nodes := s.doc.Nodes
	for k := 0; k < 3 && i > 0; k++ {
		if nodes[i].Kind >= event.Object && documentsName(rs.keyInfo(s, nodes[i].Key).fold) {
			if p := nodes[i].Parent; p >= 0 {
				if c := s.nodeCat[p]; c >= 0 && rs.cats[c].evidence == baseCitizenship {
					return c
				}
			}
			return -1
		}
		i = nodes[i].Parent
	}
	return -1
}

// documentsName reports whether a folded member name names documents
// or identifiers (documents, docs, identifiers, identification): records
// of their own, wherever they sit.
func documentsName(fold string) bool {
	return strings.Contains(fold, "document") || strings.Contains(fold, "identif") || fold == "docs" || fold == "ids"
}

// appendPointer builds node i's JSON Pointer from its parent's. Pointers
// are built once, in pre-order: every path of the event lives in one
// buffer.
func (s *scratch) appendPointer(rs *Ruleset, i int32) {
	n := &s.doc.Nodes[i]
	start := len(s.ptr)
	s.ptr = append(s.ptr, s.ptr[s.ptrStart[n.Parent]:s.ptrEnd[n.Parent]]...)
	s.ptr = append(s.ptr, '/')
	if s.doc.Nodes[n.Parent].Kind == event.Array {
		s.ptr = strconv.AppendInt(s.ptr, int64(n.Index), 10)
	} else if s.nodeFlags[i]&flagKeyData != 0 {
		s.ptr = rs.appendKeyToken(s, s.ptr, i)
	} else {
		s.ptr = appendPointerToken(s.ptr, n.Key)
	}
	s.ptrStart[i], s.ptrEnd[i] = int32(start), int32(len(s.ptr))
}

// addLeaf records leaf i with its name category, and the evidence of
// residence its value is.
func (rs *Ruleset) addLeaf(s *scratch, i int32, cat int, flags uint8, own bool) failure {
	n := &s.doc.Nodes[i]
	l := leaf{node: i, cat: cat, ctx: flags&flagContext != 0}
	if cat >= 0 {
		l.by = byName
		c := &rs.cats[cat]
		l.weak = !c.personal && flags&flagExact == 0
		if own && flags&flagExact != 0 && !rs.fits(cat, n.Kind) {
			return failure{ReasonInvalidFieldType, rs.errPath(s, i) + " is a " + n.Kind.String() + ", but " + c.name + " must be " + typeList(c.types)}
		}
		if pc := s.nodeCat[n.Parent]; !own && pc >= 0 && (rs.cats[pc].evidence == baseCitizenship || rs.cats[pc].evidence == baseResidence) &&
			n.Kind != event.Object && n.Kind != event.Array && s.doc.Nodes[n.Parent].Kind == event.Object && len(n.Key) <= 40 {
			// A multiple-choice answer keyed by its options
			// ({"citizenship": {"RU": true, "DE": false}}): the options
			// answered yes are the values. Citizenship is read
			// wherever the container says so; a residence only in its
			// own context.
			base := rs.cats[pc].evidence
			if base == baseResidence {
				base = rs.contextBase(s, i, base)
			}
			if base >= 0 && !rs.otherPerson(s, i) {
				// Not named: an option that is no country
				// ("primary": true) is no unreadable citizenship.
				rs.evidenceStep(s, evOp{node: i, base: base, key: true})
			}
		}
		if c.evidence >= 0 && (n.Kind == event.String || n.Kind == event.Number && c.evidence == basePhone) {
			// (A phone may be a JSON number: Truecaller's
			// "phoneNumbers": [62812342113] is +62 812 342 113.)
			base := c.evidence
			if flags&flagGeoIP != 0 {
				// A country inside a GeoIP block says where the
				// request came from, not where the subject lives;
				// its region names no subdivision of residence.
				base = baseIP
				if c.evidence == baseSubdivision {
					base = -1
				}
			}
			// A line of an address holding two or three letters is a
			// flat's or a unit's ("unit": "kg" in a FHIR Quantity), not
			// a country's code: an address names its country in words or
			// in a line of its own. The value is read when the step runs
			// (evOp.line), not here: the plan cache replays this step for
			// every event of the shape.
			line := c.evidence == baseAddress
			if base == baseResidence || base == baseSubdivision || base == baseCity {
				base = rs.contextBase(s, i, base)
			} else if (base == baseAddress || base == baseLocation) && rs.contextBase(s, i, baseCity) < 0 {
				// A place is the subject's address unless a context says
				// whose it is not: a job's office, an event's venue.
				base = -1
			} else if (base == baseTimezone || base == baseLocale) && (rs.besidePersonRecord(s, i) || rs.placeContext(s, i) && !rs.underDevice(s, i)) {
				// An airport's, a venue's or a hotel's time zone (Duffel's
				// slices[].origin.time_zone) is the place's; a device's
				// settings are its user's.
				// A webinar's time zone beside its registrant
				// ({"object": {"timezone": ..., "registrant": {...}}})
				// is the webinar's, not the registrant's.
				base = -1
			}
			if base >= 0 && rs.otherPerson(s, i) {
				// A guardian's citizenship, a spouse's phone: another
				// person's, no evidence of where the subject lives or
				// which state they belong to.
				base = -1
			}
			if base >= 0 {
				// Only a value named as a citizenship fails closed when
				// unreadable, not metadata inherited from its container
				// (schema.org's nationality {"@type": "Country"}).
				named := own || s.doc.Nodes[n.Parent].Kind == event.Array || rs.keyInfo(s, n.Key).context
				party := s.parties&dealParties != 0 && rs.underNamedParty(s, i)
				goods := base == baseAddress && rs.contextBase(s, i, baseResidence) == baseAddress
				typed := (base == baseResidence || base == baseSubdivision || base == baseCity || base == baseAddress) && rs.kindBeside(s, i)
				rs.evidenceStep(s, evOp{node: i, base: base, named: named, party: party, goods: goods, line: line, typed: typed})
			}
		}
		if c.idCountry != "" && n.Kind == event.String && !rs.otherPerson(s, i) {
			// A national identifier with valid check digits names the
			// country of its scheme.
			rs.evidenceStep(s, evOp{node: i, cat: cat, id: true})
		}
	}
	s.leaves = append(s.leaves, l)
	return failure{}
}

// contextBase is what a country (or subdivision) field at leaf i says,
// from the evidence contexts of its own name and then its containers',
// nearest first: "billing_country" and shipping_address.country are an
// address, travel.destination_country nothing, residence.country_code a
// residence. Without a rule it stays base.
func (rs *Ruleset) contextBase(s *scratch, i int32, base int) int {
	nodes := s.doc.Nodes
	ip := false // a geo block's: its enclosing address or residence wins
	// own: a record of the subject's own (customer, user, patient) lies
	// between the field and a thing's context above it: OpenTravel's
	// HotelReservation/…/Profile/Customer/Address is the guest's, not
	// the hotel's.
	own := false
	below := i // the node under j on the path
	for j := i; j >= 0 && nodes[j].Parent >= 0; below, j = j, nodes[j].Parent {
		ctx := ctxNone
		if nodes[nodes[j].Parent].Kind == event.Array {
			ctx = rs.tupleEvidenceContext(s, j) // a jCard's ADR is a postal address
		} else {
			ctx = rs.memberContext(s, j)
			if ctx == ctxNone && j != i && nodes[j].Kind == event.Object && rs.servedRecord(rs.keyInfo(s, nodes[j].Key).fold) {
				own = true
			}
		}
		switch {
		case ctx == ctxNone && ip && nodes[j].Kind == event.Object && rs.placeRecord(s, j):
			return base // {"address": {"geo": {…}}}: the address's own
		case ctx == ctxNone:
			continue
		case ctx == baseIP && base != baseSubdivision && base != baseCity:
			// A geo block inside the subject's address or residence
			// ({"address": {"geo": {"country": "RU"}}}) is that
			// place's geocode; on its own, where a request came from.
			ip = true
			continue
		case ip && (ctx == baseResidence || ctx == baseAddress):
			return ctx
		case ip:
			return baseIP
		case ctx == ctxPast:
			return -1
		case ctx == ctxOthers:
			if rs.othersRecord(s, j) {
				return -1
			}
			continue
		case ctx == -1 && own:
			// A thing's context (evidence: none) above the subject's
			// own record; a past, another person or a collection of
			// others above it still count.
			continue
		case ctx == -1 && nodes[j].Kind == event.Array && below != i && rs.peopleItems(s, j, below):
			// A list API's "items" holding people's records (Magento's
			// customers/search) is no list of products.
			continue
		case ctx < 0 && rs.wrapperItem(s, j):
			continue
		case ctx < 0 && rs.placeTreeParent(s, j):
			continue
		case ctx < 0 && s.parties&dealParties != 0 && partyNamed(s.parties&dealParties, rs.keyInfo(s, nodes[j].Key).fold):
			// {"event": "seller.registered", "seller": {...}}: the
			// party the event is about is its subject; its places
			// are where the subject lives, unless the event says
			// so of its own (dropPartyEvidence; addLeaf marks them
			// by underNamedParty).
			continue
		case ctx < 0:
			return -1
		case base == baseSubdivision:
			// A subdivision follows its country: only a residence's
			// state names a subdivision law.
			if ctx != baseResidence {
				return -1
			}
			return base
		case base == baseCity:
			// A city is weak evidence wherever it is; a context
			// only says when it is none (a conference's dial-in
			// city, an event's venue).
			return base
		}
		return ctx
	}
	if ip {
		return baseIP
	}
	return base
}

// otherPerson reports whether leaf i is, or sits in, a member that holds
// another person's record (an evidence context of kind other_person: a
// guardian, a spouse, an emergency contact) at any depth: a country under
// guardian.residence is still the guardian's.
func (rs *Ruleset) otherPerson(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	if hl7OtherPerson(&s.doc, i) {
		return true // a next of kin's, a clinician's or the insured's field
	}
	for j := i; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind == event.Array {
			continue
		}
		switch ctx := rs.memberContext(s, j); {
		case (ctx == ctxOther || ctx == ctxPast) && !rs.placeTreeParent(s, j):
			return true
		case ctx == ctxOthers && rs.othersRecord(s, j):
			return true
		}
	}
	return false
}

// memberContext is the evidence context of member j: its name's, or in a
// name/value pair ({"key": "billing_country", "value": "CN"}) its label's,
// read as the member name it stands for. A label is read only when it
// names a category that is evidence (pairLabelContext), as the plan
// cache's type keys record it.
func (rs *Ruleset) memberContext(s *scratch, j int32) int {
	nodes := s.doc.Nodes
	ki := rs.keyInfo(s, nodes[j].Key)
	if ki.evCtx != ctxNone || !pairValueNames[ki.fold] || nodes[j].Parent < 0 || nodes[nodes[j].Parent].Kind != event.Object {
		return ki.evCtx
	}
	if c := s.nodeCat[j]; c < 0 || rs.cats[c].evidence < 0 {
		return ctxNone // only a value the label makes evidence
	}
	for c := nodes[nodes[j].Parent].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == j || sib.Kind != event.String || len(sib.Str) > pairLabelMax || !rs.typeKeys[rs.keyInfo(s, sib.Key).fold] {
			continue
		}
		if ctx := pairLabelContext(rs, s, sib.Str); ctx != ctxNone {
			return ctx
		}
	}
	return ctxNone
}

// pairLabelContext is the evidence context of a pair's label v, read as a
// member name (typeKey.evCtx records it for the plan cache).
func pairLabelContext(rs *Ruleset, s *scratch, v string) int {
	if len(v) > 64 {
		return ctxNone
	}
	return rs.keyInfo(s, v).evCtx
}

// othersRecord reports whether member j, named for a collection of other
// people (the other_people evidence context: guests, contacts,
// team_members), holds people other than the subject: the event names its
// subject elsewhere, by a record beside it or above it (subject_records:
// user, booker, customer) or a country of its own at the top. An event
// that is only {"users": [{...}]} is about the user in it; so is one whose
// type names the collection's party ("guest.created").
func (rs *Ruleset) othersRecord(s *scratch, j int32) bool {
	return rs.othersBeside(s, j, true)
}

// othersBeside is othersRecord; byCountry says whether a country at the
// event's top names its subject too. For ages it does not: a flat
// booking's passengers ({"country": "US", "passengers": [{"ptc": "CHD"}]})
// are the travellers the protections are for.
func (rs *Ruleset) othersBeside(s *scratch, j int32, byCountry bool) bool {
	nodes := s.doc.Nodes
	if s.parties != 0 && partyNamed(s.parties, rs.keyInfo(s, nodes[j].Key).fold) {
		return false
	}
	for child, p := j, nodes[j].Parent; p >= 0; child, p = p, nodes[p].Parent {
		if nodes[p].Kind != event.Object {
			continue
		}
		for c := nodes[p].First; c >= 0; c = nodes[c].Next {
			if c == child {
				continue
			}
			n := &nodes[c]
			ki := rs.keyInfo(s, n.Key)
			if n.Kind == event.Object && rs.subjectRecord(ki.fold) && rs.holdsOwnData(s, c) ||
				byCountry && p == 0 && n.Kind == event.String && ki.cat >= 0 && rs.cats[ki.cat].evidence == baseResidence && ki.evCtx == ctxNone {
				return true
			}
		}
	}
	return false
}

// subjectRecord reports whether folded member name k names the subject's
// own record (subject_records): by its whole name, or the name followed by
// a word that says it is the record's data (buyer_info, customer_data).
func (rs *Ruleset) subjectRecord(k string) bool {
	if rs.subjectRecords[k] {
		return true
	}
	for _, suf := range [...]string{"info", "information", "data", "details", "detail", "profile", "record"} {
		if len(k) > len(suf) && strings.HasSuffix(k, suf) && rs.subjectRecords[k[:len(k)-len(suf)]] {
			return true
		}
	}
	return false
}

// thingsPeople are subject_records that, under a thing's record, are the
// thing's own: a seller's user, a merchant's or a hotel's profile, an
// employer's contact person or employee, a school's student. Only a
// record of whom the thing serves (a customer, a guest, a buyer, a
// patient) is the subject's there.
var thingsPeople = map[string]bool{"user": true, "profile": true, "member": true, "person": true, "holder": true,
	"employee": true, "student": true, "candidate": true, "subject": true, "me": true, "lead": true,
	"maincontact": true, "primarycontact": true, "contactperson": true, "bookingcontact": true,
	"userprofile": true, "userinfo": true, "userdetails": true, "accountholder": true}

// servedRecord reports whether folded member name k names the subject's
// own record under a thing's context (contextBase): a subjectRecord
// that is not one of the thing's own people (thingsPeople), by its whole
// name or before a word that says it is the record's data.
func (rs *Ruleset) servedRecord(k string) bool {
	if !rs.subjectRecord(k) || thingsPeople[k] {
		return false
	}
	for _, suf := range [...]string{"info", "information", "data", "details", "detail", "profile", "record"} {
		if len(k) > len(suf) && strings.HasSuffix(k, suf) && thingsPeople[k[:len(k)-len(suf)]] {
			return false
		}
	}
	return true
}

// holdsOwnData reports whether object j holds more than ids ({"user":
// {"id": "u_admin"}} names whom an event is about or who acted, no
// record of a subject's own).
func (rs *Ruleset) holdsOwnData(s *scratch, j int32) bool {
	nodes := s.doc.Nodes
	for c := nodes[j].First; c >= 0; c = nodes[c].Next {
		f := rs.keyInfo(s, nodes[c].Key).fold
		switch {
		case f == "id" || f == "uuid" || f == "guid" || f == "ref" || f == "href" || f == "url" || f == "uri" ||
			f == "object" || f == "type" || f == "kind" || f == "link" || f == "self" || f == "links":
		case strings.HasSuffix(f, "id") && nodes[c].Kind <= event.String:
		default:
			return true
		}
	}
	return false
}

// placeTreeParent reports whether member j is a "parent" in a tree of
// places or categories ({"region": {"name": "Минск", "parent": {"name":
// "Беларусь", "type": "COUNTRY"}}}): the enclosing place, no person's
// parent.
func (rs *Ruleset) placeTreeParent(s *scratch, j int32) bool {
	nodes := s.doc.Nodes
	if j <= 0 || nodes[j].Kind != event.Object || !strings.EqualFold(nodes[j].Key, "parent") {
		return false
	}
	p := nodes[j].Parent
	if p <= 0 || nodes[p].Kind != event.Object {
		return false
	}
	switch rs.keyInfo(s, nodes[p].Key).fold {
	case "region", "regions", "location", "locations", "area", "areas", "locality", "district", "city", "geo", "place", "places",
		"territory", "zone", "subdivision", "province", "state", "country", "parent", "category", "categories", "node", "folder":
		return true
	}
	return false
}

// placeContext reports whether the record holding leaf i (the nearest
// object, past a list of values such as Stripe's preferred_locales) sits
// in a context that makes its places no evidence of the subject: an
// airport's, a venue's, a hotel's.
func (rs *Ruleset) placeContext(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p > 0 && nodes[p].Kind == event.Array {
		p = nodes[p].Parent
	}
	return p > 0 && rs.contextBase(s, p, baseCity) < 0
}

// typeBranches are the member names that wrap a value in its type: Avro
// JSON's union branches, Firestore's and protobuf's (google.protobuf.Value)
// typed values, DynamoDB's attribute values.
var typeBranches = map[string]bool{
	"null": true, "boolean": true, "int": true, "long": true, "float": true, "double": true, "bytes": true, "string": true,
	"stringValue": true, "integerValue": true, "doubleValue": true, "booleanValue": true, "timestampValue": true,
	"nullValue": true, "bytesValue": true, "numberValue": true, "boolValue": true, "referenceValue": true,
	"S": true, "N": true, "BOOL": true, "B": true, "NULL": true,
}

// typeBranch reports whether member n is the only member of its object
// and named for its value's type (typeBranches).
func typeBranch(doc *event.Doc, n *event.Node) bool {
	if n.Parent <= 0 {
		return false
	}
	p := &doc.Nodes[n.Parent]
	if n.Kind >= event.Object {
		// OpenTelemetry's and protobuf's lists in a typed value
		// ({"value": {"arrayValue": {"values": [{"stringValue": "hi-IN"}]}}}):
		// the wrapper and its one list name the list, not what it holds.
		switch {
		case n.Key == "arrayValue" || n.Key == "listValue":
		case n.Key == "values" && n.Kind == event.Array && p.Parent > 0 && (p.Key == "arrayValue" || p.Key == "listValue"):
		default:
			return false
		}
	} else if !typeBranches[n.Key] {
		return false
	}
	return p.Kind == event.Object && p.First >= 0 && doc.Nodes[p.First].Next < 0
}

// underDevice reports whether leaf i sits in a member named for a device
// (device, device_info, deviceInfo): its locale and time zone are the
// settings its user chose.
func (rs *Ruleset) underDevice(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	for j := nodes[i].Parent; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind == event.Object && strings.HasPrefix(rs.keyInfo(s, nodes[j].Key).fold, "device") {
			return true
		}
	}
	return false
}

// wrapperItem reports whether node j is a webhook's record wrapper named
// item (Intercom's {"data": {"item": {conversation}}}): one object at the
// top or in an envelope's data, which holds the record the event is
// about, not a product line.
// peopleItems reports whether generic collection j ("items", "item")
// holds records of people: its element e has an e-mail, a phone or a
// date of birth of its own (a product's "name" is no person's). By names
// alone, so the plan cache may record it.
func (rs *Ruleset) peopleItems(s *scratch, j, e int32) bool {
	nodes := s.doc.Nodes
	switch rs.keyInfo(s, nodes[j].Key).fold {
	case "items", "item":
	default:
		return false
	}
	if nodes[e].Kind != event.Object {
		return false
	}
	for c := nodes[e].First; c >= 0; c = nodes[c].Next {
		if nodes[c].Kind != event.String {
			continue
		}
		if k := rs.keyInfo(s, nodes[c].Key); k.cat >= 0 {
			switch rs.cats[k.cat].name {
			case "contact.email", "contact.phone", "identity.dob":
				return true
			}
		}
	}
	return false
}

func (rs *Ruleset) wrapperItem(s *scratch, j int32) bool {
	nodes := s.doc.Nodes
	n := &nodes[j]
	if n.Kind != event.Object || rs.keyInfo(s, n.Key).fold != "item" {
		return false
	}
	p := n.Parent
	return p == 0 || nodes[p].Kind == event.Object && nodes[p].Parent >= 0 && recordWrapper(nodes[p].Key)
}

// strictType reports whether a wrong type under this category's exact name
// makes the event invalid rather than the name a non-match.
//
// A subdivision's name is not strict: an option set's number under
// "statecode" (Dataverse's 0 for active) or a FIPS code is no region
// name, and reading nothing from it loses no country.
func (rs *Ruleset) strictType(c int) bool {
	return rs.cats[c].personal || rs.cats[c].evidence >= 0 && rs.cats[c].evidence != baseSubdivision
}

// appendPointerToken appends a member name escaped for a JSON Pointer
// (RFC 6901: "~" is "~0", "/" is "~1").
func appendPointerToken(dst []byte, key string) []byte {
	if strings.IndexByte(key, '~') < 0 && strings.IndexByte(key, '/') < 0 {
		return append(dst, key...)
	}
	for i := 0; i < len(key); i++ {
		switch key[i] {
		case '~':
			dst = append(dst, '~', '0')
		case '/':
			dst = append(dst, '~', '1')
		default:
			dst = append(dst, key[i])
		}
	}
	return dst
}

// fits reports whether a leaf of kind k may hold category c (null always
// may).
func (rs *Ruleset) fits(c int, k event.Kind) bool {
	t := rs.cats[c].types
	return t == 0 || k == event.Null || t&(1<<k) != 0
}

func typeList(mask uint8) string {
	var parts []string
	for _, k := range []event.Kind{event.String, event.Number, event.Bool} {
		if mask&(1<<k) != 0 {
			parts = append(parts, k.String())
		}
	}
	return strings.Join(parts, " or ")
}

// keyShape says what a member name is by its shape: producers key maps
// by what they know of a person ({"contacts": {"ivan@x.ru": true}},
// {"devices": {"6d92…": {...}}}, {"4364015031760945": true}). Such a name
// is data of the category its value detector finds (an identifier found
// only by the text scanner, or a UUID, is a user id), which keys.go
// tokenizes and drops like any data key. A date is a map's bucket
// ({"2024-01-02": 5}), not a birth date. A credential is the one name no
// projection may carry, even full: secret sends the event to quarantine.
// It runs once per distinct name (keyInfo caches it), and detectValue's
// prefilter skips ordinary names at once.
func (rs *Ruleset) keyShape(s *scratch, k string) (cat int, secret bool) {
	if len(k) < 5 {
		return -1, false
	}
	if secretShaped(k) || strings.IndexByte(k, '=') > 0 && rs.credentialPairs(s, k) || strings.Contains(k, "://") && userinfoPassword(k) {
		return -1, true // a token, "pw=…" or a URL with a password as a member name
	}
	if isUUID(k) {
		return rs.idUser, false
	}
	if rs.idURL >= 0 && profileURL(k) {
		return rs.idURL, false // {"links": {"https://vk.com/id1234": …}}
	}
	if dk := deobfuscate(k); dk != k {
		k = dk // {"contacts": {"ivanov77%40mail.ru": 1}}
	} else if bk, ok := base64Contact(k); ok {
		k = bk // {"data": {"aXZhbi5wZXRyb3ZAbWFpbC5ydQ==": 1}}
	}
	if c, ok := rs.detectValue(nil, strings.TrimSpace(k)); ok && rs.cats[c].personal {
		// (nil: keyInfo's answer is cached for every event, so it may
		// not depend on this event's countries.)
		switch {
		case strings.HasPrefix(rs.cats[c].name, "credentials."):
			return -1, true
		case c == rs.idDate:
			return -1, false
		}
		return c, false
	}
	if strings.ContainsAny(k, "@+0123456789") {
		found := false
		detect.ScanText(k, func(detect.Match) { found = true })
		if found {
			return rs.idUser, false
		}
	}
	if handleKey(k) || phoneKey(k) {
		return rs.idUser, false
	}
	if i := strings.LastIndexByte(k, ':'); i > 0 && i < len(k)-1 && strings.Trim(k[i+1:], "0123456789") == "" {
		// "203.0.113.77:443": an address and its port.
		if c, ok := rs.detectValue(s, k[:i]); ok && rs.cats[c].personal {
			return c, false
		}
	}
	if rs.idAddress >= 0 && streetAddress(k) {
		return rs.idAddress, false // {"addresses": {"Hauptstraße 5, 10115 Berlin": ...}}
	}
	return -1, false
}

// handleKey reports whether member name k is a social handle
// ("@anna_schmidt87"): a person, not a field.
func handleKey(k string) bool {
	if len(k) < 4 || len(k) > 40 || k[0] != '@' || jsonLDKeywords[k] {
		return false
	}
	for i := 1; i < len(k); i++ {
		if c := k[i]; !(asciiAlnum(c) || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// jsonLDKeywords are JSON-LD's own member names (schema.org's "@type"):
// labels, not handles.
var jsonLDKeywords = map[string]bool{
	"@type": true, "@context": true, "@value": true, "@language": true, "@graph": true, "@list": true,
	"@set": true, "@reverse": true, "@index": true, "@base": true, "@vocab": true, "@nest": true,
	"@container": true, "@direction": true, "@import": true, "@included": true, "@json": true,
	"@none": true, "@prefix": true, "@propagate": true, "@protected": true, "@version": true,
}

// phoneKey reports whether member name k is 9 to 15 digits, with phone
// separators at most, that are no Unix time ({"contacts":
// {"89161234567": "mom"}}): a national-format phone or a document number
// as the key of a map.
func phoneKey(k string) bool {
	var d [16]byte
	n := 0
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case c >= '0' && c <= '9':
			if n == len(d) {
				return false
			}
			d[n] = c
			n++
		case c == ' ' || c == '-' || c == '(' || c == ')' || c == '.':
		default:
			return false
		}
	}
	return n >= 9 && !opaqueDigits(string(d[:n]))
}

// path is node i's JSON Pointer as the walk built it: a member name that
// is data goes by its token (appendKeyToken), so failure details, which
// reach the audit record, never quote one. The walk must have reached i.
func (s *scratch) path(i int32) string { return string(s.ptr[s.ptrStart[i]:s.ptrEnd[i]]) }

// specialFieldWords are the names of special categories' fields that name
// the category alone, and so may be quoted in an error text.
var specialFieldWords = map[string]bool{
	"health": true, "medical": true, "medicalinfo": true, "healthinfo": true, "religion": true, "faith": true,
	"ethnicity": true, "race": true, "politics": true, "political": true, "union": true, "tradeunion": true,
	"disability": true, "disabilities": true, "sexualorientation": true, "orientation": true, "criminal": true,
	"biometric": true, "biometrics": true, "genetic": true, "sexlife": true, "diagnosis": true, "diagnoses": true,
	"conditions": true, "medications": true, "allergies": true, "healthdata": true,
}

// givenNameWord reports whether a word of member name k (split at '_',
// '-' and '.') is a known given name ("anna_schmidt").
func (rs *Ruleset) givenNameWord(k string) bool {
	for w := range strings.FieldsFuncSeq(k, func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
		if len(w) >= 3 && rs.givenName(w) {
			return true
		}
	}
	return false
}

// hasDigitRun reports whether k holds n digits in a row (a year, a date).
func hasDigitRun(k string, n int) bool {
	run := 0
	for i := 0; i < len(k); i++ {
		if k[i] >= '0' && k[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// plainFieldName reports whether k is written as programs name fields:
// lower-case ASCII letters, digits and underscores, 32 bytes at most
// ("contacts", "order_items"), not as people write names or logins.
func plainFieldName(k string) bool {
	if len(k) == 0 || len(k) > 32 {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// errPath is leaf i's path as an error text may quote it: a member name
// no rule knows, or one that is data (a map of people keyed by "Schmidt,
// Anna,2013-02-03", a condition, an e-mail), is written "*". An error
// travels in a quarantine record's header and in the audit record, where
// no value of the event may.
func (rs *Ruleset) errPath(s *scratch, i int32) string {
	nodes := s.doc.Nodes
	var chain []int32
	for j := i; j > 0; j = nodes[j].Parent {
		chain = append(chain, j)
	}
	var b strings.Builder
	for k := len(chain) - 1; k >= 0; k-- {
		j := chain[k]
		b.WriteByte('/')
		if nodes[nodes[j].Parent].Kind == event.Array {
			n := 0
			for c := nodes[nodes[j].Parent].First; c >= 0 && c != j; c = nodes[c].Next {
				n++
			}
			b.WriteString(strconv.Itoa(n))
			continue
		}
		key := nodes[j].Key
		ki := rs.keyInfo(s, key)
		inPeople := false
		if p := nodes[j].Parent; p > 0 && nodes[nodes[p].Parent].Kind == event.Object {
			inPeople = personMaps[rs.keyInfo(s, nodes[p].Key).fold]
		}
		plain := plainFieldName(key) && !rs.givenNameWord(key) && !hasDigitRun(key, 4) && !(inPeople && !ki.meta && ki.cat < 0)
		// A special category's own field names (health, religion) say
		// what a field holds; any other name of one (hivpositive,
		// isCatholic) may say what the subject is.
		special := ki.cat >= 0 && rs.cats[ki.cat].special && !specialFieldWords[ki.fold] ||
			!specialFieldWords[ki.fold] && rs.specialTermName(s, key)
		if len(key) > 64 || ki.dataCat >= 0 || ki.shapeCat >= 0 || special || !(ki.cat >= 0 || ki.generic || ki.context || ki.meta || plain) {
			b.WriteByte('*')
			continue
		}
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(key, "~", "~0"), "/", "~1"))
	}
	return b.String()
}

// specialTermName reports whether member name key holds a special
// category's term from the term lists, in any of their languages: its
// words as written ("parole_officer", "inPrison"), a term that counts only
// whole as a run of them ("halal_diet", "in_prison"), or as part of a word
// joined from two ("halaldiet", "inprison"). Such a name says what someone
// is, believes or did ({"household": {"in_prison": {...}}}), and an error
// text, which travels in a quarantine header and the audit record, writes
// it "*" (red team, round 18). Run for error texts only: it splits a word
// at every place.
func (rs *Ruleset) specialTermName(s *scratch, key string) bool {
	special := func(id int) bool { return id >= 0 && rs.cats[id].special }
	exact := func(w string) bool {
		id, ok := rs.exactTerms[w]
		return ok && special(id)
	}
	words, ascii := nameWords(nil, key)
	if !ascii {
		// Another script: its own separators become spaces, and the
		// term lists read it as text (unsegmented scripts by substring).
		sp := strings.Map(func(r rune) rune {
			if r == '_' || r == '-' || r == '.' {
				return ' '
			}
			return r
		}, key)
		return special(rs.findTerm(s, sp)) || exact(strings.ToLower(sp))
	}
	if len(words) == 0 {
		return false
	}
	if special(rs.findTerm(s, strings.Join(words, " "))) {
		return true
	}
	for i := range words {
		for j := i + 1; j <= len(words) && j-i <= 4; j++ {
			if exact(strings.Join(words[i:j], " ")) {
				return true
			}
		}
	}
	for _, w := range words {
		for p := 2; p <= len(w)-2; p++ {
			a, b := w[:p], w[p:]
			// A piece alone must be long enough not to be chance
			// ("t1d" inside "t1data"); a phrase is matched whole.
			if len(a) >= 4 && exact(a) || len(b) >= 4 && exact(b) || exact(a+" "+b) {
				return true
			}
			if len(a) >= 3 && len(b) >= 3 && special(rs.findTerm(s, a+" "+b)) {
				return true
			}
		}
	}
	return false
}

func (rs *Ruleset) errParentPath(s *scratch, i int32) string {
	if i <= 0 {
		return "the top level"
	}
	return rs.errPath(s, i)
}

// wordStartsAt reports whether, in member name key, the letter that ends
// up at index i of its folded form starts a word: it follows a character
// that is no letter or digit ("_", "$") or is an upper-case letter after a
// lower-case one. Names outside ASCII
// have no such boundaries here.
func wordStartsAt(key string, i int) bool {
	kept := 0
	for j := 0; j < len(key); j++ {
		c := key[j]
		if c >= 0x80 {
			return false
		}
		if c == '_' || c == '-' || c == '.' || c == ' ' {
			continue
		}
		if kept == i {
			if j == 0 {
				return true
			}
			p := key[j-1]
			lower := func(b byte) bool { return b >= 'a' && b <= 'z' }
			upper := func(b byte) bool { return b >= 'A' && b <= 'Z' }
			digit := func(b byte) bool { return b >= '0' && b <= '9' }
			return !lower(p) && !upper(p) && !digit(p) || upper(c) && lower(p)
		}
		kept++
	}
	return false
}

// codeLike reports whether member name k reads as a code or a secret
// rather than a field: four digits or more alone ("834921"), or letters
// and at least two digits mixed ("Zq8wTr5x") that name no hash algorithm
// ("sha256", "pbkdf2"). camelCase field names ("forceChange") are words.
func codeLike(k string) bool {
	digits, letters := 0, 0
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letters++
		}
	}
	if letters == 0 {
		return digits >= 4
	}
	if digits < 2 {
		return false
	}
	lk := strings.ToLower(k)
	for _, h := range [...]string{"sha", "md5", "pbkdf2", "argon2", "bcrypt", "scrypt", "v1", "v2", "2fa"} {
		if strings.HasPrefix(lk, h) {
			return false
		}
	}
	return true
}

// secretLikeKey reports whether a member name under a credential's
// container reads as a secret rather than a field's name: a digit between
// letters (hunter2xyz, Passw0rd), a symbol no field name has (p@ss!), or
// one run of fifteen letters or more with no word boundary
// (correcthorsebatterystaple). Field names (forceChange, last_changed,
// provider, hash) are words.
func secretLikeKey(k string) bool {
	run, maxRun, prevLetter := 0, 0, false
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c >= 'a' && c <= 'z':
			run++
			prevLetter = true
		case c >= 'A' && c <= 'Z':
			if i > 0 && k[i-1] >= 'a' && k[i-1] <= 'z' {
				run = 0 // a camelCase boundary
			}
			run++
			prevLetter = true
		case c >= '0' && c <= '9':
			if prevLetter && i+1 < len(k) && (k[i+1]|0x20 >= 'a' && k[i+1]|0x20 <= 'z') {
				return true
			}
			run, prevLetter = 0, false
		case c == '_' || c == '-' || c == '.' || c == ' ' || c == ':' || c == '$' || c == '@' && i == 0:
			run, prevLetter = 0, false
		case c < 0x80:
			return true
		default:
			run, prevLetter = 0, false
		}
		maxRun = max(maxRun, run)
	}
	return maxRun >= 15
}

// hasMember reports whether object p has a member named key.
func hasMember(doc *event.Doc, p int32, key string) bool {
	if p < 0 || doc.Nodes[p].Kind != event.Object {
		return false
	}
	for c := doc.Nodes[p].First; c >= 0; c = doc.Nodes[c].Next {
		if doc.Nodes[c].Key == key {
			return true
		}
	}
	return false
}

// partyWords are the parties to a deal, a message or a meeting whose
// places are no evidence of the subject's (fields.yaml's evidence
// contexts), unless the event is about them: a seller's sign-up, a
// host's, an invitee's booking. The words after the first
// dealPartyCount are members of a collection (employees, members, users):
// when the type names one ("employee.created", "member.added"), the
// collection is the event's subject, whatever actor or subject record sits
// beside it (othersBeside), but its places are not marked a party's.
var partyWords = [...]string{"seller", "merchant", "vendor", "host", "organizer", "organiser", "invitee", "sender", "recipient", "traveler", "traveller", "passenger", "guest", "supplier",
	"employee", "member", "user", "contact", "attendee", "participant", "student", "patient", "tenant", "seat", "teammember"}

const (
	dealPartyCount = 14
	dealParties    = 1<<dealPartyCount - 1
)

// eventParties is the set of partyWords that the event's type names, as
// a word of a type's value near the top of the event ({"event":
// "seller.registered"}, {"type": "MERCHANT_ONBOARDED"}, Omise's {"key":
// "charge.complete"} names none).
func eventParties(doc *event.Doc) uint32 {
	var set uint32
	for i := 1; i < len(doc.Nodes) && i < 64; i++ {
		n := &doc.Nodes[i]
		if n.Kind != event.String || len(n.Str) > 64 || len(n.Str) < 4 || !eventTypeKey(n.Key) || depth(doc, int32(i)) > 3 {
			continue
		}
		// The party must open the type and a word of its own life
		// follow ("seller.registered", "MERCHANT_ONBOARDED"): in
		// "MERCHANT_PAYMENT" or "gift.recipient_added" the party is
		// the other side of the subject's deal.
		party, words := -1, 0
		for w := range strings.FieldsFuncSeq(n.Str, func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == ':' || r == '/' || r == ' ' }) {
			words++
			if words == 1 {
				for k, p := range partyWords {
					if strings.EqualFold(w, p) || len(w) == len(p)+1 && (w[len(p)] == 's' || w[len(p)] == 'S') && strings.EqualFold(w[:len(p)], p) {
						party = k
					}
				}
				continue
			}
			if party >= 0 && (lifecycleWord(w) || party >= dealPartyCount && memberLifecycleWord(w)) {
				set |= 1 << party
			}
			break
		}
	}
	return set
}

// memberLifecycleWord reports whether w says a member joined a collection
// ("employee.hired", "member.added", "user.provisioned").
func memberLifecycleWord(w string) bool {
	for _, v := range [...]string{"hired", "added", "provisioned", "invited", "imported", "enrolled", "admitted", "assigned"} {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// lifecycleWord reports whether w says what happened to a record itself:
// its creation, sign-up, verification or change.
func lifecycleWord(w string) bool {
	for _, v := range [...]string{"registered", "registration", "created", "create", "signup", "signedup", "onboarded", "onboarding", "verified", "verification", "approved", "activated", "updated", "update", "applied", "application", "kyc", "profile", "joined", "new"} {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// eventTypeKey reports whether a member name names an event's type.
func eventTypeKey(k string) bool {
	if len(k) < 3 || len(k) > 12 {
		return false
	}
	switch k[0] | 0x20 {
	case 'e', 't', 'k', 'a', 'w':
	default:
		return false
	}
	for _, t := range [...]string{"event", "type", "eventtype", "event_type", "eventname", "event_name", "topic", "action", "kind", "key", "webhook_type", "webhooktype", "trigger"} {
		if strings.EqualFold(k, t) {
			return true
		}
	}
	return false
}

func depth(doc *event.Doc, i int32) int {
	d := 0
	for ; i > 0; i = doc.Nodes[i].Parent {
		d++
	}
	return d
}

// underNamedParty reports whether node i sits in the record of a party
// the event's type names ({"type": "seller.registered", "seller":
// {"nationality": ...}}): all its evidence is the party's, its citizenship
// as much as its address.
func (rs *Ruleset) underNamedParty(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	for j := i; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind == event.Object && partyNamed(s.parties&dealParties, rs.keyInfo(s, nodes[j].Key).fold) {
			return true
		}
	}
	return false
}

// partyNamed reports whether folded member name k is a party in set
// (sellers, seller_info).
func partyNamed(set uint32, k string) bool {
	for i, p := range partyWords {
		if set&(1<<i) != 0 && strings.HasPrefix(k, p) && len(k) <= len(p)+8 {
			return true
		}
	}
	return false
}

// chargeContainer reports whether node i sits in a container named for a
// charge to the person (shipping_lines, fees, tips, donations) rather
// than for goods.
func (rs *Ruleset) chargeContainer(s *scratch, i int32) bool {
	name, ok := containerName(&s.doc, i)
	if !ok {
		return false
	}
	f := rs.keyInfo(s, name).fold
	return strings.Contains(f, "shipping") || strings.Contains(f, "delivery") || strings.Contains(f, "donation") ||
		strings.Contains(f, "penalt") || strings.HasSuffix(f, "fee") || strings.HasSuffix(f, "fees") ||
		strings.HasSuffix(f, "charge") || strings.HasSuffix(f, "charges") || strings.HasSuffix(f, "tip") ||
		strings.HasSuffix(f, "tips") || f == "fine" || f == "fines" || strings.HasSuffix(f, "surcharge")
}

// amountOfPerson reports whether amount leaf i, inside a line of goods by
// its container's name, is a person's money all the same: a payroll's,
// a salary's, a loan's or a debt's lines ({"payroll": {"line_items":
// [{"amount": 4200}]}}), lines under a list of people ({"beneficiaries":
// [{"items": [...]}]}), or a line typed so ({"type": "salary", "amount":
// 5000}).
func (rs *Ruleset) amountOfPerson(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == i || sib.Kind != event.String || len(sib.Str) > 80 {
			continue
		}
		if rs.typeKeys[rs.keyInfo(s, sib.Key).fold] && financeWord(strings.ToLower(sib.Str)) {
			// {"type": "salary"}: a type key's value is part of the
			// plan cache's key, so reading it here is safe; a line's
			// free text is read per event (valuePass, debtLine).
			return true
		}
	}
	for j := p; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind == event.Array {
			continue
		}
		fold := rs.keyInfo(s, nodes[j].Key).fold
		if financeWord(fold) || personMaps[fold] {
			return true
		}
		if c := s.nodeCat[j]; c >= 0 && (rs.cats[c].personal || rs.cats[c].credential) {
			return true
		}
	}
	return false
}

// financeWord reports whether w names a person's own money: what they
// earn, are owed, owe or receive.
func financeWord(w string) bool {
	for _, f := range [...]string{"payroll", "payslip", "paycheck", "income", "salar", "wage", "earning", "compensation", "pension",
		"commission", "payout", "claim", "wager", "bets", "statement", "taxreturn", "grant", "bonus", "dividend",
		"loan", "debt", "mortgage", "credit", "allowance", "benefit", "stipend", "alimony", "gehalt", "lohn", "einkommen", "rente",
		"sueldo", "salario", "ingreso", "pensión", "зарплат", "доход", "пенси", "кредит", "долг"} {
		if strings.Contains(w, f) {
			return true
		}
	}
	return false
}

// purchaseContainer reports whether node i sits in an order's, a
// payment's, a cart's or an invoice's record.
func (rs *Ruleset) purchaseContainer(s *scratch, i int32) bool {
	name, ok := containerName(&s.doc, i)
	return ok && purchaseWord(rs.keyInfo(s, name).fold)
}

// purchaseWord reports whether folded name f names a purchase's record.
func purchaseWord(f string) bool {
	for _, w := range [...]string{"order", "payment", "checkout", "cart", "basket", "invoice", "receipt", "purchase", "transaction", "txn"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// goodsLine reports whether amount leaf i sits in a record of goods: a
// line of an order, a product, or an order's, a cart's, an invoice's
// record. An amount anywhere else (a commission, a payout, a claim) is
// no price of a thing, and stays personal by default.
func (rs *Ruleset) goodsLine(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	for j := nodes[i].Parent; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind == event.Array {
			continue
		}
		f := rs.keyInfo(s, nodes[j].Key).fold
		if goodsWords[f] || purchaseWord(f) {
			return true
		}
	}
	return false
}

// lineMoney reports whether leaf i is a member of a money object of a
// line of goods, the price written as an object ({"items": [{"price":
// {"unit_price": {"amount": 1200, "formatted_amount": "12,00 €"}}}]},
// Uber Eats, Tamara, Booking.com's rooms[].prices[]): what the thing
// costs, as a line's flat unit_price is (meta.amount). Every container
// from the leaf up to the line's list is named as money (a price, an
// amount, a tax); anything else between them (a payment, a refund, a
// person) leaves the leaf to its own name.
func (rs *Ruleset) lineMoney(s *scratch, i int32, ki keyInfo) bool {
	if rs.idAmount < 0 || !moneyMembers[ki.fold] {
		return false
	}
	nodes := s.doc.Nodes
	money := false
	for j := nodes[i].Parent; j > 0; j = nodes[j].Parent {
		up := nodes[j].Parent
		if nodes[up].Kind == event.Array {
			// An element of a list: the list's name says what it
			// holds (items[], prices[]).
			continue
		}
		f := rs.keyInfo(s, nodes[j].Key).fold
		if nodes[j].Kind == event.Array && lineLists[f] {
			// prices[] and subsidies[] are money objects themselves.
			return money || moneyWord(f)
		}
		if !moneyWord(f) {
			return false
		}
		money = true
	}
	return false
}

// moneyMembers are the members of a money object: its amount in each
// notation, and its currency.
var moneyMembers = map[string]bool{
	"amount": true, "formattedamount": true, "value": true, "currency": true, "currencycode": true, "units": true, "nanos": true,
	"cents": true, "amountminor": true, "amountmicros": true, "micros": true, "decimal": true, "amountdecimal": true, "displayamount": true,
	"formatted": true, "amountcents": true, "minorunits": true, "exponent": true, "precision": true, "amountinminorunits": true,
}

// moneyWord reports whether folded name f names an amount of money:
// anywhere in it for the long words (unitprice, taxamount), only as the
// whole name or its end for the short ones, which start other words
// ("feedback", "taxid", "costcenter", "totalcount" are no money).
func moneyWord(f string) bool {
	for _, w := range [...]string{"price", "amount", "discount", "subsid"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	for _, w := range [...]string{"total", "tax", "vat", "fee", "fees", "cost", "money"} {
		if strings.HasSuffix(f, w) {
			return true
		}
	}
	return false
}

// lineLists are the names of lists of goods: an order's lines, a cart's
// items, a booking's rooms and the prices listed for them.
var lineLists = map[string]bool{
	"items": true, "lineitems": true, "orderitems": true, "orderlines": true, "lines": true, "basketitems": true, "cartitems": true,
	"products": true, "packages": true, "receiptitems": true, "positions": true, "skus": true, "articles": true, "goods": true,
	"goodsdetail": true, "orderproducts": true, "itemlist": true, "productlist": true, "variants": true, "offers": true,
	"prices": true, "subsidies": true, "rooms": true,
}

// goodsWords are the names of the records of things sold: lines, items,
// products, packages (the meta.amount context's parents, and more).
var goodsWords = map[string]bool{
	"items": true, "item": true, "lineitems": true, "lineitem": true, "orderitems": true, "orderlines": true, "orderline": true,
	"basketitems": true, "cartitems": true, "products": true, "product": true, "packages": true, "package": true,
	"receiptitems": true, "positions": true, "skus": true, "sku": true, "articles": true, "goods": true, "goodsdetail": true,
	"orderproducts": true, "itemlist": true, "productlist": true, "catalog": true, "catalogue": true, "offer": true, "offers": true,
	"plan": true, "plans": true, "price": true, "prices": true, "variant": true, "variants": true, "lines": true, "shop": true, "store": true,
}

// lineTextKey reports whether folded name k holds what a line is for.
func lineTextKey(k string) bool {
	switch k {
	case "description", "desc", "memo", "note", "notes", "label", "reason", "purpose", "narrative", "reference":
		return true
	}
	return false
}

// debtWord reports whether line text v says the amount is a person's
// debt, fine or settlement rather than a thing's price.
func debtWord(v string) bool {
	for _, w := range [...]string{"overdue", "arrears", "collection", "court", "fine", "penalt", "settlement", "repayment", "instalment of", "installment of"} {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}

// recordKindNames are the members that say what kind of place a record
// is ({"type": "billing", "country": ...}, FHIR's address use "old",
// Google People's formattedType "Work", a category, tag or role), and
// recordEndNames those that end its validity ({"to": "2015"},
// {"valid_to": "2019-12-31"}, FHIR's period.end). recordFlagNames say
// whether an address is still the subject's ({"current": false},
// {"status": "inactive"}); they are read only in an address's record
// (placeRecord), since an inactive user still lives where they live.
var (
	recordKindNames = map[string]bool{"type": true, "kind": true, "use": true, "usage": true, "label": true, "purpose": true,
		"addresstype": true, "addresskind": true, "addressuse": true, "addresspurpose": true, "typeofaddress": true,
		"category": true, "tag": true, "formattedtype": true, "role": true, "addresscategory": true, "addressrole": true,
		"addresslabel": true, "addresstag": true, "name": true, "description": true}
	recordEndNames = map[string]bool{"to": true, "until": true, "till": true, "validto": true, "validuntil": true, "validtill": true,
		"validthrough": true, "enddate": true, "end": true, "dateto": true, "todate": true, "endedat": true, "enddt": true,
		"movedout": true, "moveoutdate": true, "movedoutat": true, "effectiveto": true, "effectiveuntil": true}
	recordPeriodNames = map[string]bool{"period": true, "validity": true, "validityperiod": true, "dates": true}
	recordFlagNames   = map[string]bool{"current": true, "iscurrent": true, "active": true, "isactive": true, "status": true,
		"addressstatus": true, "currentaddress": true, "iscurrentaddress": true}
)

// placeRecord reports whether object p is an address's record by its
// name, or its list's: addresses[], home_address, residence, locations.
func (rs *Ruleset) placeRecord(s *scratch, p int32) bool {
	nodes := s.doc.Nodes
	if p <= 0 {
		return false
	}
	k := p
	if nodes[nodes[p].Parent].Kind == event.Array {
		k = nodes[p].Parent
	}
	if k <= 0 || nodes[nodes[k].Parent].Kind != event.Object {
		return false
	}
	f := rs.keyInfo(s, nodes[k].Key).fold
	for _, w := range [...]string{"address", "addr", "residen", "domicil", "location", "home", "adress", "wohn", "place"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// kindBeside reports whether place leaf i's record (its object, or the
// objects above it up to a list's item) has a member that says what kind
// of place it is or when it stopped being one: by shape alone, so the
// plan cache may record it; recordKind reads the values per event.
func (rs *Ruleset) kindBeside(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	for child, p, depth := i, nodes[i].Parent, 0; p > 0 && depth < 3; child, p, depth = p, nodes[p].Parent, depth+1 {
		if nodes[p].Kind != event.Object {
			return false
		}
		for c := nodes[p].First; c >= 0; c = nodes[c].Next {
			if c == child {
				continue
			}
			f := rs.keyInfo(s, nodes[c].Key).fold
			if recordKindNames[f] && nodes[c].Kind == event.String || recordEndNames[f] && nodes[c].Kind <= event.String ||
				recordPeriodNames[f] && (nodes[c].Kind == event.Object || nodes[c].Kind == event.String) ||
				recordFlagNames[f] && nodes[c].Kind <= event.String && rs.placeRecord(s, p) {
				return true
			}
		}
		if nodes[nodes[p].Parent].Kind == event.Array {
			return false // a list's item: the record itself
		}
	}
	return false
}

// A place record's kind, by recordKind.
const (
	kindAny   = iota // no type, or one that says nothing (home, primary, temporary)
	kindGoods        // billing, shipping, delivery, work, office, business: where goods, bills or the subject go
	kindNone         // former, old, historic, vacation, second home, flagged not current, or ended
)

// recordKind reads what kind of place leaf i's record is, from the members
// kindBeside found: a type whose evidence context is an address (billing,
// shipping) or a workplace (work, office, business, company, employer)
// is where goods or the subject go; one that is a former state (old,
// previous, historic) or a stay away from home (vacation, holiday,
// second_home), an end date before the event in any notation the date
// parsers read, or a flag that the address is no longer current, is no
// place of the subject's now. A sibling's type outranks the container's
// name. A "name" or "description" is read as a type only when it names an
// address ("Old address"), or is one word in an address's own record
// (addresses[].name: "old"), since it is most often a person's.
func (rs *Ruleset) recordKind(s *scratch, i int32) int {
	nodes := s.doc.Nodes
	kind := kindAny
	for child, p, depth := i, nodes[i].Parent, 0; p > 0 && depth < 3; child, p, depth = p, nodes[p].Parent, depth+1 {
		if nodes[p].Kind != event.Object {
			break
		}
		for c := nodes[p].First; c >= 0; c = nodes[c].Next {
			if c == child {
				continue
			}
			n := &nodes[c]
			f := rs.keyInfo(s, n.Key).fold
			switch {
			case recordKindNames[f] && n.Kind == event.String && len(n.Str) <= 64:
				v := s.foldValue(n.Str)
				if (f == "name" || f == "description") && !strings.Contains(v, "address") && !strings.Contains(v, "residence") &&
					(strings.IndexByte(strings.TrimSpace(n.Str), ' ') >= 0 || !rs.placeRecord(s, p)) {
					continue
				}
				switch ctx := rs.evidenceContext(n.Str, v); {
				case ctx == ctxPast || awayFromHome(v):
					return kindNone
				case ctx == baseAddress || workplaceKind(v):
					// A workplace is where the subject works, most
					// often in the country they live in: the only
					// place a directory's user record has (SCIM's
					// addresses [{"type": "work"}]). It counts as
					// billing does, only where no residence is said.
					kind = kindGoods
				}
			case recordEndNames[f] && s.ended(n):
				return kindNone
			case recordPeriodNames[f] && n.Kind == event.String:
				if end, ok := periodEnd(n.Str); ok && s.endedAt(end) {
					return kindNone
				}
			case recordPeriodNames[f] && n.Kind == event.Object:
				for e := n.First; e >= 0; e = nodes[e].Next {
					if recordEndNames[rs.keyInfo(s, nodes[e].Key).fold] && s.ended(&nodes[e]) {
						return kindNone
					}
				}
			case recordFlagNames[f] && n.Kind <= event.String && rs.placeRecord(s, p):
				if f == "status" || f == "addressstatus" {
					if n.Kind == event.String && len(n.Str) <= 32 && rs.inactiveStatus(s, n.Str) {
						return kindNone
					}
				} else if set, ok := flagValue(n); ok && !set {
					return kindNone
				}
			}
		}
		if nodes[nodes[p].Parent].Kind == event.Array {
			break
		}
	}
	return kind
}

// workplaceKind reports whether a folded type value names a workplace.
func workplaceKind(v string) bool {
	for _, w := range [...]string{"work", "office", "business", "company", "employer", "corporate"} {
		if strings.HasPrefix(v, w) {
			return true
		}
	}
	return false
}

// awayFromHome reports whether a folded type value names a stay away from
// where the subject lives: a holiday, a vacation or a second home.
func awayFromHome(v string) bool {
	for _, w := range [...]string{"vacation", "holiday", "secondhome", "secondaryhome", "secondresidence", "secondaryresidence", "weekendhome", "summerhome"} {
		if strings.HasPrefix(v, w) {
			return true
		}
	}
	return false
}

// inactiveStatus reports whether a status says an address is no longer
// the subject's: inactive, former, ended, expired, closed, moved out.
func (rs *Ruleset) inactiveStatus(s *scratch, str string) bool {
	v := s.foldValue(str)
	switch v {
	case "inactive", "ended", "expired", "closed", "archived", "moved", "movedout", "deleted", "obsolete", "superseded",
		"replaced", "outdated", "discontinued", "invalid", "disabled", "terminated", "notcurrent", "noncurrent":
		return true
	}
	return rs.evidenceContext(str, v) == ctxPast
}

// periodEnd returns the end of a period written as one string:
// "2015-2019", "2015 – 2019", ISO 8601's "2015-01-01/2019-12-31",
// "01.01.2015 - 31.12.2019", "2015 to 2019". An open end ("2015-") has
// none.
func periodEnd(v string) (string, bool) {
	v = strings.TrimSpace(v)
	for _, sep := range [...]string{" - ", " – ", " — ", "–", "—", " to ", " bis ", " until ", "/", "-"} {
		k := strings.LastIndex(v, sep)
		if k <= 0 {
			continue
		}
		left, right := strings.TrimSpace(v[:k]), strings.TrimSpace(v[k+len(sep):])
		if sep == "/" && (len(left) < 7 || len(right) < 7 || strings.Count(v, "/") != 1) {
			continue // a slashed date, no ISO interval
		}
		if sep == "-" && (len(left) != 4 || len(right) != 4) {
			continue // an ISO date, no range of years
		}
		if right == "" {
			return "", false
		}
		return right, true
	}
	return "", false
}

// ended reports whether n holds a date (a year, a month, or a day) before
// the event's day: the end of a record's validity that is past.
func (s *scratch) ended(n *event.Node) bool {
	if n.Kind != event.String && n.Kind != event.Number {
		return false
	}
	return s.endedAt(n.Str)
}

// endedAt reads v as an end date in the notations the date parsers know
// (ISO, dotted, slashed, month names, CJK, yyyymmdd, a month and year),
// or as epoch seconds or milliseconds, and reports whether it is before
// the event's day. A slashed date that could be either order is read as
// the later of its readings, so that an address stays current when the
// notation leaves it open.
func (s *scratch) endedAt(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 4 || len(v) > 40 {
		return false
	}
	now := s.now
	if now.IsZero() {
		now = time.Now()
	}
	y, m, d := endDate(v)
	switch {
	case y < 1900:
		return false
	case y != now.Year() || m == 0:
		return y < now.Year()
	case m != int(now.Month()) || d == 0:
		return m < int(now.Month())
	}
	return d < now.Day()
}

// endDate parses an end date: the year, and the month and day when given
// (0 when not).
func endDate(v string) (y, m, d int) {
	num := func(t string) int {
		if t == "" {
			return -1
		}
		x := 0
		for k := 0; k < len(t); k++ {
			if t[k] < '0' || t[k] > '9' {
				return -1
			}
			x = x*10 + int(t[k]-'0')
		}
		return x
	}
	if x := num(v); x >= 0 {
		switch len(v) {
		case 4:
			return x, 0, 0
		case 9, 10, 12, 13:
			if len(v) > 10 {
				x /= 1000
			}
			t := time.Unix(int64(x), 0).UTC()
			return t.Year(), int(t.Month()), t.Day()
		}
	}
	if len(v) >= 4 && num(v[:4]) >= 0 && (len(v) == 4 || v[4] == '-' || v[4] == '/' || v[4] == '.') {
		switch {
		case len(v) >= 10 && num(v[5:7]) > 0 && num(v[8:10]) > 0:
			return num(v[:4]), num(v[5:7]), num(v[8:10])
		case len(v) == 7 && num(v[5:7]) > 0:
			return num(v[:4]), num(v[5:7]), 0
		}
	}
	if y, m, d, ok := detect.ParseBirthDate(v, detect.Younger); ok {
		return y, m, d
	}
	if y, m, ok := detect.ParseMonthYear(v); ok {
		return y, m, 0
	}
	if len(v) >= 4 && num(v[:4]) >= 1900 && (v[4] < '0' || v[4] > '9') {
		return num(v[:4]), 0, 0 // "2019 Q4", "2019年"
	}
	return 0, 0, 0
}
