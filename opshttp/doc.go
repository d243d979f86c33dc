// Package opshttp is the service's operations HTTP server (loopback by
// default): /metrics from a registry the caller passes (never the global
// default), /healthz (the process is alive), /readyz (named readiness
// checks and pushed statuses, 503 with a JSON list of the failing ones and
// the ruleset version), and POST /v1/classify (ClassifyHandler: the
// decision for a posted event, for rule authors; a body over the limit
// gets 413), and the live page of the flows (UI: /ui and /ui/state.json,
// embedded, no external assets), mounted by the caller beside any other
// handler. A Guard (bearer token, or a client certificate over ServerTLS)
// protects /v1/classify and /ui; metrics and probes stay open.
//
// Readiness is separate from liveness on purpose: a replica whose rules did
// not load, whose group join did not happen or whose output clusters are
// unreachable must not receive traffic, but restarting it would not help.
package opshttp
