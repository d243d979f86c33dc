package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/ruletest"
)

func newDiffSummary() *diffSummary { return &diffSummary{byCountry: map[string]*countryDiff{}} }

func countryKey(d *classifier.Decision) string {
	if d.Failed() {
		return "(quarantined)"
	}
	var cs []string
	for _, j := range d.Jurisdictions {
		cs = append(cs, j.Country)
	}
	return strings.Join(cs, "+")
}

func (s *diffSummary) country(k string) *countryDiff {
	c, ok := s.byCountry[k]
	if !ok {
		c = &countryDiff{routesAdded: map[string]int{}, routesRemoved: map[string]int{}, examples: map[string][]string{}}
		s.byCountry[k] = c
	}
	return c
}

// add compares two decisions of one event. Only paths, categories and
// route names are recorded: a diff report is shared in reviews.
func (s *diffSummary) add(a, b *classifier.Decision) {
	s.events++
	c := s.country(countryKey(a))
	c.events++
	changed := false
	note := func(kind, text string, limit int) {
		changed = true
		if len(c.examples[kind]) < limit {
			c.examples[kind] = append(c.examples[kind], text)
		}
	}
	if a.Reason != b.Reason {
		c.errorChanges++
		note("error", fmt.Sprintf("error %q -> %q", a.Reason, b.Reason), 20)
	}
	if countryKey(a) != countryKey(b) {
		note("countries", fmt.Sprintf("countries %s -> %s", countryKey(a), countryKey(b)), 20)
	}
	bf := map[string]classifier.Field{}
	for _, f := range b.Fields {
		bf[f.Path] = f
	}
	for _, fa := range a.Fields {
		fb, ok := bf[fa.Path]
		if !ok {
			continue
		}
		if fa.Category != fb.Category {
			c.categoryChanges++
			note("category", fmt.Sprintf("%s: %s -> %s", fa.Path, fa.Category, fb.Category), 20)
		}
		if fa.Personal != fb.Personal {
			c.personalFlip++
			note("personal", fmt.Sprintf("%s (%s): personal %v -> %v", fa.Path, fb.Category, fa.Personal, fb.Personal), 20)
		}
		if fa.Sensitive != fb.Sensitive {
			c.sensitiveFlip++
			note("sensitive", fmt.Sprintf("%s (%s): sensitive %v -> %v", fa.Path, fb.Category, fa.Sensitive, fb.Sensitive), 20)
		}
	}
	ra, rb := ruletest.Routes(a), ruletest.Routes(b)
	for r, p := range rb {
		if ra[r] != p {
			c.routesAdded[r+":"+p]++
			changed = true
		}
	}
	for r, p := range ra {
		if rb[r] != p {
			c.routesRemoved[r+":"+p]++
			changed = true
		}
	}
	if changed {
		c.changedEvents++
		s.changed++
	}
}

func (s *diffSummary) print(w io.Writer, from, to string, examples int) {
	fmt.Fprintf(w, "rules diff %s -> %s: %d events, %d change\n\n", from, to, s.events, s.changed)
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "COUNTRIES\tEVENTS\tCHANGED\tCATEGORY\tPERSONAL\tSENSITIVE\tROUTES ADDED\tROUTES REMOVED")
	for _, k := range slices.Sorted(maps.Keys(s.byCountry)) {
		c := s.byCountry[k]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\n", k, c.events, c.changedEvents, c.categoryChanges, c.personalFlip, c.sensitiveFlip, counts(c.routesAdded), counts(c.routesRemoved))
	}
	tw.Flush()
	for _, k := range slices.Sorted(maps.Keys(s.byCountry)) {
		c := s.byCountry[k]
		if c.changedEvents == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", k)
		for _, kind := range slices.Sorted(maps.Keys(c.examples)) {
			ex := c.examples[kind]
			for i, e := range ex {
				if i >= examples {
					fmt.Fprintf(w, "  ... %d more %s change(s)\n", len(ex)-examples, kind)
					break
				}
				fmt.Fprintf(w, "  %s\n", e)
			}
		}
	}
}

func counts(m map[string]int) string {
	if len(m) == 0 {
		return "-"
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s×%d", k, m[k]))
	}
	return strings.Join(parts, " ")
}
