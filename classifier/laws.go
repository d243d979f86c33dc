package classifier

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// lawPass settles the subject's age and minor status, then each leaf's
// personal and sensitive flags under the applicable laws.
func (rs *Ruleset) lawPass(s *scratch, d *Decision, in Input) {
	minorSens := rs.minorStatus(s, d, rs.subjectAge(s, d, in))
	rs.verdicts(s, d, minorSens)
	rs.protectMinorsRecords(s, d)
}

// otherAge is the age a record of someone other than the subject states
// (obj: the record's node).
type otherAge struct {
	obj int32
	age int
}

// durationName reports whether a folded member name says its value is a
// length of time, not an age: HiBob's "tenureDuration": "4 years, 8
// months" is how long someone has worked there.
func durationName(fold string) bool {
	for _, w := range [...]string{"duration", "tenure", "experience", "seniority", "period", "length", "elapsed", "uptime", "validity", "warranty"} {
		if strings.Contains(fold, w) {
			return true
		}
	}
	// "ago" only ends a name ("timeago"): inside one it is chance
	// ("dragonstory", "chicagonotes"; red team 35).
	return strings.HasSuffix(fold, "ago")
}

// firstPersonAge reports whether text v states its writer's age in so many
// words ("I am 12", "12 years old"), not a bare "N years" a duration's
// name may hold: under "experience", "I am 12 years old and love coding"
// is a child's age all the same (red team 35).
func firstPersonAge(v string) bool {
	v = foldDigits(v)
	if ageInText.MatchString(v) || moreAgeInText.MatchString(v) {
		return true
	}
	l := strings.ToLower(v)
	return strings.Contains(l, " old") || strings.Contains(l, "-old") || strings.Contains(l, "yo ") || strings.HasSuffix(l, "yo")
}

// noteOtherAge keeps the age that leaf l, a date of birth or an age in
// someone else's record (a family member's, a dependent's), states.
func (rs *Ruleset) noteOtherAge(s *scratch, l *leaf, order detect.Order, now time.Time) {
	doc := &s.doc
	n := &doc.Nodes[l.node]
	a := -1
	keep := func(x int) {
		if x >= 0 && x < 130 && (a < 0 || x < a) {
			a = x
		}
	}
	switch {
	case l.cat == rs.idDate && l.by == byName:
		if y, m, dd, ok := birthDate(doc, n, order, now); ok {
			birthAge(now, y, m, dd, keep)
		}
	case l.cat == rs.idAge:
		keep(statedAge(n))
	}
	if a >= 0 && n.Parent > 0 {
		s.otherAges = append(s.otherAges, otherAge{obj: n.Parent, age: a})
	}
}

// protectMinorsRecords makes the personal fields of another person's
// record whose own date of birth or age says a minor under an applicable
// law that makes minors' data sensitive ({"family": [{"name": "Lukas",
// "dob": "2016-03-01"}]} in a parent's US signup) sensitive, as a minor
// subject's are: the child is no less a child for being listed by a
// parent, and the pseudonymized copy would carry the child's name token
// and birth year. The minor flag stays the subject's (docs/contract.md):
// a parent listing a child is no child's signup, and routing follows the
// subject.
func (rs *Ruleset) protectMinorsRecords(s *scratch, d *Decision) {
	if len(s.otherAges) == 0 {
		return
	}
	nodes := s.doc.Nodes
	for _, oa := range s.otherAges {
		sens := false
		for k, j := range s.juris {
			limit := j.minorAge
			if a, ok := j.memberAges[d.Jurisdictions[k].Country]; ok {
				limit = a
			}
			if j.minorSens && limit > 0 && oa.age < limit {
				sens = true
			}
		}
		if !sens {
			continue
		}
		for k := range s.leaves {
			l := &s.leaves[k]
			if !l.personal || l.sensitive {
				continue
			}
			for a := nodes[l.node].Parent; a > 0; a = nodes[a].Parent {
				if a == oa.obj {
					l.sensitive = true
					d.Fields[k].Sensitive = true
					break
				}
			}
		}
	}
}

// subjectAge is the subject's age at the event's time (see ageTime), or -1
// when the event says nothing of it. Every source is read: a date of birth
// under its name, a birth date carried by a national identifier, a stated
// age; when they disagree the youngest wins, so a possible minor is one.
func (rs *Ruleset) subjectAge(s *scratch, d *Decision, in Input) int {
	doc := &s.doc
	var evTime time.Time
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		if l.cat == rs.idTime && n.Parent == 0 && evTime.IsZero() {
			evTime = parseTime(n)
		}
	}
	age, future := rs.subjectAgeAt(s, d, ageTime(evTime, in.Time))
	if future && !evTime.IsZero() {
		// A birth date after the event's own timestamp: the timestamp
		// is a placeholder or a replay's (2000-01-02), not when the
		// subject stated it. Judge by the record's time instead.
		age, _ = rs.subjectAgeAt(s, d, ageTime(time.Time{}, in.Time))
	}
	return age
}

// subjectAgeAt is subjectAge at time now, and whether a birth date came
// after now.
func (rs *Ruleset) subjectAgeAt(s *scratch, d *Decision, now time.Time) (int, bool) {
	doc := &s.doc
	order := dateOrder(d)
	cal := countryCalendars(d)
	age, grade, guess := -1, -1, -1
	future := false
	// named: a birth date of the subject's stated as one (by its name or
	// in a national number) that no placeholder fills. Only such a date
	// explains a date nobody names away as something else of theirs; a
	// stated age, a text's, a grade or a flag does not (red team 37: an
	// "age" is as often a limit's, a parent's or a range's, and
	// "dob": "1900-01-01" is a form's default).
	named := false
	s.otherAges = s.otherAges[:0]
	younger := func(a int) {
		if a <= -2 && a > -130 {
			// Born two years or more after now (-1 is also every
			// reader's "no age"): now is no time the subject lived at.
			future = true
		}
		if a >= 0 && a < 130 && (age < 0 || a < age) {
			age = a
		}
	}
	youngerNamed := func(a int) {
		if a >= 0 && a < 100 {
			named = true
		}
		younger(a)
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		if set, isFlag := flagValue(n); isFlag && doc.Nodes[n.Parent].Kind == event.Object {
			key := n.Key
			if typeBranch(doc, n) && doc.Nodes[doc.Nodes[n.Parent].Parent].Kind == event.Object {
				key = doc.Nodes[n.Parent].Key // {"is_minor": {"boolean": true}}
			}
			if a, ok := boolAge(rs.keyInfo(s, key).fold, set); ok {
				if !rs.aboutOthers(s, l.node) {
					younger(a)
				}
				continue
			}
		}
		if n.Kind == event.String && len(n.Str) >= 2 && len(n.Str) <= 13 {
			if a, ok := rs.passengerTypeAge(s, l.node); ok && !rs.aboutOthers(s, l.node) {
				younger(a) // {"ptc": "CHD"}: a child's fare, whatever the dates say
			}
		}
		if (l.cat == rs.idDate || l.cat == rs.idAge || l.cat >= 0 && strings.HasPrefix(rs.cats[l.cat].name, "gov_id.")) && rs.aboutOthers(s, l.node) {
			// Only the leaves that state an age: the walk up is not
			// free. The age is still the other person's own.
			rs.noteOtherAge(s, l, order, now)
			continue
		}
		if n.Kind == event.String || n.Kind == event.Number {
			if a := rs.leafGradeAge(s, l.node); a >= 0 && !rs.aboutOthers(s, l.node) && (grade < 0 || a < grade) {
				grade = a
			}
		}
		if n.Kind == event.String && (l.cat < 0 || l.cat == rs.idText || l.by == byText || rs.cats[l.cat].special && !rs.cats[l.cat].credential) && (strings.IndexByte(n.Str, ' ') > 0 || !isASCII(n.Str) || ageToken(n.Str) && l.cat == rs.idText) && !rs.aboutOthers(s, l.node) {
			// Text, under its own name or none, or found by what it
			// says: "I am 13 and I have asthma" is health data, and
			// its writer's age all the same (red team 29). An age
			// alone ("12yo") only under a text's name, a bio's: under
			// another name it is a whisky's, a warranty's or a
			// career's ("favorite_whisky": "12yo", "experience":
			// "12yrs"; red team 34).
			if a := textAge(n.Str); a >= 0 && (!durationName(rs.keyInfo(s, leafName(doc, l.node)).fold) || firstPersonAge(n.Str)) {
				younger(a) // "I'm 13 and love drawing"
			}
			if a := textGrade(n.Str); a >= 0 && (grade < 0 || a < grade) {
				grade = a // "I'm in 6th grade"
			}
			textBirthAges(n.Str, order, now, younger) // "born 2012-05-05", "Age: 13"
		}
		if l.by == byText && (l.cat == rs.idDate || l.cat == rs.idName) && n.Kind == event.String && !rs.aboutOthers(s, l.node) {
			// A one-line record under a label's name: a date of birth
			// by its pair's name ("dob=2014-06-01"), or the one date
			// beside a person's name or place ("Schmidt,A.,2014-06-01"),
			// taken for a birth date as a date under a name nothing
			// claims is.
			if dv := rs.oneLineBirthDate(n.Str); dv != "" {
				if y, m, dd, ok := detect.ParseBirthDateAt(dv, order, now.Year()); ok {
					birthAge(now, y, m, dd, younger)
				}
			}
		}
		if n.Kind == event.String && strings.IndexByte(n.Str, '=') > 0 && (l.cat < 0 || !rs.cats[l.cat].credential) && !rs.aboutOthers(s, l.node) {
			rs.queryAges(s, n.Str, order, now, younger) // "…/signup?email=…&dob=2013-03-04"
		}
		if l.cat == rs.idPassport && n.Kind == event.String && len(n.Str) >= 30 {
			if _, yy, m, dd, ok := detect.MRZ(n.Str); ok {
				// The zone prints a two-digit year: the latest century
				// not after the event, the youngest the holder can be.
				y := now.Year()/100*100 + yy
				if y > now.Year() {
					y -= 100
				}
				younger(ageAt(now, y, m, dd))
			}
		}
		for a, up := l.node, 0; up < 2 && a > 0; a, up = doc.Nodes[a].Parent, up+1 {
			if s.nodeFlags[a]&flagKeyData != 0 && s.nodeCat[a] == rs.idDate && doc.Nodes[doc.Nodes[a].Parent].Kind == event.Object {
				// {"birthdays": {"2014-06-01": "self"}}: a date of
				// birth as a member's name is one all the same.
				if y, m, dd, ok := detect.ParseBirthDateAt(asciiDigits(doc.Nodes[a].Key), order, now.Year()); ok {
					birthAge(now, y, m, dd, younger)
				}
			}
		}
		switch {
		case l.cat < 0:
		case l.cat == rs.idDate && (l.by == byName || l.by == byValue && rs.soleMemberOfDOB(s, n)):
			// ({"birth_date": {"com.acme.Date": "2014-06-01"}}: a named
			// logical type wraps the date of birth.)
			if y, m, dd, ok := birthDate(doc, n, order, now); ok {
				if y > now.Year() && (cal.bs || bsName(n.Key)) {
					// Nepal writes dates of birth in Bikram Sambat,
					// 56 or 57 years ahead ("2067-10-20" is 2011):
					// a year not yet come is one.
					if t, ok := detect.BikramSambat(y, m, dd); ok {
						y, m, dd = t.Year(), int(t.Month()), t.Day()
					}
				}
				y, m, dd = ethiopianByName(n.Key, y, m, dd)
				if placeholderBirth(y, m, dd) {
					birthAge(now, y, m, dd, younger)
				} else {
					birthAge(now, y, m, dd, youngerNamed)
				}
			}
			if cal.roc && n.Kind == event.String {
				// Taiwan writes the Minguo year without its era's name
				// ("100/02/03", "1000203": 2011): the younger reading
				// counts, as younger keeps the least.
				if y, m, dd, ok := detect.ROCDate(asciiDigits(n.Str)); ok {
					younger(ageAt(now, y, m, dd))
				}
			}
		case l.cat == rs.idDate && l.by == byValue && n.Kind == event.String && rs.keyInfo(s, n.Key).cat < 0 && !spanName(n.Key):
			// A date under a name nothing claims (a CRM's custom field
			// "6b0de…": "2012-01-27") is taken for a birth date by the
			// value detector: judged as one, since missing a minor is
			// the failure that matters, but only when the subject's own
			// birth date is not stated elsewhere (a population
			// register's geboorte.datum beside the dates its address
			// and registration took effect; see named below).
			if y, m, dd, ok := detect.ParseDate(n.Str); ok {
				if y > now.Year() && bsName(n.Key) {
					// {"dob_bs": "2067/10/20"}: Nepal's KYC names its
					// Bikram Sambat date so, beside dob_ad.
					if t, ok := detect.BikramSambat(y, m, dd); ok {
						y, m, dd = t.Year(), int(t.Month()), t.Day()
					}
				}
				y, m, dd = ethiopianByName(n.Key, y, m, dd)
				if a := ageAt(now, y, m, dd); a >= 0 && a < 130 && (guess < 0 || a < guess) {
					guess = a
				}
			}
		case l.cat == rs.idAge:
			a := statedAge(n)
			if per := ageUnitOfName(n.Key); per > 1 {
				// age_months: 140 is eleven years; age_days, usia_bulan,
				// months_old likewise in their units.
				if a = statedAmount(n); a > 0 {
					a /= per
				}
			}
			if a < 0 && n.Kind == event.String {
				a = ageGroupWord(n.Str) // "age_group": "child"
			}
			younger(a)
		case n.Kind == event.String && strings.HasPrefix(rs.cats[l.cat].name, "gov_id."):
			rs.idBirthAge(s, doc, l.node, l.cat, now, youngerNamed)
		case n.Kind == event.String && rs.idNational >= 0 && bareNationalNumber(n.Str) != n.Str && len(n.Str) > 6 && n.Str[5] == '-' && !rs.aboutOthers(s, l.node):
			// An eID's subject under any name (Smart-ID's "sub":
			// "PNOEE-61607154569"): a national number by its prefix.
			rs.idBirthAge(s, doc, l.node, rs.idNational, now, younger)
		}
	}
	rs.embeddedAges(s, now, order, younger)
	if age < 0 {
		// A school grade says an age within a year or two: only when
		// nothing says it exactly.
		age = grade
	}
	if guess >= 0 && !named && (age < 0 || guess < age) {
		// A date under a name nothing claims counts unless the subject's
		// birth date is stated elsewhere.
		age = guess
	}
	return age, future
}

// placeholderBirth reports whether a birth date is a form's or a
// system's default rather than anyone's (1900-01-01, 0001-01-01, the
// epoch's 1970-01-01).
func placeholderBirth(y, m, d int) bool {
	return y < 1900 || m == 1 && d == 1 && (y <= 1901 || y == 1970)
}

// passengerTypeAge is the age at most that an airline passenger type
// code at leaf i says (IATA's PTC: INF and INS an infant, under 2; CHD
// and CNN a child, under 12; UNN and UM an unaccompanied minor), under a
// type code's name (ptc, pax_type, passenger_type) or a type's under a
// list of passengers. The code is what the airline fared: a child is a
// minor by it alone, whatever a date of birth beside it says or fails to
// say ("dob": "01MAR16" once read as nothing).
func (rs *Ruleset) passengerTypeAge(s *scratch, i int32) (int, bool) {
	doc := &s.doc
	n := &doc.Nodes[i]
	age := passengerCodeAge(n.Str)
	if age < 0 {
		return 0, false
	}
	if n.Parent < 0 || doc.Nodes[n.Parent].Kind != event.Object {
		return 0, false
	}
	switch rs.keyInfo(s, n.Key).fold {
	case "ptc", "ptccode", "paxtype", "paxtypecode", "passengertype", "passengertypecode", "passengercode",
		"travelertype", "travellertype", "travelertypecode", "travellertypecode", "faretype", "paxcode":
		return age, true
	case "type", "code", "category":
		if len(n.Str) > 3 {
			// "child" as a list's passenger type is a fellow
			// traveller's as often (Duffel's passengers[].type): only
			// IATA's codes count there.
			return 0, false
		}
		if p, ok := containerName(doc, i); ok {
			switch rs.keyInfo(s, p).fold {
			case "passengers", "passenger", "pax", "paxes", "travelers", "travellers", "traveler", "traveller", "passengerlist":
				return age, true
			}
		}
	}
	return 0, false
}

// soleMemberOfDOB reports whether node n is the only member of an object
// named as a date of birth.
func (rs *Ruleset) soleMemberOfDOB(s *scratch, n *event.Node) bool {
	doc := &s.doc
	if n.Parent <= 0 || doc.Nodes[doc.Nodes[n.Parent].Parent].Kind != event.Object {
		return false
	}
	p := &doc.Nodes[n.Parent]
	return p.Kind == event.Object && doc.Nodes[p.First].Next < 0 && rs.keyInfo(s, p.Key).cat == rs.idDate
}

// spanName reports whether member name k (or a URI's last segment, as
// itsme's "http://itsme.services/v2/claim/validityFrom") names when a
// thing starts, ends or happened: a document's validity or issue, an
// expiry, a record's creation. A date under it is no birth date, though
// the value detector calls it a date.
func spanName(k string) bool {
	if i := strings.LastIndexByte(k, '/'); i >= 0 {
		k = k[i+1:]
	}
	ws := words{s: k}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		switch strings.ToLower(string(w)) {
		case "valid", "validity", "issue", "issued", "issuance", "expiry", "expires", "expiration", "expire", "expired",
			"effective", "created", "updated", "modified", "registered", "joined", "since", "until", "from", "to",
			"start", "end", "starts", "ends", "started", "ended", "last", "next", "due", "paid", "signed", "sent":
			return true
		}
	}
	return false
}

// birthAge calls younger with the age a date of birth gives at now; a
// year no Gregorian birth has (1300 to 1500) with the age of each of its
// readings in the Solar Hijri and Islamic calendars (younger keeps the
// least, a birth in the future counts for none).
func birthAge(now time.Time, y, m, dd int, younger func(int)) {
	dates, n := detect.OtherCalendars(y, m, dd)
	if n == 0 {
		younger(ageAt(now, y, m, dd))
		return
	}
	for _, t := range dates[:n] {
		younger(ageAt(now, t.Year(), int(t.Month()), t.Day()))
	}
}

// idBirthAge calls younger with the age of the birth date that leaf i of
// doc, an identifier of category cat, carries: decoded by the category's
// own detectors (CN resident id, KR RRN, KZ IIN…); else by the scheme
// without a detector that the leaf's name or a type label beside it names
// ("personnummer", {"type": "curp", "number": …}); else, under a generic
// national or tax id's name ("id_number"), by each such scheme with check
// digits that the value passes, and each scheme of the event's countries
// (a NIK, which has no check digit, under "id_number" in an Indonesian
// event). Two readings: the younger counts, as younger keeps the least.
func (rs *Ruleset) idBirthAge(s *scratch, doc *event.Doc, i int32, cat int, now time.Time, younger func(int)) {
	v := bareNationalNumber(doc.Nodes[i].Str)
	for k := range rs.detectors {
		if rs.detectors[k].cat != cat {
			continue
		}
		if y, m, dd, ok := detect.BirthDateFromID(rs.detectors[k].name, v, now.Year()); ok {
			younger(ageAt(now, y, m, dd))
			return
		}
	}
	if sc := rs.idScheme(s, doc, i); sc >= 0 {
		if y, m, dd, ok := detect.BirthDateFromScheme(sc, v, now.Year()); ok {
			younger(ageAt(now, y, m, dd))
		}
		return
	}
	if !rs.cats[cat].birthProbe {
		return
	}
	for sc := 0; sc < detect.BirthSchemes(); sc++ {
		if _, cc, checked := detect.BirthScheme(sc); !checked && !s.hasCountry(cc) {
			continue
		}
		if y, m, dd, ok := detect.BirthDateFromScheme(sc, v, now.Year()); ok {
			younger(ageAt(now, y, m, dd))
		}
	}
}

// idScheme is the birth-date scheme (detect.BirthSchemeNamed) that leaf
// i's own name or the value of a type key beside it names, or -1.
func (rs *Ruleset) idScheme(s *scratch, doc *event.Doc, i int32) int {
	n := &doc.Nodes[i]
	if sc := detect.BirthSchemeNamed(rs.keyInfo(s, n.Key).fold); sc >= 0 {
		return sc
	}
	if n.Parent < 0 || doc.Nodes[n.Parent].Kind != event.Object {
		return -1
	}
	for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
		sib := &doc.Nodes[c]
		if c == i || sib.Kind != event.String || len(sib.Str) > 64 || !rs.typeKeys[rs.keyInfo(s, sib.Key).fold] {
			continue
		}
		if sc := detect.BirthSchemeNamed(s.foldValue(sib.Str)); sc >= 0 {
			return sc
		}
	}
	if doc == &s.doc && n.Key == "value" {
		// A FHIR Identifier's type object or system URI.
		return detect.BirthSchemeNamed(rs.identifierTypeLabel(s, n.Parent))
	}
	return -1
}

// aboutOthers reports whether leaf i sits in the record of someone other
// than the subject: an employee's dependents, a spouse, an emergency
// contact. Their birth dates say nothing of the subject's age. A child's
// ({"child": {...}}, "children") still counts: a parent signing up a
// child is the case a minor's protections are for.
func (rs *Ruleset) aboutOthers(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	for j := nodes[i].Parent; j > 0; j = nodes[j].Parent {
		if nodes[nodes[j].Parent].Kind != event.Object {
			continue
		}
		ki := rs.keyInfo(s, nodes[j].Key)
		if otherPeople[ki.fold] {
			return true
		}
		if ki.evCtx == ctxOthers && ki.fold != "children" && ki.fold != "kids" && rs.othersBeside(s, j, false) {
			// Guests, passengers, team members beside the subject's
			// own record (a booker's): their ages are theirs.
			return true
		}
	}
	return false
}

var otherPeople = map[string]bool{
	"dependents": true, "dependent": true, "dependants": true, "dependant": true, "emergencycontacts": true, "emergencycontact": true,
	"spouse": true, "partner": true, "relatives": true, "relative": true, "family": true,
	"familymembers": true, "guardians": true, "guardian": true, "parents": true, "parent": true,
	"nextofkin": true, "references": true, "referees": true, "beneficiaries": true, "beneficiary": true,
	// An employee's dependents in Japanese, Chinese and Korean HR forms.
	"扶養家族": true, "家族": true, "家属": true, "家屬": true, "가족": true, "부양가족": true,
}

// minorFlag reads a producer's own statement that the subject is a child
// ({"is_minor": true}, {"under_13": true}): the age it implies at most (0
// for "a minor" with no age: younger than any law's minor age). A stated
// minor is one, whatever the dates say, since the stricter answer is the
// safe one.
func minorFlag(fold string) (int, bool) {
	switch fold {
	case "isminor", "minor", "ischild", "child", "childaccount", "isachild", "minoraccount", "coppa", "coppasubject", "iskid", "kidsaccount",
		"underage", "isunderage", "underaged", "isunderaged", "teen", "isteen", "teenager", "isteenager", "teenaccount",
		"minderjaehrig", "minderjährig", "istminderjaehrig", "mineur", "estmineur", "menor", "esmenor", "menordeedad",
		"minorenne", "minderjarig", "niepelnoletni", "niepełnoletni", "несовершеннолетний", "несовершеннолетняя",
		"未成年", "未成年人", "未成年者", "미성년자", "reşitolmayan":
		return 0, true
	}
	for _, p := range []string{"isunder", "under", "younger", "youngerthan", "below"} {
		if rest, ok := strings.CutPrefix(fold, p); ok {
			if a, err := strconv.Atoi(rest); err == nil && a > 0 && a <= 21 {
				return a - 1, true
			}
		}
	}
	return 0, false
}

// flagValue reads a yes/no answer as forms, CSV imports and CRMs send it:
// a JSON boolean, 1 or 0, or a string ("yes", "Y", "true", "1", "ja",
// "да"; "no", "N", "false", "0", "nein", "нет"). isFlag is false for
// anything else.
func flagValue(n *event.Node) (set, isFlag bool) {
	switch n.Kind {
	case event.Bool:
		return n.Str == "true", true
	case event.Number:
		switch n.Str {
		case "1":
			return true, true
		case "0":
			return false, true
		}
		return false, false
	case event.String:
		if len(n.Str) > 8 {
			return false, false
		}
		v := strings.TrimSpace(n.Str)
		for _, w := range yesWords {
			if strings.EqualFold(v, w) {
				return true, true
			}
		}
		for _, w := range noWords {
			if strings.EqualFold(v, w) {
				return false, true
			}
		}
	}
	return false, false
}

// yesWords and noWords are a flag's answers (EqualFold: no lower-casing,
// which allocates, on every short string of every event).
var (
	yesWords = [...]string{"y", "yes", "true", "1", "ja", "oui", "si", "sí", "sim", "tak", "да", "是", "はい", "예", "evet"}
	noWords  = [...]string{"n", "no", "false", "0", "nein", "non", "não", "nao", "nie", "нет", "否", "いいえ", "아니오", "hayır"}
)

// boolAge reads a yes/no member about the subject's age: a minor flag
// set to true (minorFlag), or an adulthood flag set to false
// (adultFlag). It gives the age the answer implies at most.
func boolAge(fold string, set bool) (int, bool) {
	if set {
		return minorFlag(fold)
	}
	return adultFlag(fold)
}

// adultFlag reads a producer's statement, answered false, that the
// subject is of an age: {"is_adult": false} is a minor in the producer's
// own sense (the age of majority), taken as minorFlag takes "is_minor": a
// minor under every applicable law (0). {"over_16": false} says the
// subject is younger than 16 (over_N is "N or older", as consent forms
// ask it), so at most 15: a minor where a law's minor age is 16 or more
// (GDPR's default), not under COPPA's 13.
func adultFlag(fold string) (int, bool) {
	switch fold {
	case "isadult", "adult", "adultaccount", "isofage", "ofage", "oflegalage", "isoflegalage", "islegalage", "legalage",
		"volljaehrig", "volljährig", "majeur", "mayordeedad", "maggiorenne", "meerderjarig", "pelnoletni", "pełnoletni",
		"совершеннолетний", "совершеннолетняя", "成年", "成年人", "성인":
		return 0, true
	}
	for _, p := range []string{"isover", "over", "isabove", "above", "olderthan", "isolderthan", "atleast", "isatleast", "ageover", "ageabove"} {
		if rest, ok := strings.CutPrefix(fold, p); ok {
			rest = strings.TrimSuffix(strings.TrimSuffix(rest, "plus"), "orolder")
			if a, err := strconv.Atoi(rest); err == nil && a > 0 && a <= 21 {
				return a - 1, true
			}
		}
	}
	return 0, false
}

// ageAt is the age on now of someone born on y-m-d.
func ageAt(now time.Time, y, m, dd int) int {
	age := now.Year() - y
	if int(now.Month()) < m || int(now.Month()) == m && now.Day() < dd {
		age--
	}
	return age
}

// ageUnit is how many of the unit a member's name counts an age in make
// a year (months 12, weeks 52, days 365), 1 for years.
func ageUnit(fold string) int {
	for _, u := range ageUnits {
		if strings.Contains(fold, u.word) {
			return u.per
		}
	}
	return 1
}

// ageUnitOfName is ageUnit for a member's name, read word by word
// (age_months, ageInDays, usia_bulan): a unit must open a word of it, so
// "currentAge" (curren-tAGE) is no age in German days.
func ageUnitOfName(key string) int {
	if k := strings.ToLower(key); strings.HasPrefix(k, "age") && k == strings.Trim(k, "_- ") && strings.IndexAny(k, "_- ") < 0 && k != "age" {
		// "agemonths", "ageinmonths": the age's word joined to its
		// unit, read after it.
		if per := ageUnit(strings.TrimPrefix(strings.TrimPrefix(k, "age"), "in")); per > 1 {
			return per
		}
	}
	start := 0
	for i := 0; i <= len(key); i++ {
		end := i == len(key)
		if !end {
			c := key[i]
			sep := c == '_' || c == '-' || c == ' ' || c == '.'
			upper := c >= 'A' && c <= 'Z' && i > 0 && key[i-1] >= 'a' && key[i-1] <= 'z'
			if !sep && !upper {
				continue
			}
		}
		if w := strings.ToLower(key[start:i]); w != "" {
			for _, u := range ageUnits {
				if strings.HasPrefix(w, u.word) {
					return u.per
				}
			}
		}
		start = i
		if !end && !(key[i] >= 'A' && key[i] <= 'Z') {
			start = i + 1
		}
	}
	return 1
}

// ageUnits are the words for months, weeks and days in ages ("150
// months", "age_weeks", Indonesian "usia_bulan"), and how many make a year.
var ageUnits = []struct {
	word string
	per  int
}{
	{"month", 12}, {"monat", 12}, {"mois", 12}, {"meses", 12}, {"bulan", 12}, {"мес", 12},
	{"week", 52}, {"woche", 52}, {"semana", 52}, {"minggu", 52}, {"нед", 52},
	{"day", 365}, {"tage", 365}, {"jours", 365}, {"dias", 365}, {"días", 365}, {"hari", 365}, {"дн", 365}, {"ден", 365},
}

// statedAmount is the whole number an age in months, weeks or days
// states (3650, "150 months"), or -1.
func statedAmount(n *event.Node) int {
	v := strings.TrimSpace(n.Str)
	a, i := 0, 0
	for i < len(v) && i < 6 && v[i] >= '0' && v[i] <= '9' {
		a = a*10 + int(v[i]-'0')
		i++
	}
	if i == 0 || i < len(v) && v[i] >= '0' && v[i] <= '9' {
		return -1
	}
	return a
}

// statedAge reads an age given as a number (12, 12.5) or as a string
// ("12", "12 years", "13-17": the lower bound; "150 months" in years), or
// -1.
func statedAge(n *event.Node) int {
	if n.Kind != event.Number && n.Kind != event.String {
		return -1
	}
	v := strings.TrimSpace(n.Str)
	if n.Kind == event.String {
		v = asciiDigits(v)
		if a, ok := unitAge(v); ok {
			return a
		}
		lv := strings.ToLower(v)
		if a, ok := ageBracket(lv); ok {
			return a
		}
		for _, p := range ageBelow {
			if rest, ok := strings.CutPrefix(lv, p); ok {
				// "under 13", "<13", "младше 14": at most one less.
				if a := statedAge(&event.Node{Kind: event.String, Str: strings.TrimSpace(rest)}); a > 0 {
					return a - 1
				}
				return -1
			}
		}
		if word, _, _ := strings.Cut(lv, " "); ageWords[word] > 0 {
			return ageWords[word] // "twelve", "zwölf years", "двенадцать лет"
		}
		if a, ok := ageWords[lv]; ok {
			return a // "twelve", "zwölf years", "двенадцать лет"
		}
		if a := cjkAge(v); v != "" && v[0] >= 0x80 && a >= 0 {
			return a // "十二岁", "十二歲", "满十二周岁"
		}
		if strings.HasPrefix(lv, "만 ") {
			v = strings.TrimSpace(v[len("만 "):]) // Korean "international age": 만 10세
		}
	}
	if n.Kind == event.String {
		if num, unit, ok := strings.Cut(strings.ToLower(v), " "); ok {
			if per := ageUnit(strings.TrimSpace(unit)); per > 1 && strings.TrimLeft(num, "0123456789") == "" {
				if a := statedAmount(&event.Node{Kind: event.String, Str: num}); a > 0 {
					return a / per // "150 months", "3650 days"
				}
			}
		}
	}
	i, a := 0, 0
	for i < len(v) && i < 3 && v[i] >= '0' && v[i] <= '9' {
		a = a*10 + int(v[i]-'0')
		i++
	}
	if i == 0 || i < len(v) && v[i] >= '0' && v[i] <= '9' {
		return -1
	}
	if n.Kind == event.Number && i < len(v) && v[i] != '.' {
		return -1 // 1e3 and the like: not an age
	}
	return a
}

// unitAge reads an age written with its unit glued to its number, in
// years: DICOM's Age String (PS3.5 AS: three digits and D, W, M or Y, as
// a PatientAge holds it), an ISO 8601 duration's first part ("P11Y",
// "P140M", "P11Y6M"), a unit's word ("140months"). Read as a plain
// number, a child's "045M" (three years and nine months) would be a man
// of 45 (red team 27).
func unitAge(v string) (int, bool) {
	iso := len(v) > 1 && v[0]|0x20 == 'p' && v[1] >= '0' && v[1] <= '9'
	p := v
	if iso {
		p = v[1:]
	}
	i, a := 0, 0
	for i < len(p) && i < 6 && p[i] >= '0' && p[i] <= '9' {
		a = a*10 + int(p[i]-'0')
		i++
	}
	if i == 0 || i == len(p) {
		return 0, false
	}
	unit := strings.ToLower(p[i:])
	switch {
	case iso || i == 3 && len(unit) == 1:
		// A designator: ISO's (another part may follow, "P11Y6M") or
		// DICOM's. "12m" alone says no more than "12" does.
		switch unit[0] {
		case 'y':
			return a, true
		case 'm':
			return a / 12, true
		case 'w':
			return a / 52, true
		case 'd':
			return a / 365, true
		}
	case asciiLetters(unit):
		if per := ageUnit(unit); per > 1 {
			return a / per, true // "140months"
		}
	}
	return 0, false
}

// ageWords are the ages of children and teenagers written in words, in
// the languages of the covered countries where people type them into a
// form's age field.
var ageWords = func() map[string]int {
	m := map[string]int{}
	for _, lang := range ageWordLangs {
		for i, w := range lang {
			if _, dup := m[w]; !dup {
				m[w] = i + 1
			}
		}
	}
	return m
}()

// ageWordLangs are the words for one to seventeen in English, German,
// French, Spanish, Portuguese, Italian and Russian.
var ageWordLangs = [][]string{
	{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"},
	{"eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn"},
	{"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept"},
	{"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete"},
	{"um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete"},
	{"uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette"},
	{"один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать"},
}

// cjkAge reads an age written in Chinese numerals (一 to 九十九, with
// 两/兩 for two), optionally after 满/滿/足 ("full") and followed by nothing
// or by the word for years of age (岁, 歲, 歳, 才, 周岁, 週歲): "十二岁",
// "十二歲", "满十二周岁". It gives -1 for anything else.
func cjkAge(v string) int {
	for _, p := range []string{"满", "滿", "足"} {
		v = strings.TrimPrefix(v, p)
	}
	tens, units, seen, ten := 0, 0, false, false
	i := 0
	for i < len(v) {
		r, size := utf8.DecodeRuneInString(v[i:])
		d := strings.IndexRune("〇一二三四五六七八九", r) / 3 // three bytes each
		if d == 0 && r != '〇' {
			d = -1
		}
		switch {
		case r == '零':
			d = 0
		case r == '两' || r == '兩':
			d = 2
		}
		switch {
		case r == '十' && !ten:
			ten = true
			if seen {
				tens, units = units, 0
			} else {
				tens = 1
			}
			seen = false
		case d >= 0 && !seen:
			units, seen = d, true
		case d >= 0:
			return -1 // "一二": no numeral
		default:
			goto rest
		}
		i += size
	}
rest:
	if i == 0 || !seen && !ten {
		return -1
	}
	switch tail := v[i:]; tail {
	case "", "岁", "歲", "歳", "才", "周岁", "週歲", "周歲", "足岁":
		return tens*10 + units
	}
	return -1
}

// ageBracket reads an age bracket as enums and forms write it, lv in
// lower case: "under_13", "AGE_UNDER_13", "under-13", "<=12", "≤12",
// "u13", "12 and under", "AGE_13_17" (its lower bound). A bracket of
// minors ("UNDER_18", "≤17": an upper bound at or below 18) says nothing
// of how young the subject is: like the age group "minor", it is younger
// than any law's minor age (0); a higher bound gives the oldest age it
// allows, as "under 21" does. ok is false for anything else.
func ageBracket(lv string) (int, bool) {
	if len(lv) > 40 {
		return -1, false
	}
	v := strings.Map(func(r rune) rune {
		if r == '_' || r == '-' && lv != "" && !strings.ContainsAny(lv[:1], "0123456789") {
			return ' ' // "13-17" stays a range statedAge reads
		}
		return r
	}, lv)
	for _, p := range []string{"age range ", "age group ", "age bracket ", "age band ", "ages ", "age "} {
		v = strings.TrimPrefix(v, p)
	}
	v = strings.TrimSpace(v)
	upper := func(rest string, inclusive bool) (int, bool) {
		rest = strings.TrimLeft(rest, " :=")
		i, a := 0, 0
		for i < len(rest) && i < 3 && rest[i] >= '0' && rest[i] <= '9' {
			a = a*10 + int(rest[i]-'0')
			i++
		}
		if i == 0 || strings.TrimSpace(rest[i:]) != "" && !strings.HasPrefix(strings.TrimSpace(rest[i:]), "y") {
			return -1, false
		}
		if !inclusive {
			a--
		}
		if a < 0 {
			return -1, false
		}
		if a <= 18 {
			return 0, true
		}
		return a, true
	}
	for _, p := range []string{"<=", "=<", "≤", "lte", "le "} {
		if rest, ok := strings.CutPrefix(v, p); ok {
			return upper(rest, true)
		}
	}
	for _, p := range []string{"under", "below", "lt ", "<", "u"} {
		if rest, ok := strings.CutPrefix(v, p); ok {
			if p == "u" && (rest == "" || rest[0] < '0' || rest[0] > '9') {
				break // "u13", "U13": an under-13 team's; "unter 14" is no bracket
			}
			return upper(rest, false)
		}
	}
	for _, sfx := range []string{" and under", " and younger", " or under", " or younger", " or less", " and below", " & under"} {
		if rest, ok := strings.CutSuffix(v, sfx); ok {
			return upper(rest, true)
		}
	}
	if v != lv && v != "" && v[0] >= '0' && v[0] <= '9' {
		// "AGE_13_17", "age 18 24": the lower bound.
		a := 0
		for i := 0; i < len(v) && i < 3 && v[i] >= '0' && v[i] <= '9'; i++ {
			a = a*10 + int(v[i]-'0')
		}
		return a, true
	}
	return -1, false
}

// ageBelow are the words that state an upper bound rather than an age.
var ageBelow = []string{"under", "<", "below", "younger than", "less than", "menos de", "moins de", "unter", "до", "младше", "меньше", "meno di", "poniżej", "onder", "alle"}

// asciiDigits rewrites Arabic-Indic, Persian and Devanagari digits as
// ASCII ones ("١٢" is 12).
func asciiDigits(v string) string {
	if isASCIIString(v) {
		return v
	}
	var b strings.Builder
	for _, r := range v {
		if r >= 0x660 && unicode.IsDigit(r) {
			for _, zero := range digitZeros {
				if r >= zero && r <= zero+9 {
					r = '0' + (r - zero)
					break
				}
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// digitZeros are the zeros of the decimal digits people write ages and
// dates in: Arabic-Indic and Persian, Devanagari, Bengali, Gurmukhi,
// Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan,
// Myanmar, Khmer, Mongolian and fullwidth.
var digitZeros = [...]rune{0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10}

func isASCIIString(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= 0x80 {
			return false
		}
	}
	return true
}

// birthDate reads a date of birth from a leaf named as one: a date string
// in any notation detect.ParseBirthDate reads, epoch seconds or
// milliseconds (as a number or a string of digits), a part of a
// {year, month, day} object, or a birth year alone.
func birthDate(doc *event.Doc, n *event.Node, order detect.Order, now time.Time) (y, m, dd int, ok bool) {
	switch n.Kind {
	case event.String:
		y, m, dd, ok = detect.ParseBirthDateAt(asciiDigits(n.Str), order, now.Year())
		if !ok {
			y, m, dd, ok = partialDate(n.Str)
		}
		if !ok {
			y, m, dd, ok = dotNetDate(n.Str)
		}
		if !ok {
			y, m, dd, ok = runtimeDate(n.Str, now.Year())
		}
		if !ok {
			y, m, dd, ok = isoOrdinalOrWeekDate(strings.TrimSpace(n.Str))
		}
		if !ok {
			// Epoch seconds or milliseconds as a string, a fraction too
			// ("1401580800.5", a JavaScript float's).
			if v := strings.TrimSpace(n.Str); len(v) >= 9 && len(v) <= 18 && strings.Trim(v, "-.0123456789") == "" && strings.Count(v, ".") <= 1 {
				y, m, dd, ok = epochDate(v)
			}
		}
	case event.Number:
		// Epoch seconds or milliseconds; small numbers are parts of a
		// {year, month, day} object, handled below.
		y, m, dd, ok = epochDate(n.Str)
	}
	if !ok && n.Kind == event.Number && doc.Nodes[n.Parent].Kind == event.Object {
		y, m, dd, ok = dateObject(doc, n.Parent)
	}
	if !ok && n.Kind == event.Number && doc.Nodes[n.Parent].Kind == event.Array {
		y, m, dd, ok = dateArray(doc, n.Parent)
	}
	if !ok && birthYearName(rules.NormalizeName(n.Key)) {
		// A birth year alone ("yob": 2014, "geburtsjahr": "2014"): judged
		// as if born on 31 December, the youngest the subject can be, so
		// a possible minor is one. Under a name that says it is a year:
		// Avro's date is a number of days, and 2014 of them is 1975.
		t := strings.Trim(strings.TrimSpace(n.Str), "'’")
		if n.Kind == event.Number && !allDigits(t) {
			if d, ok := integralDigits(nil, t); ok {
				t = string(d) // 2015.0, 2.015e3
			}
		}
		if !allDigits(t) {
			// no year
		} else if v, err := strconv.Atoi(t); err == nil && len(t) == 2 {
			// Two digits ("14", "'14"): the latest century not after
			// the event, the youngest the subject can be.
			v += now.Year() / 100 * 100
			if v > now.Year() {
				v -= 100
			}
			y, m, dd, ok = v, 12, 31, true
		} else if err == nil && v >= 1900 && v <= 2100 {
			y, m, dd, ok = v, 12, 31, true
		}
	}
	if !ok && n.Kind == event.Number && !strings.ContainsAny(n.Str, ".eE") {
		y, m, dd, ok = numberDate(n.Str)
	}
	if !ok && n.Kind == event.String {
		// A date with a remark after it ("2015-03-01 (approx)"): the
		// date before the remark.
		if i := strings.IndexByte(n.Str, '('); i >= 6 {
			y, m, dd, ok = detect.ParseBirthDateAt(asciiDigits(n.Str[:i]), order, now.Year())
		}
		if !ok {
			// A placeholder or impossible day or month ("00.00.2015",
			// "29.02.2015"): the year is still read, as a birth year
			// alone is (31 December, the youngest the subject can
			// be). Failing to read it would miss a minor.
			if yr, found := detect.BirthYear(asciiDigits(n.Str)); found {
				y, m, dd, ok = yr, 12, 31, true
			}
		}
	}
	return y, m, dd, ok
}

// isoOrdinalOrWeekDate reads ISO 8601's other calendar dates: an ordinal
// date ("2014-152", the 152nd day) and a week date ("2014-W22-7",
// "2014W227", or "2014-W22" for its Monday).
func isoOrdinalOrWeekDate(v string) (y, m, dd int, ok bool) {
	if len(v) < 7 || len(v) > 10 || !allDigits(v[:4]) {
		return 0, 0, 0, false
	}
	year, _ := strconv.Atoi(v[:4])
	rest := v[4:]
	if rest[0] == '-' {
		rest = rest[1:]
	}
	if len(rest) == 3 && allDigits(rest) && v[4] == '-' {
		day, _ := strconv.Atoi(rest)
		t := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, day-1)
		if day < 1 || t.Year() != year {
			return 0, 0, 0, false
		}
		return t.Year(), int(t.Month()), t.Day(), true
	}
	if len(rest) < 3 || rest[0] != 'W' || !allDigits(rest[1:3]) {
		return 0, 0, 0, false
	}
	week, _ := strconv.Atoi(rest[1:3])
	wd := 1
	switch tail := strings.TrimPrefix(rest[3:], "-"); {
	case tail == "":
	case len(tail) == 1 && tail[0] >= '1' && tail[0] <= '7':
		wd = int(tail[0] - '0')
	default:
		return 0, 0, 0, false
	}
	if week < 1 || week > 53 {
		return 0, 0, 0, false
	}
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	iso := int(jan4.Weekday())
	if iso == 0 {
		iso = 7
	}
	t := jan4.AddDate(0, 0, (week-1)*7+(wd-iso))
	return t.Year(), int(t.Month()), t.Day(), true
}

// partialDate reads a birth date written without its day or month: a
// year alone ("2012") or a year and month ("2012-03", "03/2012", "March
// 2012", "März 2012", "2012年3月"), judged
// as the last day they allow, the youngest the subject can be, so a
// possible minor is one.
func partialDate(v string) (y, m, dd int, ok bool) {
	v = strings.TrimSpace(v)
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			return -1
		}
		return n
	}
	switch {
	case len(v) == 4:
		y, m = num(v), 12
	case len(v) == 7 && (v[4] == '-' || v[4] == '/' || v[4] == '.'):
		y, m = num(v[:4]), num(v[5:])
	case len(v) == 7 && (v[2] == '-' || v[2] == '/' || v[2] == '.'):
		y, m = num(v[3:]), num(v[:2])
	default:
		// "June 2014", "Juni 2014", "2014年6月": a month's name and a year.
		if y, m, ok = detect.ParseMonthYear(v); !ok {
			return 0, 0, 0, false
		}
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 {
		return 0, 0, 0, false
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return y, m, last, true
}

// dotNetDate reads a date in the notation of .NET's JSON serializers
// (DataContractJsonSerializer, ASP.NET AJAX, Json.NET's
// MicrosoftDateFormat): "/Date(1401580800000)/", milliseconds since the
// Unix epoch, with an optional UTC offset ("/Date(1401573600000+0200)/")
// that gives the local date the writer meant.
func dotNetDate(v string) (y, m, dd int, ok bool) {
	v = strings.TrimSpace(v)
	inner, found := strings.CutPrefix(v, "/Date(")
	if !found {
		return 0, 0, 0, false
	}
	if inner, found = strings.CutSuffix(inner, ")/"); !found || len(inner) == 0 {
		return 0, 0, 0, false
	}
	offset := 0 // minutes east of UTC
	if k := strings.LastIndexAny(inner, "+-"); k > 0 {
		z := inner[k+1:]
		if len(z) != 4 || strings.Trim(z, "0123456789") != "" {
			return 0, 0, 0, false
		}
		offset = (int(z[0]-'0')*10+int(z[1]-'0'))*60 + int(z[2]-'0')*10 + int(z[3]-'0')
		if inner[k] == '-' {
			offset = -offset
		}
		inner = inner[:k]
	}
	ms, err := strconv.ParseInt(inner, 10, 64)
	if err != nil || offset < -14*60 || offset > 14*60 {
		return 0, 0, 0, false
	}
	return detect.EpochMillisDate(float64(ms + int64(offset)*60000))
}

// dateArray reads a date written as an array of three whole numbers
// [year, month, day]: Jackson's LocalDate with dates written as arrays
// ({"dob": [2014, 6, 1]}).
func dateArray(doc *event.Doc, arr int32) (y, m, dd int, ok bool) {
	var f [3]int
	k := 0
	for c := doc.Nodes[arr].First; c >= 0; c = doc.Nodes[c].Next {
		n := &doc.Nodes[c]
		if k == len(f) || n.Kind != event.Number {
			return 0, 0, 0, false
		}
		v, err := strconv.Atoi(n.Str)
		if err != nil {
			return 0, 0, 0, false
		}
		f[k] = v
		k++
	}
	y, m, dd = f[0], f[1], f[2]
	if k != len(f) || y < 1900 || y > 2100 || m < 1 || m > 12 || dd < 1 || dd > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return 0, 0, 0, false
	}
	return y, m, dd, true
}

// numberDate reads a whole number under a birth date's name that is not
// epoch seconds: yyyymmdd written as a number (20140601), or days since
// the Unix epoch, as Avro's date logical type and Kafka Connect's Date
// (Debezium's io.debezium.time.Date) write a date: |days| up to 60000
// spans 1805 to 2134, and a birth date in epoch seconds that small would
// fall within a day of 1 January 1970.
func numberDate(v string) (y, m, dd int, ok bool) {
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, 0, 0, false
	}
	if n >= 18000101 && n <= 21001231 {
		if y, m, dd, ok = detect.ParseCompactDate(v); ok {
			return y, m, dd, true
		}
	}
	if n >= -60000 && n <= 60000 && (n > 366 || n < -366) {
		t := time.Unix(int64(n)*86400, 0).UTC()
		return t.Year(), int(t.Month()), t.Day(), true
	}
	return 0, 0, 0, false
}

// epochDate reads a time since the Unix epoch as a date: milliseconds from
// 1e11 up (1973 in milliseconds, year 5138 in seconds), seconds from 1e8
// (1973) up to there. Smaller numbers are not taken for dates.
func epochDate(v string) (y, m, dd int, ok bool) {
	f, err := strconv.ParseFloat(v, 64)
	switch {
	case err != nil:
		return 0, 0, 0, false
	case f >= 1e11 || f <= -1e11:
		return detect.EpochMillisDate(f)
	case f >= 1e8 || f <= -1e8:
		return detect.EpochMillisDate(f * 1000)
	}
	return 0, 0, 0, false
}

// monthFirst lists the countries that write dates month first (m/d/y):
// the United States and the places that follow its usage.
var monthFirst = map[string]bool{"US": true, "PR": true, "GU": true, "VI": true, "AS": true, "MP": true, "UM": true, "PH": true, "FM": true, "MH": true, "PW": true}

// calendars says which national calendars a date of birth without its
// era's mark may be written in, by the subject's countries: Taiwan's
// Minguo years (roc) and Nepal's Bikram Sambat (bs).
type calendars struct{ roc, bs bool }

func countryCalendars(d *Decision) calendars {
	var c calendars
	for _, j := range d.Jurisdictions {
		switch j.Country {
		case "TW":
			c.roc = true
		case "NP":
			c.bs = true
		}
	}
	return c
}

// dateOrder is how the subject's countries read an ambiguous slashed date:
// month first when every one of them writes it so, day first when none
// does, and the younger reading when they disagree or none is known.
func dateOrder(d *Decision) detect.Order {
	mf, df := false, false
	for _, j := range d.Jurisdictions {
		if monthFirst[j.Country] {
			mf = true
		} else if j.Country != "" {
			df = true
		}
	}
	switch {
	case mf && !df:
		return detect.MonthFirst
	case df && !mf:
		return detect.DayFirst
	}
	return detect.Younger
}

// minorStatus sets d.Minor when the subject is under the age of a minor of
// any applicable law (a member state's own age first), and reports whether
// such a law makes all of a minor's personal data sensitive.
func (rs *Ruleset) minorStatus(s *scratch, d *Decision, age int) bool {
	if age < 0 {
		return false
	}
	minorSens := false
	for k, j := range s.juris {
		limit := j.minorAge
		if a, ok := j.memberAges[d.Jurisdictions[k].Country]; ok {
			limit = a
		}
		if limit > 0 && age < limit {
			d.Minor = true
			if j.minorSens {
				minorSens = true
			}
		}
	}
	return minorSens
}

// verdicts fills d.Fields: each leaf's path, category, and whether it is
// personal and sensitive under which of the applicable laws.
func (rs *Ruleset) verdicts(s *scratch, d *Decision, minorSens bool) {
	doc := &s.doc
	if cap(d.Fields) >= len(s.leaves) {
		d.Fields = d.Fields[:len(s.leaves)]
	} else {
		d.Fields = make([]Field, len(s.leaves))
	}
	// All paths are in one string: one allocation per event, not per field,
	// and none for an event of a known shape, whose plan holds them.
	paths := s.paths
	if paths == "" {
		paths = string(s.ptr)
	}
	// Most fields are personal under every applicable law: they share one
	// read-only slice of law ids.
	var allLaws []string
	if len(s.juris) == 1 {
		allLaws = s.juris[0].laws
	} else {
		for _, j := range s.juris {
			allLaws = appendLaws(allLaws, j.laws)
		}
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		f := &d.Fields[k]
		f.Path = paths[s.ptrStart[l.node]:s.ptrEnd[l.node]]
		f.DetectedBy = byNames[l.by]
		if l.cat < 0 {
			f.Category = "unknown"
		} else {
			f.Category = rs.cats[l.cat].name
		}
		if n.Kind == event.Null || n.Kind == event.String && n.Str == "" {
			l.act = actKeep
			continue // nothing in it
		}
		if l.cat < 0 {
			// Fail closed: unknown is personal under every applicable law.
			l.personal = true
			l.laws = 1<<len(s.juris) - 1
			f.Laws = allLaws
			l.act = actToken
		} else {
			rs.leafVerdict(s, l, f, allLaws)
		}
		if minorSens && l.personal {
			l.sensitive = true
		}
		f.Personal, f.Sensitive = l.personal, l.sensitive
	}
}

// leafVerdict settles a categorized leaf under each applicable law: the
// laws under which its category is personal, sensitive or sectoral.
func (rs *Ruleset) leafVerdict(s *scratch, l *leaf, f *Field, allLaws []string) {
	c := &rs.cats[l.cat]
	l.act = c.act
	for ji, j := range s.juris {
		if j.personal[l.cat] {
			l.personal = true
			l.laws |= 1 << ji
		}
		if j.sensitive[l.cat] {
			l.sensitive = true
		}
		if j.sectoral[l.cat] {
			l.localized = true
		}
	}
	if c.sensitive {
		l.sensitive = true
	}
	if l.laws == 1<<len(s.juris)-1 {
		f.Laws = allLaws
	} else {
		for ji, j := range s.juris {
			if l.laws&(1<<ji) != 0 {
				f.Laws = appendLaws(f.Laws, j.laws)
			}
		}
	}
	if !l.personal {
		l.act = actKeep
	}
}

func appendLaws(dst, laws []string) []string {
	for _, l := range laws {
		dup := false
		for _, have := range dst {
			if have == l {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, l)
		}
	}
	return dst
}

func dateObject(doc *event.Doc, obj int32) (y, m, d int, ok bool) {
	for c := doc.Nodes[obj].First; c >= 0; c = doc.Nodes[c].Next {
		n := &doc.Nodes[c]
		v, err := strconv.Atoi(strings.TrimSpace(n.Str))
		if n.Kind != event.Number && n.Kind != event.String || err != nil {
			continue // parts written as strings too: Jotform's {"month": "06", …}
		}
		switch rules.NormalizeName(n.Key) {
		case "year", "y", "yyyy", "jaar", "aar", "år", "jahr", "annee", "année", "ano", "año", "anno":
			y = v // a register's own language: Haal Centraal's {"jaar", "maand", "dag"}
		case "month", "m", "mm", "maand", "maaned", "måned", "månad", "manad", "monat", "mois", "mes", "mese":
			m = v
		case "day", "d", "dd", "dag", "tag", "jour", "dia", "día", "giorno":
			d = v
		}
	}
	ok = y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
	return
}

func parseTime(n *event.Node) time.Time {
	switch n.Kind {
	case event.String:
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02"} {
			if t, err := time.Parse(layout, n.Str); err == nil {
				return t
			}
		}
	case event.Number:
		if f, err := strconv.ParseFloat(n.Str, 64); err == nil {
			switch {
			case f > 1e14: // microseconds
				return time.UnixMicro(int64(f))
			case f > 1e11: // milliseconds
				return time.UnixMilli(int64(f))
			case f > 1e8:
				return time.Unix(int64(f), 0)
			}
		}
	}
	return time.Time{}
}

// leafGradeAge is the age a school grade at leaf i says (gradeAge), read
// under the leaf's own name or, for a generic one ({"学年": {"type":
// "DROP_DOWN", "value": "小学6年"}}), its container's; -1 for none.
func (rs *Ruleset) leafGradeAge(s *scratch, i int32) int {
	doc := &s.doc
	n := &doc.Nodes[i]
	if n.Parent < 0 || len(n.Str) > 40 {
		return -1
	}
	ki := rs.keyInfo(s, n.Key)
	fold := ki.fold
	if doc.Nodes[n.Parent].Kind != event.Object || ki.generic {
		if p := n.Parent; p > 0 && doc.Nodes[doc.Nodes[p].Parent].Kind == event.Object {
			fold = rs.keyInfo(s, doc.Nodes[p].Key).fold
		}
	}
	if !schoolGradeNames[fold] && !gradeNames[fold] {
		return -1
	}
	return gradeAge(fold, n.Str)
}

// birthYearName reports whether a birth-date member name says it holds a
// year: "year" or its word in the covered languages, or yob/born.
func birthYearName(fold string) bool {
	switch fold {
	case "yob", "born", "bornin":
		return true
	}
	for _, w := range []string{"year", "jahr", "annee", "année", "год", "año", "ano", "anno", "rok", "yil", "yıl", "年", "년", "nam", "năm", "tahun", "jaar", "aar", "år"} {
		if strings.Contains(fold, w) {
			return true
		}
	}
	return false
}

// runtimeDateLayouts are the dates common runtimes write by default:
// HTTP's and Java's RFC 1123 and 2822, JavaScript's Date.toString (its
// "(Central European Summer Time)" cut off), Oracle's DD-MON-RR.
var runtimeDateLayouts = []string{
	time.RFC1123, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon Jan 02 2006 15:04:05 GMT-0700", "Mon Jan 02 2006",
	"02-Jan-06", "02-Jan-2006", "2-Jan-06", "02-JAN-06",
	// ASN.1's GeneralizedTime, as X.509 and RFC 3739's dateOfBirth
	// attribute (SAML's urn:oid:1.3.6.1.5.5.7.9.1) write a date of
	// birth: "20140505000000Z" (red team 29).
	"20060102150405Z0700", "20060102150405Z",
}

// runtimeDate reads a birth date in a runtime's default notation.
func runtimeDate(v string, nowYear int) (y, m, d int, ok bool) {
	v = strings.TrimSpace(v)
	if len(v) < 8 || len(v) > 80 {
		return 0, 0, 0, false
	}
	if i := strings.IndexByte(v, '('); i > 0 {
		// "2015-03-01 (approx)": the remark is no part of the date; what
		// is left must still be one ("2016 (ca)" leaves a year, which
		// the other readers take).
		if v = strings.TrimSpace(v[:i]); len(v) < 8 {
			return 0, 0, 0, false
		}
	}
	for _, l := range runtimeDateLayouts {
		t, err := time.Parse(l, v)
		if err != nil && strings.ToUpper(v) == v && len(v) >= 7 && len(v) <= 11 {
			// Oracle writes the month in capitals: 01-JUN-14.
			t, err = time.Parse(l, v[:3]+v[3:4]+strings.ToLower(v[4:6])+v[6:])
		}
		if err == nil {
			if t.Year() > nowYear && (l == "02-Jan-06" || l == "2-Jan-06") {
				t = t.AddDate(-100, 0, 0) // RR: a year after this one is the last century's
			}
			return t.Year(), int(t.Month()), t.Day(), true
		}
	}
	return 0, 0, 0, false
}

// ageGroupWord is the youngest age an age group named in words says: a
// child or a minor is younger than any law's minor age (0), a teenager
// 13; -1 for any other word ("adult", "senior").
func ageGroupWord(v string) int {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "child", "children", "kid", "kids", "minor", "infant", "toddler", "baby", "preteen", "tween",
		"kind", "kinder", "enfant", "niño", "niña", "menor", "criança", "bambino", "bambina", "ребенок", "ребёнок", "дети",
		"儿童", "子供", "어린이", "çocuk", "anak":
		return 0
	case "teen", "teens", "teenager", "adolescent", "youth", "jugendlich", "jugendliche", "adolescente", "подросток", "青少年", "청소년":
		return 13
	}
	return -1
}

// bareNationalNumber is national number v without the prefixes an
// electronic identity writes before it: ETSI EN 319 412-1's semantic
// identifier ("PNOEE-61607154569", Smart-ID's and eIDAS certificates'
// subject serial number) or a country code ("EE61607154569").
func bareNationalNumber(v string) string {
	if len(v) > 8 && len(v) < 40 && v[5] == '-' && (strings.HasPrefix(v, "PNO") || strings.HasPrefix(v, "IDC") || strings.HasPrefix(v, "PAS")) &&
		v[3] >= 'A' && v[3] <= 'Z' && v[4] >= 'A' && v[4] <= 'Z' {
		return v[6:]
	}
	if len(v) > 10 && v[0] >= 'A' && v[0] <= 'Z' && v[1] >= 'A' && v[1] <= 'Z' && strings.Trim(v[2:], "0123456789") == "" {
		return v[2:]
	}
	return v
}

// passengerCodeAge is the youngest age an airline's passenger type code
// allows (any case), or -1: INF and INS an infant, CHD and CNN a child,
// UNN and UM an unaccompanied minor, Amadeus' words for them, and "C07",
// IATA's child code with the child's age in years.
func passengerCodeAge(v string) int {
	if len(v) < 2 || len(v) > 13 {
		return -1
	}
	if len(v) == 3 && (v[0] == 'C' || v[0] == 'c') && v[1] >= '0' && v[1] <= '1' && v[2] >= '0' && v[2] <= '9' {
		return int(v[1]-'0')*10 + int(v[2]-'0')
	}
	for _, c := range [...]struct {
		code string
		age  int
	}{{"INF", 0}, {"INS", 0}, {"INFANT", 0}, {"HELD_INFANT", 0}, {"SEATED_INFANT", 0}, {"INFT", 0},
		{"CHD", 2}, {"CNN", 2}, {"CHILD", 2}, {"CHLD", 2}, {"UNN", 5}, {"UM", 5}, {"UMNR", 5}} {
		if strings.EqualFold(v, c.code) {
			return c.age
		}
	}
	return -1
}

// ethiopianByName is the Gregorian date of y-m-d when member name k
// marks it as Ethiopian (dob_ec, birth_date_ec, dobEC, as forms beside a
// Gregorian dob_gc write it): seven or eight years behind, so a child's
// date read as Gregorian is an adult's. Any other name leaves it as is.
func ethiopianByName(k string, y, m, d int) (int, int, int) {
	if len(k) < 5 || len(k) > 64 {
		return y, m, d
	}
	t := k[len(k)-3:]
	if (t[0] == '_' || t[0] == '-') && (t[1]|0x20) == 'e' && (t[2]|0x20) == 'c' || strings.HasSuffix(k, "EC") && k[len(k)-3] >= 'a' && k[len(k)-3] <= 'z' {
		if g, ok := detect.EthiopianDate(y, m, d); ok {
			return g.Year(), int(g.Month()), g.Day()
		}
	}
	return y, m, d
}

// bsName reports whether a member's name marks its date as Bikram Sambat
// (dob_bs, date_of_birth_bs, dobBS, birth_date_bs), as Nepali KYC and
// bank APIs write it beside dob_ad.
func bsName(k string) bool {
	if len(k) < 5 || len(k) > 64 {
		return false
	}
	t := k[len(k)-3:]
	return (t[0] == '_' || t[0] == '-') && (t[1]|0x20) == 'b' && (t[2]|0x20) == 's' || strings.HasSuffix(k, "BS") && k[len(k)-3] >= 'a' && k[len(k)-3] <= 'z'
}
