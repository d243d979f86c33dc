package classifier

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
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
//
// Credentials named by structure rather than by member name are found by
// a first reading (rawStructure): the value of an object that describes a
// credential field ({"op": "add", "path": "/password", "value": …},
// {"id": "password", "value": …}, {"Name": "password", "Value": …}) and
// the cells below a table header row that names a credential column.
func (rs *Ruleset) scrubRaw(s *scratch, raw, out []byte) ([]byte, bool) {
	type frame struct {
		fold    string
		credObj bool  // an object describing a credential field: its value is one
		cols    []int // a table: the credential columns of its header row
		rowCols []int // a row of such a table, below its header
		pair    bool  // a [name, value] tuple whose name is a credential's
		par     []int // a parallel list of values: the places of credentials
		arr     bool
		idx     int    // an array's current element
		ctx     string // the container's name for context rules: an array's for its objects
		// A command line's previous element (argvCredential): its
		// string, read as a flag, names the element after it.
		prev    string
		prevIdx int
		// credPrefix is the prefix of a member that named a credential
		// ({"meta_key": "user_pass"}): the member of the same prefix
		// that holds a value is one (prefixPairCredential).
		credPrefix string
	}
	descs, tables, pairs, parallels := rs.rawStructure(s, raw)
	gqlVars := rs.rawGraphQLCredentialVars(s, raw)
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
	inCredCell := func() bool {
		if len(stack) == 0 {
			return false
		}
		f := &stack[len(stack)-1]
		return f.arr && (f.pair && f.idx == 1 || slices.Contains(f.rowCols, f.idx) || slices.Contains(f.par, f.idx))
	}
	// ctxParent is the container name the context rules read, as the
	// parsed path's containerName: an array's object elements are under
	// the array's name ({"kba": [{"question": …, "answer": …}]}).
	ctxParent := func() string {
		if len(stack) == 0 {
			return ""
		}
		return stack[len(stack)-1].ctx
	}
	// argvFrame is the array a string value is an element of, directly
	// or in a one-member typed wrapper ({"stringValue": …}), or nil.
	argvFrame := func() *frame {
		n := len(stack)
		switch {
		case n > 0 && stack[n-1].arr && pending == "":
			return &stack[n-1]
		case n > 1 && !stack[n-1].arr && stack[n-2].arr && stack[n-1].idx == 0 && typedWrapperFold[pending]:
			return &stack[n-2]
		}
		return nil
	}
	// member reads a member's name, tok as written: the credential it
	// names, or its fold for the context rules of what it holds.
	member := func(name string, tok []byte) {
		ki := rs.keyInfo(s, name)
		if ki.secret || ki.cat < 0 && sessionMapNames[parent()] && sessionKey(name) {
			out = append(out, `"credential"`...)
			changed = true
		} else {
			out = append(out, tok...)
		}
		pending, cred = ki.fold, ki.cat >= 0 && rs.cats[ki.cat].credential
		if !cred && gqlVars[name] && parent() == "variables" {
			cred = true // login(password: $p) with "variables": {"p": …}
		}
		if !cred && len(stack) > 0 && stack[len(stack)-1].credObj && (pairValueHalf(ki.fold) || answerNames[ki.fold]) {
			cred = true
		}
		if !cred && len(stack) > 0 && !stack[len(stack)-1].arr && stack[len(stack)-1].credPrefix != "" {
			if p, ok := strings.CutSuffix(ki.fold, "value"); ok && p == stack[len(stack)-1].credPrefix {
				cred = true
			} else if p, ok := strings.CutSuffix(ki.fold, "values"); ok && p == stack[len(stack)-1].credPrefix {
				cred = true
			}
		}
		if !cred && securityQuestion(name) {
			cred = true // {"What is your mother's maiden name?": "Kuznetsova"}
		}
		if !cred {
			if m := rs.ctxParent[ctxParent()]; m != nil {
				if cat, ok := m[ki.fold]; ok && rs.cats[cat].credential {
					cred = true
				}
			}
		}
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		if identStart(c) && memberStart(out) {
			// An unquoted member name (a JavaScript literal, JSON5:
			// {password: "…"}) is a name all the same.
			j := i + 1
			for j < len(raw) && (identStart(raw[j]) || raw[j] >= '0' && raw[j] <= '9') {
				j++
			}
			k := skipSpaceComments(raw, j)
			if k < len(raw) && (raw[k] == ':' || raw[k] == '=') {
				member(string(raw[i:j]), raw[i:j])
				i = j
				continue
			}
		}
		if c == '/' && i+1 < len(raw) && (raw[i+1] == '*' || raw[i+1] == '/') || c == '#' {
			// A comment (JSONC, JSON5, YAML-ish hand edits) outside
			// strings is dropped: it may sit between a credential's
			// name and its value, and may hold one itself.
			i = skipSpaceComments(raw, i)
			out = append(out, ' ')
			changed = true
			continue
		}
		if c == '\'' && tokenStart(out) {
			// A Python repr or a JavaScript literal ({'password':
			// 'hunter2'}): its single-quoted strings are read as strings.
			c = '"'
		}
		switch c {
		case '"':
			j := stringEnd(raw, i)
			str := raw[i:j]
			k := skipSpaceComments(raw, j)
			if k < len(raw) && (raw[k] == ':' || raw[k] == '=' && k+1 < len(raw) && raw[k+1] != '=') {
				member(jsonStringText(str), str)
				i = j
				continue
			}
			v := jsonStringText(str)
			argv := false
			if a := argvFrame(); a != nil {
				// ["node", "--password", "…"], OpenTelemetry's
				// [{"stringValue": "--api-key"}, {"stringValue": "…"}].
				argv = a.idx > 0 && (a.prevIdx == a.idx-1 && rs.argvFlagCredential(s, a.prev, v, true) || rs.argvInlineCredential(s, v))
				a.prev, a.prevIdx = v, a.idx
			}
			if n := len(stack); n > 0 && !stack[n-1].arr && pending != "" {
				if p := prefixPairNameHalf(pending); p != "" && len(v) <= 64 {
					if ki := rs.keyInfo(s, v); ki.cat >= 0 && rs.cats[ki.cat].credential {
						stack[n-1].credPrefix = p
					}
				}
			}
			if cred || argv || inCredCell() || rs.rawCredential(s, pending, v) {
				out = append(out, "null"...)
				changed = true
			} else {
				out = append(out, str...)
			}
			pending, cred = "", false
			i = j
		case '{', '[':
			if cred || inCredCell() {
				i = skipValue(raw, i)
				out = append(out, "null"...)
				changed = true
				pending, cred = "", false
				continue
			}
			f := frame{fold: pending, ctx: pending, arr: c == '[', credObj: c == '{' && descs[i], cols: tables[i], pair: c == '[' && pairs[i], par: parallels[i], prevIdx: -2}
			if f.arr && len(stack) > 0 {
				if up := &stack[len(stack)-1]; up.arr && len(up.cols) > 0 && up.idx > 0 {
					f.rowCols = up.cols
				}
			}
			if !f.arr && len(stack) > 0 && stack[len(stack)-1].arr {
				f.ctx = stack[len(stack)-1].fold
			}
			stack = append(stack, f)
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
			if len(stack) > 0 {
				stack[len(stack)-1].idx++
			}
			out = append(out, c)
			i++
		default:
			if (cred || inCredCell()) && !isJSONSpace(c) && c != ':' && c != '=' {
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

// The lexical reading's pairs are the parsed path's (context.go), read
// from the same tables so that the two cannot drift apart: an event the
// parser refuses (a duplicate key is enough) keeps no credential that the
// same event, parsed, would lose.
//
// pairNameHalf reports whether a member (folded) names the field its
// object describes: a type key of the taxonomy (type_keys: name, key, k,
// field, attribute, label, question, path...), or the id of a form
// builder's field ({"id": "password", "value": …}), as contextCategory
// reads them.
// rawGraphQLCredentialVars names the GraphQL variables an event that
// does not parse passes as a credential's argument ("login(password:
// $p)"), so that the lexical reading scrubs "variables": {"p": …} as the
// walk does (graphQLCredentials); nil when it holds no operation.
func (rs *Ruleset) rawGraphQLCredentialVars(s *scratch, raw []byte) map[string]bool {
	if !bytes.Contains(raw, []byte("variables")) || bytes.IndexByte(raw, '$') < 0 {
		return nil
	}
	q := string(raw)
	var vars map[string]bool
	for i := 0; ; {
		k := strings.IndexByte(q[i:], '$')
		if k < 0 {
			return vars
		}
		i += k + 1
		e := i
		for e < len(q) && isWordByte(q[e]) {
			e++
		}
		if name := q[i:e]; name != "" && !vars[name] && graphQLCredentialArg(rs, s, q, name) {
			if vars == nil {
				vars = map[string]bool{}
			}
			vars[name] = true
		}
	}
}

// typedWrapperFold are the folded names of a typed value's one member
// (typeBranches) that wrap a command line's elements.
var typedWrapperFold = map[string]bool{"stringvalue": true, "string": true, "s": true}

func (rs *Ruleset) pairNameHalf(fold string) bool {
	return rs.typeKeys[fold] || fold == "id"
}

// pairValueHalf reports whether a member (folded) holds the value of the
// field its object describes: the parsed path's pairValueNames (value, v,
// content, answer, response, text...), the value labelTermPass reads
// beside a label (data), and JSON Patch's newValue.
func pairValueHalf(fold string) bool {
	return pairValueNames[fold] || fold == "data" || fold == "newvalue"
}

// rawCredentialName reports whether string v, the name half of a pair,
// names a credential as the parsed path reads it (pairNameCategory: a
// member name, a JSON Pointer's or a SCIM path's last part, "custom:pin",
// a label with accents or look-alikes).
func (rs *Ruleset) rawCredentialName(s *scratch, v string) bool {
	if len(v) == 0 || len(v) > 64 {
		return false
	}
	if c := rs.keyInfo(s, v).cat; c >= 0 && rs.cats[c].credential {
		return true
	}
	if k := strings.LastIndexAny(v, "/."); k >= 0 {
		if c := rs.keyInfo(s, v[k+1:]).cat; c >= 0 && rs.cats[c].credential {
			return true // "/password", "user.password"
		}
	}
	c := rs.pairNameCategory(v)
	return c >= 0 && rs.cats[c].credential
}

// rawTypeCredential reports whether v, the name half of a pair in an
// object under container ctx (folded), names a credential by a context
// rule's types, as typedSibling reads it: a cookie jar's session cookie
// ({"cookies": [{"name": "sessionid", "value": …}]}) is one only there.
func (rs *Ruleset) rawTypeCredential(s *scratch, ctx, v string) bool {
	if len(v) > 64 {
		return false
	}
	for _, r := range rs.ctxType[s.foldValue(v)] {
		if rs.cats[r.cat].credential && (r.parents == nil || r.parents[ctx]) {
			return true
		}
	}
	return false
}

// rawStructure is scrubRaw's first reading: the byte offsets of objects
// that describe a credential field, of tables (arrays of arrays) with the
// credential columns their header row names, and of [name, value] tuples
// whose name is a credential's ([["password", "…"]], a header list
// [["X-Auth-Token", "…"]], "tags": ["password", "…"]), as
// tableCredentials reads them; and the values lists of parallel lists
// ({"keys": ["login", "password"], "values": ["anna", "…"]}) with the
// places their names list gives a credential, as parallelCredentials
// reads them.
func (rs *Ruleset) rawStructure(s *scratch, raw []byte) (descs map[int]bool, tables map[int][]int, pairs map[int]bool, parallels map[int][]int) {
	type frame struct {
		start   int
		arr     bool
		idx     int
		pending string
		key     string // the folded name the frame is the value of
		header  int    // for a table's first row: the table's offset, else -1
		named   bool   // an array whose first element names a credential
		creds   []int  // a parallel list of names: the places naming a credential
		parCred []int  // an object: its parallel names list's credential places
		parVals int    // an object: the offset of its parallel values list, or -1
	}
	var stack []frame
	for i := 0; i < len(raw); {
		switch c := raw[i]; c {
		case '"':
			j := stringEnd(raw, i)
			k := j
			for k < len(raw) && isJSONSpace(raw[k]) {
				k++
			}
			if len(stack) == 0 {
				i = j
				continue
			}
			f := &stack[len(stack)-1]
			if f.arr && parallelNames[f.key] && f.idx < 64 && (k >= len(raw) || raw[k] != ':') {
				if v := jsonStringText(raw[i:j]); len(v) <= 64 && (rs.rawCredentialName(s, v) || authHeaderName(v)) {
					f.creds = append(f.creds, f.idx)
				}
			}
			if (k >= len(raw) || raw[k] != ':') && j-i <= 300 {
				if v := jsonStringText(raw[i:j]); securityQuestion(v) {
					// A security question beside its answer ({"q": "What
					// is your mother's maiden name?", "a": …}) or first
					// of a pair: the answer is the secret, as
					// securityAnswer reads it (red team 29).
					if !f.arr {
						if descs == nil {
							descs = map[int]bool{}
						}
						descs[f.start] = true
					} else if f.idx == 0 {
						f.named = true
					}
				}
			}
			switch {
			case k < len(raw) && raw[k] == ':':
				f.pending = rs.keyInfo(s, jsonStringText(raw[i:j])).fold
			case !f.arr && (rs.pairNameHalf(f.pending) || answerRefObjects[f.key] && formIDKeys[f.pending]):
				ctx := f.key
				if len(stack) >= 2 && stack[len(stack)-2].arr {
					ctx = stack[len(stack)-2].key // an array's objects are under its name
				}
				if v := jsonStringText(raw[i:j]); rs.rawCredentialName(s, v) || rs.rawTypeCredential(s, ctx, v) {
					if descs == nil {
						descs = map[int]bool{}
					}
					descs[f.start] = true
					if answerRefObjects[f.key] && len(stack) >= 2 && !stack[len(stack)-2].arr {
						// Typeform's {"field": {"ref": "password"},
						// "text": …}: the answer beside the reference.
						descs[stack[len(stack)-2].start] = true
					}
				}
			case f.arr && (f.header >= 0 || f.idx == 0):
				v := jsonStringText(raw[i:j])
				if !rs.rawCredentialName(s, v) {
					if f.idx == 0 && len(v) <= 64 && authHeaderName(v) {
						f.named = true
					}
					break
				}
				if f.idx == 0 {
					f.named = true
				}
				if f.header >= 0 {
					if tables == nil {
						tables = map[int][]int{}
					}
					tables[f.header] = append(tables[f.header], f.idx)
				}
			}
			i = j
		case '{', '[':
			f := frame{start: i, arr: c == '[', header: -1, parVals: -1}
			if len(stack) > 0 && !stack[len(stack)-1].arr {
				f.key = stack[len(stack)-1].pending
			}
			if len(stack) > 0 {
				if up := stack[len(stack)-1]; up.arr && up.idx == 0 && f.arr {
					f.header = up.start
				}
			}
			stack = append(stack, f)
			i++
		case '}', ']':
			if len(stack) > 0 {
				f := &stack[len(stack)-1]
				if f.named && f.idx == 1 {
					if pairs == nil {
						pairs = map[int]bool{}
					}
					pairs[f.start] = true // two elements: a name and its value
				}
				if len(stack) >= 2 && !stack[len(stack)-2].arr && f.arr {
					switch up := &stack[len(stack)-2]; {
					case parallelNames[f.key] && len(f.creds) > 0:
						up.parCred = f.creds
					case parallelValues[f.key]:
						up.parVals = f.start
					}
				}
				if !f.arr && f.parVals >= 0 && len(f.parCred) > 0 {
					if parallels == nil {
						parallels = map[int][]int{}
					}
					parallels[f.parVals] = f.parCred
				}
				stack = stack[:len(stack)-1]
			}
			i++
		case ',':
			if len(stack) > 0 {
				stack[len(stack)-1].idx++
				stack[len(stack)-1].pending = ""
			}
			i++
		default:
			i++
		}
	}
	return descs, tables, pairs, parallels
}

// rawCredential reports whether string value v, under the member folded
// as name (or "" in an array), is a credential by its value.
func (rs *Ruleset) rawCredential(s *scratch, name, v string) bool {
	if len(v) < 8 {
		return false
	}
	if secretShaped(v) || containsByte(v, '=') && rs.credentialPairs(s, v) || secretInText(v) || actionLink(v) || emailPasswordPair(v) {
		return true
	}
	if len(v) > 1<<16 {
		// A string too long for the classifier (string_too_long) is
		// read in windows that overlap, as the text rules bound theirs.
		for i := 0; i < len(v); i += 1<<16 - 512 {
			if secretInText(v[i:min(len(v), i+1<<16)]) {
				return true
			}
		}
	}
	// What the parsed path reads inside a value, the lexical one reads
	// too: a JSON or an XML document in the string (in base64 too), a
	// data: URI, a gzip stream.
	if rs.credentialInDocument(s, v) || rs.credentialEncoded(s, v) {
		return true
	}
	if (v[0] == 'd' || v[0] == 'D' || v[0] == 'H') && rs.credentialInPayload(s, v) {
		return true
	}
	if rs.multipartCredential(s, v) || rs.quotedCredentialArg(s, v) || basicPair(v) {
		return true
	}
	// A tag under a name that hints at one, as the parsed path reads it
	// (secrets.go, credentialValue): a webhook's "t=…,v1=…" signature
	// header or a "sha256=…" digest is no single random run.
	return name != "" && credentialLikeName(name) && (highEntropy(v) || taggedSecret(v) || hexDigest(v))
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
	q := raw[i] // '"', or '\'' in a Python or JavaScript literal
	for j := i + 1; j < len(raw); j++ {
		switch raw[j] {
		case '\\':
			j++
		case q:
			return j + 1
		}
	}
	return len(raw)
}

// identStart reports whether c may start an unquoted member name.
func identStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

// memberStart reports whether a member name may start after out: after
// '{' or ',' (spaces aside).
func memberStart(out []byte) bool {
	for k := len(out) - 1; k >= 0; k-- {
		switch out[k] {
		case ' ', '\t', '\r', '\n':
			continue
		case '{', ',':
			return true
		}
		return false
	}
	return false
}

// tokenStart reports whether a token may start after out, the scrub's
// output so far: at the start, or after '{', '[', ',' or ':' (spaces
// aside). A quote anywhere else is text ("O'Brien" is inside a string
// already, which stringEnd skipped whole).
func tokenStart(out []byte) bool {
	for k := len(out) - 1; k >= 0; k-- {
		switch out[k] {
		case ' ', '\t', '\r', '\n':
			continue
		case '{', '[', ',', ':':
			return true
		}
		return false
	}
	return true
}

// skipValue is the index just past the value starting at raw[i]: a
// string, a container with everything in it, or a scalar up to the next
// delimiter.
func skipValue(raw []byte, i int) int {
	switch raw[i] {
	case '"', '\'':
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

// skipSpaceComments returns the index of the first byte at or after i
// that is neither JSON space nor inside a comment (/* … */, // … and
// # … to the end of the line).
func skipSpaceComments(raw []byte, i int) int {
	for i < len(raw) {
		switch {
		case isJSONSpace(raw[i]):
			i++
		case raw[i] == '/' && i+1 < len(raw) && raw[i+1] == '*':
			end := bytes.Index(raw[i+2:], []byte("*/"))
			if end < 0 {
				return len(raw)
			}
			i += 2 + end + 2
		case raw[i] == '/' && i+1 < len(raw) && raw[i+1] == '/' || raw[i] == '#':
			end := bytes.IndexByte(raw[i:], '\n')
			if end < 0 {
				return len(raw)
			}
			i += end + 1
		default:
			return i
		}
	}
	return i
}

// jsonStringText is the text of a JSON string token (quotes included, the
// closing one possibly missing): its bytes when it has no escape, else
// its decoding, or its raw bytes when it does not decode.
func jsonStringText(tok []byte) string {
	body := tok[1:]
	if n := len(body); n > 0 && body[n-1] == tok[0] {
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
	if out, changed := rs.scrubAny(s, value, nil); changed {
		return key, out
	}
	return key, value
}

// scrubAny is scrubRaw for any value: one that is not JSON at all
// (not_object: a form body, an XML document, a header line a relay sent as
// the whole value) is read as text (scrubText).
func (rs *Ruleset) scrubAny(s *scratch, raw, out []byte) ([]byte, bool) {
	if t := bytes.TrimLeft(raw, " \t\r\n"); len(t) > 0 && t[0] != '{' && t[0] != '[' {
		cleaned := rs.scrubText(s, raw)
		return append(out, cleaned...), !bytes.Equal(cleaned, raw)
	}
	start := len(out)
	out, changed := rs.scrubRaw(s, raw, out)
	if credentialOutsideStrings(out[start:]) {
		// A credential outside every string (a comment, a bare word,
		// text after the event: "{…} Authorization: Bearer …"): the
		// lexical reading has no member to null, so the value is read
		// as text, and replaced whole if that finds no span to cut.
		cleaned := rs.scrubText(s, out[start:])
		if credentialOutsideStrings(cleaned) {
			cleaned = []byte(removedText)
		}
		out = append(out[:start], cleaned...)
		changed = true
	}
	return out, changed
}

// credentialOutsideStrings reports whether b, JSON as a producer wrote it,
// holds a credential outside its string literals.
func credentialOutsideStrings(b []byte) bool {
	region := func(r []byte) bool {
		if len(r) < 12 {
			return false
		}
		t := unsafe.String(unsafe.SliceData(r), len(r))
		return secretInText(t) || keyInText(t) || secretShaped(strings.Trim(t, " \t\r\n{}[],:"))
	}
	from := 0
	for i := 0; i < len(b); {
		if b[i] != '"' {
			i++
			continue
		}
		if region(b[from:i]) {
			return true
		}
		i = stringEnd(b, i)
		from = i
	}
	return region(b[from:])
}

// removedText replaces a quarantined value that is not JSON and still
// holds a credential after scrubText removed what it could name.
const removedText = "[value removed: it held a credential]"

// scrubText removes the credentials of a value that is not JSON: the
// values of credential-named pairs of a form body (password=…), of
// credential-named XML elements (<Password>…</Password>) and header lines
// (Authorization: Bearer …). If any credential is still found, the whole
// value is replaced (removedText): prose and shapes have no span to cut.
func (rs *Ruleset) scrubText(s *scratch, value []byte) []byte {
	out := append([]byte(nil), value...)
	out = rs.scrubFormPairs(s, out)
	out = rs.scrubXMLElements(s, out)
	out = scrubHeaderLines(rs, s, out)
	v := unsafeString(out)
	if secretShaped(v) || secretInText(v) || containsByte(v, '=') && rs.credentialPairs(s, v) || emailPasswordPair(v) {
		return []byte(removedText)
	}
	if containsByte(v, '<') && rs.credentialInDocument(s, v) {
		// An XML document read as the JSON it stands for: an XML-RPC
		// struct's <member><name>password</name><value>…, Odoo's
		// password by position (<param> 3 of execute_kw), which no
		// element's name marks (red team 34).
		return []byte(removedText)
	}
	for _, w := range strings.Fields(v) {
		if secretShaped(strings.Trim(w, "\"'<>,;")) {
			return []byte(removedText)
		}
	}
	return out
}

// scrubFormPairs empties the values of name=value pairs (split by & ; and
// line ends) whose name, URL-decoded, names a credential.
func (rs *Ruleset) scrubFormPairs(s *scratch, b []byte) []byte {
	out := b[:0:0]
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] != '&' && b[j] != ';' && b[j] != '\n' {
			j++
		}
		part := b[i:j]
		if eq := bytes.IndexByte(part, '='); eq > 0 && eq <= 64 && rs.rawCredentialName(s, queryUnescape(strings.TrimSpace(string(part[:eq])))) {
			part = part[:eq+1]
		}
		out = append(out, part...)
		if j < len(b) {
			out = append(out, b[j])
		}
		i = j + 1
	}
	return out
}

// scrubXMLElements empties the text of XML elements whose local name names
// a credential (<Password>…</Password>, <ns:pwd>…</ns:pwd>).
func (rs *Ruleset) scrubXMLElements(s *scratch, b []byte) []byte {
	if bytes.IndexByte(b, '<') < 0 {
		return b
	}
	out := b[:0:0]
	for i := 0; i < len(b); {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			out = append(out, b[i:]...)
			break
		}
		lt += i
		gt := bytes.IndexByte(b[lt:], '>')
		if gt < 0 {
			out = append(out, b[i:]...)
			break
		}
		gt += lt
		out = append(out, b[i:gt+1]...)
		i = gt + 1
		tag := string(b[lt+1 : gt])
		if tag == "" || tag[0] == '/' || tag[0] == '?' || tag[0] == '!' || strings.HasSuffix(tag, "/") {
			continue
		}
		name := tag
		if sp := strings.IndexAny(name, " \t"); sp >= 0 {
			name = name[:sp]
		}
		local := name
		if c := strings.LastIndexByte(local, ':'); c >= 0 {
			local = local[c+1:]
		}
		if !rs.rawCredentialName(s, local) {
			continue
		}
		if end := bytes.Index(b[i:], []byte("</"+name+">")); end >= 0 {
			i += end // drop the text up to the closing tag
		}
	}
	return out
}

// scrubHeaderLines empties the values of header lines ("Name: value")
// whose name is an authorization header's or a credential's.
func scrubHeaderLines(rs *Ruleset, s *scratch, b []byte) []byte {
	if bytes.IndexByte(b, ':') < 0 {
		return b
	}
	out := b[:0:0]
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		if c := bytes.IndexByte(line, ':'); c > 0 && c <= 64 {
			name := strings.TrimSpace(string(line[:c]))
			if authHeaderName(name) || rs.rawCredentialName(s, name) {
				end := line[len(bytes.TrimRight(line, "\r\n")):]
				out = append(append(out, line[:c+1]...), end...)
				continue
			}
		}
		out = append(out, line...)
	}
	return out
}
