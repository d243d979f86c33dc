package evalcorpus

import (
	"math/big"
	"strings"
	"testing"
)

// validCreditorID checks a SEPA Creditor Identifier as EPC262-08 says:
// drop the business code (positions 5-7), move the country and check
// digits behind the national identifier, write letters as 10-35, and
// the number modulo 97 is 1. Written apart from ids_wave14.go.
func validCreditorID(s string) bool {
	if len(s) < 8 || len(s) > 35 {
		return false
	}
	for _, c := range s[:2] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	re := s[7:] + s[:4]
	var b strings.Builder
	for _, c := range re {
		switch {
		case c >= '0' && c <= '9':
			b.WriteRune(c)
		case c >= 'A' && c <= 'Z':
			b.WriteString(big.NewInt(int64(c - 'A' + 10)).String())
		default:
			return false
		}
	}
	n, ok := new(big.Int).SetString(b.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

func TestCreditorIDPublishedExamples(t *testing.T) {
	// The Deutsche Bundesbank's test identifier and Mollie's, as their
	// documentation prints them.
	for _, v := range []string{"DE98ZZZ09999999999", "NL08ZZZ502057730000"} {
		if !validCreditorID(v) {
			t.Errorf("published %s does not validate", v)
		}
	}
	if got := sepaCreditorID("DE", "09999999999"); got != "DE98ZZZ09999999999" {
		t.Errorf("sepaCreditorID(DE, 09999999999) = %s", got)
	}
	if validCreditorID("DE97ZZZ09999999999") {
		t.Error("a wrong check digit validates")
	}
}

func TestCreditorIDsValidate(t *testing.T) {
	r := newRand(14)
	for _, cc := range []string{"NL", "DE", "BE", "FR", "AT"} {
		for range 300 {
			if v := genCreditorID(r, cc); !validCreditorID(v) || !strings.HasPrefix(v, cc) || v[4:7] != "ZZZ" {
				t.Fatalf("%s: %s does not validate", cc, v)
			}
		}
	}
}

// TestWave14IBANsAndRUNs checks the IBANs and RUNs the wave's shapes
// write, read back from generated events.
func TestWave14IBANsAndRUNs(t *testing.T) {
	evs, err := Generate(5, 200, []string{"mollie_payment_fetched", "claveunica_login"})
	if err != nil {
		t.Fatal(err)
	}
	ibans, runs := 0, 0
	for _, e := range evs {
		vals, err := LeafValues(e.JSON)
		if err != nil {
			t.Fatal(err)
		}
		for p, v := range vals {
			switch {
			case strings.HasSuffix(p, "/consumerAccount"):
				ibans++
				if !validCreditorID(v[:4] + "ZZZ" + v[4:]) {
					t.Errorf("%s: IBAN %s does not validate", e.Shape, v)
				}
			case strings.HasSuffix(p, "/creditorIdentifier"):
				if !validCreditorID(v) {
					t.Errorf("%s: creditor id %s does not validate", e.Shape, v)
				}
			case p == "/session/rut":
				runs++
				if !validRUNDotted(v) {
					t.Errorf("%s: RUN %s does not validate", e.Shape, v)
				}
			}
		}
	}
	if ibans == 0 || runs == 0 {
		t.Errorf("%d IBANs, %d RUNs read", ibans, runs)
	}
}

// validRUNDotted checks a Chilean RUN written 12.345.678-5: weights 2 to
// 7 from the right, 11 less the sum modulo 11, 10 written K and 11 0.
func validRUNDotted(s string) bool {
	i := strings.LastIndexByte(s, '-')
	if i < 0 {
		return false
	}
	body := strings.ReplaceAll(s[:i], ".", "")
	sum, w := 0, 2
	for j := len(body) - 1; j >= 0; j-- {
		c := body[j]
		if c < '0' || c > '9' {
			return false
		}
		sum += int(c-'0') * w
		w++
		if w == 8 {
			w = 2
		}
	}
	want := map[int]string{10: "K", 11: "0"}[11-sum%11]
	if want == "" {
		want = string(rune('0' + 11 - sum%11))
	}
	return s[i+1:] == want
}
