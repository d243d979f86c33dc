package classifier

import (
	"encoding/base64"
	"encoding/json"
	"github.com/residency-labs/signup-classifier/classifier/geo"
	"html"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
)

// valuePass looks at the values of leaves that no specific name claimed.
func (rs *Ruleset) valuePass(s *scratch, d *Decision) {
	doc := &s.doc
	hint := ""
	if len(d.Jurisdictions) > 0 {
		hint = d.Jurisdictions[0].Country
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		if rs.idSecret >= 0 && (l.cat < 0 || !rs.cats[l.cat].credential) && (otpCode(doc, l.node) || n.Kind == event.Number && rs.rpcArgCredential(s, l.node)) {
			// A one-time code, or a remote call's password of digits
			// sent as a JSON number ({"args": ["db", 2, 918273645, …]}).
			l.cat, l.by, l.weak = rs.idSecret, byValue, false
			continue
		}
		if c := rs.merchantCategorySpecial(s, l.node); c >= 0 {
			// A card payment's merchant category code that names a
			// doctor, a hospital, a church or a party (ISO 18245's
			// 8011, 8062, 8661, 8651): where the person paid says what
			// they are treated for or believe.
			l.cat, l.by, l.weak = c, byValue, false
			continue
		}
		if l.cat >= 0 && l.cat == rs.idAmount && rs.debtLine(s, l.node) {
			// A line whose text says it is a debt, a fine or a
			// settlement ({"description": "Collection: overdue loan",
			// "amount": 12000}): the person's money, not a price.
			l.cat, l.by, l.weak = -1, byDefault, false
			continue
		}
		if l.cat >= 0 && l.cat == rs.idTechnical && n.Kind == event.String && len(n.Str) <= 253 && hostMember(rs.keyInfo(s, n.Key).fold) && rs.personHost(n.Str) {
			// A site's or a page's host name is the program's (GA4's
			// device.web_info.hostname), but one that spells a person
			// ("anna-schmidt.de", "annas-macbook.local") is theirs:
			// unknown, personal by default (red team 35).
			l.cat, l.by, l.weak = -1, byDefault, false
			continue
		}
		if (n.Kind == event.Bool || n.Kind == event.String && yesNo(n.Str) && switchName(n.Key)) && l.cat >= 0 && rs.cats[l.cat].credential && rs.idFlag >= 0 {
			// "uses_transient_token": true, "has_password": false: a
			// yes or no opens nothing. A name that is a credential's
			// own keeps it ({"password": true} is a mistake to hide),
			// and so does a member that takes the credential from its
			// container ({"password": {"value": "true"}}). As text a
			// yes or no is a switch only under a switch's name: a
			// password may be "true" ({"user_password": "false"}; red
			// team 35).
			if ki := rs.keyInfo(s, n.Key); n.Kind == event.String && ki.cat != l.cat {
				// the credential is the container's
			} else if id, ok := rs.exact[ki.fold]; !ok || id != l.cat {
				l.cat, l.by, l.weak = rs.idFlag, byName, false
				continue
			}
		}
		if n.Kind == event.Number && l.cat >= 0 && !rs.cats[l.cat].personal && l.cat != rs.idTime && l.cat != rs.idEventID {
			rs.numberNonPersonal(s, l, n.Str)
			continue
		}
		if n.Kind != event.String {
			continue
		}
		if l.cat >= 0 && rs.idEthnicity >= 0 && rs.cats[l.cat].evidence == baseCitizenship && (geo.EthnicGroup(n.Str) || rs.ethnicNationality(s, l.node, strings.TrimSpace(n.Str))) {
			// "nationality": "Uyghur", "Tatar": the ethnic group a
			// Chinese or Russian form means by the word, not a
			// citizenship (evidence.go reads no country from it). Its
			// name found it, as it finds an "ethnicity": by name, so that
			// specialSiblings does not read it as a label of its record
			// (the country beside it is no ethnicity).
			l.cat, l.weak = rs.idEthnicity, false
			continue
		}
		if l.cat >= 0 && rs.cats[l.cat].credential {
			continue
		}
		if rs.idSecret >= 0 && (rs.credentialValue(s, l, n.Str) || rs.sessionCookie(s, l.node, n.Str) || rs.securityAnswer(s, l.node) || rs.rpcArgCredential(s, l.node) || rs.argvCredential(s, l.node) || rs.prefixPairCredential(s, l.node)) {
			l.cat, l.by, l.weak = rs.idSecret, byValue, false
			continue
		}
		if rs.idFace >= 0 && len(n.Str) >= 100 && (l.cat == rs.idPhoto || l.cat < 0 && photoName(rs.keyInfo(s, leafName(doc, l.node)).fold)) && imageData(n.Str) {
			// The image itself, not a link to it: a face as an identity
			// check captured it (a KYC selfie, a registry's photo) is
			// biometric data, removed wherever sensitive data is.
			l.cat, l.by, l.weak = rs.idFace, byValue, false
			continue
		}
		if l.cat >= 0 && rs.cats[l.cat].name == "meta.count" && strings.Trim(strings.TrimSpace(n.Str), "0123456789.,-+ ") != "" {
			// A count's name holding no number (Acuity's
			// confirmationPage: a link with the appointment's key) is
			// no count: unknown, personal by default.
			l.cat, l.by, l.weak = -1, byDefault, false
			continue
		}
		probe := l.cat < 0 || rs.cats[l.cat].probe || l.weak
		if !probe && l.ctx && rs.cats[l.cat].verify && rs.ownDetector(l.cat, n.Str) {
			// A sibling said which scheme; the check digits confirm it.
			l.by = byValue
			continue
		}
		if !probe && rs.cats[l.cat].verify && !rs.ownDetector(l.cat, n.Str) {
			// Named like a national identifier, but the value is not one:
			// let the value say what it is, if that is personal too or
			// the scheme numbers companies as well (a company's INN under
			// "inn"). A company's number (a 10-digit INN's one check
			// digit passes one number in ten) never makes a person-only
			// identifier's field non-personal: an SSN, a personnummer, a
			// CPR passed it and left in clear (red team 8: F2).
			if cat, ok := rs.detectValue(s, n.Str); ok && (rs.cats[cat].personal || taxpayerScheme[rs.cats[l.cat].name]) {
				l.cat, l.by = cat, byValue
			}
			continue
		}
		if !probe && l.cat >= 0 && rs.idShaped(l.cat, n.Str) {
			// An enum's or a label's name holding a random identifier;
			// one with valid check digits is what they say (a card
			// number in "tags": India's payment-data rule needs it).
			if cat, ok := rs.detectValue(s, n.Str); ok && rs.cats[cat].personal && cat != rs.idDate {
				l.cat, l.by, l.weak = cat, byValue, false
				continue
			}
			l.cat, l.by = -1, byDefault
			continue
		}
		if rs.idHealth >= 0 && n.Kind == event.String && (l.cat < 0 || !rs.cats[l.cat].special && !rs.cats[l.cat].credential) && rs.pharmacyLine(s, l.node) {
			// What a pharmacy sold ({"pzn": "04114918", "title": "Ibu
			// 400"}): a medicinal product's order is health data, the
			// CJEU held (C-21/23, Lindenapotheke), whatever its name
			// says.
			l.cat, l.by, l.weak = rs.idHealth, byValue, false
			continue
		}
		if !probe && rs.cats[l.cat].personal && rs.keyInfo(s, n.Key).context && rs.lineItem(s, l.node) {
			// A line of an order under a generic wrapper ({"items":
			// [{"name": "Insulin Mixtard 30", "qty": 1}]}): its name or
			// title stays personal (what a person bought, and a wrapper
			// holds people as often), but what it names may be special.
			if t := rs.findTerm(s, n.Str); t >= 0 {
				l.cat, l.by = t, byText
			}
			continue
		}
		if !probe {
			// Declared non-personal by name, yet the value is an identifier
			// with valid check digits, a phone or an e-mail address
			// ({"plan":"+79161234567"}, a referrer URL with ?email=...):
			// the value wins. Dates are left alone here: under a
			// timestamp's name a date is a timestamp.
			if l.cat >= 0 && !rs.cats[l.cat].personal {
				rs.scanNonPersonal(s, l, n.Str)
				if l.cat >= 0 && !rs.cats[l.cat].personal && rs.placeInCountryField(l.cat, n.Str) {
					// "Hauptstr. 5, 10115 Berlin, Germany", "中国北京市朝阳区
					// 建国路88号", "Germany (Ivan Petrov)" under a country's
					// name: the country it names is evidence, but the value
					// is a place where the subject lives, which the
					// copies must not show in clear (red team 31).
					l.cat, l.by, l.weak = rs.idAddress, byValue, false
				}
				if l.cat >= 0 && rs.cats[l.cat].name == "meta.referrer" && rs.requestURLLeaf(s, l.node) && !staticEndpoint(n.Str) {
					// A URL a backend called, logged, in which nothing
					// was found: the API's own only when it is an
					// endpoint with nothing in it (".../v3/payments/
					// request"); a query, a number, an id, an @, a date
					// in it may be anyone's (/customers/cus_Nffr…,
					// /search?q=Ivan+Petrov, /dob/1990-05-06).
					l.cat, l.by = -1, byDefault
					if t := rs.findTerm(s, n.Str); t >= 0 {
						l.cat, l.by = t, byText
					}
				}
				if l.cat >= 0 && !rs.cats[l.cat].personal && rs.cats[l.cat].evidence < 0 && s.nodeFlags[l.node]&flagLabelName != 0 && personShaped(n.Str) {
					// The name of a provider, a channel, a source: a
					// label's container, yet the thing named may be a
					// person (a patient's doctor, a direct message's
					// peer, a referrer). Written as people write a name
					// (two to four capitalized words of letters), it
					// is unknown, personal by default, whether or not
					// a given name is known: failing open is the worse
					// mistake.
					l.cat, l.by = -1, byDefault
				}
				if l.cat >= 0 && !rs.cats[l.cat].personal && rs.cats[l.cat].evidence < 0 && mentionHandle(n.Str) {
					// "@ivan_petrov" under a referrer, a channel or a
					// source ("instagram @anna.schmidt87"): a person's
					// handle, as a member name so written is (handleKey).
					l.cat, l.by = rs.idUsername, byValue
				}
				if l.cat >= 0 && !rs.cats[l.cat].personal && rs.idPhone >= 0 && channelName(rs.keyInfo(s, n.Key).fold) && msisdn(n.Str) {
					// "SMS": "33612345678" (Brevo's contact attribute):
					// a messaging channel's address, its number written
					// without "+", not the channel's consent flag.
					l.cat, l.by = rs.idPhone, byValue
				} else if l.cat >= 0 && !rs.cats[l.cat].personal && hint != "" && nationalPhone(n.Str) {
					// "8 (916) 123-45-67" under "campaign": a phone in
					// the national format of the subject's country.
					if cc, ok := detect.PhoneRegion(n.Str, hint); ok && cc == hint {
						if rs.idPhone >= 0 {
							l.cat, l.by = rs.idPhone, byValue
						}
					}
				} else if l.cat >= 0 && !rs.cats[l.cat].personal && hint != "" && rs.idPhone >= 0 && phoneInText(n.Str, hint) {
					// "… (call Anna at 015112345678)": a phone in the
					// subject's country's national format inside text.
					l.cat, l.by = rs.idPhone, byText
				}
			} else if upiAddress(n.Str) && rs.idAccount >= 0 && l.cat != rs.idAccount && !rs.cats[l.cat].special && !rs.cats[l.cat].credential {
				// "ivan@okaxis" under a payer's "address" or "handle": a
				// UPI payment address, India's payment data, not a
				// postal address or a login.
				l.cat, l.by = rs.idAccount, byValue
			} else if t := rs.personalNameTerm(s, l, n.Str); t >= 0 {
				// A sentence under a person's field's name (a booking's
				// "title": "Diabetes follow-up between Dr. Iyer and Anna
				// Weber"), or a doctor's name with their specialty ("Dr.
				// Carlos Garcia - Psiquiatra"): what it discloses is read
				// as any text is, and the special category wins.
				l.cat, l.by = t, byText
			}
			continue
		}
		if cat, ok := rs.detectValue(s, n.Str); ok {
			if cat == rs.idDate && strings.ContainsAny(n.Str, "T:") {
				// A date with a time of day is when something happened,
				// not when someone was born.
				if l.cat < 0 || l.cat == rs.idText {
					rs.scanText(s, l, n.Str)
				}
				continue
			}
			if !rs.cats[cat].personal && (l.cat < 0 || rs.cats[l.cat].personal) {
				// A value that fits a company's number under a name
				// nothing claims, or under a person's (a probe's:
				// personnummer, cpr, national_id, account), stays what
				// it was: a phone in national format or a personal
				// number can pass a company-number check too, and a
				// guess must not fail open.
				continue
			}
			if l.cat >= 0 && strings.HasPrefix(rs.cats[l.cat].name, "gov_id.") && strings.HasPrefix(rs.cats[cat].name, "gov_id.") && !rs.ofEventCountry(s, cat) {
				// Named a national id, and the value fits only another
				// country's scheme: a 9-digit Teudat Zehut is not an SSN.
				continue
			}
			l.cat, l.by = cat, byValue
			l.weak = false
			continue
		}
		if l.cat < 0 || l.cat == rs.idText || l.weak && !rs.valueIsItsName(l.cat, n.Str) {
			unknown := l.cat < 0
			rs.scanText(s, l, n.Str)
			if l.weak && l.cat >= 0 && !rs.cats[l.cat].personal {
				// A name a pattern made a label ("lead_source",
				// "signupStatus", "relayState") vouches for its value
				// no more than the exact name does: a document in
				// base64, a data: URI or a person's name is read as
				// under "source" or "state" (red team 29).
				rs.scanNonPersonal(s, l, n.Str)
			}
			if unknown && (l.cat < 0 || !rs.cats[l.cat].special) {
				// A leave's type under a name nothing claims ({"status_text":
				// "Out sick"}, {"absenceType": {"label": "Krankheit"}}): a
				// short label with a code's word is that code, not a
				// personal value to tokenize (a constant token would let one
				// known value decode every employee's).
				if t := rs.labelCode(s, n.Str); t >= 0 {
					l.cat, l.by = t, byText
				}
			}
		} else if t := rs.personalNameTerm(s, l, n.Str); t >= 0 {
			// A probe's name holding a sentence (a meeting's "subject":
			// "Methadone pickup"), read as the other personal names'.
			l.cat, l.by = t, byText
		}
	}
	rs.specialSiblings(s)
	rs.optionAnswers(s)
	rs.tableCredentials(s)
	rs.clinicalCodes(s)
	for e, k := range s.embedded {
		l := &s.leaves[k]
		if l.cat >= 0 && (rs.cats[l.cat].special || rs.cats[l.cat].credential) {
			continue
		}
		if t := rs.embeddedSpecial(s, s.embeddedText[e]); t >= 0 {
			l.cat, l.by, l.weak = t, byText, false
		}
	}
}

// sessionCookie reports whether leaf i holds a web session's cookie: a
// member named for a session (session, sessionid, sid, _myapp_session,
// .AspNetCore.Session) or any member of a cookie jar ({"cookies": {...}}),
// holding a random token or a framework's signed session (Flask's
// ".eJ…", Rails' "BAh7…--…", ASP.NET Core's "CfDJ8…"). Whoever holds it is
// signed in as the subject: a credential, not an analytics session's id
// (a number, a UUID), which stays a cookie id.
func (rs *Ruleset) sessionCookie(s *scratch, i int32, v string) bool {
	if len(v) < 24 || len(v) > 4096 || isUUID(v) {
		return false
	}
	doc := &s.doc
	k := rs.keyInfo(s, leafName(doc, i)).fold
	jar := false
	if p := doc.Nodes[i].Parent; p > 0 && doc.Nodes[doc.Nodes[p].Parent].Kind == event.Object {
		pk := rs.keyInfo(s, doc.Nodes[p].Key).fold
		jar = pk == "cookies" || pk == "cookie" || pk == "requestcookies"
	}
	if pairValueNames[k] {
		// A cookie list's {"name": "sessionid", "value": …} (HAR's
		// request.cookies[]): the cookie's name is the pair's name, and
		// a list under a jar's name is a jar.
		if pn := rs.pairLabel(s, i); pn != "" {
			k = rs.keyInfo(s, pn).fold
			if p := doc.Nodes[i].Parent; p > 0 {
				if a := doc.Nodes[p].Parent; a > 0 && doc.Nodes[a].Kind == event.Array {
					ak := rs.keyInfo(s, doc.Nodes[a].Key).fold
					jar = jar || ak == "cookies" || ak == "requestcookies" || ak == "responsecookies"
				}
			}
		}
	}
	if !jar && !strings.Contains(k, "session") && k != "sid" && k != "sessid" && !strings.HasPrefix(k, "aspnetcore") {
		return false
	}
	for _, p := range [...]string{".eJ", "BAh7", "CfDJ8"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return randomToken(v)
}

// optionAnswers gives a choice answer the special category of the option
// it picked. A form that answers by option id (Tally's {"value":
// ["7f1a…"], "options": [{"id": "7f1a…", "text": "halal"}]}) says what
// was chosen only through the option's text: the id is the person's
// answer, and a token of it would join everyone who chose halal. The
// options themselves list every choice the form offers.
func (rs *Ruleset) optionAnswers(s *scratch) {
	doc := &s.doc
	option := func(obj int32) bool {
		if obj <= 0 || doc.Nodes[obj].Kind != event.Object {
			return false
		}
		arr := doc.Nodes[obj].Parent
		return arr > 0 && doc.Nodes[arr].Kind == event.Array && (doc.Nodes[arr].Key == "options" || doc.Nodes[arr].Key == "choices")
	}
	var picks map[string]int
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		if l.cat < 0 || !rs.cats[l.cat].special || n.Kind != event.String || n.Key != "text" && n.Key != "label" || !option(n.Parent) {
			continue
		}
		if id := member(doc, n.Parent, "id"); len(id) >= 4 {
			if picks == nil {
				picks = map[string]int{}
			}
			picks[id] = l.cat
		}
	}
	if picks == nil {
		return
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		if n.Kind != event.String || l.cat >= 0 && (rs.cats[l.cat].special || rs.cats[l.cat].credential) || option(n.Parent) {
			continue
		}
		if c, ok := picks[n.Str]; ok {
			l.cat, l.by = c, byText
		}
	}
}

// specialSiblings gives a small record's labels and unknown short values
// the special category one of its values names by its words: in
// {"test": "HIV", "result": "positive"} or {"condition": "Diabetes",
// "status": "active"} the result and the status say what the term is
// about, and a token of "positive" would join every HIV-positive subject
// across events. A sibling a rule knows as personal (a name, an e-mail)
// keeps its category.
func (rs *Ruleset) specialSiblings(s *scratch) {
	doc := &s.doc
	// The small records a special term labels, and its category: found
	// first, then each leaf is looked up once by its parent (a list of
	// thousands of tags costs one pass, not one pass per tag).
	type labelled struct {
		parent int32
		cat    int
	}
	var buf [16]labelled
	recs := buf[:0]
	for k := range s.leaves {
		l := &s.leaves[k]
		if l.cat < 0 || !rs.cats[l.cat].special || l.by != byText && l.by != byValue {
			continue
		}
		n := &doc.Nodes[l.node]
		if n.Kind != event.String || len(n.Str) > 32 || strings.Count(strings.TrimSpace(n.Str), " ") > 2 || n.Parent < 0 || doc.Nodes[n.Parent].Kind != event.Object {
			continue // a term as a label ("HIV", "Type 2 diabetes"), not a sentence about it
		}
		members := 0
		for c := doc.Nodes[n.Parent].First; c >= 0 && members <= 8; c = doc.Nodes[c].Next {
			members++
		}
		if members > 8 || len(recs) > 0 && recs[len(recs)-1].parent == n.Parent {
			continue
		}
		recs = append(recs, labelled{n.Parent, l.cat})
	}
	if len(recs) == 0 {
		return
	}
	var byParent map[int32]int // past a few records, looked up by hash
	if len(recs) > len(buf) {
		byParent = make(map[int32]int, len(recs))
		for _, r := range recs {
			byParent[r.parent] = r.cat
		}
	}
	for j := range s.leaves {
		sl := &s.leaves[j]
		sn := &doc.Nodes[sl.node]
		if sn.Kind == event.String && len(sn.Str) > 64 {
			continue
		}
		if sl.cat >= 0 && (rs.cats[sl.cat].personal || rs.cats[sl.cat].special || rs.cats[sl.cat].credential || sl.cat == rs.idTime || sl.cat == rs.idEventID || rs.cats[sl.cat].evidence >= 0) {
			// A country, a locale or a time zone beside the term says
			// where the subject is, not what the term is about
			// ({"country": "DE", "remark": "I have diabetes"}).
			continue
		}
		if byParent != nil {
			if c, ok := byParent[sn.Parent]; ok {
				sl.cat, sl.by, sl.weak = c, byText, false
			}
			continue
		}
		for _, r := range recs {
			if r.parent == sn.Parent {
				sl.cat, sl.by, sl.weak = r.cat, byText, false
				break
			}
		}
	}
}

// taxpayerScheme are the identifier categories whose schemes number
// companies too: a value of the company form under their name is the
// company's.
var taxpayerScheme = map[string]bool{"gov_id.ru_inn": true, "gov_id.tax_id": true, "gov_id.in_pan": true}

// phoneInText reports whether text v holds a phone number written in the
// national format of country hint (a run of 9 to 15 digits with the
// separators phones use, valid there), beside other words.
func phoneInText(v, hint string) bool {
	if len(v) < 12 || len(v) > 4096 || !strings.ContainsAny(v, " ") {
		return false
	}
	for i := 0; i < len(v); {
		if v[i] < '0' || v[i] > '9' {
			i++
			continue
		}
		j, digits := i, 0
		for j < len(v) && (v[j] >= '0' && v[j] <= '9' || v[j] == ' ' || v[j] == '-' || v[j] == '(' || v[j] == ')' || v[j] == '/' || v[j] == '.') {
			if v[j] >= '0' && v[j] <= '9' {
				digits++
			}
			j++
		}
		if digits >= 9 && digits <= 15 && (i == 0 || v[i-1] == ' ' || v[i-1] == '(' || v[i-1] == ':') {
			run := strings.TrimRight(v[i:j], " -(/.")
			if cc, ok := detect.PhoneRegion(run, hint); ok && cc == hint {
				return true
			}
		}
		i = j
	}
	return false
}

// numberNonPersonal looks at a JSON number under a name a rule calls
// non-personal: a whole number of 8 to 19 digits with valid check digits
// is the card or the national number its detector says
// ({"campaign_id": 4111111111111111}, {"source": 52998224725}):
// what a producer serialized as a number is still that thing. Phones and
// dates are not guessed from bare digits here: an 11-digit campaign id
// would pass for a phone, a date-versioned API's 20240601 for a birth.
func (rs *Ruleset) numberNonPersonal(s *scratch, l *leaf, v string) {
	if !allDigits(v) {
		// 4111111111111111.0, 4.111111111111111e15: a whole number
		// written as a float is that number.
		var buf [24]byte
		d, ok := integralDigits(buf[:0], v)
		if !ok {
			return
		}
		v = unsafeString(d)
	}
	if len(v) < 8 || len(v) > 19 {
		return
	}
	if len(v) >= 9 && rs.cats[l.cat].name == "meta.count" {
		// A count of a hundred million or more under retry_count is
		// no count: a phone or a number someone holds, unknown.
		l.cat, l.by = -1, byDefault
		return
	}
	cat, ok := rs.detectValue(s, v)
	if !ok || !rs.cats[cat].personal {
		return
	}
	if name := rs.cats[cat].name; strings.HasPrefix(name, "gov_id.") || strings.HasPrefix(name, "financial.") {
		l.cat, l.by = cat, byValue
	}
}

// integralDigits appends to dst the digits of JSON number v when it is a
// whole number written with a fraction or an exponent ("123.0",
// "4.111111111111111e15"), and reports whether it is one.
func integralDigits(dst []byte, v string) ([]byte, bool) {
	mant, exp := v, 0
	if i := strings.IndexAny(v, "eE"); i >= 0 {
		e, err := strconv.Atoi(strings.TrimPrefix(v[i+1:], "+"))
		if err != nil || e > 24 || e < -24 {
			return dst, false
		}
		mant, exp = v[:i], e
	}
	if mant == "" || mant[0] == '-' {
		return dst, false
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	if !allDigits(intPart) || frac != "" && !allDigits(frac) {
		return dst, false
	}
	digits := len(intPart) + len(frac)
	whole := len(intPart) + exp // digits before the point, after the shift
	if whole <= 0 || whole > 19 {
		return dst, false
	}
	for k := 0; k < max(whole, digits); k++ {
		var c byte = '0'
		switch {
		case k < len(intPart):
			c = intPart[k]
		case k-len(intPart) < len(frac):
			c = frac[k-len(intPart)]
		}
		if k >= whole {
			if c != '0' {
				return dst, false // a fraction: no whole number
			}
			continue
		}
		dst = append(dst, c)
	}
	d := dst
	for len(d) > 1 && d[0] == '0' {
		d = d[1:]
	}
	return d, true
}

// scanNonPersonal looks at a value whose name a rule calls non-personal:
// every string is scanned, and a positive finding wins. An identifier
// with valid check digits, a phone or an e-mail address
// ({"plan":"+79161234567"}), a date where no timestamp is expected (a
// date under "campaign" is not when the event happened), a person's name
// ({"status": "Ivan Petrov"}), identifiers and special-category terms in
// text ({"source": "I have diabetes"}).
func (rs *Ruleset) scanNonPersonal(s *scratch, l *leaf, v string) {
	if inner, ok := quotedJSONString(v); ok {
		// A JSON string encoded once more ("\"{\\\"name\\\": …}\""): what it
		// holds is read as if written plainly.
		v = inner
	}
	if rs.cats[l.cat].name == "device.user_agent" && !userAgentShaped(v) {
		// A header dump or a note under a user agent's name ("Cookie:
		// last_user=Anna%20Schmidt"): no browser's or app's product
		// token opens it, and the name cannot vouch for it.
		l.cat, l.by = -1, byDefault
		if t := rs.findTerm(s, v); t >= 0 {
			l.cat, l.by = t, byText
		}
		return
	}
	if rs.cats[l.cat].name == "device.user_agent" {
		if c := rs.userAgentComment(s, v); c >= 0 {
			// "MyApp/1.0 (52.520008, 13.404954)": a product token, then a
			// GPS fix, a name or a record where a platform should be.
			l.cat, l.by = c, byValue
			return
		}
	}
	if rs.idUser >= 0 && userReference(v) {
		// "userId:41229814" under an integration's source id (HubSpot's
		// webhook sourceId): the user who made the change.
		l.cat, l.by = rs.idUser, byValue
		return
	}
	if formEncodedDocument(v) {
		// A form's value that is a JSON document ("data=%7B%22name…"):
		// a record in a label's place, unknown, personal by default.
		l.cat, l.by = -1, byDefault
		return
	}
	if (l.cat == rs.idEventID || rs.cats[l.cat].name == "trace.id") && !rs.eventIDUsable(s, v) {
		// An event id that carries a phone, a name or a national
		// number (eventid.go) is not kept as an envelope label; one
		// that names a special category ("muslim-signup-42") is that
		// category.
		l.cat, l.by = -1, byDefault
		if t := rs.findTerm(s, v); t >= 0 {
			l.cat, l.by = t, byText
		}
		return
	}
	if t, ok := encodedText(v); ok && rs.encodedPersonalText(s, l, t) {
		// A data: URI, base64 or gzip of text under a non-personal name
		// (utm_content: "data:text/plain;base64,QW5uYS…"): what it
		// carries decides, and text a name cannot vouch for is unknown.
		return
	}
	if l.cat != rs.idEventID && len(v) >= 16 && rs.encodedPersonal(s, v) {
		// A trace or correlation id that is hex, base32 or base58 of an
		// e-mail address or a phone is that, not a label.
		l.cat, l.by = -1, byDefault
		return
	}
	if rs.valueIsItsName(l.cat, v) {
		return
	}
	if rs.cats[l.cat].evidence == baseTimezone && strings.Count(strings.TrimSpace(v), " ") >= 2 && !zoneWords(v) {
		// A time zone's field holding a sentence ("Europe/Berlin (call
		// Anna at 0151…)") is no time zone: whatever else it says, it
		// is unknown, personal by default.
		l.cat, l.by = -1, byDefault
		return
	}
	if sp := spelledEmail(v); sp != "" && detect.Email(strings.TrimSpace(sp)) && rs.idEmail >= 0 {
		l.cat, l.by = rs.idEmail, byValue // "anna at example dot com"
		return
	}
	if dv := deobfuscate(v); dv != v && !strings.ContainsAny(dv, "?&=/") {
		// An encoded or disguised value ("+7%20916%20123…"): what it
		// reads as decides.
		if cat, ok := rs.detectValue(s, strings.TrimSpace(dv)); ok && rs.cats[cat].personal && cat != rs.idDate {
			l.cat, l.by = cat, byValue
			return
		}
	}
	if fv := disguisedText(v); fv != v {
		// Letters in disguise: mathematical bold (𝐀𝐧𝐧𝐚), fullwidth
		// (Ｊｕｒｇｅｎ), a Cyrillic А inside a Latin name, a tab
		// between the names, an ideographic full stop as the domain's
		// dot (anna@example。de), a soft hyphen in the domain: what a
		// reader reads decides.
		if cat, ok := rs.detectValue(s, strings.TrimSpace(fv)); ok && rs.cats[cat].personal && cat != rs.idDate {
			l.cat, l.by = cat, byValue
			return
		}
		if rs.idName >= 0 && rs.personName(fv) {
			l.cat, l.by = rs.idName, byValue
			return
		}
		if rs.nameInText(fv) {
			l.cat, l.by = rs.idName, byText
			return
		}
		if t := rs.findTerm(s, fv); t >= 0 {
			l.cat, l.by = t, byText // "⒣⒤⒱ ⒫⒪⒮⒤⒯⒤⒱⒠"
			return
		}
		if tv := titleWords(fv); tv != fv && rs.idName >= 0 && rs.personName(tv) {
			// Letters that have no case of their own once folded
			// (parenthesized ⒜⒩⒩⒜): a name all the same.
			l.cat, l.by = rs.idName, byValue
			return
		}
	}
	if bv, ok := base64Contact(v); ok {
		// An e-mail or a phone in base64 (a mailing tool's utm_content
		// or mc_eid, to match the recipient): anyone can read it back.
		if cat, ok := rs.detectValue(s, bv); ok && rs.cats[cat].personal && cat != rs.idDate {
			l.cat, l.by = cat, byValue
			return
		}
	}
	if rs.idURL >= 0 && profileURL(v) {
		l.cat, l.by = rs.idURL, byValue
		return
	}
	if rs.idUsername >= 0 && userPath(v) {
		// A home directory (/home/ivanpetrov, C:\Users\ivan.petrov) or a
		// page of one person (/users/ivan.petrov/settings) names its
		// login.
		l.cat, l.by = rs.idUsername, byValue
		return
	}
	if rs.idUser >= 0 && personRecordPath(v) {
		// An API's URL or path of one person's record
		// (/v1/195993/patients/191929, /customers/cus_8Hk2Jd9sLq):
		// the id in it finds that person, whatever the field is called.
		l.cat, l.by = rs.idUser, byValue
		return
	}
	if _, ok := documentText(v); ok {
		// A document in a string (an OAuth state or SAML RelayState in
		// base64 JSON) under a label's name: its members are unknown,
		// so it is too.
		l.cat, l.by = -1, byDefault
		return
	}
	if _, ok := xmlText(v); ok {
		// An XML document (a SOAP body, a SAML assertion) under a
		// label's name: its elements are unknown, so it is too.
		l.cat, l.by = -1, byDefault
		return
	}
	if len(v) > 12 && v[0] == 'M' {
		if _, ok := hl7Document(v); ok {
			// An HL7 v2 message (a hospital's ADT feed forwarded
			// whole) is a patient's record whatever its member's name
			// says ("hl7" reads as Google's hl, a locale).
			l.cat, l.by = -1, byDefault
			return
		}
	}
	if c := rs.queryPersonal(s, v); c >= 0 {
		// A pre-filled link (?first_name=Anna&birthdate=2013-03-04)
		// carries what its parameters name.
		l.cat, l.by = c, byText
		return
	}
	if birthInText(v) {
		l.cat, l.by = rs.idText, byText
		return
	}
	if rs.idAddress >= 0 && streetAddress(v) {
		l.cat, l.by = rs.idAddress, byText
		return
	}
	if cat, ok := rs.detectValue(s, v); ok && rs.cats[cat].personal {
		if rs.cats[cat].name == "online.ip" && rs.versionName(l.cat) && versionKey(rs.keyInfo(s, leafName(&s.doc, l.node)).fold) {
			// "124.0.0.0" under browser_version is a release number
			// written as four numbers, not an address; under "client"
			// or "app" it is the client's address.
			return
		}
		if cat != rs.idDate || !rs.timestampName(l.cat) && !strings.ContainsAny(v, "T:") {
			l.cat, l.by = cat, byValue
			return
		}
	}
	nv := v
	if !isASCII(v) && strings.ContainsAny(v, "\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000\u202f\uff21\uff41") {
		// Names joined by a no-break or zero-width space, or in
		// fullwidth letters: read as people see them. Cloned, since the
		// scans below normalize into the same buffer.
		nv = strings.Clone(s.normalizeText(zeroWidthToSpace(v)))
	}
	if nv == v && len(v) <= 80 && len(v) > 0 && v[0] >= 'A' && v[0] <= 'Z' && strings.ContainsAny(v, "%&+_") || len(v) <= 40 && camelJoined(v) {
		// A name joined by an encoded space ("Anna%20Schmidt",
		// "Anna&nbsp;Schmidt", "Anna+Schmidt"), an underscore or
		// CamelCase, as UTM and referrer fields carry one.
		if j := unjoinName(v); j != v && rs.personName(j) {
			nv = j
		}
	}
	if rs.lowerJoinedName(v) {
		// "ivan_petrov", "anna.schmidt" under a campaign's, a plan's or
		// a referrer's name: a person's name written as a program would,
		// as UTM tags and invite codes carry one.
		l.cat, l.by = rs.idName, byValue
		return
	}
	if c := rs.delimitedPersonal(s, unquoteCSV(v)); c >= 0 {
		// A record written on one line under a label's name
		// ("Anna,Schmidt,2013-01-02", "Schmidt^Anna", a quoted CSV
		// line: "\"Schmidt, Anna\",\"2013-02-03\",\"Berlin\"").
		l.cat, l.by = c, byText
		return
	}
	if rs.personName(nv) {
		l.cat, l.by = rs.idName, byValue
		if t := rs.findTerm(s, v); t >= 0 {
			// "Roman Catholic" reads as a name too: the special
			// category is the stricter answer.
			l.cat, l.by = t, byText
		}
		return
	}
	if rs.nameInText(nv) || rs.idName >= 0 && recipientInText(nv) {
		l.cat, l.by = rs.idName, byText
		if t := rs.findTerm(s, v); t >= 0 {
			l.cat = t
		}
		return
	}
	rs.scanText(s, l, v)
	if l.cat >= 0 && !rs.cats[l.cat].personal {
		// A tag written as one word (#HIVpositive, TransWoman,
		// tradeUnion, type1diabetes, H.I.V.): read as its words, an
		// acronym's last capital taken as starting the next word
		// (HIVPositive) or not (HIVpositive).
		if len(v) > 2 && v[0] == '#' {
			if t := rs.findTerm(s, v[1:]); t >= 0 {
				l.cat, l.by = t, byText // #PrEP, #AfD: a whole-only term as a hashtag
				return
			}
		}
		for _, lowerAfter := range [2]bool{false, true} {
			if lowerAfter && !hasAcronym(v) {
				break // the second reading differs only after an acronym
			}
			jv, ok := splitJoined(s.jbuf[:0], v, lowerAfter)
			s.jbuf = jv
			if ok {
				// Read in place: findTerm keeps nothing of it.
				if t := rs.findTerm(s, unsafe.String(unsafe.SliceData(jv), len(jv))); t >= 0 {
					l.cat, l.by = t, byText
					return
				}
			}
		}
		if t := rs.joinedTag(s, v); t >= 0 {
			l.cat, l.by = t, byText // "gaypride", "breastcancersurvivor"
			return
		}
		if t := rs.codeTerm(s, v); t >= 0 {
			l.cat, l.by = t, byText // "bible_plus_yearly", "church_member"
			return
		}
		if rs.stateLabel(l.cat) {
			if t := rs.labelCode(s, v); t >= 0 {
				// A leave's or an absence's type as a short label
				// ("Krankheit mit AU", "Sickness", "Krank"): a code's
				// word written as words.
				l.cat, l.by = t, byText
				return
			}
		}
		if rs.idText >= 0 && rs.stateLabel(l.cat) && aboutOneself(v) {
			// A sentence about oneself where a state or a plan's code
			// should be ({"status": "grieving my son Lukas"}): free
			// text, which a label's name cannot vouch for. Only there:
			// a consent's or a form's own text is written in the first
			// person too ("I agree to the processing of my data").
			l.cat, l.by = rs.idText, byText
		}
		if l.cat >= 0 && rs.stateLabel(l.cat) && identifierDigits(v) {
			// Red team 38 (F4): nine digits or more where a type's or a
			// source's label should be ({"identifikatortype":
			// "01017010170"}, a fødselsnummer): an identifier or a
			// number, which a label's name cannot vouch for. Personal
			// by default, failing closed.
			l.cat, l.by = -1, byDefault
		}
	}
}

// identifierDigits reports whether v is nine to twenty digits, spaces,
// dashes, dots or slashes between them allowed, and nothing else: an
// identifier's or a phone's shape, no label's.
func identifierDigits(v string) bool {
	n := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			n++
		case c == ' ' || c == '-' || c == '.' || c == '/':
		default:
			return false
		}
	}
	return n >= 9 && n <= 20
}

// stateLabel reports whether category cat names a state, a type or a
// plan's code (status, tier, channel, plan): event.type and meta.plan.
func (rs *Ruleset) stateLabel(cat int) bool {
	if cat < 0 {
		return false
	}
	n := rs.cats[cat].name
	return n == "event.type" || n == "meta.plan"
}

// firstPerson are the words a person writes of their own life (I, my;
// ich, mein; je, mon; mi; meu; я, мой...): no program's status, plan or
// channel says them. "me", "eu", "im" and "mes" are left out: "remind me
// later", an EU region, German "im Versand", Spanish "1 mes".
var firstPerson = map[string]bool{
	"i": true, "i'm": true, "my": true, "myself": true,
	"ich": true, "mein": true, "meine": true, "meinen": true, "meinem": true, "mich": true,
	"je": true, "j'ai": true, "mon": true, "moi": true, "mío": true, "mía": true,
	"meu": true, "minha": true, "mój": true, "moja": true, "я": true, "мой": true, "моя": true,
	"мои": true, "меня": true, "ik": true, "mijn": true,
}

// aboutOneself reports whether v is a sentence of three words or more
// with a word of the first person in it ("grieving my son Lukas", "ich
// bin so müde"); "My Account", Capitalized, is a menu's label.
func aboutOneself(v string) bool {
	if len(v) < 8 || len(v) > 2000 || strings.Count(strings.TrimSpace(v), " ") < 2 {
		return false
	}
	for _, f := range strings.Fields(v) {
		f = strings.Trim(f, ".,;:!?\"'()")
		if f == "I" || f == "I'm" || firstPerson[f] {
			return true
		}
	}
	return false
}

// joinedTag is the category of a lower-case tag written as one word
// ("gaypride", "hivpositive", "livingwithhiv", "#christianlife"), or -1.
// The tag must be made wholly of words some term list knows (a term's,
// a phrase's, an exact term's words) and its join words (pride, life,
// dad, awareness...), and read with spaces it must hold a term, or an
// exact term of four letters or more as one of its words ("christian
// life": a hashtag is no name). So "transport" (trans + port) and
// "ambient" stay words: they are made of no such pieces, or their pieces
// hold no term. An exact term whose case is its meaning (PrEP) is not
// read in lower case: "mealprep" is a cook's.
func (rs *Ruleset) joinedTag(s *scratch, v string) int {
	v = strings.TrimPrefix(strings.TrimSpace(v), "#")
	if len(v) < 6 || len(v) > 40 || len(rs.pieceWords) == 0 {
		return -1
	}
	for i := 0; i < len(v); i++ {
		if !isLetterASCII(v[i]) || isUpperASCII(v[i]) && i > 0 {
			return -1 // lower case (a capital first at most): camelCase is splitJoined's
		}
	}
	w := s.asciiLower(v)
	// best[i] is the fewest pieces w[:i] splits into (0: none yet), from[i]
	// where its last piece starts.
	var best, from [41]int8
	best[0] = 0
	for i := 1; i <= len(w); i++ {
		best[i] = -1
		for j := max(0, i-rs.maxPiece); j <= i-2; j++ {
			if best[j] < 0 || j > 0 && best[j] == 0 {
				continue
			}
			if _, ok := rs.pieceWords[w[j:i]]; !ok {
				continue
			}
			if i-j < 3 {
				if _, join := rs.joinWords[w[j:i]]; !join {
					continue // two letters only as a join word ("my", "of")
				}
			}
			if best[i] < 0 || best[j]+1 < best[i] {
				best[i], from[i] = best[j]+1, int8(j)
			}
		}
	}
	if best[len(w)] < 2 {
		return -1 // no split, or one piece: the word as it is was read already
	}
	var cuts [41]int8
	n := 0
	for i := len(w); i > 0; i = int(from[i]) {
		cuts[n] = int8(i)
		n++
	}
	buf := s.jbuf[:0]
	start := 0
	exact := -1
	for k := n - 1; k >= 0; k-- {
		end := int(cuts[k])
		piece := w[start:end]
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, piece...)
		if id, ok := rs.exactTerms[piece]; ok && exact < 0 && len(piece) >= 4 && !rs.casedPiece(piece) {
			exact = id
		}
		start = end
	}
	s.jbuf = buf
	if t := rs.findTerm(s, string(buf)); t >= 0 {
		return t
	}
	return exact
}

// casedPiece reports whether lower-case word w is an exact term that
// counts only in its own case (PrEP).
func (rs *Ruleset) casedPiece(w string) bool {
	for _, t := range rs.caseTerms {
		if strings.EqualFold(t.term, w) {
			return true
		}
	}
	return false
}

// codeTerm is the category of a code term (terms' codes:) or of an
// uncased exact term (halal, kosher) among the words of v when v is
// written as a program writes a code: one ASCII token, its words joined
// by '_', '-', '.' or camelCase ("bible_plus_yearly", "church_member",
// "halal_box_monthly", "afd-newsletter"), or -1.
func (rs *Ruleset) codeTerm(s *scratch, v string) int {
	if len(v) < 4 || len(v) > 64 || !isASCII(v) || strings.ContainsAny(v, " \t/:?=&@") {
		return -1
	}
	sp, ok := splitJoined(s.jbuf[:0], v, false)
	s.jbuf = sp
	if !ok && !strings.ContainsAny(v, "_-.") {
		return -1 // one word: the term lists read it already
	}
	// appendWords cuts at the '.' too; the buffer is read in place.
	words := appendWords(s.words[:0], s.asciiLower(unsafeString(sp)))
	s.words = words
	return rs.codeWords(s, words, true)
}

// labelCode is the category of a code term (terms' codes:) among the
// words of a short label of up to five words ("Krankheit mit AU",
// "Sickness", "Больничный"), or -1: under a state's, a type's or a plan's
// name a label is a code written for people to read.
func (rs *Ruleset) labelCode(s *scratch, v string) int {
	if len(v) < 3 || len(v) > 48 || len(rs.codeTerms) == 0 {
		return -1
	}
	var lv string
	if isASCII(v) {
		lv = s.asciiLower(v)
	} else {
		lv = s.unicodeLower(v)
	}
	words := appendWords(s.words[:0], lv)
	s.words = words
	if len(words) == 0 || len(words) > 5 {
		return -1
	}
	return rs.codeWords(s, words, false)
}

// codeWords is the category of a code term among words (lower-case), or
// of an uncased exact term of four letters or more when exact, or -1.
func (rs *Ruleset) codeWords(s *scratch, words []string, exact bool) int {
	if len(rs.codeTerms) == 0 && !exact {
		return -1
	}
	for i := range words {
		if exact && len(words[i]) >= 4 {
			if id, ok := rs.exactTerms[words[i]]; ok && !rs.casedPiece(words[i]) {
				return id
			}
		}
		k := append(s.cbuf[:0], words[i]...)
		for n := 1; ; n++ {
			if id, ok := rs.codeTerms[string(k)]; ok { // no copy: a map index
				s.cbuf = k
				return id
			}
			if n >= rs.maxCode || i+n >= len(words) {
				break
			}
			k = append(append(k, ' '), words[i+n]...)
		}
		s.cbuf = k
	}
	return -1
}

// splitJoined writes a one-word tag as the words it joins: a leading '#'
// dropped, a space at each camelCase hump ("tradeUnion", "TransWoman"),
// after an acronym ("HIVPositive", "HIVpositive"), between letters and
// digits ("type1diabetes"), and the dots of an acronym removed
// ("H.I.V."). ok is false when v has no such joint or is no tag.
func splitJoined(dst []byte, v string, lowerAfter bool) ([]byte, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 4 || len(v) > 48 || !isASCII(v) {
		return dst, false
	}
	v = strings.TrimPrefix(v, "#")
	changed := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '.' && i > 0 && isUpperASCII(v[i-1]) && (i == 1 || v[i-2] == '.' || v[i-2] == ' ') {
			changed = true
			continue // H.I.V.
		}
		if i > 0 && len(dst) > 0 {
			p := v[i-1]
			lowerToUpper := isLowerASCII(p) && isUpperASCII(c)
			acronymEnd := !lowerAfter && isUpperASCII(p) && isUpperASCII(c) && i+1 < len(v) && isLowerASCII(v[i+1]) && i >= 2 && isUpperASCII(v[i-2])
			// "HIVpositive": the acronym's last capital starts no word,
			// the lower-case run does.
			acronymLower := lowerAfter && isUpperASCII(p) && isLowerASCII(c) && i >= 2 && isUpperASCII(v[i-2])
			digitJoint := isDigitASCII(p) != isDigitASCII(c) && (isLetterASCII(p) || isLetterASCII(c))
			if lowerToUpper || acronymEnd || acronymLower || digitJoint {
				dst = append(dst, ' ')
				changed = true
			}
		}
		if c == '_' || c == '-' {
			c = ' '
		}
		dst = append(dst, c)
	}
	return dst, changed
}

// hasAcronym reports whether v has two capitals in a row.
func hasAcronym(v string) bool {
	for i := 1; i < len(v); i++ {
		if isUpperASCII(v[i]) && isUpperASCII(v[i-1]) {
			return true
		}
	}
	return false
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// personHost reports whether host name v holds a given name as one of
// its labels' words, or in the possessive a device is named by
// ("annas-macbook-pro").
func (rs *Ruleset) personHost(v string) bool {
	for w := range strings.FieldsFuncSeq(strings.ToLower(v), func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
		if len(w) >= 3 && rs.givenName(w) || len(w) >= 4 && w[len(w)-1] == 's' && rs.givenName(w[:len(w)-1]) {
			return true
		}
	}
	return false
}

// hostMember reports whether a folded member name names a host.
func hostMember(fold string) bool {
	return fold == "hostname" || fold == "host" || fold == "domain"
}

// switchName reports whether member name k is a switch's: one of its
// words is a verb or a state a yes or no answers (uses_transient_token,
// has_password, password_set, isTokenEnabled).
func switchName(k string) bool {
	ws := words{s: k}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		switch string(w) {
		case "is", "has", "uses", "use", "using", "requires", "required", "require", "needs", "need", "enabled", "disabled",
			"enable", "set", "exists", "present", "allowed", "allow", "supports", "can", "should", "must", "with", "did", "was", "had", "show", "remember", "save", "store", "reset", "changed", "expired", "valid", "verified":
			return true
		}
	}
	return false
}
func isDigitASCII(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterASCII(c byte) bool { return isUpperASCII(c) || isLowerASCII(c) }

// valueIsItsName reports whether v is what its non-personal name says and
// nothing more: a country under a country's name ("Jordan", "Georgia" are
// no one's names), a time zone under a time zone's ("America/Santiago"
// names a city, not a Santiago), a locale under a locale's, and a
// software state written as a whole value ("state": "disabled" is an
// account's, not a disability).
func (rs *Ruleset) valueIsItsName(cat int, v string) bool {
	if cat < 0 {
		return false
	}
	switch rs.cats[cat].evidence {
	case baseResidence, baseCitizenship, baseAddress, baseLocation, baseIP:
		_, ok := rs.cached(rs.bareCountryCache, strings.TrimSpace(v), rs.geo.BareCountry)
		return ok
	case baseTimezone:
		_, ok := geo.TimeZone(v)
		return ok
	case baseLocale:
		_, ok := rs.cached(rs.localeCache, strings.TrimSpace(v), rs.geo.Locale)
		return ok
	}
	return strings.EqualFold(strings.TrimSpace(v), "disabled")
}

// placeInCountryField reports whether v, under a country's non-personal
// name (cat), is read as a country (geo.Country) yet is more than one
// (geo.BareCountry): an address or a place on one line, a country with a
// name or an e-mail beside it.
func (rs *Ruleset) placeInCountryField(cat int, v string) bool {
	if cat < 0 || rs.idAddress < 0 {
		return false
	}
	switch rs.cats[cat].evidence {
	case baseResidence, baseCitizenship, baseAddress, baseLocation, baseIP:
	default:
		return false
	}
	v = strings.TrimSpace(v)
	if _, ok := rs.cached(rs.bareCountryCache, v, rs.geo.BareCountry); ok {
		return false
	}
	_, ok := rs.cached(rs.countryCache, v, rs.geo.Country)
	return ok
}

// zoneWords reports whether v reads as a time zone's display name
// ("Pacific Standard Time", "(GMT+01:00) Amsterdam, Berlin", "UTC +2").
func zoneWords(v string) bool {
	lv := strings.ToLower(v)
	return strings.Contains(lv, "time") || strings.Contains(lv, "gmt") || strings.Contains(lv, "utc")
}

// timestampName reports whether a category's values may be dates by
// nature: timestamps, versions dated by release ("apiversion":
// "2023-10-16"), consent and terms versions, event ids.
func (rs *Ruleset) timestampName(cat int) bool {
	if cat == rs.idTime {
		return true
	}
	if cat < 0 {
		return false
	}
	switch rs.cats[cat].name {
	case "app.version", "consent.preference", "event.id", "trace.id", "meta.flag":
		return true
	}
	return false
}

// versionName reports whether a category's values are release numbers,
// which are often dotted quads ("124.0.0.0") that an IP detector accepts.
// versionKey reports whether a folded member name names a release
// (browser_version, os_build, appRelease).
func versionKey(fold string) bool {
	return strings.Contains(fold, "version") || strings.Contains(fold, "release") || strings.Contains(fold, "build") || strings.HasSuffix(fold, "ver")
}

func (rs *Ruleset) versionName(cat int) bool {
	if cat < 0 {
		return false
	}
	switch rs.cats[cat].name {
	case "app.version", "device.os", "device.user_agent":
		return true
	}
	return false
}

func (rs *Ruleset) ownDetector(cat int, v string) bool {
	for i := range rs.detectors {
		if rs.detectors[i].cat == cat && rs.detectors[i].fn(v) {
			return true
		}
	}
	return false
}

// detectValue runs the value detectors. When several national schemes fit
// one value, a scheme of one of the event's countries wins; with s nil (a
// member name, whose reading outlives the event in the key cache) the
// first scheme that fits does, whatever the event.
func (rs *Ruleset) detectValue(s *scratch, v string) (int, bool) {
	if len(v) < 5 || len(v) > 256 {
		return 0, false
	}
	// Every value detector needs an '@' (e-mail), a ':' (IPv6) or at
	// least four digits (the shortest scheme, a PAN, has four): most
	// strings have none and skip all of them.
	digits, letters, mark := 0, 0, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c == '@' || c == ':':
			mark = true
		}
	}
	if digits < 4 && !mark && !(len(v) > 8 && v[8] == '+') && !strings.HasPrefix(v, "///") {
		// (A plus code, "9F4MGCGV+2Q", or a what3words address may
		// have fewer digits.)
		return 0, false
	}
	if digits >= 4 && !isASCII(v) {
		// "4111\u00a01111…", "FR76\u202f3000…", "+33\u00a06…": the
		// group separators French, Swiss and Russian typography use,
		// and what copying from a web page gives, are spaces.
		if a, ok := asciiSeparators(v); ok {
			v = a
		}
	}
	first := -1
	for i := range rs.detectors {
		vd := &rs.detectors[i]
		// A validator the value's shape cannot pass is skipped: the shapes
		// are held true of every validator by detect.FuzzDetectors.
		if vd.shape != nil && !vd.shape(digits, letters) || vd.name == "gb_nhs_number" || !vd.fn(v) {
			// (The NHS number's one check digit passes one ten-digit
			// number in eleven, a timestamp's or a SKU's: it counts
			// under its name and a FHIR identifier's system only.)
			continue
		}
		if len(vd.countries) == 0 {
			if first >= 0 && !rs.cats[vd.cat].personal {
				// A personal scheme fits too (a 15-digit NIR is also an
				// OGRNIP shape): when in doubt, personal.
				continue
			}
			return vd.cat, true
		}
		for _, c := range vd.countries {
			if s != nil && s.hasCountry(c) {
				return vd.cat, true
			}
		}
		if first < 0 {
			first = vd.cat
		}
	}
	return first, first >= 0
}

// disguisedText is v as a reader reads it: look-alikes folded
// (foldName: format characters dropped, NFKC, Cyrillic and Greek letters
// in a Latin word made Latin), the dots of other scripts (。．｡․) written
// '.', tabs and line ends between words written as spaces. v itself when
// it has none of these.
func disguisedText(v string) string {
	if len(v) > 256 || isASCII(v) && !strings.ContainsAny(v, "\t\n\r") {
		return v
	}
	f := v
	if !isASCII(v) && mayDisguise(v) {
		f = foldName(otherDots.Replace(rightToLeftOverride(v)))
	}
	return lineBreaks.Replace(f)
}

// rightToLeftOverride is v as a reader sees it when a right-to-left
// override (U+202E) reverses what follows it, up to a pop (U+202C) or the
// end: "\u202Etdimhcs annA" shows as "Anna schmidt".
func rightToLeftOverride(v string) string {
	i := strings.Index(v, "\u202e")
	if i < 0 {
		return v
	}
	rest := v[i+len("\u202e"):]
	tail := ""
	if j := strings.Index(rest, "\u202c"); j >= 0 {
		rest, tail = rest[:j], rest[j+len("\u202c"):]
	}
	r := []rune(rest)
	slices.Reverse(r)
	return v[:i] + string(r) + rightToLeftOverride(tail)
}

// mayDisguise reports whether non-ASCII v holds what disguisedText folds:
// fullwidth forms, mathematical letters, format characters, another
// script's full stop, or Cyrillic or Greek letters beside Latin ones. Text
// wholly in another script (a Chinese or a Russian value, the common case)
// is left alone and costs no allocation.
func mayDisguise(v string) bool {
	latin, other := false, false
	for _, r := range v {
		switch {
		case r < 0x80:
			latin = latin || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
		case r >= 0xff01 && r <= 0xff65, r >= 0x1d400 && r <= 0x1d7ff, r == '。', r == '․', unicode.Is(unicode.Cf, r),
			r >= 0x2460 && r <= 0x24ff, r >= 0x1f100 && r <= 0x1f1ff, r >= 0xfe50 && r <= 0xfe6f,
			r >= 0x1d00 && r <= 0x1dbf, r >= 0x2070 && r <= 0x209f, r >= 0x0280 && r <= 0x02af, r == 'ꜰ' || r == 'ꜱ':
			// …superscripts and modifier letters (ᴬⁿⁿᵃ), small capitals (ᴀɴɴᴀ).
			// Circled and parenthesized letters (ⓐ, ⒜), small forms
			// (﹫): NFKC reads them as the letters and the @.
			return true
		case unicode.In(r, unicode.Cyrillic, unicode.Greek), r >= 0x0300 && r <= 0x036f:
			// Look-alikes beside Latin letters, or a combining accent
			// ("A\u0301nna") that NFKC composes.
			other = true
		}
	}
	return latin && other
}

var (
	otherDots  = strings.NewReplacer("。", ".", "．", ".", "｡", ".", "․", ".")
	lineBreaks = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ")
)

// asciiSeparators is v with its Unicode spaces (no-break, thin, narrow
// no-break, figure, ideographic) written as ASCII spaces and its dashes
// (hyphen, non-breaking hyphen, en and em dashes, minus) as '-', and
// whether it had any. It allocates only when it changes something.
func asciiSeparators(v string) (string, bool) {
	found := false
	for _, r := range v {
		if separatorRune(r) != 0 {
			found = true
			break
		}
	}
	if !found {
		return v, false
	}
	b := make([]byte, 0, len(v))
	for _, r := range v {
		if c := separatorRune(r); c != 0 {
			b = append(b, c)
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b), true
}

func separatorRune(r rune) byte {
	switch r {
	case '\u00a0', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006':
		return ' '
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\ufe63', '\uff0d':
		return '-'
	}
	return 0
}

// scanText looks inside free text for identifiers and special-category
// terms. A term wins over an identifier: it makes the field sensitive.
func (rs *Ruleset) scanText(s *scratch, l *leaf, v string) {
	v = deobfuscate(v)
	found := -1
	detect.ScanText(v, func(m detect.Match) {
		if found >= 0 {
			return
		}
		for i := range rs.detectors {
			if rs.detectors[i].name == m.Detector {
				if rs.cats[rs.detectors[i].cat].personal {
					found = rs.detectors[i].cat
				}
				return
			}
		}
	})
	if found < 0 {
		found = rs.labelledIdentifier(s, v)
	}
	if term := rs.findTerm(s, v); term >= 0 {
		found = term
	}
	if found >= 0 {
		l.cat, l.by = found, byText
	}
}

// labelledIdentifier is the category of an identifier written after its
// own name in text ("IMEI 35-693803-564380-9", "Konto 0532013000 BLZ
// 37040044", "PAN ABCDE1234F", "NHS 943 476 5919", "Personalausweis
// T22000129"): a word that names a personal identifier's field, then a
// token shaped like an id (five characters or more, four digits or more,
// letters, digits and - . / only), or -1. The name says what the token
// is, as it would as the member's name.
func (rs *Ruleset) labelledIdentifier(s *scratch, v string) int {
	if len(v) < 8 || len(v) > 512 {
		return -1
	}
	// Words are read in place (no split: this runs on every text value),
	// and a word is looked up only when the next one holds a digit.
	var fields [6]string
	for start := 0; start < len(v); {
		w, next := nextField(v, start)
		if w == "" {
			break
		}
		start = next
		first, after := nextField(v, next)
		if first == "" || !strings.ContainsAny(first, "0123456789") {
			continue
		}
		w = strings.TrimRight(w, ":#=")
		if len(w) < 2 || len(w) > 32 {
			continue
		}
		ki := rs.keyInfo(s, w)
		cat := -1
		if ki.cat >= 0 && rs.cats[ki.cat].personal && identifierCategory(rs.cats[ki.cat].name) {
			cat = ki.cat
		} else if c := identifierLabels[ki.fold]; c != "" {
			cat = rs.catIDOr(c)
		}
		if cat < 0 {
			continue
		}
		// The id may be written in groups ("943 476 5919", "65 180539 W
		// 001"): join up to four tokens that are digits or short.
		n, f, pos := 0, first, after
		for n < 4 && f != "" {
			f = strings.TrimRight(f, ",;")
			if !idToken(f) {
				break
			}
			fields[n] = f
			n++
			if n > 1 && len(f) > 6 {
				break
			}
			f, pos = nextField(v, pos)
		}
		l, d := 0, 0
		for _, t := range fields[:n] {
			l += len(t)
			for i := 0; i < len(t); i++ {
				if t[i] >= '0' && t[i] <= '9' {
					d++
				}
			}
		}
		if l >= 5 && d >= 4 {
			return cat
		}
	}
	return -1
}

// nextField is the whitespace-separated word of v at or after i, and the
// index after it; "" at the end.
func nextField(v string, i int) (string, int) {
	for i < len(v) && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r') {
		i++
	}
	j := i
	for j < len(v) && v[j] != ' ' && v[j] != '\t' && v[j] != '\n' && v[j] != '\r' {
		j++
	}
	return v[i:j], j
}

// identifierCategory reports whether a category is an identifier's:
// a national id, a financial account or card, a device's id.
func identifierCategory(name string) bool {
	return strings.HasPrefix(name, "gov_id.") || strings.HasPrefix(name, "financial.") || name == "online.device_id"
}

// identifierLabels are identifiers' names in text that no field name
// lists (a bank account's Konto, the NHS number), by category.
var identifierLabels = map[string]string{
	"konto": "financial.account", "kontonummer": "financial.account", "blz": "financial.account",
	"nhs": "gov_id.national_id", "personalausweis": "gov_id.national_id", "reisepass": "gov_id.passport",
	"rentenversicherungsnummer": "gov_id.national_id", "sozialversicherungsnummer": "gov_id.national_id", "imei": "online.device_id",
	"pan": "gov_id.in_pan",
}

func idToken(f string) bool {
	if f == "" || len(f) > 40 {
		return false
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == '.' || c == '/') {
			return false
		}
	}
	return true
}

// findTerm matches special-category terms on word boundaries, and words
// that start with a term of five letters or more (inflected forms:
// "беременна" finds "беременная"); terms of unsegmented scripts as
// substrings. Non-ASCII text is normalized first (see normalizeText). A
// term clearly denied ("kein Diabetes") does not count.
func (rs *Ruleset) findTerm(s *scratch, v string) int {
	if strings.Contains(v, "\u202e") {
		// A right-to-left override shows its text reversed: the term
		// may be in the stored order or in the order a reader sees.
		if id := rs.findTermIn(s, v); id >= 0 {
			return id
		}
		v = rightToLeftOverride(v)
	}
	return rs.findTermIn(s, v)
}

func (rs *Ruleset) findTermIn(s *scratch, v string) int {
	w := v
	if i := strings.IndexByte(v, '('); i > 2 && len(v) <= 128 && strings.HasSuffix(strings.TrimSpace(v), ")") {
		// A choice with its gloss after it ("halal (kein
		// Schweinefleisch)", "kosher (no pork)"): the choice is the
		// whole value.
		w = v[:i]
	}
	if len(rs.exactTerms) > 0 && len(w) <= rs.maxExact+4 {
		w := strings.TrimSpace(w)
		if isASCII(w) {
			w = s.asciiLower(w)
		} else {
			w = s.unicodeLower(s.normalizeText(w))
		}
		if id, ok := rs.exactTerms[w]; ok {
			return id // a whole value or member name: "Islam", "AfD"
		}
	}
	if id := rs.casedTerm(v); id >= 0 {
		return id
	}
	if len(rs.terms) == 0 && len(rs.termPhrases) == 0 && len(rs.substrTerms) == 0 {
		return -1
	}
	ascii := isASCII(v)
	if ascii && !rs.mayHoldTerm(v) {
		return -1 // no word of it is or starts a term (termfilter.go)
	}
	if !ascii {
		v = s.normalizeText(v)
		if hasUnsegmented(v) {
			if id := rs.findSubstrTerm(strings.ToLower(v)); id >= 0 {
				return id
			}
		}
	}
	s.words = appendClauseWords(s.words[:0], s.asciiLower(v))
	for wi, w := range s.words {
		if w == "" || !rs.mayStartTerm(w) {
			continue
		}
		id := rs.wordTerm(w)
		if id < 0 && w[0] >= 0xD8 && w[0] <= 0xDB {
			id = rs.arabicTerm(w) // an Arabic word
		}
		if id >= 0 {
			if !negated(s.words, wi) {
				return id
			}
			continue
		}
		for _, p := range rs.termPhrases[w] {
			if wi+len(p.words) <= len(s.words) {
				match := true
				for k := 1; k < len(p.words); k++ {
					if s.words[wi+k] != p.words[k] {
						match = false
						break
					}
				}
				if match && !negated(s.words, wi) {
					return p.cat
				}
			}
		}
	}
	return -1
}

// casedTerm is the category of an exact term written in its own case as a
// word of v ("on PrEP, love hiking", "#PrEP #bondi", "T1D since 2010"), or
// -1. A denial before it does not count, as for any term.
func (rs *Ruleset) casedTerm(v string) int {
	for _, t := range rs.caseTerms {
		for from := 0; from < len(v); {
			i := strings.Index(v[from:], t.term)
			if i < 0 {
				break
			}
			i += from
			end := i + len(t.term)
			if (i == 0 || !asciiWordByte(v[i-1])) && (end == len(v) || !asciiWordByte(v[end])) && !deniedBefore(v[:i]) {
				return t.cat
			}
			from = end
		}
	}
	return -1
}

// asciiWordByte reports whether c continues a word: an ASCII letter or
// digit, or any byte of a non-ASCII rune (a letter of another script).
func asciiWordByte(c byte) bool { return c >= utf8.RuneSelf || asciiWord[c] }

// deniedBefore reports whether the text before a term ends in a negation
// ("not on", "never on", "kein"), as negated reads it for other terms.
func deniedBefore(before string) bool {
	words := appendClauseWords(nil, strings.ToLower(before))
	words = append(words, "")
	return negated(words, len(words)-1)
}

// wordTerm is the category of a single-word term that w is, or starts with
// when the term has five runes or more, or -1.
func (rs *Ruleset) wordTerm(w string) int {
	if id, ok := rs.terms[w]; ok {
		return id
	}
	if stem, ok := runePrefix(w, 5); ok && len(stem) < len(w) && rs.hasStem(stem) && !rs.notTerm(w) {
		// The word's prefixes of five runes or more, longest first.
		runes := utf8.RuneCountInString(w)
		for end := len(w) - 1; end > 0 && runes > 5; end-- {
			if !utf8.RuneStart(w[end]) {
				continue
			}
			runes-- // w[:end] holds this many runes
			if id, ok := rs.terms[w[:end]]; ok {
				return id
			}
		}
	}
	return -1
}

// notTerm reports whether w is, or starts with, a word the term lists
// except from the prefix rule ("hindustani" starts with "hindustan").
func (rs *Ruleset) notTerm(w string) bool {
	if len(rs.notTerms) == 0 {
		return false
	}
	for end := len(w); end > 0; end-- {
		if end < len(w) && !utf8.RuneStart(w[end]) {
			continue // not a rune boundary
		}
		if _, ok := rs.notTerms[w[:end]]; ok {
			return true
		}
	}
	return false
}

func splitWords(s string) []string { return appendWords(nil, s) }

func appendWords(dst []string, s string) []string {
	start := -1
	lowered := false
	flush := func(end int) {
		w := s[start:end]
		if lowered {
			w = strings.ToLower(w)
		}
		dst = append(dst, w)
	}
	for i := 0; i < len(s); {
		c := s[i]
		var letter, upper bool
		size := 1
		if c < utf8.RuneSelf {
			// Most text is ASCII: no rune decoding or Unicode tables.
			letter = asciiWord[c]
			upper = c >= 'A' && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) // vowel signs and viramas are inside words (Devanagari, Thai, ...)
			upper = unicode.IsUpper(r)
		}
		if letter {
			if start < 0 {
				start, lowered = i, false
			}
			if upper {
				lowered = true
			}
		} else if start >= 0 {
			flush(i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		flush(len(s))
	}
	return dst
}

// asciiLower returns v lower-cased in the scratch's memory when it is
// ASCII, so splitting it into words allocates no lower-cased copy per word
// (a long free text has hundreds); other text is returned as it is, and
// its words are lower-cased one by one. The result is valid until the
// next call.
func (s *scratch) asciiLower(v string) string {
	if !isASCII(v) {
		return v
	}
	s.lower = appendLowerASCII(s.lower[:0], v)
	return unsafeString(s.lower)
}

// unicodeLower lower-cases v into the scratch's buffer, as asciiLower
// does for ASCII: the result is valid until either is used again.
func (s *scratch) unicodeLower(v string) string {
	s.lower = s.lower[:0]
	for _, r := range v {
		s.lower = utf8.AppendRune(s.lower, unicode.ToLower(r))
	}
	return unsafeString(s.lower)
}

func isASCII(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLowerASCII appends ASCII v lower-cased.
func appendLowerASCII(dst []byte, v string) []byte {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// runePrefix returns the first n runes of s, if it has that many.
func runePrefix(s string, n int) (string, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return "", false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], true
}

func (rs *Ruleset) hasStem(stem string) bool {
	_, ok := rs.termStems[stem]
	return ok
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// zeroWidthToSpace replaces the zero-width space and joiners, which hide
// the gap between a given and a family name, with a space.
func zeroWidthToSpace(v string) string {
	if !strings.ContainsAny(v, "\u200b\u200c\u200d\u2060\ufeff") {
		return v
	}
	return strings.NewReplacer("\u200b", " ", "\u200c", " ", "\u200d", " ", "\u2060", " ", "\ufeff", " ").Replace(v)
}

// mentionHandle reports whether v holds a social handle as people write
// one: "@" at the start of v or after a space, then 3 to 30 letters,
// digits, dots or underscores with a letter among them, ending v or
// before a space or a punctuation mark ("@ivan_petrov", "instagram
// @anna.schmidt87"). An e-mail's "@" follows a letter, a package scope's
// ("@types/node") is followed by a slash, and the mentions that name no
// one (Slack's "@here", JSON-LD's "@type") are no handle.
func mentionHandle(v string) bool {
	if len(v) < 4 || len(v) > 256 || strings.IndexByte(v, '@') < 0 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] != '@' || i > 0 && v[i-1] != ' ' && v[i-1] != '(' {
			continue
		}
		j, letter := i+1, false
		for j < len(v) && (asciiAlnum(v[j]) || v[j] == '_' || v[j] == '.') {
			letter = letter || v[j] >= 'a' && v[j] <= 'z' || v[j] >= 'A' && v[j] <= 'Z'
			j++
		}
		h := strings.TrimRight(v[i:j], ".")
		if !letter || len(h) < 4 || len(h) > 31 || jsonLDKeywords[h] || groupMentions[strings.ToLower(h)] {
			continue
		}
		if j == len(v) || strings.IndexByte(" ,;:!?)", v[j]) >= 0 {
			return true
		}
	}
	return false
}

// groupMentions are mentions that notify a group, not a person.
var groupMentions = map[string]bool{"@here": true, "@channel": true, "@everyone": true, "@all": true, "@team": true, "@latest": true, "@next": true}

// nationalPhone reports whether v is written as a phone number in a
// national format: 9 to 15 digits with phone punctuation between, and a
// space, a parenthesis or a trunk prefix (0, 8) that a plain number lacks.
// A slash or a dot separates groups only after a trunk prefix 0 and a
// digit ("0151/12345678", "030/1234567" in Germany and Austria,
// "06.12.34.56.78" in France): a version ("10.0.19045.2006", "8.1.7601")
// or a path never starts so.
// channelName reports whether fold names a messaging channel whose
// address is a phone number.
func channelName(fold string) bool {
	switch fold {
	case "sms", "whatsapp", "viber", "telegram", "signal", "imessage", "mms":
		return true
	}
	return false
}

// msisdn reports whether v is an international number written with "+",
// "00" or nothing before its country code, valid as such (E.164's 8 to
// 15 digits).
func msisdn(v string) bool {
	d := strings.TrimPrefix(strings.TrimPrefix(v, "+"), "00")
	if len(d) < 8 || len(d) > 15 || strings.Trim(d, "0123456789") != "" {
		return false
	}
	_, ok := detect.PhoneRegion("+"+d, "")
	return ok
}

func nationalPhone(v string) bool {
	if len(v) < 9 || len(v) > 24 {
		return false
	}
	trunk := v[0] == '0' && v[1] >= '0' && v[1] <= '9'
	digits, punct := 0, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ' || c == '(' || c == ')' || c == '-':
			punct = true
		case (c == '/' || c == '.') && trunk:
			punct = true
		default:
			return false
		}
	}
	return digits >= 9 && digits <= 15 && (punct || v[0] == '0' || v[0] == '8')
}

// queryPersonal is the category of the first query parameter of link v
// that names personal data and has a value ("?email=…", "?phone=…",
// "&lat=52.52"), or -1.
func (rs *Ruleset) queryPersonal(s *scratch, v string) int {
	if len(v) > 4096 {
		return -1
	}
	query, frag := queryParts(v)
	if c := rs.paramsPersonal(s, query, "&"); c >= 0 {
		return c
	}
	if c := rs.paramsPersonal(s, frag, "&"); c >= 0 {
		return c
	}
	if strings.Contains(v, "/maps") || strings.Contains(v, "maps.") {
		// A map link puts a place in its path (/maps/place/52.52,13.40)
		// or its q parameter (handled above as a street address).
		for seg := range strings.SplitSeq(v, "/") {
			if strings.IndexByte(seg, ',') > 0 {
				if c, ok := rs.detectValue(s, queryUnescape(strings.TrimPrefix(seg, "@"))); ok && rs.cats[c].personal && c != rs.idDate {
					return c
				}
			}
		}
	}
	return -1
}

// queryParts is the query and the fragment's parameters of link v, or a
// bare query string's.
func queryParts(v string) (query, frag string) {
	q := strings.IndexByte(v, '?')
	h := strings.IndexByte(v, '#')
	switch {
	case q < 0 && h < 0 && strings.IndexByte(v, '&') > 0 && strings.IndexByte(v, '=') > 0 && !strings.ContainsAny(v, " \t\n"):
		query = v // a bare query string ("phone=%2B7916…&plan=pro"), a form post's body
	case q >= 0 && (h < 0 || q < h):
		query = v[q+1:]
		if h >= 0 {
			query, frag = v[q+1:h], v[h+1:]
		}
	case h >= 0:
		frag = v[h+1:] // an SPA's route or an implicit grant: #first_name=Anna&…
	}
	if i := strings.IndexByte(frag, '?'); i >= 0 {
		frag = frag[i+1:] // a hash route's own query: #/welcome?fname=Anna
	}
	return query, frag
}

// queryAges calls younger with the age each parameter of link v (or of
// a bare query string) that names a date of birth or an age states: a
// pre-filled signup link's "?email=…&dob=2013-03-04", "?age=13"
// (red team 29). The link's category is its first personal parameter's;
// the others still say how old the subject is.
func (rs *Ruleset) queryAges(s *scratch, v string, order detect.Order, now time.Time, younger func(int)) {
	if len(v) > 4096 || strings.IndexByte(v, '=') < 0 {
		return
	}
	query, frag := queryParts(v)
	for _, q := range [...]string{query, frag} {
		if strings.IndexByte(q, '=') < 0 {
			continue
		}
		for part := range strings.SplitSeq(q, "&") {
			k, val, ok := strings.Cut(part, "=")
			if !ok || val == "" || len(k) > 64 {
				continue
			}
			k, val = queryUnescape(k), strings.TrimSpace(queryUnescape(val))
			c, _ := rs.nameCategory(k)
			if c < 0 && strings.HasSuffix(k, "]") {
				if i := strings.LastIndexByte(k, '['); i > 0 {
					c, _ = rs.nameCategory(k[i+1 : len(k)-1])
				}
			}
			if c < 0 && strings.EqualFold(k, "db") {
				c = rs.idDate // Meta's advanced matching: db=20130304
			}
			switch {
			case c < 0:
			case c == rs.idDate:
				if y, m, dd, ok := detect.ParseBirthDateAt(val, order, now.Year()); ok {
					birthAge(now, y, m, dd, younger)
				}
			case c == rs.idAge:
				if a, err := strconv.Atoi(val); err == nil && a > 0 && a < 130 {
					younger(a)
				}
			}
		}
	}
}

// pixelParams are the short parameter names of advertising pixels'
// advanced matching (Meta's fn, ln, em, ph, db; TikTok's and Snap's
// alike): in a URL's parameters they carry the person's data, hashed or
// not.
var pixelParams = map[string]string{
	"fn": "identity.name", "ln": "identity.name", "em": "contact.email", "ph": "contact.phone",
	"db": "identity.dob", "ge": "identity.gender", "zp": "contact.postcode", "ct": "geo.city",
	"udff": "identity.name", "udfl": "identity.name",
	// Mailchimp's merge fields in a signup link (?FNAME=Anna&LNAME=…).
	"fname": "identity.name", "lname": "identity.name",
}

// paramsPersonal is the personal category a query string's parameters
// carry, by their names (a bracketed name, user[name], by its last part
// or as a whole) or by their values (an e-mail, a phone, a street
// address, in base64 too), or -1.
func (rs *Ruleset) paramsPersonal(s *scratch, query, sep string) int {
	if strings.IndexByte(query, '=') < 0 {
		return -1
	}
	for part := range strings.SplitSeq(query, sep) {
		k, val, ok := strings.Cut(part, "=")
		if !ok || val == "" || len(k) > 64 {
			continue
		}
		k = queryUnescape(k)
		c, _ := rs.nameCategory(k)
		if c < 0 && strings.HasSuffix(k, "]") {
			if i := strings.LastIndexByte(k, '['); i > 0 {
				if c, _ = rs.nameCategory(k[i+1 : len(k)-1]); c < 0 {
					c, _ = rs.nameCategory(strings.NewReplacer("[", "_", "]", "").Replace(k))
				}
			}
		}
		if c < 0 {
			if name, ok := pixelParams[strings.ToLower(k)]; ok {
				c = rs.catIndex[name]
			}
		}
		if c >= 0 && (rs.cats[c].personal || rs.cats[c].credential) && !rs.cats[c].probe {
			return c
		}
		uv := queryUnescape(val)
		if len(uv) < 6 {
			continue
		}
		if vc, ok := rs.detectValue(s, uv); ok && rs.cats[vc].personal && vc != rs.idDate {
			return vc
		}
		if bv, ok := base64Contact(uv); ok {
			if vc, ok := rs.detectValue(s, bv); ok && rs.cats[vc].personal {
				return vc
			}
		}
		if rs.idAddress >= 0 && streetAddress(uv) {
			return rs.idAddress
		}
		if t, ok := documentText(uv); ok {
			if c := rs.personalInDocument(s, t); c >= 0 {
				return c // ?data=eyJlbWFpbCI6… (base64 JSON)
			}
		}
		if f, ok := formText(uv); ok {
			if c := rs.paramsPersonal(s, f, "&"); c >= 0 {
				return c // ?data=ZW1haWw9… (base64 of a form body)
			}
		}
	}
	return -1
}

// personalInDocument is the first personal category a JSON document's
// member names or string values carry, or -1.
func (rs *Ruleset) personalInDocument(s *scratch, t string) int {
	if s.inner.Parse([]byte(t), rs.cfg.Limits) != nil {
		return -1
	}
	doc := &s.inner
	for j := range doc.Nodes {
		n := &doc.Nodes[j]
		if n.Parent >= 0 && doc.Nodes[n.Parent].Kind == event.Object {
			if c, _ := rs.nameCategory(n.Key); c >= 0 && (rs.cats[c].personal || rs.cats[c].credential) && !rs.cats[c].probe && (n.Kind == event.String || n.Kind == event.Number) {
				return c
			}
		}
		if n.Kind == event.String {
			if c, ok := rs.detectValue(s, n.Str); ok && rs.cats[c].personal && c != rs.idDate {
				return c
			}
		}
	}
	return -1
}

// parallelNames and parallelValues name the two arrays of a record sent
// as parallel lists ({"keys": ["login", "password"], "values": ["anna",
// "…"]}): the names, and the values at the same places.
var parallelNames = map[string]bool{"keys": true, "names": true, "fields": true, "columns": true, "headers": true, "attributes": true, "labels": true, "fieldnames": true}
var parallelValues = map[string]bool{"values": true, "vals": true, "data": true, "row": true, "fieldvalues": true}

// parallelCredentials marks the values of object j's parallel lists whose
// name at the same place names a credential; leafAt is s.leafIndex(),
// computed on first need and returned.
func (rs *Ruleset) parallelCredentials(s *scratch, j int32, leafAt []int32) []int32 {
	nodes := s.doc.Nodes
	names, vals := int32(-1), int32(-1)
	for c := nodes[j].First; c >= 0; c = nodes[c].Next {
		if nodes[c].Kind != event.Array {
			continue
		}
		switch f := rs.keyInfo(s, nodes[c].Key).fold; {
		case parallelNames[f]:
			names = c
		case parallelValues[f]:
			vals = c
		}
	}
	if names < 0 || vals < 0 {
		return leafAt
	}
	var cred uint64
	for c := nodes[names].First; c >= 0; c = nodes[c].Next {
		if nodes[c].Kind == event.String && nodes[c].Index < 64 && len(nodes[c].Str) <= 64 {
			if cat, _ := rs.nameCategory(nodes[c].Str); cat >= 0 && rs.cats[cat].credential || authHeaderName(nodes[c].Str) {
				cred |= 1 << nodes[c].Index
			}
		}
	}
	if cred == 0 {
		return leafAt
	}
	if leafAt == nil {
		leafAt = s.leafIndex()
	}
	for c := nodes[vals].First; c >= 0; c = nodes[c].Next {
		if nodes[c].Index < 64 && cred&(1<<nodes[c].Index) != 0 {
			if k := leafAt[c]; k >= 0 {
				s.leaves[k].cat, s.leaves[k].by, s.leaves[k].weak = rs.idSecret, byName, false
			}
		}
	}
	return leafAt
}

// graphQLCredentials marks the variables a GraphQL operation in object j
// passes as a credential's argument ({"query": "mutation($e: String!, $p:
// String!) { login(email: $e, password: $p) }", "variables": {"e": …,
// "p": "…"}}): the variable's own name says nothing, the argument's does.
func (rs *Ruleset) graphQLCredentials(s *scratch, j int32, leafAt []int32) []int32 {
	nodes := s.doc.Nodes
	query, vars := "", int32(-1)
	for c := nodes[j].First; c >= 0; c = nodes[c].Next {
		switch {
		case nodes[c].Key == "query" && nodes[c].Kind == event.String:
			query = nodes[c].Str
		case nodes[c].Key == "variables" && nodes[c].Kind == event.Object:
			vars = c
		}
	}
	if query == "" || vars < 0 || !strings.Contains(query, "$") {
		return leafAt
	}
	for c := nodes[vars].First; c >= 0; c = nodes[c].Next {
		if !graphQLCredentialArg(rs, s, query, nodes[c].Key) {
			continue
		}
		if leafAt == nil {
			leafAt = s.leafIndex()
		}
		for k := range s.leaves {
			if n := s.leaves[k].node; n == c || s.doc.Nodes[n].Parent == c {
				s.leaves[k].cat, s.leaves[k].by, s.leaves[k].weak = rs.idSecret, byName, false
			}
		}
	}
	return leafAt
}

// graphQLCredentialArg reports whether query passes variable name as an
// argument whose name is a credential's ("password: $p").
func graphQLCredentialArg(rs *Ruleset, s *scratch, query, name string) bool {
	ref := "$" + name
	for i := 0; ; {
		k := strings.Index(query[i:], ref)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(ref)
		if i < len(query) && (isWordByte(query[i])) {
			continue // $pw is not $p
		}
		// Back over "password:" before it.
		b := at - 1
		for b >= 0 && (query[b] == ' ' || query[b] == '\t') {
			b--
		}
		if b < 0 || query[b] != ':' {
			continue // the declaration "$p: String!"
		}
		b--
		for b >= 0 && query[b] == ' ' {
			b--
		}
		e := b + 1
		for b >= 0 && isWordByte(query[b]) {
			b--
		}
		if arg := query[b+1 : e]; arg != "" {
			if cat, _ := rs.nameCategory(arg); cat >= 0 && rs.cats[cat].credential {
				return true
			}
		}
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// tableCredentials finds credentials in a table sent as rows: an array of
// arrays whose first row names the columns ([["login", "password"],
// ["anna", "…"]], a spreadsheet export). A column the header names as a
// credential holds one in every row below. Run per event, after the walk:
// the header's values are not part of the shape a plan is cached by.
func (rs *Ruleset) tableCredentials(s *scratch) {
	nodes := s.doc.Nodes
	var leafAt []int32
	for j := range nodes {
		if nodes[j].Kind == event.Array && rs.idSecret >= 0 {
			// A pair written as an array ([["password", "…"]], a
			// header list [["X-Auth-Token", "…"]]): a first element
			// naming a credential makes the second one.
			if a := nodes[j].First; a >= 0 && nodes[a].Kind == event.String && len(nodes[a].Str) <= 64 {
				if b := nodes[a].Next; b >= 0 && nodes[b].Next < 0 && nodes[b].Kind == event.String {
					if cat, _ := rs.nameCategory(nodes[a].Str); cat >= 0 && rs.cats[cat].credential || authHeaderName(nodes[a].Str) {
						if leafAt == nil {
							leafAt = s.leafIndex()
						}
						if k := leafAt[b]; k >= 0 {
							s.leaves[k].cat, s.leaves[k].by, s.leaves[k].weak = rs.idSecret, byName, false
						}
					}
				}
			}
		}
		if nodes[j].Kind == event.Object && rs.idSecret >= 0 {
			leafAt = rs.parallelCredentials(s, int32(j), leafAt)
			leafAt = rs.graphQLCredentials(s, int32(j), leafAt)
		}
		head := nodes[j].First
		if nodes[j].Kind != event.Array || head < 0 || nodes[head].Kind != event.Array {
			continue
		}
		var cols [16]bool
		found := false
		for c := nodes[head].First; c >= 0; c = nodes[c].Next {
			if nodes[c].Kind != event.String || int(nodes[c].Index) >= len(cols) {
				continue
			}
			if cat, _ := rs.nameCategory(nodes[c].Str); cat >= 0 && rs.cats[cat].credential {
				cols[nodes[c].Index], found = true, true
			}
		}
		if !found {
			continue
		}
		if leafAt == nil {
			leafAt = s.leafIndex()
		}
		for row := nodes[head].Next; row >= 0; row = nodes[row].Next {
			if nodes[row].Kind != event.Array {
				continue
			}
			for c := nodes[row].First; c >= 0; c = nodes[c].Next {
				if int(nodes[c].Index) < len(cols) && cols[nodes[c].Index] {
					if k := leafAt[c]; k >= 0 && rs.idSecret >= 0 {
						s.leaves[k].cat, s.leaves[k].by, s.leaves[k].weak = rs.idSecret, byName, false
					}
				}
			}
		}
	}
}

// clinicalCodes marks the code of a FHIR Coding, and its display text,
// by the terminology its system names ({"system":
// "http://hl7.org/fhir/sid/icd-10", "code": "F32.9", "display": "Major
// depressive disorder"}): a diagnosis code names the condition as surely
// as its text does, a race code set's "2106-3"/"White" the subject's
// race. An extension named for such data (US Core's us-core-race,
// us-core-ethnicity, patient-religion) makes every text under it that
// category.
func (rs *Ruleset) clinicalCodes(s *scratch) {
	if rs.idHealth < 0 {
		return
	}
	nodes := s.doc.Nodes
	ext := false // an extension named for special-category data, somewhere
	for i := range nodes {
		if nodes[i].Key == "url" && nodes[i].Kind == event.String && specialExtension(nodes[i].Str) {
			ext = true
			break
		}
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &nodes[l.node]
		if n.Parent < 0 || l.cat >= 0 && (rs.cats[l.cat].special || rs.cats[l.cat].credential) {
			continue
		}
		if n.Kind != event.String {
			if n.Kind == event.Number || n.Kind == event.Bool {
				// An Observation's valueQuantity.value, valueBoolean.
				if c := rs.fhirResultCategory(s, l.node); c >= 0 {
					l.cat, l.by, l.weak = c, byValue, false
				}
			}
			continue
		}
		if len(n.Str) >= 7 && (n.Str[0] == 'i' || n.Str[0] == 'I') && icdPrefixed(n.Str) {
			// "icd10:F32.1" as a tag, "ICD-10 F20.0" as a label: the
			// code says which terminology it is in.
			l.cat, l.by, l.weak = rs.idHealth, byValue, false
			continue
		}
		if c := rs.fhirResultCategory(s, l.node); c >= 0 {
			l.cat, l.by, l.weak = c, byValue, false
			continue
		}
		if rs.idName >= 0 && referenceDisplay(&s.doc, l.node) && (l.cat < 0 || !rs.cats[l.cat].personal) {
			// A Reference's display names the patient or the
			// practitioner it points to.
			l.cat, l.by, l.weak = rs.idName, byValue, false
			continue
		}
		if n.Key != "code" && n.Key != "display" {
			if ext && n.Key != "url" && n.Key != "system" {
				if c := rs.extensionCategory(s, l.node); c >= 0 {
					l.cat, l.by, l.weak = c, byValue, false
				}
			}
			continue
		}
		c := -1
		for j := nodes[n.Parent].First; j >= 0; j = nodes[j].Next {
			if sib := &nodes[j]; sib.Key == "system" && sib.Kind == event.String {
				c = rs.terminologyCategory(sib.Str)
				break
			}
		}
		if c < 0 && ext {
			c = rs.extensionCategory(s, l.node)
		}
		if c >= 0 {
			l.cat, l.by, l.weak = c, byValue, false
		}
	}
}

// terminologyCategory is the special category a Coding system's codes
// name, or -1: diagnoses, findings and medicines (ICD, SNOMED CT, LOINC,
// RxNorm, ATC) are health; the race and ethnicity code sets (CDC's
// 2.16.840.1.113883.6.238, HL7 v3 Race and Ethnicity) ethnicity; HL7 v3
// ReligiousAffiliation religion.
func (rs *Ruleset) terminologyCategory(uri string) int {
	if clinicalSystem(uri) {
		return rs.idHealth
	}
	u := strings.ToLower(uri)
	switch {
	case strings.Contains(u, "2.16.840.1.113883.6.238"), strings.Contains(u, "v3-race"), strings.Contains(u, "v3-ethnicity"):
		return rs.catIDOr("sensitive.ethnicity")
	case strings.Contains(u, "religiousaffiliation"), strings.Contains(u, "2.16.840.1.113883.5.1076"):
		return rs.catIDOr("sensitive.religion")
	}
	return -1
}

// extensionCategory is the special category of a FHIR extension that
// leaf i sits in, by the extension's url (US Core's race, ethnicity,
// birth sex is not special; the core patient-religion), or -1.
func (rs *Ruleset) extensionCategory(s *scratch, i int32) int {
	nodes := s.doc.Nodes
	for j, depth := nodes[i].Parent, 0; j > 0 && depth < 6; j, depth = nodes[j].Parent, depth+1 {
		if nodes[j].Kind != event.Object {
			continue
		}
		for c := nodes[j].First; c >= 0; c = nodes[c].Next {
			if nodes[c].Key != "url" || nodes[c].Kind != event.String || c == i {
				continue
			}
			switch specialExtensionKind(nodes[c].Str) {
			case 1:
				return rs.catIDOr("sensitive.ethnicity")
			case 2:
				return rs.catIDOr("sensitive.religion")
			}
		}
	}
	return -1
}

func specialExtension(url string) bool { return specialExtensionKind(url) > 0 }

// specialExtensionKind is 1 for an extension url that names race or
// ethnicity, 2 for religion, 0 otherwise.
func specialExtensionKind(url string) int {
	if len(url) < 5 || len(url) > 256 {
		return 0
	}
	u := strings.ToLower(url)
	switch {
	case strings.HasSuffix(u, "us-core-race"), strings.HasSuffix(u, "us-core-ethnicity"), strings.HasSuffix(u, "/race"), strings.HasSuffix(u, "/ethnicity"):
		return 1
	case strings.HasSuffix(u, "patient-religion"), strings.HasSuffix(u, "/religion"):
		return 2
	}
	return 0
}

// catIDOr is a category's id by name, or -1.
func (rs *Ruleset) catIDOr(name string) int {
	if id, ok := rs.catIndex[name]; ok {
		return id
	}
	return -1
}

// icdPrefixed reports whether v is an ICD code written with its
// terminology's name: "icd10:F32.1", "ICD-10 F20.0", "icd-10-cm: E11.9",
// "ICD9 250.00".
func icdPrefixed(v string) bool {
	if len(v) > 32 || !strings.EqualFold(v[:3], "icd") {
		return false
	}
	i := 3
	for i < len(v) && (v[i] == '-' || v[i] == ' ' || v[i] == '_') {
		i++
	}
	switch {
	case strings.HasPrefix(v[i:], "10"), strings.HasPrefix(v[i:], "11"):
		i += 2
	case strings.HasPrefix(v[i:], "9"):
		i++
	default:
		return false
	}
	if len(v) > i+3 && strings.EqualFold(v[i:i+3], "-cm") {
		i += 3
	}
	sep := false
	for i < len(v) && (v[i] == ':' || v[i] == ' ' || v[i] == '=' || v[i] == '/') {
		i, sep = i+1, true
	}
	code := v[i:]
	if !sep || len(code) < 3 || len(code) > 8 {
		return false
	}
	// A letter and two digits (ICD-10, ICD-11 stems such as 6A70), or
	// three digits (ICD-9), then an optional dotted part.
	c0 := code[0]
	if !(c0 >= 'A' && c0 <= 'Z' || c0 >= '0' && c0 <= '9') || code[1] < '0' || code[1] > '9' {
		return false
	}
	for j := 2; j < len(code); j++ {
		c := code[j]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

// clinicalSystem reports whether a Coding's system URI is a terminology
// of diagnoses, findings or medicines (ICD, SNOMED CT, LOINC, RxNorm,
// ATC).
func clinicalSystem(uri string) bool {
	u := strings.ToLower(uri)
	for _, t := range [...]string{"icd", "snomed", "loinc", "rxnorm", "whocc.no/atc", "/atc", "hl7.org/fhir/sid/ndc", "dsm"} {
		if strings.Contains(u, t) {
			return true
		}
	}
	return false
}

// deobfuscate undoes the encodings and disguises that hide an e-mail
// address or a phone from a scanner but not from a reader: percent
// encoding, once or twice (ivan%40mail.ru, %2540, %2B7916…), HTML
// entities (&#64;, &#x40;, &commat;), quoted-printable (ivan=40mail.ru),
// a JSON escape left as text (\u0040), a fullwidth ＠, "[at]"/"(at)" and
// "[dot]"/"(dot)", and zero-width characters inside a word.
func deobfuscate(v string) string {
	// One pass over the bytes decides whether any disguise can be there:
	// this runs on every string a non-personal name holds.
	pct, amp, eq, other := false, false, false, false
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '%':
			pct = true
		case '&':
			amp = true
		case '=':
			eq = true
		case '\\', '[', '(', 0xE2, 0xEF:
			other = true
		}
	}
	if !pct && !amp && !eq && !other {
		return v
	}
	for range 2 {
		if !pct || !strings.Contains(v, "%") {
			break
		}
		dv, err := url.PathUnescape(v) // a '+' stays one: "+7%20916…" is a phone
		if err != nil || dv == v {
			break
		}
		v = dv
	}
	if (amp || pct) && (strings.Contains(v, "&#") || strings.Contains(v, "&commat;")) {
		v = html.UnescapeString(v)
	}
	if !eq && !pct {
	} else if i := strings.Index(v, "=40"); i > 0 && (isLetter(v[i-1]) || v[i-1] >= '0' && v[i-1] <= '9') && i+3 < len(v) && isLetter(v[i+3]) && strings.IndexByte(v[i+3:], '.') > 0 {
		v = strings.ReplaceAll(v, "=40", "@")
	}
	if (other || pct || amp) && disguised(v) {
		v = obfuscations.Replace(v)
	}
	return v
}

// spelledEmail rewrites "anna.schmidt at example dot com" as the address
// it spells, or returns "".
func spelledEmail(v string) string {
	i := strings.Index(v, " at ")
	if i <= 0 || !strings.Contains(v[i:], " dot ") || len(v) > 256 {
		return ""
	}
	return strings.ReplaceAll(v[:i]+"@"+v[i+4:], " dot ", ".")
}

// disguised reports whether v holds one of the disguises obfuscations
// undoes, so that the replacer, which allocates, runs only then.
func disguised(v string) bool {
	for _, d := range [...]string{"\\u0040", "\\x40", "＠", "．", "[at]", "(at)", "[dot]", "(dot)", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"} {
		if strings.Contains(v, d) {
			return true
		}
	}
	// Fullwidth digits (０１５１…): a phone typed on a CJK keyboard.
	return strings.Contains(v, "\xef\xbc\x90") || strings.Contains(v, "\xef\xbc\x91") || strings.Contains(v, "\xef\xbc\x95") || strings.Contains(v, "\xef\xbc\x98")
}

var obfuscations = strings.NewReplacer(
	"\\u0040", "@", "\\x40", "@", "＠", "@", "．", ".", "０", "0", "１", "1", "２", "2", "３", "3", "４", "4",
	"５", "5", "６", "6", "７", "7", "８", "8", "９", "9", "＋", "+",
	"[at]", "@", "(at)", "@", " [at] ", "@", " (at) ", "@",
	"[dot]", ".", "(dot)", ".", " [dot] ", ".", " (dot) ", ".",
	"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
)

// authHeaderName reports whether an HTTP header's name carries a
// credential (X-Api-Key, X-Auth-Token, Authorization, Cookie).
func authHeaderName(h string) bool {
	switch strings.ToLower(h) {
	case "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token", "x-access-token", "api-key", "apikey", "x-csrf-token", "x-amz-security-token":
		return true
	}
	return false
}

// base64Contact decodes v when it is an e-mail address or a phone number
// in base64 or base64url ("YW5uYUBleGFtcGxlLmRl" is anna@example.de):
// printable text with an '@' and a dot, or a '+' and digits. ok is false
// for anything else, and the first checks keep ordinary values (a word,
// an id with a hyphen, a sentence) off the decoder.
func base64Contact(v string) (string, bool) {
	if len(v) < 12 || len(v) > 344 {
		return "", false
	}
	upper, lower := false, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= '0' && c <= '9', c == '+', c == '/', c == '-', c == '_':
		case c == '=' && i >= len(v)-2:
		default:
			return "", false
		}
	}
	if !upper || !lower {
		return "", false
	}
	var buf [256]byte
	for _, enc := range [...]*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if enc.DecodedLen(len(v)) > len(buf) {
			return "", false
		}
		n, err := enc.Decode(buf[:], []byte(v))
		if err != nil {
			continue
		}
		d := buf[:n]
		at, dot, plus, digits := false, false, false, 0
		for _, c := range d {
			switch {
			case c < 0x20 || c == 0x7f || c >= 0x80:
				return "", false // binary: a digest, a random id
			case c == '@':
				at = true
			case c == '.':
				dot = true
			case c == '+':
				plus = true
			case c >= '0' && c <= '9':
				digits++
			}
		}
		if at && dot || plus && digits >= 7 {
			return string(d), true
		}
		return "", false
	}
	return "", false
}

// userPath reports whether a path or a link names a person's login: the
// segment after a home directory's root (home, Users) or after a web
// path's people segment (users, u, profile, people, members, ~login),
// unless it is an action or a page of the site (sign_in, new, settings).
func userPath(v string) bool {
	if len(v) < 7 || len(v) > 2048 {
		return false
	}
	if strings.IndexByte(v, ' ') >= 0 {
		return spacedHome(v)
	}
	sep := byte('/')
	if strings.IndexByte(v, '\\') >= 0 && strings.IndexByte(v, '/') < 0 {
		sep = '\\'
	}
	if strings.IndexByte(v, sep) < 0 {
		return false
	}
	if q := strings.IndexAny(v, "?#"); q >= 0 {
		v = v[:q]
	}
	prev := ""
	for seg := range strings.SplitSeq(v, string(sep)) {
		p := strings.ToLower(prev)
		prev = seg
		if seg == "" {
			continue
		}
		if len(seg) > 2 && seg[0] == '~' && loginSegment(seg[1:]) {
			return true // /~ivanpetrov/
		}
		switch p {
		case "mail":
			// A mailbox file (/var/mail/aschmidt, /var/spool/mail/…):
			// named by its owner's login.
			if (strings.Contains(v, "/var/mail/") || strings.Contains(v, "/spool/mail/")) && loginSegment(seg) {
				return true
			}
		case "home", "users":
			if sep == '\\' || strings.Contains(v, "/home/") || strings.HasPrefix(v, "/Users/") {
				// A file system's home directory: any name but the
				// shared ones.
				if !sharedHome[strings.ToLower(seg)] && loginSegment(seg) {
					return true
				}
				continue
			}
			if p == "users" && loginSegment(seg) && !sitePage[strings.ToLower(seg)] {
				return true
			}
		case "user", "u", "profile", "profiles", "people", "member", "members", "author", "authors":
			if loginSegment(seg) && !sitePage[strings.ToLower(seg)] {
				return true
			}
		}
	}
	return false
}

// spacedHome reports whether v is a file's path in a home directory
// named with a space, as Windows names a local account's after the
// person ("C:\Users\Ivan Petrov\AppData\…", a desktop app's crash
// frame): the folder's name is the person's. The folder is the segment
// after any "Users", "home" or "Documents and Settings", in any case and
// with either slash: a stack frame writes "c:\users\…", JavaScript
// "C:/Users/…", "file:///C:/Users/…" or "webpack:///C:/Users/…", WSL
// "/mnt/c/Users/…" (red team 34). Its words may hold an apostrophe or a
// bracket ("Sean O'Brien", "Ivan Petrov (Work)").
func spacedHome(v string) bool {
	for k := 0; k < len(v); {
		j := strings.IndexAny(v[k:], `\/`)
		if j < 0 {
			return false
		}
		seg := v[k : k+j]
		k += j + 1
		if !strings.EqualFold(seg, "users") && !strings.EqualFold(seg, "home") && !strings.EqualFold(seg, "documents and settings") {
			continue
		}
		home := v[k:]
		if e := strings.IndexAny(home, `\/`); e >= 0 {
			home = home[:e]
		}
		if sharedHome[strings.ToLower(home)] || len(home) > 64 || !strings.Contains(home, " ") {
			continue
		}
		named := true
		for _, w := range strings.Fields(home) {
			w = strings.Trim(strings.ReplaceAll(strings.ReplaceAll(w, "'", ""), "’", ""), "()[],")
			if w != "" && !loginSegment(w) && !(len(w) == 1 && unicode.IsLetter(rune(w[0]))) {
				named = false
				break
			}
		}
		if named {
			return true
		}
	}
	return false
}

// loginSegment reports whether a path segment is written like a login:
// letters (any script) with digits, dots, underscores or hyphens, two to
// 64 bytes, at least two letters.
func loginSegment(seg string) bool {
	if len(seg) < 2 || len(seg) > 64 {
		return false
	}
	letters := 0
	for _, r := range seg {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r >= '0' && r <= '9', r == '.', r == '_', r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// sharedHome are the home directories no one person owns.
var sharedHome = map[string]bool{"shared": true, "public": true, "default": true, "all users": true, "guest": true, "root": true, "admin": true, "administrator": true, "runner": true, "ubuntu": true, "ec2-user": true, "node": true, "app": true, "www-data": true}

// sitePage are the segments after users/ or profile/ that are pages of
// the site, not a person.
var sitePage = map[string]bool{
	"sign_in": true, "sign_up": true, "signin": true, "signup": true, "sign-in": true, "sign-up": true, "login": true,
	"logout": true, "log_in": true, "log_out": true, "register": true, "registration": true, "new": true, "me": true,
	"self": true, "current": true, "edit": true, "settings": true, "preferences": true, "password": true,
	"passwords": true, "confirmation": true, "unlock": true, "auth": true, "oauth": true, "invitation": true,
	"invite": true, "search": true, "index": true, "list": true, "all": true, "account": true, "profile": true,
	"dashboard": true, "home": true, "verify": true, "verification": true, "reset": true, "forgot": true,
	"create": true, "update": true, "delete": true, "show": true, "view": true, "details": true, "overview": true,
	"onboarding": true, "welcome": true, "billing": true, "notifications": true, "security": true, "privacy": true,
}

// unjoinName undoes the joins that hide a name's space: HTML entities
// and percent encoding of a space, a form's "+", an underscore, and a
// CamelCase boundary ("AnnaSchmidt").
func unjoinName(v string) string {
	v = nameJoins.Replace(v)
	if camelJoined(v) {
		var b strings.Builder
		for i := 0; i < len(v); i++ {
			if i > 0 && v[i] >= 'A' && v[i] <= 'Z' && v[i-1] >= 'a' && v[i-1] <= 'z' {
				b.WriteByte(' ')
			}
			b.WriteByte(v[i])
		}
		v = b.String()
	}
	return v
}

var nameJoins = strings.NewReplacer("&nbsp;", " ", "&#32;", " ", "&#160;", " ", "%20", " ", "%C2%A0", " ", "+", " ", "_", " ")

// lowerJoinedName reports whether v is two or three lower-case ASCII
// words of letters joined by one '_', '.', '-' or a space ("ivan_petrov",
// "anna.maria.schmidt", "anna schmidt"), one of them a known given name of four letters
// or more and none a metadata word: "grace_period" and "mark_as_read" are
// a program's, "ivan_petrov" a person's.
func (rs *Ruleset) lowerJoinedName(v string) bool {
	if rs.idName < 0 || len(v) < 7 || len(v) > 40 || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	var sep byte
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z':
		case c == '_' || c == '.' || c == '-' || c == ' ':
			if sep != 0 && c != sep || i == len(v)-1 || v[i-1] == c {
				return false
			}
			sep = c
		default:
			return false
		}
	}
	if sep == 0 {
		return false
	}
	words, given := 0, false
	for w := range strings.SplitSeq(v, string(sep)) {
		if words++; words > 3 || len(w) < 2 {
			return false
		}
		if _, meta := rs.metaWords[w]; meta {
			return false
		}
		given = given || len(w) >= 4 && rs.givenNames[w]
	}
	return words >= 2 && given
}

// camelJoined reports whether v is two or three Capitalized ASCII words
// written together ("AnnaSchmidt").
func camelJoined(v string) bool {
	if len(v) < 5 || v[0] < 'A' || v[0] > 'Z' {
		return false
	}
	caps := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'A' && c <= 'Z':
			if i > 0 && (v[i-1] < 'a' || v[i-1] > 'z') {
				return false
			}
			caps++
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return caps >= 2 && caps <= 3
}

// imageData reports whether v is an image's bytes in base64, bare or as a
// data: URI (JPEG, PNG, WebP, GIF, HEIC), rather than a link to one.
func imageData(v string) bool {
	if strings.HasPrefix(v, "data:image/") {
		if i := strings.Index(v, ";base64,"); i > 0 {
			return true
		}
		return false
	}
	for _, p := range []string{"/9j/", "iVBORw0KGgo", "UklGR", "R0lGOD", "AAAAGGZ0eXBoZWlj", "AAAAHGZ0eXBoZWlj"} {
		if strings.HasPrefix(v, p) {
			return base64Text2(v[:min(len(v), 512)])
		}
	}
	return false
}

// photoName reports whether folded member name k names an image of a
// person ("base64image", "facephoto", "portrait", "foto").
func photoName(k string) bool {
	for _, w := range []string{"photo", "image", "picture", "portrait", "selfie", "face", "foto", "headshot", "img"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// encodedPersonalText classifies leaf l by the text t its encoded value
// carries, and reports whether that made it personal: an identifier, a
// contact, a card or a special term found in it, or, for plain text (not
// a JSON document such as a pagination cursor's {"offset": 20}), the text
// itself, unknown and personal by default.
func (rs *Ruleset) encodedPersonalText(s *scratch, l *leaf, t string) bool {
	t = strings.TrimSpace(t)
	if cat, ok := rs.detectValue(s, t); ok && rs.cats[cat].personal && cat != rs.idDate {
		l.cat, l.by = cat, byValue
		return true
	}
	was := l.cat
	rs.scanText(s, l, t)
	if l.cat != was && l.cat >= 0 && rs.cats[l.cat].personal {
		return true
	}
	l.cat = was
	if t == "" {
		return false
	}
	if (t[0] == '{' || t[0] == '[') && !jsonHasText(t) {
		return false // a pagination cursor's {"offset": 20}
	}
	l.cat, l.by = -1, byDefault
	return true
}

// jsonHasText reports whether JSON text t holds a value with two letters
// in a row (a name, a date's month, an address) or six digits in a row (a
// phone, a birth date, a national number, as a string or a number); small
// numbers, flags and short codes (a cursor's offset) do not.
func jsonHasText(t string) bool {
	if hasDigitRun(t, 6) {
		return true
	}
	in, colon := false, false
	letters := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '\\' && in:
			i++
		case c == '"':
			in = !in
			letters = 0
			if !in {
				colon = false
			}
		case in && colon:
			if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80 {
				if letters++; letters >= 2 {
					return true
				}
			} else {
				letters = 0
			}
		case !in && c == ':':
			colon = true
		case !in && (c == ',' || c == '{' || c == '['):
			colon = c == '['
		}
	}
	return false
}

// lineItem reports whether leaf i sits in an element of a list beside a
// product's price, quantity or stock-keeping unit.
func (rs *Ruleset) lineItem(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p <= 0 || nodes[p].Kind != event.Object || nodes[nodes[p].Parent].Kind != event.Array {
		return false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		if c != i && lineItemWords[rs.keyInfo(s, nodes[c].Key).fold] {
			return true
		}
	}
	return false
}

// pharmacyLine reports whether leaf i is the product's name, title or
// description in a line of an order whose article number is a
// pharmacy's: a member named pzn (Germany's Pharmazentralnummer) or ndc
// (the US National Drug Code), or a sku or product code written
// "PZN-…"; or whose title is a medicine's (medicineTitle).
func (rs *Ruleset) pharmacyLine(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p <= 0 || nodes[p].Kind != event.Object || nodes[nodes[p].Parent].Kind != event.Array {
		return false
	}
	switch rs.keyInfo(s, nodes[i].Key).fold {
	case "name", "title", "description", "productname", "producttitle", "itemname", "product", "label", "articlename", "bezeichnung", "artikelname":
	default:
		return false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		if c == i {
			continue
		}
		switch rs.keyInfo(s, nodes[c].Key).fold {
		case "pzn", "ndc", "ndccode":
			return nodes[c].Kind == event.String || nodes[c].Kind == event.Number
		case "sku", "productcode", "itemcode", "articlenumber", "artikelnummer", "productid":
			if v := nodes[c].Str; nodes[c].Kind == event.String && len(v) > 4 && strings.EqualFold(v[:3], "pzn") {
				return true
			}
		}
	}
	return nodes[i].Kind == event.String && (medicineTitle(nodes[i].Str) || pharmacyTitle(nodes[i].Str))
}

// pharmacyTitle reports whether a line's title names a medicine as
// German (and other) pharmacies label packs without a unit: a known
// medicine (a generic name, INN, or a common brand: "Ibuprofen 400",
// "Concerta 36", "Pantoprazol 40") followed by a number; a pack size
// N1, N2 or N3 beside a number ("Omeprazol 20 N2"); a count in Stück,
// St. or Stk after a strength ("Amoxicillin 1000 20 Stück"); a German
// dosage form (Tropfen, Filmtabletten, Brausetabletten, Dragees,
// Zäpfchen) beside a number; a cream or an ointment with a strength in
// percent ("Hydrocortison Creme 1 %"); or a dosing instruction ("3x
// täglich", "1-0-1"). A product with a model number ("iPhone 15",
// "Levi's 501", "Nike Air Max 90") is none of these. It reads the title
// word by word, folded on the stack: no allocation.
func pharmacyTitle(v string) bool {
	if len(v) < 4 || len(v) > 200 {
		return false
	}
	var buf [48]byte
	drug, anyNum, prevNum := false, false, false
	nsize, percent, cream, form, first := false, false, false, false, true
	shortFirst := false
	for pos := 0; pos < len(v); {
		// The next word: letters and digits (and '.' or ',' between
		// digits), folded to lower case.
		for pos < len(v) && !wordByte(v, pos) {
			if v[pos] == '%' && prevNum {
				percent = true
			}
			pos++
		}
		if pos >= len(v) {
			break
		}
		w := buf[:0]
		start := pos
		for pos < len(v) && wordByte(v, pos) {
			r, size := utf8.DecodeRuneInString(v[pos:])
			if len(w)+4 <= cap(w) {
				w = utf8.AppendRune(w, unicode.ToLower(r))
			}
			pos += size
		}
		raw := v[start:pos]
		num := raw[0] >= '0' && raw[0] <= '9'
		switch {
		case num:
			if drug || shortFirst && allDigitsOrSep(raw) {
				return true // "Ibuprofen 400", "Concerta 36", "ASS 100"
			}
			if d := strings.TrimRight(raw, "xX"); len(d) < len(raw) && allDigitsOrSep(d) && dosingWord(v[pos:]) || allDigitsOrSep(raw) && dosingWord(v[pos:]) && strings.HasPrefix(strings.TrimLeft(v[pos:], " "), "x") {
				return true // "3x täglich", "3 x tgl."
			}
			if dosingPattern(v[start:]) {
				return true // "1-0-1"
			}
			if prevNum && countWord(v[pos:]) {
				return true // "1000 20 Stück": a strength, then a count
			}
			anyNum = true
		case len(w) == 2 && w[0] == 'n' && w[1] >= '1' && w[1] <= '3' && !first:
			nsize = true // a German pack size
		case medicineNames[string(w)]:
			drug = true
		case first && shortMedicineNames[string(w)]:
			shortFirst = true
		case germanDosageForms[string(w)]:
			form = true
		case string(w) == "creme" || string(w) == "salbe" || string(w) == "gel" || string(w) == "cream" || string(w) == "ointment" || string(w) == "lotion":
			cream = true
		}
		if !num {
			shortFirst = shortFirst && first
		}
		prevNum = num
		first = false
	}
	return (nsize || form) && anyNum || cream && percent
}

// wordByte reports whether v[i] continues a word: a letter or a digit
// (any non-ASCII byte counts as a letter's), or '.' or ',' between two
// digits ("47,5"), or '/' between two digits ("8/2").
func wordByte(v string, i int) bool {
	c := v[i]
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c >= 0x80:
		return c != 0xc2 || i+1 >= len(v) || v[i+1] != 0xae // not "®"
	case c == '.' || c == ',' || c == '/':
		return i > 0 && i+1 < len(v) && v[i-1] >= '0' && v[i-1] <= '9' && v[i+1] >= '0' && v[i+1] <= '9'
	}
	return false
}

func allDigitsOrSep(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '/') {
			return false
		}
	}
	return v != ""
}

// dosingPattern: w opens with a German prescription's "morning-noon-
// evening" scheme, "1-0-1", "1-1-1-0": single digits (0 to 4) joined by
// hyphens, three or four of them, not followed by another digit.
func dosingPattern(w string) bool {
	n := 0
	for n < 7 && n < len(w) {
		if n%2 == 0 && (w[n] < '0' || w[n] > '4') || n%2 == 1 && w[n] != '-' {
			break
		}
		n++
	}
	if n%2 == 0 {
		n-- // a trailing hyphen is not the scheme's
	}
	if n != 5 && n != 7 {
		return false
	}
	return n == len(w) || !wordByte(w, n) && w[n] != '-'
}

// dosingWord: rest opens with "täglich", "tgl", "daily" or "am Tag"
// ("3x täglich", "2 x tgl.").
func dosingWord(rest string) bool {
	rest = strings.TrimLeft(rest, " x")
	for _, w := range [...]string{"täglich", "taglich", "tgl", "daily", "am tag", "pro tag", "par jour", "al día", "al dia"} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			return true
		}
	}
	return false
}

// countWord: rest opens with a pack's count word, "Stück", "St." or
// "Stk" ("20 Stück").
func countWord(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range [...]string{"stück", "stuck", "stk", "st.", "st"} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) && (len(rest) == len(w) || rest[len(w)] == ' ' || rest[len(w)] == '.' || rest[len(w)] == ',' || rest[len(w)] >= 0x80) {
			return true
		}
	}
	return false
}

// medicineNames are the generic names (INN, in their English and German
// spellings) of commonly dispensed medicines and a few brands sold under
// their own name, folded: a number after one is its strength.
// shortMedicineNames are pharmacies' abbreviations ("Ibu 600", "ASS
// 100"), read only as a title's first word before a bare number.
var (
	medicineNames = func() map[string]bool {
		m := map[string]bool{}
		for _, n := range strings.Fields(`ibuprofen paracetamol acetaminophen aspirin acetylsalicylsäure diclofenac naproxen
		metamizol novaminsulfon novalgin tramadol tilidin oxycodon oxycodone morphin morphine fentanyl codein codeine
		hydromorphon tapentadol amoxicillin amoxicilline amoxi ampicillin penicillin doxycyclin doxycycline azithromycin
		clarithromycin ciprofloxacin levofloxacin cefuroxim cefuroxime cefpodoxim cefaclor clindamycin metronidazol
		metronidazole cotrimoxazol nitrofurantoin fosfomycin metformin glimepirid glimepiride sitagliptin empagliflozin
		dapagliflozin insulin omeprazol omeprazole pantoprazol pantoprazole esomeprazol esomeprazole lansoprazol ranitidin
		ramipril enalapril lisinopril candesartan valsartan losartan olmesartan telmisartan irbesartan amlodipin amlodipine
		bisoprolol metoprolol nebivolol carvedilol propranolol hydrochlorothiazid torasemid furosemid furosemide
		spironolacton spironolactone simvastatin atorvastatin rosuvastatin pravastatin ezetimib clopidogrel apixaban
		rivaroxaban edoxaban dabigatran phenprocoumon marcumar warfarin levothyroxin levothyroxine lthyroxin euthyrox
		methylphenidat methylphenidate concerta ritalin medikinet thyroxin elvanse lisdexamfetamin atomoxetin adderall sertralin
		sertraline citalopram escitalopram fluoxetin fluoxetine paroxetin paroxetine venlafaxin venlafaxine duloxetin
		duloxetine mirtazapin mirtazapine amitriptylin amitriptyline bupropion quetiapin quetiapine olanzapin olanzapine
		risperidon risperidone aripiprazol aripiprazole lamotrigin lamotrigine levetiracetam valproat carbamazepin
		pregabalin gabapentin lorazepam diazepam alprazolam zolpidem zopiclon prednisolon prednisolone prednison
		prednisone dexamethason dexamethasone hydrocortison hydrocortisone cetirizin cetirizine loratadin loratadine
		desloratadin fexofenadin montelukast salbutamol budesonid sildenafil tadalafil vardenafil viagra cialis levitra
		finasterid finasteride tamsulosin allopurinol colchicin methotrexat methotrexate aciclovir valaciclovir
		oseltamivir fluconazol clotrimazol estradiol progesteron levonorgestrel desogestrel testosteron misoprostol
		mifepriston naltrexon buprenorphin buprenorphine suboxone methadon methadone sumatriptan ondansetron domperidon
		metoclopramid loperamid mesalazin isotretinoin doxepin opipramol baclofen etoricoxib celecoxib voltaren
		ibuflam dolormin xarelto eliquis ozempic wegovy mounjaro saxenda semaglutid semaglutide liraglutid tirzepatid
		lyrica tavor valium xanax seroquel zoloft prozac lexapro lantus wellbutrin trazodon trazodone`) {
			m[n] = true
		}
		return m
	}()
	shortMedicineNames = map[string]bool{"ibu": true, "ass": true, "asa": true, "diclo": true, "amoxi": true, "para": true}
	germanDosageForms  = map[string]bool{
		"tropfen": true, "augentropfen": true, "nasentropfen": true, "ohrentropfen": true, "hustentropfen": true,
		"tabletten": true, "filmtabletten": true, "brausetabletten": true, "retardtabletten": true,
		"lutschtabletten": true, "kautabletten": true, "schmelztabletten": true, "filmtbl": true, "tbl": true,
		"dragees": true, "dragées": true, "zäpfchen": true, "suppositorien": true, "weichkapseln": true,
		"hartkapseln": true, "retardkapseln": true, "retard": true, "filmtabl": true, "brausetabl": true,
	}
)

// medicineTitle reports whether a line's title names a medicinal product
// by how packs of medicine are labelled: a dose ("500 mg", "0.4mg",
// "1000 IE", "50 мкг") or a count of a dosage form ("20 tabletas", "8
// comprimés", "12錠", "93片", "30 Kapseln", "14 tablettes").
// Millilitres and grams are left out: drinks and cosmetics are sold by
// them.
func medicineTitle(v string) bool {
	if len(v) < 4 || len(v) > 200 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' || i > 0 && (v[i-1] >= '0' && v[i-1] <= '9' || v[i-1] == '.' || v[i-1] == ',') {
			continue
		}
		j := i
		for j < len(v) && (v[j] >= '0' && v[j] <= '9' || (v[j] == '.' || v[j] == ',') && j+1 < len(v) && v[j+1] >= '0' && v[j+1] <= '9') {
			j++
		}
		rest := strings.TrimLeft(v[j:], " ")
		for _, u := range doseUnits {
			if len(rest) >= len(u) && strings.EqualFold(rest[:len(u)], u) && (len(u) == len(rest) || rest[len(u)] >= 0x80 || !unicode.IsLetter(rune(rest[len(u)]))) {
				return true // "500 mg", "500MG," but not "5 mga"
			}
		}
		for _, u := range dosageForms {
			if len(rest) >= len(u) && strings.EqualFold(rest[:len(u)], u) {
				return true // "20 Tabletas", "12錠"
			}
		}
		i = j
	}
	return false
}

// doseUnits are the units of a dose, lower case, as they follow a number
// (a word of its own); dosageForms the forms counted on a pack, as a
// word's start ("tablet" in "tablets", "tabletas"). Chinese 片 and 粒
// are left out: face masks and sweets are counted so.
var (
	doseUnits   = [...]string{"mg", "mcg", "µg", "μg", "iu", "ie", "мг", "мкг", "毫克", "微克"}
	dosageForms = [...]string{"tablet", "caplet", "capsule", "comprimido", "comprimé", "comprime", "gélule", "gelule",
		"kapsel", "compresse", "capsul", "таблет", "капсул", "錠", "カプセル", "タブレット", "viên", "เม็ด"}
)

var lineItemWords = map[string]bool{
	"price": true, "unitprice": true, "itemprice": true, "priceamount": true, "totalprice": true, "qty": true,
	"quantity": true, "sku": true, "productid": true, "productcode": true, "itemcode": true, "itemid": true,
	"variantid": true, "barcode": true, "ean": true, "gtin": true, "upc": true, "unitamount": true,
	"amount": true, "pricecents": true, "count": true, "units": true, "menge": true, "cantidad": true,
	"subtotal": true, "mrp": true, "quantite": true, "quantita": true, "quantidade": true, "kolichestvo": true,
}

// quotedJSONString is the string a JSON string literal v encodes, when v
// is one (quoted, and decoding), holding a document or more text.
func quotedJSONString(v string) (string, bool) {
	if len(v) < 4 || v[0] != '"' || v[len(v)-1] != '"' || len(v) > 1<<16 {
		return "", false
	}
	var inner string
	if json.Unmarshal([]byte(v), &inner) != nil {
		return "", false
	}
	return inner, true
}

// userAgentShaped reports whether v opens as a user agent does: a product
// token and its version ("Mozilla/5.0", "okhttp/4.12.0", "MyApp/3.1
// (iPhone; iOS 17.4)"), or a product's bare name.
func userAgentShaped(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" {
		return true
	}
	if strings.ContainsAny(v, "\r\n") || containsFold(v, "cookie:") || containsFold(v, "authorization:") {
		return false // a header dump behind a product token
	}
	i := strings.IndexByte(v, '/')
	if i < 0 {
		// A product's bare name ("Postmark", "Sunshine Conversations"):
		// short, and none of a header's or a form's punctuation. A
		// person's name is still found later, as under any label.
		return len(v) <= 64 && !strings.ContainsAny(v, ":=;@%&")
	}
	if i == 0 || i > 40 {
		return false
	}
	for j := 0; j < i; j++ {
		if c := v[j]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_' || c == ' ' || c == '+') {
			return false
		}
	}
	return true
}

// formEncodedDocument reports whether v is a form's or a query's
// parameters one of which holds a JSON document, percent-encoded or not.
func formEncodedDocument(v string) bool {
	if len(v) < 6 || strings.IndexByte(v, '=') < 0 && strings.IndexByte(v, '%') < 0 {
		return false
	}
	if strings.HasPrefix(v, "%7B%22") || strings.HasPrefix(v, "%7b%22") || strings.HasPrefix(v, "%5B%7B") {
		return true // the whole value percent-encoded
	}
	for _, m := range [...]string{"=%7B", "=%7b", "=%5B%7B", "=%5b%7b", "={\"", "=[{"} {
		if strings.Contains(v, m) {
			return true
		}
	}
	return false
}

// unquoteCSV writes a CSV line whose fields are quoted ("\"Schmidt,
// Anna\",\"2013-02-03\"", also joined by ';', '|' or a tab) with its
// fields split by ';' and no quotes, as delimitedPersonal reads them; any
// other value is returned as it is.
func unquoteCSV(v string) string {
	if len(v) < 7 || v[0] != '"' {
		return v
	}
	for _, sep := range [...]string{"\",\"", "\";\"", "\"|\"", "\"\t\""} {
		if strings.Contains(v, sep) {
			return strings.ReplaceAll(strings.ReplaceAll(v, sep, ";"), "\"", "")
		}
	}
	return v
}

// titleWords writes each word of v with a capital first letter.
func titleWords(v string) string {
	b := []byte(v)
	start := true
	for i, c := range b {
		if c == ' ' {
			start = true
			continue
		}
		if start && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		start = false
	}
	return string(b)
}

// userAgentComment is the personal category of a part of a user agent's
// comments (between parentheses, split by ';') that a detector finds, a
// record on one line, or a person's name, or -1. Platform tokens
// ("iPhone; CPU iPhone OS 17_4 like Mac OS X", "Linux; Android 14; SM-S918B")
// are none of these.
func (rs *Ruleset) userAgentComment(s *scratch, v string) int {
	for {
		i := strings.IndexByte(v, '(')
		if i < 0 {
			return -1
		}
		j := strings.IndexByte(v[i:], ')')
		if j < 0 {
			j = len(v) - i
		}
		for part := range strings.SplitSeq(v[i+1:i+j], ";") {
			part = strings.TrimSpace(part)
			if len(part) < 4 {
				continue
			}
			if c, ok := rs.detectValue(s, part); ok && rs.cats[c].personal && c != rs.idDate {
				return c
			}
			if c := rs.delimitedPersonal(s, part); c >= 0 {
				return c
			}
			if rs.idName >= 0 && rs.personName(part) {
				return rs.idName
			}
			if rs.queryPersonal(s, part) >= 0 || rs.idURL >= 0 && strings.Contains(part, "/id") && strings.Contains(part, ".") {
				return rs.idURL
			}
		}
		if i+j >= len(v) {
			return -1
		}
		v = v[i+j:]
	}
}

// personRecordPath reports whether v is a URL or a path whose segment
// after a collection of people (patients, customers, users, members...)
// is an id: the record of one person at that API.
func personRecordPath(v string) bool {
	if len(v) < 8 || len(v) > 2048 || strings.IndexByte(v, '/') < 0 || strings.IndexByte(v, ' ') >= 0 {
		return false
	}
	if h := strings.Index(v, "#/"); h >= 0 {
		// A single-page app's route (/#/patients/anna-schmidt): its
		// path is after the hash.
		v = v[h+1:]
	}
	if q := strings.IndexAny(v, "?#"); q >= 0 {
		v = v[:q]
	}
	prev := ""
	for seg := range strings.SplitSeq(v, "/") {
		p := prev
		prev = seg
		if strings.IndexByte(p, '%') >= 0 {
			p = queryUnescape(p) // /%D0%BF%D0%B0%D1%86…/ (пациенты)
		}
		if seg == "" || !isPersonCollection(p) {
			continue
		}
		digits := 0
		for i := 0; i < len(seg); i++ {
			if seg[i] >= '0' && seg[i] <= '9' {
				digits++
			}
		}
		if digits >= 3 || isUUID(seg) || strings.IndexByte(seg, '@') > 0 {
			return true
		}
		if len(seg) >= 3 && !routeWord(seg) {
			// A slug or a login after the collection
			// (/patients/anna-schmidt, /customers/Anna%20Schmidt,
			// /members/ivanpetrov88): someone, as an id is; a page of
			// the collection itself (/customers/login, /patients/new)
			// is no one.
			return true
		}
	}
	return false
}

// routeWord reports whether path segment seg (its first word, in any
// case) names a page or an action of a collection rather than one of its
// members: /customers/login, /patients/new-patient, /users/sign_in.
func routeWord(seg string) bool {
	w := seg
	if i := strings.IndexAny(w, "-_.%~"); i > 0 {
		w = w[:i]
	}
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	return routeWords[string(appendLowerASCII(buf[:0], w))]
}

var routeWords = map[string]bool{
	"new": true, "add": true, "edit": true, "create": true, "update": true, "delete": true, "remove": true,
	"search": true, "find": true, "list": true, "all": true, "index": true, "view": true, "show": true,
	"me": true, "self": true, "current": true, "my": true, "mine": true, "login": true, "logout": true,
	"signin": true, "signup": true, "sign": true, "log": true, "register": true, "registration": true,
	"account": true, "accounts": true, "settings": true, "profile": true, "profiles": true, "preferences": true,
	"import": true, "export": true, "bulk": true, "batch": true, "upload": true, "download": true,
	"dashboard": true, "overview": true, "portal": true, "home": true, "help": true, "faq": true, "area": true,
	"reset": true, "forgot": true, "password": true, "verify": true, "confirm": true, "invite": true, "invitations": true,
	"book": true, "booking": true, "bookings": true, "appointments": true, "appointment": true, "schedule": true,
	"api": true, "v1": true, "v2": true, "v3": true, "auth": true, "oauth": true, "callback": true, "webhooks": true,
	"count": true, "stats": true, "report": true, "reports": true, "filter": true, "query": true, "merge": true,
	"benefits": true, "join": true, "about": true, "info": true, "contact": true, "support": true, "page": true,
	"details": true, "summary": true,
}

// isPersonCollection reports whether path segment seg, in any case, is
// one of personCollection, without allocating: it runs on every segment
// of every URL-shaped value.
func isPersonCollection(seg string) bool {
	if len(seg) < 4 || len(seg) > 32 {
		return false
	}
	var buf [32]byte
	return personCollection[string(appendLowerASCII(buf[:0], seg))]
}

// personCollection are the path segments under which an API lists
// people's records, one id after each.
var personCollection = map[string]bool{
	"patients": true, "patient": true, "customers": true, "customer": true, "users": true, "user": true,
	"contacts": true, "contact": true, "persons": true, "person": true, "people": true, "members": true,
	"member": true, "employees": true, "employee": true, "workers": true, "students": true, "subscribers": true,
	"leads": true, "candidates": true, "applicants": true, "applicant": true, "clients": true, "guests": true,
	"players": true, "athletes": true, "recipients": true, "beneficiaries": true, "cardholders": true,
	"identities": true, "profiles": true, "accounts": true, "citizens": true, "individuals": true,
	// More people an API or a site lists one by one (red team 23, F6), and the same
	// collections in the covered countries' languages.
	"children": true, "kids": true, "pupils": true, "inmates": true, "prisoners": true, "obituaries": true,
	"therapists": true, "doctors": true, "physicians": true, "residents": true, "tenants": true, "borrowers": true,
	"donors": true, "volunteers": true, "alumni": true, "staff": true, "parishioners": true, "congregants": true,
	"travellers": true, "travelers": true, "passengers": true, "riders": true, "debtors": true,
	"patienten": true, "patient-innen": true, "kunden": true, "klienten": true, "mitglieder": true, "mitarbeiter": true,
	"schueler": true, "schüler": true, "bewohner": true, "pacientes": true, "paciente": true, "clientes": true,
	"cliente": true, "miembros": true, "membros": true, "socios": true, "alumnos": true, "alunos": true,
	"usuarios": true, "utilisateurs": true, "clients-particuliers": true, "adherents": true, "adhérents": true,
	"pazienti": true, "paziente": true, "clienti": true, "utenti": true, "soci": true, "studenti": true,
	"pacjenci": true, "klienci": true, "uczniowie": true, "patienter": true, "kunder": true, "medlemmer": true,
	"пациенты": true, "пациент": true, "клиенты": true, "клиент": true, "пользователи": true, "сотрудники": true,
	"ученики": true, "дети": true, "hastalar": true, "musteriler": true, "müşteriler": true, "患者": true, "会員": true,
}

// sentenceUnderPersonalName reports whether leaf l, personal by its name,
// holds words rather than a structured value: two words or more, under
// a category whose values are not places, contacts or numbers (an
// address's "Church Street" names no belief).
func (rs *Ruleset) sentenceUnderPersonalName(l *leaf, v string) bool {
	if l.cat < 0 || l.by != byName || len(v) > 4096 {
		return false
	}
	c := &rs.cats[l.cat]
	if len(v) < 8 && c.name != "identity.name" {
		return false
	}
	if !c.personal || c.special || c.credential || c.evidence >= 0 {
		return false
	}
	switch {
	case strings.HasPrefix(c.name, "contact."), strings.HasPrefix(c.name, "geo."), strings.HasPrefix(c.name, "gov_id."),
		strings.HasPrefix(c.name, "online."), c.name == "identity.employer",
		strings.HasPrefix(c.name, "financial.") && c.name != "financial.income":
		return false
	case c.name == "identity.name":
		// A person's own name is no sentence ("Rafiqul Islam", "John
		// Baptist Moreno"); three words or more with a word in lower
		// case under a name's name may be one ("Diabetes support group"),
		// and so may a name that opens with no known given name: a
		// clinic's or a specialty's under "name" ("Kardiolog", "Gabinet
		// Ginekologiczny Femina").
		if strings.Count(strings.TrimSpace(v), " ") >= 2 && hasLowerWord(v) {
			return true
		}
		if len(v) < 4 || strings.Count(strings.TrimSpace(v), " ") == 1 && !hasLowerWord(v) {
			return false // two capitalized words: a name as often ("Moses Baptist"); see personalNameTerm
		}
		for w := range strings.FieldsSeq(v) {
			if rs.givenName(strings.Trim(w, ".,")) {
				return false // "Grace Hope", "Christian Faith": a person
			}
		}
		return true
	}
	return strings.IndexByte(strings.TrimSpace(v), ' ') > 0
}

// personalNameTerm is the special category that a value under a
// person's field's name discloses, or -1: a sentence's term
// (sentenceUnderPersonalName), or, under a name's name, a term of what
// follows the person's name, a specialty or a role after a dash, a comma,
// a bar or in parentheses ("Dr. Carlos Garcia - Psiquiatra", "Dr. Maria
// Rossi (ginecologa)", "Anna Weber, LCSW (therapist)"). There a flag's
// word (therapist, addict) counts too: it says what the named person is,
// and the booking with them what care the subject sought.
func (rs *Ruleset) personalNameTerm(s *scratch, l *leaf, v string) int {
	if rs.sentenceUnderPersonalName(l, v) {
		if t := rs.findTerm(s, v); t >= 0 {
			return t
		}
	}
	if l.cat != rs.idName || l.by != byName || len(v) > 200 {
		return -1
	}
	if t := rs.labelCode(s, v); t >= 0 && !rs.personName(v) {
		// A leave's or a plan's label under a bare "name" ({"time_off_policy":
		// {"name": "Sick Time (CA)"}}): a code's word in a short label that
		// reads as no one's name.
		return t
	}
	if a, b, ok := strings.Cut(strings.TrimSpace(v), " "); ok && len(a) > 1 && len(b) > 1 && strings.IndexByte(b, ' ') < 0 && !hasLowerWord(v) {
		// Two capitalized words: a name as often ("Moses Baptist"),
		// unless the term is a phrase of both ("Dépistage IST", "Suivi
		// PMA") or a word no one is named (a compound, "Erstgespräch
		// Suchtberatung"; a word of a script without spaces between
		// names, "精神科 再診"), with no known given name.
		if rs.givenName(strings.Trim(a, ".,")) || rs.givenName(strings.Trim(b, ".,")) {
			return -1
		}
		if t := rs.findTerm(s, v); t >= 0 {
			if noNameWord(a) || noNameWord(b) || rs.findTerm(s, a) < 0 && rs.findTerm(s, b) < 0 {
				return t
			}
		}
		return -1
	}
	q := nameQualifier(v)
	if q == "" {
		return -1
	}
	if t := rs.findTerm(s, q); t >= 0 {
		return t
	}
	words := appendWords(s.words[:0], s.unicodeLower(q))
	s.words = words
	for _, w := range words {
		if c, ok := rs.flagTerms[w]; ok {
			return c
		}
	}
	return -1
}

// noNameWord reports whether w is no word of a person's name: longer
// than anyone's (a compound, more than 12 letters), an acronym of two to
// four capitals, or in Han, kana or Hangul, whose names are written
// without a space inside.
func noNameWord(w string) bool {
	if utf8.RuneCountInString(w) > 12 {
		return true
	}
	if len(w) >= 2 && len(w) <= 4 && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return true // an acronym (IVG, GGZ, IST): no surname written in capitals is a term's
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// nameQualifier is what follows a name in v after " - ", " – ", " — ",
// ", ", " | ", " / " or "(", or "".
func nameQualifier(v string) string {
	if !strings.ContainsAny(v, "-–—,|/(") {
		return ""
	}
	best := -1
	for _, sep := range [...]string{" - ", " – ", " — ", ", ", " | ", " / ", "("} {
		if i := strings.Index(v, sep); i > 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return v[best:]
}

// requestURLLeaf reports whether leaf i is the URL of an HTTP exchange a
// backend logged ({"request": {"url": ...}}), not a page's.
func (rs *Ruleset) requestURLLeaf(s *scratch, i int32) bool {
	name, ok := containerName(&s.doc, i)
	if !ok {
		return false
	}
	switch rs.keyInfo(s, name).fold {
	case "request", "req", "httprequest", "fetch", "apicall", "outbound", "inbound", "upstream":
		return true
	}
	return false
}

// staticEndpoint reports whether URL v names an endpoint and nothing
// else: no query, no fragment, no user info, and path segments that are
// words (api, v3, payments, request, oauth2), none a number, an id, a
// date, an address or a handle.
func staticEndpoint(v string) bool {
	if len(v) > 512 || strings.ContainsAny(v, "?#@% ") {
		return false
	}
	rest := v
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
		if j := strings.IndexByte(rest, '/'); j >= 0 {
			rest = rest[j:]
		} else {
			return true // a host alone
		}
	}
	prev := ""
	for seg := range strings.SplitSeq(rest, "/") {
		if len(seg) > 40 || seg != "" && isPersonCollection(prev) || strings.IndexByte(seg, '.') >= 0 {
			// After /customers/ any segment is someone's ("ivanpetrov");
			// a dot is a login's or a file's ("ivan.petrov").
			return false
		}
		prev = seg
		digits, upper, lower := 0, 0, 0
		for k := 0; k < len(seg); k++ {
			switch c := seg[k]; {
			case c >= '0' && c <= '9':
				digits++
			case c >= 'A' && c <= 'Z':
				upper++
			case c >= 'a' && c <= 'z':
				lower++
			case c == '-' || c == '_' || c == '.' || c == '~' || c == ':':
			default:
				return false // not ASCII: a name or a word in a script, anyone's
			}
		}
		if digits > 1 || upper > 0 && lower > 0 && upper+digits >= 4 {
			// "5521", "2019", "cus_NffrFeUfNV2Hib": a number or an id.
			return false
		}
	}
	return true
}

// hasLowerWord reports whether v has a word that starts with a lower-case
// letter: prose, not a name written as names are.
func hasLowerWord(v string) bool {
	for f := range strings.FieldsSeq(v) {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// userReference reports whether v names a user by an id behind a user's
// tag ("userId:41229814", "user:8a1c7e", "uid=1207").
func userReference(v string) bool {
	if len(v) < 6 || len(v) > 80 {
		return false
	}
	for _, p := range [...]string{"userid:", "user:", "uid:", "uid=", "userid=", "user_id:", "user_id="} {
		if len(v) > len(p) && strings.EqualFold(v[:len(p)], p) {
			rest := v[len(p):]
			return strings.IndexFunc(rest, func(r rune) bool {
				return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '_')
			}) < 0
		}
	}
	return false
}

// upiAddress reports whether v is a UPI virtual payment address: a name,
// an '@' and the handle of a UPI app or bank ("ivan@okaxis", "98xxxx@ybl"),
// which has no dot, unlike an e-mail's domain.
func upiAddress(v string) bool {
	at := strings.IndexByte(v, '@')
	if at < 1 || len(v) > 80 || strings.IndexByte(v[at+1:], '.') >= 0 {
		return false
	}
	return upiHandles[strings.ToLower(v[at+1:])]
}

// upiHandles are the handles of the UPI apps and banks most addresses use.
var upiHandles = map[string]bool{
	"okaxis": true, "okhdfcbank": true, "okicici": true, "oksbi": true, "ybl": true, "ibl": true, "axl": true,
	"paytm": true, "ptyes": true, "ptaxis": true, "pthdfc": true, "ptsbi": true, "upi": true, "apl": true, "yapl": true,
	"ikwik": true, "freecharge": true, "jio": true, "airtel": true, "axisbank": true, "icici": true, "hdfcbank": true,
	"sbi": true, "kotak": true, "barodampay": true, "rbl": true, "idfcbank": true, "yesbank": true, "pnb": true,
	"boi": true, "cnrb": true, "indus": true, "federal": true, "aubank": true, "abfspay": true, "fbl": true,
	"waicici": true, "wahdfcbank": true, "wasbi": true, "waaxis": true, "naviaxis": true, "superyes": true,
}

// debtLine reports whether amount leaf i's line says, in its own words,
// what no price is: a debt, a fine, a settlement, an income. Read per
// event: free text is no part of a shape's plan.
func (rs *Ruleset) debtLine(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	for c := nodes[nodes[i].Parent].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == i || sib.Kind != event.String || len(sib.Str) > 80 {
			continue
		}
		if k := rs.keyInfo(s, sib.Key); k.context || lineTextKey(k.fold) {
			if v := strings.ToLower(sib.Str); financeWord(v) || debtWord(v) {
				return true
			}
		}
	}
	return false
}

// merchantCategorySpecial is the special category a merchant category
// code at leaf i names (ISO 18245), or -1: under an MCC's name (mcc,
// merchant_category_code, or category_code inside a merchant's record).
func (rs *Ruleset) merchantCategorySpecial(s *scratch, i int32) int {
	n := &s.doc.Nodes[i]
	if (n.Kind != event.String && n.Kind != event.Number) || len(n.Str) != 4 || n.Parent < 0 || s.doc.Nodes[n.Parent].Kind != event.Object {
		return -1
	}
	switch k := rs.keyInfo(s, n.Key).fold; k {
	case "mcc", "merchantcategorycode", "mcccode", "merchantcategory":
	case "categorycode", "category":
		if p, ok := containerName(&s.doc, i); !ok || !strings.Contains(rs.keyInfo(s, p).fold, "merchant") {
			return -1
		}
	default:
		return -1
	}
	name := ""
	switch n.Str {
	case "8011", "8021", "8031", "8041", "8042", "8043", "8049", "8050", "8062", "8071", "8099", "5912", "5975", "5976", "5047":
		name = "sensitive.health" // doctors, dentists, hospitals, labs, health services, pharmacies, hearing aids, orthopaedics
	case "8661":
		name = "sensitive.religion" // religious organisations
	case "8651":
		name = "sensitive.political" // political organisations
	default:
		return -1
	}
	if c, ok := rs.catIndex[name]; ok {
		return c
	}
	return -1
}
