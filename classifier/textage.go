package classifier

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A subject often says their age in their own words: a bio's "I'm 13",
// "12yo, minecraft + roblox", "I am twelve", a support message's "мне 12
// лет", a form's "ich bin 12 Jahre alt". textAge reads such a statement in
// the first person, or a bio that opens with its writer's age ("12 years
// old and i love roblox"), so that a child who says so is one; an age said
// of something else ("my dog is 3 years old", "12 minutes away", "12 years
// of experience", "I have 3 kids aged 12") is not read. textGrade reads a
// school grade said in the first person ("I'm in 6th grade").

// ageWordsIn is a regexp alternation of the ages six to seventeen in
// words of the languages ageWordLangs lists at langs (0 English, 1
// German, 2 French, 3 Spanish, 4 Portuguese, 5 Italian, 6 Russian), with
// the digits: the words for one to five are too often something else
// ("I'm one of them", "I am two steps away").
func ageWordsIn(langs ...int) string {
	ws := []string{`\d{1,2}`}
	for _, l := range langs {
		for _, w := range ageWordLangs[l][5:] {
			ws = append(ws, regexp.QuoteMeta(w))
		}
	}
	// Longest first, so "sixteen" is not read as "six".
	sort.SliceStable(ws[1:], func(i, j int) bool { return len(ws[1+i]) > len(ws[1+j]) })
	return strings.Join(ws, "|")
}

// ageInText matches first-person statements of age in the covered
// languages; the number (in digits or words) is the first group that
// matched.
var ageInText = regexp.MustCompile(`(?i)(?:\bi am|\bi['’]m|\bim)\s+(` + ageWordsIn(0) + `)(?:\s*(?:years?|yrs?|y/?o|y\.o\.?)\b|\s*[.,!;)&]|\s+and\b|\s*$)` +
	// A bio that opens with the age, or has it as one of its parts
	// ("Sam | 12yo | gamer"): "12yo", "12 y/o", "12 years old", "twelve
	// years old".
	`|(?:^|[|•·\n])[^\p{L}\p{N}]*(` + ageWordsIn(0) + `)\s*(?:yo|y/o|y\.o\.?|yrs?\s+old|years?\s+old|years?-old)(?:[^\p{L}\p{N}]|$)` +
	`|(?:^|[\s,.!;(])мне\s+(` + ageWordsIn(6) + `)\s*(?:лет|год)` +
	`|\bich\s+bin\s+(` + ageWordsIn(1) + `)(?:\s*jahre|\s*[.,!;]|\s*$)` +
	`|\bj'ai\s+(` + ageWordsIn(2) + `)\s*ans\b` +
	`|\btengo\s+(` + ageWordsIn(3) + `)\s*años` +
	`|\btenho\s+(` + ageWordsIn(4) + `)\s*anos\b` +
	`|\bho\s+(` + ageWordsIn(5) + `)\s*anni\b` +
	`|我(?:今年)?(\d{1,2})岁` +
	`|私は(\d{1,2})歳` +
	`|저는\s*(\d{1,2})살` +
	// Turkish, Indonesian and Malay, Vietnamese, Arabic, Polish, Dutch,
	// Hindi, Ukrainian, Swedish (red team 20).
	`|(?:^|[\s,.!;(])(\d{1,2})\s*yaşındayım` +
	`|\b(?:berumur|umur\s+saya|usia\s+saya)\s+(\d{1,2})\s*tahun\b` +
	`|\btôi\s+(?:năm\s+nay\s+)?(\d{1,2})\s*tuổi` +
	`|عمري\s*(\d{1,2})\s*(?:سنة|سنوات|عام|عاما)` +
	`|\bmam\s+(\d{1,2})\s*lat\b` +
	`|\bik\s+ben\s+(\d{1,2})\s*jaar\b` +
	`|मैं\s*(\d{1,2})\s*साल` +
	`|(?:^|[\s,.!;(])мені\s+(\d{1,2})\s*(?:років|рік|роки)` +
	`|\bjag\s+är\s+(\d{1,2})\s*år\b`)

// textAgeCue reports whether v may hold a statement ageInText reads: a
// digit, or one of the words every such statement without one has.
func textAgeCue(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= utf8.RuneSelf {
			continue
		}
		var ws []string
		switch c | 0x20 {
		case 'i':
			ws = []string{"im", "i am", "i'm", "i’m"}
		case 'b':
			ws = []string{"bin", "berumur", "ben "}
		case 'y':
			ws = []string{"yo", "y/o", "y.o", "yrs", "year"}
		case 'o':
			ws = []string{"old"}
		case 'j':
			ws = []string{"j'ai", "jag"}
		case 'm':
			ws = []string{"mam "}
		case 'u':
			ws = []string{"umur", "usia"}
		case 't':
			ws = []string{"tengo", "tenho"}
		case 'h':
			ws = []string{"ho ", "ho\t", "ho\n"}
		default:
			continue
		}
		for _, w := range ws {
			if len(v)-i >= len(w) && strings.EqualFold(v[i:i+len(w)], w) {
				return true
			}
		}
	}
	for _, w := range [...]string{"мне", "Мне", "МНЕ", "мені", "Мені", "我", "私は", "저는", "yaşında", "tuổi", "عمري", "मैं"} {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}

// textAge is the age v states in the first person, or -1.
func textAge(v string) int {
	if len(v) < 5 || len(v) > 4096 || !textAgeCue(v) {
		return -1
	}
	m := ageInText.FindStringSubmatch(v)
	if m == nil {
		return -1
	}
	for _, g := range m[1:] {
		if g == "" {
			continue
		}
		if a, err := strconv.Atoi(g); err == nil {
			if a > 0 && a < 100 {
				return a
			}
			return -1
		}
		if a, ok := ageWords[strings.ToLower(g)]; ok {
			return a
		}
	}
	return -1
}

// gradeInText matches a school grade said in the first person: "I'm in
// 6th grade", "I am in grade 6", "i'm a 6th grader", "I'm in sixth
// grade", "I'm in year 7" (England's years), "ich bin in der 6. Klasse",
// or a bio that opens with "6th grader". A grade said otherwise ("I teach
// 6th grade", "6th floor") is not read.
var gradeInText = regexp.MustCompile(`(?i)(?:\bi am|\bi['’]m|\bim)\s+in\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|` + gradeOrdinalWords + `)[\s-]+grade\b` +
	`|(?:\bi am|\bi['’]m|\bim)\s+an?\s+(\d{1,2}(?:st|nd|rd|th)|` + gradeOrdinalWords + `)[\s-]+grader\b` +
	`|(?:\bi am|\bi['’]m|\bim)\s+in\s+(grade|year)\s+(\d{1,2})\b` +
	`|(?:^|[|•·\n])[^\p{L}\p{N}]*(\d{1,2}(?:st|nd|rd|th)|` + gradeOrdinalWords + `)[\s-]+grader\b` +
	`|\bich\s+bin\s+in\s+der\s+(\d{1,2})\.\s*klasse\b` +
	`|(?:\bi am|\bi['’]m|\bim)\s+in\s+(kindergarten)\b`)

const gradeOrdinalWords = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth`

// textGrade is the youngest usual age of a pupil in the school grade v
// says its writer is in (gradeAge's: grade N is 5 + N, England's year N
// 4 + N), or -1.
func textGrade(v string) int {
	if len(v) < 8 || len(v) > 4096 {
		return -1
	}
	if !mayNameGrade(v) {
		return -1 // most text: not lower-cased for nothing
	}
	lv := strings.ToLower(v)
	m := gradeInText.FindStringSubmatch(lv)
	if m == nil {
		return -1
	}
	base := 5
	for _, g := range m[1:] {
		switch {
		case g == "":
		case g == "year":
			base = 4
		case g == "grade":
		case g == "kindergarten":
			return 5
		default:
			n := 0
			for i := 0; i < len(g) && g[i] >= '0' && g[i] <= '9'; i++ {
				n = n*10 + int(g[i]-'0')
			}
			if n == 0 {
				n = strings.Index("|"+gradeOrdinalWords+"|", "|"+g+"|")
				n = strings.Count(("|" + gradeOrdinalWords)[:n+1], "|")
			}
			if n < 1 || n > 13 {
				return -1
			}
			return base + n
		}
	}
	return -1
}

// mayNameGrade reports whether v holds "grade", "year", "klasse" or
// "kindergarten" in any case, in one pass over its bytes.
func mayNameGrade(v string) bool {
	for i := 0; i < len(v); i++ {
		var w string
		switch v[i] | 0x20 {
		case 'g':
			w = "grade"
		case 'y':
			w = "year"
		case 'k':
			w = "klasse"
			if len(v)-i >= len("kindergarten") && strings.EqualFold(v[i:i+len("kindergarten")], "kindergarten") {
				return true
			}
		default:
			continue
		}
		if len(v)-i >= len(w) && strings.EqualFold(v[i:i+len(w)], w) {
			return true
		}
	}
	return false
}
