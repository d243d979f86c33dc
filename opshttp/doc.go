// Package opshttp is the service's operations HTTP server (loopback by
// default): /metrics from a registry the caller passes (never the global
// default), /healthz (the process is alive), /readyz (named readiness
// checks and pushed statuses, 503 with a JSON list of the failing ones and
// the ruleset version), and POST /v1/classify (ClassifyHandler: the
// decision for a posted event, for rule authors), mounted by the caller
// beside any other handler.
//
// Readiness is separate from liveness on purpose: a replica whose rules did
// not load, whose group join did not happen or whose output clusters are
// unreachable must not receive traffic, but restarting it would not help.
package opshttp
