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
	var destBuf [8]dest
	dests := s.destinations(destBuf[:0])
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

// destinations appends every destination with the projection it gets,
// the home region of each applicable law first and global analytics last.
func (s *scratch) destinations(dests []dest) []dest {
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
			if j.mode == "sectoral" && x.region != j.region && s.hasSectoral(ji) && p > projPseudonymized {
				p = projPseudonymized
			}
			x.proj = min(x.proj, p)
		}
	}
	for ji, j := range s.juris {
		if j.mode == "none" || j.mode == "sectoral" && !s.hasSectoral(ji) {
			continue
		}
		for k := range dests {
			if dests[k].region == j.region {
				dests[k].proj = projFull
			}
		}
	}
	s.keepPrimaryFull(dests)
	return dests
}

// keepPrimaryFull gives the primary jurisdiction (strongest evidence:
// citizenship, then residence, then phone) its subject's full record at
// home, unless a law that keeps data in its own country alone forbids it;
// and if no destination is left with the full record, gives it anyway.
func (s *scratch) keepPrimaryFull(dests []dest) {
	primary := s.juris[0]
	for k := range dests {
		if dests[k].region != primary.region {
			continue
		}
		p := projFull
		for _, j := range s.juris {
			if j.mode == "in_country_only" && j.region != primary.region {
				p = min(p, j.allowed(primary.region))
			}
		}
		dests[k].proj = max(dests[k].proj, p)
	}
	hasFull := false
	for _, x := range dests {
		hasFull = hasFull || x.proj == projFull
	}
	if !hasFull {
		for k := range dests {
			if dests[k].region == s.juris[0].region {
				dests[k].proj = projFull
			}
		}
	}
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
