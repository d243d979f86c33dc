package classifier

import (
	"strings"
	"unicode"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// echoPass finds personal values repeated under names a rule calls
// non-personal: a webhook's envelope id that is the person's record id
// (Pipedrive's meta.id beside current.id), a company named after its
// owner ("Novák Consulting" beside lastName "Novák"). A name rule says
// what a field usually holds; a value the same event files as a person's
// identifier, name or address says what this one holds, and keeping it
// in a pseudonymized record would undo the pseudonymization of the other.
//
// Anchors are the values of leaves categorized personal by name or value
// as identity, contact or national-identifier data (not postcodes,
// genders or ages: short common values), texts nothing claimed (found
// inside a label that repeats them), and identifier-like values of
// leaves nothing recognised (default personal). A non-personal leaf
// equal to an anchor, or a string containing a string anchor of four or
// more bytes (two for a name; six digits for a number) as a whole word,
// takes the anchor's category.
func (rs *Ruleset) echoPass(s *scratch) {
	doc := &s.doc
	type anchor struct {
		v       string
		cat     int
		contain bool // also found inside longer values
	}
	var anchors [16]anchor
	as := anchors[:0]
	texts := 0
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		if n.Kind != event.String && n.Kind != event.Number || len(n.Str) < 4 && !(l.cat == rs.idName && len(n.Str) >= 2) {
			// A family name is often short (Li, Kim, Ng), and "Kim
			// Consulting" names its owner as much as "Novák Consulting".
			continue
		}
		switch {
		case l.cat < 0:
			// Under a bare "id" a short number is a record's id too
			// (Pipedrive's current.id 3790, echoed as meta.id).
			if idLike(n.Str) || n.Kind == event.Number && allDigits(n.Str) && rs.keyInfo(s, n.Key).fold == "id" {
				as = append(as, anchor{n.Str, -1, false})
			} else if n.Kind == event.String && len(n.Str) >= 16 && len(n.Str) <= 512 && strings.IndexByte(n.Str, ' ') > 0 && texts < 8 {
				// Text nothing claimed, personal by default, repeated
				// inside a label: Sentry's title is the exception's
				// "type: value" ("ValueError: time data '31.02.2012'
				// does not match…"), the value unknown, the title an
				// event type's name. The repeat is the same text.
				texts++
				as = append(as, anchor{n.Str, -1, true})
			}
		case rs.echoAnchor(l.cat):
			// A number of six digits or more is found inside longer
			// values too: a record's URL path carries the member's id
			// ("/members/_doc/971202" beside member_id 971202). Shorter
			// ones are as often a year or a count.
			as = append(as, anchor{n.Str, l.cat, n.Kind == event.String && !allDigits(n.Str) || allDigits(n.Str) && len(n.Str) >= 6})
		}
	}
	if len(as) == 0 {
		return
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		if l.cat < 0 || rs.cats[l.cat].personal || rs.cats[l.cat].credential || l.cat == rs.idTime {
			// Times repeat across an event's fields (created, registered,
			// updated): one equal to another is no one's id.
			continue
		}
		n := &doc.Nodes[l.node]
		if n.Kind != event.String && n.Kind != event.Number || len(n.Str) < 4 {
			continue
		}
		for _, a := range as {
			if n.Str == a.v || a.contain && n.Kind == event.String && containsWord(n.Str, a.v) && (!allDigits(a.v) || containsNumber(n.Str, a.v)) {
				l.cat, l.by, l.weak = a.cat, byValue, false
				break
			}
		}
	}
}

// echoAnchor reports whether a category's values identify the subject
// well enough that a repeat elsewhere in the event is theirs too.
func (rs *Ruleset) echoAnchor(cat int) bool {
	c := &rs.cats[cat]
	if !c.personal || c.credential {
		return false
	}
	switch c.name {
	case "contact.postcode", "identity.gender", "identity.age", "identity.dob":
		return false
	}
	return strings.HasPrefix(c.name, "identity.") || strings.HasPrefix(c.name, "contact.") || strings.HasPrefix(c.name, "gov_id.")
}

// idLike reports whether v looks like a record's identifier rather than
// a word: five digits or more, or a token of letters and digits mixed,
// or an e-mail address.
func idLike(v string) bool {
	if len(v) > 128 {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c == '@':
			return true
		case c == '-' || c == '_' || c == '|' || c == ':':
		default:
			return false
		}
	}
	return digits >= 5 && letters == 0 || digits >= 3 && letters >= 3 && len(v) >= 8
}

// countAlnum counts v's ASCII digits, ASCII letters and other bytes.
func countAlnum(v string) (digits, letters, other int) {
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		default:
			other++
		}
	}
	return digits, letters, other
}

func allDigits(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return v != ""
}

// containsWord reports whether w occurs in v not glued to a longer run of
// ASCII letters or digits ("Anna" is not in "Annapolis").
func containsWord(v, w string) bool {
	return containsWhere(v, w, func(i, end int) bool {
		return !(i > 0 && alnumPair(v[i-1], w[0])) && !(end < len(v) && alnumPair(v[end], w[len(w)-1]))
	})
}

// containsNumber reports whether all-digit w occurs in v as a number of
// its own: not a part of a longer one written with a decimal point or a
// group separator ("v2.202612.1", "971202.50", "1,971,202": red team 37),
// so a version or an amount that happens to hold a member's id is no echo
// of it. A file's or a path's dot before letters still ends it
// ("/_doc/971202.json").
func containsNumber(v, w string) bool {
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	sep := func(c byte) bool { return c == '.' || c == ',' }
	return containsWhere(v, w, func(i, end int) bool {
		before := i > 0 && digit(v[i-1]) || i > 1 && sep(v[i-1]) && digit(v[i-2])
		after := end < len(v) && digit(v[end]) || end+1 < len(v) && sep(v[end]) && digit(v[end+1])
		return !before && !after
	})
}

// containsWhere reports whether w occurs in v at some v[i:end] that
// bounded accepts.
func containsWhere(v, w string, bounded func(i, end int) bool) bool {
	for off := 0; off+len(w) <= len(v); {
		i := strings.Index(v[off:], w)
		if i < 0 {
			return false
		}
		i += off
		if bounded(i, i+len(w)) {
			return true
		}
		off = i + 1
	}
	return false
}

func alnumPair(a, b byte) bool {
	letter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	return letter(a) && letter(b) || digit(a) && digit(b)
}

// idShaped reports whether a value under a name a rule calls an enum,
// label or flag is instead a random identifier (a contact's source id
// under {"source": {"id": ...}}, a hex key): such a category only holds
// when the value looks like what it expects, and an identifier falls
// back to the fail-closed default. Categories whose values are ids by
// nature (event and trace ids, versions and client ids, security tokens,
// company numbers) and evidence categories (validated by evidence.go)
// keep theirs.
func (rs *Ruleset) idShaped(cat int, v string) bool {
	c := &rs.cats[cat]
	if c.personal || c.evidence >= 0 {
		return false
	}
	switch c.name {
	case "app.version":
		if !paymentToken(v) {
			return false // a source's or a client's id (Segment's), a build
		}
	case "event.id", "trace.id", "event.security", "company.tax_id", "event.timestamp", "meta.count":
		return false
	}
	if len(v) < 10 || len(v) > 512 {
		return false
	}
	if c.name == "event.type" && resourceURL(v) {
		// {"event": "https://api.calendly.com/scheduled_events/GBGB2DCA"}:
		// a label's name holding the address of one record, the
		// person's booking or order, not a type. A schema's URL
		// (https://schema.org/Person) names no record.
		return true
	}
	if len(v) > 128 {
		return false
	}
	// A hex or base-62 run: letters and digits mixed, nothing else (enum
	// tokens such as "ORGANIC_SEARCH" or "signup-v3" have few digits or
	// separators; dates have separators and no letters).
	digits, letters, other := countAlnum(v)
	if other > 0 {
		// A random run behind a prefix of short lower-case words
		// (Culqi's tkn_live_2zlxmqOxTU52aqzc, a card's token under
		// "source"): the run decides.
		k := strings.LastIndexByte(v, '_')
		if k <= 0 || len(v)-k-1 < 12 || !prefixWords(v[:k]) {
			return false
		}
		run := v[k+1:]
		digits, letters, other = countAlnum(run)
		mixed := strings.IndexFunc(run, unicode.IsUpper) >= 0 && strings.IndexFunc(run, unicode.IsLower) >= 0
		// Base 62 has few digits in sixteen characters; both cases
		// say it is random all the same (RWXJGULI7FI4tpcj).
		return other == 0 && letters >= 3 && (digits >= 3 || mixed && (digits >= 1 || len(run) >= 16))
	}
	return digits >= 3 && letters >= 3 || digits >= 12
}

// paymentToken reports whether v is a payment source's token by its
// prefix (Culqi's tkn_, Stripe's tok_, src_, card_, pm_): a "source_id"
// that is the buyer's card, not a data source's id.
func paymentToken(v string) bool {
	for _, p := range [...]string{"tkn_", "tok_", "src_", "card_", "pm_", "crd_"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

// prefixWords reports whether p is short lower-case words joined by '_'
// (tkn, tkn_live, cus, pm_card): an id's prefix, not an enum's words.
func prefixWords(p string) bool {
	for w := range strings.SplitSeq(p, "_") {
		if len(w) == 0 || len(w) > 5 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				return false
			}
		}
	}
	return true
}

// resourceURL reports whether v is an http(s) URL whose path has a
// segment that is an identifier: letters and digits mixed (three digits
// at least, or one in twelve characters or more), or a run of six digits.
func resourceURL(v string) bool {
	rest, ok := strings.CutPrefix(v, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(v, "http://"); !ok {
			return false
		}
	}
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return false
	}
	for seg := range strings.SplitSeq(rest[i+1:], "/") {
		if len(seg) < 6 {
			continue
		}
		digits, letters, other := countAlnum(strings.ReplaceAll(seg, "-", ""))
		if other == 0 && (digits >= 3 && letters >= 3 || digits >= 6 || digits >= 1 && len(seg) >= 12) {
			return true
		}
	}
	return false
}

// credentialEchoes makes every string that carries a credential found
// elsewhere in the event a credential too: a token's value inside a URL
// (a payment page's redirect_url ending in the Snap token, a session URL
// holding the acquirer token its own Authorization header sends), in a
// log line, in another header. Only credentials of 12 bytes or more are
// looked for: shorter ones (a PIN, a one-time code) are too common as
// parts of other values.
func (rs *Ruleset) credentialEchoes(s *scratch) {
	if rs.idSecret < 0 {
		return
	}
	doc := &s.doc
	var buf [8]string
	creds := buf[:0]
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		if n.Kind != event.String || l.cat < 0 || !rs.cats[l.cat].credential {
			continue
		}
		v := strings.TrimSpace(n.Str)
		if sp := strings.IndexByte(v, ' '); sp > 0 && sp < 12 {
			v = strings.TrimSpace(v[sp+1:]) // "Bearer …", "Basic …", "Token …"
		}
		if len(v) >= 12 && len(creds) < 64 {
			creds = append(creds, v)
		}
	}
	if len(creds) == 0 {
		return
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		if n.Kind != event.String || len(n.Str) < 12 || l.cat >= 0 && rs.cats[l.cat].credential {
			continue
		}
		for _, c := range creds {
			if strings.Contains(n.Str, c) || hexToken(c) && containsFoldASCII(n.Str, c) {
				// A hex session key comes back in another case inside
				// a URL (SSLCommerz's sessionkey 83D0C027… in
				// GatewayPageURL …/EasyCheckOut/83d0c027…).
				l.cat, l.by, l.weak = rs.idSecret, byValue, false
				break
			}
		}
	}
}

// containsFoldASCII reports whether sub occurs in v, ASCII letters
// compared without case.
func containsFoldASCII(v, sub string) bool {
	for i := 0; i+len(sub) <= len(v); i++ {
		if strings.EqualFold(v[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
