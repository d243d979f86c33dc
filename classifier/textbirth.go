package classifier

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/residency-labs/signup-classifier/classifier/detect"
)

// Text states a birth date or an age in ways textAge's first-person
// phrases do not read (red team 29): a bio's "born 2012-05-05", a
// support note's "DOB 05/05/2012", "Date of birth: 5 May 2012",
// "geboren am 05.05.2012", "родилась 5 мая 2012", a form's summary
// "Age: 13". birthInText already makes such text personal; these are the
// ages it says, so that the child who wrote it is a minor.

// textBirthAges calls younger with the age of each birth date text v
// states beside a word for birth, and with an age it states as a
// labelled field ("age: 13").
func textBirthAges(v string, order detect.Order, now time.Time, younger func(int)) {
	if len(v) < 6 || len(v) > 4096 || !strings.ContainsAny(v, "0123456789０１２３４５６７８９") {
		return
	}
	lv := strings.ToLower(v)
	if m := labelledAge.FindStringSubmatch(lv); m != nil {
		if a, err := strconv.Atoi(m[1]); err == nil && a > 0 && a < 100 {
			younger(a)
		}
	}
	for _, w := range birthWords {
		for from := 0; from < len(lv); {
			i := strings.Index(lv[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			if i > 0 && w[0] < 0x80 && asciiLetter(lv[i-1]) {
				continue // "reborn", "stillborn" are no statement of a birth
			}
			after := lv[i+len(w):]
			if strings.HasPrefix(after, "day") || strings.HasPrefix(after, "stag") || strings.HasPrefix(after, "tag") {
				// A birthday ("birthday party on 2024-06-01", "Geburtstag
				// am …") is a day of the year, not the birth: only
				// "birthday: 2014-06-01" states one.
				after = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(after, "day"), "stag"), "tag"), " ")
				if !strings.HasPrefix(after, ":") && !strings.HasPrefix(after, "=") && !strings.HasPrefix(after, "is ") {
					continue
				}
			}
			if relativeBefore(lv[:i]) {
				continue // "my son was born 2015-03-01": another person's
			}
			end := i + len(w)
			if w[len(w)-1] != ' ' && w[len(w)-1] != '.' {
				// The rest of an inflected word: "родил" is "родился в
				// 2014 году", "urodzon" "urodzona w 2014".
				for end < len(lv) {
					r, size := utf8.DecodeRuneInString(lv[end:])
					if !unicode.IsLetter(r) {
						break
					}
					end += size
				}
			}
			if a, ok := dateAfter(lv[end:], order, now); ok {
				younger(a)
			} else if w == "geboren" {
				if a, ok := dateBefore(lv[:i], order, now); ok {
					younger(a) // "ich wurde 2014 geboren", "am 03.04.2014 geboren"
				}
			}
		}
	}
	// Chinese, Japanese and Korean write the date before the word for
	// birth ("2014年生まれ", "2014年4月3日生", "我是2014年出生的",
	// "2014년생") or after a preposition ("出生于2014年").
	if strings.ContainsAny(lv, "年년") {
		for _, m := range cjkBirthInText.FindAllStringSubmatchIndex(lv, 4) {
			if relativeBefore(lv[:m[0]]) || cjkRelativeBefore(lv[:m[0]]) {
				continue // "息子は2014年生まれ", "うちの長男は2014年生まれ"
			}
			if m[2] >= 0 && cjkBirthCompound(lv[m[0]:m[1]], lv[m[1]:]) {
				continue // "2014年生产的手机", "2014年の生活", "2014년 생산": made or lived, not born
			}
			var y, mo, d int
			for k, dst := range []*int{&y, &mo, &d} {
				for _, g := range [][2]int{{m[2+2*k], m[3+2*k]}, {m[8+2*k], m[9+2*k]}} {
					if g[0] >= 0 {
						*dst, _ = strconv.Atoi(lv[g[0]:g[1]])
					}
				}
			}
			if y < 1900 || y > now.Year() {
				continue
			}
			if mo < 1 || mo > 12 || d < 1 || d > 31 {
				mo, d = 12, 31 // a year alone: the youngest the subject can be
			}
			younger(ageAt(now, y, mo, d))
		}
	}
}

// cjkBirthInText is a year (and month and day) of birth in Chinese,
// Japanese or Korean: before the word for birth, or after 出生于.
var cjkBirthInText = regexp.MustCompile(`((?:19|20)\d\d)\s*(?:年|년)(?:\s*(\d{1,2})\s*(?:月|월)(?:\s*(\d{1,2})\s*(?:日|일))?)?\s*(?:に|の|에)?\s*(?:生まれ|出生|生|태어|출생|생)` +
	`|(?:出生于|出生於|生于|生於|出生在|生まれは)\s*((?:19|20)\d\d)\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?`)

// cjkBirthCompound reports whether the word for birth a cjkBirthInText
// match ends with is the first character of a longer word that is no
// birth: 生 of 生产, 生産, 生活, 生日 (a Han character follows), 出生 of
// 出生率 and 出生地, 생 of 생산, 생일, 생활, 출생 of 출생률.
func cjkBirthCompound(match, after string) bool {
	next, _ := utf8.DecodeRuneInString(after)
	switch {
	case strings.HasSuffix(match, "出生"):
		return strings.ContainsRune("率数數地人届證证", next)
	case strings.HasSuffix(match, "生"):
		return unicode.Is(unicode.Han, next)
	case strings.HasSuffix(match, "출생"):
		return strings.ContainsRune("률율아지", next)
	case strings.HasSuffix(match, "생"):
		return strings.ContainsRune("산일활각명존성애계긴겼기", next)
	}
	return false
}

// dateBefore reads a date of birth, or a year alone, in the last words
// of v (German writes it before "geboren": "ich wurde 2014 geboren", "bin
// am 03.04.2014 geboren", "im Jahr 2014 geboren").
func dateBefore(v string, order detect.Order, now time.Time) (int, bool) {
	if k := strings.LastIndexAny(v, ".!?\n"); k >= 0 && k+1 < len(v) && (v[k+1] == ' ' || v[k] == '\n') {
		v = v[k+1:]
	}
	if len(v) > 48 {
		v = v[len(v)-48:]
	}
	words := strings.Fields(v)
	for n := 1; n <= 3 && n <= len(words); n++ {
		c := strings.Join(words[len(words)-n:], " ")
		if y, m, dd, ok := detect.ParseBirthDateAt(c, order, now.Year()); ok && len(c) >= 6 {
			return ageAt(now, y, m, dd), true
		}
	}
	if len(words) > 0 {
		if w := words[len(words)-1]; len(w) == 4 && allDigits(w) {
			if y, _ := strconv.Atoi(w); y >= 1900 && y <= now.Year() {
				return ageAt(now, y, 12, 31), true
			}
		}
	}
	return 0, false
}

// labelledAge is an age written as a field's label and value inside text
// ("Age: 13", "Alter: 13", "возраст: 13").
var labelledAge = regexp.MustCompile(`(?:^|[\s,;|(\[{/])(?:age|alter|âge|edad|idade|età|возраст|вік|leeftijd|wiek|yaş|umur|usia|年齢|年龄|나이)\s*[:=]\s*(\d{1,2})(?:[^\d.,]|[.,]\D|[.,]?$)`)

// relativeBefore reports whether the clause before a word for birth names
// another person whose birth it is ("my son was born", "meine Tochter,
// geboren", "сын родился").
func relativeBefore(before string) bool {
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	if len(before) > 48 {
		before = before[len(before)-48:]
	}
	for _, r := range relativeWords {
		if strings.Contains(before, r) {
			return true
		}
	}
	return false
}

// relativeWords, before a word for birth in its clause, say the birth is
// another person's. A birth said of a thing ("our company was born in
// 2014", "会社は2014年生まれ") is no person's either (red team 33).
var relativeWords = [...]string{"son", "daughter", "child", "kid", "baby", "brother", "sister", "grand", "mother", "father", "mom", "dad", "wife", "husband",
	"sohn", "tochter", "kind", "bruder", "schwester", "mutter", "vater", "fils", "fille", "enfant", "hijo", "hija", "filho", "filha", "figli", "figlio", "figlia",
	"сын", "доч", "ребен", "ребён", "брат", "сестр", "мама", "папа", "муж", "жена",
	"息子", "娘", "子供", "子ども", "うちの子", "儿子", "女儿", "孩子", "아들", "딸", "아이",
	"company", "business", "brand", "startup", "project", "blog", "podcast",
	"unternehmen", "firma", "empresa", "entreprise", "société", "компани", "фирм", "公司", "会社", "회사"}

// yearPrepositions come between a word for birth and a year ("born in
// 2012", "geboren im Jahr" does not count: the year must follow).
var yearPrepositions = map[string]bool{"in": true, "im": true, "en": true, "em": true, "nel": true, "в": true, "w": true}

// dateAfter reads the first date of birth in the first words of v, and
// gives the age it says at now (the youngest, for a year alone).
func dateAfter(v string, order detect.Order, now time.Time) (int, bool) {
	if len(v) > 64 {
		v = v[:64]
	}
	words := strings.FieldsFunc(v, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == ',' || r == ';' || r == ':' || r == '(' || r == ')' || r == '=' || r == '"'
	})
	if len(words) > 8 {
		words = words[:8]
	}
	for i := range min(4, len(words)) {
		for n := min(4, len(words)-i); n >= 1; n-- {
			c := strings.Join(words[i:i+n], " ")
			for _, t := range [...]string{c, strings.TrimRight(c, ".")} {
				if y, m, dd, ok := detect.ParseBirthDateAt(t, order, now.Year()); ok && len(t) >= 6 {
					return ageAt(now, y, m, dd), true
				}
			}
		}
		// A year alone ("born in 2012", "geboren 2012"): the youngest
		// the subject can be.
		if w := strings.TrimRight(words[i], "."); len(w) == 4 && allDigits(w) && (i == 0 || i == 1 && yearPrepositions[words[0]]) {
			if y, _ := strconv.Atoi(w); y >= 1900 && y <= now.Year() {
				return ageAt(now, y, 12, 31), true
			}
		}
	}
	return 0, false
}
