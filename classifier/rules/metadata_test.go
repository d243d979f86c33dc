package rules_test

import (
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/configs"
)

// TestMetadataWordsLint: the metadata word list never holds a word about a
// person (never_metadata) or a name of a personal category, and needs its
// non-personal category.
func TestMetadataWordsLint(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(tx *rules.Taxonomy)
		want   string // "" for no error
	}{
		{"shipped", func(*rules.Taxonomy) {}, ""},
		{"a never word", func(tx *rules.Taxonomy) {
			tx.MetadataWords = append(tx.MetadataWords, rules.Str{V: "owner"})
		}, `metadata word "owner" is in never_metadata`},
		{"a personal category's name", func(tx *rules.Taxonomy) {
			tx.MetadataWords = append(tx.MetadataWords, rules.Str{V: "surname"})
		}, `metadata word "surname" is a name of the personal category identity.name`},
		{"a personal category's pattern", func(tx *rules.Taxonomy) {
			tx.MetadataWords = append(tx.MetadataWords, rules.Str{V: "msisdn"})
		}, `metadata word "msisdn" is a name of the personal category contact.phone`},
		{"not one lower-case word", func(tx *rules.Taxonomy) {
			tx.MetadataWords = append(tx.MetadataWords, rules.Str{V: "openDeals"})
		}, `metadata word "openDeals" must be one lower-case ASCII word`},
		{"no category", func(tx *rules.Taxonomy) {
			for i := range tx.Categories {
				if tx.Categories[i].Name.V == rules.MetadataCategory {
					tx.Categories[i].Name.V = "meta.other"
				}
			}
		}, "metadata_words needs the category meta.technical"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, ps := rules.Load(configs.Rules())
			if len(ps.Errors()) > 0 {
				t.Fatal(ps.Errors())
			}
			tc.mutate(&set.Taxonomy)
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

// TestNeverMetadataShipped: the words the rule must never trust are listed,
// so lint guards them.
func TestNeverMetadataShipped(t *testing.T) {
	set, _ := rules.Load(configs.Rules())
	never := map[string]bool{}
	for _, w := range set.Taxonomy.NeverMetadata {
		never[w.V] = true
	}
	for _, w := range []string{"name", "user", "owner", "by", "email", "state", "region", "country", "health", "salary", "password", "token", "key", "session", "device", "ip", "location", "note", "message", "title", "url", "trans", "weight"} {
		if !never[w] {
			t.Errorf("never_metadata misses %q", w)
		}
	}
	if len(set.Taxonomy.MetadataWords) < 300 {
		t.Errorf("metadata_words has %d words, want several hundred", len(set.Taxonomy.MetadataWords))
	}
}
