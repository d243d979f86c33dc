// Package layering holds the test that enforces who may import whom
// (docs/architecture.md). It has no code of its own: the rules live in
// layering_test.go, next to the check, so a change to the architecture is a
// change to one table that review sees.
package layering
