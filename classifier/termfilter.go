package classifier

// Most words of the text the value scan reads are no term and start none:
// timestamps, identifiers, user agents, URLs, ordinary prose. A bit per
// first three bytes (hashed) that some term, term stem or phrase starts
// with answers most of them without hashing the word into three maps.

// termFilter has a bit per hashed prefix (termFilterIndex) of every
// single-word term and phrase's first word.
type termFilter [1 << 16 / 64]uint64

// termFilterIndex hashes w's first three bytes, or all of a shorter w with
// its length. A word equal to a term, or starting with a term of five
// runes or more (wordTerm), has the term's index: both have three bytes or
// more and share the first three, or are equal.
func termFilterIndex(w string) int { return filterIndex(w, false) }

// filterIndex is termFilterIndex of w, or of w lower-cased when lower
// (w is then ASCII).
func filterIndex(w string, lower bool) int {
	h := uint32(len(w))
	if len(w) >= 3 {
		h = 3
	}
	for i := 0; i < len(w) && i < 3; i++ {
		c := w[i]
		if lower && c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = h*0x9E3779B1 ^ uint32(c)
	}
	h *= 0x85EBCA6B
	return int(h >> 16)
}

// compileTermFilter sets the filter's bits; it runs once every term is
// compiled.
func (rs *Ruleset) compileTermFilter() {
	rs.termFilter = new(termFilter)
	add := func(w string) {
		if w != "" {
			i := termFilterIndex(w)
			rs.termFilter[i/64] |= 1 << (i % 64)
		}
	}
	for w := range rs.terms {
		add(w)
	}
	for w := range rs.termPhrases {
		add(w)
	}
}

// mayStartTerm reports whether word w (folded, non-empty) may be a term,
// start with a term of five runes or more, or start a phrase. An Arabic
// word may carry a clitic before its term (arabicTerm), so it is always
// looked up.
func (rs *Ruleset) mayStartTerm(w string) bool {
	if rs.termFilter == nil || w[0] >= 0xD8 && w[0] <= 0xDB {
		return true
	}
	return rs.termFilter.has(termFilterIndex(w))
}

func (f *termFilter) has(i int) bool { return f[i/64]&(1<<(i%64)) != 0 }

// mayHoldTerm reports whether ASCII text v has a word that mayStartTerm:
// one pass over its bytes, where findTerm would lower-case v and cut it
// into words first. Its words are the same: lower-casing moves no word
// boundary.
func (rs *Ruleset) mayHoldTerm(v string) bool {
	if rs.termFilter == nil {
		return true
	}
	for i := 0; i < len(v); {
		if !asciiWord[v[i]] {
			i++
			continue
		}
		j := i + 1
		for j < len(v) && asciiWord[v[j]] {
			j++
		}
		if rs.termFilter.has(filterIndex(v[i:j], true)) {
			return true
		}
		i = j
	}
	return false
}
