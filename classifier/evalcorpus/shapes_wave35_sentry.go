package evalcorpus

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// ---------------------------------------------------------------- Sentry

// A Sentry event's id, times, platform, level, logger, transaction,
// release, environment, a server's host name, the SDK, modules,
// fingerprint, the trace and span ids, the operating system, browser,
// runtime and device model, the breadcrumbs' categories and times, the
// exceptions' types, modules, file names, functions, line numbers and
// source lines, and the webhook's and API's envelopes (issue ids and
// URLs, rule names, installation) are non-personal; so is a value the
// scrubber replaced with [Filtered]. The user's id, e-mail, user name,
// name and IP address, the IP address's city, the forwarded-for and
// remote addresses, a developer machine's or a phone's name that carries
// its owner's name, the form or JSON body's names, e-mail, phone,
// address and birth date, an analytics cookie, a URL or query string
// with the e-mail address, breadcrumbs, log parameters, exception
// messages and frame variables that name the user are personal; the
// IP address's country is weak evidence, a country the user declared
// the residence. Passwords, session and CSRF cookies, the Cookie and
// Authorization headers, bearer tokens, a connection string with its
// password, a body or breadcrumb that holds a password, the DSN key of
// X-Sentry-Auth, the webhook's signature and the API token are
// credentials.

var w35SECountries = []string{"US", "US", "DE", "FR", "GB", "NL", "PL", "ES", "IT", "SE", "RU", "UA", "TR", "IL", "IN", "JP", "KR", "CN", "TW", "VN", "ID", "TH",
	"BR", "MX", "AR", "CO", "CL", "NG", "KE", "ZA", "EG", "SA", "AE", "AU", "CA", "PK", "BD", "GR", "CZ", "RO"}

// w35SEPlat is an SDK and the stack it reports from.
type w35SEPlat struct {
	platform, sdk, sdkVer, logger, runtime, runtimeVer string
	mobile, browser                                    bool
}

var w35SEPlats = []w35SEPlat{
	{"python", "sentry.python.django", "2.5.1", "django.request", "CPython", "3.12.3", false, false},
	{"python", "sentry.python.fastapi", "2.8.0", "", "CPython", "3.11.9", false, false},
	{"node", "sentry.javascript.node", "8.9.2", "", "node", "v20.14.0", false, false},
	{"javascript", "sentry.javascript.react", "8.9.2", "", "", "", false, true},
	{"javascript", "sentry.javascript.react-native", "5.24.0", "", "hermes", "", true, false},
	{"php", "sentry.php.laravel", "4.6.1", "", "php", "8.3.7", false, false},
	{"ruby", "sentry.ruby.rails", "5.17.3", "", "ruby", "3.3.1", false, false},
}

var w35SEBrowsers = [][4]string{{"Chrome", "125.0.0", "Windows", "10"}, {"Safari", "17.4.1", "Mac OS X", "10.15.7"}, {"Mobile Safari", "17.4", "iOS", "17.4"},
	{"Chrome Mobile", "124.0.6367", "Android", "14"}, {"Firefox", "127.0", "Ubuntu", ""}, {"Samsung Internet", "25.0", "Android", "13"}, {"Edge", "125.0.2535", "Windows", "11"}}

func sentryEvent(g *gen) *node {
	cc := pick(g.r, w35SECountries)
	g.w34Redraw(cc)
	g.w34Age(14, 70) // a few teenagers sign up too
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	pl := pick(g.r, w35SEPlats)
	first, last := g.w34Names(g.r.IntN(3) == 0)
	host := pick(g.r, []string{"app.shopwave.example", "api.tandem-health.example", "www.lernwelt.example", "api.kupi-bilet.example", "signup.paylane.example", "m.yummybox.example"})
	path := pick(g.r, []string{"/api/v1/signup", "/accounts/register/", "/auth/sign_up", "/api/users", "/onboarding/profile", "/api/v2/auth/register"})
	env := pick(g.r, []string{"production", "production", "production", "staging", "development"})
	uid := fmt.Sprint(10000 + g.r.IntN(9000000))
	if g.r.IntN(3) == 0 {
		uid = g.uuid()
	}
	scrub := g.r.IntN(3) == 0 // server-side scrubbing is on: [Filtered]
	pw := g.w35Password()
	secret := func(v string) *node {
		if scrub {
			return N("[Filtered]")
		}
		return C(v)
	}
	jsonBody := pl.platform == "node" || pl.browser || pl.mobile || g.r.IntN(3) == 0

	// The signup body the request carried: the browser SDK sends none, and
	// a body Sentry could not parse comes as a string that holds the
	// password (labelled only with what it holds).
	rawBody := !pl.browser && jsonBody && g.r.IntN(4) == 0
	var dataNode *node
	switch {
	case pl.browser:
	case rawBody:
		m := map[string]string{"email": p.email, "password": pw, "firstName": first, "lastName": last}
		b, _ := json.Marshal(m)
		dataNode = C(string(b))
		if scrub {
			dataNode = N("[Filtered]")
		}
	default:
		ccVal := pick(g.r, []string{cc, w35Native(cc), w35EnglishName(cc)})
		var form []w35KV
		if g.r.IntN(4) == 0 && !jsonBody {
			form = append(form, w35KV{"csrfmiddlewaretoken", secret(g.b62(64))})
		}
		form = append(form, w35KV{"email", P(p.email)}, w35KV{"password", secret(pw)})
		if g.r.IntN(2) == 0 {
			form = append(form, w35KV{pick(g.r, []string{"password_confirmation", "password2", "confirmPassword"}), secret(pw)})
		}
		if jsonBody {
			form = append(form, w35KV{"firstName", P(first)}, w35KV{"lastName", P(last)})
		} else {
			form = append(form, w35KV{"first_name", P(first)}, w35KV{"last_name", P(last)})
		}
		form = append(form, w35KV{"phone", g.phone("")})
		if g.r.IntN(2) == 0 {
			form = append(form, w35KV{"country", g.residence(ccVal)}, w35KV{"city", g.addr(p.city)})
		}
		if g.r.IntN(2) == 0 {
			form = append(form, w35KV{pick(g.r, []string{"date_of_birth", "birthdate", "dob"}), g.w34DOB(cc)})
		}
		form = append(form, w35KV{"accept_terms", N(pick(g.r, []string{"on", "true", "1"}))}, w35KV{"newsletter", N(pick(g.r, []string{"false", "on", "0"}))})
		if g.r.IntN(4) == 0 {
			form = append(form, w35KV{"referral_code", N(strings.ToUpper(g.b62(8)))})
		}
		dataNode = w35Obj(form)
	}

	// query string
	qs := []w35KV{}
	switch g.r.IntN(4) {
	case 0:
		qs = append(qs, w35KV{"next", N("/welcome")}, w35KV{"utm_source", N(pick(g.r, []string{"instagram", "google", "newsletter"}))})
	case 1:
		qs = append(qs, w35KV{"email", P(p.email)})
	case 2:
		qs = append(qs, w35KV{"invite_token", C(g.b62(32))})
	}
	qsString := func() *node {
		if len(qs) == 0 {
			return N("")
		}
		var parts []string
		kind := NonPersonal
		for _, kv := range qs {
			parts = append(parts, kv.k+"="+w35Q(kv.v.raw))
			if kv.v.leaf.Kind > kind {
				kind = kv.v.leaf.Kind
			}
		}
		return leafOf(strings.Join(parts, "&"), Leaf{Kind: kind})
	}
	url := "https://" + host + path

	session := g.b62(32)
	csrf := g.b62(32)
	ua := pick(g.r, w35SEBrowsers)
	uaString := fmt.Sprintf("Mozilla/5.0 (%s %s) AppleWebKit/537.36 (KHTML, like Gecko) %s/%s", ua[2], ua[3], strings.ReplaceAll(ua[0], " ", ""), ua[1])
	lang := strings.SplitN(p.locale, "-", 2)[0]
	headers := []w35KV{{"Host", N(host)}, {"User-Agent", N(uaString)}, {"Accept", N("application/json, text/plain, */*")},
		{"Accept-Language", g.w35Loc(p.locale+","+lang+";q=0.9,en;q=0.8", p.locale)}, {"Content-Type", N(map[bool]string{true: "application/json", false: "application/x-www-form-urlencoded"}[jsonBody])},
		{"Referer", N("https://" + host + "/signup")}}
	if g.r.IntN(2) == 0 {
		headers = append(headers, w35KV{"Cookie", secret("sessionid=" + session + "; csrftoken=" + csrf)})
	}
	if pl.browser || pl.mobile || g.r.IntN(3) == 0 {
		headers = append(headers, w35KV{"Authorization", secret("Bearer " + g.w34JWT())})
	}
	if !pl.browser && !pl.mobile {
		headers = append(headers, w35KV{"X-Forwarded-For", P(p.ip + ", 10." + fmt.Sprint(g.r.IntN(256)) + ".0." + fmt.Sprint(1+g.r.IntN(254)))})
	}
	cookies := []w35KV{{"sessionid", secret(session)}, {"csrftoken", secret(csrf)}}
	if g.r.IntN(2) == 0 {
		cookies = append(cookies, w35KV{"_ga", P(fmt.Sprintf("GA1.1.%d.%d", 100000000+g.r.IntN(900000000), g.t.Unix()-int64(g.r.IntN(9000000))))})
	}
	cookies = append(cookies, w35KV{"django_language", N(lang)})

	request := func(pairs bool) *node {
		r := O("url", N(url), "method", N("POST"))
		if len(qs) > 0 && qs[0].k == "email" && g.r.IntN(2) == 0 {
			r.set("url", P(url+"?email="+w35Q(p.email)))
		}
		if pairs && len(qs) > 0 {
			r.set("query_string", w35Pairs(qs))
		} else {
			r.set("query_string", qsString())
		}
		r.set("data", dataNode)
		if !pl.browser && !pl.mobile && g.r.IntN(2) == 0 {
			if pairs {
				r.set("cookies", w35Pairs(cookies))
			} else {
				r.set("cookies", w35Obj(cookies))
			}
		}
		if pairs {
			r.set("headers", w35Pairs(headers))
		} else {
			r.set("headers", w35Obj(headers))
		}
		if pl.platform == "python" {
			r.set("env", O("REMOTE_ADDR", P(p.ip), "SERVER_NAME", N(host), "SERVER_PORT", N("443")))
		}
		return r
	}

	// The exception and what it says.
	type exc struct {
		typ, module string
		val         *node
	}
	var ex exc
	email := p.email
	switch g.r.IntN(9) {
	case 0:
		ex = exc{"DoesNotExist", "accounts.models", P("User matching query does not exist: " + email)}
		if pl.platform != "python" {
			ex = exc{"NotFoundError", "", P("User " + email + " not found")}
		}
	case 1:
		ex = exc{"IntegrityError", "django.db.utils", P("duplicate key value violates unique constraint \"accounts_user_email_key\"\nDETAIL:  Key (email)=(" + email + ") already exists.")}
	case 2:
		if g.w35ShowPhone() {
			ex = exc{"ValidationError", "", g.w35PhoneText("Invalid phone number: " + g.e164())}
		} else {
			ex = exc{"ValidationError", "", N("{'phone_number': ['Enter a valid phone number.']}")}
		}
	case 3:
		ex = exc{"TypeError", "", N("Cannot read properties of undefined (reading 'country')")}
	case 4:
		ex = exc{"SMTPRecipientsRefused", "smtplib", P("{'" + email + "': (550, b'5.1.1 The email account that you tried to reach does not exist.')}")}
	case 5:
		ex = exc{"OperationalError", "psycopg2", C(fmt.Sprintf("connection to server failed: postgres://app_user:%s@db-primary.internal:5432/app", g.b62(16)))}
	case 6:
		ex = exc{"KeyError", "", N("'password'")}
	case 7:
		ex = exc{"ValueError", "", P(fmt.Sprintf("time data '31.02.%d' does not match format '%%d.%%m.%%Y'", p.dob.Year()))}
	default:
		ex = exc{"HTTPError", "requests.exceptions", N("429 Client Error: Too Many Requests for url: https://api.twilio.example/2010-04-01/Accounts/AC" + g.hex(32) + "/Messages.json")}
	}

	frames := func() *node {
		fs := A()
		type fr struct{ file, fn, line string }
		var lib, app []fr
		switch pl.platform {
		case "python":
			lib = []fr{{"django/core/handlers/exception.py", "inner", "response = get_response(request)"}, {"rest_framework/views.py", "dispatch", "response = handler(request, *args, **kwargs)"}}
			app = []fr{{"accounts/views.py", "post", "user = services.register_user(**serializer.validated_data)"}, {"accounts/services.py", "register_user", "user = User.objects.create_user(email=email, password=password)"}}
		case "php":
			lib = []fr{{"/var/www/vendor/laravel/framework/src/Illuminate/Routing/Controller.php", "callAction", "return $this->{$method}(...array_values($parameters));"}}
			app = []fr{{"/var/www/app/Http/Controllers/Auth/RegisterController.php", "register", "$user = $this->create($request->all());"}}
		case "ruby":
			lib = []fr{{"actionpack (7.1.3) lib/action_controller/metal/basic_implicit_render.rb", "send_action", "super.tap { default_render unless performed? }"}}
			app = []fr{{"app/controllers/users/registrations_controller.rb", "create", "resource.save!"}}
		case "javascript":
			lib = []fr{{"webpack:///node_modules/react-dom/cjs/react-dom.production.min.js", "callCallback", "return fn(a);"}}
			app = []fr{{"webpack:///src/pages/Signup.tsx", "handleSubmit", "const { user } = await api.register(values);"}, {"webpack:///src/api/auth.ts", "register", "return client.post('/auth/register', body);"}}
		default:
			lib = []fr{{"node_modules/express/lib/router/layer.js", "Layer.handle [as handle_request]", "fn(req, res, next);"}}
			app = []fr{{"src/routes/auth.ts", "register", "const user = await usersService.create(body);"}, {"src/services/users.ts", "UsersService.create", "await this.mailer.sendWelcome(user.email);"}}
		}
		for _, f := range lib {
			fs.arr = append(fs.arr, O("filename", N(f.file), "abs_path", N("/app/"+f.file), "function", N(f.fn), "lineno", N(20+g.r.IntN(400)), "in_app", N(false), "context_line", N("    "+f.line)))
		}
		for i, f := range app {
			fo := O("filename", N(f.file), "abs_path", N("/app/"+f.file), "function", N(f.fn), "lineno", N(10+g.r.IntN(200)))
			if pl.platform == "node" || pl.browser || pl.mobile {
				fo.set("colno", N(5+g.r.IntN(40)))
			}
			fo.set("in_app", N(true))
			fo.set("context_line", N("    "+f.line))
			if pl.platform == "python" || pl.platform == "php" || (i == len(app)-1 && g.r.IntN(2) == 0) {
				vars := []w35KV{}
				q := func(s string) string {
					if pl.platform == "python" {
						return "'" + s + "'"
					}
					return s
				}
				switch pl.platform {
				case "python":
					vars = append(vars, w35KV{"self", N("<accounts.views.SignupView object at 0x7f" + g.hex(10) + ">")}, w35KV{"request", N("<WSGIRequest: POST '" + path + "'>")})
				case "php":
					vars = append(vars, w35KV{"request", N("Object Illuminate\\Http\\Request")})
				}
				vars = append(vars, w35KV{"email", P(q(email))}, w35KV{"password", secret(q(pw))})
				if i == len(app)-1 && g.r.IntN(2) == 0 {
					if pl.platform == "python" {
						vars = append(vars, w35KV{"date_of_birth", g.w35DOBText(fmt.Sprintf("datetime.date(%d, %d, %d)", p.dob.Year(), p.dob.Month(), p.dob.Day()))})
					} else {
						vars = append(vars, w35KV{"first_name", P(q(first))}, w35KV{"last_name", P(q(last))})
					}
				}
				if g.r.IntN(3) == 0 {
					vars = append(vars, w35KV{"api_key", secret(q("sk_live_" + g.b62(24)))})
				}
				if pl.platform == "python" && g.r.IntN(2) == 0 {
					vars = append(vars, w35KV{"kwargs", O("email", P(q(email)), "password", secret(q(pw)))})
				}
				fo.set("vars", w35Obj(vars))
			}
			fs.arr = append(fs.arr, fo)
		}
		return fs
	}
	excType := ex.typ
	exception := func() *node {
		v := O("type", N(excType), "value", ex.val)
		if ex.module != "" && pl.platform == "python" {
			v.set("module", N(ex.module))
		}
		v.set("mechanism", O("type", N(map[string]string{"python": "django", "php": "laravel", "ruby": "rails", "node": "onunhandledrejection"}[pl.platform]+map[bool]string{true: "generic", false: ""}[pl.platform == "javascript"]), "handled", N(g.r.IntN(3) == 0)))
		v.set("stacktrace", O("frames", frames()))
		return O("values", A(v))
	}

	// breadcrumbs
	crumbs := A()
	bt := g.t.Add(-time.Duration(5+g.r.IntN(60)) * time.Second)
	addCrumb := func(typ, cat string, msg, data *node, level string) {
		bt = bt.Add(time.Duration(200+g.r.IntN(3000)) * time.Millisecond)
		c := O("timestamp", N(w35Epoch(bt)), "type", N(typ), "category", N(cat), "level", Nif(level), "message", msg, "data", data)
		crumbs.arr = append(crumbs.arr, c)
	}
	if pl.browser || pl.mobile {
		addCrumb("navigation", "navigation", nil, O("from", N("/"), "to", N("/signup")), "")
		addCrumb("default", "ui.click", N("form#signup-form > button.btn-primary[type=\"submit\"]"), nil, "")
	}
	nc := 1 + g.r.IntN(4)
	for range nc {
		switch g.r.IntN(6) {
		case 0:
			addCrumb("http", map[bool]string{true: "fetch", false: "httplib"}[pl.browser || pl.platform == "node"], nil,
				O("method", N("POST"), "url", N("https://"+host+path), "status_code", N(pick(g.r, []int{400, 409, 422, 500}))), "")
		case 1:
			addCrumb("default", "query", P("SELECT \"accounts_user\".\"id\", \"accounts_user\".\"email\" FROM \"accounts_user\" WHERE \"accounts_user\".\"email\" = '"+email+"' LIMIT 21"), O("db.system", N("postgresql")), "")
		case 2:
			addCrumb("debug", "console", P("Submitting signup for "+email), O("logger", N("console"), "arguments", A(N("Submitting signup for"), P(email))), "info")
		case 3:
			b, _ := json.Marshal(map[string]string{"email": email, "password": pw})
			msg := C("signup payload: " + string(b))
			if scrub {
				msg = N("signup payload: [Filtered]")
			}
			addCrumb("debug", "console", msg, nil, "log")
		case 4:
			addCrumb("default", "auth", N("User failed email verification step"), O("step", N("verify_email"), "attempt", N(1+g.r.IntN(3))), "warning")
		default:
			addCrumb("default", "redis", N("GET ratelimit:signup:"+g.hex(12)), nil, "")
		}
	}

	// user
	geo := g.w34GeoOf(cc)
	user := func(ingested bool) *node {
		u := O("id", P(uid), "email", P(email))
		if g.r.IntN(2) == 0 {
			u.set("username", P(p.username))
		}
		if g.r.IntN(3) == 0 {
			u.set("name", P(g.w34Full(first, last)))
		}
		if ingested {
			u.set("ip_address", P(p.ip))
			g.w34Weak(geo.cc)
			u.set("geo", O("country_code", N(geo.cc), "city", Pif(geo.city), "subdivision", Nif(geo.region), "region", N(w35EnglishName(geo.cc))))
		} else if pl.browser || pl.mobile {
			u.set("ip_address", N("{{auto}}"))
		} else {
			u.set("ip_address", P(p.ip))
		}
		u.set("segment", N(pick(g.r, []string{"free", "trial", "pro"})))
		switch g.r.IntN(4) {
		case 0:
			u.set("data", O("date_joined", N(g.t.Add(-time.Minute).UTC().Format(time.RFC3339)), "is_staff", N(false), "country", g.residence(cc),
				"password", C("pbkdf2_sha256$720000$"+g.b62(22)+"$"+g.chars(b62Set+"+/", 43)+"=")))
		case 1:
			u.set("data", O("plan", N("trial"), "locale", g.locale(p.locale), "phone", g.phone(g.e164())))
		}
		return u
	}

	contexts := func() *node {
		c := O()
		if pl.browser || pl.mobile || g.r.IntN(2) == 0 {
			c.set("browser", O("name", N(ua[0]), "version", N(ua[1]), "type", N("browser")))
			c.set("os", O("name", N(ua[2]), "version", Nif(ua[3]), "type", N("os")))
		} else {
			c.set("os", O("name", N("Linux"), "version", N("6.1.0-21-cloud-amd64"), "type", N("os")))
		}
		if pl.runtime != "" {
			c.set("runtime", O("name", N(pl.runtime), "version", Nif(pl.runtimeVer), "type", N("runtime")))
		}
		if pl.mobile {
			dev := O("family", N(pick(g.r, []string{"iOS", "Android"})), "model", N(pick(g.r, []string{"iPhone15,2", "SM-S918B", "Pixel 8", "iPhone14,5"})), "brand", N(pick(g.r, []string{"Apple", "samsung", "google"})),
				"simulator", N(false), "battery_level", N(float64(g.r.IntN(100))), "type", N("device"))
			if g.r.IntN(2) == 0 {
				dev.set("name", P(w34Title(p.givenL)+pick(g.r, []string{"'s iPhone", " iPhone", "'s Galaxy S23"})))
			}
			c.set("device", dev)
			c.set("culture", O("locale", g.locale(p.locale), "timezone", g.tz(p.tz), "is_24_hour_format", N(cc != "US"), "type", N("culture")))
		}
		c.set("trace", O("trace_id", N(g.hex(32)), "span_id", N(g.hex(16)), "op", N(map[bool]string{true: "pageload", false: "http.server"}[pl.browser || pl.mobile]), "status", N("internal_error"), "type", N("trace")))
		return c
	}

	serverName := pick(g.r, []string{"web-" + g.hex(6) + "-" + g.chars("bcdfghjklmnpqrstvwxz0123456789", 5), "ip-10-0-" + fmt.Sprint(g.r.IntN(256)) + "-" + fmt.Sprint(g.r.IntN(256)) + ".ec2.internal", "app-" + fmt.Sprint(1+g.r.IntN(6))})
	serverNode := N(serverName)
	if env == "development" {
		serverNode = P(w34Title(w34Clean(p.givenL)) + "s-MacBook-Pro.local")
	}
	if pl.browser || pl.mobile {
		serverNode = nil
	}
	release := pick(g.r, []string{"web@", "backend@", "mobile@"}) + fmt.Sprintf("%d.%d.%d", 1+g.r.IntN(4), g.r.IntN(30), g.r.IntN(10))
	transaction := path
	if pl.platform == "python" {
		transaction = "/" + strings.Trim(path, "/") + "/"
	}

	// tags, as the SDK sets them and as Sentry adds them
	userTag := P("id:" + uid)
	if g.r.IntN(2) == 0 {
		userTag = P("email:" + email)
	}
	tags := []w35KV{{"signup_step", N(pick(g.r, []string{"create_account", "verify_email", "profile"}))}, {"ab.signup_form", N(pick(g.r, []string{"control", "variant_b"}))}}
	if g.r.IntN(3) == 0 {
		tags = append(tags, w35KV{"user_country", g.residence(cc)})
	}
	if g.r.IntN(3) == 0 {
		tags = append(tags, w35KV{"locale", g.locale(p.locale)})
	}
	sdk := O("name", N(pl.sdk), "version", N(pl.sdkVer), "integrations", A(N("InboundFilters"), N("FunctionToString"), N("Breadcrumbs"), N("Dedupe")),
		"packages", A(O("name", N(map[string]string{"python": "pypi:sentry-sdk", "php": "composer:sentry/sentry-laravel", "ruby": "gem:sentry-rails"}[pl.platform]+map[bool]string{true: "npm:@sentry/" + strings.TrimPrefix(pl.sdk, "sentry.javascript."), false: ""}[pl.platform == "javascript" || pl.platform == "node"]), "version", N(pl.sdkVer))))
	eventID := g.hex(32)
	level := pick(g.r, []string{"error", "error", "fatal", "warning"})

	base := func(ingested bool) *node {
		e := O("event_id", N(eventID), "platform", N(pl.platform), "level", N(level), "logger", Nif(pl.logger), "transaction", N(transaction),
			"server_name", serverNode, "release", N(release), "environment", N(env))
		if g.r.IntN(4) == 0 {
			e.set("logentry", O("message", N("Signup failed for %s"), "params", A(P(email))))
		}
		e.set("user", user(ingested))
		e.set("request", request(ingested))
		e.set("contexts", contexts())
		e.set("breadcrumbs", O("values", crumbs))
		e.set("exception", exception())
		switch g.r.IntN(4) {
		case 0:
			e.set("extra", O("form_errors", N("{'email': ['user with this email already exists.']}"), "attempt", N(1+g.r.IntN(3))))
		case 1:
			e.set("extra", O("user_email", P(email), "celery_task_id", N(g.uuid())))
		case 2:
			m := map[string]string{"email": email, "password": pw}
			if g.w35ShowPhone() {
				m["phone"] = g.e164()
				g.lab.Weak = addCountry(g.lab.Weak, p.phoneCC)
			}
			b, _ := json.Marshal(m)
			e.set("extra", O("signup_payload", C(string(b))))
		}
		e.set("sdk", sdk)
		if g.r.IntN(3) == 0 {
			e.set("fingerprint", A(N("{{ default }}"), N("signup-"+strings.ToLower(excType))))
		}
		if pl.platform == "python" && g.r.IntN(2) == 0 {
			e.set("modules", O("django", N("4.2.13"), "djangorestframework", N("3.15.1"), "psycopg2-binary", N("2.9.9")))
		}
		return e
	}

	switch v := g.r.IntN(10); {
	case v < 4: // as the SDK posts it to the store endpoint
		e := base(false)
		e.set("timestamp", N(w35Epoch(g.t)))
		e.set("tags", w35Obj(tags))
		if g.r.IntN(2) == 0 {
			return e
		}
		key := g.hex(32)
		return O("method", N("POST"), "url", N(fmt.Sprintf("https://o%d.ingest.sentry.io/api/%d/store/", 100000+g.r.IntN(900000), 4500000+g.r.IntN(99999))),
			"headers", O("Content-Type", N("application/json"), "X-Sentry-Auth", C("Sentry sentry_version=7, sentry_client="+pl.sdk+"/"+pl.sdkVer+", sentry_key="+key)),
			"body", e)
	case v < 8: // an issue alert webhook
		e := base(true)
		e.set("timestamp", N(w35Epoch(g.t)))
		e.set("datetime", N(g.t.UTC().Format("2006-01-02T15:04:05.000000Z")))
		e.set("received", N(w35Epoch(g.t.Add(800*time.Millisecond))))
		all := append([]w35KV{{"browser", N(ua[0] + " " + ua[1])}, {"browser.name", N(ua[0])}, {"environment", N(env)}, {"handled", N("no")}, {"level", N(level)},
			{"release", N(release)}, {"transaction", N(transaction)}, {"url", N(url)}, {"user", userTag}}, tags...)
		e.set("tags", w35Pairs(all))
		title := *ex.val
		title.raw = excType + ": " + strings.SplitN(ex.val.raw, "\n", 2)[0]
		e.set("title", &title)
		e.set("culprit", N(transaction))
		e.set("metadata", O("type", N(excType), "value", w35Same(ex.val)))
		e.set("type", N("error"))
		e.set("location", N(map[string]string{"python": "accounts/services.py", "php": "/var/www/app/Http/Controllers/Auth/RegisterController.php", "ruby": "app/controllers/users/registrations_controller.rb", "node": "src/services/users.ts"}[pl.platform]+map[bool]string{true: "webpack:///src/api/auth.ts", false: ""}[pl.platform == "javascript"]))
		e.set("_ref", N(1+g.r.IntN(900)))
		e.set("_ref_version", N(2))
		issue := fmt.Sprint(4000000000 + g.r.Int64N(999999999))
		org, proj := pick(g.r, []string{"shopwave", "tandem", "lernwelt", "paylane"}), pick(g.r, []string{"backend", "web", "mobile"})
		e.set("issue_id", N(issue))
		e.set("issue_url", N("https://sentry.io/api/0/issues/"+issue+"/"))
		e.set("url", N("https://sentry.io/api/0/projects/"+org+"/"+proj+"/events/"+eventID+"/"))
		e.set("web_url", N("https://"+org+".sentry.io/issues/"+issue+"/events/"+eventID+"/"))
		hook := O("action", N("triggered"), "actor", O("id", N("sentry"), "name", N("Sentry"), "type", N("application")),
			"data", O("event", e, "triggered_rule", N(pick(g.r, []string{"Signup errors to Slack", "New issue in backend", "High priority: auth"}))),
			"installation", O("uuid", N(g.uuid())))
		if g.r.IntN(2) == 0 {
			return hook
		}
		return O("headers", O("Content-Type", N("application/json"), "Request-ID", N(g.uuid()), "Sentry-Hook-Resource", N("event_alert"),
			"Sentry-Hook-Timestamp", N(fmt.Sprint(g.t.Add(2*time.Second).Unix())), "Sentry-Hook-Signature", C(g.hex(64))), "body", hook)
	}
	// the events API: entries and tags as {key, value}
	e := base(true)
	tagObjs := A()
	for _, kv := range append([]w35KV{{"environment", N(env)}, {"level", N(level)}, {"url", N(url)}, {"user", userTag}}, tags...) {
		if kv.v != nil {
			tagObjs.arr = append(tagObjs.arr, O("key", N(kv.k), "value", kv.v))
		}
	}
	entries := A(O("type", N("exception"), "data", e.obj[w35Index(e, "exception")].val),
		O("type", N("breadcrumbs"), "data", e.obj[w35Index(e, "breadcrumbs")].val),
		O("type", N("request"), "data", e.obj[w35Index(e, "request")].val))
	resp := O("id", N(eventID), "eventID", N(eventID), "groupID", N(fmt.Sprint(4000000000+g.r.Int64N(999999999))), "projectID", N(fmt.Sprint(4500000+g.r.IntN(99999))),
		"dateCreated", N(g.t.UTC().Format("2006-01-02T15:04:05Z")), "dateReceived", N(g.t.Add(time.Second).UTC().Format("2006-01-02T15:04:05.000000Z")),
		"platform", N(pl.platform), "message", N(""), "title", leafOf(excType+": "+strings.SplitN(ex.val.raw, "\n", 2)[0], ex.val.leaf),
		"tags", tagObjs, "user", e.obj[w35Index(e, "user")].val, "contexts", e.obj[w35Index(e, "contexts")].val, "entries", entries,
		"sdk", O("name", N(pl.sdk), "version", N(pl.sdkVer)), "size", N(4000+g.r.IntN(20000)))
	return O("request", O("method", N("GET"), "url", N("https://sentry.io/api/0/projects/acme/backend/events/"+eventID+"/"),
		"headers", O("Authorization", C("Bearer sntrys_"+g.chars(b64Set, 60)))), "response", O("status", N(200), "body", resp))
}

// w35Index is the position of key among an object's members.
func w35Index(n *node, key string) int {
	for i, m := range n.obj {
		if m.key == key {
			return i
		}
	}
	return -1
}
