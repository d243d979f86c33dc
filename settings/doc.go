// Package settings is the service configuration (configs/classifier.yaml
// and the per-deployment environment overrides). Load is its one entry
// point: it decodes the file strictly, applies the environment and
// validates the whole config, returning every problem at once, each with
// the file:line:col it comes from, or the environment variable that set
// it. Secrets are never in the config: only the names of the variables or
// files that hold them, read when they are needed (Key, Connections).
package settings
