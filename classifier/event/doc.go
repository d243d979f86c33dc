// Package event parses one signup event into a flat, read-only tree of
// nodes that the classifier walks once.
//
// Why not encoding/json: it accepts what a privacy router must refuse.
// Duplicate keys ("last one wins") let {"email":"a@x","email":"real"} show
// one value to a checker and another to a consumer; invalid UTF-8 is
// silently replaced; there are no limits on size or depth. This parser is
// strict (RFC 8259 grammar, UTF-8, no duplicate keys, object at the top,
// limits on bytes, depth, string length and leaf count) and anything it
// accepts encoding/json accepts too, so a disagreement between the two can
// only ever send an event to quarantine, never route it.
//
// It is also fast: one pass, no per-node allocation (nodes live in a
// reusable arena), and nodes keep byte offsets into the input, so a
// projection can copy what it forwards unchanged instead of re-encoding it.
package event
