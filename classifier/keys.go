package classifier

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
)

// Object keys are data when a producer keys a map by what it knows of the
// person: {"interests": {"Catholic": true}}, {"friends": {"Ivan Petrov":
// {...}}}. Such a key is classified like a value; the full projection
// keeps it, the pseudonymized one writes its keyed token instead, the
// redacted one drops the member, and paths (the audit record, the
// decision) name it by that token, never by the key itself.

// keyDataCategory is the category key names as data, or -1 when it is a
// schema name: a special-category term or a person's name. An exact
// category name holding a non-bool value is schema ({"disability":
// "wheelchair"} names a field); the same word as a flag's key
// ({"LGBTQ": true}) is what the subject disclosed.
func (rs *Ruleset) keyDataCategory(s *scratch, n *event.Node, ki keyInfo) int {
	if ki.shapeCat >= 0 {
		return ki.shapeCat
	}
	if len(n.Key) < 3 || len(n.Key) > 128 {
		return -1
	}
	if ki.exact {
		if _, flag := flagValue(n); flag && ki.cat >= 0 && rs.cats[ki.cat].special && ki.dataCat >= 0 {
			// {"LGBTQ": true}: a term as a flag, not a field name like
			// "health"; so is {"hiv": 1}, {"pregnant": "yes"} (red team
			// 29: those left the term in clear in the audit path).
			return ki.cat
		}
		if ki.cat >= 0 && rs.cats[ki.cat].special && n.Parent > 0 && s.doc.Nodes[s.doc.Nodes[n.Parent].Parent].Kind == event.Object {
			if pk := rs.keyInfo(s, s.doc.Nodes[n.Parent].Key); pk.cat >= 0 && rs.cats[pk.cat].special && strings.HasSuffix(pk.fold, "s") && pk.fold != ki.fold+"s" {
				// A condition named as the key of a map of them
				// ({"diagnoses": {"HIV": {"since": 2019}}}, {"conditions":
				// {"AIDS": {"stage": 3}}}): what the person has, which
				// no audit path may carry, though its name is a field's
				// elsewhere.
				return ki.cat
			}
		}
		return -1 // schema: {"disability": "wheelchair"}, {"email": true}
	}
	if ki.cat < 0 && !ki.generic && !ki.context && n.Parent > 0 && s.doc.Nodes[s.doc.Nodes[n.Parent].Parent].Kind == event.Object {
		if pk := rs.keyInfo(s, s.doc.Nodes[n.Parent].Key); pk.cat >= 0 && rs.cats[pk.cat].special && strings.HasSuffix(pk.fold, "s") && !rs.metadataName(n.Key) {
			// A key nothing names in a map of conditions ({"diagnoses":
			// {"ICD B20": {...}}}): the condition itself, as its code
			// or its words, which no audit path may carry.
			return pk.cat
		}
	}
	if ki.cat >= 0 && rs.cats[ki.cat].special && n.Parent > 0 && s.doc.Nodes[s.doc.Nodes[n.Parent].Parent].Kind == event.Object {
		if pk := rs.keyInfo(s, s.doc.Nodes[n.Parent].Key); pk.cat >= 0 && rs.cats[pk.cat].special && strings.HasSuffix(pk.fold, "s") {
			// A condition as a switch in a map of them ({"conditions":
			// {"type2Diabetes": true}}, {"medications": {...}}): the key
			// is what the person has, and leaves no path in clear. A
			// field of one ({"health": {"has_condition": true}}) stays
			// schema.
			return ki.cat
		}
	}
	if ki.dataCat < 0 && ki.cat < 0 && !ki.generic && !ki.context && rs.idName >= 0 && nameShaped(n.Key) && !rs.metadataName(n.Key) {
		p, ok := containerName(&s.doc, s.cur)
		inPersonMap := ok && personMaps[rs.keyInfo(s, p).fold]
		if inPersonMap && strings.IndexByte(n.Key, ' ') > 0 && !rs.schemaWords(s, n.Key) {
			// Two words or more, Capitalized, under a map of people
			// ({"scores": {"Trần Thị Mai": 5}}): a name whatever its
			// script, unless its words are field names ("First Name").
			return rs.idName
		}
		if (rs.personName(n.Key) || rs.givenName(n.Key)) && n.Kind == event.Object && rs.holdsPersonFields(s, s.cur) {
			// A known name over a person's fields ({"Ivan": {"age":
			// 12}}): the key is whom the record is about, whatever
			// its container is called.
			return rs.idName
		}
	}
	if ki.dataCat < 0 && ki.cat < 0 && !ki.generic && !ki.context && rs.idName >= 0 && nameShaped(n.Key) && (rs.personName(n.Key) || rs.givenName(n.Key)) {
		if p, ok := containerName(&s.doc, s.cur); ok && personMaps[rs.keyInfo(s, p).fold] {
			// A map of people keyed by who they are ({"children":
			// {"Lukas": {...}}}, {"emergency_contacts": {"Пётр
			// Смирнов": "+7…"}}): a name with a known given name is
			// the person; "Employee Dependents" (BambooHR's table)
			// is not.
			return rs.idName
		}
	}
	if ki.dataCat < 0 && ki.cat < 0 && !ki.generic && !ki.context && rs.idUser >= 0 && handleShaped(n.Key) && !rs.envelopeMember(n) && !rs.metadataName(n.Key) && !personMaps[ki.fold] && !memberGroups[ki.fold] {
		nodes := s.doc.Nodes
		if p := nodes[s.cur].Parent; p > 0 && nodes[nodes[p].Parent].Kind == event.Object && personMaps[rs.keyInfo(s, nodes[p].Key).fold] {
			// A lower-case handle or login as the key of a map of
			// people ({"members": {"ivan.petrov": {...}}, "followers":
			// {"mike1987": true}}): the name no rule claims is whom the
			// entry is about. Envelope words ({"members": {"count": 2,
			// "items": [...]}}) stay schema, and so do the members of
			// records listed in one ({"contacts": [{"e_mail": ...}]}).
			return rs.idUser
		}
	}
	if ki.dataCat < 0 && ki.cat < 0 && !ki.generic && !ki.context && !ki.meta && rs.idName >= 0 && !plainFieldName(n.Key) && !camelSchema(n.Key) && !rs.metadataName(n.Key) && encodedKey(n.Key) {
		if p, ok := containerName(&s.doc, s.cur); ok && personMaps[rs.keyInfo(s, p).fold] {
			// A map of people keyed by an encoded or delimited name
			// ({"friends": {"Anna%20Schmidt": …, "Schmidt;Anna;2013-02-03":
			// …, "SCHMIDT<<ANNA": …}}): written so, no program names a
			// field; the key is the person.
			return rs.idName
		}
	}
	if ki.dataCat < 0 && ki.cat < 0 && !ki.generic && !ki.context && !rs.metadataName(n.Key) && !(camelSchema(n.Key) && hasMember(&s.doc, n.Parent, "resourceType")) {
		nodes := s.doc.Nodes
		if p := nodes[s.cur].Parent; p > 0 && nodes[nodes[p].Parent].Kind == event.Object {
			if pc := rs.keyInfo(s, nodes[p].Key).cat; pc >= 0 && rs.cats[pc].special && rs.cats[pc].personal {
				// A map under a special category's name keyed by what
				// it holds ({"diagnoses": {"E11.9": {...}}},
				// {"medications": {"Ozempic": true}}): each key is the
				// condition, the drug or the faith itself.
				return pc
			} else if pc >= 0 && pc == rs.idDate {
				if _, _, _, ok := detect.ParseDate(n.Key); ok {
					// A birth date written as the key ({"dob":
					// {"2014-06-01": true}}): the date itself.
					return pc
				}
			}
		}
	}
	if ki.dataCat < 0 && n.Kind == event.Bool && !ki.exact {
		if t := rs.codeTerm(s, n.Key); t >= 0 {
			// A switch named for what the subject eats, believes or
			// needs ({"prefs": {"diet_halal": true}}, {"features":
			// {"dating_men_seeking_men": true}}, {"accessibility":
			// {"screen_reader": true}}): its name is the answer.
			return t
		}
	}
	return ki.dataCat
}

// schemaWords reports whether every word of member name k is a field's
// name, a metadata word or a short function word ("First Name", "Date of
// Birth", "Order Total"): a form's label, not a person.
func (rs *Ruleset) schemaWords(s *scratch, k string) bool {
	named := false
	for _, w := range strings.Fields(k) {
		lw := strings.ToLower(w)
		if labelJoiners[lw] {
			continue
		}
		ki := rs.keyInfo(s, w)
		if ki.cat < 0 && !ki.generic && !ki.context && !ki.meta && !rs.isMetaWord(lw) {
			return false
		}
		named = true
	}
	return named
}

// labelJoiners join a label's field names ("Date of Birth", "Name and
// Address") and name nothing themselves.
var labelJoiners = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "and": true, "or": true, "to": true, "for": true,
	"in": true, "on": true, "at": true, "by": true, "with": true, "your": true, "my": true, "&": true,
	"de": true, "la": true, "le": true, "el": true, "du": true, "der": true, "die": true, "das": true, "und": true, "-": true,
}

// dataShapedKey reports whether member n, a name no rule knows, reads as
// data rather than as a field's name: words with spaces between them that
// are not field names ("Greta Weber", "anna schmidt", "şeker hastalığı"),
// a full date keying a map of people ("2014-06-01"), or a login that
// starts with a given name ("anna.schmidt87"). A single word in any script
// stays a name: producers name fields in their own language ("家族生年月日"). A field's name is one token of letters, digits and
// separators; producers that key maps by people, conditions or days write
// data there. Members of the event's top level are its schema.
func (rs *Ruleset) dataShapedKey(s *scratch, n *event.Node, ki keyInfo) bool {
	k := n.Key
	if strings.IndexByte(strings.TrimLeft(k, "/"), '/') > 0 && len(k) <= 512 && strings.Count(k, "/") <= maxPathKeySegments && rs.pathKeyData(s, k) {
		// A path whose segment is a person ("contacts/Ivan
		// Petrov/email"): the path is read by its segments
		// (pathKeyCategory), and the person's segment is data, as the
		// same key one level down is, top level or not (red team 35).
		return true
	}
	if n.Parent > 0 && fileNameKey(k) && handleShaped(k) && rs.givenNameWord(k) {
		// A file named after its person ("anna_schmidt_passport.pdf"),
		// whatever word of a field's name it also holds.
		return true
	}
	if n.Parent > 0 && len(k) <= 128 && (fileNameKey(k) || hasDigitRun(k, 4) && ki.cat < 0 && !ki.generic && !ki.context && !ki.meta) && rs.nameInKey(s, k) {
		// A name run together with a date or a document's file
		// ("AnnaSchmidt_19900401", "Resume_JohnSmith.pdf",
		// "王伟_1990-04-01", "김철수_신분증.jpg", "Иванов_паспорт.pdf").
		return true
	}
	if n.Parent <= 0 || len(k) < 2 || len(k) > 128 || ki.cat >= 0 || ki.generic || ki.context || ki.meta || ki.dataCat >= 0 || ki.credLike {
		return false
	}
	if strings.ContainsAny(k, " \t\u00a0") {
		return !rs.metadataName(k) && !rs.schemaWords(s, k)
	}
	if i := strings.IndexByte(k, '_'); i > 0 && i < len(k)-1 && k[0] >= 'A' && k[0] <= 'Z' && k[i+1] >= 'A' && k[i+1] <= 'Z' && rs.personName(strings.ReplaceAll(k, "_", " ")) {
		// A name joined by underscores ("Zbigniew_Kowalczyk").
		return true
	}
	if rs.disguisedNameKey(k) {
		// A name percent-encoded ("Ivan%20Petrov") or joined by a
		// zero-width space ("Ivan\u200bPetrov"), outside a map of people
		// too: read as a reader reads it, it is a person's name, which
		// no key in clear and no audit path may carry (red team 31).
		return true
	}
	if rs.lowerJoinedKey(s, k) {
		// A name joined as a program writes it ("ivan_petrov",
		// "anna.schmidt"), as a login keys a read receipt, a vote or a
		// like ({"seen_by": {"ivan_petrov": true}}): read as a name
		// by value (lowerJoinedName), the same words as a key are the
		// person, and left no key in clear in the pseudonymized copy
		// and the audit path (red team 31).
		return true
	}
	if phoneLikeKey(k) {
		// Nine to fifteen digits, grouped as phones are ("2125551234",
		// "212-555-1234"): a phone or a number someone holds, keyed.
		return true
	}
	if len(k) >= 8 && k[0] >= '0' && k[0] <= '9' {
		if _, _, _, ok := detect.ParseDate(k); ok && strings.Count(k, "-")+strings.Count(k, "/")+strings.Count(k, ".") == 2 {
			// A date keying a map of people ({"children": {"2014-06-01":
			// {...}}}) is someone's birth date; elsewhere a day's
			// bucket ({"logins": {"2026-12-01": 3}}).
			p, ok := containerName(&s.doc, s.cur)
			return ok && personMaps[rs.keyInfo(s, p).fold]
		}
	}
	if i := strings.IndexAny(k, "._"); i >= 3 && handleShaped(k) && rs.givenName(k[:i]) && strings.ContainsAny(k[i+1:], "0123456789") {
		return true
	}
	if rs.initialYearKey(s, k) {
		// A surname, an initial and a year ("schmidt_a_1990",
		// "j.smith.2013"), as exports key people's records.
		return true
	}
	if n.Kind == event.Object && rs.addressBookLevel(s, s.cur) {
		// An address book keyed by surname over an initial, a given
		// name in Han, or contact labels ({"Schmidt": {"A.": …}},
		// {"王": {"伟": …}}, {"Schmidt": {"home": …, "work": …}}).
		return true
	}
	if n.Kind == event.Object && letterWord(k) && rs.surnameLevel(s, s.cur) {
		// An address book keyed by surname, then by given name
		// ({"Schmidt": {"Anna": {"email": …}}}), or by given name, then
		// by surname ({"ivan": {"petrov": {…}}}): both levels are the
		// person's name.
		return true
	}
	if handleShaped(k) && strings.ContainsAny(k, "._-") && (hasDigitRun(k, 4) || fileNameKey(k)) && rs.givenNameWord(k) {
		// A name joined with a birth date or a year, or a file named
		// after its person, as exports and file stores name things
		// ("Schmidt_Anna_1990-04-01", "schmidt.anna.2013",
		// "anna_schmidt_passport.pdf"): data, not a field's name.
		return true
	}
	return false
}

// pathKeyData reports whether a segment of path-keyed member name k is a
// person's name: words with a space between that are no field's, or a
// name joined as a login writes it ("ivan_petrov").
func (rs *Ruleset) pathKeyData(s *scratch, k string) bool {
	for seg := range strings.SplitSeq(k, "/") {
		if i := strings.IndexByte(seg, '|'); i >= 0 {
			seg = seg[:i]
		}
		if len(seg) < 3 || len(seg) > 128 {
			continue
		}
		if strings.IndexByte(seg, ' ') > 0 && !rs.metadataName(seg) && !rs.schemaWords(s, seg) && rs.personName(seg) {
			return true
		}
		if rs.lowerJoinedKey(s, seg) {
			return true
		}
	}
	return false
}

// disguisedNameKey reports whether member name k, percent-decoded and
// with format characters, fullwidth letters and look-alikes read as a
// reader reads them (disguisedText; a zero-width space as a space), is a
// person's name, though k itself is not written as one.
func (rs *Ruleset) disguisedNameKey(k string) bool {
	if len(k) < 5 || len(k) > 128 {
		return false
	}
	r := k
	if strings.IndexByte(r, '%') >= 0 {
		if u, err := url.PathUnescape(r); err == nil && utf8.ValidString(u) {
			r = u
		}
	}
	if !isASCII(r) {
		r = disguisedText(zeroWidthToSpace(r))
	}
	if r == k {
		return false
	}
	r = strings.Join(strings.Fields(r), " ")
	return rs.personName(r) || rs.lowerJoinedName(r)
}

// lowerJoinedKey reports whether member name k is a person's name joined
// as a program writes it (lowerJoinedName: two or three lower-case words,
// a known given name among them, no metadata word) and none of its words
// is a field's name ("anna_email", "maria_db" are a field's).
func (rs *Ruleset) lowerJoinedKey(s *scratch, k string) bool {
	if !rs.lowerJoinedName(k) {
		return false
	}
	for w := range strings.FieldsFuncSeq(k, func(r rune) bool { return r == '_' || r == '.' || r == '-' || r == ' ' }) {
		if ki := rs.keyInfo(s, w); ki.cat >= 0 || ki.generic || ki.context || ki.meta || ki.dataCat >= 0 {
			return false
		}
	}
	return true
}

// initialYearKey reports whether k is a word, an initial and a year, in
// either order of word and initial, joined by dots, underscores or
// hyphens ("schmidt_a_1990", "j.smith.2013", "a-schmidt-1990"): a
// person's key. The word must be no field's or metadata's name
// ("log_a_2024" is none of a person's).
func (rs *Ruleset) initialYearKey(s *scratch, k string) bool {
	if len(k) < 10 || len(k) > 40 {
		return false
	}
	parts := strings.FieldsFunc(k, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	if len(parts) != 3 || len(parts[2]) != 4 || !allDigits(parts[2]) || parts[2] < "1900" || parts[2] > "2030" {
		return false
	}
	word, initial := parts[0], parts[1]
	if len(word) == 1 {
		word, initial = initial, word
	}
	if len(initial) != 1 || !asciiLetter(initial[0]) || len(word) < 3 || len(word) > 24 || !letterWord(word) {
		return false
	}
	ki := rs.keyInfo(s, word)
	return ki.cat < 0 && !ki.generic && !ki.context && !ki.meta && !rs.isMetaWord(strings.ToLower(word))
}

// fileNameKey reports whether k ends in a document's or an image's file
// extension.
func fileNameKey(k string) bool {
	i := strings.LastIndexByte(k, '.')
	if i <= 0 || len(k)-i > 5 {
		return false
	}
	switch strings.ToLower(k[i+1:]) {
	case "pdf", "jpg", "jpeg", "png", "heic", "gif", "tif", "tiff", "doc", "docx", "odt", "rtf", "txt", "csv", "xls", "xlsx", "zip", "mp4", "mov", "webp":
		return true
	}
	return false
}

// surnameLevel reports whether object i is one level of a map of people
// keyed by their names: it holds an object keyed by a known given name
// that holds a person's fields, or it holds such fields itself under a
// parent keyed by a given name.
func (rs *Ruleset) surnameLevel(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	for c := nodes[i].First; c >= 0; c = nodes[c].Next {
		if nodes[c].Kind == event.Object && len(nodes[c].Key) >= 3 && letterWord(nodes[c].Key) && rs.givenName(nodes[c].Key) && rs.holdsPersonFields(s, c) {
			return true
		}
	}
	p := nodes[i].Parent
	if p > 0 && nodes[p].Kind == event.Object && len(nodes[p].Key) >= 3 && letterWord(nodes[p].Key) && rs.givenName(nodes[p].Key) && rs.holdsPersonFields(s, i) {
		return true
	}
	if k := nodes[i].Key; len(k) >= 3 && rs.givenName(k) {
		// A given name keying the surnames below it ({"ivan":
		// {"petrov": {"email": …}}}).
		for c := nodes[i].First; c >= 0; c = nodes[c].Next {
			if nodes[c].Kind == event.Object && letterWord(nodes[c].Key) && rs.holdsPersonFields(s, c) {
				return true
			}
		}
	}
	return false
}

// holdsPersonFields reports whether object i has a member named as a
// person's data (an age, a birth date, an e-mail, a phone, a name).
func (rs *Ruleset) holdsPersonFields(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	for c := nodes[i].First; c >= 0; c = nodes[c].Next {
		if k := rs.keyInfo(s, nodes[c].Key); k.cat >= 0 && k.exact && rs.cats[k.cat].personal {
			name := rs.cats[k.cat].name
			if strings.HasPrefix(name, "identity.") || strings.HasPrefix(name, "contact.") {
				return true
			}
		}
	}
	return false
}

// memberGroups are the names a map of people groups its members by
// ({"team": {"admins": [...], "pending": [...]}}): schema, not a login.
var memberGroups = map[string]bool{
	"admins": true, "owners": true, "moderators": true, "editors": true, "viewers": true, "guests": true,
	"pending": true, "invited": true, "active": true, "inactive": true, "blocked": true, "banned": true,
	"removed": true, "roles": true, "groups": true, "managers": true, "leaders": true, "staff": true,
}

// handleShaped reports whether member name k could be a login or handle:
// 3 to 64 letters, digits, dots, underscores or hyphens, a letter among
// them.
func handleShaped(k string) bool {
	if len(k) < 3 || len(k) > 64 {
		return false
	}
	letter := false
	for _, r := range k {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r), r == '.', r == '_', r == '-':
		default:
			return false
		}
	}
	return letter
}

// camelSchema reports whether member name k is written as a schema's
// camelCase name is (carbonCopies, reasonCode: lower-case, then a capital
// after a lower-case letter).
func camelSchema(k string) bool {
	if k == "" || k[0] < 'a' || k[0] > 'z' {
		return false
	}
	for i := 1; i < len(k); i++ {
		if k[i] >= 'A' && k[i] <= 'Z' && k[i-1] >= 'a' && k[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// envelopeMember reports whether member n of a map of people is its
// envelope rather than a person's handle: a camelCase name (camelSchema)
// holding a list of records (DocuSign's recipients.carbonCopies) or ending
// in a metadata word (recipientCount). A camelCase key alone is not
// enough: "mikeJones" may be a login.
func (rs *Ruleset) envelopeMember(n *event.Node) bool {
	if !camelSchema(n.Key) {
		return false
	}
	if n.Kind == event.Array {
		return true
	}
	i := len(n.Key) - 1
	for i > 0 && !(n.Key[i] >= 'A' && n.Key[i] <= 'Z') {
		i--
	}
	return rs.isMetaWord(strings.ToLower(n.Key[i:]))
}

// nameShaped reports whether member name k is written as a person's name
// is: Capitalized, letters with spaces, hyphens, apostrophes or dots
// between ("Lukas", "Пётр Смирнов", "O'Neil"), at most four words.
func nameShaped(k string) bool {
	r, _ := utf8.DecodeRuneInString(k)
	if !unicode.IsUpper(r) || len(k) > 60 {
		return false
	}
	words := 1
	for _, r := range k {
		switch {
		case r == ' ':
			words++
		case unicode.IsLetter(r), r == '-', r == '\'', r == '.':
		default:
			return false
		}
	}
	return words <= 4
}

// personMaps are container names whose members are people: a member name
// no rule claims under one is data (a person's name or handle), not
// schema.
var personMaps = map[string]bool{
	"contacts": true, "emergencycontacts": true, "emergencycontact": true, "friends": true, "family": true,
	"familymembers": true, "children": true, "kids": true, "parents": true, "guardians": true,
	"dependents": true, "dependants": true, "beneficiaries": true, "heirs": true, "nominees": true, "relatives": true, "guests": true, "attendees": true, "participants": true,
	"recipients": true, "followers": true, "following": true, "mentions": true, "referrals": true,
	"invitees": true, "spouses": true, "siblings": true, "people": true, "persons": true,
	"employees": true, "students": true, "patients": true, "colleagues": true, "connections": true,
	"members": true, "users": true, "players": true, "team": true, "teammates": true,
	// Maps keyed by whom each entry is about (red team, round 4).
	"assignees": true, "reviewers": true, "approvers": true, "owners": true, "acl": true, "cc": true,
	"bcc": true, "readers": true, "watchers": true, "subscribers": true, "scores": true, "ratings": true,
	"balances": true, "salaries": true, "grades": true, "votes": true, "likes": true, "lastseen": true,
	// Maps keyed by whom each entry is about (red team, round 6).
	"visits": true, "visitors": true, "perms": true, "permissions": true, "sharedwith": true,
	"collaborators": true, "contributors": true, "authors": true, "signers": true, "candidates": true,
	"applicants": true, "customers": true, "clients": true, "buyers": true, "tenants": true, "learners": true,
	"pupils": true, "donors": true, "volunteers": true, "voters": true,
}

// keyDataCat is what a member name would be as data: the category of a
// special-category term in it, a person's name, or -1. keyInfo caches it.
func (rs *Ruleset) keyDataCat(s *scratch, key string) int {
	if len(key) < 3 || len(key) > 128 {
		return -1
	}
	if t := rs.findTerm(s, key); t >= 0 {
		return t
	}
	if sp, ok := camelSpaced(s.kbuf[:0], key); ok {
		// A term joined to the words of a flag's name (isCatholic,
		// hivPositive, hasDiabetes): the name says what the subject is
		// or has, as {"Catholic": true} does.
		s.kbuf = sp
		if t := rs.findTerm(s, string(sp)); t >= 0 && !accountState(key) {
			return t
		}
	}
	if rest, ok := flagRest(key); ok && !accountState(key) {
		// A flag's name with an acronym (isHIVPositive, hasHIVInfection)
		// or a term that counts only whole (isT1D, onPrEP, isMSM): what
		// follows is/has/on is read as a tag is.
		if t := rs.findTerm(s, rest); t >= 0 {
			return t
		}
		if t := rs.flagPredicate(s, rest); t >= 0 && !strings.HasPrefix(key, "on") {
			// isBlack, is_trans, hasAIDS, isAlcoholic; "on" opens a
			// medicine (onPrEP), never what the subject is.
			return t
		}
		for _, lowerAfter := range [2]bool{false, true} {
			if jv, ok := splitJoined(s.kbuf[:0], rest, lowerAfter); ok {
				s.kbuf = jv
				if t := rs.findTerm(s, string(jv)); t >= 0 {
					return t
				}
			}
		}
	}
	if rest, ok := lowerFlagRest(key); ok && !accountState(key) {
		// A flag's name in lower case (ishivpositive, isautistic,
		// hasaids): what follows is or has is a term, a flag's word or
		// a joined tag.
		if t := rs.wordTerm(rest); t >= 0 {
			return t
		}
		if t := rs.flagPredicate(s, rest); t >= 0 {
			return t
		}
		if t := rs.joinedTag(s, rest); t >= 0 {
			return t
		}
	}
	if rs.personName(key) {
		return rs.idName
	}
	if fk := disguisedText(key); fk != key {
		// A key in disguise (fullwidth Ｉｖａｎ Ｐｅｔｒｏｖ, a Cyrillic
		// letter inside a Latin name, reversed by an override) is what
		// a reader reads.
		if rs.personName(fk) {
			return rs.idName
		}
		if c, ok := rs.detectValue(s, strings.TrimSpace(fk)); ok && rs.cats[c].personal && c != rs.idDate {
			return c
		}
	}
	return -1
}

// appendKeyToken appends the name a data key goes by in paths and in the
// pseudonymized projection: its keyed token, or without a key (nothing
// pseudonymized leaves then) "key_" and the node's number, which says
// nothing of it.
func (rs *Ruleset) appendKeyToken(s *scratch, dst []byte, i int32) []byte {
	if len(rs.cfg.Key) == 0 {
		return strconv.AppendInt(append(dst, "key_"...), int64(i), 10)
	}
	s.kbuf = append(append(s.kbuf[:0], "key\x00"...), s.doc.Nodes[i].Key...)
	return s.mac256(rs.cfg.Key, s.kbuf, dst)
}

func (rs *Ruleset) isMetaWord(w string) bool {
	_, ok := rs.metaWords[w]
	return ok
}

// phoneLikeKey reports whether member name k is 9 to 15 digits, alone or
// grouped by the separators phones use.
func phoneLikeKey(k string) bool {
	digits := 0
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == '.' || c == ' ' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return digits >= 9 && digits <= 15
}

// camelSpaced writes an ASCII camelCase name as its words ("isCatholic"
// -> "is Catholic"), appended to dst; ok is false when k has no hump.
// Words shorter than five letters are left out ("kitapUil": Italy's UIL
// union by chance) unless the name is a flag's, opening with is, has or
// was or closing with Positive or Negative (isGay, hivPositive), where a
// short term is what the flag asserts.
func camelSpaced(dst []byte, k string) ([]byte, bool) {
	start, words := len(dst), 0
	flag := len(k) > 4 && (strings.HasPrefix(k, "is") || strings.HasPrefix(k, "has") || strings.HasPrefix(k, "was") ||
		strings.HasSuffix(k, "Positive") || strings.HasSuffix(k, "Negative"))
	from := 0
	emit := func(to int) {
		if w := k[from:to]; flag || len(w) >= 5 {
			if len(dst) > start {
				dst = append(dst, ' ')
			}
			dst = append(dst, w...)
		}
		words++
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c >= utf8.RuneSelf {
			return dst[:start], false
		}
		if i > 0 && c >= 'A' && c <= 'Z' && (k[i-1] >= 'a' && k[i-1] <= 'z' || k[i-1] >= '0' && k[i-1] <= '9') {
			emit(i)
			from = i
		}
	}
	emit(len(k))
	return dst, words > 1 && len(dst) > start
}

// encodedKey reports whether member name k carries the marks of an
// encoded or delimited value rather than a field's name: a percent
// escape, a '+' or a ';' or ',' between words, a machine-readable zone's
// "<<", a MIME encoded word, a character outside letters, digits and the
// separators field names use.
func encodedKey(k string) bool {
	if len(k) < 3 || len(k) > 128 {
		return false
	}
	if strings.Contains(k, "<<") || strings.HasPrefix(k, "=?") || strings.ContainsAny(k, "%+;,@") {
		return true
	}
	for _, r := range k {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '.' || r == ' ' || r == '$' || r == ':') {
			return true // a zero-width space, a small commercial at
		}
	}
	return false
}

// flagVerbs open a flag's name: is, has, was, on, had, sees, and the
// same in the languages of the term files (Spanish es, está, tiene;
// Portuguese é, tem; Italian è; French est; German ist, hat; Polish jest):
// esGay, éGay, istBlind.
var flagVerbs = [...]string{"is", "has", "was", "on", "had", "sees", "es", "esta", "está", "tiene", "é", "è", "tem", "est", "ist", "hat", "jest"}

// flagRest is what follows a flag name's opening verb (flagVerbs) when
// the next letter is a capital: "HIVPositive" in isHIVPositive, "PrEP" in
// onPrEP.
func flagRest(k string) (string, bool) {
	for _, p := range flagVerbs {
		if len(k) > len(p)+1 && strings.HasPrefix(k, p) && k[len(p)] >= 'A' && k[len(p)] <= 'Z' {
			return k[len(p):], true
		}
		// is_christian, IS_CHRISTIAN, is-christian
		if len(k) > len(p)+2 && strings.EqualFold(k[:len(p)], p) && (k[len(p)] == '_' || k[len(p)] == '-') {
			return strings.Map(func(r rune) rune {
				if r == '_' || r == '-' {
					return ' '
				}
				return r
			}, k[len(p)+1:]), true
		}
	}
	return "", false
}

// accountState reports whether flag name k states an account's or a
// record's state that a term also spells (isDisabled: an account turned
// off, not a disability).
func accountState(k string) bool {
	f := strings.ToLower(k)
	return strings.HasSuffix(f, "disabled") || strings.HasSuffix(f, "enabled") || strings.HasSuffix(f, "blind") && strings.Contains(f, "color")
}

// lowerFlagRest is what follows is or has in a flag's name written in
// lower case letters alone ("hivpositive" in ishivpositive), of four
// letters or more.
func lowerFlagRest(k string) (string, bool) {
	for i := 0; i < len(k); i++ {
		if !isLowerASCII(k[i]) {
			return "", false
		}
	}
	for _, p := range [...]string{"is", "has"} {
		if rest, ok := strings.CutPrefix(k, p); ok && len(rest) >= 4 {
			return rest, true
		}
	}
	return "", false
}

// flagPredicate is the category of what a flag's name says the subject
// is or has (rest follows the verb: "Black", "trans", "AIDS",
// "Therapist"): a flag word (terms' flags:) or a code term, or -1.
func (rs *Ruleset) flagPredicate(s *scratch, rest string) int {
	if len(rest) < 3 || len(rest) > 64 {
		return -1
	}
	sp, _ := splitJoined(s.kbuf[:0], rest, false)
	if len(sp) == 0 {
		sp = append(sp, rest...) // short or not ASCII: as it is
	}
	s.kbuf = sp
	words := appendWords(nil, strings.ToLower(string(sp)))
	// The whole predicate, not its first word: isBlackFriday is a sale.
	if id, ok := rs.flagTerms[strings.Join(words, " ")]; ok {
		return id
	}
	return rs.codeWords(s, words, true)
}

// nameInKey reports whether member name k, split at anything but letters,
// holds a person's name: two capitalized words run together, one of them
// a given name and the other no field's word ("AnnaSchmidt",
// "SchmidtAnna"); two to four Han characters after a common surname
// ("王伟", "山田太郎"); a Hangul name after a common surname ("김철수");
// or a capitalized Cyrillic surname ("Иванов").
func (rs *Ruleset) nameInKey(s *scratch, k string) bool {
	for run := range strings.FieldsFuncSeq(k, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if isASCII(run) {
			if rs.camelName(s, run) {
				return true
			}
			continue
		}
		if keyCJKName(run) || cyrillicSurname(run) {
			return true
		}
	}
	return false
}

// camelName reports whether ASCII letters w are two capitalized words run
// together, one a given name and the other no field's word.
func (rs *Ruleset) camelName(s *scratch, w string) bool {
	var words [4]string
	n := 0
	start := 0
	for i := 1; i <= len(w); i++ {
		if i == len(w) || w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			if n == len(words) {
				return false
			}
			words[n] = w[start:i]
			n++
			start = i
		}
	}
	for j := 0; j+1 < n; j++ {
		a, b := words[j], words[j+1]
		if !capitalWord(a) || !capitalWord(b) {
			continue
		}
		if rs.givenName(a) && rs.plainWord(s, b) || rs.givenName(b) && rs.plainWord(s, a) {
			return true
		}
	}
	return false
}

// capitalWord reports whether w is a capital and two or more lower-case
// ASCII letters.
func capitalWord(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// plainWord reports whether w is no field's or schema's word ("Schmidt",
// not "Size" or "Date").
func (rs *Ruleset) plainWord(s *scratch, w string) bool {
	ki := rs.keyInfo(s, w)
	return ki.cat < 0 && !ki.generic && !ki.context && !ki.meta && ki.dataCat < 0 && !ki.credLike && !rs.isMetaWord(strings.ToLower(w))
}

// jaSurnames are common Japanese surnames of two characters.
var jaSurnames = [...]string{"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "清水", "山崎", "森田", "池田", "橋本", "阿部", "石川", "前田", "藤田", "岡田", "後藤", "長谷川", "村上", "近藤", "石井", "斎藤", "坂本", "遠藤", "青木", "藤井", "西村", "福田", "太田"}

// keyCJKName reports whether w is a name in Han characters or Hangul
// (cjkName), or three or four Han characters after a common Japanese
// surname ("山田太郎").
func keyCJKName(w string) bool {
	if cjkName(w) {
		return true
	}
	if n := utf8.RuneCountInString(w); n < 3 || n > 5 {
		return false
	}
	for _, j := range jaSurnames {
		if strings.HasPrefix(w, j) && len(w) > len(j) {
			return true
		}
	}
	return false
}

// cyrillicSurname reports whether w is a capitalized Cyrillic word with a
// surname's ending (Иванов, Петрова, Шевченко, Ковальский).
func cyrillicSurname(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.Is(unicode.Cyrillic, first) || !unicode.IsUpper(first) || utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, suf := range [...]string{"ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ина", "ына", "ский", "ская", "цкий", "цкая", "енко", "ук", "юк", "вич", "ян"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// addressBooks name maps of contacts keyed by their names.
var addressBooks = map[string]bool{"addressbook": true, "phonebook": true, "contacts": true, "contactbook": true, "contactlist": true, "adressbuch": true, "telefonbuch": true, "tongxunlu": true}

// contactLabels key a contact's entries by kind, under the contact.
var contactLabels = map[string]bool{"home": true, "work": true, "mobile": true, "cell": true, "office": true, "private": true, "business": true, "personal": true, "main": true, "other": true}

// shortNameKey reports whether k is an initial ("A.", "A") or a given
// name of one or two Han characters or Hangul syllables.
func shortNameKey(k string) bool {
	if len(k) == 1 || len(k) == 2 && k[1] == '.' {
		return k[0] >= 'A' && k[0] <= 'Z'
	}
	n := utf8.RuneCountInString(k)
	if n < 1 || n > 2 {
		return false
	}
	for _, r := range k {
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return true
}

// addressBookLevel reports whether object i is a level of an address
// book keyed by name (by where it sits and the keys around it, not by
// any value): a surname over initials, short CJK given names or contact
// labels holding a person's fields, or such an initial or given name
// under a surname.
func (rs *Ruleset) addressBookLevel(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	k := nodes[i].Key
	if len(k) == 0 || len(k) > 64 {
		return false
	}
	if p, ok := containerName(&s.doc, i); ok && addressBooks[rs.keyInfo(s, p).fold] && (letterWord(k) || shortNameKey(k)) {
		for c := nodes[i].First; c >= 0; c = nodes[c].Next {
			ck := nodes[c].Key
			if nodes[c].Kind == event.Object && (shortNameKey(ck) || contactLabels[strings.ToLower(ck)]) && rs.holdsPersonFields(s, c) {
				return true
			}
		}
		return false
	}
	p := nodes[i].Parent
	if !shortNameKey(k) || p <= 0 || nodes[p].Kind != event.Object || !rs.holdsPersonFields(s, i) {
		return false
	}
	pk := nodes[p].Key
	gp, ok := containerName(&s.doc, p)
	return ok && addressBooks[rs.keyInfo(s, gp).fold] && (letterWord(pk) || shortNameKey(pk))
}
