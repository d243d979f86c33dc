// Package soak is the reliability harness: it builds the real classifier
// binary, runs replicas of it as separate processes against a broker,
// feeds them signups, kills and restarts them (and the broker), and then
// reads every output topic to check that nothing was lost, misrouted or
// leaked, counting duplicates against the bound that what was in flight
// allows.
//
// cmd/soak is its command-line front end, and test/reliability and
// test/security use it in CI. It lives under internal/ because it is test
// tooling: no part of the service imports it (internal/layering enforces
// that).
package soak
