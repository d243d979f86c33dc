package classifier

import (
	"strings"
	"unicode"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/geo"
)

// identifierValues turns national identifiers found by value under a
// generic name ({"documents": [{"value": "112-233-445 95"}]}, "id_value")
// into evidence of their scheme's country, before the evidence is
// attributed. Under its own name ("snils") a valid identifier is strong
// evidence (walk.go); found by value it is medium, like an address
// country: check digits let a random number pass one scheme in ten to a
// hundred, so it names the subject's country only where no residence,
// citizenship, location or IP does, and never adds a law beside them.
// A value that fits the schemes of two countries, or that is first of all
// something else (an e-mail, an IBAN, a card), is no evidence.
func (rs *Ruleset) identifierValues(s *scratch) {
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &s.doc.Nodes[l.node]
		if (n.Kind == event.Bool && n.Str == "true" || n.Kind == event.String && len(n.Str) <= 12 && yesWord(n.Str) || n.Kind == event.Number && n.Str == "1") &&
			s.doc.Nodes[n.Parent].Kind == event.Object && rs.flagOfCountry(s, l.node) &&
			!rs.otherPerson(s, l.node) && rs.contextBase(s, l.node, baseCitizenship) >= 0 {
			// (A father's "ru_citizen": "yes", a spouse's citizenship
			// flags, a beneficiary's: another person's country.)
			if ki := rs.keyInfo(s, n.Key); ki.natCC != "" {
				s.ev = append(s.ev, evidence{country: ki.natCC, base: ki.natBase})
			} else if n.Kind == event.Number {
				// A 1 in a map of nationalities is a count as often
				// ({"nationality_counts": {"ru": 1}}).
			} else if cc := rs.citizenshipFlagMember(s, l.node); cc != "" {
				s.ev = append(s.ev, evidence{country: cc, base: baseCitizenship})
			}
			if n.Kind == event.Bool {
				continue
			}
		}
		if (n.Kind == event.String && len(n.Str) <= 12 && yesWord(n.Str) || n.Kind == event.Bool && n.Str == "true") &&
			s.doc.Nodes[n.Parent].Kind == event.Object && !rs.otherPerson(s, l.node) && rs.contextBase(s, l.node, baseCitizenship) >= 0 {
			if cc := rs.questionCitizenship(s, l.node); cc != "" {
				// A yes to a question naming a country's citizenship
				// ({"question": "Вы гражданин РФ?", "answer": "Да"},
				// {"name": "Гражданство РФ", "value": "Да"}).
				s.ev = append(s.ev, evidence{country: cc, base: baseCitizenship})
				continue
			}
		}
		if n.Kind == event.String && len(n.Str) >= 30 && (l.cat < 0 || !rs.cats[l.cat].credential) {
			if cc, ok := rs.mrzCountry(n.Str); ok {
				// A travel document's machine-readable zone, its check
				// digits valid: the holder's nationality, as plainly as
				// a citizenship field (a KYC vendor's mrzLine2).
				s.ev = append(s.ev, evidence{country: cc, base: baseCitizenship})
				if (l.cat < 0 || l.weak) && rs.idPassport >= 0 {
					l.cat, l.by, l.weak = rs.idPassport, byValue, false
				}
				continue
			}
		}
		if n.Kind == event.String && len(n.Str) > 32 && (n.Str[0] == 'u' || n.Str[0] == 'U') && !rs.otherPerson(s, l.node) {
			if cc, ok := schacUniqueIDCountry(n.Str); ok {
				// SCHAC's personalUniqueID names the country that
				// issued the national identifier it carries
				// ("urn:schac:personalUniqueID:my:MYKAD:960422-50-9615"):
				// an identifier of that country's scheme.
				if code, ok := rs.geo.Country(cc); ok && len(code) == 2 {
					s.ev = append(s.ev, evidence{country: code, base: baseIdentifier})
				}
				continue
			}
		}
		if n.Kind == event.String && russianPassportSeries(&s.doc, l.node) && !rs.otherPerson(s, l.node) {
			// A Russian internal passport (a series of four digits and
			// a number of six, Sber ID's and Gosuslugi's identification):
			// Russia issues it to its citizens alone.
			s.ev = append(s.ev, evidence{country: "RU", base: baseCitizenship})
			continue
		}
		if n.Kind == event.String && l.cat >= 0 && !rs.cats[l.cat].personal && channelName(rs.keyInfo(s, n.Key).fold) && msisdn(n.Str) &&
			!rs.otherPerson(s, l.node) && rs.contextBase(s, l.node, baseCity) >= 0 {
			// "sms": "+393123451382" (OneRoster's user, Brevo's
			// contact): a messaging channel's address, the subject's
			// phone (valuePass names it so), weak evidence as any.
			d := strings.TrimPrefix(strings.TrimPrefix(n.Str, "+"), "00")
			if cc, ok := rs.phoneRegion("+" + d); ok {
				s.ev = append(s.ev, evidence{country: cc, base: basePhone})
			}
			continue
		}
		if n.Kind == event.String && (l.cat < 0 || !rs.cats[l.cat].credential) && upiMobileHandle(n.Str) &&
			!rs.otherPerson(s, l.node) && rs.contextBase(s, l.node, baseCity) >= 0 {
			// "9876543210@ybl", "8123459581@anumati": a UPI address or
			// an Account Aggregator handle made of the holder's Indian
			// mobile number, weak evidence as that phone would be.
			s.ev = append(s.ev, evidence{country: "IN", base: basePhone})
		}
		if n.Kind != event.String || !(l.cat < 0 || rs.cats[l.cat].probe || l.weak) {
			continue
		}
		if l.cat >= 0 && rs.cats[l.cat].credential {
			continue
		}
		v := strings.TrimSpace(n.Str)
		if l.cat >= 0 && rs.cats[l.cat].birthProbe {
			// A national number of a scheme its name or a label beside
			// it names (a fødselsnummer, a CPR, {"type": {"text": "FNR"},
			// "value": …}), valid by that scheme: evidence of the
			// scheme's country, as an identifier with a category of its
			// own is.
			if sc := rs.idScheme(s, &s.doc, l.node); sc >= 0 {
				if _, _, _, ok := detect.BirthDateFromScheme(sc, v, schemeYear); ok {
					_, cc, _ := detect.BirthScheme(sc)
					s.ev = append(s.ev, evidence{country: cc, base: baseIdentifier})
					continue
				}
			}
		}
		phoneLike := false
		if l.cat < 0 && len(v) >= 11 && len(v) <= 15 && v[0] != '0' && allDigits(v) {
			// A phone written with its country code and no "+" (Swish's
			// payerAlias 46701234567) can pass a national number's check
			// digits by chance (a SNILS's one in a hundred): under a
			// name nothing claims, a valid number of another country
			// than the scheme's is a phone, no identifier evidence (and
			// phone evidence only inside a phone's container, below).
			// Under an identifier's name (national_id, documents[].value)
			// the scheme stands.
			if pc, ok := rs.phoneRegion("+" + v); ok {
				if sc := rs.schemeCountry(v); sc != "" && sc != pc {
					phoneLike = true
					if l.by == byValue && l.cat >= 0 && strings.HasPrefix(rs.cats[l.cat].name, "gov_id.") && rs.idPhone >= 0 {
						l.cat = rs.idPhone
					}
				}
			}
		}
		if cc := rs.schemeCountry(v); cc != "" && !phoneLike {
			named := identityNumberName(n.Key) || l.cat >= 0 && rs.cats[l.cat].probe
			if recordReference(n.Key) || !named && rs.underRecordReference(s, l.node) {
				// A receipt's or a transaction's number that happens to
				// pass a scheme's check digits (Paymob's receipt_no as a
				// My Number, an order's or a product's id) says nothing
				// of whose country it is; a national id under an order
				// (its invoice's buyer, its customs clearance) does.
				continue
			}
			if cc == "TW" && (!named || !taiwanName(n.Key) && !hanInEvent(&s.doc)) {
				// A letter and nine digits pass Taiwan's one check digit
				// one time in ten: an order's or a product's code under
				// "id" or "code" would. Only under an identity number's
				// name ("id_number", 身分證字號) is it evidence.
				continue
			}
			if cc == "GB" && tenDigits(v) {
				// Ten digits pass the NHS number's one check digit one
				// time in eleven: a phone, an order's number would. By
				// value it is no evidence; under its own name (or a FHIR
				// identifier's system) it is, by its category.
				continue
			}
			s.ev = append(s.ev, evidence{country: cc, base: baseIdentifier, byValue: true})
		} else if cc := rs.placeCountry(v); cc != "" {
			s.ev = append(s.ev, evidence{country: cc, base: baseAddress})
		} else if cc, ok := rs.geo.AddressLine(v); ok && l.cat < 0 && (streetAddress(v) || houseLine(v) || geo.PostcodeTail(v)) && rs.contextBase(s, l.node, baseAddress) >= 0 {
			// A postal address on one line under a name that says
			// nothing (PayFast's custom_str1, JazzCash's ppmpf_3): found
			// by its value, so it counts as an address only where
			// nothing stronger names the subject's country.
			s.ev = append(s.ev, evidence{country: cc, base: baseAddress, byValue: true})
		} else if l.cat < 0 && len(v) > 8 && (v[0] == '+' || strings.HasPrefix(v, "00") && v[2] != '0' ||
			v[0] != '0' && len(v) <= 15 && strings.Trim(v, "0123456789") == "" && rs.contextBase(s, l.node, baseResidence) == basePhone) && rs.contextBase(s, l.node, baseCity) >= 0 {
			// Bare digits count only inside a phone's container (Zalo's
			// phone_info.data.number: "84912343045").
			// An international phone under a name nothing claims
			// (Razorpay's payment "contact": "+9181…", amoCRM's
			// "values": [{"value": "0052…"}]) is weak evidence, as
			// under a phone's name, unless a context says whose it is
			// not (an emergency contact's).
			if cc, ok := rs.phoneRegion(phoneNotation(v)); ok {
				s.ev = append(s.ev, evidence{country: cc, base: basePhone})
			}
		}
	}
}

// nationalityFlag reads a producer's yes/no question about the subject's
// country, set to true: Kakao's "is_korean", "us_citizen",
// "isIndianResident". It gives the country and the base (citizenship, or
// residence for "…resident"), or "" when the name is no such flag.
func (rs *Ruleset) nationalityFlag(fold string) (string, int) {
	if len(fold) < 6 || len(fold) > 40 {
		return "", -1
	}
	rest, base, min := strings.TrimPrefix(fold, "is"), baseCitizenship, 2
	switch {
	case strings.HasPrefix(fold, "гражданин"), strings.HasPrefix(fold, "гражданка"), strings.HasPrefix(fold, "гражданство"):
		// "гражданин_рф": "да", "гражданство_рф": true (citizen of
		// the Russian Federation: yes).
		rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(fold, "гражданин"), "гражданка"), "гражданство")
	case strings.HasPrefix(rest, "citizenof"):
		rest = strings.TrimPrefix(rest, "citizenof")
	case strings.HasPrefix(rest, "citizenship") && len(rest) > len("citizenship"):
		rest = strings.TrimPrefix(rest, "citizenship") // "citizenship_ru": "true"
	case strings.HasPrefix(rest, "nationality") && len(rest) > len("nationality"):
		rest = strings.TrimPrefix(rest, "nationality")
	case strings.HasSuffix(rest, "citizenship"):
		rest = strings.TrimSuffix(rest, "citizenship")
	case strings.HasSuffix(rest, "citizen"):
		rest = strings.TrimSuffix(rest, "citizen")
	case strings.HasSuffix(rest, "national"):
		rest = strings.TrimSuffix(rest, "national")
	case strings.HasSuffix(rest, "resident"):
		rest, base = strings.TrimSuffix(rest, "resident"), baseResidence
	case rest == fold:
		return "", -1 // "korean" alone is a language switch as often
	default:
		min = 4 // "is_korean": a demonym, never a code ("isin" is no India)
	}
	if len(rest) < min || len(rest) > 30 || len(rest) == 2 && englishWord2[rest] && !(rest == "us" && base == baseCitizenship) {
		// "no_citizenship", "in_citizenship": words, not Norway or India
		// (FATCA's "us_citizen" is the United States').
		return "", -1
	}
	cc, ok := rs.cached(rs.countryCache, rest, rs.geo.Country)
	if (!ok || cc == "") && hasCyrillic(rest) {
		// "гражданин_россии", "гражданин_украины", "гражданин_казахстана":
		// a country after "citizen of" is in the genitive case.
		for _, e := range [...][2]string{{"ии", "ия"}, {"ы", "а"}, {"а", ""}} {
			if b, found := strings.CutSuffix(rest, e[0]); found {
				if cc, ok = rs.cached(rs.countryCache, b+e[1], rs.geo.Country); ok && cc != "" {
					break
				}
			}
		}
	}
	if !ok || cc == "" {
		return "", -1
	}
	return cc, base
}

// englishWord2 are two-letter English words that are also country codes
// or spell like them at the start of a flag's name.
var englishWord2 = map[string]bool{"no": true, "in": true, "is": true, "it": true, "be": true, "me": true, "my": true,
	"at": true, "to": true, "do": true, "go": true, "so": true, "an": true, "am": true, "as": true, "by": true,
	"of": true, "on": true, "up": true, "we": true, "he": true, "hi": true, "or": true, "us": true}

// yesWord reports whether v is a yes written as a word ("yes", "Y",
// "да", "sí", "ja", "oui", "evet", "是"): a producer's answer to a yes/no
// question stored as a string.
func yesWord(v string) bool {
	if len(v) == 0 || len(v) > 12 {
		return false
	}
	for _, w := range [...]string{"yes", "y", "true", "1", "si", "sí", "sim", "ja", "oui", "evet", "tak", "igen", "ano", "co", "có",
		"ya", "ha", "haa", "hai", "jah", "taip", "da", "да", "д", "есть", "так", "是", "はい", "예", "نعم"} {
		if strings.EqualFold(v, w) { // Unicode case folding, no allocation: "Да", "Sí"
			return true
		}
	}
	return false
}

// noWord reports whether v is a no written as a word ("no", "N", "нет").
func noWord(v string) bool {
	if len(v) == 0 || len(v) > 12 {
		return false
	}
	for _, w := range [...]string{"no", "n", "false", "0", "nein", "non", "nie", "nem", "ne", "não", "hayır", "нет", "н", "ні",
		"否", "いいえ", "아니요", "لا"} {
		if strings.EqualFold(v, w) {
			return true
		}
	}
	return false
}

// flagOfCountry reports whether leaf i may answer a yes/no question about
// a country: named for one ("is_russian_citizen") or in a citizenship's
// map ({"citizenship_flags": {"ru": ...}}). It is asked before the value
// is read, since most short strings are neither.
func (rs *Ruleset) flagOfCountry(s *scratch, i int32) bool {
	if rs.keyInfo(s, s.doc.Nodes[i].Key).natCC != "" {
		return true
	}
	pname, ok := containerName(&s.doc, i)
	if !ok {
		return false
	}
	pf := rs.keyInfo(s, pname).fold
	return strings.HasPrefix(pf, "citizenship") || strings.HasPrefix(pf, "nationalit") || strings.HasPrefix(pf, "гражданств")
}

// questionCitizenship is the country whose citizenship the question or
// label beside answer i names ("Are you a citizen of the Russian
// Federation?", "Вы гражданин РФ?", "Гражданство РФ"), or "": a sibling
// under a label's or a question's name, with a citizenship word and one
// country in it.
func (rs *Ruleset) questionCitizenship(s *scratch, i int32) string {
	doc := &s.doc
	n := &doc.Nodes[i]
	if f := rs.keyInfo(s, n.Key).fold; !pairValueNames[f] && !answerValueNames[f] && f != "selected" && f != "checked" {
		return ""
	}
	for c := doc.Nodes[n.Parent].First; c >= 0; c = doc.Nodes[c].Next {
		sib := &doc.Nodes[c]
		if c == i || sib.Kind != event.String || len(sib.Str) < 4 || len(sib.Str) > pairLabelMax {
			continue
		}
		if f := rs.keyInfo(s, sib.Key).fold; !rs.typeKeys[f] && f != "text" && f != "prompt" && f != "questiontext" && f != "description" {
			continue
		}
		if cc := rs.citizenshipQuestion(sib.Str); cc != "" {
			return cc
		}
	}
	return ""
}

// citizenshipWords are stems that say a question is about citizenship,
// in the covered countries' languages.
var citizenshipWords = []string{"citizen", "nationalit", "гражданин", "гражданств", "громадян", "азамат", "staatsangeh", "staatsbürger",
	"cidad", "ciudadan", "citoyen", "nationalité", "cittadin", "obywatel", "státní občan", "állampolgár", "vatandaş", "warga negara",
	"warganegara", "kewarganegaraan", "kebangsaan", "fuqaro", "wni", "công dân", "quốc tịch", "公民", "国籍", "國籍", "국적", "市民権", "مواطن", "جنسية"}

// doubtWords turn a citizenship question away from the subject's present
// citizenship: a negation, the past, another person, a second country.
var doubtWords = map[string]bool{
	"not": true, "non": true, "never": true, "ever": true, "former": true, "formerly": true, "previous": true, "previously": true,
	"past": true, "other": true, "another": true, "except": true, "besides": true, "foreign": true, "dual": true, "second": true,
	"additional": true, "spouse": true, "husband": true, "wife": true, "partner": true, "mother": true, "father": true,
	"parent": true, "parents": true, "child": true, "children": true, "son": true, "daughter": true, "beneficiary": true,
	"beneficiaries": true, "relative": true, "relatives": true, "family": true, "guardian": true, "director": true, "owner": true,
	"не": true, "кроме": true, "иностранный": true, "иностранная": true, "иностранным": true, "иностранец": true, "иностранного": true,
	"ранее": true, "прежнее": true, "прежний": true, "прежняя": true, "бывшее": true, "бывший": true, "бывшая": true, "когда-либо": true,
	"супруг": true, "супруга": true, "супруги": true, "жена": true, "муж": true, "мать": true, "отец": true, "родители": true,
	"ребенок": true, "ребёнок": true, "бенефициар": true, "второе": true, "двойное": true, "другое": true, "другого": true,
	"nicht": true, "kein": true, "keine": true, "ehemalige": true, "ehemals": true, "früher": true, "frühere": true,
	"ehepartner": true, "andere": true, "anderen": true, "weitere": true, "não": true, "nao": true, "outra": true, "otra": true,
	"anterior": true, "cónyuge": true, "cônjuge": true, "padre": true, "madre": true, "pai": true, "mãe": true,
	"bukan": true, "tidak": true, "pernah": true, "asing": true, "değil": true, "önceki": true, "eski": true,
}

// citizenshipQuestion is the one country question q asks the citizenship
// of, or "".
func (rs *Ruleset) citizenshipQuestion(q string) string {
	lq := strings.ToLower(q)
	asks := false
	for _, w := range citizenshipWords {
		if strings.Contains(lq, w) {
			asks = true
			break
		}
	}
	if !asks {
		return ""
	}
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
	for _, w := range words {
		lw := strings.ToLower(w)
		if doubtWords[lw] || strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			// Negated ("not", "other than", "не", "кроме"), past
			// ("ever", "former", "ранее") or someone else's ("spouse",
			// "beneficiary", "holder's mother"): a yes says nothing
			// of the subject's citizenship now. Unsure is no evidence.
			return ""
		}
	}
	found := ""
	try := func(w string) bool {
		if cc, ok := rs.cached(rs.countryCache, w, rs.geo.Country); ok && len(cc) == 2 {
			if found != "" && found != cc {
				found = "-" // two countries: which is asked is unclear
				return false
			}
			found = cc
			return true
		}
		return false
	}
	for k, w := range words {
		if k+1 < len(words) && try(w+" "+words[k+1]) {
			continue // "Russian Federation", "United Kingdom"
		}
		rc := len([]rune(w))
		upper := strings.ToUpper(w) == w
		if rc >= 4 || rc >= 2 && upper && !englishWord2[strings.ToLower(w)] || rc == 2 && upper && w == "US" {
			try(w)
		}
	}
	if found == "-" {
		return ""
	}
	return found
}

// citizenshipFlagMember is the country a yes under a citizenship's
// container names by its member's name ({"citizenship_flags": {"ru":
// "yes"}}, {"nationalities": {"DE": true}}), or "".
func (rs *Ruleset) citizenshipFlagMember(s *scratch, i int32) string {
	n := &s.doc.Nodes[i]
	if len(n.Key) < 2 || len(n.Key) > 40 {
		return ""
	}
	pname, ok := containerName(&s.doc, i)
	if !ok {
		return ""
	}
	pf := rs.keyInfo(s, pname).fold
	if !strings.HasPrefix(pf, "citizenship") && !strings.HasPrefix(pf, "nationalit") && !strings.HasPrefix(pf, "гражданств") {
		return ""
	}
	cc, ok := rs.cached(rs.countryCache, n.Key, rs.geo.Country)
	if !ok || cc == "" {
		return ""
	}
	return cc
}

// placeCountry is the country of a place written "City, Country" (a
// profile's custom "Location" field, keyed by an id: {"Xf0G7C3DHF8":
// {"value": "Warszawa, Poland"}}) when the city is one the gazetteer
// places in that very country, or "". It is address evidence: medium,
// counted only where no residence or citizenship names a country, as a
// postal address is.
func (rs *Ruleset) placeCountry(v string) string {
	i := strings.LastIndexByte(v, ',')
	if i <= 0 || len(v) > 80 || strings.Count(v, ",") > 2 {
		return ""
	}
	tail := strings.TrimSpace(v[i+1:])
	head := strings.TrimSpace(v[:strings.IndexByte(v, ',')])
	if len(tail) < 4 || head == "" {
		return "" // "Paris, TX": a state code is no country
	}
	cc, ok := rs.cached(rs.countryCache, tail, rs.geo.Country)
	if !ok || cc == "" {
		return ""
	}
	if city, ok := rs.cached(rs.cityCache, head, geo.City); !ok || city != cc {
		return ""
	}
	return cc
}

// schemeCountry is the one country whose national identifier scheme v
// fits with valid check digits, or "" when none does, when schemes of
// several countries do, or when a detector tried before the national
// schemes (e-mail, IP, IBAN, payment card) claims the value.
// schemeYear is the year a scheme without a century rule reads its
// numbers against when only their validity matters.
const schemeYear = 2100

func (rs *Ruleset) schemeCountry(v string) string {
	if len(v) < 5 || len(v) > 64 {
		return ""
	}
	digits, letters, _ := countAlnum(v)
	if digits < 6 {
		return ""
	}
	found := ""
	for i := range rs.detectors {
		vd := &rs.detectors[i]
		cc := rs.cats[vd.cat].idCountry
		if cc == "" && found != "" {
			continue // phones and dates, tried after the schemes
		}
		if vd.shape != nil && !vd.shape(digits, letters) || !vd.fn(v) {
			continue
		}
		if cc != "" && rs.cats[vd.cat].name == "gov_id.us_ssn" && allDigits(v) {
			// Nine bare digits pass the SSN's rules nine times in ten:
			// with no check digit and no dashes, a passport's or an
			// account's number is as likely (Diia's docNumber).
			continue
		}
		switch {
		case cc == "":
			return "" // something else first: an e-mail, an IBAN, a card
		case found == "":
			found = cc
		case found != cc:
			return "" // two countries' schemes fit: no evidence of either
		}
	}
	return found
}

// mrzCountry is the holder's nationality a machine-readable zone in v
// gives (detect.MRZ), as an alpha-2 code; Germany prints "D".
func (rs *Ruleset) mrzCountry(v string) (string, bool) {
	nat, _, _, _, ok := detect.MRZ(v)
	if !ok {
		return "", false
	}
	if nat == "D" {
		return "DE", true
	}
	cc, ok := rs.cached(rs.countryCache, nat, rs.geo.Country)
	return cc, ok && len(cc) == 2
}

// recordReference reports whether a member name says its value numbers a
// record of the business (a receipt, a transaction, an order, a booking),
// not a person: a valid check digit there is chance.
func recordReference(key string) bool {
	ws := words{s: key}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		switch string(w) {
		case "receipt", "txn", "tx", "transaction", "trans", "tran", "ref", "reference", "order", "invoice",
			"merchant", "trace", "approval", "auth", "authorization", "rrn", "terminal", "batch", "seq",
			"sequence", "ticket", "booking", "confirmation", "tracking", "shipment", "waybill", "voucher", "bill":
			return true
		}
	}
	return false
}

// underRecordReference reports whether one of the two members above leaf
// i names a record or a thing rather than a person (order.id, items[].id,
// cart[0].code).
func (rs *Ruleset) underRecordReference(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	for j, up := nodes[i].Parent, 0; j > 0 && up < 2; j, up = nodes[j].Parent, up+1 {
		if nodes[nodes[j].Parent].Kind == event.Array {
			continue
		}
		k := nodes[j].Key
		if recordReference(k) || thingContainer(strings.ToLower(k)) {
			return true
		}
	}
	return false
}

func thingContainer(k string) bool {
	switch k {
	case "item", "items", "lineitems", "line_items", "lines", "product", "products", "sku", "skus", "cart", "basket", "goods", "orders", "payments", "transactions", "invoices", "shipments", "tickets", "bookings":
		return true
	}
	return false
}

// taiwanName reports whether member name k names Taiwan's own number.
func taiwanName(k string) bool {
	f := strings.ToLower(k)
	for _, w := range [...]string{"身分證", "身份證", "居留證", "統一證號", "taiwan", "twid", "tw_id", "rocid", "arcno", "arc_no"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// hanInEvent reports whether a string of the event holds Han characters
// (a name or an address in Chinese): a Taiwanese number by its shape
// alone (one check digit) is taken only in such an event, not beside a
// German ID card's number of the same shape.
func hanInEvent(doc *event.Doc) bool {
	for i := range doc.Nodes {
		n := &doc.Nodes[i]
		if n.Kind != event.String || len(n.Str) < 3 || isASCII(n.Str) {
			continue
		}
		for _, r := range n.Str {
			if unicode.Is(unicode.Han, r) {
				return true
			}
		}
	}
	return false
}

// identityNumberName reports whether member name k names an identity
// document's number ("id_number", "national_id", "idNo", "身分證字號").
func identityNumberName(k string) bool {
	f := strings.ToLower(k)
	for _, w := range [...]string{"idnumber", "id_number", "idno", "id_no", "nationalid", "national_id", "identity", "identification", "citizenid", "citizen_id", "document", "taxid", "tax_id", "personal", "身分證", "身份證", "居留證"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// russianPassportSeries reports whether leaf i is the series of a
// Russian internal passport: a member named series (серия) holding four
// digits ("4510", "45 10"), beside a number (номер) of six digits and a
// mark of a Russian issue (a division code NNN-NNN, or an issuing office
// written in Cyrillic), in a passport's or an identification's record,
// with no type or country beside it that names another document (a
// residence permit, a driving licence) or another country.
func russianPassportSeries(doc *event.Doc, i int32) bool {
	n := &doc.Nodes[i]
	if len(n.Key) < 5 || len(n.Key) > 15 {
		return false // read on every string leaf: no lower-casing before this
	}
	k := n.Key
	if !strings.EqualFold(k, "series") && k != "серия" && k != "Серия" && !strings.EqualFold(k, "seriya") && !strings.EqualFold(k, "passport_series") && !strings.EqualFold(k, "passportseries") {
		return false
	}
	if d := strings.ReplaceAll(strings.TrimSpace(n.Str), " ", ""); len(d) != 4 || !allDigits(d) {
		return false
	}
	p := n.Parent
	if p <= 0 || doc.Nodes[p].Kind != event.Object {
		return false
	}
	number, russian, passport := false, false, false
	for c := doc.Nodes[p].First; c >= 0; c = doc.Nodes[c].Next {
		sib := &doc.Nodes[c]
		sk := strings.ToLower(sib.Key)
		v := strings.TrimSpace(sib.Str)
		switch {
		case (sk == "number" || sk == "номер" || sk == "passport_number" || sk == "passportnumber") && sib.Kind == event.String:
			number = len(v) == 6 && allDigits(v)
		case sk == "code" || sk == "division_code" || sk == "divisioncode" || sk == "код_подразделения" || sk == "kod_podrazdeleniya":
			russian = russian || len(v) == 7 && v[3] == '-' && allDigits(v[:3]) && allDigits(v[4:])
		case strings.Contains(sk, "issued") || strings.Contains(sk, "выдан") || sk == "issuer":
			russian = russian || hasCyrillic(v) && !foreignIssuer(v)
		case sk == "type" || sk == "doc_type" || sk == "document_type" || sk == "documenttype" || sk == "kind" || sk == "тип":
			lv := strings.ToLower(v)
			if !(strings.Contains(lv, "passport") || strings.Contains(lv, "паспорт") || lv == "21" || lv == "rf_passport") {
				return false // a residence permit (ВНЖ), a driving licence
			}
			passport = true
		case strings.Contains(sk, "country") || sk == "citizenship" || sk == "nationality":
			if v != "" && v != "RU" && v != "RUS" && v != "643" && !strings.EqualFold(v, "russia") && v != "Россия" && v != "РФ" {
				return false
			}
		}
	}
	if !number || !russian {
		return false
	}
	pk := strings.ToLower(doc.Nodes[p].Key)
	return passport || strings.Contains(pk, "passport") || strings.Contains(pk, "паспорт") || pk == "identification" || pk == "maindoc" || pk == "identity_document"
}

// foreignIssuer reports whether an issuing office written in Cyrillic
// names another country ("МВД Республики Таджикистан"); Russia's own
// republics ("УФМС России по Республике Татарстан") are Russia's.
func foreignIssuer(v string) bool {
	l := strings.ToLower(v)
	for _, c := range [...]string{"таджикистан", "узбекистан", "казахстан", "кыргыз", "киргиз", "беларус", "белорус", "армени", "азербайджан", "молдов", "украин", "туркмен", "грузи"} {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}

func hasCyrillic(v string) bool {
	for _, r := range v {
		if r >= 0x0400 && r <= 0x04ff {
			return true
		}
	}
	return false
}

// houseLine reports whether a part of the one-line address v opens with a
// word that numbers a dwelling or a block ("House 221", "Flat 2", "Block
// J", "кв. 17", "45-uy"): an address, not a ticket, a table or a version
// beside a city ("Ticket 42, Beijing", "v2.1, Shanghai").
func houseLine(v string) bool {
	for p := range strings.SplitSeq(v, ",") {
		w := strings.ToLower(strings.TrimSpace(p))
		if i := strings.IndexAny(w, " -"); i > 0 {
			if houseWords[strings.TrimRight(w[:i], ".")] || houseWords[strings.TrimLeft(w[i+1:], " ")] {
				return true
			}
		}
	}
	return false
}

var houseWords = map[string]bool{
	"house": true, "flat": true, "apt": true, "apartment": true, "block": true, "plot": true, "unit": true,
	"suite": true, "floor": true, "building": true, "bldg": true, "sector": true, "phase": true, "no": true,
	"nr": true, "kv": true, "kvartal": true, "д": true, "дом": true, "кв": true, "квартира": true, "корп": true,
	"uy": true, "xonadon": true, "blok": true, "gang": true, "rt": true, "lot": true, "lote": true, "casa": true,
	"piso": true, "depto": true, "bloco": true, "apto": true, "etaj": true, "daire": true, "kat": true,
}

// tenDigits reports whether v is ten digits with the separators a
// national number takes (the NHS number's shape).
func tenDigits(v string) bool {
	d := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			d++
		case c == ' ' || c == '-':
		default:
			return false
		}
	}
	return d == 10
}

// schacUniqueIDCountry is the issuing country's code in a SCHAC
// personalUniqueID URN (urn:schac:personalUniqueID:<cc>:<type>:<id>), or
// false. "int" (an international scheme) names no country.
func schacUniqueIDCountry(v string) (string, bool) {
	const prefix = "urn:schac:personaluniqueid:"
	if len(v) <= len(prefix)+3 || !strings.EqualFold(v[:len(prefix)], prefix) {
		return "", false
	}
	rest := v[len(prefix):]
	cc, tail, ok := strings.Cut(rest, ":")
	if !ok || len(cc) != 2 || tail == "" || !asciiLetters(cc) {
		return "", false
	}
	return strings.ToUpper(cc), true
}

// upiMobileHandle reports whether v is an Indian payment or Account
// Aggregator handle made of a mobile number: ten digits opening with 6
// to 9 (or with 91 before them), "@", and a handle of letters with no dot
// (an e-mail's domain has one: "9876543210@gmail.com" is no handle).
func upiMobileHandle(v string) bool {
	at := strings.IndexByte(v, '@')
	if at < 0 || len(v)-at < 3 || len(v)-at > 24 {
		return false
	}
	num, handle := v[:at], v[at+1:]
	if len(num) == 12 && strings.HasPrefix(num, "91") {
		num = num[2:]
	}
	if len(num) != 10 || num[0] < '6' || !allDigits(num) {
		return false
	}
	for i := 0; i < len(handle); i++ {
		c := handle[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0 || c == '-' && i > 0) {
			return false
		}
	}
	return true
}
