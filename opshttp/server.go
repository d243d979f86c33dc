package opshttp

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
)

// DefaultAddr listens on loopback only.
const DefaultAddr = "127.0.0.1:9464"

// Check is a readiness check: nil means ready. It must return promptly; it
// gets a context with CheckTimeout. Its error text is shown on /readyz, so
// it must not contain secrets.
type Check func(ctx context.Context) error

// Server is the admin HTTP server: /metrics, /healthz, /readyz and any
// handlers the caller mounts.
type Server struct {
	addr string
	log  *zap.Logger
	mux  *http.ServeMux

	// CheckTimeout bounds each readiness check (default 2s).
	CheckTimeout time.Duration
	// TLS, when set before Run, serves HTTPS (see ServerTLS).
	TLS *tls.Config

	mu        sync.RWMutex
	checks    map[string]Check
	statuses  map[string]error
	version   string
	versionFn func() string // if set, asked on every request in place of version
	ln        net.Listener
}

// New returns a server for addr ("" = DefaultAddr). reg is the registry
// served on /metrics (never the global default, unless the caller passes
// it); nil serves an empty registry.
func New(addr string, log *zap.Logger, reg *prometheus.Registry) *Server {
	if addr == "" {
		addr = DefaultAddr
	}
	if log == nil {
		log = zap.NewNop()
	}
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	s := &Server{
		addr:         addr,
		log:          log,
		mux:          http.NewServeMux(),
		CheckTimeout: 2 * time.Second,
		checks:       make(map[string]Check),
		statuses:     make(map[string]error),
	}
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{
		ErrorHandling:     promhttp.ContinueOnError,
		EnableOpenMetrics: true,
	}))
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	s.mux.HandleFunc("GET /readyz", s.readyz)
	return s
}

// Handle mounts an extra handler; pattern follows net/http.ServeMux (for
// example "POST /v1/classify").
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// HandleFunc mounts an extra handler function.
func (s *Server) HandleFunc(pattern string, h http.HandlerFunc) { s.mux.HandleFunc(pattern, h) }

// AddCheck registers (or replaces) a named readiness check run on each
// /readyz request (e.g. "outputs": producer ping).
func (s *Server) AddCheck(name string, c Check) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.checks[name] = c
}

// Require registers a pushed status that starts not ready ("not reported
// yet") until SetStatus(name, nil).
func (s *Server) Require(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.statuses[name]; !ok {
		s.statuses[name] = errNotSet
	}
}

// SetStatus sets a named readiness status pushed by the caller (e.g.
// "group": joined or not, "rules": loaded or not). nil means ready.
func (s *Server) SetStatus(name string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.statuses[name] = err
}

// SetRulesetVersion sets the version string reported by /readyz.
func (s *Server) SetRulesetVersion(v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.version = v
}

// SetRulesetVersionFunc makes /readyz and the live page ask f for the
// version on every request (the rule set in force at that moment), in
// place of the last SetRulesetVersion.
func (s *Server) SetRulesetVersionFunc(f func() string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.versionFn = f
}

// Handler returns the server's handler (for tests or embedding).
func (s *Server) Handler() http.Handler { return s.mux }

type checkResult struct {
	Name  string `json:"name"`
	Error string `json:"error,omitempty"`
}

type readyBody struct {
	Status  string        `json:"status"`
	Ruleset string        `json:"ruleset"`
	Checks  []checkResult `json:"checks"`
	Failing []checkResult `json:"failing,omitempty"`
}

var errNotSet = errors.New("not reported yet")

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	checks := make(map[string]Check, len(s.checks))
	for n, c := range s.checks {
		checks[n] = c
	}
	results := make([]checkResult, 0, len(s.checks)+len(s.statuses))
	for n, err := range s.statuses {
		cr := checkResult{Name: n}
		if err != nil {
			cr.Error = err.Error()
		}
		results = append(results, cr)
	}
	s.mu.RUnlock()

	var mu sync.Mutex
	var wg sync.WaitGroup
	for name, c := range checks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(r.Context(), s.CheckTimeout)
			defer cancel()
			err := runCheck(ctx, c)
			cr := checkResult{Name: name}
			if err != nil {
				cr.Error = err.Error()
			}
			mu.Lock()
			results = append(results, cr)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(results, func(i, j int) bool { return results[i].Name < results[j].Name })
	// Read after the checks, so a rules check that reports a reload
	// is shown with the version it reports on.
	body := readyBody{Status: "ready", Ruleset: s.rulesetVersion(), Checks: results}
	for _, cr := range results {
		if cr.Error != "" {
			body.Failing = append(body.Failing, cr)
		}
	}
	code := http.StatusOK
	if len(body.Failing) > 0 {
		body.Status = "not ready"
		code = http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(body)
}

// runCheck runs c, turning a panic or a check that ignores its context into
// an error.
func runCheck(ctx context.Context, c Check) (err error) {
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- errors.New("check panicked")
			}
		}()
		done <- c(ctx)
	}()
	select {
	case err = <-done:
		return err
	case <-ctx.Done():
		return errors.New("check timed out")
	}
}

// Listen binds the address; Run calls it if needed. After Listen, Addr
// reports the bound address (useful with port 0).
func (s *Server) Listen() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln != nil {
		return nil
	}
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return err
	}
	s.ln = ln
	return nil
}

// Addr is the bound address after Listen (or Run), else the configured one.
func (s *Server) Addr() string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.ln != nil {
		return s.ln.Addr().String()
	}
	return s.addr
}

// Run serves until ctx is cancelled, then shuts down gracefully (5s).
func (s *Server) Run(ctx context.Context) error {
	if err := s.Listen(); err != nil {
		return err
	}
	s.mu.RLock()
	ln := s.ln
	s.mu.RUnlock()
	srv := &http.Server{
		Handler:           s.mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          zap.NewStdLog(s.log.Named("http")),
	}
	if s.TLS != nil {
		ln = tls.NewListener(ln, s.TLS)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("admin HTTP server listening", zap.String("addr", ln.Addr().String()))
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err := srv.Shutdown(sctx)
		<-errc
		return err
	}
}
