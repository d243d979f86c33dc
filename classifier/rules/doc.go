// Package rules loads the rule files that data engineers write (the field
// taxonomy, one pack per jurisdiction, term lists) and checks them whole.
//
// Loading follows alertmanager and caddy: decode strictly (an unknown key is
// an error, not a silently ignored typo), collect every problem in one run,
// and name each by file:line:col so an editor can jump to it. Semantic
// checks (categories exist, regions have topics, minor ages are sane) run
// after decoding over the whole set, because most rule mistakes are about
// how files relate, not about one file. The result is plain data; package
// classifier compiles it into an immutable, fast lookup structure.
package rules
