package classifier

import (
	"slices"
	"testing"
)

// TestWords: member names split the way producers write them.
func TestWords(t *testing.T) {
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
		ws := words{s: c.in}
		for w, ok := ws.next(); ok; w, ok = ws.next() {
			got = append(got, string(w))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.in, got, c.want)
		}
	}
	ws := words{s: "статус"}
	if _, ok := ws.next(); ok || !ws.bad {
		t.Error("a non-ASCII name must not split")
	}
}
