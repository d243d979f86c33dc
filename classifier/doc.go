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
// one file each (with the helpers each pass owns):
//
//   - walk.go parses and names every leaf by its name (context.go: by its
//     container or a sibling type key; tuples.go: by a name that is a
//     value beside it, as in jCard's and jCal's property tuples; keys.go:
//     member names that are data;
//     plan.go: the per-shape cache of all of this, replayed for events of a
//     known shape, byte for byte what the full walk decides);
//   - evidence.go turns typed evidence of the subject's countries into
//     jurisdictions (idvalues.go: national identifiers found by value);
//   - values.go looks at every string value (secrets.go: credentials by
//     shape; echoes.go: personal values repeated under other names;
//     textnorm.go and termfilter.go: free text, normalized);
//   - laws.go settles age (agetime.go: which clock), minor status and each
//     field's verdict under each law;
//   - routes.go chooses destinations and projections;
//   - records.go renders the output records (audit.go: the compact audit
//     record and its templates; pseudonym.go: keyed tokens).
//
// ruleset.go compiles rule files into a Ruleset; decision.go is the
// Decision and its JSON, a contract (docs/contract.md).
package classifier
