package classifier

import (
	"encoding/json"
	"strings"
	"testing"
)

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
		{"3105557812", false}, // a US phone, no Unix time (red team 9: F2)
		{"1764000000", true},  // a Unix time of 2025
		// Red team, round 8 (F3): a surname beside initials.
		{"Smith_J_1987", false},
		{"Ivanov.I.I", false},
		{"evt-Nowak-J", false},
		{"petrov.a.v", false},
		{"evt-Kim-JS", false},
		{"evt-SMITH-J", false},
		{"ord-ab-1234", true},       // a short prefix beside two letters is no name
		{"evt_ab_cdef", false},      // no digit, no base62: words, whoever wrote them
		{"evt.garcia.lopez", false}, // surnames no given-name list knows (red team 11: F10)
		{"CUST-PETROV", false},
		{"sig-ivanov", false},
		{"evt_Zk3JqWmXpL", true}, // base62
		{"AnnaSchmidt1", false},  // a name joined as a program writes it, and a number (red team 12: F6)
		{"annaSchmidt90", false},
		{"evt-AnnaSchmidt-01", false},
		{"KowalczykZ84", false},
		{"TanvirRahman2024", false},
		{"sig-ivanov-1", false},
		{"evt.garcia.lopez.7", false},
		{"evt_1NqLf2CZ6qsJk", true},
		{"ord-ab-1234", true},
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
		// red team, round 6: hex of text, a login beside a birth year, letters of another script
		{"616e6e61406578616d706c652e6465", false}, // anna@example.de
		{"2b3739313631323334353637", false},       // +79161234567
		{"616e6e612e736368", false},               // anna.sch
		{"3f2a9c1e7b6d4a5f8e9d0c1b2a3f4e5d", true},
		{"ivanov-1987", false},
		{"IVANOV_1987", false},
		{"1987.ivanov", false},
		{"signup-2024-42", true},
		{"Иван.Петров", false},
		{"b64.YW5uYS5zY2htaWR0", false}, // base64 of anna.schmidt
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

// Red team, round 6 (F2): the id the headers and keys carry and the
// field's own verdict are one decision (settleEventID). An id that a
// detector finds personal or sensitive is no event id (the event gets a
// derived one), and a field whose value the id check rejects is no
// envelope label (unknown, so non-full projections tokenize or drop it).
func TestEventIDOneDecision(t *testing.T) {
	rs := partsRuleset(t)
	for _, tc := range []struct {
		event   string
		keep    bool   // the producer's id is the event id
		cat     string // the field's category, "" for any personal one
		field   bool   // the field stays in a redacted record
		redact  bool   // the event has a redacted route to check
		comment string
	}{
		{`{"event_id":"muslim-signup-42","country":"DE","email":"x@y.de"}`, false, "sensitive.religion", false, false, "a religion by its text"},
		{`{"event_id":"616e6e61406578616d706c652e6465","country":"DE","email":"x@y.de"}`, false, "", false, false, "hex of anna@example.de"},
		{`{"event_id":"ivanov-1987","country":"DE","email":"x@y.de"}`, false, "", false, false, "a login and a birth year"},
		{`{"event_id":"1987_Ivanov","country":"DE","email":"x@y.de"}`, false, "", false, false, "a birth year and a login"},
		{`{"event_id":"Иван.Петров","country":"CN","email":"x@y.cn"}`, false, "unknown", false, true, "a name outside ASCII"},
		{`{"event_id":"evt_1NqLf2LkdIwHu7ix0YrP7C3N","country":"DE","email":"x@y.de"}`, true, "event.id", true, false, "Stripe"},
		{`{"event_id":"3f2a9c1e7b6d4a5f8e9d0c1b2a3f4e5d","country":"DE","email":"x@y.de"}`, true, "event.id", true, false, "a digest: hex of no text"},
		{`{"event_id":"evt-signup-2024-000123","country":"DE","email":"x@y.de"}`, true, "event.id", true, false, "a year the event happened"},
		{`{"event_id":"evt-signup-77","country":"CN","email":"x@y.cn"}`, true, "event.id", true, true, "a short counter"},
	} {
		d := rs.Classify(Input{Value: []byte(tc.event), Source: "signups/0/1"})
		if d.Reason != "" {
			t.Fatalf("%s: %s", tc.comment, d.ErrorText())
		}
		var v struct {
			ID string `json:"event_id"`
		}
		if err := json.Unmarshal([]byte(tc.event), &v); err != nil {
			t.Fatal(err)
		}
		if got := d.EventID == v.ID; got != tc.keep {
			t.Errorf("%s: event id %q, producer's kept %v, want %v", tc.comment, d.EventID, got, tc.keep)
		}
		var f *Field
		for i := range d.Fields {
			if d.Fields[i].Path == "/event_id" {
				f = &d.Fields[i]
			}
		}
		if f == nil {
			t.Fatalf("%s: no /event_id field", tc.comment)
		}
		if tc.cat != "" && f.Category != tc.cat || tc.cat == "" && !f.Personal {
			t.Errorf("%s: /event_id is %s (personal %v), want %q", tc.comment, f.Category, f.Personal, tc.cat)
		}
		if f.Category == "event.id" && !tc.keep {
			t.Errorf("%s: a rejected id stays an envelope label", tc.comment)
		}
		// Every record but full: no header, key or value carries a
		// rejected id.
		recs, _ := rs.ProcessAppend(&Decision{}, Input{Value: []byte(tc.event), Source: "signups/0/1"}, nil, nil)
		for _, r := range recs {
			proj := r.Projection
			for _, h := range r.Headers {
				if !tc.keep && h.Key == HeaderEventID && string(h.Value) == v.ID {
					t.Errorf("%s: %s record's event-id header is the rejected id", tc.comment, proj)
				}
			}
			if !tc.keep && string(r.Key) == v.ID {
				t.Errorf("%s: %s record keyed by the rejected id", tc.comment, proj)
			}
			if proj == "full" || proj == "audit-template" {
				continue
			}
			if in := strings.Contains(string(r.Value), v.ID); in && !tc.keep {
				t.Errorf("%s: %s record carries the rejected id: %s", tc.comment, proj, r.Value)
			} else if tc.redact && proj == "redacted" && in != tc.field {
				t.Errorf("%s: redacted record %s, want the id kept %v", tc.comment, r.Value, tc.field)
			}
		}
	}
}

// An event that fails after the walk (no country) is keyed by its id on
// the audit and quarantine topics: a sensitive id is derived there too.
func TestEventIDOfAFailedEvent(t *testing.T) {
	rs := partsRuleset(t)
	d := rs.Classify(Input{Value: []byte(`{"event_id":"muslim-signup-42","email":"x@y.de"}`), Source: "signups/0/2"})
	if d.Reason == "" || d.EventID == "muslim-signup-42" {
		t.Errorf("reason %q, event id %q: want a failure with a derived id", d.Reason, d.EventID)
	}
	d = rs.Classify(Input{Value: []byte(`{"event_id":"evt_1NqLf2LkdIwHu7ix0YrP7C3N","email":"x@y.de"}`), Source: "signups/0/3"})
	if d.Reason == "" || d.EventID != "evt_1NqLf2LkdIwHu7ix0YrP7C3N" {
		t.Errorf("reason %q, event id %q: want a failure with the producer's id", d.Reason, d.EventID)
	}
}
