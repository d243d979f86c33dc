package service_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/pipeline/routing"
)

// The classifier (pure, no Kafka) and the machinery name the contract's
// headers each in their own package; they must stay the same names.
func TestHeaderNamesAgree(t *testing.T) {
	for _, p := range [][2]string{
		{classifier.HeaderEventID, routing.HeaderEventID},
		{classifier.HeaderSource, routing.HeaderSource},
		{classifier.HeaderRuleset, routing.HeaderRuleset},
		{classifier.HeaderProjection, routing.HeaderProjection},
		{classifier.HeaderJurisdictions, routing.HeaderJurisdictions},
		{classifier.HeaderError, routing.HeaderError},
		{classifier.HeaderStage, routing.HeaderStage},
	} {
		if p[0] != p[1] {
			t.Errorf("classifier names a header %q, routing %q", p[0], p[1])
		}
	}
}
