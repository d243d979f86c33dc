package classifier

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/geo"
)

type evidence struct {
	country string
	base    int
	// byValue: an identifier found by its value under a generic name,
	// medium strength (idvalues.go).
	byValue bool
	// party: found in the record of a party the event's type names
	// (walk.go's eventParties), the subject's only when the event
	// says nothing stronger of its own.
	party bool
	// goods: an address under a billing, shipping or delivery context,
	// where goods or bills go, not the subject's own.
	goods bool
	// subCode: a residence read from an ISO 3166-2 code's country part
	// ({"region": "CN-BJ"}), which a stated country outranks when it is
	// Hong Kong, Macao or Taiwan (dropChinaSubdivision).
	subCode bool
}

// strength is the evidence's tier: its base's, but medium for an
// identifier found by value.
func (e evidence) strength() int {
	if e.byValue {
		return tierMedium
	}
	return baseTier(e.base)
}

func (rs *Ruleset) phoneRegion(v string) (string, bool) {
	var d [16]byte
	n := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			if n == len(d) {
				return "", false
			}
			d[n] = c
			n++
		case c == '+' && n == 0, c == ' ', c == '-', c == '(', c == ')', c == '.':
		default:
			return detect.PhoneRegion(v, "")
		}
	}
	if len(v) == 0 || v[0] != '+' || n < 8 || n > 15 {
		return detect.PhoneRegion(v, "")
	}
	if r, ok := rs.phoneCache.getBytes(d[:6]); ok {
		return r, true
	}
	r, ok := detect.PhoneRegion(v, "")
	if ok {
		rs.phoneCache.put(string(d[:6]), r)
	}
	return r, ok
}

// evAnswer is a cached evidence lookup.
type evAnswer struct {
	cc string
	ok bool
}

// cached memoizes a country lookup. Locale tags and country names repeat
// across events, and parsing them (x/text, case folding) allocates.
func (rs *Ruleset) cached(m *memo[evAnswer], v string, f func(string) (string, bool)) (string, bool) {
	if e, ok := m.get(v); ok {
		return e.cc, e.ok
	}
	cc, ok := f(v)
	m.put(v, evAnswer{cc, ok})
	return cc, ok
}

func (rs *Ruleset) evidenceOf(s *scratch, base int, i int32, named bool) {
	rs.evidenceValue(s, base, i, s.doc.Nodes[i].Str, named, true)
}

// evidenceValue adds the evidence value v is, found at leaf i: the leaf's
// own value (own), or a value inside it (a JSON document in a string),
// for which a phone needing a region hint is dropped rather than parsed
// again from the leaf.
func (rs *Ruleset) evidenceValue(s *scratch, base int, i int32, v string, named, own bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	var cc string
	var ok bool
	switch base {
	case baseResidence, baseCitizenship, baseIP, baseAddress, baseLocation, baseCard:
		if geo.NotApplicable(v) || own && strings.EqualFold(v, "NA") && fillerSiblings(s, i) {
			// "N/A" is not Namibia; nor is "NA" in a record whose other
			// members say "NA" too (Paymob's billing_data fills every
			// field it was not given with "NA").
			return
		}
		if v[0] == '+' {
			// A calling code ("country_code": "+250") is no ISO numeric
			// code (250 is France's): it is the subject's phone's
			// country, weak evidence.
			if cc, ok := detect.CallingCodeRegion(v); ok {
				s.ev = append(s.ev, evidence{country: cc, base: basePhone})
			}
			return
		}
		if base == baseAddress && strings.Trim(v, "0123456789 ") == "" {
			return // an address's house or flat number, not ISO numeric 136 (Cayman)
		}
		if base == baseCitizenship && own && strings.ContainsAny(v, ";,/|&") && rs.severalCitizenships(s, i, v) {
			return
		}
		if base == baseCitizenship && (geo.EthnicGroup(v) || own && rs.ethnicNationality(s, i, v)) {
			// "nationality": "Uyghur", "俄罗斯族" (民族, национальность),
			// or a demonym beside an explicit citizenship: an ethnic
			// group, sensitive (valuePass), no country.
			return
		}
		cc, ok = rs.cached(rs.countryCache, v, rs.geo.Country)
		if ok && own && cc == "CN" && base != baseCitizenship {
			if part := rs.chinaPartBeside(s, i); part != "" {
				// {"country": "中国", "province": "香港特别行政区"}: Hong
				// Kong, Macao or Taiwan filed as a province of China, as
				// Taobao's, JD's and WeChat's address pickers file them.
				cc = part
			}
		}
		if ok && own && cc == "US" && (base == baseResidence || base == baseAddress || base == baseLocation) {
			rs.usStateOf(s, v)
		}
		if !ok && base == baseAddress && own && rs.idPostcode >= 0 && s.nodeCat[i] == rs.idPostcode {
			// "NR21 0HX", "K1A 0B1", "01310-100": a postal code in a
			// notation only one country uses names it, as the
			// address it belongs to would. Only a postal code's own
			// field: an address line's "Apt 1234" or "Suite 1200" is
			// no Maltese code (red team 30).
			cc, ok = geo.PostcodeCountry(v)
		}
		if !ok && (base == baseAddress || base == baseResidence) {
			// 東京都千代田区丸の内1-1-1: a CJK address names its country
			// by its first division.
			cc, ok = geo.AddressCountry(v)
			if ok && geo.DivisionOnly(v) {
				// "上海市" alone under location: a place named, as a
				// city is (weak), not an address.
				s.ev = append(s.ev, evidence{country: cc, base: baseCity})
				return
			}
		}
		if !ok && base == baseIP {
			return // an IP address itself: no GeoIP database is configured
		}
		if !ok && base == baseCitizenship {
			if cc, ok = geo.ICAONationality(v); !ok && geo.NoNationality(v) {
				// Stateless, a refugee, ICAO's XXA: a definite answer
				// that names no country. The field stays personal
				// (its category says so); it is no evidence.
				return
			} else if !ok && geo.Supranational(v) {
				// "EU": no member state named. Evidence enough when the
				// event says where the subject lives (attribute checks).
				if own {
					s.unionCitizenship = append(s.unionCitizenship, i)
				}
				return
			}
		}
		if !ok && base == baseCitizenship && named && !geo.Unknown(v) {
			if yesWord(v) || noWord(v) {
				if ki := rs.keyInfo(s, s.doc.Nodes[i].Key); ki.natCC != "" {
					// "ru_citizenship": "Y": a yes/no question about
					// one country, its name naming the country
					// (identifierValues reads the yes).
					return
				}
			}
			// A citizenship nobody can read must not silently drop the
			// law that protects it: fail closed.
			s.badCitizenship = append(s.badCitizenship, i)
			return
		}
		if !ok && base == baseResidence && named && !geo.Unknown(v) && len(v) <= 64 && !strings.ContainsAny(v, "0123456789") {
			// Nor a country of residence written in words ("中国大陆"
			// before it was known): the law of where the subject lives
			// could be the strictest of all. Numbers are other
			// schemes' (a calling code, VK's country 1), no names.
			s.badResidence = append(s.badResidence, i)
			return
		}
	case basePhone:
		if len(v) <= 3 && asciiLetters(v) {
			if strings.EqualFold(v, "NA") && (!own || fillerSiblings(s, i) || !strings.Contains(rs.keyInfo(s, s.doc.Nodes[i].Key).fold, "country")) {
				// "NA" under phone_number is no number: a filler, not
				// Namibia's SIM card, unless a country's name holds it.
				return
			}
			// A phone's or a SIM card's country named by its code
			// (sim_country: "CN", phone.country: "RU"): weak phone
			// evidence of it.
			if cc, ok = rs.cached(rs.countryCache, v, rs.geo.Country); ok && len(cc) == 2 {
				s.ev = append(s.ev, evidence{country: cc, base: basePhone})
			}
			return
		}
		n := phoneNotation(v)
		if own && v[0] != '+' {
			if code := rs.siblingCallingCode(s, i); code != "" {
				// DingTalk's {"state_code": "86", "mobile": "13123459432"}:
				// the calling code beside the number, not the "+1" a bare
				// eleven digits would be read with.
				if m := "+" + code + strings.TrimLeft(v, "0"); rs.validPhone(m) {
					n = m
				}
			}
		}
		if own && n == v && msisdnName[rs.keyInfo(s, s.doc.Nodes[i].Key).fold] && allDigits(v) && len(v) >= 8 && v[0] != '0' {
			// An MSISDN (WhatsApp's wa_id, an SMS gateway's msisdn) is
			// the international number without its "+" by definition,
			// however short: "6581235993" is +65 8123 5993.
			n = "+" + v
		}
		cc, ok = rs.phoneRegion(n)
		if !ok {
			cc, ok = detect.MaskedPhoneRegion(v)
		}
		if !ok {
			if own {
				s.phones = append(s.phones, i)
			}
			return
		}
	case baseLocale:
		if len(v) <= 3 && asciiLetters(v) && strings.ToUpper(v) == v {
			// A locale's country named by its code (locale_country:
			// "US"); a bare lower-case tag is a language ("de").
			if cc, ok = rs.cached(rs.countryCache, v, rs.geo.Country); ok && len(cc) == 2 {
				s.ev = append(s.ev, evidence{country: cc, base: baseLocale})
			}
			return
		}
		cc, ok = rs.cached(rs.localeCache, v, rs.geo.Locale)
		if !ok && own && len(v) <= 3 && rs.languageField(s, i) {
			// Telegram's language_code "be", "uk": under a language's
			// own name a bare tag is a language, never the country
			// code it is spelled like (Belgium, the United Kingdom).
			cc, ok = geo.LanguageCountry(v)
		}
		if !ok && own {
			if h, ok := geo.LikelyRegion(v); ok {
				s.langHints = append(s.langHints, h)
			}
		}
	case baseTimezone:
		cc, ok = geo.TimeZone(v)
	case baseCity:
		cc, ok = rs.cached(rs.cityCache, v, geo.City)
		if ok && besideNorthAmericanState(s, i, cc) {
			// {"city": "St. Petersburg", "state": "FL"}: a town in
			// Florida, not Russia's second city.
			return
		}
		if ok && own && cc == "US" && rs.besideUSState(s, i) {
			// {"city": "Los Angeles", "state": "California"}: a city
			// and its state are an address, as a street beside it makes
			// one; the state's law (US-CA) then applies.
			base = baseAddress
		} else if ok && own && rs.idAddress >= 0 && rs.besideStreet(s, i) {
			// A city with a street beside it ({"street": "ул. Ленина 1",
			// "city": "Москва", "postal_code": "101000"}) is an address:
			// where the subject lives, as an address says it.
			base = baseAddress
		}
	case baseSubdivision:
		if own {
			s.subVals = append(s.subVals, geo.Fold(v))
		}
		if isoSubdivision(v) {
			// An ISO 3166-2 code names its country as plainly as a
			// country field does ({"region": "CN-BJ"} beside an RU
			// citizenship is a Russian living in Beijing): the same
			// evidence as the country of residence would be.
			if cc, ok = geo.ChinaPart(v); ok {
				// CN-HK, CN-TW, CN-MO: Hong Kong, Taiwan and Macao as
				// ISO 3166-2:CN files them, each its own regime, never
				// mainland China's.
				s.ev = append(s.ev, evidence{country: cc, base: baseResidence})
			} else if cc, ok = rs.cached(rs.countryCache, v[:2], rs.geo.Country); ok && len(cc) == 2 {
				s.ev = append(s.ev, evidence{country: cc, base: baseResidence, subCode: true})
			}
		} else if cc, ok = rs.cached(rs.subdivisionCache, v, geo.SubdivisionCountry); ok && named {
			// A province named in words ("province": "Guangdong") is
			// part of an address: where the subject lives, as an
			// address says it (medium), for the countries whose laws
			// keep data at home (geo.SubdivisionCountry).
			s.ev = append(s.ev, evidence{country: cc, base: baseAddress})
		} else if named && v[0] >= 0xe0 {
			// A prefecture or province written in its own script
			// ("prefecture": "東京都", Rakuten's split address): the
			// first division of a CJK address names its country.
			if cc, ok = geo.AddressCountry(v); ok {
				s.ev = append(s.ev, evidence{country: cc, base: baseAddress})
			}
		} else if named && len(v) == 2 {
			// A US state's or a Canadian province's code beside a postal
			// code of its own region ({"region": "NY", "postal_code":
			// "11215"}: Braintree's sub-merchant, many US forms that
			// write no country): a North American address.
			if cc, ok := besideOwnPostcode(s, i, v); ok {
				s.ev = append(s.ev, evidence{country: cc, base: baseAddress})
			}
		}
		return
	}
	if ok && cc != "" && cc != "ZZ" {
		s.ev = append(s.ev, evidence{country: cc, base: base})
	}
}

// usStateOf notes the US state a US value names, as a subdivision
// field's would be ({"state": "CA"}): "US-CA" in a country field, "…,
// Cupertino, CA 95014, USA" or "San Francisco, California" on one line.
// A subdivision's law (US-CA) then applies as it does beside a state
// field.
func (rs *Ruleset) usStateOf(s *scratch, v string) {
	if isoSubdivision(v) {
		s.subVals = append(s.subVals, geo.Fold(v))
	} else if st, ok := geo.USStateInLine(v); ok {
		s.subVals = append(s.subVals, st)
	}
}

// msisdnName are the member names whose digits are an international
// number without its "+" by definition (E.164's MSISDN, WhatsApp's ids).
var msisdnName = map[string]bool{"msisdn": true, "waid": true, "whatsappid": true, "wauserid": true}

func asciiLetters(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return v != ""
}

// severalCitizenships reads a value naming more than one citizenship
// ("Russia; Germany", "DE, RU", "RU/DE") as evidence of each, when every
// part names a country; "Korea, Republic of" is one.
func (rs *Ruleset) severalCitizenships(s *scratch, i int32, v string) bool {
	sep := func(r rune) bool { return strings.ContainsRune(";,/|&", r) }
	n := 0
	for part := range strings.FieldsFuncSeq(v, sep) {
		if cc, ok := rs.cached(rs.countryCache, strings.TrimSpace(part), rs.geo.Country); !ok || len(cc) != 2 {
			return false
		}
		n++
	}
	if n < 2 {
		return false
	}
	for part := range strings.FieldsFuncSeq(v, sep) {
		cc, _ := rs.cached(rs.countryCache, strings.TrimSpace(part), rs.geo.Country)
		s.ev = append(s.ev, evidence{country: cc, base: baseCitizenship})
	}
	return true
}

func (rs *Ruleset) validPhone(v string) bool {
	_, ok := rs.phoneRegion(v)
	return ok
}

// callingCodeNames are the member names a phone's calling code goes by
// beside the number: DingTalk's state_code, a form's dial_code.
var callingCodeNames = map[string]bool{
	"statecode": true, "callingcode": true, "countrycallingcode": true, "dialcode": true, "dialingcode": true,
	"phonecode": true, "phonecountrycode": true, "phoneprefix": true, "isdcode": true, "countrycode": true,
	"mobilecountrycallingcode": true, "phonecallingcode": true, "telcode": true,
}

// siblingCallingCode is the calling code (one to three digits, with or
// without "+") a member of phone leaf i's own object holds under a calling
// code's name, or "".
func (rs *Ruleset) siblingCallingCode(s *scratch, i int32) string {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p < 0 || nodes[p].Kind != event.Object {
		return ""
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == i || sib.Kind != event.String && sib.Kind != event.Number || !callingCodeNames[rs.keyInfo(s, sib.Key).fold] {
			continue
		}
		raw := strings.TrimSpace(sib.Str)
		v := strings.TrimPrefix(raw, "+")
		if len(v) >= 1 && len(v) <= 3 && allDigits(v) && v[0] != '0' {
			if v == raw && usStateCode(v) && (rs.keyInfo(s, sib.Key).fold == "statecode" || rs.besideUSState(s, i)) {
				// Red team 38 (F1): {"state": "WI", "state_code": "55",
				// "phone": "4145551234"}: a US state's FIPS code (55
				// Wisconsin, 39 Ohio) is no calling code (Brazil's,
				// Italy's). Under a state's own name, or beside a US
				// state, only a "+" makes it one.
				continue
			}
			return v
		}
	}
	return ""
}

// usStateCode reports whether v is a US state's or territory's FIPS
// code written without its leading zero's need (10 to 56, 60, 66, 69,
// 72, 78): the numbers a state_code holds in US records.
func usStateCode(v string) bool {
	n := 0
	for i := 0; i < len(v); i++ {
		n = n*10 + int(v[i]-'0')
	}
	switch {
	case n == 14 || n == 43 || n == 52:
		return false
	case n >= 10 && n <= 56, n == 60, n == 66, n == 69, n == 72, n == 78:
		return true
	}
	return false
}

// phoneNotation rewrites the international notations libphonenumber
// does not take as such into "+<digits>": a tel: URI (RFC 3966, its
// parameters dropped), the 00 international prefix, and a bare number of
// 11 to 15 digits that does not start with a trunk 0 ("79123742116").
// Anything else is returned as written, for the national parse with a
// hint from the event.
func phoneNotation(v string) string {
	if len(v) > 4 && strings.EqualFold(v[:4], "tel:") {
		v = v[4:]
		if k := strings.IndexByte(v, ';'); k >= 0 {
			v = v[:k]
		}
	}
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "00") && len(v) > 4 && v[2] != '0' {
		return "+" + v[2:]
	}
	if v == "" || v[0] == '+' || v[0] == '0' {
		return v
	}
	digits := 0
	for k := 0; k < len(v); k++ {
		switch c := v[k]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
		default:
			return v
		}
	}
	if digits >= 11 && digits <= 15 {
		return "+" + v
	}
	return v
}

// citizenshipBeside reports whether unreadable citizenship leaf i has a
// sibling naming the same citizenship in a form that reads (itsme's
// claim_citizenship "Roemeen" beside claim_citizenship_as_iso "ROU"): the
// producer said it twice, and the law it calls for is known.
func (rs *Ruleset) citizenshipBeside(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p < 0 || nodes[p].Kind != event.Object {
		return false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == i || sib.Kind != event.String {
			continue
		}
		if k := rs.keyInfo(s, sib.Key); k.cat < 0 || rs.cats[k.cat].evidence != baseCitizenship {
			continue
		}
		if cc, ok := rs.cached(rs.countryCache, strings.TrimSpace(sib.Str), rs.geo.Country); ok && len(cc) == 2 {
			return true
		}
	}
	return false
}

// ethnicNationality reports whether citizenship leaf i is a form's
// ethnic group rather than a citizenship: a demonym ("русская",
// "Russian", "Uzbek"; not a code or a country's name) under a
// "nationality" name beside a sibling named for citizenship
// ({"citizenship": "KZ", "nationality": "русская"}). A post-Soviet or
// Chinese form that asks for both means by the second the
// национальность, the 民族: sensitive.ethnicity, no evidence of any
// country. A "nationality" alone still reads as citizenship.
func (rs *Ruleset) ethnicNationality(s *scratch, i int32, v string) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p < 0 || nodes[p].Kind != event.Object || !nationalityKey(rs.keyInfo(s, nodes[i].Key).fold) || !rs.geo.Demonym(v) {
		return false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == i || sib.Kind != event.String || strings.TrimSpace(sib.Str) == "" {
			continue
		}
		if k := rs.keyInfo(s, sib.Key); k.cat >= 0 && rs.cats[k.cat].evidence == baseCitizenship && citizenshipKey(k.fold) {
			return true
		}
	}
	return false
}

// nationalityKey: a folded name that says "nationality" (nationality,
// nationalité, Nationalität, национальность) and not citizenship.
func nationalityKey(f string) bool {
	return (strings.Contains(f, "nationalit") || strings.Contains(f, "национальн")) && !citizenshipKey(f)
}

// citizenshipKey: a folded name that says citizenship in the languages
// of the forms that ask for both (citizenship, гражданство, 国籍,
// Staatsangehörigkeit, obywatelstwo, азаматтығы, fuqaroligi).
func citizenshipKey(f string) bool {
	for _, w := range citizenshipKeyWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

var citizenshipKeyWords = [...]string{"citizen", "гражданств", "国籍", "國籍", "staatsangeh", "staatsbürger", "staatsburger", "obywatel", "ciudadan", "cidadan", "cittadinanz", "азамат", "fuqaro", "громадянств", "hromadianstv", "grazhdanstv"}

// chinaPartBeside is HK, MO or TW when country leaf i (holding China)
// has a sibling subdivision, city, region or address naming Hong Kong,
// Macao or Taiwan ({"country": "China", "region": "Hong Kong"},
// {"country_code": "CN", "region_code": "HK"}, {"country": "CN",
// "city": "Taipei"}, an address line ending "…, Kowloon"): each is its
// own regime, never mainland China. Only the record's own country is
// read so: a buyer's China beside a shipment's Hong Kong stays China.
func (rs *Ruleset) chinaPartBeside(s *scratch, i int32) string {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p < 0 || nodes[p].Kind != event.Object {
		return ""
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == i || sib.Kind != event.String {
			continue
		}
		k := rs.keyInfo(s, sib.Key)
		if k.cat < 0 {
			continue
		}
		v := strings.TrimSpace(sib.Str)
		if v == "" {
			continue
		}
		var cc string
		switch rs.cats[k.cat].evidence {
		case baseSubdivision:
			cc, _ = rs.cached(rs.countryCache, v, rs.geo.Country)
		case baseCity:
			cc, _ = rs.cached(rs.cityCache, v, geo.City)
		case baseAddress, baseLocation:
			if cc, _ = rs.cached(rs.cityCache, v, geo.City); cc == "" {
				cc, _ = rs.geo.AddressLine(v)
			}
		}
		if cc == "HK" || cc == "MO" || cc == "TW" {
			return cc
		}
	}
	return ""
}

// residenceStated reports whether the event states where the subject
// lives: a country of residence or an address of its own.
func (s *scratch) residenceStated() bool {
	for _, e := range s.ev {
		if !e.party && !e.goods && (e.base == baseResidence || e.base == baseAddress) {
			return true
		}
	}
	return false
}

// dropChinaSubdivision removes a mainland Chinese residence read only
// from an ISO 3166-2:CN code ({"region": "CN-31"}) when a country field
// states Hong Kong, Macao or Taiwan ({"country": "HK"}): a stated
// country is never overridden by a subdivision code, and PIPL's
// in-country rule must not take a Hong Kong resident's record to the
// mainland on a code's word.
func (s *scratch) dropChinaSubdivision() {
	stated, sub := false, false
	for _, e := range s.ev {
		switch {
		case e.base == baseResidence && !e.subCode && (e.country == "HK" || e.country == "MO" || e.country == "TW"):
			stated = true
		case e.subCode && e.country == "CN":
			sub = true
		}
	}
	if !stated || !sub {
		return
	}
	kept := s.ev[:0]
	for _, e := range s.ev {
		if !(e.subCode && e.country == "CN") {
			kept = append(kept, e)
		}
	}
	s.ev = kept
}

// dropPartyEvidence removes the evidence found in a named party's record
// ({"type": "seller.registered", "seller": {...}}) when the event holds
// evidence of medium strength or more of its own (a user's address, a
// citizenship): a seller's sign-up is the seller's, but a user's billing
// address in Moscow beside it says where the subject lives, and a party
// must not steer a full record away from it.
func (s *scratch) dropPartyEvidence() {
	party, own := false, false
	for _, e := range s.ev {
		if e.party {
			party = true
		} else if e.strength() >= tierMedium {
			own = true
		}
	}
	if !party || !own {
		return
	}
	kept := s.ev[:0]
	for _, e := range s.ev {
		if !e.party {
			kept = append(kept, e)
		}
	}
	s.ev = kept
}

// attribute turns evidence into jurisdictions.
func (rs *Ruleset) attribute(s *scratch, d *Decision) failure {
	for _, i := range s.badCitizenship {
		if !rs.citizenshipBeside(s, i) {
			return failure{ReasonUnrecognisedCitizenship, rs.errPath(s, i) + " holds a citizenship that names no known country"}
		}
	}
	if len(s.unionCitizenship) > 0 && !s.residenceStated() {
		return failure{ReasonUnrecognisedCitizenship, rs.errPath(s, s.unionCitizenship[0]) + " holds a union's citizenship (EU) that names no member state, and no residence is stated"}
	}
	if len(s.badResidence) > 0 {
		return failure{ReasonUnknownJurisdiction, rs.errPath(s, s.badResidence[0]) + " holds a country of residence that names no known country"}
	}
	s.dropPartyEvidence()
	s.dropChinaSubdivision()
	tier := rs.hintPhones(s)
	var accBuf [8]countryAcc
	countries := s.countries(accBuf[:0], tier)
	if len(countries) == 0 {
		return failure{ReasonNoJurisdiction, "no usable evidence of the subject's country (country, citizenship, phone, locale or time zone)"}
	}
	unknown := rs.jurisdictions(s, d, countries, tier, false)
	if len(unknown) == 0 && len(d.Jurisdictions) == 0 {
		// No law counts the evidence as it is (a German citizen living
		// in Russia: GDPR does not key on citizenship, 152-FZ's residence
		// proxy stands aside for a stated citizenship). Rather than lose
		// the event, let every law's proxies stand in.
		unknown = rs.jurisdictions(s, d, countries, tier, true)
	}
	for t := tier - 1; t >= tierMedium && len(unknown) == 0 && len(d.Jurisdictions) == 0; t-- {
		// The strongest evidence is a citizenship no law counts (a
		// German citizen), but weaker evidence says where the subject
		// lives ("Shenzhen, China" as an address): that is the better
		// guess than citizenship standing for residence. A phone or a
		// locale is not: a SIM card or a keyboard, not a home.
		countries = s.countries(accBuf[:0], t)
		unknown = rs.jurisdictions(s, d, countries, t, false)
	}
	if len(unknown) == 0 && len(d.Jurisdictions) == 0 {
		countries = s.countries(accBuf[:0], tier)
		// Still nothing: the evidence is a citizenship whose law keys on
		// residence or presence (a German citizen and nothing else). A
		// citizen most often lives in their country, so the citizenship
		// stands for residence, as weak evidence: the law applies and
		// its region is home, but it forces no localization.
		rs.citizenshipAsResidence(s, d, countries)
	}
	if len(unknown) > 0 {
		return failure{ReasonUnknownJurisdiction, "no rule pack covers " + strings.Join(unknown, ",")}
	}
	if len(d.Jurisdictions) == 0 {
		return failure{ReasonNoJurisdiction, "the evidence found is not evidence any applicable law counts"}
	}
	d.HomeRegion = s.juris[0].region
	return failure{}
}

// topTier is the strongest tier of the event's evidence, -1 for none.
func (s *scratch) topTier() int {
	t := -1
	for _, e := range s.ev {
		t = max(t, e.strength())
	}
	return t
}

// hintPhones parses national-format phones with the country the other
// evidence names, when it names exactly one, and returns the strongest
// tier of evidence (weaker evidence counts only without stronger).
//
// With no evidence at all, two weak signals that agree are one: a
// national number ("06 12 34 91 65" is valid in 29 countries) that is
// valid in exactly one of the countries the event's e-mail domains
// (orange.fr) or bare language tags ("el": Greece) suggest is weak phone
// evidence of that country. Neither hint is evidence alone.
func (rs *Ruleset) hintPhones(s *scratch) (tier int) {
	tier = s.topTier()
	if len(s.phones) == 0 {
		return tier
	}
	hint := ""
	for _, e := range s.ev {
		if e.strength() < tier {
			continue
		}
		if hint == "" {
			hint = e.country
		} else if hint != e.country {
			hint = ""
			break
		}
	}
	if hint != "" {
		for _, i := range s.phones {
			if cc, ok := hintedRegion(s.doc.Nodes[i].Str, hint); ok {
				s.ev = append(s.ev, evidence{country: cc, base: basePhone})
			}
		}
	} else if tier < 0 {
		cc := rs.agreeingHint(s)
		if cc == "" {
			cc = rs.notationCountry(s)
		}
		if cc != "" {
			s.ev = append(s.ev, evidence{country: cc, base: basePhone})
		}
	}
	return s.topTier()
}

// notationCountry is the one country whose national notation the event's
// national-format phones are written in ("(11) 96123-9146": BR), when
// they agree; "" otherwise. Only a grouping that one country alone uses
// counts (detect.NationalNotationRegion).
func (rs *Ruleset) notationCountry(s *scratch) string {
	found := ""
	for _, i := range s.phones {
		cc, ok := rs.cached(rs.notationCache, s.doc.Nodes[i].Str, detect.NationalNotationRegion)
		if !ok {
			continue
		}
		if found != "" && found != cc {
			return ""
		}
		found = cc
	}
	return found
}

// hintedRegion parses a phone that named no country by itself in the
// national format of hint. A bare number of 11 digits or more was first
// read as international ("79123742116"); with a trunk prefix other than 0
// (Belarus's 8: "80294916724") it is national, and read so here.
func hintedRegion(v, hint string) (string, bool) {
	n := phoneNotation(v)
	if cc, ok := detect.PhoneRegion(n, hint); ok {
		return cc, true
	}
	if n != v && !strings.HasPrefix(strings.TrimSpace(v), "+") {
		return detect.PhoneRegion(strings.TrimSpace(v), hint)
	}
	return "", false
}

// providerCountry is a provider that operates in one country.
type providerCountry struct{ word, country string }

// providerIn is the country of the first provider v names (in any case),
// or "".
func (rs *Ruleset) providerIn(v string) string {
	for _, p := range rs.providers {
		if containsFold(v, p.word) {
			return p.country
		}
	}
	return ""
}

// agreeingHint is the one country among the event's weak hints (e-mail
// country domains, bare language tags, a currency one country uses, a
// provider of one country) in which its national-format phones are
// valid, or "" when none or several are.
func (rs *Ruleset) agreeingHint(s *scratch) string {
	var buf [8]string
	hints := buf[:0]
	add := func(cc string) {
		if cc != "" && !slices.Contains(hints, cc) && len(hints) < cap(buf) {
			hints = append(hints, cc)
		}
	}
	for _, h := range s.langHints {
		add(h)
	}
	// Every e-mail address, also one under a name no rule knows
	// ("保護者メール", found by its value only later, in valuePass): this
	// is the path of events with no evidence at all.
	for i := range s.doc.Nodes {
		if n := &s.doc.Nodes[i]; n.Kind == event.String && len(n.Str) < 255 && strings.IndexByte(n.Str, '@') > 0 && detect.Email(n.Str) {
			add(detect.EmailCountry(n.Str))
		}
	}
	// The currency a price is in, when one country alone uses it (COP,
	// THB): a Colombian shop's form takes a Colombian number without
	// +57. Where the shop sells, not where the buyer lives: a hint for
	// the phone, never evidence alone.
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &s.doc.Nodes[l.node]
		if n.Kind != event.String {
			continue
		}
		if l.cat >= 0 && rs.cats[l.cat].name == "meta.currency" {
			if cc, ok := geo.CurrencyCountry(n.Str); ok {
				add(cc)
			} else if cc, ok := geo.CurrencySymbolCountry(n.Str); ok {
				add(cc) // Tokopedia's "Rp"
			}
			continue
		}
		// The script the subject's name or note is written in, when one
		// country alone writes it (Hangul, Thai, Vietnamese): a Hanoi
		// shop's order of "Trần Thị Bích Ngọc" with "0912 348 600".
		if (l.cat < 0 || l.cat == rs.idText || l.cat == rs.idName) && rs.contextBase(s, l.node, baseAddress) >= 0 && !rs.otherPerson(s, l.node) {
			// Not a product's, a seller's or a shop's name (ชาไทย on
			// a line item), nor another person's.
			if cc, ok := geo.ScriptCountry(n.Str); ok {
				add(cc)
			}
		}
		// A shop's own address on the web (https://apotek.example.se/…)
		// under a country's domain: its forms take that country's
		// numbers.
		if cc := urlCountry(n.Str); cc != "" {
			add(cc)
		}
	}
	// A provider that operates in one country, named by a member
	// ("fawryRefNumber"), a host or a path ("/fawry/notify"): its
	// customers' national numbers are that country's.
	if len(rs.providers) > 0 {
		for i := range s.doc.Nodes {
			n := &s.doc.Nodes[i]
			if n.Kind == event.String && len(n.Str) < 512 && strings.ContainsAny(n.Str, "/.") {
				add(rs.providerIn(n.Str))
			}
			if n.Key != "" && len(n.Key) < 64 {
				add(rs.providerIn(n.Key))
			}
		}
	}
	found := ""
	for _, h := range hints {
		for _, i := range s.phones {
			if cc, ok := hintedRegion(s.doc.Nodes[i].Str, h); ok && cc == h {
				if found != "" && found != cc {
					return ""
				}
				found = cc
			}
		}
	}
	if found == "" && len(hints) == 0 {
		found = rs.scriptFamilyHint(s)
	}
	return found
}

// scriptFamilies are the countries that write people's names in a script
// several countries share: a national-format number valid in exactly one
// of them names it (Fawry's "مارينا مصطفى عزيز" with "01001233738":
// Egypt, where the number is valid; an 11-digit 010 number is Korea's and
// Malaysia's too, whose scripts differ).
var scriptFamilies = []struct {
	table     *unicode.RangeTable
	countries []string
}{
	{unicode.Arabic, []string{"EG", "SA", "AE", "JO", "IQ", "SY", "LB", "KW", "QA", "BH", "OM", "YE", "MA", "DZ", "TN", "LY", "SD", "PS", "IR", "PK", "AF"}},
	{unicode.Cyrillic, []string{"RU", "UA", "BY", "KZ", "KG", "BG", "RS", "MK", "MN", "TJ"}},
}

// scriptFamilyHint is the one country of the script family the subject's
// name is written in where the event's national-format phones are valid,
// or "".
func (rs *Ruleset) scriptFamilyHint(s *scratch) string {
	var fam []string
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &s.doc.Nodes[l.node]
		if n.Kind != event.String || l.cat != rs.idName || rs.otherPerson(s, l.node) || rs.contextBase(s, l.node, baseAddress) < 0 {
			continue
		}
		for _, f := range scriptFamilies {
			if strings.IndexFunc(n.Str, func(r rune) bool { return unicode.Is(f.table, r) }) >= 0 {
				fam = f.countries
				break
			}
		}
		if fam != nil {
			break
		}
	}
	found := ""
	for _, h := range fam {
		for _, i := range s.phones {
			if cc, ok := hintedRegion(s.doc.Nodes[i].Str, h); ok && cc == h {
				if found != "" && found != cc {
					return ""
				}
				found = cc
			}
		}
	}
	return found
}

// countryAcc is one country the evidence names: by which bases, the
// strongest first.
type countryAcc struct {
	country string
	bases   uint16
	best    int  // baseRank of its strongest basis
	home    bool // the subject's own address names it (not a billing or shipping one)
}

// countries gathers the evidence of the strongest tier present by
// country, strongest first, appended to dst.
func (s *scratch) countries(dst []countryAcc, tier int) []countryAcc {
	// A citizenship says who the subject is, not where they live: when
	// nothing strong says where (residence, location, IP), an address
	// still does. An RU citizen with a Chinese address is under PIPL too
	// (and the conflict policy decides), not exported on RU's law alone.
	// An IP is no such statement: a trip, a VPN or a company's gateway
	// moves it, and the subject's own address still counts beside it.
	presence := false
	for _, e := range s.ev {
		if e.strength() >= tier && (e.base == baseResidence || e.base == baseLocation) {
			presence = true
		}
	}
	for _, e := range s.ev {
		if e.strength() < tier && !(tier == tierStrong && !presence && e.base == baseAddress && !e.byValue && !e.goods) {
			continue
		}
		home := e.base == baseAddress && !e.goods
		found := false
		for k := range dst {
			if dst[k].country == e.country {
				dst[k].bases |= 1 << e.base
				dst[k].best = min(dst[k].best, baseRank[e.base])
				dst[k].home = dst[k].home || home
				found = true
			}
		}
		if !found {
			dst = append(dst, countryAcc{country: e.country, bases: 1 << e.base, best: baseRank[e.base], home: home})
		}
	}
	// Weaker evidence agreeing with a country found is still worth
	// showing as a basis.
	for _, e := range s.ev {
		if e.strength() < tier {
			for k := range dst {
				if dst[k].country == e.country {
					dst[k].bases |= 1 << e.base
				}
			}
		}
	}
	slices.SortStableFunc(dst, func(a, b countryAcc) int {
		if a.best != b.best {
			return a.best - b.best
		}
		if na, nb := bits.OnesCount16(a.bases), bits.OnesCount16(b.bases); na != nb {
			// More kinds of evidence agreeing first: a +86 phone, a
			// zh-CN locale and a Shanghai time zone say more than a +1
			// phone alone.
			return nb - na
		}
		return strings.Compare(a.country, b.country)
	})
	return dst
}

// rank orders countries as countries sorts them: the best evidence's
// rank, then more kinds of evidence first. Two countries of one rank are
// a tie nothing breaks.
func (c countryAcc) rank() int {
	return c.best*(numBases+1) + numBases - bits.OnesCount16(c.bases)
}

// weakBases are the bases of the weak tier, as a set.
const weakBases = 1<<basePhone | 1<<baseLocale | 1<<baseTimezone | 1<<baseCity | 1<<baseCard

// jurisdictions adds the laws that count the countries' evidence, and
// returns the countries no rule pack covers.
//
// A phone, IP or address from a country no pack covers does not stop an
// event whose subject's residence or citizenship names a covered country:
// a foreign SIM or a trip abroad is not a second home. Unknown residence
// or citizenship still quarantines (fail closed).
//
// A law counts the kinds of evidence its pack lists, and its proxies only
// where the event carries no evidence of the strong kinds it lists (RU:
// residence in Russia stands for citizenship only when citizenship is
// unknown). A law found by weak evidence alone applies, but triggers no
// localization (see routes.go).
func (rs *Ruleset) jurisdictions(s *scratch, d *Decision, countries []countryAcc, tier int, allProxies bool) (unknown []string) {
	var evBases uint16
	for _, e := range s.ev {
		if !e.byValue {
			evBases |= 1 << e.base
		}
	}
	anchored := false
	for _, c := range countries {
		if len(rs.byCountry[c.country]) > 0 && c.bases&(1<<baseResidence|1<<baseCitizenship) != 0 {
			anchored = true
		}
	}
	for _, c := range countries {
		js := rs.byCountry[c.country]
		if len(js) == 0 {
			if anchored && c.bases&^(1<<basePhone|1<<baseIP|1<<baseAddress|1<<baseLocation|1<<baseLocale|1<<baseTimezone|1<<baseCity|1<<baseCard) == 0 {
				continue
			}
			unknown = append(unknown, c.country)
			continue
		}
		for _, j := range js {
			bases := j.bases
			if allProxies || evBases&j.bases&strongBases == 0 {
				bases |= j.proxies
			}
			if bases&(1<<baseResidence) != 0 {
				// An address country stands for residence (medium: it
				// counts only without stronger evidence), a city named
				// alone or a card's issuing country too (weak: they find
				// a country, never localize; most people pay with a card
				// from where they live, but not all).
				bases |= 1<<baseAddress | 1<<baseCity | 1<<baseCard
			}
			if bases&(1<<baseIP) != 0 {
				// A law that counts where a connection came from counts
				// where the producer says the subject was, the stronger
				// statement of the same presence.
				bases |= 1 << baseLocation
			}
			if bases&(1<<baseResidence|1<<baseCitizenship) != 0 {
				// A national identifier with valid check digits is issued
				// to the country's citizens or residents: it counts for a
				// law that counts either, whether or not its pack lists it.
				bases |= 1 << baseIdentifier
			}
			if bases&c.bases == 0 {
				continue // this law does not count that kind of evidence
			}
			if tier != tierWeak && bases&c.bases&^weakBases == 0 {
				// Only weak evidence of this country counts for this law
				// (a +31 phone beside Dutch citizenship, which the EU's
				// law does not count): agreeing weak evidence supports a
				// country found otherwise, it does not found one.
				continue
			}
			weak := tier == tierWeak
			if c.bases&bases&^weakBases == 1<<baseIP && residesElsewhere(countries, c.country) {
				// A GeoIP country says where a connection came out
				// (a trip, a VPN, a company's gateway), a stated
				// residence where the subject lives: the law of the
				// IP's country applies, as found by weak evidence, and
				// localizes nothing against the home law.
				weak = true
			}
			s.addJuris(d, j, c.country, c.bases&bases, c.rank(), weak)
			for _, sub := range rs.subdivs {
				subBases := sub.bases
				if subBases&(1<<baseResidence) != 0 {
					// A state's law that counts residence counts the
					// subject's address there, as its country's does
					// ({"state": "CA", "postal_code": "95014"} without a
					// country is a Californian address).
					subBases |= 1 << baseAddress
				}
				if sub.parent == c.country && subBases&c.bases != 0 && matchesAny(sub.subNames, s.subVals) {
					s.addJuris(d, sub, sub.code, c.bases&bases|1<<baseSubdivision, c.rank(), weak)
				}
			}
		}
	}
	return unknown
}

// residesElsewhere reports whether countries state a residence, or the
// subject's own address (not a billing or shipping one), in a country
// other than cc.
func residesElsewhere(countries []countryAcc, cc string) bool {
	for _, c := range countries {
		if c.country != cc && (c.bases&(1<<baseResidence) != 0 || c.home) {
			return true
		}
	}
	return false
}

// citizenshipAsResidence adds, for each country the event names by
// citizenship, the laws that count residence or presence there, as
// found by weak evidence ("citizenship as residence (weak)": every
// basis of weak evidence ends so).
func (rs *Ruleset) citizenshipAsResidence(s *scratch, d *Decision, countries []countryAcc) {
	const presence = 1<<baseResidence | 1<<baseLocation | 1<<baseIP
	for _, c := range countries {
		if c.bases&(1<<baseCitizenship) == 0 {
			continue
		}
		for _, j := range rs.byCountry[c.country] {
			if (j.bases|j.proxies)&presence != 0 {
				s.addJurisBasis(d, j, c.country, c.rank(), citizenshipProxyBasis)
			}
		}
	}
}

// citizenshipProxyBasis is the basis of a law found by citizenship
// standing for residence.
var citizenshipProxyBasis = []string{baseNames[baseCitizenship] + " as residence (weak)"}

// strongBases are the bases of the strong tier, as a set.
var strongBases = func() (m uint16) {
	for b := range numBases {
		if baseTier(b) == tierStrong && b != baseSubdivision {
			m |= 1 << b
		}
	}
	return m
}()

func matchesAny(names map[string]bool, vals []string) bool {
	for _, v := range vals {
		if names[v] {
			return true
		}
	}
	return false
}

func (s *scratch) addJuris(d *Decision, j *jurisdiction, country string, bases uint16, best int, weak bool) {
	for k, have := range s.juris {
		if have == j && d.Jurisdictions[k].Country == country {
			return
		}
	}
	basis := basisNames[bases&(1<<numBases-1)]
	if weak {
		basis = weakBasisNames[bases&(1<<numBases-1)]
	}
	s.appendJuris(d, j, country, basis, best, weak)
}

// addJurisBasis adds a law found by weak evidence under a basis of its
// own.
func (s *scratch) addJurisBasis(d *Decision, j *jurisdiction, country string, best int, basis []string) {
	for k, have := range s.juris {
		if have == j && d.Jurisdictions[k].Country == country {
			return
		}
	}
	s.appendJuris(d, j, country, basis, best, true)
}

func (s *scratch) appendJuris(d *Decision, j *jurisdiction, country string, basis []string, best int, weak bool) {
	s.juris = append(s.juris, j)
	s.jweak = append(s.jweak, weak)
	s.jbest = append(s.jbest, best)
	s.jcountries = append(s.jcountries, country)
	d.Jurisdictions = append(d.Jurisdictions, Jurisdiction{Country: country, Laws: j.laws, Basis: basis})
}

// ofEventCountry reports whether a category's issuing countries include
// one of the event's countries (for the EU, the member state itself, not
// every member).
func (rs *Ruleset) ofEventCountry(s *scratch, cat int) bool {
	for _, c := range rs.cats[cat].countries {
		if s.hasCountry(c) {
			return true
		}
	}
	return false
}

func (s *scratch) hasCountry(cc string) bool {
	for _, c := range s.jcountries {
		if c == cc {
			return true
		}
	}
	return false
}

// isoSubdivision reports whether v is written as an ISO 3166-2 code: two
// capital letters, a hyphen, one to three capital letters or digits
// ("RU-MOW", "CN-BJ", "IN-MH"). A cloud's region ("us-east-1",
// "EU-WEST") is not.
func isoSubdivision(v string) bool {
	if len(v) < 4 || len(v) > 6 || v[2] != '-' {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case i == 2:
		case i < 2 && c >= 'A' && c <= 'Z':
		case i > 2 && (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'):
		default:
			return false
		}
	}
	return true
}

// besideStreet reports whether leaf i has a sibling named as a street
// address (street, line1, address_line_1).
func (rs *Ruleset) besideStreet(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p < 0 || nodes[p].Kind != event.Object {
		return false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		if c != i && nodes[c].Kind == event.String && nodes[c].Str != "" && rs.keyInfo(s, nodes[c].Key).cat == rs.idAddress {
			return true
		}
	}
	return false
}

// besideOwnPostcode is "US" or "CA" when state code v at leaf i has a
// sibling postal code whose first digit or letter is that state's or
// province's (geo.NorthAmericanLine).
func besideOwnPostcode(s *scratch, i int32, v string) (string, bool) {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p < 0 || nodes[p].Kind != event.Object {
		return "", false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		k := nodes[c].Key
		if c == i || nodes[c].Kind != event.String || !(containsFold(k, "zip") || containsFold(k, "postal") || containsFold(k, "postcode")) {
			continue
		}
		return geo.NorthAmericanPair(v, nodes[c].Str)
	}
	return "", false
}

// besideNorthAmericanState reports whether a member beside leaf i holds a
// US state's or a Canadian province's code under a state's or a region's
// name.
// besideUSState reports whether city leaf i has a sibling subdivision
// naming a US state, by its name or its code ("California", "CA").
func (rs *Ruleset) besideUSState(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p < 0 || nodes[p].Kind != event.Object {
		return false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		if c == i || nodes[c].Kind != event.String {
			continue
		}
		if k := rs.keyInfo(s, nodes[c].Key); k.cat < 0 || rs.cats[k.cat].evidence != baseSubdivision {
			continue
		}
		if geo.USState(nodes[c].Str) {
			return true
		}
	}
	return false
}

func besideNorthAmericanState(s *scratch, i int32, cc string) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p < 0 || nodes[p].Kind != event.Object {
		return false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		if c == i || nodes[c].Kind != event.String || !geo.NorthAmericanState(nodes[c].Str, cc) {
			continue
		}
		k := strings.ToLower(nodes[c].Key)
		if strings.Contains(k, "state") || strings.Contains(k, "region") || strings.Contains(k, "province") || strings.Contains(k, "area") {
			return true
		}
	}
	return false
}

// languageField reports whether leaf i is named for a language
// (language_code, lang, preferredLanguage) rather than a locale, which
// may hold a country code.
func (rs *Ruleset) languageField(s *scratch, i int32) bool {
	f := rs.keyInfo(s, s.doc.Nodes[i].Key).fold
	return strings.Contains(f, "lang") && !strings.Contains(f, "locale") && !strings.Contains(f, "country")
}

// fillerSiblings reports whether another member of leaf i's object holds
// "NA" as well: then "NA" is the producer's filler, not Namibia.
func fillerSiblings(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	p := nodes[i].Parent
	if p < 0 || nodes[p].Kind != event.Object {
		return false
	}
	for c := nodes[p].First; c >= 0; c = nodes[c].Next {
		if c != i && nodes[c].Kind == event.String && strings.EqualFold(strings.TrimSpace(nodes[c].Str), "NA") {
			return true
		}
	}
	return false
}

// urlCountry is the country of the domain of an http(s) URL, when it ends
// in a country code that is not mostly sold abroad (detect.EmailCountry's
// rule), or "".
func urlCountry(v string) string {
	rest, ok := strings.CutPrefix(v, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(v, "http://"); !ok {
			return ""
		}
	}
	if i := strings.IndexAny(rest, "/?#:"); i >= 0 {
		rest = rest[:i]
	}
	if strings.IndexByte(rest, '@') >= 0 || strings.IndexByte(rest, '.') < 0 {
		return ""
	}
	return detect.EmailCountry("x@" + rest)
}
