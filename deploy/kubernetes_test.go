package deploy

import (
	"bytes"
	"flag"
	"maps"
	"net"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/intstr"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"
	"sigs.k8s.io/yaml"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/settings"
)

var update = flag.Bool("update", false, "copy configs/ rules into deploy/kubernetes/base/rules")

var overlays = []string{"dev", "production"}

// rendered is one overlay's objects, decoded strictly.
type rendered struct {
	deployment   *appsv1.Deployment
	configMaps   map[string]*corev1.ConfigMap // by name before the hash suffix
	services     []*corev1.Service
	pdbs         []*policyv1.PodDisruptionBudget
	scaled       []*scaledObject
	triggerAuths map[string]*triggerAuthentication
	monitors     []*serviceMonitor
}

// render builds an overlay as `kubectl apply -k` would and decodes every
// object into its API type, rejecting unknown fields.
func render(t *testing.T, overlay string) *rendered {
	t.Helper()
	k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
	rm, err := k.Run(filesys.MakeFsOnDisk(), filepath.Join("kubernetes", "overlays", overlay))
	if err != nil {
		t.Fatalf("kustomize build %s: %v", overlay, err)
	}
	out := &rendered{configMaps: map[string]*corev1.ConfigMap{}, triggerAuths: map[string]*triggerAuthentication{}}
	for _, r := range rm.Resources() {
		y, err := r.AsYAML()
		if err != nil {
			t.Fatal(err)
		}
		gvk := r.GetGvk()
		id := gvk.String() + " " + r.GetName()
		strict := func(into any) {
			t.Helper()
			if err := yaml.UnmarshalStrict(y, into); err != nil {
				t.Fatalf("%s: %s does not decode strictly: %v", overlay, id, err)
			}
		}
		switch key := gvk.ApiVersion() + "/" + gvk.Kind; key {
		case "v1/ServiceAccount":
			strict(&corev1.ServiceAccount{})
		case "v1/ConfigMap":
			cm := &corev1.ConfigMap{}
			strict(cm)
			base := cm.Name
			if i := strings.LastIndexByte(base, '-'); i > 0 {
				base = base[:i]
			}
			out.configMaps[base] = cm
		case "v1/Service":
			s := &corev1.Service{}
			strict(s)
			out.services = append(out.services, s)
		case "apps/v1/Deployment":
			if out.deployment != nil {
				t.Fatalf("%s: more than one Deployment", overlay)
			}
			out.deployment = &appsv1.Deployment{}
			strict(out.deployment)
		case "policy/v1/PodDisruptionBudget":
			p := &policyv1.PodDisruptionBudget{}
			strict(p)
			out.pdbs = append(out.pdbs, p)
		case "keda.sh/v1alpha1/ScaledObject":
			s := &scaledObject{}
			strict(s)
			out.scaled = append(out.scaled, s)
		case "keda.sh/v1alpha1/TriggerAuthentication":
			a := &triggerAuthentication{}
			strict(a)
			out.triggerAuths[a.Name] = a
		case "monitoring.coreos.com/v1/ServiceMonitor":
			m := &serviceMonitor{}
			strict(m)
			out.monitors = append(out.monitors, m)
		case "v1/Secret":
			t.Fatalf("%s: renders a Secret (%s): secrets are created out of band, never kept in the repo", overlay, r.GetName())
		default:
			t.Fatalf("%s: %s: no strict check for kind %s", overlay, id, key)
		}
	}
	if out.deployment == nil {
		t.Fatalf("%s: no Deployment", overlay)
	}
	return out
}

func TestOverlays(t *testing.T) {
	for _, o := range overlays {
		t.Run(o, func(t *testing.T) {
			r := render(t, o)
			d := r.deployment
			pod := &d.Spec.Template.Spec
			if len(pod.Containers) != 1 {
				t.Fatalf("want one container, got %d", len(pod.Containers))
			}
			c := &pod.Containers[0]
			env := containerEnv(t, c)
			cfg := serviceConfig(t, r, c, env)

			checkSecurity(t, pod, c)
			checkResources(t, c)
			checkEnv(t, c, cfg)
			checkProbes(t, c, cfg)
			checkSecretFiles(t, pod, c, cfg, env)
			checkRules(t, r, pod, c, cfg)
			checkScaling(t, r, cfg, env)
			checkSelectors(t, r)
		})
	}
}

func containerEnv(t *testing.T, c *corev1.Container) map[string]string {
	t.Helper()
	env := map[string]string{}
	for _, e := range c.Env {
		if _, dup := env[e.Name]; dup {
			t.Errorf("env %s set twice", e.Name)
		}
		env[e.Name] = e.Value
	}
	if len(c.EnvFrom) > 0 {
		t.Errorf("envFrom: every variable must be listed (and none may carry a secret)")
	}
	return env
}

// serviceConfig loads the rendered ConfigMap's classifier.yaml as the
// service does: decode, the container's env overrides, validate.
func serviceConfig(t *testing.T, r *rendered, c *corev1.Container, env map[string]string) *settings.Config {
	t.Helper()
	cm := r.configMaps["signup-classifier-config"]
	if cm == nil {
		t.Fatal("no ConfigMap signup-classifier-config")
	}
	file := flagValue(t, c, "--config")
	if path.Base(file) != "classifier.yaml" || mountOf(c, file) == nil || mountOf(c, file).Name != "config" {
		t.Fatalf("--config=%s is not classifier.yaml in the config volume", file)
	}
	cfgPath := filepath.Join(t.TempDir(), "classifier.yaml")
	if err := os.WriteFile(cfgPath, []byte(cm.Data["classifier.yaml"]), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := settings.Load(cfgPath, func(k string) string { return env[k] })
	if err != nil {
		t.Fatalf("service config: %v", err)
	}
	if len(cfg.Kafka.Brokers) == 0 {
		t.Fatal("no brokers (config or KAFKA_BROKERS): the service would start its embedded development broker")
	}
	for _, b := range cfg.Kafka.Brokers {
		if strings.Contains(b, "set-by-overlay") {
			t.Fatalf("KAFKA_BROKERS still holds the base's placeholder %q", b)
		}
	}
	if strings.Contains(cfg.Pseudonym.KeyID, "set-by-overlay") || cfg.Pseudonym.KeyID == "" {
		t.Fatalf("pseudonymization key id %q: the overlay must set CLASSIFIER_PSEUDONYM_KEY_ID", cfg.Pseudonym.KeyID)
	}
	return cfg
}

func flagValue(t *testing.T, c *corev1.Container, name string) string {
	t.Helper()
	for _, a := range c.Args {
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v
		}
	}
	t.Fatalf("container args %q lack %s=", c.Args, name)
	return ""
}

// mountOf is the volume mount that holds file, if any.
func mountOf(c *corev1.Container, file string) *corev1.VolumeMount {
	for i, m := range c.VolumeMounts {
		if strings.HasPrefix(file, strings.TrimSuffix(m.MountPath, "/")+"/") {
			return &c.VolumeMounts[i]
		}
	}
	return nil
}

func volume(pod *corev1.PodSpec, name string) *corev1.Volume {
	for i := range pod.Volumes {
		if pod.Volumes[i].Name == name {
			return &pod.Volumes[i]
		}
	}
	return nil
}

func checkSecurity(t *testing.T, pod *corev1.PodSpec, c *corev1.Container) {
	t.Helper()
	ps := pod.SecurityContext
	if ps == nil || ps.RunAsNonRoot == nil || !*ps.RunAsNonRoot {
		t.Error("pod securityContext.runAsNonRoot must be true")
	}
	if ps == nil || ps.SeccompProfile == nil || ps.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
		t.Error("pod securityContext.seccompProfile must be RuntimeDefault")
	}
	if ps != nil && ps.RunAsUser != nil && *ps.RunAsUser == 0 {
		t.Error("pod runs as uid 0")
	}
	cs := c.SecurityContext
	if cs == nil {
		t.Fatal("container has no securityContext")
	}
	if cs.RunAsNonRoot == nil || !*cs.RunAsNonRoot {
		t.Error("container securityContext.runAsNonRoot must be true")
	}
	if cs.ReadOnlyRootFilesystem == nil || !*cs.ReadOnlyRootFilesystem {
		t.Error("container securityContext.readOnlyRootFilesystem must be true")
	}
	if cs.AllowPrivilegeEscalation == nil || *cs.AllowPrivilegeEscalation {
		t.Error("container securityContext.allowPrivilegeEscalation must be false")
	}
	if cs.Privileged != nil && *cs.Privileged {
		t.Error("container is privileged")
	}
	if cs.Capabilities == nil || !slices.Equal(cs.Capabilities.Drop, []corev1.Capability{"ALL"}) || len(cs.Capabilities.Add) > 0 {
		t.Error("container capabilities must drop ALL and add none")
	}
	if cs.SeccompProfile == nil || cs.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
		t.Error("container securityContext.seccompProfile must be RuntimeDefault")
	}
	if pod.AutomountServiceAccountToken == nil || *pod.AutomountServiceAccountToken {
		t.Error("automountServiceAccountToken must be false: the service never calls the Kubernetes API")
	}
}

func checkResources(t *testing.T, c *corev1.Container) {
	t.Helper()
	for _, res := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		req, okReq := c.Resources.Requests[res]
		lim, okLim := c.Resources.Limits[res]
		if !okReq || !okLim || req.IsZero() || lim.IsZero() {
			t.Errorf("resources: %s request and limit must both be set", res)
			continue
		}
		if req.Cmp(lim) > 0 {
			t.Errorf("resources: %s request %s above limit %s", res, req.String(), lim.String())
		}
	}
	// docs/performance.md: peak RSS under 200 MiB at the defaults; the
	// limit must leave room for it.
	if lim := c.Resources.Limits[corev1.ResourceMemory]; lim.Cmp(resource.MustParse("200Mi")) < 0 {
		t.Errorf("memory limit %s is under the measured peak (up to 189 MiB)", lim.String())
	}
}

// secretish names an environment variable that must never carry a literal.
func secretish(name string) bool {
	n := strings.ToUpper(name)
	if strings.HasSuffix(n, "_FILE") || strings.HasSuffix(n, "_KEY_ID") {
		return false
	}
	for _, w := range []string{"PASSWORD", "SECRET", "TOKEN", "KEY", "CREDENTIAL", "PASSWD"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

func checkEnv(t *testing.T, c *corev1.Container, cfg *settings.Config) {
	t.Helper()
	named := map[string]bool{"CLASSIFIER_PSEUDONYM_KEY": true}
	if cfg.Pseudonym.KeyEnv != "" {
		named[cfg.Pseudonym.KeyEnv] = true
	}
	if s := cfg.Kafka.SASL; s != nil && s.PasswordEnv != "" {
		named[s.PasswordEnv] = true
	}
	for _, cc := range cfg.Clusters {
		if cc.SASL != nil && cc.SASL.PasswordEnv != "" {
			named[cc.SASL.PasswordEnv] = true
		}
	}
	for _, e := range c.Env {
		if named[e.Name] {
			t.Errorf("env %s: the service reads a secret from it; secrets come from files only", e.Name)
		}
		if e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
			t.Errorf("env %s: from a Secret; mount secrets as files instead", e.Name)
		}
		if secretish(e.Name) {
			t.Errorf("env %s: looks like a secret; secrets come from files only", e.Name)
		}
	}
}

func checkProbes(t *testing.T, c *corev1.Container, cfg *settings.Config) {
	t.Helper()
	host, port, err := net.SplitHostPort(cfg.Admin.Addr)
	if err != nil {
		t.Fatalf("admin.addr %q: %v", cfg.Admin.Addr, err)
	}
	if ip := net.ParseIP(host); host == "localhost" || ip != nil && ip.IsLoopback() {
		t.Fatalf("admin.addr %q listens on loopback: the kubelet's probes and Prometheus cannot reach it", cfg.Admin.Addr)
	}
	want, _ := strconv.Atoi(port)
	resolve := func(what string, p intstr.IntOrString) int32 {
		if p.Type == intstr.Int {
			return p.IntVal
		}
		for _, cp := range c.Ports {
			if cp.Name == p.StrVal {
				return cp.ContainerPort
			}
		}
		t.Errorf("%s: port %q is not a container port", what, p.StrVal)
		return 0
	}
	for _, p := range []struct {
		what  string
		probe *corev1.Probe
		path  string
	}{
		{"livenessProbe", c.LivenessProbe, "/healthz"},
		{"readinessProbe", c.ReadinessProbe, "/readyz"},
		{"startupProbe", c.StartupProbe, "/healthz"},
	} {
		if p.probe == nil || p.probe.HTTPGet == nil {
			t.Errorf("%s: want an HTTP probe on %s", p.what, p.path)
			continue
		}
		if p.probe.HTTPGet.Path != p.path {
			t.Errorf("%s: path %s, want %s", p.what, p.probe.HTTPGet.Path, p.path)
		}
		if got := resolve(p.what, p.probe.HTTPGet.Port); got != int32(want) {
			t.Errorf("%s: port %d, but the service listens on %s (admin.addr)", p.what, got, cfg.Admin.Addr)
		}
	}
}

// checkSecretFiles: every file the config reads a secret from is in a
// mounted Secret volume, under a key that volume projects.
func checkSecretFiles(t *testing.T, pod *corev1.PodSpec, c *corev1.Container, cfg *settings.Config, env map[string]string) {
	t.Helper()
	files := map[string]string{"pseudonymization key": cfg.Pseudonym.KeyFile}
	if f := env["CLASSIFIER_PSEUDONYM_KEY_FILE"]; f != cfg.Pseudonym.KeyFile {
		t.Errorf("CLASSIFIER_PSEUDONYM_KEY_FILE %q differs from the config's key_file %q", f, cfg.Pseudonym.KeyFile)
	}
	if s := cfg.Kafka.SASL; s != nil {
		if s.PasswordFile == "" {
			t.Error("kafka.sasl: no password_file (secrets come from files)")
		}
		files["SASL password"] = s.PasswordFile
	}
	if tl := cfg.Kafka.TLS; tl != nil && tl.CAFile != "" {
		files["Kafka CA"] = tl.CAFile
	}
	for what, f := range files {
		if f == "" {
			t.Errorf("%s: no file configured", what)
			continue
		}
		m := mountOf(c, f)
		if m == nil {
			t.Errorf("%s file %s is in no volume mount", what, f)
			continue
		}
		v := volume(pod, m.Name)
		if v == nil || v.Secret == nil {
			t.Errorf("%s file %s: volume %s is not a Secret", what, f, m.Name)
			continue
		}
		rel := strings.TrimPrefix(f, strings.TrimSuffix(m.MountPath, "/")+"/")
		found := len(v.Secret.Items) == 0
		for _, it := range v.Secret.Items {
			found = found || it.Path == rel
		}
		if !found {
			t.Errorf("%s file %s: Secret volume %s projects no %s", what, f, m.Name, rel)
		}
		if !m.ReadOnly {
			t.Errorf("volume mount %s must be read-only", m.Name)
		}
	}
}

// checkRules: the rules ConfigMap, as the Deployment mounts it, is the
// rules directory of configs/ and loads without a problem.
func checkRules(t *testing.T, r *rendered, pod *corev1.PodSpec, c *corev1.Container, cfg *settings.Config) {
	t.Helper()
	dir := flagValue(t, c, "--rules")
	var m *corev1.VolumeMount
	for i := range c.VolumeMounts {
		if c.VolumeMounts[i].MountPath == dir {
			m = &c.VolumeMounts[i]
		}
	}
	if m == nil {
		t.Fatalf("--rules=%s is no volume mount", dir)
	}
	v := volume(pod, m.Name)
	cm := r.configMaps["signup-classifier-rules"]
	if v == nil || v.ConfigMap == nil || cm == nil || v.ConfigMap.Name != cm.Name {
		t.Fatalf("--rules=%s: want the ConfigMap signup-classifier-rules mounted there", dir)
	}
	fsys := fstest.MapFS{}
	mapped := map[string]bool{}
	for _, it := range v.ConfigMap.Items {
		data, ok := cm.Data[it.Key]
		if !ok {
			t.Errorf("rules volume item %s: no such key in the ConfigMap", it.Key)
		}
		fsys[it.Path] = &fstest.MapFile{Data: []byte(data)}
		mapped[it.Key] = true
	}
	for k := range cm.Data {
		if !mapped[k] {
			t.Errorf("rules ConfigMap key %s is not mounted (add it to the rules volume's items)", k)
		}
	}
	want := configRuleFiles(t)
	for name, b := range want {
		if got, ok := fsys[name]; !ok || !bytes.Equal(got.Data, b) {
			t.Errorf("mounted rules: %s missing or different from configs/%s", name, name)
		}
	}
	for name := range fsys {
		if _, ok := want[name]; !ok {
			t.Errorf("mounted rules: %s is not in configs/", name)
		}
	}
	if _, ps, err := classifier.LoadFS(fsys, cfg.ClassifierConfig(make([]byte, 32))); err != nil {
		t.Errorf("mounted rules do not load: %v\n%v", err, ps.Errors())
	}
}

// configRuleFiles is what a rules directory holds for `run`: fields.yaml,
// rules/ and terms/ of configs/ (rule tests are for `rules test`, not run).
func configRuleFiles(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	root := filepath.Join("..", "configs")
	for _, glob := range []string{"fields.yaml", "rules/*.yaml", "terms/*.yaml"} {
		names, err := filepath.Glob(filepath.Join(root, glob))
		if err != nil || len(names) == 0 {
			t.Fatalf("configs/%s: %v", glob, err)
		}
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			rel, _ := filepath.Rel(root, n)
			out[filepath.ToSlash(rel)] = b
		}
	}
	return out
}

// ruleListKust and ruleListVolume are the generated lists of rule files in
// the base's kustomization (one ConfigMap key per file) and in the
// Deployment's rules volume (each key back to its path): -update rewrites
// them with the copy, so adding a pack to configs/ needs no hand edit here.
var (
	ruleListKust   = regexp.MustCompile(`(?m)(^      - [a-z0-9._-]+=rules/[a-z0-9/._-]+\n)+`)
	ruleListVolume = regexp.MustCompile(`(?m)(^              - key: [a-z0-9._-]+\.yaml\n                path: [a-z0-9/._-]+\.yaml\n)+`)
)

func writeRuleLists(t *testing.T, files map[string][]byte) {
	t.Helper()
	names := slices.Sorted(maps.Keys(files))
	var kust, vol strings.Builder
	for _, n := range names {
		key := strings.ReplaceAll(n, "/", ".")
		kust.WriteString("      - " + key + "=rules/" + n + "\n")
		vol.WriteString("              - key: " + key + "\n                path: " + n + "\n")
	}
	for _, f := range []struct {
		path string
		re   *regexp.Regexp
		list string
	}{
		{filepath.Join("kubernetes", "base", "kustomization.yaml"), ruleListKust, kust.String()},
		{filepath.Join("kubernetes", "base", "deployment.yaml"), ruleListVolume, vol.String()},
	} {
		b, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(f.re.FindAllIndex(b, -1)); n != 1 {
			t.Fatalf("%s: %d generated rule lists, want exactly 1", f.path, n)
		}
		if err := os.WriteFile(f.path, f.re.ReplaceAll(b, []byte(f.list)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRulesCopy keeps deploy/kubernetes/base/rules equal to configs/
// (Kustomize reads files only under the kustomization's directory, so the
// base holds a copy). -update rewrites the copy.
func TestRulesCopy(t *testing.T) {
	dst := filepath.Join("kubernetes", "base", "rules")
	want := configRuleFiles(t)
	if *update {
		writeRuleLists(t, want)
		if err := os.RemoveAll(dst); err != nil {
			t.Fatal(err)
		}
		for name, b := range want {
			p := filepath.Join(dst, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	got := map[string]bool{}
	err := filepath.WalkDir(dst, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dst, p)
		rel = filepath.ToSlash(rel)
		got[rel] = true
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if w, ok := want[rel]; !ok {
			t.Errorf("%s: not in configs/ (go test ./... -update)", p)
		} else if !bytes.Equal(b, w) {
			t.Errorf("%s differs from configs/%s (go test ./... -update)", p, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range want {
		if !got[name] {
			t.Errorf("configs/%s has no copy in %s (go test ./... -update)", name, dst)
		}
	}
}

func checkScaling(t *testing.T, r *rendered, cfg *settings.Config, env map[string]string) {
	t.Helper()
	d := r.deployment
	if d.Spec.Replicas != nil {
		t.Error("Deployment sets replicas: the ScaledObject owns the count")
	}
	if len(r.scaled) != 1 {
		t.Fatalf("want one ScaledObject, got %d", len(r.scaled))
	}
	s := r.scaled[0].Spec
	if s.ScaleTargetRef == nil || s.ScaleTargetRef.Name != d.Name || s.ScaleTargetRef.Kind != "" && s.ScaleTargetRef.Kind != "Deployment" {
		t.Errorf("ScaledObject targets %+v, want Deployment %s", s.ScaleTargetRef, d.Name)
	}
	if s.MinReplicaCount == nil || *s.MinReplicaCount < 1 {
		t.Error("minReplicaCount must be at least 1")
	}
	partitions := int32(cfg.CreateTopics.Partitions)
	if s.MaxReplicaCount == nil || partitions < 1 || *s.MaxReplicaCount > partitions {
		t.Errorf("maxReplicaCount must be at most the input topic's partitions (create_topics.partitions %d)", partitions)
	}
	if s.MinReplicaCount != nil && s.MaxReplicaCount != nil && *s.MinReplicaCount > *s.MaxReplicaCount {
		t.Error("minReplicaCount above maxReplicaCount")
	}
	if len(s.Triggers) != 1 || s.Triggers[0].Type != "kafka" {
		t.Fatalf("want one kafka trigger, got %+v", s.Triggers)
	}
	tr := s.Triggers[0]
	md := tr.Metadata
	for k := range md {
		if !kafkaScalerMetadata[k] {
			t.Errorf("kafka trigger: unknown metadata %q", k)
		}
	}
	for k, want := range map[string]string{
		"consumerGroup":              cfg.Input.Group,
		"topic":                      cfg.Input.Topic,
		"bootstrapServers":           strings.Join(cfg.Kafka.Brokers, ","),
		"allowIdleConsumers":         "false",
		"scaleToZeroOnInvalidOffset": "false",
	} {
		if md[k] != want {
			t.Errorf("kafka trigger %s = %q, want %q", k, md[k], want)
		}
	}
	if n, err := strconv.ParseInt(md["lagThreshold"], 10, 64); err != nil || n <= 0 {
		t.Errorf("kafka trigger lagThreshold %q: want a positive integer", md["lagThreshold"])
	}
	if cfg.Kafka.SASL != nil && (md["sasl"] != "scram_sha512" || cfg.Kafka.SASL.Mechanism != "SCRAM-SHA-512") {
		t.Errorf("kafka trigger sasl %q does not match the service's %s", md["sasl"], cfg.Kafka.SASL.Mechanism)
	}
	if cfg.Kafka.TLS != nil && md["tls"] != "enable" {
		t.Errorf("kafka trigger tls %q: the service uses TLS", md["tls"])
	}
	if tr.AuthenticationRef == nil {
		t.Fatal("kafka trigger: no authenticationRef")
	}
	a := r.triggerAuths[tr.AuthenticationRef.Name]
	if a == nil {
		t.Fatalf("kafka trigger: TriggerAuthentication %s is not rendered", tr.AuthenticationRef.Name)
	}
	for _, ref := range a.Spec.SecretTargetRef {
		if !kafkaScalerAuth[ref.Parameter] {
			t.Errorf("TriggerAuthentication %s: unknown kafka parameter %q", a.Name, ref.Parameter)
		}
	}
	_ = env
}

func checkSelectors(t *testing.T, r *rendered) {
	t.Helper()
	podLabels := r.deployment.Spec.Template.Labels
	matches := func(sel map[string]string, labels map[string]string) bool {
		if len(sel) == 0 {
			return false
		}
		for k, v := range sel {
			if labels[k] != v {
				return false
			}
		}
		return true
	}
	if r.deployment.Spec.Selector == nil || !matches(r.deployment.Spec.Selector.MatchLabels, podLabels) {
		t.Error("Deployment selector does not match its pods")
	}
	if len(r.pdbs) != 1 {
		t.Fatalf("want one PodDisruptionBudget, got %d", len(r.pdbs))
	}
	if p := r.pdbs[0]; p.Spec.Selector == nil || !matches(p.Spec.Selector.MatchLabels, podLabels) {
		t.Error("PodDisruptionBudget selector does not match the pods (an empty one would match every pod in the namespace)")
	}
	ports := map[string]bool{}
	for _, p := range r.deployment.Spec.Template.Spec.Containers[0].Ports {
		ports[p.Name] = true
	}
	if len(r.services) == 0 {
		t.Fatal("no metrics Service")
	}
	for _, s := range r.services {
		if !matches(s.Spec.Selector, podLabels) {
			t.Errorf("Service %s selects no classifier pod", s.Name)
		}
		for _, p := range s.Spec.Ports {
			if !ports[p.TargetPort.StrVal] {
				t.Errorf("Service %s: targetPort %s is no named container port", s.Name, p.TargetPort.String())
			}
		}
	}
	for _, m := range r.monitors {
		ok := false
		for _, s := range r.services {
			if matches(m.Spec.Selector.MatchLabels, s.Labels) {
				for _, e := range m.Spec.Endpoints {
					for _, p := range s.Spec.Ports {
						ok = ok || p.Name == e.Port
					}
				}
			}
		}
		if !ok {
			t.Errorf("ServiceMonitor %s: selects no Service port", m.Name)
		}
	}
}

func TestSecretish(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"CLASSIFIER_PSEUDONYM_KEY", true},
		{"KAFKA_PASSWORD", true},
		{"API_TOKEN", true},
		{"CLASSIFIER_PSEUDONYM_KEY_FILE", false},
		{"CLASSIFIER_PSEUDONYM_KEY_ID", false},
		{"KAFKA_BROKERS", false},
		{"GOMEMLIMIT", false},
	} {
		if got := secretish(c.name); got != c.want {
			t.Errorf("secretish(%s) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestRegionsMatchShipped fails when the base's service config routes to a
// different set of regions than the shipped configs/classifier.yaml: rule
// packs name regions, so a region missing here would fail the rules at
// start-up in the cluster while every local test passes.
func TestRegionsMatchShipped(t *testing.T) {
	shipped, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	base, err := settings.Load(filepath.Join("kubernetes", "base", "classifier.yaml"), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range shipped.Regions {
		if b, ok := base.Regions[name]; !ok || b.Topic != r.Topic {
			t.Errorf("region %s: shipped topic %q, base %+v (present %v)", name, r.Topic, b, ok)
		}
	}
	for name := range base.Regions {
		if _, ok := shipped.Regions[name]; !ok {
			t.Errorf("region %s is in the base but not in configs/classifier.yaml", name)
		}
	}
}
