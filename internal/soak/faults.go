package soak

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"
)

// startFaults starts the fault injectors the options ask for (kills,
// zombie pause, scale steps), each in its own goroutine; faultsDone closes
// once they have all returned, and stopFaults makes them return early.
func (s *soakRun) startFaults(ctx context.Context) {
	s.faultCtx, s.stopFaults = context.WithCancel(ctx)
	s.rng = rand.New(rand.NewPCG(s.o.Seed, 0xfa017))
	if s.o.KillEvery > 0 {
		s.faults.Add(1)
		go s.killLoop()
	}
	if s.o.Zombie {
		s.faults.Add(1)
		go s.zombie()
	}
	if len(s.o.Scale) > 0 {
		s.faults.Add(1)
		go s.scaleSteps()
	}
	s.faultsDone = make(chan struct{})
	go func() { s.faults.Wait(); close(s.faultsDone) }()
}

// markFault records the time of the latest fault: the drain is measured
// from it.
func (s *soakRun) markFault() { s.lastFault.Store(int64(time.Since(s.pStart))) }

// pick chooses a replica with the seeded generator, so that a seed
// replays the same choices.
func (s *soakRun) pick(ids []int) int {
	s.rngMu.Lock()
	defer s.rngMu.Unlock()
	return ids[s.rng.IntN(len(ids))]
}

func (s *soakRun) within(limit time.Duration) bool {
	return limit <= 0 || time.Since(s.pStart) < limit
}

// killLoop SIGKILLs a random running replica every KillEvery, within
// KillFor and up to Kills kills, and restarts it after RestartAfter.
func (s *soakRun) killLoop() {
	defer s.faults.Done()
	t := time.NewTicker(s.o.KillEvery)
	defer t.Stop()
	for {
		select {
		case <-s.faultCtx.Done():
			return
		case <-t.C:
		}
		if !s.within(s.o.KillFor) || (s.o.Kills > 0 && int(s.kills.Load()) >= s.o.Kills) {
			return
		}
		ids := s.run.Reps.Running()
		if len(ids) == 0 {
			continue
		}
		id := s.pick(ids)
		if err := s.run.Reps.Kill(id); err != nil {
			s.logf("kill %d: %v", id, err)
			continue
		}
		s.kills.Add(1)
		s.markFault()
		s.logf("kill #%d: replica %d SIGKILLed (audited %d); restart in %s", s.kills.Load(), id, s.run.Progress.Distinct(), s.o.RestartAfter)
		s.faults.Add(1)
		go func() {
			defer s.faults.Done()
			time.Sleep(s.o.RestartAfter)
			if err := s.run.Reps.Restart(id); err != nil {
				s.logf("restart %d: %v", id, err)
			}
			s.markFault()
		}()
	}
}

// zombie SIGSTOPs one replica at ZombieAt and SIGCONTs it ZombieFor later
// (longer than the session timeout, so the group moves on without it and
// the replica wakes up holding work it no longer owns).
func (s *soakRun) zombie() {
	defer s.faults.Done()
	at := s.o.ZombieAt
	if at <= 0 {
		at = max(s.o.KillEvery/2, 5*time.Second)
	}
	select {
	case <-s.faultCtx.Done():
		return
	case <-time.After(at):
	}
	ids := s.run.Reps.Running()
	if len(ids) == 0 {
		return
	}
	id := s.pick(ids)
	if err := s.run.Reps.Pause(id); err != nil {
		s.logf("pause %d: %v", id, err)
		return
	}
	s.pauses.Add(1)
	s.markFault()
	s.logf("zombie: replica %d SIGSTOPped for %s", id, s.o.ZombieFor)
	time.Sleep(s.o.ZombieFor) // not cut short: a paused replica must be resumed
	if err := s.run.Reps.Resume(id); err != nil {
		s.logf("resume %d: %v", id, err)
	}
	s.markFault()
	s.logf("zombie: replica %d SIGCONTed", id)
}

// scaleSteps moves the group through the replica counts of Scale, one step
// per ScaleEvery; a scale-down retires the newest members with SIGTERM.
func (s *soakRun) scaleSteps() {
	defer s.faults.Done()
	rep := s.rep
	for _, want := range s.o.Scale {
		select {
		case <-s.faultCtx.Done():
			return
		case <-time.After(s.o.ScaleEvery):
		}
		members := s.run.Reps.Members()
		for len(members) < want {
			id, err := s.run.Reps.Add()
			if err != nil {
				s.logf("scale up: %v", err)
				break
			}
			members = append(members, id)
		}
		for len(members) > want && len(members) > 1 {
			id := members[len(members)-1]
			members = members[:len(members)-1]
			st := s.run.Reps.Retire(id, s.o.StopTimeout)
			if st != "exit status 0" {
				rep.Unclean = append(rep.Unclean, fmt.Sprintf("replica %d: %s on SIGTERM (scale down)", id, st))
			}
		}
		s.steps.Add(1)
		s.markFault()
		rep.MaxMembers = max(rep.MaxMembers, want)
		s.logf("scale: %d replicas (audited %d)", want, s.run.Progress.Distinct())
	}
}
