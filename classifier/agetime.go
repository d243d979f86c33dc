package classifier

import "time"

// ageSkew is how far an event's own timestamp may run ahead of the time it
// is judged against before it is taken for a clock error.
const ageSkew = 48 * time.Hour

// earliestEvent is the earliest plausible event time: before it, a
// timestamp is a placeholder (0, 1970-01-01) or another kind of number.
var earliestEvent = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// ageTime is the one rule for the time at which a subject's age is taken,
// shared by the service and every offline command so they cannot disagree:
// the event's own timestamp when it has a plausible one (from 2000 on, and
// not more than ageSkew after the given time), else the given time (the
// service's Kafka record time, the offline --now), else the clock.
//
// The event's time comes first because it is when the subject stated the
// age or birth date; the record time only says when the event reached the
// broker, and a replay or a backlog moves it.
func ageTime(event, given time.Time) time.Time {
	ref := given
	if ref.IsZero() {
		ref = time.Now()
	}
	if !event.IsZero() && !event.Before(earliestEvent) && !event.After(ref.Add(ageSkew)) {
		return event
	}
	return ref
}
