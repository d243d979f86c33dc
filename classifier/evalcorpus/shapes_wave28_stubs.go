package evalcorpus

func googleClassroomRoster(g *gen) *node { return O("stub", P(g.p.email)) }
