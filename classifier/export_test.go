package classifier

// WithoutPlans turns rs's plan cache, term filter and template id cache
// off: every event takes the full walk, every word is looked up and every
// template hashed, the reference a planned decision must equal.
func WithoutPlans(rs *Ruleset) { rs.plans, rs.termFilter, rs.tplSums = nil, nil, nil }

// PlanCount is how many shapes and plans rs's cache holds.
func PlanCount(rs *Ruleset) (shapes, plans int) {
	if rs.plans == nil {
		return 0, 0
	}
	for i := range rs.plans.shards {
		sh := &rs.plans.shards[i]
		sh.mu.RLock()
		shapes += len(sh.ring)
		plans += sh.plans
		sh.mu.RUnlock()
	}
	return shapes, plans
}

// PersonShaped is personShaped, for the table test.
var PersonShaped = personShaped
