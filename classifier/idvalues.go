package classifier

import (
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// identifierValues turns national identifiers found by value under a
// generic name ({"documents": [{"value": "112-233-445 95"}]}, "id_value")
// into evidence of their scheme's country, before the evidence is
// attributed. Under its own name ("snils") a valid identifier is strong
// evidence (walk.go); found by value it is medium, like an address
// country: check digits let a random number pass one scheme in ten to a
// hundred, so it names the subject's country only where no residence,
// citizenship, location or IP does, and never adds a law beside them.
// A value that fits the schemes of two countries, or that is first of all
// something else (an e-mail, an IBAN, a card), is no evidence.
func (rs *Ruleset) identifierValues(s *scratch) {
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &s.doc.Nodes[l.node]
		if n.Kind != event.String || !(l.cat < 0 || rs.cats[l.cat].probe || l.weak) {
			continue
		}
		if l.cat >= 0 && rs.cats[l.cat].credential {
			continue
		}
		if cc := rs.schemeCountry(strings.TrimSpace(n.Str)); cc != "" {
			s.ev = append(s.ev, evidence{country: cc, base: baseIdentifier, byValue: true})
		}
	}
}

// schemeCountry is the one country whose national identifier scheme v
// fits with valid check digits, or "" when none does, when schemes of
// several countries do, or when a detector tried before the national
// schemes (e-mail, IP, IBAN, payment card) claims the value.
func (rs *Ruleset) schemeCountry(v string) string {
	if len(v) < 5 || len(v) > 64 {
		return ""
	}
	digits, letters, _ := countAlnum(v)
	if digits < 6 {
		return ""
	}
	found := ""
	for i := range rs.detectors {
		vd := &rs.detectors[i]
		cc := rs.cats[vd.cat].idCountry
		if cc == "" && found != "" {
			continue // phones and dates, tried after the schemes
		}
		if vd.shape != nil && !vd.shape(digits, letters) || !vd.fn(v) {
			continue
		}
		switch {
		case cc == "":
			return "" // something else first: an e-mail, an IBAN, a card
		case found == "":
			found = cc
		case found != cc:
			return "" // two countries' schemes fit: no evidence of either
		}
	}
	return found
}
