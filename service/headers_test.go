package service_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/record"
)

// The classifier (pure, no Kafka) and the machinery name the contract's
// headers each in their own package; they must stay the same names.
func TestHeaderNamesAgree(t *testing.T) {
	for _, p := range [][2]string{
		{classifier.HeaderEventID, record.HeaderEventID},
		{classifier.HeaderSource, record.HeaderSource},
		{classifier.HeaderRuleset, record.HeaderRuleset},
		{classifier.HeaderProjection, record.HeaderProjection},
		{classifier.HeaderJurisdictions, record.HeaderJurisdictions},
		{classifier.HeaderError, record.HeaderError},
		{classifier.HeaderStage, record.HeaderStage},
	} {
		if p[0] != p[1] {
			t.Errorf("classifier names a header %q, routing %q", p[0], p[1])
		}
	}
}
