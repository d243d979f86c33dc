package classifier

import (
	"slices"
	"testing"
)

// TestEachWord: member names split the way producers write them.
func TestEachWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"canAuthenticate", []string{"can", "authenticate"}},
		{"CreateNewFields", []string{"create", "new", "fields"}},
		{"open_deals_count", []string{"open", "deals", "count"}},
		{"x-request-id", []string{"x", "request", "id"}},
		{"schemaRef.contentType", []string{"schema", "ref", "content", "type"}},
		{"HTTPServerURL", []string{"http", "server", "url"}},
		{"datasetID", []string{"dataset", "id"}},
		{"api2Version", []string{"api", "version"}},
		{"$ref", []string{"ref"}},
		{"__typename", []string{"typename"}},
		{"@odata.etag", []string{"odata", "etag"}},
	} {
		var got []string
		eachWord(c.in, func(w []byte) bool { got = append(got, string(w)); return true })
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.in, got, c.want)
		}
	}
	if eachWord("статус", func([]byte) bool { return true }) {
		t.Error("a non-ASCII name must not split")
	}
}
