package classifier

import (
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf8"
)

// xmlDocument reads an XML document carried in a string (a SOAP body, a
// partner's XML export, a SAML assertion) as the JSON document its
// elements make, so that the embedded-document pass reads its evidence
// and its birth dates as it reads a JSON document's: an element is a
// member named by its local name, its attributes are members too, an
// element holding only text is that text, and repeated elements are a
// list. A SAML Attribute is the member its FriendlyName or Name says
// ({"Attribute": Name="urn:oid:2.5.4.42"} is givenName), with its
// AttributeValues as the value.
//
// Only well-formed documents with at least one element holding text or
// attributes count; anything else (a tag in a bio, "<3") is no document.
func xmlDocument(v string) (string, bool) {
	t := strings.TrimLeft(v, " \t\r\n\ufeff")
	if len(t) < 7 || t[0] != '<' || len(t) > 1<<20 || strings.IndexByte(t, '>') < 0 {
		return "", false
	}
	dec := xml.NewDecoder(strings.NewReader(t))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var root *xnode
	var stack []*xnode
	nodes := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", false
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if xmlSignatureSeal(tk.Name) {
				// An XML-DSig signature's seal (a SAML assertion's):
				// what was digested, the signature anyone holding the
				// document verifies and none can forge, and the issuer's
				// certificate. It says nothing of the subject and is no
				// secret, so it is not read (a SignatureValue would read
				// as a secret by its name and randomness). The signed
				// data an enveloping signature carries in its Object
				// (BankID's userInfo with the personal number) is read.
				if dec.Skip() != nil {
					return "", false
				}
				continue
			}
			nodes++
			if nodes > 10000 || len(stack) > 64 {
				return "", false
			}
			n := &xnode{name: tk.Name.Local}
			for _, a := range tk.Attr {
				if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" || a.Name.Space == "http://www.w3.org/2001/XMLSchema-instance" || a.Name.Space == "xsi" {
					continue
				}
				n.attrs = append(n.attrs, [2]string{a.Name.Local, a.Value})
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			} else if root == nil {
				root = n
			} else {
				return "", false // a second root: no document
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 0 {
				return "", false
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(tk)
			}
		}
	}
	if root == nil || len(stack) != 0 || !root.hasContent() {
		return "", false
	}
	b, err := json.Marshal(map[string]any{root.name: root.value()})
	if err != nil {
		return "", false
	}
	return string(b), true
}

// xmlSignatureSeal reports whether an element is the seal of an XML-DSig
// signature (SignedInfo, SignatureValue, KeyInfo): in the namespace, or
// under the ds prefix it is written with when the namespace is not
// declared.
func xmlSignatureSeal(n xml.Name) bool {
	switch n.Local {
	case "SignedInfo", "SignatureValue", "KeyInfo":
		return n.Space == "http://www.w3.org/2000/09/xmldsig#" || n.Space == "ds"
	}
	return false
}

type xnode struct {
	name  string
	attrs [][2]string
	kids  []*xnode
	text  strings.Builder
}

func (n *xnode) hasContent() bool {
	if len(n.attrs) > 0 || strings.TrimSpace(n.text.String()) != "" {
		return true
	}
	for _, k := range n.kids {
		if k.hasContent() {
			return true
		}
	}
	return false
}

// value is the JSON value of element n.
func (n *xnode) value() any {
	if v, ok := n.xmlrpc(); ok {
		return v
	}
	text := strings.TrimSpace(n.text.String())
	if len(n.kids) == 0 && len(n.attrs) == 0 {
		return text
	}
	m := map[string]any{}
	for _, a := range n.attrs {
		m[a[0]] = a[1]
	}
	for _, k := range n.kids {
		name, val := k.name, k.value()
		if k.name == "Attribute" {
			if an, av, ok := k.samlAttribute(); ok {
				name, val = an, av
			}
		}
		switch have := m[name].(type) {
		case nil:
			m[name] = val
		case []any:
			m[name] = append(have, val)
		default:
			m[name] = []any{have, val}
		}
	}
	if text != "" {
		m["value"] = text
	}
	return m
}

// xmlrpc reads an XML-RPC call or response as the JSON-RPC call it
// stands for: {"method": <methodName>, "args": [<params>]}, each value
// as its type says (a struct is an object of its members, an array a
// list). Read as elements, every argument would be a "value" holding a
// "string", a struct's members "member"s holding a "name" and a "value":
// Odoo's password by position (rpcargs.go) and a partner's "email" by
// name would be lost in them.
func (n *xnode) xmlrpc() (any, bool) {
	if n.name != "methodCall" && n.name != "methodResponse" {
		return nil, false
	}
	out := map[string]any{}
	for _, k := range n.kids {
		switch k.name {
		case "methodName":
			out["method"] = strings.TrimSpace(k.text.String())
		case "params":
			args := []any{}
			for _, p := range k.kids {
				if p.name != "param" {
					return nil, false
				}
				args = append(args, p.rpcParam())
			}
			if n.name == "methodCall" {
				out["args"] = args
			} else {
				out["params"] = args
			}
		case "fault":
			out["fault"] = k.rpcParam()
		default:
			return nil, false
		}
	}
	return out, true
}

// rpcParam is the value of a param's (or a fault's) value element.
func (n *xnode) rpcParam() any {
	for _, k := range n.kids {
		if k.name == "value" {
			return k.rpcValue()
		}
	}
	return nil
}

// rpcValue is the JSON value of an XML-RPC value element.
func (n *xnode) rpcValue() any {
	if len(n.kids) == 0 {
		return strings.TrimSpace(n.text.String()) // a value without a type is a string
	}
	t := n.kids[0]
	text := strings.TrimSpace(t.text.String())
	switch t.name {
	case "int", "i4", "i8", "double":
		if json.Valid([]byte(text)) {
			return json.Number(text)
		}
		return text
	case "boolean":
		return text == "1"
	case "nil":
		return nil
	case "struct":
		m := map[string]any{}
		for _, mem := range t.kids {
			var name string
			var val any
			for _, part := range mem.kids {
				switch part.name {
				case "name":
					name = strings.TrimSpace(part.text.String())
				case "value":
					val = part.rpcValue()
				}
			}
			if mem.name == "member" && name != "" {
				m[name] = val
			}
		}
		return m
	case "array":
		list := []any{}
		for _, d := range t.kids {
			for _, v := range d.kids {
				if v.name == "value" {
					list = append(list, v.rpcValue())
				}
			}
		}
		return list
	}
	return text // string, dateTime.iso8601, base64
}

// samlAttribute is a SAML Attribute's name, as its FriendlyName, a known
// OID or its URI's last part says, and its values.
func (n *xnode) samlAttribute() (string, any, bool) {
	var name, friendly string
	for _, a := range n.attrs {
		switch a[0] {
		case "Name":
			name = a[1]
		case "FriendlyName":
			friendly = a[1]
		}
	}
	if name == "" {
		return "", nil, false
	}
	if friendly == "" {
		oid := strings.TrimPrefix(name, "urn:oid:")
		if f, ok := samlOIDs[oid]; ok {
			friendly = f
		} else if i := strings.LastIndexAny(name, "/:#"); i >= 0 && i+1 < len(name) {
			friendly = name[i+1:]
		} else {
			friendly = name
		}
	}
	var vals []any
	for _, k := range n.kids {
		if k.name == "AttributeValue" {
			vals = append(vals, k.value())
		}
	}
	switch len(vals) {
	case 0:
		return friendly, "", true
	case 1:
		return friendly, vals[0], true
	}
	return friendly, vals, true
}

// samlOIDs name the attributes that SAML identity providers send by OID
// (X.500, RFC 4519, eduPerson, RFC 3739's personal data attributes).
var samlOIDs = map[string]string{
	"2.5.4.42": "givenName", "2.5.4.4": "surname", "2.5.4.3": "commonName", "2.5.4.12": "title",
	"0.9.2342.19200300.100.1.3": "mail", "0.9.2342.19200300.100.1.1": "uid",
	"2.16.840.1.113730.3.1.241": "displayName", "2.5.4.20": "telephoneNumber", "0.9.2342.19200300.100.1.41": "mobile",
	"2.5.4.6": "countryName", "2.5.4.7": "locality", "2.5.4.9": "street", "2.5.4.17": "postalCode", "2.5.4.16": "postalAddress",
	"1.3.6.1.5.5.7.9.1": "dateOfBirth", "1.3.6.1.5.5.7.9.2": "placeOfBirth", "1.3.6.1.5.5.7.9.3": "gender",
	"1.3.6.1.5.5.7.9.4": "countryOfCitizenship", "1.3.6.1.5.5.7.9.5": "countryOfResidence",
	"1.3.6.1.4.1.5923.1.1.1.6": "eduPersonPrincipalName", "1.3.6.1.4.1.5923.1.1.1.10": "eduPersonTargetedID",
	"2.5.4.5": "serialNumber",
	// More of X.500 and inetOrgPerson, eduPerson (Internet2) and SCHAC
	// (REFEDS' Schema for Academia, eduGAIN's identity federations).
	"2.5.4.10": "organization", "2.5.4.11": "organizationalUnit", "2.5.4.8": "state", "2.5.4.43": "initials",
	"1.2.840.113549.1.9.1": "emailAddress", "0.9.2342.19200300.100.1.60": "jpegPhoto",
	"2.16.840.1.113730.3.1.39": "preferredLanguage", "2.16.840.1.113730.3.1.3": "employeeNumber", "2.16.840.1.113730.3.1.4": "employeeType",
	"1.3.6.1.4.1.5923.1.1.1.1": "eduPersonAffiliation", "1.3.6.1.4.1.5923.1.1.1.5": "eduPersonPrimaryAffiliation",
	"1.3.6.1.4.1.5923.1.1.1.9": "eduPersonScopedAffiliation", "1.3.6.1.4.1.5923.1.1.1.7": "eduPersonEntitlement",
	"1.3.6.1.4.1.5923.1.1.1.11": "eduPersonAssurance", "1.3.6.1.4.1.5923.1.1.1.13": "eduPersonUniqueId",
	"1.3.6.1.4.1.5923.1.1.1.16": "eduPersonOrcid", "1.3.6.1.4.1.5923.1.1.1.2": "eduPersonNickname",
	"1.3.6.1.4.1.25178.1.2.1": "schacMotherTongue", "1.3.6.1.4.1.25178.1.2.2": "schacGender",
	"1.3.6.1.4.1.25178.1.2.3": "schacDateOfBirth", "1.3.6.1.4.1.25178.1.2.4": "schacPlaceOfBirth",
	"1.3.6.1.4.1.25178.1.2.5": "schacCountryOfCitizenship", "1.3.6.1.4.1.25178.1.2.6": "schacSn1", "1.3.6.1.4.1.25178.1.2.7": "schacSn2",
	"1.3.6.1.4.1.25178.1.2.8": "schacPersonalTitle", "1.3.6.1.4.1.25178.1.2.9": "schacHomeOrganization",
	"1.3.6.1.4.1.25178.1.2.10": "schacHomeOrganizationType", "1.3.6.1.4.1.25178.1.2.11": "schacCountryOfResidence",
	"1.3.6.1.4.1.25178.1.2.14": "schacPersonalUniqueCode", "1.3.6.1.4.1.25178.1.2.15": "schacPersonalUniqueID",
	"1.3.6.1.4.1.25178.1.2.19": "schacUserStatus",
}

// xmlText is xmlDocument for an XML document as written or in base64 (a
// SAMLResponse: "PHNhbWxwOlJlc3BvbnNl…", "PD94bWwg…").
func xmlText(v string) (string, bool) {
	if len(v) < 7 {
		return "", false
	}
	switch v[0] {
	case '<', 'P', ' ', '\t', '\r', '\n', 0xef: // 0xef: a byte-order mark
	default:
		return "", false // most values: no document, and no trimming
	}
	t := strings.TrimLeft(v, " \t\r\n\ufeff")
	if len(t) < 7 {
		return "", false
	}
	if t[0] == '<' {
		return xmlDocument(t)
	}
	if t[0] == 'P' && strings.IndexByte(t, '\n') > 0 {
		t = lineBreaksOut.Replace(t) // Braintree's bt_payload: base64 in lines of 60
	}
	if t[0] != 'P' || t[1] < 'A' || t[1] > 'P' || len(t) < 16 || len(t) > 1<<20 || !base64Text2(t) {
		// '<' encodes to 'P' and a second character from 'A' to 'P':
		// "PaymentIntentSucceeded" is no document, and is not decoded.
		return "", false
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
		if b, err := enc.DecodeString(t); err == nil {
			if d := strings.TrimLeft(string(b), " \t\r\n\ufeff"); len(d) > 0 && d[0] == '<' && utf8.ValidString(d) {
				return xmlDocument(d)
			}
			return "", false
		}
	}
	return "", false
}
