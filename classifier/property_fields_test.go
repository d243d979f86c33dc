package classifier_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// The property of issue 14: random shapes with personal values in object
// keys, under names a rule calls non-personal, and credentials under names
// in many languages or inside JSON strings. No personal value, key or
// credential may reach a non-full record, any key, any header or any audit
// path; no credential may reach any record but quarantine (which carries
// the input by contract).
func TestPropertyFieldsKeysAndCredentials(t *testing.T) {
	rs := benchRuleset(t)
	r := rand.New(rand.NewPCG(14, 2026))
	credNames := []string{"password", "passphrase", "pw", "kennwort", "contraseña", "mot_de_passe", "senha", "пароль", "parola", "hasło", "wachtwoord", "密码", "パスワード", "비밀번호", "كلمة المرور", "lösenord"}
	nonPersonal := []string{"status", "source", "campaign", "plan", "theme", "channel", "medium", "stage"}
	containers := []string{"meta", "properties", "context", "traits", "data", "extra", "app", "device", "integrations", "profile"}
	names := []string{"Ivan Petrov", "Maria Garcia", "Anna Schmidt", "Olga Ivanova", "Mehmet Yilmaz"}
	terms := []string{"Catholic", "Muslim", "diabetes", "LGBTQ", "Buddhist", "wheelchair"}
	mapNames := []string{"interests", "friends", "tags", "groups", "conditions", "contacts"}
	countries := []string{"DE", "FR", "RU", "BR", "US", "GB", "IN", "JP"}
	const n = 1500
	checked := 0
	for i := range n {
		secret := fmt.Sprintf("Sx%dq-%08x-Zk", i, r.Uint32())
		personal := map[string]bool{}
		top := map[string]any{"country": countries[r.IntN(len(countries))], "email": fmt.Sprintf("u%d@example.org", i)}
		// Nest a map in 0-2 random containers.
		put := func(k string, v any) {
			m := top
			for range r.IntN(3) {
				c := containers[r.IntN(len(containers))]
				next, ok := m[c].(map[string]any)
				if !ok {
					next = map[string]any{}
					m[c] = next
				}
				m = next
			}
			m[k] = v
		}
		switch r.IntN(3) {
		case 0:
			put(credNames[r.IntN(len(credNames))], secret)
		case 1:
			inner, _ := json.Marshal(map[string]string{credNames[r.IntN(len(credNames))]: secret})
			put("payload", string(inner))
		case 2:
			put("auth", map[string]string{"Cookie": "sid=" + secret + "; theme=dark"})
		}
		name := names[r.IntN(len(names))]
		put(nonPersonal[r.IntN(len(nonPersonal))], name)
		personal[name] = true
		key := terms[r.IntN(len(terms))]
		if r.IntN(2) == 0 {
			key = names[r.IntN(len(names))]
		}
		put(mapNames[r.IntN(len(mapNames))], map[string]any{key: true})
		personal[key] = true
		ev, err := json.Marshal(top)
		if err != nil {
			t.Fatal(err)
		}
		d, recs := process(rs, classifier.Input{Value: ev, Source: fmt.Sprintf("p/0/%d", i)})
		if d.Failed() {
			continue
		}
		checked++
		if where := outsideInput(recs, secret); where != "" {
			t.Errorf("event %d: credential in the %s\n  %s", i, where, ev)
		}
		for v := range personal {
			for _, rec := range recs {
				switch {
				case rec.Projection != "full" && rec.Projection != "quarantine" && bytes.Contains(rec.Value, []byte(v)):
					t.Errorf("event %d: %q in the %s record\n  %s", i, v, rec.Projection, ev)
				case bytes.Contains(rec.Key, []byte(v)):
					t.Errorf("event %d: %q in a %s key", i, v, rec.Projection)
				}
				for _, h := range rec.Headers {
					if bytes.Contains(h.Value, []byte(v)) {
						t.Errorf("event %d: %q in header %s", i, v, h.Key)
					}
				}
			}
			for _, f := range d.Fields {
				if strings.Contains(f.Path, v) {
					t.Errorf("event %d: %q in path %s", i, v, f.Path)
				}
			}
		}
	}
	if checked < n/2 {
		t.Fatalf("only %d of %d events routed: the property says little", checked, n)
	}
}
