package opshttp

import (
	"crypto/sha256"
	"crypto/subtle"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
)

// Guard protects the operator routes (/v1/classify, /ui): they show what
// the rules make of events, which is for operators only. Metrics and
// probes are not guarded, so scrapers and kubelets need no secret.
// The zero Guard lets every request through.
type Guard struct {
	// Token, when set, must come as "Authorization: Bearer TOKEN".
	Token string
	// ClientCert, when set, asks for a client certificate that verified
	// against the server's client CA (ServerTLS): mTLS.
	ClientCert bool
}

// Enabled says whether the guard asks for anything.
func (g Guard) Enabled() bool { return g.Token != "" || g.ClientCert }

// Wrap returns h behind the guard. A refused request gets 401 with a
// reason that names what is missing, never what was sent.
func (g Guard) Wrap(h http.Handler) http.Handler {
	if !g.Enabled() {
		return h
	}
	// Compared as digests so that the comparison takes the same time
	// whatever the length of what was sent.
	want := sha256.Sum256([]byte(g.Token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if g.ClientCert && (r.TLS == nil || len(r.TLS.VerifiedChains) == 0) {
			deny(w, "a client certificate signed by the admin client CA is required")
			return
		}
		if g.Token != "" {
			got, ok := bearer(r)
			sum := sha256.Sum256([]byte(got))
			if subtle.ConstantTimeCompare(sum[:], want[:]) != 1 || !ok {
				w.Header().Set("WWW-Authenticate", `Bearer realm="classifier-admin"`)
				deny(w, "a valid bearer token is required (Authorization: Bearer TOKEN)")
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

func bearer(r *http.Request) (string, bool) {
	scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	return strings.TrimSpace(tok), true
}

func deny(w http.ResponseWriter, msg string) {
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, "unauthorized: "+msg, http.StatusUnauthorized)
}

// ServerTLS is the listener's TLS config: its certificate and, with
// clientCAFile, client certificates verified against that CA when a
// client offers one. They are asked for, not required, at the handshake:
// probes and scrapers connect without one, and the Guard requires one on
// the routes it protects.
func ServerTLS(certFile, keyFile, clientCAFile string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, fmt.Errorf("admin TLS certificate: %w", err)
	}
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{cert}}
	if clientCAFile != "" {
		pem, err := os.ReadFile(clientCAFile)
		if err != nil {
			return nil, fmt.Errorf("admin client CA: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, errors.New("admin client CA: no PEM certificate in " + clientCAFile)
		}
		cfg.ClientCAs = pool
		cfg.ClientAuth = tls.VerifyClientCertIfGiven
	}
	return cfg, nil
}
