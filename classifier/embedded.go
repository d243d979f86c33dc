package classifier

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/geo"
)

// embeddedEvidence reads the evidence inside JSON documents carried as
// strings. Some producers send the whole submission that way: Jotform's
// webhook posts rawRequest, "{\"q5_address\":{\"country\":\"France\"},
// \"q6_nationality\":\"France\"}", beside a few envelope fields, so the
// subject's country is nowhere but inside it. The string itself stays one
// leaf (unknown, personal by default: tokenized or dropped whole outside
// full records, and credentials inside it are found by credentialValue);
// this pass only lets its members say where the subject lives, as the
// same members would at the top level:
//   - a member's category comes from its own name, or for a generic name
//     ("value") or one nothing claims ("full") from its container's;
//   - its evidence base is the category's, typed by the evidence contexts
//     of its own and its containers' names (nearest first);
//   - a phone that needs a region hint, and a subdivision, are left out.
//
// Only leaves no name rule claimed are parsed, one document each, within
// the event's limits.
func (rs *Ruleset) embeddedEvidence(s *scratch) {
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &s.doc.Nodes[l.node]
		if n.Kind != event.String || rs.otherPerson(s, l.node) {
			continue // another person's document says nothing of the subject
		}
		if v, ok := jwtClaims(n.Str); ok {
			if s.inner.Parse([]byte(v), rs.cfg.Limits) == nil {
				// An OpenID Connect ID token states its subject's
				// birthdate in claims anyone can read (red team 29): the
				// token, a credential by name or by value, leaves no
				// record, yet a child it says is nine is one. Its claims
				// give ages only (embeddedAges), no evidence.
				s.embedded = append(s.embedded, int32(k))
				s.embeddedText = append(s.embeddedText, v)
			}
			continue
		}
		var v string
		ok, form := false, false
		if len(n.Str) > 12 && n.Str[0] == 'M' {
			// An HL7 v2 message is a patient's record under any name
			// ("hl7" folds to Google's hl, a locale).
			v, ok = hl7Document(n.Str)
		} else if len(n.Str) > 16 && strings.HasPrefix(n.Str, "TVNI") {
			// The same message in base64 ("TVNI" is "MSH"), as Google
			// Cloud Healthcare's hl7V2Messages keep it in data.
			if raw, err := base64.StdEncoding.DecodeString(n.Str); err == nil {
				v, ok = hl7Document(string(raw))
			}
		}
		if !ok && (l.cat < 0 || rs.cats[l.cat].evidence < 0 || !rs.cats[l.cat].personal) {
			// (A label's evidence name holds a document too: an OAuth
			// "state" or a SAML "relayState" in base64 JSON is read for
			// the birth date in it as any other document is.)
			v, ok = documentText(n.Str)
			if !ok {
				v, ok = xmlText(n.Str) // a SOAP body, a SAML assertion
			}
			if !ok {
				v, ok = jsonInText(n.Str) // a log line: "POST /signup body={…}"
			}
			if !ok && formBodyName(rs.keyInfo(s, n.Key).fold) {
				// A form body a webhook's log keeps as it came (Jumio's
				// netverify callback, PayFast's ITN, Paytm's callback):
				// its fields say where the subject lives as JSON's do.
				// Only under a body's name: a page's query or a shop's
				// filter ("category=shoes&country=cn") is no record of
				// the subject.
				v, ok = formDocument(n.Str)
				form = ok
			}
		}
		if !ok || v[0] != '{' && v[0] != '[' {
			continue
		}
		list := v[0] == '['
		if list {
			// A list of records in one string (Mandrill's
			// mandrill_events): read as its member's value, for the
			// event parser reads objects.
			k, err := json.Marshal(n.Key)
			if err != nil {
				continue
			}
			v = "{" + string(k) + ":" + v + "}"
		}
		if s.inner.Parse([]byte(v), rs.cfg.Limits) != nil {
			continue
		}
		if (form || list) && !rs.personRecord(s, &s.inner) {
			// A form body with nobody in it (a search's filters,
			// "category=shoes&country=cn&sort=price"): its country is
			// what was asked for, not where the subject lives.
			continue
		}
		s.embedded = append(s.embedded, int32(k))
		s.embeddedText = append(s.embeddedText, v)
		rs.evidenceIn(s, &s.inner, l.node)
	}
}

// textAddresses adds the address evidence of postal addresses written
// inside free text (a support message's "please send it to Goethestraße
// 17a, 26614 Köln, Germany"): medium, as any address is, and counted
// only when nothing says where the subject lives. Text under another
// person's record (a recipient's, a referrer's) says nothing of the
// subject.
//
// A phone number written in international form in such text ("llámenme
// al +54 9 11 2345-0407") is the weak evidence a phone field's is.
func (rs *Ruleset) textAddresses(s *scratch) {
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &s.doc.Nodes[l.node]
		if n.Kind != event.String || len(n.Str) < 12 || l.cat >= 0 && l.cat != rs.idText && l.by != byText {
			// Free text by name, or text in which the scanner found
			// something (a special category, a name): a message's
			// "content.text" is as much the subject's words.
			continue
		}
		if cc, ok := rs.geo.AddressInText(n.Str); ok && rs.contextBase(s, l.node, baseAddress) >= 0 {
			s.ev = append(s.ev, evidence{country: cc, base: baseAddress})
		}
		if cc, ok := intlPhoneInText(n.Str); ok && rs.contextBase(s, l.node, basePhone) >= 0 {
			s.ev = append(s.ev, evidence{country: cc, base: basePhone})
		} else if cc, ok := scriptPhoneInText(n.Str); ok && rs.contextBase(s, l.node, basePhone) >= 0 && !rs.otherPerson(s, l.node) {
			// "주문자 최지우 010-2000-7621": a national-format number in
			// text written in a script one country writes, valid there.
			s.ev = append(s.ev, evidence{country: cc, base: basePhone})
		}
	}
}

// scriptPhoneInText returns the country of a national-format phone
// number (a trunk 0, then 8 to 12 more digits with the separators phones
// use) inside text v written in a script one country alone writes
// (geo.ScriptCountry), when the number is valid there.
func scriptPhoneInText(v string) (string, bool) {
	if len(v) < 12 || len(v) > 2048 || isASCII(v) {
		return "", false
	}
	cc, ok := geo.ScriptCountry(v)
	if !ok {
		return "", false
	}
	for off := 0; off < len(v); {
		i := strings.IndexByte(v[off:], '0')
		if i < 0 {
			return "", false
		}
		i += off
		off = i + 1
		if i > 0 && v[i-1] >= '0' && v[i-1] <= '9' {
			continue // inside a longer number
		}
		j, digits := i, 0
		for j < len(v) && (v[j] >= '0' && v[j] <= '9' || v[j] == ' ' || v[j] == '-' || v[j] == '.') {
			if v[j] >= '0' && v[j] <= '9' {
				digits++
			}
			j++
		}
		if digits < 9 || digits > 13 {
			continue
		}
		if r, ok := detect.PhoneRegion(strings.TrimRight(v[i:j], " -."), cc); ok && r == cc {
			return cc, true
		}
		off = j
	}
	return "", false
}

// intlPhoneInText returns the country of the first phone number written
// in international form ('+' and 8 to 15 digits with the separators
// phones use) inside text v, when it is valid there.
func intlPhoneInText(v string) (string, bool) {
	if len(v) > 4096 {
		return "", false
	}
	for off := 0; ; {
		i := strings.IndexByte(v[off:], '+')
		if i < 0 {
			return "", false
		}
		i += off
		off = i + 1
		if i > 0 && v[i-1] != ' ' && v[i-1] != '(' && v[i-1] != ':' && v[i-1] != '\n' {
			continue
		}
		j, digits := i+1, 0
		for j < len(v) && (v[j] >= '0' && v[j] <= '9' || v[j] == ' ' || v[j] == '-' || v[j] == '(' || v[j] == ')' || v[j] == '.') {
			if v[j] >= '0' && v[j] <= '9' {
				digits++
			}
			j++
		}
		if digits < 8 || digits > 15 {
			continue
		}
		if cc, ok := detect.PhoneRegion(strings.TrimRight(v[i:j], " -(."), ""); ok {
			return cc, true
		}
	}
}

// embeddedAges calls younger with each age the documents held in strings
// state, read as subjectAge reads the event's own members: a birth date
// under its name (a string in any notation, or a {year, month, day}
// object, as Jotform's "q7_birthDate" is), a stated age, a producer's
// minor flag, a birth date carried by a national identifier. The
// documents are parsed again, one at a time, rather than kept from the
// evidence pass: few events carry one.
func (rs *Ruleset) embeddedAges(s *scratch, now time.Time, order detect.Order, younger func(int)) {
	for _, v := range s.embeddedText {
		if s.inner.Parse([]byte(v), rs.cfg.Limits) != nil {
			continue
		}
		doc := &s.inner
		for j := range doc.Nodes {
			n := &doc.Nodes[j]
			if n.Parent < 0 || doc.Nodes[n.Parent].Kind == event.Array {
				continue
			}
			ki := rs.keyInfo(s, n.Key)
			cat := ki.cat
			if ki.generic && cat < 0 && n.Parent > 0 && doc.Nodes[doc.Nodes[n.Parent].Parent].Kind != event.Array {
				cat = rs.keyInfo(s, doc.Nodes[n.Parent].Key).cat // {"birthdate": {"value": …}}
			}
			switch {
			case n.Kind == event.Bool:
				if a, ok := boolAge(ki.fold, n.Str == "true"); ok {
					younger(a)
				}
			case cat < 0:
			case cat == rs.idDate && n.Kind == event.Object:
				if y, m, dd, ok := dateObject(doc, int32(j)); ok {
					younger(ageAt(now, y, m, dd))
				}
			case cat == rs.idDate && n.Kind == event.Array:
				if y, m, dd, ok := dateArray(doc, int32(j)); ok {
					younger(ageAt(now, y, m, dd))
				}
			case cat == rs.idDate && (n.Kind == event.String || n.Kind == event.Number):
				if y, m, dd, ok := birthDate(doc, n, order, now); ok {
					birthAge(now, y, m, dd, younger)
				}
			case cat == rs.idAge && (n.Kind == event.String || n.Kind == event.Number):
				younger(statedAge(n))
			case n.Kind == event.String && strings.HasPrefix(rs.cats[cat].name, "gov_id."):
				rs.idBirthAge(s, doc, int32(j), cat, now, younger)
			}
		}
	}
}

// evidenceIn adds the evidence of the members of doc, a document held in
// leaf i.
func (rs *Ruleset) evidenceIn(s *scratch, doc *event.Doc, i int32) {
	nodes := doc.Nodes
	for j := range nodes {
		n := &nodes[j]
		if n.Kind != event.String || n.Parent < 0 {
			continue
		}
		cat, named := -1, false
		for p := int32(j); p > 0; p = nodes[p].Parent {
			if nodes[nodes[p].Parent].Kind == event.Array {
				continue
			}
			ki := rs.keyInfo(s, nodes[p].Key)
			if ki.cat < 0 && (ki.generic || p == int32(j)) {
				// "value", or a part nothing names under a named
				// container: Jotform's {"q5_phoneNumber": {"full": …}}
				// is a phone as the walk would take it.
				continue
			}
			cat, named = ki.cat, p == int32(j)
			break
		}
		if named {
			// {"idType": "PASSPORT", "idCountry": "PAK"}: a sibling's type
			// says what the member is, as in the event itself.
			if c := rs.embeddedTyped(s, doc, int32(j)); c >= 0 {
				cat = c
			}
		}
		if cat < 0 || rs.cats[cat].evidence < 0 {
			continue
		}
		base := rs.cats[cat].evidence
		if base == baseSubdivision {
			continue
		}
		if base == baseResidence || base == baseCity {
			base = rs.embeddedContext(s, doc, int32(j), base)
		}
		if base >= 0 {
			rs.evidenceValue(s, base, i, n.Str, named, false)
		}
	}
}

// embeddedTyped is typedSibling for member j of an embedded document: the
// category a type key beside it (idType, document_type) gives its name,
// or -1.
func (rs *Ruleset) embeddedTyped(s *scratch, doc *event.Doc, j int32) int {
	nodes := doc.Nodes
	fold := rs.keyInfo(s, nodes[j].Key).fold
	if !rs.ctxValue[fold] {
		return -1
	}
	for c := nodes[nodes[j].Parent].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == j || sib.Kind != event.String || len(sib.Str) > 64 || !rs.typeKeys[rs.keyInfo(s, sib.Key).fold] {
			continue
		}
		for _, r := range rs.ctxType[s.foldValue(sib.Str)] {
			if r.names[fold] && r.parents == nil {
				return r.cat
			}
		}
	}
	return -1
}

// embeddedContext is contextBase for a node of an embedded document.
func (rs *Ruleset) embeddedContext(s *scratch, doc *event.Doc, j int32, base int) int {
	nodes := doc.Nodes
	own := false // a record of the subject's own below: see contextBase
	for first := j; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind == event.Array {
			continue
		}
		ki := rs.keyInfo(s, nodes[j].Key)
		switch ctx := ki.evCtx; {
		case ctx == ctxNone:
			if j != first && nodes[j].Kind == event.Object && rs.servedRecord(ki.fold) {
				own = true
			}
			continue
		case ctx == ctxOthers:
			continue
		case ctx == -1 && own:
			continue
		case ctx < 0:
			return -1
		case base == baseCity:
			return base
		default:
			return ctx
		}
	}
	return base
}

// embeddedSpecial is the special category document v (as embeddedText
// holds it) states, or -1: a member named for one ({"q12_religion": "…"}), or a
// term in a member's text. The string itself was scanned as text already,
// but a JSON encoder writes non-ASCII text as \uXXXX escapes (PHP's
// json_encode does by default), so "сахарный диабет" is only readable in
// the parsed document.
func (rs *Ruleset) embeddedSpecial(s *scratch, v string) int {
	if s.inner.Parse([]byte(v), rs.cfg.Limits) != nil {
		return -1
	}
	doc := &s.inner
	for j := range doc.Nodes {
		n := &doc.Nodes[j]
		if n.Kind != event.String || n.Parent < 0 {
			continue
		}
		for p := int32(j); p > 0; p = doc.Nodes[p].Parent {
			if doc.Nodes[doc.Nodes[p].Parent].Kind == event.Array {
				continue
			}
			ki := rs.keyInfo(s, doc.Nodes[p].Key)
			if ki.generic && ki.cat < 0 {
				continue
			}
			if ki.cat >= 0 && rs.cats[ki.cat].special {
				return ki.cat
			}
			break
		}
		if t := rs.findTerm(s, n.Str); t >= 0 {
			return t
		}
	}
	return -1
}

// jsonInText is the JSON object a line of text carries after a prefix:
// a log line that prints a request's body ("POST /api/v1/signup
// body={"email": …, "birthDate": "14.11.2011"}"). The object runs from
// the first "{\"" to the last '}'; the caller parses it, and what does not
// parse is no document.
func jsonInText(v string) (string, bool) {
	if len(v) < 16 || len(v) > 1<<16 {
		return "", false
	}
	i := strings.Index(v, "{\"")
	if i <= 0 {
		return "", false // none, or the whole string (documentText's)
	}
	j := strings.LastIndexByte(v, '}')
	if j < i+8 {
		return "", false
	}
	return v[i : j+1], true
}

// documentText is the JSON document string v holds: as written ("{…}",
// "[…]"), or encoded in base64 (CloudEvents' data_base64, an OAuth state
// or SAML RelayState carrying JSON). ok is false for anything else.
func documentText(v string) (string, bool) {
	if len(v) < 16 {
		return "", false
	}
	switch v[0] {
	case '{', '[', 'e', 'W', ' ', '\t', '\r', '\n':
	case 'Z':
		// Base64 of base64 JSON ("ZXlK…" is "eyJ…" encoded again).
		if !strings.HasPrefix(v, "ZXl") || len(v) > 1<<16 {
			return "", false
		}
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
			if b, err := enc.DecodeString(v); err == nil {
				if d := string(b); strings.HasPrefix(d, "ey") && base64Text(d) {
					return documentText(d)
				}
				return "", false
			}
		}
		return "", false
	case 'd', 'D', 'H':
		// A data: URI or gzip in base64 carrying a document.
		if t, ok := wrappedPayload(v); ok {
			if t = strings.TrimLeft(t, " \t\r\n"); len(t) >= 2 && (t[0] == '{' || t[0] == '[') {
				return t, true
			}
		}
		return "", false
	case '"':
		// A JSON document encoded once more as a JSON string.
		if inner, ok := quotedJSONString(v); ok && len(inner) >= 2 && (inner[0] == '{' || inner[0] == '[') {
			return inner, true
		}
		return "", false
	default:
		return "", false // most values: no document, and no trimming
	}
	v = strings.TrimLeft(v, " \t\r\n")
	if len(v) < 16 {
		return "", false
	}
	if v[0] == '{' && strings.Contains(v, "}\n{") && len(v) <= 1<<20 {
		// Newline-delimited JSON (an OpenSearch _bulk body, a JSON Lines
		// export): read as the list of its lines' documents.
		return ndjsonArray(v), true
	}
	if v[0] == '{' || v[0] == '[' {
		return v, true
	}
	if len(v) > 1<<16 || !base64Text(v) {
		return "", false
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		b, err := enc.DecodeString(v)
		if err != nil {
			continue
		}
		d := strings.TrimLeft(string(b), " \t\r\n")
		if len(d) >= 2 && (d[0] == '{' || d[0] == '[') && utf8.ValidString(d) {
			return d, true
		}
		if len(d) >= 16 && (strings.HasPrefix(d, "ey") || d[0] == 'W') && base64Text(d) {
			return documentText(d) // base64 of base64 JSON
		}
		return "", false
	}
	return "", false
}

// ndjsonArray writes newline-delimited JSON documents as one JSON array
// of them; blank lines are skipped. What does not parse is no document,
// as for any other text.
func ndjsonArray(v string) string {
	var b strings.Builder
	b.Grow(len(v) + 2)
	b.WriteByte('[')
	first := true
	for line := range strings.SplitSeq(v, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.WriteString(line)
	}
	b.WriteByte(']')
	return b.String()
}

// base64Text reports whether v is made of base64 or base64url characters
// only, as an encoded document is ("eyJ…" begins a JSON object).
func base64Text(v string) bool {
	if !strings.HasPrefix(v, "ey") && !strings.HasPrefix(v, "W") {
		return false // '{' and '[' encode to "ey…" and "W…"
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_' || c == '=') {
			return false
		}
	}
	return true
}

// wrappedPayload is what a wrapped value carries: the payload of a data:
// URI ("data:application/json;base64,eyJ…", "data:text/plain,…") or a
// gzip stream in base64 ("H4sI…", how SDKs compress batched context),
// inflated to at most 64 KiB. ok is false for anything else, and the
// check on the first bytes keeps ordinary values off this path.
func wrappedPayload(v string) (string, bool) {
	switch {
	case len(v) > 5 && strings.EqualFold(v[:5], "data:"):
		comma := strings.IndexByte(v, ',')
		if comma < 0 {
			return "", false
		}
		meta, body := v[5:comma], v[comma+1:]
		if strings.HasSuffix(strings.ToLower(meta), ";base64") {
			b, err := base64.StdEncoding.DecodeString(body)
			if err != nil {
				if b, err = base64.RawStdEncoding.DecodeString(body); err != nil {
					return "", false
				}
			}
			body = string(b)
		} else if u, err := url.PathUnescape(body); err == nil {
			body = u
		}
		return body, utf8.ValidString(body)
	case strings.HasPrefix(v, "H4sI") && len(v) <= 1<<16 && base64Text2(v):
		b, err := base64.StdEncoding.DecodeString(v)
		if err != nil {
			return "", false
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return "", false
		}
		out, err := io.ReadAll(io.LimitReader(zr, 1<<16))
		if err != nil && len(out) == 0 {
			return "", false
		}
		return string(out), utf8.Valid(out)
	}
	return "", false
}

// encodedText is the text an encoded value carries: a data: URI's
// payload, gzip in base64, or base64 or base64url of text (what
// opaqueBytes calls text: printable, or a long run of digits), decoded
// twice at most ("base64 of base64"). ok is false for binary (a digest,
// an image, a random id) and for anything not encoded.
func encodedText(v string) (string, bool) {
	t, ok := decodeOnce(v)
	if !ok {
		return "", false
	}
	if t2, ok := decodeOnce(strings.TrimSpace(t)); ok {
		t = t2
	}
	return t, true
}

// lineBreaksOut removes the line breaks MIME writes into base64.
var lineBreaksOut = strings.NewReplacer("\r", "", "\n", "")

func decodeOnce(v string) (string, bool) {
	if t, ok := wrappedPayload(v); ok {
		return t, true
	}
	if len(v) < 8 || len(v) > 1<<14 {
		return "", false
	}
	upper, lower, digit, breaks := false, false, false, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9':
			digit = true
		case c == '\r' || c == '\n':
			breaks = true // MIME's base64, in lines of 76 characters
		case c == '+' || c == '/' || c == '-' || c == '_' || c == '=' && len(strings.TrimRight(v[i:], "=\r\n")) == 0:
		default:
			return "", false
		}
	}
	if breaks {
		v = lineBreaksOut.Replace(v)
	}
	if !upper || !lower && !digit {
		// Base64 of text has capitals beside small letters, or beside
		// digits when the text is in capitals ("QU5OQSBNVUVMTEVS" is ANNA
		// MUELLER); a slug or a label in small letters has neither.
		return "", false
	}
	// Decoded on the stack when short: this runs on every non-personal
	// string of the event, and most decode to nothing or to binary.
	var small [384]byte
	buf := small[:]
	if base64.StdEncoding.DecodedLen(len(v)) > len(small) {
		buf = make([]byte, base64.StdEncoding.DecodedLen(len(v)))
	}
	src := unsafe.Slice(unsafe.StringData(v), len(v))
	for _, enc := range [...]*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		n, err := enc.Decode(buf, src)
		if err != nil {
			continue
		}
		if n < 5 || opaqueBytes(buf[:n]) {
			return "", false
		}
		return string(buf[:n]), true
	}
	return "", false
}

// base64Text2 reports whether v is made of standard base64 characters.
func base64Text2(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
			return false
		}
	}
	return true
}

// credentialInPayload reports whether a wrapped value's payload holds a
// credential: a JSON document with one, or a secret by its shape.
func (rs *Ruleset) credentialInPayload(s *scratch, v string) bool {
	p, ok := wrappedPayload(v)
	if !ok {
		return false
	}
	if t, ok := documentText(p); ok {
		return rs.credentialInJSON(s, t)
	}
	return secretShaped(p) || secretInText(p) || strings.IndexByte(p, '=') >= 0 && rs.credentialPairs(s, p)
}

// formBodyName reports whether folded member name k names a request's or
// a callback's body.
func formBodyName(k string) bool {
	switch k {
	case "body", "rawbody", "rawrequest", "requestbody", "postbody", "postdata", "formbody", "formdata", "payload",
		"rawpayload", "callback", "callbackbody", "callbackdata", "params", "form", "content", "data", "raw":
		return true
	}
	return false
}

// formDocument rewrites a form-encoded body ("idType=PASSPORT&idCountry=
// PAK&idFirstName=FATIMA"), two fields or more with field names as
// programs write them, as a JSON object of its fields (each one's first
// value), for the embedded passes to read. A field whose value is a JSON
// document is kept as that document, and then one field is enough:
// Mandrill posts its events as mandrill_events=%5B%7B%22event%22…, Slack
// its interactions as payload=%7B…, the whole record inside one field.
// A name's brackets, as PHP and Rails forms nest fields
// (contact[birthdate]), join its parts as a dotted name would
// (contact.birthdate), so that it folds to what it names.
func formDocument(v string) (string, bool) {
	if len(v) < 16 || len(v) > 1<<16 || strings.IndexByte(v, '=') < 1 || strings.ContainsAny(v, " \n\t{}\"<>") {
		return "", false
	}
	docField := strings.Contains(v, "=%7B") || strings.Contains(v, "=%7b") || strings.Contains(v, "=%5B") || strings.Contains(v, "=%5b")
	if strings.IndexByte(v, '&') < 0 && !docField {
		return "", false
	}
	q, err := url.ParseQuery(v)
	if err != nil {
		return "", false
	}
	m := make(map[string]json.RawMessage, len(q))
	docs := 0
	for k, vs := range q {
		if len(k) == 0 || len(k) > 64 || strings.IndexFunc(k, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.' || r == '[' || r == ']')
		}) >= 0 || !utf8.ValidString(vs[0]) {
			return "", false
		}
		k = formNameBrackets.Replace(k)
		if t := strings.TrimSpace(vs[0]); len(t) >= 2 && (t[0] == '{' || t[0] == '[') && json.Valid([]byte(t)) {
			m[k] = json.RawMessage(t)
			docs++
			continue
		}
		b, err := json.Marshal(vs[0])
		if err != nil {
			return "", false
		}
		m[k] = b
	}
	if len(q) < 2 && docs == 0 {
		return "", false
	}
	b, err := json.Marshal(m) // keys sorted, strings escaped as JSON does
	if err != nil {
		return "", false
	}
	return string(b), true
}

// formNameBrackets joins a form field name's bracketed parts with dots.
var formNameBrackets = strings.NewReplacer("][", ".", "[", ".", "]", "")

// personRecord reports whether a document read from a form body names a
// person: a member of a personal category by its own name (an e-mail,
// a name, a phone, a birth date, an identity number), as a webhook's
// body about its subject does and a search's filters do not.
func (rs *Ruleset) personRecord(s *scratch, doc *event.Doc) bool {
	for j := range doc.Nodes {
		n := &doc.Nodes[j]
		if n.Parent < 0 || n.Kind != event.String || n.Str == "" {
			continue
		}
		if c := rs.keyInfo(s, n.Key).cat; c >= 0 && rs.cats[c].personal && rs.cats[c].evidence < 0 && !rs.cats[c].credential {
			return true
		}
	}
	return false
}

// formText is the form body ("email=…&password=…") base64 value v
// carries, as payment gateways' data and encRequest parameters and SSO
// state parameters hold one (PayU's ?data=a2V5PWd0…), or ok false. The
// decoded bytes are checked before any string is made: printable text
// beginning with a parameter's name and its '='.
func formText(v string) (string, bool) {
	if len(v) < 12 || len(v) > 4096 || strings.IndexByte(v, ' ') >= 0 || strings.HasPrefix(v, "ey") {
		return "", false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_' || c == '=' && i >= len(v)-2) {
			return "", false
		}
	}
	var buf [3072]byte
	for _, enc := range [...]*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if enc.DecodedLen(len(v)) > len(buf) {
			return "", false
		}
		n, err := enc.Decode(buf[:], []byte(v))
		if err != nil {
			continue
		}
		d := buf[:n]
		eq := -1
		for i, c := range d {
			if c < 0x20 && c != '\t' || c == 0x7f {
				return "", false
			}
			if c == '=' && eq < 0 {
				eq = i
			}
			if eq < 0 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '[' || c == ']') {
				return "", false // a name's bytes before the first '='
			}
		}
		if eq <= 0 || eq > 64 || !utf8.Valid(d) {
			return "", false
		}
		return string(d), true
	}
	return "", false
}

// jwtClaims is the claims set of JWS v (a JWT's payload, base64url JSON
// between its two dots) when it is a JSON object, for its ages; false
// for an encrypted token (JWE: five parts) or anything else.
func jwtClaims(v string) (string, bool) {
	if len(v) < 20 || len(v) > 1<<14 {
		return "", false
	}
	if !strings.HasPrefix(v, "eyJ") {
		// An authorization scheme before it ("Bearer eyJ…").
		i := strings.Index(v, " eyJ")
		if i < 0 || i > 12 {
			return "", false
		}
		v = v[i+1:]
	}
	if !isJWT(v) {
		return "", false
	}
	_, rest, _ := strings.Cut(v, ".")
	payload, _, ok := strings.Cut(rest, ".")
	if !ok || strings.Count(rest, ".") != 1 || !strings.HasPrefix(payload, "eyJ") {
		return "", false
	}
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil || len(b) < 2 || b[0] != '{' || !utf8.Valid(b) {
		return "", false
	}
	return string(b), true
}
