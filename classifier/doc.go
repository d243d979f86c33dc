// Package classifier decides, for one signup event, whose data-protection
// law applies, which fields are personal or sensitive under each law, and
// where the event may go and in what form; then renders the output
// records.
//
// It is pure: event bytes and a compiled Ruleset in, a Decision and
// records out. It knows nothing of Kafka and does no I/O, so the same code
// answers the stream service, the offline CLI, the admin API and the rule
// tests, and they cannot disagree.
//
// Fail closed: a field nothing recognises is personal; an event with no
// usable evidence of a country, with a country no rule pack covers, or that
// does not parse goes to quarantine with a reason; a route that needs a
// pseudonymization key that is not configured goes to quarantine too.
// Each quarantine names its Reason, a stable code, beside a detail that
// never quotes the event's values.
//
// A Ruleset has two entry points: Classify decides, and ProcessAppend
// decides into a reused Decision and renders the records into the caller's
// buffer (the service's arenas). An event goes through the passes in turn,
// one file each: walk.go parses and names every leaf, evidence.go turns
// evidence of residence into jurisdictions, values.go looks at values and
// free text, laws.go settles age, minor status and each field's verdict,
// routes.go the destinations, records.go the output records.
package classifier
