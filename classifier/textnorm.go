package classifier

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A substrTerm is a term of a script written without spaces between words
// (Chinese, Japanese) or with particles glued to words (Korean 무슬림이고,
// Arabic والسكري): word boundaries say nothing there, so it is matched as a
// substring of the normalized text.
type substrTerm struct {
	term string
	cat  int
}

// unsegmented reports whether a term is matched as a substring: it starts
// with a Han, kana, Hangul or Thai rune, or is a symbol (☪, ⚧: a sign
// stands beside words, not in them, and an emoji's variation selector or
// joiner follows it). (Arabic's glued clitics are taken off words
// instead: see arabicClitics.)
func unsegmented(term string) bool {
	r, _ := utf8.DecodeRuneInString(term)
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai, unicode.So)
}

// arabicClitics are the prefixes glued to an Arabic word (and, so, with,
// for, like, the), longest first: والسكري is و + السكري.
var arabicClitics = []string{"وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"}

// arabicTerm tries w without each clitic prefix.
func (rs *Ruleset) arabicTerm(w string) int {
	for _, c := range arabicClitics {
		if rest, ok := strings.CutPrefix(w, c); ok && utf8.RuneCountInString(rest) >= 3 {
			if id := rs.wordTerm(rest); id >= 0 {
				return id
			}
		}
	}
	return -1
}

// normalizeText readies non-ASCII free text for term matching, into the
// scratch's memory: format characters (zero-width spaces and joiners, soft
// hyphens, bidi controls) removed, NFKC (fullwidth letters become ASCII,
// ligatures split), combining stress accents dropped (Правосла́вна), and
// Cyrillic or Greek look-alikes inside a Latin word folded to Latin (and
// Latin look-alikes inside a Cyrillic word to Cyrillic). ASCII text is
// never passed here: it has none of these.
func (s *scratch) normalizeText(v string) string {
	b := s.norm[:0]
	for i := 0; i < len(v); {
		r, size := utf8.DecodeRuneInString(v[i:])
		if !unicode.Is(unicode.Cf, r) {
			b = append(b, v[i:i+size]...)
		}
		i += size
	}
	s.norm2 = norm.NFKC.Append(s.norm2[:0], b...)
	// Accents NFKC could not compose are stress marks: drop them.
	n := s.norm2[:0]
	for i := 0; i < len(s.norm2); {
		r, size := utf8.DecodeRune(s.norm2[i:])
		if r != '\u0301' && r != '\u0300' {
			n = append(n, s.norm2[i:i+size]...)
		}
		i += size
	}
	s.norm = foldConfusables(b[:0], n)
	return unsafeString(s.norm)
}

// foldConfusables copies src into dst, rewriting each word that mixes
// Latin with Cyrillic or Greek letters into the script most of its letters
// are in, where a look-alike exists.
func foldConfusables(dst, src []byte) []byte {
	for i := 0; i < len(src); {
		// One word: a run of letters.
		j, latin, other := i, 0, 0
		for j < len(src) {
			r, size := utf8.DecodeRune(src[j:])
			if !unicode.IsLetter(r) {
				break
			}
			switch {
			case r < 0x250:
				latin++
			case r >= 0x370 && r < 0x530:
				other++
			}
			j += size
		}
		if j == i {
			_, size := utf8.DecodeRune(src[i:])
			dst = append(dst, src[i:i+size]...)
			i += size
			continue
		}
		if latin == 0 || other == 0 {
			dst = append(dst, src[i:j]...)
			i = j
			continue
		}
		for k := i; k < j; {
			r, size := utf8.DecodeRune(src[k:])
			if latin >= other {
				if l, ok := toLatin[r]; ok {
					r = l
				}
			} else if c, ok := toCyrillic[r]; ok {
				r = c
			}
			dst = utf8.AppendRune(dst, r)
			k += size
		}
		i = j
	}
	return dst
}

// toLatin maps Cyrillic and Greek letters to the Latin ones they look like.
var toLatin = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j',
	'ѕ': 's', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l', 'к': 'k', 'м': 'm', 'т': 't', 'в': 'b', 'н': 'h',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C',
	'Т': 'T', 'Х': 'X', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'У': 'Y',
	'α': 'a', 'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'ε': 'e',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N',
	'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// toCyrillic maps Latin letters to the Cyrillic ones they look like.
var toCyrillic = map[rune]rune{
	'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'y': 'у', 'x': 'х', 'i': 'і',
	'A': 'А', 'B': 'В', 'E': 'Е', 'K': 'К', 'M': 'М', 'H': 'Н', 'O': 'О', 'P': 'Р', 'C': 'С',
	'T': 'Т', 'X': 'Х',
}

// negators are the words that, right before a term or one linking word
// before it, deny it: "not religious", "kein Diabetes", "no tengo
// diabetes", "je ne suis pas diabétique". Only these clear attachments
// suppress a term: "not sure, but diabetic" still matches.
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "non": true, "kein": true, "keine": true, "keinen": true,
	"keiner": true, "nicht": true, "sin": true, "pas": true, "sans": true, "não": true, "nao": true,
	"sem": true, "senza": true, "geen": true, "niet": true, "nie": true, "bez": true, "не": true,
	"нет": true, "без": true, "немає": true,
	// Swahili: "sina kisukari" (I do not have diabetes), "hana", "bila".
	"sina": true, "hana": true, "hatuna": true, "hawana": true, "sio": true, "bila": true,
}

// linking words that may stand between a negator and the term it denies.
var negLinks = map[string]bool{
	"a": true, "an": true, "am": true, "have": true, "tengo": true, "soy": true, "estoy": true,
	"bin": true, "habe": true, "sou": true, "tenho": true, "sono": true, "ho": true, "ben": true,
	"heb": true, "jestem": true, "mam": true, "je": true, "suis": true, "ai": true, "really": true,
	"very": true, "muy": true, "sehr": true, "é": true, "есть": true, "є": true,
}

// negated reports whether the term starting at word wi is clearly denied.
// words are a text's words as appendClauseWords cuts them: a denial never
// reaches over a clause's end ("Smoker: no. Diabetic: yes").
func negated(words []string, wi int) bool {
	if wi >= 1 && negators[words[wi-1]] {
		// Portuguese "no" is "in the" (em + o): "sou iniciado no
		// candomblé", "delegado no sindicato" deny nothing.
		return words[wi-1] != "no" || !portugueseWords(words)
	}
	if wi+1 < len(words) && strings.HasPrefix(words[wi+1], "değil") {
		return true // Turkish denies after the word: "dindar değilim"
	}
	return wi >= 2 && negLinks[words[wi-1]] && negators[words[wi-2]] && words[wi-1] != words[wi-2]
}

func hasUnsegmented(v string) bool {
	for _, r := range v {
		if r >= 0xE00 && unsegmentedRune(r) {
			return true
		}
	}
	return false
}

func unsegmentedRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai) || r >= 0x2600 && unicode.Is(unicode.So, r)
}

// findSubstrTerm matches the unsegmented terms in normalized text.
// Of the terms found, the longest wins (the first in substrTerms), as
// a search term by term, longest first, would find it.
func (rs *Ruleset) findSubstrTerm(v string) int {
	best := int32(-1)
	for i, r := range v {
		for _, k := range rs.substrFirst[r] {
			if best >= 0 && k >= best {
				break // ascending: the rest are no longer than best
			}
			if strings.HasPrefix(v[i:], rs.substrTerms[k].term) {
				best = k
				break
			}
		}
	}
	if best < 0 {
		return -1
	}
	return rs.substrTerms[best].cat
}

// appendClauseWords appends the words of s as appendWords does, with an
// empty word where a clause ends: a sentence's or a clause's punctuation
// followed by a space or ending the text (". ", ", ", ": ", "? "), a
// line's end, a bar or a bullet, Spanish opening marks, CJK punctuation,
// or a dash or a slash between spaces. A denial is read within its clause
// only: "Smoker: no. Diabetic: yes" and "Allergies: no - Muslim" deny no
// diabetes and no faith. Punctuation inside a word ("ver.di", "H.I.V.",
// "HIV-positive") ends no clause.
func appendClauseWords(dst []string, s string) []string {
	start := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		brk := false
		switch r {
		case '\n', '\r', '\t', '|', '•', '¿', '¡', '。', '，', '；', '：', '！', '？', '、', '…', '–', '—', '=', ')', ']', '}':
			// A tab is a column's end, "=" a pair's, a closing bracket
			// an aside's: "smoker=no diabetic=yes", "Smoker (no)
			// Diabetic (yes)". Typography sets an em dash without
			// spaces: "Smoker: no—Diabetic: yes".
			brk = true
		case ',', ';', ':', '!', '?':
			// Before a space, and between words as a compact summary
			// writes them ("Smoker:no,Diabetic:yes", and the fullwidth
			// "：" and "，" that NFKC made ASCII), but not inside a
			// number ("1,5", "10:30").
			brk = i+size == len(s) || !(i > 0 && isDigitASCII(s[i-1]) && isDigitASCII(s[i+size]))
		case '.':
			// Before a space, or an ellipsis ("no...diabetic", "…" after
			// NFKC); a dot inside a word ("ver.di", "H.I.V.") ends none.
			brk = i+size == len(s) || s[i+size] == ' ' || s[i+size] == '\t' || s[i+size] == '\n' || s[i+size] == '\r' || s[i+size] == '.'
		case '&':
			// A form body's pairs ("smoker=no&diabetic=yes"), not a
			// name's ampersand between initials ("CD&V", "AT&T", "R&B").
			brk = !(shortRun(s[:i], true) && shortRun(s[i+size:], false))
		case '-', '/':
			brk = i > 0 && s[i-1] == ' ' && i+size < len(s) && s[i+size] == ' '
		}
		if brk {
			m := len(dst)
			dst = appendWords(dst, s[start:i])
			if (r == ':' || r == '=' || r == '：') && len(dst)-m >= 2 && negators[dst[m]] {
				// The next label starts after the last one's answer:
				// in "Smoker: no Diabetic: yes" and "smoker=no
				// diabetic=yes" the "no" answers "Smoker" and denies
				// no diabetes.
				dst = append(dst[:m+1], append([]string{""}, dst[m+1:]...)...)
			}
			if len(dst) > 0 && dst[len(dst)-1] != "" {
				dst = append(dst, "")
			}
			start = i + size
		}
		i += size
	}
	return appendWords(dst, s[start:])
}

// portugueseWords reports whether words read as Portuguese, where "no"
// is a preposition: a word only Portuguese of the term languages writes
// ("sou", "não", "tenho", "você"), a letter with a tilde (ã, õ), or a
// verb in the past tense's first or third person ("votei", "entrou").
func portugueseWords(words []string) bool {
	for _, w := range words {
		if ptMarkers[w] || strings.ContainsAny(w, "ãõ") {
			return true
		}
		if len(w) > 4 && (strings.HasSuffix(w, "ei") || strings.HasSuffix(w, "ou")) && w != "you" && isASCII(w) {
			return true
		}
	}
	return false
}

var ptMarkers = map[string]bool{
	// Not "eu", "em" or "com": the EU, 'em, a link's ".com".
	"sou": true, "nao": true, "uma": true, "meu": true, "minha": true, "estou": true, "tenho": true,
	"faço": true, "faco": true, "há": true, "você": true, "voce": true, "também": true, "tambem": true,
	"ao": true, "é": true, "está": true, "são": true, "muito": true, "já": true, "nós": true,
	"seu": true, "sua": true,
}

// shortRun reports whether the letters of s next to the cut (its last
// ones when before, else its first ones) are one or two, as an
// abbreviation's initials are around an ampersand.
func shortRun(s string, before bool) bool {
	n := 0
	for k := 0; k < len(s) && n <= 2; k++ {
		c := s[k]
		if before {
			c = s[len(s)-1-k]
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			break
		}
		n++
	}
	return n >= 1 && n <= 2
}
