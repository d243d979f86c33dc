package classifier

import (
	"strconv"
	"strings"
	"time"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// lawPass settles each leaf's personal and sensitive flags under the
// applicable laws, and the subject's age.
func (rs *Ruleset) lawPass(s *scratch, d *Decision, in Input) {
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
			switch n.Kind {
			case event.String:
				y, m, dd, haveDOB = detect.ParseDate(n.Str)
			case event.Number:
				// Epoch milliseconds; small numbers are parts of a
				// {year, month, day} object, handled below.
				if f, err := strconv.ParseFloat(n.Str, 64); err == nil && (f > 1e9 || f < -1e9) {
					y, m, dd, haveDOB = detect.EpochMillisDate(f)
				}
			}
			if !haveDOB && n.Kind == event.Number && doc.Nodes[n.Parent].Kind == event.Object {
				y, m, dd, haveDOB = dateObject(doc, n.Parent)
			}
			if !haveDOB && strings.Contains(rules.NormalizeName(n.Key), "year") {
				// A birth year alone: judged as if born on 31 December, the
				// youngest the subject can be, so a possible minor is one.
				if v, err := strconv.Atoi(strings.TrimSpace(n.Str)); err == nil && v >= 1900 && v <= 2100 {
					y, m, dd, haveDOB = v, 12, 31, true
				}
			}
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
	minorSens := false
	if age >= 0 {
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
	}
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
		if minorSens && l.personal {
			l.sensitive = true
		}
		f.Personal, f.Sensitive = l.personal, l.sensitive
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
