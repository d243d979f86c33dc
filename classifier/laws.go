package classifier

import (
	"strconv"
	"strings"
	"time"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// lawPass settles the subject's age and minor status, then each leaf's
// personal and sensitive flags under the applicable laws.
func (rs *Ruleset) lawPass(s *scratch, d *Decision, in Input) {
	minorSens := rs.minorStatus(s, d, rs.subjectAge(s, in))
	rs.verdicts(s, d, minorSens)
}

// subjectAge is the subject's age at the event's time, from a date of
// birth (or a birth year) or a stated age, or -1 when the event says
// neither.
func (rs *Ruleset) subjectAge(s *scratch, in Input) int {
	doc := &s.doc
	now := in.Time
	var y, m, dd int
	haveDOB := false
	age := -1
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		switch {
		case l.cat == rs.idTime && n.Parent == 0 && now.IsZero():
			now = parseTime(n)
		case l.cat == rs.idDate && l.by == byName && !haveDOB:
			y, m, dd, haveDOB = birthDate(doc, n)
		case l.cat == rs.idAge && n.Kind == event.Number && age < 0:
			if a, err := strconv.Atoi(n.Str); err == nil && a >= 0 && a < 130 {
				age = a
			}
		}
	}
	if now.IsZero() {
		now = time.Now()
	}
	if haveDOB {
		age = now.Year() - y
		if int(now.Month()) < m || int(now.Month()) == m && now.Day() < dd {
			age--
		}
	}
	return age
}

// birthDate reads a date of birth from a leaf named as one: a date string,
// epoch milliseconds, a part of a {year, month, day} object, or a birth
// year alone.
func birthDate(doc *event.Doc, n *event.Node) (y, m, dd int, ok bool) {
	switch n.Kind {
	case event.String:
		y, m, dd, ok = detect.ParseDate(n.Str)
	case event.Number:
		// Epoch milliseconds; small numbers are parts of a
		// {year, month, day} object, handled below.
		if f, err := strconv.ParseFloat(n.Str, 64); err == nil && (f > 1e9 || f < -1e9) {
			y, m, dd, ok = detect.EpochMillisDate(f)
		}
	}
	if !ok && n.Kind == event.Number && doc.Nodes[n.Parent].Kind == event.Object {
		y, m, dd, ok = dateObject(doc, n.Parent)
	}
	if !ok && strings.Contains(rules.NormalizeName(n.Key), "year") {
		// A birth year alone: judged as if born on 31 December, the
		// youngest the subject can be, so a possible minor is one.
		if v, err := strconv.Atoi(strings.TrimSpace(n.Str)); err == nil && v >= 1900 && v <= 2100 {
			y, m, dd, ok = v, 12, 31, true
		}
	}
	return y, m, dd, ok
}

// minorStatus sets d.Minor when the subject is under the age of a minor of
// any applicable law (a member state's own age first), and reports whether
// such a law makes all of a minor's personal data sensitive.
func (rs *Ruleset) minorStatus(s *scratch, d *Decision, age int) bool {
	if age < 0 {
		return false
	}
	minorSens := false
	for k, j := range s.juris {
		limit := j.minorAge
		if a, ok := j.memberAges[d.Jurisdictions[k].Country]; ok {
			limit = a
		}
		if limit > 0 && age < limit {
			d.Minor = true
			if j.minorSens {
				minorSens = true
			}
		}
	}
	return minorSens
}

// verdicts fills d.Fields: each leaf's path, category, and whether it is
// personal and sensitive under which of the applicable laws.
func (rs *Ruleset) verdicts(s *scratch, d *Decision, minorSens bool) {
	doc := &s.doc
	if cap(d.Fields) >= len(s.leaves) {
		d.Fields = d.Fields[:len(s.leaves)]
	} else {
		d.Fields = make([]Field, len(s.leaves))
	}
	// All paths are in one string: one allocation per event, not per field.
	paths := string(s.ptr)
	// Most fields are personal under every applicable law: they share one
	// read-only slice of law ids.
	var allLaws []string
	if len(s.juris) == 1 {
		allLaws = s.juris[0].laws
	} else {
		for _, j := range s.juris {
			allLaws = appendLaws(allLaws, j.laws)
		}
	}
	for k := range s.leaves {
		l := &s.leaves[k]
		n := &doc.Nodes[l.node]
		f := &d.Fields[k]
		f.Path = paths[s.ptrStart[l.node]:s.ptrEnd[l.node]]
		f.DetectedBy = byNames[l.by]
		if l.cat < 0 {
			f.Category = "unknown"
		} else {
			f.Category = rs.cats[l.cat].name
		}
		if n.Kind == event.Null || n.Kind == event.String && n.Str == "" {
			l.act = actKeep
			continue // nothing in it
		}
		if l.cat < 0 {
			// Fail closed: unknown is personal under every applicable law.
			l.personal = true
			l.laws = 1<<len(s.juris) - 1
			f.Laws = allLaws
			l.act = actToken
		} else {
			rs.leafVerdict(s, l, f, allLaws)
		}
		if minorSens && l.personal {
			l.sensitive = true
		}
		f.Personal, f.Sensitive = l.personal, l.sensitive
	}
}

// leafVerdict settles a categorized leaf under each applicable law: the
// laws under which its category is personal, sensitive or sectoral.
func (rs *Ruleset) leafVerdict(s *scratch, l *leaf, f *Field, allLaws []string) {
	c := &rs.cats[l.cat]
	l.act = c.act
	for ji, j := range s.juris {
		if j.personal[l.cat] {
			l.personal = true
			l.laws |= 1 << ji
		}
		if j.sensitive[l.cat] {
			l.sensitive = true
		}
		if j.sectoral[l.cat] {
			l.localized = true
		}
	}
	if c.sensitive {
		l.sensitive = true
	}
	if l.laws == 1<<len(s.juris)-1 {
		f.Laws = allLaws
	} else {
		for ji, j := range s.juris {
			if l.laws&(1<<ji) != 0 {
				f.Laws = appendLaws(f.Laws, j.laws)
			}
		}
	}
	if !l.personal {
		l.act = actKeep
	}
}

func appendLaws(dst, laws []string) []string {
	for _, l := range laws {
		dup := false
		for _, have := range dst {
			if have == l {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, l)
		}
	}
	return dst
}

func dateObject(doc *event.Doc, obj int32) (y, m, d int, ok bool) {
	for c := doc.Nodes[obj].First; c >= 0; c = doc.Nodes[c].Next {
		n := &doc.Nodes[c]
		v, err := strconv.Atoi(n.Str)
		if n.Kind != event.Number || err != nil {
			continue
		}
		switch rules.NormalizeName(n.Key) {
		case "year", "y", "yyyy":
			y = v
		case "month", "m", "mm":
			m = v
		case "day", "d", "dd":
			d = v
		}
	}
	ok = y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
	return
}

func parseTime(n *event.Node) time.Time {
	switch n.Kind {
	case event.String:
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02"} {
			if t, err := time.Parse(layout, n.Str); err == nil {
				return t
			}
		}
	case event.Number:
		if f, err := strconv.ParseFloat(n.Str, 64); err == nil {
			switch {
			case f > 1e14: // microseconds
				return time.UnixMicro(int64(f))
			case f > 1e11: // milliseconds
				return time.UnixMilli(int64(f))
			case f > 1e8:
				return time.Unix(int64(f), 0)
			}
		}
	}
	return time.Time{}
}
