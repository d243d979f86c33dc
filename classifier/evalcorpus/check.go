package evalcorpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// LeafValues lists an event's leaves by JSON Pointer with their values as
// text, read with encoding/json independently of the generator's walk.
func LeafValues(raw []byte) (map[string]string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, ok := v.(map[string]any); !ok {
		return nil, fmt.Errorf("an event is a JSON object")
	}
	out := map[string]string{}
	var walk func(p string, v any)
	walk = func(p string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				walk(p+"/"+escapePointer(k), c)
			}
		case []any:
			for i, c := range x {
				walk(fmt.Sprintf("%s/%d", p, i), c)
			}
		default:
			out[p] = fmt.Sprint(x)
		}
	}
	walk("", v)
	return out, nil
}

// Check reports what is wrong with one generated event: not valid
// JSON, a leaf without a label, a label naming no leaf, missing facts.
func Check(e Event) error {
	if !json.Valid(e.JSON) {
		return fmt.Errorf("not valid JSON")
	}
	leaves, err := LeafValues(e.JSON)
	if err != nil {
		return err
	}
	for p := range leaves {
		if _, ok := e.Label.Leaves[p]; !ok {
			return fmt.Errorf("leaf %s has no label", p)
		}
	}
	for p := range e.Label.Leaves {
		if _, ok := leaves[p]; !ok {
			return fmt.Errorf("label %s names no leaf", p)
		}
	}
	switch e.Label.Evidence {
	case EvidenceStrong:
		if len(e.Label.Residence)+len(e.Label.Citizenship) == 0 {
			return fmt.Errorf("strong evidence without a country")
		}
	case EvidenceWeak:
		if len(e.Label.Weak) == 0 {
			return fmt.Errorf("weak evidence without a country")
		}
	case EvidenceNone:
	default:
		return fmt.Errorf("evidence %q", e.Label.Evidence)
	}
	if e.Label.BirthDate != "" {
		if _, err := time.Parse("2006-01-02", e.Label.BirthDate); err != nil {
			return fmt.Errorf("birth date: %w", err)
		}
	}
	for p, l := range e.Label.Leaves {
		if l.Kind == Sensitive && l.Category == "" {
			return fmt.Errorf("sensitive leaf %s without a category", p)
		}
	}
	return nil
}
