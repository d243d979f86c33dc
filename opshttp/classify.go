package opshttp

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/residency-labs/signup-classifier/classifier"
)

// ClassifyHandler answers POST /v1/classify with the decision for the
// posted event, judged by the rule set in force (ruleset is asked on each
// request, so a reload applies at once): for rule authors. With
// ?records=1 it answers the records the service would write instead.
// A body over maxBytes is refused whole with 413: judging a cut event
// would answer for an event nobody sent.
func ClassifyHandler(ruleset func() *classifier.Ruleset, maxBytes int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, req.Body, maxBytes))
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			http.Error(w, fmt.Sprintf("request body larger than %d bytes (admin.max_request_bytes)", maxBytes), http.StatusRequestEntityTooLarge)
			return
		}
		if err != nil {
			http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
			return
		}
		rs := ruleset()
		in := classifier.Input{Value: body, Source: "http", IDFromValue: true}
		w.Header().Set("Content-Type", "application/json")
		if req.URL.Query().Get("records") != "" {
			recs, _ := rs.ProcessAppend(&classifier.Decision{}, in, nil, nil)
			out := make([]map[string]any, 0, len(recs))
			for _, rec := range recs {
				hs := map[string]string{}
				for _, h := range rec.Headers {
					hs[h.Key] = string(h.Value)
				}
				var v any = string(rec.Value)
				if json.Valid(rec.Value) {
					v = json.RawMessage(rec.Value)
				}
				out = append(out, map[string]any{"topic": rec.Topic, "key": string(rec.Key), "headers": hs, "value": v})
			}
			_ = json.NewEncoder(w).Encode(out)
			return
		}
		d := rs.Classify(in)
		_, _ = w.Write(append(d.AppendJSON(nil), '\n'))
	})
}
