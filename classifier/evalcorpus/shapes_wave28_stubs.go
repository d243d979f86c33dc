package evalcorpus

func paddleBillingWebhook(g *gen) *node  { return O("stub", P(g.p.email)) }
func googleClassroomRoster(g *gen) *node { return O("stub", P(g.p.email)) }
