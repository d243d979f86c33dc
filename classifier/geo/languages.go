package geo

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// langCountry are the languages (nearly) specific to one country: a
// language name or a bare tag of one of these in a locale field is weak
// evidence of that country. A language of several countries (ru: RU, BY,
// KZ, KG; en, es, fr, pt, de, ar, zh, nl, sv, el, ro, hr, sr, ms, ta,
// bn, ur, fa, az, mn, sw) names none, as a bare "ru" tag never has.
var langCountry = map[string]string{
	"ja": "JP", "ko": "KR", "vi": "VN", "uk": "UA", "kk": "KZ", "be": "BY", "uz": "UZ", "ky": "KG", "tg": "TJ",
	"tk": "TM", "ka": "GE", "hy": "AM", "he": "IL", "th": "TH", "lo": "LA", "km": "KH", "my": "MM", "si": "LK",
	"id": "ID", "fil": "PH", "hi": "IN", "am": "ET", "rw": "RW", "mk": "MK", "tr": "TR",
	"pl": "PL", "cs": "CZ", "sk": "SK", "sl": "SI", "hu": "HU", "bg": "BG", "lt": "LT", "lv": "LV", "et": "EE",
	"fi": "FI", "da": "DK", "is": "IS", "nb": "NO",
}

// regionalLanguages are the languages whose regional variants have names
// of their own ("Brazilian Portuguese", "español de México").
var regionalLanguages = []string{"en", "es", "fr", "pt", "de", "nl", "zh", "ar", "it", "sv", "ru", "sr", "ms"}

// languageNames indexes language names in English, in Russian and in the
// language itself ("Russian", "японский", "Deutsch", "한국어"), folded,
// to the language's tag; and the names of regional variants to their
// country, "" where two countries share one ("繁體中文").
type languageNames struct {
	lang     map[string]string
	regional map[string]string
}

func newLanguageNames(countries []string) languageNames {
	ln := languageNames{lang: map[string]string{}, regional: map[string]string{}}
	namers := []display.Namer{display.English.Tags(), display.Russian.Tags()}
	var langs []string
	langs = append(langs, nameLanguages...)
	langs = append(langs, regionalLanguages...)
	for l := range langCountry {
		langs = append(langs, l)
	}
	for _, l := range langs {
		tag, err := language.Parse(l)
		if err != nil {
			continue
		}
		base, _ := tag.Base()
		for _, n := range append(namers, display.Self) {
			if name := n.Name(language.Make(base.String())); name != "" {
				ln.lang[Fold(name)] = base.String()
			}
		}
	}
	for _, l := range regionalLanguages {
		for _, n := range append(namers, display.Self) {
			plain := Fold(n.Name(language.MustParse(l)))
			for _, cc := range countries {
				tag, err := language.Parse(l + "-" + cc)
				if err != nil {
					continue
				}
				name := n.Name(tag)
				if name == "" || strings.ContainsAny(name, "(（") || Fold(name) == plain {
					continue // "English (India)" is read by parts; "português" is the language
				}
				k := Fold(name)
				if have, seen := ln.regional[k]; seen && have != cc {
					ln.regional[k] = ""
				} else {
					ln.regional[k] = cc
				}
			}
		}
	}
	return ln
}

// LanguageCountry returns the country of a bare lower-case language tag
// ("be", "uk", "ka") of a language spoken (nearly) only there, for a field
// that holds a language and nothing else: unlike Locale, it reads "uk" as
// Ukrainian, since a language field never holds a country code.
func LanguageCountry(tag string) (string, bool) {
	cc, ok := langCountry[tag]
	return cc, ok
}

// Locale returns the country of a locale field's value: a locale tag (see
// the package function Locale); a language name, in English, Russian or
// the language itself, of a language spoken (nearly) only in one country
// ("Japanese", "日本語", "українська"), or a bare tag of one ("ja"), unless
// the tag is also another country's code ("uk", "be", "si"); a regional
// variant's name ("Brazilian Portuguese", "español de México"); or a
// language name with a country ("Portuguese (Brazil)", "中文（台灣）").
// "Russian", "Deutsch", "español" name no country.
func (ix *Index) Locale(v string) (string, bool) {
	if cc, ok := Locale(v); ok {
		return cc, true
	}
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 100 {
		return "", false
	}
	if i := strings.IndexAny(v, "(（"); i > 0 {
		rest := strings.TrimRight(v[i:], ") ）")
		rest = strings.TrimLeft(rest, "(（ ")
		if _, ok := ix.langs.lang[Fold(v[:i])]; !ok {
			return "", false
		}
		cc, ok := ix.Country(rest)
		if !ok || len(cc) != 2 {
			return "", false
		}
		return cc, true
	}
	k := Fold(v)
	if cc, ok := ix.langs.regional[k]; ok {
		return cc, cc != ""
	}
	if strings.ToLower(v) == k && len(k) <= 3 { // a bare tag
		t, err := language.Parse(v)
		if err != nil {
			return "", false
		}
		base, _ := t.Base()
		cc, ok := langCountry[base.String()]
		if !ok || t.String() != base.String() {
			return "", false
		}
		if other, isCode := ix.names[k]; isCode && other != cc {
			return "", false // "uk" is written for the United Kingdom too
		}
		return cc, true
	}
	if l, ok := ix.langs.lang[k]; ok {
		cc, ok := langCountry[l]
		return cc, ok
	}
	return "", false
}
