package classifier

import (
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
// remote call's method, or -1.
func rpcSecretArg(method string) int {
	switch method {
	case "execute_kw", "execute", "login", "authenticate":
		return 2
	}
	return -1
}

// rpcArgCredential reports whether string leaf i is the password (or API
// key) argument of a remote call: the element at the method's secret
// position in an "args" list whose object names the method (and, when it
// names one, a service of Odoo's: object, common).
func (rs *Ruleset) rpcArgCredential(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	n := &nodes[i]
	a := n.Parent
	if a <= 0 || nodes[a].Kind != event.Array || nodes[a].Key != "args" {
		return false
	}
	o := nodes[a].Parent
	if o < 0 || nodes[o].Kind != event.Object {
		return false
	}
	pos := -1
	for c := nodes[o].First; c >= 0; c = nodes[c].Next {
		m := &nodes[c]
		if m.Kind != event.String {
			continue
		}
		switch m.Key {
		case "method":
			pos = rpcSecretArg(m.Str)
		case "service":
			if m.Str != "object" && m.Str != "common" {
				return false
			}
		}
	}
	return pos >= 0 && int(n.Index) == pos
}
