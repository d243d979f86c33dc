package rules_test

import (
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/configs"
)

// TestBaselineLint: the baseline pack covers every country no other pack
// covers, once, with ISO codes only, and stays conservative.
func TestBaselineLint(t *testing.T) {
	baseline := func(set *rules.Set) *rules.Pack {
		for _, p := range set.Packs {
			if p.Kind.V == "baseline" {
				return p
			}
		}
		t.Fatal("the shipped rules have no baseline pack")
		return nil
	}
	for _, tc := range []struct {
		name   string
		mutate func(set *rules.Set, b *rules.Pack)
		want   string // "" for no error
	}{
		{"shipped", func(*rules.Set, *rules.Pack) {}, ""},
		{"a country left out", func(_ *rules.Set, b *rules.Pack) {
			b.Members = drop(b.Members, "BI")
		}, "no pack covers BI"},
		{"a country covered twice", func(_ *rules.Set, b *rules.Pack) {
			b.Members = append(b.Members, rules.Str{V: "DE"})
		}, "member DE is already covered by EU"},
		{"a country pack and the baseline", func(_ *rules.Set, b *rules.Pack) {
			b.Members = append(b.Members, rules.Str{V: "MX"})
		}, "member MX is already covered by MX"},
		{"a member that is not a country", func(_ *rules.Set, b *rules.Pack) {
			b.Members = append(b.Members, rules.Str{V: "XQ"})
		}, `member "XQ" is not an ISO 3166-1 alpha-2 country code`},
		{"a withdrawn code", func(_ *rules.Set, b *rules.Pack) {
			b.Members = append(b.Members, rules.Str{V: "SU"})
		}, `member "SU" is not an ISO 3166-1 alpha-2 country code`},
		{"a full export", func(_ *rules.Set, b *rules.Pack) {
			b.Exports[0].Projection.V = "full"
		}, "the baseline exports pseudonymized records at most"},
		{"a localization", func(_ *rules.Set, b *rules.Pack) {
			b.Residency.Mode.V = "primary_in_country"
		}, "residency.mode must be none"},
		{"a country code", func(_ *rules.Set, b *rules.Pack) {
			b.Code.V = "BI"
		}, "must be a user-assigned code"},
		{"two baselines", func(set *rules.Set, b *rules.Pack) {
			c := *b
			c.Code.V, c.Members, c.Laws = "XC", nil, nil
			set.Packs = append(set.Packs, &c)
		}, "only one pack may be the baseline"},
		{"a misspelt evidence context", func(set *rules.Set, _ *rules.Pack) {
			set.Taxonomy.EvidenceContexts[0].Evidence.V = "residency"
		}, `evidence context "residency" is not one of none, other_person, citizenship`},
		{"an unknown kind", func(set *rules.Set, _ *rules.Pack) {
			set.Packs[0].Kind.V = "fallback"
		}, `kind "fallback" is not one of baseline`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, ps := rules.Load(configs.Rules())
			if len(ps.Errors()) > 0 {
				t.Fatal(ps.Errors())
			}
			tc.mutate(set, baseline(set))
			errs := rules.Check(set, rules.Env{}).Errors()
			if tc.want == "" {
				if len(errs) > 0 {
					t.Fatalf("unexpected errors: %v", errs)
				}
				return
			}
			for _, e := range errs {
				if strings.Contains(e.Msg, tc.want) {
					return
				}
			}
			t.Fatalf("no error containing %q in %v", tc.want, errs)
		})
	}
}

func drop(list []rules.Str, code string) []rules.Str {
	var out []rules.Str
	for _, s := range list {
		if s.V != code {
			out = append(out, s)
		}
	}
	return out
}

// TestCountriesAreISO: the list the baseline is checked against is the
// 249 officially assigned codes, and x/text agrees each is a region.
func TestCountriesAreISO(t *testing.T) {
	cs := rules.Countries()
	if len(cs) != 249 {
		t.Fatalf("%d codes, want 249", len(cs))
	}
	for _, c := range []string{"UK", "SU", "XK", "EU", "ZZ", "EA"} {
		if rules.IsCountry(c) {
			t.Errorf("%s is not an assigned ISO 3166-1 code", c)
		}
	}
}
