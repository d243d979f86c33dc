package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

// TestCountryRegions: the service's country -> region map overrides a
// pack's region, and a law that demands in-country storage mapped to
// another region fails closed.
func TestCountryRegions(t *testing.T) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	cc := cfg.ClassifierConfig([]byte("0123456789abcdef0123"))
	cc.CountryRegions = map[string]string{"MX": "us", "RU": "eu"}
	rs, _, err := classifier.LoadFS(configs.Rules(), cc)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, event string
		reason      classifier.Reason
		home        string
	}{
		{"a Mexican resident is stored in us", `{"email":"a@b.mx","country":"MX"}`, "", "us"},
		{"RU mapped to eu cannot localize", `{"email":"a@b.ru","citizenship":"RU"}`, classifier.ReasonLocalizationUnavailable, ""},
		{"a weak +7 phone alone localizes nothing, so the map is no obstacle", `{"email":"a@b.ru","phone":"+79161234567"}`, "", "eu"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rs.Classify(classifier.Input{Value: []byte(tc.event), IDFromValue: true})
			if d.Reason != tc.reason || d.HomeRegion != tc.home {
				t.Fatalf("got reason %q home %q, want %q %q (%s)", d.Reason, d.HomeRegion, tc.reason, tc.home, d.Detail)
			}
		})
	}
}
