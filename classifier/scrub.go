package classifier

import (
	"encoding/json"
	"unsafe"
)

// scrubRaw copies raw, an event the parser refused (a duplicate member
// name, nesting too deep, a string too long, broken JSON), to out with the
// credentials a lexical reading finds replaced by null, and reports
// whether it replaced any. Quarantine keeps such an event for replay, but
// credentials leave in no record: {"country": "DE", "country": "AT",
// "password": "…"} is well-formed JSON that only the duplicate made
// unparseable.
//
// The reading needs no parse tree, so it works where the parser stopped:
// strings are read to their closing quote, containers are counted, and a
// string followed by ':' is a member name. A member whose name (or, for a
// context rule, its container's and its own) names a credential has its
// value replaced whatever it is; a string value shaped like a credential
// (a JWT, a bearer value, a Cookie header or link with a session or
// token) is replaced under any name; a member name that is itself a
// credential is replaced by "credential". Everything else is copied byte
// for byte.
func (rs *Ruleset) scrubRaw(s *scratch, raw, out []byte) ([]byte, bool) {
	type frame struct{ fold string }
	var (
		stack   []frame
		pending string // the fold of the member whose value comes next
		cred    bool   // that member's value is a credential
		changed bool
	)
	parent := func() string {
		if len(stack) == 0 {
			return ""
		}
		return stack[len(stack)-1].fold
	}
	for i := 0; i < len(raw); {
		switch c := raw[i]; c {
		case '"':
			j := stringEnd(raw, i)
			str := raw[i:j]
			k := j
			for k < len(raw) && isJSONSpace(raw[k]) {
				k++
			}
			if k < len(raw) && raw[k] == ':' {
				name := jsonStringText(str)
				ki := rs.keyInfo(s, name)
				if ki.secret {
					out = append(out, `"credential"`...)
					changed = true
				} else {
					out = append(out, str...)
				}
				pending, cred = ki.fold, ki.cat >= 0 && rs.cats[ki.cat].credential
				if !cred {
					if m := rs.ctxParent[parent()]; m != nil {
						if cat, ok := m[ki.fold]; ok && rs.cats[cat].credential {
							cred = true
						}
					}
				}
				i = j
				continue
			}
			v := jsonStringText(str)
			if cred || rs.rawCredential(s, pending, v) {
				out = append(out, "null"...)
				changed = true
			} else {
				out = append(out, str...)
			}
			pending, cred = "", false
			i = j
		case '{', '[':
			if cred {
				i = skipValue(raw, i)
				out = append(out, "null"...)
				changed = true
				pending, cred = "", false
				continue
			}
			stack = append(stack, frame{pending})
			pending, cred = "", false
			out = append(out, c)
			i++
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			pending, cred = "", false
			out = append(out, c)
			i++
		case ',':
			pending, cred = "", false
			out = append(out, c)
			i++
		default:
			if cred && !isJSONSpace(c) && c != ':' {
				i = skipValue(raw, i)
				out = append(out, "null"...)
				changed = true
				pending, cred = "", false
				continue
			}
			out = append(out, c)
			i++
		}
	}
	return out, changed
}

// rawCredential reports whether string value v, under the member folded
// as name (or "" in an array), is a credential by its value.
func (rs *Ruleset) rawCredential(s *scratch, name, v string) bool {
	if len(v) < 8 {
		return false
	}
	if secretShaped(v) || containsByte(v, '=') && rs.credentialPairs(s, v) || secretInText(v) || actionLink(v) {
		return true
	}
	return name != "" && credentialLikeName(name) && highEntropy(v)
}

func containsByte(v string, b byte) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == b {
			return true
		}
	}
	return false
}

// stringEnd is the index just past the string starting at raw[i] (a
// quote): after its closing quote, or len(raw) when it has none.
func stringEnd(raw []byte, i int) int {
	for j := i + 1; j < len(raw); j++ {
		switch raw[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(raw)
}

// skipValue is the index just past the value starting at raw[i]: a
// string, a container with everything in it, or a scalar up to the next
// delimiter.
func skipValue(raw []byte, i int) int {
	switch raw[i] {
	case '"':
		return stringEnd(raw, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(raw); {
			switch raw[j] {
			case '"':
				j = stringEnd(raw, j)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
			j++
		}
		return len(raw)
	}
	j := i
	for j < len(raw) && raw[j] != ',' && raw[j] != '}' && raw[j] != ']' && !isJSONSpace(raw[j]) {
		j++
	}
	return j
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// jsonStringText is the text of a JSON string token (quotes included, the
// closing one possibly missing): its bytes when it has no escape, else
// its decoding, or its raw bytes when it does not decode.
func jsonStringText(tok []byte) string {
	body := tok[1:]
	if n := len(body); n > 0 && body[n-1] == '"' {
		body = body[:n-1]
	}
	escaped := false
	for _, b := range body {
		if b == '\\' {
			escaped = true
			break
		}
	}
	if !escaped {
		return unsafe.String(unsafe.SliceData(body), len(body))
	}
	var v string
	if json.Unmarshal(tok, &v) != nil {
		return string(body)
	}
	return v
}

// ScrubQuarantine prepares an input record for the quarantine topic when
// no decision rendered one (an output that could not be written is
// replaced by the raw input, for replay): the value with the credentials a
// lexical reading finds replaced by null, and the key, or nil when the key
// itself is a credential. The value is returned as it is when nothing is
// found.
func (rs *Ruleset) ScrubQuarantine(key, value []byte) ([]byte, []byte) {
	if len(key) > 0 && !rs.usableInputKey(key) {
		key = nil
	}
	s := rs.getScratch()
	defer rs.pool.Put(s)
	if out, changed := rs.scrubRaw(s, value, nil); changed {
		return key, out
	}
	return key, value
}
