package classifier

import (
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// The metadata rule. Fail closed makes every member no category claims
// personal, and on a producer nobody has seen most of those are the
// envelope of its API: switches, counters and codes named in plain
// technical words (asyncProcessing, open_deals_count, webhook_id,
// ticket_restriction: "requested"). Such a member carries nothing about a
// person, and calling it personal pseudonymizes or redacts what analytics
// needs and buries the real findings in noise.
//
// So a leaf still unknown after the value pass becomes meta.technical, by
// name, only when all of these hold:
//   - every word of its member name is a metadata word (fields.yaml's
//     metadata_words; names are split at case changes, digits and
//     punctuation), and at least one word is longer than two letters;
//     a generic name ("id", "value") or an array element is judged by its
//     nearest container that is not generic (population.id, webhook.id);
//   - every container above that name is named in metadata words, is
//     generic, or has a category by name (user, properties): a container
//     nothing names is unknown too ({"risk": {"level": "high"}});
//   - its value is a boolean, null, a number no value detector reads as
//     personal, or a code: one ASCII token of at most 64 bytes, no
//     whitespace, no '@', no query string or whole URL (a path is fine),
//     not capitalized like a word ("Requested"), and with no word that is
//     a known given name ("olga.s");
//   - under a name that hints at a secret (…auth…, …pass…), only a boolean
//     or null;
//   - it may not become the record key.
//
// A value or text finding has already won in valuePass (the pass runs
// after it), and echoPass still turns a code equal to the person's id or
// name elsewhere in the event personal. Words that name a person, an actor
// or data about one are listed in never_metadata, and lint keeps the two
// lists apart. An empty metadata_words turns the rule off.
func (rs *Ruleset) metadataPass(s *scratch) {
	if rs.idTechnical < 0 {
		return
	}
	nodes := s.doc.Nodes
	list := fieldList{node: -1}
	for k := range s.leaves {
		l := &s.leaves[k]
		if l.cat >= 0 || l.by != byDefault || s.nodeCat[l.node] >= 0 {
			// Only what no name claimed: a random identifier under an
			// enum's name was sent back to the default on purpose
			// (idShaped), before any detector looked at it.
			continue
		}
		if rs.timeNamed(s.doc.Nodes[l.node].Key) && timeValue(&s.doc.Nodes[l.node]) && !rs.subjectKeyLeaf(s, l.node) {
			// expire_at, last_active_at, ts_ms, date_created_gmt
			// holding a time of day: when a record changed.
			l.cat, l.by, l.weak = rs.idTime, byName, false
			continue
		}
		if rs.fieldNameList(s, l.node, &list) || rpcTechnicalArg(nodes, l.node) || rs.domainTerm(s, l.node) {
			l.cat, l.by, l.weak = rs.idTechnical, byName, false
			continue
		}
		meta, credLike := rs.metadataPlace(s, l.node)
		if !meta {
			continue
		}
		n := &nodes[l.node]
		if credLike && n.Kind != event.Bool && n.Kind != event.Null {
			continue
		}
		if !rs.codeValue(s, n) || rs.subjectKeyLeaf(s, l.node) {
			continue
		}
		if n.Kind == event.String && len(n.Str) >= 16 && rs.encodedPersonal(s, n.Str) {
			continue // hex or base32 of an e-mail address is no code
		}
		l.cat, l.by, l.weak = rs.idTechnical, byName, false
	}
}

// metadataPlace reports whether leaf i is named in metadata words: by its
// own name, or for a generic name or an array element by its nearest
// container that is not generic; and whether that name hints at a secret.
func (rs *Ruleset) metadataPlace(s *scratch, i int32) (meta, credLike bool) {
	nodes := s.doc.Nodes
	for j := i; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind == event.Array {
			continue
		}
		ki := rs.keyInfo(s, nodes[j].Key)
		credLike = credLike || ki.credLike
		if ki.generic && ki.cat < 0 {
			continue // {"data": {"id": ...}}: data says no more than id
		}
		if j != i && recordWrapper(nodes[j].Key) {
			// {"response": [{"id": 4711}]}, {"results": [...]}: the
			// container holds the record itself, so its id is the
			// person's.
			return false, credLike
		}
		return ki.meta && rs.knownPlace(s, nodes[j].Parent), credLike
	}
	return false, credLike
}

// knownPlace reports whether every named container from node j up is
// understood: named in metadata words, or given a category by the walk.
// A container nothing names is as unknown as a leaf: {"risk": {"level":
// "high"}} is an assessment of the person, {"stats": {"avg_open_rate":
// 0.4}} a profile of their habits.
func (rs *Ruleset) knownPlace(s *scratch, j int32) bool {
	nodes := s.doc.Nodes
	for ; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind == event.Array || s.nodeCat[j] >= 0 {
			continue
		}
		if ki := rs.keyInfo(s, nodes[j].Key); !ki.meta && !ki.generic && !rs.httpBody(s, j, ki) {
			return false
		}
	}
	return true
}

// httpBody reports whether container j (named as ki says) is the body of
// a logged HTTP request or response: an object named body at the top of
// the event, under a name in metadata words (request, response, webhook,
// callback), or beside the message's headers, method, url or status. A
// body there is the payload's wrapper, not a person's body or a message's
// text, so it leaves its members to be judged on their own names.
func (rs *Ruleset) httpBody(s *scratch, j int32, ki keyInfo) bool {
	nodes := s.doc.Nodes
	if ki.fold != "body" || nodes[j].Kind != event.Object {
		return false
	}
	p := nodes[j].Parent
	if p <= 0 || rs.keyInfo(s, nodes[p].Key).meta {
		return true
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		switch rs.keyInfo(s, nodes[c].Key).fold {
		case "headers", "method", "url", "status", "statuscode", "query":
			return true
		}
	}
	return false
}

// codeValue reports whether a leaf's value is a flag, a number or a code
// (see metadataPass).
func (rs *Ruleset) codeValue(s *scratch, n *event.Node) bool {
	switch n.Kind {
	case event.Bool, event.Null:
		return true
	case event.Number:
		// A card or phone number written as a JSON number.
		cat, ok := rs.detectValue(s, n.Str)
		if ok && rs.cats[cat].personal {
			return false
		}
		// A whole number of 7 to 19 digits may be a phone without its
		// '+' or a national number ({"ref": 79161234567}); a Unix time
		// is when something happened.
		return opaqueDigits(strings.TrimLeft(n.Str, "-"))
	case event.String:
		return rs.codeString(n.Str)
	}
	return false
}

// codeString reports whether v is a code: an ASCII token a program wrote
// (active, UPPER_SNAKE, double_opt_in, a hex digest, a UUID, /v1/items),
// not a word a person typed or a name.
func (rs *Ruleset) codeString(v string) bool {
	if mimeType(v) {
		return true // "application/vnd.adobe.xed-full+json;version=1"
	}
	if len(v) > 64 {
		return false
	}
	lower := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '+' || c == '#' || c == '=' || c == '"':
		default:
			return false // whitespace, '@', a query string, non-ASCII
		}
	}
	if strings.Contains(v, "://") {
		return false // a whole URL can point at a person's own resource
	}
	if v != "" && v[0] >= 'A' && v[0] <= 'Z' && lower {
		return false // "Requested", "Ivan", "DoubleOptIn": could be a name
	}
	if hexToken(v) {
		// A digest, an etag, a UUID: a program's, not a person's; but
		// hex that reads as text when decoded is that text in hiding
		// ({"payload": "7b2270617373776f7264…"} is {"password": …}).
		_, text := hexText(v)
		return !text
	}
	if longDigitRun(v) {
		return false // "id12345", "user_88412": a handle or a reference
	}
	// Every word a program's enum, or too short to spell a name ("ios",
	// "usd"): "jsmith" or "ivan_petrov" under a technical name is a
	// handle someone chose.
	ws := words{s: v}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		if rs.givenNames[string(w)] {
			return false
		}
		if _, meta := rs.metaWords[string(w)]; !meta && len(w) > 3 {
			return false
		}
	}
	return !ws.bad
}

// hexToken reports whether v is hex digits, with dashes at most (a
// digest, a UUID), with at least one digit and one letter: digits alone
// ("79161234567", "4509123456") are a phone or a document number as
// often as a digest, and a digest of eight hex digits or more has a
// letter but for one time in many thousands.
func hexToken(v string) bool {
	digit, letter := false, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
			letter = true
		case c == '-':
		default:
			return false
		}
	}
	return digit && letter && len(v) >= 8
}

// longDigitRun reports whether v has five digits in a row: with letters
// beside them, a reference to someone rather than a version.
func longDigitRun(v string) bool {
	run := 0
	for i := 0; i < len(v); i++ {
		if v[i] >= '0' && v[i] <= '9' {
			if run++; run >= 5 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// recordWrapper reports whether a container's name says it holds records
// themselves (response, results, items, payload) or the record's own
// members (attributes, fields, properties): below it, the record's
// own id is the subject's.
func recordWrapper(key string) bool {
	ws := words{s: key}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		switch string(w) {
		case "response", "responses", "result", "results", "data", "item", "items", "record", "records",
			"payload", "body", "entity", "entities", "resource", "resources", "object", "objects",
			"node", "nodes", "edge", "edges", "entry", "entries", "row", "rows", "hit", "hits",
			"doc", "docs", "document", "documents", "content", "contents", "list", "element", "elements",
			"values", "after", "before", "current", "previous", "new", "old", "input", "inputs", "output", "outputs", "included",
			// JSON:API's attributes, a CRM's FIELDS, HubSpot's properties:
			// the record's own members, so an id among them is the record's.
			"attribute", "attributes", "field", "fields", "property", "properties", "props":
			return true
		}
	}
	return false
}

// metadataName reports whether every word of member name key is a
// metadata word and one of them is longer than two letters ("to", "v"
// alone say too little). Names outside ASCII are never metadata: the list
// is English.
func (rs *Ruleset) metadataName(key string) bool {
	if len(rs.metaWords) == 0 {
		return false
	}
	n, long := 0, false
	ws := words{s: key}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		if _, is := rs.metaWords[string(w)]; !is {
			return false
		}
		n++
		long = long || len(w) > 2
	}
	return !ws.bad && n > 0 && long
}

// words iterates over the words of an ASCII name or code, lower-cased
// (camelCase, PascalCase, snake_case, kebab-case, dotted; digits and
// punctuation split words and are dropped; "HTTPServer" is http, server).
// It is a value the caller keeps on its stack: the hot path allocates
// nothing per word.
type words struct {
	s   string
	i   int
	bad bool // s is not ASCII, or holds a word longer than buf
	buf [32]byte
}

// next returns the next word, valid until the following call, or false at
// the end or when the text cannot be split (w.bad).
func (w *words) next() ([]byte, bool) {
	s := w.s
	isUpper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isLower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	for w.i < len(s) {
		i, c := w.i, s[w.i]
		if c >= 0x80 {
			w.bad = true
			return nil, false
		}
		if !isUpper(c) && !isLower(c) {
			w.i++
			continue
		}
		j := i + 1
		if isUpper(c) {
			for j < len(s) && isUpper(s[j]) {
				j++
			}
			if j < len(s) && isLower(s[j]) {
				if j-i > 1 {
					j-- // the last capital starts the next word
				}
				for j < len(s) && isLower(s[j]) {
					j++
				}
			}
		} else {
			for j < len(s) && isLower(s[j]) {
				j++
			}
		}
		if j-i > len(w.buf) {
			w.bad = true
			return nil, false
		}
		out := w.buf[:j-i]
		for k := range out {
			b := s[i+k]
			if isUpper(b) {
				b += 'a' - 'A'
			}
			out[k] = b
		}
		w.i = j
		return out, true
	}
	return nil, false
}

// compileMetadata compiles the metadata word list; the rule is off
// without one.
func (rs *Ruleset) compileMetadata(t *rules.Taxonomy) {
	rs.idTechnical = -1
	if len(t.MetadataWords) == 0 {
		return
	}
	id, ok := rs.catIndex[rules.MetadataCategory]
	if !ok || rs.cats[id].personal {
		return // lint reports it
	}
	rs.idTechnical = id
	rs.metaWords = make(map[string]struct{}, len(t.MetadataWords))
	for _, w := range t.MetadataWords {
		rs.metaWords[w.V] = struct{}{}
	}
}

// timeWords end the names of a record's times: created_at, modified_on,
// ts_ms, date_created_gmt, status_expiration.
var timeWords = map[string]bool{"at": true, "on": true, "ts": true, "ms": true, "us": true, "ns": true, "time": true, "timestamp": true, "gmt": true, "utc": true, "updated": true, "modified": true, "created": true, "changed": true, "expiration": true, "expiry": true, "expires": true, "expire": true}

// timeNamed reports whether member name key names a time of the
// platform's: its last word is a time word, and every other word a time
// word, a metadata word, "date", or "first" and "last" (first_seen_at,
// last_active_at). Words of a person (birth, born, login, user) are in
// neither list, so born_at or user_date never match.
func (rs *Ruleset) timeNamed(key string) bool {
	if len(rs.metaWords) == 0 || key == "" {
		return false
	}
	ws := words{s: key}
	last := ""
	n := 0
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		n++
		if timeWords[string(w)] {
			last = "t"
			continue
		}
		if last != "" {
			switch string(w) {
			case "micros", "millis", "nanos", "msec", "usec", "nsec", "ms", "us", "ns", "sec", "secs", "seconds", "utc", "gmt":
				continue // set_timestamp_micros, created_at_ms: the time, in a unit
			}
		}
		last = ""
		switch string(w) {
		case "date", "first", "last", "seen", "expire", "oldest", "newest":
			continue
		}
		if _, meta := rs.metaWords[string(w)]; !meta {
			return false
		}
	}
	return !ws.bad && n >= 2 && last != ""
}

// timeValue reports whether a leaf holds a time of day: an RFC 3339 or
// ISO 8601 date-time of 2001 to 2099, or Unix seconds, milliseconds,
// microseconds or nanoseconds in that span (0: never). A date alone is
// not one: a date of birth is written so.
func timeValue(n *event.Node) bool {
	v := n.Str
	switch n.Kind {
	case event.String:
		if len(v) >= 16 && len(v) <= 40 && v[:2] == "20" && v[4] == '-' && v[7] == '-' && (v[10] == 'T' || v[10] == ' ') && v[13] == ':' {
			for _, i := range [...]int{2, 3, 5, 6, 8, 9, 11, 12, 14, 15} {
				if v[i] < '0' || v[i] > '9' {
					return false
				}
			}
			return true
		}
		if !allDigits(v) {
			return false
		}
	case event.Number:
		if i := strings.IndexByte(v, '.'); i > 0 {
			v = v[:i]
		}
		if !allDigits(v) {
			return false
		}
	default:
		return false
	}
	if v == "0" {
		return true
	}
	switch len(v) {
	case 10, 13, 16, 19:
		// 978307200 is 2001-01-01, 4102444800 is 2100-01-01.
		return v[:10] >= "0978307200" && v[:10] < "4102444800"
	}
	return false
}

// labelPass finds the labels a self-describing record writes beside its
// values. Personio sends {"first_name": {"label": "First name", "value":
// "Olga", "universal_id": "first_name"}}, Google People {"emailAddresses":
// [{"value": ..., "type": "work", "formattedType": "Work"}]}: the label
// and the kind take the container's category by inheritance, yet they
// say what the field is, not who the person is. A string is such a label,
// and meta.technical by name, when its category is inherited (not its
// own name's, nor a value or text finding), not a special category or a
// credential, and either
//   - it repeats the name of its own member or of a container up to the
//     first one that is not generic ("First name" in first_name, "ID" in
//     id), so it adds nothing the path does not show; or
//   - it sits under a name of a kind (type, label, formattedType, …: the
//     taxonomy's label_names) and holds one of the taxonomy's
//     label_values ("home", "WORK", "MOB"), the kinds of a contact.
//
// Anything else under those names (a person's own label, "Ivan's phone")
// keeps the container's category.
func (rs *Ruleset) labelPass(s *scratch) {
	if rs.idTechnical < 0 {
		return
	}
	nodes := s.doc.Nodes
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &nodes[l.node]
		if n.Kind != event.String || l.by != byName && l.by != byDefault || n.Str == "" || len(n.Str) > 64 {
			continue
		}
		if l.cat >= 0 && l.by == byName && !rs.cats[l.cat].personal {
			if c := rs.attributeKind(s, l.node); c >= 0 {
				// {"gender": {"type": "female"}}: the kind is the
				// attribute's value, not a label of it.
				l.cat, l.weak = c, false
				continue
			}
		}
		if l.cat >= 0 && (rs.cats[l.cat].special || rs.cats[l.cat].credential || !rs.cats[l.cat].personal) {
			continue
		}
		ki := rs.keyInfo(s, n.Key)
		if nodes[n.Parent].Kind == event.Array || l.cat >= 0 && ki.cat == l.cat || rs.subjectKeyLeaf(s, l.node) {
			continue
		}
		if l.cat >= 0 && rs.idFlag >= 0 && yesNo(n.Str) && channelCategory(rs.cats[l.cat].name) {
			// A switch written as a string inside an address or a
			// phone (Adobe's consents.marketing.email.val: "y"): it
			// says whether the channel may be used, and holds no
			// address. Under a name nothing claims it stays unknown: a
			// form's "yes" may answer a sensitive question, and inside
			// a citizenship ({"citizenship": {"us": "yes"}}) it is the
			// person's answer.
			l.cat, l.by, l.weak = rs.idFlag, byName, false
			continue
		}
		if !labelShaped(n.Str) {
			continue
		}
		fold := s.foldValue(n.Str) // scratch memory: no allocation per leaf
		if rs.labelNames[ki.fold] && rs.labelValues[fold] || rs.echoesPlace(s, l.node, fold) {
			l.cat, l.by, l.weak = rs.idTechnical, byName, false
		}
	}
}

// attributeKind is the category of the attribute whose value leaf i
// holds under a kind's name (Google Workspace's {"gender": {"type":
// "female", "addressMeAs": …}}, {"religion": {"kind": "catholic"}}), or
// -1. It holds when the leaf is named in label_names, its container is
// named for a personal attribute (a gender, a marital or household
// status, education, employment, a special category), no sibling holds a
// value the kind could describe ({"type": "work", "value": …}), and the
// value is none of label_values.
func (rs *Ruleset) attributeKind(s *scratch, i int32) int {
	nodes := s.doc.Nodes
	n := &nodes[i]
	if n.Parent <= 0 || nodes[n.Parent].Kind != event.Object || !rs.labelNames[rs.keyInfo(s, n.Key).fold] {
		return -1
	}
	o := n.Parent
	if nodes[nodes[o].Parent].Kind == event.Array {
		o = nodes[o].Parent // {"genders": [{"type": …}]}
	}
	c := rs.keyInfo(s, nodes[o].Key).cat
	if c < 0 || !rs.cats[c].personal || rs.cats[c].credential || !attributeCategory(rs.cats[c].name) {
		return -1
	}
	for j := nodes[n.Parent].First; j >= 0; j = nodes[j].Next {
		if j != i && rs.ctxValue[rs.keyInfo(s, nodes[j].Key).fold] {
			return -1
		}
	}
	if rs.labelValues[s.foldValue(n.Str)] {
		return -1
	}
	return c
}

// attributeCategory reports whether a category's values are a person's
// attribute chosen from a list (a gender, a faith) rather than an
// identifier or a contact, which a kind beside them describes.
func attributeCategory(name string) bool {
	switch name {
	case "identity.gender", "identity.status", "identity.household", "identity.education", "identity.employment":
		return true
	}
	return strings.HasPrefix(name, "sensitive.")
}

// echoesPlace reports whether fold, a folded value, is the folded name of
// leaf i or of a container above it, up to the first that is not generic.
func (rs *Ruleset) echoesPlace(s *scratch, i int32, fold string) bool {
	nodes := s.doc.Nodes
	for j := i; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind == event.Array {
			continue
		}
		ki := rs.keyInfo(s, nodes[j].Key)
		if ki.fold == fold {
			return true
		}
		if j != i && !ki.generic {
			return false
		}
	}
	return false
}

// labelShaped reports whether v may be a label: short ASCII letters,
// digits and separators, two letters at least. Anything else (non-ASCII,
// digits only, other punctuation) is never taken for one.
func labelShaped(v string) bool {
	letters := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9', c == '_' || c == '-' || c == '.' || c == ' ':
		default:
			return false
		}
	}
	return letters >= 2
}

// yesNo reports whether v is a switch written as a string: y/n, yes/no,
// true/false, on/off (any case).
func yesNo(v string) bool {
	if len(v) > 5 {
		return false
	}
	for _, w := range [...]string{"y", "n", "yes", "no", "true", "false", "on", "off"} {
		if strings.EqualFold(v, w) {
			return true
		}
	}
	return false
}

// channelCategory reports whether a category names a way to reach or
// find a person (an address, a phone, a link), whose switches say how the
// channel is used.
func channelCategory(name string) bool {
	return strings.HasPrefix(name, "contact.") || strings.HasPrefix(name, "online.")
}

// mimeType reports whether v is a media type with optional parameters
// (application/json, text/html; charset=utf-8): a format, not a person's.
func mimeType(v string) bool {
	if len(v) > 128 {
		return false
	}
	top, rest, ok := strings.Cut(v, "/")
	if !ok {
		return false
	}
	switch top {
	case "application", "text", "image", "audio", "video", "multipart", "font", "model", "message":
	default:
		return false
	}
	sub, params, _ := strings.Cut(rest, ";")
	if sub == "" {
		return false
	}
	for i := 0; i < len(sub); i++ {
		if c := sub[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-') {
			return false
		}
	}
	for p := range strings.SplitSeq(params, ";") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		k, val, ok := strings.Cut(p, "=")
		if !ok || k == "" || val == "" || len(val) > 32 {
			return false
		}
		for i := 0; i < len(p); i++ {
			if c := p[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '=' || c == '_') {
				return false
			}
		}
	}
	return true
}

// labelTermPass gives a value the special category its label names by a
// term: Personio's {"label": "Schwerbehinderung", "value": "ja"}, a form's
// {"name": "Konfession", "value": "rk"}. A label in a category's names
// does so already (context rules with types); a label that is a term of
// a special category found by the text scanner says as much of its
// value, which is the person's answer. Only members with a generic name
// (value, answer) or none take it; credentials keep theirs.
func (rs *Ruleset) labelTermPass(s *scratch) {
	nodes := s.doc.Nodes
	var leafAt []int32
	for k := range s.leaves {
		l := &s.leaves[k]
		if l.cat < 0 || l.by != byText || !rs.cats[l.cat].special {
			continue
		}
		n := &nodes[l.node]
		if n.Parent < 0 || nodes[n.Parent].Kind != event.Object || !rs.typeKeys[rs.keyInfo(s, n.Key).fold] || len(n.Str) > 64 {
			continue
		}
		for j := nodes[n.Parent].First; j >= 0; j = nodes[j].Next {
			if j == l.node {
				continue
			}
			sib := &nodes[j]
			if sib.Kind == event.Object || sib.Kind == event.Array {
				continue
			}
			if f := rs.keyInfo(s, sib.Key).fold; !pairValueNames[f] && f != "data" {
				continue // the field's id or type says nothing of the person
			}
			if leafAt == nil {
				leafAt = s.leafIndex()
			}
			if m := leafAt[j]; m >= 0 {
				sl := &s.leaves[m]
				if sl.cat < 0 || !rs.cats[sl.cat].credential && !rs.cats[sl.cat].special {
					sl.cat, sl.by, sl.weak = l.cat, byName, false
				}
			}
		}
	}
}

// fieldNameList reports whether leaf i is one of a list of field names: a
// query's projection (Odoo's {"fields": ["name", "email", "country_id"]},
// OpenSearch's _source includes, SCIM's attributes) names members, not
// their values, when every element is a name the rules know. One name
// they do not know keeps the whole list unknown.
//
// The answer is the list's, kept in memo for its next element: read again
// for each, a list of 10,000 names was read 2.5 million times.
func (rs *Ruleset) fieldNameList(s *scratch, i int32, memo *fieldList) bool {
	nodes := s.doc.Nodes
	n := &nodes[i]
	a := n.Parent
	if n.Kind != event.String || a <= 0 || nodes[a].Kind != event.Array {
		return false
	}
	if memo.node == a {
		return memo.names
	}
	memo.node, memo.names = a, rs.fieldNames(s, a)
	return memo.names
}

// fieldList is fieldNameList's memo: the last list read, and whether it
// lists field names.
type fieldList struct {
	node  int32
	names bool
}

// fieldNames reports whether array a, named as a query's projection, lists
// only field names the rules know (fieldNameList).
func (rs *Ruleset) fieldNames(s *scratch, a int32) bool {
	nodes := s.doc.Nodes
	switch rs.keyInfo(s, nodes[a].Key).fold {
	case "fields", "fieldnames", "select", "columns", "attributes", "attributestoget", "excludedattributes",
		"includes", "excludes", "sourceincludes", "sourceexcludes", "storedfields", "returnfields",
		"outputfields", "requestedfields", "requestedattributes", "projection", "only", "without":
	default:
		return false
	}
	count, known := 0, 0
	for c := nodes[a].First; c >= 0; c = nodes[c].Next {
		m := &nodes[c]
		if m.Kind != event.String || count > 256 {
			return false
		}
		count++
		if rs.knownFieldName(m.Str) {
			known++
		} else if !rs.fieldToken(m.Str) || rs.specialFieldName(m.Str) {
			// Not a name a program made up, or a special category's
			// or a credential's ("smoker" among "name" and "email"):
			// the datum itself, which the known names beside it must
			// not make a label.
			return false
		}
	}
	// A few names the rules do not know ("customer_rank",
	// "x_studio_section") among many they do are field names too, when
	// written as a program writes one.
	return known > 0 && (known == count || count >= 4 && 2*known >= count)
}

// fieldToken reports whether v is written as a program names a field: an
// ASCII identifier in snake_case, camelCase or a dotted path of those,
// with no word that is a given name ("ivan_petrov" is a handle).
func (rs *Ruleset) fieldToken(v string) bool {
	if len(v) < 2 || len(v) > 64 || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '.':
		default:
			return false
		}
	}
	if longDigitRun(v) {
		return false
	}
	ws := words{s: v}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		if rs.givenNames[string(w)] {
			return false
		}
	}
	return !ws.bad
}

// knownFieldName reports whether v, a value, is the name of a field the
// rules know: exactly, as a dotted path's last part ("partner_id.name"),
// or as Odoo's many-to-one name of one ("country_id").
func (rs *Ruleset) knownFieldName(v string) bool {
	if len(v) == 0 || len(v) > 64 {
		return false
	}
	if j := strings.LastIndexByte(v, '.'); j >= 0 && j < len(v)-1 {
		v = v[j+1:]
	}
	f := rules.NormalizeName(v)
	if id, ok := rs.exact[f]; ok {
		return rs.plainFieldName(id)
	}
	if rs.generic[f] {
		return true
	}
	f2, ok := strings.CutSuffix(f, "id")
	if !ok || f2 == "" {
		return false
	}
	id, ok := rs.exact[f2]
	return ok && rs.plainFieldName(id)
}

// specialFieldName reports whether v names a special category or a
// credential the way the rules do, or by a pattern of one ("hiv_status",
// "self_harm_history").
func (rs *Ruleset) specialFieldName(v string) bool {
	if j := strings.LastIndexByte(v, '.'); j >= 0 && j < len(v)-1 {
		v = v[j+1:]
	}
	f := rules.NormalizeName(v)
	if id, ok := rs.exact[f]; ok {
		return !rs.plainFieldName(id)
	}
	if id := rs.patternCategory(v, f); id >= 0 {
		return !rs.plainFieldName(id)
	}
	return false
}

// plainFieldName reports whether a name of category id, met as a value,
// is no more than a name. A special category's or a credential's name is
// as often the datum itself: {"attributes": ["smoker", "selfharm"]},
// {"select": ["hivpositive"]} hold a person's health, and a projection
// that lists such a name is pseudonymized as before (red team 34).
func (rs *Ruleset) plainFieldName(id int) bool {
	c := &rs.cats[id]
	return !c.special && !c.credential
}

// domainTerm reports whether leaf i is the field or the operator of a
// search domain's term (Odoo's [["email", "ilike", "anna"]], a filter's
// [field, operator, value]): the names of the query, not its value,
// which keeps its own reading.
func (rs *Ruleset) domainTerm(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	n := &nodes[i]
	t := n.Parent
	if n.Kind != event.String || n.Index > 1 || t <= 0 || nodes[t].Kind != event.Array {
		return false
	}
	var parts [4]int32
	k := 0
	for c := nodes[t].First; c >= 0; c = nodes[c].Next {
		if k == 4 {
			return false
		}
		parts[k] = c
		k++
	}
	if k != 3 || nodes[parts[0]].Kind != event.String || nodes[parts[1]].Kind != event.String {
		return false
	}
	switch strings.ToLower(nodes[parts[1]].Str) {
	case "=", "!=", "<>", ">", "<", ">=", "<=", "like", "ilike", "not like", "not ilike", "=like", "=ilike",
		"in", "not in", "child_of", "parent_of", "=?", "eq", "ne", "gt", "lt", "gte", "lte", "contains", "startswith":
	default:
		return false
	}
	return rs.knownFieldName(nodes[parts[0]].Str)
}
