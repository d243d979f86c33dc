// Package deploy holds no code: its tests check what deploy/ ships. They
// render every Kustomize overlay and decode each object strictly into the
// Kubernetes API types (KEDA's objects into structs that mirror its v2 API),
// check the manifests against the service's own config and rules, and check
// that every PromQL expression of the dashboards and alert rules selects only
// metrics the service exports.
//
// It is a module of its own so that the service's go.mod never carries
// Kubernetes, Kustomize or Prometheus server code.
package deploy
