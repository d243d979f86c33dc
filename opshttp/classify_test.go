package opshttp_test

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/opshttp"
	"github.com/residency-labs/signup-classifier/settings"
)

func TestClassifyHandler(t *testing.T) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte("opshttp-test-key-0123456789")))
	if err != nil {
		t.Fatal(err)
	}
	h := opshttp.ClassifyHandler(func() *classifier.Ruleset { return rs }, 1<<20)
	const ev = `{"email":"a@b.ru","phone":"+79161234567"}`
	for _, tc := range []struct {
		name, query string
		check       func(t *testing.T, body []byte)
	}{
		{"decision", "", func(t *testing.T, body []byte) {
			var d map[string]any
			if err := json.Unmarshal(body, &d); err != nil || d["routes"] == nil {
				t.Fatalf("decision %s (%v)", body, err)
			}
		}},
		{"records", "?records=1", func(t *testing.T, body []byte) {
			var recs []struct{ Topic string }
			if err := json.Unmarshal(body, &recs); err != nil || len(recs) == 0 {
				t.Fatalf("records %s (%v)", body, err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/classify"+tc.query, strings.NewReader(ev)))
			if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/json" {
				t.Fatalf("%d %s", rec.Code, rec.Header())
			}
			tc.check(t, rec.Body.Bytes())
		})
	}
}

// A body over the limit is refused whole with a 413 that names the limit
// (it was silently cut at 4 MiB and the cut event judged).
func TestClassifyHandlerTooLarge(t *testing.T) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte("opshttp-test-key-0123456789")))
	if err != nil {
		t.Fatal(err)
	}
	h := opshttp.ClassifyHandler(func() *classifier.Ruleset { return rs }, 64)
	for _, tc := range []struct {
		name string
		body string
		code int
	}{
		{"at the limit", `{"email":"a@b.ru","x":"` + strings.Repeat("y", 64-len(`{"email":"a@b.ru","x":""}`)) + `"}`, 200},
		{"one byte over", `{"email":"a@b.ru","x":"` + strings.Repeat("y", 65-len(`{"email":"a@b.ru","x":""}`)) + `"}`, 413},
		{"far over", `{"x":"` + strings.Repeat("y", 1<<20) + `"}`, 413},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/classify", strings.NewReader(tc.body)))
			if rec.Code != tc.code {
				t.Fatalf("code %d, want %d: %s", rec.Code, tc.code, rec.Body)
			}
			if tc.code == 413 && !strings.Contains(rec.Body.String(), "larger than 64 bytes (admin.max_request_bytes)") {
				t.Fatalf("413 body %q", rec.Body)
			}
		})
	}
}
