package classifier_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

// countryPack is what the generated table reads from one country's pack.
type countryPack struct {
	p      *rules.Pack
	region string // after the service's country -> region map
}

func (c countryPack) counts(base string) bool {
	for _, list := range [][]rules.Str{c.p.Evidence, c.p.Proxies} {
		if slices.ContainsFunc(list, func(s rules.Str) bool { return s.V == base }) {
			return true
		}
	}
	return false
}

func (c countryPack) triggers(base string) bool {
	return slices.ContainsFunc(c.p.Evidence, func(s rules.Str) bool { return s.V == base })
}

func (c countryPack) localizes() bool {
	m := c.p.Residency.Mode.V
	return m == "in_country_only" || m == "primary_in_country"
}

// fullTo reports whether the pack lets region have the full record.
func (c countryPack) fullTo(region string) bool {
	if region == c.region {
		return true
	}
	proj := ""
	for _, e := range c.p.Exports {
		if e.To.V == region {
			return e.Projection.V == "full"
		}
		if e.To.V == "*" {
			proj = e.Projection.V
		}
	}
	return proj == "full"
}

func (c countryPack) laws() []string {
	var out []string
	for _, l := range c.p.Laws {
		out = append(out, l.ID.V)
	}
	return out
}

// shippedPacks maps every ISO 3166-1 country to the one pack that covers
// it (its own, a group's or the baseline's), failing when one has none.
func shippedPacks(t *testing.T, countryRegions map[string]string) map[string]countryPack {
	t.Helper()
	set, ps := rules.Load(configs.Rules())
	if len(ps.Errors()) > 0 {
		t.Fatal(ps.Errors())
	}
	out := map[string]countryPack{}
	for _, p := range set.Packs {
		codes := []string{p.Code.V}
		if len(p.Members) > 0 {
			if !rules.IsCountry(p.Code.V) {
				codes = nil // a group (EU) or the baseline: its members only
			}
			for _, m := range p.Members {
				codes = append(codes, m.V)
			}
		}
		for _, cc := range codes {
			if !rules.IsCountry(cc) {
				continue // a subdivision (US-CA)
			}
			r := p.Region.V
			if v, ok := countryRegions[p.Code.V]; ok {
				r = v
			}
			if v, ok := countryRegions[cc]; ok && p.Kind.V == "baseline" {
				r = v
			}
			out[cc] = countryPack{p: p, region: r}
		}
	}
	for _, cc := range rules.Countries() {
		if _, ok := out[cc]; !ok {
			t.Errorf("%s resolves to no pack", cc)
		}
	}
	return out
}

func loadWith(t *testing.T, countryRegions map[string]string) *classifier.Ruleset {
	t.Helper()
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	cc := cfg.ClassifierConfig([]byte("0123456789abcdef0123"))
	if countryRegions != nil {
		cc.CountryRegions = countryRegions
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cc)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func routeOf(d *classifier.Decision, region string) string {
	for _, r := range d.Routes {
		if r.Region == region {
			return r.Projection
		}
	}
	return ""
}

func countriesOf(d *classifier.Decision) []string {
	var out []string
	for _, j := range d.Jurisdictions {
		out = append(out, j.Country)
	}
	slices.Sort(out)
	return out
}

func jurisdictionOf(d *classifier.Decision, cc string) *classifier.Jurisdiction {
	for k := range d.Jurisdictions {
		if d.Jurisdictions[k].Country == cc {
			return &d.Jurisdictions[k]
		}
	}
	return nil
}

// TestEveryCountry is generated from the shipped packs: for each ISO
// 3166-1 country, whatever pack covers it (a new pack is covered without
// editing this test), the outcome of residence only, citizenship only,
// weak evidence only (locale, phone) and conflicting evidence follows
// from what the pack declares (protects/evidence/proxies, residency
// mode, exports) under the documented evidence model and conflict
// policy (docs/rules.md).
func TestEveryCountry(t *testing.T) {
	rs := loadWith(t, nil)
	cfg, _ := settings.Load("", nil)
	packs := shippedPacks(t, cfg.CountryRegions)
	ru, de := packs["RU"], packs["DE"]

	// A second ruleset maps every country to a region other than its
	// pack's: a law that localizes must then fail closed, and weak
	// evidence, which localizes nothing, must route.
	moved := map[string]string{}
	elsewhere := func(c countryPack) string {
		if c.region == "us" {
			return "eu"
		}
		return "us"
	}
	for cc, c := range packs {
		if c.p.Kind.V == "baseline" {
			moved[cc] = elsewhere(c)
		} else {
			moved[c.p.Code.V] = elsewhere(c)
		}
	}
	rsMoved := loadWith(t, moved)

	classify := func(rs *classifier.Ruleset, ev string) *classifier.Decision {
		return rs.Classify(classifier.Input{Value: []byte(ev), IDFromValue: true})
	}
	// routedHome checks a routed decision naming cc under its pack, the
	// full record in region.
	routedHome := func(t *testing.T, d *classifier.Decision, cc string, c countryPack, region string) *classifier.Jurisdiction {
		t.Helper()
		if d.Reason != "" {
			t.Fatalf("quarantined: %s (%s)", d.Reason, d.Detail)
		}
		j := jurisdictionOf(d, cc)
		if j == nil {
			t.Fatalf("jurisdictions %v lack %s", countriesOf(d), cc)
		}
		if !slices.Equal(j.Laws, c.laws()) {
			t.Errorf("laws %v, want %v", j.Laws, c.laws())
		}
		if d.HomeRegion != region || routeOf(d, region) != "full" {
			t.Errorf("home %q, route %s=%q; want %s full (routes %v)", d.HomeRegion, region, routeOf(d, region), region, d.Routes)
		}
		return j
	}

	for _, cc := range rules.Countries() {
		c := packs[cc]
		t.Run(cc, func(t *testing.T) {
			t.Run("residence only", func(t *testing.T) {
				ev := fmt.Sprintf(`{"email":"a@example.com","country":%q}`, cc)
				if !c.counts("residence") {
					t.Fatalf("pack %s counts no residence: every shipped pack does (or lists it as a proxy)", c.p.Code.V)
				}
				j := routedHome(t, classify(rs, ev), cc, c, c.region)
				if !slices.Contains(j.Basis, "residence") {
					t.Errorf("basis %v lacks residence", j.Basis)
				}
				// Moved elsewhere: a law that keeps data home cannot be obeyed.
				d := classify(rsMoved, ev)
				if c.localizes() {
					if d.Reason != classifier.ReasonLocalizationUnavailable {
						t.Errorf("moved: reason %q, want localization_unavailable", d.Reason)
					}
				} else {
					routedHome(t, d, cc, c, elsewhere(c))
				}
			})

			t.Run("citizenship only", func(t *testing.T) {
				d := classify(rs, fmt.Sprintf(`{"email":"a@example.com","citizenship":%q}`, cc))
				if !c.counts("citizenship") {
					// Its law keys on residence: the citizenship stands
					// for it as weak evidence, so it routes home but
					// localizes nothing (docs/rules.md, evidence model).
					j := routedHome(t, d, cc, c, c.region)
					if !slices.Equal(j.Basis, []string{"citizenship as residence (weak)"}) {
						t.Errorf("basis %v, want citizenship as residence (weak)", j.Basis)
					}
					routedHome(t, classify(rsMoved, fmt.Sprintf(`{"email":"a@example.com","citizenship":%q}`, cc)), cc, c, elsewhere(c))
					return
				}
				j := routedHome(t, d, cc, c, c.region)
				if !slices.Contains(j.Basis, "citizenship") {
					t.Errorf("basis %v lacks citizenship", j.Basis)
				}
			})

			weak := map[string]string{"locale": fmt.Sprintf(`{"email":"a@example.com","locale":"en-%s"}`, cc)}
			if num := phonenumbers.GetExampleNumberForType(cc, phonenumbers.MOBILE); num != nil && phonenumbers.GetRegionCodeForNumber(num) == cc {
				weak["phone"] = fmt.Sprintf(`{"email":"a@example.com","phone":%q}`, phonenumbers.Format(num, phonenumbers.E164))
			}
			for base, ev := range weak {
				t.Run("weak "+base+" only", func(t *testing.T) {
					if !c.counts(base) {
						t.Skipf("pack %s does not count %s", c.p.Code.V, base)
					}
					j := routedHome(t, classify(rs, ev), cc, c, c.region)
					for _, b := range j.Basis {
						if !strings.HasSuffix(b, "(weak)") {
							t.Errorf("basis %v: %q is not marked weak", j.Basis, b)
						}
					}
					// Weak evidence localizes nothing: with the country
					// mapped elsewhere, the event still routes there.
					routedHome(t, classify(rsMoved, ev), cc, c, elsewhere(c))
				})
			}

			if cc != "DE" {
				t.Run("resident of DE, citizen of it", func(t *testing.T) {
					d := classify(rs, fmt.Sprintf(`{"email":"a@example.com","country":"DE","citizenship":%q}`, cc))
					want := []string{"DE"}
					if c.triggers("citizenship") {
						want = append(want, cc)
					}
					slices.Sort(want)
					if d.Reason != "" || !slices.Equal(countriesOf(d), want) {
						t.Fatalf("reason %q, jurisdictions %v; want %v", d.Reason, countriesOf(d), want)
					}
					// The citizenship law's region gets the full record
					// where the law localizes it, or where the residence
					// law (the GDPR) lets it go in full; else what the
					// GDPR's exports allow: a law that keeps nothing at
					// home has no say over another's transfer rule. The
					// residence's region keeps the full record unless the
					// citizenship's law localizes and its exports allow
					// less: an export rule restricts transfers out of its
					// own country, which a record kept where its subject
					// lives is not (red team 24, F8: an Egyptian citizen
					// living in Germany was stored whole only in Egypt).
					if c.triggers("citizenship") && c.region != de.region {
						want := "full"
						if !c.localizes() && !de.fullTo(c.region) {
							want = "pseudonymized"
						}
						if got := routeOf(d, c.region); got != want {
							t.Errorf("the citizenship law's region %s gets %q, want %q", c.region, got, want)
						}
						if !c.localizes() {
							if got := routeOf(d, de.region); got != "full" {
								t.Errorf("the residence's region %s gets %q, want full", de.region, got)
							}
						}
					}
				})
			}

			if cc != "RU" {
				t.Run("resident of it, RU citizen", func(t *testing.T) {
					d := classify(rs, fmt.Sprintf(`{"email":"a@example.com","country":%q,"citizenship":"RU"}`, cc))
					// Its law applies by residence, or by residence as a
					// proxy for citizenship unless a citizenship is stated
					// (UZ: the RU citizenship wins; docs/rules.md).
					applies := c.triggers("residence") || !c.triggers("citizenship")
					conflict := applies && c.localizes() && c.region != ru.region &&
						(c.p.Residency.Mode.V == "in_country_only" || !c.fullTo(ru.region) || !ru.fullTo(c.region))
					if conflict {
						if d.Reason != classifier.ReasonLocalizationConflict {
							t.Fatalf("reason %q, want localization_conflict (jurisdictions %v)", d.Reason, countriesOf(d))
						}
						return
					}
					want := []string{"RU"}
					if applies {
						want = append(want, cc)
					}
					slices.Sort(want)
					if d.Reason != "" || !slices.Equal(countriesOf(d), want) {
						t.Fatalf("reason %q (%s), jurisdictions %v; want %v", d.Reason, d.Detail, countriesOf(d), want)
					}
					if routeOf(d, ru.region) != "full" {
						t.Errorf("ru gets %q, want full (152-FZ primary copy)", routeOf(d, ru.region))
					}
					if applies && c.localizes() && routeOf(d, c.region) != "full" {
						t.Errorf("%s gets %q, want full (its own in-country copy)", c.region, routeOf(d, c.region))
					}
				})
			}
		})
	}
}

// TestJurisdictionSurprises pins outcomes a reader might not expect.
func TestJurisdictionSurprises(t *testing.T) {
	rs := loadWith(t, nil)
	for _, tc := range []struct {
		name, event string
		reason      classifier.Reason
		countries   []string
	}{
		{"a Burundian resident routes under the baseline", `{"email":"a@b.c","country":"BI"}`, "", []string{"BI"}},
		// A residence nobody can read fails closed, as a citizenship does:
		// the law of where the subject lives is not dropped unseen.
		{"a user-assigned code is unknown", `{"email":"a@b.c","country":"XQ"}`, classifier.ReasonUnknownJurisdiction, nil},
		{"a fictional country is unknown", `{"email":"a@b.c","country":"Narnia"}`, classifier.ReasonUnknownJurisdiction, nil},
		{"an unreadable residence beside a citizenship is unknown", `{"email":"a@b.c","country":"Zhonghua Minguo Dalu","citizenship":"DE"}`, classifier.ReasonUnknownJurisdiction, nil},
		{"a placeholder residence is no evidence", `{"email":"a@b.c","country":"N/A"}`, classifier.ReasonNoJurisdiction, nil},
		{"Kosovo (XK), assigned by no ISO list, has its own pack", `{"email":"a@b.c","country":"XK"}`, "", []string{"XK"}},
		{"Kosovo by its Albanian name", `{"email":"a@b.c","country":"Kosova"}`, "", []string{"XK"}},
		{"a citizenship naming no country fails closed even beside a residence", `{"email":"a@b.c","country":"DE","citizenship":"Narnian"}`, classifier.ReasonUnrecognisedCitizenship, nil},
		{"a baseline citizenship beside a covered residence adds nothing", `{"email":"a@b.c","country":"DE","citizenship":"BI"}`, "", []string{"DE"}},
		{"a weak signal of another country adds nothing beside a residence", `{"email":"a@b.c","country":"DE","locale":"ru-RU","phone":"+79161234567"}`, "", []string{"DE"}},
		{"two weak signals of two countries name both, localize neither", `{"email":"a@b.c","locale":"zh-CN","phone":"+79161234567"}`, "", []string{"CN", "RU"}},
		{"an RU citizen resident in KZ: both primary copies, no conflict", `{"email":"a@b.c","country":"KZ","citizenship":"RU"}`, "", []string{"KZ", "RU"}},
		{"an RU citizen resident in China: conflict", `{"email":"a@b.c","country":"CN","citizenship":"RU"}`, classifier.ReasonLocalizationConflict, nil},
		{"a German citizen with no other evidence: citizenship stands for residence", `{"email":"a@b.c","citizenship":"DE"}`, "", []string{"DE"}},
		{"a Japanese national (demonym) with no other evidence", `{"email":"a@b.c","nationality":"Japanese"}`, "", []string{"JP"}},
		{"a German citizen living in Russia: the residence's law, not the citizenship's", `{"email":"a@b.c","citizenship":"DE","country":"US"}`, "", []string{"US"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.event), IDFromValue: true})
			if d.Reason != tc.reason {
				t.Fatalf("reason %q (%s), want %q", d.Reason, d.Detail, tc.reason)
			}
			if tc.reason == "" && !slices.Equal(countriesOf(d), tc.countries) {
				t.Fatalf("jurisdictions %v, want %v", countriesOf(d), tc.countries)
			}
		})
	}
}

// TestBaselineRegions: a baseline country's full copy goes to its own
// country_regions entry, else the baseline's (XB), else default_region,
// else the baseline's own region; a country pack ignores default_region
// while its region has a topic.
func TestBaselineRegions(t *testing.T) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		regions map[string]string
		def     string
		want    map[string]string // country -> home region
	}{
		{"shipped", nil, "", map[string]string{"BI": "eu", "BO": "eu", "MX": "us"}},
		{"per country", map[string]string{"BI": "us"}, "", map[string]string{"BI": "us", "BO": "eu"}},
		{"the group", map[string]string{"BI": "us", "XB": "gb"}, "ca", map[string]string{"BI": "us", "BO": "gb"}},
		{"the default", nil, "ca", map[string]string{"BI": "ca", "MX": "us", "DE": "eu"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cc := cfg.ClassifierConfig([]byte("0123456789abcdef0123"))
			cc.CountryRegions, cc.DefaultRegion = tc.regions, tc.def
			rs, _, err := classifier.LoadFS(configs.Rules(), cc)
			if err != nil {
				t.Fatal(err)
			}
			for country, want := range tc.want {
				d := rs.Classify(classifier.Input{Value: []byte(`{"email":"a@b.c","country":"` + country + `"}`), IDFromValue: true})
				if d.Reason != "" || d.HomeRegion != want || routeOf(d, want) != "full" {
					t.Errorf("%s: reason %q, home %q, want %s full (routes %v)", country, d.Reason, d.HomeRegion, want, d.Routes)
				}
			}
		})
	}
}

// TestIdentifierByValue: a national identifier with valid check digits
// under a generic name, or a "City, Country" place under a name nothing
// knows, is medium evidence of its country: it
// names the country where nothing stronger does, and adds no law beside a
// stated residence; a value two countries' schemes fit, or a card, is no
// evidence.
func TestIdentifierByValue(t *testing.T) {
	rs := loadWith(t, nil)
	for _, tc := range []struct {
		name, event string
		reason      classifier.Reason
		countries   []string
	}{
		{"a SNILS under documents[].value", `{"email":"a@b.c","documents":[{"value":"112-233-445 95"}]}`, "", []string{"RU"}},
		{"a SNILS under id_value", `{"email":"a@b.c","id_value":"11223344595"}`, "", []string{"RU"}},
		{"a CPF under documents[].value", `{"email":"a@b.c","documents":[{"value":"529.982.247-25"}]}`, "", []string{"BR"}},
		{"it beats a weak locale", `{"email":"a@b.c","locale":"de-DE","id_value":"112-233-445 95"}`, "", []string{"RU"}},
		{"a stated residence wins over it", `{"email":"a@b.c","country":"DE","id_value":"112-233-445 95"}`, "", []string{"DE"}},
		{"a card number is no identifier", `{"email":"a@b.c","id_value":"4111111111111111"}`, classifier.ReasonNoJurisdiction, nil},
		// A place written "City, Country" under a name nothing knows is an
		// address, when the gazetteer puts the city in that country.
		{"a city and its country under a custom field", `{"email":"a@b.c","fields":{"Xf0G7C3DHF8":{"value":"Warszawa, Poland"}}}`, "", []string{"PL"}},
		{"it beats a weak time zone", `{"email":"a@b.c","tz":"America/New_York","fields":{"Xf0G":{"value":"Warszawa, Poland"}}}`, "", []string{"PL"}},
		{"a stated residence wins over a place", `{"email":"a@b.c","country":"DE","fields":{"Xf0G":{"value":"Warszawa, Poland"}}}`, "", []string{"DE"}},
		{"a city of another country is no place", `{"email":"a@b.c","fields":{"Xf0G":{"value":"Warszawa, Germany"}}}`, classifier.ReasonNoJurisdiction, nil},
		{"a state code is no country", `{"email":"a@b.c","fields":{"Xf0G":{"value":"Paris, TX"}}}`, classifier.ReasonNoJurisdiction, nil},
		// A submission sent as a JSON document in a string (Jotform's
		// rawRequest): its members are evidence as they would be outside.
		{"a country inside a JSON string", `{"email":"a@b.c","rawRequest":"{\"q5_address\":{\"city\":\"Lyon\",\"country\":\"France\"}}"}`, "", []string{"FR"}},
		{"a country inside a base64 JSON document (CloudEvents' data_base64)", `{"specversion":"1.0","data_base64":"eyJjb3VudHJ5IjogIlBMIiwgImVtYWlsIjogImFAYi5wbCJ9"}`, "", []string{"PL"}},
		{"a job's office location is no address of the subject", `{"email":"a@b.c","address":"12 rue de Rivoli, Paris, France","jobs":[{"offices":[{"location":"Berlin, Germany"}]}]}`, "", []string{"FR"}},
		{"an international phone under an unclaimed name is weak evidence", `{"email":"a@b.c","contact":"+918123457389"}`, "", []string{"IN"}},
		{"an emergency contact's phone is none", `{"email":"a@b.c","emergency_contact":{"x":"+918123457389"}}`, classifier.ReasonNoJurisdiction, nil},
		{"a phone's unnamed part inside a JSON string", `{"email":"a@b.c","rawRequest":"{\"q5_phoneNumber\":{\"full\":\"+1 201-555-9882\"}}"}`, "", []string{"US"}},
		{"an unnamed member of an unnamed container inside a JSON string is none", `{"email":"a@b.c","rawRequest":"{\"extra\":{\"x\":\"+1 201-555-9882\"}}"}`, classifier.ReasonNoJurisdiction, nil},
		{"a travel destination inside a JSON string is none", `{"email":"a@b.c","rawRequest":"{\"trip\":{\"destination_country\":\"Japan\"}}"}`, classifier.ReasonNoJurisdiction, nil},
		{"a JSON string does not outweigh a stated residence", `{"email":"a@b.c","country":"DE","rawRequest":"{\"phone\":\"+81 90 1234 5678\"}"}`, "", []string{"DE"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.event), IDFromValue: true})
			if d.Reason != tc.reason {
				t.Fatalf("reason %q (%s), want %q", d.Reason, d.Detail, tc.reason)
			}
			if tc.reason == "" && !slices.Equal(countriesOf(d), tc.countries) {
				t.Fatalf("jurisdictions %v, want %v", countriesOf(d), tc.countries)
			}
		})
	}
}
