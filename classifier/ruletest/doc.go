// Package ruletest runs the rule test cases that data engineers keep next
// to the rules (configs/tests/<pack>/*.yaml): each case is an event and
// what the rules must decide for it (countries, laws, minor status, field
// categories, routes, or the quarantine reason).
//
// It is a library so that the three places that run cases run them the
// same way: `classifier rules test` (with -update to rewrite expectations),
// `go test` (ruletest_test.go runs the shipped cases), and CI (which runs
// both).
package ruletest
