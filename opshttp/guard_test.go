package opshttp_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/opshttp"
)

func guardedServer(g opshttp.Guard) *opshttp.Server {
	s := opshttp.New("127.0.0.1:0", zap.NewNop(), nil)
	ok := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("secret page")) })
	s.Handle("POST /v1/classify", g.Wrap(ok))
	s.Handle("GET /ui", g.Wrap(ok))
	return s
}

func TestGuardToken(t *testing.T) {
	const token = "s3cret-token-0123456789"
	h := guardedServer(opshttp.Guard{Token: token}).Handler()
	for _, tc := range []struct {
		name, method, path, auth string
		code                     int
	}{
		{"ui without token", "GET", "/ui", "", 401},
		{"classify without token", "POST", "/v1/classify", "", 401},
		{"wrong token", "GET", "/ui", "Bearer nope", 401},
		{"token as prefix", "GET", "/ui", "Bearer " + token[:10], 401},
		{"token with extra", "GET", "/ui", "Bearer " + token + "x", 401},
		{"basic scheme", "GET", "/ui", "Basic " + token, 401},
		{"right token", "GET", "/ui", "Bearer " + token, 200},
		{"right token, lower-case scheme", "POST", "/v1/classify", "bearer " + token, 200},
		{"metrics stay open", "GET", "/metrics", "", 200},
		{"healthz stays open", "GET", "/healthz", "", 200},
		{"readyz stays open", "GET", "/readyz", "", 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, tc.path, nil)
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tc.code {
				t.Fatalf("code %d, want %d: %s", rec.Code, tc.code, rec.Body)
			}
			if tc.code == 401 && (strings.Contains(rec.Body.String(), token) || strings.Contains(rec.Body.String(), "nope")) {
				t.Fatalf("refusal quotes a token: %s", rec.Body)
			}
		})
	}
}

// mTLS: the protected routes need a client certificate from the client CA;
// probes and metrics answer over TLS without one.
func TestGuardClientCert(t *testing.T) {
	dir := t.TempDir()
	ca, caKey := newCA(t, "admin client CA")
	other, otherKey := newCA(t, "some other CA")
	serverCert, serverKey := leaf(t, ca, caKey, "127.0.0.1", true)
	writePEM(t, filepath.Join(dir, "server.pem"), "CERTIFICATE", serverCert.Raw)
	writeKey(t, filepath.Join(dir, "server.key"), serverKey)
	writePEM(t, filepath.Join(dir, "ca.pem"), "CERTIFICATE", ca.Raw)
	tlsCfg, err := opshttp.ServerTLS(filepath.Join(dir, "server.pem"), filepath.Join(dir, "server.key"), filepath.Join(dir, "ca.pem"))
	if err != nil {
		t.Fatal(err)
	}
	s := guardedServer(opshttp.Guard{ClientCert: true})
	s.TLS = tlsCfg
	if err := s.Listen(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = s.Run(ctx) }()

	roots := x509.NewCertPool()
	roots.AddCert(ca)
	client := func(cert *x509.Certificate, key *ecdsa.PrivateKey) *http.Client {
		c := &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}
		if cert != nil {
			c.Certificates = []tls.Certificate{{Certificate: [][]byte{cert.Raw}, PrivateKey: key}}
		}
		return &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{TLSClientConfig: c}}
	}
	good, goodKey := leaf(t, ca, caKey, "operator", false)
	bad, badKey := leaf(t, other, otherKey, "stranger", false)
	for _, tc := range []struct {
		name   string
		client *http.Client
		path   string
		code   int // 0: refused, at the handshake or with 401
	}{
		{"ui without a certificate", client(nil, nil), "/ui", 401},
		{"ui with the operator's certificate", client(good, goodKey), "/ui", 200},
		{"ui with a certificate of another CA", client(bad, badKey), "/ui", 0},
		{"healthz without a certificate", client(nil, nil), "/healthz", 200},
		{"metrics without a certificate", client(nil, nil), "/metrics", 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := tc.client.Get("https://" + s.Addr() + tc.path)
			if tc.code == 0 {
				// Go's client offers no certificate the server's CA list
				// does not name; others would fail the handshake.
				if err == nil {
					resp.Body.Close()
					if resp.StatusCode != 401 {
						t.Fatalf("a certificate of another CA got through: %d", resp.StatusCode)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.code {
				t.Fatalf("code %d, want %d", resp.StatusCode, tc.code)
			}
		})
	}
}

func newCA(t *testing.T, name string) (*x509.Certificate, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: name},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	der, err := x509.CreateCertificate(rand.Reader, tpl, tpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c, key
}

func leaf(t *testing.T, ca *x509.Certificate, caKey *ecdsa.PrivateKey, name string, server bool) (*x509.Certificate, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tpl := &x509.Certificate{SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: name},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}
	if server {
		tpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
		tpl.IPAddresses = []net.IP{net.ParseIP(name)}
	}
	der, err := x509.CreateCertificate(rand.Reader, tpl, ca, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c, key
}

func writePEM(t *testing.T, path, typ string, der []byte) {
	t.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
}

func writeKey(t *testing.T, path string, key *ecdsa.PrivateKey) {
	t.Helper()
	der, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	writePEM(t, path, "EC PRIVATE KEY", der)
}
