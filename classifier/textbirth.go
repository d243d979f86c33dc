package classifier

import (
	"regexp"
	"strconv"
	"strings"
	"time"

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
			if a, ok := dateAfter(lv[i+len(w):], order, now); ok {
				younger(a)
			}
		}
	}
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

var relativeWords = [...]string{"son", "daughter", "child", "kid", "baby", "brother", "sister", "grand", "mother", "father", "mom", "dad", "wife", "husband",
	"sohn", "tochter", "kind", "bruder", "schwester", "mutter", "vater", "fils", "fille", "enfant", "hijo", "hija", "filho", "filha", "figli", "figlio", "figlia",
	"сын", "доч", "ребен", "ребён", "брат", "сестр", "мама", "папа", "муж", "жена"}

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
