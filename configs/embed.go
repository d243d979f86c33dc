// Package configs holds the default service config and rule set, embedded
// into the binary so a fresh checkout runs with no files to find. Every
// command takes --config and --rules to use other copies.
package configs

import (
	"embed"
	"io/fs"
)

//go:embed classifier.yaml fields.yaml rules tests all:terms
var files embed.FS

// Rules returns the embedded rules directory (fields.yaml, rules/, terms/,
// tests/).
func Rules() fs.FS { return files }

// ServiceConfig returns the embedded default service config.
func ServiceConfig() []byte {
	b, err := files.ReadFile("classifier.yaml")
	if err != nil {
		// The file is embedded at build time; its absence is a build bug.
		panic("configs: classifier.yaml not embedded: " + err.Error())
	}
	return b
}
