package classifier_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// leaksOutsideFull returns the first of leaks found in clear in a record
// other than the full one (pseudonymized, redacted, audit), or "".
func leaksOutsideFull(recs []classifier.Record, leaks []string) (string, string) {
	for _, r := range recs {
		if r.Projection == "full" {
			continue
		}
		for _, leak := range leaks {
			if bytes.Contains(r.Value, []byte(leak)) {
				return leak, r.Projection
			}
			for _, h := range r.Headers {
				if strings.Contains(string(h.Value), leak) {
					return leak, r.Projection + " header"
				}
			}
		}
	}
	return "", ""
}

// Red team, round 18: special-category data written as tags, flags,
// codes, purchases and statuses must not reach a record other than the
// full one in clear (values, member names, audit paths).
func TestRedTeam18SpecialNotInClear(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev string
		leaks    []string
	}{
		// Finding 8: what a person bought.
		{"line item title", `{"country":"DE","email":"a@b.de","order":{"line_items":[{"title":"Halal meat box","amount":20}]}}`, []string{"Halal"}},
		{"line item name", `{"country":"DE","email":"a@b.de","line_items":[{"name":"Chest binder for trans men","price":"35.00","quantity":1}]}`, []string{"binder"}},
		{"product title", `{"country":"DE","email":"a@b.de","products":[{"title":"Plan B emergency contraceptive"}]}`, []string{"contraceptive"}},
		{"party fee", `{"country":"DE","email":"a@b.de","product":{"title":"AfD Mitgliedsbeitrag 2024"}}`, []string{"AfD"}},
		{"prayer book, glucose meter", `{"country":"DE","email":"a@b.de","order":{"line_items":[{"title":"Hebrew prayer book (Siddur)","amount":20},{"title":"Glucose meter","amount":20}]}}`, []string{"Siddur", "Glucose"}},
		// Finding 9: lower-case joined tags.
		{"joined tags", `{"country":"DE","email":"a@b.de","tags":["hivpositive","livingwithhiv","gaypride","gaydad","transgirl"]}`, []string{"hiv", "gay", "trans"}},
		{"joined faith tags", `{"country":"DE","email":"a@b.de","tags":["christianlife","ramadankareem","eidmubarak"]}`, []string{"christian", "ramadan", "eid"}},
		{"joined health tags", `{"country":"DE","email":"a@b.de","tags":["breastcancersurvivor","ptsdawareness","soberlife"]}`, []string{"cancer", "ptsd", "sober"}},
		{"tags with spaces and a hash", `{"country":"DE","email":"a@b.de","tags":["#gaypride","church of england","latter day saints","depressiv","blind"]}`, []string{"gay", "church", "saints", "depressiv", "blind"}},
		// Finding 10: flags.
		{"camel flags", `{"country":"DE","email":"a@b.de","flags":{"isTrans":true,"isBlind":true,"hasAIDS":true,"isAlcoholic":true}}`, []string{"Trans", "Blind", "AIDS", "Alcoholic"}},
		{"lower flags", `{"country":"DE","email":"a@b.de","flags":{"is_trans":true,"ishivpositive":true,"isautistic":true,"hasaids":true}}`, []string{"trans", "hiv", "autistic", "aids"}},
		{"ethnicity flags", `{"country":"DE","email":"a@b.de","flags":{"isBlack":true,"isRoma":true,"isDalit":true}}`, []string{"Black", "Roma", "Dalit"}},
		{"flags in other languages", `{"country":"DE","email":"a@b.de","flags":{"esGay":true,"éGay":true,"swiadek_jehowy":true,"isAddict":true,"seesTherapist":true,"isEscort":true}}`, []string{"Gay", "jehowy", "Addict", "Therapist", "Escort"}},
		{"switches", `{"country":"DE","email":"a@b.de","prefs":{"diet_halal":true},"features":{"dating_men_seeking_men":true},"accessibility":{"screen_reader":true}}`, []string{"halal", "seeking", "screen_reader"}},
		// Finding 11: statuses and codes.
		{"status in jail", `{"country":"DE","email":"a@b.de","status":"in jail until 2026"}`, []string{"jail"}},
		{"status grief", `{"country":"DE","email":"a@b.de","status":"grieving my son Lukas"}`, []string{"Lukas"}},
		{"status trans flag", `{"country":"DE","email":"a@b.de","status":"🏳️‍⚧️ she/her"}`, []string{"she/her"}},
		{"status crescent", `{"country":"DE","email":"a@b.de","status":"☪️ alhamdulillah"}`, []string{"alhamdulillah"}},
		{"status PrEP", `{"country":"DE","email":"a@b.de","status":"on PrEP"}`, []string{"PrEP"}},
		{"status T1D", `{"country":"DE","email":"a@b.de","status":"T1D 💉"}`, []string{"T1D"}},
		{"status in prison zh", `{"country":"CN","email":"a@b.cn","status":"在监狱"}`, []string{"监狱"}},
		{"plans", `{"country":"DE","email":"a@b.de","subscription":{"plan":"bible_plus_yearly","product_id":"insulin_supply_monthly"}}`, []string{"bible", "insulin"}},
		{"more plans", `{"country":"DE","email":"a@b.de","subscription":{"plan":"birth_control_monthly","addon":"testosterone_trt_monthly","box":"halal_box_monthly"}}`, []string{"birth_control", "testosterone", "halal"}},
		{"tier and channel", `{"country":"DE","email":"a@b.de","tier":"church_member","channel":"afd-newsletter"}`, []string{"church", "afd-"}},
		// Finding 17: bios and airline special-service requests.
		{"bio on PrEP", `{"country":"AU","email":"a@b.au","bio":"on PrEP, love hiking"}`, []string{"PrEP"}},
		{"bio hashtag", `{"country":"AU","email":"a@b.au","bio":"#PrEP #bondi"}`, []string{"PrEP"}},
		{"bio T1D", `{"country":"AU","email":"a@b.au","bio":"T1D since 2010 💉"}`, []string{"T1D"}},
		{"bio prison", `{"country":"AU","email":"a@b.au","bio":"just got out of prison, new start"}`, []string{"prison"}},
	} {
		d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if d.Failed() {
			t.Errorf("%s: failed: %s %s", tc.name, d.Reason, d.Detail)
			continue
		}
		if leak, where := leaksOutsideFull(recs, tc.leaks); leak != "" {
			t.Errorf("%s: %q in clear in the %s record", tc.name, leak, where)
		}
	}
}

// Red team, round 18 (finding 17): an airline's special-service request
// codes for a wheelchair, a blind or deaf passenger, a medical case,
// oxygen, a stretcher or a diabetic meal are health or disability; meal
// codes of a faith stay religion; the others (a pet, a vegetarian meal)
// say nothing special.
func TestRedTeam18ServiceRequestCodes(t *testing.T) {
	rs := benchRuleset(t)
	for code, want := range map[string]string{
		"WCHR": "sensitive.disability", "WCHS": "sensitive.disability", "WCHC": "sensitive.disability",
		"BLND": "sensitive.disability", "DEAF": "sensitive.disability", "DPNA": "sensitive.disability",
		"MEDA": "sensitive.health", "DBML": "sensitive.health", "OXYG": "sensitive.health", "STCR": "sensitive.health",
		"KSML": "sensitive.religion", "MOML": "sensitive.religion", "JNML": "sensitive.religion",
		"PETC": "", "VGML": "",
	} {
		ev := `{"country":"DE","email":"a@b.de","passengers":[{"name":"Max Braun","ssr":"` + code + `"}]}`
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		got := ""
		for _, f := range d.Fields {
			if f.Path == "/passengers/0/ssr" && strings.HasPrefix(f.Category, "sensitive.") {
				got = f.Category
			}
		}
		if got != want {
			t.Errorf("ssr %s: category %q, want %q", code, got, want)
		}
	}
}

// Red team, round 18: ordinary words, colours, cities, sales and a
// cook's plan are not read as special terms by the new readings.
func TestRedTeam18NoFalseSpecials(t *testing.T) {
	rs := benchRuleset(t)
	for _, ev := range []string{
		`{"country":"DE","email":"a@b.de","tags":["transport","classic","ambient","transfer","translation","therapist","mealprep","blackfriday","transit","gaylord"]}`,
		`{"country":"DE","email":"a@b.de","flags":{"isBlackFriday":true,"isTransient":true,"hatColor":true,"onBlack":true,"isolation":true,"island":true,"hasher":true}}`,
		`{"country":"DE","email":"a@b.de","theme":"black","city_code":"roma","color":"jet_black"}`,
		`{"country":"DE","email":"a@b.de","subscription":{"plan":"prep_monthly","tier":"pro_yearly"},"channel":"transfer-news"}`,
		`{"country":"DE","email":"a@b.de","status":"My Account","state":"awaiting payment confirmation"}`,
		`{"country":"DE","email":"a@b.de","bio":"meal prep on sundays, love hiking"}`,
		`{"country":"DE","email":"a@b.de","status":"💉 vaccinated pets welcome"}`,
		`{"country":"DE","email":"a@b.de","status":"🏳️‍🌈 open to all"}`,
	} {
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if d.Failed() {
			t.Errorf("%s: failed: %s %s", ev, d.Reason, d.Detail)
			continue
		}
		for _, f := range d.Fields {
			if strings.HasPrefix(f.Category, "sensitive.") {
				t.Errorf("%s: %s is %s", ev, f.Path, f.Category)
			}
		}
	}
}
