package classifier

import (
	"slices"
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/geo"
)

type evidence struct {
	country string
	base    int
}

func (rs *Ruleset) phoneRegion(v string) (string, bool) {
	var d [16]byte
	n := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			if n == len(d) {
				return "", false
			}
			d[n] = c
			n++
		case c == '+' && n == 0, c == ' ', c == '-', c == '(', c == ')', c == '.':
		default:
			return detect.PhoneRegion(v, "")
		}
	}
	if len(v) == 0 || v[0] != '+' || n < 8 || n > 15 {
		return detect.PhoneRegion(v, "")
	}
	if r, ok := rs.phoneCache.getBytes(d[:6]); ok {
		return r, true
	}
	r, ok := detect.PhoneRegion(v, "")
	if ok {
		rs.phoneCache.put(string(d[:6]), r)
	}
	return r, ok
}

// evAnswer is a cached evidence lookup.
type evAnswer struct {
	cc string
	ok bool
}

// cached memoizes a country lookup. Locale tags and country names repeat
// across events, and parsing them (x/text, case folding) allocates.
func (rs *Ruleset) cached(m *memo[evAnswer], v string, f func(string) (string, bool)) (string, bool) {
	if e, ok := m.get(v); ok {
		return e.cc, e.ok
	}
	cc, ok := f(v)
	m.put(v, evAnswer{cc, ok})
	return cc, ok
}

func (rs *Ruleset) evidenceOf(s *scratch, base int, i int32) {
	v := strings.TrimSpace(s.doc.Nodes[i].Str)
	if v == "" {
		return
	}
	var cc string
	var ok bool
	switch base {
	case baseResidence, baseCitizenship, baseIP:
		cc, ok = rs.cached(rs.countryCache, v, rs.geo.Country)
		if !ok && base == baseIP {
			return // an IP address itself: no GeoIP database is configured
		}
	case basePhone:
		cc, ok = rs.phoneRegion(v)
		if !ok {
			s.phones = append(s.phones, i)
			return
		}
	case baseLocale:
		cc, ok = rs.cached(rs.localeCache, v, geo.Locale)
	case baseTimezone:
		cc, ok = geo.TimeZone(v)
	case baseSubdivision:
		s.subVals = append(s.subVals, geo.Fold(v))
		return
	}
	if ok && cc != "" && cc != "ZZ" {
		s.ev = append(s.ev, evidence{country: cc, base: base})
	}
}

// attribute turns evidence into jurisdictions.
func (rs *Ruleset) attribute(s *scratch, d *Decision) failure {
	strong := s.hintPhones()
	var accBuf [8]countryAcc
	countries := s.countries(accBuf[:0], strong)
	if len(countries) == 0 {
		return failure{ReasonNoJurisdiction, "no usable evidence of the subject's country (country, citizenship, phone, locale or time zone)"}
	}
	if unknown := rs.jurisdictions(s, d, countries); len(unknown) > 0 {
		return failure{ReasonUnknownJurisdiction, "no rule pack covers " + strings.Join(unknown, ",")}
	}
	if len(d.Jurisdictions) == 0 {
		return failure{ReasonNoJurisdiction, "the evidence found is not evidence any applicable law counts"}
	}
	d.HomeRegion = s.juris[0].region
	return failure{}
}

// hintPhones parses national-format phones with the country the other
// evidence names, when it names exactly one, and reports whether there is
// strong evidence (weak evidence counts only without it).
func (s *scratch) hintPhones() (strong bool) {
	for _, e := range s.ev {
		if !weakBase(e.base) {
			strong = true
		}
	}
	if len(s.phones) == 0 {
		return strong
	}
	hint := ""
	for _, e := range s.ev {
		if weakBase(e.base) && strong {
			continue
		}
		if hint == "" {
			hint = e.country
		} else if hint != e.country {
			hint = ""
			break
		}
	}
	if hint != "" {
		for _, i := range s.phones {
			if cc, ok := detect.PhoneRegion(s.doc.Nodes[i].Str, hint); ok {
				s.ev = append(s.ev, evidence{country: cc, base: basePhone})
				strong = true
			}
		}
	}
	return strong
}

// countryAcc is one country the evidence names: by which bases, the
// strongest first.
type countryAcc struct {
	country string
	bases   uint16
	best    int
}

// countries gathers the evidence by country (weak evidence only without
// strong), strongest first, appended to dst.
func (s *scratch) countries(dst []countryAcc, strong bool) []countryAcc {
	for _, e := range s.ev {
		if strong && weakBase(e.base) {
			continue
		}
		found := false
		for k := range dst {
			if dst[k].country == e.country {
				dst[k].bases |= 1 << e.base
				dst[k].best = min(dst[k].best, e.base)
				found = true
			}
		}
		if !found {
			dst = append(dst, countryAcc{country: e.country, bases: 1 << e.base, best: e.base})
		}
	}
	// Weak evidence agreeing with a strong country is still worth showing
	// as a basis.
	if strong {
		for _, e := range s.ev {
			if weakBase(e.base) {
				for k := range dst {
					if dst[k].country == e.country {
						dst[k].bases |= 1 << e.base
					}
				}
			}
		}
	}
	slices.SortStableFunc(dst, func(a, b countryAcc) int {
		if a.best != b.best {
			return a.best - b.best
		}
		return strings.Compare(a.country, b.country)
	})
	return dst
}

// jurisdictions adds the laws that count the countries' evidence, and
// returns the countries no rule pack covers.
//
// A phone or IP from a country no pack covers does not stop an event
// whose subject's residence or citizenship names a covered country: a
// foreign SIM or a trip abroad is not a second home. Unknown residence or
// citizenship still quarantines (fail closed).
func (rs *Ruleset) jurisdictions(s *scratch, d *Decision, countries []countryAcc) (unknown []string) {
	anchored := false
	for _, c := range countries {
		if len(rs.byCountry[c.country]) > 0 && c.bases&(1<<baseResidence|1<<baseCitizenship) != 0 {
			anchored = true
		}
	}
	for _, c := range countries {
		js := rs.byCountry[c.country]
		if len(js) == 0 {
			if anchored && c.bases&^(1<<basePhone|1<<baseIP) == 0 {
				continue
			}
			unknown = append(unknown, c.country)
			continue
		}
		for _, j := range js {
			if j.bases&c.bases == 0 {
				continue // this law does not count that kind of evidence
			}
			s.addJuris(d, j, c.country, c.bases&j.bases)
			for _, sub := range rs.subdivs {
				if sub.parent == c.country && sub.bases&c.bases != 0 && matchesAny(sub.subNames, s.subVals) {
					s.addJuris(d, sub, sub.code, c.bases&j.bases|1<<baseSubdivision)
				}
			}
		}
	}
	return unknown
}

func matchesAny(names map[string]bool, vals []string) bool {
	for _, v := range vals {
		if names[v] {
			return true
		}
	}
	return false
}

func (s *scratch) addJuris(d *Decision, j *jurisdiction, country string, bases uint16) {
	for k, have := range s.juris {
		if have == j && d.Jurisdictions[k].Country == country {
			return
		}
	}
	s.juris = append(s.juris, j)
	basis := basisNames[bases&(1<<numBases-1)]
	s.jcountries = append(s.jcountries, country)
	d.Jurisdictions = append(d.Jurisdictions, Jurisdiction{Country: country, Laws: j.laws, Basis: basis})
}

// ofEventCountry reports whether a category's issuing countries include
// one of the event's countries (for the EU, the member state itself, not
// every member).
func (rs *Ruleset) ofEventCountry(s *scratch, cat int) bool {
	for _, c := range rs.cats[cat].countries {
		if s.hasCountry(c) {
			return true
		}
	}
	return false
}

func (s *scratch) hasCountry(cc string) bool {
	for _, c := range s.jcountries {
		if c == cc {
			return true
		}
	}
	return false
}
