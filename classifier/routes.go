package classifier

import (
	"slices"
	"strings"
)

// route decides the destinations.
//
// Every destination (the home region of each applicable law, and global
// analytics) gets the most restrictive projection any applicable law
// allows it: a law's own region is full for it, other regions get what
// its exports say. Laws that require in-country storage then force full
// on their own region, and if no destination is left with the full record
// the primary jurisdiction's home gets it: every classified event is
// stored whole somewhere its subject's law allows.
func (rs *Ruleset) route(s *scratch, d *Decision) {
	if f := s.localizationPolicy(); f.failed() {
		rs.fail(d, "route", f)
		return
	}
	var destBuf [8]dest
	dests := s.destinations(destBuf[:0], residenceRegion(s, d))
	var needKey []string
	for _, x := range dests {
		if x.proj == projNone {
			continue
		}
		if x.proj == projPseudonymized && len(rs.cfg.Key) == 0 {
			needKey = append(needKey, x.region)
			continue
		}
		d.Routes = append(d.Routes, Route{Region: x.region, Topic: rs.cfg.Regions[x.region], Projection: projNames[x.proj]})
	}
	if len(needKey) > 0 {
		d.Routes = append(d.Routes, Route{Region: "quarantine", Topic: rs.cfg.Topics.Quarantine, Projection: "quarantine",
			Reason: ReasonNoPseudonymKey, Detail: "no pseudonymization key is configured for " + strings.Join(needKey, ",")})
		d.Stage = "route"
	}
}

// dest is one destination region and the projection it gets.
type dest struct {
	region string
	proj   uint8
}

// residenceRegion is the region of the law of where the subject lives
// or is (found by more than weak evidence), or "": a residence, else an
// address, else a location at collection, else an IP's country. Each
// stands for where the record is collected and kept (red team 25, F7:
// a Berlin address line counts as a country member does).
func residenceRegion(s *scratch, d *Decision) string {
	for _, b := range [...]string{"residence", "address", "location", "ip"} {
		for k, j := range d.Jurisdictions {
			if !s.jweak[k] && slices.Contains(j.Basis, b) {
				return s.juris[k].region
			}
		}
	}
	return ""
}

// destinations appends every destination with the projection it gets,
// the home region of each applicable law first and global analytics last.
// resRegion is the region of the subject's residence's law ("" for none).
func (s *scratch) destinations(dests []dest, resRegion string) []dest {
	for k := 0; k <= len(s.juris); k++ {
		r := "global"
		if k < len(s.juris) {
			r = s.juris[k].region
		}
		if !slices.ContainsFunc(dests, func(x dest) bool { return x.region == r }) {
			dests = append(dests, dest{region: r, proj: projFull})
		}
	}
	for k := range dests {
		x := &dests[k]
		for ji, j := range s.juris {
			p := j.allowed(x.region)
			if j.mode == "sectoral" && x.region != j.region && !s.jweak[ji] && s.hasSectoral(ji) {
				// (A sectoral law found by weak evidence alone, a +91
				// phone beside a card, keeps no data home: red team
				// 24, F9.)
				if j.wholeRecord {
					p = projNone // the whole record stays home
				} else if p > projPseudonymized {
					p = projPseudonymized
				}
			}
			x.proj = min(x.proj, p)
		}
	}
	for ji, j := range s.juris {
		if !s.localizes(ji) {
			continue
		}
		for k := range dests {
			if dests[k].region == j.region {
				dests[k].proj = projFull
			}
		}
	}
	s.keepPrimaryFull(dests, resRegion)
	return dests
}

// keepPrimaryFull gives the primary jurisdiction (strongest evidence:
// citizenship, then residence, then phone) its subject's full record at
// home, unless another law found by more than weak evidence allows that
// region less (its exports, or a sectoral law's data); with weak evidence
// alone, the regions of countries ranked like the primary's get it too
// (tiedPrimary: every law there is weak, so none limits them). If no
// destination is left with the full record, the region of the subject's
// residence gets it, or else the primary's.
//
// That last resort is reached only when no law localizes and the laws'
// exports bar each other (an Egyptian citizen living in Germany: Egypt's
// law lets Europe have a redacted copy, the GDPR lets Egypt have a
// pseudonymized one). The residence's law governs where the data is
// collected and kept; a citizenship's law's export rule restricts
// transfers out of its own country, which storing the record where the
// subject lives is not. Storing it whole only in the citizenship's
// country would be the transfer the residence's law forbids (red team
// 24, F8).
func (s *scratch) keepPrimaryFull(dests []dest, resRegion string) {
	primary := s.juris[0]
	for k := range dests {
		if dests[k].region != primary.region && !s.tiedPrimary(dests[k].region) {
			continue
		}
		p := projFull
		for ji, j := range s.juris {
			if j.region == primary.region || s.jweak[ji] {
				continue
			}
			// Every law found by more than weak evidence keeps its
			// say over the primary's home: its exports (an EU
			// resident's record reaches an Egyptian citizen's region
			// pseudonymized, as the GDPR's transfer rule allows), and a
			// sectoral law's data (India's payment data stays in India).
			a := j.allowed(primary.region)
			if j.mode == "sectoral" && s.hasSectoral(ji) {
				if j.wholeRecord {
					a = projNone
				} else {
					a = min(a, projPseudonymized)
				}
			}
			p = min(p, a)
		}
		dests[k].proj = max(dests[k].proj, p)
	}
	if resRegion != "" && resRegion != primary.region {
		// The residence's region keeps the full record unless a law
		// that localizes this event (or keeps its sectoral data home)
		// allows it less: a citizenship's law that only restricts
		// exports restricts transfers out of its own country, and a
		// record kept where its subject lives is none (an Egyptian
		// citizen living in the US or in Germany: red team 24, F8).
		p := projFull
		for ji, j := range s.juris {
			if j.region == resRegion || !s.localizes(ji) {
				continue
			}
			a := j.allowed(resRegion)
			if j.mode == "sectoral" && j.wholeRecord {
				a = projNone
			} else if j.mode == "sectoral" {
				a = min(a, projPseudonymized)
			}
			p = min(p, a)
		}
		for k := range dests {
			if dests[k].region == resRegion {
				dests[k].proj = max(dests[k].proj, p)
			}
		}
	}
	hasFull := false
	for _, x := range dests {
		hasFull = hasFull || x.proj == projFull
	}
	if !hasFull {
		last := s.juris[0].region
		if resRegion != "" {
			last = resRegion
		}
		for k := range dests {
			if dests[k].region == last {
				dests[k].proj = projFull
			}
		}
	}
}

// tiedPrimary reports whether region is the home of a law found, like
// the primary's, by weak evidence alone and of the same rank (a +86 phone
// and a +7 one, a zh-CN locale and a ru-RU one): which of them is the
// subject's country nothing says, so each home keeps the full record,
// rather than the one whose country code sorts first.
func (s *scratch) tiedPrimary(region string) bool {
	for _, w := range s.jweak {
		if !w {
			return false
		}
	}
	for ji := 1; ji < len(s.juris); ji++ {
		if s.juris[ji].region == region && s.jbest[ji] == s.jbest[0] {
			return true
		}
	}
	return false
}

func (s *scratch) hasSectoral(ji int) bool {
	j := s.juris[ji]
	for k := range s.leaves {
		if c := s.leaves[k].cat; c >= 0 && j.sectoral[c] && s.leaves[k].personal {
			return true
		}
	}
	return false
}

// localizes reports whether jurisdiction ji demands this event's data in
// its own region: an in-country mode, or sectoral data of a sectoral law,
// found by more than weak evidence (a +7 phone localizes nothing).
func (s *scratch) localizes(ji int) bool {
	j := s.juris[ji]
	if s.jweak[ji] {
		return false
	}
	switch j.mode {
	case "in_country_only", "primary_in_country":
		return true
	case "sectoral":
		return s.hasSectoral(ji)
	}
	return false
}

// localizationPolicy is the conflict policy (docs/rules.md): an event
// whose laws cannot all be obeyed at once is quarantined with a typed
// reason, never routed by an accident of evaluation order.
//
//   - A law that localizes this event, whose country the service maps to
//     a region other than its own, cannot be obeyed: localization_unavailable.
//   - Two laws that localize this event in different regions conflict
//     when either forbids the full record the other's region needs: an
//     in_country_only law (CN, RW) forbids every copy abroad, a sectoral
//     law forbids its data abroad (India's payment data may not reach ru
//     for an RU citizen living in India), and a primary_in_country law
//     forbids what its exports do not allow in full.
//
// Two primary_in_country laws that let each other's region have the full
// record (RU and KZ) do not conflict: both regions get it.
func (s *scratch) localizationPolicy() failure {
	for a := range s.juris {
		if !s.localizes(a) {
			continue
		}
		ja := s.juris[a]
		if ja.localUnavailable {
			return failure{ReasonLocalizationUnavailable, ja.code + " requires in-country storage, but the service config maps " + ja.code + " to region " + ja.region}
		}
		for b := range s.juris {
			jb := s.juris[b]
			if b == a || jb.region == ja.region || !s.localizes(b) {
				continue
			}
			forbids := jb.mode == "in_country_only" || jb.mode == "sectoral" || jb.allowed(ja.region) < projFull
			if forbids {
				return failure{ReasonLocalizationConflict, ja.code + " requires the record in region " + ja.region + ", which " + jb.code + " (" + jb.mode + ") forbids"}
			}
		}
	}
	return failure{}
}
