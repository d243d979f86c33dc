// Package geo turns evidence found in an event (country codes and names in
// many languages, locale tags, Accept-Language headers, language names,
// IANA and Ruby on Rails time zones) into ISO 3166-1 alpha-2 country codes.
//
// Names come from CLDR through golang.org/x/text (English plus the
// languages of the jurisdictions the rules cover), plus aliases the rule
// packs add ("РФ", "UK"). An Index is built once per rule set and is then
// read-only, so it is safe for concurrent use.
package geo

//go:generate sh -c "echo regenerate zones.go from /usr/share/zoneinfo/zone.tab: see git history"

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// nameLanguages are the languages whose country names are recognised. They
// cover the jurisdictions of the shipped rule packs and the languages their
// producers write in.
var nameLanguages = []string{"en", "ru", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "da", "fi", "cs", "el", "hu", "ro", "bg", "hr", "sk", "sl", "et", "lv", "lt", "tr", "ar", "he", "zh", "zh-Hant", "ja", "ko", "vi", "kk", "be", "uk", "id", "ms", "hi", "sw", "rw", "af", "zu", "nb", "is",
	// Languages of the second batch of packs (Latin America, Asia, Caucasus, Central Asia, Africa).
	"th", "fil", "ur", "bn", "si", "ta", "ka", "hy", "az", "uz", "ky", "ne", "am", "mn", "km", "sr", "sr-Latn", "tg", "tk"}

// placeHomonyms are folded country names that are dropped from the index:
// see NewIndex.
var placeHomonyms = []string{"norfolk", "mena"}

// notCountries are codes x/text calls countries that no longer name one
// (Yugoslavia, the Soviet Union) or never did (UN, EZ).
var notCountries = map[string]bool{"YU": true, "CS": true, "SU": true, "AN": true, "NT": true, "UN": true, "EZ": true}

// reservedParts maps ISO 3166-1 exceptional reservations to the country
// they are part of.
var reservedParts = map[string]string{"IC": "ES", "EA": "ES", "AC": "SH", "TA": "SH", "DG": "IO"}

// Index resolves country evidence. Build it with NewIndex.
type Index struct {
	names map[string]string // folded name or code -> alpha-2
	// demonyms: the folded demonyms (demonyms.go) that are no country's
	// name in any known language ("русская", "Uzbek", not "Indonesia").
	demonyms map[string]string
	langs    languageNames
}

// NewIndex builds an index; aliases maps extra folded-or-not names to
// alpha-2 codes (or subdivision codes such as US-CA).
func NewIndex(aliases map[string]string) *Index {
	ix := &Index{names: make(map[string]string, 8000)}
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize().String() != code || notCountries[code] {
				continue
			}
			codes = append(codes, code)
			ix.names[Fold(code)] = code
			if iso3 := r.ISO3(); iso3 != "" && iso3 != "ZZZ" {
				ix.names[Fold(iso3)] = code
			}
			if m := r.M49(); m > 0 { // ISO 3166-1 numeric, "643", with its zeros
				ix.names[fmt.Sprintf("%03d", m)] = code
			}
		}
	}
	for _, l := range nameLanguages {
		namer := display.Regions(language.MustParse(l))
		if namer == nil {
			continue
		}
		for _, code := range codes {
			r := language.MustParseRegion(code)
			if n := namer.Name(r); n != "" {
				if _, taken := ix.names[Fold(n)]; !taken {
					ix.names[Fold(n)] = code
				}
			}
		}
	}
	ix.demonyms = make(map[string]string, 1200)
	for code, forms := range demonyms {
		for _, f := range forms {
			if _, taken := ix.names[Fold(f)]; !taken {
				ix.names[Fold(f)] = code
				ix.demonyms[Fold(f)] = code
			}
		}
	}
	for n, code := range isoNames {
		if _, taken := ix.names[Fold(n)]; !taken {
			ix.names[Fold(n)] = code
		}
	}
	// ISO 3166-1's exceptional reservations name parts of a country:
	// the Canary Islands and Ceuta and Melilla are Spain (and in the
	// EU), Ascension and Tristan da Cunha Saint Helena, Diego Garcia the
	// British Indian Ocean Territory. Their codes and names read as it.
	for n, code := range ix.names {
		if part, ok := reservedParts[code]; ok {
			ix.names[n] = part
		}
	}
	// Some languages name an island territory without its island word,
	// and the bare name is a better-known place elsewhere: Dutch, Polish,
	// Czech and Estonian "Norfolk" is Norfolk Island, and an English
	// county in every NHS address; Latvian "Mena" (the Isle of Man) is a
	// town and a surname. The full names ("Norfolk Island",
	// "Norfolkinsel", "Mena sala") still read.
	for _, n := range placeHomonyms {
		delete(ix.names, n)
	}
	// Codes that are not countries but that producers write anyway.
	ix.names["uk"] = "GB"
	ix.names["el"] = "GR" // EU's own code for Greece
	for n, code := range aliases {
		ix.names[Fold(n)] = code
	}
	ix.langs = newLanguageNames(codes)
	return ix
}

// Fold normalises a country name for lookup: lower case, letters and
// digits only, so "Korea, Republic of", "korea republic of" and
// "KOREA-REPUBLIC-OF" are one key.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r = foldRune(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldRune lowers a letter and writes a fullwidth Latin letter or digit
// ("ＲＵ", "Ｒｕｓｓｉａ", as CJK input methods type them) as its ASCII
// form: a fullwidth code otherwise names no country, and a citizenship
// that names none quarantines the event.
//
// Letters drawn as symbols are read as their letters too: circled,
// parenthesized and squared ones ("ⓇⓊ", "🅁🅄", "🆁🆄", "⒭⒰"), regional
// indicators apart from a flag ("🇷 🇺"), and the mathematical and
// letterlike alphabets ("𝐑𝐔", "ℝ𝕌"). Dropped as no letter, they left a
// citizenship empty, read as no answer: a Russian citizen's event routed
// away from ru without a word (red team 34).
func foldRune(r rune) rune {
	switch {
	case r < 0x80:
		return unicode.ToLower(r)
	case r >= 0xFF10 && r <= 0xFF5A:
		r -= 0xFEE0
	case r >= 0x24B6 && r <= 0x24CF: // Ⓐ..Ⓩ
		r = 'a' + r - 0x24B6
	case r >= 0x24D0 && r <= 0x24E9: // ⓐ..ⓩ
		r = 'a' + r - 0x24D0
	case r >= 0x249C && r <= 0x24B5: // ⒜..⒵
		r = 'a' + r - 0x249C
	case r >= 0x1F130 && r <= 0x1F149: // 🄰..🅉
		r = 'a' + r - 0x1F130
	case r >= 0x1F150 && r <= 0x1F169: // 🅐..🅩
		r = 'a' + r - 0x1F150
	case r >= 0x1F170 && r <= 0x1F189: // 🅰..🆉
		r = 'a' + r - 0x1F170
	case r >= 0x1F1E6 && r <= 0x1F1FF: // regional indicators 🇦..🇿
		r = 'a' + r - 0x1F1E6
	case r >= 0x2100 && r <= 0x214F || r >= 0x1D400 && r <= 0x1D7FF || r >= 0x1D00 && r <= 0x1DBF:
		// Letterlike symbols, mathematical alphanumerics, small
		// capitals and modifier letters: their compatibility form.
		if t := norm.NFKC.String(string(r)); utf8.RuneCountInString(t) == 1 {
			r, _ = utf8.DecodeRuneInString(t)
		}
	}
	return unicode.ToLower(r)
}

// Demonym reports whether v is a country's demonym ("Russian",
// "русская", "Uzbek") rather than its name or code: the word a form's
// "nationality" holds for an ethnic group as well as for a citizenship.
func (ix *Index) Demonym(v string) bool {
	if len(v) < 3 || len(v) > 60 {
		return false
	}
	var buf [128]byte // folded on the stack
	_, ok := ix.demonyms[string(appendFold(buf[:0], v))]
	return ok
}

// Country resolves a country field's value: an alpha-2 or alpha-3 code in
// any case, or a name in one of the known languages.
func (ix *Index) Country(v string) (string, bool) {
	if len(v) == 2 { // the common case, without allocating
		var k [2]byte
		for i := 0; i < 2; i++ {
			c := v[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			k[i] = c
		}
		code, ok := ix.names[string(k[:])]
		return code, ok
	}
	if code, ok := ix.names[Fold(v)]; ok {
		return code, true
	}
	if code, ok := flagCountry(v); ok {
		if code, ok := ix.names[code]; ok {
			return code, true
		}
	}
	return ix.countryInText(v)
}

// BareCountry resolves v as Country does when v names a country and
// nothing more: a code, a name in a known language, a flag, a code with
// its name in brackets ("Germany (DE)"), an ISO 3166-2 code or a locale
// in a country field ("RU-MOW", "ru_RU"), or a few country names in a row
// ("Hong Kong, China"). A place or an address that names its country
// among other parts ("Berlin, Germany", "Hauptstr. 5, 10115 Berlin,
// Germany", "中国北京市朝阳区建国路88号", "Germany (Ivan Petrov)") is
// not bare: Country reads its country, but the value says more than a
// country field's name vouches for (red team 31).
func (ix *Index) BareCountry(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) <= 2 {
		return ix.Country(v)
	}
	if code, ok := ix.names[Fold(v)]; ok {
		return code, true
	}
	if _, ok := flagCountry(v); ok {
		return ix.Country(v)
	}
	if len(v) <= 6 {
		// RU-MOW, ru_RU, CN-HK: a code's notation, nothing of a place.
		return ix.countryInText(v)
	}
	if i := strings.LastIndexByte(v, '('); i > 0 && strings.HasSuffix(v, ")") {
		_, inner := ix.names[Fold(v[i+1:len(v)-1])]
		_, outer := ix.names[Fold(v[:i])]
		if inner && outer {
			return ix.countryInText(v)
		}
		return "", false
	}
	parts := strings.FieldsFunc(v, func(r rune) bool {
		return r == ',' || r == ';' || r == '\n' || r == '|' || r == '，' || r == '；' || r == '、'
	})
	if len(parts) < 2 || len(parts) > 3 {
		return "", false
	}
	for _, p := range parts {
		if _, ok := ix.names[Fold(p)]; !ok {
			return "", false
		}
	}
	return ix.countryInText(v)
}

// flagCountry reads a flag emoji ("🇷🇺", "🇩🇪 ", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"), alone in v, as the lower-case
// code of its country: two regional indicator letters are the ISO code
// itself (Unicode's flags are built so), and a subdivision's tag sequence
// (England, Scotland, Wales) starts with its country's code. Folding
// drops emoji, so without this a nationality written as a flag would read
// as empty.
func flagCountry(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 8 {
		return "", false
	}
	const ri0, ri25 = 0x1F1E6, 0x1F1FF
	var code []byte
	for i, r := range v {
		switch {
		case r >= ri0 && r <= ri25 && len(code) < 2:
			code = append(code, byte('a'+r-ri0))
		case r == 0x1F3F4 && i == 0:
			// A black flag starting a tag sequence: tag letters follow.
		case r >= 0xE0061 && r <= 0xE007A:
			if len(code) < 2 {
				code = append(code, byte('a'+r-0xE0061))
			}
		case r == 0xE007F, r == 0xFE0F:
		default:
			return "", false
		}
	}
	if len(code) != 2 {
		return "", false
	}
	return string(code), true
}

// countryInText reads the notations producers write around a country:
// "Germany (DE)", an ISO 3166-2 subdivision ("RU-MOW"), a locale in a
// country field ("ru_RU"), and an address or place on one line ("Moscow,
// Russia", "ул. Ленина 1, Москва, Россия, 101000"), whose country is one
// of its comma-, semicolon- or line-separated parts, read from the end.
func (ix *Index) countryInText(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 4 || len(v) > 300 {
		return "", false
	}
	if i := strings.LastIndexByte(v, '('); i > 0 && strings.HasSuffix(v, ")") {
		if code, ok := ix.names[Fold(v[i+1:len(v)-1])]; ok {
			if outer, ok := ix.names[Fold(v[:i])]; ok && code == "CN" && separateFromChina(outer) {
				return outer, true // "Taiwan (China)": Taiwan
			}
			return code, true
		}
		if code, ok := ix.names[Fold(v[:i])]; ok {
			return code, true
		}
	}
	if code, ok := ChinaPart(v); ok {
		return code, true // CN-HK, CN-91: Hong Kong, not mainland China
	}
	if len(v) <= 6 && (v[2] == '-' || v[2] == '_') && asciiLetters(v[:2]) {
		// RU-MOW, ru_RU, en-GB: a subdivision's country, or a locale's
		// region (the part after the separator names the country then).
		if len(v) == 5 && asciiLetters(v[3:]) && v[2] == '_' {
			if code, ok := ix.names[strings.ToLower(v[3:])]; ok {
				return code, true
			}
		}
		if code, ok := ix.names[strings.ToLower(v[:2])]; ok && strings.ToUpper(v[:2]) == v[:2] {
			return code, true
		}
	}
	if r, _ := utf8.DecodeRuneInString(v); unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
		// Chinese, Japanese and Korean addresses start with the country
		// ("中国北京市朝阳区建国路88号", "日本国東京都…"): its name is a
		// prefix, read longest first.
		runes := []rune(v)
		for n := min(len(runes), 8); n >= 2; n-- {
			if code, ok := ix.names[Fold(string(runes[:n]))]; ok {
				return code, true
			}
		}
	}
	parts := strings.FieldsFunc(v, func(r rune) bool {
		return r == ',' || r == ';' || r == '\n' || r == '|' || r == '，' || r == '；' || r == '、'
	})
	if len(parts) < 2 {
		return "", false
	}
	if cc, ok := NorthAmericanLine(parts[len(parts)-1]); ok {
		return cc, true // "Cairo, IL 62914": Illinois, not Israel
	}
	for k := len(parts) - 1; k >= 0 && k >= len(parts)-3; k-- {
		name := strings.TrimFunc(parts[k], func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) || r == '-' })
		if len(name) <= 3 && name != strings.TrimSpace(parts[k]) {
			continue // "45-uy": an Uzbek house number, not Uruguay; "75008 FR" names it in words elsewhere
		}
		if f := Fold(name); f != "" && f[0] >= '0' && f[0] <= '9' && f != strings.TrimSpace(parts[k]) {
			continue // "10.58.0.68" holds no numeric code 580 (the Northern Marianas): a code is the whole part
		}
		if code, ok := ix.names[Fold(name)]; ok && len(Fold(parts[k])) > 2 {
			if code == "GE" && k > 0 && Fold(name) == "georgia" && USGeorgia(parts[k-1]) {
				// "Atlanta, Georgia", "Savannah, Georgia": the US state,
				// by a city the country Georgia does not have.
				return "US", true
			}
			if code == "CN" && k > 0 {
				// "…, Kowloon, Hong Kong, China", "Macao, China": the
				// part before China names a region of its own.
				if prev, ok := ix.names[Fold(parts[k-1])]; ok && separateFromChina(prev) {
					return prev, true
				}
			}
			return code, true
		}
	}
	if _, ok := usStateNamed(parts[len(parts)-1]); ok {
		// "San Francisco, California", "Austin, Texas 78701": a US
		// state's name closing the line (Georgia, a country too, is
		// not among them).
		return "US", true
	}
	// No country named: a large city among the parts names it, when the
	// text is an address ("ул. Ленина 1, Москва, 101000", "Almaty, Abay
	// Ave 10": a number in it) or the city is followed by its own
	// country's code ("Moscow, RU").
	digits := strings.ContainsAny(v, "0123456789")
	for k, p := range parts {
		cc, ok := City(strings.TrimSpace(p))
		if !ok && digits {
			// A postal code before or after the city ("10115 Berlin",
			// "Lahore 54000") is part of the address, not of the name.
			if c := strings.TrimFunc(p, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) || r == '-' }); c != strings.TrimSpace(p) && len(c) >= 3 {
				cc, ok = City(c)
			}
		}
		if !ok && digits {
			// Or a province of the countries that keep data at home
			// ("12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh").
			cc, ok = SubdivisionCountry(strings.TrimSpace(p))
		}
		if !ok {
			continue
		}
		if k+1 < len(parts) {
			if t := strings.TrimSpace(parts[k+1]); cc == "US" && USCityState(p, t) {
				return "US", true // "Atlanta, GA", "Los Angeles, CA"
			} else if NorthAmericanState(t, cc) && !(len(t) == 2 && ix.names[strings.ToLower(t)] == cc) {
				return "", false // "Moscow, ID": a town in Idaho as likely
			} else if len(t) >= 2 && len(t) <= 3 && asciiLetters(t) && strings.ToUpper(t) == t {
				if code, ok := ix.names[strings.ToLower(t)]; ok && code == cc {
					return cc, true
				}
			}
		}
		if digits {
			return cc, true
		}
	}
	return "", false
}

func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// Locale returns the country of a locale tag (pt-BR, es_MX, de_DE.UTF-8,
// zh-Hant-TW) or of the first language range of an Accept-Language header
// that names a region. A tag without a region ("ru") names no country: a
// language is spoken in many.
func Locale(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 200 {
		return "", false
	}
	if i := strings.IndexAny(v, ".@"); i >= 0 && !strings.ContainsAny(v, ",;") { // POSIX: de_DE.UTF-8, sr_RS@latin
		v = v[:i]
	}
	v = strings.ReplaceAll(v, "_", "-")
	if strings.ContainsAny(v, ",;") {
		tags, _, err := language.ParseAcceptLanguage(v)
		if err != nil {
			return "", false
		}
		for _, t := range tags {
			if r, conf := t.Region(); conf == language.Exact && r.IsCountry() {
				return r.String(), true
			}
		}
		return "", false
	}
	t, err := language.Parse(v)
	if err != nil {
		return "", false
	}
	r, conf := t.Region()
	if conf != language.Exact || !r.IsCountry() {
		return "", false
	}
	return r.String(), true
}

// LikelyRegion returns the country where a bare language tag ("el",
// "de") is most spoken, by CLDR's likely subtags: a hint for reading a
// national phone number, never evidence alone (a language is spoken in
// many countries, so Locale names none).
func LikelyRegion(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 2 || len(v) > 3 || !asciiLetters(v) {
		return "", false
	}
	t, err := language.Parse(v)
	if err != nil || t == language.Und {
		return "", false
	}
	r, _ := t.Region()
	if !r.IsCountry() {
		return "", false
	}
	return r.String(), true
}

// TimeZone returns the country of an IANA time zone name, or of a Ruby on
// Rails zone name ("Moscow", "(GMT+03:00) Moscow"). HubSpot stores a
// contact's zone in lower case with its slash spelled out
// ("america_slash_chicago"): that is read as the IANA name too.
func TimeZone(v string) (string, bool) {
	if c, ok := zoneCountry[v]; ok {
		return c, true
	}
	if i := strings.Index(v, "_slash_"); i > 0 && len(v) <= 64 {
		if c, ok := zoneFolded()[strings.ReplaceAll(v, "_slash_", "/")]; ok {
			return c, true
		}
	}
	return railsZoneCountry(v)
}

// zoneFolded is zoneCountry keyed by the lower-cased names, built once on
// first use.
var zoneFolded = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(zoneCountry))
	for z, c := range zoneCountry {
		m[strings.ToLower(z)] = c
	}
	return m
})
