package classifier_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/settings"
)

// intendedPack is the pack every ISO 3166-1 code is meant to resolve to,
// written out rather than read from the packs, so a territory that moves
// to the wrong pack fails here. A country not listed is the baseline's.
var intendedPack = func() map[string]string {
	m := map[string]string{}
	// Countries with a pack of their own.
	for _, cc := range strings.Fields(`AE AM AR AU AZ BD BH BR BW BY CA CH CI CL CN CO CR DO DZ EC EG ET
		GB GE GH HK ID IL IN IQ JO JP KE KG KH KR KW KZ LB LK MA MD MN MU MX MY NG NP NZ OM PA PE PH
		PK QA RS RU RW SA SG SN TH TJ TM TN TR TW TZ UA UG US UY UZ VN ZA ZM ZW`) {
		m[cc] = cc
	}
	// The EU/EEA, with the territories that are part of the Union: the
	// outermost regions (TFEU Art. 355(1)) and Åland (Art. 355(4)).
	for _, cc := range strings.Fields(`AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT
		RO SK SI ES SE IS LI NO AX GF GP MQ RE YT MF`) {
		m[cc] = "EU"
	}
	// Territories where the sovereign's federal law applies.
	for _, cc := range strings.Fields(`PR GU VI AS MP UM`) {
		m[cc] = "US"
	}
	for _, cc := range strings.Fields(`CX CC NF HM`) {
		m[cc] = "AU"
	}
	// Everything else is the baseline's, the territories with laws of
	// their own included: GI, IM, JE, GG (not the GB pack), FO, GL (not in
	// the EU), the overseas countries and territories NC, PF, WF, PM, BL,
	// TF, AW, CW, SX, BQ (not in the EU), SJ (outside the EEA), MO (not CN).
	return m
}()

// TestEveryISOCodeResolvesToItsIntendedPack classifies a resident of every
// ISO 3166-1 country, by code and by English name, and checks the laws are
// the intended pack's.
func TestEveryISOCodeResolvesToItsIntendedPack(t *testing.T) {
	rs := loadWith(t, nil)
	cfg, _ := settings.Load("", nil)
	packs := shippedPacks(t, cfg.CountryRegions)
	lawsOf := map[string][]string{}
	for _, c := range packs {
		lawsOf[c.p.Code.V] = c.laws()
	}
	for _, cc := range []string{"GI", "IM", "JE", "GG", "FO", "GL", "NC", "PF", "WF", "PM", "BL", "SJ", "MO"} {
		if intendedPack[cc] != "" {
			t.Fatalf("%s is listed, but has its own law: it stays the baseline's", cc)
		}
	}
	en := display.English.Regions()
	for _, cc := range rules.Countries() {
		want := intendedPack[cc]
		if want == "" {
			want = "XB"
		}
		wantLaws, ok := lawsOf[want]
		if !ok {
			t.Fatalf("no pack %s", want)
		}
		for _, v := range []string{cc, en.Name(language.MustParseRegion(cc))} {
			d := rs.Classify(classifier.Input{Value: []byte(fmt.Sprintf(`{"email":"a@b.c","country":%q}`, v)), IDFromValue: true})
			if d.Reason != "" {
				t.Errorf("%s (%q): quarantined %s (%s), want pack %s", cc, v, d.Reason, d.Detail, want)
				continue
			}
			j := jurisdictionOf(d, cc)
			if j == nil {
				t.Errorf("%s (%q): jurisdictions %v, want %s", cc, v, countriesOf(d), cc)
				continue
			}
			if !slices.Equal(j.Laws, wantLaws) {
				t.Errorf("%s (%q): laws %v, want pack %s's %v", cc, v, j.Laws, want, wantLaws)
			}
		}
	}
}
