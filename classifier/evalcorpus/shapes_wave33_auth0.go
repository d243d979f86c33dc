package evalcorpus

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// ---------------------------------------------------------- Auth0 logs

// An Auth0 log event is the tenant's record of an authentication: the
// log id, type, dates, tenant, client, connection, strategy, scopes and
// coarse user agent are non-personal; the user's id, user name (an
// e-mail address or a phone number), IP address, session id and the
// city and coordinates of the IP address are personal, and its country
// a weak hint. A Management API update logs the request's body, the
// user's metadata with it: birth dates, addresses, national ids and what
// an app asks of health, faith or orientation. The administrator who
// made the call is another person whose id, name, e-mail and IP are
// personal.

// w33A0Countries are where the tenants' users live.
var w33A0Countries = []string{"US", "US", "CA", "GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "SE", "NO", "DK", "FI", "PL", "CZ", "RO", "HU", "GR", "IL", "AE", "SA", "IN", "JP", "KR", "AU", "NZ", "BR", "AR", "CL", "ZA", "KE", "NG"}

// w33A0App is an Auth0 tenant's application.
type w33A0App struct {
	tenant, client, kind, domain string
}

var w33A0Apps = []w33A0App{
	{"brightlearn-prod", "BrightLearn Web", "edtech", "login.brightlearn.example"},
	{"medilink", "MediLink Patient Portal", "telehealth", "medilink.eu.auth0.com"},
	{"spark-dating", "Spark iOS", "dating", "spark-dating.us.auth0.com"},
	{"gracenet", "GraceNet Community", "church", "gracenet.au.auth0.com"},
	{"shopora-prod", "Shopora Storefront", "shop", "id.shopora.example"},
	{"nordbank", "NordBank Mobile", "bank", "nordbank.eu.auth0.com"},
}

// w33A0UA is a user agent as Auth0 logs it (browser, operating system).
var w33A0UA = []string{"Chrome 125.0.0 / Windows 10.0.0", "Chrome Mobile 124.0.0 / Android 14.0.0", "Mobile Safari 17.4.0 / iOS 17.4.0", "Safari 17.4.1 / Mac OS X 10.15.7",
	"Firefox 127.0.0 / Windows 10.0.0", "Samsung Internet 25.0.0 / Android 14.0.0", "Edge 125.0.0 / Windows 10.0.0"}

// w33A0DOB writes a birth date as the app's profile form sends it in the
// user's country.
func (g *gen) w33A0DOB(cc string) *node {
	switch cc {
	case "US", "CA":
		return g.dob("01/02/2006")
	case "JP", "KR", "SE":
		return g.dob("2006-01-02")
	case "DE", "NO", "DK", "FI", "PL", "CZ", "RO", "HU":
		return g.dob("02.01.2006")
	case "NL":
		return g.dob("02-01-2006")
	}
	return g.dob("02/01/2006")
}

// w33A0Meta is the user_metadata an app keeps, by the app's kind.
func (g *gen) w33A0Meta(app w33A0App, cc string) *node {
	p := g.p
	m := O()
	switch app.kind {
	case "edtech":
		m.set("birthdate", g.w33A0DOB(cc))
		if p.minor {
			m.set("grade", P(fmt.Sprint(g.w32AgeAt()-5)))
			m.set("parent_email", P(w32Clean(g.w32Other(cc).givenL)+"."+w32Clean(p.familyL)+"@"+pick(g.r, []string{"gmail.com", p.c.domain})))
		}
	case "telehealth":
		m.set("date_of_birth", g.w33A0DOB(cc))
		if g.r.IntN(2) == 0 {
			m.set("allergies", S(pick(g.r, []string{"penicillin", "peanuts", "latex", "ibuprofen"}), "health"))
		}
		conds := A()
		for _, c := range []string{"asthma", "type 1 diabetes", "hypertension", "depression", "HIV"} {
			if g.r.IntN(5) == 0 {
				conds.arr = append(conds.arr, S(c, "health"))
			}
		}
		m.set("conditions", conds)
		if g.r.IntN(3) == 0 {
			m.set("gp_name", P("Dr. "+w32Title(g.w32Other(cc).familyL)))
		}
	case "dating":
		m.set("birthday", g.w33A0DOB(cc))
		m.set("gender", P(map[bool]string{true: "woman", false: "man"}[p.female]))
		m.set("interested_in", S(pick(g.r, []string{"men", "women", "women", "men", "everyone"}), "sexual_orientation"))
		if g.r.IntN(3) == 0 {
			m.set("religion", S(pick(g.r, []string{"Christian", "Muslim", "Jewish", "Hindu", "Buddhist", "Agnostic"}), "religion"))
		}
		if b := g.bio(); b != nil {
			m.set("about_me", b)
		}
	case "church":
		m.set("parish", S(pick(g.r, []string{"St Mary's Catholic Parish", "Hillsong Sydney", "Grace Baptist Church", "Iglesia Evangélica Pentecostal", "Holy Trinity Anglican"}), "religion"))
		if g.r.IntN(2) == 0 {
			m.set("birthday", g.w33A0DOB(cc))
		}
		if g.r.IntN(3) == 0 {
			m.set("prayer_request", S(pick(g.r, []string{"Please pray for my mother's recovery from surgery.", "Struggling with depression, prayers welcome.", "Thankful for my baptism last Sunday."}), "religion"))
		}
	case "bank":
		m.set("date_of_birth", g.dob("2006-01-02"))
		if p.idValue != "" {
			m.set("national_id", P(p.idValue))
		}
		m.set("nationality", g.citizenship(p.cit.code))
	default:
		if c := g.residence(cc); c != nil {
			m.set("country", c)
			m.set("city", g.addr(p.city))
			m.set("address_line1", g.addr(p.street))
			m.set("postal_code", g.addr(p.post))
		}
		m.set("newsletter", N(g.r.IntN(2) == 0))
	}
	if g.r.IntN(2) == 0 {
		m.set("preferred_language", g.locale(pick(g.r, []string{p.locale, strings.SplitN(p.locale, "-", 2)[0]})))
	}
	return m
}

func auth0LogStreamEvent(g *gen) *node {
	cc := pick(g.r, w33A0Countries)
	g.w32Redraw(cc)
	p := g.p
	app := pick(g.r, w33A0Apps)
	switch app.kind {
	case "edtech":
		if g.r.IntN(2) == 0 {
			g.w32Age(10, 17)
		} else {
			g.w32Age(18, 45)
		}
	case "dating", "bank":
		g.w32Age(18, 70)
	default:
		g.w32Age(15, 80)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w32SetPhone(cc)
	}
	clientID := g.b62(32)
	host := app.domain
	region := "us"
	for _, r := range []string{"eu", "au", "jp"} {
		if strings.Contains(host, "."+r+".") {
			region = r
		}
	}
	base := strings.SplitN(app.tenant, "-", 2)[0]
	hex24 := g.hex(24)

	// The connection the user signs in with.
	type conn struct{ name, strategy, typ, prefix string }
	conns := []conn{{"Username-Password-Authentication", "auth0", "database", "auth0|"}, {"google-oauth2", "google-oauth2", "social", "google-oauth2|"},
		{"apple", "apple", "social", "apple|"}, {"sms", "sms", "passwordless", "sms|"}, {"email", "email", "passwordless", "email|"}}
	c := conns[pick(g.r, []int{0, 0, 0, 1, 1, 2, 3, 4})]
	if cc == "JP" && g.r.IntN(3) == 0 {
		c = conn{"line", "line", "social", "line|"}
	}
	if c.name == "sms" && !p.showPhone {
		c = conns[0]
	}
	uid := c.prefix + hex24
	switch c.name {
	case "google-oauth2":
		uid = c.prefix + pattern(g.r, "1####################")
	case "apple":
		uid = c.prefix + pattern(g.r, "00####.") + g.hex(32) + pattern(g.r, ".####")
	case "line":
		uid = c.prefix + "U" + g.hex(32)
	}
	userName := P(p.email)
	if c.name == "sms" {
		userName = g.phone(g.e164())
	}
	connID := "con_" + g.b62(16)
	when := g.t

	// The location of the IP address.
	loc := func() *node {
		where := cc
		if g.r.IntN(10) == 0 {
			where = pick(g.r, []string{"US", "DE", "GB", "SG", "AE"})
		}
		ci := g.w33CityOf(where)
		g.w32Weak(where)
		tz := w33Zones[where]
		if tz == "" {
			if co := countryByCode(where); co != nil {
				tz = co.tz
			}
		}
		o := O("country_code", N(where), "country_code3", N(w32Alpha3[where]), "country_name", N(w33EnglishName(where)), "city_name", Pif(ci.name),
			"latitude", P(w33Round(ci.lat)), "longitude", P(w33Round(ci.lon)), "time_zone", Nif(tz), "continent_code", N(w33Continent(where)))
		if ci.regionCode != "" && ci.region != ci.name && g.r.IntN(2) == 0 {
			o.set("subdivision_code", N(ci.regionCode))
			o.set("subdivision_name", N(ci.region))
		}
		return o
	}

	ms := when.UnixMilli()
	typ := pick(g.r, []string{"s", "s", "s", "s", "ss", "ss", "ss", "fs", "fs", "fp", "fp", "fu", "f", "sapi", "sapi", "sapi", "gd_send_sms", "pwd_leak", "cls", "scp", "limit_wc"})
	if typ == "gd_send_sms" && !p.showPhone {
		typ = "s"
	}
	switch typ {
	case "fs", "fp", "fu", "pwd_leak", "scp", "limit_wc":
		if c.typ == "social" {
			c = conns[0]
			uid = c.prefix + hex24
		}
	}
	if typ == "cls" && c.typ != "passwordless" {
		c = conns[4]
		uid, userName = c.prefix+hex24, P(p.email)
	}
	desc := ""
	details := O()
	ip := P(p.ip)
	uidN, userN := P(uid), userName
	switch typ {
	case "s":
		logins := 1 + g.r.IntN(200)
		sid := g.b62(32)
		details = O("prompts", A(
			O("name", N("prompt-authenticate"), "completedAt", N(ms-40), "connection", N(c.name), "connection_id", N(connID), "strategy", N(c.strategy), "identity", P(strings.TrimPrefix(uid, c.prefix)),
				"stats", O("loginsCount", N(logins)), "elapsedTime", N(2000+g.r.IntN(20000))),
			O("name", N("login"), "flow", N("universal-login"), "initiatedAt", N(ms-30000), "completedAt", N(ms-20), "user_id", P(uid), "user_name", w33Sum(userName.raw, userName),
				"timers", O("rules", N(g.r.IntN(300))), "elapsedTime", N(30000-20))),
			"initiatedAt", N(ms-30000), "completedAt", N(ms), "elapsedTime", N(30000), "session_id", P(sid), "stats", O("loginsCount", N(logins)))
	case "ss":
		if c.name == "sms" {
			details = O("phone_number", w33Sum(userName.raw, userName))
		}
	case "fs":
		desc = pick(g.r, []string{"Password is too weak", "The user already exists.", "Password contains user information", "Invalid sign up"})
		if c.name == "sms" {
			details = O("phone_number", w33Sum(userName.raw, userName), "phone_risk_assessment", O("line_type", N("mobile"), "risk_level", N(pick(g.r, []string{"low", "medium", "high"})),
				"country_code", N(atoi(w32Digits(strings.SplitN(g.intl(), " ", 2)[0]))), "is_valid", N(true)))
		} else {
			uidN = N("")
		}
	case "fp":
		desc = "Wrong email or password."
		details = O("error", O("message", N("Wrong email or password.")))
	case "fu":
		desc = "Wrong email or password."
		typo := p.email
		if i := strings.IndexByte(typo, '@'); i > 2 {
			typo = typo[:i-1] + typo[i:]
		}
		userN = P(typo)
		uidN = N("")
		details = O("error", O("message", N("Wrong email or password.")))
	case "f":
		desc = pick(g.r, []string{"user is blocked", "Invalid email or password", "Something went wrong, please try again later"})
		details = O("error", O("message", N(desc), "oauthError", N("access_denied"), "type", N("request-error")))
	case "sapi":
		// An administrator updates the user through the Management API.
		admin := g.w32Other(pick(g.r, []string{cc, "US", "GB", "IN"}))
		adminID := "google-oauth2|" + pattern(g.r, "1####################")
		adminMail := w32Clean(admin.givenL) + "." + w32Clean(admin.familyL) + "@" + base + ".example"
		meta := g.w33A0Meta(app, cc)
		method, path := "patch", "/api/v2/users/"+url.PathEscape(uid)
		body := O("user_metadata", meta)
		desc = "Update a User"
		if g.r.IntN(3) == 0 {
			method, path, desc = "post", "/api/v2/users", "Create a User"
			body = O("email", P(p.email), "connection", N(c.name), "given_name", P(p.given), "family_name", P(p.family), "user_metadata", meta, "verify_email", N(true))
		}
		if app.kind == "edtech" && p.minor && g.r.IntN(2) == 0 {
			body.set("app_metadata", O("parental_consent", P(pick(g.r, []string{"pending", "granted"})), "plan", N("family")))
		}
		pathN := P(path)
		if method == "post" {
			pathN = N(path)
		}
		resp := O("user_id", P(uid), "email", P(p.email), "email_verified", N(false), "name", P(p.fullName()), "user_metadata", meta, "created_at", N(w33ISO(when.Add(-time.Duration(g.r.IntN(9000))*time.Hour))),
			"updated_at", N(w33ISO(when)))
		details = O("request", O("method", N(method), "path", pathN, "query", O(), "userAgent", N(pick(g.r, []string{"Chrome 125.0.0 / Mac OS X 10.15.7", "node-auth0/4.4.0", "Auth0 Dashboard"})),
			"body", body, "channel", N(pick(g.r, []string{"https://manage.auth0.com/", "api"})), "ip", P(admin.ip),
			"auth", O("user", O("user_id", P(adminID), "name", P(admin.given+" "+admin.family), "email", P(adminMail)), "strategy", N("jwt"),
				"credentials", O("jti", N(g.hex(32)), "scopes", A(N("read:users"), N("update:users"), N("create:users"))))),
			"response", O("statusCode", N(map[string]int{"patch": 200, "post": 201}[method]), "body", resp))
		uidN, userN, ip = P(adminID), P(adminMail), P(admin.ip)
	case "gd_send_sms":
		desc = "Guardian - SMS sent"
		ph := g.phone(g.e164())
		if ph == nil {
			ph = P(p.email)
		}
		masked := ph.raw
		if len(masked) > 6 && g.r.IntN(2) == 0 {
			masked = strings.Repeat("X", len(masked)-4) + masked[len(masked)-4:]
		}
		details = O("authenticator", O("id", N("sms|dev_"+g.b62(16)), "type", N("sms")), "enrollment", O("_id", N("sms|dev_"+g.b62(16)), "phone_number", P(masked), "tenant", N(app.tenant), "user_id", P(uid)),
			"first_factor", N(false))
	case "pwd_leak":
		desc = "Blocked login: the password used is in a list of breached passwords"
		uidN = N("")
	case "cls":
		code := C(pattern(g.r, "######"))
		send := pick(g.r, []string{"link", "code"})
		link := "https://" + host + "/passwordless/verify_redirect?scope=openid%20profile%20email&response_type=code&redirect_uri=" + url.QueryEscape("https://app."+base+".example/callback") +
			"&verification_code=" + code.raw + "&connection=email&client_id=" + clientID + "&email=" + url.QueryEscape(p.email)
		details = O("body", O("client_id", N(clientID), "connection", N("email"), "email", P(p.email), "send", N(send), "tenant", N(app.tenant), "authParams", O("scope", N("openid profile email"))), "link", C(link))
		desc = "Passwordless login code/link has been sent"
		uidN = N("")
	case "scp":
		desc = "Changed password"
	case "limit_wc":
		desc = "Too many failed login attempts from " + p.ip + " for " + userName.raw
		details = O("error", O("message", N("Too many failed login attempts")))
	}
	descN := N(desc)
	if typ == "limit_wc" {
		descN = w33Sum(desc, ip, userName)
	}
	logID := "900" + when.Format("20060102150405") + pattern(g.r, "#####################################")
	data := O("date", N(when.UTC().Format("2006-01-02T15:04:05.000Z")), "type", N(typ), "description", descN)
	if typ != "sapi" {
		data.set("connection", N(c.name))
		data.set("connection_id", N(connID))
	}
	data.set("client_id", N(clientID))
	data.set("client_name", N(map[bool]string{true: "", false: app.client}[typ == "sapi" && g.r.IntN(2) == 0]))
	data.set("ip", ip)
	if typ == "sapi" {
		data.set("user_agent", N("Chrome 125.0.0 / Mac OS X 10.15.7"))
	} else {
		data.set("user_agent", N(pick(g.r, w33A0UA)))
	}
	data.set("details", details)
	data.set("hostname", N(host))
	data.set("user_id", uidN)
	data.set("user_name", userN)
	if typ != "sapi" {
		if typ == "s" || g.r.IntN(2) == 0 {
			data.set("audience", N("https://api."+base+".example/"))
			data.set("scope", N(pick(g.r, []string{"openid profile email", "openid profile email offline_access"})))
		}
		data.set("strategy", N(c.strategy))
		data.set("strategy_type", N(c.typ))
	}
	data.set("tenant_name", N(app.tenant))
	data.set("environment_name", N("prod-"+region+"-1"))
	data.set("$event_schema", O("version", N("1.0.0")))
	data.set("log_id", N(logID))
	data.set("isMobile", N(g.r.IntN(2) == 0))
	if typ != "sapi" && g.r.IntN(5) != 0 {
		data.set("location_info", loc())
	} else if typ == "sapi" && g.r.IntN(2) == 0 {
		ci := g.w33CityOf(pick(g.r, []string{"US", "GB", "IN", "DE"}))
		data.set("location_info", O("country_code", N(ci.cc), "country_code3", N(w32Alpha3[ci.cc]), "country_name", N(w33EnglishName(ci.cc)), "city_name", Pif(ci.name),
			"latitude", P(w33Round(ci.lat)), "longitude", P(w33Round(ci.lon)), "continent_code", N(w33Continent(ci.cc))))
	}
	if g.r.IntN(3) == 0 {
		data.set("security_context", O("ja3", N(g.hex(32)), "ja4", N("t13d1516h2_"+g.hex(12)+"_"+g.hex(12))))
	}
	ev := O("log_id", N(logID), "data", data)

	authz := pick(g.r, []string{"Bearer " + g.b62(40), "Basic " + w32B64([]byte("auth0-logs:"+g.b62(24))), g.b62(32)})
	switch m := g.r.IntN(20); {
	case m < 8:
		// JSONOBJECT: one event a request, as the endpoint stores it.
		return ev
	case m < 14:
		// JSONARRAY: the request as the receiver logs it, with the
		// events of the same minute.
		evs := A(ev)
		if g.r.IntN(2) == 0 {
			other := O("log_id", N("900"+when.Format("20060102150405")+pattern(g.r, "#####################################")), "data", O("date", N(when.Add(-time.Second).UTC().Format("2006-01-02T15:04:05.000Z")),
				"type", N("seccft"), "description", N("Client Credentials for Access Token"), "client_id", N(g.b62(32)), "client_name", N("Backend Worker"), "ip", N("35.190."+fmt.Sprint(g.r.IntN(255))+"."+fmt.Sprint(1+g.r.IntN(254))),
				"user_agent", N("Other 0.0.0 / Other 0.0.0"), "details", O("actions", N(nil)), "hostname", N(host), "user_id", N(""), "user_name", N(""), "audience", N("https://api."+base+".example/"),
				"scope", N("read:orders"), "tenant_name", N(app.tenant), "log_id", N(pattern(g.r, "9002026#################################################"))))
			evs.arr = append(evs.arr, other)
		}
		return O("received_at", g.w32Stamp(5*time.Second), "method", N("POST"), "path", N(pick(g.r, []string{"/auth0/logs", "/ingest/auth0", "/webhooks/auth0-log-stream"})),
			"headers", O("content-type", N("application/json"), "authorization", C(authz)), "body", evs)
	case m < 16:
		// JSONLINES: the raw body as the receiver kept it.
		body := w32JSON(ev)
		return O("received_at", g.w32Stamp(5*time.Second), "headers", O("content-type", N("application/x-ndjson"), "authorization", C(authz)), "raw_body", w33Sum(body+"\n", ev))
	}
	// Amazon EventBridge.
	return O("version", N("0"), "id", N(g.uuid()), "detail-type", N("Auth0 log"), "source", N("aws.partner/auth0.com/"+app.tenant+"-"+g.uuid()+"/auth0.logs"),
		"account", N(pattern(g.r, "############")), "time", N(when.UTC().Format("2006-01-02T15:04:05Z")), "region", N(pick(g.r, []string{"us-east-1", "eu-west-1", "ap-southeast-2"})),
		"resources", A(), "detail", ev)
}
