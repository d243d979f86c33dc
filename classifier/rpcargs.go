package classifier

import (
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// Positional credentials in remote calls. Odoo's external API (JSON-RPC at
// /jsonrpc, the same calls over XML-RPC) passes the caller's password or
// API key as a plain argument:
//
//	{"service": "object", "method": "execute_kw",
//	 "args": ["db", 2, "<password or API key>", "res.partner", "read", ...]}
//	{"service": "common", "method": "authenticate", "args": ["db", "login", "<password>", {}]}
//
// A member name says nothing there: the argument's position does.

// rpcSecretArg is the position of the password in the arguments of a
// remote call's method, or -1. Odoo's db service takes the master
// password first (drop, dump, restore, create_database, ...).
func rpcSecretArg(service, method string) int {
	switch method {
	case "execute_kw", "execute", "login", "authenticate":
		if service != "db" {
			return 2
		}
	}
	if service == "db" || service == "" {
		// Unnamed, the service may be the URL's: XML-RPC calls
		// /xmlrpc/2/db, and its body names the method only
		// (<methodName>drop</methodName>, the master password first).
		switch method {
		case "create_database", "duplicate_database", "drop", "dump", "restore", "rename", "change_admin_password", "migrate_databases":
			return 0
		}
	}
	return -1
}

// rpcArgCredential reports whether leaf i (a string or a number) is the password (or API
// key) argument of a remote call (rpcArgNode).
func (rs *Ruleset) rpcArgCredential(s *scratch, i int32) bool {
	return rpcArgNode(s.doc.Nodes, i)
}

// rpcArgNode reports whether node i is the element at the method's secret
// position in an "args" list whose object names the method (and, when it
// names one, a service of Odoo's: object, common, db). The list may be
// wrapped in one more list ({"args": [["db", 2, "<password>", ...]]}).
func rpcArgNode(nodes []event.Node, i int32) bool {
	n := &nodes[i]
	a := n.Parent
	if a <= 0 || nodes[a].Kind != event.Array {
		return false
	}
	if nodes[a].Key != "args" {
		// One list more: {"args": [[db, uid, password, ...]]}.
		w := nodes[a].Parent
		if w <= 0 || nodes[w].Kind != event.Array || nodes[w].Key != "args" || nodes[a].Index != 0 {
			return false
		}
		a = w
	}
	o := nodes[a].Parent
	if o < 0 || nodes[o].Kind != event.Object {
		return false
	}
	method, service := "", ""
	for c := nodes[o].First; c >= 0; c = nodes[c].Next {
		m := &nodes[c]
		if m.Kind != event.String {
			continue
		}
		switch m.Key {
		case "method":
			method = m.Str
		case "service":
			if m.Str != "object" && m.Str != "common" && m.Str != "db" {
				return false
			}
			service = m.Str
		}
	}
	pos := rpcSecretArg(service, method)
	return pos >= 0 && int(n.Index) == pos
}

// rpcTechnicalArg reports whether string leaf i is an argument of an
// Odoo call that names the program's parts: the database, and for
// execute_kw and execute the model and its method ("res.partner",
// "search_read"). The caller's uid and the records' values are not.
func rpcTechnicalArg(nodes []event.Node, i int32) bool {
	n := &nodes[i]
	if n.Kind != event.String || len(n.Str) > 64 || strings.ContainsAny(n.Str, " @") || n.Index != 0 && n.Index != 3 && n.Index != 4 {
		return false
	}
	// The secret's position of the same list: only a call rpcArgNode
	// knows counts, and which one it is says where the names are.
	a := n.Parent
	if a <= 0 || nodes[a].Kind != event.Array || nodes[a].Key != "args" {
		return false
	}
	pw := int32(-1)
	for c := nodes[a].First; c >= 0 && nodes[c].Index <= 2; c = nodes[c].Next {
		// The third element only: walking the whole list for each of
		// its elements is quadratic in a long one (red team 34).
		if nodes[c].Index == 2 {
			pw = c
		}
	}
	if pw < 0 || !rpcArgNode(nodes, pw) {
		return false
	}
	switch n.Index {
	case 0:
		return true
	case 3, 4:
		return strings.Count(n.Str, ".") <= 3 && strings.Trim(n.Str, "abcdefghijklmnopqrstuvwxyz_.0123456789") == ""
	}
	return false
}

// argvCredential reports whether leaf i is the value after a command
// line's credential flag (["node", "--password", "<secret>"], a process's
// argv as OpenTelemetry's process.command_args logs it, each element
// maybe wrapped in its type: [{"stringValue": "--password"},
// {"stringValue": "<secret>"}]), or an element that carries the secret
// itself. The flag's name, without its dashes, is a credential's name to
// the rules; short flags count by what follows them (mysql's and
// sshpass's -p SECRET, curl's -u user:SECRET, only a value shaped like a
// password: -p 8080:80 and -u 1000:1000 are no secrets); an element
// with its value inside (mysql's -pSECRET, Windows' /password:SECRET,
// PowerShell's -Password:SECRET) counts by its own name. Only the element
// just before is looked at, in constant time: nodes are stored in
// pre-order, so a scalar's previous sibling is the node before it, and a
// one-member wrapper's is two nodes back.
func (rs *Ruleset) argvCredential(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	elem := i
	if p := nodes[i].Parent; p > 0 && nodes[p].Kind == event.Object && typeBranch(&s.doc, &nodes[i]) {
		elem = p
	}
	a := nodes[elem].Parent
	if a <= 0 || nodes[a].Kind != event.Array || nodes[elem].Index == 0 || elem < 2 {
		return false
	}
	if nodes[i].Kind == event.String && rs.argvInlineCredential(s, nodes[i].Str) {
		return true
	}
	var flag string
	switch prev := elem - 1; {
	case nodes[prev].Parent == a && nodes[prev].Kind == event.String:
		flag = nodes[prev].Str
	case nodes[prev].Parent == elem-2 && nodes[elem-2].Parent == a && nodes[prev].Kind == event.String && typeBranch(&s.doc, &nodes[prev]):
		flag = nodes[prev].Str
	default:
		return false
	}
	return rs.argvFlagCredential(s, flag, nodes[i].Str, nodes[i].Kind == event.String)
}

// argvFlagCredential reports whether v, the element after flag in a
// command line, is the credential the flag names (argvCredential; the
// quarantine's lexical reading asks it too). str says v is a string.
func (rs *Ruleset) argvFlagCredential(s *scratch, flag, v string, str bool) bool {
	name, ok := argvFlagName(flag)
	if !ok {
		return false
	}
	if str {
		switch name {
		case "p", "P":
			// sshpass -p SECRET, mysql -p SECRET; a port is digits.
			return len(v) >= 6 && passwordShaped(v)
		case "u", "user":
			// curl -u user:SECRET; docker's -u 1000:1000 is ids.
			if k := strings.IndexByte(v, ':'); k > 0 && !strings.Contains(v, "://") {
				return len(v)-k-1 >= 4 && passwordShaped(v[k+1:])
			}
			return false
		}
	}
	if len(name) < 2 || strings.ContainsAny(name, "= :") {
		return false
	}
	ki := rs.keyInfo(s, name)
	return ki.cat >= 0 && rs.cats[ki.cat].credential
}

// argvFlagName is a command line flag's name without its dashes (ASCII
// or typographic: a pasted "—password"), or false when flag is none.
func argvFlagName(flag string) (string, bool) {
	if len(flag) < 2 || len(flag) > 64 {
		return "", false
	}
	name := flag
	for {
		switch {
		case strings.HasPrefix(name, "-"):
			name = name[1:]
			continue
		case strings.HasPrefix(name, "\u2014"), strings.HasPrefix(name, "\u2013"), strings.HasPrefix(name, "\u2212"):
			name = name[3:]
			continue
		}
		break
	}
	if name == flag || name == "" {
		return "", false
	}
	return name, true
}

// argvInlineCredential reports whether a command line's element holds a
// credential flag and its value together: mysql's -pSECRET (a password
// shaped value after -p, no '='), Windows' /password:SECRET and
// PowerShell's -Password:SECRET (a credential's name before ':').
func (rs *Ruleset) argvInlineCredential(s *scratch, v string) bool {
	if len(v) < 4 || len(v) > 256 {
		return false
	}
	if len(v) > 8 && v[0] == '-' && v[1] == 'p' && strings.IndexByte(v, '=') < 0 && passwordShaped(v[2:]) {
		return true
	}
	if v[0] != '/' && v[0] != '-' {
		return false
	}
	k := strings.IndexByte(v, ':')
	if k < 2 || k > 64 || k == len(v)-1 || strings.HasPrefix(v[k:], "://") {
		return false
	}
	name := strings.TrimLeft(v[:k], "-/")
	if len(name) < 2 || strings.ContainsAny(name, "/ =") {
		return false
	}
	ki := rs.keyInfo(s, name)
	return ki.cat >= 0 && rs.cats[ki.cat].credential
}

// prefixPairCredential reports whether leaf i is the value half of a
// name/value pair whose halves share a prefix (WordPress's usermeta rows
// {"meta_key": "user_pass", "meta_value": …}, {"settingKey": "password",
// "settingValue": …}, {"option_name": "smtp_password", "option_value":
// …}) and whose name half names a credential: the value is one, as under
// {"key": …, "value": …}.
func (rs *Ruleset) prefixPairCredential(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	n := &nodes[i]
	if n.Parent < 0 || nodes[n.Parent].Kind != event.Object {
		return false
	}
	f := rs.keyInfo(s, n.Key).fold
	p, ok := strings.CutSuffix(f, "value")
	if !ok {
		p, ok = strings.CutSuffix(f, "values")
	}
	if !ok || p == "" || len(p) > 32 {
		return false
	}
	for c := nodes[n.Parent].First; c >= 0; c = nodes[c].Next {
		sib := &nodes[c]
		if c == i || sib.Kind != event.String || sib.Str == "" || len(sib.Str) > 64 {
			continue
		}
		if prefixPairNameHalf(rs.keyInfo(s, sib.Key).fold) != p {
			continue
		}
		if ki := rs.keyInfo(s, sib.Str); ki.cat >= 0 && rs.cats[ki.cat].credential {
			return true
		}
	}
	return false
}

// prefixPairNameHalf is the prefix of a folded member name that is the
// name half of a pair named by a shared prefix (metakey: meta,
// settingname: setting), or "".
func prefixPairNameHalf(fold string) string {
	for _, suf := range [...]string{"key", "name", "label", "field"} {
		if p, ok := strings.CutSuffix(fold, suf); ok && p != "" && len(p) <= 32 {
			return p
		}
	}
	return ""
}
