// Package admin serves the service's admin HTTP endpoints (loopback by
// default): /metrics from a registry the caller passes (never the global
// default), /healthz (the process is alive), /readyz (named readiness
// checks and pushed statuses, 503 with a JSON list of the failing ones and
// the ruleset version), and any handler the caller mounts (POST
// /v1/classify).
//
// Readiness is separate from liveness on purpose: a replica whose rules did
// not load, whose group join did not happen or whose output clusters are
// unreachable must not receive traffic, but restarting it would not help.
package admin
