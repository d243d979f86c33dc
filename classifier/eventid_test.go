package classifier

import "testing"

// A producer's event id travels in the headers of every output; one that
// carries a phone, a national number or a name is replaced by a derived id.
func TestOpaqueEventID(t *testing.T) {
	rs := partsRuleset(t)
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"3f1c2a9e-6b7d-4c1e-9f0a-2b3c4d5e6f70", true},
		{"5f948c63-84ba-4922-8c0f-02b0923726b9", true}, // seven digits in a row by chance
		{"req_02b0923726b9aa", true},
		{"ajs-next-f7925d46bf7b4770876c63cc1d936b8b", true}, // Segment
		{"evt_1NqLf2LkdIwHu7ix0YrP7C3N", true},              // Stripe
		{"01HXZ5J3K8Q9W4T6Y2R7M1N0PB", true},                // ULID
		{"evt-1782376286591", true},                         // Unix milliseconds
		{"signup-1700000000-42", true},                      // Unix seconds
		{"msg.000123", true},
		{"b4b6baf03ad25233bce3472982384e01aaaaaaaa01234567890123", true},
		{"79161234567", false},             // a Russian mobile without +
		{"14155550134", false},             // a US number
		{"015112345678", false},            // a German mobile
		{"reg-44051401359", false},         // a PESEL
		{"cad:39053344705", false},         // a CPF
		{"Zbigniew.Kowalczyk.2024", false}, // a name
		{"signup:kowalczyk_z:1700000000", false},
		{"ajs-anna.schmidt-1700000000", false},
		{"evt-ANNA-SCHMIDT", false},
		{"KOWALCZYK-Z", false},
		{"ivan.petrov.mail.ru", false},
		{"ip-203-0-113-77", false},
		{"b64.YW5uYS5zY2htaWR0QHdlYi5kZQ", false}, // base64 of an e-mail
		{"evt_2024_06_01_000123", true},
		// red team, round 3: a login, a mail domain, a MAC address, a GPS fix
		{"u_ivanov77_001", false},
		{"hf_abcdefghijklmnopqrstuvwxyzABCDEFGH", false}, // a provider's token (red team, round 4)
		{"ord_5500-0000-0000-0004", false},               // a card in groups
		{"ssn-123-45-6789", false},
		{"943-476-5919", false}, // an NHS number or a phone
		{"loc_52_5200_13_4050", false},
		{"1985-03-12_signup", false}, // a birth date
		{"cb-0151-2345-6789", false},
		{"evt_2026_06_01_000123", true},
		{"v1.2.3-rc.4", true},
		{"ivanov.mail.ru", false},
		{"dev-3e:22:fb:b9:5b:75", false},
		{"52.520008:13.404954", false},
		{"order_12345", true},
		{"evt-signup-77", true},
		// WhatsApp's message id: base64 of the sender's number and more.
		{"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", false},
	} {
		if got := rs.opaqueEventID(tc.id); got != tc.want {
			t.Errorf("opaqueEventID(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

// The event-id header of a pseudonymized record never carries the phone a
// producer used as its event id.
func TestEventIDWithAPhoneIsDerived(t *testing.T) {
	rs := partsRuleset(t)
	d := rs.Classify(Input{Value: []byte(`{"event_id":"79161234567","email":"ivan@mail.ru","country":"RU"}`), Source: "signups/0/7"})
	if d.EventID == "79161234567" || d.EventID == "" {
		t.Fatalf("event id %q, want one derived from the source", d.EventID)
	}
	d = rs.Classify(Input{Value: []byte(`{"event_id":"evt_1NqLf2LkdIwHu7ix0YrP7C3N","email":"ivan@mail.ru","country":"RU"}`), Source: "signups/0/8"})
	if d.EventID != "evt_1NqLf2LkdIwHu7ix0YrP7C3N" {
		t.Fatalf("event id %q, want the producer's", d.EventID)
	}
}

// Red team, round 6: the id the headers carry and the field's own verdict
// are one decision (eventIDUsable): a special-category term, a hex-encoded
// e-mail address or a name outside ASCII is no event id.
func TestEventIDUsable(t *testing.T) {
	rs := partsRuleset(t)
	s := &scratch{}
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"3f1c2a9e-6b7d-4c1e-9f0a-2b3c4d5e6f70", true},
		{"evt_1NqLf2LkdIwHu7ix0YrP7C3N", true},
		{"3f2a9c1e7b6d4a5f8e9d0c1b2a3f4e5d6c7b8a9f", true}, // a digest: hex of no text
		{"muslim-signup-42", false},
		{"616e6e61406578616d706c652e6465", false}, // hex of anna@example.de
		{"Иван.Петров", false},
		{"DE89370400440532013000", false}, // an IBAN
	} {
		if got := rs.eventIDUsable(s, tc.id); got != tc.want {
			t.Errorf("eventIDUsable(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}
