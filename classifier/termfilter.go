package classifier

// Most words of the text the value scan reads are no term and start none:
// timestamps, identifiers, user agents, URLs, ordinary prose. A bit per
// pair of first bytes that some term, term stem or phrase starts with
// answers most of them without hashing the word into three maps.

// termFilter has a bit per (first byte, second byte or 0) of every
// single-word term, stem and phrase's first word.
type termFilter [1 << 16 / 64]uint64

func termFilterIndex(w string) int {
	i := int(w[0]) << 8
	if len(w) > 1 {
		i |= int(w[1])
	}
	return i
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
		add(w) // covers the stems too: a stem starts its term
	}
	for w := range rs.termPhrases {
		add(w)
	}
}

// mayStartTerm reports whether word w (folded, non-empty) may be a term,
// start with a term's stem or start a phrase. An Arabic word may carry a
// clitic before its term (arabicTerm), so it is always looked up.
func (rs *Ruleset) mayStartTerm(w string) bool {
	if rs.termFilter == nil || w[0] >= 0xD8 && w[0] <= 0xDB {
		return true
	}
	i := termFilterIndex(w)
	return rs.termFilter[i/64]&(1<<(i%64)) != 0
}
