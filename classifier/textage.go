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
var ageInText = regexp.MustCompile(`(?i)(?:\bi am|\bi['’]m|\bim)\s+(` + ageWordsIn(0) + `)(?:\s*(?:years?|yrs?|y/?o|y\.o\.?)\b|\s*[.,!;)&(]|\s+and\b|\s+(?:lol|lmao|haha|hehe|xd|btw)\b|\s*$)` +
	// A bio that opens with the age, or has it as one of its parts
	// ("Sam | 12yo | gamer"): "12yo", "12 y/o", "12 years old", "twelve
	// years old".
	`|(?:^|[|•·\n])[^\p{L}\p{N}]*(` + ageWordsIn(0) + `)\s*(?:yo|y/o|y\.o\.?|yrs?\s+old|years?\s+old|years?-old)(?:[^\p{L}\p{N}]|$)` +
	`|(?:^|[\s,.!;(])мне\s+(` + ageWordsIn(6) + `)\s*(?:лет|год)` +
	`|\bich\s+bin\s+(` + ageWordsIn(1) + `)(?:\s*jahre|\s*[.,!;]|\s*$|\s+und\s+\p{L})` +
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

// moreAgeInText is ageInText's second part, run only when textAgeCue
// finds one of its words (red team 21): a regexp of more groups costs
// every bio that says "I am" more.
var moreAgeInText = regexp.MustCompile(`(?i)` +
	// Thai, Hebrew, Czech, Romanian, Hungarian, Greek, Bengali, Urdu,
	// Persian, Swahili, Tagalog, Uzbek, Kazakh, Amharic (red team 21):
	// each in the first person ("หนูอายุ", "אני בת", "je mi", "am … ani",
	// "… éves vagyok", "είμαι", "আমার বয়স", "میری عمر", "nina miaka",
	// "ako ay", "…yoshdaman", "…жастамын", "…ልጅ ነኝ") and with the word
	// for years or a first-person ending; an age in the script's own
	// digits too ("১৩").
	`(?:หนู|ผม|ฉัน|ดิฉัน|เรา)\s*อายุ\s*(` + ageDigits + `)\s*ปี` +
	`|אני\s+(?:בת|בן)\s+(` + ageDigits + `)(?:\P{N}|$)` +
	`|\bje\s+mi\s+(` + ageDigits + `)(?:\s*(?:let|rok)|\s*[.,!;)]|\s*$|\s+a\s)` +
	`|\bam\s+(` + ageDigits + `)\s*(?:de\s+)?ani(?:\s*[.,!;)]|\s*$|\s+(?:și|si|şi)\s)` +
	`|(?:^|[\s,.!;(])(` + ageDigits + `)\s*éves\s+vagyok` +
	`|είμαι\s+(` + ageDigits + `)\s*(?:χρονών|χρονων|χρονώ|χρόνων|ετών|ετων)` +
	`|আমার\s+ব(?:য়|য়)স\s*(?:হল\s*)?(` + ageDigits + `)\s*বছর` +
	`|میری\s+عمر\s*(` + ageDigits + `)\s*سال` +
	`|(?:^|[\s,.!;(،])من\s*(` + ageDigits + `)\s*(?:سالمه|سالم|سال\s+دارم)` +
	`|\bnina\s+(?:umri\s+wa\s+)?miaka\s+(` + ageDigits + `)(?:\s*[.,!;)]|\s*$|\s+na\s)` +
	`|\bumri\s+wangu\s+ni\s+(?:miaka\s+)?(` + ageDigits + `)(?:\P{N}|$)` +
	`|\bako\s+ay\s+(` + ageDigits + `)\s*(?:na\s+)?taong?\s+gulang` +
	`|(?:^|[\s,.!;(])(` + ageDigits + `)\s*(?:-\s*)?(?:yosh(?:da)?man\b|ёш(?:да)?ман|жастамын|жаспын)` +
	`|የ\s*(` + ageDigits + `)\s*(?:ዓ|አ)መት\s+(?:ልጅ\s+)?ነኝ` +
	`|(?:^|\s)(` + ageDigits + `)\s*(?:ዓ|አ)መቴ\s*ነው` +
	// Armenian, Mongolian, Khmer, Sinhala and Burmese (red team 23),
	// in the first person: "ես 13 տարեկան եմ", "би 13 настай",
	// "ខ្ញុំអាយុ 13 ឆ្នាំ", "මට වයස අවුරුදු 13යි", "ကျွန်တော် အသက် 13 နှစ်".
	`|(?:ես\s+)?(\d{1,2})\s*տարեկան\s+եմ` +
	`|(?:^|[\s,.!;(])би\s+(\d{1,2})\s*(?:настай|настэй)` +
	`|(?:ខ្ញុំ|ខ្ញុំបាទ|នាងខ្ញុំ)\s*អាយុ\s*(\d{1,2})\s*ឆ្នាំ` +
	`|මට\s*වයස\s*(?:අවුරුදු\s*)?(\d{1,2})(?:\s*(?:යි|ක්|අවුරුදු))?` +
	`|(?:ကျွန်တော်|ကျွန်မ|ကျနော်|ငါ)\s*(?:ရဲ့\s*)?အသက်\s*(\d{1,2})\s*နှစ်` +
	// Russian and German without the word for years, at a sentence's
	// or a clause's start: "Привет! Мне 13, люблю рисовать", "Hi, bin
	// 13 und zocke gern". The number ends the clause or an "and"
	// follows it: "мне 13 раз звонили", "bin 13 km gelaufen" and "in
	// bin 13" are no age.
	`|(?:^|[.!?,;\n])\s*мне\s+(` + ageWordsIn(6) + `)(?:\s*[,.!;)]|\s*$|\s+и\s+\p{L})` +
	`|(?:^|[.!?,;\n])\s*bin\s+(` + ageWordsIn(1) + `)(?:\s*jahre?\b|\s*[.,!;)]|\s*$|\s+und\s+\p{L})`)

// ageDigits is an age of one or two digits, in ASCII or in the digits of
// Bengali, Arabic, Persian and Urdu, Devanagari or Thai.
const ageDigits = `\d{1,2}|[০-৯]{1,2}|[٠-٩]{1,2}|[۰-۹]{1,2}|[०-९]{1,2}|[๐-๙]{1,2}`

// nativeNumber reads a number of up to two digits of ageDigits' scripts.
func nativeNumber(g string) (int, bool) {
	n, k := 0, 0
	for _, r := range g {
		d := -1
		for _, z := range [...]rune{'0', '০', '٠', '۰', '०', '๐'} {
			if r >= z && r <= z+9 {
				d = int(r - z)
			}
		}
		if d < 0 || k == 2 {
			return 0, false
		}
		n, k = n*10+d, k+1
	}
	return n, k > 0
}

// textAgeCue reports whether v may hold a statement ageInText reads (a
// digit, or one of the words every such statement without one has), and
// whether it may hold one moreAgeInText reads.
func textAgeCue(v string) (cue, more bool) {
	ascii := true
	for i := 0; i < len(v) && !(cue && more); i++ {
		c := v[i]
		if c >= utf8.RuneSelf {
			ascii = false
			continue
		}
		var ws, ms []string
		switch c | 0x20 {
		case 'i':
			ws = []string{"im", "i am", "i'm", "i’m"}
		case 'b':
			ws = []string{"bin", "berumur", "ben "}
			ms = []string{"bin "}
		case 'y':
			ws = []string{"yo", "y/o", "y.o", "yrs", "year"}
			ms = []string{"yosh"}
		case 'o':
			ws = []string{"old"}
		case 'j':
			ws = []string{"j'ai", "jag"}
			ms = []string{"je mi"}
		case 'm':
			ws = []string{"mam "}
		case 'u':
			ws = []string{"umur", "usia"}
			ms = []string{"umri"}
		case 't':
			ws = []string{"tengo", "tenho"}
		case 'h':
			ws = []string{"ho ", "ho\t", "ho\n"}
		case 'n':
			ms = []string{"nina "}
		case 'a':
			// Romanian "am 13 ani" (not "team 13"), Tagalog "ako ay".
			if i == 0 || !asciiLetter(v[i-1]) {
				if len(v)-i > 3 && strings.EqualFold(v[i:i+3], "am ") && v[i+3] >= '0' && v[i+3] <= '9' {
					more = true
				}
				ms = []string{"ako ay"}
			}
		default:
			continue
		}
		for _, w := range ws {
			if !cue && len(v)-i >= len(w) && strings.EqualFold(v[i:i+len(w)], w) {
				cue = true
			}
		}
		for _, w := range ms {
			if !more && len(v)-i >= len(w) && strings.EqualFold(v[i:i+len(w)], w) {
				more = true
			}
		}
	}
	if ascii {
		return cue, more
	}
	for _, w := range textAgeAnchors {
		if !cue && strings.Contains(v, w) {
			cue = true
		}
	}
	for _, w := range moreAgeAnchors {
		if !more && strings.Contains(v, w) {
			more = true
		}
	}
	return cue, more
}

// textAgeAnchors are textAgeCue's words outside ASCII, in the cases text
// writes them; moreAgeAnchors moreAgeInText's.
var (
	textAgeAnchors = [...]string{"мне", "Мне", "МНЕ", "мені", "Мені", "我", "私は", "저는", "yaşında", "tuổi", "عمري", "मैं"}
	moreAgeAnchors = [...]string{"мне", "Мне", "МНЕ", "อายุ", "אני", "éves", "ίμαι", "ΊΜΑΙ", "আমার", "عمر", "سال", "ёш", "жас", "መት", "መቴ", "տարեկան", "настай", "настэй", "អាយុ", "වයස", "အသက်"}
)

// yearsAgeInText is the third part (red team 23), run only when
// yearsAgeCue finds a number of one or two digits followed by a word for
// years: a profile's header that states the age as a clause of its own,
// with no first-person word ("Lukas, 13 Jahre alt, aus Berlin", "Маша,
// 13 лет, Москва", "こんにちは、13歳です"), and the first-person phrases
// of Danish, Slovak, Bulgarian, Croatian, Serbian and Bosnian, Slovene,
// Lithuanian, Georgian, Azerbaijani, Tamil, Nepali, Afrikaans,
// Belarusian and Hindi's "मेरी उम्र". A number said of something else
// is not a clause of its own ("13 Jahre Garantie", "13 years of
// experience", "a 13-year-old building").
var yearsAgeInText = regexp.MustCompile(`(?i)` +
	`(?:^|[,|•·\n、，;(]|[!?.]\s)\s*(\d{1,2})\s*(?:-\s*)?(?:jahre?|years?|yrs?|años|anos|ans|anni|jaar|лет|года?|yaşında|歳|岁|살)(?:[\s-]*(?:alt|old|oud|jung|young))?\s*(?:です|だよ)?\s*(?:[,.!|•·\n、，。;)]|$)` +
	`|\bi(?:\s+am|['’]?m)\s+an?\s+(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*old\b` +
	`|(\d{1,2})歳(?:です|だよ|になりました)` +
	// Korean's copula after 살 ("12살이에요", "12살입니다"; red team 33).
	`|(\d{1,2})\s*살(?:이에요|이예요|이야|입니다|이고|임)` +
	`|\bjeg\s+er\s+(\d{1,2})\s*år(?:\P{L}|$)` +
	`|\bmám\s+(\d{1,2})\s*(?:rokov|roky|rok)\b` +
	`|(?:^|[\s,.!;(])на\s+(\d{1,2})\s*години\s+съм` +
	`|\bimam\s+(\d{1,2})\s*(?:godina|godine|let)\b` +
	`|(?:^|[\s,.!;(])имам\s+(\d{1,2})\s*(?:година|године)` +
	`|\b(?:stara?\s+sem|sem\s+stara?)\s+(\d{1,2})\s*let\b` +
	`|\bman\s+(\d{1,2})\s*(?:metų|metai)` +
	`|(\d{1,2})\s*წლის\s+ვარ` +
	`|(\d{1,2})\s*yaşında(?:yam|yım)` +
	`|எனக்கு\s*(\d{1,2})\s*வயது` +
	`|(?:^|\s)म\s+(\d{1,2})\s*वर्षक(?:ो|ी)\s+हुँ` +
	`|\bek\s+is\s+(\d{1,2})\s*jaar\b` +
	`|(?:^|[\s,.!;(])мне\s+(\d{1,2})\s*(?:гадоў|гады)` +
	`|मेरी\s+(?:उम्र|उमर|आयु)\s*(\d{1,2})\s*(?:साल|वर्ष)`)

// yearsWords are the words for years (their starts) after which
// yearsAgeCue runs yearsAgeInText.
var yearsWords = [...]string{"jahr", "year", "yr", "año", "ano", "ans", "anni", "jaar", "år", "лет", "год", "гад",
	"rok", "godin", "let", "met", "წლის", "yaş", "வயது", "वर्ष", "साल", "歳", "岁", "살"}

// yearsAgeCue reports whether v holds a number of one or two ASCII digits
// followed, after spaces or a hyphen, by a word of yearsWords.
func yearsAgeCue(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' || i > 0 && v[i-1] >= '0' && v[i-1] <= '9' {
			continue
		}
		j := i + 1
		if j < len(v) && v[j] >= '0' && v[j] <= '9' {
			j++
		}
		if j < len(v) && v[j] >= '0' && v[j] <= '9' {
			continue
		}
		for j < len(v) && (v[j] == ' ' || v[j] == '-') {
			j++
		}
		for _, w := range yearsWords {
			if len(v)-j >= len(w) && strings.EqualFold(v[j:j+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// foldDigits writes the digits of v in ASCII when it has any of another
// script's (Arabic-Indic, Persian, Devanagari, Bengali, Thai, Burmese,
// Khmer, fullwidth: "١٣", "१३", "၁၃", "１３"); v itself, with no copy, otherwise.
func foldDigits(v string) string {
	if isASCII(v) {
		return v
	}
	has := false
	for _, r := range v {
		if r > '9' && digitOf(r) >= 0 {
			has = true
			break
		}
	}
	if !has {
		return v
	}
	b := make([]byte, 0, len(v))
	for _, r := range v {
		if d := digitOf(r); d >= 0 {
			b = append(b, byte('0'+d))
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// digitOf is the value of digit r in ASCII or in foldDigits' scripts, or -1.
func digitOf(r rune) int {
	for _, z := range [...]rune{'0', '٠', '۰', '०', '০', '๐', '０', '၀', '០'} {
		if r >= z && r <= z+9 {
			return int(r - z)
		}
	}
	return -1
}

// cjkRelativeBefore reports whether Chinese, Japanese or Korean text
// before an age names a child or a relative it belongs to ("息子は",
// "我儿子", "우리 딸"). (relativeBefore's English words are not used here:
// "son" is in Jason and Madison.)
func cjkRelativeBefore(before string) bool {
	if isASCII(before) {
		return false
	}
	// Only the sentence the age is in: "兄がいます。私は中学3年生です"
	// is the writer's own grade.
	if k := strings.LastIndexAny(before, "。！？!?\n"); k >= 0 {
		before = before[k:]
	}
	for _, r := range cjkRelatives {
		if strings.Contains(before, r) {
			return true
		}
	}
	return false
}

// cjkRelatives name a child, a relative or a pupil in Japanese, Chinese
// and Korean: sons and daughters by their rank (長男, 次女), siblings
// (弟, 妹妹, 동생), grandchildren, nephews and nieces, a teacher's pupils
// (生徒, 学生们), a family's kid (우리 애).
var cjkRelatives = [...]string{"息子", "娘", "子供", "子ども", "うちの子", "儿子", "女儿", "孩子", "아들", "딸",
	"長男", "長女", "次男", "次女", "三男", "三女", "孫", "弟", "妹", "兄", "姉", "甥", "姪", "生徒", "教え子",
	"哥哥", "姐姐", "侄", "孙", "外甥", "学生们", "学生們", "동생", "조카", "손자", "손녀", "우리 애", "저희 애", "누나", "언니", "오빠"}

// ageToken reports whether v is an age alone, as a bio of one word
// states it: "12yo", "13y/o", "11yrs".
func ageToken(v string) bool {
	return len(v) >= 3 && len(v) <= 8 && v[0] >= '0' && v[0] <= '9' && ageTokenRe.MatchString(v)
}

var ageTokenRe = regexp.MustCompile(`(?i)^\d{1,2}\s*(?:yo|y/o|y\.o\.?|yrs?)$`)

// textAge is the age v states in the first person, or -1.
func textAge(v string) int {
	if len(v) < 4 || len(v) > 4096 {
		return -1
	}
	v = foldDigits(v)
	cue, more := textAgeCue(v)
	var m []string
	if cue {
		m = ageInText.FindStringSubmatch(v)
	}
	if m == nil && more {
		m = moreAgeInText.FindStringSubmatch(v)
	}
	if m == nil && yearsAgeCue(v) {
		m = yearsAgeInText.FindStringSubmatch(v)
		if m != nil && cjkRelativeBefore(v[:strings.Index(v, m[0])]) {
			return -1 // "息子は12歳です": the writer's son is 12
		}
	}
	if m == nil {
		return -1
	}
	for _, g := range m[1:] {
		if g == "" {
			continue
		}
		a, err := strconv.Atoi(g)
		if err != nil {
			if n, ok := nativeNumber(g); ok {
				a, err = n, nil
			}
		}
		if err == nil {
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
	if len(v) < 6 || len(v) > 4096 {
		return -1
	}
	if a := moreTextGrade(v); a >= 0 {
		return a
	}
	if len(v) < 8 {
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

// moreGradeInText reads school grades said in the first person in
// German, French, Spanish, Japanese, Chinese and Korean (red team 33):
// "ich gehe in die 7. Klasse", "je suis en 5e", "estoy en sexto de
// primaria", "中学3年生です", "我是初二学生", "중학생입니다". The groups
// are, in order: a German grade, a French collège class counting down, a
// French class gradeAge reads, a Spanish primary grade in words, a
// Spanish ESO year, a Japanese or Chinese grade gradeAge reads, a Chinese
// junior (初) or senior (高) middle school year, a Korean school.
var moreGradeInText = regexp.MustCompile(`(?i)\b(?:geh(?:e)?\s+in\s+die|bin\s+in\s+der)\s+(\d{1,2})\.\s*klasse\b` +
	`|\bje\s+suis\s+en\s+([3-6])\s*(?:e|ème|eme)\b` +
	`|\bje\s+suis\s+en\s+(seconde|2nde|premi[eè]re|terminale|cm1|cm2|ce1|ce2|cp)\b` +
	`|\bestoy\s+en\s+(primero|segundo|tercero|cuarto|quinto|sexto)\s+de\s+primaria\b` +
	`|\bestoy\s+en\s+([1-4])\s*[º°o]?\s+de\s+(?:la\s+)?eso\b` +
	`|(?:私は|僕は|俺は|我是|我在读|我读)?((?:小学|中学|高校|初中|高中)\s*[1-6１-６一二三四五六]\s*(?:年生|年级|年級|年))(?:です|だ|になりました|学生|的学生)?` +
	`|我(?:是|在读|读)\s*([初高][一二三])` +
	`|(초등학생|중학생|고등학생)(?:입니다|이에요|예요|이야|이고)`)

var spanishGrades = map[string]int{"primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6}

// moreTextGrade is the youngest usual age of a pupil in the grade
// moreGradeInText reads in v, or -1.
func moreTextGrade(v string) int {
	if isASCII(v) && !strings.Contains(v, "lasse") && !strings.Contains(v, "suis en") && !strings.Contains(v, "stoy en") {
		return -1 // most text: no regexp run for nothing
	}
	m := moreGradeInText.FindStringSubmatch(v)
	if m == nil {
		return -1
	}
	at := strings.Index(v, m[0])
	if cjkRelativeBefore(v[:at]) {
		return -1
	}
	for k, g := range m[1:] {
		if g == "" {
			continue
		}
		g = strings.ToLower(g)
		n, _ := strconv.Atoi(g)
		switch k {
		case 0:
			if n >= 1 && n <= 13 {
				return 5 + n
			}
		case 1:
			if strings.HasPrefix(strings.ToLower(strings.TrimSpace(v[at+len(m[0]):])), "ann") {
				return -1 // "je suis en 3e année de médecine": a university year
			}
			return 17 - n
		case 2:
			return gradeAge("classe", g)
		case 3:
			return 5 + spanishGrades[g]
		case 4:
			return 11 + n
		case 5:
			return gradeAge("学年", g)
		case 6:
			if strings.HasPrefix(g, "初") {
				return gradeAge("年级", "初中"+strings.TrimPrefix(g, "初")+"年级")
			}
			return gradeAge("年级", "高中"+strings.TrimPrefix(g, "高")+"年级")
		case 7:
			return map[string]int{"초등학생": 6, "중학생": 12, "고등학생": 15}[g]
		}
		return -1
	}
	return -1
}
