package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------- SAML assertions

// A SAML assertion's issuer, the NameID format and qualifiers,
// InResponseTo, the assertion id, times, authentication context, the
// home organisation and its type, affiliations, entitlements, the
// tenant and identity provider, authentication methods, roles, ordinary
// groups and the organisational unit are non-personal. The NameID
// (persistent, transient or an e-mail address), the session index, the
// names, e-mail, principal names, targeted, unique and ORCID ids, the
// employee number, object id, title, mother tongue, telephone numbers,
// the postal address, the personal unique code or id with its national
// number, the user ids of Auth0 and Cognito and the client address are
// personal; the date of birth is personal and dated; the country of
// citizenship is personal and the citizenship, the country of residence
// (schacCountryOfResidence, c, the country claim) the residence; a
// preferred language with a region weak evidence. A group whose name
// tells of a faith, a health accommodation, a union or a sexual
// orientation is sensitive of that category. The raw SAMLResponse, a
// bearer assertion whoever holds may replay, is a credential.

var w35SACountries = []string{"DE", "FR", "NL", "BE", "SE", "NO", "FI", "DK", "ES", "PT", "IT", "PL", "CZ", "AT", "CH", "IE", "GB", "GR", "HU", "RO", "EE", "LV", "LT",
	"BR", "MX", "CL", "CO", "AR", "PE", "UY", "JP", "KR", "TW", "HK", "IN", "SG", "MY", "ID", "TH", "VN", "ZA", "KE", "NG", "GH", "UG", "ET", "MA", "EG"}

// w35SAUni are universities' scopes by country; other countries get a
// made-up one.
var w35SAUni = map[string]string{"DE": "uni-heidelberg.de", "FR": "univ-lyon1.fr", "NL": "uva.nl", "BE": "kuleuven.be", "SE": "su.se", "NO": "uio.no", "FI": "helsinki.fi",
	"DK": "ku.dk", "ES": "ucm.es", "PT": "ulisboa.pt", "IT": "unibo.it", "PL": "uw.edu.pl", "CZ": "cuni.cz", "AT": "univie.ac.at", "CH": "ethz.ch", "IE": "tcd.ie",
	"GB": "ed.ac.uk", "GR": "uoa.gr", "HU": "elte.hu", "RO": "unibuc.ro", "EE": "ut.ee", "LV": "lu.lv", "LT": "vu.lt", "BR": "usp.br", "MX": "unam.mx", "CL": "uchile.cl",
	"CO": "unal.edu.co", "AR": "uba.ar", "PE": "pucp.edu.pe", "UY": "udelar.edu.uy", "JP": "u-tokyo.ac.jp", "KR": "snu.ac.kr", "TW": "ntu.edu.tw", "HK": "hku.hk",
	"IN": "iitb.ac.in", "SG": "nus.edu.sg", "MY": "um.edu.my", "ID": "ui.ac.id", "TH": "chula.ac.th", "VN": "vnu.edu.vn", "ZA": "uct.ac.za", "KE": "uonbi.ac.ke",
	"NG": "unilag.edu.ng", "GH": "ug.edu.gh", "UG": "mak.ac.ug", "ET": "aau.edu.et", "MA": "um5.ac.ma", "EG": "cu.edu.eg"}

// w35SAAttr is one attribute of an assertion: its OID name, friendly
// name, the claim URI an enterprise IdP uses (if any) and its values.
type w35SAAttr struct {
	oid, friendly, claim string
	vals                 []*node
}

var w35SAGroups = []w33Line{{"", "All Staff"}, {"", "Library Users"}, {"", "VPN-Access"}, {"", "Research-Computing"},
	{"religion", "Chaplaincy - Muslim Prayer Room Access"}, {"health", "Disability Services - Exam Accommodations"}, {"trade_union", "UCU Branch Members"},
	{"sexual_orientation", "LGBTQ+ Staff Network"}}

func samlAssertionAttrs(g *gen) *node {
	cc := pick(g.r, w35SACountries)
	g.w34Redraw(cc)
	corp := g.r.IntN(3) == 0
	if corp {
		g.w34Age(21, 64)
	} else {
		g.w34Age(17, 45)
	}
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	scope := w35SAUni[cc]
	if corp {
		scope = pick(g.r, []string{"contoso.com", "globex.example", "northwind.example", "tailspin.example"})
	}
	first, last := g.w34Names(g.r.IntN(3) == 0)
	full := g.w34Full(first, last)
	uid := w34Clean(p.givenL)[:min(len(w34Clean(p.givenL)), 3)] + w34Clean(p.familyL)[:min(len(w34Clean(p.familyL)), 4)] + fmt.Sprint(10+g.r.IntN(89))
	eppn := uid + "@" + scope
	mail := w34Clean(p.givenL) + "." + w34Clean(p.familyL) + "@" + scope
	if !corp && g.r.IntN(3) == 0 {
		mail = uid + "@student." + scope
	}
	student := !corp && (g.w34AgeNow() < 26 || g.r.IntN(3) == 0)
	aff := "staff"
	if student {
		aff = "student"
	}
	idp := "https://idp." + scope + "/idp/shibboleth"
	if corp {
		idp = pick(g.r, []string{"https://sts.windows.net/" + g.uuid() + "/", "http://adfs." + scope + "/adfs/services/trust", "http://www.okta.com/exk" + g.b62(17)})
	}
	sp := pick(g.r, []string{"https://sp.elearning.example/shibboleth", "urn:amazon:cognito:sp:eu-west-1_" + g.b62(9), "urn:auth0:acme:" + scope, "https://app.journals.example/saml/metadata"})
	nameIDFormat := pick(g.r, []string{"urn:oasis:names:tc:SAML:2.0:nameid-format:persistent", "urn:oasis:names:tc:SAML:2.0:nameid-format:transient", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"})
	nameID := g.b62(27) + "="
	if strings.HasSuffix(nameIDFormat, "transient") {
		nameID = "_" + g.hex(32)
	} else if strings.HasSuffix(nameIDFormat, "emailAddress") {
		nameID = mail
	}
	session := "_" + g.hex(32)
	inResp := "_" + g.hex(20)

	var attrs []w35SAAttr
	add := func(oid, friendly, claim string, vals ...*node) {
		var vs []*node
		for _, v := range vals {
			if v != nil {
				vs = append(vs, v)
			}
		}
		if len(vs) > 0 {
			attrs = append(attrs, w35SAAttr{oid, friendly, claim, vs})
		}
	}
	xs := "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/"
	add("urn:oid:2.5.4.42", "givenName", xs+"givenname", P(first))
	add("urn:oid:2.5.4.4", "sn", xs+"surname", P(last))
	add("urn:oid:2.16.840.1.113730.3.1.241", "displayName", "http://schemas.microsoft.com/identity/claims/displayname", P(full))
	if !w34Latin(full) && g.r.IntN(2) == 0 {
		add("urn:oid:2.5.4.3", "cn", "", P(w34Title(p.givenL)+" "+w34Title(p.familyL)))
	}
	add("urn:oid:0.9.2342.19200300.100.1.3", "mail", xs+"emailaddress", P(mail))
	if corp {
		add("", "", xs+"name", P(mail))
		add("", "", "http://schemas.microsoft.com/identity/claims/objectidentifier", P(g.uuid()))
		add("", "", "http://schemas.microsoft.com/identity/claims/tenantid", N(g.uuid()))
		add("", "", "http://schemas.microsoft.com/identity/claims/identityprovider", N(idp))
		add("", "", "http://schemas.microsoft.com/claims/authnmethodsreferences", N("http://schemas.microsoft.com/ws/2008/06/identity/authenticationmethod/password"), N("http://schemas.microsoft.com/claims/multipleauthn"))
		if g.r.IntN(2) == 0 {
			add("urn:oid:2.16.840.1.113730.3.1.3", "employeeNumber", "http://schemas.microsoft.com/ws/2008/06/identity/claims/employeeid", P(fmt.Sprint(10000+g.r.IntN(90000))))
		}
		if g.r.IntN(2) == 0 {
			add("urn:oid:2.5.4.12", "title", "http://schemas.microsoft.com/ws/2008/06/identity/claims/jobtitle", P(pick(g.r, []string{"Senior Accountant", "Software Engineer", "Sales Manager", "HR Business Partner"})))
		}
		add("urn:oid:2.5.4.11", "ou", "http://schemas.microsoft.com/ws/2008/06/identity/claims/department", N(pick(g.r, []string{"Finance", "Engineering", "Sales", "People"})))
		gs := []*node{}
		for range 1 + g.r.IntN(3) {
			gr := pick(g.r, w35SAGroups)
			if gr.cat != "" {
				gs = append(gs, S(gr.text, gr.cat))
			} else {
				gs = append(gs, N(gr.text))
			}
		}
		if g.r.IntN(2) == 0 {
			gs = []*node{N(g.uuid()), N(g.uuid())} // group object ids
		}
		add("", "", "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups", gs...)
		if g.r.IntN(2) == 0 {
			add("urn:oid:2.5.4.6", "c", xs+"country", g.residence(pick(g.r, []string{cc, w35EnglishName(cc)})))
			add("", "", xs+"streetaddress", g.addr(p.street))
			add("", "", xs+"locality", g.addr(p.city))
			add("", "", xs+"postalcode", g.addr(p.post))
		}
		if g.r.IntN(3) == 0 {
			add("", "", xs+"mobilephone", g.phone(g.intl()))
		}
		if g.r.IntN(4) == 0 {
			add("", "", xs+"dateofbirth", g.dob("2006-01-02"))
		}
	} else {
		add("urn:oid:0.9.2342.19200300.100.1.1", "uid", "", P(uid))
		add("urn:oid:1.3.6.1.4.1.5923.1.1.1.6", "eduPersonPrincipalName", "", P(eppn))
		add("urn:oid:1.3.6.1.4.1.5923.1.1.1.9", "eduPersonScopedAffiliation", "", N(aff+"@"+scope), N("member@"+scope))
		add("urn:oid:1.3.6.1.4.1.5923.1.1.1.1", "eduPersonAffiliation", "", N(aff), N("member"))
		if g.r.IntN(2) == 0 {
			add("urn:oid:1.3.6.1.4.1.5923.1.1.1.10", "eduPersonTargetedID", "", P(idp+"!"+sp+"!"+g.b62(27)+"="))
		}
		if g.r.IntN(2) == 0 {
			add("urn:oid:1.3.6.1.4.1.5923.1.1.1.13", "eduPersonUniqueId", "", P(g.hex(20)+"@"+scope))
		}
		if !student && g.r.IntN(2) == 0 {
			add("urn:oid:1.3.6.1.4.1.5923.1.1.1.16", "eduPersonOrcid", "", P(fmt.Sprintf("https://orcid.org/0000-000%d-%04d-%03dX", 1+g.r.IntN(3), g.r.IntN(10000), g.r.IntN(1000))))
		}
		add("urn:oid:1.3.6.1.4.1.5923.1.1.1.7", "eduPersonEntitlement", "", N("urn:mace:dir:entitlement:common-lib-terms"))
		add("urn:oid:1.3.6.1.4.1.25178.1.2.9", "schacHomeOrganization", "", N(scope))
		add("urn:oid:1.3.6.1.4.1.25178.1.2.10", "schacHomeOrganizationType", "", N("urn:schac:homeOrganizationType:int:university"))
		if g.r.IntN(2) == 0 {
			add("urn:oid:1.3.6.1.4.1.25178.1.2.3", "schacDateOfBirth", "", g.dob("20060102"))
		}
		add("urn:oid:1.3.6.1.4.1.25178.1.2.5", "schacCountryOfCitizenship", "", g.citizenship(strings.ToLower(p.cit.code)))
		add("urn:oid:1.3.6.1.4.1.25178.1.2.11", "schacCountryOfResidence", "", g.residence(strings.ToLower(cc)))
		if g.r.IntN(3) == 0 {
			add("urn:oid:1.3.6.1.4.1.25178.1.2.1", "schacMotherTongue", "", P(strings.SplitN(p.c.locale, "-", 2)[0]))
		}
		if student && g.r.IntN(2) == 0 {
			add("urn:oid:1.3.6.1.4.1.25178.1.2.14", "schacPersonalUniqueCode", "", P(fmt.Sprintf("urn:schac:personalUniqueCode:int:esi:%s:%d", strings.ToLower(cc), 10000000+g.r.IntN(90000000))))
		}
		if p.idValue != "" && p.cit == p.c && g.r.IntN(2) == 0 {
			add("urn:oid:1.3.6.1.4.1.25178.1.2.15", "schacPersonalUniqueID", "", P("urn:schac:personalUniqueID:"+strings.ToLower(cc)+":"+strings.ToUpper(p.idField)+":"+p.idValue))
		}
		if g.r.IntN(3) == 0 {
			add("urn:oid:2.5.4.20", "telephoneNumber", "", g.phone(g.intl()))
		}
		if g.r.IntN(4) == 0 {
			if a := g.addr(p.street + "$" + strings.TrimSpace(p.post+" "+p.city)); a != nil {
				add("urn:oid:2.5.4.16", "postalAddress", "", a)
				g.lab.Residence = addCountry(g.lab.Residence, p.c.code) // an address in the country states it
			}
		}
		add("urn:oid:2.16.840.1.113730.3.1.39", "preferredLanguage", "", g.locale(p.locale))
	}

	key := func(a w35SAAttr) string {
		if corp && a.claim != "" {
			return a.claim
		}
		if a.oid != "" {
			return a.oid
		}
		return a.claim
	}
	vals := func(a w35SAAttr, always bool) *node {
		if len(a.vals) == 1 && !always {
			return a.vals[0]
		}
		return A(a.vals...)
	}
	notAfter := g.t.Add(5 * time.Minute).UTC().Format("2006-01-02T15:04:05Z")

	// the raw assertion, base64 as the browser posts it
	raw := func() *node {
		var b strings.Builder
		b.WriteString(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_` + g.hex(20) + `" Version="2.0" IssueInstant="` + g.t.UTC().Format("2006-01-02T15:04:05Z") + `" InResponseTo="` + inResp + `">`)
		b.WriteString(`<saml:Issuer>` + idp + `</saml:Issuer><saml:Assertion><saml:Subject><saml:NameID Format="` + nameIDFormat + `">` + nameID + `</saml:NameID></saml:Subject>`)
		b.WriteString(`<saml:Conditions NotOnOrAfter="` + notAfter + `"/><saml:AuthnStatement SessionIndex="` + session + `"/><saml:AttributeStatement>`)
		for _, a := range attrs {
			b.WriteString(`<saml:Attribute Name="` + key(a) + `">`)
			for _, v := range a.vals {
				b.WriteString(`<saml:AttributeValue>` + v.raw + `</saml:AttributeValue>`)
			}
			b.WriteString(`</saml:Attribute>`)
		}
		b.WriteString(`</saml:AttributeStatement></saml:Assertion></samlp:Response>`)
		return C(w34B64([]byte(b.String())))
	}

	switch v := g.r.IntN(10); {
	case v < 4: // a node-saml / passport-saml profile
		pr := O("issuer", N(idp), "inResponseTo", N(inResp), "sessionIndex", P(session), "nameID", P(nameID), "nameIDFormat", N(nameIDFormat))
		if strings.HasSuffix(nameIDFormat, "persistent") {
			pr.set("nameQualifier", N(idp))
			pr.set("spNameQualifier", N(sp))
		}
		for _, a := range attrs {
			pr.set(key(a), vals(a, false))
		}
		if !corp {
			pr.set("mail", P(mail)) // node-saml copies urn:oid:0.9.2342.19200300.100.1.3
		}
		pr.set("email", P(mail))
		if g.r.IntN(2) == 0 {
			at := O()
			for _, a := range attrs {
				at.set(key(a), vals(a, false))
			}
			pr.set("attributes", at)
		}
		if g.r.IntN(3) == 0 {
			return O("provider", N(sp), "profile", pr, "RelayState", N("/dashboard"), "SAMLResponse", raw())
		}
		return pr
	case v < 6 && !corp: // the Shibboleth SP's session handler
		as := A()
		for _, a := range attrs {
			if a.friendly != "" {
				as.arr = append(as.arr, O("name", N(a.friendly), "values", vals(a, true)))
			}
		}
		as.arr = append(as.arr, O("name", N("persistent-id"), "values", A(P(idp+"!"+sp+"!"+nameID))))
		return O("expiration", N(480), "client_address", P(p.ip), "protocol", N("urn:oasis:names:tc:SAML:2.0:protocol"), "identity_provider", N(idp),
			"authn_instant", N(g.t.UTC().Format("2006-01-02T15:04:05Z")), "authncontext_class", N("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"), "attributes", as)
	case v < 8: // an Auth0 SAML connection's user profile
		conn := pick(g.r, []string{"UniversitySSO", "contoso-adfs", "eduGAIN-" + strings.ToLower(cc)})
		u := O("user_id", P("samlp|"+conn+"|"+nameID), "email", P(mail), "email_verified", N(true), "name", P(full), "given_name", P(first), "family_name", P(last),
			"nickname", P(strings.SplitN(mail, "@", 2)[0]), "identities", A(O("user_id", P(conn+"|"+nameID), "provider", N("samlp"), "connection", N(conn), "isSocial", N(false))),
			"sessionIndex", P(session), "issuer", N(idp), "created_at", N(g.t.Add(-time.Duration(g.r.IntN(9000))*time.Hour).UTC().Format("2006-01-02T15:04:05.000Z")),
			"updated_at", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")), "last_ip", P(p.ip), "last_login", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")), "logins_count", N(1+g.r.IntN(300)))
		for _, a := range attrs {
			k := key(a)
			if !corp && a.claim == "" {
				k = a.oid
			}
			u.set(k, vals(a, false))
		}
		return u
	case v < 9: // a Cognito pre sign-up trigger for a federated user
		// the trigger carries only what the user pool maps, not the assertion
		g.lab.Residence, g.lab.Citizenship, g.lab.Weak, g.lab.BirthDate = nil, nil, nil, ""
		ua := O("email", P(mail), "given_name", P(first), "family_name", P(last), "identities", P(`[{"userId":"`+nameID+`","providerName":"`+pick(g.r, []string{"AzureAD", "Shibboleth", "OktaSAML"})+`","providerType":"SAML","issuer":"`+idp+`","primary":true,"dateCreated":`+fmt.Sprint(g.t.UnixMilli())+`}]`))
		if g.r.IntN(2) == 0 {
			ua.set("custom:country", g.residence(cc))
		}
		if g.r.IntN(2) == 0 {
			ua.set("phone_number", g.phone(g.e164()))
		}
		return O("version", N("1"), "region", N("eu-west-1"), "userPoolId", N("eu-west-1_"+g.b62(9)), "userName", P(pick(g.r, []string{"AzureAD", "Shibboleth"})+"_"+nameID),
			"callerContext", O("awsSdkVersion", N("aws-sdk-unknown-unknown"), "clientId", N(g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 26))), "triggerSource", N("PreSignUp_ExternalProvider"),
			"request", O("userAttributes", ua, "validationData", O()), "response", O("autoConfirmUser", N(false), "autoVerifyEmail", N(false), "autoVerifyPhone", N(false)))
	}
	// the ACS endpoint's request log: what the assertion says of the
	// subject's countries and birth is only in the encoded credential
	g.lab.Residence, g.lab.Citizenship, g.lab.Weak, g.lab.BirthDate = nil, nil, nil, ""
	return O("method", N("POST"), "path", N("/saml/acs"), "remote_addr", P(p.ip), "form", O("SAMLResponse", raw(), "RelayState", N(pick(g.r, []string{"/", "/courses", g.hex(16)}))), "received_at", g.w34Stamp(time.Second))
}
