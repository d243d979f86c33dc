package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------- Okta System Log

// An Okta System Log event's uuid, times, event type, message, severity,
// transaction and request ids, zone, device class, user agent, outcome,
// authentication context's providers and the debug data's URIs and
// verdicts are non-personal, as are the Event Hook's envelope and the
// ids and names of applications, policies and ordinary groups. The
// actor's and target user's ids, logins (e-mail addresses), display
// names, the IP address of the client and of every hop of the ip chain,
// the city, postal code and coordinates of the IP address and the
// session ids are personal; the IP address's country is weak evidence.
// A group whose membership tells of a faith, a health accommodation or a
// union is sensitive, of that category: the event says this user joined
// it. An administrator who acts is another person, personal too. The
// Event Hook's Authorization secret and the SSWS API token are
// credentials.

// w34OKCountries are where the orgs' users live.
var w34OKCountries = []string{"US", "US", "US", "CA", "GB", "IE", "DE", "FR", "NL", "SE", "NO", "DK", "FI", "PL", "ES", "IT", "PT", "JP", "KR", "AU", "NZ", "IN", "PH", "SG", "MY", "ID",
	"BR", "MX", "AR", "CO", "CL", "ZA", "IL", "AE"}

// w34OKGroups are groups users are added to; a category when the
// membership tells one.
var w34OKGroups = []w33Line{{"", "Everyone - Engineering"}, {"", "Sales EMEA"}, {"", "VPN Users"}, {"", "Okta Admins"},
	{"religion", "Ramadan flexible hours 2026"}, {"religion", "Sabbath observers - no Friday evening on-call"}, {"health", "Disability accommodations - ergonomic equipment"},
	{"health", "Return to work - occupational health programme"}, {"trade_union", "Union stewards - CWA Local 9415"}, {"trade_union", "Betriebsrat & IG Metall Vertrauensleute"},
	{"sexual_orientation", "Pride ERG - LGBTQ+ members"}}

var w34OKUAs = [][3]string{{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36", "Windows 10", "CHROME"},
	{"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15", "Mac OS X", "SAFARI"},
	{"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", "iOS", "MOBILE_SAFARI"},
	{"Okta Verify/9.14.0 (Android 14; SM-S918B)", "Android", "UNKNOWN"}, {"Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0", "Linux", "FIREFOX"}}

func oktaSystemLogEvent(g *gen) *node {
	cc := pick(g.r, w34OKCountries)
	g.w34Redraw(cc)
	g.w34Age(19, 67)
	p := g.p
	org := pick(g.r, []string{"acme", "globex", "initech", "umbrella-corp", "hooli", "piedpiper"})
	host := org + pick(g.r, []string{".okta.com", ".oktapreview.com", ".okta-emea.com"})
	uid := "00u" + g.b62(17)
	first, last := g.w34Names(g.r.IntN(2) == 0)
	display := first + " " + last
	if !w34Latin(first+last) && p.c.familyFirst {
		display = g.w34Full(first, last)
	}
	login := p.email
	if g.r.IntN(2) == 0 {
		login = w34Clean(p.givenL) + "." + w34Clean(p.familyL) + "@" + org + ".example"
	}
	ua := pick(g.r, w34OKUAs)
	geo := g.w34GeoOf(cc)
	post := ""
	if geo.cc == cc && p.post != "" && g.r.IntN(2) == 0 {
		post = p.post
	}
	server := false // a data centre's location says nothing of a person
	geoCtx := func() *node {
		pn := func(v any) *node {
			if server {
				return N(v)
			}
			return P(v)
		}
		o := O("city", Nif(geo.city), "state", Nif(geo.region), "country", N(w33EnglishName(geo.cc)+map[bool]string{true: geo.cc, false: ""}[w33EnglishName(geo.cc) == ""]),
			"postalCode", Pif(post), "geolocation", O("lat", pn(geo.lat), "lon", pn(geo.lon)))
		if geo.city != "" {
			o.set("city", pn(geo.city))
		}
		return o
	}
	rootSession := "102" + g.b62(22)
	user := func(typ string) *node {
		return O("id", P(uid), "type", N(typ), "alternateId", P(login), "displayName", P(display), "detailEntry", N(nil))
	}
	admin := g.w34Other(pick(g.r, []string{cc, "US", "IN"}))
	adminNode := func() *node {
		return O("id", P("00u"+g.b62(17)), "type", N("User"), "alternateId", P(w34Clean(admin.givenL)+"."+w34Clean(admin.familyL)+"@"+org+".example"),
			"displayName", P(w34Title(admin.givenL)+" "+w34Title(admin.familyL)), "detailEntry", N(nil))
	}
	app := pick(g.r, [][2]string{{"Salesforce.com", "salesforce"}, {"Slack", "slack"}, {"Microsoft Office 365", "office365"}, {"Workday", "workday"}, {"Zoom", "zoom"}, {"Okta Dashboard", "okta_enduser"}})
	appNode := O("id", N("0oa"+g.b62(17)), "type", N("AppInstance"), "alternateId", N(app[0]), "displayName", N(app[0]), "detailEntry", O("signOnModeType", N("SAML_2_0")))

	type evKind struct{ typ, msg, sev, legacy string }
	kinds := []evKind{{"user.session.start", "User login to Okta", "INFO", "core.user_auth.login_success"},
		{"user.authentication.auth_via_mfa", "Authentication of user via MFA", "INFO", "core.user.factor.attempt_success"},
		{"user.authentication.sso", "User single sign on to app", "INFO", "app.auth.sso"},
		{"user.lifecycle.create", "Create okta user", "INFO", "core.user.config.user_creation.success"},
		{"user.account.update_profile", "Update user profile for Okta", "INFO", "core.user.config.profile_update.success"},
		{"group.user_membership.add", "Add user to group membership", "INFO", "core.user_group_member.user_add"},
		{"user.mfa.factor.activate", "Activate factor for user", "INFO", "core.user.factor.activate"},
		{"user.account.lock", "Max sign in attempts exceeded", "WARN", "core.user_auth.account_locked"},
		{"security.threat.detected", "Request from suspicious actor", "WARN", ""},
		{"policy.evaluate_sign_on", "Evaluation of sign-on policy", "INFO", ""}}
	k := pick(g.r, kinds)
	result, reason := "SUCCESS", ""
	actor := user("User")
	var targets *node
	debug := O("requestId", N(g.b62(27)), "requestUri", N("/api/v1/authn"), "url", N("/api/v1/authn?"), "dtHash", N(g.hex(64)), "threatSuspected", N("false"))
	switch k.typ {
	case "user.session.start":
		if g.r.IntN(3) == 0 {
			result, reason = "FAILURE", pick(g.r, []string{"INVALID_CREDENTIALS", "VERIFICATION_ERROR", "LOCKED_OUT"})
			k.sev, k.legacy = "WARN", "core.user_auth.login_failed"
		}
		debug.set("behaviors", N("{New Geo-Location=NEGATIVE, New Device=POSITIVE, New IP=POSITIVE, New State=NEGATIVE, New Country=NEGATIVE, Velocity=NEGATIVE, New City=NEGATIVE}"))
		debug.set("risk", N("{reasons=Anomalous Device, level=LOW}"))
		targets = A(O("id", N("pfp"+g.b62(17)), "type", N("AuthenticatorEnrollment"), "alternateId", N("unknown"), "displayName", N("Password"), "detailEntry", N(nil)))
	case "user.authentication.auth_via_mfa":
		factor := pick(g.r, []string{"OKTA_VERIFY_PUSH", "TOTP", "SMS", "WEBAUTHN"})
		if factor == "SMS" && !p.showPhone {
			factor = "OKTA_VERIFY_PUSH"
		}
		debug.set("factor", N(factor))
		debug.set("factorIntent", N("AUTHENTICATION"))
		if factor == "SMS" {
			debug.set("pushWithNumberChallengeResponseType", N(nil))
		}
		targets = A(user("User"))
	case "user.authentication.sso":
		debug.set("initiationType", N(pick(g.r, []string{"SP_INITIATED", "IDP_INITIATED"})))
		debug.set("signOnMode", N("SAML 2.0"))
		targets = A(appNode, O("id", N("0ua"+g.b62(17)), "type", N("AppUser"), "alternateId", P(login), "displayName", P(display), "detailEntry", N(nil)))
	case "user.lifecycle.create":
		actor = adminNode()
		debug = O("requestId", N(g.b62(27)), "requestUri", N("/api/v1/users"), "url", N("/api/v1/users?activate=true"))
		targets = A(user("User"))
	case "user.account.update_profile":
		if g.r.IntN(2) == 0 {
			actor = adminNode()
		}
		changed := pick(g.r, []string{"mobilePhone", "lastName, displayName", "streetAddress, city, zipCode, countryCode", "title, department", "preferredLanguage, locale"})
		debug = O("requestId", N(g.b62(27)), "requestUri", N("/api/v1/users/"+uid), "url", N("/api/v1/users/"+uid+"?"), "changedAttributes", N(changed))
		targets = A(user("User"))
	case "group.user_membership.add":
		if g.r.IntN(3) != 0 {
			actor = adminNode()
		} else {
			actor = O("id", N("0oa"+g.b62(17)), "type", N("PublicClientApp"), "alternateId", N("Workday"), "displayName", N("Workday Provisioning"), "detailEntry", N(nil))
		}
		grp := pick(g.r, w34OKGroups)
		gn := N(grp.text)
		if grp.cat != "" {
			gn = S(grp.text, grp.cat)
		}
		targets = A(user("User"), O("id", N("00g"+g.b62(17)), "type", N("UserGroup"), "alternateId", N("unknown"), "displayName", gn, "detailEntry", N(nil)))
		debug = O("requestId", N(g.b62(27)), "requestUri", N("/api/v1/groups/00g"+g.b62(17)+"/users/"+uid), "url", N("/api/v1/groups"))
	case "user.mfa.factor.activate":
		factor := pick(g.r, []string{"Okta Verify", "Google Authenticator", "SMS Authentication", "Security Key or Biometric"})
		targets = A(user("User"))
		debug.set("factor", N(factor))
		if factor == "SMS Authentication" && p.showPhone && p.phoneE164 != "" {
			e := p.phoneE164
			debug.set("phoneNumber", g.phone(strings.SplitN(g.intl(), " ", 2)[0]+" XXX-XXX-"+e[len(e)-4:]))
		}
	case "user.account.lock":
		result, reason = "FAILURE", "LOCKED_OUT"
		debug.set("threatSuspected", N("true"))
		targets = A(user("User"))
	case "security.threat.detected":
		result, reason = "DENY", "Password Spray"
		actor = O("id", N("unknown"), "type", N("User"), "alternateId", N("unknown"), "displayName", N("unknown"), "detailEntry", N(nil))
		debug.set("threatDetections", N("{\"Password Spray\":\"HIGH\"}"))
		debug.set("loginResult", N("VERIFICATION_ERROR"))
		targets = A()
	default:
		debug.set("behaviors", N("{New Geo-Location=NEGATIVE, New Device=NEGATIVE, New IP=NEGATIVE}"))
		targets = A(O("id", N("00p"+g.b62(17)), "type", N("PolicyEntity"), "alternateId", N("unknown"), "displayName", N("Default Policy"), "detailEntry", O("policyType", N("OktaSignOn"))),
			O("id", N("0pr"+g.b62(17)), "type", N("PolicyRule"), "alternateId", N(g.b62(20)), "displayName", N("Require MFA off network"), "detailEntry", N(nil)))
	}
	// The client is the actor's: the subject's own address and its
	// location (weak evidence of the subject's country), or an
	// administrator's or an attacker's address (another person's, and
	// no evidence of the subject's), or a provisioning app's server.
	otherIP := fmt.Sprintf("%d.%d.%d.%d", 20+g.r.IntN(180), g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
	var clientIP *node
	switch actor.obj[1].val.raw {
	case "PublicClientApp":
		clientIP = N(otherIP)
		geo, server = g.w34GeoOf("US"), true
		post = ""
	case "User":
		if actor.obj[0].val.raw == uid {
			clientIP = P(p.ip)
			g.w34Weak(geo.cc)
			break
		}
		clientIP = P(otherIP)
		geo = g.w34GeoOf(pick(g.r, []string{"US", "IN", "RU", "NL"}))
		post = ""
	}
	ipChain := A(O("ip", leafOf(clientIP.raw, clientIP.leaf), "geographicalContext", geoCtx(), "version", N("V4"), "source", N(nil)))
	if g.r.IntN(3) == 0 {
		ipChain.arr = append(ipChain.arr, O("ip", N(fmt.Sprintf("10.%d.%d.%d", g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))), "version", N("V4"), "source", N(nil)))
	}
	ev := O("uuid", N(g.uuid()), "published", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")), "eventType", N(k.typ), "version", N("0"),
		"displayMessage", N(k.msg), "severity", N(k.sev), "legacyEventType", Nif(k.legacy), "actor", actor,
		"client", O("userAgent", O("rawUserAgent", N(ua[0]), "os", N(ua[1]), "browser", N(ua[2])), "zone", N("null"), "device", N(pick(g.r, []string{"Computer", "Mobile"})),
			"id", N(nil), "ipAddress", clientIP, "geographicalContext", geoCtx()),
		"device", N(nil),
		"authenticationContext", O("authenticationProvider", N(pick(g.r, []string{"OKTA_AUTHENTICATION_PROVIDER", "FACTOR_PROVIDER"})), "credentialProvider", N(nil),
			"credentialType", N(nil), "issuer", N(nil), "interface", N(nil), "authenticationStep", N(0), "rootSessionId", P(rootSession), "externalSessionId", P(rootSession)),
		"outcome", O("result", N(result), "reason", Nif(reason)), "target", targets,
		"transaction", O("type", N("WEB"), "id", N(g.b62(27)), "detail", O()), "debugContext", O("debugData", debug),
		"securityContext", O("asNumber", N(pick(g.r, []int{7922, 3320, 16509, 8075, 4134, 9299})), "asOrg", N(pick(g.r, []string{"comcast", "deutsche telekom ag", "amazon", "microsoft", "pldt"})),
			"isp", N(pick(g.r, []string{"comcast cable", "telekom", "amazon.com", "microsoft corporation", "philippine long distance telephone"})), "domain", N(pick(g.r, []string{"comcast.net", "t-ipconnect.de", "amazonaws.com", "."})), "isProxy", N(g.r.IntN(8) == 0)),
		"request", O("ipChain", ipChain))
	switch v := g.r.IntN(10); {
	case v < 5: // an Event Hook delivery
		hook := O("eventType", N("com.okta.event_hook"), "eventTypeVersion", N("1.0"), "cloudEventsVersion", N("0.1"),
			"source", N("https://"+host+"/api/v1/eventHooks/who"+g.b62(17)), "eventId", N(g.uuid()),
			"data", O("events", A(ev)), "eventTime", N(g.t.Add(time.Duration(1+g.r.IntN(20))*time.Second).UTC().Format("2006-01-02T15:04:05.000Z")),
			"contentType", N("application/json"))
		if g.r.IntN(2) == 0 {
			return hook
		}
		h := O("Content-Type", N("application/json"), "User-Agent", N("Okta-Integrations"), "Authorization", C(pick(g.r, []string{"Bearer ", "Basic ", ""})+g.b62(40)))
		if g.r.IntN(2) == 0 {
			h.set("X-Okta-Hook-Source", N(org))
		}
		return O("received_at", g.w34Stamp(5*time.Second), "method", N("POST"), "path", N("/hooks/okta/system-log"), "headers", h, "body", hook)
	case v < 8: // a SIEM's poll of /api/v1/logs
		return O("request", O("method", N("GET"), "url", N("https://"+host+"/api/v1/logs?since="+g.t.Add(-5*time.Minute).UTC().Format("2006-01-02T15:04:05Z")+"&limit=100"),
			"headers", O("Authorization", C("SSWS 00"+g.b62(40)), "Accept", N("application/json"))),
			"response", O("status", N(200), "headers", O("link", N("<https://"+host+"/api/v1/logs?after="+g.b62(24)+">; rel=\"next\"")), "body", A(ev)))
	}
	return ev
}
